//! What Latchkey needs from storage. The storage crate implements this for SQLite and
//! PostgreSQL; one conformance suite holds both to the same behaviour.
//!
//! The needs are split by area, one trait each, next to the records it reads and writes:
//!
//! | trait | area |
//! |---|---|
//! | [`UserStore`] | users, password history, counts and lists by role |
//! | [`GroupStore`] | groups and (nested) membership |
//! | [`SessionStore`] | portal sign-in sessions |
//! | [`LockoutStore`] | smart lockout state |
//! | [`SettingStore`] | named settings documents (policies, branding, keys) |
//! | [`MethodStore`] | registered verification methods, security answers, confirmation |
//! | [`JourneyStore`] | reset journeys |
//! | [`CodeStore`] | one-time codes and used CAPTCHA nonces |
//! | [`LimitStore`] | self-service limits shared by every instance |
//! | [`TokenStore`] | admin API tokens |
//! | [`AuditStore`] | the audit log |
//! | [`Commits`] | multi-step changes written in one transaction with their effects |
//! | [`MethodCommits`] | registration changes written in one transaction with their effects |
//! | [`TokenCommits`] | API tokens made and revoked with their audit events |
//! | [`DirectoryCommits`] | user and group changes written in one transaction with their effects |
//! | [`ImportCommits`] | many users created at once, in one transaction with their effects |
//! | [`SettingCommits`] | settings changed with compare-and-swap, with their effects |
//! | [`PushStore`] | requests to the Latchkey app (app notification) |
//! | [`ExpiryStore`] | password expiry: per-group maximum ages, reminders sent once |
//! | [`HelpdeskStore`] | helpdesk caller verifications with their effects |
//! | [`ManagerStore`] | whom each user reports to |
//! | [`CampaignStore`] | registration reminders, coverage snapshots, imported contacts |
//!
//! [`Store`] is all of them plus migrations and a health check; the rest of Latchkey holds
//! an `Arc<dyn Store>`, on which every area's methods are callable without importing the
//! area traits.
//!
//! Every time crossing this boundary is a [`UnixSeconds`]. Values with a fixed set of
//! stored forms cross it as enums ([`MethodKind`], [`TokenScope`], [`CodePurpose`],
//! [`crate::audit::Outcome`]); a stored value that no longer parses is reported as
//! [`StoreError::Backend`] rather than trusted.

use async_trait::async_trait;

mod access_passes;
mod audit;
mod campaigns;
mod codes;
mod commits;
mod deliveries;
mod directory_commits;
mod expiry;
mod groups;
mod helpdesk;
mod import_commits;
mod journeys;
mod limits;
mod lockout;
mod managers;
mod method_commits;
mod methods;
mod push;
mod sessions;
mod setting_commits;
mod settings;
mod sync;
mod token_commits;
mod tokens;
mod users;

pub use crate::clock::UnixSeconds;
pub use access_passes::{AccessPassRecord, AccessPassStore};
pub use audit::{AuditDayCount, AuditFilter, AuditReasonCount, AuditReport, AuditStore};
pub use campaigns::{
    CampaignReminder, CampaignStore, ContactPatch, CoverageSnapshot, IMPORT_ADMIN, RunEffects,
};
pub use codes::{CodePurpose, CodeRecord, CodeStore};
pub use commits::{AttemptTake, Commits, Effects, PasswordChange};
pub use deliveries::{
    CodeDelivery, DeliveryAlert, DeliveryCommits, DeliveryRecord, DeliveryState, FailedDelivery,
    NewDelivery,
};
pub use directory_commits::{DirectoryCommits, LAST_GLOBAL_ADMIN, Member, UserChange, UserEffects};
pub use expiry::{ExpiryStore, GroupMaxAge, NewReminder, ReminderSent};
pub use groups::{GroupStore, Members};
pub use helpdesk::HelpdeskStore;
pub use import_commits::{ImportCommits, ImportProgress, ImportUser};
pub use journeys::{FlowRecord, JourneyStore};
pub use limits::LimitStore;
pub use lockout::LockoutStore;
pub use managers::ManagerStore;
pub use method_commits::{METHOD_LIMIT, MethodChange, MethodCommit, MethodCommits};
pub use methods::{AuthMethodRecord, MethodKind, MethodStore};
pub use push::{PushRequest, PushStatus, PushStore};
pub use sessions::{SessionRecord, SessionStore};
pub use setting_commits::{SettingCommits, SettingSwap};
pub use settings::SettingStore;
pub use sync::{NO_LOCAL_PASSWORD, SyncStore, sync_cursor_key};
pub use token_commits::{TokenCommits, TokenEffects};
pub use tokens::{ApiTokenRecord, NewApiToken, TokenScope, TokenStore};
pub use users::{NewUser, UserStore};

