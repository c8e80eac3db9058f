//! Several instances on one database: they must share one encryption key (an instance
//! with another key refuses to start, and a message it can't open is never dropped), and a
//! message is sent once while its sender is alive, however slow the mail server.

use crate::harness::TestApp;
use latchkey_core::audit::activity;
use latchkey_core::config::Settings;
use latchkey_core::seal::{KEY_FILE_NAME, SealKey};
use latchkey_core::store::{AuditFilter, Effects, NewDelivery};
use latchkey_notify::{Channel, Delivery, Message, Notifier, NotifyError};
use latchkey_web::AppState;
use latchkey_web::audit::Ctx;
use latchkey_web::delivery::{self, MAX_ATTEMPTS, Notice};
use latchkey_web::state::StartError;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// A data folder of its own for another instance; removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new() -> Self {
        use rand::RngCore;
        let mut b = [0u8; 8];
        rand::rngs::OsRng.fill_bytes(&mut b);
        let name: String = b.iter().map(|x| format!("{x:02x}")).collect();
        Self(std::env::temp_dir().join(format!("lk-it-other-{name}")))
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Starts another instance on `app`'s database, as the binary would: its own data folder,
/// `extra` settings, the same clock, and `delivery`.
async fn another_instance(
    app: &TestApp,
    folder: &Folder,
    extra: &[(&str, &str)],
    delivery: Delivery,
) -> Result<AppState, StartError> {
    let url = app.state.settings.database_url();
    let mut env: BTreeMap<String, String> = [
        ("LATCHKEY_PASSWORD_HASH__MEMORY_KIB", "256"),
        ("LATCHKEY_PASSWORD_HASH__ITERATIONS", "1"),
        ("LATCHKEY_PASSWORD_HASH__WORKERS", "1"),
        ("LATCHKEY_CAPTCHA", "off"),
        ("LATCHKEY_DATABASE__URL", url.as_str()),
        ("LATCHKEY_DATABASE__MAX_CONNECTIONS", "4"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect();
    for (k, v) in extra {
        env.insert((*k).to_owned(), (*v).to_owned());
    }
    let overrides = latchkey_core::config::Overrides {
        listen: None,
        data_dir: Some(folder.0.clone()),
    };
    let settings = Settings::load(None, &env, &overrides)
        .expect("settings")
        .settings;
    let store = latchkey_store::connect(&url, 4).await.expect("store");
    AppState::build_with(settings, store, Arc::new(app.clock.clone()), delivery).await
}

fn memory() -> Delivery {
    let m = latchkey_notify::Memory::default();
    Delivery::new(Arc::new(m.clone()), Arc::new(m))
}

/// The key the first instance generated into its data folder.
fn first_key(app: &TestApp) -> String {
    std::fs::read_to_string(app.state.settings.data_dir.join(KEY_FILE_NAME))
        .expect("key file")
        .trim()
        .to_owned()
}

#[tokio::test]
async fn an_instance_with_another_encryption_key_refuses_to_start() {
    let app = TestApp::on_postgres().await;

    // Its own data folder, so its own generated key.
    let folder = Folder::new();
    let err = another_instance(&app, &folder, &[], memory())
        .await
        .err()
        .expect("another key is refused");
    assert!(matches!(err, StartError::SealKeyMismatch), "{err}");
    let says = err.to_string();
    for part in [
        "this instance's encryption key is not the one this database was first used with",
        "set encryption_key (LATCHKEY_ENCRYPTION_KEY, or _FILE) to the same value on every instance",
        "the key of the first instance is in its data folder",
        "encryption.key",
    ] {
        assert!(says.contains(part), "{says:?} lacks {part:?}");
    }

    // A configured key that isn't the first one: refused the same way.
    let other = SealKey::generate().to_base64();
    let folder = Folder::new();
    let err = another_instance(
        &app,
        &folder,
        &[("LATCHKEY_ENCRYPTION_KEY", other.as_str())],
        memory(),
    )
    .await
    .err()
    .expect("another configured key is refused");
    assert!(matches!(err, StartError::SealKeyMismatch), "{err}");

    // The first instance's key, set as encryption_key: it starts, and opens what the first
    // instance sealed (an authenticator seed here).
    let key = first_key(&app);
    let folder = Folder::new();
    let second = another_instance(
        &app,
        &folder,
        &[("LATCHKEY_ENCRYPTION_KEY", key.as_str())],
        memory(),
    )
    .await
    .expect("the same key starts");
    let sealed = app.state.seal.seal(b"seed", b"totp:user:7");
    assert_eq!(
        second.seal.open(&sealed, b"totp:user:7").expect("opens"),
        b"seed"
    );
    // And the first instance, its key in its data folder, starts again.
    let url = app.state.settings.database_url();
    let store = latchkey_store::connect(&url, 2).await.expect("store");
    AppState::build_with(
        app.state.settings.clone(),
        store,
        Arc::new(app.clock.clone()),
        memory(),
    )
    .await
    .expect("the first instance restarts");
}

/// A message sealed by an instance with another key.
fn foreign_delivery(app: &TestApp) -> NewDelivery {
    let payload = serde_json::json!({
        "what": "password_reset_notice",
        "target": "mias",
        "actor": "mias",
        "client_ip": "192.0.2.1",
        "correlation_id": "req-1",
        "channel": "email",
        "to": "mias@work.example",
        "subject": "Your password was reset",
        "body": "It was reset.",
        "html": null,
    });
    NewDelivery {
        payload: SealKey::generate().seal(payload.to_string().as_bytes(), b"latchkey delivery v1"),
        created_at: app.state.now(),
        ..Default::default()
    }
}

async fn failed_notices(app: &TestApp) -> Vec<latchkey_core::audit::AuditEvent> {
    app.state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(activity::NOTIFICATION_FAILED.into()),
                ..AuditFilter::default()
            },
            0,
            50,
        )
        .await
        .expect("audit")
        .items
}

