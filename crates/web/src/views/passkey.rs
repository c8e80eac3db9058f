//! What the pages show of passkeys: the section of `/setup`, and `/setup/passkey`.

use askama::Template;

use super::{FormErrors, Layout, MethodRow};

/// The "Passkeys" section of `/setup`.
#[derive(Clone, Debug, Default)]
pub struct PasskeySection {
    /// Shown at all: the policy offers passkeys, or the user has some (to remove them).
    pub shown: bool,
    /// The registered passkeys, oldest first: name and "added YYYY-MM-DD".
    pub rows: Vec<MethodRow>,
    /// "Add a passkey" is offered: allowed, and fewer than the most.
    pub can_add: bool,
}

/// `templates/setup/passkey.html`: adding a passkey (`/setup/passkey`); the ceremony
/// itself runs in `static/passkey.js`.
#[derive(Template)]
#[template(path = "setup/passkey.html")]
pub struct SetupPasskeyPage {
    /// Shared layout.
    pub layout: Layout,
    /// The name offered (or typed, after a refusal).
    pub name: String,
    /// Problems with the form, by field.
    pub errors: FormErrors,
}
