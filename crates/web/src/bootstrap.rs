//! First start: an empty directory gets the global administrator `admin`.

use latchkey_core::Secret;
use latchkey_core::audit::{NewAuditEvent, Outcome, activity};
use latchkey_core::directory::{Profile, Role, Username};
use latchkey_core::password;
use latchkey_core::store::{NewUser, StoreError};

use crate::state::AppState;

/// What the first start did.
#[derive(Debug)]
pub enum Bootstrap {
    /// Users already existed; nothing was done.
    Existing,
    /// `admin` was created with the password from `LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD`.
    FromEnvironment,
    /// `admin` was created with this random password, to be changed at first sign-in.
    Generated(Secret),
}

/// Creates `admin` when the directory is empty. With `password`, that password is used
/// and need not be changed; without, a random one is made and must be changed.
pub async fn ensure_bootstrap_admin(
    state: &AppState,
    password: Option<Secret>,
) -> Result<Bootstrap, StoreError> {
    if state.store.user_count().await? > 0 {
        return Ok(Bootstrap::Existing);
    }
    let (secret, generated) = match password {
        Some(p) if !p.is_empty() => (p, false),
        _ => (password::generate(), true),
    };
    let hash = state
        .hasher
        .hash(&secret)
        .await
        .map_err(|e| StoreError::Backend(e.to_string()))?;
    let username = Username::parse("admin").map_err(|e| StoreError::Backend(e.to_string()))?;
    let user = NewUser {
        username,
        profile: Profile {
            first_name: String::new(),
            last_name: String::new(),
            display_name: "Administrator".into(),
            ..Profile::default()
        },
        role: Role::GlobalAdmin,
        enabled: true,
        password_hash: hash,
        must_change_password: generated,
    };
    match state.store.user_create(user, state.now()).await {
        Ok(_) => {}
        // Another instance got there first.
        Err(StoreError::Conflict(_)) => return Ok(Bootstrap::Existing),
        Err(e) => return Err(e),
    }
    state
        .store
        .audit_append(&NewAuditEvent {
            time: state.now(),
            activity: activity::BOOTSTRAP,
            actor: "latchkey".into(),
            target: "admin".into(),
            client_ip: String::new(),
            result: Outcome::Success,
            correlation_id: String::new(),
            details: serde_json::json!({"password": if generated { "generated" } else { "from environment" }}),
        })
        .await?;
    Ok(if generated {
        Bootstrap::Generated(secret)
    } else {
        Bootstrap::FromEnvironment
    })
}
