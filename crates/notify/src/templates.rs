//! The texts Latchkey sends. The words come from the `messages` catalogues of
//! [`latchkey_i18n`], in the [`latchkey_i18n::current`] language (wrap a call in
//! [`latchkey_i18n::with_lang`] to write to someone in their language); an email's layout
//! is an askama template under `crates/notify/templates/email/<name>/{subject.txt,
//! body.txt, body.html}`, a text message or voice call is one catalogue message. Text
//! templates are not escaped; `body.html` is (HTML escaping of every value, also inside
//! translated sentences).
//!
//! Every value is put on one line first (control characters become spaces), so nothing
//! typed by a user can add lines or headers to a message. Codes never go into URLs.

use askama::Template;
use latchkey_i18n::{FluentValue, Lang, current, t, tr};

use crate::{Channel, Message};

/// A template value as a catalogue placeholder: strings as they are, flags as `true` /
/// `false`.
trait Arg {
    fn arg(&self) -> FluentValue<'_>;
    /// The value HTML-escaped, for a sentence put into `body.html` unescaped.
    fn html(&self) -> FluentValue<'static>;
}

impl Arg for String {
    fn arg(&self) -> FluentValue<'_> {
        self.as_str().into()
    }
    fn html(&self) -> FluentValue<'static> {
        escape_html(self).into()
    }
}

impl Arg for bool {
    fn arg(&self) -> FluentValue<'_> {
        if *self { "true" } else { "false" }.into()
    }
    fn html(&self) -> FluentValue<'static> {
        if *self { "true" } else { "false" }.into()
    }
}

impl Arg for i64 {
    fn arg(&self) -> FluentValue<'_> {
        (*self).into()
    }
    fn html(&self) -> FluentValue<'static> {
        (*self).into()
    }
}

/// Escapes as askama does for HTML.
fn escape_html(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '<' => out.push_str("&#60;"),
            '>' => out.push_str("&#62;"),
            '&' => out.push_str("&#38;"),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Defines the three templates of one email, with the same fields, and a `render`
/// function that returns (subject, text body, HTML body).
macro_rules! email_templates {
    ($module:ident, $subject:literal, $text:literal, $html:literal, { $($field:ident : $ty:ty),* $(,)? }) => {
        mod $module {
            use askama::Template;
            use std::ops::Deref;

            pub(super) struct Vars { $(pub(super) $field: $ty,)* }

            #[derive(Template)]
            #[template(path = $subject)]
            struct Subject<'a>(&'a Vars);

            #[derive(Template)]
            #[template(path = $text)]
            struct Text<'a>(&'a Vars);

            #[derive(Template)]
            #[template(path = $html)]
            struct Html<'a> {
                subject: &'a str,
                lang: &'static str,
                rtl: bool,
                vars: &'a Vars,
            }

            impl Deref for Subject<'_> {
                type Target = Vars;
                fn deref(&self) -> &Vars {
                    self.0
                }
            }

            impl Deref for Text<'_> {
                type Target = Vars;
                fn deref(&self) -> &Vars {
                    self.0
                }
            }

            impl Deref for Html<'_> {
                type Target = Vars;
                fn deref(&self) -> &Vars {
                    self.vars
                }
            }

            impl Vars {
                /// The catalogue message `key` in the current language, every field a
                /// placeholder (`$org`, `$when_utc`, …).
                pub(super) fn t(&self, key: &str) -> String {
                    latchkey_i18n::tr(key, &[$((stringify!($field), super::Arg::arg(&self.$field)),)*])
                }

                /// [`Self::t`] for `body.html`: the placeholders' values HTML-escaped (the
                /// catalogues hold no markup; a test checks).
                pub(super) fn h(&self, key: &str) -> String {
                    latchkey_i18n::tr(key, &[$((stringify!($field), super::Arg::html(&self.$field)),)*])
                }

                pub(super) fn render(&self) -> (String, String, String) {
                    let lang = latchkey_i18n::current();
                    let subject = super::one_line(&super::render(&Subject(self)));
                    let text = super::render(&Text(self));
                    let html = super::render(&Html {
                        subject: &subject,
                        lang: lang.code(),
                        rtl: lang.dir() == "rtl",
                        vars: self,
                    });
                    (subject, super::text_body(&text), super::text_body(&html))
                }
            }
        }
    };
}

