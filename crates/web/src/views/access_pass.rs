//! The pages of a Temporary Access Pass: the administrator's view of a user's pass, the
//! page that shows a new pass once, and the sign-in with a pass.

use askama::Template;

use crate::views::{FormErrors, Layout};

/// A user's pass as the administrator's user page shows it (never the pass).
#[derive(Debug, Clone, Default)]
pub struct PassStatus {
    /// A usable pass: when it stops working (RFC 3339, UTC) and the same for people, in
    /// the reader's language (see [`crate::views::admin_datetime`]).
    pub expires: Option<(String, String)>,
    /// Good for one sign-in only.
    pub one_time: bool,
    /// It was used to sign in at least once.
    pub used: bool,
    /// Who issued it.
    pub issued_by: String,
    /// A session opened with a pass is still open until then (for people), also after
    /// its pass was used up or revoked by a strong method.
    pub session_until: Option<String>,
}

/// `templates/admin/access_pass_shown.html`: a pass just issued, shown once.
#[derive(Template)]
#[template(path = "admin/access_pass_shown.html")]
pub struct PassShownPage {
    /// Shared layout.
    pub layout: Layout,
    /// Whose pass it is.
    pub user_id: i64,
    /// Their username.
    pub username: String,
    /// Their display name.
    pub display_name: String,
    /// The pass, grouped in fours.
    pub pass: String,
    /// When it stops working (RFC 3339, UTC).
    pub expires: String,
    /// The same, for people, in the reader's language: `2026-11-30 09:15 UTC` (en).
    pub expires_text: String,
    /// How long it lasts, in words ("1 hour", "30 minutes").
    pub lifetime: String,
    /// Good for one sign-in only.
    pub one_time: bool,
    /// How many notices went out about it.
    pub notices: usize,
}

/// `templates/signin_access_pass.html`: signing in with a Temporary Access Pass
/// (`/signin/access-pass`).
#[derive(Template)]
#[template(path = "signin_access_pass.html")]
pub struct PassSignInPage {
    /// Shared layout.
    pub layout: Layout,
    /// The username typed, shown again after a refusal (never the pass).
    pub username: String,
    /// Why sign-in was refused, by field.
    pub errors: FormErrors,
    /// The refusal that names no field.
    pub error: Option<String>,
}

/// A lifetime in minutes in words: `10 minutes`, `1 hour`, `2 hours 30 minutes`.
pub fn lifetime_words(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let hours = match h {
        0 => String::new(),
        n => latchkey_i18n::tr("common-duration-hours", &[("n", n.into())]),
    };
    let mins = match m {
        0 => String::new(),
        n => latchkey_i18n::tr("common-duration-minutes", &[("n", n.into())]),
    };
    match (hours.is_empty(), mins.is_empty()) {
        (false, false) => latchkey_i18n::tr(
            "common-duration-hours-minutes",
            &[("hours", hours.into()), ("minutes", mins.into())],
        ),
        (false, true) => hours,
        _ => mins,
    }
}
