//! `set_password`: the one door for every password change.

use latchkey_core::Secret;
use latchkey_core::audit::NewAuditEvent;
use latchkey_core::directory::User;
use latchkey_core::store::{Effects, FlowRecord, PasswordChange};

use crate::audit::{Ctx, record};
use crate::delivery::{self, Notice};
use crate::service::ServiceError;
use crate::state::AppState;
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::password::PolicyViolation;

pub use latchkey_core::writeback::{BuiltIn, DirectoryPort, WriteBackError, WriteKind};

/// Runs one write to the on-premises directory for `user` (synced from it): refused
/// when write-back is switched off in the policy. Audited as "Password writeback" with
/// the `action` ("password", "unlock"), and on a refusal or failure its code and cause,
/// which is returned so the caller changes nothing locally.
///
/// Errors: [`ServiceError::Directory`].
pub async fn write_back<'a, F>(
    state: &'a AppState,
    ctx: &Ctx,
    user: &User,
    action: &'static str,
    write: impl FnOnce(&'a dyn DirectoryPort) -> F,
) -> Result<(), ServiceError>
where
    F: std::future::Future<Output = Result<(), WriteBackError>> + 'a,
{
    let policy = crate::sspr::load_policy(state).await?;
    let result = if policy.writeback {
        write(&*state.directory).await
    } else {
        Err(WriteBackError::Off)
    };
    match result {
        // What the directory did is recorded on its own: it happened, whatever the
        // local commit that follows does.
        Ok(()) => {
            record(
                state,
                ctx,
                activity::PASSWORD_WRITEBACK,
                user.username.as_str(),
                Outcome::Success,
                serde_json::json!({"action": action}),
            )
            .await;
            Ok(())
        }
        Err(e) => {
            tracing::warn!(user = %user.username.as_str(), code = e.code(), cause = %e.admin_words(), "on-premises directory refused a write");
            record(
                state,
                ctx,
                activity::PASSWORD_WRITEBACK,
                user.username.as_str(),
                Outcome::Failure,
                serde_json::json!({"action": action, "reason": e.code(), "cause": e.admin_words()}),
            )
            .await;
            Err(ServiceError::Directory(e))
        }
    }
}

/// A password change, whoever asks for it.
pub struct SetPassword<'a> {
    /// Whose password changes.
    pub user: &'a User,
    /// Already checked against the password policy by the caller.
    pub new: &'a Secret,
    /// The user must choose another password at next sign-in.
    pub must_change: bool,
    /// The current password, when the user changes their own (the on-premises directory
    /// then checks it and applies its history); `None` for a reset.
    pub current: Option<&'a Secret>,
    /// Who asks and from where, for the audit events.
    pub ctx: &'a Ctx,
    /// A reset journey's next state: the change happens only if the journey is still at
    /// the version it was read at (each stage is consumed once).
    pub flow: Option<FlowRecord>,
    /// A self-service limit subject to clear (after a successful reset).
    pub clear_subject: Option<String>,
    /// The operation's audit events, committed with the change.
    pub audit: Vec<NewAuditEvent>,
    /// The notices it causes, queued with the change.
    pub notices: Vec<Notice>,
    /// The user's role as the caller checked it (permissions, notices): the change is
    /// refused (`Ok(false)`) if it has changed since.
    pub expect_role: Option<latchkey_core::directory::Role>,
    /// The credential generation a reset journey knows: the change is refused
    /// (`Ok(false)`) if anything moved it since (an admin reset, a disable, a new code).
    pub expect_generation: Option<i64>,
}

/// Hashes the new password, writes it to the external directory, then commits in one
/// transaction: the hash (the old one into the history), every session of the user
/// ended, the credential generation bumped (outstanding codes and journeys void), the
/// sign-in lockout cleared, the journey stage consumed, the audit events and the queued
/// notices. Ok(false) when the journey had already moved on: nothing was written.
///
/// Errors: [`ServiceError::Busy`] when the hashing pool is full,
/// [`ServiceError::Directory`] when the external directory refused (nothing changed).
pub async fn set_password(state: &AppState, op: SetPassword<'_>) -> Result<bool, ServiceError> {
    // A journey is leased before anything else: a request that loaded the journey after
    // another claimed it (below) would otherwise claim it again and write to the
    // directory a second time while the first is still waiting for its answer. The lease
    // is given back when this attempt changes nothing, so the person can try again at
    // once; if the process dies, it lapses after [`JOURNEY_LEASE_SECS`].
    let lease = match &op.flow {
        Some(f) => {
            let now = state.now();
            match state
                .store
                .attempt_take(
                    &format!("journey:{}", f.id_hash),
                    "set_password",
                    now - JOURNEY_LEASE_SECS,
                    1,
                    now,
                )
                .await?
            {
                latchkey_core::store::AttemptTake::Taken { id, .. } => Some(id),
                latchkey_core::store::AttemptTake::Refused => return Ok(false),
            }
        }
        None => None,
    };
    let mut lease = Lease {
        state: state.clone(),
        id: lease,
    };
    let result = set_password_leased(state, op).await;
    if let Some(id) = lease.id.take()
        && !matches!(result, Ok(true))
        && let Err(e) = state.store.attempt_refund(id).await
    {
        tracing::warn!(%e, "a journey's lease could not be given back; it lapses by itself");
    }
    result
}

