//! The caller's manager approving by email (issue 14): when the settings allow it, the
//! agent asks and reads a number to the caller; the manager is emailed a link to sign in
//! (nothing secret in it), reaches the caller, and approves on
//! `/account/helpdesk-requests` by typing the number the caller was given — or denies.
//! An approval counts as one method for a caller who isn't an administrator; a deny (or
//! three wrong numbers) closes the verification, alerts and pauses manager asks for a
//! day. Only the manager asked, still the caller's manager, with a recently proved
//! password, may answer, once, while the verification waits; one ask per account at a
//! time; the manager is never the agent. Managers are recovery details: set by an
//! administrator like contact details (never one's own, never oneself as the manager, a
//! password administrator only after verifying the caller; the user is told).

use crate::harness::{ADMIN_PW, Client, TestApp, shown_password};
use crate::sspr_support::*;
use axum::http::StatusCode;
use latchkey_core::audit::activity;
use latchkey_core::directory::{Role, User};
use serde_json::{Value, json};

const PW: &str = "Old-Password-111";
const MOBILE: &str = "+14255550131";

struct Scene {
    app: TestApp,
    mia: User,
    helen: Client,
    /// The global administrator, signed in.
    admin: Client,
}

/// A user who registered their security info (so signing in doesn't send them to
/// register first).
async fn person(app: &TestApp, name: &str) -> User {
    let u = make_user(app, name, Role::User, PW).await;
    add_method(app, &u, "email", &format!("{name}@home.example")).await;
    u
}

