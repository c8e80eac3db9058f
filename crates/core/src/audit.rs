//! Audit events: who did what to whom, from where, with what result.

use serde::Serialize;

use crate::clock::UnixSeconds;

/// The outcome of an audited action. Stored in `audit_events.result` as `"success"` or
/// `"failure"` (see [`Outcome::as_str`]), and shown and exported in the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The action did what was asked.
    Success,
    /// The action was refused or failed; `details` usually says why.
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
    /// Row id, assigned by the store; increases with every event written.
    pub id: i64,
    /// When it happened (Unix seconds).
    pub time: UnixSeconds,
    /// What happened: one of the names in [`activity`].
    pub activity: String,
    /// Who did it: the signed-in username, the user ID typed into a reset journey, or
    /// `latchkey` for the service itself.
    pub actor: String,
    /// Who or what it was done to: usually a username or group name; empty when nothing.
    pub target: String,
    /// The client's IP address as text (the socket peer, or the address a trusted proxy
    /// reported); empty for events the service raises on its own.
    pub client_ip: String,
    /// Serialises as `"success"` or `"failure"`, like [`Outcome::as_str`].
    pub result: Outcome,
    /// The id of the request that caused it (sent as `x-request-id`), to find every event and
    /// log line of one request; empty for events the service raises on its own.
    pub correlation_id: String,
    /// Free-form JSON object with the particulars (a reason, a method, a count).
    pub details: serde_json::Value,
}

/// An event about to be written; the store assigns id.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAuditEvent {
    /// When it happened (Unix seconds).
    pub time: UnixSeconds,
    /// What happened: one of the names in [`activity`].
    pub activity: &'static str,
    /// Who did it: the signed-in username, the user ID typed into a reset journey, or
    /// `latchkey` for the service itself.
    pub actor: String,
    /// Who or what it was done to: usually a username or group name; empty when nothing.
    pub target: String,
    /// The client's IP address as text; empty for events the service raises on its own.
    pub client_ip: String,
    /// Whether the action succeeded.
    pub result: Outcome,
    /// The id of the request that caused it (sent as `x-request-id`); empty when none.
    pub correlation_id: String,
    /// Free-form JSON object with the particulars (a reason, a method, a count).
    pub details: serde_json::Value,
}