email_templates!(
    code_email,
    "email/verification_code/subject.txt",
    "email/verification_code/body.txt",
    "email/verification_code/body.html",
    { org: String, greeting: String, code: String, expires_in: String }
);
email_templates!(
    reset_notice,
    "email/password_reset_notice/subject.txt",
    "email/password_reset_notice/body.txt",
    "email/password_reset_notice/body.html",
    { org: String, greeting: String, when_utc: String, report_url: String, unlock_only: bool }
);
email_templates!(
    admin_alert,
    "email/admin_reset_alert/subject.txt",
    "email/admin_reset_alert/body.txt",
    "email/admin_reset_alert/body.html",
    { org: String, admin_display_name: String, admin_username: String, when_utc: String, report_url: String }
);
email_templates!(
    help,
    "email/help_request/subject.txt",
    "email/help_request/body.txt",
    "email/help_request/body.html",
    { org: String, username: String, when_utc: String, client_ip: String }
);
email_templates!(
    reminder,
    "email/registration_reminder/subject.txt",
    "email/registration_reminder/body.txt",
    "email/registration_reminder/body.html",
    { org: String, greeting: String, setup_url: String }
);
email_templates!(
    campaign,
    "email/registration_campaign/subject.txt",
    "email/registration_campaign/body.txt",
    "email/registration_campaign/body.html",
    { org: String, greeting: String, setup_url: String, reconfirm: bool, days: i64 }
);
email_templates!(
    access_pass,
    "email/access_pass_issued/subject.txt",
    "email/access_pass_issued/body.txt",
    "email/access_pass_issued/body.html",
    { org: String, greeting: String, account: String, issued_by: String, when_utc: String, expires_utc: String, one_time: bool, report_url: String }
);
email_templates!(
    test_email,
    "email/test_message/subject.txt",
    "email/test_message/body.txt",
    "email/test_message/body.html",
    { org: String }
);

/// Renders a template. With only strings and booleans as values rendering cannot fail;
/// if it ever did, the error is logged and the text is empty.
fn render(template: &impl Template) -> String {
    template.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, "a message template failed to render");
        String::new()
    })
}

