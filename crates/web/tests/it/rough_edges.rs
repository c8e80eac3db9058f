//! The rough edges a first administrator and new users hit (issue 15): help requests
//! that reached nobody, and registration suggesting the work address for recovery.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::audit::activity;
use latchkey_core::directory::Role;
use latchkey_core::store::AuditFilter;

async fn help_events(app: &TestApp) -> Vec<latchkey_core::audit::AuditEvent> {
    app.state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(activity::SSPR_HELP.into()),
                ..AuditFilter::default()
            },
            0,
            50,
        )
        .await
        .expect("audit")
        .items
}

#[tokio::test]
async fn help_requests_reach_an_administrator_on_a_fresh_install_or_say_they_cant() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let nora = make_user(&app, "nora", Role::User, "Old-Password-111").await;
    add_method(&app, &nora, "email", "nora@home.example").await;
    // A fresh install: the bootstrap admin has no email of any kind. The page says nothing
    // was sent (for every name alike), the audit says so, the portal warns.
    let mut c = app.client();
    start(&mut c, "nora").await;
    let r = c.post("/reset/help", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("couldn&#39;t reach an administrator")
            || r.body.contains("couldn't reach an administrator"),
        "{}",
        r.body
    );
    let mut d = app.client();
    start(&mut d, "nobody-at-all").await;
    let unknown = d.post("/reset/help", &[]).await;
    assert!(
        unknown.body.contains("reach an administrator"),
        "the same for every name"
    );
    assert!(app.messages().await.is_empty());
    let events = help_events(&app).await;
    assert!(
        events
            .iter()
            .all(|e| e.details["told"] == serde_json::json!([])),
        "{events:?}"
    );
    assert!(
        events
            .iter()
            .any(|e| e.details["reason"] == "no administrator has an email address")
    );
    let admin = user(&app, "admin").await;
    add_app(&app, &admin).await;
    add_method(&app, &admin, "mobile", "+14255550100").await;
    let mut portal = app.signed_in("admin", ADMIN_PW).await;
    let home = portal.get("/admin").await;
    assert!(
        home.body.contains("id=\"no-help-recipient\""),
        "{}",
        home.body
    );

    // The address the admin registered at /setup counts.
    add_method(&app, &admin, "email", "it-admin@home.example").await;
    assert!(
        !portal
            .get("/admin")
            .await
            .body
            .contains("id=\"no-help-recipient\"")
    );
    let mut c = app.client();
    start(&mut c, "nora").await;
    let r = c.post("/reset/help", &[]).await;
    assert!(
        r.body.contains("let your administrators know"),
        "{}",
        r.body
    );
    let sent = app.messages().await;
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].to, "it-admin@home.example");
    assert!(sent[0].body.contains("nora"));
    let told = help_events(&app).await;
    assert!(
        told.iter()
            .any(|e| e.details["told"] == serde_json::json!(["admin"])),
        "the audit says who was told: {told:?}"
    );
}

