//! Rate limits by client address and overall, the proof-of-work human check, trusted
//! proxies, the `Host` check and the telephony budgets (issue 11, findings 1 and 3).

use crate::harness::{Client, Resp, TestApp};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::audit::activity;
use latchkey_core::directory::Role;
use latchkey_core::store::AuditFilter;

fn pow_token(body: &str) -> String {
    let i = body
        .find("name=\"pow_token\" value=\"")
        .expect("a proof-of-work token")
        + 24;
    body[i..].chars().take_while(|c| *c != '"').collect()
}

/// Solves the page's proof of work the way the browser script does.
fn solve(token: &str) -> String {
    let parts: Vec<&str> = token.split('.').collect();
    let salt = format!("{}.", parts[..4].join("."));
    let max: u64 = parts[3].parse().expect("max");
    let c = latchkey_core::pow::Challenge {
        token: token.to_owned(),
        salt,
        challenge: parts[4].to_owned(),
        max_number: max,
    };
    latchkey_core::pow::solve(&c).expect("solvable").to_string()
}

async fn start_with_proof(c: &mut Client, name: &str) -> Resp {
    let page = c.get("/reset").await;
    let token = pow_token(&page.body);
    let n = solve(&token);
    c.post(
        "/reset",
        &[
            ("username", name),
            ("pow_token", &token),
            ("pow_number", &n),
        ],
    )
    .await
}

async fn start_without_proof(c: &mut Client, name: &str) -> Resp {
    c.get("/reset").await;
    c.post("/reset", &[("username", name)]).await
}

fn retry_after(r: &Resp) -> i64 {
    r.headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After")
}

async fn audited(app: &TestApp, what: &str) -> usize {
    app.state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(what.into()),
                ..AuditFilter::default()
            },
            0,
            100,
        )
        .await
        .expect("audit")
        .items
        .len()
}

