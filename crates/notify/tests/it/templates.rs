//! The rendered texts, exactly.

use latchkey_notify::templates::*;
use latchkey_notify::{Channel, Message};

#[test]
fn verification_code_email_exact() {
    let m = verification_code_email("Contoso", "mary@example.org", "Mary Major", "481592", 10);
    assert_eq!(m.channel, Channel::Email);
    assert_eq!(m.to, "mary@example.org");
    assert_eq!(m.subject, "Contoso account verification code");
    assert_eq!(
        m.body,
        "Hello Mary Major,

Your Contoso verification code is:

    481592

Enter it on the page where you asked for it. It expires in 10 minutes.

We will never ask you for this code by phone, by text or by email. Don't share it with anyone, even someone who says they work for Contoso.

If you didn't ask for a code, you can ignore this message. Nothing has changed on your account.

Contoso
"
    );
    let html = m.html.expect("an HTML part");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n"),
        "{html}"
    );
    assert!(html.contains("<title>Contoso account verification code</title>"));
    assert!(html.contains("<p style=\"margin:0 0 16px;\">Hello Mary Major,</p>\n"));
    assert!(html.contains("letter-spacing:4px;\">481592</p>\n"));
    assert!(
        html.contains(
            ">Enter it on the page where you asked for it. It expires in 10 minutes.</p>"
        )
    );
    assert!(html.contains("We will never ask you for this code by phone"));
    assert!(html.contains("If you didn't ask for a code, you can ignore this message."));
    assert!(html.ends_with("</html>\n"));
    assert!(!html.contains("\n\n"), "no blank lines: {html}");
}

#[test]
fn verification_code_email_without_a_name_and_one_minute() {
    let m = verification_code_email("Contoso", "mary@example.org", "  ", "1234", 1);
    assert!(m.body.starts_with("Hello,\n\n"), "{}", m.body);
    assert!(m.body.contains("It expires in 1 minute."), "{}", m.body);
}

#[test]
fn html_escapes_values_and_text_does_not() {
    let m = verification_code_email("Smith & Sons", "a@example.org", "<b>Tom</b> \"T\"", "12", 5);
    assert_eq!(m.subject, "Smith & Sons account verification code");
    assert!(m.body.starts_with("Hello <b>Tom</b> \"T\",\n"));
    let html = m.html.expect("html");
    assert!(
        html.contains("Hello &#60;b&#62;Tom&#60;/b&#62; &#34;T&#34;,"),
        "{html}"
    );
    assert!(html.contains("<title>Smith &#38; Sons account verification code</title>"));
    assert!(!html.contains("<b>Tom"));
}

#[test]
fn verification_code_sms_exact() {
    let m = verification_code_sms("Contoso", "+15555550100", "481592", 10);
    assert_eq!(
        m,
        Message {
            channel: Channel::Sms,
            to: "+15555550100".into(),
            subject: String::new(),
            body: "481592 is your Contoso verification code. It expires in 10 minutes.".into(),
            html: None,
        }
    );
}

#[test]
fn verification_code_voice_exact() {
    let m = verification_code_voice("Contoso", "+15555550100", "481592");
    assert_eq!(m.channel, Channel::Voice);
    assert_eq!(m.subject, "");
    assert_eq!(m.html, None);
    assert_eq!(
        m.body,
        "This is Contoso. Your verification code is 4, 8, 1, 5, 9, 2."
    );
}

