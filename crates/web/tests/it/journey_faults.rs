//! The faults found by attacking the reset journey, each kept as a test: parallel
//! guesses, parallel password posts, accounts changed under a journey, codes that outlive
//! their context, blocks nobody hears of, questions alone. Concurrency tests run many
//! tasks at once (no sleeps) on SQLite and on PostgreSQL.

use crate::harness::{Client, TestApp};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::audit::activity;
use latchkey_core::directory::Role;
use latchkey_core::policy::{Method, Scope};
use latchkey_core::store::AuditFilter;

async fn count(app: &TestApp, act: &str, target: &str) -> i64 {
    app.state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(act.into()),
                target: Some(target.into()),
                ..Default::default()
            },
            0,
            1,
        )
        .await
        .expect("audit")
        .total
}

async fn failures(app: &TestApp, user_id: i64) -> i64 {
    app.state
        .store
        .sspr_event_count(&format!("user:{user_id}"), "verify_fail", 0)
        .await
        .expect("count")
}

/// A second client on the same journey (same cookies), as a script would send.
fn twin(app: &TestApp, c: &Client) -> Client {
    let mut c2 = app.client();
    c2.cookies = c.cookies.clone();
    c2.csrf = c.csrf.clone();
    c2
}

fn is_expired(r: &crate::harness::Resp) -> bool {
    r.status == StatusCode::BAD_REQUEST && r.body.contains("Your session has expired")
}

// ---------------------------------------------------------------- fault 1

/// Several journeys for one user, five wrong app codes posted at once in each: the
/// account-wide count is taken before each comparison, so no more than five are ever
/// compared, and the account ends up blocked.
async fn parallel_journeys_compare_at_most_five(app: TestApp) {
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let _secret = add_app(&app, &mia).await;
    let mut journeys = Vec::new();
    for _ in 0..9 {
        let mut c = app.client();
        start(&mut c, "mias").await;
        journeys.push(c);
    }
    let mut tasks = Vec::new();
    for c in &journeys {
        for i in 0..5 {
            let mut c2 = twin(&app, c);
            tasks.push(tokio::spawn(async move {
                c2.post(
                    "/reset/verify/check",
                    &[("channel", "app_code"), ("code", &format!("00000{i}"))],
                )
                .await
                .status
            }));
        }
    }
    for t in tasks {
        let s = t.await.expect("task");
        assert!(
            s == StatusCode::BAD_REQUEST || s == StatusCode::TOO_MANY_REQUESTS,
            "{s}"
        );
    }
    // At most five pass the validation limit; a block started meanwhile stops the rest
    // before their comparison. Never more than five compared.
    let n = failures(&app, mia.id).await;
    assert!((1..=5).contains(&n), "{n} compared");
    assert_eq!(
        count(&app, activity::SSPR_FAILED_METHOD, "mias").await,
        n,
        "every comparison made is one failed verification, and no others"
    );
    assert_eq!(
        count(&app, activity::SSPR_BLOCKED, "mias").await,
        1,
        "one block, recorded once"
    );
    // Blocked now, whichever journey asks.
    let r = journeys[0]
        .post(
            "/reset/verify/check",
            &[("channel", "app_code"), ("code", "123456")],
        )
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn fault1_parallel_journeys_compare_at_most_five_sqlite() {
    parallel_journeys_compare_at_most_five(TestApp::new().await).await;
}

#[tokio::test]
async fn fault1_parallel_journeys_compare_at_most_five_postgres() {
    parallel_journeys_compare_at_most_five(TestApp::on_postgres().await).await;
}

/// A new code in one journey voids the others: their codes are never compared.
#[tokio::test]
async fn fault1_codes_of_other_journeys_die_with_a_new_code() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut a = app.client();
    start(&mut a, "mias").await;
    a.post(
        "/reset/verify/send",
        &[("channel", "email"), ("destination", "mia@home.example")],
    )
    .await;
    let code_a = code_sent_to(&app, "mia@home.example");
    let mut b = app.client();
    start(&mut b, "mias").await;
    b.post(
        "/reset/verify/send",
        &[("channel", "email"), ("destination", "mia@home.example")],
    )
    .await;
    let r = a
        .post(
            "/reset/verify/check",
            &[("channel", "email"), ("code", &code_a)],
        )
        .await;
    assert!(is_expired(&r), "{}", r.body);
    assert_eq!(failures(&app, mia.id).await, 0, "nothing was compared");
    let code_b = code_sent_to(&app, "mia@home.example");
    let r = b
        .post(
            "/reset/verify/check",
            &[("channel", "email"), ("code", &code_b)],
        )
        .await;
    assert_eq!(r.location(), "/reset/password");
}

