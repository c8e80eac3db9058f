//! The pages of the signed-in person and the shared ones: sign-in, My account, the forced
//! password change, "This wasn't me" and the error page.

use askama::Template;
use latchkey_core::directory::{Group, User};

use crate::views::{FormErrors, Layout};

/// The message `key` with one placeholder filled, for templates' macros (which have no
/// `layout`).
pub fn tr1(key: &str, name: &str, value: &str) -> String {
    latchkey_i18n::tr(key, &[(name, value.to_owned().into())])
}

/// `templates/error.html`: the page every `PageError` answers with; no stored branding.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    /// Layout with the name "Latchkey" and nobody signed in.
    pub layout: Layout,
    /// What went wrong, as a heading.
    pub heading: String,
    /// What to do about it.
    pub message: String,
}

impl ErrorPage {
    /// An error page with this heading and message.
    pub fn new(heading: &str, message: &str) -> Self {
        Self {
            layout: Layout {
                org: "Latchkey".into(),
                title: heading.into(),
                ..Layout::default()
            },
            heading: heading.into(),
            message: message.into(),
        }
    }
}

/// `templates/signin.html`: the sign-in page (`GET /`, `POST /`).
#[derive(Template)]
#[template(path = "signin.html")]
pub struct SignInPage {
    /// Shared layout.
    pub layout: Layout,
    /// The username typed, shown again after a refusal.
    pub username: String,
    /// Why sign-in was refused.
    pub error: Option<String>,
    /// A status line, e.g. after signing out.
    pub notice: Option<String>,
}

/// `templates/change_password.html`: the forced password change (`/password/change`).
#[derive(Template)]
#[template(path = "change_password.html")]
pub struct ChangePasswordPage {
    /// Shared layout.
    pub layout: Layout,
    /// Whose password it is, shown and sent for password managers.
    pub username: String,
    /// The policy's minimum length, in characters, for the hint.
    pub min_length: usize,
    /// Problems with the form, by field.
    pub errors: FormErrors,
}

/// `templates/account.html`: My account (`GET /account`, `POST /account/password`).
#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    /// Shared layout.
    pub layout: Layout,
    /// Registered methods, one line each ("Email: …").
    pub security_info: Vec<String>,
    /// The signed-in user.
    pub user: User,
    /// The groups the user is a direct member of.
    pub groups: Vec<Group>,
    /// The policy's minimum length, in characters, for the hint.
    pub min_length: usize,
    /// Problems with the password change form, by field.
    pub errors: FormErrors,
    /// A status line, e.g. "Your password has been changed."
    pub notice: Option<String>,
    /// The language the user chose (`de`, …); empty for the browser's.
    pub language: String,
    /// How many helpdesk requests wait for the user's answer as someone's manager.
    pub helpdesk_requests: usize,
}

impl AccountPage {
    /// Whether `code` is the user's saved language, for the language form.
    pub fn is_language(&self, code: &str) -> bool {
        self.language == code
    }
}

/// `templates/report.html`: "This wasn't me" confirmation (`GET /report/{token}`).
#[derive(Template)]
#[template(path = "report.html")]
pub struct ReportPage {
    /// Shared layout.
    pub layout: Layout,
    /// The token from the link, posted back by the confirm button.
    pub token: String,
}

/// One helpdesk request waiting for the signed-in manager's answer.
#[derive(Debug, Clone)]
pub struct ManagerRequestView {
    /// The verification's id, for the answer form.
    pub id: i64,
    /// The caller: "Name (username)".
    pub caller: String,
    /// The caller's display name alone, for the instructions.
    pub caller_name: String,
    /// The agent's display name.
    pub agent: String,
    /// When the agent asked, as the portal writes times.
    pub asked: String,
    /// When the request ends, as the portal writes times.
    pub until: String,
    /// The caller's office number from their profile (the directory's for a synced
    /// account), for the manager to call them back on; empty when none is known. Never
    /// the mobile number, which a SIM swap takes over.
    pub office_phone: String,
    /// The request can no longer be approved (the call or its window ended, or the
    /// helpdesk can't act on the account now): only a deny still counts.
    pub ended: bool,
}

/// `templates/helpdesk_requests.html`: the helpdesk's requests for the signed-in
/// manager to confirm a caller (`GET /account/helpdesk-requests`).
#[derive(Template)]
#[template(path = "helpdesk_requests.html")]
pub struct ManagerRequestsPage {
    /// Shared layout.
    pub layout: Layout,
    /// The requests waiting, oldest first.
    pub requests: Vec<ManagerRequestView>,
    /// What the last answer did, if the page follows one.
    pub notice: Option<String>,
}
