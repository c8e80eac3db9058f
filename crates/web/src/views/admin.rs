//! The admin portal's home, audit log and "Usage & insights" pages.

use askama::Template;
use latchkey_core::directory::Group;

use crate::views::{FormErrors, Layout};

/// `templates/admin/home.html`: the admin portal's home (`GET /admin`).
#[derive(Template)]
#[template(path = "admin/home.html")]
pub struct AdminHomePage {
    /// Shared layout.
    pub layout: Layout,
    /// How many users there are, enabled or not.
    pub users: i64,
    /// How many groups there are.
    pub groups: usize,
    /// The viewer is a global administrator (shows the global-only links).
    pub is_global: bool,
    /// Messages that couldn't be delivered in the last 24 hours (a warning links to
    /// Deliveries when not 0).
    pub failed_today: i64,
    /// No administrator can receive "Contact your administrator" requests (none has an
    /// email address): a warning says how to fix it.
    pub help_unreachable: bool,
}

/// One audit event as a row of the audit log page.
pub struct AuditRow {
    /// When, RFC 3339 in UTC.
    pub time: String,
    /// The activity's name, e.g. "Reset password (self-service)".
    pub activity: String,
    /// Who did it.
    pub actor: String,
    /// To whom or what.
    pub target: String,
    /// From where; empty for the server's own work.
    pub client_ip: String,
    /// `success` or `failure`.
    pub result: String,
    /// The request or journey it belongs to; empty for none.
    pub correlation_id: String,
    /// The details object as JSON; empty when it has none.
    pub details: String,
}

/// `templates/admin/audit.html`: the audit log (`GET /admin/audit`).
#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    /// Shared layout.
    pub layout: Layout,
    /// Every activity name with its label, for the filter's list.
    pub activities: Vec<(&'static str, String)>,
    /// The filter as typed, shown again.
    pub q: crate::audit::AuditQuery,
    /// This page's events: newest first, or a journey's in order.
    pub rows: Vec<AuditRow>,
    /// How many events match.
    pub total: i64,
    /// This page's number, from 1.
    pub page: i64,
    /// How many pages there are, at least 1.
    pub pages: i64,
    /// Link to the previous page, if any (none for a journey).
    pub prev: Option<String>,
    /// Link to the next page, if any (none for a journey).
    pub next: Option<String>,
    /// The filter names one correlation id: one journey, in order, on one page.
    pub journey: bool,
    /// Link to the same events as JSON lines (`/admin/audit/export?…`).
    pub export: String,
    /// Dates that couldn't be read, by field.
    pub errors: FormErrors,
}

/// `templates/admin/reports.html`: "Usage & insights" (`GET /admin/reports`).
#[derive(Template)]
#[template(path = "admin/reports.html")]
pub struct ReportsPage {
    /// Shared layout.
    pub layout: Layout,
    /// Users self-service applies to.
    pub total: u64,
    /// Of those, how many registered enough to reset.
    pub registered: u64,
    /// `registered` as a whole percentage of `total` (0 when `total` is 0).
    pub percent: u64,
    /// Bar chart of `method_rows`, an inline `<svg>`.
    pub coverage_svg: String,
    /// Per method: (label, users registered, users in scope).
    pub method_rows: Vec<(String, u64, u64)>,
    /// Bar chart of `group_rows`, an inline `<svg>`.
    pub group_svg: String,
    /// Per group with members in scope: (name, registered, members in scope), nested included.
    pub group_rows: Vec<(String, u64, u64)>,
    /// Stacked columns of `day_rows`, an inline `<svg>`.
    pub days_svg: String,
    /// Per UTC day (`YYYY-MM-DD`): [succeeded, failed, blocked] resets and unlocks.
    pub day_rows: Vec<(String, [u64; 3])>,
    /// How many days the report covers: 1 to 365.
    pub days: i64,
    /// The ten most common failure reasons: (activity and reason, count).
    pub reasons: Vec<(String, u64)>,
    /// Users in scope not registered enough: (username, display name).
    pub unregistered: Vec<(String, String)>,
    /// Every group, for the reminder form's list.
    pub groups: Vec<Group>,
    /// A status line, e.g. after sending reminders.
    pub notice: Option<String>,
    /// Columns of `history`, an inline `<svg>`.
    pub history_svg: String,
    /// Coverage per UTC day over the last 90 days, days with a snapshot only: (day,
    /// registered, in scope, percent).
    pub history: Vec<(String, u64, u64, u64)>,
}

/// A count as the request's language writes it; English keeps the plain digits the portal
/// has always shown (`1234`), other languages group them ([`latchkey_i18n::format_number`]).
pub fn count(n: impl std::fmt::Display) -> String {
    let digits = n.to_string();
    match (latchkey_i18n::current(), digits.parse::<i64>()) {
        (latchkey_i18n::Lang::En, _) | (_, Err(_)) => digits,
        (lang, Ok(n)) => latchkey_i18n::format_number(lang, n),
    }
}

impl AdminHomePage {
    /// A count for the cards, see [`count`].
    pub fn number(&self, n: impl std::fmt::Display) -> String {
        count(n)
    }
}

impl ReportsPage {
    /// A count for the cards, see [`count`].
    pub fn number(&self, n: impl std::fmt::Display) -> String {
        count(n)
    }
}