// ---------------------------------------------------------------- fault 2

async fn ten_password_posts_one_reset(app: TestApp) {
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    assert_eq!(
        pass_email(&app, &mut c, "mia@home.example")
            .await
            .location(),
        "/reset/password"
    );
    c.get("/reset/password").await;
    let sent_before = app.messages().await.len();
    let mut tasks = Vec::new();
    for i in 0..10 {
        let mut c2 = twin(&app, &c);
        tasks.push(tokio::spawn(async move {
            let pw = format!("Fresh-Horse-Battery-{i}x");
            let r = c2
                .post(
                    "/reset/password",
                    &[("new_password", &pw), ("confirm_password", &pw)],
                )
                .await;
            (r.status, r.location().to_owned(), pw)
        }));
    }
    let mut results = Vec::new();
    for t in tasks {
        results.push(t.await.expect("task"));
    }
    let finished = results
        .iter()
        .filter(|(status, location, _)| {
            *status == StatusCode::SEE_OTHER && location == "/reset/done"
        })
        .count();
    assert_eq!(finished, 1, "one post finishes the journey");
    for (status, location, _) in &results {
        assert!(
            *status == StatusCode::OK || location == "/reset/done",
            "the others are told it was already finished: {status} {location}"
        );
    }
    assert_eq!(
        count(&app, activity::SSPR_RESET, "mias").await,
        1,
        "one reset"
    );
    assert_eq!(
        app.state
            .store
            .password_history(mia.id, 50)
            .await
            .expect("history")
            .len(),
        1,
        "one password write"
    );
    // Exactly one of the ten passwords works.
    let mut working = 0;
    for (_, _, pw) in &results {
        let mut s = app.client();
        if s.sign_in("mias", pw).await.status == StatusCode::SEE_OTHER {
            working += 1;
        }
    }
    assert_eq!(working, 1);
    let notices: Vec<_> = app.messages().await.into_iter().skip(sent_before).collect();
    let resets = notices
        .iter()
        .filter(|m| m.subject.to_lowercase().contains("password"))
        .count();
    // One notice per address of the user (work, home, registered), once.
    assert_eq!(resets, 3, "{notices:?}");
}

#[tokio::test]
async fn fault2_ten_password_posts_one_reset_sqlite() {
    ten_password_posts_one_reset(TestApp::new().await).await;
}

#[tokio::test]
async fn fault2_ten_password_posts_one_reset_postgres() {
    ten_password_posts_one_reset(TestApp::on_postgres().await).await;
}

// ---------------------------------------------------------------- faults 3 and 4