#[test]
fn password_reset_notice_exact() {
    let m = password_reset_notice(
        "Contoso",
        "mary@example.org",
        "Mary",
        "2025-03-04 05:06 UTC",
        "https://sspr.example.org/report?n=1&k=2",
        false,
    );
    assert_eq!(m.subject, "Your Contoso password was reset");
    assert_eq!(
        m.body,
        "Hello Mary,

The password for your Contoso account was reset on 2025-03-04 05:06 UTC.

If this was you, there is nothing else to do.

If this wasn't you, someone else may be able to sign in as you. Let us know right away:
https://sspr.example.org/report?n=1&k=2

Contoso
"
    );
    let html = m.html.expect("html");
    assert!(
        html.contains("<a href=\"https://sspr.example.org/report?n=1&#38;k=2\""),
        "{html}"
    );

    let m = password_reset_notice(
        "Contoso",
        "mary@example.org",
        "Mary",
        "2025-03-04 05:06 UTC",
        "https://sspr.example.org/report",
        true,
    );
    assert_eq!(m.subject, "Your Contoso account was unlocked");
    assert!(m.body.contains(
        "\n\nYour Contoso account was unlocked on 2025-03-04 05:06 UTC. Your password has not changed.\n\n"
    ), "{}", m.body);
    assert!(!m.body.contains("was reset"));
    assert!(m.html.is_some_and(|h| h.contains("was unlocked on")));
}

#[test]
fn admin_reset_alert_text() {
    let m = admin_reset_alert(
        "Contoso",
        "root@example.org",
        "Ann Admin",
        "ann",
        "2025-03-04 05:06 UTC",
        "https://sspr.example.org/report",
    );
    assert_eq!(m.to, "root@example.org");
    assert_eq!(m.subject, "Contoso: an administrator's password was reset");
    assert!(m.body.contains(
        "The password of the administrator Ann Admin (ann) was reset by another administrator on 2025-03-04 05:06 UTC."
    ), "{}", m.body);
    assert!(m.body.contains("\nhttps://sspr.example.org/report\n"));
    assert!(
        m.html
            .is_some_and(|h| h.contains("<strong>Ann Admin</strong> (ann)"))
    );
}

#[test]
fn help_request_text() {
    let m = help_request(
        "Contoso",
        "it@example.org",
        "bob",
        "2025-03-04 05:06 UTC",
        "192.0.2.7",
    );
    assert_eq!(
        m.subject,
        "Contoso: a user asked for help with their password"
    );
    assert!(m.body.contains(
        "Someone asked for help with the password of the account \"bob\" on 2025-03-04 05:06 UTC, from the address 192.0.2.7."
    ), "{}", m.body);
    assert!(m.body.contains("\"Contact your administrator\""));
    // What a user typed can't add lines or headers.
    let m = help_request(
        "Contoso",
        "it@example.org",
        "eve\nBcc: x@y",
        "now",
        "192.0.2.7",
    );
    assert!(m.body.contains("account \"eve Bcc: x@y\""), "{}", m.body);
    assert!(!m.subject.contains("eve"));
}

#[test]
fn registration_reminder_text() {
    let m = registration_reminder(
        "Contoso",
        "mary@example.org",
        "Mary",
        "https://sspr.example.org/register",
    );
    assert_eq!(m.subject, "Set up password reset for your Contoso account");
    assert!(m.body.starts_with("Hello Mary,\n\n"));
    assert!(
        m.body
            .contains("Set it up here:\nhttps://sspr.example.org/register\n")
    );
    assert!(
        m.html
            .is_some_and(|h| h.contains("<a href=\"https://sspr.example.org/register\""))
    );
}

#[test]
fn test_messages() {
    let m = test_message_email("Contoso", "mary@example.org");
    assert_eq!(m.channel, Channel::Email);
    assert_eq!(m.subject, "Contoso test message");
    assert!(m.body.contains("email delivery works"));
    let m = test_message_sms("Contoso", "+15555550100");
    assert_eq!(m.channel, Channel::Sms);
    assert_eq!(
        m.body,
        "This is a test message from Contoso. Text message delivery works."
    );
}

#[test]
fn no_code_in_any_link() {
    let m = verification_code_email("Contoso", "a@example.org", "A", "987654", 10);
    let html = m.html.expect("html");
    assert!(!html.contains("href"), "the code email has no links");
}
