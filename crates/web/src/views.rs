//! Page templates: one struct per page, sharing `base.html` through [`Layout`].

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use latchkey_core::directory::{FieldError, Group, User};

use crate::session::Authed;
use crate::state::AppState;

/// What the shared layout needs: organisation name, who is signed in, the CSRF token.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    pub org: String,
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
            org: state.settings.organization_name.clone(),
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
    pub user: User,
    pub groups: Vec<Group>,
    pub min_length: usize,
    pub errors: FormErrors,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "reset.html")]
pub struct ResetPage {
    pub layout: Layout,
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
    pub name: String,
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
