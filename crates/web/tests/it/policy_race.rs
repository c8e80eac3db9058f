//! Two administrators change the policy or the branding at the same moment, through the
//! portal's pages and the API, on SQLite and on PostgreSQL. Every change reads the
//! settings, changes them and writes them back with compare-and-swap, so after every
//! round each change answered "saved" is in force (the audit events form one chain:
//! each change's "before" is the "after" of the one stored before it, and the last
//! "after" is what is stored), and a change that lost the race was told so and stored
//! nothing.

use crate::harness::{ADMIN_PW, Client, Resp, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::audit::AuditEvent;
use latchkey_core::audit::activity::{
    APPLY_POLICY, UPDATE_BRANDING, UPDATE_PASSWORD_POLICY, UPDATE_POLICY,
};
use latchkey_core::store::AuditFilter;
use latchkey_web::api::auth::Scope;
use latchkey_web::audit::Ctx;
use serde_json::{Value, json};

/// The start of the words a page or the API answers a lost race with.
const LOST: &str = "Someone else changed these settings at the same time";

async fn write_token(app: &TestApp) -> String {
    let admin = app
        .state
        .store
        .user_by_username(&latchkey_core::directory::Username::parse("admin").expect("name"))
        .await
        .expect("admin");
    let ctx = Ctx {
        actor: "test".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };
    latchkey_web::api::tokens::create(&app.state, &ctx, &admin, "race", Scope::Write)
        .await
        .expect("token")
        .token
        .expose()
        .to_owned()
}

fn put(path: &str, token: &str, body: &Value) -> Request<Body> {
    Request::put(path)
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .expect("request")
}

/// One side of a round.
enum Move {
    /// A portal form, posted by this client.
    Form(Client, String, Vec<(String, String)>),
    /// The branding form (multipart), with this organisation name.
    Branding(Client, String),
    /// An API request.
    Api(Request<Body>),
}

/// Runs both moves at once; returns each answer (and the clients, to post again).
async fn at_once(app: &TestApp, a: Move, b: Move) -> [(Resp, Option<Client>); 2] {
    let go = |m: Move| {
        let mut api = app.client();
        tokio::spawn(async move {
            match m {
                Move::Form(mut c, path, fields) => {
                    let f: Vec<(&str, &str)> = fields
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.as_str()))
                        .collect();
                    let r = c.post(&path, &f).await;
                    (r, Some(c))
                }
                Move::Branding(mut c, name) => {
                    let r = c
                        .post_multipart("/admin/branding", &[("organization_name", &name)], None)
                        .await;
                    (r, Some(c))
                }
                Move::Api(req) => (api.send(req).await, None),
            }
        })
    };
    let (ha, hb) = (go(a), go(b));
    [ha.await.expect("task"), hb.await.expect("task")]
}

/// Whether an answer is "saved" (true) or "lost the race, nothing saved" (false); any
/// other answer fails the test.
fn saved(round: usize, r: &Resp) -> bool {
    match r.status {
        StatusCode::SEE_OTHER | StatusCode::OK => true,
        StatusCode::CONFLICT => {
            assert!(r.body.contains(LOST), "round {round}: {}", r.body);
            if r.body.starts_with('{') {
                let v: Value = serde_json::from_str(&r.body).expect("json");
                assert_eq!(v["error"]["code"], "conflict", "round {round}");
            }
            false
        }
        s => panic!("round {round}: {s} {}", r.body),
    }
}

/// The events of `activities` after event `after`, oldest first.
async fn events_after(app: &TestApp, activities: &[&str], after: i64) -> Vec<AuditEvent> {
    let mut out = Vec::new();
    for a in activities {
        let page = app
            .state
            .store
            .audit_list(
                &AuditFilter {
                    activity: Some((*a).into()),
                    ..Default::default()
                },
                0,
                10_000,
            )
            .await
            .expect("audit");
        out.extend(page.items.into_iter().filter(|e| e.id > after));
    }
    out.sort_by_key(|e| e.id);
    out
}

async fn last_event(app: &TestApp) -> i64 {
    app.state
        .store
        .audit_list(&AuditFilter::default(), 0, 1)
        .await
        .expect("audit")
        .items
        .first()
        .map_or(0, |e| e.id)
}

/// The events' (before, after) pairs form one chain from `start` to `stored`: no change
/// was written over one it had not read.
fn chain(round: usize, what: &str, start: &Value, pairs: &[(Value, Value)], stored: &Value) {
    let mut at = start.clone();
    for (i, (before, after)) in pairs.iter().enumerate() {
        assert_eq!(
            before, &at,
            "round {round}: {what} change {i} was made on a policy that was no longer in force \
             (a lost update)"
        );
        at = after.clone();
    }
    assert_eq!(
        &at, stored,
        "round {round}: {what}: the last change is what is stored"
    );
}

