//! The service layer: every operation that changes something, with its rules, once.
//!
//! Pages (`pages/`), the JSON API (`api/`) and the CLI are adapters: they parse input,
//! call one operation here and render its typed result. An operation checks its rules,
//! and writes its change, its audit events and the notices it causes in one transaction
//! ([`latchkey_core::store::Commits`]); notices are sent afterwards by the delivery
//! worker ([`crate::delivery`]).
//!
//! * [`password::set_password`] is the one door for every password change: self-service
//!   reset, change on My account, the first-sign-in change, admin resets in the portal,
//!   the API and the CLI, and "this wasn't me". It calls the [`password::DirectoryPort`]
//!   so an external directory gets the same password.
//! * [`directory`] holds the user and group operations of the portal, the API and the
//!   CLI, with their permission rules and the last-global-administrator rule;
//!   [`import`] creates many users from a file with the same rules, in one transaction.
//! * [`journey`] runs the self-service reset journey on the typed state machine of
//!   [`latchkey_core::journey`].
//! * [`registration`] proves, replaces and removes the methods users verify with
//!   (`/setup`), on the rules of [`latchkey_core::registration`]; each change is one
//!   transaction ([`latchkey_core::store::MethodCommits`]).
//!
//! This module imports nothing from `pages/` or `api/`.

pub mod access_pass;
mod actor;
pub mod branding;
pub mod campaigns;
pub mod contacts_import;
pub mod deliveries;
pub mod directory;
pub mod expiry;
pub mod helpdesk;
pub mod import;
pub mod journey;
pub mod managers;
pub mod members;
mod not_me;
pub mod onprem;
pub mod password;
pub mod policy;
pub mod push;
pub mod registration;
pub mod reports;
pub mod tester;
pub mod tokens;

use axum::http::StatusCode;
use latchkey_core::directory::FieldError;
use latchkey_core::password::{HashError, PolicyViolation};
use latchkey_core::store::{LAST_GLOBAL_ADMIN, StoreError};
use latchkey_i18n::{t, tr};

use crate::error::{ApiError, PageError};

/// What an administrator's role doesn't allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Only global administrators may do this (create and delete users and groups,
    /// change roles and sign-in, change memberships and policies).
    GlobalOnly,
    /// Password administrators manage users who aren't administrators; this one is.
    ManageAdmins,
}

/// Where an operation comes from, for the audit log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// The admin portal (or a user's own pages).
    Portal,
    /// The JSON API, with the token's id.
    Api(i64),
    /// The command line on the server.
    Cli,
}

impl Via {
    /// Marks an audit event's details with where the operation came from: nothing for
    /// the portal, `"via": "api"` and `"token_id"` for the API, `"via": "cli"`.
    pub fn mark(self, details: &mut serde_json::Value) {
        let Some(o) = details.as_object_mut() else {
            return;
        };
        match self {
            Via::Portal => {}
            Via::Api(token) => {
                o.insert("via".into(), "api".into());
                o.insert("token_id".into(), token.into());
            }
            Via::Cli => {
                o.insert("via".into(), "cli".into());
            }
        }
    }
}