/// One line, no control characters, single spaces at the ends trimmed.
fn one_line(value: &str) -> String {
    value
        .chars()
        // Control characters become spaces; bidirectional overrides and isolates (which
        // could make a name reorder the words around it) go.
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Trailing spaces off every line, exactly one newline at the end.
fn text_body(rendered: &str) -> String {
    let mut out: String = rendered
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned();
    out.push('\n');
    out
}

fn greeting(display_name: &str) -> String {
    let name = one_line(display_name);
    if name.is_empty() {
        t("messages-greeting")
    } else {
        tr("messages-greeting-name", &[("name", name.into())])
    }
}

/// "1 minute", "10 minutes".
fn minutes_text(minutes: u32) -> String {
    tr("messages-minutes", &[("n", minutes.into())])
}

/// A moment for a message: as given in English (RFC 3339, as always); in another
/// language, an RFC 3339 time written as that language writes dates
/// ([`latchkey_i18n::format_datetime`]). Anything else is left as it is.
fn when_text(when: &str) -> String {
    let when = one_line(when);
    let lang = current();
    if lang == Lang::En {
        return when;
    }
    time::OffsetDateTime::parse(&when, &time::format_description::well_known::Rfc3339)
        .map_or(when, |at| latchkey_i18n::format_datetime(lang, at))
}

/// Who issued a Temporary Access Pass: an administrator's username, or the command line
/// (which has a name in each language).
fn issuer_text(issued_by: &str) -> String {
    latchkey_core::access_pass::issuer_words(&one_line(issued_by))
}

/// The code as a voice reads it one character at a time: "4, 8, 1, 5, 9, 2".
fn spoken(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn email(to: &str, (subject, body, html): (String, String, String)) -> Message {
    Message {
        channel: Channel::Email,
        to: to.trim().to_owned(),
        subject,
        body,
        html: Some(html),
    }
}

fn phone(channel: Channel, to: &str, body: String) -> Message {
    Message {
        channel,
        to: to.trim().to_owned(),
        subject: String::new(),
        body: one_line(&body),
        html: None,
    }
}

/// The email with a verification code: subject "{org} account verification code".
pub fn verification_code_email(
    org: &str,
    to: &str,
    display_name: &str,
    code: &str,
    minutes: u32,
) -> Message {
    let vars = code_email::Vars {
        org: one_line(org),
        greeting: greeting(display_name),
        code: one_line(code),
        expires_in: minutes_text(minutes),
    };
    email(to, vars.render())
}

/// "{code} is your {org} verification code. It expires in N minutes."
pub fn verification_code_sms(org: &str, to: &str, code: &str, minutes: u32) -> Message {
    let body = tr(
        "messages-code-sms",
        &[
            ("org", one_line(org).into()),
            ("code", one_line(code).into()),
            ("expires_in", minutes_text(minutes).into()),
        ],
    );
    phone(Channel::Sms, to, body)
}

/// The text a voice call speaks (the provider says it twice): the code's characters
/// separated by commas, so they are read one by one.
pub fn verification_code_voice(org: &str, to: &str, code: &str) -> Message {
    let body = tr(
        "messages-code-voice",
        &[
            ("org", one_line(org).into()),
            ("spoken_code", spoken(code).into()),
        ],
    );
    phone(Channel::Voice, to, body)
}

/// Tells a user their password was reset (or, with `unlock_only`, their account
/// unlocked), with a link to report it if it wasn't them.
pub fn password_reset_notice(
    org: &str,
    to: &str,
    display_name: &str,
    when_utc: &str,
    report_url: &str,
    unlock_only: bool,
) -> Message {
    let vars = reset_notice::Vars {
        org: one_line(org),
        greeting: greeting(display_name),
        when_utc: when_text(when_utc),
        report_url: one_line(report_url),
        unlock_only,
    };
    email(to, vars.render())
}

/// Tells a global administrator that another administrator's password was reset.
pub fn admin_reset_alert(
    org: &str,
    to: &str,
    admin_display_name: &str,
    admin_username: &str,
    when_utc: &str,
    report_url: &str,
) -> Message {
    let vars = admin_alert::Vars {
        org: one_line(org),
        admin_display_name: one_line(admin_display_name),
        admin_username: one_line(admin_username),
        when_utc: when_text(when_utc),
        report_url: one_line(report_url),
    };
    email(to, vars.render())
}

/// Tells an administrator that someone asked for help with an account's password
/// ("Contact your administrator"). `username` is as typed; it is not in the subject.
pub fn help_request(
    org: &str,
    to: &str,
    username: &str,
    when_utc: &str,
    client_ip: &str,
) -> Message {
    let vars = help::Vars {
        org: one_line(org),
        username: one_line(username),
        when_utc: when_text(when_utc),
        client_ip: one_line(client_ip),
    };
    email(to, vars.render())
}

/// Reminds a user to register their verification methods.
pub fn registration_reminder(org: &str, to: &str, display_name: &str, setup_url: &str) -> Message {
    let vars = reminder::Vars {
        org: one_line(org),
        greeting: greeting(display_name),
        setup_url: one_line(setup_url),
    };
    email(to, vars.render())
}

/// A registration campaign's reminder: register (or, with `reconfirm`, confirm what is
/// registered) at `setup_url`; sent again every `interval_days` until done. Nothing
/// secret: the link is the registration page itself.
pub fn registration_campaign(
    org: &str,
    to: &str,
    display_name: &str,
    setup_url: &str,
    reconfirm: bool,
    interval_days: u16,
) -> Message {
    let vars = campaign::Vars {
        org: one_line(org),
        greeting: greeting(display_name),
        setup_url: one_line(setup_url),
        reconfirm,
        days: i64::from(interval_days),
    };
    email(to, vars.render())
}

/// What the "Temporary Access Pass issued" email says about the pass (never the pass).
#[derive(Debug, Clone)]
pub struct AccessPassNotice<'a> {
    /// Who issued it: an administrator's username, or `the command line`.
    pub issued_by: &'a str,
    /// When it was issued (RFC 3339, UTC).
    pub when_utc: &'a str,
    /// When it stops working (RFC 3339, UTC).
    pub expires_utc: &'a str,
    /// Good for one sign-in only.
    pub one_time: bool,
    /// The "this wasn't me" link; in another administrator's copy, the account's page in
    /// the admin portal (to revoke the pass).
    pub report_url: &'a str,
    /// Empty: the email goes to the pass's owner. Else the administrator account the pass
    /// is for (display name and username), and the email goes to another administrator.
    pub account: &'a str,
}

/// Tells a user a Temporary Access Pass was issued for their account, by whom and until
/// when, with a link to report it.
pub fn access_pass_issued(
    org: &str,
    to: &str,
    display_name: &str,
    pass: &AccessPassNotice<'_>,
) -> Message {
    let vars = access_pass::Vars {
        org: one_line(org),
        greeting: greeting(display_name),
        account: one_line(pass.account),
        issued_by: issuer_text(pass.issued_by),
        when_utc: when_text(pass.when_utc),
        expires_utc: when_text(pass.expires_utc),
        one_time: pass.one_time,
        report_url: one_line(pass.report_url),
    };
    email(to, vars.render())
}

/// The text message telling a user's registered mobile phone that a Temporary Access
/// Pass was issued (never the pass).
pub fn access_pass_issued_sms(org: &str, to: &str, issued_by: &str) -> Message {
    let body = tr(
        "messages-pass-sms",
        &[
            ("org", one_line(org).into()),
            ("issued_by", issuer_text(issued_by).into()),
        ],
    );
    phone(Channel::Sms, to, body)
}

/// For `latchkey send-test-email`.
pub fn test_message_email(org: &str, to: &str) -> Message {
    let vars = test_email::Vars { org: one_line(org) };
    email(to, vars.render())
}

/// For `latchkey send-test-sms`.
pub fn test_message_sms(org: &str, to: &str) -> Message {
    let body = tr("messages-test-sms", &[("org", one_line(org).into())]);
    phone(Channel::Sms, to, body)
}

/// A moment in a plain-text notice, where English says `(… UTC)` after the RFC 3339
/// time; other languages write the date their way (with `UTC`).
fn when_utc_suffixed(when: &str) -> String {
    if current() == Lang::En {
        format!("{} UTC", one_line(when))
    } else {
        when_text(when)
    }
}

fn plain_email(to: &str, subject: String, body: String) -> Message {
    Message {
        channel: Channel::Email,
        to: to.trim().to_owned(),
        subject: one_line(&subject),
        body,
        html: None,
    }
}

/// "Self-service password reset is blocked on your account" (after five failed
/// verifications); `when_utc` in RFC 3339.
pub fn sspr_blocked_notice(org: &str, to: &str, display_name: &str, when_utc: &str) -> Message {
    let org = one_line(org);
    let subject = tr("messages-blocked-subject", &[("org", org.as_str().into())]);
    let body = format!(
        "{}\n\n{}\n\n{}\n",
        greeting(display_name),
        tr(
            "messages-blocked-body",
            &[("when", when_utc_suffixed(when_utc).into())]
        ),
        t("messages-blocked-advice"),
    );
    plain_email(to, subject, body)
}

/// "Someone used an authenticator code that had already been used", with the "this
/// wasn't me" link.
pub fn app_code_reused_notice(
    org: &str,
    to: &str,
    display_name: &str,
    when_utc: &str,
    report_url: &str,
) -> Message {
    let org = one_line(org);
    let subject = tr(
        "messages-code-reused-subject",
        &[("org", org.as_str().into())],
    );
    let body = format!(
        "{}\n\n{}\n\n{} {}\n{}\n",
        greeting(display_name),
        tr(
            "messages-code-reused-body",
            &[("when", when_utc_suffixed(when_utc).into())]
        ),
        t("messages-report-here"),
        one_line(report_url),
        t("messages-code-reused-contact"),
    );
    plain_email(to, subject, body)
}

/// "Your passkey may have been copied" (its signature counter went backwards), with the
/// "this wasn't me" link.
pub fn passkey_cloned_notice(
    org: &str,
    to: &str,
    display_name: &str,
    passkey_name: &str,
    when_utc: &str,
    report_url: &str,
) -> Message {
    let org = one_line(org);
    let subject = tr(
        "messages-passkey-cloned-subject",
        &[("org", org.as_str().into())],
    );
    let body = format!(
        "{}\n\n{}\n\n{} {}\n{}\n",
        greeting(display_name),
        tr(
            "messages-passkey-cloned-body",
            &[
                ("name", one_line(passkey_name).into()),
                ("when", when_utc_suffixed(when_utc).into())
            ]
        ),
        t("messages-report-here"),
        one_line(report_url),
        t("messages-passkey-cloned-remove"),
    );
    plain_email(to, subject, body)
}

/// The text to the number registered before, when a change replaced or removed it.
pub fn mobile_changed_sms(org: &str, to: &str) -> Message {
    let body = tr(
        "messages-mobile-changed-sms",
        &[("org", one_line(org).into())],
    );
    phone(Channel::Sms, to, body)
}

mod expiry;
pub use expiry::{password_expiry_reminder, password_expiry_reminder_sms};

#[cfg(test)]
mod tests;
