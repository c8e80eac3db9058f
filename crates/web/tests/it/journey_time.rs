//! The reset journey's time limit (WCAG 2.2.1): every step says when it ends, warns
//! before, and "Give me more time" extends it once, for real and decoy names alike.

use crate::harness::TestApp;
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::directory::Role;

fn timer(body: &str) -> String {
    let at = body
        .find("id=\"journey-timer\"")
        .expect("the time limit is on the page");
    body[at..].chars().take(900).collect()
}

#[tokio::test]
async fn a_journey_says_when_it_ends_and_is_extended_once() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let nora = make_user(&app, "nora", Role::User, "Old-Password-111").await;
    add_method(&app, &nora, "email", "nora@home.example").await;
    for name in ["nora", "nobody-at-all"] {
        let mut c = app.client();
        let page = start(&mut c, name).await;
        // Started at 09:00 on the test clock: open until 09:15, with the button.
        let t = timer(&page.body);
        assert!(t.contains("09:15 UTC"), "{name}: {t}");
        assert!(t.contains("data-ends-in=\"900\""), "{name}: {t}");
        assert!(t.contains("Give me more time"), "{name}: {t}");
        assert!(
            t.contains("name=\"back\" value=\"/reset/verify\""),
            "{name}: {t}"
        );

        app.clock.advance(time::Duration::minutes(14));
        let r = c.post("/reset/extend", &[("back", "/reset/verify")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{name}: {}", r.body);
        assert_eq!(r.location(), "/reset/verify");
        // 15 minutes more: until 09:30, and no second extension offered.
        let t = timer(&c.get("/reset/verify").await.body);
        assert!(t.contains("09:30 UTC"), "{name}: {t}");
        assert!(!t.contains("Give me more time"), "{name}: {t}");
        // Asking again changes nothing.
        c.post("/reset/extend", &[("back", "/reset/verify")]).await;
        app.clock.advance(time::Duration::minutes(14));
        let page = c.get("/reset/verify").await;
        assert!(timer(&page.body).contains("09:30 UTC"), "{name}");
        // Past its end the journey is over, extended or not.
        app.clock.advance(time::Duration::minutes(3));
        let page = c.get("/reset/verify").await;
        assert!(
            !page.body.contains("id=\"journey-timer\""),
            "{name}: {}",
            page.body
        );
        // Back at 09:00 for the next name.
        app.clock.advance(time::Duration::minutes(-31));
    }
}

#[tokio::test]
async fn extending_goes_back_only_into_the_journey_and_needs_the_form_token() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mut c = app.client();
    start(&mut c, "nobody-at-all").await;
    // A cross-site form (no CSRF token) extends nothing.
    let r = c
        .post_raw("/reset/extend", "back=%2Freset%2Fverify".into())
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    let t = timer(&c.get("/reset/verify").await.body);
    assert!(t.contains("Give me more time"), "{t}");
    // Never back to another site.
    let r = c
        .post("/reset/extend", &[("back", "https://evil.example/")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/reset/verify");
    // Without a journey: back to the step, which says it has expired.
    let mut fresh = app.client();
    fresh.get("/reset").await;
    let r = fresh
        .post("/reset/extend", &[("back", "/reset/password")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/reset/password");
}

#[tokio::test]
async fn the_time_limit_is_in_the_page_language() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mut c = app.client();
    c.cookies.insert("latchkey-lang".into(), "de".into());
    let page = start(&mut c, "nobody-at-all").await;
    let t = timer(&page.body);
    assert!(t.contains("Mehr Zeit geben"), "{t}");
}
