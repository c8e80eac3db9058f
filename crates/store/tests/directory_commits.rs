//! User and group changes ([`DirectoryCommits`]) on both engines, under real concurrency:
//! many tasks at once on one pool, never sleeps. The rules that read more than the row
//! written — an enabled global administrator remains, nesting makes no cycle — hold
//! however the changes interleave, and every change commits exactly its own audit events
//! (none when it fails). PostgreSQL as in `conformance.rs` (`LATCHKEY_TEST_PG_URL`,
//! default postgres://postgres@127.0.0.1:5432/postgres).
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use latchkey_core::audit::{NewAuditEvent, Outcome, verify_chain};
use latchkey_core::directory::{Email, Profile, Role, User, Username};
use latchkey_core::store::{
    AuditFilter, Effects, LAST_GLOBAL_ADMIN, Member, NewUser, SessionRecord, Store, StoreError,
    UserChange,
};
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
            mobile_phone: None,
            office_phone: None,
        },
        role,
        enabled: true,
        password_hash: "hash".into(),
        must_change_password: false,
    }
}

fn event(activity: &'static str, target: &str) -> NewAuditEvent {
    NewAuditEvent {
        time: 100,
        activity,
        actor: "test".into(),
        target: target.into(),
        client_ip: String::new(),
        result: Outcome::Success,
        correlation_id: String::new(),
        details: serde_json::json!({}),
    }
}

fn effects(activity: &'static str, target: &str) -> Effects {
    Effects {
        audit: vec![event(activity, target)],
        deliveries: Vec::new(),
    }
}

async fn events_for(s: &Arc<dyn Store>, target: &str) -> i64 {
    s.audit_list(
        &AuditFilter {
            target: Some(target.into()),
            ..Default::default()
        },
        0,
        1,
    )
    .await
    .expect("audit")
    .total
}

/// How a race takes a global administrator away.
#[derive(Debug, Clone, Copy)]
enum Removal {
    Demote,
    Block,
    Delete,
}

const REMOVALS: [Removal; 3] = [Removal::Demote, Removal::Block, Removal::Delete];

/// Takes `target` away as a global administrator, keeping one, with one audit event
/// named after `tag`.
async fn remove(
    s: Arc<dyn Store>,
    target: i64,
    how: Removal,
    tag: String,
) -> Result<(), StoreError> {
    match how {
        Removal::Delete => s
            .user_delete_commit(target, true, &effects("Delete user", &tag))
            .await
            .map(|_| ()),
        Removal::Demote | Removal::Block => {
            let change = UserChange {
                role: matches!(how, Removal::Demote).then_some(Role::User),
                enabled: matches!(how, Removal::Block).then_some(false),
                ..Default::default()
            };
            let t = tag.clone();
            s.user_change_commit(target, &change, true, 200, &move |_: &User, _: &User| {
                effects("Update user", &t)
            })
            .await
            .map(|_| ())
        }
    }
}

async fn enabled_global_admins(s: &Arc<dyn Store>) -> i64 {
    s.count_by_role(Role::GlobalAdmin).await.expect("count")
}

