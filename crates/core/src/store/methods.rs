//! What a user registered to verify themselves: methods (email, phones, authenticator
//! apps), security answers, and when they last confirmed them.

use async_trait::async_trait;

use super::{StoreResult, UnixSeconds};

/// The kind of a registered method. Stored in `auth_methods.kind` as [`MethodKind::as_str`],
/// which is also the `kind` the admin API shows and the `method` audit details name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MethodKind {
    /// An email address for codes (`"email"`).
    Email,
    /// A mobile phone, for texts and calls (`"mobile"`).
    Mobile,
    /// An office phone, for calls (`"office"`).
    Office,
    /// An authenticator app (TOTP); a user may have several (`"app"`).
    App,
    /// A device with the Latchkey app for app notifications (`"push"`): the value is its
    /// name, the secret its sealed public key and Web Push subscription.
    Push,
    /// A passkey (`"passkey"`): the value is its name, the secret webauthn-rs's
    /// serialized credential (public key, credential id, signature counter).
    Passkey,
}

impl MethodKind {
    /// Every kind, in the order the setup page lists them.
    pub const ALL: [MethodKind; 6] = [
        MethodKind::Email,
        MethodKind::Mobile,
        MethodKind::Office,
        MethodKind::App,
        MethodKind::Push,
        MethodKind::Passkey,
    ];

    /// The stored form: `"email"`, `"mobile"`, `"office"`, `"app"`, `"push"` or
    /// `"passkey"`.
    pub fn as_str(self) -> &'static str {
        match self {
            MethodKind::Email => "email",
            MethodKind::Mobile => "mobile",
            MethodKind::Office => "office",
            MethodKind::App => "app",
            MethodKind::Push => "push",
            MethodKind::Passkey => "passkey",
        }
    }

    /// The kind [`MethodKind::as_str`] names; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        MethodKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A registered verification method of a user (not security questions: those are answers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthMethodRecord {
    /// Row id, assigned by the store.
    pub id: i64,
    /// Whose method it is.
    pub user_id: i64,
    /// What kind of method.
    pub kind: MethodKind,
    /// The address or E.164 number; for an app, its name.
    pub value: String,
    /// For an app: the sealed TOTP seed.
    pub secret: String,
    /// For an app: the last TOTP step accepted (a code is never accepted twice).
    pub last_used_step: Option<i64>,
    /// When it was registered (Unix seconds).
    pub created_at: UnixSeconds,
}

/// Registered methods and security answers. Every change to them bumps the user's
/// credential generation (see [`super::Commits::user_generation`]).
#[async_trait]
pub trait MethodStore: Send + Sync {
    /// The user's methods, oldest first. A stored kind that no longer parses is
    /// `Backend("stored method kind …")`.
    async fn methods_of(&self, user: i64) -> StoreResult<Vec<AuthMethodRecord>>;
    /// Stores a method (its `id` is ignored) and returns the new id. `NotFound` when the
    /// user is gone.
    async fn method_add(&self, m: &AuthMethodRecord) -> StoreResult<i64>;
    /// `NotFound` when the user has no method with this id.
    async fn method_delete(&self, user: i64, id: i64) -> StoreResult<()>;
    /// Records that TOTP step `step` was used, only if it is newer than the last one.
    /// False means the code was already used (a replay, perhaps a parallel one).
    async fn method_use_step(&self, id: i64, step: i64) -> StoreResult<bool>;
    /// Replaces the stored secret of method `id` (a passkey's credential after an
    /// authentication moved its signature counter). Not a change of what is registered:
    /// the user's credential generation stays, so the reset journey that used the
    /// method goes on. False when there is no method with this id (any more).
    async fn method_set_secret(&self, id: i64, secret: &str) -> StoreResult<bool>;
    /// Replaces a passkey's stored credential after an authentication whose signature
    /// counter is `counter`, only if that counter is not below the one stored with it
    /// (kept in `last_used_step`, which is written too): of two journeys finishing out of
    /// order, the older counter never overwrites the newer. Like
    /// [`Self::method_set_secret`], the credential generation stays. False when nothing
    /// was written (a higher counter is stored, or there is no such method).
    async fn method_advance_secret(&self, id: i64, secret: &str, counter: i64)
    -> StoreResult<bool>;
    /// Replaces the user's security answers (question, answer hash).
    async fn answers_set(&self, user: i64, answers: &[(String, String)]) -> StoreResult<()>;
    /// The user's (question, answer hash) pairs, by question.
    async fn answers_of(&self, user: i64) -> StoreResult<Vec<(String, String)>>;
    /// When the user last registered or confirmed their methods; `None` to require it anew.
    async fn user_set_confirmed(&self, user: i64, at: Option<UnixSeconds>) -> StoreResult<()>;
    /// See [`Self::user_set_confirmed`]. `NotFound` when the user is gone.
    async fn user_confirmed_at(&self, user: i64) -> StoreResult<Option<UnixSeconds>>;
}
