//! The edge: slow clients against a real listener (headers, bodies, idle keep-alive, the
//! connection cap, shutdown), and text the two database engines would treat differently
//! (NUL, lone surrogates, invalid UTF-8, over-long values), refused before any handler on
//! SQLite and on PostgreSQL alike.

use crate::harness::{ADMIN_PW, Client, TestApp, logs};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::directory::Username;
use latchkey_web::api::auth::Scope;
use latchkey_web::audit::Ctx;
use serde_json::Value;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const NOT_ALLOWED: &str = "contains a character that is not allowed";

// ---------------------------------------------------------------------------------------
// Slow clients, over TCP
// ---------------------------------------------------------------------------------------

/// A Latchkey served on 127.0.0.1 with these `[server]` settings; dropping it stops it.
struct Served {
    app: TestApp,
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    done: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl Served {
    async fn start(server: &[(&str, &str)]) -> Self {
        let app = TestApp::with_env(server).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let done = tokio::spawn(latchkey_web::serve(
            app.state.clone(),
            listener,
            async move {
                let _ = stopped.await;
            },
            Duration::from_secs(5),
        ));
        Self {
            app,
            addr,
            stop: Some(stop),
            done: Some(done),
        }
    }

    async fn connect(&self) -> TcpStream {
        TcpStream::connect(self.addr).await.expect("connect")
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(d) = self.done.take() {
            d.abort();
        }
    }
}

/// Reads until the server closes the connection, for at most `limit`. Returns what was
/// read and when the close came, or `None` for the time if it stayed open.
async fn read_until_closed(s: &mut TcpStream, limit: Duration) -> (String, Option<Duration>) {
    let started = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let left = limit.saturating_sub(started.elapsed());
        match tokio::time::timeout(left, s.read(&mut buf)).await {
            Err(_) => return (String::from_utf8_lossy(&got).into_owned(), None),
            Ok(Ok(0)) | Ok(Err(_)) => {
                return (
                    String::from_utf8_lossy(&got).into_owned(),
                    Some(started.elapsed()),
                );
            }
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
        }
    }
}

/// Reads one response whose head says `Content-Length`, within `limit`.
async fn read_response(s: &mut TcpStream, limit: Duration) -> Option<String> {
    let started = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let text = String::from_utf8_lossy(&got).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let len = text[..end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                })
                .unwrap_or(0);
            if got.len() >= end + 4 + len {
                return Some(text);
            }
        }
        let left = limit.saturating_sub(started.elapsed());
        match tokio::time::timeout(left, s.read(&mut buf)).await {
            Ok(Ok(n)) if n > 0 => got.extend_from_slice(&buf[..n]),
            _ => return None,
        }
    }
}

const QUICK: &[(&str, &str)] = &[
    ("LATCHKEY_SERVER__HEADER_TIMEOUT_SECONDS", "1"),
    ("LATCHKEY_SERVER__BODY_TIMEOUT_SECONDS", "1"),
    ("LATCHKEY_SERVER__KEEPALIVE_TIMEOUT_SECONDS", "2"),
];

/// Closed "within the timeout": not before it (less a little for timer granularity), and
/// not long after it.
fn assert_closed_around(what: &str, closed: Option<Duration>, timeout: f64) {
    let Some(after) = closed else {
        panic!("{what}: the connection was still open long after {timeout} s");
    };
    let s = after.as_secs_f64();
    assert!(
        s >= timeout - 0.25 && s <= timeout + 1.5,
        "{what}: closed after {s:.2} s, expected about {timeout} s"
    );
}

#[tokio::test]
async fn edge_unfinished_headers_are_cut_off() {
    let srv = Served::start(QUICK).await;
    let mut s = srv.connect().await;
    s.write_all(b"GET / HTTP/1.1\r\nHost: latchkey.test\r\nX-Slow: 1\r\n")
        .await
        .expect("write");
    let (got, closed) = read_until_closed(&mut s, Duration::from_secs(6)).await;
    assert_closed_around("partial headers", closed, 1.0);
    assert!(!got.contains(" 200 "), "nothing was served: {got}");
}

