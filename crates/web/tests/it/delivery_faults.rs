//! Our mail or SMS provider fails, and the user must not pay for it: a real SMTP server
//! (aiosmtpd) that refuses, one that accepts the connection and never answers, an SMS
//! webhook that answers 500 and one that never answers. Codes are sent through the
//! delivery queue; the page answers once the provider accepted the code or after
//! `delivery.code_wait_seconds` (2 s here), saying it couldn't be sent; only accepted
//! sends count toward the user's limits; notices never hold a request; every failure is
//! audited and listed for administrators, who are alerted once.
//!
//! Answers are awaited under a bound far above the configured wait, only to turn a hang
//! into a failure: no test asserts how fast anything is.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use latchkey_core::audit::activity;
use latchkey_core::directory::Role;
use latchkey_core::store::AuditFilter;

use crate::harness::{Resp, TestApp};
use crate::sspr_support::*;

/// Far above `delivery.code_wait_seconds` (2) and the providers' timeouts: only a hang
/// reaches it.
const HANG: Duration = Duration::from_secs(20);

struct Aiosmtpd {
    child: Child,
    port: u16,
    dir: std::path::PathBuf,
}

impl Aiosmtpd {
    /// aiosmtpd with the notify tests' handler: `nobody@…` is refused with 550.
    fn start() -> Self {
        let have = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            have,
            "these tests need Python's aiosmtpd: run `python3 -m pip install aiosmtpd==1.4.6`"
        );
        let port = free_port();
        let dir = std::env::temp_dir().join(format!("lk-smtp-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let helpers = Path::new(env!("CARGO_MANIFEST_DIR")).join("../notify/tests");
        let mut child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "smtp_server.TestMailbox"])
            .arg(dir.join("maildir"))
            .env("PYTHONPATH", &helpers)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start python3 -m aiosmtpd");
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                panic!("aiosmtpd exited ({status}) before listening");
            }
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not listen within 15 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self { child, port, dir }
    }
}

impl Drop for Aiosmtpd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port")
}

/// A server that accepts connections and never says a word, like a stalled SMTP server
/// or an SMS API that hangs. Returns its port; it lives as long as the test process.
fn silent_server() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
        }
    });
    port
}

/// An HTTP server that answers every request `500 Internal Server Error`, counting them.
fn failing_http() -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = hits.clone();
    std::thread::spawn(move || {
        for mut s in listener.incoming().flatten() {
            let mut buf = [0u8; 8192];
            let _ = s.set_read_timeout(Some(Duration::from_millis(500)));
            let _ = s.read(&mut buf);
            seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let _ = s.write_all(
                b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\nConnection: close\r\n\r\nerror",
            );
        }
    });
    (port, hits)
}

async fn smtp_app(port: u16) -> TestApp {
    let port = port.to_string();
    TestApp::with_env(&[
        ("LATCHKEY_EMAIL__TRANSPORT", "smtp"),
        ("LATCHKEY_EMAIL__SMTP_HOST", "127.0.0.1"),
        ("LATCHKEY_EMAIL__SMTP_PORT", &port),
        ("LATCHKEY_EMAIL__SMTP_SECURITY", "none"),
        ("LATCHKEY_EMAIL__TIMEOUT_SECONDS", "30"),
    ])
    .await
}

async fn webhook_app(port: u16) -> TestApp {
    let url = format!("http://127.0.0.1:{port}/sms");
    TestApp::with_env(&[
        ("LATCHKEY_SMS__PROVIDER", "webhook"),
        ("LATCHKEY_SMS__WEBHOOK_URL", &url),
        ("LATCHKEY_SMS__TIMEOUT_SECONDS", "30"),
        // These tests send code after code to one number to reach the provider's hourly
        // cap; the number's own cool-down and daily count (tested in `rate_limits`) are off.
        ("LATCHKEY_LIMITS__DESTINATION_COOLDOWN_SECONDS", "0"),
        ("LATCHKEY_LIMITS__TEXTS_PER_DESTINATION_PER_DAY", "0"),
    ])
    .await
}

/// Self-service on for everyone, without asking the administrator to register at sign-in.
async fn enable_without_interrupt(app: &TestApp) {
    enable_for_all(app).await;
    set_policy(app, |p| p.require_registration = false).await;
}

/// Self-service on, "mias" registered with `kind` = `value`, and a journey started for
/// her, at the verification step.
async fn journey(
    app: &TestApp,
    kind: &str,
    value: &str,
) -> (latchkey_core::directory::User, crate::harness::Client) {
    enable_without_interrupt(app).await;
    let u = make_user(app, "mias", Role::User, "Old-Password-111").await;
    add_method(app, &u, kind, value).await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    (u, c)
}

/// The page of try `i` says the code couldn't be sent.
fn not_sent(r: &Resp, i: usize) {
    assert!(
        r.body.contains("couldn&#39;t send a code") || r.body.contains("couldn't send a code"),
        "try {i}: {}",
        r.body
    );
}

/// Asks for a code by `channel` to `destination`, failing the test on a hang.
async fn ask(c: &mut crate::harness::Client, channel: &str, destination: &str) -> Resp {
    tokio::time::timeout(
        HANG,
        c.post(
            "/reset/verify/send",
            &[("channel", channel), ("destination", destination)],
        ),
    )
    .await
    .expect("the page answers: it must not wait for a stalled provider")
}

