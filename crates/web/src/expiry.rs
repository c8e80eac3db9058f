//! When a user's password expires, as sign-in and every signed-in request ask it
//! ([`is_expired`]): the password expiry settings and the user's groups' maximum ages,
//! on the rules of [`latchkey_core::expiry`]. The settings' changes, the reminder job and
//! the reports are in [`crate::service::expiry`]; this module sits below it (sign-in and
//! sessions may not import the service layer).

use latchkey_core::directory::User;
use latchkey_core::expiry::{self, ExpirySettings};
use latchkey_core::store::StoreResult;

use crate::state::AppState;

/// The settings in force and the text they were read from (`None`: never stored).
/// Stored settings that don't parse (edited by hand, or written by a newer version) are
/// logged and read as the defaults — expiry off — so that sign-in and every page keep
/// working and an administrator can save them again.
///
/// Errors: the store's.
pub async fn load(state: &AppState) -> StoreResult<(ExpirySettings, Option<String>)> {
    let stored = state.store.setting_get(expiry::SETTING).await?;
    let value = match stored.as_deref() {
        None | Some("") => ExpirySettings::default(),
        Some(json) => serde_json::from_str(json).unwrap_or_else(|e| {
            tracing::error!(
                error = %e,
                "the stored password expiry settings are unreadable; expiry is off until they are saved again"
            );
            ExpirySettings::default()
        }),
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
    expiry::effective_expiry(user, max_age)
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

/// Whether `user` must change an expired password before anything else: a password of
/// Latchkey's own past its expiry. An account from the on-premises directory is never
/// forced here: its directory refuses an expired password at sign-in itself (AD, OpenLDAP
/// ppolicy), which sign-in turns into the change, while Latchkey's copy of its expiry is
/// as of the last sync and would trap someone who has just changed it at the directory.
///
/// Errors: as [`load`].
pub async fn is_expired(state: &AppState, user: &User) -> StoreResult<bool> {
    if user.external.is_some() {
        return Ok(false);
    }
    Ok(expiry::is_expired(
        expiry_of(state, user).await?,
        state.now(),
    ))
}