/// Verified, then something changes the account: every step ends on the expired page,
/// never a redirect loop, never a password set.
#[tokio::test]
async fn fault3_and_4_a_changed_account_ends_the_journey() {
    for change in ["disable", "remove from group", "scope none"] {
        let app = TestApp::new().await;
        let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
        add_method(&app, &mia, "email", "mia@home.example").await;
        let group = app
            .state
            .store
            .group_create("SSPRUsers", "", 1)
            .await
            .expect("group");
        app.state
            .store
            .group_add_user(group.id, mia.id)
            .await
            .expect("member");
        set_policy(&app, |p| {
            p.scope = Scope::Selected;
            p.group_id = Some(group.id);
            p.methods = vec![Method::Email, Method::MobilePhone];
        })
        .await;
        // Once after the code was sent, once after it was checked.
        for after_check in [false, true] {
            let mut c = app.client();
            start(&mut c, "mias").await;
            c.post(
                "/reset/verify/send",
                &[("channel", "email"), ("destination", "mia@home.example")],
            )
            .await;
            let code = code_sent_to(&app, "mia@home.example");
            if after_check {
                let r = c
                    .post(
                        "/reset/verify/check",
                        &[("channel", "email"), ("code", &code)],
                    )
                    .await;
                assert_eq!(r.location(), "/reset/password", "{change}");
            }
            match change {
                "disable" => {
                    app.state
                        .store
                        .user_set_enabled(mia.id, false, app.state.now())
                        .await
                        .expect("disable");
                }
                "remove from group" => {
                    app.state
                        .store
                        .group_remove_user(group.id, mia.id)
                        .await
                        .expect("remove");
                }
                _ => set_policy(&app, |p| p.scope = Scope::None).await,
            }
            let r = if after_check {
                let r = c.get("/reset/password").await;
                assert!(is_expired(&r), "{change}: GET /reset/password: {}", r.body);
                c.post(
                    "/reset/password",
                    &[
                        ("new_password", "Fresh-Horse-Battery-9"),
                        ("confirm_password", "Fresh-Horse-Battery-9"),
                    ],
                )
                .await
            } else {
                c.post(
                    "/reset/verify/check",
                    &[("channel", "email"), ("code", &code)],
                )
                .await
            };
            assert!(
                is_expired(&r),
                "{change} after_check={after_check}: {}",
                r.body
            );
            let r = c.get("/reset/verify").await;
            assert!(is_expired(&r), "no loop: {}", r.status);
            assert_eq!(count(&app, activity::SSPR_RESET, "mias").await, 0);
            // Undo for the next round.
            app.state
                .store
                .user_set_enabled(mia.id, true, app.state.now())
                .await
                .expect("enable");
            let _ = app.state.store.group_add_user(group.id, mia.id).await;
            set_policy(&app, |p| {
                p.scope = Scope::Selected;
                p.group_id = Some(group.id);
            })
            .await;
        }
    }
}

// ---------------------------------------------------------------- fault 5

/// A code sent before a change of credentials never verifies after it.
#[tokio::test]
async fn fault5_a_code_dies_with_any_credential_change() {
    for change in [
        "admin reset",
        "self-service change",
        "registered email changed",
        "disable then enable",
        "new code from another journey",
    ] {
        let app = TestApp::new().await;
        enable_for_all(&app).await;
        let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
        add_method(&app, &mia, "email", "mia@home.example").await;
        let mut c = app.client();
        start(&mut c, "mias").await;
        c.post(
            "/reset/verify/send",
            &[("channel", "email"), ("destination", "mia@home.example")],
        )
        .await;
        let code = code_sent_to(&app, "mia@home.example");
        match change {
            "admin reset" => {
                // The operation the portal, the API and the CLI all call.
                let ctx = latchkey_web::audit::Ctx {
                    actor: "admin".into(),
                    client_ip: String::new(),
                    correlation_id: String::new(),
                };
                latchkey_web::service::password::admin_reset(
                    &app.state,
                    &latchkey_web::service::directory::Actor::cli(ctx),
                    &mia,
                    Some(latchkey_core::Secret::new("Admin-Set-Pass-42x")),
                    false,
                )
                .await
                .expect("admin reset");
                assert_eq!(
                    count(&app, activity::RESET_PASSWORD_ADMIN, "mias").await,
                    1,
                    "the admin reset happened"
                );
            }
            "self-service change" => {
                let mut s = app.signed_in("mias", "Old-Password-111").await;
                let r = s
                    .post(
                        "/account/password",
                        &[
                            ("current_password", "Old-Password-111"),
                            ("new_password", "Own-Change-Pass-42x"),
                            ("confirm_password", "Own-Change-Pass-42x"),
                        ],
                    )
                    .await;
                assert!(
                    r.status.is_success() || r.status.is_redirection(),
                    "{}",
                    r.body
                );
                assert_eq!(
                    count(&app, activity::CHANGE_PASSWORD, "mias").await,
                    1,
                    "the change happened"
                );
            }
            "registered email changed" => {
                let methods = app.state.store.methods_of(mia.id).await.expect("methods");
                app.state
                    .store
                    .method_delete(mia.id, methods[0].id)
                    .await
                    .expect("delete");
                add_method(&app, &mia, "email", "mia@home.example").await;
            }
            "disable then enable" => {
                for e in [false, true] {
                    app.state
                        .store
                        .user_set_enabled(mia.id, e, app.state.now())
                        .await
                        .expect("toggle");
                }
            }
            _ => {
                let mut other = app.client();
                start(&mut other, "mias").await;
                let r = other
                    .post(
                        "/reset/verify/send",
                        &[("channel", "email"), ("destination", "mia@home.example")],
                    )
                    .await;
                assert_eq!(r.status, StatusCode::SEE_OTHER);
            }
        }
        let r = c
            .post(
                "/reset/verify/check",
                &[("channel", "email"), ("code", &code)],
            )
            .await;
        assert!(
            is_expired(&r),
            "{change}: the old code still worked: {}",
            r.body
        );
        assert_eq!(
            count(&app, activity::SSPR_RESET, "mias").await,
            0,
            "{change}"
        );
    }
}

