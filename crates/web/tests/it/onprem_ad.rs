//! Seed 003 against a real Samba AD domain controller: a hybrid user in a synced group
//! that is the SSPR target resets through `/reset`, then binds to AD with the new
//! password (the old one refused); a locked AD account is unlocked without a reset;
//! AD's constraint violations, protected accounts (adminCount=1) and missing rights
//! become specific refusals, and nothing is half-changed. Samba has one set of ports:
//! these tests take turns ([`AD_TURN`]).

use axum::http::StatusCode;
use latchkey_core::Secret;
use latchkey_core::policy::Scope;
use latchkey_core::writeback::{PolicyRefusal, WriteBackError};
use latchkey_web::service::ServiceError;

use crate::harness::TestApp;
use crate::onprem_support::*;
use crate::sspr_support::*;

fn upn(sam: &str) -> String {
    format!("{sam}@example.test")
}

#[tokio::test]
async fn seed_003_hybrid_user_resets_and_unlocks_against_active_directory() {
    let _turn = AD_TURN.lock().await;
    let d = Ad::from_env();
    let p = prefix();
    let sam = format!("{p}hybrid");
    let dn = d.add_user(&d.ou, &sam, "Initial#Pass1");
    d.add_group(&format!("{p}SSPR-Users"), &[&dn]);
    let app = app_with(&d.settings(&p)).await;
    let report = sync(&app).await;
    assert_eq!(
        (report.summary.users_created, report.summary.groups_created),
        (1, 1),
        "{report:?}"
    );
    let name = sam.to_lowercase();
    let u = user(&app, &name).await;
    let ext = u.external.clone().expect("synced");
    assert_eq!(ext.id.len(), 36, "objectGUID as a UUID: {}", ext.id);
    assert_eq!(u.display_name, format!("Hybrid User {sam}"));
    // The synced group is the SSPR target ("Selected").
    let group = app
        .state
        .store
        .group_by_name(&format!("{p}SSPR-Users"))
        .await
        .expect("group");
    set_policy(&app, |pol| {
        pol.scope = Scope::Selected;
        pol.group_id = Some(group.id);
        pol.allow_unlock = true;
    })
    .await;
    add_method(&app, &u, "email", "hybrid@home.example").await;

    // Sign-in passes through to AD.
    let mut s = app.client();
    assert_eq!(
        s.sign_in(&name, "Initial#Pass1").await.status,
        StatusCode::SEE_OTHER
    );

    // A reset through /reset; AD's complexity rule refuses a weak one first.
    let mut c = app.client();
    start(&mut c, &name).await;
    c.post("/reset/options", &[("choice", "reset")]).await;
    pass_email(&app, &mut c, "hybrid@home.example").await;
    let r = choose_password(&mut c, "plainlowercasehorsewords").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("more complex password"), "{}", r.body);
    assert!(
        binds(&d.url, &upn(&sam), "Initial#Pass1"),
        "unchanged after a refusal"
    );
    let r = choose_password(&mut c, "Hybrid#Horse-2026").await;
    assert_eq!(r.location(), "/reset/done", "{}", r.body);
    assert!(
        binds(&d.url, &upn(&sam), "Hybrid#Horse-2026"),
        "AD takes the new password"
    );
    assert!(
        !binds(&d.url, &upn(&sam), "Initial#Pass1"),
        "the old one is refused"
    );

    // Locked in AD by three bad binds; unlocked without a reset.
    for i in 0..3 {
        assert!(!binds(&d.url, &upn(&sam), &format!("bad-{i}")));
    }
    assert!(
        !binds(&d.url, &upn(&sam), "Hybrid#Horse-2026"),
        "locked (data 775)"
    );
    let mut s = app.client();
    assert_ne!(
        s.sign_in(&name, "Hybrid#Horse-2026").await.status,
        StatusCode::SEE_OTHER,
        "locked there, refused here"
    );
    let mut c = app.client();
    start(&mut c, &name).await;
    c.post("/reset/options", &[("choice", "unlock")]).await;
    let r = pass_email(&app, &mut c, "hybrid@home.example").await;
    assert_eq!(r.location(), "/reset/done", "{}", r.body);
    assert!(
        binds(&d.url, &upn(&sam), "Hybrid#Horse-2026"),
        "unlocked, same password"
    );
    assert_eq!(
        read(&d.url, (&d.admin.0, &d.admin.1), &dn, "lockoutTime").as_deref(),
        Some("0")
    );
}

