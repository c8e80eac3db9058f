//! Creating, listing and revoking admin API tokens (the CLI and the portal use these).
//! A token is shown once, when it is made; the store keeps only its hash.

use latchkey_core::store::ApiTokenRecord;

pub use crate::service::tokens::{Created, create, parse_name, revoke};

/// "Create API token", as audited.
pub const CREATE_TOKEN: &str = latchkey_core::audit::activity::CREATE_TOKEN;
/// "Revoke API token", as audited.
pub const REVOKE_TOKEN: &str = latchkey_core::audit::activity::REVOKE_TOKEN;

/// A token as JSON (never its hash).
pub fn token_json(t: &ApiTokenRecord) -> serde_json::Value {
    use latchkey_core::clock::rfc3339;
    serde_json::json!({
        "id": t.id,
        "name": t.name,
        "owner": t.owner_username,
        "scope": t.scope.as_str(),
        "created_at": rfc3339(t.created_at),
        "last_used_at": t.last_used_at.map(rfc3339),
        "revoked_at": t.revoked_at.map(rfc3339),
    })
}
