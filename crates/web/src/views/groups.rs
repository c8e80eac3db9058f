//! The group pages of the admin portal: the list, the new-group form and one group.

use askama::Template;
use latchkey_core::directory::Group;

use crate::views::{FormErrors, Layout, UserRow};

/// `templates/admin/groups.html`: the groups list (`GET /admin/groups`).
#[derive(Template)]
#[template(path = "admin/groups.html")]
pub struct GroupsPage {
    /// Shared layout.
    pub layout: Layout,
    /// Every group, by name.
    pub groups: Vec<Group>,
    /// Show the new-group button (global administrators).
    pub can_create: bool,
}

/// `templates/admin/group_new.html`: the new-group form (`/admin/groups/new`).
#[derive(Template)]
#[template(path = "admin/group_new.html")]
pub struct NewGroupPage {
    /// Shared layout.
    pub layout: Layout,
    /// Name as typed.
    pub group_name: String,
    /// Description as typed.
    pub description: String,
    /// First members as typed: names separated by commas, semicolons or lines.
    pub members: String,
    /// Problems with the form, by field.
    pub errors: FormErrors,
}

/// `templates/admin/group.html`: one group (`GET /admin/groups/{id}`, its forms).
#[derive(Template)]
#[template(path = "admin/group.html")]
pub struct GroupPage {
    /// Shared layout.
    pub layout: Layout,
    /// The group shown.
    pub group: Group,
    /// Its direct user members.
    pub users: Vec<UserRow>,
    /// Its directly nested groups.
    pub groups: Vec<Group>,
    /// Problems with the last form posted, by field.
    pub errors: FormErrors,
    /// A status line, e.g. "Added …"
    pub notice: Option<String>,
    /// The name typed in the add-member box, shown again after a refusal.
    pub member: String,
    /// Show the member and delete controls (global administrators).
    pub can_edit: bool,
}
