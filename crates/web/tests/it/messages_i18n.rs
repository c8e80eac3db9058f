//! Messages go out in their recipient's language: the language a user saved, else (for a
//! code the person on the page asked for) the page's, else English.

use crate::harness::TestApp;
use crate::sspr_support::*;
use latchkey_core::directory::Role;

#[tokio::test]
async fn a_user_who_saved_german_gets_the_code_and_the_notice_in_german() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    app.state
        .store
        .language_set(mia.id, Some("de"))
        .await
        .expect("language");
    // The page is in English (no cookie, no Accept-Language).
    let mut c = app.client();
    let r = start(&mut c, "mias").await;
    assert!(r.body.contains("Verification step 1"), "{}", r.body);
    let r = pass_email(&app, &mut c, "mia@home.example").await;
    assert_eq!(r.location(), "/reset/password", "{}", r.body);
    let sent = app.messages().await;
    assert_eq!(sent.len(), 1);
    let code = &sent[0];
    assert!(code.subject.contains("Prüfcode"), "{}", code.subject);
    assert!(
        code.body.starts_with("Hallo mias Tester,\n") && code.body.contains("in 5 Minuten ab."),
        "{}",
        code.body
    );
    assert!(
        code.html
            .as_deref()
            .is_some_and(|h| h.contains("<html lang=\"de\">")),
        "{:?}",
        code.html
    );
    choose_password(&mut c, "Brand-New-Secret-22").await;
    let r = c.get("/reset/done").await;
    assert!(
        r.body.contains("Your password has been reset"),
        "the page stays English"
    );
    let notices: Vec<_> = app.messages().await.into_iter().skip(1).collect();
    assert!(!notices.is_empty());
    for m in &notices {
        assert!(
            m.subject.contains("Kennwort wurde zurückgesetzt"),
            "{}",
            m.subject
        );
        assert!(
            m.body.contains("zurückgesetzt") && m.body.contains("/report/"),
            "{}",
            m.body
        );
        assert!(!m.body.contains("was reset"), "{}", m.body);
    }
}

#[tokio::test]
async fn without_a_saved_language_the_code_comes_in_the_pages_language() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    c.cookies.insert("latchkey-lang".into(), "es".into());
    start(&mut c, "mias").await;
    pass_email(&app, &mut c, "mia@home.example").await;
    let sent = app.messages().await;
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0].subject.contains("Código de verificación"),
        "{}",
        sent[0].subject
    );
    assert!(
        sent[0].body.contains("Caduca en 5 minutos."),
        "{}",
        sent[0].body
    );
}

#[tokio::test]
async fn an_administrator_who_saved_french_gets_the_help_request_in_french() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let helen = make_user(&app, "helen", Role::PasswordAdmin, "Old-Password-111").await;
    app.state
        .store
        .language_set(helen.id, Some("fr"))
        .await
        .expect("language");
    make_user(&app, "nora", Role::User, "Old-Password-111").await;
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
    let m = &sent[0];
    assert_eq!(m.to, "helen@work.example");
    assert!(m.subject.contains("a demandé de l'aide"), "{}", m.subject);
    assert!(
        m.body.starts_with("Bonjour,\n")
            && m.body.contains("\"nora\"")
            && m.body.contains("Contactez votre administrateur"),
        "{}",
        m.body
    );
    assert!(!m.body.contains("asked for help"), "{}", m.body);
}