/// Activity names. Where Entra has a name for the same thing we reuse it, so SIEM rules
/// written for Entra's audit log read ours too.
pub mod activity {
    /// A sign-in to the portal, successful or not.
    pub const SIGN_IN: &str = "Sign-in";
    /// A sign-in refused because the account is in smart lockout.
    pub const SIGN_IN_LOCKED: &str = "Sign-in blocked by smart lockout";
    /// A user signed out.
    pub const SIGN_OUT: &str = "Sign-out";
    /// A signed-in user changed their own password (Entra's name).
    pub const CHANGE_PASSWORD: &str = "Change password (self-service)";
    /// An administrator created a user (Entra's name).
    pub const ADD_USER: &str = "Add user";
    /// An administrator changed a user's profile, role or status (Entra's name).
    pub const UPDATE_USER: &str = "Update user";
    /// An administrator deleted a user (Entra's name).
    pub const DELETE_USER: &str = "Delete user";
    /// Users were created in bulk from a file (`latchkey user import`): one event for the
    /// whole import, with the file's name and how many were imported and skipped.
    pub const IMPORT_USERS: &str = "Import users";
    /// An administrator set a user's password (Entra's name).
    pub const RESET_PASSWORD_ADMIN: &str = "Reset password (by admin)";
    /// An administrator created a group (Entra's name).
    pub const ADD_GROUP: &str = "Add group";
    /// An administrator deleted a group (Entra's name).
    pub const DELETE_GROUP: &str = "Delete group";
    /// A user or group was added to a group (Entra's name).
    pub const ADD_MEMBER: &str = "Add member to group";
    /// A user or group was removed from a group (Entra's name).
    pub const REMOVE_MEMBER: &str = "Remove member from group";
    /// The first global administrator was created at start-up.
    pub const BOOTSTRAP: &str = "Create bootstrap administrator";
    /// An administrator changed the self-service password reset policy.
    pub const UPDATE_POLICY: &str = "Update self-service password reset policy";
    /// An administrator changed the password protection policy (length, banned terms,
    /// history, strength, breached check).
    pub const UPDATE_PASSWORD_POLICY: &str = "Update password protection policy";
    /// Reset journey: someone entered a user ID to start.
    pub const SSPR_SUBMITTED_ID: &str = "User submitted their user ID";
    /// Reset journey: the person chose a verification method, before any code is sent.
    pub const SSPR_STARTED_METHOD: &str = "User started a verification option";
    /// Reset journey: one verification method passed.
    pub const SSPR_COMPLETED_METHOD: &str = "User completed a verification option";
    /// Reset journey: a verification method failed, such as a wrong code.
    pub const SSPR_FAILED_METHOD: &str = "User failed a verification option";
    /// Reset journey: the required number of methods passed.
    pub const SSPR_VERIFIED: &str = "User completed all verification steps required";
    /// Reset journey: a new password was submitted, accepted or refused.
    pub const SSPR_SUBMITTED_PASSWORD: &str = "User submitted a new password";
    /// Reset journey: the password was reset (Entra's name).
    pub const SSPR_RESET: &str = "Reset password (self-service)";
    /// Reset journey: the account was unlocked without a reset (Entra's name).
    pub const SSPR_UNLOCK: &str = "Unlock user account (self-service)";
    /// Self-service was blocked for a user after too many attempts (Entra's name).
    pub const SSPR_BLOCKED: &str = "Blocked from self-service password reset";
    /// A client address, or everyone together, reached a rate limit (journey starts,
    /// code sends, checks or help requests); the request was refused with 429.
    pub const RATE_LIMITED: &str = "Rate limit reached";
    /// Texts and calls in the last hour went over `limits.texts_alert_per_hour`; the
    /// global administrators were told.
    pub const TELEPHONY_SPIKE: &str = "Telephony spike reported to administrators";
    /// A user in a reset journey asked an administrator for help.
    pub const SSPR_HELP: &str = "User asked an administrator for help";
    /// A one-time code could not be sent by email, text or call.
    pub const SSPR_SEND_FAILED: &str = "Verification code could not be sent";
    /// An authenticator code that had already been accepted was presented again (and
    /// refused): someone may have seen it.
    pub const APP_CODE_REUSED: &str = "Authenticator code reused";
    /// A user completed registration for self-service password reset.
    pub const REGISTERED: &str = "User registered for self-service password reset";
    /// A user added an authentication method.
    pub const REGISTERED_METHOD: &str = "User registered an authentication method";
    /// A user removed an authentication method.
    pub const REMOVED_METHOD: &str = "User removed an authentication method";
    /// A user confirmed that their registered methods are still current.
    pub const RECONFIRMED: &str = "User confirmed their authentication information";
    /// A notice could not be queued or was given up after its last try.
    pub const NOTIFICATION_FAILED: &str = "Notification could not be delivered";
    /// A user followed a "this wasn't me" link from a notice.
    pub const REPORTED_NOT_ME: &str = "User reported a change they didn't make";
    /// An administrator sent registration reminders to a group.
    pub const REMINDER_SENT: &str = "Registration reminder sent";
    /// An administrator changed the registration campaign's settings (details: before and
    /// after).
    pub const UPDATE_CAMPAIGN: &str = "Update registration campaign settings";
    /// The registration campaign queued reminders (details: how many, how many were due,
    /// how many had no email address).
    pub const CAMPAIGN_RUN: &str = "Registration campaign run";
    /// An administrator imported contact details from a file (details: the file, how many
    /// users changed, their usernames).
    pub const IMPORT_CONTACTS: &str = "Import contact details";
    /// An administrator changed the organization name or logo.
    pub const UPDATE_BRANDING: &str = "Update organization name and logo";
    /// Audit retention removed events older than `audit.retention_days`.
    pub const AUDIT_RETENTION: &str = "Audit retention applied";
    /// An API token was created.
    pub const CREATE_TOKEN: &str = "Create API token";
    /// An API token was revoked.
    pub const REVOKE_TOKEN: &str = "Revoke API token";
    /// An administrator deleted one of a user's authentication methods.
    pub const ADMIN_DELETED_METHOD: &str = "Admin deleted security info";
    /// An administrator removed all of a user's methods and answers so they register again.
    pub const ADMIN_REQUIRED_REREGISTRATION: &str =
        "Admin required re-registration of security info";
    /// A whole policy document was applied (`/api/v1/policy` or `latchkey policy apply`).
    pub const APPLY_POLICY: &str = "Apply policy document";
    /// Messages kept failing to be delivered and administrators were alerted.
    pub const DELIVERY_ALERT: &str = "Delivery failures reported to administrators";
    /// An administrator queued a message that couldn't be delivered again.
    pub const DELIVERY_RESENT: &str = "Resend undelivered notification";
    /// An administrator removed a message that couldn't be delivered from the list.
    pub const DELIVERY_DISMISSED: &str = "Dismiss undelivered notification";
    /// A password or unlock was written to the on-premises directory, or it refused.
    pub const PASSWORD_WRITEBACK: &str = "Password writeback";
    /// Accounts and groups were synced from the on-premises directory.
    pub const DIRECTORY_SYNC: &str = "Directory sync";
    /// A request to the Latchkey app was approved with the right number (details: the
    /// device's name).
    pub const APP_NOTIFICATION_APPROVED: &str = "App notification approved";
    /// A request to the Latchkey app was approved with another number than the page showed.
    pub const APP_NOTIFICATION_WRONG_NUMBER: &str = "App notification answered with a wrong number";
    /// A request to the Latchkey app was denied.
    pub const APP_NOTIFICATION_DENIED: &str = "App notification denied";
    /// A request to the Latchkey app was reported as "this wasn't me".
    pub const APP_NOTIFICATION_REPORTED: &str = "App notification reported as not me";
    /// An answer from the Latchkey app was refused (outcome failure; details: the reason,
    /// `bad_signature`, `already_answered` (a replay included) or `expired`, and the
    /// device).
    pub const APP_NOTIFICATION_REFUSED: &str = "App notification answer refused";

