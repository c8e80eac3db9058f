//! One-time codes waiting to be typed back (and the other short-lived secrets kept the
//! same way), and used CAPTCHA nonces.

use async_trait::async_trait;

use super::{MethodKind, StoreResult, UnixSeconds};
use crate::policy::Method;

/// What a stored code is for. A code is kept per (owner, purpose); the owner says whose
/// it is (a journey's id hash, a user's registration, a report link). Stored in
/// `verification_codes.purpose` as [`CodePurpose::as_str`]; the strings are the ones
/// rows were written with before this type existed, so a reset journey's purposes are
/// [`Method`] names and a registration's are [`MethodKind`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodePurpose {
    /// A code emailed in a reset journey, or to an address being registered (`"email"`).
    Email,
    /// A code texted or read out to the mobile phone in a reset journey
    /// (`"mobile_phone"`).
    ResetMobile,
    /// A code read out to the office phone in a reset journey (`"office_phone"`).
    ResetOffice,
    /// A code sent to a mobile phone being registered (`"mobile"`).
    RegisterMobile,
    /// A code sent to an office phone being registered (`"office"`).
    RegisterOffice,
    /// An authenticator app being set up: no code, the destination holds the sealed
    /// seed until the app's first code is confirmed (`"app"`).
    RegisterApp,
    /// A "this wasn't me" link in a notice: no code, the destination holds the user id
    /// (`"report"`).
    Report,
    /// An enrolment of the Latchkey app (app notification) waiting for the app: the code
    /// is the one-time enrolment token the QR code carries, the destination the user's id
    /// (`"push"`).
    Push,
    /// A WebAuthn ceremony in progress: no code, the destination holds the ceremony's
    /// serialized state until the browser answers; a registration's owner is the user's
    /// registration, an authentication's the reset journey (`"passkey"`).
    Passkey,
    /// A code sent to a caller by the helpdesk console (`"helpdesk"`); the owner is
    /// `helpdesk:<verification id>`.
    Helpdesk,
}

impl CodePurpose {
    /// Every purpose.
    pub const ALL: [CodePurpose; 10] = [
        CodePurpose::Email,
        CodePurpose::ResetMobile,
        CodePurpose::ResetOffice,
        CodePurpose::RegisterMobile,
        CodePurpose::RegisterOffice,
        CodePurpose::RegisterApp,
        CodePurpose::Report,
        CodePurpose::Push,
        CodePurpose::Passkey,
        CodePurpose::Helpdesk,
    ];

    /// The stored form: `"email"`, `"mobile_phone"`, `"office_phone"`, `"mobile"`,
    /// `"office"`, `"app"`, `"report"`, `"push"`, `"passkey"` or `"helpdesk"`. Also part of what a code's MAC covers.
    pub fn as_str(self) -> &'static str {
        match self {
            CodePurpose::Email => "email",
            CodePurpose::ResetMobile => "mobile_phone",
            CodePurpose::ResetOffice => "office_phone",
            CodePurpose::RegisterMobile => "mobile",
            CodePurpose::RegisterOffice => "office",
            CodePurpose::RegisterApp => "app",
            CodePurpose::Report => "report",
            CodePurpose::Push => "push",
            CodePurpose::Passkey => "passkey",
            CodePurpose::Helpdesk => "helpdesk",
        }
    }

    /// The purpose [`CodePurpose::as_str`] names; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        CodePurpose::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The code a reset journey sends to prove `method`; `None` for the methods that
    /// send no code (authenticator app, security questions, app notification, passkey:
    /// a passkey ceremony keeps its state as [`CodePurpose::Passkey`]).
    pub fn for_reset(method: Method) -> Option<Self> {
        match method {
            Method::Email => Some(CodePurpose::Email),
            Method::MobilePhone => Some(CodePurpose::ResetMobile),
            Method::OfficePhone => Some(CodePurpose::ResetOffice),
            Method::AppCode | Method::Questions | Method::AppNotification | Method::Passkey => None,
        }
    }

    /// What registering a method of `kind` keeps while it is being confirmed.
    pub fn for_registration(kind: MethodKind) -> Self {
        match kind {
            MethodKind::Email => CodePurpose::Email,
            MethodKind::Mobile => CodePurpose::RegisterMobile,
            MethodKind::Office => CodePurpose::RegisterOffice,
            MethodKind::App => CodePurpose::RegisterApp,
            MethodKind::Push => CodePurpose::Push,
            MethodKind::Passkey => CodePurpose::Passkey,
        }
    }
}

/// A one-time code waiting to be typed back. Only a keyed MAC of the code is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRecord {
    /// Whose code it is: a journey's id hash, `setup:<user id>` for a registration, or
    /// `report:<MAC>` for a report link.
    pub owner: String,
    /// What the code proves.
    pub purpose: CodePurpose,
    /// Where the code went (an address or E.164 number); for [`CodePurpose::RegisterApp`]
    /// the sealed seed, for [`CodePurpose::Report`] the user id.
    pub destination: String,
    /// Keyed MAC of the code, bound to its owner and purpose and made by the caller (the
    /// store compares it as text); empty when there is no code.
    pub code_mac: String,
    /// When the code stops being accepted (Unix seconds).
    pub expires_at: UnixSeconds,
    /// Wrong attempts so far.
    pub attempts: i64,
}

/// One-time codes, one per (owner, purpose), and used CAPTCHA nonces. Expired ones are
/// removed by [`super::LimitStore::sspr_sweep`].
#[async_trait]
pub trait CodeStore: Send + Sync {
    /// Stores a code for (owner, purpose), replacing any earlier one: a resend kills the old code.
    async fn code_put(&self, c: &CodeRecord) -> StoreResult<()>;
    /// The code waiting for (owner, purpose), expired or not. A stored purpose that no
    /// longer parses is `Backend("stored code purpose …")`.
    async fn code_get(&self, owner: &str, purpose: CodePurpose) -> StoreResult<Option<CodeRecord>>;
    /// Consumes the code if it is still there, unexpired at `now` and has this MAC: true
    /// once, never twice.
    async fn code_consume(
        &self,
        owner: &str,
        purpose: CodePurpose,
        code_mac: &str,
        now: UnixSeconds,
    ) -> StoreResult<bool>;
    /// Counts a wrong attempt; returns the attempts so far (0 when no code is waiting).
    async fn code_fail(&self, owner: &str, purpose: CodePurpose) -> StoreResult<i64>;
    /// Removes the code for (owner, purpose); nothing to remove is not an error.
    async fn code_delete(&self, owner: &str, purpose: CodePurpose) -> StoreResult<()>;
    /// Removes every code of `purpose` sent to `destination` (for [`CodePurpose::Push`],
    /// a user's enrolment tokens: the destination is the user's id); nothing to remove is
    /// not an error.
    async fn code_delete_for(&self, purpose: CodePurpose, destination: &str) -> StoreResult<()>;
    /// Stores `c` after removing every code of its purpose and destination, in one
    /// transaction taken in turns: of parallel calls for one destination, one code stays.
    async fn code_replace_for(&self, c: &CodeRecord) -> StoreResult<()>;
    /// Marks a CAPTCHA (or another one-use form id, prefixed with its purpose) as used
    /// until `expires_at`; false when it already was (a replay).
    async fn captcha_use(&self, nonce: &str, expires_at: UnixSeconds) -> StoreResult<bool>;
}
