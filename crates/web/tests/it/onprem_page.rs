//! The *On-premises integration* page without a directory configured (the switches, the
//! how-to, Sync now, who may use it), and the notes on accounts and groups that come from
//! the on-premises directory.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::directory::{ExternalAccount, Role};

const PAGE: &str = "/admin/password-reset/on-premises";

async fn policy(app: &TestApp) -> latchkey_core::policy::SsprPolicy {
    latchkey_web::sspr::load_policy(&app.state)
        .await
        .expect("policy")
}

#[tokio::test]
async fn without_a_directory_the_page_says_how_to_connect_one() {
    let app = TestApp::new().await;
    assert!(app.state.ldap.is_empty());
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get(PAGE).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    for text in [
        "<h1>On-premises integration</h1>",
        r#"href="/admin/password-reset/on-premises" aria-current="page""#,
        "No on-premises directory is connected",
        "<code>[ldap]</code>",
        "LATCHKEY_LDAP__BIND_PASSWORD_FILE",
        "Connecting Active Directory or OpenLDAP",
        "Write back passwords to your on-premises directory?",
        "Allow users to unlock accounts without resetting their password?",
    ] {
        assert!(r.body.contains(text), "{text}: {}", r.body);
    }
    // Nothing to check or sync yet, so no dead buttons.
    assert!(!r.body.contains("Sync now</button>"), "{}", r.body);
    assert!(!r.body.contains("Run checks"), "{}", r.body);
    assert!(!r.body.contains("arrives with the directory connector"));
    // Asking for the checks anyway shows the same page, not an error.
    let r = admin.get(&format!("{PAGE}?check=1&test_user=mias")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("No on-premises directory is connected"));
}

