//! The texts the first localisation pass left in English: the built-in security
//! questions, the CAPTCHA's question, "your security info changed" and the "this wasn't
//! me" alert to administrators, and the passkey panel of the reset page.

use crate::harness::{TestApp, html_unescape};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::directory::Role;
use latchkey_core::policy::{Method, Scope};
use latchkey_i18n::{Lang, with_lang};
use latchkey_web::sspr::question_text::question_text;

/// The label of answer field `i` of the questions panel, unescaped.
fn label(body: &str, i: usize) -> String {
    let needle = format!("for=\"answer_{i}\">");
    let at = body.find(&needle).expect("label") + needle.len();
    html_unescape(
        &body[at..]
            .chars()
            .take_while(|c| *c != '<')
            .collect::<String>(),
    )
}

#[tokio::test]
async fn security_questions_are_asked_in_german_and_answered_as_typed() {
    let app = TestApp::new().await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![Method::Questions, Method::Email];
        p.questions_to_register = 3;
        p.questions_to_reset = 3;
    })
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let answers = [("q01", "Lisbon"), ("q05", "Teddy Bär"), ("q17", "Bambi")];
    let mut stored = Vec::new();
    for (q, a) in answers {
        let h = app
            .state
            .hasher
            .hash(&latchkey_core::Secret::new(
                latchkey_core::questions::normalise_answer(a),
            ))
            .await
            .expect("hash");
        stored.push((q.to_owned(), h));
    }
    app.state
        .store
        .answers_set(mia.id, &stored)
        .await
        .expect("answers");
    let mut c = app.client();
    c.german();
    start(&mut c, "mias").await;
    let r = c.get("/reset/verify?method=questions").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("lang=\"de\""), "{}", r.body);
    let german: Vec<(String, &str)> = answers
        .iter()
        .map(|(q, a)| (with_lang(Lang::De, || question_text(q)), *a))
        .collect();
    assert!(german[1].0.contains("Kuscheltier"), "{}", german[1].0);
    for i in 0..3 {
        let shown = label(&r.body, i);
        assert!(
            german.iter().any(|(t, _)| *t == shown),
            "not a German question: {shown:?}"
        );
        // The English text is not shown.
        assert!(
            latchkey_core::questions::PREDEFINED
                .iter()
                .all(|(_, en)| *en != shown)
        );
    }
    // A wrong answer: the German error.
    let wrong = c
        .post(
            "/reset/verify/check",
            &[
                ("channel", "questions"),
                ("answer_0", "x"),
                ("answer_1", "y"),
                ("answer_2", "z"),
            ],
        )
        .await;
    assert!(
        wrong.body.contains("Mindestens eine Antwort stimmt nicht"),
        "{}",
        wrong.body
    );
    let r = c.get("/reset/verify?method=questions").await;
    let mut typed = Vec::new();
    for i in 0..3 {
        let shown = label(&r.body, i);
        let (_, a) = german.iter().find(|(t, _)| *t == shown).expect("question");
        typed.push(format!("  {}  ", a.to_uppercase()));
    }
    let r = c
        .post(
            "/reset/verify/check",
            &[
                ("channel", "questions"),
                ("answer_0", &typed[0]),
                ("answer_1", &typed[1]),
                ("answer_2", &typed[2]),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.body
            .contains("Erledigt. Wählen Sie jetzt eine zweite, andere Methode aus."),
        "{}",
        r.body
    );
}

#[tokio::test]
async fn the_setup_questions_page_lists_the_questions_in_arabic() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let mut c = app.signed_in("mias", "Old-Password-111").await;
    c.cookies.insert("latchkey-lang".into(), "ar".into());
    let r = c.get("/setup/questions").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("dir=\"rtl\""));
    let q05 = with_lang(Lang::Ar, || question_text("q05"));
    assert!(r.body.contains(&format!(">{q05}</option>")), "{}", r.body);
    assert!(
        !r.body
            .contains("What was the name of your first cuddly toy?")
    );
}