/// Two global administrators take each other away at the same moment, in every pairing
/// of demote, block and delete, many rounds: exactly one wins, the other is refused, one
/// enabled global administrator is always left, and only the winner's event is written.
async fn two_admins_race(s: &Arc<dyn Store>) {
    assert_eq!(enabled_global_admins(s).await, 0, "a fresh database");
    // Without any global administrator, changing someone else is not refused: the rule
    // is about taking the last one away.
    let plain = s
        .user_create(new_user("plain", Role::User), 1)
        .await
        .expect("user");
    remove(
        Arc::clone(s),
        plain.id,
        Removal::Block,
        "plain-block".into(),
    )
    .await
    .expect("not an administrator");
    remove(
        Arc::clone(s),
        plain.id,
        Removal::Delete,
        "plain-delete".into(),
    )
    .await
    .expect("not an administrator");
    let mut survivor = s
        .user_create(new_user("boss", Role::GlobalAdmin), 1)
        .await
        .expect("admin")
        .id;
    let mut round = 0;
    for _ in 0..4 {
        for a in REMOVALS {
            for b in REMOVALS {
                round += 1;
                let newcomer = s
                    .user_create(new_user(&format!("deputy{round}"), Role::GlobalAdmin), 1)
                    .await
                    .expect("admin")
                    .id;
                assert_eq!(enabled_global_admins(s).await, 2);
                let (ta, tb) = (format!("r{round}-a"), format!("r{round}-b"));
                let hs = vec![
                    tokio::spawn(remove(Arc::clone(s), survivor, a, ta.clone())),
                    tokio::spawn(remove(Arc::clone(s), newcomer, b, tb.clone())),
                ];
                let got = support::join(hs).await;
                let wins = got.iter().filter(|r| r.is_ok()).count();
                assert_eq!(wins, 1, "round {round} ({a:?} vs {b:?}): {got:?}");
                for r in &got {
                    if let Err(e) = r {
                        assert!(
                            matches!(e, StoreError::Refused(w) if *w == LAST_GLOBAL_ADMIN),
                            "{e:?}"
                        );
                    }
                }
                assert_eq!(enabled_global_admins(s).await, 1, "round {round}");
                let (ea, eb) = (events_for(s, &ta).await, events_for(s, &tb).await);
                if got[0].is_ok() {
                    assert_eq!((ea, eb), (1, 0), "round {round}");
                    survivor = newcomer;
                } else {
                    assert_eq!((ea, eb), (0, 1), "round {round}");
                }
                let left = s.user_get(survivor).await.expect("survivor");
                assert!(left.enabled && left.role == Role::GlobalAdmin);
            }
        }
    }
}

/// Eight global administrators, each taken away by its own task at once: seven go, one
/// stays, seven events.
async fn many_admins_race(s: &Arc<dyn Store>) {
    let base = enabled_global_admins(s).await;
    assert_eq!(base, 1);
    // The one left by the previous race steps down first, so exactly these eight remain.
    let before: Vec<User> = s
        .users_with_role(Role::GlobalAdmin, 10)
        .await
        .expect("admins");
    let mut ids = Vec::new();
    for i in 0..8 {
        ids.push(
            s.user_create(new_user(&format!("many{i}"), Role::GlobalAdmin), 1)
                .await
                .expect("admin")
                .id,
        );
    }
    for u in before {
        remove(Arc::clone(s), u.id, Removal::Demote, "step-down".into())
            .await
            .expect("others remain");
    }
    let hs = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            tokio::spawn(remove(
                Arc::clone(s),
                *id,
                REMOVALS[i % 3],
                format!("many-{i}"),
            ))
        })
        .collect();
    let got = support::join(hs).await;
    assert_eq!(got.iter().filter(|r| r.is_ok()).count(), 7, "{got:?}");
    assert_eq!(enabled_global_admins(s).await, 1);
    let mut events = 0;
    for (i, r) in got.iter().enumerate() {
        let n = events_for(s, &format!("many-{i}")).await;
        assert_eq!(n, i64::from(r.is_ok()), "task {i}: {r:?}");
        events += n;
    }
    assert_eq!(events, 7);
}

