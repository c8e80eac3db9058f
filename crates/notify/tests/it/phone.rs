//! TwilioStyle and Webhook against a local HTTP server that records the exact requests.

use std::time::{Duration, Instant};

use latchkey_core::config::SmsSettings;
use latchkey_notify::{Notifier, NotifyError, TwilioStyle, Webhook, templates};
use serde_json::json;

use crate::support::{Recorded, Recorder, closed_port};

const BAD_NUMBER: &str = "+15005550001";
const BROKEN: &str = "+15005550002";
const WRONG_TOKEN: &str = "+15005550003";

/// Answers like Twilio: 201 with a sid, 400 for BAD_NUMBER, 500 for BROKEN.
fn twilio_like(r: &Recorded) -> (u16, serde_json::Value) {
    match r.field("To").as_deref() {
        Some(BAD_NUMBER) => (
            400,
            json!({"code": 21211, "message": "The 'To' number is not a valid phone number.", "status": 400}),
        ),
        Some(BROKEN) => (500, json!({"message": "internal error"})),
        Some(WRONG_TOKEN) => (401, json!({"code": 20003, "message": "Authenticate"})),
        _ if r.path.ends_with("/Calls.json") => (
            201,
            json!({"sid": "CA0123456789abcdef", "status": "queued"}),
        ),
        _ => (
            201,
            json!({"sid": "SM0123456789abcdef", "status": "queued"}),
        ),
    }
}

fn twilio_settings(url: &str) -> SmsSettings {
    SmsSettings {
        provider: "twilio".into(),
        from: "+15555550199".into(),
        api_url: format!("{url}/"),
        account_sid: "ACtest0001".into(),
        auth_token: "t0ken:with/odd=chars".into(),
        timeout_seconds: 5,
        ..SmsSettings::default()
    }
}

#[tokio::test]
async fn twilio_sms_request_is_exact() {
    let server = Recorder::start(Box::new(twilio_like)).await;
    let sms = TwilioStyle::new(&twilio_settings(&server.url())).expect("twilio");
    let message = templates::verification_code_sms("Contoso", "+15555550100", "481592", 10);
    let id = sms.send(&message).await.expect("sent");
    assert_eq!(id, "SM0123456789abcdef");

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/2010-04-01/Accounts/ACtest0001/Messages.json");
    assert_eq!(
        r.basic_auth(),
        Some(("ACtest0001".into(), "t0ken:with/odd=chars".into()))
    );
    assert_eq!(
        r.content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        r.form(),
        vec![
            ("To".to_owned(), "+15555550100".to_owned()),
            ("From".to_owned(), "+15555550199".to_owned()),
            (
                "Body".to_owned(),
                "481592 is your Contoso verification code. It expires in 10 minutes.".to_owned()
            ),
        ]
    );
}

#[tokio::test]
async fn twilio_voice_request_reads_the_code_twice() {
    let server = Recorder::start(Box::new(twilio_like)).await;
    let voice = TwilioStyle::new(&twilio_settings(&server.url())).expect("twilio");
    let message = templates::verification_code_voice("Smith & Sons <IT>", "+15555550100", "481592");
    let id = voice.send(&message).await.expect("sent");
    assert_eq!(id, "CA0123456789abcdef");

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/2010-04-01/Accounts/ACtest0001/Calls.json");
    assert_eq!(
        r.basic_auth(),
        Some(("ACtest0001".into(), "t0ken:with/odd=chars".into()))
    );
    let said = "This is Smith &amp; Sons &lt;IT&gt;. Your verification code is 4, 8, 1, 5, 9, 2.";
    assert_eq!(
        r.form(),
        vec![
            ("To".to_owned(), "+15555550100".to_owned()),
            ("From".to_owned(), "+15555550199".to_owned()),
            (
                "Twiml".to_owned(),
                format!(
                    "<Response><Say>{said}</Say><Pause length=\"1\"/><Say>{said}</Say></Response>"
                )
            ),
        ]
    );
}