#[tokio::test]
async fn the_proof_of_work_is_checked_and_used_once() {
    let app = TestApp::with_env(&[("LATCHKEY_CAPTCHA", "pow")]).await;
    enable_for_all(&app).await;
    let mut c = app.client().at_address("198.51.100.7");
    let page = c.get("/reset").await;
    assert!(page.body.contains("data-pow"), "{}", page.body);
    assert!(
        !page.body.contains("captcha_answer"),
        "nothing for a person to do"
    );
    let token = pow_token(&page.body);
    let n = solve(&token);
    let wrong = (n.parse::<u64>().expect("n") + 1).to_string();
    let r = c
        .post(
            "/reset",
            &[
                ("username", "mias"),
                ("pow_token", &token),
                ("pow_number", &wrong),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("check didn"), "{}", r.body);
    assert!(r.body.contains("value=\"mias\""), "the name typed is kept");
    let r = c
        .post(
            "/reset",
            &[
                ("username", "mias"),
                ("pow_token", &token),
                ("pow_number", &n),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The same solution again, from another browser: refused.
    let mut d = app.client().at_address("198.51.100.8");
    d.get("/reset").await;
    let r = d
        .post(
            "/reset",
            &[
                ("username", "mias"),
                ("pow_token", &token),
                ("pow_number", &n),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "a proof works once");
    // A token with a cheaper cost written in is not ours.
    let parts: Vec<&str> = token.split('.').collect();
    let forged = format!(
        "{}.{}.{}.1.{}.{}",
        parts[0], parts[1], parts[2], parts[4], parts[5]
    );
    let r = d
        .post(
            "/reset",
            &[
                ("username", "mias"),
                ("pow_token", &forged),
                ("pow_number", "0"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn one_address_can_start_only_so_many_journeys_and_the_page_says_nothing_of_the_account() {
    let app = TestApp::with_env(&[
        ("LATCHKEY_CAPTCHA", "pow"),
        ("LATCHKEY_LIMITS__STARTS_PER_ADDRESS", "3"),
        ("LATCHKEY_LIMITS__STARTS_WITHOUT_PROOF_PER_ADDRESS", "2"),
    ])
    .await;
    enable_for_all(&app).await;
    make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let mut c = app.client().at_address("203.0.113.5");
    // The no-JavaScript path works, under the stricter limit.
    for _ in 0..2 {
        let r = start_without_proof(&mut c, "mias").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let refused_real = start_without_proof(&mut c, "mias").await;
    assert_eq!(refused_real.status, StatusCode::TOO_MANY_REQUESTS);
    let refused_unknown = start_without_proof(&mut c, "nobody-here").await;
    assert_eq!(refused_unknown.status, StatusCode::TOO_MANY_REQUESTS);
    let secs = retry_after(&refused_real);
    assert!((1..=3600).contains(&secs), "{secs}");
    let strip = |b: &str| b.split("csrf").next().unwrap_or("").to_owned();
    assert_eq!(
        strip(&refused_real.body),
        strip(&refused_unknown.body),
        "a real name and an unknown one get the same page"
    );
    assert!(
        refused_real.body.contains("Wait an hour")
            || refused_real.body.contains("Wait about an hour")
            || refused_real.body.contains("minutes"),
        "{}",
        refused_real.body
    );
    // With the proof solved the address still has its own, larger allowance.
    for _ in 0..3 {
        let r = start_with_proof(&mut c, "mias").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    assert_eq!(
        start_with_proof(&mut c, "mias").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Another address is not affected; the refusal is audited once per window.
    let mut other = app.client().at_address("203.0.113.6");
    assert_eq!(
        start_with_proof(&mut other, "mias").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(audited(&app, activity::RATE_LIMITED).await, 2);
    // An hour later the window has moved on.
    app.clock.advance(time::Duration::seconds(3601));
    assert_eq!(
        start_with_proof(&mut c, "mias").await.status,
        StatusCode::SEE_OTHER
    );
    let metrics = app
        .client()
        .at_address("127.0.0.1")
        .get("/metrics")
        .await
        .body;
    assert!(
        metrics.contains("latchkey_rate_limited_total 3"),
        "{metrics}"
    );
}

#[tokio::test]
async fn parallel_starts_from_one_address_never_pass_the_limit() {
    let app = TestApp::with_env(&[("LATCHKEY_LIMITS__STARTS_PER_ADDRESS", "5")]).await;
    enable_for_all(&app).await;
    let mut tasks = Vec::new();
    for i in 0..20 {
        let mut c = app.client().at_address("192.0.2.44");
        tasks.push(tokio::spawn(async move {
            start_without_proof(&mut c, &format!("name-{}", char::from(b'a' + i)))
                .await
                .status
        }));
    }
    let mut passed = 0;
    for t in tasks {
        if t.await.expect("task") == StatusCode::SEE_OTHER {
            passed += 1;
        }
    }
    assert_eq!(
        passed, 5,
        "captcha off: the ordinary per-address limit, exactly"
    );
}

#[tokio::test]
async fn everyone_together_meets_the_global_limit() {
    let app = TestApp::with_env(&[("LATCHKEY_LIMITS__STARTS", "4")]).await;
    enable_for_all(&app).await;
    for i in 0..4 {
        let mut c = app.client().at_address(&format!("192.0.2.{}", 10 + i));
        assert_eq!(
            start_without_proof(&mut c, "mias").await.status,
            StatusCode::SEE_OTHER
        );
    }
    let mut c = app.client().at_address("192.0.2.99");
    assert_eq!(
        start_without_proof(&mut c, "mias").await.status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn sends_and_checks_are_limited_per_address() {
    let app = TestApp::with_env(&[
        ("LATCHKEY_LIMITS__SENDS_PER_ADDRESS", "2"),
        ("LATCHKEY_LIMITS__CHECKS_PER_ADDRESS", "3"),
    ])
    .await;
    enable_for_all(&app).await;
    for name in ["mias", "noahb", "liamc"] {
        let u = make_user(&app, name, Role::User, "Old-Password-111").await;
        add_method(&app, &u, "email", &format!("{name}@example.net")).await;
    }
    let mut statuses = Vec::new();
    for name in ["mias", "noahb", "liamc"] {
        let mut c = app.client().at_address("198.51.100.20");
        start(&mut c, name).await;
        let r = c
            .post(
                "/reset/verify/send",
                &[
                    ("channel", "email"),
                    ("destination", &format!("{name}@example.net")),
                ],
            )
            .await;
        statuses.push(r.status);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::TOO_MANY_REQUESTS
        ],
        "three accounts from one address: the third send is refused"
    );
    let mut c = app.client().at_address("198.51.100.21");
    start(&mut c, "liamc").await;
    let mut checks = Vec::new();
    for _ in 0..4 {
        checks.push(
            c.post(
                "/reset/verify/check",
                &[("channel", "email"), ("code", "00000000")],
            )
            .await
            .status,
        );
    }
    assert_eq!(checks[3], StatusCode::TOO_MANY_REQUESTS, "{checks:?}");
}

#[tokio::test]
async fn forwarded_for_counts_only_behind_a_trusted_proxy() {
    let app = TestApp::with_env(&[
        ("LATCHKEY_LIMITS__STARTS_PER_ADDRESS", "1"),
        ("LATCHKEY_LIMITS__TRUSTED_PROXIES", "10.0.0.0/8"),
    ])
    .await;
    enable_for_all(&app).await;
    // Through the proxy, each forwarded client has its own allowance.
    for client in ["203.0.113.1", "203.0.113.2"] {
        let mut c = app.client().at_address("10.0.0.2");
        c.extra_headers
            .push(("x-forwarded-for".into(), client.into()));
        assert_eq!(
            start_without_proof(&mut c, "mias").await.status,
            StatusCode::SEE_OTHER
        );
    }
    // From anyone else a forged header changes nothing: one allowance for the peer.
    let mut statuses = Vec::new();
    for forged in ["203.0.113.3", "203.0.113.4"] {
        let mut c = app.client().at_address("198.51.100.50");
        c.extra_headers
            .push(("x-forwarded-for".into(), forged.into()));
        statuses.push(start_without_proof(&mut c, "mias").await.status);
    }
    assert_eq!(
        statuses,
        [StatusCode::SEE_OTHER, StatusCode::TOO_MANY_REQUESTS]
    );
    // And the audit log names the forwarded client, not the proxy.
    let events = app
        .state
        .store
        .audit_list(&AuditFilter::default(), 0, 200)
        .await
        .expect("audit")
        .items;
    assert!(events.iter().any(|e| e.client_ip == "203.0.113.2"));
    assert!(!events.iter().any(|e| e.client_ip == "203.0.113.4"));
}

#[tokio::test]
async fn requests_for_another_host_are_refused_when_public_url_is_set() {
    let app = TestApp::with_env(&[("LATCHKEY_PUBLIC_URL", "https://sspr.example.org")]).await;
    let mut c = app.client();
    c.extra_headers.push(("host".into(), "evil.example".into()));
    let r = c.get("/reset").await;
    assert_eq!(r.status, StatusCode::MISDIRECTED_REQUEST);
    assert!(r.body.contains("only at its own address"));
    assert_eq!(
        c.get("/healthz").await.status,
        StatusCode::OK,
        "health checks by IP work"
    );
    let mut ok = app.client();
    ok.extra_headers
        .push(("host".into(), "sspr.example.org".into()));
    assert_eq!(ok.get("/reset").await.status, StatusCode::OK);
}

async fn send_sms(c: &mut Client) -> Resp {
    c.post(
        "/reset/verify/send",
        &[
            ("channel", "mobile_sms"),
            ("destination", "+1 425 555 0123"),
        ],
    )
    .await
}

#[tokio::test]
async fn a_number_gets_a_code_at_most_once_a_minute_and_a_spike_alerts_the_admins() {
    let app = TestApp::with_env(&[("LATCHKEY_LIMITS__TEXTS_ALERT_PER_HOUR", "2")]).await;
    enable_for_all(&app).await;
    make_user(&app, "gadmin", Role::GlobalAdmin, "Admin-Password-111").await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "mobile", "+14255550123").await;
    let mut c = app.client().at_address("198.51.100.30");
    start(&mut c, "mias").await;
    assert_eq!(send_sms(&mut c).await.status, StatusCode::SEE_OTHER);
    let r = send_sms(&mut c).await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "refused within the cool-down"
    );
    assert!(r.body.contains("couldn"), "{}", r.body);
    let to_phone = |app: &TestApp| {
        app.outbox
            .messages()
            .into_iter()
            .filter(|m| m.to == "+14255550123")
            .count()
    };
    app.messages().await;
    assert_eq!(to_phone(&app), 1);
    for _ in 0..2 {
        app.clock.advance(time::Duration::seconds(61));
        assert_eq!(send_sms(&mut c).await.status, StatusCode::SEE_OTHER);
    }
    app.messages().await;
    assert_eq!(to_phone(&app), 3);
    // Three texts in the hour, over the alert's 2: the administrators hear of it, once.
    assert_eq!(audited(&app, activity::TELEPHONY_SPIKE).await, 1);
    let alerts = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.subject.contains("unusually many texts") && m.to == "gadmin@work.example")
        .count();
    assert_eq!(alerts, 1, "an email to the global administrators");
    app.clock.advance(time::Duration::seconds(61));
    send_sms(&mut c).await;
    assert_eq!(
        audited(&app, activity::TELEPHONY_SPIKE).await,
        1,
        "once an hour"
    );
    let metrics = app
        .client()
        .at_address("127.0.0.1")
        .get("/metrics")
        .await
        .body;
    assert!(
        metrics.contains("latchkey_telephony_spike_alerts_total 1"),
        "{metrics}"
    );
}

#[tokio::test]
async fn one_address_has_a_daily_budget_of_texts() {
    let app = TestApp::with_env(&[
        ("LATCHKEY_LIMITS__TEXTS_PER_ADDRESS_PER_DAY", "2"),
        ("LATCHKEY_LIMITS__DESTINATION_COOLDOWN_SECONDS", "0"),
    ])
    .await;
    enable_for_all(&app).await;
    let mut sent = Vec::new();
    for (i, name) in ["mias", "noahb", "liamc"].iter().enumerate() {
        let u = make_user(&app, name, Role::User, "Old-Password-111").await;
        let number = format!("+1425555012{i}");
        add_method(&app, &u, "mobile", &number).await;
        let mut c = app.client().at_address("198.51.100.40");
        start(&mut c, name).await;
        let r = c
            .post(
                "/reset/verify/send",
                &[("channel", "mobile_sms"), ("destination", &number)],
            )
            .await;
        sent.push(r.status);
    }
    assert_eq!(
        sent,
        [
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::BAD_REQUEST
        ],
        "the third text from one address in a day is not sent"
    );
    let refused = app
        .state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(activity::SSPR_SEND_FAILED.into()),
                ..AuditFilter::default()
            },
            0,
            10,
        )
        .await
        .expect("audit")
        .items;
    assert!(
        refused.iter().any(|e| e
            .details
            .to_string()
            .contains("client address had its texts")),
        "{refused:?}"
    );
}

#[tokio::test]
async fn signed_in_accounts_from_one_address_share_its_texts() {
    let app = TestApp::with_env(&[("LATCHKEY_LIMITS__TEXTS_PER_ADDRESS_PER_DAY", "2")]).await;
    enable_for_all(&app).await;
    let mut statuses = Vec::new();
    for (i, name) in ["mias", "noahb", "liamc"].iter().enumerate() {
        make_user(&app, name, Role::User, "Old-Password-111").await;
        let mut c = app
            .signed_in(name, "Old-Password-111")
            .await
            .at_address("198.51.100.60");
        c.get("/setup").await;
        let r = c
            .post(
                "/setup/send",
                &[
                    ("kind", "mobile"),
                    ("via", "sms"),
                    ("country", "1"),
                    ("mobile_number", &format!("425 555 013{i}")),
                ],
            )
            .await;
        statuses.push((r.status, r.body.contains("couldn")));
    }
    app.messages().await;
    let texts = app
        .outbox
        .messages()
        .into_iter()
        .filter(|m| m.to.starts_with("+1425555013"))
        .count();
    assert_eq!(texts, 2, "{statuses:?}");
    assert!(statuses[2].1, "the third is refused in words: {statuses:?}");
}

#[tokio::test]
async fn a_verified_journey_may_have_ten_new_passwords_refused_then_ends() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@example.net").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    pass_email(&app, &mut c, "mia@example.net").await;
    assert_eq!(c.get("/reset/password").await.status, StatusCode::OK);
    // Guessing the current password: each guess is refused, ten at most.
    for i in 0..10 {
        let r = c
            .post(
                "/reset/password",
                &[
                    ("new_password", "Old-Password-111"),
                    ("confirm_password", "Old-Password-111"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "try {i}: {}", r.body);
    }
    // The eleventh refusal ends the journey without saying why.
    let r = c
        .post(
            "/reset/password",
            &[
                ("new_password", "Old-Password-111"),
                ("confirm_password", "Old-Password-111"),
            ],
        )
        .await;
    assert!(r.body.contains("expired"), "{} {}", r.status, r.body);
    assert!(!r.body.contains("current password"), "{}", r.body);
    let r = c
        .post(
            "/reset/password",
            &[
                ("new_password", "Brand-New-Strong-Pass-9"),
                ("confirm_password", "Brand-New-Strong-Pass-9"),
            ],
        )
        .await;
    assert!(r.body.contains("expired"), "{} {}", r.status, r.body);
    let mut s = app.client();
    assert_eq!(
        s.sign_in("mias", "Old-Password-111").await.status,
        StatusCode::SEE_OTHER,
        "the password was not changed"
    );
}

#[tokio::test]
async fn an_ipv6_client_counts_by_its_slash_64() {
    let app = TestApp::with_env(&[
        ("LATCHKEY_LIMITS__STARTS_PER_ADDRESS", "1"),
        ("LATCHKEY_LIMITS__STARTS_WITHOUT_PROOF_PER_ADDRESS", "1"),
    ])
    .await;
    enable_for_all(&app).await;
    let start_from = |ip: &'static str| {
        let mut c = app.client().at_address(ip);
        async move { start_without_proof(&mut c, "mias").await.status }
    };
    assert_eq!(start_from("2001:db8::1").await, StatusCode::SEE_OTHER);
    assert_eq!(
        start_from("2001:db8::2").await,
        StatusCode::TOO_MANY_REQUESTS,
        "another address in the same /64 is the same client"
    );
    assert_eq!(start_from("2001:db8:0:1::1").await, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_flood_without_the_proof_never_refuses_people_whose_browsers_solved_it() {
    let app = TestApp::with_env(&[
        ("LATCHKEY_CAPTCHA", "pow"),
        ("LATCHKEY_LIMITS__STARTS_WITHOUT_PROOF", "2"),
        ("LATCHKEY_LIMITS__STARTS", "3"),
    ])
    .await;
    enable_for_all(&app).await;
    make_user(&app, "gadmin", Role::GlobalAdmin, "Admin-Password-111").await;
    let mut statuses = Vec::new();
    for i in 0..3 {
        let mut c = app.client().at_address(&format!("192.0.2.{}", 20 + i));
        statuses.push(start_without_proof(&mut c, "mias").await.status);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::SEE_OTHER,
            StatusCode::SEE_OTHER,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
    let mut person = app.client().at_address("203.0.113.77");
    assert_eq!(
        start_with_proof(&mut person, "mias").await.status,
        StatusCode::SEE_OTHER,
        "the proven start has its own allowance"
    );
    // The address refused by the global count keeps its own allowance.
    assert_eq!(
        app.state
            .store
            .sspr_event_count("address:192.0.2.22", "start_without_proof", 0)
            .await
            .expect("count"),
        0
    );
    // Everyone refused: the global administrators are told.
    let told = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.to == "gadmin@work.example" && m.subject.contains("refusing requests"))
        .count();
    assert_eq!(told, 1);
}

#[tokio::test]
async fn a_cheap_token_fetched_before_a_burst_is_not_enough_after_it() {
    let app = TestApp::with_env(&[("LATCHKEY_CAPTCHA", "pow")]).await;
    enable_for_all(&app).await;
    let mut c = app.client().at_address("198.51.100.90");
    let early = pow_token(&c.get("/reset").await.body);
    for _ in 0..10 {
        assert_eq!(
            start_with_proof(&mut c, "mias").await.status,
            StatusCode::SEE_OTHER
        );
    }
    let n = solve(&early);
    let r = c
        .post(
            "/reset",
            &[
                ("username", "mias"),
                ("pow_token", &early),
                ("pow_number", &n),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.body.contains("takes a little longer"), "{}", r.body);
    // The page now asks for the dearer proof, which passes.
    let fresh = pow_token(&r.body);
    let cost = |t: &str| t.split('.').nth(3).and_then(|m| m.parse::<u64>().ok());
    assert!(cost(&fresh) > cost(&early), "{early} then {fresh}");
    assert_eq!(
        start_with_proof(&mut c, "mias").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_password_being_saved_by_another_request_is_said_so_and_can_be_retried() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@example.net").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    pass_email(&app, &mut c, "mia@example.net").await;
    assert_eq!(c.get("/reset/password").await.status, StatusCode::OK);
    // Another request holds the journey's lease (it is writing the password right now).
    let flow = latchkey_web::service::journey::hash_token(&c.cookies["latchkey-reset"]);
    let now = app.state.now();
    let held = app
        .state
        .store
        .attempt_take(&format!("journey:{flow}"), "set_password", now - 60, 1, now)
        .await
        .expect("lease");
    let pw = [
        ("new_password", "Brand-New-Strong-Pass-9"),
        ("confirm_password", "Brand-New-Strong-Pass-9"),
    ];
    let r = c.post("/reset/password", &pw).await;
    assert!(
        r.body.contains("still being saved"),
        "{} {}",
        r.status,
        r.body
    );
    assert!(!r.body.contains("already finished"), "{}", r.body);
    // The other one failed and gave the lease back: this one goes through.
    if let latchkey_core::store::AttemptTake::Taken { id, .. } = held {
        app.state.store.attempt_refund(id).await.expect("refund");
    }
    let r = c.post("/reset/password", &pw).await;
    assert_eq!(r.location(), "/reset/done", "{}", r.body);
}
