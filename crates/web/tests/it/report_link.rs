//! The "This wasn't me" link: used once however many posts arrive at once, and a page
//! that says what was done (the last global administrator is not blocked).

use crate::harness::TestApp;
use crate::sspr_support::make_user;
use latchkey_core::audit::activity;
use latchkey_core::directory::{Role, User, Username};
use latchkey_core::store::{AuditFilter, CodePurpose, CodeRecord};

/// A report link for `user`, stored as a reset notice stores it.
async fn report_path(app: &TestApp, user: &User) -> String {
    use rand::RngCore;
    let mut b = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut b);
    let token: String = b.iter().map(|x| format!("{x:02x}")).collect();
    app.state
        .store
        .code_put(&CodeRecord {
            owner: format!("report:{}", app.state.mac(&[b"report", token.as_bytes()])),
            purpose: CodePurpose::Report,
            destination: user.id.to_string(),
            code_mac: String::new(),
            expires_at: app.state.now() + 7 * 86_400,
            attempts: 0,
        })
        .await
        .expect("report link");
    format!("/report/{token}")
}

async fn reports(app: &TestApp) -> usize {
    app.state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(activity::REPORTED_NOT_ME.into()),
                ..AuditFilter::default()
            },
            0,
            50,
        )
        .await
        .expect("audit")
        .total as usize
}

/// Ten people post the same link at once: one report, one audit event, one alert.
async fn parallel_posts_use_the_link_once(app: TestApp) {
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    make_user(&app, "gina", Role::GlobalAdmin, "Old-Password-111").await;
    let path = report_path(&app, &mia).await;
    let mut clients = Vec::new();
    for _ in 0..10 {
        let mut c = app.client();
        c.get(&path).await;
        clients.push(c);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for mut c in clients {
        let path = path.clone();
        tasks.spawn(async move { c.post(&path, &[]).await });
    }
    let mut thanked = 0;
    let mut expired = 0;
    while let Some(r) = tasks.join_next().await {
        let r = r.expect("task");
        if r.body.contains("Thanks for telling us") {
            thanked += 1;
            assert!(r.body.contains("blocked sign-in"), "{}", r.body);
        } else if r.body.contains("This link has expired") {
            expired += 1;
        } else {
            panic!("unexpected page {}: {}", r.status, r.body);
        }
    }
    assert_eq!((thanked, expired), (1, 9));
    assert_eq!(reports(&app).await, 1, "one audit event");
    let alerts = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.to == "gina@work.example" && m.subject.contains("mias"))
        .count();
    assert_eq!(alerts, 1, "one alert to the administrators");
    assert!(!app.state.store.user_get(mia.id).await.expect("u").enabled);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_posts_of_a_report_link_count_once_on_sqlite() {
    parallel_posts_use_the_link_once(TestApp::new().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_posts_of_a_report_link_count_once_on_postgres() {
    parallel_posts_use_the_link_once(TestApp::on_postgres().await).await;
}

#[tokio::test]
async fn the_last_global_administrator_is_told_what_was_done_not_that_sign_in_is_blocked() {
    let app = TestApp::new().await;
    let admin = app
        .state
        .store
        .user_by_username(&Username::parse("admin").expect("name"))
        .await
        .expect("admin");
    let path = report_path(&app, &admin).await;
    let mut c = app.client();
    c.get(&path).await;
    let r = c.post(&path, &[]).await;
    let body = crate::harness::html_unescape(&r.body);
    assert!(body.contains("Thanks for telling us"), "{body}");
    assert!(
        !body.contains("blocked sign-in"),
        "sign-in was not blocked: {body}"
    );
    assert!(
        body.contains("ended every session")
            && body.contains("new password will be required")
            && body.contains("told your administrators"),
        "{body}"
    );
    let admin = app.state.store.user_get(admin.id).await.expect("admin");
    assert!(admin.enabled && admin.must_change_password);
}

#[tokio::test]
async fn the_language_picker_never_copies_the_report_token() {
    let app = TestApp::new().await;
    let mia = make_user(&app, "mia", Role::User, "Old-Password-111").await;
    let path = report_path(&app, &mia).await;
    let token = path.trim_start_matches("/report/").to_owned();
    let mut c = app.client();
    for r in [c.get(&path).await, c.post(&path, &[]).await] {
        assert!(r.body.contains("id=\"lang-picker\""), "{}", r.body);
        // Only in the page's own form (its address), never in the picker's way back.
        assert!(
            r.body.matches(&token).count() <= 1
                && !r.body.contains(&format!("value=\"/report/{token}")),
            "{}",
            r.body
        );
        assert!(r.body.contains("name=\"back\" value=\"/\""), "{}", r.body);
    }
}
