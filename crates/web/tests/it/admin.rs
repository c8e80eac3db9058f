//! The admin portal: users, roles, password resets and groups.

use crate::harness::{ADMIN_PW, TestApp, shown_password};
use crate::sspr_support::without_caller_verification;
use axum::http::StatusCode;
use latchkey_core::directory::Username;

#[tokio::test]
async fn create_user_validates_every_field_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get("/admin/users/new").await;
    assert!(r.body.contains("Automatically create a password"));
    assert!(
        r.body
            .contains("Require this user to change their password when they first sign in")
    );
    assert!(
        r.body
            .contains("id=\"auto_password\" name=\"auto_password\" value=\"true\" checked")
    );
    assert!(
        r.body
            .contains("id=\"must_change\" name=\"must_change\" value=\"true\" checked")
    );
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("first_name", "Mia"),
                ("last_name", "Steele"),
                ("username", "mia steele"),
                ("mobile_phone", "425 555 0100"),
                ("email", "not-an-email"),
                ("role", "user"),
                ("password", "Typed-Secret-99"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("There is a problem"));
    assert!(
        r.body.contains("can&#39;t contain") || r.body.contains("can't contain"),
        "{}",
        r.body
    );
    assert!(r.body.contains("country code"));
    assert!(r.body.contains("Enter an email address"));
    assert!(
        r.body.contains("value=\"425 555 0100\""),
        "typed values are kept"
    );
    assert!(r.body.contains("value=\"Mia\""));
    assert!(!r.body.contains("Typed-Secret-99"), "never the password");
    // A typed password must pass the policy.
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("first_name", "Mia"),
                ("username", "mias"),
                ("role", "user"),
                ("password", "abc"),
            ],
        )
        .await;
    assert!(r.body.contains("at least 8 characters"));
    // Typed and valid: no password page, the user exists.
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("first_name", "Mia"),
                ("last_name", "Steele"),
                ("username", "mias"),
                ("role", "user"),
                ("password", "Typed-Secret-99"),
                ("mobile_phone", "+1 425 555 0100"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mia = app
        .state
        .store
        .user_by_username(&Username::parse("mias").expect("u"))
        .await
        .expect("created");
    assert_eq!(mia.display_name, "Mia Steele");
    assert_eq!(
        mia.mobile_phone.map(|p| p.as_str().to_owned()).as_deref(),
        Some("+14255550100")
    );
    assert!(!mia.must_change_password, "box unticked");
    // Duplicate username.
    let r = admin
        .post(
            "/admin/users/new",
            &[
                ("first_name", "Mia"),
                ("username", "MIAS"),
                ("role", "user"),
                ("auto_password", "true"),
            ],
        )
        .await;
    assert!(r.body.contains("already taken"));
    // Search and paging.
    let r = admin.get("/admin/users?q=steele").await;
    assert!(r.body.contains("1 user matching"));
    assert!(r.body.contains("Mia Steele"));
    let r = admin.get("/admin/users?q=%25&page=abc").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("0 users"));
}

