//! Password expiry: when a password expires, which reminder is due, and whether a
//! password is past its expiry. Pure rules, no storage or clock of their own.
//!
//! * An account of Latchkey's own expires [`ExpirySettings::max_age_days`] after its
//!   password was last set (the smallest per-group override among the user's groups
//!   wins over the global value; 0 means passwords never expire).
//! * An account from the on-premises directory expires when the directory says
//!   ([`crate::directory::ExternalAccount::password_expires_at`]); Latchkey's maximum age
//!   does not apply to it.
//! * Reminders go out on [`ExpirySettings::reminder_days`] before the expiry; a run of the
//!   hourly job sends only the nearest one that is due ([`due_reminder`]), so a job that
//!   missed days never sends several at once.

use serde::{Deserialize, Serialize};

use crate::clock::UnixSeconds;
use crate::directory::{FieldError, User};

/// Seconds in a day.
pub const DAY: i64 = 86_400;
/// The longest maximum age, in days (about ten years).
pub const MAX_AGE_DAYS: u32 = 3650;
/// The earliest reminder, in days before the expiry.
pub const MAX_REMINDER_DAYS: u32 = 90;
/// How many reminder days may be chosen.
pub const MAX_REMINDERS: usize = 10;
/// The reminder days when none were chosen.
pub const DEFAULT_REMINDER_DAYS: [u32; 4] = [14, 7, 3, 1];
/// The settings key of [`ExpirySettings`].
pub const SETTING: &str = "password_expiry";

/// The password expiry settings (the per-group overrides are stored on their own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExpirySettings {
    /// Days a password of Latchkey's own lasts; 0 (the default): it never expires.
    pub max_age_days: u32,
    /// Days before the expiry a reminder goes out, largest first (each 1..=90, distinct).
    pub reminder_days: Vec<u32>,
    /// Remind by email.
    pub remind_by_email: bool,
    /// Remind by text message.
    pub remind_by_sms: bool,
}

impl Default for ExpirySettings {
    fn default() -> Self {
        Self {
            max_age_days: 0,
            reminder_days: DEFAULT_REMINDER_DAYS.to_vec(),
            remind_by_email: true,
            remind_by_sms: true,
        }
    }
}

impl ExpirySettings {
    /// Checks every field; the reminder days come back sorted, largest first.
    ///
    /// # Errors
    ///
    /// One [`FieldError`] per wrong field (`max_age_days`, `reminder_days`), its message
    /// in the request's language.
    pub fn validated(mut self) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.max_age_days > MAX_AGE_DAYS {
            errors.push(FieldError::new(
                "max_age_days",
                latchkey_i18n::t("expiry-error-max-age"),
            ));
        }
        let mut days = self.reminder_days.clone();
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        if days.len() != self.reminder_days.len()
            || days.len() > MAX_REMINDERS
            || days.iter().any(|d| *d == 0 || *d > MAX_REMINDER_DAYS)
        {
            errors.push(FieldError::new(
                "reminder_days",
                latchkey_i18n::t("expiry-error-reminder-days"),
            ));
        }
        self.reminder_days = days;
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }
}

/// Parses a list of reminder days such as `14, 7, 3, 1` (commas or spaces); `None` when
/// a part is not a number (the range is checked by [`ExpirySettings::validated`]).
pub fn parse_days(text: &str) -> Option<Vec<u32>> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .map(|p| p.parse::<u32>().ok())
        .collect()
}

/// Checks a per-group maximum age (1..=3650 days).
pub fn valid_override(days: u32) -> bool {
    (1..=MAX_AGE_DAYS).contains(&days)
}

/// The maximum age that applies to a user: the smallest override among their groups,
/// else the global one (0: never expires).
pub fn effective_max_age(global: u32, group_override: Option<u32>) -> u32 {
    group_override.unwrap_or(global)
}

/// When a password of Latchkey's own expires: `max_age_days` after it was set (the
/// account's creation when it was never changed); `None` when the maximum age is 0.
pub fn local_expiry(
    changed_at: Option<UnixSeconds>,
    created_at: UnixSeconds,
    max_age_days: u32,
) -> Option<UnixSeconds> {
    (max_age_days > 0).then(|| changed_at.unwrap_or(created_at) + i64::from(max_age_days) * DAY)
}

/// When `user`'s password expires, `None` for never: the directory's rule for an account
/// synced from it, else `max_age_days` (the user's effective maximum age, see
/// [`effective_max_age`]) after the password was set.
pub fn effective_expiry(user: &User, max_age_days: u32) -> Option<UnixSeconds> {
    match &user.external {
        // As of the last sync; a password set through Latchkey clears it until the next
        // sync reads the directory's new figure.
        Some(ext) => ext.password_expires_at,
        None => local_expiry(user.password_changed_at, user.created_at, max_age_days),
    }
}

/// Whether a password that expires at `expiry` has expired at `now`.
pub fn is_expired(expiry: Option<UnixSeconds>, now: UnixSeconds) -> bool {
    expiry.is_some_and(|e| e <= now)
}

/// The reminder due at `now` for a password expiring at `expiry`: of the `days` whose
/// moment (`expiry - d` days) has come, the nearest to the expiry (the smallest). `None`
/// when none has come yet or the password has already expired.
pub fn due_reminder(expiry: UnixSeconds, now: UnixSeconds, days: &[u32]) -> Option<u32> {
    if now >= expiry {
        return None;
    }
    days.iter()
        .copied()
        .filter(|d| *d > 0 && expiry - i64::from(*d) * DAY <= now)
        .min()
}

/// Whole days left until `expiry` at `now`, rounded up (0 once expired).
pub fn days_left(expiry: UnixSeconds, now: UnixSeconds) -> i64 {
    if expiry <= now {
        0
    } else {
        (expiry - now + DAY - 1) / DAY
    }
}

#[cfg(test)]
mod tests;
