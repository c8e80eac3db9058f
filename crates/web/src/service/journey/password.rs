//! The new password at the end of a verified journey.

use super::*;

/// What choosing the new password gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordOutcome {
    /// The password is set; the journey is done.
    Done,
    /// Not verified yet (or an unlock journey): go back to verification.
    NotReady,
    /// Refused by the password policy: (field, reason in words).
    Rejected(&'static str, String),
    /// A parallel request on this journey (another window, a double click) set the
    /// password first; this one changed nothing.
    AlreadyDone,
    /// A parallel request on this journey is setting a password right now; this one
    /// changed nothing. The person may try again in a moment (that one may still fail).
    InProgress,
    /// The account changed while the password was being set (an administrator reset it,
    /// it was disabled, a newer code was sent): nothing changed, the journey is over.
    Expired,
    /// The on-premises directory refused (its password policy, a locked or protected
    /// account) or couldn't be reached: nothing changed, the journey is still at this step
    /// and the person may try again (another password, or later).
    DirectoryRefused(latchkey_core::writeback::WriteBackError),
}

/// New passwords the policy may refuse in one journey before it ends.
pub const NEW_PASSWORD_TRIES: i64 = 10;

/// Sets the new password at the end of a verified journey, exactly once. The journey ends
/// ([`PasswordOutcome::Expired`]) at the refusal after [`NEW_PASSWORD_TRIES`].
pub async fn set_new_password(
    state: &AppState,
    l: &Loaded,
    new: &Secret,
    confirm: &Secret,
    client_ip: &str,
) -> Result<PasswordOutcome, ServiceError> {
    let (Some(user), Stage::NewPassword) = (l.user.as_ref(), l.flow.journey.stage) else {
        return Ok(if l.flow.journey.stage == Stage::Done {
            PasswordOutcome::AlreadyDone
        } else {
            PasswordOutcome::NotReady
        });
    };
    let ctx = l.ctx(client_ip);
    let rejected = if new.is_empty() {
        Some(("new_password", latchkey_i18n::t("reset-password-enter-new")))
    } else {
        match crate::auth::check_new(state, user, new, confirm).await? {
            Ok(()) => None,
            Err(v) => Some((
                if v == latchkey_core::password::PolicyViolation::Mismatch {
                    "confirm_password"
                } else {
                    "new_password"
                },
                v.to_string(),
            )),
        }
    };
    let submitted = event(
        state,
        &ctx,
        activity::SSPR_SUBMITTED_PASSWORD,
        user.username.as_str(),
        if rejected.is_none() {
            Outcome::Success
        } else {
            Outcome::Failure
        },
        serde_json::json!({"rejected": rejected.as_ref().map(|r| r.1.clone())}),
    );
    if let Some((field, why)) = rejected {
        // Each refusal may say "that's your current password", so a verified journey is
        // not an unlimited oracle for it: past [`NEW_PASSWORD_TRIES`] refusals the
        // journey ends without saying why this one was refused (taken atomically, so
        // parallel posts reveal no more).
        if !new.is_empty()
            && matches!(
                state
                    .store
                    .attempt_take(
                        &format!("journey:{}", l.flow.id_hash),
                        "new_password_refused",
                        l.flow.created_at - 1,
                        NEW_PASSWORD_TRIES,
                        state.now(),
                    )
                    .await?,
                latchkey_core::store::AttemptTake::Refused
            )
        {
            state.store.flow_delete(&l.flow.id_hash).await?;
            failed(state, &l.flow, JourneyFailure::TooManyPasswords);
            return Ok(PasswordOutcome::Expired);
        }
        state
            .store
            .effects_commit(&Effects {
                audit: vec![submitted],
                deliveries: Vec::new(),
            })
            .await?;
        return Ok(PasswordOutcome::Rejected(field, why));
    }
    let Ok(done) = l.flow.journey.apply(&Event::PasswordSet, l.rules()) else {
        return Ok(PasswordOutcome::NotReady);
    };
    let mut f = l.flow.clone();
    f.journey = done;
    let methods = l
        .flow
        .journey
        .passed
        .iter()
        .map(|m| m.as_str())
        .collect::<Vec<_>>()
        .join(",");
    let reset = event(
        state,
        &ctx,
        activity::SSPR_RESET,
        user.username.as_str(),
        Outcome::Success,
        serde_json::json!({"methods": methods}),
    );
    let notices = notices::after_reset(state, user, false, true).await;
    let set = set_password(
        state,
        SetPassword {
            user,
            new,
            must_change: false,
            current: None,
            ctx: &ctx,
            flow: Some(f),
            clear_subject: Some(l.subject()),
            audit: vec![submitted, reset],
            notices,
            expect_role: Some(user.role),
            expect_generation: Some(l.flow.generation),
        },
    )
    .await;
    match set {
        Ok(true) => {
            state.metrics.journey_completed(JourneyEnd::Reset);
            Ok(PasswordOutcome::Done)
        }
        Ok(false) => {
            // Lost to a parallel request on this journey, or the account changed under
            // it (an admin reset, a new code elsewhere): then the journey is void.
            let moved_on = state.store.user_generation(user.id).await? != l.flow.generation;
            let done = matches!(
                state.store.flow_get(&l.flow.id_hash).await,
                Ok(f) if f.journey.stage == Stage::Done
            );
            if done {
                Ok(PasswordOutcome::AlreadyDone)
            } else if moved_on {
                state.store.flow_delete(&l.flow.id_hash).await?;
                failed(state, &l.flow, JourneyFailure::Invalidated);
                Ok(PasswordOutcome::Expired)
            } else {
                Ok(PasswordOutcome::InProgress)
            }
        }
        Err(ServiceError::Directory(why)) => Ok(PasswordOutcome::DirectoryRefused(why)),
        Err(e) => Err(e),
    }
}
