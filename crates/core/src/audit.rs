//! Audit events: who did what to whom, from where, with what result.

use serde::Serialize;

use crate::clock::UnixSeconds;

/// The outcome of an audited action. Stored in `audit_events.result` as `"success"` or
/// `"failure"` (see [`Outcome::as_str`]), and shown and exported in the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Success,
    Failure,
}

impl Outcome {
    /// Both outcomes, successes first.
    pub const ALL: [Outcome; 2] = [Outcome::Success, Outcome::Failure];

    /// The stored and displayed form: `"success"` or `"failure"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
        }
    }

    /// The outcome [`Outcome::as_str`] names; `None` for anything else (case matters).
    pub fn parse(s: &str) -> Option<Self> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// One audit event. `details` is free-form JSON and never holds a secret.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEvent {
    pub id: i64,
    pub time: UnixSeconds,
    pub activity: String,
    pub actor: String,
    pub target: String,
    pub client_ip: String,
    /// Serialises as `"success"` or `"failure"`, like [`Outcome::as_str`].
    pub result: Outcome,
    pub correlation_id: String,
    pub details: serde_json::Value,
}

/// An event about to be written; the store assigns id.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAuditEvent {
    pub time: UnixSeconds,
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
    pub const REMINDER_SENT: &str = "Registration reminder sent";
    pub const UPDATE_BRANDING: &str = "Update organization name and logo";
    pub const AUDIT_RETENTION: &str = "Audit retention applied";
    pub const CREATE_TOKEN: &str = "Create API token";
    pub const REVOKE_TOKEN: &str = "Revoke API token";
    pub const ADMIN_DELETED_METHOD: &str = "Admin deleted security info";
    pub const ADMIN_REQUIRED_REREGISTRATION: &str =
        "Admin required re-registration of security info";
    pub const APPLY_POLICY: &str = "Apply policy document";

    /// Every activity, for the audit log's filter.
    pub const ALL: &[&str] = &[
        SIGN_IN,
        SIGN_IN_LOCKED,
        SIGN_OUT,
        CHANGE_PASSWORD,
        ADD_USER,
        UPDATE_USER,
        DELETE_USER,
        RESET_PASSWORD_ADMIN,
        ADD_GROUP,
        DELETE_GROUP,
        ADD_MEMBER,
        REMOVE_MEMBER,
        BOOTSTRAP,
        UPDATE_POLICY,
        UPDATE_PASSWORD_POLICY,
        SSPR_SUBMITTED_ID,
        SSPR_STARTED_METHOD,
        SSPR_COMPLETED_METHOD,
        SSPR_FAILED_METHOD,
        SSPR_VERIFIED,
        SSPR_SUBMITTED_PASSWORD,
        SSPR_RESET,
        SSPR_UNLOCK,
        SSPR_BLOCKED,
        SSPR_HELP,
        SSPR_SEND_FAILED,
        REGISTERED,
        REGISTERED_METHOD,
        REMOVED_METHOD,
        RECONFIRMED,
        NOTIFICATION_FAILED,
        REPORTED_NOT_ME,
        REMINDER_SENT,
        UPDATE_BRANDING,
    ];
}

/// The fields of an event as stored, which its chain hash covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainRow {
    pub id: i64,
    pub time: UnixSeconds,
    pub activity: String,
    pub actor: String,
    pub target: String,
    pub client_ip: String,
    /// The result exactly as stored (normally `"success"` or `"failure"`): the hash covers
    /// the stored text, so it is not parsed here.
    pub result: String,
    pub correlation_id: String,
    /// The details exactly as stored (JSON text).
    pub details: String,
    pub prev_hash: String,
    pub hash: String,
}

/// SHA-256 over the previous event's hash and every field of this one, each
/// length-prefixed so no two different events hash alike.
pub fn chain_hash(prev: &str, row: &ChainRow) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let time = row.time.to_string();
    for part in [
        prev,
        time.as_str(),
        &row.activity,
        &row.actor,
        &row.target,
        &row.client_ip,
        &row.result,
        &row.correlation_id,
        &row.details,
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Where a chain breaks, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    pub id: i64,
    pub reason: &'static str,
}

/// Walks events in order (from the first) and returns how many were checked, or the first
/// broken link: an event whose fields no longer match its hash (changed), or whose
/// previous hash isn't the hash of the event before it (an event deleted or inserted).
pub fn verify_chain(
    rows: impl IntoIterator<Item = ChainRow>,
    mut prev: String,
) -> Result<u64, BrokenLink> {
    let mut n = 0;
    for row in rows {
        if row.prev_hash != prev {
            return Err(BrokenLink {
                id: row.id,
                reason: "it doesn't follow the event before it: an event was deleted or inserted here",
            });
        }
        if chain_hash(&row.prev_hash, &row) != row.hash {
            return Err(BrokenLink {
                id: row.id,
                reason: "its contents no longer match its hash: the event was changed",
            });
        }
        prev = row.hash;
        n += 1;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_round_trip_through_their_stored_form() {
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
            assert_eq!(
                serde_json::to_value(o).ok(),
                Some(serde_json::Value::from(o.as_str()))
            );
        }
        assert_eq!(Outcome::parse("Success"), None);
        assert_eq!(Outcome::parse(""), None);
    }

    fn chain(n: i64) -> Vec<ChainRow> {
        let mut prev = String::new();
        (1..=n)
            .map(|i| {
                let mut r = ChainRow {
                    id: i,
                    time: 1000 + i,
                    activity: "Add user".into(),
                    actor: "admin".into(),
                    target: format!("user{i}"),
                    client_ip: "127.0.0.1".into(),
                    result: "success".into(),
                    correlation_id: "c".into(),
                    details: "{}".into(),
                    prev_hash: prev.clone(),
                    hash: String::new(),
                };
                r.hash = chain_hash(&prev, &r);
                prev = r.hash.clone();
                r
            })
            .collect()
    }

    #[test]
    fn a_chain_detects_changes_deletions_and_insertions() {
        assert_eq!(verify_chain(chain(5), String::new()), Ok(5));
        let mut changed = chain(5);
        changed[2].target = "someone-else".into();
        assert_eq!(
            verify_chain(changed, String::new()).map_err(|b| b.id),
            Err(3)
        );
        let mut deleted = chain(5);
        deleted.remove(3);
        let e = verify_chain(deleted, String::new()).err();
        assert_eq!(e.as_ref().map(|b| b.id), Some(5));
        assert!(e.is_some_and(|b| b.reason.contains("deleted or inserted")));
        let mut inserted = chain(5);
        let mut fake = inserted[1].clone();
        fake.id = 99;
        inserted.insert(2, fake);
        assert_eq!(
            verify_chain(inserted, String::new()).map_err(|b| b.id),
            Err(99)
        );
    }
}
