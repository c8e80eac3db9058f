//! What administrators do to another user's registration: remove one method (or the
//! security answers), and require the user to register again from scratch. Unlike the
//! user's own removal, an administrator's is not held to "enough left to reset": it is
//! how a lost phone or a leaked address is taken away. Each is one transaction with its
//! audit event ([`MethodCommits::method_commit`]).
//!
//! [`MethodCommits::method_commit`]: latchkey_core::store::MethodCommits::method_commit

use latchkey_core::audit::activity;
use latchkey_core::directory::User;
use latchkey_core::store::{Effects, MethodChange, MethodCommit};
use serde_json::json;

use super::Removal;
use crate::service::ServiceError;
use crate::service::directory::Actor;
use crate::state::AppState;

/// What an administrator's removal gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminRemoval {
    /// Removed, with its audit event.
    Removed,
    /// The user has no security answers registered: nothing to remove.
    NoAnswers,
    /// The user has no method with that id (any more).
    NoSuchMethod,
}

/// What requiring re-registration removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reregistration {
    /// How many methods (addresses, phones, apps) were removed.
    pub removed_methods: usize,
    /// How many security answers were removed.
    pub removed_answers: usize,
}

fn commit(user: &User, change: MethodChange) -> MethodCommit {
    MethodCommit {
        user_id: user.id,
        change,
        consumes: None,
        confirm_at: None,
        first_confirmation: Vec::new(),
        revoke_access_passes: None,
    }
}

fn audit_only(event: latchkey_core::audit::NewAuditEvent) -> Effects {
    Effects {
        audit: vec![event],
        deliveries: Vec::new(),
    }
}

/// An administrator removes one of `user`'s methods, or all of their security answers;
/// audited as "Admin deleted security info" with the method's kind (or `questions`).
///
/// Errors: [`ServiceError::Forbidden`] when the actor may not manage `user`,
/// [`ServiceError::SelfSecurityInfo`] on one's own (removed on My account instead),
/// [`ServiceError::Helpdesk`] when a helpdesk agent hasn't verified the caller.
pub async fn admin_remove_method(
    state: &AppState,
    actor: &Actor,
    user: &User,
    what: Removal,
) -> Result<AdminRemoval, ServiceError> {
    actor.require_manage(user)?;
    if actor.is(user) {
        return Err(ServiceError::SelfSecurityInfo);
    }
    // Removing someone's method is how a caller who stole their password gets to register
    // their own: a helpdesk agent verifies the caller first.
    let verification =
        crate::service::helpdesk::gate::authorize_details(state, actor, user).await?;
    let (change, name) = match what {
        Removal::Questions => {
            if state.store.answers_of(user.id).await?.is_empty() {
                return Ok(AdminRemoval::NoAnswers);
            }
            (MethodChange::SetAnswers(Vec::new()), "questions")
        }
        Removal::Method(id) => {
            let methods = state.store.methods_of(user.id).await?;
            let Some(m) = methods.iter().find(|m| m.id == id) else {
                return Ok(AdminRemoval::NoSuchMethod);
            };
            (MethodChange::Remove { id }, m.kind.as_str())
        }
    };
    let mut details = json!({"method": name});
    crate::service::helpdesk::gate::mark(&mut details, verification);
    let effects = audit_only(actor.event(
        state,
        activity::ADMIN_DELETED_METHOD,
        user.username.as_str(),
        details,
    ));
    Ok(
        if state
            .store
            .method_commit(&commit(user, change), &effects)
            .await?
        {
            AdminRemoval::Removed
        } else {
            // Removed by someone else at the same moment.
            AdminRemoval::NoSuchMethod
        },
    )
}

/// An administrator removes every method and answer of `user` and forgets their
/// confirmation, so they register again at next sign-in; audited as "Admin required
/// re-registration of security info" with the kinds and the number of answers removed.
///
/// Errors: [`ServiceError::Forbidden`] when the actor may not manage `user`;
/// [`ServiceError::Helpdesk`] when a helpdesk agent hasn't verified the caller.
pub async fn require_reregistration(
    state: &AppState,
    actor: &Actor,
    user: &User,
) -> Result<Reregistration, ServiceError> {
    actor.require_manage(user)?;
    let verification =
        crate::service::helpdesk::gate::authorize_details(state, actor, user).await?;
    let methods = state.store.methods_of(user.id).await?;
    let answers = state.store.answers_of(user.id).await?.len();
    let kinds: Vec<&str> = methods.iter().map(|m| m.kind.as_str()).collect();
    let mut details = json!({"removed_methods": kinds, "removed_answers": answers});
    crate::service::helpdesk::gate::mark(&mut details, verification);
    let effects = audit_only(actor.event(
        state,
        activity::ADMIN_REQUIRED_REREGISTRATION,
        user.username.as_str(),
        details,
    ));
    state
        .store
        .method_commit(&commit(user, MethodChange::RemoveAll), &effects)
        .await?;
    Ok(Reregistration {
        removed_methods: methods.len(),
        removed_answers: answers,
    })
}