/// A change that fails or is refused writes nothing, not even its audit event.
async fn failures_leave_nothing(s: &Arc<dyn Store>) {
    let u = s
        .user_create_commit(
            new_user("ivy", Role::User),
            1,
            &effects("Add user", "ivy-1"),
        )
        .await
        .expect("create");
    assert_eq!(events_for(s, "ivy-1").await, 1);
    let taken = s
        .user_create_commit(
            new_user("IVY", Role::User),
            1,
            &effects("Add user", "ivy-2"),
        )
        .await;
    assert!(
        matches!(taken, Err(StoreError::Conflict("username"))),
        "{taken:?}"
    );
    assert_eq!(events_for(s, "ivy-2").await, 0);

    let gone = s
        .user_change_commit(
            9_999_999,
            &UserChange {
                role: Some(Role::User),
                ..Default::default()
            },
            true,
            1,
            &|_: &User, _: &User| effects("Update user", "ghost"),
        )
        .await;
    assert!(matches!(gone, Err(StoreError::NotFound)), "{gone:?}");
    assert!(matches!(
        s.user_delete_commit(9_999_999, true, &effects("Delete user", "ghost"))
            .await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(events_for(s, "ghost").await, 0);

    let a = s
        .group_create_commit(
            "A",
            "",
            &[Member::User(u.id)],
            1,
            &effects("Add group", "A"),
        )
        .await
        .expect("group");
    let b = s
        .group_create_commit(
            "B",
            "",
            &[Member::Group(a.id)],
            1,
            &effects("Add group", "B"),
        )
        .await
        .expect("group");
    assert!(
        s.is_member(u.id, b.id).await.expect("member"),
        "nested at creation"
    );
    assert!(matches!(
        s.group_create_commit("a", "", &[], 1, &effects("Add group", "a-again"))
            .await,
        Err(StoreError::Conflict("group_name"))
    ));
    assert!(matches!(
        s.group_create_commit(
            "C",
            "",
            &[Member::User(9_999_999)],
            1,
            &effects("Add group", "C")
        )
        .await,
        Err(StoreError::NotFound)
    ));
    assert!(
        s.group_by_name("C").await.is_err(),
        "a group with a missing member is not half-made"
    );
    let cycle = s
        .group_member_commit(
            a.id,
            Member::Group(b.id),
            true,
            &effects("Add member", "cycle"),
        )
        .await;
    assert!(matches!(cycle, Err(StoreError::Refused(_))), "{cycle:?}");
    let own = s
        .group_member_commit(
            a.id,
            Member::Group(a.id),
            true,
            &effects("Add member", "cycle"),
        )
        .await;
    assert!(matches!(own, Err(StoreError::Refused(_))), "{own:?}");
    let not_member = s
        .group_member_commit(
            b.id,
            Member::User(u.id),
            false,
            &effects("Remove member", "cycle"),
        )
        .await;
    assert!(
        matches!(not_member, Err(StoreError::NotFound)),
        "{not_member:?}"
    );
    assert_eq!(events_for(s, "a-again").await + events_for(s, "C").await, 0);
    assert_eq!(events_for(s, "cycle").await, 0);
    // Removing and deleting, each with its event.
    s.group_member_commit(
        b.id,
        Member::Group(a.id),
        false,
        &effects("Remove member", "B-a"),
    )
    .await
    .expect("remove");
    assert!(!s.is_member(u.id, b.id).await.expect("member"));
    s.group_delete_commit(a.id, &effects("Delete group", "A-gone"))
        .await
        .expect("delete");
    assert!(matches!(
        s.group_delete_commit(a.id, &effects("Delete group", "A-gone"))
            .await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(
        events_for(s, "B-a").await + events_for(s, "A-gone").await,
        2
    );
}

/// The effects of a user change see the user as stored just before and just after it;
/// contacts and sign-in bump the credential generation, names don't; blocking ends the
/// user's sessions.
async fn user_changes(s: &Arc<dyn Store>) {
    let u = s
        .user_create(new_user("otto", Role::User), 1)
        .await
        .expect("user");
    s.session_create(&SessionRecord {
        id_hash: "otto-sess".into(),
        user_id: u.id,
        created_at: 1,
        last_seen_at: 1,
        expires_at: 10_000,
        access_pass: None,
    })
    .await
    .expect("session");
    let g0 = s.user_generation(u.id).await.expect("gen");
    let mut p = Profile {
        display_name: "Otto O.".into(),
        ..u_profile(&u)
    };
    let seen = std::sync::Mutex::new(Vec::new());
    let after = s
        .user_change_commit(
            u.id,
            &UserChange {
                profile: Some(p.clone()),
                ..Default::default()
            },
            false,
            50,
            &|before: &User, after: &User| {
                seen.lock()
                    .expect("lock")
                    .push((before.display_name.clone(), after.display_name.clone()));
                Effects::default()
            },
        )
        .await
        .expect("change");
    assert_eq!(after.display_name, "Otto O.");
    assert_eq!(after.updated_at, 50);
    assert_eq!(
        seen.lock().expect("lock").as_slice(),
        [("First otto".to_owned(), "Otto O.".to_owned())]
    );
    assert_eq!(
        s.user_generation(u.id).await.expect("gen"),
        g0,
        "a name alone"
    );
    p.email = None;
    s.user_change_commit(
        u.id,
        &UserChange {
            profile: Some(p),
            ..Default::default()
        },
        false,
        51,
        &|_: &User, _: &User| Effects::default(),
    )
    .await
    .expect("change");
    assert_eq!(
        s.user_generation(u.id).await.expect("gen"),
        g0 + 1,
        "a contact"
    );
    let blocked = s
        .user_change_commit(
            u.id,
            &UserChange {
                enabled: Some(false),
                role: Some(Role::PasswordAdmin),
                ..Default::default()
            },
            true,
            52,
            &|_: &User, _: &User| Effects::default(),
        )
        .await
        .expect("change");
    assert!(!blocked.enabled && blocked.role == Role::PasswordAdmin);
    assert_eq!(
        s.user_generation(u.id).await.expect("gen"),
        g0 + 2,
        "blocked"
    );
    assert!(s.session_get("otto-sess").await.is_err(), "sessions ended");
}

fn u_profile(u: &User) -> Profile {
    Profile {
        first_name: u.first_name.clone(),
        last_name: u.last_name.clone(),
        display_name: u.display_name.clone(),
        email: u.email.clone(),
        alternate_email: u.alternate_email.clone(),
        mobile_phone: u.mobile_phone.clone(),
        office_phone: u.office_phone.clone(),
    }
}

/// Two opposite nestings at once, many rounds: exactly one lands, the other is refused,
/// and only the one that landed wrote its event.
async fn nesting_race(s: &Arc<dyn Store>) {
    for round in 0..20 {
        let x = s
            .group_create(&format!("X{round}"), "", 1)
            .await
            .expect("group");
        let y = s
            .group_create(&format!("Y{round}"), "", 1)
            .await
            .expect("group");
        let (tx, ty) = (format!("n{round}-x"), format!("n{round}-y"));
        let hs = vec![
            {
                let s = Arc::clone(s);
                let t = tx.clone();
                tokio::spawn(async move {
                    s.group_member_commit(
                        x.id,
                        Member::Group(y.id),
                        true,
                        &effects("Add member", &t),
                    )
                    .await
                })
            },
            {
                let s = Arc::clone(s);
                let t = ty.clone();
                tokio::spawn(async move {
                    s.group_member_commit(
                        y.id,
                        Member::Group(x.id),
                        true,
                        &effects("Add member", &t),
                    )
                    .await
                })
            },
        ];
        let got = support::join(hs).await;
        assert_eq!(got.iter().filter(|r| r.is_ok()).count(), 1, "{got:?}");
        assert!(
            got.iter()
                .all(|r| r.is_ok() || matches!(r, Err(StoreError::Refused(_)))),
            "{got:?}"
        );
        assert_eq!(
            events_for(s, &tx).await + events_for(s, &ty).await,
            1,
            "round {round}"
        );
    }
}

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    two_admins_race(&s).await;
    many_admins_race(&s).await;
    failures_leave_nothing(&s).await;
    user_changes(&s).await;
    nesting_race(&s).await;
    let rows = s.audit_chain(0, 100_000).await.expect("chain");
    verify_chain(rows, String::new()).expect("the chain links every event");
}

#[tokio::test]
async fn sqlite_directory_commits() {
    support::with_sqlite("directory", all).await;
}

#[tokio::test]
async fn postgres_directory_commits() {
    support::with_postgres("directory", all).await;
}
