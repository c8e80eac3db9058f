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
