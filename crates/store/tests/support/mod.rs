//! What the store's test files share: a fresh store on each engine, and joining tasks.
//! PostgreSQL: `LATCHKEY_TEST_PG_URL` (default postgres://postgres@127.0.0.1:5432/postgres,
//! what ./scripts/test.sh provides); a test that can't reach it fails and says so.
#![allow(dead_code, clippy::expect_used)]

use latchkey_core::store::Store;
use latchkey_store::{PgStore, SqliteStore};
use rand::Rng;
use std::future::Future;
use std::sync::Arc;

/// Runs `f` on a fresh SQLite file database (8 connections), then removes it.
pub async fn with_sqlite<F, Fut>(tag: &str, f: F)
where
    F: FnOnce(Arc<dyn Store>) -> Fut,
    Fut: Future<Output = ()>,
{
    let dir = std::env::temp_dir().join(format!(
        "lk-{tag}-{}-{}",
        std::process::id(),
        rand::thread_rng().r#gen::<u32>()
    ));
    let url = format!("sqlite://{}/latchkey.db", dir.display());
    let store = SqliteStore::open(&url, 8).await.expect("open sqlite");
    f(Arc::new(store)).await;
    let _ = std::fs::remove_dir_all(dir);
}

/// The PostgreSQL server and a connection to its admin database.
pub async fn pg_admin() -> (String, PgStore) {
    let admin_url = std::env::var("LATCHKEY_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let admin = PgStore::open(&admin_url, 1).await.unwrap_or_else(|e| {
        panic!(
            "PostgreSQL is not reachable at {admin_url} ({e}). Run ./scripts/test.sh, which starts \
             one, or set LATCHKEY_TEST_PG_URL to a server where you may create databases."
        )
    });
    (admin_url, admin)
}

/// Runs `f` on a fresh PostgreSQL database (16 connections), then drops it.
pub async fn with_postgres<F, Fut>(tag: &str, f: F)
where
    F: FnOnce(Arc<dyn Store>) -> Fut,
    Fut: Future<Output = ()>,
{
    let (admin_url, admin) = pg_admin().await;
    let db = format!("latchkey_{tag}_{}", rand::thread_rng().r#gen::<u32>());
    sqlx::query(&format!("CREATE DATABASE {db} TEMPLATE template0"))
        .execute(admin.pool())
        .await
        .expect("create database");
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b.to_owned())
        .unwrap_or(admin_url.clone());
    let store = PgStore::open(&format!("{base}/{db}"), 16)
        .await
        .expect("connect to the new database");
    f(Arc::new(store.clone())).await;
    store.pool().close().await;
    sqlx::query(&format!("DROP DATABASE {db} WITH (FORCE)"))
        .execute(admin.pool())
        .await
        .expect("drop database");
}

/// Awaits every task, in order.
pub async fn join<T: Send + 'static>(hs: Vec<tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut out = Vec::new();
    for h in hs {
        out.push(h.await.expect("task"));
    }
    out
}