/// The CAPTCHA's token and question from the start page.
fn captcha_of(body: &str) -> (String, String) {
    let t = body.find("name=\"captcha_token\" value=\"").expect("token") + 28;
    let token: String = body[t..].chars().take_while(|c| *c != '"').collect();
    let q = body.find("id=\"captcha-alt\"").expect("question");
    let q = q + body[q..].find("<strong>").expect("strong") + 8;
    let question: String = body[q..].chars().take_while(|c| *c != '<').collect();
    (token, html_unescape(&question))
}

/// Answers the French question: a sum or difference (in digits), or the nth word.
fn solve_in_french(question: &str) -> String {
    let numbers = with_lang(Lang::Fr, || latchkey_i18n::t("reset-captcha-numbers"));
    let numbers: Vec<&str> = numbers.split(',').map(str::trim).collect();
    if let Some(rest) = question.strip_prefix("Combien font ") {
        let parts: Vec<&str> = rest.trim_end_matches(" ?").split(' ').collect();
        let a = numbers.iter().position(|w| *w == parts[0]).expect("number");
        let b: usize = parts[2].parse().expect("digits");
        return match parts[1] {
            "plus" => a + b,
            "moins" => a - b,
            other => panic!("operator {other}"),
        }
        .to_string();
    }
    let (head, words) = question
        .split_once(" mot de cette liste : ")
        .unwrap_or_else(|| panic!("not a French question: {question}"));
    let ordinal = head.strip_prefix("Saisissez le ").expect("shape");
    let i = ["premier", "deuxième", "troisième", "quatrième"]
        .iter()
        .position(|o| *o == ordinal)
        .expect("ordinal");
    words.split_whitespace().nth(i).expect("word").to_owned()
}

#[tokio::test]
async fn the_captcha_question_is_asked_in_french() {
    let app = TestApp::with_env(&[("LATCHKEY_CAPTCHA", "image")]).await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut c = app.client();
    c.cookies.insert("latchkey-lang".into(), "fr".into());
    let page = c.get("/reset").await;
    assert!(page.body.contains("lang=\"fr\""), "{}", page.body);
    let (token, question) = captcha_of(&page.body);
    assert!(
        question.starts_with("Combien font ") || question.starts_with("Saisissez le "),
        "{question}"
    );
    let answer = solve_in_french(&question);
    let r = c
        .post(
            "/reset",
            &[
                ("username", "mias"),
                ("captcha_token", &token),
                ("captcha_answer", &answer),
            ],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "{question} {answer}: {}",
        r.body
    );
}

