//! `/admin/helpdesk`: the helpdesk console — finding a caller, verifying them, and the
//! actions the verification opens.

use askama::Template;
use latchkey_core::directory::User;

use crate::views::{FormErrors, Layout};

/// A challenge the agent may send: the channel's value, the button's words and the
/// masked destination.
pub struct OfferView {
    /// `mobile_sms`, `mobile_voice`, `office_voice`, `email` or `app_code`.
    pub channel: &'static str,
    /// The button's words ("Text a code to").
    pub label: String,
    /// The masked destination; empty for an authenticator app.
    pub destination: String,
}

/// A verification listed on the console's home: the caller, the agent, where it stands.
pub struct VerificationRow {
    /// The verification's id.
    pub id: i64,
    /// The caller's user id (for the link).
    pub user_id: i64,
    /// The caller, `Display Name (username)`.
    pub caller: String,
    /// The agent, `Display Name (username)`.
    pub agent: String,
    /// Where it stands, in words.
    pub status: String,
    /// When it started, in words.
    pub started: String,
}

/// `templates/admin/helpdesk.html`: search for a caller, the approvals waiting, the
/// agent's recent verifications and (global administrators) the settings.
#[derive(Template)]
#[template(path = "admin/helpdesk.html")]
pub struct HelpdeskPage {
    /// Shared layout.
    pub layout: Layout,
    /// The search as typed.
    pub q: String,
    /// Whether a search was made (to say "nobody found").
    pub searched: bool,
    /// Who matched.
    pub found: Vec<User>,
    /// Verifications waiting for this agent's approval.
    pub approvals: Vec<VerificationRow>,
    /// This agent's verifications of the last 24 hours.
    pub recent: Vec<VerificationRow>,
    /// Whether the settings form is shown (global administrators).
    pub can_configure: bool,
    /// The settings form's values.
    pub require_verification: bool,
    /// Minutes, as typed or stored.
    pub window_minutes: String,
    /// How many, as typed or stored.
    pub burst_threshold: String,
    /// Addresses, one per line.
    pub security_contacts: String,
    /// Whether agents may ask the caller's manager (the checkbox).
    pub manager_approval: bool,
    /// Problems with the settings form.
    pub errors: FormErrors,
    /// A status line.
    pub notice: Option<String>,
}

/// `templates/admin/helpdesk_caller.html`: one caller — the challenges, the answer form,
/// and once verified the actions.
#[derive(Template)]
#[template(path = "admin/helpdesk_caller.html")]
pub struct CallerPage {
    /// Shared layout.
    pub layout: Layout,
    /// The caller's account.
    pub user: User,
    /// The caller's role in words.
    pub role: String,
    /// The challenges the agent may send.
    pub offers: Vec<OfferView>,
    /// `pending`, `verified`, `lapsed` or `closed`.
    pub status: &'static str,
    /// Where it stands, in words.
    pub status_words: String,
    /// The channel of the challenge waiting for an answer, in words.
    pub waiting: Option<String>,
    /// The number of the app notification waiting for the caller's answer (the agent
    /// reads it out); the answer form then has no code field.
    pub pushed: Option<i64>,
    /// How many methods are required and passed: (passed, required).
    pub progress: (usize, u8),
    /// Whether the agent may reset, unlock and issue a pass now.
    pub may_act: bool,
    /// Whether the agent's role may act at all (helpdesk verifiers never).
    pub role_may_act: bool,
    /// Whether the agent may also issue a pass (see the service's `Caller`).
    pub may_change_details: bool,
    /// Approval: `not_needed`, `needed`, `requested`, `approved`.
    pub approval: &'static str,
    /// When the window ends, in words (once verified).
    pub until: Option<String>,
    /// Problems with the answer form.
    pub errors: FormErrors,
    /// A status line.
    pub notice: Option<String>,
    /// The caller's manager the agent may ask ("Name (username)"), while they may be
    /// asked: set and reachable, not yet asked in the waiting verification.
    pub manager_offer: Option<String>,
    /// The manager asked in the waiting verification and not yet answered ("Name
    /// (username)").
    pub manager_waiting: Option<String>,
    /// The number the agent reads to the caller while the manager is asked.
    pub manager_number: Option<i64>,
    /// When the manager's answer must come by, as the portal writes times.
    pub manager_until: Option<String>,
    /// The manager who approved in the waiting verification ("Name (username)").
    pub manager_approved: Option<String>,
    /// The manager who denied in the newest verification ("Name (username)").
    pub manager_denied: Option<String>,
    /// The manager still asked while the caller is verified by another method ("Name
    /// (username)"): a deny would end the verification.
    pub manager_still_asked: Option<String>,
    /// The manager asked couldn't confirm it (they couldn't reach the caller): their name.
    pub manager_unconfirmed: Option<String>,
    /// The manager asked can no longer answer (no longer the caller's manager, can't sign
    /// in, or manager approval turned off): their name.
    pub manager_void: Option<String>,
    /// A manager's deny pauses asking them (said when the newest verification doesn't
    /// show the deny itself).
    pub manager_paused: bool,
}
