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
//! * [`journey`] runs the self-service reset journey on the typed state machine of
//!   [`latchkey_core::journey`].
//!
//! This module imports nothing from `pages/` or `api/`.

pub mod directory;
pub mod journey;
pub mod password;
pub mod registration;

use latchkey_core::password::HashError;
use latchkey_core::store::StoreError;

use crate::error::{ApiError, PageError};

/// Why an operation failed for a reason that is not the caller's input (input problems
/// are typed outcomes of each operation, not errors).
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// The thing operated on does not exist (any more).
    #[error("not found")]
    NotFound,
    /// Too many passwords are being hashed at this moment; try again in a few seconds.
    #[error("busy")]
    Busy,
    /// The external directory refused or could not be reached; nothing was changed.
    #[error("directory: {0}")]
    Directory(String),
    /// Storage or another internal failure; the text is for the log only.
    #[error("internal: {0}")]
    Internal(String),
}

impl From<StoreError> for ServiceError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ServiceError::NotFound,
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
            other => ServiceError::Internal(other.to_string()),
        }
    }
}

impl From<ServiceError> for PageError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::NotFound => PageError::NotFound,
            ServiceError::Busy => PageError::Busy,
            ServiceError::Directory(m) => PageError::Internal(format!("directory: {m}")),
            ServiceError::Internal(m) => PageError::Internal(m),
        }
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        ApiError::from(PageError::from(e))
    }
}