async fn sspr_now(app: &TestApp) -> Value {
    serde_json::to_value(
        latchkey_web::sspr::load_policy(&app.state)
            .await
            .expect("sspr"),
    )
    .expect("json")
}

async fn password_now(app: &TestApp) -> Value {
    serde_json::to_value(
        latchkey_web::protect::load_policy(&app.state)
            .await
            .expect("password"),
    )
    .expect("json")
}

fn yes(b: bool) -> String {
    b.to_string()
}

fn fields(pairs: &[(&str, String)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

/// One portal form of the password protection page: the policy as it is, with `history`.
fn protection_form(p: &Value, history: u64) -> Vec<(String, String)> {
    let terms: Vec<&str> = p["custom_terms"]
        .as_array()
        .expect("terms")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    fields(&[
        ("min_length", p["min_length"].to_string()),
        ("history", history.to_string()),
        ("min_score", p["min_score"].to_string()),
        ("require_classes", p["require_classes"].to_string()),
        ("enforce_custom", p["enforce_custom"].to_string()),
        ("check_breached", p["check_breached"].to_string()),
        ("custom_terms", terms.join("\n")),
    ])
}

async fn policy_race(app: TestApp) {
    let token = write_token(&app).await;
    let mut a = Some(app.signed_in("admin", ADMIN_PW).await);
    let mut b = Some(app.signed_in("admin", ADMIN_PW).await);
    let mut lost = 0;
    for round in 0..24 {
        let (sspr, password) = (sspr_now(&app).await, password_now(&app).await);
        let mark = last_event(&app).await;
        let notify = !sspr["notify_users"].as_bool().expect("bool");
        let days = 100 + round as u64;
        let history = 1 + round as u64 % 20;
        // What a page that lost shows again, as typed.
        let notify_kept = if notify {
            r#"id="nu_yes" name="notify_users" value="true" checked"#
        } else {
            r#"id="nu_no" name="notify_users" value="false" checked"#
        };
        let days_kept =
            format!(r#"name="reconfirm_days" type="number" min="0" max="730" value="{days}""#);
        let history_kept = format!(r#"name="history" type="number" value="{history}""#);
        let kept: [Option<String>; 2] = match round % 4 {
            0 => [Some(notify_kept.into()), Some(days_kept)],
            1 => [Some(notify_kept.into()), None],
            2 => [None, Some(days_kept)],
            _ => [Some(history_kept), None],
        };
        // Each round a different pair: two pages, or a page against the API.
        let (ma, mb) = match round % 4 {
            0 => (
                Move::Form(
                    a.take().expect("client"),
                    "/admin/password-reset/notifications".into(),
                    fields(&[
                        ("notify_users", yes(notify)),
                        ("notify_admins", sspr["notify_admins"].to_string()),
                    ]),
                ),
                Move::Form(
                    b.take().expect("client"),
                    "/admin/password-reset/registration".into(),
                    fields(&[
                        (
                            "require_registration",
                            sspr["require_registration"].to_string(),
                        ),
                        ("reconfirm_days", days.to_string()),
                    ]),
                ),
            ),
            1 => {
                let mut doc_sspr = sspr.clone();
                doc_sspr["reconfirm_days"] = json!(500 + round);
                let mut doc_password = password.clone();
                doc_password["min_length"] = json!(9 + round % 3);
                let doc = json!({"sspr": doc_sspr, "password": doc_password});
                (
                    Move::Form(
                        a.take().expect("client"),
                        "/admin/password-reset/notifications".into(),
                        fields(&[
                            ("notify_users", yes(notify)),
                            ("notify_admins", sspr["notify_admins"].to_string()),
                        ]),
                    ),
                    Move::Api(put("/api/v1/policy", &token, &doc)),
                )
            }
            2 => {
                let mut body = sspr.clone();
                body["notify_admins"] = json!(!sspr["notify_admins"].as_bool().expect("bool"));
                (
                    Move::Api(put("/api/v1/policy/sspr", &token, &body)),
                    Move::Form(
                        b.take().expect("client"),
                        "/admin/password-reset/registration".into(),
                        fields(&[
                            (
                                "require_registration",
                                sspr["require_registration"].to_string(),
                            ),
                            ("reconfirm_days", days.to_string()),
                        ]),
                    ),
                )
            }
            _ => {
                let mut body = password.clone();
                body["min_length"] = json!(if password["min_length"] == 10 { 11 } else { 10 });
                (
                    Move::Form(
                        a.take().expect("client"),
                        "/admin/password-protection".into(),
                        protection_form(&password, history),
                    ),
                    Move::Api(put("/api/v1/policy/password", &token, &body)),
                )
            }
        };
        let answers = at_once(&app, ma, mb).await;
        let mut saves = 0;
        let mut was_saved = [false; 2];
        for (i, (r, c)) in answers.into_iter().enumerate() {
            if saved(round, &r) {
                saves += 1;
                was_saved[i] = true;
            } else {
                lost += 1;
                if let Some(k) = &kept[i] {
                    assert!(
                        r.body.contains(k.as_str()),
                        "round {round}: {k} in {}",
                        r.body
                    );
                }
            }
            if let Some(c) = c {
                if i == 0 { a = Some(c) } else { b = Some(c) }
            }
        }

        // One event per change answered "saved", none for a change refused.
        let events = events_after(
            &app,
            &[UPDATE_POLICY, UPDATE_PASSWORD_POLICY, APPLY_POLICY],
            mark,
        )
        .await;
        assert_eq!(events.len(), saves, "round {round}: {events:?}");
        let mut sspr_pairs = Vec::new();
        let mut password_pairs = Vec::new();
        for e in &events {
            let d = &e.details;
            match e.activity.as_str() {
                UPDATE_POLICY => sspr_pairs.push((d["before"].clone(), d["after"].clone())),
                UPDATE_PASSWORD_POLICY => {
                    password_pairs.push((d["before"].clone(), d["after"].clone()));
                }
                _ => {
                    sspr_pairs.push((d["before"]["sspr"].clone(), d["after"]["sspr"].clone()));
                    password_pairs.push((
                        d["before"]["password"].clone(),
                        d["after"]["password"].clone(),
                    ));
                }
            }
        }
        let (sspr_after, password_after) = (sspr_now(&app).await, password_now(&app).await);
        chain(round, "sspr", &sspr, &sspr_pairs, &sspr_after);
        chain(
            round,
            "password",
            &password,
            &password_pairs,
            &password_after,
        );
        if round % 4 == 0 {
            // Two sections: each change is in force exactly when it was answered "saved".
            let want_notify = if was_saved[0] {
                json!(notify)
            } else {
                sspr["notify_users"].clone()
            };
            let want_days = if was_saved[1] {
                json!(days)
            } else {
                sspr["reconfirm_days"].clone()
            };
            assert_eq!(sspr_after["notify_users"], want_notify, "round {round}");
            assert_eq!(sspr_after["reconfirm_days"], want_days, "round {round}");
        }
    }
    // The two requests of a round overlap in most rounds (a change was lost in 15 of 20
    // before compare-and-swap): the refusals prove the race was run.
    assert!(lost > 0, "no round raced; the test proves nothing");
}

async fn branding_race(app: TestApp) {
    let mut a = Some(app.signed_in("admin", ADMIN_PW).await);
    let mut b = Some(app.signed_in("admin", ADMIN_PW).await);
    let mut lost = 0;
    for round in 0..20 {
        let start = latchkey_web::service::policy::load_branding(&app.state)
            .await
            .expect("branding")
            .value
            .organization_name;
        let mark = last_event(&app).await;
        let (na, nb) = (format!("Org A{round}"), format!("Org B{round}"));
        let answers = at_once(
            &app,
            Move::Branding(a.take().expect("client"), na.clone()),
            Move::Branding(b.take().expect("client"), nb.clone()),
        )
        .await;
        let mut saves = 0;
        for (i, (r, c)) in answers.into_iter().enumerate() {
            if saved(round, &r) {
                saves += 1;
            } else {
                lost += 1;
                // Shown again with the name as typed.
                let typed = if i == 0 { &na } else { &nb };
                assert!(r.body.contains(&format!("value=\"{typed}\"")), "{}", r.body);
            }
            if i == 0 { a = c } else { b = c }
        }
        let events = events_after(&app, &[UPDATE_BRANDING], mark).await;
        assert_eq!(events.len(), saves, "round {round}");
        let pairs: Vec<(Value, Value)> = events
            .iter()
            .map(|e| {
                let n = &e.details["organization_name"];
                (n["before"].clone(), n["after"].clone())
            })
            .collect();
        let stored = latchkey_web::service::policy::load_branding(&app.state)
            .await
            .expect("branding")
            .value
            .organization_name;
        chain(round, "branding", &json!(start), &pairs, &json!(stored));
    }
    assert!(lost > 0, "no round raced; the test proves nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn policy_changes_at_the_same_moment_are_never_lost_on_sqlite() {
    policy_race(TestApp::new().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn policy_changes_at_the_same_moment_are_never_lost_on_postgres() {
    policy_race(TestApp::on_postgres().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn branding_changes_at_the_same_moment_are_never_lost_on_sqlite() {
    branding_race(TestApp::new().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn branding_changes_at_the_same_moment_are_never_lost_on_postgres() {
    branding_race(TestApp::on_postgres().await).await;
}
