//! `latchkey check-config`: is this instance's encryption key the one the database was
//! first used with? The same check as at start ([`latchkey_web::state::check_seal_key`]),
//! read-only.

use latchkey_core::config::Settings;
use latchkey_core::store::Store;

use super::Fail;

/// For `check-config`: whether this instance's encryption key (`encryption_key`, else the
/// key file in the data folder) is the one the database was first used with, as the start
/// checks it, without creating a key or writing to the database.
pub(super) async fn check_encryption_key(s: &Settings, store: &dyn Store) -> Result<(), Fail> {
    use latchkey_core::seal::{KEY_FILE_NAME, SealError, SealKey};
    use latchkey_web::state::{SEAL_KEY_CHECK, StartError, seal_key_opens};
    let invalid = |e: SealError| Fail(StartError::Seal(e).to_string(), 2);
    let key = if s.encryption_key.is_empty() {
        let path = s.data_dir.join(KEY_FILE_NAME);
        match std::fs::read_to_string(&path) {
            Ok(text) => Some(
                SealKey::from_base64(&text)
                    .map_err(|_| invalid(SealError::KeyFileContent { path: path.clone() }))?,
            ),
            // The first start will generate one.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => return Err(invalid(SealError::KeyFile { path, source })),
        }
    } else {
        Some(SealKey::from_base64(&s.encryption_key).map_err(invalid)?)
    };
    // A database not set up yet has no check value: the first start records this key.
    let check = store.setting_get(SEAL_KEY_CHECK).await.ok().flatten();
    match (check, key) {
        (None, _) => Ok(()),
        (Some(check), Some(key)) if seal_key_opens(&key, &check) => Ok(()),
        (Some(_), _) => Err(Fail(StartError::SealKeyMismatch.to_string(), 2)),
    }
}
