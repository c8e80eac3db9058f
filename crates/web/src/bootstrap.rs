//! Every start: a directory without an enabled global administrator (a fresh install, or
//! users added with the CLI before the first `serve`) gets the global administrator
//! `admin`.

use latchkey_core::Secret;
use latchkey_core::audit::{NewAuditEvent, Outcome, activity};
use latchkey_core::directory::{Profile, Role, Username};
use latchkey_core::password;
use latchkey_core::store::{NewUser, StoreError};

use crate::state::AppState;

/// What the first start did.
#[derive(Debug)]
pub enum Bootstrap {
    /// An enabled global administrator already existed; nothing was done.
    Existing,
    /// No enabled global administrator exists and `admin` is taken by another account:
    /// nothing was done; the operator must make one (`latchkey user add NAME --role
    /// global_admin`, or `latchkey user set NAME --role global_admin --enabled true`).
    NoAdministrator,
    /// `admin` was created with the password from `LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD`.
    FromEnvironment,
    /// `admin` was created with this random password, to be changed at first sign-in.
    Generated(Secret),
}

/// Whether an enabled global administrator exists.
async fn has_global_admin(state: &AppState) -> Result<bool, StoreError> {
    Ok(state
        .store
        .users_with_role(Role::GlobalAdmin, 100)
        .await?
        .iter()
        .any(|u| u.enabled))
}

/// Creates `admin` when no enabled global administrator exists (so nobody could open the
/// portal). With `password`, that password is used and need not be changed; without, a
/// random one is made and must be changed.
pub async fn ensure_bootstrap_admin(
    state: &AppState,
    password: Option<Secret>,
) -> Result<Bootstrap, StoreError> {
    if has_global_admin(state).await? {
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
        // Another instance got there first, or `admin` is someone else's name.
        Err(StoreError::Conflict(_)) => {
            return Ok(if has_global_admin(state).await? {
                Bootstrap::Existing
            } else {
                Bootstrap::NoAdministrator
            });
        }
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
