//! Audit events: who did what to whom, from where, with what result.

use serde::Serialize;

/// The outcome of an audited action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Success,
    Failure,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
        }
    }
}

/// One audit event. `details` is free-form JSON and never holds a secret.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEvent {
    pub id: i64,
    pub time: i64,
    pub activity: String,
    pub actor: String,
    pub target: String,
    pub client_ip: String,
    pub result: String,
    pub correlation_id: String,
    pub details: serde_json::Value,
}

/// An event about to be written; the store assigns id.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAuditEvent {
    pub time: i64,
    pub activity: &'static str,
    pub actor: String,
    pub target: String,
    pub client_ip: String,
    pub result: Outcome,
    pub correlation_id: String,
    pub details: serde_json::Value,
}

/// Activity names. Where Entra has a name for the same thing we reuse it, so SIEM rules
/// written for Entra's audit log read ours too.
pub mod activity {
    pub const SIGN_IN: &str = "Sign-in";
    pub const SIGN_IN_LOCKED: &str = "Sign-in blocked by smart lockout";
    pub const SIGN_OUT: &str = "Sign-out";
    pub const CHANGE_PASSWORD: &str = "Change password (self-service)";
    pub const ADD_USER: &str = "Add user";
    pub const UPDATE_USER: &str = "Update user";
    pub const DELETE_USER: &str = "Delete user";
    pub const RESET_PASSWORD_ADMIN: &str = "Reset password (by admin)";
    pub const ADD_GROUP: &str = "Add group";
    pub const DELETE_GROUP: &str = "Delete group";
    pub const ADD_MEMBER: &str = "Add member to group";
    pub const REMOVE_MEMBER: &str = "Remove member from group";
    pub const BOOTSTRAP: &str = "Create bootstrap administrator";
    pub const UPDATE_POLICY: &str = "Update self-service password reset policy";
    pub const UPDATE_PASSWORD_POLICY: &str = "Update password protection policy";
    pub const SSPR_SUBMITTED_ID: &str = "User submitted their user ID";
    pub const SSPR_STARTED_METHOD: &str = "User started a verification option";
    pub const SSPR_COMPLETED_METHOD: &str = "User completed a verification option";
    pub const SSPR_FAILED_METHOD: &str = "User failed a verification option";
    pub const SSPR_VERIFIED: &str = "User completed all verification steps required";
    pub const SSPR_SUBMITTED_PASSWORD: &str = "User submitted a new password";
    pub const SSPR_RESET: &str = "Reset password (self-service)";
    pub const SSPR_UNLOCK: &str = "Unlock user account (self-service)";
    pub const SSPR_BLOCKED: &str = "Blocked from self-service password reset";
    pub const SSPR_HELP: &str = "User asked an administrator for help";
    pub const SSPR_SEND_FAILED: &str = "Verification code could not be sent";
    pub const REGISTERED: &str = "User registered for self-service password reset";
    pub const REGISTERED_METHOD: &str = "User registered an authentication method";
    pub const REMOVED_METHOD: &str = "User removed an authentication method";
    pub const RECONFIRMED: &str = "User confirmed their authentication information";
    pub const NOTIFICATION_FAILED: &str = "Notification could not be delivered";
    pub const REPORTED_NOT_ME: &str = "User reported a change they didn't make";
}
