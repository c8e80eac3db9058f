//! Page templates: one struct per page, sharing `base.html` through [`Layout`].

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use latchkey_core::directory::FieldError;

use crate::identity::Authed;
use crate::state::AppState;

mod access_pass;
mod account;
mod admin;
mod groups;
mod helpdesk;
mod human;
mod onprem;
mod passkey;
mod policy;
mod push;
mod tokens;
mod users;
pub use access_pass::{PassShownPage, PassSignInPage, PassStatus, lifetime_words};
pub use account::{
    AccountPage, ChangePasswordPage, ErrorPage, ManagerRequestView, ManagerRequestsPage,
    ReportPage, SignInPage, tr1,
};
pub use admin::{AdminHomePage, AuditPage, AuditRow, ReportsPage};
pub use groups::{GroupPage, GroupsPage, NewGroupPage};
pub use helpdesk::{CallerPage, HelpdeskPage, OfferView, VerificationRow};
pub use human::ProviderView;
pub use onprem::{CheckRow, DirectoryLine, DoctorView, OnPremView, SyncLine};
pub use passkey::{PasskeySection, SetupPasskeyPage};
pub use policy::{ProtectionPage, SsprPolicyPage, TesterView};
pub use push::{PushSection, SetupPushPage};
pub use tokens::{TokenRow, TokensPage};
pub use users::{
    NewUserPage, NewUserValues, PasswordShownPage, UserPage, UserRow, UsersPage, activity_label,
    admin_datetime, role_label, roles,
};

/// What the shared layout needs: organisation name, who is signed in, the CSRF token.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// The organisation's name, in the header, title and footer.
    pub org: String,
    /// The organisation's logo as a data URL.
    pub logo: Option<String>,
    /// The page's title; the browser title is "title – org".
    pub title: String,
    /// The CSRF token every form on the page carries (hidden `csrf` field).
    pub csrf: String,
    /// The signed-in user's display name; `None` when signed out (no menu).
    pub user_name: Option<String>,
    /// Show the admin portal link: an administrator with no forced password change pending.
    pub is_admin: bool,
    /// A global administrator: the admin menu shows the global-only pages (API tokens).
    pub global_admin: bool,
    /// Which top-level area is current, for aria-current.
    pub section: &'static str,
    /// The session was opened with a Temporary Access Pass (it reaches `/setup` only).
    pub access_pass: bool,
    /// On the pages of a reset journey: when it ends, and whether it may be extended.
    pub journey: Option<JourneyTimer>,
}

/// The reset journey's time limit as its pages show it (WCAG 2.2.1): the time it ends,
/// a warning [`JourneyTimer::warn_in`] seconds before, and "Give me more time" once.
#[derive(Clone, Debug, Default)]
pub struct JourneyTimer {
    /// Seconds until the journey ends.
    pub ends_in: i64,
    /// Seconds before the end at which the warning shows (with JavaScript).
    pub warn_in: i64,
    /// When it ends, `HH:MM UTC`.
    pub ends_at: String,
    /// It was never extended: the button is offered.
    pub can_extend: bool,
}

impl Layout {
    /// The layout of a page titled `title`, for `who` (`None`: signed out), in no section.
    pub fn new(
        state: &AppState,
        title: impl Into<String>,
        csrf: &str,
        who: Option<&Authed>,
    ) -> Self {
        Self {
            org: state.org_name(),
            logo: state.logo(),
            title: title.into(),
            csrf: csrf.to_owned(),
            user_name: who.map(|a| a.user.display_name.clone()),
            is_admin: who.is_some_and(|a| {
                a.user.role.is_admin() && !a.user.must_change_password && !a.access_pass
            }),
            global_admin: who
                .is_some_and(|a| a.user.role == latchkey_core::directory::Role::GlobalAdmin),
            section: "",
            access_pass: who.is_some_and(|a| a.access_pass),
            journey: None,
        }
    }

    /// The message `key` in the request's language (see [`latchkey_i18n::t`]).
    pub fn t(&self, key: &str) -> String {
        latchkey_i18n::t(key)
    }

