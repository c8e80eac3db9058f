//! Page templates: one struct per page, sharing `base.html` through [`Layout`].

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use latchkey_core::directory::{FieldError, Group, User};

use crate::identity::Authed;
use crate::state::AppState;

/// What the shared layout needs: organisation name, who is signed in, the CSRF token.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    pub org: String,
    /// The organisation's logo as a data URL.
    pub logo: Option<String>,
    pub title: String,
    pub csrf: String,
    pub user_name: Option<String>,
    pub is_admin: bool,
    /// Which top-level area is current, for aria-current.
    pub section: &'static str,
}

impl Layout {
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
            is_admin: who.is_some_and(|a| a.user.role.is_admin() && !a.user.must_change_password),
            section: "",
        }
    }

    pub fn section(mut self, s: &'static str) -> Self {
        self.section = s;
        self
    }
}

/// Validation errors of a form, by field.
#[derive(Clone, Debug, Default)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn push(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, message));
    }
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
                "Something went wrong.",
            )
                .into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub layout: Layout,
    pub heading: String,
    pub message: String,
}

impl ErrorPage {
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

#[derive(Template)]
#[template(path = "signin.html")]
pub struct SignInPage {
    pub layout: Layout,
    pub username: String,
    pub error: Option<String>,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "change_password.html")]
pub struct ChangePasswordPage {
    pub layout: Layout,
    pub username: String,
    pub min_length: usize,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub layout: Layout,
    pub security_info: Vec<String>,
    pub user: User,
    pub groups: Vec<Group>,
    pub min_length: usize,
    pub errors: FormErrors,
    pub notice: Option<String>,
}

/// One row of the users table.
pub struct UserRow {
    pub id: i64,
    pub display_name: String,
    pub username: String,
    pub role: &'static str,
    pub enabled: bool,
}

impl From<&User> for UserRow {
    fn from(u: &User) -> Self {
        Self {
            id: u.id,
            display_name: u.display_name.clone(),
            username: u.username.to_string(),
            role: u.role.label(),
            enabled: u.enabled,
        }
    }
}

#[derive(Template)]
#[template(path = "admin/home.html")]
pub struct AdminHomePage {
    pub layout: Layout,
    pub users: i64,
    pub groups: usize,
    pub is_global: bool,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
pub struct UsersPage {
    pub layout: Layout,
    pub rows: Vec<UserRow>,
    pub q: String,
    pub page: i64,
    pub pages: i64,
    pub total: i64,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub can_create: bool,
}

/// What was typed into the new-user form (never a password).
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct NewUserValues {
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub email: String,
    pub alternate_email: String,
    pub mobile_phone: String,
    pub office_phone: String,
    pub role: String,
    pub auto_password: bool,
    pub must_change: bool,
    /// Read from the form, never rendered back.
    pub password: latchkey_core::Secret,
}

#[derive(Template)]
#[template(path = "admin/user_new.html")]
pub struct NewUserPage {
    pub layout: Layout,
    pub v: NewUserValues,
    pub errors: FormErrors,
    pub roles: Vec<(&'static str, &'static str)>,
}

#[derive(Template)]
#[template(path = "admin/password_shown.html")]
pub struct PasswordShownPage {
    pub layout: Layout,
    pub heading: String,
    pub intro: String,
    pub user_id: i64,
    pub username: String,
    pub display_name: String,
    pub password: String,
    pub must_change: bool,
}

#[derive(Template)]
#[template(path = "admin/user.html")]
pub struct UserPage {
    pub layout: Layout,
    pub user: User,
    pub groups: Vec<Group>,
    pub profile: NewUserValues,
    pub errors: FormErrors,
    pub notice: Option<String>,
    pub can_manage: bool,
    pub is_global: bool,
    pub is_self: bool,
    pub roles: Vec<(&'static str, &'static str)>,
    pub min_length: usize,
}

#[derive(Template)]
#[template(path = "admin/groups.html")]
pub struct GroupsPage {
    pub layout: Layout,
    pub groups: Vec<Group>,
    pub can_create: bool,
}

#[derive(Template)]
#[template(path = "admin/group_new.html")]
pub struct NewGroupPage {
    pub layout: Layout,
    pub group_name: String,
    pub description: String,
    pub members: String,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "admin/group.html")]
pub struct GroupPage {
    pub layout: Layout,
    pub group: Group,
    pub users: Vec<UserRow>,
    pub groups: Vec<Group>,
    pub errors: FormErrors,
    pub notice: Option<String>,
    pub member: String,
    pub can_edit: bool,
}

/// A link to the administrator's helpdesk (URL or mailto), shown where someone can't go on.
#[derive(Clone, Debug)]
pub struct Helpdesk {
    pub href: String,
    pub text: String,
}