// ---------------------------------------------------------------- fault 6

/// Checks with no code ever sent count nothing and block nobody.
#[tokio::test]
async fn fault6_checks_without_a_code_count_nothing() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    for _ in 0..8 {
        let r = c
            .post(
                "/reset/verify/check",
                &[("channel", "email"), ("code", "12345678")],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
        assert!(r.body.contains("Send a new code"), "{}", r.body);
    }
    assert_eq!(failures(&app, mia.id).await, 0);
    assert_eq!(count(&app, activity::SSPR_BLOCKED, "mias").await, 0);
    assert_eq!(
        pass_email(&app, &mut c, "mia@home.example")
            .await
            .location(),
        "/reset/password",
        "the real person can still reset"
    );
}

// ---------------------------------------------------------------- fault 7

/// The questions a journey asks stay the same however often one starts again.
#[tokio::test]
async fn fault7_questions_stay_fixed_across_journeys() {
    let app = TestApp::new().await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![Method::Questions, Method::Email];
        p.questions_to_register = 5;
        p.questions_to_reset = 3;
    })
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut stored = Vec::new();
    for q in ["q01", "q02", "q03", "q04", "q05"] {
        let h = app
            .state
            .hasher
            .hash(&latchkey_core::Secret::new("answer"))
            .await
            .expect("hash");
        stored.push((q.to_owned(), h));
    }
    app.state
        .store
        .answers_set(mia.id, &stored)
        .await
        .expect("answers");
    let asked = |body: &str| -> Vec<String> {
        let mut out = Vec::new();
        for i in 0..5 {
            let needle = format!("for=\"answer_{i}\">");
            if let Some(p) = body.find(&needle) {
                let rest = &body[p + needle.len()..];
                out.push(rest[..rest.find('<').unwrap_or(rest.len())].to_owned());
            }
        }
        out
    };
    let mut seen = Vec::new();
    for _ in 0..6 {
        let mut c = app.client();
        start(&mut c, "mias").await;
        let r = c.get("/reset/verify?method=questions").await;
        let q = asked(&r.body);
        assert_eq!(q.len(), 3, "{}", r.body);
        seen.push(q);
    }
    assert!(
        seen.windows(2).all(|w| w[0] == w[1]),
        "new journeys drew other questions: {seen:?}"
    );
    // A decoy's questions are as stable as a real user's.
    let mut decoys = Vec::new();
    for _ in 0..3 {
        let mut c = app.client();
        start(&mut c, "nobody-here").await;
        decoys.push(asked(&c.get("/reset/verify?method=questions").await.body));
    }
    assert!(decoys.windows(2).all(|w| w[0] == w[1]), "{decoys:?}");
}