#[tokio::test]
async fn twilio_errors_map_to_rejected_and_unavailable() {
    let server = Recorder::start(Box::new(twilio_like)).await;
    let sms = TwilioStyle::new(&twilio_settings(&server.url())).expect("twilio");
    let e = sms
        .send(&templates::verification_code_sms(
            "Contoso", BAD_NUMBER, "1", 5,
        ))
        .await
        .expect_err("bad number");
    assert_eq!(
        e,
        NotifyError::Rejected("The 'To' number is not a valid phone number.".into())
    );
    assert!(!e.is_temporary());

    let e = sms
        .send(&templates::verification_code_sms("Contoso", BROKEN, "1", 5))
        .await
        .expect_err("provider error");
    assert!(matches!(e, NotifyError::Unavailable(_)), "{e:?}");
    assert!(e.is_temporary());

    // Refused credentials are the operator's problem, not the user's number.
    let e = sms
        .send(&templates::verification_code_sms(
            "Contoso",
            WRONG_TOKEN,
            "1",
            5,
        ))
        .await
        .expect_err("bad credentials");
    match e {
        NotifyError::Config(text) => {
            assert!(
                text.contains("sms.auth_token") && text.contains("Authenticate"),
                "{text}"
            );
        }
        other => panic!("expected Config, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn twilio_unreachable_is_unavailable_quickly() {
    let settings = twilio_settings(&format!("http://127.0.0.1:{}", closed_port()));
    let sms = TwilioStyle::new(&settings).expect("twilio");
    let started = Instant::now();
    let e = sms
        .send(&templates::test_message_sms("Contoso", "+15555550100"))
        .await
        .expect_err("nothing listens");
    assert!(matches!(e, NotifyError::Unavailable(_)), "{e:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    // The token never appears in an error.
    assert!(!e.to_string().contains("t0ken"), "{e}");
}

#[tokio::test]
async fn twilio_times_out() {
    // Accepts and never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let held = tokio::spawn(async move {
        let conn = listener.accept().await;
        tokio::time::sleep(Duration::from_secs(10)).await;
        drop(conn);
    });
    let settings = SmsSettings {
        timeout_seconds: 1,
        ..twilio_settings(&format!("http://127.0.0.1:{port}"))
    };
    let sms = TwilioStyle::new(&settings).expect("twilio");
    let started = Instant::now();
    let e = sms
        .send(&templates::test_message_sms("Contoso", "+15555550100"))
        .await
        .expect_err("no answer");
    assert!(matches!(e, NotifyError::Unavailable(_)), "{e:?}");
    assert!(e.to_string().contains("timed out"), "{e}");
    assert!(started.elapsed() < Duration::from_secs(3));
    held.abort();
}

#[tokio::test]
async fn twilio_refuses_email() {
    let server = Recorder::start(Box::new(twilio_like)).await;
    let sms = TwilioStyle::new(&twilio_settings(&server.url())).expect("twilio");
    let e = sms
        .send(&templates::test_message_email(
            "Contoso",
            "mary@example.org",
        ))
        .await
        .expect_err("email through SMS");
    assert!(matches!(e, NotifyError::Config(_)), "{e:?}");
    assert!(server.requests().is_empty());
}

fn webhook_settings(url: &str, token: &str) -> SmsSettings {
    SmsSettings {
        provider: "webhook".into(),
        from: "Contoso".into(),
        webhook_url: format!("{url}/hooks/sms?tenant=7"),
        webhook_token: token.into(),
        timeout_seconds: 5,
        ..SmsSettings::default()
    }
}

#[tokio::test]
async fn webhook_posts_json_with_bearer_token() {
    let server = Recorder::start(Box::new(|r: &Recorded| {
        if r.json()["to"] == "+15005550001" {
            (422, json!({"message": "unknown number"}))
        } else if r.json()["to"] == "+15005550002" {
            (503, json!({}))
        } else {
            (200, json!({"id": "hook-42"}))
        }
    }))
    .await;
    let hook = Webhook::new(&webhook_settings(&server.url(), "s3cret")).expect("webhook");

    let id = hook
        .send(&templates::verification_code_sms(
            "Contoso",
            "+15555550100",
            "481592",
            10,
        ))
        .await
        .expect("sent");
    assert_eq!(id, "hook-42");
    let id = hook
        .send(&templates::verification_code_voice(
            "Contoso",
            "+15555550100",
            "481592",
        ))
        .await
        .expect("sent");
    assert_eq!(id, "hook-42");

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for r in &requests {
        assert_eq!(r.method, "POST");
        assert_eq!(r.path, "/hooks/sms");
        assert_eq!(r.authorization.as_deref(), Some("Bearer s3cret"));
        assert_eq!(r.content_type.as_deref(), Some("application/json"));
    }
    assert_eq!(
        requests[0].json(),
        json!({
            "channel": "sms",
            "to": "+15555550100",
            "from": "Contoso",
            "body": "481592 is your Contoso verification code. It expires in 10 minutes.",
        })
    );
    assert_eq!(
        requests[1].json(),
        json!({
            "channel": "voice",
            "to": "+15555550100",
            "from": "Contoso",
            "body": "This is Contoso. Your verification code is 4, 8, 1, 5, 9, 2.",
        })
    );

    let e = hook
        .send(&templates::test_message_sms("Contoso", "+15005550001"))
        .await
        .expect_err("refused");
    assert_eq!(e, NotifyError::Rejected("unknown number".into()));
    let e = hook
        .send(&templates::test_message_sms("Contoso", "+15005550002"))
        .await
        .expect_err("down");
    assert!(matches!(e, NotifyError::Unavailable(_)), "{e:?}");
}

#[tokio::test]
async fn webhook_without_token_sends_no_authorization() {
    let server = Recorder::start(Box::new(|_: &Recorded| (204, json!(null)))).await;
    let hook = Webhook::new(&webhook_settings(&server.url(), "")).expect("webhook");
    let id = hook
        .send(&templates::test_message_sms("Contoso", "+15555550100"))
        .await
        .expect("sent");
    assert_eq!(id.len(), 36, "a uuid when the hook gives no id: {id}");
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].authorization, None);
}

