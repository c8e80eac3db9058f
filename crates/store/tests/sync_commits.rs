//! A directory sync written as one transaction ([`SyncStore::sync_commit`]) on both
//! engines: accounts and groups created with their external ids, nested members replaced,
//! changes and deletions, managers linked (an account and its manager created by the
//! same sync) and replaced, the cursor swapped so of two syncs that read at once one
//! writes, and nothing at all written when the swap fails. PostgreSQL as in
//! `conformance.rs` (`LATCHKEY_TEST_PG_URL`).
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use std::collections::HashMap;
use std::sync::Arc;

use latchkey_core::directory::{ExternalAccount, Profile, Role, Username};
use latchkey_core::dirsync::{ManagerLink, Membership, NewSynced, SyncPlan, SyncedChange};
use latchkey_core::store::{Effects, NO_LOCAL_PASSWORD, NewUser, Store, sync_cursor_key};

fn ext(id: &str) -> ExternalAccount {
    ExternalAccount {
        directory: "main".into(),
        id: id.into(),
        dn: format!("uid={id},ou=people,dc=example,dc=org"),
        password_expires_at: None,
    }
}

/// An entry whose password the directory says expires at `at`.
fn expiring(id: &str, at: i64) -> ExternalAccount {
    ExternalAccount {
        password_expires_at: Some(at),
        ..ext(id)
    }
}