/// A journey's lease while its password change runs. Given back by [`set_password`] when
/// the change didn't happen; if the request is dropped half-way (the client went away),
/// given back here instead, so the person never waits for the lease to lapse.
struct Lease {
    state: AppState,
    id: Option<i64>,
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let (Some(id), Ok(rt)) = (self.id.take(), tokio::runtime::Handle::try_current()) {
            let state = self.state.clone();
            rt.spawn(async move {
                let _ = state.store.attempt_refund(id).await;
            });
        }
    }
}

/// How long a journey's password change may hold its lease, in seconds: above the
/// directory's connect and operation timeouts together.
pub const JOURNEY_LEASE_SECS: i64 = 60;

async fn set_password_leased(state: &AppState, op: SetPassword<'_>) -> Result<bool, ServiceError> {
    // A journey's stage is claimed first (compare-and-swap on its version), so of many
    // parallel requests exactly one hashes, writes to the external directory and commits;
    // the others stop here. If this one then fails (the directory refuses, the pool is
    // busy), the journey is still at the same stage and the person can try again.
    let mut flow = op.flow;
    if let Some(f) = &mut flow {
        let current = match state.store.flow_get(&f.id_hash).await {
            Ok(now) if now.version == f.version => now,
            Ok(_) | Err(latchkey_core::store::StoreError::NotFound) => return Ok(false),
            Err(e) => return Err(e.into()),
        };
        if !state.store.flow_update(&current).await? {
            return Ok(false);
        }
        f.version += 1;
    }
    let hash = state.hasher.hash(op.new).await?;
    if op.user.external.is_some() {
        let kind = match op.current {
            Some(current) => WriteKind::Change { current },
            None => WriteKind::Reset {
                must_change: op.must_change,
            },
        };
        write_back(state, op.ctx, op.user, "password", |port| {
            port.write_password(op.user, op.new, kind)
        })
        .await?;
    }
    let change = PasswordChange {
        user_id: op.user.id,
        hash,
        must_change: op.must_change,
        now: state.now(),
        flow,
        clear_lockout: Some(crate::auth::lockout_key(op.user.username.as_str())),
        clear_subject: op.clear_subject,
        expect_role: op.expect_role,
        expect_generation: op.expect_generation,
    };
    let effects = Effects {
        audit: op.audit,
        deliveries: delivery::queue(state, op.ctx, op.notices),
    };
    let queued = !effects.deliveries.is_empty();
    let done = state.store.password_commit(&change, &effects).await?;
    if done && queued {
        state.deliveries_waiting.notify_one();
    }
    Ok(done)
}

pub use super::Via;

/// An administrator sets `user`'s password (portal, API or CLI): `password` typed (not
/// empty; the adapters ask for it in their own words) or `None` to generate one. Every
/// rule is here: the actor may manage the user (password administrators only
/// non-administrators), nobody resets their own password this way (they change it on
/// My account, where the current one is asked), the password passes the policy, and the
/// user's role is still the one checked when the change commits, and a helpdesk agent
/// verified the caller first ([`crate::service::helpdesk::gate::authorize`]). Audited as
/// "Reset password (by admin)"; the user (and, for an administrator, the other global
/// administrators) are told. Returns the generated password, to show once.
///
/// Errors: [`ServiceError::Forbidden`], [`ServiceError::SelfReset`],
/// [`ServiceError::Helpdesk`] when the caller wasn't verified,
/// [`ServiceError::Password`], [`ServiceError::Refused`] when the user changed meanwhile,
/// and those of [`set_password`].
pub async fn admin_reset(
    state: &AppState,
    actor: &crate::service::directory::Actor,
    user: &User,
    password: Option<Secret>,
    must_change: bool,
) -> Result<Option<Secret>, ServiceError> {
    if let Some((id, role)) = actor.admin {
        if id == user.id {
            return Err(ServiceError::SelfReset);
        }
        if !role.may_manage(user.role) {
            return Err(ServiceError::Forbidden(
                crate::service::Permission::ManageAdmins,
            ));
        }
    }
    let verification = crate::service::helpdesk::gate::authorize(state, actor, user).await?;
    let generated = password.is_none();
    let new = match password {
        Some(p) => {
            let who = crate::protect::subject_of(state, user);
            // Not compared with the user's current or earlier passwords: an administrator
            // (or a stolen token) must not be able to test guesses of them this way.
            if let Err(v) = crate::protect::check_new(state, &who, None, &p, None).await? {
                return Err(ServiceError::Password(v));
            }
            p
        }
        None => latchkey_core::password::generate(),
    };
    let mut details = serde_json::json!({"must_change_password": must_change,
        "password": if generated { "generated" } else { "typed" }});
    actor.via.mark(&mut details);
    crate::service::helpdesk::gate::mark(&mut details, verification);
    let audit = vec![crate::audit::event(
        state,
        &actor.ctx,
        activity::RESET_PASSWORD_ADMIN,
        user.username.as_str(),
        Outcome::Success,
        details,
    )];
    let notices = crate::sspr::notices::after_reset(state, user, false, false).await;
    let done = set_password(
        state,
        SetPassword {
            user,
            new: &new,
            must_change,
            current: None,
            ctx: &actor.ctx,
            flow: None,
            clear_subject: None,
            audit,
            notices,
            expect_role: Some(user.role),
            expect_generation: None,
        },
    )
    .await?;
    if !done {
        return Err(ServiceError::Refused(latchkey_i18n::t(
            "errors-refused-role-changed",
        )));
    }
    Ok(generated.then_some(new))
}