#[tokio::test]
async fn active_directory_refusals_are_specific_and_change_nothing() {
    let _turn = AD_TURN.lock().await;
    let d = Ad::from_env();
    let p = prefix();
    let sam = format!("{p}rules");
    let dn = d.add_user(&d.ou, &sam, "Initial#Pass1");
    // Outside the OU the service account was delegated: no right to reset.
    let outside = d.add_user(
        &format!("CN=Users,{}", d.base),
        &format!("{p}outside"),
        "Initial#Pass1",
    );
    // A protected account (as SDProp marks members of privileged groups).
    let guarded = d.add_user(&d.ou, &format!("{p}guarded"), "Initial#Pass1");
    d.admin_modify(&format!(
        "dn: {guarded}\nchangetype: modify\nreplace: adminCount\nadminCount: 1\n"
    ));
    let app = app_with(&d.settings(&p)).await;
    assert_eq!(sync(&app).await.summary.users_created, 3);
    let name = sam.to_lowercase();

    // AD's history: the service account's reset with the policy-hints control, then a
    // user's own change back to an earlier password.
    admin_reset(&app, &name, "Second#Horse-42", false)
        .await
        .expect("reset");
    assert!(binds(&d.url, &upn(&sam), "Second#Horse-42"));
    let u = user(&app, &name).await;
    let back = latchkey_web::service::password::change_own_password(
        &app.state,
        &u,
        &Secret::new("Second#Horse-42"),
        &Secret::new("Initial#Pass1"),
        &Secret::new("Initial#Pass1"),
        &cli(),
    )
    .await;
    assert!(
        matches!(
            back,
            Err(ServiceError::Directory(WriteBackError::Policy(
                PolicyRefusal::InHistory
            )))
        ),
        "{back:?}"
    );
    let wrong = latchkey_web::service::password::change_own_password(
        &app.state,
        &u,
        &Secret::new("not-the-password"),
        &Secret::new("Third#Horse-43"),
        &Secret::new("Third#Horse-43"),
        &cli(),
    )
    .await
    .expect("answer");
    assert!(matches!(
        wrong,
        Err(latchkey_web::service::password::ChangeRefused::WrongCurrent)
    ));
    assert!(
        binds(&d.url, &upn(&sam), "Second#Horse-42"),
        "still the same"
    );

    // Must change at next sign-in: pwdLastSet=0; AD then refuses the bind with data 773
    // and Latchkey asks for a new password.
    admin_reset(&app, &name, "Third#Horse-43", true)
        .await
        .expect("reset");
    assert_eq!(
        read(&d.url, (&d.admin.0, &d.admin.1), &dn, "pwdLastSet").as_deref(),
        Some("0")
    );
    let mut s = app.client();
    let r = s.sign_in(&name, "Third#Horse-43").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // Nested in Domain Admins but without adminCount yet (SDProp hasn't run): tokenGroups.
    let nested = d.add_user(&d.ou, &format!("{p}nested"), "Initial#Pass1");
    let admins_group = d.add_group(&format!("{p}Helpdesk-Admins"), &[&nested]);
    d.admin_modify(&format!(
        "dn: CN=Domain Admins,CN=Users,{}\nchangetype: modify\nadd: member\nmember: {admins_group}\n",
        d.base
    ));
    sync(&app).await;
    let r = admin_reset(
        &app,
        &format!("{p}nested").to_lowercase(),
        "Nested#Horse-1",
        false,
    )
    .await;
    d.admin_modify(&format!(
        "dn: CN=Domain Admins,CN=Users,{}\nchangetype: modify\ndelete: member\nmember: {admins_group}\n",
        d.base
    ));
    assert!(
        matches!(
            r,
            Err(ServiceError::Directory(WriteBackError::Protected(_)))
        ),
        "{r:?}"
    );
    assert!(
        binds(&d.url, &upn(&format!("{p}nested")), "Initial#Pass1"),
        "never half-tried"
    );

    let r = admin_reset(
        &app,
        &format!("{p}guarded").to_lowercase(),
        "Guarded#Horse-1",
        false,
    )
    .await;
    assert!(
        matches!(
            r,
            Err(ServiceError::Directory(WriteBackError::Protected(_)))
        ),
        "{r:?}"
    );
    assert!(
        binds(&d.url, &upn(&format!("{p}guarded")), "Initial#Pass1"),
        "never half-tried"
    );
    let r = admin_reset(
        &app,
        &format!("{p}outside").to_lowercase(),
        "Outside#Horse-1",
        false,
    )
    .await;
    assert!(
        matches!(
            r,
            Err(ServiceError::Directory(WriteBackError::InsufficientRights(
                _
            )))
        ),
        "{r:?}"
    );
    assert!(binds(&d.url, &outside, "Initial#Pass1"));
    // The doctor sees the delegated rights on an account inside the OU.
    let report = latchkey_web::service::onprem::doctor(&app.state, Some(&sam))
        .await
        .expect("doctor");
    assert_eq!(
        report.flavour,
        Some(latchkey_ldap::Flavour::ActiveDirectory)
    );
    let failed: Vec<_> = report
        .checks
        .iter()
        .filter(|c| c.status == latchkey_ldap::CheckStatus::Failed)
        .collect();
    assert!(failed.is_empty(), "{failed:?}");
    assert!(
        report
            .checks
            .iter()
            .any(|c| c.name.starts_with("Lockout before")
                && c.status == latchkey_ldap::CheckStatus::Ok
                && c.detail.contains("the directory after 3")),
        "{report:?}"
    );
    assert!(
        report.checks.iter().any(|c| c.name == "Protected accounts"),
        "{report:?}"
    );
}