async fn settings(app: &TestApp, manager_approval: bool) {
    let (s, b) = app
        .api(
            "PUT",
            "/api/v1/helpdesk/settings",
            &app.write_token("admin").await,
            Some(json!({"require_verification": true, "window_minutes": 10,
                "burst_threshold": 3, "security_contacts": ["soc@corp.example"],
                "manager_approval": manager_approval})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["manager_approval"], manager_approval);
}

/// A caller `mia` (a mobile phone registered) whose manager is `mark`, set by the global
/// administrator on mia's page; an agent `helen` of `role`; manager approval allowed.
async fn scene(role: Role) -> Scene {
    let app = TestApp::new().await;
    enable_for_all(&app).await;
    let mia = make_user(&app, "mia", Role::User, PW).await;
    add_method(&app, &mia, "mobile", MOBILE).await;
    let mark = person(&app, "mark").await;
    let agent = make_user(&app, "helen", role, PW).await;
    add_method(&app, &agent, "email", "helen@home.example").await;
    add_method(&app, &agent, "mobile", "+14255550177").await;
    let boss = user(&app, "admin").await;
    add_method(&app, &boss, "email", "admin@home.example").await;
    add_method(&app, &boss, "mobile", "+14255550100").await;
    settings(&app, true).await;
    let mut admin = app.signed_in("admin", ADMIN_PW).await;
    let r = admin
        .post(
            &format!("/admin/users/{}/manager", mia.id),
            &[("manager", "mark")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        app.state.store.manager_of(mia.id).await.expect("manager"),
        Some(mark.id)
    );
    let helen = app.signed_in("helen", PW).await;
    Scene {
        app,
        mia,
        helen,
        admin,
    }
}

async fn audit(app: &TestApp, activity: &str) -> Vec<(String, Value, String)> {
    app.state
        .store
        .audit_list(&latchkey_core::store::AuditFilter::default(), 0, 500)
        .await
        .expect("audit")
        .items
        .into_iter()
        .filter(|e| e.activity == activity)
        .map(|e| (e.actor, e.details, e.result.as_str().to_owned()))
        .collect()
}

fn mails_to(msgs: &[latchkey_notify::Message], to: &str) -> Vec<latchkey_notify::Message> {
    msgs.iter().filter(|m| m.to == to).cloned().collect()
}

/// The agent's newest verification of `user`.
async fn verification(
    app: &TestApp,
    agent: &str,
    user: &User,
) -> latchkey_core::helpdesk::Verification {
    let agent = crate::sspr_support::user(app, agent).await;
    app.state
        .store
        .helpdesk_latest(agent.id, user.id)
        .await
        .expect("latest")
        .expect("a verification")
}

/// Sends a helpdesk challenge through the API (`path`: the caller's `/challenges`).
async fn challenge(app: &TestApp, path: &str, token: &str, channel: &str) -> (StatusCode, Value) {
    app.api("POST", path, token, Some(json!({"channel": channel})))
        .await
}

/// The number the console shows the agent to read to the caller.
fn number_shown(body: &str) -> String {
    let at = body
        .find("id=\"manager-number\"")
        .expect("the number is shown");
    let rest = &body[at..];
    let start = rest.find("<strong class=\"number\">").expect("number") + 23;
    rest[start..].split('<').next().expect("digits").to_owned()
}

/// The manager's answer, as the requests page posts it.
async fn answer(c: &mut Client, id: i64, decision: &str, number: &str) -> String {
    let r = c
        .post(
            &format!("/account/helpdesk-requests/{id}"),
            &[("decision", decision), ("number", number)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    r.location().to_owned()
}

#[tokio::test]
async fn a_manager_approves_with_the_callers_number_and_only_then_may_the_agent_reset() {
    let Scene {
        app,
        mia,
        mut helen,
        ..
    } = scene(Role::PasswordAdmin).await;
    let console = format!("/admin/helpdesk/users/{}", mia.id);
    let r = helen.get(&console).await;
    assert!(
        r.body.contains("id=\"send-manager_approval\""),
        "{}",
        r.body
    );
    assert!(r.body.contains("mark Tester (mark)"), "{}", r.body);

    let r = helen
        .post(
            &format!("{console}/challenge"),
            &[("channel", "manager_approval")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("We emailed the caller"), "{}", r.body);
    assert!(r.body.contains("id=\"manager-waiting\""), "{}", r.body);
    assert!(!r.body.contains("id=\"send-manager_approval\""));
    assert!(!r.body.contains("id=\"reset-password\""));
    let number = number_shown(&r.body);
    assert_eq!(number.len(), 2, "{number}");
    // The manager's email: whom and how, a link to sign in, nothing secret — not even
    // the number, which only the caller has.
    let msgs = app.messages().await;
    let to_mark = mails_to(&msgs, "mark@work.example");
    assert_eq!(to_mark.len(), 1, "{msgs:?}");
    let body = &to_mark[0].body;
    assert!(body.contains("mia Tester (mia)"), "{body}");
    assert!(body.contains("/account/helpdesk-requests\n"), "{body}");
    assert!(body.contains("number or chat you already know"), "{body}");
    assert!(
        !body
            .split(|c: char| !c.is_ascii_digit())
            .any(|digits| digits == number),
        "the number isn't in the email: {body}"
    );
    // Asked once per verification.
    let r = helen
        .post(
            &format!("{console}/challenge"),
            &[("channel", "manager_approval")],
        )
        .await;
    assert!(r.body.contains("already asked"), "{}", r.body);
    // Waiting for the manager doesn't hold up a code meanwhile.
    let r = helen
        .post(
            &format!("{console}/challenge"),
            &[("channel", "mobile_sms")],
        )
        .await;
    assert!(
        r.body.contains("The code was sent by text message"),
        "{}",
        r.body
    );
    assert!(r.body.contains("id=\"manager-waiting\""), "{}", r.body);
    let v = verification(&app, "helen", &mia).await;

    // Someone else can't answer for mark: the request isn't theirs.
    person(&app, "nina").await;
    let mut nina = app.signed_in("nina", PW).await;
    let r = nina.get("/account/helpdesk-requests").await;
    assert!(r.body.contains("id=\"no-requests\""), "{}", r.body);
    assert_eq!(
        answer(&mut nina, v.id, "approve", &number).await,
        "/account/helpdesk-requests?done=gone"
    );

    // Mark signs in and lands on the request.
    let mut c = app.client();
    let r = c.sign_in("mark", PW).await;
    assert_eq!(r.location(), "/account/helpdesk-requests", "{}", r.body);
    let r = c.get("/account/helpdesk-requests").await;
    assert!(r.body.contains("Is mia Tester (mia) calling"), "{}", r.body);
    assert!(
        r.body.contains(&format!("id=\"approve-{}\"", v.id)),
        "{}",
        r.body
    );
    assert!(
        !r.body.contains(&format!(">{number}<")),
        "the number isn't on the page"
    );
    let r = c.get("/account").await;
    assert!(r.body.contains("id=\"helpdesk-requests\""), "{}", r.body);
    // A wrong number changes nothing and says how many tries remain.
    let wrong = if number == "10" { "11" } else { "10" };
    assert_eq!(
        answer(&mut c, v.id, "approve", wrong).await,
        "/account/helpdesk-requests?done=wrong-2"
    );
    let r = c.get("/account/helpdesk-requests?done=wrong-2").await;
    assert!(r.body.contains("2 tries left"), "{}", r.body);
    assert!(
        r.body.contains(&format!("id=\"request-{}\"", v.id)),
        "{}",
        r.body
    );
    let done = answer(&mut c, v.id, "approve", &number).await;
    assert_eq!(
        done,
        format!("/account/helpdesk-requests?done=approved&request={}", v.id)
    );
    let r = c.get(&done).await;
    assert!(r.body.contains("you confirmed the caller"), "{}", r.body);
    // The same answer again (a double click) says what it did; another finds nothing.
    assert_eq!(answer(&mut c, v.id, "approve", &number).await, done);
    assert_eq!(
        answer(&mut c, v.id, "deny", "").await,
        "/account/helpdesk-requests?done=gone"
    );

    // The agent may act now.
    let r = helen.get(&console).await;
    assert!(r.body.contains("data-status=\"verified\""), "{}", r.body);
    assert!(r.body.contains("id=\"reset-password\""), "{}", r.body);
    let r = helen
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true"), ("must_change", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(!shown_password(&r.body).is_empty());

    let asked = audit(&app, activity::HELPDESK_MANAGER_ASKED).await;
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].0, "helen");
    assert_eq!(asked[0].1["manager"], "mark");
    // The approval (once, though answered twice) and the wrong number before it.
    let approved = audit(&app, activity::HELPDESK_MANAGER_APPROVED).await;
    assert_eq!(
        approved
            .iter()
            .map(|e| (e.0.as_str(), e.1["agent"].as_str(), e.2.as_str()))
            .collect::<Vec<_>>(),
        vec![("mark", Some("helen"), "success")]
    );
    let wrong = audit(&app, activity::HELPDESK_MANAGER_WRONG_NUMBER).await;
    assert_eq!(
        wrong
            .iter()
            .map(|e| (e.0.as_str(), e.1["agent"].as_str(), e.2.as_str()))
            .collect::<Vec<_>>(),
        vec![("mark", Some("helen"), "failure")]
    );
    let verified = audit(&app, activity::HELPDESK_VERIFIED).await;
    assert_eq!(verified.len(), 1);
    assert_eq!(verified[0].1["methods"], "manager_approval");
    // Mia is told the helpdesk verified her.
    let msgs = app.messages().await;
    assert!(
        mails_to(&msgs, "mia@work.example")
            .iter()
            .any(|m| m.subject.contains("verified your identity")),
        "{msgs:?}"
    );
}

#[tokio::test]
async fn a_deny_closes_the_verification_alerts_and_pauses_manager_asks_for_a_day() {
    let Scene {
        app,
        mia,
        mut helen,
        ..
    } = scene(Role::PasswordAdmin).await;
    let console = format!("/admin/helpdesk/users/{}", mia.id);
    helen
        .post(
            &format!("{console}/challenge"),
            &[("channel", "manager_approval")],
        )
        .await;
    let v = verification(&app, "helen", &mia).await;
    let mut mark = app.signed_in("mark", PW).await;
    assert_eq!(
        answer(&mut mark, v.id, "deny", "").await,
        format!("/account/helpdesk-requests?done=denied&request={}", v.id)
    );
    let r = helen.get(&console).await;
    assert!(r.body.contains("data-status=\"closed\""), "{}", r.body);
    assert!(r.body.contains("id=\"manager-denied\""), "{}", r.body);
    assert!(
        !r.body.contains("id=\"send-manager_approval\""),
        "{}",
        r.body
    );
    assert!(!r.body.contains("id=\"reset-password\""));
    let r = helen
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    let denied = audit(&app, activity::HELPDESK_MANAGER_DENIED).await;
    assert_eq!(denied.len(), 1);
    assert_eq!(
        (denied[0].0.as_str(), denied[0].2.as_str()),
        ("mark", "failure")
    );
    let msgs = app.messages().await;
    assert!(
        mails_to(&msgs, "mia@work.example")
            .iter()
            .any(|m| m.subject.contains("did not confirm")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter().any(|m| m.subject.contains("a manager denied")
            && m.to == "soc@corp.example"
            && m.body.contains("mark Tester (mark)")),
        "{msgs:?}"
    );
    // The manager isn't asked again for a day; the caller's own methods still work.
    let token = app.write_token("helen").await;
    let path = format!("/api/v1/helpdesk/callers/{}/challenges", mia.id);
    let (s, b) = challenge(&app, &path, &token, "manager_approval").await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("manager_paused")),
        "{b}"
    );
    let (s, b) = challenge(&app, &path, &token, "mobile_sms").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let r = helen.get(&console).await;
    assert!(r.body.contains("id=\"manager-paused\""), "{}", r.body);
    assert!(
        !r.body.contains("id=\"send-manager_approval\""),
        "{}",
        r.body
    );
    app.clock.advance(time::Duration::hours(25));
    helen.post(&format!("{console}/close"), &[]).await;
    let (s, b) = challenge(&app, &path, &token, "manager_approval").await;
    assert_eq!(s, StatusCode::OK, "{b}");

    // Three wrong numbers are a deny.
    let v = verification(&app, "helen", &mia).await;
    let mut mark = app.signed_in("mark", PW).await;
    let right = b["number"].as_i64().expect("number");
    let wrong = if right == 10 { "11" } else { "10" };
    assert_eq!(
        answer(&mut mark, v.id, "approve", wrong).await,
        "/account/helpdesk-requests?done=wrong-2"
    );
    // Nothing readable as a number isn't a try.
    assert_eq!(
        answer(&mut mark, v.id, "approve", "").await,
        "/account/helpdesk-requests?done=no-number"
    );
    assert_eq!(
        answer(&mut mark, v.id, "approve", "x1").await,
        "/account/helpdesk-requests?done=no-number"
    );
    assert_eq!(
        answer(&mut mark, v.id, "approve", wrong).await,
        "/account/helpdesk-requests?done=wrong-1"
    );
    assert_eq!(
        answer(&mut mark, v.id, "approve", wrong).await,
        format!("/account/helpdesk-requests?done=denied&request={}", v.id)
    );
    assert_eq!(
        answer(&mut mark, v.id, "approve", &right.to_string()).await,
        "/account/helpdesk-requests?done=gone"
    );
    let denied = audit(&app, activity::HELPDESK_MANAGER_DENIED).await;
    assert_eq!(denied.len(), 2);
    assert_eq!(
        denied[0].1["reason"], "too many wrong numbers",
        "{denied:?}"
    );
    let wrong_numbers = audit(&app, activity::HELPDESK_MANAGER_WRONG_NUMBER)
        .await
        .into_iter()
        .filter(|e| e.2 == "failure" && e.1["verification"] == v.id)
        .count();
    assert_eq!(wrong_numbers, 3, "each wrong number is audited");
}

#[tokio::test]
async fn a_deny_still_ends_the_verification_after_the_caller_passed_a_code() {
    let Scene {
        app,
        mia,
        mut helen,
        ..
    } = scene(Role::PasswordAdmin).await;
    let console = format!("/admin/helpdesk/users/{}", mia.id);
    helen
        .post(
            &format!("{console}/challenge"),
            &[("channel", "manager_approval")],
        )
        .await;
    helen
        .post(
            &format!("{console}/challenge"),
            &[("channel", "mobile_sms")],
        )
        .await;
    app.messages().await;
    let code = code_sent_to(&app, MOBILE);
    let r = helen
        .post(&format!("{console}/answer"), &[("code", &code)])
        .await;
    assert!(r.body.contains("data-status=\"verified\""), "{}", r.body);
    assert!(r.body.contains("id=\"manager-still-asked\""), "{}", r.body);
    // The manager reaches the real mia, who knows nothing of the call, and denies.
    let v = verification(&app, "helen", &mia).await;
    let mut mark = app.signed_in("mark", PW).await;
    let r = mark.get("/account/helpdesk-requests").await;
    assert!(
        r.body.contains(&format!("id=\"request-{}\"", v.id)),
        "{}",
        r.body
    );
    assert_eq!(
        answer(&mut mark, v.id, "deny", "").await,
        format!("/account/helpdesk-requests?done=denied&request={}", v.id)
    );
    let r = helen.get(&console).await;
    assert!(r.body.contains("data-status=\"closed\""), "{}", r.body);
    let r = helen
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
}

#[tokio::test]
async fn only_a_manager_who_can_answer_is_offered_one_ask_at_a_time_and_a_change_of_manager_voids_it()
 {
    let Scene {
        app,
        mia,
        mut helen,
        mut admin,
    } = scene(Role::PasswordAdmin).await;
    let token = app.write_token("helen").await;
    let path = format!("/api/v1/helpdesk/callers/{}/challenges", mia.id);

    // The caller's details show the manager; asking goes through the API as well.
    let (s, b) = app
        .api(
            "GET",
            &format!("/api/v1/helpdesk/callers/{}", mia.id),
            &token,
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["manager"]["username"], "mark");
    let (s, b) = challenge(&app, &path, &token, "manager_approval").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["sent"], "manager_asked");
    assert!(
        (10..=99).contains(&b["number"].as_i64().expect("number")),
        "{b}"
    );
    assert_eq!(b["verification"]["manager_approval"], "asked");
    let (s, b) = challenge(&app, &path, &token, "manager_approval").await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("manager_already_asked"))
    );
    // Another agent can't piggyback on the waiting ask with one of their own.
    let g = make_user(&app, "greg", Role::PasswordAdmin, PW).await;
    add_method(&app, &g, "email", "greg@home.example").await;
    add_method(&app, &g, "mobile", "+14255550188").await;
    let greg = app.write_token("greg").await;
    let (s, b) = challenge(&app, &path, &greg, "manager_approval").await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("manager_already_asked")),
        "{b}"
    );
    let v = verification(&app, "helen", &mia).await;

    // Mia's manager changes meanwhile: mark can no longer approve for her (he may still
    // say it wasn't her).
    person(&app, "nina").await;
    let r = admin
        .post(
            &format!("/admin/users/{}/manager", mia.id),
            &[("manager", "nina")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let mut m = app.signed_in("mark", PW).await;
    let r = m.get("/account/helpdesk-requests").await;
    assert!(
        r.body.contains(&format!("id=\"request-{}-ended\"", v.id))
            && !r.body.contains(&format!("id=\"approve-{}\"", v.id)),
        "{}",
        r.body
    );
    let number = match v.manager {
        latchkey_core::helpdesk::ManagerApproval::Asked { number, .. } => number.to_string(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        answer(&mut m, v.id, "approve", &number).await,
        "/account/helpdesk-requests?done=ended"
    );

    // A disabled manager, one who must change their password, or the agent as manager,
    // is no manager to ask.
    let nina = user(&app, "nina").await;
    app.state
        .store
        .user_set_enabled(nina.id, false, app.state.now())
        .await
        .expect("disable");
    helen
        .post(&format!("/admin/helpdesk/users/{}/close", mia.id), &[])
        .await;
    let r = helen
        .get(&format!("/admin/helpdesk/users/{}", mia.id))
        .await;
    assert!(
        !r.body.contains("id=\"send-manager_approval\""),
        "{}",
        r.body
    );
    let (s, b) = challenge(&app, &path, &token, "manager_approval").await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("no_manager"))
    );
    let r = admin
        .post(
            &format!("/admin/users/{}/manager", mia.id),
            &[("manager", "helen")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (s, b) = challenge(&app, &path, &token, "manager_approval").await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("no_manager"))
    );

    // Turned off in the settings: not offered, refused.
    let r = admin
        .post(
            &format!("/admin/users/{}/manager", mia.id),
            &[("manager", "mark")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    settings(&app, false).await;
    let r = helen
        .get(&format!("/admin/helpdesk/users/{}", mia.id))
        .await;
    assert!(
        !r.body.contains("id=\"send-manager_approval\""),
        "{}",
        r.body
    );
    let (s, b) = challenge(&app, &path, &token, "manager_approval").await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("channel_not_allowed"))
    );
}

