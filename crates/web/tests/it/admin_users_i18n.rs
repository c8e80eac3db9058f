//! The admin portal's users and groups pages, the pages that show a generated password or
//! a Temporary Access Pass once, and role names, in the reader's language: German from
//! `Accept-Language`, Arabic (right to left) from the language cookie.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::without_caller_verification;
use axum::http::StatusCode;

/// The first `/admin/users/{id}` link of a page.
fn user_path(body: &str) -> String {
    let start = body.find("href=\"/admin/users/").expect("user link") + 6;
    let rest = &body[start..];
    let end = rest.find('"').expect("end of link");
    rest[..end].to_owned()
}

/// The one-use id of the Temporary Access Pass form on a user's page.
fn pass_form_id(body: &str) -> String {
    let start = body.find("name=\"form_id\" value=\"").expect("form id") + 22;
    let rest = &body[start..];
    rest[..rest.find('"').expect("end")].to_owned()
}

#[tokio::test]
async fn users_and_groups_pages_follow_accept_language_and_the_cookie() {
    let app = TestApp::new().await;
    // About other rules than caller verification (see helpdesk.rs).
    without_caller_verification(&app).await;
    let mut de = app.signed_in("admin", ADMIN_PW).await;
    de.german();

    // The users list.
    let r = de.get("/admin/users").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("lang=\"de\""), "{}", r.body);
    assert!(r.body.contains("<h1>Benutzer</h1>"), "{}", r.body);
    assert!(r.body.contains("Benutzer suchen"));
    assert!(r.body.contains("Neuer Benutzer"));
    assert!(r.body.contains("1 Benutzer."));
    assert!(r.body.contains("Globaler Administrator"));
    assert!(r.body.contains("Aktiviert"));
    assert!(r.body.contains("Seite 1 von 1"));
    assert!(!r.body.contains("Search users"));
    let r = de.get("/admin/users?q=adm").await;
    assert!(r.body.contains("1 Benutzer mit „adm“."), "{}", r.body);

    // The new-user form, and its errors in German.
    let r = de.get("/admin/users/new").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Kennwort automatisch erstellen"));
    assert!(
        r.body.contains("Kennwortadministrator</option>"),
        "{}",
        r.body
    );
    let r = de
        .post(
            "/admin/users/new",
            &[
                ("first_name", "Mia"),
                ("last_name", "Steele"),
                ("username", "mias"),
                ("role", "user"),
                ("password", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("Es ist ein Problem aufgetreten."),
        "{}",
        r.body
    );
    assert!(
        r.body.contains(
            "Geben Sie ein Kennwort ein, oder aktivieren Sie „Kennwort automatisch erstellen“."
        ),
        "{}",
        r.body
    );
    assert!(r.body.contains("Fehler:"));

    // Created with a generated password, shown once.
    let r = de
        .post(
            "/admin/users/new",
            &[
                ("first_name", "Mia"),
                ("last_name", "Steele"),
                ("username", "mias"),
                ("role", "password_admin"),
                ("auto_password", "true"),
                ("must_change", "true"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("<h1>Benutzer erstellt</h1>"), "{}", r.body);
    assert!(r.body.contains("Kennwort kopieren"));
    assert!(r.body.contains("data-copied=\"Kopiert\""));
    assert!(r.body.contains("Zurück zu den Benutzern"));
    let mia = user_path(&r.body);
    // An administrator's account: verified and approved in the helpdesk first.
    let mias = crate::sspr_support::user(&app, "mias").await;
    crate::sspr_support::helpdesk_approved(&app, "admin", &mias).await;

    // A user's page, and a Temporary Access Pass issued from it.
    let r = de.get(&mia).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Eigenschaften"), "{}", r.body);
    assert!(r.body.contains("<dd>Kennwortadministrator</dd>"));
    assert!(r.body.contains("Befristeten Zugriffspass ausstellen"));
    assert!(r.body.contains(">1 Stunde</option>"));
    assert!(r.body.contains("Anmeldung blockieren"));
    let form_id = pass_form_id(&r.body);
    let r = de
        .post(
            &format!("{mia}/access-pass"),
            &[("form_id", form_id.as_str()), ("lifetime_minutes", "60")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Befristeter Zugriffspass ausgestellt"));
    assert!(r.body.contains("1 Stunde, bis <time"), "{}", r.body);
    assert!(
        r.body
            .contains("Mit einem befristeten Zugriffspass anmelden")
    );
    // The German date (30.11.2026, 09:15 UTC), not the English one (2026-11-30 09:15 UTC).
    let time = &r.body[r.body.find("1 Stunde, bis <time").expect("time")..];
    let shown = &time[time.find('>').expect("tag") + 1..time.find("</time>").expect("end")];
    assert_eq!(shown.as_bytes()[2], b'.', "{shown}");
    assert!(shown.ends_with(" UTC"), "{shown}");
    let r = de.get(&mia).await;
    assert!(
        r.body
            .contains("Ein von admin ausgestellter Pass ist gültig bis"),
        "{}",
        r.body
    );

    // Groups: the list, one group, an unknown member refused in German.
    let r = de.get("/admin/groups").await;
    assert!(r.body.contains("Noch keine Gruppen."), "{}", r.body);
    let r = de
        .post(
            "/admin/groups/new",
            &[
                ("name", "Helpdesk"),
                ("description", ""),
                ("members", "mias"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let group = r.location().to_owned();
    let r = de.get(&group).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("Direkte Mitglieder von Helpdesk"),
        "{}",
        r.body
    );
    assert!(r.body.contains("mias entfernen"));
    assert!(r.body.contains("Gruppe löschen"));
    let r = de
        .post(&format!("{group}/add"), &[("member", "nobody")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("Es gibt keinen Benutzer und keine Gruppe mit dem Namen „nobody“."),
        "{}",
        r.body
    );

    // Arabic from the cookie, right to left.
    let mut ar = app.signed_in("admin", ADMIN_PW).await;
    ar.arabic();
    let r = ar.get("/admin/users").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("dir=\"rtl\""), "{}", r.body);
    assert!(r.body.contains("<h1>المستخدمون</h1>"), "{}", r.body);
    assert!(r.body.contains("مسؤول عمومي"));
    assert!(r.body.contains("مسؤول كلمات المرور"));
    assert!(r.body.contains("مستخدمان."), "{}", r.body);
    let r = ar.get(&mia).await;
    assert!(r.body.contains("الخصائص"), "{}", r.body);
    assert!(r.body.contains("تصريح الوصول المؤقت"));
    let r = ar.get("/admin/users/new").await;
    assert!(r.body.contains("<h1>مستخدم جديد</h1>"), "{}", r.body);
    let r = ar.post("/admin/users/new", &[("username", "")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("dir=\"rtl\""));
    let r = ar.get(&group).await;
    assert!(
        r.body.contains("الأعضاء المباشرون في Helpdesk"),
        "{}",
        r.body
    );
    assert!(r.body.contains("إضافة عضو"));
    let r = ar.get("/account").await;
    assert!(r.body.contains("<dd>مسؤول عمومي</dd>"), "{}", r.body);

    // English stays as it was.
    let mut en = app.signed_in("admin", ADMIN_PW).await;
    let r = en.get(&mia).await;
    assert!(
        r.body.contains("<dd>Password administrator</dd>"),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("A pass issued by admin is valid until <time")
    );
    let time = &r.body[r.body.find("is valid until <time").expect("time")..];
    let shown = &time[time.find('>').expect("tag") + 1..time.find("</time>").expect("end")];
    assert_eq!(shown.as_bytes()[4], b'-', "{shown}");
}