    /// The message `key` with one placeholder, `$name`, filled with `value`.
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        latchkey_i18n::tr(key, &[(name, value.to_string().into())])
    }

    /// The message `key` with two placeholders filled.
    pub fn t2(
        &self,
        key: &str,
        n1: &str,
        v1: impl std::fmt::Display,
        n2: &str,
        v2: impl std::fmt::Display,
    ) -> String {
        latchkey_i18n::tr(
            key,
            &[(n1, v1.to_string().into()), (n2, v2.to_string().into())],
        )
    }

    /// The message `key` with a count, `$name`, which its plural forms select on.
    pub fn tn<'a>(
        &self,
        key: &str,
        name: &str,
        n: impl Into<latchkey_i18n::FluentValue<'a>>,
    ) -> String {
        latchkey_i18n::tr(key, &[(name, n.into())])
    }

    /// The message `key` with two counts, which its plural forms may select on.
    pub fn tn2<'a>(
        &self,
        key: &str,
        n1: &str,
        v1: impl Into<latchkey_i18n::FluentValue<'a>>,
        n2: &str,
        v2: impl Into<latchkey_i18n::FluentValue<'a>>,
    ) -> String {
        latchkey_i18n::tr(key, &[(n1, v1.into()), (n2, v2.into())])
    }

    /// The message `key` with three counts, which its plural forms may select on.
    #[allow(clippy::too_many_arguments)]
    pub fn tn3<'a>(
        &self,
        key: &str,
        n1: &str,
        v1: impl Into<latchkey_i18n::FluentValue<'a>>,
        n2: &str,
        v2: impl Into<latchkey_i18n::FluentValue<'a>>,
        n3: &str,
        v3: impl Into<latchkey_i18n::FluentValue<'a>>,
    ) -> String {
        latchkey_i18n::tr(key, &[(n1, v1.into()), (n2, v2.into()), (n3, v3.into())])
    }

    /// The request's language code, for `<html lang>`.
    pub fn lang_code(&self) -> &'static str {
        latchkey_i18n::current().code()
    }

    /// The request's writing direction, for `<html dir>`: `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        latchkey_i18n::current().dir()
    }

    /// The languages for the picker: (code, name in itself, is the current one).
    pub fn languages(&self) -> Vec<(&'static str, &'static str, bool)> {
        let now = latchkey_i18n::current();
        latchkey_i18n::Lang::ALL
            .iter()
            .map(|l| (l.code(), l.native_name(), *l == now))
            .collect()
    }

    /// The page the language picker comes back to.
    pub fn back(&self) -> String {
        crate::middleware::back()
    }

    /// Marks the current area in the menu: `account` or `admin`.
    pub fn section(mut self, s: &'static str) -> Self {
        self.section = s;
        self
    }
}

/// Validation errors of a form, by field.
#[derive(Clone, Debug, Default)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    /// The message for `field`, if it has one (the first).
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
    /// Whether no field has a problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Adds a problem with `field`, in words for the person who typed it.
    pub fn push(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, message));
    }
    /// Every problem, in the order found (for the error summary).
    pub fn all(&self) -> &[FieldError] {
        &self.0
    }
}

/// Renders a template; a template error is logged and becomes a plain 500.
pub fn render<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(%e, "template failed");
            (
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                latchkey_i18n::t("page-error-render-failed"),
            )
                .into_response()
        }
    }
}

/// A link to the administrator's helpdesk (URL or mailto), shown where someone can't go on.
#[derive(Clone, Debug)]
pub struct Helpdesk {
    /// `https://…` as configured, or `mailto:` and the address.
    pub href: String,
    /// The address or URL as configured.
    pub text: String,
}

impl Helpdesk {
    /// The policy's `helpdesk` setting as a link: an `http(s)://` URL as it is, anything else
    /// as an email address; `None` when empty.
    pub fn from_policy(h: &str) -> Option<Self> {
        let h = h.trim();
        if h.is_empty() {
            None
        } else if h.starts_with("http://") || h.starts_with("https://") {
            Some(Self {
                href: h.to_owned(),
                text: h.to_owned(),
            })
        } else {
            Some(Self {
                href: format!("mailto:{h}"),
                text: h.to_owned(),
            })
        }
    }
}

