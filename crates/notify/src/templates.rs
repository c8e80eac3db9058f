//! The texts Latchkey sends, as askama templates under `crates/notify/templates/`:
//! `email/<name>/{subject.txt, body.txt, body.html}` and `sms/<name>.txt`. Text templates
//! are not escaped; `body.html` is (HTML escaping of every value).
//!
//! Every value is put on one line first (control characters become spaces), so nothing
//! typed by a user can add lines or headers to a message. Codes never go into URLs.

use askama::Template;

use crate::{Channel, Message};

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
                pub(super) fn render(&self) -> (String, String, String) {
                    let subject = super::one_line(&super::render(&Subject(self)));
                    let text = super::render(&Text(self));
                    let html = super::render(&Html { subject: &subject, vars: self });
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

#[derive(Template)]
#[template(path = "sms/verification_code.txt")]
struct CodeSms<'a> {
    org: &'a str,
    code: &'a str,
    expires_in: &'a str,
}

#[derive(Template)]
#[template(path = "sms/verification_code_voice.txt")]
struct CodeVoice<'a> {
    org: &'a str,
    spoken_code: &'a str,
}

#[derive(Template)]
#[template(path = "sms/access_pass_issued.txt")]
struct AccessPassSms<'a> {
    org: &'a str,
    issued_by: &'a str,
}

#[derive(Template)]
#[template(path = "sms/test_message.txt")]
struct TestSms<'a> {
    org: &'a str,
}

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
        "Hello,".to_owned()
    } else {
        format!("Hello {name},")
    }
}

/// "1 minute", "10 minutes".
fn minutes_text(minutes: u32) -> String {
    if minutes == 1 {
        "1 minute".to_owned()
    } else {
        format!("{minutes} minutes")
    }
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
    let body = render(&CodeSms {
        org: &one_line(org),
        code: &one_line(code),
        expires_in: &minutes_text(minutes),
    });
    phone(Channel::Sms, to, body)
}

/// The text a voice call speaks (the provider says it twice): the code's characters
/// separated by commas, so they are read one by one.
pub fn verification_code_voice(org: &str, to: &str, code: &str) -> Message {
    let body = render(&CodeVoice {
        org: &one_line(org),
        spoken_code: &spoken(code),
    });
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
        when_utc: one_line(when_utc),
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
        when_utc: one_line(when_utc),
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
        when_utc: one_line(when_utc),
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
        issued_by: one_line(pass.issued_by),
        when_utc: one_line(pass.when_utc),
        expires_utc: one_line(pass.expires_utc),
        one_time: pass.one_time,
        report_url: one_line(pass.report_url),
    };
    email(to, vars.render())
}

/// The text message telling a user's registered mobile phone that a Temporary Access
/// Pass was issued (never the pass).
pub fn access_pass_issued_sms(org: &str, to: &str, issued_by: &str) -> Message {
    let body = render(&AccessPassSms {
        org: &one_line(org),
        issued_by: &one_line(issued_by),
    });
    phone(Channel::Sms, to, body)
}

/// For `latchkey send-test-email`.
pub fn test_message_email(org: &str, to: &str) -> Message {
    let vars = test_email::Vars { org: one_line(org) };
    email(to, vars.render())
}

/// For `latchkey send-test-sms`.
pub fn test_message_sms(org: &str, to: &str) -> Message {
    let body = render(&TestSms {
        org: &one_line(org),
    });
    phone(Channel::Sms, to, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spoken_codes() {
        assert_eq!(spoken("481 592"), "4, 8, 1, 5, 9, 2");
        assert_eq!(spoken("ab-12"), "A, B, 1, 2");
    }

    #[test]
    fn values_stay_on_one_line() {
        let m = help_request(
            "Contoso",
            "it@contoso.example",
            "bob\r\nBcc: x@evil.example",
            "2025-01-02 03:04 UTC",
            "192.0.2.1",
        );
        assert!(
            m.body.contains("\"bob  Bcc: x@evil.example\""),
            "{}",
            m.body
        );
        assert!(!m.subject.contains('\n'));
    }
}
