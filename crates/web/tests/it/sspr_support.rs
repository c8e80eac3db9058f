//! Helpers for the self-service tests: policy, registered methods, codes from the outbox.

use crate::harness::{Client, Resp, TestApp};
use latchkey_core::directory::{Role, User, Username};
use latchkey_core::policy::{Method, Scope, SsprPolicy};
use latchkey_core::store::{AuthMethodRecord, MethodKind};
use latchkey_core::totp::TotpSecret;

pub async fn set_policy(app: &TestApp, f: impl FnOnce(&mut SsprPolicy)) {
    let mut p = latchkey_web::sspr::load_policy(&app.state)
        .await
        .expect("policy");
    f(&mut p);
    p.validate().expect("a valid policy");
    latchkey_web::sspr::save_policy(&app.state, &p)
        .await
        .expect("save");
}

/// SSPR on for everyone, one method, email + mobile + app (+ questions when asked).
pub async fn enable_for_all(app: &TestApp) {
    set_policy(app, |p| {
        p.scope = Scope::All;
        p.methods = vec![
            Method::AppCode,
            Method::Email,
            Method::MobilePhone,
            Method::OfficePhone,
            Method::Questions,
        ];
    })
    .await;
}

pub async fn user(app: &TestApp, name: &str) -> User {
    app.state
        .store
        .user_by_username(&Username::parse(name).expect("name"))
        .await
        .expect("user")
}

/// Creates a user straight in the store with a known password and no forced change.
pub async fn make_user(app: &TestApp, name: &str, role: Role, password: &str) -> User {
    use latchkey_core::directory::{Email, Profile};
    let hash = app
        .state
        .hasher
        .hash(&latchkey_core::Secret::new(password))
        .await
        .expect("hash");
    app.state
        .store
        .user_create(
            latchkey_core::store::NewUser {
                username: Username::parse(name).expect("name"),
                profile: Profile {
                    first_name: name.into(),
                    last_name: "Tester".into(),
                    display_name: format!("{name} Tester"),
                    email: Some(
                        Email::parse("email", &format!("{name}@work.example")).expect("email"),
                    ),
                    alternate_email: Some(
                        Email::parse("email", &format!("{name}@home.example")).expect("email"),
                    ),
                    mobile_phone: None,
                    office_phone: None,
                },
                role,
                enabled: true,
                password_hash: hash,
                must_change_password: false,
            },
            app.state.now(),
        )
        .await
        .expect("user")
}

pub async fn add_method(app: &TestApp, user: &User, kind: &str, value: &str) {
    app.state
        .store
        .method_add(&AuthMethodRecord {
            id: 0,
            user_id: user.id,
            kind: MethodKind::parse(kind).expect("method kind"),
            value: value.into(),
            secret: String::new(),
            last_used_step: None,
            created_at: app.state.now(),
        })
        .await
        .expect("method");
    app.state
        .store
        .user_set_confirmed(user.id, Some(app.state.now()))
        .await
        .expect("confirmed");
}

/// Registers an authenticator app and returns its secret.
pub async fn add_app(app: &TestApp, user: &User) -> TotpSecret {
    let secret = TotpSecret::generate();
    let sealed = app.state.seal.seal(
        secret.as_bytes(),
        &latchkey_web::sspr::registry::app_aad(user.id),
    );
    app.state
        .store
        .method_add(&AuthMethodRecord {
            id: 0,
            user_id: user.id,
            kind: MethodKind::App,
            value: "Phone".into(),
            secret: sealed,
            last_used_step: None,
            created_at: app.state.now(),
        })
        .await
        .expect("app");
    secret
}

/// The code in the last message sent to `to`: the first run of 6 or more digits.
pub fn code_sent_to(app: &TestApp, to: &str) -> String {
    let m = app
        .outbox
        .messages()
        .into_iter()
        .rev()
        .find(|m| m.to == to)
        .unwrap_or_else(|| panic!("nothing was sent to {to}"));
    let digits: String = m
        .body
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ' ' || *c == ',')
        .collect();
    // Voice bodies space the digits out; others have them together.
    let compact: Vec<String> = m
        .body
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| s.len() >= 6)
        .map(str::to_owned)
        .collect();
    if let Some(c) = compact.first() {
        return c.clone();
    }
    digits.chars().filter(char::is_ascii_digit).collect()
}