#[tokio::test]
async fn edge_headers_sent_a_byte_at_a_time_are_cut_off_too() {
    let srv = Served::start(QUICK).await;
    let mut s = srv.connect().await;
    let started = Instant::now();
    // Trickles a header line slower than the timeout in total, never finishing.
    let mut closed_at = None;
    for b in b"GET / HTTP/1.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".iter() {
        if s.write_all(&[*b]).await.is_err() {
            closed_at = Some(started.elapsed());
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        let mut probe = [0u8; 1];
        if let Ok(Ok(0)) = tokio::time::timeout(Duration::from_millis(1), s.read(&mut probe)).await
        {
            closed_at = Some(started.elapsed());
            break;
        }
    }
    assert_closed_around("trickled headers", closed_at, 1.0);
}

#[tokio::test]
async fn edge_a_connection_that_sends_nothing_is_closed() {
    let srv = Served::start(QUICK).await;
    let mut s = srv.connect().await;
    let (_, closed) = read_until_closed(&mut s, Duration::from_secs(6)).await;
    assert_closed_around("silent connection", closed, 1.0);
}

#[tokio::test]
async fn edge_a_half_sent_form_gets_a_clear_answer_and_the_connection_ends() {
    let srv = Served::start(QUICK).await;
    let mut s = srv.connect().await;
    s.write_all(
        b"POST / HTTP/1.1\r\nHost: latchkey.test\r\nContent-Type: application/x-www-form-urlencoded\r\n\
          Content-Length: 100\r\n\r\nusername=a",
    )
    .await
    .expect("write");
    let (got, closed) = read_until_closed(&mut s, Duration::from_secs(6)).await;
    assert_closed_around("half-sent body", closed, 1.0);
    assert!(
        got.starts_with("HTTP/1.1 400") || got.starts_with("HTTP/1.1 408"),
        "{got}"
    );
    assert!(got.contains("took longer than 1 second"), "{got}");
}

#[tokio::test]
async fn edge_a_half_sent_api_body_gets_a_clear_json_answer() {
    let srv = Served::start(QUICK).await;
    let token = api_token(&srv.app).await;
    let mut s = srv.connect().await;
    s.write_all(
        format!(
            "POST /api/v1/users HTTP/1.1\r\nHost: latchkey.test\r\nAuthorization: Bearer {token}\r\n\
             Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"username\""
        )
        .as_bytes(),
    )
    .await
    .expect("write");
    let (got, closed) = read_until_closed(&mut s, Duration::from_secs(6)).await;
    assert_closed_around("half-sent JSON body", closed, 1.0);
    assert!(got.starts_with("HTTP/1.1 400"), "{got}");
    assert!(got.contains("\"code\":\"invalid_json\""), "{got}");
    assert!(got.contains("took longer than 1 second"), "{got}");
}

#[tokio::test]
async fn edge_idle_keep_alive_lasts_its_own_timeout_not_the_header_one() {
    let srv = Served::start(&[
        ("LATCHKEY_SERVER__HEADER_TIMEOUT_SECONDS", "1"),
        ("LATCHKEY_SERVER__KEEPALIVE_TIMEOUT_SECONDS", "3"),
    ])
    .await;
    let mut s = srv.connect().await;
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: latchkey.test\r\n\r\n")
        .await
        .expect("write");
    let first = read_response(&mut s, Duration::from_secs(2))
        .await
        .expect("a response");
    assert!(first.starts_with("HTTP/1.1 200"), "{first}");
    // Still usable after the header timeout has passed: idle is not "slow headers".
    tokio::time::sleep(Duration::from_millis(1500)).await;
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: latchkey.test\r\n\r\n")
        .await
        .expect("write");
    let second = read_response(&mut s, Duration::from_secs(2))
        .await
        .expect("the idle connection still answers");
    assert!(second.starts_with("HTTP/1.1 200"), "{second}");
    let (_, closed) = read_until_closed(&mut s, Duration::from_secs(8)).await;
    assert_closed_around("idle keep-alive", closed, 3.0);
}

#[tokio::test]
async fn edge_connections_beyond_the_cap_wait_to_be_accepted() {
    let srv = Served::start(&[
        ("LATCHKEY_SERVER__HEADER_TIMEOUT_SECONDS", "5"),
        ("LATCHKEY_SERVER__KEEPALIVE_TIMEOUT_SECONDS", "5"),
        ("LATCHKEY_SERVER__MAX_CONNECTIONS", "2"),
    ])
    .await;
    let ask = b"GET /healthz HTTP/1.1\r\nHost: latchkey.test\r\n\r\n";
    // Two connections are served at once and stay open (keep-alive).
    let mut one = srv.connect().await;
    let mut two = srv.connect().await;
    for s in [&mut one, &mut two] {
        s.write_all(ask).await.expect("write");
        let r = read_response(s, Duration::from_secs(2))
            .await
            .expect("served");
        assert!(r.starts_with("HTTP/1.1 200"), "{r}");
    }
    // A third is not served while they are open...
    let mut three = srv.connect().await;
    three.write_all(ask).await.expect("write");
    assert!(
        read_response(&mut three, Duration::from_millis(800))
            .await
            .is_none(),
        "a third connection was served beyond max_connections = 2"
    );
    // ...and is as soon as one of them closes.
    drop(one);
    let r = read_response(&mut three, Duration::from_secs(2))
        .await
        .expect("served once a slot is free");
    assert!(r.starts_with("HTTP/1.1 200"), "{r}");
    // Still never more than two: a fourth waits while two and three are open.
    let mut four = srv.connect().await;
    four.write_all(ask).await.expect("write");
    assert!(
        read_response(&mut four, Duration::from_millis(500))
            .await
            .is_none(),
        "a fourth connection was served beyond max_connections = 2"
    );
}

#[tokio::test]
async fn edge_handlers_see_the_client_address() {
    let srv = Served::start(QUICK).await;
    let mut s = srv.connect().await;
    let path = format!("/edge-probe-{}", std::process::id());
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: latchkey.test\r\n\r\n").as_bytes())
        .await
        .expect("write");
    let r = read_response(&mut s, Duration::from_secs(2))
        .await
        .expect("served");
    assert!(r.starts_with("HTTP/1.1 404"), "{r}");
    let all = logs();
    assert!(
        all.lines()
            .any(|l| l.contains(&path) && l.contains("client=127.0.0.1")),
        "the request was not logged with the peer address"
    );
}

#[tokio::test]
async fn edge_shutdown_closes_idle_connections_and_stops_accepting() {
    let mut srv = Served::start(&[("LATCHKEY_SERVER__KEEPALIVE_TIMEOUT_SECONDS", "60")]).await;
    let mut s = srv.connect().await;
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: latchkey.test\r\n\r\n")
        .await
        .expect("write");
    read_response(&mut s, Duration::from_secs(2))
        .await
        .expect("served");
    let started = Instant::now();
    if let Some(stop) = srv.stop.take() {
        let _ = stop.send(());
    }
    let done = srv.done.take().expect("running");
    let result = tokio::time::timeout(Duration::from_secs(3), done)
        .await
        .expect("an idle keep-alive connection does not hold the shutdown for the drain time");
    assert!(matches!(result, Ok(Ok(()))), "{result:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
    let (_, closed) = read_until_closed(&mut s, Duration::from_secs(1)).await;
    assert!(closed.is_some(), "the idle connection was closed");
    assert!(
        TcpStream::connect(srv.addr).await.is_err(),
        "no new connections after shutdown"
    );
}

// ---------------------------------------------------------------------------------------
// Text the engines disagree on, refused at the edge
// ---------------------------------------------------------------------------------------

async fn api_token(app: &TestApp) -> String {
    let user = app
        .state
        .store
        .user_by_username(&Username::parse("admin").expect("name"))
        .await
        .expect("admin");
    let ctx = Ctx {
        actor: "test".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };
    latchkey_web::api::tokens::create(&app.state, &ctx, &user, "edge", Scope::Write)
        .await
        .expect("token")
        .token
        .expose()
        .to_owned()
}

async fn api(
    app: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    body: Option<&str>,
) -> (StatusCode, Value) {
    let req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    let req = match body {
        Some(b) => req
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b.to_owned())),
        None => req.body(Body::empty()),
    }
    .expect("request");
    let r = app.client().send(req).await;
    let v = serde_json::from_str(&r.body)
        .unwrap_or_else(|e| panic!("{method} {path}: not JSON ({e}): {}", r.body));
    (r.status, v)
}

