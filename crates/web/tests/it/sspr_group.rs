//! The group self-service password reset is turned on for ("Selected") can't be deleted,
//! in the portal or through the API (the command line is in `crates/latchkey/tests`):
//! deleting it would leave nobody in scope. And a group the policy remembers without
//! using it no longer blocks saving the policy's other pages.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::{add_method, set_policy, user};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::policy::Scope;
use latchkey_web::api::auth::Scope as TokenScope;
use latchkey_web::audit::Ctx;
use serde_json::Value;

const REFUSAL: &str = "This is the group self-service password reset is turned on for. Choose \
                       another group, or turn it off, on the Properties page first.";

async fn delete_events(app: &TestApp) -> i64 {
    app.state
        .store
        .audit_list(
            &latchkey_core::store::AuditFilter {
                activity: Some("Delete group".into()),
                ..Default::default()
            },
            0,
            1,
        )
        .await
        .expect("audit")
        .total
}

/// SSPR "Selected" on a new group `Pilot`; the administrator has registered, so the
/// portal doesn't stop them at /setup.
async fn scoped_to_pilot(app: &TestApp) -> i64 {
    let g = app
        .state
        .store
        .group_create("Pilot", "The first to reset", 1)
        .await
        .expect("group");
    let boss = user(app, "admin").await;
    add_method(app, &boss, "email", "boss@home.example").await;
    add_method(app, &boss, "mobile", "+14255550100").await;
    set_policy(app, |p| {
        p.scope = Scope::Selected;
        p.group_id = Some(g.id);
    })
    .await;
    g.id
}

#[tokio::test]
async fn the_portal_refuses_to_delete_the_group_sspr_is_on_for() {
    let app = TestApp::new().await;
    let g = scoped_to_pilot(&app).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    admin.get(&format!("/admin/groups/{g}")).await;
    let r = admin
        .post(&format!("/admin/groups/{g}/delete"), &[("confirm", "true")])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    assert!(r.body.contains(REFUSAL), "on the group's page: {}", r.body);
    assert!(r.body.contains("Delete group"), "the group's page again");
    assert!(app.state.store.group_get(g).await.is_ok(), "not deleted");
    assert_eq!(delete_events(&app).await, 0);

    // Turned off: it can go.
    set_policy(&app, |p| p.scope = Scope::All).await;
    let r = admin
        .post(&format!("/admin/groups/{g}/delete"), &[("confirm", "true")])
        .await;
    assert_eq!(r.location(), "/admin/groups", "{}", r.body);
    assert!(app.state.store.group_get(g).await.is_err());
    assert_eq!(delete_events(&app).await, 1);
}

#[tokio::test]
async fn the_api_refuses_to_delete_the_group_sspr_is_on_for() {
    let app = TestApp::new().await;
    let g = scoped_to_pilot(&app).await;
    let owner = user(&app, "admin").await;
    let ctx = Ctx {
        actor: "test".into(),
        client_ip: "local".into(),
        correlation_id: String::new(),
    };
    let token = latchkey_web::api::tokens::create(&app.state, &ctx, &owner, "t", TokenScope::Write)
        .await
        .expect("token")
        .token
        .expose()
        .to_owned();
    let delete = |token: &str| {
        Request::delete(format!("/api/v1/groups/{g}"))
            .header(header::HOST, "latchkey.test")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .expect("request")
    };
    let r = app.client().send(delete(&token)).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    let v: Value = serde_json::from_str(&r.body).expect("json");
    assert_eq!(v["error"]["code"], "conflict");
    assert_eq!(v["error"]["message"], REFUSAL);
    assert!(app.state.store.group_get(g).await.is_ok(), "not deleted");
    assert_eq!(delete_events(&app).await, 0);

    set_policy(&app, |p| p.scope = Scope::None).await;
    let r = app.client().send(delete(&token)).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
    assert!(app.state.store.group_get(g).await.is_err());
    assert_eq!(delete_events(&app).await, 1);
}

/// The policy pages check the group with the policy service's rule: only a "Selected"
/// scope needs its group to exist, so a group remembered from before (and since deleted)
/// no longer makes every other page's save fail.
#[tokio::test]
async fn a_remembered_group_that_is_gone_only_matters_when_selected() {
    let app = TestApp::new().await;
    let g = scoped_to_pilot(&app).await;
    set_policy(&app, |p| p.scope = Scope::All).await;
    app.state
        .store
        .group_delete(g)
        .await
        .expect("deleted while not in use");
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    admin.get("/admin/password-reset/notifications").await;
    let r = admin
        .post(
            "/admin/password-reset/notifications",
            &[("notify_users", "false"), ("notify_admins", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let p = latchkey_web::sspr::load_policy(&app.state)
        .await
        .expect("policy");
    assert!(!p.notify_users, "saved");

    // Selected on it: refused with the service's words, on the group field.
    let r = admin
        .post(
            "/admin/password-reset/properties",
            &[("scope", "selected"), ("group", &g.to_string())],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(
        r.body.contains(&format!(
            "<p class=\"error\" id=\"group-error\">There is no group with id {g}."
        )),
        "{}",
        r.body
    );
    let p = latchkey_web::sspr::load_policy(&app.state)
        .await
        .expect("policy");
    assert_eq!(p.scope, Scope::All, "nothing saved");
}
