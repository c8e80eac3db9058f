//! The administrators' view of the delivery queue: messages that couldn't be delivered
//! (the dead-letter list), sending a notice again, and removing one from the list.

use latchkey_core::audit::activity;
use latchkey_core::store::{Effects, FailedDelivery};
use serde_json::json;

use crate::delivery::KEEP_FAILED_SECS;
use crate::service::ServiceError;
use crate::service::directory::Actor;
use crate::state::AppState;

/// Most failed messages one listing shows (newest first).
pub const LIST_LIMIT: i64 = 200;

/// Messages given up in the last [`KEEP_FAILED_SECS`] (newest first, at most
/// [`LIST_LIMIT`]), how many there are in all, and how many in the last 24 hours.
///
/// Errors: [`ServiceError::StorageUnavailable`] / [`ServiceError::Internal`] when the store
/// fails.
pub async fn failed(state: &AppState) -> Result<(Vec<FailedDelivery>, i64, i64), ServiceError> {
    let now = state.now();
    let (list, total) = state
        .store
        .delivery_failed(now - KEEP_FAILED_SECS, LIST_LIMIT)
        .await?;
    let (_, today) = state.store.delivery_failed(now - 86_400, 0).await?;
    Ok((list, total, today))
}

/// Queues failed notice `id` again (audited "Resend undelivered notification"). Global
/// administrators only.
///
/// Errors: [`ServiceError::Forbidden`]; [`ServiceError::NotFound`] when it is not a failed
/// notice (already sent again or dismissed, or a verification code, which is never sent
/// again); storage errors.
pub async fn resend(state: &AppState, actor: &Actor, id: i64) -> Result<(), ServiceError> {
    actor.require_global()?;
    let effects = Effects {
        audit: vec![actor.event(
            state,
            activity::DELIVERY_RESENT,
            "",
            json!({"delivery": id}),
        )],
        deliveries: Vec::new(),
    };
    if !state
        .store
        .delivery_resend(id, state.now(), &effects)
        .await?
    {
        return Err(ServiceError::NotFound);
    }
    state.deliveries_waiting.notify_one();
    Ok(())
}

/// Removes failed message `id` from the list (audited "Dismiss undelivered
/// notification"). Global administrators only.
///
/// Errors: [`ServiceError::Forbidden`]; [`ServiceError::NotFound`] when it is not on the
/// list; storage errors.
pub async fn dismiss(state: &AppState, actor: &Actor, id: i64) -> Result<(), ServiceError> {
    actor.require_global()?;
    let effects = Effects {
        audit: vec![actor.event(
            state,
            activity::DELIVERY_DISMISSED,
            "",
            json!({"delivery": id}),
        )],
        deliveries: Vec::new(),
    };
    if !state.store.delivery_dismiss(id, &effects).await? {
        return Err(ServiceError::NotFound);
    }
    Ok(())
}