// ---------------------------------------------------------------- fault 8

/// Fifty parallel resets of fifty users on PostgreSQL: fifty "reset" events, none lost
/// because the log was busy, and the chain intact.
#[tokio::test]
async fn fault8_no_audit_event_is_dropped_under_parallel_resets_postgres() {
    let app = TestApp::on_postgres().await;
    enable_for_all(&app).await;
    let mut journeys = Vec::new();
    for i in 0..50 {
        let name = format!("user{i:02}");
        let u = make_user(&app, &name, Role::User, "Old-Password-111").await;
        add_method(&app, &u, "email", &format!("{name}@home.example")).await;
        let mut c = app.client();
        start(&mut c, &name).await;
        assert_eq!(
            pass_email(&app, &mut c, &format!("{name}@home.example"))
                .await
                .location(),
            "/reset/password"
        );
        c.get("/reset/password").await;
        journeys.push(c);
    }
    let mut tasks = Vec::new();
    for mut c in journeys {
        tasks.push(tokio::spawn(async move {
            c.post(
                "/reset/password",
                &[
                    ("new_password", "Fresh-Horse-Battery-77"),
                    ("confirm_password", "Fresh-Horse-Battery-77"),
                ],
            )
            .await
            .status
        }));
    }
    for t in tasks {
        assert_eq!(t.await.expect("task"), StatusCode::SEE_OTHER);
    }
    let total = app
        .state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(activity::SSPR_RESET.into()),
                ..Default::default()
            },
            0,
            1,
        )
        .await
        .expect("audit")
        .total;
    assert_eq!(total, 50);
    assert!(
        latchkey_web::audit::verify_log(&*app.state.store)
            .await
            .expect("read")
            .is_ok(),
        "the chain links every event"
    );
}

/// Right codes sent at once after four failures: one passes, none blocks the account
/// (attempts still being checked are not failures yet).
#[tokio::test]
async fn fault1_right_codes_near_the_limit_never_block() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    c.post(
        "/reset/verify/send",
        &[("channel", "email"), ("destination", "mia@home.example")],
    )
    .await;
    let code = code_sent_to(&app, "mia@home.example");
    for i in 0..4 {
        let r = c
            .post(
                "/reset/verify/check",
                &[("channel", "email"), ("code", &format!("9999999{i}"))],
            )
            .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST);
    }
    assert_eq!(failures(&app, mia.id).await, 4);
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let mut c2 = twin(&app, &c);
        let code = code.clone();
        tasks.push(tokio::spawn(async move {
            let r = c2
                .post(
                    "/reset/verify/check",
                    &[("channel", "email"), ("code", &code)],
                )
                .await;
            (r.status, r.location().to_owned())
        }));
    }
    let mut passed = 0;
    for t in tasks {
        let (status, location) = t.await.expect("task");
        assert_ne!(
            status,
            StatusCode::TOO_MANY_REQUESTS,
            "a right code blocked the account"
        );
        if location == "/reset/password" {
            passed += 1;
        }
    }
    assert_eq!(passed, 1, "the code works once");
    assert_eq!(count(&app, activity::SSPR_BLOCKED, "mias").await, 0);
    assert_eq!(
        failures(&app, mia.id).await,
        4,
        "right codes are not failures"
    );
}

/// The on-premises directory gets the new password once, however many parallel posts;
/// when it refuses, nothing changes here and the person can try again.
struct CountingDirectory {
    calls: std::sync::atomic::AtomicUsize,
    refuse: std::sync::atomic::AtomicBool,
    current: std::sync::Mutex<String>,
    binds: std::sync::atomic::AtomicUsize,
}