/// Starts a journey for `name` and returns the verification page.
pub async fn start(c: &mut Client, name: &str) -> Resp {
    c.get("/reset").await;
    let r = c.post("/reset", &[("username", name)]).await;
    assert_eq!(r.status, axum::http::StatusCode::SEE_OTHER, "{}", r.body);
    let next = r.location().to_owned();
    c.get(&next).await
}

/// Proves the email on file: types the full address, then the code that arrived.
pub async fn pass_email(app: &TestApp, c: &mut Client, address: &str) -> Resp {
    let r = c
        .post(
            "/reset/verify/send",
            &[("channel", "email"), ("destination", address)],
        )
        .await;
    assert_eq!(r.status, axum::http::StatusCode::SEE_OTHER, "{}", r.body);
    c.get(r.location()).await;
    let code = code_sent_to(app, address);
    c.post(
        "/reset/verify/check",
        &[("channel", "email"), ("code", &code)],
    )
    .await
}

pub async fn pass_app(app: &TestApp, c: &mut Client, secret: &TotpSecret) -> Resp {
    c.get("/reset/verify?method=app_code").await;
    let code = secret.code_at(app.state.now());
    c.post(
        "/reset/verify/check",
        &[("channel", "app_code"), ("code", &code)],
    )
    .await
}

pub async fn choose_password(c: &mut Client, pw: &str) -> Resp {
    let r = c.get("/reset/password").await;
    assert_eq!(
        r.status,
        axum::http::StatusCode::OK,
        "expected the new-password page: {} {}",
        r.location(),
        r.body
    );
    c.post(
        "/reset/password",
        &[("new_password", pw), ("confirm_password", pw)],
    )
    .await
}

/// Marks `user` as synced from an on-premises directory entry `dn` (as a sync would),
/// and returns them as stored.
pub async fn make_external(app: &TestApp, user: &User, dn: &str) -> User {
    let plan = latchkey_core::dirsync::SyncPlan {
        update_users: vec![latchkey_core::dirsync::SyncedChange {
            id: user.id,
            profile: latchkey_core::dirsync::profile_of_user(user),
            enabled: user.enabled,
            external: latchkey_core::directory::ExternalAccount {
                directory: "main".into(),
                id: format!("test-{}", user.id),
                dn: dn.into(),
                password_expires_at: None,
            },
        }],
        directory: "main".into(),
        ..Default::default()
    };
    let stored = app
        .state
        .store
        .setting_get(&latchkey_core::store::sync_cursor_key("main"))
        .await
        .expect("test value");
    assert!(
        app.state
            .store
            .sync_commit(&plan, stored.as_deref(), 0, &Default::default())
            .await
            .expect("test value")
    );
    app.state.store.user_get(user.id).await.expect("test value")
}

/// Turns helpdesk caller verification off (it is on by default), for tests about other
/// rules of admin resets and passes; `helpdesk.rs` tests the verification itself.
pub async fn without_caller_verification(app: &TestApp) {
    app.state
        .store
        .setting_put(
            latchkey_web::service::helpdesk::SETTING,
            r#"{"require_verification":false}"#,
        )
        .await
        .expect("helpdesk setting");
}

/// `agent`'s verification of `user` as the helpdesk console leaves it after two methods
/// and a second agent's approval, open for 10 minutes: for tests about other rules of
/// acting on an administrator's account (`helpdesk.rs` tests the verification itself).
pub async fn helpdesk_approved(app: &TestApp, agent: &str, user: &User) {
    use latchkey_core::helpdesk::{Approval, Verification};
    let agent = self::user(app, agent).await;
    let now = app.state.now();
    let mut v = Verification::start(agent.id, user.id, true, now);
    v.passed = vec![Method::Email, Method::MobilePhone];
    v.verified_until = Some(now + 600);
    v.approval = Approval::Approved;
    app.state
        .store
        .helpdesk_create_commit(&v, &Default::default())
        .await
        .expect("verification");
}