/// Why an operation failed or was refused. The refusals are typed; each adapter (page,
/// API, CLI) words them its own way, so one rule gives one refusal everywhere.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// The thing operated on does not exist (any more).
    #[error("not found")]
    NotFound,
    /// Too many passwords are being hashed at this moment; try again in a few seconds.
    #[error("busy")]
    Busy,
    /// The on-premises directory refused or could not be reached; nothing was changed.
    #[error("directory: {0}")]
    Directory(latchkey_core::writeback::WriteBackError),
    /// The database can't be reached or can't write right now; nothing was saved. The
    /// text is for the log only.
    #[error("storage unavailable: {0}")]
    StorageUnavailable(String),
    /// A rate limit of the client's address or of the whole service was reached
    /// ([`crate::sspr::throttle`]); the seconds until it frees. Nothing was done.
    #[error("rate limited for {0} s")]
    RateLimited(i64),
    /// Storage or another internal failure; the text is for the log only.
    #[error("internal: {0}")]
    Internal(String),
    /// Input that doesn't pass validation: every field at fault, in words for the person
    /// who typed it. Nothing was written.
    #[error("invalid: {0:?}")]
    Invalid(Vec<FieldError>),
    /// A new password the password policy refused (and only that). Nothing was written.
    #[error("password refused: {0}")]
    Password(PolicyViolation),
    /// A document with problems, each named by its path (`sspr.methods_required`) with
    /// what is wrong in words. Nothing was written.
    #[error("invalid document: {0:?}")]
    InvalidPaths(Vec<(String, String)>),
    /// Rows of an import file that can't be imported, each with its line and every
    /// problem, in file order. Nothing was written.
    #[error("invalid rows: {} bad", .0.len())]
    InvalidRows(Vec<import::BadRow>),
    /// A unique name is taken; the input field that holds it (`username`, `name`).
    #[error("already exists: {0}")]
    Conflict(&'static str),
    /// The actor's role doesn't allow this.
    #[error("forbidden: {0:?}")]
    Forbidden(Permission),
    /// An administrator tried to change their own role or sign-in, or to delete
    /// themselves.
    #[error("an administrator can't change their own role or sign-in, or delete themselves")]
    SelfChange,
    /// An administrator tried to reset their own password through the admin tools; they
    /// change it on My account, where the current password is asked.
    #[error("an administrator can't reset their own password this way")]
    SelfReset,
    /// An administrator tried to change their own contact details or security info
    /// through the admin tools; they change it on My account, where the password is
    /// confirmed ("Confirm it's you") and the previous addresses are told.
    #[error("an administrator can't change their own security info this way")]
    SelfSecurityInfo,
    /// The change would leave no enabled global administrator; nothing was written.
    #[error("this is the only enabled global administrator")]
    LastGlobalAdmin,
    /// The user or group named as a member doesn't exist.
    #[error("no such user or group")]
    NoSuchMember,
    /// Several users have the display name given as a member: `candidates` lists them as
    /// `Display Name (username)`, so the person can type the username instead.
    #[error("several users are called {name}")]
    AmbiguousMember {
        /// The name as given.
        name: String,
        /// Who has it, at most 10.
        candidates: Vec<String>,
    },
    /// What was to be removed isn't a direct member of the group (any more).
    #[error("not a direct member")]
    NotMember,
    /// Nesting `member` would put a group inside itself; `why` in words.
    #[error("can't add {member}: {why}")]
    Nesting {
        /// The name of the member that was to be added.
        member: String,
        /// Why not, in the request's language, e.g. "a group can't be a member of itself".
        why: String,
    },
    /// The account or group comes from the on-premises directory: what was asked is
    /// managed there (the words say so).
    #[error("managed by the on-premises directory")]
    Managed(String),
    /// Another rule of the store refused the change; the reason in words.
    #[error("refused: {0}")]
    Refused(String),
    /// Someone else changed the settings this change was made on between its read and
    /// its write (compare-and-swap); nothing was written. Read them again and retry.
    #[error("{}", t("errors-api-changed-meanwhile"))]
    ChangedMeanwhile,
    /// The group is the one self-service password reset is turned on for (scope
    /// "Selected"); nothing was deleted.
    #[error("{}", sspr_group_words())]
    SsprGroup,
    /// A change to the signed-in user's own security info (a method added, replaced or
    /// removed, security answers set) with no proof of their password in the last
    /// `session.step_up_minutes`: a stolen session alone can't change how the
    /// account is recovered. The user confirms it's them (`/account/confirm`) and tries
    /// again; nothing was changed.
    #[error("step-up required: the password must be confirmed first")]
    StepUpRequired,
    /// A rule of helpdesk caller verification refused the step
    /// ([`latchkey_core::helpdesk::Refusal`]): most often, the caller hasn't been verified
    /// by this agent in the last minutes, so nothing may be done to the account.
    #[error("helpdesk: {}", .0.code())]
    Helpdesk(latchkey_core::helpdesk::Refusal),
}

/// The words of [`ServiceError::ChangedMeanwhile`], for the portal's pages, which show
/// the settings again below them.
pub const CHANGED_MEANWHILE_WORDS: &str = "Someone else changed these settings at the same time, so your change wasn't saved. Check the settings below and save again.";

/// The words of [`ServiceError::SsprGroup`], the same everywhere.
pub const SSPR_GROUP_WORDS: &str = "This is the group self-service password reset is turned on for. Choose another group, or turn it off, on the Properties page first.";

/// [`CHANGED_MEANWHILE_WORDS`] in the current language.
pub fn changed_meanwhile_words() -> String {
    t("errors-page-changed-meanwhile")
}