#[tokio::test]
async fn security_info_changed_and_the_admin_alert_go_out_in_each_recipients_language() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia.old@home.example").await;
    add_app(&app, &mia).await;
    app.state
        .store
        .language_set(mia.id, Some("de"))
        .await
        .expect("language");
    let gina = make_user(&app, "gina", Role::GlobalAdmin, "Old-Password-111").await;
    app.state
        .store
        .language_set(gina.id, Some("fr"))
        .await
        .expect("language");
    // The page is in English; the notice is in Mia's German.
    let mut c = app.signed_in("mias", "Old-Password-111").await;
    let r = c
        .post(
            "/setup/questions",
            &[
                ("question_0", "q01"),
                ("answer_0", "Lisbon"),
                ("question_1", "q02"),
                ("answer_1", "Rex the dog"),
                ("question_2", "q03"),
                ("answer_2", "Blue bicycle"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let notices: Vec<_> = app
        .messages()
        .await
        .into_iter()
        .filter(|m| m.to == "mias@work.example")
        .collect();
    assert_eq!(notices.len(), 1, "{notices:?}");
    let n = &notices[0];
    assert!(
        n.subject
            .ends_with(": Ihre Sicherheitsinformationen wurden geändert"),
        "{}",
        n.subject
    );
    assert!(
        n.body.starts_with(
            "Hallo mias Tester,\n\nIhrem Konto wurde eine Sicherheitsmethode hinzugefügt ("
        ) && n
            .body
            .contains("Wenn Sie das nicht waren, öffnen Sie diesen Link: "),
        "{}",
        n.body
    );
    assert!(!n.body.contains("A security method was added"));
    // "This wasn't me" from that link: Gina is told in French.
    let at = n.body.find("/report/").expect("link");
    let path: String = n.body[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    let mut r = app.client();
    r.get(&path).await;
    r.post(&path, &[]).await;
    let alert = app
        .messages()
        .await
        .into_iter()
        .find(|m| m.to == "gina@work.example")
        .expect("the alert to the administrator");
    assert!(
        alert
            .subject
            .ends_with("mias a signalé une modification de son compte qu'il n'a pas effectuée"),
        "{}",
        alert.subject
    );
    assert!(
        alert.body.starts_with("mias Tester (mias) indique")
            && alert.body.contains("Latchkey a bloqué la connexion"),
        "{}",
        alert.body
    );
}

#[tokio::test]
async fn the_english_notice_is_as_before() {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia.old@home.example").await;
    add_app(&app, &mia).await;
    let mut c = app.signed_in("mias", "Old-Password-111").await;
    c.german();
    let r = c
        .post(
            "/setup/questions",
            &[
                ("question_0", "q01"),
                ("answer_0", "Lisbon"),
                ("question_1", "q02"),
                ("answer_1", "Rex the dog"),
                ("question_2", "q03"),
                ("answer_2", "Blue bicycle"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let n = app
        .messages()
        .await
        .into_iter()
        .find(|m| m.to == "mias@work.example")
        .expect("notice");
    // No saved language: English, word for word as before.
    assert!(
        n.subject.ends_with(": your security info changed"),
        "{}",
        n.subject
    );
    let when = latchkey_core::clock::rfc3339(app.state.now());
    assert!(
        n.body.starts_with(&format!(
            "Hello mias Tester,\n\nA security method was added to your account ({when} UTC).\n\nIf this wasn't you, open this link: "
        )) && n.body.ends_with(
            "\nIt blocks password reset for your account and tells your administrators; then contact them: someone else may be using your account.\n"
        ),
        "{}",
        n.body
    );
}

#[tokio::test]
async fn the_reset_passkey_panel_passes_its_texts_to_the_script() {
    let app = TestApp::new().await;
    set_policy(&app, |p| {
        p.scope = Scope::All;
        p.methods = vec![Method::Passkey, Method::Email];
    })
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    app.state
        .store
        .method_add(&latchkey_core::store::AuthMethodRecord {
            id: 0,
            user_id: mia.id,
            kind: latchkey_core::store::MethodKind::Passkey,
            value: "Laptop".into(),
            secret: String::new(),
            last_used_step: None,
            created_at: app.state.now(),
        })
        .await
        .expect("passkey");
    let mut c = app.client();
    c.german();
    start(&mut c, "mias").await;
    let r = c.get("/reset/verify?method=passkey").await;
    assert!(
        r.body.contains("data-passkey=\"authenticate\""),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("data-msg-follow=\"Folgen Sie den Schritten Ihres Browsers, um Ihren Passkey zu verwenden.\""),
        "{}",
        r.body
    );
    assert!(r.body.contains("data-msg-checking=\""));
}

#[tokio::test]
async fn the_phone_app_carries_its_texts_in_every_language() {
    let app = TestApp::new().await;
    let mut c = app.client();
    let js = c.get("/app/app.js").await;
    assert_eq!(js.status, StatusCode::OK);
    for text in [
        "'Are you trying to reset your password?': 'Versuchen Sie, Ihr Kennwort zurückzusetzen?'",
        "'Are you trying to reset your password?': 'Essayez-vous de réinitialiser votre mot de passe ?'",
        "'Are you trying to reset your password?': '¿Está intentando restablecer su contraseña?'",
        "'Are you trying to reset your password?': 'هل تحاول إعادة تعيين كلمة المرور الخاصة بك؟'",
        "document.documentElement.dir = LANG === 'ar' ? 'rtl' : 'ltr';",
    ] {
        assert!(js.body.contains(text), "{text}");
    }
    let sw = c.get("/app/sw.js").await;
    assert!(
        sw.body
            .contains("Versuchen Sie, Ihr Kennwort zurückzusetzen?")
    );
}