#[tokio::test]
async fn a_lapsed_request_or_an_old_session_takes_no_answer_and_administrators_use_their_own_methods()
 {
    let Scene { app, mia, .. } = scene(Role::PasswordAdmin).await;
    let token = app.write_token("helen").await;
    let path = format!("/api/v1/helpdesk/callers/{}/challenges", mia.id);
    // The manager signed in a while ago: their password is proved again first.
    let mut m = app.signed_in("mark", PW).await;
    app.clock.advance(time::Duration::minutes(11));
    let (s, b) = challenge(&app, &path, &token, "manager_approval").await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let number = b["number"].as_i64().expect("number").to_string();
    let v = verification(&app, "helen", &mia).await;
    let r = m
        .post(
            &format!("/account/helpdesk-requests/{}", v.id),
            &[("decision", "approve"), ("number", &number)],
        )
        .await;
    assert!(
        r.location().starts_with("/account/confirm"),
        "{} {}",
        r.status,
        r.location()
    );
    assert!(
        verification(&app, "helen", &mia)
            .await
            .awaits_manager(user(&app, "mark").await.id, app.state.now())
    );
    // Lapsed: 15 minutes after the verification started, whatever the manager does.
    app.clock.advance(time::Duration::minutes(16));
    let mut m = app.signed_in("mark", PW).await;
    let r = m.get("/account/helpdesk-requests").await;
    assert!(r.body.contains("id=\"no-requests\""), "{}", r.body);
    assert_eq!(
        answer(&mut m, v.id, "approve", &number).await,
        "/account/helpdesk-requests?done=gone"
    );

    // An administrator caller proves it with their own methods: not offered, refused.
    let gina = make_user(&app, "gina", Role::PasswordAdmin, PW).await;
    add_method(&app, &gina, "mobile", "+14255550199").await;
    add_method(&app, &gina, "email", "gina@home.example").await;
    // (An administrator's recovery details change only after the helpdesk's two-agent
    // verification; set straight in the store here.)
    let mark = user(&app, "mark").await;
    app.state
        .store
        .manager_set_commit(gina.id, Some(mark.id), app.state.now(), &Default::default())
        .await
        .expect("manager");
    let admin = app.write_token("admin").await;
    let (_, b) = app
        .api(
            "GET",
            &format!("/api/v1/helpdesk/callers/{}", gina.id),
            &admin,
            None,
        )
        .await;
    assert_eq!(b["manager"], Value::Null, "{b}");
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/helpdesk/callers/{}/challenges", gina.id),
            &admin,
            Some(json!({"channel": "manager_approval"})),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::CONFLICT, Some("manager_not_for_administrators")),
        "{b}"
    );
}

