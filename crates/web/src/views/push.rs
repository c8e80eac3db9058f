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

/// A number for a plural message (`{ $n -> [one] … *[other] … }`): Fluent picks the
/// plural form only from numbers, never from text, so the pages pass counts through this.
pub trait Count {
    /// The count as an integer.
    fn count(&self) -> i64;
}

impl Count for usize {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl Count for i64 {
    fn count(&self) -> i64 {
        *self
    }
}

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// The message `key` in the request's language, its placeholders filled with numbers.
pub fn tr_counts(key: &str, args: &[(&str, i64)]) -> String {
    let args: Vec<(&str, latchkey_i18n::FluentValue<'_>)> =
        args.iter().map(|(name, n)| (*name, (*n).into())).collect();
    latchkey_i18n::tr(key, &args)
}

impl SetupPushPage {
    /// The message `key` escaped for HTML text (`&`, `<`, `>`, `"`), its apostrophes kept
    /// as written (the page is read by people and by tests that look for "doesn't");
    /// rendered with `|safe`.
    pub fn text(&self, key: &str) -> String {
        latchkey_i18n::t(key)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    /// The message `key` with one count.
    pub fn n1(&self, key: &str, name: &str, n: impl Count) -> String {
        tr_counts(key, &[(name, n.count())])
    }

    /// The message `key` with three counts.
    #[allow(clippy::too_many_arguments)]
    pub fn n3(
        &self,
        key: &str,
        n1: &str,
        v1: impl Count,
        n2: &str,
        v2: impl Count,
        n3: &str,
        v3: impl Count,
    ) -> String {
        tr_counts(key, &[(n1, v1.count()), (n2, v2.count()), (n3, v3.count())])
    }
}
