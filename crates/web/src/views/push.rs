//! What the pages show of the Latchkey app (app notification).

use askama::Template;

use super::Layout;

/// `templates/setup/push.html`: setting up the Latchkey app on a phone (`/setup/push`).
#[derive(Template)]
#[template(path = "setup/push.html")]
pub struct SetupPushPage {
    /// Shared layout.
    pub layout: Layout,
    /// The enrolment link (`{base_url}/app#enrol={token}`) as an inline `<svg>` QR code;
    /// empty when the most devices are registered.
    pub qr: String,
    /// The same link, for "On this phone? Open the app"; empty when the most devices are
    /// registered.
    pub link: String,
    /// Fewer than the most devices are set up: "Show a QR code" (or "Get a new code") is
    /// offered.
    pub offer: bool,
    /// Minutes the link stays valid (10).
    pub valid_minutes: i64,
    /// How many devices one user may register (5).
    pub max_devices: usize,
    /// How many the user has.
    pub devices: usize,
    /// The policy offers app notifications to the user; when not, the page says so and
    /// offers nothing.
    pub offered: bool,
    /// Names of the user's phones whose notifications stopped working (the push service
    /// said their subscription is gone): the page says to set the app up again.
    pub gone: Vec<String>,
}

/// The "Latchkey app" section of `/setup`.
#[derive(Clone, Debug, Default)]
pub struct PushSection {
    /// Shown at all: the policy offers app notifications, or the user has devices (to
    /// remove them).
    pub shown: bool,
    /// The devices, oldest first: "Latchkey app on <name>" and "added YYYY-MM-DD".
    pub rows: Vec<super::MethodRow>,
    /// "Set up the Latchkey app" is offered: allowed, and fewer than the most.
    pub can_add: bool,
}
