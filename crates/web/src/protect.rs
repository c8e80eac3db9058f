//! The password policy as the web layer applies it: the stored policy document, the
//! compiled custom list (rebuilt when the document changes, on every instance), the
//! breached filter, and password history. Every place that sets a password calls
//! [`check_new`].

use latchkey_core::Secret;
use latchkey_core::directory::User;
use latchkey_core::password::PolicyViolation;
use latchkey_core::protect::{self, ProtectionPolicy, Subject, Verdict};
use std::sync::Arc;
use subtle::ConstantTimeEq;

use crate::error::PageError;
use crate::state::AppState;

/// The settings name of the stored policy document.
pub const KEY: &str = "password_protection";

pub use crate::state::{Cache, Compiled, load_breached};

/// The password protection policy in force.
///
/// Errors: [`PageError::Internal`] when the store fails or the stored document is unreadable.
pub async fn load_policy(state: &AppState) -> Result<ProtectionPolicy, PageError> {
    Ok(compiled(state).await?.policy.clone())
}

/// The policy in force with its compiled custom list, from this instance's cache while the
/// stored document is unchanged; with no stored document, the default policy with
/// `password_policy.min_length` from the config.
///
/// Errors: [`PageError::Internal`] when the store fails or the stored document is unreadable.
pub async fn compiled(state: &AppState) -> Result<Arc<Compiled>, PageError> {
    let doc = state.store.setting_get(KEY).await?.unwrap_or_default();
    let cache = &state.protection_cache;
    if let Ok(guard) = cache.last.lock()
        && let Some((d, c)) = guard.as_ref()
        && *d == doc
    {
        return Ok(Arc::clone(c));
    }
    let policy = if doc.is_empty() {
        ProtectionPolicy {
            min_length: state.settings.password_policy.min_length as usize,
            ..ProtectionPolicy::default()
        }
    } else {
        serde_json::from_str(&doc).map_err(|e| {
            PageError::Internal(format!("stored password policy is unreadable: {e}"))
        })?
    };
    let c = Arc::new(Compiled {
        custom: policy.custom_list(),
        policy,
    });
    if let Ok(mut guard) = cache.last.lock() {
        *guard = Some((doc, Arc::clone(&c)));
    }
    Ok(c)
}

/// Stores `p` as the policy in force; every instance picks it up on its next check.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn save_policy(state: &AppState, p: &ProtectionPolicy) -> Result<(), PageError> {
    let json = serde_json::to_string(p).map_err(|e| PageError::Internal(e.to_string()))?;
    Ok(state.store.setting_put(KEY, &json).await?)
}

/// The subject of a password: its owner's names and the organisation's.
pub fn subject<'a>(
    state: &'a AppState,
    username: &'a str,
    first: &'a str,
    last: &'a str,
) -> Subject<'a> {
    Subject {
        username,
        first_name: first,
        last_name: last,
        display_name: "",
        organization: &state.settings.organization_name,
    }
}

/// The subject of `u`'s password (see [`subject`]).
pub fn subject_of<'a>(state: &'a AppState, u: &'a User) -> Subject<'a> {
    Subject {
        display_name: &u.display_name,
        ..subject(state, u.username.as_str(), &u.first_name, &u.last_name)
    }
}

/// Evaluates a candidate without history (for the strength meter and the tester box),
/// with the organisation's name as currently set in the portal.
pub async fn evaluate(
    state: &AppState,
    password: &str,
    who: &Subject<'_>,
) -> Result<(Verdict, ProtectionPolicy), PageError> {
    let c = compiled(state).await?;
    // The organisation's name as the portal shows it (set under branding, else the config).
    let org = state.org_name();
    let who = Subject {
        organization: if org.trim().is_empty() {
            who.organization
        } else {
            &org
        },
        ..*who
    };
    let v = protect::check(
        &c.policy,
        &c.custom,
        state.breached.as_deref(),
        password,
        &who,
    );
    Ok((v, c.policy.clone()))
}

/// Checks a new password against every rule, its confirmation, and (for an existing user)
/// their current password (refused as [`PolicyViolation::SameAsCurrent`], found by
/// verifying the candidate against the current hash on the hashing pool) and the recent
/// passwords the policy remembers. Every door that sets a password comes through here.
pub async fn check_new(
    state: &AppState,
    who: &Subject<'_>,
    user_id: Option<i64>,
    new: &Secret,
    confirm: Option<&Secret>,
) -> Result<Result<(), PolicyViolation>, PageError> {
    if let Some(c) = confirm
        && !bool::from(new.expose().as_bytes().ct_eq(c.expose().as_bytes()))
    {
        return Ok(Err(PolicyViolation::Mismatch));
    }
    let (verdict, policy) = evaluate(state, new.expose(), who).await?;
    if let Err(v) = verdict.result {
        return Ok(Err(v));
    }
    let Some(id) = user_id else {
        return Ok(Ok(()));
    };
    let current = state.store.user_password_hash(id).await?;
    if is_password(state, new, &current).await? {
        return Ok(Err(PolicyViolation::SameAsCurrent));
    }
    if policy.history > 0 {
        // The current password (checked above) and the last `history - 1` before it.
        let hashes = state
            .store
            .password_history(id, i64::from(policy.history) - 1)
            .await?;
        for h in hashes {
            if state.hasher.verify(new, &h).await? {
                return Ok(Err(PolicyViolation::Reused));
            }
        }
    }
    Ok(Ok(()))
}

/// Whether `password` is the one `hash` was made from; `false` when there is no usable
/// hash (an account created without a password holds no Argon2 string).
async fn is_password(state: &AppState, password: &Secret, hash: &str) -> Result<bool, PageError> {
    match state.hasher.verify(password, hash).await {
        Ok(same) => Ok(same),
        Err(latchkey_core::password::HashError::Malformed) => Ok(false),
        Err(e) => Err(e.into()),
    }
}