async fn events(app: &TestApp, what: &str) -> i64 {
    app.state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(what.into()),
                ..AuditFilter::default()
            },
            0,
            1,
        )
        .await
        .expect("audit")
        .total
}

/// What every fault must leave: the attempts given back, each failure audited and on the
/// administrators' list, the alert written once, the audit chain intact.
async fn nothing_counted_everything_told(app: &TestApp, user_id: i64, failures: i64) {
    told(app, user_id, failures, failures).await;
}

/// As [`nothing_counted_everything_told`], when `refused` of the failed sends were refused
/// before reaching the provider (its hourly cap) and `given_up` reached it and failed.
async fn told(app: &TestApp, user_id: i64, refused_or_given_up: i64, given_up: i64) {
    let failures = given_up;
    assert_eq!(
        app.state
            .store
            .sspr_event_count(&format!("user:{user_id}"), "email_sent", 0)
            .await
            .expect("count")
            + app
                .state
                .store
                .sspr_event_count(&format!("user:{user_id}"), "validation", 0)
                .await
                .expect("count"),
        0,
        "no failed send counts against the user"
    );
    assert_eq!(
        events(app, activity::SSPR_SEND_FAILED).await,
        refused_or_given_up
    );
    let (list, total) = app
        .state
        .store
        .delivery_failed(0, 100)
        .await
        .expect("dead letters");
    assert_eq!(
        total, failures,
        "every code given up is listed for administrators"
    );
    assert!(list.iter().all(|f| f.is_code && !f.last_error.is_empty()));
    assert_eq!(
        events(app, activity::DELIVERY_ALERT).await,
        1,
        "administrators are alerted once"
    );
    latchkey_web::audit::verify_log(&*app.state.store)
        .await
        .expect("verify")
        .expect("the audit chain is intact");
}

#[tokio::test]
async fn an_smtp_server_that_refuses_never_blocks_the_user() {
    let smtp = Aiosmtpd::start();
    let app = smtp_app(smtp.port).await;
    let mut admin = app.signed_in("admin", crate::harness::ADMIN_PW).await;
    // aiosmtpd's handler refuses nobody@ with "550 No such mailbox".
    let (u, mut c) = journey(&app, "email", "nobody@home.example").await;
    // The 11th email in 10 minutes would block the account if failed sends counted.
    for i in 0..12 {
        let r = ask(&mut c, "email", "nobody@home.example").await;
        assert_ne!(
            r.status,
            StatusCode::TOO_MANY_REQUESTS,
            "try {i} blocked the user"
        );
        not_sent(&r, i);
    }
    nothing_counted_everything_told(&app, u.id, 12).await;
    let page = admin.get("/admin/deliveries").await;
    assert!(
        page.body.contains("550"),
        "the provider's answer is shown: {} {} {}",
        page.status,
        page.location(),
        page.body
    );
    let home = admin.get("/admin").await;
    assert!(
        home.body.contains("12 messages couldn"),
        "the portal's home warns: {}",
        home.body
    );
}

#[tokio::test]
async fn a_stalled_smtp_server_holds_no_request() {
    let port = silent_server();
    let app = smtp_app(port).await;
    let mut admin = app.signed_in("admin", crate::harness::ADMIN_PW).await;
    let (u, mut c) = journey(&app, "email", "mia@home.example").await;
    for i in 0..3 {
        let r = ask(&mut c, "email", "mia@home.example").await;
        not_sent(&r, i);
    }
    nothing_counted_everything_told(&app, u.id, 3).await;
    // An administrator's reset answers at once; its notices wait in the queue.
    let before = app.state.store.delivery_pending().await.expect("pending");
    let r = tokio::time::timeout(
        HANG,
        admin.post(
            &format!("/admin/users/{}/reset-password", u.id),
            &[("auto_password", "true")],
        ),
    )
    .await
    .expect("the reset answers while the mail server stalls");
    assert!(
        r.status.is_success() || r.status.is_redirection(),
        "{}",
        r.body
    );
    let after = app.state.store.delivery_pending().await.expect("pending");
    assert!(
        after > before,
        "the notice is queued, not sent inside the request: {before} → {after}; {} {}",
        r.status,
        r.body
    );
}

#[tokio::test]
async fn an_sms_provider_that_answers_500_never_blocks_the_user() {
    let (port, hits) = failing_http();
    let app = webhook_app(port).await;
    let (u, mut c) = journey(&app, "mobile", "+14255550123").await;
    // The 6th text in an hour would block the account if failed sends counted; past the
    // 20th call in an hour the provider is not asked at all (a cost guard), still no block.
    for i in 0..22 {
        let r = ask(&mut c, "mobile_sms", "+1 425 555 0123").await;
        assert_ne!(
            r.status,
            StatusCode::TOO_MANY_REQUESTS,
            "try {i} blocked the user"
        );
        not_sent(&r, i);
    }
    assert_eq!(
        hits.load(std::sync::atomic::Ordering::SeqCst),
        20,
        "the provider is asked once per code, at most 20 times an hour"
    );
    told(&app, u.id, 22, 20).await;
}

#[tokio::test]
async fn an_sms_provider_that_hangs_holds_no_request() {
    let port = silent_server();
    let app = webhook_app(port).await;
    let (u, mut c) = journey(&app, "mobile", "+14255550123").await;
    for i in 0..3 {
        let r = ask(&mut c, "mobile_sms", "+1 425 555 0123").await;
        not_sent(&r, i);
    }
    nothing_counted_everything_told(&app, u.id, 3).await;
}