fn synced(name: &str) -> NewSynced {
    NewSynced {
        username: Username::parse(name).expect("name"),
        profile: Profile {
            display_name: name.into(),
            ..Profile::default()
        },
        enabled: true,
        external: ext(name),
    }
}

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    let mut alice_new = synced("alice");
    alice_new.external = expiring("alice", 1_800_000_000);
    let first = SyncPlan {
        create_users: vec![alice_new, synced("bob")],
        create_groups: vec![
            ("Outer".into(), String::new(), ext("g-outer")),
            ("Inner".into(), "nested".into(), ext("g-inner")),
        ],
        memberships: vec![
            Membership {
                group: "g-outer".into(),
                users: vec!["alice".into()],
                groups: vec!["g-inner".into()],
            },
            Membership {
                group: "g-inner".into(),
                users: vec!["bob".into()],
                groups: vec![],
            },
        ],
        // Bob reports to alice, both created by this sync; a link to an entry not synced
        // (or to the account itself) is no manager.
        managers: vec![
            ManagerLink {
                user: "bob".into(),
                manager: Some("alice".into()),
            },
            ManagerLink {
                user: "alice".into(),
                manager: Some("nobody".into()),
            },
        ],
        cursor: Some("100".into()),
        directory: "main".into(),
        ..SyncPlan::default()
    };
    assert!(
        s.sync_commit(&first, None, 10, &Effects::default())
            .await
            .expect("first")
    );
    let alice = s
        .user_by_username(&Username::parse("alice").expect("name"))
        .await
        .expect("alice");
    assert_eq!(alice.external, Some(expiring("alice", 1_800_000_000)));
    assert_eq!(
        s.user_password_hash(alice.id).await.expect("hash"),
        NO_LOCAL_PASSWORD
    );
    let outer = s.group_by_name("Outer").await.expect("outer");
    assert_eq!(
        outer.external,
        Some(ext("g-outer")),
        "groups have no expiry"
    );
    let bob = s
        .user_by_username(&Username::parse("bob").expect("name"))
        .await
        .expect("bob");
    assert!(
        s.is_member(bob.id, outer.id).await.expect("member"),
        "nested"
    );
    assert_eq!(s.manager_of(bob.id).await.expect("manager"), Some(alice.id));
    assert_eq!(s.manager_of(alice.id).await.expect("manager"), None);
    assert_eq!(
        s.synced_managers("main").await.expect("managers"),
        HashMap::from([("bob".to_string(), "alice".to_string())])
    );
    assert!(
        s.synced_managers("other")
            .await
            .expect("managers")
            .is_empty()
    );
    let members = s.synced_members("main").await.expect("members");
    assert_eq!(
        members["g-outer"],
        (vec!["alice".to_string()], vec!["g-inner".to_string()])
    );
    assert_eq!(
        s.setting_get(&sync_cursor_key("main"))
            .await
            .expect("cursor")
            .as_deref(),
        Some("100")
    );

    // A sync that read an older cursor writes nothing at all.
    let stale = SyncPlan {
        delete_users: vec![alice.id],
        cursor: Some("150".into()),
        directory: "main".into(),
        ..SyncPlan::default()
    };
    assert!(
        !s.sync_commit(&stale, None, 20, &Effects::default())
            .await
            .expect("stale")
    );
    assert!(
        !s.sync_commit(&stale, Some("99"), 20, &Effects::default())
            .await
            .expect("stale")
    );
    assert!(s.user_get(alice.id).await.is_ok(), "nothing written");

    // A delta: bob disabled and moved, alice gone, Inner emptied.
    let mut moved = expiring("bob", 1_900_000_000);
    moved.dn = "uid=bob,ou=alumni,dc=example,dc=org".into();
    let delta = SyncPlan {
        update_users: vec![SyncedChange {
            id: bob.id,
            profile: Profile {
                display_name: "Bob B".into(),
                ..Profile::default()
            },
            enabled: false,
            external: moved.clone(),
        }],
        delete_users: vec![alice.id],
        memberships: vec![Membership {
            group: "g-inner".into(),
            ..Membership::default()
        }],
        cursor: Some("200".into()),
        directory: "main".into(),
        ..SyncPlan::default()
    };
    assert!(
        s.sync_commit(&delta, Some("100"), 30, &Effects::default())
            .await
            .expect("delta")
    );
    let bob = s.user_get(bob.id).await.expect("bob");
    assert!(!bob.enabled);
    assert_eq!(bob.display_name, "Bob B");
    assert_eq!(bob.external, Some(moved.clone()));
    assert!(s.user_get(alice.id).await.is_err());
    // A password set in Latchkey (written back) makes the directory's expiry unknown
    // until the next sync reads it again.
    s.user_set_password(bob.id, NO_LOCAL_PASSWORD, false, 31)
        .await
        .expect("password");
    let bob = s.user_get(bob.id).await.expect("bob");
    assert_eq!(
        bob.external.as_ref().and_then(|e| e.password_expires_at),
        None
    );
    assert_eq!(bob.external.map(|e| e.dn), Some(moved.dn));
    assert!(!s.is_member(bob.id, outer.id).await.expect("member"));
    assert_eq!(
        s.manager_of(bob.id).await.expect("manager"),
        None,
        "alice's deletion took bob's link with it"
    );
    assert_eq!(
        s.setting_get(&sync_cursor_key("main"))
            .await
            .expect("cursor")
            .as_deref(),
        Some("200")
    );

    // Two syncs at once from the same cursor: exactly one writes.
    let a = SyncPlan {
        create_users: vec![synced("carol")],
        cursor: Some("300".into()),
        directory: "main".into(),
        ..SyncPlan::default()
    };
    let b = SyncPlan {
        create_users: vec![synced("dave")],
        cursor: Some("301".into()),
        directory: "main".into(),
        ..SyncPlan::default()
    };
    let none = Effects::default();
    let (ra, rb) = tokio::join!(
        s.sync_commit(&a, Some("200"), 40, &none),
        s.sync_commit(&b, Some("200"), 40, &none)
    );
    let wrote = [ra.expect("a"), rb.expect("b")];
    assert_eq!(wrote.iter().filter(|w| **w).count(), 1, "{wrote:?}");
    let users = s.user_list("", 0, 100).await.expect("list").items;
    let names: Vec<&str> = users.iter().map(|u| u.username.as_str()).collect();
    assert!(
        names.contains(&"carol") ^ names.contains(&"dave"),
        "{names:?}"
    );

    // A manager made in Latchkey reads as "" for the sync to replace; a later sync
    // replaces it with a synced account, then removes it.
    let lena = s
        .user_create(
            NewUser {
                username: Username::parse("lena").expect("name"),
                profile: Profile {
                    display_name: "Lena".into(),
                    ..Profile::default()
                },
                role: Role::User,
                enabled: true,
                password_hash: NO_LOCAL_PASSWORD.into(),
                must_change_password: false,
            },
            50,
        )
        .await
        .expect("local account");
    s.manager_set_commit(bob.id, Some(lena.id), 51, &Effects::default())
        .await
        .expect("set by hand");
    assert_eq!(
        s.synced_managers("main").await.expect("managers"),
        HashMap::from([("bob".to_string(), String::new())])
    );
    let cursor = s
        .setting_get(&sync_cursor_key("main"))
        .await
        .expect("cursor");
    let link = |manager: Option<&str>| SyncPlan {
        create_users: if manager.is_some() {
            vec![synced("erin")]
        } else {
            Vec::new()
        },
        managers: vec![ManagerLink {
            user: "bob".into(),
            manager: manager.map(str::to_owned),
        }],
        cursor: Some(format!("{}0", cursor.as_deref().unwrap_or_default())),
        directory: "main".into(),
        ..SyncPlan::default()
    };
    let to_erin = link(Some("erin"));
    assert!(
        s.sync_commit(&to_erin, cursor.as_deref(), 60, &Effects::default())
            .await
            .expect("relink")
    );
    let erin = s
        .user_by_username(&Username::parse("erin").expect("name"))
        .await
        .expect("erin");
    assert_eq!(s.manager_of(bob.id).await.expect("manager"), Some(erin.id));
    assert_eq!(
        s.synced_managers("main").await.expect("managers"),
        HashMap::from([("bob".to_string(), "erin".to_string())])
    );
    let off = link(None);
    assert!(
        s.sync_commit(&off, to_erin.cursor.as_deref(), 70, &Effects::default())
            .await
            .expect("unlink")
    );
    assert_eq!(s.manager_of(bob.id).await.expect("manager"), None);
    assert!(
        s.synced_managers("main")
            .await
            .expect("managers")
            .is_empty()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sqlite_sync_commits() {
    support::with_sqlite("sync", all).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_sync_commits() {
    support::with_postgres("sync", all).await;
}
