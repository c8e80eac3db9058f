//! Against a real OpenLDAP `slapd` with the ppolicy overlay: sync (first import, delta,
//! deletions, nested groups), pass-through sign-in, write-back of resets and changes
//! through RFC 3062, ppolicy refusals, unlock, and the faults (down, slow, TLS name
//! mismatch, failover). In every fault nothing is half-changed and the audit log says so.

use axum::http::StatusCode;
use latchkey_core::Secret;
use latchkey_core::audit::activity;
use latchkey_core::directory::Role;
use latchkey_core::writeback::{PolicyRefusal, WriteBackError};
use latchkey_web::service::ServiceError;

use crate::harness::TestApp;
use crate::onprem_support::*;
use crate::sspr_support::*;

async fn writeback_failures(app: &TestApp, target: &str) -> Vec<String> {
    let filter = latchkey_core::store::AuditFilter {
        activity: Some(activity::PASSWORD_WRITEBACK.into()),
        target: Some(target.into()),
        result: Some(latchkey_core::audit::Outcome::Failure),
        ..Default::default()
    };
    app.state
        .store
        .audit_list(&filter, 0, 50)
        .await
        .expect("audit")
        .items
        .iter()
        .map(|e| e.details["reason"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn sync_imports_users_and_nested_groups_then_follows_changes_and_deletions() {
    let d = OpenLdap::from_env();
    let p = prefix();
    let alice = d.add_user(&format!("{p}alice"), "Initial#Pass1");
    let bob = d.add_user(&format!("{p}bob"), "Initial#Pass1");
    let inner = d.add_group(&format!("{p}inner"), &[&bob]);
    d.add_group(&format!("{p}sspr-users"), &[&alice, &inner]);
    let app = app_with(&d.settings(&d.url, &p)).await;

    let dry = latchkey_web::service::onprem::sync(&app.state, &cli(), true, &|_| {})
        .await
        .expect("dry run");
    assert_eq!(dry.summary.users_created, 2);
    assert!(
        matches!(
            app.state
                .store
                .user_by_username(
                    &latchkey_core::directory::Username::parse(&format!("{p}alice")).unwrap()
                )
                .await,
            Err(latchkey_core::store::StoreError::NotFound)
        ),
        "a dry run writes nothing"
    );
    let first = sync(&app).await;
    assert!(first.full);
    assert_eq!(
        (first.summary.users_created, first.summary.groups_created),
        (2, 2),
        "{first:?}"
    );
    let a = user(&app, &format!("{p}alice")).await;
    let ext = a.external.clone().expect("synced");
    assert_eq!(ext.dn, alice);
    assert_eq!(ext.id.len(), 36, "entryUUID: {}", ext.id);
    assert_eq!(
        a.email.as_ref().map(|e| e.as_str().to_owned()),
        Some(format!("{p}alice@example.org"))
    );
    assert_eq!(
        a.mobile_phone.as_ref().map(|m| m.as_str()),
        Some("+14255550131")
    );
    let outer = app
        .state
        .store
        .group_by_name(&format!("{p}sspr-users"))
        .await
        .expect("group");
    let b = user(&app, &format!("{p}bob")).await;
    assert!(
        app.state
            .store
            .is_member(b.id, outer.id)
            .await
            .expect("member"),
        "nested membership"
    );
    // Synced accounts are read-only here.
    let actor = latchkey_web::service::directory::Actor::cli(cli());
    let refused = latchkey_web::service::directory::delete_user(&app.state, &actor, &a).await;
    assert!(
        matches!(refused, Err(ServiceError::Managed(_))),
        "{refused:?}"
    );

    // A delta: a changed mail, a deleted account.
    d.admin_modify(&format!(
        "dn: {alice}\nchangetype: modify\nreplace: mail\nmail: {p}new@example.org\n"
    ));
    d.admin_modify(&format!("dn: {bob}\nchangetype: delete\n"));
    let second = sync(&app).await;
    assert!(!second.full);
    assert_eq!(
        (second.summary.users_updated, second.summary.users_deleted),
        (1, 1),
        "{second:?}"
    );
    assert_eq!(
        user(&app, &format!("{p}alice"))
            .await
            .email
            .map(|e| e.as_str().to_owned()),
        Some(format!("{p}new@example.org"))
    );
    assert!(
        app.state.store.user_get(b.id).await.is_err(),
        "deleted with the entry"
    );
    let events = app
        .state
        .store
        .audit_list(
            &latchkey_core::store::AuditFilter {
                activity: Some(activity::DIRECTORY_SYNC.into()),
                ..Default::default()
            },
            0,
            10,
        )
        .await
        .expect("audit");
    assert_eq!(events.total, 2, "each sync is audited once");
}

#[tokio::test]
async fn sign_in_binds_reset_writes_back_and_the_directory_rules_apply() {
    let d = OpenLdap::from_env();
    let p = prefix();
    let name = format!("{p}carol");
    let dn = d.add_user(&name, "Initial#Pass1");
    let app = app_with(&d.settings(&d.url, &p)).await;
    sync(&app).await;
    let mut c = app.client();
    assert_eq!(
        c.sign_in(&name, "Initial#Pass1").await.status,
        StatusCode::SEE_OTHER,
        "pass-through sign-in"
    );
    let mut w = app.client();
    assert_ne!(
        w.sign_in(&name, "wrong-password").await.status,
        StatusCode::SEE_OTHER
    );
    assert_ne!(
        w.sign_in(&name, "").await.status,
        StatusCode::SEE_OTHER,
        "an empty password never binds"
    );

    // An administrator's reset is written through RFC 3062; the old password stops working.
    admin_reset(&app, &name, "Second#Horse-42", false)
        .await
        .expect("reset");
    assert!(binds(&d.url, &dn, "Second#Horse-42"));
    assert!(!binds(&d.url, &dn, "Initial#Pass1"));
    // ppolicy keeps history: the first password again is refused there, nothing changes.
    let again = admin_reset(&app, &name, "Initial#Pass1", false).await;
    assert!(
        matches!(
            again,
            Err(ServiceError::Directory(WriteBackError::Policy(
                PolicyRefusal::InHistory
            )))
        ),
        "{again:?}"
    );
    assert!(
        binds(&d.url, &dn, "Second#Horse-42"),
        "unchanged in the directory"
    );
    assert_eq!(
        writeback_failures(&app, &name).await,
        vec!["directory_password_in_history"]
    );
    // Must change at next sign-in maps to pwdReset.
    admin_reset(&app, &name, "Third#Horse-43", true)
        .await
        .expect("reset");
    assert_eq!(
        read(&d.url, (&d.admin.0, &d.admin.1), &dn, "pwdReset").as_deref(),
        Some("TRUE")
    );

    // The user changes their own password: the directory checks the current one.
    let mut me = app.client();
    assert_eq!(
        me.sign_in(&name, "Third#Horse-43").await.status,
        StatusCode::SEE_OTHER
    );
    let u = user(&app, &name).await;
    let ctx = cli();
    let wrong = latchkey_web::service::password::change_own_password(
        &app.state,
        &u,
        &Secret::new("not-it-at-all"),
        &Secret::new("Fourth#Horse-44"),
        &Secret::new("Fourth#Horse-44"),
        &ctx,
    )
    .await
    .expect("answer");
    assert!(matches!(
        wrong,
        Err(latchkey_web::service::password::ChangeRefused::WrongCurrent)
    ));
    let ok = latchkey_web::service::password::change_own_password(
        &app.state,
        &u,
        &Secret::new("Third#Horse-43"),
        &Secret::new("Fourth#Horse-44"),
        &Secret::new("Fourth#Horse-44"),
        &ctx,
    )
    .await
    .expect("answer");
    assert!(ok.is_ok());
    assert!(binds(&d.url, &dn, "Fourth#Horse-44"));
}

#[tokio::test]
async fn self_service_reset_and_unlock_reach_openldap() {
    let d = OpenLdap::from_env();
    let p = prefix();
    let name = format!("{p}dave");
    let dn = d.add_user(&name, "Initial#Pass1");
    let app = app_with(&d.settings(&d.url, &p)).await;
    sync(&app).await;
    enable_for_all(&app).await;
    set_policy(&app, |p| p.allow_unlock = true).await;
    let u = user(&app, &name).await;
    add_method(&app, &u, "email", "dave@home.example").await;

    // Locked in the directory by three bad binds (ppolicy pwdMaxFailure 3).
    for i in 0..3 {
        assert!(!binds(&d.url, &dn, &format!("bad-{i}")));
    }
    assert!(!binds(&d.url, &dn, "Initial#Pass1"), "locked");
    let mut c = app.client();
    start(&mut c, &name).await;
    c.post("/reset/options", &[("choice", "unlock")]).await;
    let r = pass_email(&app, &mut c, "dave@home.example").await;
    assert_eq!(r.location(), "/reset/done", "{}", r.body);
    assert!(
        binds(&d.url, &dn, "Initial#Pass1"),
        "unlocked in the directory, same password"
    );

    // A reset through the journey.
    let mut c = app.client();
    start(&mut c, &name).await;
    c.post("/reset/options", &[("choice", "reset")]).await;
    pass_email(&app, &mut c, "dave@home.example").await;
    let r = choose_password(&mut c, "Journey#Horse-77").await;
    assert_eq!(r.location(), "/reset/done", "{}", r.body);
    assert!(binds(&d.url, &dn, "Journey#Horse-77"));
    assert!(!binds(&d.url, &dn, "Initial#Pass1"));
}

#[tokio::test]
async fn faults_change_nothing_and_failover_finds_the_second_server() {
    let d = OpenLdap::from_env();
    let p = prefix();
    let name = format!("{p}erin");
    let dn = d.add_user(&name, "Initial#Pass1");
    // Synced through the second URL: the first refuses connections.
    let app = app_with(&d.settings(&format!("ldaps://127.0.0.1:1 {}", d.url), &p)).await;
    assert_eq!(
        sync(&app).await.summary.users_created,
        1,
        "failover to the second URL"
    );
    admin_reset(&app, &name, "Failover#Horse-5", false)
        .await
        .expect("reset through the second URL");
    assert!(binds(&d.url, &dn, "Failover#Horse-5"));

    // The same account, three broken directories.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("listener");
    let slow_url = format!("ldap://{}", silent.local_addr().expect("addr"));
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((s, _)) = silent.accept().await {
            held.push(s); // accepts and never answers
        }
    });
    for (url, why) in [
        ("ldaps://127.0.0.1:1".to_owned(), "down"),
        (slow_url, "slow"),
        (
            var("LATCHKEY_TEST_OPENLDAP_MISMATCH_URL"),
            "certificate name mismatch",
        ),
    ] {
        let broken = app_with(&d.settings(&url, &p)).await;
        let local = user(&app, &name).await;
        // The account as the first app synced it, in the broken one.
        let mirror = make_user(&broken, &name, Role::User, "Local#Unused-1").await;
        let mirror = make_external(&broken, &mirror, &dn).await;
        assert_eq!(
            mirror.external.as_ref().map(|e| &e.dn),
            local.external.as_ref().map(|e| &e.dn)
        );
        let started = std::time::Instant::now();
        let r = admin_reset(&broken, &name, "Broken#Horse-9", false).await;
        assert!(
            matches!(
                r,
                Err(ServiceError::Directory(WriteBackError::Unavailable(_)))
            ),
            "{why}: {r:?}"
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(15),
            "{why}: bounded by the timeouts"
        );
        assert_eq!(
            writeback_failures(&broken, &name).await,
            vec!["directory_unavailable"],
            "{why}"
        );
        let mut c = broken.client();
        let r = c.sign_in(&name, "Failover#Horse-5").await;
        assert_eq!(
            r.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{why}: sign-in says the directory can't be reached"
        );
        let s = latchkey_web::service::onprem::sync(&broken.state, &cli(), false, &|_| {}).await;
        assert!(matches!(s, Err(ServiceError::Directory(_))), "{why}: {s:?}");
        assert!(
            !latchkey_web::service::onprem::last_sync(&broken.state, "main")
                .await
                .expect("last")
                .expect("kept")
                .ok
        );
    }
    assert!(
        binds(&d.url, &dn, "Failover#Horse-5"),
        "no fault changed the directory"
    );
}

#[tokio::test]
async fn typed_names_are_never_filters() {
    let d = OpenLdap::from_env();
    let p = prefix();
    d.add_user(&format!("{p}frank"), "Initial#Pass1");
    let app = app_with(&d.settings(&d.url, &p)).await;
    sync(&app).await;
    for typed in ["*", "admin)(|(uid=*", &format!("{p}*")] {
        let report = latchkey_web::service::onprem::doctor(&app.state, Some(typed))
            .await
            .expect("doctor");
        let test = report
            .checks
            .iter()
            .find(|c| c.name.starts_with("Test account"))
            .expect("checked");
        assert!(
            test.detail.contains("0 accounts match"),
            "{typed}: {test:?}"
        );
        let mut c = app.client();
        assert_ne!(
            c.sign_in(typed, "Initial#Pass1").await.status,
            StatusCode::SEE_OTHER,
            "{typed}"
        );
    }
    let report = latchkey_web::service::onprem::doctor(&app.state, Some(&format!("{p}frank")))
        .await
        .expect("doctor");
    assert!(report.healthy(), "{report:?}");
    assert!(
        report
            .checks
            .iter()
            .any(|c| c.name.contains("ppolicy") && c.status == latchkey_ldap::CheckStatus::Ok)
    );
    let lockout = |r: &latchkey_ldap::DoctorReport| {
        r.checks
            .iter()
            .find(|c| c.name.starts_with("Lockout before"))
            .map(|c| (c.status, c.detail.clone()))
            .expect("lockout checked")
    };
    assert_eq!(
        lockout(&report).0,
        latchkey_ldap::CheckStatus::Ok,
        "{:?}",
        lockout(&report)
    );
    // Latchkey locking no earlier than slapd (pwdMaxFailure 3) is a failed check.
    let mut late = d.settings(&d.url, &p);
    late.push(("LATCHKEY_LDAP__LOCKOUT_THRESHOLD".into(), "3".into()));
    let late = app_with(&late).await;
    let report = latchkey_web::service::onprem::doctor(&late.state, None)
        .await
        .expect("doctor");
    assert_eq!(
        lockout(&report).0,
        latchkey_ldap::CheckStatus::Failed,
        "{:?}",
        lockout(&report)
    );
}

#[tokio::test]
async fn directory_contact_info_counts_only_when_the_policy_says_so() {
    let d = OpenLdap::from_env();
    let p = prefix();
    let name = format!("{p}gina");
    d.add_user(&name, "Initial#Pass1");
    let app = app_with(&d.settings(&d.url, &p)).await;
    sync(&app).await;
    enable_for_all(&app).await;
    set_policy(&app, |pol| {
        pol.methods = vec![latchkey_core::policy::Method::MobilePhone]
    })
    .await;
    // Off (the default): the directory's mobile number is not a registered method.
    let mut c = app.client();
    start(&mut c, &name).await;
    let r = c
        .post(
            "/reset/verify/send",
            &[
                ("channel", "mobile_sms"),
                ("destination", "+1 425 555 0131"),
            ],
        )
        .await;
    assert_ne!(
        r.status,
        StatusCode::SEE_OTHER,
        "nothing to send to: {}",
        r.body
    );
    // On: the number from the directory gets the code, and the reset goes through.
    set_policy(&app, |pol| pol.use_directory_contacts = true).await;
    let mut c = app.client();
    start(&mut c, &name).await;
    let r = c
        .post(
            "/reset/verify/send",
            &[
                ("channel", "mobile_sms"),
                ("destination", "+1 425 555 0131"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    c.get(r.location()).await;
    let code = code_sent_to(&app, "+14255550131");
    let r = c
        .post(
            "/reset/verify/check",
            &[("channel", "mobile_sms"), ("code", &code)],
        )
        .await;
    assert_eq!(r.location(), "/reset/password", "{}", r.body);
    let r = choose_password(&mut c, "Contact#Horse-31").await;
    assert_eq!(r.location(), "/reset/done", "{}", r.body);
    assert!(binds(&d.url, &d.user_dn(&name), "Contact#Horse-31"));
}

#[tokio::test]
async fn contact_info_typed_by_an_administrator_follows_the_same_switch() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    set_policy(&app, |pol| {
        pol.methods = vec![latchkey_core::policy::Method::Email]
    })
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let actor = latchkey_web::service::directory::Actor::cli(cli());
    let update = latchkey_web::service::directory::UserUpdate {
        profile: latchkey_web::service::directory::ProfilePatch {
            alternate_email: Some("mia@home.example".into()),
            ..Default::default()
        },
        ..Default::default()
    };
    latchkey_web::service::directory::update_user(&app.state, &actor, &mia, update)
        .await
        .expect("update");
    let mut c = app.client();
    start(&mut c, "mias").await;
    let r = c
        .post(
            "/reset/verify/send",
            &[("channel", "email"), ("destination", "mia@home.example")],
        )
        .await;
    assert_ne!(
        r.status,
        StatusCode::SEE_OTHER,
        "not registered while the switch is off"
    );
    set_policy(&app, |pol| pol.use_directory_contacts = true).await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    let r = pass_email(&app, &mut c, "mia@home.example").await;
    assert_eq!(r.location(), "/reset/password", "{}", r.body);
}

#[tokio::test]
async fn guessing_through_latchkey_never_locks_the_directory_account() {
    let d = OpenLdap::from_env();
    let p = prefix();
    let name = format!("{p}hank");
    let dn = d.add_user(&name, "Initial#Pass1");
    // slapd locks after 3 failed binds (pwdMaxFailure); Latchkey stops after 2.
    let app = app_with(&d.settings(&d.url, &p)).await;
    sync(&app).await;
    let mut c = app.client();
    for _ in 0..5 {
        c.sign_in(&name, "the-same-wrong-guess").await;
    }
    for i in 0..5 {
        c.sign_in(&name, &format!("another-wrong-guess-{i}")).await;
    }
    let r = c.sign_in(&name, "Initial#Pass1").await;
    assert!(
        r.body.contains("temporarily locked"),
        "Latchkey locked it: {}",
        r.body
    );
    assert_eq!(
        read(
            &d.url,
            (&d.admin.0, &d.admin.1),
            &dn,
            "pwdAccountLockedTime"
        ),
        None,
        "not locked in the directory"
    );
    assert!(
        binds(&d.url, &dn, "Initial#Pass1"),
        "the directory still takes the right password"
    );

    // Many guesses at once for another account: only as many binds as the lockout allows.
    let name = format!("{p}hugo");
    let dn = d.add_user(&name, "Initial#Pass1");
    sync(&app).await;
    let mut tasks = Vec::new();
    for i in 0..30 {
        let mut c = app.client();
        let name = name.clone();
        tasks.push(tokio::spawn(async move {
            c.sign_in(&name, &format!("parallel-guess-{i}"))
                .await
                .status
        }));
    }
    for t in tasks {
        t.await.expect("task");
    }
    assert_eq!(
        read(
            &d.url,
            (&d.admin.0, &d.admin.1),
            &dn,
            "pwdAccountLockedTime"
        ),
        None,
        "parallel guesses didn't lock it in the directory"
    );
    assert!(binds(&d.url, &dn, "Initial#Pass1"));
}

#[tokio::test]
async fn accounts_of_a_directory_no_longer_configured_are_reported_and_can_be_deleted() {
    let d = OpenLdap::from_env();
    let p = prefix();
    let name = format!("{p}iris");
    d.add_user(&name, "Initial#Pass1");
    let app = app_with(&d.settings(&d.url, &p)).await;
    sync(&app).await;
    let u = user(&app, &name).await;
    // The same database, the directory renamed in the configuration.
    let mut renamed = d.settings(&d.url, &p);
    renamed.push(("LATCHKEY_LDAP__NAME".into(), "renamed".into()));
    let pairs: Vec<(&str, &str)> = renamed
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut env = pairs.clone();
    let url = app.state.settings.database_url();
    env.push(("LATCHKEY_DATABASE__URL", url.as_str()));
    let key = std::fs::read_to_string(
        app.state
            .settings
            .data_dir
            .join(latchkey_core::seal::KEY_FILE_NAME),
    )
    .expect("the first instance's key");
    env.push(("LATCHKEY_ENCRYPTION_KEY", key.trim()));
    let later = crate::harness::TestApp::with_env(&env).await;
    let report = latchkey_web::service::onprem::doctor(&later.state, None)
        .await
        .expect("doctor");
    let orphans = report
        .checks
        .iter()
        .find(|c| {
            c.name
                .starts_with("Accounts from a directory no longer configured")
        })
        .expect("reported");
    assert!(orphans.detail.starts_with("1 accounts"), "{orphans:?}");
    let mut c = later.client();
    assert_ne!(
        c.sign_in(&name, "Initial#Pass1").await.status,
        StatusCode::SEE_OTHER
    );
    let actor = latchkey_web::service::directory::Actor::cli(cli());
    latchkey_web::service::directory::delete_user(&later.state, &actor, &u)
        .await
        .expect("an orphan can be deleted");
}

#[tokio::test]
async fn a_renamed_entry_is_found_by_its_id_and_a_reused_dn_is_never_bound() {
    let d = OpenLdap::from_env();
    let p = prefix();
    let name = format!("{p}ivy");
    let dn = d.add_user(&name, "Initial#Pass1");
    let app = app_with(&d.settings(&d.url, &p)).await;
    sync(&app).await;
    // Renamed in the directory (new RDN), not yet synced.
    d.admin_modify(&format!(
        "dn: {dn}\nchangetype: modrdn\nnewrdn: cn={name} Renamed\ndeleteoldrdn: 0\n"
    ));
    let renamed = format!("cn={name} Renamed,ou=people,{}", d.base);
    let mut c = app.client();
    assert_eq!(
        c.sign_in(&name, "Initial#Pass1").await.status,
        StatusCode::SEE_OTHER,
        "found by entryUUID"
    );
    admin_reset(&app, &name, "Renamed#Horse-8", false)
        .await
        .expect("reset at the new DN");
    assert!(binds(&d.url, &renamed, "Renamed#Horse-8"));
    // Another object now sits at the old DN, with a password its creator knows.
    d.add_user(&name, "Impostor#Pass1");
    let mut i = app.client();
    assert_eq!(
        c.sign_in(&name, "Renamed#Horse-8").await.status,
        StatusCode::SEE_OTHER,
        "still the synced object"
    );
    assert_ne!(
        i.sign_in(&name, "Impostor#Pass1").await.status,
        StatusCode::SEE_OTHER,
        "the impostor at the old DN is never bound"
    );
}

#[tokio::test]
async fn a_block_made_in_latchkey_outlasts_syncs_and_a_directory_disable_does_not_stick() {
    let d = OpenLdap::from_env();
    let p = prefix();
    let name = format!("{p}jack");
    let dn = d.add_user(&name, "Initial#Pass1");
    let app = app_with(&d.settings(&d.url, &p)).await;
    sync(&app).await;
    let actor = latchkey_web::service::directory::Actor::cli(cli());
    let u = user(&app, &name).await;
    let block = latchkey_web::service::directory::UserUpdate {
        enabled: Some(false),
        ..Default::default()
    };
    latchkey_web::service::directory::update_user(&app.state, &actor, &u, block)
        .await
        .expect("block");
    // The entry changes in the directory, so the next delta reads it (enabled there).
    d.admin_modify(&format!(
        "dn: {dn}\nchangetype: modify\nreplace: sn\nsn: Changed\n"
    ));
    sync(&app).await;
    assert!(
        !user(&app, &name).await.enabled,
        "still blocked after the sync"
    );
    let mut c = app.client();
    assert_ne!(
        c.sign_in(&name, "Initial#Pass1").await.status,
        StatusCode::SEE_OTHER
    );
    // Allowed again here; then disabled in the directory, and enabled there again.
    let allow = latchkey_web::service::directory::UserUpdate {
        enabled: Some(true),
        ..Default::default()
    };
    let u = user(&app, &name).await;
    latchkey_web::service::directory::update_user(&app.state, &actor, &u, allow)
        .await
        .expect("allow");
    d.admin_modify(&format!(
            "dn: {dn}\nchangetype: modify\nadd: pwdAccountLockedTime\npwdAccountLockedTime: 000001010000Z\n"
        ),
    );
    assert_eq!(sync(&app).await.summary.users_disabled, 1);
    assert!(!user(&app, &name).await.enabled);
    d.admin_modify(&format!(
        "dn: {dn}\nchangetype: modify\ndelete: pwdAccountLockedTime\n"
    ));
    sync(&app).await;
    assert!(
        user(&app, &name).await.enabled,
        "the directory's disable doesn't stick here"
    );
    assert_eq!(
        c.sign_in(&name, "Initial#Pass1").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn managers_are_read_from_openldap_and_follow_it() {
    let d = OpenLdap::from_env();
    let p = prefix();
    let boss = d.add_user(&format!("{p}boss"), "Initial#Pass1");
    let kate = d.add_user(&format!("{p}kate"), "Initial#Pass1");
    let set_manager = |manager: &str| {
        d.admin_modify(&format!(
            "dn: {kate}\nchangetype: modify\nreplace: manager\nmanager: {manager}\n"
        ))
    };
    // Named in another case than the entry's: DNs match whatever their case.
    set_manager(&boss.to_uppercase());
    let app = app_with(&d.settings(&d.url, &p)).await;
    let first = sync(&app).await;
    assert_eq!(first.summary.users_created, 2, "{first:?}");
    let manager_of = |name: String| {
        let app = &app;
        async move {
            let u = user(app, &name).await;
            app.state.store.manager_of(u.id).await.expect("manager")
        }
    };
    let b = user(&app, &format!("{p}boss")).await;
    assert_eq!(
        manager_of(format!("{p}kate")).await,
        Some(b.id),
        "an account and its manager created by the same sync are linked"
    );
    assert_eq!(manager_of(format!("{p}boss")).await, None);

    // A manager outside the sync's scope: no manager, and the report says why.
    set_manager(&d.admin.0);
    let report = sync(&app).await;
    assert!(!report.full);
    assert_eq!(manager_of(format!("{p}kate")).await, None);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.contains(&d.admin.0) && w.contains("not an account synced")),
        "{report:?}"
    );

    // Back to the synced manager, then removed in the directory. With manager approval
    // on, kate is told who may now vouch for her.
    let (s, body) = app
        .api(
            "PUT",
            "/api/v1/helpdesk/settings",
            &app.write_token("admin").await,
            Some(
                serde_json::json!({"require_verification": true, "window_minutes": 10,
                "burst_threshold": 3, "manager_approval": true}),
            ),
        )
        .await;
    assert_eq!(s, axum::http::StatusCode::OK, "{body}");
    app.messages().await;
    set_manager(&boss);
    sync(&app).await;
    assert_eq!(manager_of(format!("{p}kate")).await, Some(b.id));
    let kate_user = user(&app, &format!("{p}kate")).await;
    let told = app.messages().await;
    assert!(
        told.iter().any(
            |m| kate_user.email.as_ref().is_some_and(|e| m.to == e.as_str())
                && m.subject.contains("manager for helpdesk calls changed")
                && m.body.contains(&format!("({p}boss)"))
        ),
        "{told:?}"
    );
    d.admin_modify(&format!(
        "dn: {kate}\nchangetype: modify\ndelete: manager\n"
    ));
    let report = sync(&app).await;
    assert_eq!(
        manager_of(format!("{p}kate")).await,
        None,
        "removed with the directory's: {report:?}"
    );
    assert!(report.summary.users_updated >= 1, "{report:?}");
    // Each change is audited as an administrator's would be, newest first.
    let changes: Vec<_> = app
        .state
        .store
        .audit_list(
            &latchkey_core::store::AuditFilter {
                activity: Some(latchkey_core::audit::activity::UPDATE_MANAGER.into()),
                target: Some(format!("{p}kate")),
                ..Default::default()
            },
            0,
            10,
        )
        .await
        .expect("audit")
        .items
        .into_iter()
        .map(|e| {
            (
                e.details["before"].clone(),
                e.details["after"].clone(),
                e.details["source"].clone(),
            )
        })
        .collect();
    let boss_name = serde_json::json!(format!("{p}boss"));
    let none = serde_json::Value::Null;
    let dir = serde_json::json!("directory");
    assert_eq!(
        changes,
        vec![
            (boss_name.clone(), none.clone(), dir.clone()),
            (none.clone(), boss_name.clone(), dir.clone()),
            (boss_name.clone(), none.clone(), dir.clone()),
            (none, boss_name, dir),
        ],
        "set, out of scope, back, removed"
    );
}