/// Why a self-service password change was refused.
#[derive(Debug)]
pub enum ChangeRefused {
    /// The current password given is wrong (counted towards the sign-in lockout).
    WrongCurrent,
    /// The account is locked out from sign-in, or this wrong guess locked it.
    Locked,
    /// The new password breaks the policy, doesn't match its confirmation, or is the current one.
    Policy(PolicyViolation),
}

/// The signed-in user changes their own password: the current one must be right (wrong
/// guesses count towards lockout), the new one must pass the policy and differ from it.
pub async fn change_own_password(
    state: &AppState,
    user: &User,
    current: &Secret,
    new: &Secret,
    confirm: &Secret,
    ctx: &Ctx,
) -> Result<Result<(), ChangeRefused>, ServiceError> {
    let key = crate::auth::lockout_key(user.username.as_str());
    if state.store.lockout_get(&key).await?.is_locked(state.now()) {
        return Ok(Err(ChangeRefused::Locked));
    }
    // An account from the on-premises directory: the directory checks the current
    // password when the change is written (below).
    if user.external.is_none() {
        let hash = state.store.user_password_hash(user.id).await?;
        if !state.hasher.verify(current, &hash).await? {
            return wrong_current(state, user, current, ctx, false).await;
        }
    }
    // The policy, the confirmation, and that it is not the current password.
    if let Err(v) = crate::auth::check_new(state, user, new, confirm).await? {
        return Ok(Err(ChangeRefused::Policy(v)));
    }
    let audit = vec![crate::audit::event(
        state,
        ctx,
        activity::CHANGE_PASSWORD,
        user.username.as_str(),
        Outcome::Success,
        serde_json::json!({}),
    )];
    // The directory checks the current password (AD counts a wrong one as a failed
    // sign-in): counted here first, like a bind; the change clears it.
    let mut mark = None;
    if user.external.is_some() {
        mark = crate::auth::reserve_attempt(state, &key).await?;
        if mark.is_none() {
            return Ok(Err(ChangeRefused::Locked));
        }
    }
    let set = set_password(
        state,
        SetPassword {
            user,
            new,
            must_change: false,
            current: Some(current),
            ctx,
            flow: None,
            clear_subject: None,
            audit,
            notices: Vec::new(),
            expect_role: None,
            expect_generation: None,
        },
    )
    .await;
    match set {
        Ok(_) => Ok(Ok(())),
        Err(ServiceError::Directory(WriteBackError::WrongCurrent)) => {
            wrong_current(state, user, current, ctx, true).await
        }
        Err(e) => {
            // Not a wrong current password (a policy refusal, an outage): given back.
            if let Some(m) = &mark {
                crate::auth::release_attempt(state, &key, m).await?;
            }
            Err(e)
        }
    }
}

/// A wrong current password: counted towards the sign-in lockout (unless it already
/// was, before it went to the directory) and audited.
async fn wrong_current(
    state: &AppState,
    user: &User,
    current: &Secret,
    ctx: &Ctx,
    counted: bool,
) -> Result<Result<(), ChangeRefused>, ServiceError> {
    let key = crate::auth::lockout_key(user.username.as_str());
    let after = if counted {
        state.store.lockout_get(&key).await?
    } else {
        crate::auth::count_failure(state, &key, current).await?
    };
    record(
        state,
        ctx,
        activity::CHANGE_PASSWORD,
        user.username.as_str(),
        Outcome::Failure,
        serde_json::json!({"reason": "wrong current password"}),
    )
    .await;
    Ok(Err(if after.is_locked(state.now()) {
        ChangeRefused::Locked
    } else {
        ChangeRefused::WrongCurrent
    }))
}