/// [`SSPR_GROUP_WORDS`] in the current language.
pub fn sspr_group_words() -> String {
    t("errors-sspr-group")
}

impl From<StoreError> for ServiceError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ServiceError::NotFound,
            StoreError::Conflict(what) => ServiceError::Conflict(what),
            StoreError::Refused(LAST_GLOBAL_ADMIN) => ServiceError::LastGlobalAdmin,
            StoreError::Refused(why) => ServiceError::Refused(why.to_owned()),
            StoreError::Unavailable(m) => ServiceError::StorageUnavailable(m),
            other => ServiceError::Internal(other.to_string()),
        }
    }
}

impl From<HashError> for ServiceError {
    fn from(e: HashError) -> Self {
        match e {
            HashError::Overloaded => ServiceError::Busy,
            other => ServiceError::Internal(other.to_string()),
        }
    }
}

impl From<PageError> for ServiceError {
    fn from(e: PageError) -> Self {
        match e {
            PageError::NotFound => ServiceError::NotFound,
            PageError::Busy => ServiceError::Busy,
            PageError::StorageUnavailable(m) => ServiceError::StorageUnavailable(m),
            PageError::DirectoryUnavailable(m) => ServiceError::Directory(m),
            PageError::RateLimited(secs) => ServiceError::RateLimited(secs),
            PageError::StepUpRequired { .. } => ServiceError::StepUpRequired,
            other => ServiceError::Internal(other.to_string()),
        }
    }
}