#[tokio::test]
async fn a_manager_is_a_recovery_detail_set_like_contact_details_and_the_user_is_told() {
    let Scene { app, mia, .. } = scene(Role::PasswordAdmin).await;
    let mark = user(&app, "mark").await;
    let msgs = app.messages().await;
    assert!(
        mails_to(&msgs, "mia@work.example").iter().any(|m| m
            .subject
            .contains("your manager for helpdesk calls changed")
            && m.body.contains("mark Tester (mark)")),
        "{msgs:?}"
    );
    let helen = app.write_token("helen").await;
    let admin = app.write_token("admin").await;
    let path = format!("/api/v1/users/{}/manager", mia.id);
    let (s, b) = app.api("GET", &path, &helen, None).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["manager"]["username"], "mark");
    // A password administrator only after verifying the caller.
    let (s, b) = app
        .api("PUT", &path, &helen, Some(json!({"manager": null})))
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("caller_not_verified"))
    );
    assert_eq!(
        app.state.store.manager_of(mia.id).await.expect("kept"),
        Some(mark.id)
    );
    // Names another account, never the user themself, never the one setting it.
    for bad in ["nobody", "mia", "not a name!", "admin"] {
        let (s, b) = app
            .api("PUT", &path, &admin, Some(json!({"manager": bad})))
            .await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}: {b}");
        assert_eq!(b["error"]["code"], "invalid_field", "{bad}: {b}");
    }
    // Never one's own.
    let boss = user(&app, "admin").await;
    let (s, b) = app
        .api(
            "PUT",
            &format!("/api/v1/users/{}/manager", boss.id),
            &admin,
            Some(json!({"manager": "mark"})),
        )
        .await;
    assert_eq!(
        (s, b["error"]["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("step_up_required"))
    );
    // A global administrator removes it; audited with before and after.
    let (s, b) = app
        .api("PUT", &path, &admin, Some(json!({"manager": null})))
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["manager"], Value::Null);
    assert_eq!(
        app.state.store.manager_of(mia.id).await.expect("removed"),
        None
    );
    let changes = audit(&app, activity::UPDATE_MANAGER).await;
    assert_eq!(changes.len(), 2, "{changes:?}");
    assert_eq!(
        changes
            .iter()
            .filter(|c| c.1["after"].is_null() && c.1["before"] == "mark")
            .count(),
        1
    );

    // The page keeps what was typed and says what was wrong.
    let mut page = app.signed_in("admin", ADMIN_PW).await;
    let r = page
        .post(
            &format!("/admin/users/{}/manager", mia.id),
            &[("manager", "nobody")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.body.contains("value=\"nobody\""), "{}", r.body);
    assert!(
        r.body.contains("No other account has that username"),
        "{}",
        r.body
    );
    assert!(r.body.contains("<label for=\"manager\""), "{}", r.body);
    assert_eq!(
        r.body.matches("id=\"manager\"").count(),
        1,
        "the label names the field, not the card: {}",
        r.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_many_asks_at_the_same_moment_by_two_agents_one_reaches_the_manager() {
    let Scene { app, mia, .. } = scene(Role::PasswordAdmin).await;
    let g = make_user(&app, "greg", Role::PasswordAdmin, PW).await;
    add_method(&app, &g, "email", "greg@home.example").await;
    add_method(&app, &g, "mobile", "+14255550188").await;
    let tokens = [
        app.write_token("helen").await,
        app.write_token("greg").await,
    ];
    let path = format!("/api/v1/helpdesk/callers/{}/challenges", mia.id);
    let ask = |i: usize| challenge(&app, &path, &tokens[i % 2], "manager_approval");
    let (a, b, c, d, e, f) = tokio::join!(ask(0), ask(1), ask(2), ask(3), ask(4), ask(5));
    let answers = [a, b, c, d, e, f];
    let ok = answers.iter().filter(|(s, _)| *s == StatusCode::OK).count();
    assert_eq!(ok, 1, "{answers:?}");
    assert!(
        answers
            .iter()
            .all(|(s, b)| *s == StatusCode::OK || b["error"]["code"] == "manager_already_asked"),
        "{answers:?}"
    );
    let msgs = app.messages().await;
    assert_eq!(mails_to(&msgs, "mark@work.example").len(), 1, "{msgs:?}");
}

/// Asks mia's manager from helen's console; the verification and the number read out.
async fn ask_from_console(
    app: &TestApp,
    helen: &mut Client,
    mia: &User,
) -> (latchkey_core::helpdesk::Verification, String) {
    let console = format!("/admin/helpdesk/users/{}", mia.id);
    let r = helen
        .post(
            &format!("{console}/challenge"),
            &[("channel", "manager_approval")],
        )
        .await;
    assert!(r.status.is_success(), "{} {}", r.status, r.body);
    (verification(app, "helen", mia).await, number_shown(&r.body))
}

#[tokio::test]
async fn a_deny_after_the_agent_acted_lists_what_was_done_in_an_urgent_alert() {
    let Scene {
        app,
        mia,
        mut helen,
        ..
    } = scene(Role::PasswordAdmin).await;
    let console = format!("/admin/helpdesk/users/{}", mia.id);
    let mut mark = app.signed_in("mark", PW).await;
    // (Her manager was set a minute before the call: not part of it.)
    app.clock.advance(time::Duration::minutes(1));
    let (v, _) = ask_from_console(&app, &mut helen, &mia).await;
    // Someone with mia's phone passes a texted code; the agent resets at once.
    helen
        .post(
            &format!("{console}/challenge"),
            &[("channel", "mobile_sms")],
        )
        .await;
    app.messages().await;
    let code = code_sent_to(&app, MOBILE);
    helen
        .post(&format!("{console}/answer"), &[("code", &code)])
        .await;
    let r = helen
        .post(
            &format!("/admin/users/{}/reset-password", mia.id),
            &[("auto_password", "true")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // A global administrator changes her number meanwhile (no verification of theirs
    // marks it), and the agent ends the call.
    let (s, b) = app
        .api(
            "PATCH",
            &format!("/api/v1/users/{}", mia.id),
            &app.write_token("admin").await,
            Some(json!({"office_phone": "+14255550142"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let r = helen.post(&format!("{console}/close"), &[]).await;
    assert!(
        r.status.is_redirection() || r.status.is_success(),
        "{}",
        r.status
    );
    assert!(
        helen
            .get(&console)
            .await
            .body
            .contains("data-status=\"closed\"")
    );
    app.messages().await;
    assert_eq!(
        answer(&mut mark, v.id, "approve", "10").await,
        "/account/helpdesk-requests?done=ended",
        "nothing to approve once the call is over"
    );
    // The real mia knows nothing of it. The call is over, so the manager may only deny;
    // their session is old by now, and a deny needs no fresh password.
    app.clock.advance(time::Duration::minutes(11));
    let r = mark.get("/account/helpdesk-requests").await;
    assert!(
        r.body.contains(&format!("id=\"request-{}-ended\"", v.id))
            && !r.body.contains(&format!("id=\"approve-{}\"", v.id)),
        "{}",
        r.body
    );
    assert_eq!(
        answer(&mut mark, v.id, "deny", "").await,
        format!("/account/helpdesk-requests?done=denied&request={}", v.id)
    );
    let denied = audit(&app, activity::HELPDESK_MANAGER_DENIED).await;
    assert_eq!(denied.len(), 1);
    assert_eq!(
        denied[0].1["acted"],
        json!([activity::RESET_PASSWORD_ADMIN, activity::UPDATE_USER]),
        "{denied:?}"
    );
    assert!(
        app.state
            .store
            .sspr_block_get(&format!("helpdesk-manager:user:{}", mia.id))
            .await
            .expect("pause")
            .is_some_and(|until| until > app.state.now()),
        "the deny and its pause are one"
    );
    let msgs = app.messages().await;
    let alert = mails_to(&msgs, "soc@corp.example");
    assert_eq!(alert.len(), 1, "{msgs:?}");
    assert!(alert[0].subject.contains("urgent"), "{}", alert[0].subject);
    assert!(
        alert[0].body.contains("Reset password (by admin) (helen,")
            && alert[0].body.contains("Update user (admin,")
            && alert[0].body.contains("reset the account's password again"),
        "{}",
        alert[0].body
    );
    let told = mails_to(&msgs, "mia@work.example");
    assert!(
        told.iter()
            .any(|m| m.body.contains("Your account changed since the call began")),
        "{told:?}"
    );
}

#[tokio::test]
async fn a_managers_approval_alone_lets_the_agent_reset_but_not_move_the_callers_recovery() {
    let Scene {
        app,
        mia,
        mut helen,
        ..
    } = scene(Role::PasswordAdmin).await;
    let (v, number) = ask_from_console(&app, &mut helen, &mia).await;
    let mut mark = app.signed_in("mark", PW).await;
    answer(&mut mark, v.id, "approve", &number).await;
    let token = app.write_token("helen").await;
    let (_, b) = app
        .api(
            "GET",
            &format!("/api/v1/users/{}/methods", mia.id),
            &token,
            None,
        )
        .await;
    let method = b["methods"][0]["id"].as_i64().expect("mia's phone");
    // Security info — contact numbers, the manager, methods — and a pass (a ticket to
    // register security info): each refused, saying why, and nothing changed.
    let users = format!("/api/v1/users/{}", mia.id);
    for (verb, path, body) in [
        (
            "PATCH",
            users.clone(),
            Some(json!({"mobile_phone": "+14255550666"})),
        ),
        (
            "PUT",
            format!("{users}/manager"),
            Some(json!({"manager": "admin"})),
        ),
        ("DELETE", format!("{users}/methods/{method}"), None),
        ("POST", format!("{users}/require-reregistration"), None),
        (
            "POST",
            format!("{users}/access-pass"),
            Some(json!({"lifetime_minutes": 60})),
        ),
    ] {
        let (s, b) = app.api(verb, &path, &token, body).await;
        assert_eq!(
            (s, b["error"]["code"].as_str()),
            (StatusCode::FORBIDDEN, Some("own_method_needed")),
            "{verb} {path}: {b}"
        );
    }
    let after = app.state.store.user_get(mia.id).await.expect("mia");
    assert_eq!(after.mobile_phone, None);
    assert_eq!(
        app.state.store.manager_of(mia.id).await.expect("manager"),
        v.manager.manager_id()
    );
    assert_eq!(
        app.state
            .store
            .methods_of(mia.id)
            .await
            .expect("methods")
            .len(),
        1
    );
    let r = helen
        .get(&format!("/admin/helpdesk/users/{}", mia.id))
        .await;
    assert!(
        r.body.contains("id=\"reset-password\"")
            && r.body.contains("id=\"manager-only\"")
            && !r.body.contains("id=\"issue-pass\""),
        "{}",
        r.body
    );
    let r = helen.get(&format!("/admin/users/{}", mia.id)).await;
    assert!(r.body.contains("id=\"pass-verify-first\""), "{}", r.body);
    let (_, b) = app
        .api(
            "GET",
            &format!("/api/v1/helpdesk/callers/{}", mia.id),
            &token,
            None,
        )
        .await;
    assert_eq!(
        (b["may_act"].as_bool(), b["may_change_details"].as_bool()),
        (Some(true), Some(false)),
        "{b}"
    );
    // Helping her back in is what the approval is for.
    let (s, b) = app
        .api(
            "POST",
            &format!("/api/v1/users/{}/reset-password", mia.id),
            &token,
            Some(json!({"generate": true})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
}

#[tokio::test]
async fn a_manager_who_cannot_reach_the_caller_ends_the_ask_and_nobody_is_alerted() {
    let Scene {
        app,
        mia,
        mut helen,
        ..
    } = scene(Role::PasswordAdmin).await;
    // The directory knows mia's office number: the manager may call her back on it.
    let (s, b) = app
        .api(
            "PATCH",
            &format!("/api/v1/users/{}", mia.id),
            &app.write_token("admin").await,
            Some(json!({"office_phone": "+14255550142"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let console = format!("/admin/helpdesk/users/{}", mia.id);
    let mut mark = app.signed_in("mark", PW).await;
    let (v, _) = ask_from_console(&app, &mut helen, &mia).await;
    let r = mark.get("/account/helpdesk-requests").await;
    assert!(r.body.contains("+14255550142"), "{}", r.body);
    app.messages().await;
    app.clock.advance(time::Duration::minutes(11));
    let done = answer(&mut mark, v.id, "cannot_confirm", "").await;
    assert_eq!(
        done,
        format!(
            "/account/helpdesk-requests?done=unconfirmed&request={}",
            v.id
        )
    );
    let r = mark.get(&done).await;
    assert!(r.body.contains("nobody was alerted"), "{}", r.body);
    let msgs = app.messages().await;
    assert!(
        msgs.iter().all(|m| m.to != "soc@corp.example"
            && !m.subject.contains("did not confirm")
            && !m.subject.contains("denied")),
        "no alert, no notice: {msgs:?}"
    );
    let unconfirmed = audit(&app, activity::HELPDESK_MANAGER_UNCONFIRMED).await;
    assert_eq!(unconfirmed.len(), 1);
    assert!(
        audit(&app, activity::HELPDESK_MANAGER_DENIED)
            .await
            .is_empty()
    );
    // The verification goes on: the agent is told, and verifies mia by her phone.
    let r = helen.get(&console).await;
    assert!(r.body.contains("data-status=\"pending\""), "{}", r.body);
    assert!(r.body.contains("id=\"manager-unconfirmed\""), "{}", r.body);
    assert!(!r.body.contains("id=\"manager-number\""), "{}", r.body);
    let (_, b) = app
        .api(
            "GET",
            &format!("/api/v1/helpdesk/callers/{}", mia.id),
            &app.write_token("helen").await,
            None,
        )
        .await;
    assert_eq!(b["verification"]["manager_approval"], "unconfirmed", "{b}");
    assert_eq!(b["manager_number"], Value::Null, "{b}");
    helen
        .post(
            &format!("{console}/challenge"),
            &[("channel", "mobile_sms")],
        )
        .await;
    app.messages().await;
    let code = code_sent_to(&app, MOBILE);
    let r = helen
        .post(&format!("{console}/answer"), &[("code", &code)])
        .await;
    assert!(r.body.contains("data-status=\"verified\""), "{}", r.body);
    // No pause: the next call may ask the manager again.
    app.clock.advance(time::Duration::minutes(30));
    let (s, b) = challenge(
        &app,
        &format!("/api/v1/helpdesk/callers/{}/challenges", mia.id),
        &app.write_token("helen").await,
        "manager_approval",
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
}

#[tokio::test]
async fn a_crafted_link_claims_no_answer_and_a_late_ask_gets_the_full_time() {
    let Scene {
        app,
        mia,
        mut helen,
        ..
    } = scene(Role::PasswordAdmin).await;
    let console = format!("/admin/helpdesk/users/{}", mia.id);
    // The agent tries the phone first; 14 minutes later asks the manager.
    helen
        .post(
            &format!("{console}/challenge"),
            &[("channel", "mobile_sms")],
        )
        .await;
    app.clock.advance(time::Duration::minutes(14));
    let (v, number) = ask_from_console(&app, &mut helen, &mia).await;
    let token = app.write_token("helen").await;
    let (_, b) = app
        .api(
            "GET",
            &format!("/api/v1/helpdesk/callers/{}", mia.id),
            &token,
            None,
        )
        .await;
    assert_eq!(b["manager_number"].to_string(), number, "{b}");
    app.clock.advance(time::Duration::minutes(10));
    let mut mark = app.signed_in("mark", PW).await;
    // Links that claim an answer the manager didn't give say nothing.
    for link in [
        format!("/account/helpdesk-requests?done=approved&request={}", v.id),
        "/account/helpdesk-requests?done=denied".to_owned(),
        format!(
            "/account/helpdesk-requests?done=unconfirmed&request={}",
            v.id
        ),
    ] {
        let r = mark.get(&link).await;
        assert!(!r.body.contains("id=\"notice\""), "{link}: {}", r.body);
    }
    // 24 minutes after the verification started, 10 after the ask: still waiting.
    let r = mark.get("/account/helpdesk-requests").await;
    assert!(
        r.body.contains(&format!("id=\"request-{}\"", v.id)),
        "{}",
        r.body
    );
    assert_eq!(
        answer(&mut mark, v.id, "approve", &number).await,
        format!("/account/helpdesk-requests?done=approved&request={}", v.id)
    );
    let r = helen.get(&console).await;
    assert!(r.body.contains("data-status=\"verified\""), "{}", r.body);
}

#[tokio::test]
async fn the_console_says_when_the_manager_asked_can_no_longer_answer() {
    let Scene {
        app,
        mia,
        mut helen,
        ..
    } = scene(Role::PasswordAdmin).await;
    let (_, _) = ask_from_console(&app, &mut helen, &mia).await;
    let (s, b) = app
        .api(
            "PUT",
            &format!("/api/v1/users/{}/manager", mia.id),
            &app.write_token("admin").await,
            Some(json!({"manager": null})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let r = helen
        .get(&format!("/admin/helpdesk/users/{}", mia.id))
        .await;
    assert!(r.body.contains("id=\"manager-void\""), "{}", r.body);
    assert!(!r.body.contains("id=\"manager-waiting\""), "{}", r.body);
    assert!(r.body.contains("id=\"send-mobile_sms\""), "{}", r.body);
}

#[tokio::test]
async fn a_deny_counts_whatever_became_of_the_setting_and_lists_a_self_service_reset() {
    let Scene {
        app,
        mia,
        mut helen,
        ..
    } = scene(Role::PasswordAdmin).await;
    add_method(&app, &mia, "email", "mia@home.example").await;
    let mut mark = app.signed_in("mark", PW).await;
    app.clock.advance(time::Duration::minutes(1));
    let (v, number) = ask_from_console(&app, &mut helen, &mia).await;
    // Whoever has mia's mailbox resets her password by self-service during the call.
    let mut c = app.client();
    start(&mut c, "mia").await;
    pass_email(&app, &mut c, "mia@home.example").await;
    choose_password(&mut c, "Fresh-Password-333").await;
    assert!(!audit(&app, activity::SSPR_RESET).await.is_empty());
    // Manager approval is turned off meanwhile: nobody may approve, the deny still counts.
    settings(&app, false).await;
    let r = mark.get("/account/helpdesk-requests").await;
    assert!(
        r.body.contains(&format!("id=\"request-{}-ended\"", v.id)),
        "{}",
        r.body
    );
    assert_eq!(
        answer(&mut mark, v.id, "approve", &number).await,
        "/account/helpdesk-requests?done=ended"
    );
    assert_eq!(
        answer(&mut mark, v.id, "deny", "").await,
        format!("/account/helpdesk-requests?done=denied&request={}", v.id)
    );
    let denied = audit(&app, activity::HELPDESK_MANAGER_DENIED).await;
    assert_eq!(
        denied[0].1["acted"],
        json!([activity::SSPR_RESET]),
        "{denied:?}"
    );
    // A crafted link for an answer this manager gave differently says nothing.
    let r = mark
        .get(&format!(
            "/account/helpdesk-requests?done=approved&request={}",
            v.id
        ))
        .await;
    assert!(!r.body.contains("id=\"notice\""), "{}", r.body);
}