/// `templates/reset/start.html`: the first reset page, username and CAPTCHA (`/reset`).
#[derive(Template)]
#[template(path = "reset/start.html")]
pub struct ResetStartPage {
    /// Shared layout.
    pub layout: Layout,
    /// The name typed, shown again after a refusal.
    pub username: String,
    /// Problems with the form, by field.
    pub errors: FormErrors,
    /// The picture and its question (`captcha = "image"`).
    pub captcha: Option<latchkey_core::captcha::Challenge>,
    /// The proof-of-work token (`captcha = "pow"`).
    pub pow: Option<String>,
    /// hCaptcha's or Turnstile's widget.
    pub provider: Option<ProviderView>,
}

/// `templates/reset/options.html`: reset the password or only unlock (`/reset/options`).
#[derive(Template)]
#[template(path = "reset/options.html")]
pub struct ResetOptionsPage {
    /// Shared layout.
    pub layout: Layout,
    /// Why the choice was refused.
    pub error: Option<String>,
}

/// One method in the list on the verification page.
#[derive(Clone, Debug)]
pub struct MethodLink {
    /// The channel's name in the query, e.g. `email`, `mobile_sms`.
    pub channel: &'static str,
    /// Its name on the page in the request's language, e.g. "Email my alternate email".
    pub label: String,
    /// It is the one chosen (`aria-current`).
    pub current: bool,
}

/// `templates/reset/verify.html`: one verification step of a reset (`GET /reset/verify`).
#[derive(Template)]
#[template(path = "reset/verify.html")]
pub struct ResetVerifyPage {
    /// Shared layout.
    pub layout: Layout,
    /// Which verification step this is: 1 or 2.
    pub step: usize,
    /// The methods still to choose from.
    pub methods: Vec<MethodLink>,
    /// The policy's helpdesk link, shown beside *Contact your administrator*.
    pub helpdesk: Option<Helpdesk>,
    /// The channel chosen, sent back with the forms; empty when none.
    pub channel: String,
    /// "choose", "destination", "code", "app", "questions", "passkey", "push_send" or
    /// "push_wait".
    pub panel: &'static str,
    /// What to do in this panel, in words (with the masked destination).
    pub prompt: String,
    /// Label of the destination box ("Email address", "Phone number").
    pub input_label: String,
    /// HTML input type of the destination box: `email`, `tel` or `text`.
    pub input_type: &'static str,
    /// The send button's text: "Email", "Text" or "Call".
    pub send_label: String,
    /// The proof-of-work token for the send form (`captcha = "pow"`).
    pub pow: Option<String>,
    /// The destination typed, shown again after a refusal.
    pub destination: String,
    /// The security questions to answer: (position, question text).
    pub questions: Vec<(usize, String)>,
    /// The two-digit number to enter in the Latchkey app (panel `push_wait`).
    pub push_number: String,
    /// Why the last try was refused.
    pub error: Option<String>,
    /// A status line.
    pub notice: Option<String>,
}

/// `templates/reset/password.html`: the new password, at the end of a reset (`/reset/password`).
#[derive(Template)]
#[template(path = "reset/password.html")]
pub struct ResetPasswordPage {
    /// Shared layout.
    pub layout: Layout,
    /// The policy's minimum length, in characters, for the hint.
    pub min_length: usize,
    /// Problems with the form, by field.
    pub errors: FormErrors,
}

/// A page that says what happened and where to go next.
#[derive(Template)]
#[template(path = "reset/message.html")]
pub struct MessagePage {
    /// Shared layout.
    pub layout: Layout,
    /// What happened, as a heading.
    pub heading: String,
    /// What it means and what to do, one paragraph each.
    pub paragraphs: Vec<String>,
    /// A button onward: (href, text).
    pub link: Option<(String, String)>,
    /// The helpdesk link, when the policy names one.
    pub helpdesk: Option<Helpdesk>,
    /// Offer the "Contact your administrator" link (`/reset/help`).
    pub contact_admin: bool,
}

/// `templates/reset/help.html`: asking the administrators for help (`/reset/help`).
#[derive(Template)]
#[template(path = "reset/help.html")]
pub struct HelpPage {
    /// Shared layout.
    pub layout: Layout,
    /// The helpdesk link, when the policy names one.
    pub helpdesk: Option<Helpdesk>,
}

