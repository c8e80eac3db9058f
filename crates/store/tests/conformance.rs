//! One conformance suite, run against every engine. SQLite needs nothing; PostgreSQL
//! needs a server: `LATCHKEY_TEST_PG_URL` (default postgres://postgres@127.0.0.1:5432/postgres,
//! what the test script starts when none runs). Each run gets a fresh database.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

use latchkey_core::audit::{NewAuditEvent, Outcome};
use latchkey_core::directory::{Email, Phone, Profile, Role, Username};
use latchkey_core::journey::{Intent, Journey, Stage};
use latchkey_core::lockout::{LockoutPolicy, LockoutState};
use latchkey_core::policy::Method;
use latchkey_core::store::{
    AuditFilter, AuthMethodRecord, CodePurpose, CodeRecord, FlowRecord, MethodKind, NewApiToken,
    NewUser, SessionRecord, Store, StoreError, TokenScope,
};
use latchkey_store::{PgStore, SqliteStore};
use rand::Rng;
use std::sync::Arc;

fn new_user(name: &str, role: Role) -> NewUser {
    NewUser {
        username: Username::parse(name).expect("valid username"),
        profile: Profile {
            first_name: "First".into(),
            last_name: name.into(),
            display_name: format!("First {name}"),
            email: Some(Email::parse("email", &format!("{name}@example.org")).expect("email")),
            alternate_email: None,
            mobile_phone: Some(Phone::parse("mobile_phone", "+14255550100").expect("phone")),
            office_phone: None,
        },
        role,
        enabled: true,
        password_hash: "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".into(),
        must_change_password: true,
    }
}

async fn futures_join_all<T: Send + 'static>(hs: Vec<tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut out = Vec::new();
    for h in hs {
        out.push(h.await.expect("task"));
    }
    out
}

