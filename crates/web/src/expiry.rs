//! When a user's password expires, as sign-in and every signed-in request ask it
//! ([`is_expired`]): the password expiry settings and the user's groups' maximum ages,
//! on the rules of [`latchkey_core::expiry`]. The settings' changes, the reminder job and
//! the reports are in [`crate::service::expiry`]; this module sits below it (sign-in and
//! sessions may not import the service layer).

use latchkey_core::directory::User;
use latchkey_core::expiry::{self, ExpirySettings};
use latchkey_core::store::{StoreError, StoreResult};

use crate::state::AppState;

/// The settings in force and the text they were read from (`None`: never stored).
///
/// Errors: the store's; [`StoreError::Backend`] when the stored settings don't parse.
pub async fn load(state: &AppState) -> StoreResult<(ExpirySettings, Option<String>)> {
    let stored = state.store.setting_get(expiry::SETTING).await?;
    let value = match stored.as_deref() {
        None | Some("") => ExpirySettings::default(),
        Some(json) => serde_json::from_str(json).map_err(|e| {
            StoreError::Backend(format!(
                "stored password expiry settings are unreadable: {e}"
            ))
        })?,
    };
    Ok((value, stored))
}

/// When `user`'s password expires under `settings` and their groups' ages (`group_age`:
/// the smallest of them), `None` for never: the one place the rules are combined.
pub fn effective_expiry(
    user: &User,
    settings: &ExpirySettings,
    group_age: Option<u32>,
) -> Option<i64> {
    let max_age = expiry::effective_max_age(settings.max_age_days, group_age);
    expiry::effective_expiry(user, max_age, settings.window_secs())
}

/// When `user`'s password expires, `None` for never.
///
/// Errors: as [`load`].
pub async fn expiry_of(state: &AppState, user: &User) -> StoreResult<Option<i64>> {
    let (settings, _) = load(state).await?;
    let group_age = if user.external.is_some() {
        None
    } else {
        state
            .store
            .expiry_user_ages(Some(user.id))
            .await?
            .first()
            .map(|(_, d)| *d)
    };
    Ok(effective_expiry(user, &settings, group_age))
}

/// Whether `user`'s password has expired now: they must change it before anything else.
///
/// Errors: as [`load`].
pub async fn is_expired(state: &AppState, user: &User) -> StoreResult<bool> {
    Ok(expiry::is_expired(
        expiry_of(state, user).await?,
        state.now(),
    ))
}
