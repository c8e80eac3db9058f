//! Delivery: routing, settings, masking, and what reaches the log.

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use latchkey_core::config::Settings;
use latchkey_notify::{
    Channel, Delivery, Memory, Notifier, NotifyError, mask_recipient, templates,
};
use tracing::field::{Field, Visit};
use tracing::span;

use crate::support::Scratch;

#[tokio::test]
async fn routes_by_channel() {
    let email = Memory::default();
    let phone = Memory::default();
    let delivery = Delivery::new(Arc::new(email.clone()), Arc::new(phone.clone()));

    let e = templates::verification_code_email("Contoso", "mary@example.org", "Mary", "111222", 10);
    let s = templates::verification_code_sms("Contoso", "+15555550100", "111222", 10);
    let v = templates::verification_code_voice("Contoso", "+15555550100", "111222");
    for m in [&e, &s, &v] {
        let id = delivery.send(m).await.expect("sent");
        assert!(!id.is_empty());
    }
    assert_eq!(email.messages(), vec![e.clone()]);
    assert_eq!(phone.messages(), vec![s, v.clone()]);
    assert_eq!(phone.last(), Some(v));
    phone.clear();
    assert!(phone.messages().is_empty());
    assert_eq!(email.messages().len(), 1);
    // Delivery is itself a Notifier.
    let as_notifier: Arc<dyn Notifier> = Arc::new(delivery);
    as_notifier.send(&e).await.expect("sent");
    assert_eq!(email.messages().len(), 2);
}

#[test]
fn masks_recipients() {
    assert_eq!(mask_recipient("mary@example.org"), "m***@example.org");
    assert_eq!(
        mask_recipient("Mary.Major@contoso.example"),
        "M***@contoso.example"
    );
    assert_eq!(mask_recipient("+15555550100"), "+1 ******0100");
    assert_eq!(mask_recipient("+44 7700 900123"), "+44 ******0123");
    assert_eq!(mask_recipient("+4915112345678"), "+49 *******5678");
    assert!(!mask_recipient("+15555550100").contains("555555"));
}

#[tokio::test]
async fn default_settings_use_one_outbox_for_both() {
    let scratch = Scratch::new("delivery");
    let settings = Settings {
        data_dir: scratch.path().to_path_buf(),
        ..Settings::default()
    };
    let delivery = Delivery::from_settings(&settings).expect("delivery");
    delivery
        .send(&templates::test_message_email(
            "Contoso",
            "mary@example.org",
        ))
        .await
        .expect("email");
    delivery
        .send(&templates::test_message_sms("Contoso", "+15555550100"))
        .await
        .expect("sms");
    let text = std::fs::read_to_string(scratch.path().join("outbox.jsonl")).expect("outbox");
    let channels: Vec<String> = text
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json");
            v["channel"].as_str().expect("channel").to_owned()
        })
        .collect();
    assert_eq!(channels, ["email", "sms"]);
}

#[test]
fn settings_errors_name_the_setting() {
    let check = |settings: Settings, key: &str| match Delivery::from_settings(&settings) {
        Err(NotifyError::Config(text)) => assert!(text.contains(key), "{key}: {text}"),
        Err(other) => panic!("{key}: expected a Config error, got {other:?}"),
        Ok(_) => panic!("{key}: expected an error"),
    };
    let mut s = Settings::default();
    s.email.transport = "smtp".into();
    check(s, "email.smtp_host");
    let mut s = Settings::default();
    s.email.transport = "sendmail".into();
    check(s, "email.transport");
    let mut s = Settings::default();
    s.sms.provider = "twilio".into();
    check(s, "sms.account_sid");
    let mut s = Settings::default();
    s.sms.provider = "webhook".into();
    check(s, "sms.webhook_url");
    let mut s = Settings::default();
    s.sms.provider = "carrier-pigeon".into();
    check(s, "sms.provider");

    let mut s = Settings::default();
    s.email.transport = "smtp".into();
    s.email.smtp_host = "smtp.example.org".into();
    s.sms.provider = "twilio".into();
    s.sms.account_sid = "AC1".into();
    s.sms.auth_token = "t".into();
    s.sms.from = "+15555550199".into();
    assert!(Delivery::from_settings(&s).is_ok());
    s.sms.provider = "webhook".into();
    s.sms.webhook_url = "https://hooks.example.org/sms".into();
    assert!(Delivery::from_settings(&s).is_ok());
}

/// Collects every event's fields as `name=value` text.
struct Capture(Arc<Mutex<Vec<String>>>);

struct Line(String);

impl Visit for Line {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, "{}={:?} ", field.name(), value);
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, _: &span::Attributes<'_>) -> span::Id {
        span::Id::from_u64(1)
    }
    fn record(&self, _: &span::Id, _: &span::Record<'_>) {}
    fn record_follows_from(&self, _: &span::Id, _: &span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut line = Line(String::new());
        event.record(&mut line);
        self.0.lock().expect("lock").push(line.0);
    }
    fn enter(&self, _: &span::Id) {}
    fn exit(&self, _: &span::Id) {}
}

#[tokio::test]
async fn logs_mask_the_recipient_and_never_show_the_code() {
    let lines: Arc<Mutex<Vec<String>>> = Arc::default();
    let _guard = tracing::subscriber::set_default(Capture(Arc::clone(&lines)));

    let memory = Memory::default();
    let delivery = Delivery::new(Arc::new(memory.clone()), Arc::new(memory.clone()));
    let code = "734019";
    let email =
        templates::verification_code_email("Contoso", "mary.major@example.org", "Mary", code, 10);
    let sms = templates::verification_code_sms("Contoso", "+15555550100", code, 10);
    let id_email = delivery.send(&email).await.expect("sent");
    let id_sms = delivery.send(&sms).await.expect("sent");

    let lines = lines.lock().expect("lock").clone();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].contains("channel=\"email\""), "{}", lines[0]);
    assert!(lines[0].contains("to=m***@example.org"), "{}", lines[0]);
    assert!(lines[0].contains(&id_email), "{}", lines[0]);
    assert!(lines[1].contains("channel=\"sms\""), "{}", lines[1]);
    assert!(lines[1].contains("to=+1 ******0100"), "{}", lines[1]);
    assert!(lines[1].contains(&id_sms), "{}", lines[1]);
    for line in &lines {
        assert!(!line.contains(code), "{line}");
        assert!(!line.contains("mary.major"), "{line}");
        assert!(!line.contains("5555550100"), "{line}");
        assert!(!line.contains("verification"), "{line}");
    }
    assert_eq!(memory.messages().len(), 2);
    assert_eq!(memory.messages()[1].channel, Channel::Sms);
}