#[async_trait::async_trait]
impl latchkey_core::writeback::DirectoryPort for CountingDirectory {
    async fn write_password(
        &self,
        _user: &latchkey_core::directory::User,
        new: &latchkey_core::Secret,
        _kind: latchkey_core::writeback::WriteKind<'_>,
    ) -> Result<(), latchkey_core::writeback::WriteBackError> {
        self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        if self.refuse.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(latchkey_core::writeback::WriteBackError::Unavailable(
                "the directory said no".into(),
            ));
        }
        *self.current.lock().expect("test value") = new.expose().to_owned();
        Ok(())
    }

    async fn unlock(
        &self,
        _user: &latchkey_core::directory::User,
    ) -> Result<(), latchkey_core::writeback::WriteBackError> {
        Ok(())
    }

    async fn verify_password(
        &self,
        _user: &latchkey_core::directory::User,
        password: &latchkey_core::Secret,
    ) -> Result<latchkey_core::writeback::BindOutcome, latchkey_core::writeback::WriteBackError>
    {
        self.binds.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Ok(
            if *self.current.lock().expect("test value") == password.expose() {
                latchkey_core::writeback::BindOutcome::Valid
            } else {
                latchkey_core::writeback::BindOutcome::Invalid
            },
        )
    }
}

#[tokio::test]
async fn the_directory_gets_the_password_once_and_a_refusal_changes_nothing() {
    use std::sync::atomic::Ordering::SeqCst;
    let port = std::sync::Arc::new(CountingDirectory {
        calls: Default::default(),
        refuse: std::sync::atomic::AtomicBool::new(true),
        current: std::sync::Mutex::new("Old-Password-111".into()),
        binds: Default::default(),
    });
    let app = TestApp::with_directory(port.clone()).await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let mia = make_external(&app, &mia, "uid=mias,ou=people,dc=example,dc=org").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    assert_eq!(
        pass_email(&app, &mut c, "mia@home.example")
            .await
            .location(),
        "/reset/password"
    );
    let pw = "Fresh-Horse-Battery-42";
    let r = c
        .post(
            "/reset/password",
            &[("new_password", pw), ("confirm_password", pw)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.body);
    assert!(
        r.body.contains("hasn&#39;t changed") || r.body.contains("hasn't changed"),
        "{}",
        r.body
    );
    assert_eq!(port.calls.load(SeqCst), 1);
    assert_eq!(
        count(&app, activity::SSPR_RESET, "mias").await,
        0,
        "nothing audited as done"
    );
    let mut s = app.client();
    assert_eq!(
        s.sign_in("mias", "Old-Password-111").await.status,
        StatusCode::SEE_OTHER,
        "the old password still works"
    );
    // The directory is back: ten posts at once, one write.
    port.refuse.store(false, SeqCst);
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let mut c2 = twin(&app, &c);
        tasks.push(tokio::spawn(async move {
            c2.post(
                "/reset/password",
                &[("new_password", pw), ("confirm_password", pw)],
            )
            .await
            .status
        }));
    }
    let mut finished = 0;
    for t in tasks {
        if t.await.expect("task") == StatusCode::SEE_OTHER {
            finished += 1;
        }
    }
    assert_eq!(finished, 1);
    assert_eq!(port.calls.load(SeqCst), 2, "one more write, not ten");
    assert_eq!(count(&app, activity::SSPR_RESET, "mias").await, 1);
    assert_eq!(
        count(&app, activity::PASSWORD_WRITEBACK, "mias").await,
        2,
        "the refusal and the write that worked are in the audit log"
    );
    assert_eq!(
        s.sign_in("mias", pw).await.status,
        StatusCode::SEE_OTHER,
        "signs in through the directory with the new password"
    );
    // An empty password never reaches the directory (it would be an anonymous bind).
    let before = port.binds.load(SeqCst);
    let mut e = app.client();
    assert_ne!(e.sign_in("mias", "").await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        port.binds.load(SeqCst),
        before,
        "no bind for an empty password"
    );
}
