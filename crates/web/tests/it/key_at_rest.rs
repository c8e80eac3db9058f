//! Secrets at rest: a copy of the SQLite database file alone is not enough to recompute a
//! pending code (the server key is derived from the encryption key, never stored), and the
//! database files and the key file are readable by their owner only.

use crate::harness::TestApp;
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use latchkey_core::seal::{KEY_FILE_NAME, SERVER_KEY_INFO, SealKey};
use latchkey_core::store::CodePurpose;
use latchkey_web::AppState;
use latchkey_web::sspr::codes;
use latchkey_web::state::LEGACY_SERVER_KEY;
use sqlx::{Column, Row};
use std::path::Path;
use std::sync::Arc;

const OWNER: &str = "journey:key-at-rest";

/// The code MAC as the server computes it (`AppState::mac` over the parts of
/// `codes::mac`), under `key`.
fn code_mac(key: &[u8], code: &str) -> String {
    use hmac::{Hmac, Mac};
    let mut m = Hmac::<sha2::Sha256>::new_from_slice(key).expect("any key length");
    for p in [
        &b"code"[..],
        OWNER.as_bytes(),
        CodePurpose::ResetMobile.as_str().as_bytes(),
        code.as_bytes(),
    ] {
        m.update(&(p.len() as u64).to_be_bytes());
        m.update(p);
    }
    URL_SAFE_NO_PAD.encode(m.finalize().into_bytes())
}

/// Every way a stored text could hold a key: itself, and each of its base64, base64url
/// and hex runs decoded.
fn candidates(text: &str, out: &mut Vec<Vec<u8>>) {
    out.push(text.as_bytes().to_vec());
    let runs = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || "+/=-_".contains(c)))
        .filter(|r| r.len() >= 16);
    for run in runs {
        out.push(run.as_bytes().to_vec());
        for engine in [&STANDARD, &URL_SAFE_NO_PAD] {
            if let Ok(b) = engine.decode(run.trim_end_matches('=')) {
                out.push(b);
            }
            if let Ok(b) = engine.decode(run) {
                out.push(b);
            }
        }
        if run.len() % 2 == 0 && run.chars().all(|c| c.is_ascii_hexdigit()) {
            let hex: Option<Vec<u8>> = (0..run.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&run[i..i + 2], 16).ok())
                .collect();
            out.extend(hex);
        }
    }
}

/// Every text and blob cell of every table of the SQLite database at `path`.
async fn every_value(path: &Path) -> Vec<Vec<u8>> {
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}?mode=ro", path.display()))
        .await
        .expect("open the copy");
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(&pool)
            .await
            .expect("tables");
    assert!(tables.iter().any(|t| t == "settings"), "{tables:?}");
    let mut out = Vec::new();
    for table in tables {
        let rows = sqlx::query(&format!("SELECT * FROM \"{table}\""))
            .fetch_all(&pool)
            .await
            .expect("rows");
        for row in rows {
            for col in row.columns() {
                let i = col.ordinal();
                if let Ok(Some(text)) = row.try_get::<Option<String>, _>(i) {
                    candidates(&text, &mut out);
                } else if let Ok(Some(blob)) = row.try_get::<Option<Vec<u8>>, _>(i) {
                    out.push(blob);
                }
            }
        }
    }
    pool.close().await;
    out
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[tokio::test]
async fn a_copy_of_the_database_file_cannot_recompute_a_pending_code() {
    let app = TestApp::new().await;
    let code = codes::issue(
        &app.state,
        OWNER,
        CodePurpose::ResetMobile,
        "+41790000000",
        6,
    )
    .await
    .expect("issue");

    // Everything into the main file, then copy that file alone, as a backup or a
    // read-only leak would.
    let data = app.state.settings.data_dir.clone();
    let db = data.join("latchkey.db");
    let live = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("open");
    sqlx::query("PRAGMA wal_checkpoint(FULL)")
        .execute(&live)
        .await
        .expect("checkpoint");
    live.close().await;
    let copy = data.join("copy.db");
    std::fs::copy(&db, &copy).expect("copy");

    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}?mode=ro", copy.display()))
        .await
        .expect("open the copy");
    let stored: String = sqlx::query_scalar(
        "SELECT code_mac FROM verification_codes WHERE owner = $1 AND purpose = $2",
    )
    .bind(OWNER)
    .bind(CodePurpose::ResetMobile.as_str())
    .fetch_one(&pool)
    .await
    .expect("the pending code is in the copy");
    let legacy: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE name = $1")
        .bind(LEGACY_SERVER_KEY)
        .fetch_optional(&pool)
        .await
        .expect("settings");
    pool.close().await;
    assert_eq!(legacy, None, "the database holds a server key");

    // The check is sound: the key derived from the key file beside the database (which
    // the copy does not include) recomputes the stored MAC.
    let key_file = std::fs::read_to_string(data.join(KEY_FILE_NAME)).expect("key file");
    let seal = SealKey::from_base64(&key_file).expect("key");
    assert_eq!(code_mac(&seal.derive(SERVER_KEY_INFO), &code), stored);
    assert_eq!(
        codes::mac(&app.state, OWNER, CodePurpose::ResetMobile, &code),
        stored
    );

    // No value in the copy is the key.
    let values = every_value(&copy).await;
    assert!(values.len() > 20, "only {} values read", values.len());
    for value in &values {
        assert_ne!(
            code_mac(value, &code),
            stored,
            "a value in the database recomputes the code: {}",
            String::from_utf8_lossy(value)
        );
    }
}

