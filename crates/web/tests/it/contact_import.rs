//! Importing contact details from a CSV file: the page's preview and apply, the API, bad
//! rows refused with their lines and nothing changed, synced accounts refused, audited.

use crate::harness::{ADMIN_PW, TestApp};
use crate::sspr_support::*;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use latchkey_core::directory::Role;

const PAGE: &str = "/admin/users/import-contacts";

async fn import_api(app: &TestApp, token: &str, query: &str, csv: &str) -> (StatusCode, String) {
    let req = Request::post(format!("/api/v1/users/import-contacts{query}"))
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "text/csv")
        .body(Body::from(csv.to_owned()))
        .expect("request");
    let r = app.client().send(req).await;
    (r.status, r.body)
}

async fn audit_events(app: &TestApp, activity: &str) -> Vec<latchkey_core::audit::AuditEvent> {
    app.state
        .store
        .audit_list(&Default::default(), 0, 1000)
        .await
        .expect("audit")
        .items
        .into_iter()
        .filter(|e| e.activity == activity)
        .collect()
}

#[tokio::test]
async fn the_page_previews_then_applies_and_bad_rows_change_nothing() {
    let app = TestApp::new().await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let bob = make_user(&app, "bobs", Role::User, "Old-Password-111").await;
    let gen_before = app.state.store.user_generation(mia.id).await.expect("gen");
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin.get(PAGE).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<label for=\"file\">CSV file</label>"));

    // Bad rows: every one reported with its line, nothing written.
    let bad = "username,mobile_phone,alternate_email\r\n\
               mias,+14255550123,\r\n\
               nobody,+14255550124,\r\n\
               bobs,12345,not-an-address\r\n\
               MIAS,+14255550125,\r\n";
    let r = admin
        .post_multipart(
            PAGE,
            &[("action", "preview")],
            Some(("file", "text/csv", bad.as_bytes())),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    let body = crate::harness::html_unescape(&r.body);
    assert!(body.contains("3 rows can't be imported"), "{body}");
    assert!(
        body.contains("<td>3</td><td>nobody</td>")
            && body.contains("There is no user called “nobody”"),
        "{body}"
    );
    assert!(body.contains("<td>4</td><td>bobs</td>") && body.contains("mobile_phone:"));
    assert!(body.contains("alternate_email:"));
    assert!(body.contains("<td>5</td>") && body.contains("is on line 2 too"));
    let r = admin
        .post_multipart(
            PAGE,
            &[("action", "apply")],
            Some(("file", "text/csv", bad.as_bytes())),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        user(&app, "mias").await.mobile_phone.is_none(),
        "all or nothing"
    );
    assert!(
        audit_events(&app, "Import contact details")
            .await
            .is_empty()
    );

    // An unknown column is refused with the columns there are.
    let r = admin
        .post_multipart(
            PAGE,
            &[("action", "preview")],
            Some(("file", "text/csv", b"username,role\nmias,admin\n")),
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(crate::harness::html_unescape(&r.body).contains("Unknown column “role”"));

    // A good file: the preview shows the changes and writes nothing.
    let good = "username,mobile_phone,office_phone\nmias,+1 425 555 0123,\nbobs,,+14255550199\n";
    let r = admin
        .post_multipart(
            PAGE,
            &[("action", "preview")],
            Some(("file", "text/csv", good.as_bytes())),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.body.contains("2 users&#39; contact details will change")
            || r.body.contains("2 users' contact details will change"),
        "{}",
        r.body
    );
    assert!(r.body.contains("+14255550123") && r.body.contains("office_phone"));
    assert!(r.body.contains("name=\"action\" value=\"apply\""));
    assert!(user(&app, "mias").await.mobile_phone.is_none());
    // Apply, as the preview's form sends it: the file's text.
    let r = admin
        .post_multipart(
            PAGE,
            &[
                ("action", "apply"),
                ("file_name", "staff.csv"),
                ("csv", good),
            ],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.body
            .contains("The contact details of 2 users were changed."),
        "{}",
        r.body
    );
    let mia = user(&app, "mias").await;
    assert_eq!(
        mia.mobile_phone.as_ref().map(|p| p.as_str()),
        Some("+14255550123")
    );
    assert_eq!(
        mia.email.as_ref().map(|e| e.as_str()),
        Some("mias@work.example"),
        "empty cells keep"
    );
    let bob = user(&app, &bob.username.to_string()).await;
    assert_eq!(
        bob.office_phone.as_ref().map(|p| p.as_str()),
        Some("+14255550199")
    );
    // A contact change voids outstanding reset codes, as one change on the user's page does.
    assert!(app.state.store.user_generation(mia.id).await.expect("gen") > gen_before);
    let events = audit_events(&app, "Import contact details").await;
    assert_eq!(events.len(), 1, "one event for the file");
    assert_eq!(events[0].target, "staff.csv");
    assert_eq!(events[0].details["changed"], 2);
    assert_eq!(events[0].actor, "admin");

    // A password administrator can't.
    make_user(&app, "pam", Role::PasswordAdmin, "Pam-Password-1234").await;
    let mut pam = app.signed_in("pam", "Pam-Password-1234").await;
    assert_eq!(pam.get(PAGE).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_api_imports_checks_and_refuses_synced_accounts() {
    // A directory is configured (never reached: no sync runs), so its accounts are synced.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let url = format!("ldaps://127.0.0.1:{port}");
    let app = TestApp::with_env(&[
        ("LATCHKEY_LDAP__URLS", url.as_str()),
        (
            "LATCHKEY_LDAP__BIND_DN",
            "CN=svc,OU=Service,DC=example,DC=com",
        ),
        ("LATCHKEY_LDAP__BIND_PASSWORD", "not-used"),
        ("LATCHKEY_LDAP__USER_BASE", "OU=Staff,DC=example,DC=com"),
        ("LATCHKEY_LDAP__SYNC_INTERVAL_MINUTES", "0"),
    ])
    .await;
    let mia = make_user(&app, "mias", Role::User, "Old-Password-111").await;
    let _ = mia;
    let ext = make_user(&app, "synced", Role::User, "Old-Password-111").await;
    make_external(&app, &ext, "CN=Synced,OU=Staff,DC=example,DC=com").await;
    let token = app.write_token("admin").await;

    let (status, body) = import_api(
        &app,
        &token,
        "",
        "username,email\nmias,mia.new@example.org\nsynced,s@example.org\n",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["error"]["code"], "invalid_field");
    assert_eq!(v["error"]["errors"][0]["field"], "line 3.username", "{v}");
    assert!(
        v["error"]["errors"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("on-premises directory")
    );
    assert_eq!(
        user(&app, "mias").await.email.as_ref().map(|e| e.as_str()),
        Some("mias@work.example"),
        "nothing changed"
    );

    // A byte order mark and blank lines (as spreadsheets save them): lines still right.
    let (status, body) = import_api(
        &app,
        &token,
        "?dry_run=true",
        "\u{feff}username,email\r\n\r\nmias,not-an-address\r\n",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains("\"line 3.email\""), "{body}");

    // A dry run answers what would change and writes nothing.
    let (status, body) = import_api(
        &app,
        &token,
        "?dry_run=true",
        "username,email\nmias,mia.new@example.org\n",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["changed"], 1);
    assert_eq!(v["changes"][0]["fields"][0]["before"], "mias@work.example");
    assert_eq!(v["changes"][0]["fields"][0]["after"], "mia.new@example.org");
    assert!(
        user(&app, "mias").await.email.as_ref().map(|e| e.as_str()) == Some("mias@work.example")
    );

    let (status, body) = import_api(
        &app,
        &token,
        "?file_name=hr.csv",
        "username,email\nmias,mia.new@example.org\n",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        user(&app, "mias").await.email.as_ref().map(|e| e.as_str()),
        Some("mia.new@example.org")
    );
    let events = audit_events(&app, "Import contact details").await;
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].details["via"], "api");

    // Not CSV: refused before anything is read.
    let req = Request::post("/api/v1/users/import-contacts")
        .header(header::HOST, "latchkey.test")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{}"))
        .expect("request");
    assert_eq!(
        app.client().send(req).await.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    // Too large: refused with a clear message.
    let big = format!("username,email\n{}", "x,\n".repeat(1_500_000));
    let (status, body) = import_api(&app, &token, "", &big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert!(body.contains("\"too_large\""), "{body}");
    // Over the file limit but under the body limit: refused with the limit named.
    let (status, body) = import_api(
        &app,
        &token,
        "",
        &format!("username,email\n{}", "x,\n".repeat(700_000)),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert!(body.contains("larger than 2 MB"), "{body}");
}
