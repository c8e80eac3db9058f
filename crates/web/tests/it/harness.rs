//! `TestApp`: a Latchkey on a fresh database, and a cookie-keeping client.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use latchkey_core::config::Settings;
use latchkey_core::{ManualClock, Secret};
use latchkey_web::{AppState, app, ensure_bootstrap_admin};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use tower::ServiceExt;

pub const ADMIN_PW: &str = "Bootstrap-Admin-Pass-1";

/// Every log line written by any test in this binary.
pub static LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct LogWriter;
impl Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        LOGS.lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_logs() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        let _ = tracing_subscriber::fmt()
            .with_env_filter("debug,sqlx=warn")
            .with_ansi(false)
            .with_writer(|| LogWriter)
            .try_init();
    });
}

pub fn logs() -> String {
    String::from_utf8_lossy(&LOGS.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
}

pub struct TestApp {
    pub state: AppState,
    /// Every message Latchkey sent.
    pub outbox: latchkey_notify::Memory,
    pub router: Router,
    pub clock: ManualClock,
    dir: PathBuf,
    /// (server URL, database) of a PostgreSQL database made for this app, dropped with it.
    pg: Option<(String, String)>,
    /// Stops the background code sender (see `latchkey_web::delivery::code_worker`) when
    /// the app is dropped; notices are sent by [`TestApp::messages`].
    _codes: tokio::sync::watch::Sender<bool>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((admin_url, db)) = self.pg.take() {
            // Its own thread and runtime: Drop can't await.
            let _ = std::thread::spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    return;
                };
                rt.block_on(async move {
                    if let Ok(admin) = latchkey_store::PgStore::open(&admin_url, 1).await {
                        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
                            .execute(admin.pool())
                            .await;
                    }
                });
            })
            .join();
        }
    }
}

