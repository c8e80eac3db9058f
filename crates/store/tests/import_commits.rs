//! Bulk user creation ([`ImportCommits`]) on both engines: several batches with their
//! memberships and one audit event, all or nothing when a name is taken or a group is
//! gone, and the taken names found among many. PostgreSQL as in `conformance.rs`
//! (`LATCHKEY_TEST_PG_URL`, default postgres://postgres@127.0.0.1:5432/postgres).
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use latchkey_core::audit::{NewAuditEvent, Outcome, verify_chain};
use latchkey_core::directory::{Email, Phone, Profile, Role, Username};
use latchkey_core::password::NO_PASSWORD;
use latchkey_core::store::{AuditFilter, Effects, ImportUser, NewUser, Store, StoreError};

const HASH: &str = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

fn user(name: &str, groups: Vec<i64>) -> ImportUser {
    ImportUser {
        user: NewUser {
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
            role: Role::User,
            enabled: true,
            password_hash: if name.ends_with('7') {
                HASH.into()
            } else {
                NO_PASSWORD.into()
            },
            must_change_password: false,
        },
        groups,
    }
}

fn import_event(file: &str) -> Effects {
    Effects {
        audit: vec![NewAuditEvent {
            time: 100,
            activity: "Import users",
            actor: "test".into(),
            target: file.into(),
            client_ip: String::new(),
            result: Outcome::Success,
            correlation_id: String::new(),
            details: serde_json::json!({}),
        }],
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

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    let staff = s.group_create("Staff", "", 1).await.expect("group");
    let sales = s.group_create("Sales", "", 1).await.expect("group");
    let existing = s
        .user_create(user("existing", Vec::new()).user, 1)
        .await
        .expect("user");

    // More than two batches; memberships in two groups, in the middle and the last batch.
    let users: Vec<ImportUser> = (0..5_200)
        .map(|i| {
            let groups = match i % 1_000 {
                0 => vec![staff.id, sales.id],
                1 => vec![sales.id],
                _ => Vec::new(),
            };
            user(&format!("user{i:05}"), groups)
        })
        .collect();
    let calls = AtomicUsize::new(0);
    let last = AtomicUsize::new(0);
    let progress = |n: usize| {
        calls.fetch_add(1, Ordering::Relaxed);
        last.store(n, Ordering::Relaxed);
    };
    let n = s
        .user_import_commit(&users, 200, &import_event("first.csv"), &progress)
        .await
        .expect("import");
    assert_eq!(n, 5_200);
    assert_eq!(s.user_count().await.expect("count"), 5_201);
    assert_eq!(calls.load(Ordering::Relaxed), 3, "one call a batch");
    assert_eq!(last.load(Ordering::Relaxed), 5_200);
    assert_eq!(events_for(&s, "first.csv").await, 1);

    let u = s
        .user_by_username(&Username::parse("user05000").expect("name"))
        .await
        .expect("imported");
    assert_eq!(u.display_name, "First user05000");
    assert_eq!(
        u.email.as_ref().map(Email::as_str),
        Some("user05000@example.org")
    );
    assert_eq!(
        u.mobile_phone.as_ref().map(Phone::as_str),
        Some("+14255550100")
    );
    assert!(u.enabled && !u.must_change_password && u.created_at == 200);
    assert_eq!(u.password_changed_at, None, "no password: never set");
    assert!(s.is_member(u.id, staff.id).await.expect("member"));
    assert!(s.is_member(u.id, sales.id).await.expect("member"));
    assert_eq!(s.user_password_hash(u.id).await.expect("hash"), NO_PASSWORD);
    let with_hash = s
        .user_by_username(&Username::parse("user00007").expect("name"))
        .await
        .expect("imported");
    assert_eq!(with_hash.password_changed_at, Some(200));
    assert_eq!(
        s.user_password_hash(with_hash.id).await.expect("hash"),
        HASH
    );
    assert!(!s.is_member(with_hash.id, sales.id).await.expect("member"));
    let staff_members = s.group_members(staff.id).await.expect("members");
    assert_eq!(staff_members.users.len(), 6);
    assert_eq!(
        s.group_members(sales.id)
            .await
            .expect("members")
            .users
            .len(),
        12
    );

    // Taken names, among many (several chunks), in any order.
    let mut names: Vec<String> = (0..20_000).map(|i| format!("nobody{i}")).collect();
    names.push("user00003".into());
    names.insert(7_000, "existing".into());
    names.push("user05199".into());
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut taken = s.usernames_taken(&refs).await.expect("taken");
    taken.sort();
    assert_eq!(taken, ["existing", "user00003", "user05199"]);
    assert!(s.usernames_taken(&[]).await.expect("none").is_empty());

    // A name taken in the last batch: nothing of the import is written.
    let mut clash: Vec<ImportUser> = (0..3_000)
        .map(|i| user(&format!("new{i:05}"), vec![staff.id]))
        .collect();
    clash.push(user(existing.username.as_str(), Vec::new()));
    let refused = s
        .user_import_commit(&clash, 300, &import_event("clash.csv"), &|_| {})
        .await;
    assert!(
        matches!(refused, Err(StoreError::Conflict("username"))),
        "{refused:?}"
    );
    assert_eq!(s.user_count().await.expect("count"), 5_201);
    assert_eq!(events_for(&s, "clash.csv").await, 0);
    assert_eq!(
        s.group_members(staff.id)
            .await
            .expect("members")
            .users
            .len(),
        6
    );

    // A group that is gone: nothing written either.
    let gone = vec![user("lonely", vec![9_999_999])];
    let refused = s
        .user_import_commit(&gone, 300, &import_event("gone.csv"), &|_| {})
        .await;
    assert!(matches!(refused, Err(StoreError::NotFound)), "{refused:?}");
    assert!(
        s.user_by_username(&Username::parse("lonely").expect("name"))
            .await
            .is_err()
    );
    assert_eq!(events_for(&s, "gone.csv").await, 0);

    // The audit chain holds across the imports.
    let rows = s.audit_chain(0, 100_000).await.expect("chain");
    verify_chain(rows, String::new()).expect("the chain links every event");
}

#[tokio::test]
async fn sqlite_import_commits() {
    support::with_sqlite("import", all).await;
}

#[tokio::test]
async fn postgres_import_commits() {
    support::with_postgres("import", all).await;
}