#[cfg(unix)]
#[tokio::test]
async fn the_database_files_and_the_key_file_are_private() {
    let app = TestApp::new().await;
    // A write, so that the write-ahead log and its index are in use.
    codes::issue(
        &app.state,
        OWNER,
        CodePurpose::ResetMobile,
        "+41790000000",
        6,
    )
    .await
    .expect("issue");
    let data = &app.state.settings.data_dir;
    for name in [
        "latchkey.db",
        "latchkey.db-wal",
        "latchkey.db-shm",
        KEY_FILE_NAME,
    ] {
        assert_eq!(mode(&data.join(name)), 0o600, "{name}");
    }
}

#[cfg(unix)]
#[tokio::test]
async fn database_files_of_an_earlier_version_are_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let app = TestApp::new().await;
    let dir = app.state.settings.data_dir.join("older");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let db = dir.join("old.db");
    {
        let store = latchkey_store::SqliteStore::open(&format!("sqlite://{}", db.display()), 1)
            .await
            .expect("open");
        drop(store);
    }
    for name in ["old.db", "old.db-wal", "old.db-shm"] {
        let path = dir.join(name);
        if !path.exists() {
            std::fs::write(&path, b"").expect("create");
        }
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    }
    let _store = latchkey_store::SqliteStore::open(&format!("sqlite://{}", db.display()), 1)
        .await
        .expect("reopen");
    for name in ["old.db", "old.db-wal", "old.db-shm"] {
        assert_eq!(mode(&dir.join(name)), 0o600, "{name}");
    }
}

/// The server key an earlier version stored is deleted at start and never used; two
/// states with the same encryption key (two instances) agree on every MAC.
async fn legacy_server_key_is_deleted(app: TestApp) {
    let legacy = URL_SAFE_NO_PAD.encode([7u8; 32]);
    app.state
        .store
        .setting_put(LEGACY_SERVER_KEY, &legacy)
        .await
        .expect("put");
    let restarted = AppState::build_with(
        app.state.settings.clone(),
        Arc::clone(&app.state.store),
        Arc::new(app.clock.clone()),
        latchkey_notify::Delivery::new(Arc::new(app.outbox.clone()), Arc::new(app.outbox.clone())),
    )
    .await
    .expect("restart");
    assert_eq!(
        restarted
            .store
            .setting_get(LEGACY_SERVER_KEY)
            .await
            .expect("get"),
        None
    );
    assert_ne!(restarted.server_key(), &[7u8; 32]);
    assert_eq!(restarted.server_key(), app.state.server_key());
    assert_eq!(
        restarted.mac(&[b"csrf", b"seed"]),
        app.state.mac(&[b"csrf", b"seed"])
    );
}

#[tokio::test]
async fn the_server_key_an_earlier_version_stored_is_deleted_at_start() {
    legacy_server_key_is_deleted(TestApp::new().await).await;
}

#[tokio::test]
async fn the_server_key_an_earlier_version_stored_is_deleted_at_start_on_postgres() {
    legacy_server_key_is_deleted(TestApp::on_postgres().await).await;
}