/// The portal's words. Pages re-render their form for [`ServiceError::Invalid`] and
/// [`ServiceError::Password`]; this is what is left.
impl From<ServiceError> for PageError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::NotFound | ServiceError::NotMember => PageError::NotFound,
            ServiceError::Busy => PageError::Busy,
            ServiceError::Directory(m) => PageError::DirectoryUnavailable(m),
            ServiceError::Internal(m) => PageError::Internal(m),
            ServiceError::StorageUnavailable(m) => PageError::StorageUnavailable(m),
            ServiceError::RateLimited(secs) => PageError::RateLimited(secs),
            ServiceError::Invalid(errors) => PageError::BadRequest(
                errors
                    .iter()
                    .map(|e| e.message.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            ServiceError::InvalidPaths(errors) => PageError::BadRequest(
                errors
                    .iter()
                    .map(|(path, message)| format!("{path}: {message}"))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            ServiceError::InvalidRows(rows) => PageError::BadRequest(
                rows.iter()
                    .take(5)
                    .map(|r| {
                        tr(
                            "errors-import-line",
                            &[
                                ("line", r.line.into()),
                                ("problems", import::words(&r.problems).into()),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            ServiceError::Password(v) => PageError::BadRequest(v.to_string()),
            ServiceError::Conflict("username") => {
                PageError::BadRequest(t("errors-page-username-taken"))
            }
            ServiceError::Conflict(_) => PageError::BadRequest(t("errors-page-group-name-taken")),
            ServiceError::Forbidden(Permission::GlobalOnly) => {
                PageError::Forbidden(t("errors-page-global-only"))
            }
            ServiceError::Forbidden(Permission::ManageAdmins) => {
                PageError::Forbidden(t("errors-page-manage-admins"))
            }
            ServiceError::SelfChange => PageError::BadRequest(t("errors-page-self-change")),
            ServiceError::SelfSecurityInfo => {
                PageError::BadRequest(t("errors-page-self-security-info"))
            }
            ServiceError::SelfReset => PageError::BadRequest(t("errors-page-self-reset")),
            ServiceError::LastGlobalAdmin => PageError::BadRequest(t("errors-last-global-admin")),
            ServiceError::NoSuchMember => PageError::BadRequest(t("errors-no-such-member")),
            ServiceError::AmbiguousMember { name, candidates } => {
                PageError::BadRequest(members::ambiguous_words(&name, &candidates))
            }
            ServiceError::Nesting { member, why } => PageError::BadRequest(tr(
                "errors-page-nesting",
                &[("member", member.into()), ("why", why.into())],
            )),
            ServiceError::Refused(why) if why == latchkey_core::store::METHOD_LIMIT => {
                PageError::BadRequest(t("errors-page-method-limit"))
            }
            ServiceError::Refused(why) => {
                PageError::BadRequest(tr("errors-refused", &[("why", why.into())]))
            }
            ServiceError::Managed(why) => PageError::BadRequest(why),
            ServiceError::ChangedMeanwhile => PageError::BadRequest(changed_meanwhile_words()),
            ServiceError::SsprGroup => PageError::BadRequest(sspr_group_words()),
            // Pages whose flow starts elsewhere name their own page (`pages/setup`).
            ServiceError::StepUpRequired => PageError::StepUpRequired {
                next: "/setup".into(),
            },
            ServiceError::Helpdesk(r) => PageError::Forbidden(t(r.message_key())),
        }
    }
}

/// The API's words, status codes and machine codes (`docs/API.md`).
impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::NotFound => ApiError::not_found(t("errors-api-not-found")),
            ServiceError::NotMember => ApiError::not_found(t("errors-api-not-member")),
            ServiceError::Busy => ApiError::from(HashError::Overloaded),
            ServiceError::Directory(e) => ApiError::directory(&e),
            ServiceError::Internal(m) => ApiError::internal(m),
            ServiceError::StorageUnavailable(m) => ApiError::storage_unavailable(m),
            ServiceError::RateLimited(secs) => ApiError::rate_limited(secs),
            ServiceError::InvalidPaths(errors) => ApiError::fields(errors),
            ServiceError::Invalid(errors) => ApiError::fields(
                errors
                    .into_iter()
                    .map(|e| (e.field.to_owned(), e.message))
                    .collect(),
            ),
            ServiceError::InvalidRows(rows) => ApiError::fields(
                rows.iter()
                    .flat_map(|r| {
                        r.problems
                            .iter()
                            .map(|p| (format!("line {}.{}", r.line, p.field), p.message.clone()))
                    })
                    .collect(),
            ),
            ServiceError::Password(v) => ApiError {
                field: Some("password".into()),
                ..ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, v.code(), v.to_string())
            },
            ServiceError::Conflict(field) => ApiError {
                field: Some(field.into()),
                ..ApiError::conflict(t(match field {
                    "username" => "errors-api-username-taken",
                    _ => "errors-api-group-name-taken",
                }))
            },
            ServiceError::Forbidden(Permission::GlobalOnly) => {
                ApiError::forbidden(t("errors-api-global-only"))
            }
            ServiceError::Forbidden(Permission::ManageAdmins) => {
                ApiError::forbidden(t("errors-api-manage-admins"))
            }
            ServiceError::SelfChange => ApiError::forbidden(t("errors-api-self-change")),
            ServiceError::SelfSecurityInfo => ApiError {
                message: t("errors-api-self-security-info"),
                ..ApiError::step_up_required()
            },
            ServiceError::SelfReset => ApiError::forbidden(t("errors-api-self-reset")),
            ServiceError::LastGlobalAdmin => ApiError::conflict(t("errors-last-global-admin")),
            ServiceError::NoSuchMember => ApiError::field("id", t("errors-no-such-member")),
            ServiceError::AmbiguousMember { name, candidates } => {
                ApiError::field("id", members::ambiguous_words(&name, &candidates))
            }
            ServiceError::Nesting { member, why } => ApiError {
                field: Some("id".into()),
                ..ApiError::conflict(tr(
                    "errors-api-nesting",
                    &[("member", member.into()), ("why", why.into())],
                ))
            },
            ServiceError::Refused(why) => {
                ApiError::conflict(tr("errors-refused", &[("why", why.into())]))
            }
            ServiceError::Managed(why) => {
                ApiError::new(StatusCode::CONFLICT, "managed_by_directory", why)
            }
            ServiceError::ChangedMeanwhile => ApiError::conflict(t("errors-api-changed-meanwhile")),
            ServiceError::SsprGroup => ApiError::conflict(sspr_group_words()),
            ServiceError::StepUpRequired => ApiError::step_up_required(),
            ServiceError::Helpdesk(r) => ApiError::new(
                match r {
                    latchkey_core::helpdesk::Refusal::NotVerified
                    | latchkey_core::helpdesk::Refusal::ApprovalNeeded
                    | latchkey_core::helpdesk::Refusal::NotAnotherAgent
                    | latchkey_core::helpdesk::Refusal::Blocked
                    | latchkey_core::helpdesk::Refusal::OwnMethodNeeded => StatusCode::FORBIDDEN,
                    _ => StatusCode::CONFLICT,
                },
                r.code(),
                t(r.message_key()),
            ),
        }
    }
}
