//! The user search (`UserStore::user_list`) on both engines: "starts with", any case,
//! on the username, display name, first and last name; the same answer as reading every
//! user, with few matches and with many (where it walks the users in order), on every
//! page. On SQLite, the plans read the indexes of migration 0010, never the whole table.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

mod support;

use std::sync::Arc;

use latchkey_core::directory::{Profile, Role, User, Username};
use latchkey_core::password::NO_PASSWORD;
use latchkey_core::store::{Effects, ImportCommits, ImportUser, NewUser, Store};
use latchkey_store::SqliteStore;

const FIRST: [&str; 3] = ["Kai", "Mia", "Zoë"];

fn user(i: usize) -> ImportUser {
    let first = FIRST[i % 3];
    let last = if i.is_multiple_of(500) {
        "O'Brien"
    } else {
        "Steele"
    };
    ImportUser {
        user: NewUser {
            username: Username::parse(&format!("u{i:05}")).expect("valid username"),
            profile: Profile {
                first_name: first.into(),
                last_name: format!("{last}{}", i % 7),
                display_name: format!("{first} {last}"),
                ..Profile::default()
            },
            role: Role::User,
            enabled: true,
            password_hash: NO_PASSWORD.into(),
            must_change_password: false,
        },
        groups: Vec::new(),
    }
}

/// What the search must answer, found by reading every user.
fn expected(all: &[User], search: &str) -> Vec<String> {
    let s = search.trim().to_lowercase();
    let mut names: Vec<String> = all
        .iter()
        .filter(|u| {
            [
                u.username.as_str(),
                &u.display_name,
                &u.first_name,
                &u.last_name,
            ]
            .iter()
            .any(|v| v.to_lowercase().starts_with(&s))
        })
        .map(|u| u.username.to_string())
        .collect();
    names.sort();
    names
}

async fn all(s: Arc<dyn Store>) {
    s.migrate().await.expect("migrate");
    // More than the 5,000 matches above which the search walks the users in order.
    let users: Vec<ImportUser> = (0..6_000).map(user).collect();
    let empty = Effects {
        audit: Vec::new(),
        deliveries: Vec::new(),
    };
    s.user_import_commit(&users, 1, &empty, &|_| {})
        .await
        .expect("import");
    let everyone = s.user_list("", 0, i64::MAX).await.expect("all");
    assert_eq!(everyone.total, 6_000);
    assert_eq!(everyone.items.len(), 6_000);
    let first_page = s.user_list("  ", 0, 3).await.expect("page");
    assert_eq!(first_page.total, 6_000);
    let names: Vec<&str> = first_page
        .items
        .iter()
        .map(|u| u.username.as_str())
        .collect();
    assert_eq!(names, ["u00000", "u00001", "u00002"]);

    for (search, total) in [
        // Many: every user (the walk in username order).
        ("u", 6_000),
        ("STEELE", 5_988),
        ("mia", 2_000),
        // Every letter of the search folds: a capital beyond ASCII finds "Zoë".
        ("ZOË STEELE", 1_996),
        // Few: a username, the start of one, a first name, a display name, a last name.
        ("u01234", 1),
        ("u0123", 10),
        (" kai o'b ", 4),
        ("o'brien", 12),
        ("O'BRIEN3", 2),
        // Not a part from the middle, and wildcards are plain characters.
        ("teele", 0),
        ("%", 0),
        ("u0_", 0),
        ("nobody", 0),
    ] {
        let want = expected(&everyone.items, search);
        assert_eq!(want.len(), total, "the test's own count for {search:?}");
        let mut got = Vec::new();
        let mut offset = 0;
        loop {
            let page = s.user_list(search, offset, 1_700).await.expect("search");
            assert_eq!(page.total, total as i64, "{search:?} at {offset}");
            got.extend(page.items.iter().map(|u| u.username.to_string()));
            offset += 1_700;
            if page.items.is_empty() || offset >= page.total {
                break;
            }
        }
        assert_eq!(got, want, "{search:?}");
    }
    // Past the end, and an odd limit.
    let page = s.user_list("mia", 5_000, 10).await.expect("search");
    assert!(page.items.is_empty() && page.total == 2_000);
    let page = s.user_list("steele", 5_980, 10).await.expect("search");
    assert_eq!(page.items.len(), 8);
    let page = s.user_list("u0123", 8, 100).await.expect("search");
    let names: Vec<&str> = page.items.iter().map(|u| u.username.as_str()).collect();
    assert_eq!(names, ["u01238", "u01239"]);
    // Non-ASCII letters match as typed on either engine.
    assert_eq!(s.user_list("Zoë", 0, 1).await.expect("search").total, 2_000);
}

#[tokio::test]
async fn sqlite_user_search() {
    support::with_sqlite("search", all).await;
}

#[tokio::test]
async fn postgres_user_search() {
    support::with_postgres("search", all).await;
}

/// Each range of a search reads its index, and the walk in username order the
/// username's; none reads the whole table (SQLite 3.46, as bundled).
#[tokio::test]
async fn sqlite_searches_read_indexes() {
    let dir = std::env::temp_dir().join(format!("lk-search-plan-{}", std::process::id()));
    let store = SqliteStore::open(&format!("sqlite://{}/latchkey.db", dir.display()), 2)
        .await
        .expect("open");
    store.migrate().await.expect("migrate");
    // The planner weighs the table's size: plans are for a table with users in it.
    let users: Vec<ImportUser> = (0..3_000).map(user).collect();
    let empty = Effects {
        audit: Vec::new(),
        deliveries: Vec::new(),
    };
    store
        .user_import_commit(&users, 1, &empty, &|_| {})
        .await
        .expect("import");
    let plan = |sql: String| {
        let pool = store.pool().clone();
        async move {
            let rows: Vec<(i64, i64, i64, String)> =
                sqlx::query_as(&format!("EXPLAIN QUERY PLAN {sql}"))
                    .bind("a")
                    .bind("b")
                    .fetch_all(&pool)
                    .await
                    .expect("plan");
            rows.into_iter().map(|r| r.3).collect::<Vec<_>>().join("\n")
        }
    };
    let ranges = "(username >= $1 AND username < $2) \
         OR (lower(display_name) >= $1 AND lower(display_name) < $2) \
         OR (lower(first_name) >= $1 AND lower(first_name) < $2) \
         OR (lower(last_name) >= $1 AND lower(last_name) < $2)";
    for sql in [
        format!("SELECT COUNT(*) FROM (SELECT id FROM users WHERE {ranges} LIMIT 1000000000) AS m"),
        format!("SELECT id, username FROM users WHERE {ranges} LIMIT 1000000000"),
    ] {
        let plan = plan(sql).await;
        assert!(plan.contains("MULTI-INDEX OR"), "{plan}");
        for index in [
            "sqlite_autoindex_users_1",
            "users_display_name_lower",
            "users_first_name_lower",
            "users_last_name_lower",
        ] {
            assert!(
                plan.contains(&format!("INDEX {index} (")),
                "{index}: {plan}"
            );
        }
        assert!(!plan.contains("SCAN users"), "{plan}");
    }
    let walk = plan(
        "SELECT id FROM users WHERE (+username >= $1 AND +username < $2) \
         OR (+lower(last_name) >= $1 AND +lower(last_name) < $2) ORDER BY username LIMIT 25"
            .into(),
    )
    .await;
    assert_eq!(walk, "SCAN users USING INDEX sqlite_autoindex_users_1");
    let _ = std::fs::remove_dir_all(dir);
}