#[tokio::test]
async fn password_admins_reset_users_but_not_admins() {
    let app = TestApp::new().await;
    // About other rules than caller verification (see helpdesk.rs).
    without_caller_verification(&app).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let helpdesk_pw = app
        .create_user(&mut admin, "helen", "Helen", "Desk", "password_admin")
        .await;
    app.create_user(&mut admin, "mias", "Mia", "Steele", "user")
        .await;
    let mut helen = app.client();
    helen.sign_in("helen", &helpdesk_pw).await;
    helen
        .post(
            "/password/change",
            &[
                ("current_password", &helpdesk_pw),
                ("new_password", "Helpdesk-Pass-123"),
                ("confirm_password", "Helpdesk-Pass-123"),
            ],
        )
        .await;
    let mia = app
        .state
        .store
        .user_by_username(&Username::parse("mias").expect("u"))
        .await
        .expect("mia");
    let boss = app
        .state
        .store
        .user_by_username(&Username::parse("admin").expect("u"))
        .await
        .expect("admin");

    // Reset Mia: a new password is shown once, her sessions end, she must change it.
    let mut mia_session = app.client();
    let r = helen
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true"), ("must_change", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let fresh = shown_password(&r.body);
    assert_eq!(
        mia_session.sign_in("mias", &fresh).await.location(),
        "/password/change"
    );

    // Not the global admin.
    let r = helen
        .post(
            &format!("/admin/users/{}/reset-password", boss.id),
            &[("auto_password", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = helen.get(&format!("/admin/users/{}", boss.id)).await;
    assert!(
        !r.body.contains("Reset password"),
        "the page doesn't offer what isn't allowed"
    );
    // Nor creating users, groups or changing roles.
    assert_eq!(
        helen.get("/admin/users/new").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        helen
            .post(
                &format!("/admin/users/{}/role", mia.id),
                &[("role", "global_admin")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        helen
            .post("/admin/groups/new", &[("name", "X")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // A user can't see the portal at all.
    let mut m = app.client();
    m.sign_in("mias", &fresh).await;
    m.post(
        "/password/change",
        &[
            ("current_password", &fresh),
            ("new_password", "Mia-New-Pass-2026"),
            ("confirm_password", "Mia-New-Pass-2026"),
        ],
    )
    .await;
    assert_eq!(m.get("/admin").await.status, StatusCode::FORBIDDEN);

    // Typed password by the global admin, without forcing a change.
    let r = admin
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("password", "Chosen-By-Admin-1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("reset to the one you typed"));
    let mut m2 = app.client();
    assert_eq!(
        m2.sign_in("mias", "Chosen-By-Admin-1").await.location(),
        "/account"
    );
}

#[tokio::test]
async fn an_admin_reset_clears_the_lockout() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    app.create_user(&mut admin, "mias", "Mia", "Steele", "user")
        .await;
    let mut m = app.client();
    for i in 0..10 {
        m.sign_in("mias", &format!("guess-{i}-wrong")).await;
    }
    assert!(
        m.sign_in("mias", "guess-x-wrong")
            .await
            .body
            .contains("temporarily locked")
    );
    let mia = app
        .state
        .store
        .user_by_username(&Username::parse("mias").expect("u"))
        .await
        .expect("mia");
    let r = admin
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true")],
        )
        .await;
    let pw = shown_password(&r.body);
    assert_eq!(m.sign_in("mias", &pw).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn contact_info_roles_blocking_and_the_last_global_admin() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let pw = app
        .create_user(&mut admin, "mias", "Mia", "Steele", "user")
        .await;
    let mia = app
        .state
        .store
        .user_by_username(&Username::parse("mias").expect("u"))
        .await
        .expect("mia");
    let path = format!("/admin/users/{}", mia.id);
    let r = admin
        .post(
            &format!("{path}/profile"),
            &[
                ("first_name", "Mia"),
                ("last_name", "Steele"),
                ("display_name", "Mia Steele"),
                ("mobile_phone", "12345"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("country code") && r.body.contains("value=\"12345\""));
    let r = admin
        .post(
            &format!("{path}/profile"),
            &[
                ("first_name", "Mia"),
                ("last_name", "Steele"),
                ("display_name", "Mia Steele"),
                ("mobile_phone", "+44 20 7946 0958"),
                ("alternate_email", "mia@home.example"),
            ],
        )
        .await;
    assert_eq!(r.location(), format!("{path}?saved=1"));
    let r = admin.get(&format!("{path}?saved=1")).await;
    assert!(r.body.contains("+442079460958") && r.body.contains("mia@home.example"));
    // Clearing a phone.
    admin
        .post(
            &format!("{path}/profile"),
            &[
                ("first_name", "Mia"),
                ("last_name", "Steele"),
                ("display_name", "Mia Steele"),
            ],
        )
        .await;
    let m = app.state.store.user_get(mia.id).await.expect("mia");
    assert!(m.mobile_phone.is_none() && m.alternate_email.is_none());

    // Block sign-in ends her session and refuses her password with the generic words.
    let mut s = app.client();
    s.sign_in("mias", &pw).await;
    admin
        .post(&format!("{path}/enabled"), &[("enabled", "false")])
        .await;
    assert_eq!(s.get("/password/change").await.location(), "/");
    let r = s.sign_in("mias", &pw).await;
    assert!(r.body.contains("Your account or password is incorrect"));
    admin
        .post(&format!("{path}/enabled"), &[("enabled", "true")])
        .await;
    assert_eq!(s.sign_in("mias", &pw).await.status, StatusCode::SEE_OTHER);

    // Roles, and the last global administrator can't be removed.
    admin
        .post(&format!("{path}/role"), &[("role", "global_admin")])
        .await;
    assert_eq!(
        app.state.store.user_get(mia.id).await.expect("mia").role,
        latchkey_core::directory::Role::GlobalAdmin
    );
    let boss = app
        .state
        .store
        .user_by_username(&Username::parse("admin").expect("u"))
        .await
        .expect("admin");
    let r = admin
        .post(
            &format!("/admin/users/{}/delete", boss.id),
            &[("confirm", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "not yourself");
    admin
        .post(&format!("{path}/role"), &[("role", "user")])
        .await;
    let r = admin
        .post(&format!("{path}/role"), &[("role", "root")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // Delete needs the confirmation box.
    let r = admin.post(&format!("{path}/delete"), &[]).await;
    assert!(r.body.contains("Tick the box"));
    let r = admin
        .post(&format!("{path}/delete"), &[("confirm", "true")])
        .await;
    assert_eq!(r.location(), "/admin/users");
    assert!(app.state.store.user_get(mia.id).await.is_err());
}

#[tokio::test]
async fn groups_with_members_nesting_and_cycle_protection() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    app.create_user(&mut admin, "mias", "Mia", "Steele", "user")
        .await;
    let r = admin
        .post(
            "/admin/groups/new",
            &[
                ("name", "SSPRTesters"),
                ("description", "Testers of SSPR rollout"),
                ("members", "mias, nobody"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("no user or group called"));
    assert!(
        app.state.store.group_list().await.expect("list").is_empty(),
        "nothing half-made"
    );
    let r = admin
        .post(
            "/admin/groups/new",
            &[
                ("name", "SSPRTesters"),
                ("description", "Testers of SSPR rollout"),
                ("members", "mias"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let testers_path = r.location().to_owned();
    let r = admin.get(&testers_path).await;
    assert!(r.body.contains("Mia Steele") && r.body.contains("Testers of SSPR rollout"));
    let r = admin
        .post("/admin/groups/new", &[("name", "ssprtesters")])
        .await;
    assert!(r.body.contains("already exists"));
    let r = admin
        .post("/admin/groups/new", &[("name", "All staff")])
        .await;
    let staff_path = r.location().to_owned();
    let r = admin
        .post(&format!("{staff_path}/add"), &[("member", "SSPRTesters")])
        .await;
    assert!(r.body.contains("Added SSPRTesters"));
    let mia = app
        .state
        .store
        .user_by_username(&Username::parse("mias").expect("u"))
        .await
        .expect("mia");
    let staff = app
        .state
        .store
        .group_by_name("All staff")
        .await
        .expect("group");
    assert!(
        app.state
            .store
            .is_member(mia.id, staff.id)
            .await
            .expect("nested")
    );
    let r = admin
        .post(&format!("{testers_path}/add"), &[("member", "All staff")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("inside itself"), "{}", r.body);
    let r = admin
        .post(&format!("{testers_path}/add"), &[("member", "")])
        .await;
    assert!(
        r.body
            .contains("Enter a username, a person&#39;s display name or a group name")
    );
    let r = admin
        .post(
            &format!("{testers_path}/remove"),
            &[("kind", "user"), ("id", &mia.id.to_string())],
        )
        .await;
    assert!(r.body.contains("Member removed"));
    assert!(
        !app.state
            .store
            .is_member(mia.id, staff.id)
            .await
            .expect("gone")
    );
    let r = admin
        .post(
            &format!("{testers_path}/remove"),
            &[("kind", "robot"), ("id", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = admin
        .post(&format!("{staff_path}/delete"), &[("confirm", "true")])
        .await;
    assert_eq!(r.location(), "/admin/groups");
    assert!(app.state.store.group_by_name("All staff").await.is_err());
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 100)
        .await
        .expect("audit");
    let names: Vec<&str> = events.items.iter().map(|e| e.activity.as_str()).collect();
    for a in [
        "Add group",
        "Add member to group",
        "Remove member from group",
        "Delete group",
        "Add user",
    ] {
        assert!(names.contains(&a), "missing audit event {a}: {names:?}");
    }
    let add = events
        .items
        .iter()
        .find(|e| e.activity == "Add user")
        .expect("add user");
    assert_eq!(add.actor, "admin");
    assert_eq!(add.target, "mias");
    assert_eq!(add.result, latchkey_core::audit::Outcome::Success);
}

#[tokio::test]
async fn the_organization_name_and_logo_appear_on_pages_and_in_messages() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    admin.get("/admin/password-reset/customization").await;
    let png: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
    let r = admin
        .post_multipart(
            "/admin/branding",
            &[("organization_name", "Contoso Ltd")],
            Some(("logo", "image/png", png)),
        )
        .await;
    assert_eq!(
        r.location(),
        "/admin/password-reset/customization?saved=1",
        "{}",
        r.body
    );
    let page = app.client().get("/").await;
    assert!(
        page.body.contains("Contoso Ltd")
            && page.body.contains("<img src=\"data:image/png;base64,"),
        "{}",
        page.body
    );
    let pw = app
        .create_user(&mut admin, "mias", "Mia", "Steele", "user")
        .await;
    assert!(!pw.is_empty());
    let mia = app
        .state
        .store
        .user_by_username(&Username::parse("mias").expect("u"))
        .await
        .expect("mia");
    admin
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true")],
        )
        .await;
    let mut p = latchkey_core::directory::Profile {
        display_name: "Mia".into(),
        ..Default::default()
    };
    p.email = Some(latchkey_core::directory::Email::parse("e", "mia@work.example").expect("email"));
    app.state
        .store
        .user_update_profile(mia.id, &p, 1)
        .await
        .expect("profile");
    admin
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true")],
        )
        .await;
    assert!(
        app.messages()
            .await
            .iter()
            .any(|m| m.subject.contains("Contoso Ltd") || m.body.contains("Contoso Ltd")),
        "messages carry the name"
    );
    // Not an image, or no token: refused, nothing changed.
    let r = admin
        .post_multipart(
            "/admin/branding",
            &[("organization_name", "Evil")],
            Some(("logo", "text/html", b"<html><script>")),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    admin.csrf = Some("forged".into());
    let r = admin
        .post_multipart("/admin/branding", &[("organization_name", "Evil")], None)
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(app.client().get("/").await.body.contains("Contoso Ltd"));
    let events = app
        .state
        .store
        .audit_list(&Default::default(), 0, 100)
        .await
        .expect("audit")
        .items;
    assert!(
        events
            .iter()
            .any(|e| e.activity == "Update organization name and logo")
    );
}