    /// An administrator issued a Temporary Access Pass (details: lifetime in minutes,
    /// one-time or not, when it expires; never the pass).
    pub const ISSUE_ACCESS_PASS: &str = "Issue Temporary Access Pass";
    /// An administrator revoked a user's Temporary Access Pass.
    pub const REVOKE_ACCESS_PASS: &str = "Revoke Temporary Access Pass";
    /// Someone signed in with a Temporary Access Pass (outcome failure: a wrong or
    /// unusable pass).
    pub const SIGN_IN_ACCESS_PASS: &str = "Sign-in with Temporary Access Pass";

    /// A helpdesk agent started verifying a caller (details: how many methods are
    /// required).
    pub const HELPDESK_STARTED: &str = "Helpdesk started caller verification";
    /// A helpdesk agent sent the caller a challenge (details: the verification, the
    /// channel; never the code).
    pub const HELPDESK_CHALLENGE: &str = "Helpdesk sent a verification challenge";
    /// The caller answered a helpdesk challenge (outcome failure: a wrong code; details:
    /// the verification and the channel).
    pub const HELPDESK_METHOD: &str = "Helpdesk checked a caller's method";
    /// The caller passed every method required: the agent's window opened (details: the
    /// methods, the window in minutes).
    pub const HELPDESK_VERIFIED: &str = "Helpdesk caller verified";
    /// The agent closed a verification.
    pub const HELPDESK_CLOSED: &str = "Helpdesk closed caller verification";
    /// The agent asked a second agent to approve acting on an administrator.
    pub const HELPDESK_APPROVAL_ASKED: &str = "Helpdesk asked for a second agent's approval";
    /// A second agent approved acting on an administrator (details: the first agent).
    pub const HELPDESK_APPROVED: &str = "Helpdesk second agent approved";
    /// The agent asked the caller's manager to approve (details: the verification, the
    /// manager's username).
    pub const HELPDESK_MANAGER_ASKED: &str = "Helpdesk asked the caller's manager to approve";
    /// The caller's manager, signed in, approved: one method passed (details: the
    /// verification, the agent). The actor is the manager.
    pub const HELPDESK_MANAGER_APPROVED: &str = "Manager approved a helpdesk caller";
    /// The caller's manager typed another number than the caller was given: nothing
    /// counted (outcome failure; details: the verification, the agent). The last try
    /// allowed is followed by [`HELPDESK_MANAGER_DENIED`].
    pub const HELPDESK_MANAGER_WRONG_NUMBER: &str =
        "Manager typed a wrong number for a helpdesk caller";
    /// The caller's manager denied: the verification closed; the user, the global
    /// administrators and the security contacts were told (outcome failure; details: the
    /// verification, the agent, the reason, and `acted`, the activities done to the
    /// account since the call began, by anyone).
    pub const HELPDESK_MANAGER_DENIED: &str = "Manager denied a helpdesk caller";
    /// The caller's manager couldn't confirm it now (they couldn't reach the caller): the
    /// ask ended, nobody was alerted, the verification goes on for the caller's own
    /// methods (outcome failure; details: the verification, the agent).
    pub const HELPDESK_MANAGER_UNCONFIRMED: &str = "Manager could not confirm a helpdesk caller";
    /// An administrator, or the directory sync (`source`: `directory`), set or removed a
    /// user's manager (details: before and after, by username).
    pub const UPDATE_MANAGER: &str = "Update manager";
    /// Many verifications of one account within an hour: the security contacts were
    /// alerted (details: how many).
    pub const HELPDESK_BURST: &str = "Helpdesk verification burst reported";
    /// Wrong answers for one account reached the day's limit: helpdesk verification of it
    /// is paused for a day; the user and the security contacts were told.
    pub const HELPDESK_BLOCKED: &str = "Helpdesk verification paused";
    /// An agent unlocked an account after verifying the caller.
    pub const HELPDESK_UNLOCK: &str = "Unlock user account (helpdesk)";
    /// An agent sent a caller a link to register their security info.
    pub const HELPDESK_REGISTRATION_LINK: &str = "Helpdesk sent a registration link";
    /// The helpdesk settings changed (details: before and after).
    pub const UPDATE_HELPDESK_SETTINGS: &str = "Update helpdesk settings";

