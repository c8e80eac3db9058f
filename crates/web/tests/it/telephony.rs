//! Telephony guardrails (SMS pumping, toll fraud): registration texts and calls only a
//! person's own line in a country the policy lists, and the reset journey sends nothing to
//! a registered number that no longer qualifies.

use crate::harness::{ADMIN_PW, Client, Resp, TestApp, html_unescape};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::audit::activity;
use latchkey_core::directory::Role;
use latchkey_core::store::AuditFilter;

const KIND: &str = "This kind of number (premium-rate, shared-cost or satellite) can't receive codes. Use a personal mobile or office number.";
const COUNTRY: &str = "Codes can't be sent to numbers in this country. Ask your administrator.";

async fn send_mobile(c: &mut Client, country: &str, national: &str) -> Resp {
    c.post(
        "/setup/send",
        &[
            ("kind", "mobile"),
            ("via", "sms"),
            ("country", country),
            ("mobile_number", national),
        ],
    )
    .await
}

async fn sent_to(app: &TestApp, to: &str) -> usize {
    app.messages()
        .await
        .into_iter()
        .filter(|m| m.to == to)
        .count()
}

async fn refusals(app: &TestApp, target: &str) -> Vec<String> {
    app.state
        .store
        .audit_list(
            &AuditFilter {
                activity: Some(activity::SSPR_SEND_FAILED.into()),
                target: Some(target.into()),
                ..Default::default()
            },
            0,
            100,
        )
        .await
        .expect("audit")
        .items
        .into_iter()
        .map(|e| e.details.to_string())
        .collect()
}

#[tokio::test]
async fn registration_refuses_premium_satellite_and_unlisted_numbers() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let mut c = app.signed_in("mias", "Old-Password-111").await;
    assert_eq!(c.get("/setup").await.status, StatusCode::OK);

    for (country, national, to, why) in [
        ("1", "900 555 0123", "+19005550123", KIND),
        ("44", "909 879 0123", "+449098790123", KIND),
        ("881", "6 1234 5678", "+881612345678", KIND),
        // Jamaica shares +1 and is not on the default list.
        ("1", "876 210 1234", "+18762101234", COUNTRY),
    ] {
        let r = send_mobile(&mut c, country, national).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{to}: {}", r.body);
        assert!(html_unescape(&r.body).contains(why), "{to}: {}", r.body);
        assert_eq!(sent_to(&app, to).await, 0, "nothing is sent to {to}");
    }
    assert_eq!(
        refusals(&app, "mias").await.len(),
        4,
        "each refusal audited"
    );

    // A listed country can be added by the administrator.
    set_policy(&app, |p| p.phone_countries.push("JM".into())).await;
    let r = send_mobile(&mut c, "1", "876 210 1234").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(sent_to(&app, "+18762101234").await, 1);

    // An ordinary mobile in a listed country still gets its code.
    let r = send_mobile(&mut c, "1", "425 555 0123").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(sent_to(&app, "+14255550123").await, 1);
    let code = code_sent_to(&app, "+14255550123");
    let r = c
        .post(
            "/setup/verify",
            &[("kind", "mobile"), ("mobile_code", &code)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

#[tokio::test]
async fn a_reset_sends_nothing_to_a_number_the_policy_no_longer_reaches() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "mobile", "+14255550123").await;
    set_policy(&app, |p| p.phone_countries = vec!["GB".into()]).await;
    let mut c = app.client();
    start(&mut c, "mias").await;
    for channel in ["mobile_sms", "mobile_voice"] {
        let r = c
            .post(
                "/reset/verify/send",
                &[("channel", channel), ("destination", "+1 425 555 0123")],
            )
            .await;
        assert!(
            html_unescape(&r.body).contains("We couldn't send a code just now"),
            "{channel}: {} {}",
            r.status,
            r.body
        );
        assert!(!r.body.contains("this country"), "no new wording at reset");
    }
    assert_eq!(sent_to(&app, "+14255550123").await, 0, "nothing sent");
    let audited = refusals(&app, "mias").await;
    assert_eq!(audited.len(), 2, "{audited:?}");
    assert!(audited.iter().all(|d| d.contains("country")), "{audited:?}");

    // Back on the list, the same number gets its code.
    set_policy(&app, |p| p.phone_countries = vec!["US".into()]).await;
    let r = c
        .post(
            "/reset/verify/send",
            &[
                ("channel", "mobile_sms"),
                ("destination", "+1 425 555 0123"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(sent_to(&app, "+14255550123").await, 1);
}

#[tokio::test]
async fn the_policy_page_edits_the_countries() {
    let app = TestApp::new().await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin
        .get("/admin/password-reset/authentication-methods")
        .await;
    assert!(r.body.contains("US CA GB"), "the default list is shown");
    let form = |countries: &'static str| {
        [
            ("methods_required", "1"),
            ("m_email", "true"),
            ("m_mobile_phone", "true"),
            ("questions_to_register", "3"),
            ("questions_to_reset", "3"),
            ("phone_countries", countries),
        ]
    };
    let path = "/admin/password-reset/authentication-methods";
    let r = admin.post(path, &form("US GB XY")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        html_unescape(&r.body).contains("XY&#34; isn't a country code"),
        "{}",
        r.body
    );
    let r = admin.post(path, &form("us, gb")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let p = latchkey_web::sspr::load_policy(&app.state)
        .await
        .expect("policy");
    assert_eq!(p.phone_countries, ["US", "GB"]);
}