#[test]
fn settings_errors_name_the_setting() {
    let twilio = twilio_settings("http://127.0.0.1:1");
    let cases = [
        (
            SmsSettings {
                account_sid: String::new(),
                ..twilio.clone()
            },
            "sms.account_sid",
        ),
        (
            SmsSettings {
                auth_token: String::new(),
                ..twilio.clone()
            },
            "sms.auth_token",
        ),
        (
            SmsSettings {
                from: String::new(),
                ..twilio.clone()
            },
            "sms.from",
        ),
        (
            SmsSettings {
                api_url: "ftp://example.org".into(),
                ..twilio.clone()
            },
            "sms.api_url",
        ),
        (
            SmsSettings {
                timeout_seconds: 0,
                ..twilio.clone()
            },
            "sms.timeout_seconds",
        ),
    ];
    for (settings, key) in cases {
        match TwilioStyle::new(&settings) {
            Err(NotifyError::Config(text)) => assert!(text.contains(key), "{text}"),
            other => panic!("{key}: expected a Config error, got {:?}", other.err()),
        }
    }
    for (url, key) in [("", "sms.webhook_url"), ("not a url", "sms.webhook_url")] {
        let settings = SmsSettings {
            webhook_url: url.into(),
            ..SmsSettings::default()
        };
        match Webhook::new(&settings) {
            Err(NotifyError::Config(text)) => assert!(text.contains(key), "{text}"),
            other => panic!("{key}: expected a Config error, got {:?}", other.err()),
        }
    }
}