/// Why a store operation failed; every store method returns it in a [`StoreResult`].
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No row has the given id or key.
    #[error("not found")]
    NotFound,
    /// A uniqueness rule was broken; the payload names it (e.g. `username`, `group_name`).
    #[error("already exists: {0}")]
    Conflict(&'static str),
    /// The change would break a rule of the directory (e.g. a group nesting cycle).
    #[error("refused: {0}")]
    Refused(&'static str),
    /// The storage engine can't be reached or can't write right now: no connection within
    /// the acquire timeout, the connection dropped, the disk is full, the database is
    /// locked or shutting down. Nothing was written; the same operation may succeed later.
    /// Answered 503 `storage_unavailable` with `Retry-After`. The message is for the log.
    #[error("storage unavailable: {0}")]
    Unavailable(String),
    /// The storage engine failed, or a stored value no longer parses (`"stored role: …"`);
    /// the message is for the log, never for a client.
    #[error("storage error: {0}")]
    Backend(String),
}

/// The result of every store operation.
pub type StoreResult<T> = Result<T, StoreError>;

/// A page of results and the total count that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    /// The rows of this page, in the order asked for.
    pub items: Vec<T>,
    /// How many rows matched in all, across every page.
    pub total: i64,
}

/// Everything Latchkey stores, on one engine. Every area trait is a supertrait, so an
/// `Arc<dyn Store>` offers all of their methods.
#[async_trait]
pub trait Store:
    UserStore
    + GroupStore
    + SessionStore
    + LockoutStore
    + SettingStore
    + MethodStore
    + JourneyStore
    + CodeStore
    + LimitStore
    + TokenStore
    + AuditStore
    + Commits
    + DeliveryCommits
    + MethodCommits
    + TokenCommits
    + DirectoryCommits
    + ImportCommits
    + SettingCommits
    + SyncStore
    + PushStore
    + AccessPassStore
    + HelpdeskStore
    + ManagerStore
    + ExpiryStore
    + CampaignStore
    + Send
    + Sync
    + 'static
{
    /// Applies pending migrations. Idempotent.
    async fn migrate(&self) -> StoreResult<()>;
    /// Cheap round trip, for `/readyz`.
    async fn ping(&self) -> StoreResult<()>;
    /// Which engine this is ("sqlite" or "postgres"), for logs and metrics.
    fn engine(&self) -> &'static str;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::Outcome;
    use crate::policy::Method;

    /// The stored forms are the strings rows were written with before these types
    /// existed: changing one would orphan existing rows.
    #[test]
    fn stored_forms_are_fixed_and_round_trip() {
        let kinds: Vec<_> = MethodKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            kinds,
            ["email", "mobile", "office", "app", "push", "passkey"]
        );
        let scopes: Vec<_> = TokenScope::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(scopes, ["read", "write"]);
        let purposes: Vec<_> = CodePurpose::ALL.iter().map(|p| p.as_str()).collect();
        assert_eq!(
            purposes,
            [
                "email",
                "mobile_phone",
                "office_phone",
                "mobile",
                "office",
                "app",
                "report",
                "push",
                "passkey",
                "helpdesk"
            ]
        );
        let outcomes: Vec<_> = Outcome::ALL.iter().map(|o| o.as_str()).collect();
        assert_eq!(outcomes, ["success", "failure"]);

        for k in MethodKind::ALL {
            assert_eq!(MethodKind::parse(k.as_str()), Some(k));
        }
        for s in TokenScope::ALL {
            assert_eq!(TokenScope::parse(s.as_str()), Some(s));
        }
        for p in CodePurpose::ALL {
            assert_eq!(CodePurpose::parse(p.as_str()), Some(p));
        }
        for bad in ["", "Email", "sms", "admin", "questions", "app_code"] {
            assert_eq!(MethodKind::parse(bad), None, "{bad}");
            assert_eq!(TokenScope::parse(bad), None, "{bad}");
            assert_eq!(CodePurpose::parse(bad), None, "{bad}");
        }
    }

    /// A reset journey's codes keep the policy method's name; a registration's keep the
    /// method kind's, so the two never share a row except for email (different owners).
    #[test]
    fn code_purposes_follow_the_method_names() {
        for m in Method::ALL {
            match CodePurpose::for_reset(m) {
                Some(p) => assert_eq!(p.as_str(), m.as_str()),
                None => assert!(matches!(
                    m,
                    Method::AppCode | Method::Questions | Method::AppNotification | Method::Passkey
                )),
            }
        }
        for k in MethodKind::ALL {
            assert_eq!(CodePurpose::for_registration(k).as_str(), k.as_str());
        }
    }
}