impl Helpdesk {
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

#[derive(Template)]
#[template(path = "reset/start.html")]
pub struct ResetStartPage {
    pub layout: Layout,
    pub username: String,
    pub errors: FormErrors,
    pub captcha: Option<CaptchaView>,
}

#[derive(Clone, Debug)]
pub struct CaptchaView {
    pub token: String,
    pub image: String,
    pub question: String,
}

#[derive(Template)]
#[template(path = "reset/options.html")]
pub struct ResetOptionsPage {
    pub layout: Layout,
    pub error: Option<String>,
}

/// One method in the list on the verification page.
#[derive(Clone, Debug)]
pub struct MethodLink {
    pub channel: &'static str,
    pub label: &'static str,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "reset/verify.html")]
pub struct ResetVerifyPage {
    pub layout: Layout,
    pub step: usize,
    pub methods: Vec<MethodLink>,
    pub channel: String,
    /// "choose", "destination", "code", "app" or "questions".
    pub panel: &'static str,
    pub prompt: String,
    pub input_label: String,
    pub input_type: &'static str,
    pub send_label: String,
    pub destination: String,
    pub questions: Vec<(usize, String)>,
    pub error: Option<String>,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "reset/password.html")]
pub struct ResetPasswordPage {
    pub layout: Layout,
    pub min_length: usize,
    pub errors: FormErrors,
}

/// A page that says what happened and where to go next.
#[derive(Template)]
#[template(path = "reset/message.html")]
pub struct MessagePage {
    pub layout: Layout,
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub link: Option<(String, String)>,
    pub helpdesk: Option<Helpdesk>,
    pub contact_admin: bool,
}

#[derive(Template)]
#[template(path = "reset/help.html")]
pub struct HelpPage {
    pub layout: Layout,
    pub helpdesk: Option<Helpdesk>,
}

/// A registered method as listed on the security-info page.
#[derive(Clone, Debug)]
pub struct MethodRow {
    pub id: i64,
    pub label: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "setup/index.html")]
pub struct SetupPage {
    pub layout: Layout,
    /// "register", "reconfirm" or "".
    pub interrupt: &'static str,
    pub required: usize,
    pub registered_count: usize,
    /// Only security questions are set up: they are never enough alone.
    pub questions_only: bool,
    pub complete: bool,
    pub allow_app: bool,
    pub allow_email: bool,
    pub allow_mobile: bool,
    pub allow_office: bool,
    pub allow_questions: bool,
    pub apps: Vec<MethodRow>,
    pub email: Option<MethodRow>,
    pub mobile: Option<MethodRow>,
    pub office: Option<MethodRow>,
    pub questions_answered: usize,
    pub questions_needed: usize,
    pub email_value: String,
    pub mobile_country: String,
    pub mobile_value: String,
    pub office_country: String,
    pub office_value: String,
    /// Which kind has a code waiting: "email", "mobile", "office" or "".
    pub pending: String,
    pub pending_to: String,
    pub countries: Vec<(&'static str, &'static str)>,
    pub errors: FormErrors,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "setup/app.html")]
pub struct SetupAppPage {
    pub layout: Layout,
    pub qr: String,
    pub secret: String,
    pub app_name: String,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "setup/questions.html")]
pub struct SetupQuestionsPage {
    pub layout: Layout,
    pub count: usize,
    pub choices: Vec<(String, String)>,
    pub selected: Vec<String>,
    pub errors: FormErrors,
}

impl SetupQuestionsPage {
    pub fn is_selected(&self, i: &usize, id: &str) -> bool {
        self.selected.get(*i).is_some_and(|s| s == id)
    }
}

#[derive(Template)]
#[template(path = "admin/sspr.html")]
pub struct SsprPolicyPage {
    pub layout: Layout,
    pub branding: crate::state::Branding,
    /// The section shown: "properties", "authentication-methods", "registration",
    /// "notifications", "customization", "on-premises", "administrator-policy".
    pub section: &'static str,
    pub policy: latchkey_core::policy::SsprPolicy,
    pub groups: Vec<Group>,
    pub custom_questions: String,
    pub can_edit: bool,
    pub errors: FormErrors,
    pub notice: Option<String>,
}

impl SsprPolicyPage {
    pub fn is_group(&self, id: &i64) -> bool {
        self.policy.group_id == Some(*id)
    }
    pub fn has(&self, m: &str) -> bool {
        self.policy.methods.iter().any(|x| x.as_str() == m)
    }
}

#[derive(Template)]
#[template(path = "report.html")]
pub struct ReportPage {
    pub layout: Layout,
    pub token: String,
}

#[derive(Template)]
#[template(path = "admin/protection.html")]
pub struct ProtectionPage {
    pub layout: Layout,
    pub policy: latchkey_core::protect::ProtectionPolicy,
    pub custom_terms: String,
    pub breached_entries: Option<u64>,
    pub can_edit: bool,
    pub errors: FormErrors,
    pub notice: Option<String>,
    /// (verdict, detail) from the tester box.
    pub tested: Option<(String, String)>,
}

pub struct AuditRow {
    pub time: String,
    pub activity: String,
    pub actor: String,
    pub target: String,
    pub client_ip: String,
    pub result: String,
    pub correlation_id: String,
    pub details: String,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditPage {
    pub layout: Layout,
    pub activities: Vec<&'static str>,
    pub q: crate::audit::AuditQuery,
    pub rows: Vec<AuditRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub journey: bool,
    pub export: String,
    pub errors: FormErrors,
}

#[derive(Template)]
#[template(path = "admin/reports.html")]
pub struct ReportsPage {
    pub layout: Layout,
    pub total: u64,
    pub registered: u64,
    pub percent: u64,
    pub coverage_svg: String,
    pub method_rows: Vec<(String, u64, u64)>,
    pub group_svg: String,
    pub group_rows: Vec<(String, u64, u64)>,
    pub days_svg: String,
    pub day_rows: Vec<(String, [u64; 3])>,
    pub days: i64,
    pub reasons: Vec<(String, u64)>,
    pub unregistered: Vec<(String, String)>,
    pub groups: Vec<Group>,
    pub notice: Option<String>,
}