fn assert_api_refused(what: &str, (status, v): &(StatusCode, Value), field: &str, says: &str) {
    assert_eq!(*status, StatusCode::BAD_REQUEST, "{what}: {v}");
    assert_eq!(v["error"]["code"], "invalid_field", "{what}: {v}");
    assert_eq!(v["error"]["field"], field, "{what}: {v}");
    let msg = v["error"]["message"].as_str().unwrap_or_default();
    assert!(msg.contains(says), "{what}: {v}");
}

fn assert_page_refused(what: &str, r: &crate::harness::Resp, says: &str) {
    assert!(
        !r.status.is_server_error(),
        "{what}: {} {}",
        r.status,
        r.body
    );
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{what}: {}", r.body);
    assert!(
        r.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .starts_with("text/html"),
        "{what}: the product's page, not plain text"
    );
    assert!(r.body.contains(says), "{what}: {}", r.body);
}

/// Posts `body` as typed (already encoded), with the client's CSRF token first.
async fn post_encoded(c: &mut Client, path: &str, body: &str) -> crate::harness::Resp {
    if c.csrf.is_none() {
        c.get("/").await;
    }
    let token = c.csrf.clone().unwrap_or_default();
    c.post_raw(path, format!("csrf={token}&{body}")).await
}

/// Each way in, with each kind of bad text: no 5xx, the clear message, the field named.
async fn refuses_text_the_engines_disagree_on(app: TestApp) {
    let long = "a".repeat(latchkey_web::form::MAX_TEXT_CHARS + 1);
    // Percent-encoded: NUL, a lone surrogate as browsers can't send it but clients can
    // (CESU-8 bytes), and bytes that are not UTF-8 at all.
    let bad = ["a%00b", "%ED%A0%80", "%FF"];

    // Sign-in and the reset start page: form fields, typed value kept out of the database.
    for v in bad {
        let mut c = app.client();
        let r = post_encoded(&mut c, "/", &format!("username={v}&password=x")).await;
        assert_page_refused(&format!("sign-in username {v}"), &r, NOT_ALLOWED);
        assert!(r.body.contains("username"), "names the field: {}", r.body);
        let r = post_encoded(&mut c, "/reset", &format!("username={v}")).await;
        assert_page_refused(&format!("reset username {v}"), &r, NOT_ALLOWED);
    }
    let mut c = app.client();
    let r = c.post("/", &[("username", &long), ("password", "x")]).await;
    assert_page_refused("over-long sign-in username", &r, "too long");
    let r = c.post("/reset", &[("username", &long)]).await;
    assert_page_refused("over-long reset username", &r, "too long");
    // A password with a NUL is refused the same way, and never shown back.
    let r = post_encoded(&mut c, "/", "username=admin&password=se%00cret").await;
    assert_page_refused("NUL in a password", &r, NOT_ALLOWED);
    assert!(!r.body.contains("se\0cret") && !r.body.contains("secret"));

    // Admin pages: user search and every audit filter, and the audit export.
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    for v in bad {
        let r = admin.get(&format!("/admin/users?q={v}")).await;
        assert_page_refused(&format!("user search {v}"), &r, NOT_ALLOWED);
        for f in [
            "from",
            "to",
            "activity",
            "actor",
            "target",
            "result",
            "correlation_id",
        ] {
            let r = admin.get(&format!("/admin/audit?{f}={v}")).await;
            assert_page_refused(&format!("audit filter {f}={v}"), &r, NOT_ALLOWED);
        }
        let r = admin.get(&format!("/admin/audit/export?actor={v}")).await;
        assert_page_refused(&format!("audit export {v}"), &r, NOT_ALLOWED);
    }
    let r = admin.get(&format!("/admin/users?q={long}")).await;
    assert_page_refused("over-long user search", &r, "too long");
    let r = admin.get(&format!("/admin/audit?actor={long}")).await;
    assert_page_refused("over-long audit filter", &r, "too long");
    // What still works: a normal search.
    let r = admin.get("/admin/users?q=adm").await;
    assert_eq!(r.status, StatusCode::OK);

    // Addresses that are not valid UTF-8.
    for path in [
        "/report/%FF",
        "/admin/users/%C3%28",
        "/reset/%FF",
        "/admin/users/%00",
    ] {
        let r = admin.get(path).await;
        assert_page_refused(path, &r, "That address is not valid");
    }

    // The API: query parameters, JSON strings and paths.
    let token = api_token(&app).await;
    for v in bad {
        let r = api(
            &app,
            "GET",
            &format!("/api/v1/users?search={v}"),
            &token,
            None,
        )
        .await;
        assert_api_refused(&format!("API user search {v}"), &r, "search", NOT_ALLOWED);
        for f in [
            "activity",
            "actor",
            "target",
            "result",
            "correlation_id",
            "since",
            "until",
        ] {
            let r = api(&app, "GET", &format!("/api/v1/audit?{f}={v}"), &token, None).await;
            assert_api_refused(&format!("API audit filter {f}={v}"), &r, f, NOT_ALLOWED);
        }
    }
    let r = api(
        &app,
        "GET",
        &format!("/api/v1/audit?actor={long}"),
        &token,
        None,
    )
    .await;
    assert_api_refused("over-long API audit filter", &r, "actor", "too long");
    for body in [
        r#"{"username": "a\u0000b"}"#,
        r#"{"username": "\ud800"}"#,
        r#"{"username": "\udc00x"}"#,
        r#"{"username": "\ud800\u0041"}"#,
    ] {
        let r = api(&app, "POST", "/api/v1/users", &token, Some(body)).await;
        assert_api_refused(&format!("JSON {body}"), &r, "username", NOT_ALLOWED);
    }
    // Raw bytes that are not UTF-8 inside a JSON string.
    let raw = {
        let req = Request::post("/api/v1/users")
            .header(header::HOST, "latchkey.test")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(b"{\"username\": \"a\xffb\"}".to_vec()))
            .expect("request");
        let r = app.client().send(req).await;
        let v: Value = serde_json::from_str(&r.body).expect("JSON");
        (r.status, v)
    };
    assert_api_refused("raw non-UTF-8 in JSON", &raw, "username", NOT_ALLOWED);
    // The longest single value the product takes (a group description, 1024 characters)
    // still passes the edge.
    let description = "d".repeat(1024);
    let body = format!(r#"{{"name": "edge-long", "description": "{description}"}}"#);
    let r = api(&app, "POST", "/api/v1/groups", &token, Some(&body)).await;
    assert_eq!(r.0, StatusCode::CREATED, "{}", r.1);
    let body = format!(r#"{{"username": "{long}"}}"#);
    let r = api(&app, "POST", "/api/v1/users", &token, Some(&body)).await;
    assert_api_refused("over-long JSON string", &r, "username", "too long");
    // Nested: the field is named by its path.
    let r = api(
        &app,
        "PUT",
        "/api/v1/policy/password",
        &token,
        Some(r#"{"custom_terms": ["good", "ba\u0000d"]}"#),
    )
    .await;
    assert_api_refused("nested JSON", &r, "custom_terms[1]", NOT_ALLOWED);
    let r = api(&app, "GET", "/api/v1/users/%C3%28", &token, None).await;
    assert_api_refused("API path", &r, "path", "address is not valid");
    // A surrogate pair is a real character and passes the edge (the username rules then
    // refuse it by name, not as a 5xx).
    let r = api(
        &app,
        "POST",
        "/api/v1/users",
        &token,
        Some(r#"{"username": "\ud83d\ude00"}"#),
    )
    .await;
    assert_eq!(r.0, StatusCode::BAD_REQUEST, "{}", r.1);
    assert!(
        !r.1["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains(NOT_ALLOWED)
    );
}

#[tokio::test]
async fn edge_text_the_engines_disagree_on_is_refused_on_sqlite() {
    refuses_text_the_engines_disagree_on(TestApp::new().await).await;
}

#[tokio::test]
async fn edge_text_the_engines_disagree_on_is_refused_on_postgres() {
    refuses_text_the_engines_disagree_on(TestApp::on_postgres().await).await;
}

#[tokio::test]
async fn edge_long_lists_still_fit_where_a_field_holds_one_entry_a_line() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    admin.get("/admin/password-protection").await;
    // 300 terms of 8 characters: far over the single-value limit, within the list limit.
    let terms: Vec<String> = (0..300).map(|i| format!("term{i:04}")).collect();
    let r = admin
        .post(
            "/admin/password-protection",
            &[
                ("min_length", "8"),
                ("history", "0"),
                ("min_score", "3"),
                ("enforce_custom", "true"),
                ("custom_terms", &terms.join("\n")),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let saved = latchkey_web::service::policy::load_password(&app.state)
        .await
        .expect("policy");
    assert_eq!(saved.value.custom_terms.len(), 300);
}