/// A registered method as listed on the security-info page.
#[derive(Clone, Debug)]
pub struct MethodRow {
    /// The method's id, for the remove button.
    pub id: i64,
    /// The address or number, or the app's name.
    pub label: String,
    /// When it was added: "added YYYY-MM-DD" (UTC).
    pub detail: String,
}

/// `templates/setup/index.html`: the user's security info and the forms to add more (`/setup`).
#[derive(Template)]
#[template(path = "setup/index.html")]
pub struct SetupPage {
    /// Shared layout.
    pub layout: Layout,
    /// "register", "reconfirm" or "".
    pub interrupt: &'static str,
    /// How many methods a reset needs for this user: 1 or 2.
    pub required: usize,
    /// How many of those methods the user has.
    pub registered_count: usize,
    /// Only security questions are set up: they are never enough alone.
    pub questions_only: bool,
    /// Registered enough: the page offers to go on to My account.
    pub complete: bool,
    /// The policy offers authenticator apps to this user.
    pub allow_app: bool,
    /// The policy offers email to this user.
    pub allow_email: bool,
    /// The policy offers a mobile phone to this user.
    pub allow_mobile: bool,
    /// The policy offers an office phone to this user.
    pub allow_office: bool,
    /// The policy offers security questions to this user.
    pub allow_questions: bool,
    /// Registered authenticator apps, oldest first.
    pub apps: Vec<MethodRow>,
    /// The passkeys section.
    pub passkeys: PasskeySection,
    /// The Latchkey app (app notification) section.
    pub push: PushSection,
    /// The registered email address.
    pub email: Option<MethodRow>,
    /// The registered mobile number.
    pub mobile: Option<MethodRow>,
    /// The registered office number.
    pub office: Option<MethodRow>,
    /// How many security questions are answered.
    pub questions_answered: usize,
    /// How many the policy asks to answer.
    pub questions_needed: usize,
    /// The email box's value: as typed, else the profile's address.
    pub email_value: String,
    /// The mobile country calling code chosen, digits without `+` (`44`).
    pub mobile_country: String,
    /// The mobile number box's value, without the country code.
    pub mobile_value: String,
    /// The office country calling code chosen, digits without `+`.
    pub office_country: String,
    /// The office number box's value, without the country code.
    pub office_value: String,
    /// Which kind has a code waiting: "email", "mobile", "office" or "".
    pub pending: String,
    /// Where the waiting code went: the address, or the number in E.164.
    pub pending_to: String,
    /// The country list: (calling code, name).
    pub countries: Vec<(&'static str, String)>,
    /// Problems with the last form posted, by field.
    pub errors: FormErrors,
    /// A status line, e.g. after a method was added.
    pub notice: Option<String>,
}

/// `templates/setup/app.html`: setting up an authenticator app (`/setup/app`).
#[derive(Template)]
#[template(path = "setup/app.html")]
pub struct SetupAppPage {
    /// Shared layout.
    pub layout: Layout,
    /// The `otpauth://` URI as an inline `<svg>` QR code.
    pub qr: String,
    /// The seed in base32, in groups of four, for typing in by hand.
    pub secret: String,
    /// The name typed for the app, shown again after a refusal.
    pub app_name: String,
    /// Problems with the form, by field.
    pub errors: FormErrors,
}

/// `templates/setup/questions.html`: choosing and answering security questions.
#[derive(Template)]
#[template(path = "setup/questions.html")]
pub struct SetupQuestionsPage {
    /// Shared layout.
    pub layout: Layout,
    /// How many questions to answer.
    pub count: usize,
    /// Every question offered: (id, text).
    pub choices: Vec<(String, String)>,
    /// The ids chosen, by position.
    pub selected: Vec<String>,
    /// Problems with the form, by field.
    pub errors: FormErrors,
}

impl SetupQuestionsPage {
    /// Whether question `id` is the one chosen at position `i`.
    pub fn is_selected(&self, i: &usize, id: &str) -> bool {
        self.selected.get(*i).is_some_and(|s| s == id)
    }
}