    /// An administrator changed the password expiry settings or a group's maximum
    /// password age (details: what changed).
    pub const UPDATE_PASSWORD_EXPIRY: &str = "Update password expiry settings";

    /// Every activity, for the audit log's filter.
    pub const ALL: &[&str] = &[
        SIGN_IN,
        SIGN_IN_LOCKED,
        SIGN_OUT,
        PASSWORD_WRITEBACK,
        DIRECTORY_SYNC,
        CHANGE_PASSWORD,
        ADD_USER,
        UPDATE_USER,
        DELETE_USER,
        IMPORT_USERS,
        RESET_PASSWORD_ADMIN,
        ADD_GROUP,
        DELETE_GROUP,
        ADD_MEMBER,
        REMOVE_MEMBER,
        BOOTSTRAP,
        UPDATE_POLICY,
        UPDATE_PASSWORD_POLICY,
        UPDATE_PASSWORD_EXPIRY,
        SSPR_SUBMITTED_ID,
        SSPR_STARTED_METHOD,
        SSPR_COMPLETED_METHOD,
        SSPR_FAILED_METHOD,
        SSPR_VERIFIED,
        SSPR_SUBMITTED_PASSWORD,
        SSPR_RESET,
        SSPR_UNLOCK,
        SSPR_BLOCKED,
        RATE_LIMITED,
        TELEPHONY_SPIKE,
        SSPR_HELP,
        SSPR_SEND_FAILED,
        APP_CODE_REUSED,
        REGISTERED,
        REGISTERED_METHOD,
        REMOVED_METHOD,
        RECONFIRMED,
        NOTIFICATION_FAILED,
        REPORTED_NOT_ME,
        REMINDER_SENT,
        UPDATE_CAMPAIGN,
        CAMPAIGN_RUN,
        IMPORT_CONTACTS,
        UPDATE_BRANDING,
        AUDIT_RETENTION,
        CREATE_TOKEN,
        REVOKE_TOKEN,
        ADMIN_DELETED_METHOD,
        ADMIN_REQUIRED_REREGISTRATION,
        APPLY_POLICY,
        DELIVERY_ALERT,
        DELIVERY_RESENT,
        DELIVERY_DISMISSED,
        APP_NOTIFICATION_APPROVED,
        APP_NOTIFICATION_WRONG_NUMBER,
        APP_NOTIFICATION_DENIED,
        APP_NOTIFICATION_REPORTED,
        APP_NOTIFICATION_REFUSED,
        ISSUE_ACCESS_PASS,
        REVOKE_ACCESS_PASS,
        SIGN_IN_ACCESS_PASS,
        HELPDESK_STARTED,
        HELPDESK_CHALLENGE,
        HELPDESK_METHOD,
        HELPDESK_VERIFIED,
        HELPDESK_CLOSED,
        HELPDESK_APPROVAL_ASKED,
        HELPDESK_APPROVED,
        HELPDESK_MANAGER_ASKED,
        HELPDESK_MANAGER_APPROVED,
        HELPDESK_MANAGER_WRONG_NUMBER,
        HELPDESK_MANAGER_DENIED,
        HELPDESK_MANAGER_UNCONFIRMED,
        UPDATE_MANAGER,
        HELPDESK_BURST,
        HELPDESK_BLOCKED,
        HELPDESK_UNLOCK,
        HELPDESK_REGISTRATION_LINK,
        UPDATE_HELPDESK_SETTINGS,
    ];
}