#[tokio::test]
async fn large_groups_are_read_range_by_range() {
    let _turn = AD_TURN.lock().await;
    let d = Ad::from_env();
    let p = prefix();
    let members: Vec<String> = (0..5)
        .map(|i| {
            d.add_user(
                &d.ou,
                &format!("{p}m{}", char::from(b'a' + i)),
                "Initial#Pass1",
            )
        })
        .collect();
    let refs: Vec<&str> = members.iter().map(String::as_str).collect();
    let group = d.add_group(&format!("{p}Big"), &refs);
    let app = app_with(&d.settings(&p)).await;
    let dir = app.state.ldap.first().cloned().expect("directory");
    // As AD does for groups over 1,500 members, two at a time.
    let mut read = dir.members_in_ranges(&group, 2).await.expect("ranges");
    read.sort();
    let mut want = members.clone();
    want.sort();
    assert_eq!(
        read.iter().map(|m| m.to_lowercase()).collect::<Vec<_>>(),
        want.iter().map(|m| m.to_lowercase()).collect::<Vec<_>>()
    );
    let report = sync(&app).await;
    assert_eq!(report.summary.users_created, 5);
    let g = app
        .state
        .store
        .group_by_name(&format!("{p}Big"))
        .await
        .expect("group");
    assert_eq!(
        app.state
            .store
            .group_members(g.id)
            .await
            .expect("members")
            .users
            .len(),
        5
    );
}