async fn suite(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    s.migrate().await.expect("migrate is idempotent");
    s.ping().await.expect("ping");

    // Settings are created once and then shared.
    assert_eq!(
        s.setting_get_or_insert("k", "first")
            .await
            .expect("setting"),
        "first"
    );
    assert_eq!(
        s.setting_get_or_insert("k", "second")
            .await
            .expect("setting"),
        "first"
    );

    // Users: create, read back, uniqueness, search and paging.
    let mia = s
        .user_create(new_user("mias", Role::User), 100)
        .await
        .expect("create");
    assert_eq!(mia.username.as_str(), "mias");
    // A chosen language: saved, replaced, forgotten; none for a user that doesn't exist.
    assert_eq!(s.language_of(mia.id).await.expect("language"), None);
    s.language_set(mia.id, Some("de")).await.expect("set");
    s.language_set(mia.id, Some("ar")).await.expect("replace");
    assert_eq!(
        s.language_of(mia.id).await.expect("language").as_deref(),
        Some("ar")
    );
    s.language_set(mia.id, None).await.expect("forget");
    assert_eq!(s.language_of(mia.id).await.expect("language"), None);
    s.language_set(mia.id + 10_000, Some("fr"))
        .await
        .expect("no such user: nothing saved");
    assert_eq!(
        s.language_of(mia.id + 10_000).await.expect("language"),
        None
    );
    s.language_set(mia.id, Some("es")).await.expect("set");
    assert_eq!(
        mia.mobile_phone.as_ref().map(Phone::as_str),
        Some("+14255550100")
    );
    assert!(mia.must_change_password && mia.enabled);
    assert_eq!(mia.created_at, 100);
    assert!(matches!(
        s.user_create(new_user("mias", Role::User), 101).await,
        Err(StoreError::Conflict("username"))
    ));
    assert_eq!(s.user_get(mia.id).await.expect("get"), mia);
    assert_eq!(
        s.user_by_username(&mia.username).await.expect("by name"),
        mia
    );
    assert!(matches!(
        s.user_get(9_999_999).await,
        Err(StoreError::NotFound)
    ));
    for i in 0..12 {
        s.user_create(new_user(&format!("user{i:02}"), Role::User), 100)
            .await
            .expect("create");
    }
    let admin = s
        .user_create(new_user("boss", Role::GlobalAdmin), 100)
        .await
        .expect("create");
    assert_eq!(s.user_count().await.expect("count"), 14);
    let page = s.user_list("user", 10, 5).await.expect("list");
    assert_eq!(page.total, 12);
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.items[0].username.as_str(), "user10");
    // LIKE wildcards in the search are literal.
    assert_eq!(s.user_list("%", 0, 50).await.expect("list").total, 0);
    assert_eq!(
        s.user_list("FIRST MIAS", 0, 50).await.expect("list").total,
        1
    );
    assert_eq!(s.count_by_role(Role::GlobalAdmin).await.expect("count"), 1);

    // Profile, role, enabled, password.
    let mut p = mia.clone();
    let profile = Profile {
        first_name: "Mia".into(),
        last_name: "Steele".into(),
        display_name: "Mia Steele".into(),
        email: None,
        alternate_email: Some(Email::parse("e", "mia@home.example").expect("email")),
        mobile_phone: None,
        office_phone: Some(Phone::parse("p", "+442079460958").expect("phone")),
    };
    let updated = s
        .user_update_profile(mia.id, &profile, 200)
        .await
        .expect("update");
    p.first_name = "Mia".into();
    assert_eq!(updated.display_name, "Mia Steele");
    assert_eq!(updated.email, None);
    assert_eq!(
        updated.office_phone.as_ref().map(Phone::as_str),
        Some("+442079460958")
    );
    assert_eq!(updated.updated_at, 200);
    assert_eq!(
        s.user_set_role(mia.id, Role::PasswordAdmin, 201)
            .await
            .expect("role")
            .role,
        Role::PasswordAdmin
    );

    let session = SessionRecord {
        id_hash: "h1".into(),
        user_id: mia.id,
        created_at: 300,
        last_seen_at: 300,
        expires_at: 900,
        access_pass: None,
    };
    s.session_create(&session).await.expect("session");
    assert_eq!(s.session_get("h1").await.expect("get"), session);
    s.session_touch("h1", 350).await.expect("touch");
    assert_eq!(s.session_get("h1").await.expect("get").last_seen_at, 350);
    s.user_set_password(mia.id, "$argon2id$new", false, 400)
        .await
        .expect("set password");
    assert_eq!(
        s.user_password_hash(mia.id).await.expect("hash"),
        "$argon2id$new"
    );
    let after = s.user_get(mia.id).await.expect("get");
    assert!(!after.must_change_password);
    assert_eq!(after.password_changed_at, Some(400));
    assert!(
        matches!(s.session_get("h1").await, Err(StoreError::NotFound)),
        "a new password ends sessions"
    );

    s.session_create(&SessionRecord {
        id_hash: "h2".into(),
        ..session.clone()
    })
    .await
    .expect("session");
    let disabled = s
        .user_set_enabled(mia.id, false, 500)
        .await
        .expect("disable");
    assert!(!disabled.enabled);
    assert!(
        matches!(s.session_get("h2").await, Err(StoreError::NotFound)),
        "disabling ends sessions"
    );
    s.user_set_enabled(mia.id, true, 501).await.expect("enable");

    s.session_create(&SessionRecord {
        id_hash: "old".into(),
        last_seen_at: 10,
        ..session.clone()
    })
    .await
    .expect("s");
    s.session_create(&SessionRecord {
        id_hash: "new".into(),
        last_seen_at: 880,
        ..session.clone()
    })
    .await
    .expect("s");
    assert_eq!(s.session_delete_expired(890, 60).await.expect("sweep"), 1);
    assert!(s.session_get("new").await.is_ok());
    s.session_delete("new").await.expect("delete");
    assert!(matches!(
        s.session_get("new").await,
        Err(StoreError::NotFound)
    ));

    // Groups and nesting.
    let testers = s
        .group_create("SSPRTesters", "Testers of SSPR rollout", 600)
        .await
        .expect("group");
    assert!(matches!(
        s.group_create("ssprtesters", "", 600).await,
        Err(StoreError::Conflict("group_name"))
    ));
    assert_eq!(
        s.group_by_name(" ssprTESTERS ").await.expect("by name"),
        testers
    );
    let outer = s.group_create("All staff", "", 600).await.expect("group");
    let middle = s.group_create("Finance", "", 600).await.expect("group");
    s.group_add_group(outer.id, middle.id).await.expect("nest");
    s.group_add_group(middle.id, testers.id)
        .await
        .expect("nest");
    s.group_add_user(testers.id, mia.id).await.expect("add");
    assert!(
        matches!(
            s.group_add_user(testers.id, mia.id).await,
            Err(StoreError::Conflict("member"))
        ),
        "adding twice changes nothing and says so"
    );
    assert!(s.is_member(mia.id, testers.id).await.expect("direct"));
    assert!(s.is_member(mia.id, outer.id).await.expect("two levels up"));
    assert!(!s.is_member(admin.id, outer.id).await.expect("not a member"));
    assert!(
        matches!(
            s.group_add_group(testers.id, outer.id).await,
            Err(StoreError::Refused(_))
        ),
        "cycle"
    );
    assert!(
        matches!(
            s.group_add_group(outer.id, outer.id).await,
            Err(StoreError::Refused(_))
        ),
        "self"
    );
    assert!(matches!(
        s.group_add_user(testers.id, 9_999_999).await,
        Err(StoreError::NotFound)
    ));
    let members = s.group_members(testers.id).await.expect("members");
    assert_eq!(members.users.len(), 1);
    assert_eq!(members.users[0].id, mia.id);
    assert_eq!(
        s.group_members(outer.id).await.expect("members").groups,
        vec![middle.clone()]
    );
    assert_eq!(
        s.groups_of_user(mia.id).await.expect("groups"),
        vec![testers.clone()]
    );
    assert_eq!(s.group_list().await.expect("list").len(), 3);
    s.group_remove_group(middle.id, testers.id)
        .await
        .expect("unnest");
    assert!(!s.is_member(mia.id, outer.id).await.expect("no longer"));
    assert!(matches!(
        s.group_remove_group(middle.id, testers.id).await,
        Err(StoreError::NotFound)
    ));
    s.group_remove_user(testers.id, mia.id)
        .await
        .expect("remove");
    assert!(!s.is_member(mia.id, testers.id).await.expect("removed"));
    s.group_add_user(testers.id, mia.id).await.expect("add");
    s.user_delete(mia.id).await.expect("delete user");
    assert_eq!(
        s.language_of(mia.id).await.expect("language"),
        None,
        "gone with the user"
    );
    assert!(
        s.group_members(testers.id)
            .await
            .expect("members")
            .users
            .is_empty(),
        "membership goes with the user"
    );
    s.group_delete(testers.id).await.expect("delete group");
    assert!(matches!(
        s.group_get(testers.id).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        s.user_delete(mia.id).await,
        Err(StoreError::NotFound)
    ));

    // Lockout state with optimistic concurrency.
    let policy = LockoutPolicy::default();
    let st = s.lockout_get("mias").await.expect("get");
    assert_eq!(st, LockoutState::default());
    let next = st.after_failure(&policy, 10, "fp1").expect("counts");
    assert!(s.lockout_cas("mias", 0, &next).await.expect("insert"));
    assert!(
        !s.lockout_cas("mias", 0, &next)
            .await
            .expect("second insert loses")
    );
    let stored = s.lockout_get("mias").await.expect("get");
    assert_eq!(stored.failures, 1);
    assert_eq!(stored.recent, vec!["fp1".to_string()]);
    assert_eq!(stored.version, 1);
    let next2 = stored.after_failure(&policy, 11, "fp2").expect("counts");
    assert!(s.lockout_cas("mias", 1, &next2).await.expect("update"));
    assert!(
        !s.lockout_cas("mias", 1, &next2)
            .await
            .expect("stale version loses")
    );
    assert_eq!(s.lockout_get("mias").await.expect("get").version, 2);
    s.lockout_clear("mias").await.expect("clear");
    assert_eq!(
        s.lockout_get("mias").await.expect("get"),
        LockoutState::default()
    );

    // Parallel failures all count: fifty writers, fifty failures.
    let key = "parallel";
    let mut tasks = Vec::new();
    for i in 0..50 {
        let s = Arc::clone(&s);
        tasks.push(tokio::spawn(async move {
            let policy = LockoutPolicy {
                threshold: 1000,
                ..LockoutPolicy::default()
            };
            loop {
                let cur = s.lockout_get(key).await.expect("get");
                let Some(next) = cur.after_failure(&policy, 10, &format!("fp{i}")) else {
                    return;
                };
                if s.lockout_cas(key, cur.version, &next).await.expect("cas") {
                    return;
                }
            }
        }));
    }
    for t in tasks {
        t.await.expect("task");
    }
    assert_eq!(s.lockout_get(key).await.expect("get").failures, 50);

    sspr_suite(&s, admin.id).await;
    token_suite(&s, admin.id).await;

    // Audit.
    for i in 0..3 {
        s.audit_append(&NewAuditEvent {
            time: 1000 + i,
            activity: if i == 2 { "Delete user" } else { "Add user" },
            actor: "admin".into(),
            target: format!("user{i}"),
            client_ip: "127.0.0.1".into(),
            result: Outcome::Success,
            correlation_id: "corr-1".into(),
            details: serde_json::json!({"i": i}),
        })
        .await
        .expect("append");
    }
    let all = s
        .audit_list(&AuditFilter::default(), 0, 10)
        .await
        .expect("list");
    assert_eq!(all.total, 3);
    assert_eq!(all.items[0].activity, "Delete user", "newest first");
    assert_eq!(all.items[0].details, serde_json::json!({"i": 2}));
    let f = AuditFilter {
        activity: Some("Add user".into()),
        ..Default::default()
    };
    assert_eq!(s.audit_list(&f, 0, 10).await.expect("list").total, 2);
    let f = AuditFilter {
        target: Some("user1".into()),
        actor: Some("admin".into()),
        ..Default::default()
    };
    assert_eq!(s.audit_list(&f, 0, 10).await.expect("list").total, 1);
}