#[tokio::test]
async fn registration_never_suggests_the_work_address_for_recovery() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let box_tag = |body: &str| -> String {
        let at = body.find("id=\"email_address\"").expect("email box");
        body[at..].chars().take_while(|ch| *ch != '>').collect()
    };
    // Work and alternate addresses: the alternate one is suggested.
    let lena = make_user(&app, "lena", Role::User, "Old-Password-111").await;
    let mut l = app.signed_in("lena", "Old-Password-111").await;
    let tag = box_tag(&l.get("/setup").await.body);
    assert!(tag.contains("value=\"lena@home.example\""), "{tag}");
    // Only a work address: the box stays empty.
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let admin_user = user(&app, "admin").await;
    add_method(&app, &admin_user, "email", "admin@home.example").await;
    add_method(&app, &admin_user, "mobile", "+14255550100").await;
    admin.get(&format!("/admin/users/{}", lena.id)).await;
    let r = admin
        .post(
            &format!("/admin/users/{}/profile", lena.id),
            &[
                ("first_name", "Lena"),
                ("last_name", "Tester"),
                ("display_name", "lena Tester"),
                ("email", "lena@work.example"),
                ("alternate_email", ""),
                ("mobile_phone", ""),
                ("office_phone", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let tag = box_tag(&l.get("/setup").await.body);
    assert!(
        tag.contains("value=\"\""),
        "the work address is never suggested: {tag}"
    );
}

#[tokio::test]
async fn the_helpdesk_link_is_on_the_verification_step_itself() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    set_policy(&app, |p| {
        p.helpdesk = "https://help.contoso.example/password".into()
    })
    .await;
    let nora = make_user(&app, "nora", Role::User, "Old-Password-111").await;
    add_method(&app, &nora, "email", "nora@home.example").await;
    for name in ["nora", "nobody-at-all"] {
        let mut c = app.client();
        start(&mut c, name).await;
        let r = c.get("/reset/verify").await;
        assert_eq!(r.status, StatusCode::OK, "{name}");
        assert!(
            r.body.contains("id=\"helpdesk-link\"")
                && r.body.contains("https://help.contoso.example/password"),
            "{name}: {}",
            r.body
        );
    }
}

#[tokio::test]
async fn a_query_word_never_says_a_method_was_passed() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let nora = make_user(&app, "nora", Role::User, "Old-Password-111").await;
    add_method(&app, &nora, "email", "nora@home.example").await;
    let mut c = app.client();
    start(&mut c, "nora").await;
    for q in ["passed=passkey", "passed=email", "passed=1"] {
        let r = c.get(&format!("/reset/verify?{q}")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(!r.body.contains("Now choose a second"), "{q}: {}", r.body);
    }
}

async fn person(app: &TestApp, username: &str, display: &str) -> latchkey_core::directory::User {
    use latchkey_core::directory::{Profile, Username};
    let hash = app
        .state
        .hasher
        .hash(&latchkey_core::Secret::new("Some-Old-Password-1"))
        .await
        .expect("hash");
    app.state
        .store
        .user_create(
            latchkey_core::store::NewUser {
                username: Username::parse(username).expect("name"),
                profile: Profile {
                    display_name: display.into(),
                    ..Profile::default()
                },
                role: Role::User,
                enabled: true,
                password_hash: hash,
                must_change_password: false,
            },
            app.state.now(),
        )
        .await
        .expect("user")
}

#[tokio::test]
async fn group_members_can_be_named_as_people_are() {
    let app = TestApp::new().await;
    let mia = person(&app, "mias", "Mia Steele").await;
    person(&app, "omar", "Omar Haddad").await;
    person(&app, "omar2", "Omar Haddad").await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    admin.get("/admin/groups/new").await;
    // Seed 004: "Members: Mia Steele".
    let r = admin
        .post(
            "/admin/groups/new",
            &[
                ("name", "SSPRTesters"),
                ("description", "Pilot"),
                ("members", "Mia Steele"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let group = app
        .state
        .store
        .group_by_name("SSPRTesters")
        .await
        .expect("group");
    let members = app
        .state
        .store
        .group_members(group.id)
        .await
        .expect("members");
    assert_eq!(
        members.users.iter().map(|u| u.id).collect::<Vec<_>>(),
        [mia.id]
    );
    // Two people share a name: a clear choice, with their usernames; nothing added.
    let path = format!("/admin/groups/{}/add", group.id);
    admin.get(&format!("/admin/groups/{}", group.id)).await;
    let r = admin.post(&path, &[("member", "omar haddad")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(
        r.body.contains("Omar Haddad (omar)")
            && r.body.contains("Omar Haddad (omar2)")
            && r.body.contains("Type the username of the one you mean"),
        "{}",
        r.body
    );
    let r = admin.post(&path, &[("member", "omar2")]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Added omar2."), "{}", r.body);
}

#[tokio::test]
async fn a_display_name_is_found_among_many_that_start_with_it() {
    let app = TestApp::new().await;
    // Usernames that sort before the one meant, with display names that start with it.
    for i in 0..15 {
        person(&app, &format!("aaa{i:02}"), &format!("Al Leeds {i}")).await;
    }
    let al = person(&app, "zz-al", "Al Lee").await;
    let found = latchkey_web::service::directory::find_member(&app.state, "al lee")
        .await
        .expect("find");
    match found {
        Some(latchkey_web::service::directory::Named::User(u)) => assert_eq!(u.id, al.id),
        other => panic!("Al Lee not found: {other:?}"),
    }
}

#[tokio::test]
async fn a_phone_number_is_typed_at_reset_as_it_was_registered() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mia", Role::User, "Old-Password-111").await;
    // Registered at /setup with the picker "United States / Canada (+1)" and 425 555 0131.
    let mut m = app.signed_in("mia", "Old-Password-111").await;
    m.get("/setup").await;
    let r = m
        .post(
            "/setup/send",
            &[
                ("kind", "mobile"),
                ("country", "1"),
                ("mobile_number", "425 555 0131"),
            ],
        )
        .await;
    assert!(r.status.is_redirection(), "{} {}", r.status, r.body);
    let code = code_sent_to(&app, "+14255550131");
    let r = m
        .post(
            "/setup/verify",
            &[("kind", "mobile"), ("mobile_code", &code)],
        )
        .await;
    assert!(r.status.is_redirection(), "{} {}", r.status, r.body);
    assert!(
        app.state
            .store
            .methods_of(mia.id)
            .await
            .expect("methods")
            .iter()
            .any(|x| x.value == "+14255550131"),
        "the number was registered"
    );
    let before = app.outbox.messages().len();
    let mut c = app.client();
    start(&mut c, "mia").await;
    let r = c
        .post(
            "/reset/verify/send",
            &[("channel", "mobile_sms"), ("destination", "(425) 555-0131")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let sent = app.outbox.messages();
    assert_eq!(sent.len(), before + 1, "a code was texted");
    assert_eq!(sent[before].to, "+14255550131");
    // A national number is never refused for its shape alone: a name that can't reset
    // gets what a real account gets for a number that isn't its own ("doesn't match"),
    // never "start with +", which would tell the two apart.
    let mut other = app.client();
    start(&mut other, "mia").await;
    let real = other
        .post(
            "/reset/verify/send",
            &[("channel", "mobile_sms"), ("destination", "(206) 555-0199")],
        )
        .await;
    // A decoy's methods are drawn per name: take one that offers a text.
    let mut d = app.client();
    let mut offered = false;
    for i in 0..40 {
        d = app.client();
        let page = start(&mut d, &format!("nobody-{i}")).await;
        if page.body.contains("method=mobile_sms") {
            offered = true;
            break;
        }
    }
    assert!(offered, "some decoy offers a text");
    let decoy = d
        .post(
            "/reset/verify/send",
            &[("channel", "mobile_sms"), ("destination", "(425) 555-0131")],
        )
        .await;
    assert_eq!(real.status, StatusCode::BAD_REQUEST, "{}", real.body);
    assert_eq!(decoy.status, real.status, "{}", decoy.body);
    let error = |body: &str| -> String {
        let at = body.find("id=\"error-summary\"").expect("an error");
        body[at..].chars().take(300).collect()
    };
    assert_eq!(error(&decoy.body), error(&real.body));
    assert!(
        !error(&decoy.body).contains("Start the number"),
        "{}",
        decoy.body
    );
    assert_eq!(
        app.outbox.messages().len(),
        before + 1,
        "nothing sent but Mia's code"
    );
}