#[tokio::test]
async fn two_directories_each_account_goes_to_its_own() {
    let _turn = AD_TURN.lock().await;
    let ad = Ad::from_env();
    let ol = OpenLdap::from_env();
    let p = prefix();
    let ad_user = ad.add_user(&ad.ou, &format!("{p}forest"), "Initial#Pass1");
    let ol_dn = ol.add_user(&format!("{p}tree"), "Initial#Pass1");
    // The same name in both: the second directory's account is left out, not merged.
    ol.add_user(&format!("{p}forest"), "Initial#Pass1");
    // OpenLDAP is [ldap] (named "main"), Samba a [[more_ldap]] called "ad".
    let mut file = String::from("[[more_ldap]]\nname = \"ad\"\n");
    for (k, v) in ad.settings(&p) {
        let key = k.trim_start_matches("LATCHKEY_LDAP__").to_lowercase();
        let value = if v.chars().all(|c| c.is_ascii_digit()) {
            v
        } else {
            format!("{v:?}")
        };
        file.push_str(&format!("{key} = {value}\n"));
    }
    let env = ol.settings(&ol.url, &p);
    let pairs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let app = TestApp::with_config_file(&file, &pairs).await;
    assert_eq!(app.state.ldap.len(), 2);
    let report = sync(&app).await;
    assert_eq!(report.summary.users_created, 2, "{report:?}");
    assert_eq!(report.summary.skipped, 1, "{report:?}");
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.starts_with("ad: ") || w.starts_with("main: ")),
        "{report:?}"
    );
    let forest = user(&app, &format!("{p}forest")).await;
    let tree = user(&app, &format!("{p}tree")).await;
    assert_eq!(
        forest.external.as_ref().map(|e| e.directory.as_str()),
        Some("main"),
        "OpenLDAP synced first"
    );
    assert_eq!(
        tree.external.as_ref().map(|e| e.directory.as_str()),
        Some("main")
    );
    // AD's own account with that name is left out; another of its accounts comes in.
    let sam = format!("{p}oak");
    ad.add_user(&ad.ou, &sam, "Initial#Pass1");
    assert_eq!(sync(&app).await.summary.users_created, 1);
    let oak = user(&app, &sam).await;
    assert_eq!(
        oak.external.as_ref().map(|e| e.directory.as_str()),
        Some("ad")
    );
    // Each reset goes to its own directory.
    admin_reset(&app, &sam, "Oak#Horse-2026", false)
        .await
        .expect("AD reset");
    assert!(binds(&ad.url, &upn(&sam), "Oak#Horse-2026"));
    admin_reset(&app, &format!("{p}tree"), "Tree#Horse-2026", false)
        .await
        .expect("OpenLDAP reset");
    assert!(binds(&ol.url, &ol_dn, "Tree#Horse-2026"));
    assert!(
        binds(&ad.url, &ad_user, "Initial#Pass1"),
        "the AD namesake is untouched"
    );
    let mut c = app.client();
    assert_eq!(
        c.sign_in(&sam, "Oak#Horse-2026").await.status,
        StatusCode::SEE_OTHER
    );
    // The doctor checks both, naming each.
    let doc = latchkey_web::service::onprem::doctor(&app.state, None)
        .await
        .expect("doctor");
    assert!(doc.checks.iter().any(|c| c.name.starts_with("main: ")));
    assert!(doc.checks.iter().any(|c| c.name.starts_with("ad: ")));
}

#[tokio::test]
async fn managers_are_read_from_active_directory_and_follow_it() {
    let _turn = AD_TURN.lock().await;
    let d = Ad::from_env();
    let p = prefix();
    let boss = d.add_user(&d.ou, &format!("{p}boss"), "Initial#Pass1");
    let kim = d.add_user(&d.ou, &format!("{p}kim"), "Initial#Pass1");
    let set_manager = |manager: &str| {
        d.admin_modify(&format!(
            "dn: {kim}\nchangetype: modify\nreplace: manager\nmanager: {manager}\n"
        ))
    };
    set_manager(&boss);
    let app = app_with(&d.settings(&p)).await;
    let first = sync(&app).await;
    assert_eq!(first.summary.users_created, 2, "{first:?}");
    let manager_of = |name: String| {
        let app = &app;
        async move {
            let u = user(app, &name.to_lowercase()).await;
            app.state.store.manager_of(u.id).await.expect("manager")
        }
    };
    let b = user(&app, &format!("{p}boss").to_lowercase()).await;
    assert_eq!(
        manager_of(format!("{p}kim")).await,
        Some(b.id),
        "an account and its manager created by the same sync are linked"
    );

    // The domain's Administrator is outside the sync's filter: no manager, with a note.
    set_manager(&d.admin.0);
    let report = sync(&app).await;
    assert!(!report.full, "a delta by uSNChanged");
    assert_eq!(manager_of(format!("{p}kim")).await, None);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.to_lowercase().contains(&d.admin.0.to_lowercase())
                && w.contains("not an account synced")),
        "{report:?}"
    );

    // Back to the synced manager, then removed in AD.
    set_manager(&boss);
    sync(&app).await;
    assert_eq!(manager_of(format!("{p}kim")).await, Some(b.id));
    d.admin_modify(&format!("dn: {kim}\nchangetype: modify\ndelete: manager\n"));
    let report = sync(&app).await;
    assert_eq!(
        manager_of(format!("{p}kim")).await,
        None,
        "removed with AD's: {report:?}"
    );
    assert_eq!(report.summary.users_updated, 1, "{report:?}");
}
