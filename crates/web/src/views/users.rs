//! The user pages of the admin portal: the list, the new-user form, one user, the page
//! that shows a generated password once; and the words for roles, activities and dates
//! they use.

use askama::Template;
use latchkey_core::directory::{Group, Role, User};
use latchkey_i18n::{Lang, t};

use crate::views::{FormErrors, Layout, PassStatus};

/// An activity's name as the page shows it, in the request's language: the message
/// `admin-activity-` and the English name in lowercase words joined by hyphens ("Reset
/// password (self-service)" → `admin-activity-reset-password-self-service`). The stored
/// name, the export and the API stay English; an activity without a message shows as stored.
pub fn activity_label(name: &str) -> String {
    let mut key = String::from("admin-activity-");
    let mut gap = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !key.ends_with('-') {
                key.push('-');
            }
            gap = false;
            key.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    let label = t(&key);
    if label == key { name.to_owned() } else { label }
}

/// A role's name in the current language ("Password administrator"), for the portal
/// and My account. Takes a `Role` or a `&Role` (as templates pass it).
pub fn role_label(role: impl std::borrow::Borrow<Role>) -> String {
    t(match role.borrow() {
        Role::User => "admin-role-user",
        Role::HelpdeskVerifier => "admin-role-helpdesk-verifier",
        Role::PasswordAdmin => "admin-role-password-admin",
        Role::GlobalAdmin => "admin-role-global-admin",
    })
}

/// The role list of the role selectors: (name, label in the current language).
pub fn roles() -> Vec<(&'static str, String)> {
    Role::ALL
        .iter()
        .map(|r| (r.as_str(), role_label(*r)))
        .collect()
}

/// A moment (Unix seconds) for the portal's user pages, in UTC to the minute: in English
/// as the portal has always written it (`2026-11-30 09:15 UTC`), in other languages as
/// [`latchkey_i18n::format_datetime`] writes them (`30.11.2026, 09:15 UTC`).
pub fn admin_datetime(at: i64) -> String {
    let Ok(moment) = time::OffsetDateTime::from_unix_timestamp(at) else {
        return String::new();
    };
    match latchkey_i18n::current() {
        Lang::En => moment
            .format(time::macros::format_description!(
                "[year]-[month]-[day] [hour]:[minute] UTC"
            ))
            .unwrap_or_default(),
        lang => latchkey_i18n::format_datetime(lang, moment),
    }
}

/// When an account from the on-premises directory has to change its password, as the
/// directory said at the last sync (a date, "never" or "now"); `None` for Latchkey's
/// own accounts.
pub fn directory_expiry(user: &User) -> Option<String> {
    let ext = user.external.as_ref()?;
    Some(match ext.password_expires_at {
        None => t("expiry-directory-never"),
        Some(at) if at <= 0 => t("expiry-directory-now"),
        Some(at) => admin_datetime(at),
    })
}

/// One row of the users table.
pub struct UserRow {
    /// The user's id, for the link to their page.
    pub id: i64,
    /// Name shown.
    pub display_name: String,
    /// Username.
    pub username: String,
    /// The role's label in the current language, e.g. "Password administrator".
    pub role: String,
    /// Whether the user may sign in.
    pub enabled: bool,
}

impl From<&User> for UserRow {
    fn from(u: &User) -> Self {
        Self {
            id: u.id,
            display_name: u.display_name.clone(),
            username: u.username.to_string(),
            role: role_label(u.role),
            enabled: u.enabled,
        }
    }
}

/// `templates/admin/users.html`: the users list (`GET /admin/users`).
#[derive(Template)]
#[template(path = "admin/users.html")]
pub struct UsersPage {
    /// Shared layout.
    pub layout: Layout,
    /// This page's users, by username.
    pub rows: Vec<UserRow>,
    /// The search text, shown again.
    pub q: String,
    /// This page's number, from 1.
    pub page: i64,
    /// How many pages there are, at least 1.
    pub pages: i64,
    /// How many users match.
    pub total: i64,
    /// Link to the previous page, if any.
    pub prev: Option<String>,
    /// Link to the next page, if any.
    pub next: Option<String>,
    /// Show the new-user button (global administrators).
    pub can_create: bool,
}