impl TestApp {
    /// Calls the JSON API as `token`'s owner: `method path` with `body` as JSON (none
    /// when `None`). Returns the status and the answer as JSON (`Null` when empty).
    pub async fn api(
        &self,
        method: &str,
        path: &str,
        token: &str,
        body: Option<serde_json::Value>,
    ) -> (StatusCode, serde_json::Value) {
        let req = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, "latchkey.test")
            .header(header::AUTHORIZATION, format!("Bearer {token}"));
        let req = match body {
            Some(b) => req
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(b.to_string())),
            None => req.body(Body::empty()),
        }
        .expect("request");
        let r = self.client().send(req).await;
        let json = if r.body.is_empty() {
            serde_json::Value::Null
        } else {
            serde_json::from_str(&r.body).unwrap_or_else(|e| panic!("{path}: {e}: {}", r.body))
        };
        (r.status, json)
    }

    /// A write token acting for `owner` (an administrator), made as the CLI makes them.
    pub async fn write_token(&self, owner: &str) -> String {
        let user = self
            .state
            .store
            .user_by_username(&latchkey_core::directory::Username::parse(owner).expect("name"))
            .await
            .expect("owner");
        let ctx = latchkey_web::audit::Ctx {
            actor: "test".into(),
            client_ip: "local".into(),
            correlation_id: String::new(),
        };
        latchkey_web::service::tokens::create(
            &self.state,
            &ctx,
            &user,
            "test",
            latchkey_core::store::TokenScope::Write,
        )
        .await
        .expect("token")
        .token
        .expose()
        .to_owned()
    }

    pub async fn new() -> Self {
        Self::with_env(&[]).await
    }

    /// A TestApp with extra `LATCHKEY_*` settings, loaded the way the binary loads them.
    /// A TestApp whose every delivery fails, as when the SMTP server is down.
    pub async fn with_failing_delivery() -> Self {
        Self::build(&[], true, &[]).await
    }

    /// A TestApp whose data folder holds a breached-password filter of `passwords`.
    pub async fn with_breached(passwords: &[&str]) -> Self {
        Self::build(&[], false, passwords).await
    }

    /// A TestApp on a fresh PostgreSQL database (`LATCHKEY_TEST_PG_URL`, default
    /// postgres://postgres@127.0.0.1:5432/postgres). Fails, never skips, when none answers.
    pub async fn on_postgres() -> Self {
        let admin_url = std::env::var("LATCHKEY_TEST_PG_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let admin = latchkey_store::PgStore::open(&admin_url, 1)
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "PostgreSQL is not reachable at {admin_url} ({e}). Run ./scripts/test.sh, which \
                     starts one, or set LATCHKEY_TEST_PG_URL to a server where you may create databases."
                )
            });
        let db = format!("latchkey_it_{}", uuid_like().replace('-', "_"));
        sqlx::query(&format!("CREATE DATABASE {db} TEMPLATE template0"))
            .execute(admin.pool())
            .await
            .expect("create database");
        let base = admin_url
            .rsplit_once('/')
            .map(|(b, _)| b.to_owned())
            .unwrap_or(admin_url.clone());
        let url = format!("{base}/{db}");
        let mut app = Self::build(
            &[
                ("LATCHKEY_DATABASE__URL", url.as_str()),
                ("LATCHKEY_DATABASE__MAX_CONNECTIONS", "16"),
            ],
            false,
            &[],
        )
        .await;
        app.pg = Some((admin_url, db));
        app
    }

    pub async fn with_env(extra: &[(&str, &str)]) -> Self {
        Self::build(extra, false, &[]).await
    }

    async fn build(extra: &[(&str, &str)], failing: bool, breached: &[&str]) -> Self {
        Self::build_full(extra, failing, breached, None, None).await
    }

    /// A TestApp with this TOML configuration file (for what only the file can say, such
    /// as `[[more_ldap]]` sections) and these variables.
    pub async fn with_config_file(toml: &str, extra: &[(&str, &str)]) -> Self {
        Self::build_full(extra, false, &[], None, Some(toml)).await
    }

    /// A TestApp whose passwords also go to `port`, as to an external directory.
    pub async fn with_directory(port: Arc<dyn latchkey_core::writeback::DirectoryPort>) -> Self {
        Self::build_full(&[], false, &[], Some(port), None).await
    }

    async fn build_full(
        extra: &[(&str, &str)],
        failing: bool,
        breached: &[&str],
        port: Option<Arc<dyn latchkey_core::writeback::DirectoryPort>>,
        file: Option<&str>,
    ) -> Self {
        capture_logs();
        let dir = std::env::temp_dir().join(format!("lk-it-{}", uuid_like()));
        let file = file.map(|text| {
            std::fs::create_dir_all(&dir).expect("data dir");
            let path = dir.join("latchkey.toml");
            std::fs::write(&path, text).expect("config file");
            path
        });
        let mut env: BTreeMap<String, String> = [
            ("LATCHKEY_PASSWORD_HASH__MEMORY_KIB", "256"),
            ("LATCHKEY_PASSWORD_HASH__ITERATIONS", "1"),
            ("LATCHKEY_PASSWORD_HASH__WORKERS", "2"),
            ("LATCHKEY_CAPTCHA", "off"),
            // A failing provider is given up on after 2 s instead of 5.
            ("LATCHKEY_DELIVERY__CODE_WAIT_SECONDS", "2"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        for (k, v) in extra {
            env.insert((*k).to_owned(), (*v).to_owned());
        }
        let overrides = latchkey_core::config::Overrides {
            listen: None,
            data_dir: Some(dir.clone()),
        };
        let settings = Settings::load(file.as_deref(), &env, &overrides)
            .expect("settings")
            .settings;
        if !breached.is_empty() {
            let list = breached.join("\n");
            latchkey_core::protect::breached::BreachedFilter::import(
                &mut list.as_bytes(),
                latchkey_core::protect::breached::InputFormat::Plain,
                &dir.join("breached.filter"),
                &dir.join("breached.work"),
                &mut |_| {},
            )
            .expect("breached filter");
        }
        let (store, pool) = latchkey_store::connect_measured(
            &settings.database_url(),
            &latchkey_store::PoolSettings::patient(settings.database.max_connections.min(16)),
        )
        .await
        .expect("store");
        let clock = ManualClock::new(time::macros::datetime!(2026-01-05 09:00 UTC));
        let outbox = latchkey_notify::Memory::default();
        let real = extra
            .iter()
            .any(|(k, _)| *k == "LATCHKEY_EMAIL__TRANSPORT" || *k == "LATCHKEY_SMS__PROVIDER");
        let delivery = if failing {
            latchkey_notify::Delivery::new(Arc::new(Failing), Arc::new(Failing))
        } else if real {
            // A transport named in `extra`: the real SMTP or SMS client, as `serve` builds it.
            latchkey_notify::Delivery::from_settings(&settings).expect("delivery settings")
        } else {
            latchkey_notify::Delivery::new(Arc::new(outbox.clone()), Arc::new(outbox.clone()))
        };
        let mut state = AppState::build_with(settings, store, Arc::new(clock.clone()), delivery)
            .await
            .expect("state")
            .with_db_pool(pool);
        if let Some(port) = port {
            state = state.with_directory(port);
        }
        ensure_bootstrap_admin(&state, Some(Secret::new(ADMIN_PW)))
            .await
            .expect("bootstrap");
        let router = app(state.clone());
        let (codes, stop) = tokio::sync::watch::channel(false);
        tokio::spawn(latchkey_web::delivery::code_worker(state.clone(), stop));
        Self {
            state,
            outbox,
            router,
            clock,
            dir,
            pg: None,
            _codes: codes,
        }
    }

    /// Sends what the delivery queue holds (as the worker would), waiting briefly for
    /// notices queued by background tasks, then returns every message sent so far.
    pub async fn messages(&self) -> Vec<latchkey_notify::Message> {
        let mut quiet = 0;
        for _ in 0..200 {
            while latchkey_web::delivery::run_once(&self.state).await > 0 {}
            let pending = self.state.store.delivery_pending().await.expect("pending");
            if pending == 0 {
                quiet += 1;
                if quiet >= 3 {
                    break;
                }
            } else {
                quiet = 0;
            }
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        self.outbox.messages()
    }

    pub fn client(&self) -> Client {
        Client {
            router: self.router.clone(),
            cookies: BTreeMap::new(),
            csrf: None,
            origin: None,
            fetch_site: None,
            peer: None,
            extra_headers: Vec::new(),
        }
    }

    /// A client already signed in as `username`.
    pub async fn signed_in(&self, username: &str, password: &str) -> Client {
        let mut c = self.client();
        let r = c.sign_in(username, password).await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "sign-in of {username} failed: {}",
            r.body
        );
        c
    }

    /// Creates a user through the admin form and returns the generated password.
    pub async fn create_user(
        &self,
        admin: &mut Client,
        username: &str,
        first: &str,
        last: &str,
        role: &str,
    ) -> String {
        let r = admin
            .post(
                "/admin/users/new",
                &[
                    ("first_name", first),
                    ("last_name", last),
                    ("username", username),
                    ("role", role),
                    ("auto_password", "true"),
                    ("must_change", "true"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        shown_password(&r.body)
    }
}

pub fn uuid_like() -> String {
    use rand::RngCore;
    let mut b = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The one-time password shown after a create or reset.
pub fn shown_password(body: &str) -> String {
    let start = body.find("id=\"shown-password\"").expect("password shown");
    let rest = &body[start..];
    let open = rest.find('>').expect("tag") + 1;
    let close = rest.find("</code>").expect("end");
    html_unescape(&rest[open..close])
}

pub fn html_unescape(s: &str) -> String {
    s.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#43;", "+")
        .replace("&#33;", "!")
        .replace("&#35;", "#")
        .replace("&#37;", "%")
        .replace("&#61;", "=")
        .replace("&#63;", "?")
        .replace("&#64;", "@")
        .replace("&#45;", "-")
        .replace("&amp;", "&")
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }
}

/// A browser-like client: keeps cookies and the latest CSRF token it saw.
pub struct Client {
    router: Router,
    pub cookies: BTreeMap<String, String>,
    pub csrf: Option<String>,
    pub origin: Option<String>,
    pub fetch_site: Option<String>,
    /// The socket peer the server sees (none: an in-process request without address).
    pub peer: Option<std::net::SocketAddr>,
    /// Headers added to every request (e.g. `x-forwarded-for`, `host`).
    pub extra_headers: Vec<(String, String)>,
}

impl Client {
    /// Asks for pages in German, as a browser set to German does (`Accept-Language`).
    pub fn german(&mut self) {
        self.extra_headers
            .push(("accept-language".into(), "de-DE,de;q=0.9,en;q=0.5".into()));
    }

    /// Picks Arabic with the language picker's cookie.
    pub fn arabic(&mut self) {
        self.cookies.insert("latchkey-lang".into(), "ar".into());
    }

    /// This client as seen from `ip` (the socket peer).
    pub fn at_address(mut self, ip: &str) -> Self {
        self.peer = Some(std::net::SocketAddr::new(ip.parse().expect("ip"), 40_000));
        self
    }

    pub async fn send(&mut self, mut req: Request<Body>) -> Resp {
        if let Some(p) = self.peer {
            req.extensions_mut().insert(axum::extract::ConnectInfo(p));
        }
        for (k, v) in &self.extra_headers {
            req.headers_mut().insert(
                axum::http::HeaderName::from_bytes(k.as_bytes()).expect("name"),
                axum::http::HeaderValue::from_str(v).expect("value"),
            );
        }
        let resp = self.router.clone().oneshot(req).await.expect("infallible");
        let status = resp.status();
        let headers = resp.headers().clone();
        for v in headers.get_all(header::SET_COOKIE) {
            let v = v.to_str().unwrap_or("");
            let (kv, attrs) = v.split_once(';').unwrap_or((v, ""));
            if let Some((k, val)) = kv.split_once('=') {
                if attrs.contains("Max-Age=0") {
                    self.cookies.remove(k);
                } else {
                    self.cookies.insert(k.to_owned(), val.to_owned());
                }
            }
        }
        let bytes = resp.into_body().collect().await.expect("body").to_bytes();
        let body = String::from_utf8_lossy(&bytes).into_owned();
        if let Some(i) = body.find("name=\"csrf\" value=\"") {
            let rest = &body[i + 19..];
            if let Some(end) = rest.find('"') {
                self.csrf = Some(rest[..end].to_owned());
            }
        }
        Resp {
            status,
            headers,
            body,
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        let req = Request::get(path)
            .header(header::COOKIE, self.cookie_header())
            .body(Body::empty())
            .expect("req");
        self.send(req).await
    }

    /// Posts a form with the CSRF token the client last saw (fetching `/` first if none).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        if self.csrf.is_none() {
            self.get("/").await;
        }
        let token = self.csrf.clone().unwrap_or_default();
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, serde_urlencoded::to_string(&all).expect("encode"))
            .await
    }

    pub async fn post_raw(&mut self, path: &str, body: String) -> Resp {
        let mut req = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::HOST, "latchkey.test");
        if let Some(o) = &self.origin {
            req = req.header(header::ORIGIN, o);
        }
        if let Some(s) = &self.fetch_site {
            req = req.header("sec-fetch-site", s);
        }
        self.send(req.body(Body::from(body)).expect("req")).await
    }

    /// Posts a multipart form (text fields and one file) with the CSRF token.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &str, &[u8])>,
    ) -> Resp {
        let b = "latchkeyboundary7MA4YWxk";
        let mut body: Vec<u8> = Vec::new();
        let token = self.csrf.clone().unwrap_or_default();
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        for (k, v) in all {
            body.extend(
                format!("--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                    .as_bytes(),
            );
        }
        if let Some((name, ctype, bytes)) = file {
            body.extend(format!("--{b}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"logo\"\r\nContent-Type: {ctype}\r\n\r\n").as_bytes());
            body.extend(bytes);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{b}--\r\n").as_bytes());
        let req = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={b}"),
            )
            .body(Body::from(body))
            .expect("req");
        self.send(req).await
    }

    pub async fn sign_in(&mut self, username: &str, password: &str) -> Resp {
        self.get("/").await;
        self.post("/", &[("username", username), ("password", password)])
            .await
    }

    pub fn session_cookie(&self) -> Option<String> {
        self.cookies.get("latchkey-session").cloned()
    }
}

/// A delivery backend that is always down.
struct Failing;

#[async_trait::async_trait]
impl latchkey_notify::Notifier for Failing {
    async fn send(
        &self,
        _: &latchkey_notify::Message,
    ) -> Result<String, latchkey_notify::NotifyError> {
        Err(latchkey_notify::NotifyError::Unavailable(
            "connection refused".into(),
        ))
    }
}
