//! The typed storage boundary, on both engines: rows written with the stored strings read
//! back as the right enum variants (existing databases stay readable), filters by a typed
//! value match the stored string, and a stored value no enum knows is reported as a
//! backend error naming the field instead of being trusted. PostgreSQL as in the
//! conformance suite: `LATCHKEY_TEST_PG_URL`, a fresh database per run.
#![expect(
    clippy::expect_used,
    reason = "a test stops loudly at the first setup failure"
)]

use latchkey_core::audit::{NewAuditEvent, Outcome};
use latchkey_core::directory::{Profile, Role, Username};
use latchkey_core::store::{
    AuditFilter, AuthMethodRecord, CodePurpose, CodeRecord, MethodKind, NewApiToken, NewUser,
    Store, StoreError, TokenScope,
};
use latchkey_store::{PgStore, SqliteStore};
use rand::Rng;
use std::sync::Arc;

/// The pool under the trait, to write what the trait never would.
enum Raw {
    Sqlite(sqlx::SqlitePool),
    Pg(sqlx::PgPool),
}

impl Raw {
    async fn run(&self, sql: &str) {
        match self {
            Raw::Sqlite(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
            Raw::Pg(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
        }
        .expect("raw sql");
    }
}

fn backend_naming(r: Result<impl std::fmt::Debug, StoreError>, field: &str) {
    match r {
        Err(StoreError::Backend(m)) => assert!(m.starts_with(&format!("stored {field} ")), "{m}"),
        other => panic!("expected Backend(\"stored {field} …\"), got {other:?}"),
    }
}

async fn suite(s: Arc<dyn Store>, raw: Raw) {
    s.migrate().await.expect("migrate");
    let u = s
        .user_create(
            NewUser {
                username: Username::parse("tess").expect("name"),
                profile: Profile {
                    first_name: "Tess".into(),
                    last_name: "Typed".into(),
                    display_name: "Tess Typed".into(),
                    email: None,
                    alternate_email: None,
                    mobile_phone: None,
                    office_phone: None,
                },
                role: Role::GlobalAdmin,
                enabled: true,
                password_hash: "h".into(),
                must_change_password: false,
            },
            100,
        )
        .await
        .expect("user");

    // Method kinds: every kind round-trips; a kind no enum knows is reported.
    for kind in MethodKind::ALL {
        s.method_add(&AuthMethodRecord {
            id: 0,
            user_id: u.id,
            kind,
            value: format!("v-{}", kind.as_str()),
            secret: String::new(),
            last_used_step: None,
            created_at: 100,
        })
        .await
        .expect("method");
    }
    let kinds: Vec<_> = s
        .methods_of(u.id)
        .await
        .expect("methods")
        .into_iter()
        .map(|m| m.kind)
        .collect();
    assert_eq!(kinds, MethodKind::ALL);
    raw.run("UPDATE auth_methods SET kind = 'fax' WHERE value = 'v-office'")
        .await;
    backend_naming(s.methods_of(u.id).await, "method kind");

    // Token scopes.
    let read = s
        .api_token_create(&NewApiToken {
            name: "r".into(),
            owner_id: u.id,
            scope: TokenScope::Read,
            token_hash: "aa".repeat(32),
            created_at: 100,
        })
        .await
        .expect("token");
    assert_eq!(read.scope, TokenScope::Read);
    let write = s
        .api_token_create(&NewApiToken {
            name: "w".into(),
            token_hash: "bb".repeat(32),
            scope: TokenScope::Write,
            owner_id: u.id,
            created_at: 100,
        })
        .await
        .expect("token");
    assert_eq!(
        s.api_token_by_hash(&"bb".repeat(32))
            .await
            .expect("by hash")
            .scope,
        TokenScope::Write
    );
    raw.run("UPDATE api_tokens SET scope = 'admin' WHERE name = 'w'")
        .await;
    backend_naming(s.api_token_get(write.id).await, "token scope");
    backend_naming(s.api_token_list().await, "token scope");
    assert_eq!(
        s.api_token_get(read.id).await.expect("other token").scope,
        TokenScope::Read
    );

    // Code purposes: one row per purpose and owner, each found by its own purpose only.
    for (i, purpose) in CodePurpose::ALL.into_iter().enumerate() {
        s.code_put(&CodeRecord {
            owner: "o".into(),
            purpose,
            destination: format!("d{i}"),
            code_mac: format!("m{i}"),
            expires_at: 1_000,
            attempts: 0,
        })
        .await
        .expect("code");
    }
    for (i, purpose) in CodePurpose::ALL.into_iter().enumerate() {
        let c = s
            .code_get("o", purpose)
            .await
            .expect("get")
            .expect("stored");
        assert_eq!((c.purpose, c.destination), (purpose, format!("d{i}")));
    }
    // A row written as before the enum existed reads back.
    raw.run(
        "INSERT INTO verification_codes (owner, purpose, destination, code_mac, expires_at, attempts) \
         VALUES ('legacy', 'mobile_phone', '+14255550100', 'mac', 1000, 0)",
    )
    .await;
    assert!(
        s.code_consume("legacy", CodePurpose::ResetMobile, "mac", 500)
            .await
            .expect("consume")
    );

    // Audit results: the filter matches the stored words; an unknown one is reported.
    for result in [Outcome::Success, Outcome::Failure, Outcome::Failure] {
        s.audit_append(&NewAuditEvent {
            time: 100,
            activity: "Sign-in",
            actor: "tess".into(),
            target: "tess".into(),
            client_ip: "127.0.0.1".into(),
            result,
            correlation_id: "c".into(),
            details: serde_json::json!({}),
        })
        .await
        .expect("append");
    }
    let failures = s
        .audit_list(
            &AuditFilter {
                result: Some(Outcome::Failure),
                ..Default::default()
            },
            0,
            10,
        )
        .await
        .expect("list");
    assert_eq!(failures.total, 2);
    assert!(failures.items.iter().all(|e| e.result == Outcome::Failure));
    let all = s
        .audit_list(&AuditFilter::default(), 0, 10)
        .await
        .expect("list");
    assert_eq!(
        serde_json::to_value(&all.items[2]).expect("json")["result"],
        "success",
        "serialised as the stored word"
    );
    raw.run(
        "UPDATE audit_events SET result = 'maybe' WHERE id = (SELECT MIN(id) FROM audit_events)",
    )
    .await;
    backend_naming(
        s.audit_list(&AuditFilter::default(), 0, 10).await,
        "audit result",
    );
    // The chain reads rows as stored: the change shows as a broken link, not an error.
    let chain = s.audit_chain(0, 10).await.expect("chain");
    assert!(latchkey_core::audit::verify_chain(chain, String::new()).is_err());
}

#[tokio::test]
async fn sqlite_typed_boundary() {
    let dir = std::env::temp_dir().join(format!(
        "lk-typed-{}-{}",
        std::process::id(),
        rand::thread_rng().r#gen::<u32>()
    ));
    let url = format!("sqlite://{}/latchkey.db", dir.display());
    let store = SqliteStore::open(&url, 4).await.expect("open sqlite");
    let raw = Raw::Sqlite(store.pool().clone());
    suite(Arc::new(store), raw).await;
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn postgres_typed_boundary() {
    let admin_url = std::env::var("LATCHKEY_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let admin = PgStore::open(&admin_url, 1).await.unwrap_or_else(|e| {
        panic!(
            "PostgreSQL is not reachable at {admin_url} ({e}). Run the suite with ./scripts/test.sh, \
             which starts one, or set LATCHKEY_TEST_PG_URL to a server where you may create databases."
        )
    });
    let db = format!("latchkey_typed_{}", rand::thread_rng().r#gen::<u32>());
    sqlx::query(&format!("CREATE DATABASE {db} TEMPLATE template0"))
        .execute(admin.pool())
        .await
        .expect("create database");
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b.to_owned())
        .unwrap_or(admin_url.clone());
    let store = PgStore::open(&format!("{base}/{db}"), 4)
        .await
        .expect("connect to the new database");
    let raw = Raw::Pg(store.pool().clone());
    suite(Arc::new(store.clone()), raw).await;
    store.pool().close().await;
    sqlx::query(&format!("DROP DATABASE {db} WITH (FORCE)"))
        .execute(admin.pool())
        .await
        .expect("drop database");
}