/// What was typed into the new-user form (never a password).
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct NewUserValues {
    /// Username as typed.
    pub username: String,
    /// Given name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Display name; empty builds it from the names.
    pub display_name: String,
    /// Primary email address.
    pub email: String,
    /// Alternate email address.
    pub alternate_email: String,
    /// Mobile phone with its country code.
    pub mobile_phone: String,
    /// Office phone with its country code.
    pub office_phone: String,
    /// Role name: `user`, `password_admin` or `global_admin`.
    pub role: String,
    /// Generate the password instead of using `password`.
    pub auto_password: bool,
    /// The user must choose a new password at next sign-in.
    pub must_change: bool,
    /// Read from the form, never rendered back.
    pub password: latchkey_core::Secret,
}

/// `templates/admin/user_new.html`: the new-user form (`/admin/users/new`).
#[derive(Template)]
#[template(path = "admin/user_new.html")]
pub struct NewUserPage {
    /// Shared layout.
    pub layout: Layout,
    /// What was typed, shown again after a refusal.
    pub v: NewUserValues,
    /// Problems with the form, by field.
    pub errors: FormErrors,
    /// The role list: (name, label).
    pub roles: Vec<(&'static str, String)>,
}

/// `templates/admin/password_shown.html`: a generated password, shown once (new user, reset).
#[derive(Template)]
#[template(path = "admin/password_shown.html")]
pub struct PasswordShownPage {
    /// Shared layout.
    pub layout: Layout,
    /// "User created" or "Password reset".
    pub heading: String,
    /// One sentence saying what happened.
    pub intro: String,
    /// The user's id, for the link back to their page.
    pub user_id: i64,
    /// The user's username.
    pub username: String,
    /// The user's display name.
    pub display_name: String,
    /// The generated password, in clear; never stored so.
    pub password: String,
    /// The user must choose a new password at next sign-in.
    pub must_change: bool,
}

/// `templates/admin/user.html`: one user in the portal (`GET /admin/users/{id}`, its forms).
#[derive(Template)]
#[template(path = "admin/user.html")]
pub struct UserPage {
    /// Shared layout.
    pub layout: Layout,
    /// The user shown.
    pub user: User,
    /// The groups the user is a direct member of.
    pub groups: Vec<Group>,
    /// The profile form's values: as stored, or as typed after a refusal.
    pub profile: NewUserValues,
    /// Problems with the last form posted, by field.
    pub errors: FormErrors,
    /// A status line, e.g. "Saved."
    pub notice: Option<String>,
    /// The viewer may edit this user and reset their password.
    pub can_manage: bool,
    /// The viewer is a global administrator (role, sign-in, delete).
    pub is_global: bool,
    /// The user shown is the viewer (no role, sign-in or delete controls).
    pub is_self: bool,
    /// The role list: (name, label).
    pub roles: Vec<(&'static str, String)>,
    /// The policy's minimum length, in characters, for the hint.
    pub min_length: usize,
    /// The user's usable Temporary Access Pass or open pass session, if any.
    pub access_pass: Option<PassStatus>,
    /// A one-use id for the issue form, so a reload of the page that shows a pass doesn't
    /// issue another.
    pub pass_form_id: String,
    /// The user's manager, whom the helpdesk may ask to vouch for them, if set.
    pub manager: Option<User>,
    /// The manager field's value: the manager's username, or what was typed.
    pub manager_typed: String,
    /// What the viewer must do in the helpdesk console before resetting (verify the
    /// caller, or get a second agent's approval), in words: the form is then replaced by
    /// these words and a link there.
    pub needs_verification: Option<String>,
    /// The same for issuing a Temporary Access Pass, which also needs one of the caller's
    /// own methods (not only their manager's approval).
    pub pass_needs_verification: Option<String>,
}

impl UsersPage {
    /// "3 users matching “mia”." in the current language.
    pub fn count_matching(&self) -> String {
        latchkey_i18n::tr(
            "admin-users-count-matching",
            &[("n", self.total.into()), ("q", self.q.clone().into())],
        )
    }
}