async fn token_suite(s: &Arc<dyn Store>, uid: i64) {
    // Several settings in one transaction.
    s.settings_put_many(&[("doc_a", "1"), ("doc_b", "2")])
        .await
        .expect("put many");
    s.settings_put_many(&[("doc_a", "3"), ("doc_b", "4")])
        .await
        .expect("put many replaces");
    assert_eq!(
        s.setting_get("doc_a").await.expect("a").as_deref(),
        Some("3")
    );
    assert_eq!(
        s.setting_get("doc_b").await.expect("b").as_deref(),
        Some("4")
    );
    s.settings_put_many(&[]).await.expect("nothing to write");

    // Admin API tokens: stored by hash, listed with the owner's name, touched, revoked once.
    let new = NewApiToken {
        name: "deploy".into(),
        owner_id: uid,
        scope: TokenScope::Write,
        token_hash: "ab".repeat(32),
        created_at: 500,
    };
    let t = s.api_token_create(&new).await.expect("create token");
    assert_eq!(t.name, "deploy");
    assert_eq!(t.owner_username, "boss");
    assert_eq!((t.scope.as_str(), t.created_at), ("write", 500));
    assert_eq!((t.last_used_at, t.revoked_at), (None, None));
    assert!(matches!(
        s.api_token_create(&new).await,
        Err(StoreError::Conflict("token"))
    ));
    assert!(matches!(
        s.api_token_create(&NewApiToken {
            owner_id: 9_999_999,
            token_hash: "cd".repeat(32),
            ..new.clone()
        })
        .await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(
        s.api_token_by_hash(&"ab".repeat(32))
            .await
            .expect("by hash"),
        t
    );
    assert!(matches!(
        s.api_token_by_hash("nope").await,
        Err(StoreError::NotFound)
    ));
    s.api_token_touch(t.id, 600).await.expect("touch");
    let read = s
        .api_token_create(&NewApiToken {
            name: "reports".into(),
            scope: TokenScope::Read,
            token_hash: "ef".repeat(32),
            ..new.clone()
        })
        .await
        .expect("second token");
    s.api_token_revoke(t.id, 700).await.expect("revoke");
    s.api_token_revoke(t.id, 800).await.expect("revoke again");
    let got = s.api_token_get(t.id).await.expect("get");
    assert_eq!((got.last_used_at, got.revoked_at), (Some(600), Some(700)));
    assert!(matches!(
        s.api_token_revoke(9_999_999, 1).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        s.api_token_get(9_999_999).await,
        Err(StoreError::NotFound)
    ));
    let all = s.api_token_list().await.expect("list");
    assert_eq!(
        all.iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![t.id, read.id]
    );
    // A deleted owner takes their tokens along.
    let gone = s
        .user_create(new_user("tokenowner", Role::PasswordAdmin), 900)
        .await
        .expect("owner");
    s.api_token_create(&NewApiToken {
        owner_id: gone.id,
        token_hash: "01".repeat(32),
        ..new.clone()
    })
    .await
    .expect("token of owner");
    s.user_delete(gone.id).await.expect("delete owner");
    assert!(matches!(
        s.api_token_by_hash(&"01".repeat(32)).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(s.api_token_list().await.expect("list").len(), 2);
}

async fn sspr_suite(s: &Arc<dyn Store>, uid: i64) {
    // Policy documents.
    assert_eq!(s.setting_get("sspr_policy").await.expect("get"), None);
    s.setting_put("sspr_policy", "{\"a\":1}")
        .await
        .expect("put");
    s.setting_put("sspr_policy", "{\"a\":2}")
        .await
        .expect("put replaces");
    assert_eq!(
        s.setting_get("sspr_policy").await.expect("get").as_deref(),
        Some("{\"a\":2}")
    );
    assert_eq!(
        s.users_with_role(Role::GlobalAdmin, 100)
            .await
            .expect("admins")
            .len(),
        1
    );

    // Registered methods and TOTP replay protection.
    let m = AuthMethodRecord {
        id: 0,
        user_id: uid,
        kind: MethodKind::App,
        value: "Phone".into(),
        secret: "v1.sealed".into(),
        last_used_step: None,
        created_at: 5,
    };
    let app = s.method_add(&m).await.expect("add");
    let email = s
        .method_add(&AuthMethodRecord {
            kind: MethodKind::Email,
            value: "a@b.example".into(),
            ..m.clone()
        })
        .await
        .expect("add");
    let list = s.methods_of(uid).await.expect("list");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].secret, "v1.sealed");
    assert!(s.method_use_step(app, 100).await.expect("first use"));
    assert!(
        !s.method_use_step(app, 100).await.expect("same step again"),
        "a TOTP code is never accepted twice"
    );
    assert!(!s.method_use_step(app, 99).await.expect("older step"));
    assert!(s.method_use_step(app, 101).await.expect("newer step"));
    // A passkey's counter moves without a change of registration: same generation.
    let generation = s.user_generation(uid).await.expect("generation");
    assert!(
        s.method_set_secret(app, "v1.moved")
            .await
            .expect("set secret")
    );
    assert_eq!(s.methods_of(uid).await.expect("list")[0].secret, "v1.moved");
    assert_eq!(
        s.user_generation(uid).await.expect("generation"),
        generation
    );
    assert!(!s.method_set_secret(-1, "x").await.expect("no such method"));
    // A passkey's counter only moves forward, whatever order journeys finish in.
    let key = s
        .method_add(&AuthMethodRecord {
            kind: MethodKind::Passkey,
            value: "Laptop".into(),
            secret: "counter 0".into(),
            ..m.clone()
        })
        .await
        .expect("add passkey");
    let secret_of = |list: Vec<AuthMethodRecord>| {
        list.into_iter()
            .find(|r| r.id == key)
            .map(|r| (r.secret, r.last_used_step))
    };
    assert!(
        s.method_advance_secret(key, "counter 5", 5)
            .await
            .expect("5")
    );
    assert!(
        !s.method_advance_secret(key, "counter 4", 4)
            .await
            .expect("4 after 5")
    );
    assert_eq!(
        secret_of(s.methods_of(uid).await.expect("list")),
        Some(("counter 5".to_owned(), Some(5)))
    );
    assert!(
        s.method_advance_secret(key, "counter 6", 6)
            .await
            .expect("6")
    );
    // An authenticator without a counter (always 0) still updates its backup state.
    let zero = s
        .method_add(&AuthMethodRecord {
            kind: MethodKind::Passkey,
            value: "Phone".into(),
            secret: "zero".into(),
            ..m.clone()
        })
        .await
        .expect("add passkey");
    let generation = s.user_generation(uid).await.expect("generation");
    assert!(s.method_advance_secret(zero, "zero a", 0).await.expect("0"));
    assert!(
        s.method_advance_secret(zero, "zero b", 0)
            .await
            .expect("0 again")
    );
    assert!(
        !s.method_advance_secret(-1, "x", 1)
            .await
            .expect("no such method")
    );
    assert_eq!(
        s.user_generation(uid).await.expect("generation"),
        generation
    );
    s.method_delete(uid, key).await.expect("delete");
    s.method_delete(uid, zero).await.expect("delete");
    s.method_delete(uid, email).await.expect("delete");
    assert!(matches!(
        s.method_delete(uid, email).await,
        Err(StoreError::NotFound)
    ));
    s.answers_set(
        uid,
        &[("q01".into(), "h1".into()), ("q02".into(), "h2".into())],
    )
    .await
    .expect("answers");
    s.answers_set(uid, &[("q03".into(), "h3".into())])
        .await
        .expect("replace");
    assert_eq!(
        s.answers_of(uid).await.expect("answers"),
        vec![("q03".to_string(), "h3".to_string())]
    );
    assert_eq!(s.user_confirmed_at(uid).await.expect("confirmed"), None);
    s.user_set_confirmed(uid, Some(77)).await.expect("confirm");
    assert_eq!(s.user_confirmed_at(uid).await.expect("confirmed"), Some(77));

    // Journeys.
    let mut f = FlowRecord {
        id_hash: "flow1".into(),
        correlation_id: "c1".into(),
        typed: "boss".into(),
        user_id: Some(uid),
        journey: Journey::start(true),
        questions: Vec::new(),
        version: 0,
        generation: 0,
        created_at: 10,
        expires_at: 910,
    };
    s.flow_create(&f).await.expect("create");
    assert_eq!(s.flow_get("flow1").await.expect("get"), f);
    f.journey = Journey {
        stage: Stage::NewPassword,
        intent: Some(Intent::Reset),
        passed: vec![Method::Email, Method::MobilePhone],
    };
    f.questions = vec!["q01".into(), "custom question?".into()];
    // An extended journey keeps its new end.
    f.expires_at = 960;
    assert!(
        s.flow_update(&f).await.expect("update"),
        "the version read is current"
    );
    f.version += 1;
    assert_eq!(s.flow_get("flow1").await.expect("get"), f);
    assert!(
        !s.flow_update(&FlowRecord {
            version: 0,
            ..f.clone()
        })
        .await
        .expect("stale update"),
        "a write from a stale version is refused"
    );
    // Of many parallel writers from one version, exactly one wins.
    let wins = futures_join_all(
        (0..10)
            .map(|_| {
                let (s, f) = (s.clone(), f.clone());
                tokio::spawn(async move { s.flow_update(&f).await.expect("cas") })
            })
            .collect(),
    )
    .await;
    assert_eq!(wins.iter().filter(|w| **w).count(), 1);
    f.version += 1;
    let decoy = FlowRecord {
        id_hash: "flow2".into(),
        user_id: None,
        ..f.clone()
    };
    s.flow_create(&decoy).await.expect("decoy");
    assert_eq!(s.flow_get("flow2").await.expect("get").user_id, None);

    // Codes: single use, replaced on resend, expiring, attempts counted in parallel.
    let code = CodeRecord {
        owner: "flow1".into(),
        purpose: CodePurpose::Email,
        destination: "a@b.example".into(),
        code_mac: "mac1".into(),
        expires_at: 300,
        attempts: 0,
    };
    s.code_put(&code).await.expect("put");
    assert_eq!(
        s.code_fail("flow1", CodePurpose::Email)
            .await
            .expect("fail"),
        1
    );
    s.code_put(&CodeRecord {
        code_mac: "mac2".into(),
        ..code.clone()
    })
    .await
    .expect("resend");
    let stored = s
        .code_get("flow1", CodePurpose::Email)
        .await
        .expect("get")
        .expect("there");
    assert_eq!((stored.code_mac.as_str(), stored.attempts), ("mac2", 0));
    assert!(
        !s.code_consume("flow1", CodePurpose::Email, "mac1", 100)
            .await
            .expect("old code"),
        "a resend kills the old code"
    );
    assert!(
        !s.code_consume("flow1", CodePurpose::Email, "mac2", 300)
            .await
            .expect("expired")
    );
    let mut tasks = Vec::new();
    for _ in 0..20 {
        let s = Arc::clone(s);
        tasks.push(tokio::spawn(async move {
            s.code_consume("flow1", CodePurpose::Email, "mac2", 100)
                .await
                .expect("consume")
        }));
    }
    let mut won = 0;
    for t in tasks {
        won += usize::from(t.await.expect("task"));
    }
    assert_eq!(
        won, 1,
        "a code is consumed exactly once, however many race for it"
    );
    s.code_put(&code).await.expect("put");
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let s = Arc::clone(s);
        tasks.push(tokio::spawn(async move {
            s.code_fail("flow1", CodePurpose::Email)
                .await
                .expect("fail")
        }));
    }
    for t in tasks {
        t.await.expect("task");
    }
    assert_eq!(
        s.code_get("flow1", CodePurpose::Email)
            .await
            .expect("get")
            .expect("there")
            .attempts,
        50
    );
    s.code_delete("flow1", CodePurpose::Email)
        .await
        .expect("delete");
    assert_eq!(
        s.code_get("flow1", CodePurpose::Email).await.expect("get"),
        None
    );
    assert_eq!(
        s.code_fail("flow1", CodePurpose::Email)
            .await
            .expect("no code"),
        0
    );

    // Limits and blocks.
    for at in [10, 20, 30] {
        s.sspr_event_add("user:1", "verify_fail", at)
            .await
            .expect("event");
    }
    s.sspr_event_add("user:1", "email_sent", 30)
        .await
        .expect("event");
    assert_eq!(
        s.sspr_event_count("user:1", "verify_fail", 15)
            .await
            .expect("count"),
        2
    );
    assert_eq!(
        s.sspr_event_count("user:2", "verify_fail", 0)
            .await
            .expect("count"),
        0
    );
    s.sspr_block_set("user:1", 1000).await.expect("block");
    assert_eq!(s.sspr_block_get("user:1").await.expect("block"), Some(1000));
    s.sspr_clear("user:1").await.expect("clear");
    assert_eq!(s.sspr_block_get("user:1").await.expect("block"), None);
    assert_eq!(
        s.sspr_event_count("user:1", "verify_fail", 0)
            .await
            .expect("count"),
        0
    );
    assert!(s.captcha_use("nonce1", 500).await.expect("first"));
    assert!(!s.captcha_use("nonce1", 500).await.expect("replay"));

    // Sweeping removes what expired.
    s.code_put(&CodeRecord {
        expires_at: 50,
        ..code.clone()
    })
    .await
    .expect("put");
    s.sspr_event_add("user:3", "verify_fail", 5)
        .await
        .expect("event");
    assert!(s.sspr_sweep(1000, 10).await.expect("sweep") >= 4);
    assert!(matches!(
        s.flow_get("flow1").await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(
        s.code_get("flow1", CodePurpose::Email).await.expect("get"),
        None
    );
    assert!(
        s.captcha_use("nonce1", 5000)
            .await
            .expect("expired nonce is gone")
    );
    assert_eq!(
        s.sspr_event_count("user:3", "verify_fail", 0)
            .await
            .expect("count"),
        0
    );

    // A user's methods, answers and journeys go with the user.
    s.flow_create(&FlowRecord {
        id_hash: "flow3".into(),
        expires_at: 99_999,
        ..f.clone()
    })
    .await
    .expect("flow");
    let tmp = s
        .user_create(new_user("temp", Role::User), 1)
        .await
        .expect("user");
    s.method_add(&AuthMethodRecord {
        user_id: tmp.id,
        ..m.clone()
    })
    .await
    .expect("method");
    s.answers_set(tmp.id, &[("q01".into(), "h".into())])
        .await
        .expect("answers");
    s.flow_create(&FlowRecord {
        id_hash: "flow4".into(),
        user_id: Some(tmp.id),
        expires_at: 99_999,
        ..f.clone()
    })
    .await
    .expect("flow");
    s.user_delete(tmp.id).await.expect("delete");
    assert!(s.methods_of(tmp.id).await.expect("methods").is_empty());
    assert!(s.answers_of(tmp.id).await.expect("answers").is_empty());
    assert!(matches!(
        s.flow_get("flow4").await,
        Err(StoreError::NotFound)
    ));
}

#[tokio::test]
async fn sqlite_conformance() {
    let dir = std::env::temp_dir().join(format!(
        "lk-conf-{}-{}",
        std::process::id(),
        rand::thread_rng().r#gen::<u32>()
    ));
    let url = format!("sqlite://{}/nested/latchkey.db", dir.display());
    let store = SqliteStore::open(&url, 4)
        .await
        .expect("open sqlite (creates folders)");
    suite(Arc::new(store)).await;
    let _ = std::fs::remove_dir_all(dir);
}

/// The PostgreSQL server the tests use. Fails loudly, never skips.
pub fn pg_admin_url() -> String {
    std::env::var("LATCHKEY_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

#[tokio::test]
async fn postgres_conformance() {
    let admin_url = pg_admin_url();
    let admin = PgStore::open(&admin_url, 1).await.unwrap_or_else(|e| {
        panic!(
            "PostgreSQL is not reachable at {admin_url} ({e}). Run the suite with ./scripts/test.sh, \
             which starts one, or set LATCHKEY_TEST_PG_URL to a server where you may create databases."
        )
    });
    let db = format!("latchkey_conf_{}", rand::thread_rng().r#gen::<u32>());
    sqlx::query(&format!("CREATE DATABASE {db} TEMPLATE template0"))
        .execute(admin.pool())
        .await
        .expect("create database");
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b.to_owned())
        .unwrap_or(admin_url.clone());
    let store = PgStore::open(&format!("{base}/{db}"), 8)
        .await
        .expect("connect to the new database");
    suite(Arc::new(store.clone())).await;
    store.pool().close().await;
    sqlx::query(&format!("DROP DATABASE {db} WITH (FORCE)"))
        .execute(admin.pool())
        .await
        .expect("drop database");
}

/// Races nestings that each are fine alone but close a cycle together: exactly one of
/// every race must win and the other be refused, never both (a cycle) and never a
/// backend error (SQLite's "database is locked").
async fn concurrent_nesting(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    let mut failures = Vec::new();
    // Opposite pairs: A into B and B into A at the same moment.
    for i in 0..30 {
        let a = group_id(&s, format!("pair{i}a")).await;
        let b = group_id(&s, format!("pair{i}b")).await;
        let (x, y) = (Arc::clone(&s), Arc::clone(&s));
        let ab = tokio::spawn(async move { x.group_add_group(a, b).await });
        let ba = tokio::spawn(async move { y.group_add_group(b, a).await });
        let (ab, ba) = tokio::join!(ab, ba);
        let results = [ab.expect("task"), ba.expect("task")];
        if !one_won_one_refused(&results) {
            failures.push(format!("pair {i}: {results:?}"));
        }
    }
    // Chains: A inside B exists; C into A and B into C race (both: B > A > C > B).
    for i in 0..30 {
        let a = group_id(&s, format!("chain{i}a")).await;
        let b = group_id(&s, format!("chain{i}b")).await;
        let c = group_id(&s, format!("chain{i}c")).await;
        s.group_add_group(b, a).await.expect("a inside b");
        let (x, y) = (Arc::clone(&s), Arc::clone(&s));
        let ac = tokio::spawn(async move { x.group_add_group(a, c).await });
        let cb = tokio::spawn(async move { y.group_add_group(c, b).await });
        let (ac, cb) = tokio::join!(ac, cb);
        let results = [ac.expect("task"), cb.expect("task")];
        if !one_won_one_refused(&results) {
            failures.push(format!("chain {i}: {results:?}"));
        }
    }
    let cycles = nesting_cycles(&s).await;
    assert!(
        failures.is_empty() && cycles.is_empty(),
        "{} of 60 races went wrong: {failures:#?}; groups on a cycle: {cycles:?}",
        failures.len()
    );
}

async fn group_id(s: &Arc<dyn Store>, name: String) -> i64 {
    s.group_create(&name, "", 1).await.expect("group").id
}

fn one_won_one_refused(results: &[Result<(), StoreError>; 2]) -> bool {
    let won = results.iter().filter(|r| r.is_ok()).count();
    let refused = results
        .iter()
        .filter(|r| matches!(r, Err(StoreError::Refused(_))))
        .count();
    won == 1 && refused == 1
}

/// Every group that can reach itself through nested groups.
async fn nesting_cycles(s: &Arc<dyn Store>) -> Vec<String> {
    let mut children = std::collections::HashMap::new();
    let groups = s.group_list().await.expect("groups");
    for g in &groups {
        let members = s.group_members(g.id).await.expect("members");
        let ids: Vec<i64> = members.groups.iter().map(|c| c.id).collect();
        children.insert(g.id, ids);
    }
    let mut on_cycle = Vec::new();
    for g in &groups {
        let mut seen = std::collections::HashSet::new();
        let mut todo = children.get(&g.id).cloned().unwrap_or_default();
        while let Some(id) = todo.pop() {
            if id == g.id {
                on_cycle.push(g.name.clone());
                break;
            }
            if seen.insert(id) {
                todo.extend(children.get(&id).cloned().unwrap_or_default());
            }
        }
    }
    on_cycle
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_concurrent_group_nesting() {
    let dir = std::env::temp_dir().join(format!(
        "lk-nest-{}-{}",
        std::process::id(),
        rand::thread_rng().r#gen::<u32>()
    ));
    let url = format!("sqlite://{}/latchkey.db", dir.display());
    let store = SqliteStore::open(&url, 4).await.expect("open sqlite");
    concurrent_nesting(Arc::new(store)).await;
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_concurrent_group_nesting() {
    let admin_url = pg_admin_url();
    let admin = PgStore::open(&admin_url, 1).await.unwrap_or_else(|e| {
        panic!("PostgreSQL is not reachable at {admin_url} ({e}); see postgres_conformance")
    });
    let db = format!("latchkey_nest_{}", rand::thread_rng().r#gen::<u32>());
    sqlx::query(&format!("CREATE DATABASE {db} TEMPLATE template0"))
        .execute(admin.pool())
        .await
        .expect("create database");
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b.to_owned())
        .unwrap_or(admin_url.clone());
    let store = PgStore::open(&format!("{base}/{db}"), 8)
        .await
        .expect("connect to the new database");
    concurrent_nesting(Arc::new(store.clone())).await;
    store.pool().close().await;
    // FORCE: a closed connection's server session may not have ended yet.
    sqlx::query(&format!("DROP DATABASE {db} WITH (FORCE)"))
        .execute(admin.pool())
        .await
        .expect("drop database");
}