#[tokio::test]
async fn a_message_this_instance_cant_open_is_kept_for_others_then_audited() {
    let app = TestApp::new().await;
    app.state
        .store
        .effects_commit(&Effects {
            audit: Vec::new(),
            deliveries: vec![foreign_delivery(&app)],
        })
        .await
        .expect("queued");

    for attempt in 1..MAX_ATTEMPTS {
        assert_eq!(delivery::run_once(&app.state).await, 1, "try {attempt}");
        assert_eq!(
            app.state.store.delivery_pending().await.expect("pending"),
            1,
            "try {attempt}: kept for an instance that can open it"
        );
        assert!(
            failed_notices(&app).await.is_empty(),
            "not given up after {attempt} tries"
        );
        // Put back with a delay: not taken again at once.
        assert_eq!(delivery::run_once(&app.state).await, 0, "try {attempt}");
        app.clock.advance(time::Duration::minutes(10));
    }
    assert_eq!(delivery::run_once(&app.state).await, 1);
    assert_eq!(
        app.state.store.delivery_pending().await.expect("pending"),
        0,
        "given up after {MAX_ATTEMPTS} tries"
    );
    let failed = failed_notices(&app).await;
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(
        failed[0].details.to_string().contains("encryption key"),
        "{:?}",
        failed[0].details
    );
    assert!(app.outbox.messages().is_empty());
    assert!(crate::harness::logs().contains("left for another instance"));
}

/// A mail server that takes `secs` (on the shared manual clock) to answer, and records
/// which instance sent what.
struct Slow {
    instance: &'static str,
    secs: i64,
    clock: latchkey_core::ManualClock,
    sent: Arc<Mutex<Vec<(&'static str, String)>>>,
}

#[async_trait::async_trait]
impl Notifier for Slow {
    async fn send(&self, message: &Message) -> Result<String, NotifyError> {
        tokio::time::sleep(std::time::Duration::from_millis(3)).await;
        self.clock.advance(time::Duration::seconds(self.secs));
        self.sent
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((self.instance, message.to.clone()));
        Ok(String::new())
    }
}

async fn drain(state: &AppState) {
    for _ in 0..10_000 {
        delivery::run_once(state).await;
        if state.store.delivery_pending().await.expect("pending") == 0 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    panic!("the queue never emptied");
}

async fn slow_senders_send_each_message_once(app: TestApp) {
    let key = first_key(&app);
    let sent = Arc::new(Mutex::new(Vec::new()));
    let slow = |instance: &'static str| {
        let s = Arc::new(Slow {
            instance,
            secs: 5,
            clock: app.clock.clone(),
            sent: Arc::clone(&sent),
        });
        Delivery::new(s.clone(), s)
    };
    let env = [("LATCHKEY_ENCRYPTION_KEY", key.as_str())];
    let (fa, fb) = (Folder::new(), Folder::new());
    let a = another_instance(&app, &fa, &env, slow("a"))
        .await
        .expect("a");
    let b = another_instance(&app, &fb, &env, slow("b"))
        .await
        .expect("b");

    let ctx = Ctx {
        actor: "test".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };
    let notices: Vec<Notice> = (0..20)
        .map(|i| Notice {
            what: "test_notice",
            target: format!("user{i}"),
            message: Message {
                channel: Channel::Email,
                to: format!("user{i}@work.example"),
                subject: "Hello".into(),
                body: "Hello".into(),
                html: None,
            },
        })
        .collect();
    app.state
        .store
        .effects_commit(&Effects {
            audit: Vec::new(),
            deliveries: delivery::queue(&a, &ctx, notices),
        })
        .await
        .expect("queued");

    // 20 messages of 5 s each: far longer together than one lease.
    tokio::join!(drain(&a), drain(&b));
    let sent = sent.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let mut to: Vec<&str> = sent.iter().map(|(_, t)| t.as_str()).collect();
    to.sort_unstable();
    let before = to.len();
    to.dedup();
    assert_eq!(before, to.len(), "a message was sent twice: {sent:?}");
    assert_eq!(to.len(), 20, "{sent:?}");
}

#[tokio::test]
async fn with_a_slow_mail_server_each_message_is_sent_once_on_sqlite() {
    slow_senders_send_each_message_once(TestApp::new().await).await;
}

#[tokio::test]
async fn with_a_slow_mail_server_each_message_is_sent_once_on_postgres() {
    slow_senders_send_each_message_once(TestApp::on_postgres().await).await;
}

#[tokio::test]
async fn a_claim_outlasts_the_longest_configured_send() {
    let app = TestApp::new().await;
    assert_eq!(delivery::lease_secs(&app.state), delivery::LEASE_SECS);
    let longest = app
        .state
        .settings
        .email
        .timeout_seconds
        .max(app.state.settings.sms.timeout_seconds);
    assert!(delivery::lease_secs(&app.state) > i64::from(longest) + 15);
    let slow = TestApp::with_env(&[
        ("LATCHKEY_EMAIL__TIMEOUT_SECONDS", "120"),
        ("LATCHKEY_SMS__TIMEOUT_SECONDS", "20"),
    ])
    .await;
    assert!(delivery::lease_secs(&slow.state) > 120);
}
