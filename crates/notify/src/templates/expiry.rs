//! The password expiry reminder: an email and a text message saying when the password
//! expires, with a link to the page where it is changed. Nothing secret.

use latchkey_i18n::tr;

use super::{Arg, email, greeting, one_line, phone, render, text_body, when_text};
use crate::{Channel, Message};

email_templates!(
    expiry_reminder,
    "email/password_expiry_reminder/subject.txt",
    "email/password_expiry_reminder/body.txt",
    "email/password_expiry_reminder/body.html",
    { org: String, greeting: String, days: i64, expires_utc: String, change_url: String }
);

/// Reminds a user that their password expires in `days` days (at `expires_utc`, RFC 3339
/// UTC), with a link to the page where they change it.
pub fn password_expiry_reminder(
    org: &str,
    to: &str,
    display_name: &str,
    days: i64,
    expires_utc: &str,
    change_url: &str,
) -> Message {
    let vars = expiry_reminder::Vars {
        org: one_line(org),
        greeting: greeting(display_name),
        days,
        expires_utc: when_text(expires_utc),
        change_url: one_line(change_url),
    };
    email(to, vars.render())
}

/// The text message of [`password_expiry_reminder`].
pub fn password_expiry_reminder_sms(
    org: &str,
    to: &str,
    days: i64,
    expires_utc: &str,
    change_url: &str,
) -> Message {
    let body = tr(
        "expiry-reminder-sms",
        &[
            ("org", one_line(org).into()),
            ("days", days.into()),
            ("expires_utc", when_text(expires_utc).into()),
            ("change_url", one_line(change_url).into()),
        ],
    );
    phone(Channel::Sms, to, body)
}