/// Where verification starts after retention removed the oldest events: the id before the
/// first event kept, and the hash that event must follow. Stored as JSON under
/// [`ANCHOR_SETTING`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Anchor {
    /// Id of the last removed event; verification starts after it (0: nothing removed).
    pub before_id: i64,
    /// Hash of the last removed event, which the first kept event must name as its previous hash.
    pub hash: String,
}

/// The settings key under which the [`Anchor`] is stored.
pub const ANCHOR_SETTING: &str = "audit_anchor";

/// The fields of an event as stored, which its chain hash covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainRow {
    /// Row id, assigned by the store.
    pub id: i64,
    /// When it happened (Unix seconds), as stored.
    pub time: UnixSeconds,
    /// The activity name exactly as stored.
    pub activity: String,
    /// The actor exactly as stored.
    pub actor: String,
    /// The target exactly as stored.
    pub target: String,
    /// The client IP address exactly as stored.
    pub client_ip: String,
    /// The result exactly as stored (normally `"success"` or `"failure"`): the hash covers
    /// the stored text, so it is not parsed here.
    pub result: String,
    /// The correlation id exactly as stored.
    pub correlation_id: String,
    /// The details exactly as stored (JSON text).
    pub details: String,
    /// The previous event's `hash` (empty for the first event of the chain).
    pub prev_hash: String,
    /// SHA-256 of `prev_hash` and this event's fields, as lowercase hex (see [`chain_hash`]).
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
    /// Id of the first event that fails verification.
    pub id: i64,
    /// Why it fails, in words for the administrator.
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

    #[test]
    fn every_activity_is_listed_for_the_viewer() {
        let src = include_str!("audit.rs");
        let module = &src[src.find("pub mod activity").unwrap_or(0)..];
        let module = &module[..module.find("pub const ALL").unwrap_or(module.len())];
        let declared = module.matches("pub const ").count();
        assert_eq!(
            declared,
            super::activity::ALL.len(),
            "an activity is missing from activity::ALL (the audit viewer's filter)"
        );
    }
}