#[tokio::test]
async fn the_switches_save_and_persist() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let before = policy(&app).await;
    assert!(before.writeback && !before.allow_unlock, "defaults");
    let r = admin
        .post(PAGE, &[("writeback", "false"), ("allow_unlock", "true")])
        .await;
    assert_eq!(r.location(), format!("{PAGE}?saved=1"), "{}", r.body);
    let p = policy(&app).await;
    assert!(!p.writeback && p.allow_unlock);
    let r = admin.get(&format!("{PAGE}?saved=1")).await;
    assert!(r.body.contains("Your changes were saved."));
    assert!(
        r.body
            .contains(r#"id="wb_no" name="writeback" value="false" checked"#),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains(r#"id="ul_yes" name="allow_unlock" value="true" checked"#)
    );
    assert!(!p.use_directory_contacts, "off by default");
    let r = admin
        .post(
            PAGE,
            &[
                ("writeback", "true"),
                ("allow_unlock", "false"),
                ("use_directory_contacts", "true"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let p = policy(&app).await;
    assert!(p.writeback && !p.allow_unlock && p.use_directory_contacts);
    assert!(
        admin
            .get(PAGE)
            .await
            .body
            .contains(r#"id="dc_yes" name="use_directory_contacts" value="true" checked"#)
    );
    // A form without the write-back switch (an older page, a script) leaves it alone.
    admin.post(PAGE, &[("allow_unlock", "true")]).await;
    let p = policy(&app).await;
    assert!(p.writeback && p.allow_unlock);
    // Each save is audited with the before and after.
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 100)
        .await
        .expect("audit")
        .items;
    assert!(events.iter().any(|e| {
        e.activity == "Update self-service password reset policy"
            && e.details["before"]["writeback"] == true
            && e.details["after"]["writeback"] == false
    }));
}

#[tokio::test]
async fn a_password_administrator_can_look_but_not_change_check_or_sync() {
    let app = TestApp::new().await;
    make_user(&app, "helen", Role::PasswordAdmin, "Old-Password-111").await;
    let mut h = app.signed_in("helen", "Old-Password-111").await;
    let r = h.get(PAGE).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Only global administrators"));
    assert!(!r.body.contains(">Save</button>"));
    assert_eq!(
        h.post(PAGE, &[("writeback", "false"), ("allow_unlock", "true")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        h.post(PAGE, &[("action", "sync")]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        h.get(&format!("{PAGE}?check=1")).await.status,
        StatusCode::FORBIDDEN
    );
    let p = policy(&app).await;
    assert!(p.writeback && !p.allow_unlock, "nothing changed");
}

#[tokio::test]
async fn sync_now_without_a_directory_says_so_in_words() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.post(PAGE, &[("action", "sync")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(r.body.contains("The sync didn't finish"), "{}", r.body);
    assert!(
        r.body
            .contains("There is no on-premises directory to sync from"),
        "{}",
        r.body
    );
    // The page is still all there, with the how-to.
    assert!(r.body.contains("No on-premises directory is connected"));
    assert!(r.body.contains("Write back passwords"));
    // Nothing was recorded as a sync, and the policy is as it was.
    assert!(
        latchkey_web::service::onprem::last_sync(&app.state, "main")
            .await
            .expect("last sync")
            .is_none()
    );
    assert!(policy(&app).await.writeback);
}

#[tokio::test]
async fn accounts_and_groups_from_the_directory_are_read_only_with_a_note() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let local = make_user(&app, "localuser", Role::User, "Old-Password-111").await;
    let mias = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let dn = "CN=Mia Steele,OU=Staff,DC=example,DC=com";
    let mias = make_external(&app, &mias, dn).await;
    let r = admin.get(&format!("/admin/users/{}", mias.id)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .contains("This account comes from your on-premises directory"),
        "{}",
        r.body
    );
    assert!(r.body.contains(dn));
    assert!(
        r.body
            .contains("changes made there arrive with the next sync")
    );
    for control in ["Save contact info", "Delete user"] {
        assert!(!r.body.contains(control), "{control}");
    }
    // Blocking sign-in here stays (it outlasts syncs), and so does resetting the
    // password (it is written back).
    assert!(r.body.contains("Block sign-in"));
    assert!(r.body.contains("/reset-password"));
    // A local account keeps every control.
    let r = admin.get(&format!("/admin/users/{}", local.id)).await;
    assert!(!r.body.contains("comes from your on-premises directory"));
    for control in ["Save contact info", "Block sign-in", "Delete user"] {
        assert!(r.body.contains(control), "{control}");
    }

    let plan = latchkey_core::dirsync::SyncPlan {
        create_groups: vec![(
            "SSPR-Users".into(),
            "From AD".into(),
            ExternalAccount {
                directory: "main".into(),
                id: "group-1".into(),
                dn: "CN=SSPR-Users,OU=Groups,DC=example,DC=com".into(),
                password_expires_at: None,
            },
        )],
        directory: "main".into(),
        ..Default::default()
    };
    let cursor = app
        .state
        .store
        .setting_get(&latchkey_core::store::sync_cursor_key("main"))
        .await
        .expect("cursor");
    assert!(
        app.state
            .store
            .sync_commit(&plan, cursor.as_deref(), 0, &Default::default())
            .await
            .expect("sync")
    );
    let group = app
        .state
        .store
        .group_list()
        .await
        .expect("groups")
        .into_iter()
        .find(|g| g.name == "SSPR-Users")
        .expect("synced group");
    let r = admin.get(&format!("/admin/groups/{}", group.id)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .contains("This group comes from your on-premises directory"),
        "{}",
        r.body
    );
    assert!(r.body.contains("CN=SSPR-Users,OU=Groups,DC=example,DC=com"));
    assert!(!r.body.contains("Add member"));
    assert!(!r.body.contains("Delete group"));
    let r = admin.get("/admin/groups").await;
    assert!(r.body.contains("Security, from the on-premises directory"));
}

#[tokio::test]
async fn an_unreachable_directory_is_checked_and_synced_with_plain_words() {
    // A loopback port nobody listens on: every connection is refused at once.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let url = format!("ldaps://127.0.0.1:{port}");
    let app = TestApp::with_env(&[
        ("LATCHKEY_LDAP__URLS", url.as_str()),
        (
            "LATCHKEY_LDAP__BIND_DN",
            "CN=svc-latchkey,OU=Service,DC=example,DC=com",
        ),
        ("LATCHKEY_LDAP__BIND_PASSWORD", "not-used"),
        ("LATCHKEY_LDAP__USER_BASE", "OU=Staff,DC=example,DC=com"),
        ("LATCHKEY_LDAP__CONNECT_TIMEOUT_SECONDS", "2"),
        ("LATCHKEY_LDAP__OPERATION_TIMEOUT_SECONDS", "2"),
        ("LATCHKEY_LDAP__SYNC_INTERVAL_MINUTES", "0"),
    ])
    .await;
    assert!(!app.state.ldap.is_empty());
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get(PAGE).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    for text in [
        url.as_str(),
        "No sync has run yet.",
        "Sync now</button>",
        "Run checks</button>",
    ] {
        assert!(r.body.contains(text), "{text}: {}", r.body);
    }
    assert!(!r.body.contains("No on-premises directory is connected"));

    let started = std::time::Instant::now();
    let r = admin.get(&format!("{PAGE}?check=1&test_user=mias")).await;
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains(r#"<th scope="col">What to change</th>"#));
    assert!(
        r.body.contains(r#"<strong class="error">Failed</strong>"#),
        "{}",
        r.body
    );
    assert!(r.body.contains("checks failed") || r.body.contains("1 check failed"));
    assert!(
        r.body.contains(r#"value="mias""#),
        "the test user stays typed"
    );

    let r = admin.post(PAGE, &[("action", "sync")]).await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.body);
    assert!(
        r.body.contains("The sync failed and nothing was changed"),
        "{}",
        r.body
    );
    let last = latchkey_web::service::onprem::last_sync(&app.state, "main")
        .await
        .expect("last sync")
        .expect("recorded");
    assert!(!last.ok);
    let r = admin.get(PAGE).await;
    assert!(
        r.body.contains(r#"<strong class="error">failed.</strong>"#),
        "{}",
        r.body
    );
}
