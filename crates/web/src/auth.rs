//! Sign-in with smart lockout, and password changes. Pages and the API share these.

use latchkey_core::Secret;
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::{User, Username};
use latchkey_core::lockout::{LockoutPolicy, LockoutState};
use latchkey_core::password::PolicyViolation;
use latchkey_core::store::StoreError;
use latchkey_core::writeback::BindOutcome;
use std::sync::atomic::Ordering::Relaxed;

use crate::audit::{Ctx, record};
use crate::error::PageError;
use crate::state::AppState;

/// The answer to a sign-in attempt.
pub enum SignIn {
    /// Right password for an enabled account: this user.
    Success(Box<User>),
    /// Wrong username or password, in words that don't say which.
    Invalid,
    /// Locked by smart lockout, for this many seconds.
    Locked(i64),
}

/// The sign-in lockout key of a typed or stored username: the name trimmed, lower-cased
/// and cut to 256 characters, whether or not such a user exists.
pub fn lockout_key(typed: &str) -> String {
    typed.trim().to_lowercase().chars().take(256).collect()
}

/// Counts one wrong password against `key`, however many requests race for it.
pub(crate) async fn count_failure(
    state: &AppState,
    key: &str,
    password: &Secret,
) -> Result<LockoutState, PageError> {
    let fingerprint = failure_fingerprint(state, key, password);
    let policy = lockout_policy(state);
    for _ in 0..50 {
        let now = state.now();
        let current = state.store.lockout_get(key).await?;
        let Some(next) = current.after_failure(&policy, now, &fingerprint) else {
            return Ok(current);
        };
        if state.store.lockout_cas(key, current.version, &next).await? {
            return Ok(next);
        }
    }
    Err(PageError::Internal(
        "lockout update kept conflicting".into(),
    ))
}

/// Counts a failure against `key` before a password goes to the on-premises directory
/// (a bind, or an AD change with the current password), so parallel guesses can't pass
/// the lock together: of many at once, only as many as the lockout allows get through.
/// Returns the count's mark, to give it back with [`release_attempt`] when the password
/// turned out right or was never checked (a success also clears the lockout); `None`
/// when the name is locked: send nothing.
pub(crate) async fn reserve_attempt(
    state: &AppState,
    key: &str,
) -> Result<Option<String>, PageError> {
    let policy = lockout_policy(state);
    let mark = crate::middleware::random_token();
    for _ in 0..50 {
        let now = state.now();
        let current = state.store.lockout_get(key).await?;
        let Some(next) = current.after_failure(&policy, now, &mark) else {
            return Ok(None);
        };
        if state.store.lockout_cas(key, current.version, &next).await? {
            return Ok(Some(mark));
        }
    }
    Err(PageError::Internal(
        "lockout update kept conflicting".into(),
    ))
}

/// Gives back a failure counted by [`reserve_attempt`] (the directory didn't find the
/// password wrong: it was right, or the directory couldn't be asked), undoing the lock
/// it caused if it did. Nothing when the mark is no longer among the recent ones.
pub(crate) async fn release_attempt(
    state: &AppState,
    key: &str,
    mark: &str,
) -> Result<(), PageError> {
    let policy = lockout_policy(state);
    for _ in 0..50 {
        let now = state.now();
        let current = state.store.lockout_get(key).await?;
        if !current.recent.iter().any(|m| m == mark) {
            return Ok(());
        }
        let mut next = current.clone();
        next.recent.retain(|m| m != mark);
        if current.is_locked(now) && current.failures == 0 {
            // This count locked it: as it was before.
            next.locked_until = 0;
            next.level = next.level.saturating_sub(1);
            next.failures = policy.threshold.saturating_sub(1);
        } else {
            next.failures = next.failures.saturating_sub(1);
        }
        if state.store.lockout_cas(key, current.version, &next).await? {
            return Ok(());
        }
    }
    Err(PageError::Internal(
        "lockout update kept conflicting".into(),
    ))
}

/// What a wrong password is remembered as (a keyed hash, never the password), so a
/// repeat of a recent one is not counted twice. With an on-premises directory every
/// failure counts (each is a failed bind there), for every name alike.
fn failure_fingerprint(state: &AppState, key: &str, password: &Secret) -> String {
    if !state.ldap.is_empty() {
        return crate::middleware::random_token();
    }
    state.mac(&[
        b"bad-password",
        key.as_bytes(),
        password.expose().as_bytes(),
    ])[..22]
        .to_owned()
}

/// The smart lockout: `[lockout]`, and with on-premises directories at most the lowest
/// `ldap.lockout_threshold` wrong passwords and locks of at least the longest
/// `ldap.lockout_duration_seconds`, so Latchkey locks before a directory's own lockout
/// would (each wrong password is a failed bind there). It holds for every name alike,
/// so the lockout doesn't tell which names come from a directory.
pub(crate) fn lockout_policy(state: &AppState) -> LockoutPolicy {
    let mut policy = state.lockout_policy;
    for d in state.settings.directories() {
        policy.threshold = policy.threshold.min(d.lockout_threshold.max(1));
        policy.duration_secs = policy
            .duration_secs
            .max(i64::from(d.lockout_duration_seconds));
    }
    policy.max_duration_secs = policy.max_duration_secs.max(policy.duration_secs);
    policy
}

/// Forgets the failed sign-ins counted against `username` (ends a lockout).
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn clear_lockout(state: &AppState, username: &Username) -> Result<(), PageError> {
    Ok(state
        .store
        .lockout_clear(&lockout_key(username.as_str()))
        .await?)
}

/// The answer for a name that is locked out, counted and audited.
pub(crate) async fn locked(state: &AppState, ctx: &Ctx, key: &str, lock: &LockoutState) -> SignIn {
    state.metrics.sign_in_locked.fetch_add(1, Relaxed);
    record(
        state,
        ctx,
        activity::SIGN_IN_LOCKED,
        key,
        Outcome::Failure,
        serde_json::json!({}),
    )
    .await;
    SignIn::Locked(lock.remaining(state.now()))
}

/// Checks a username and password. Unknown, disabled and real accounts cost the same
/// work (one Argon2 verification) and get the same answers.
pub async fn sign_in(
    state: &AppState,
    typed: &str,
    password: &Secret,
    ctx: &Ctx,
) -> Result<SignIn, PageError> {
    let key = lockout_key(typed);
    let now = state.now();
    let lock = state.store.lockout_get(&key).await?;
    if lock.is_locked(now) {
        return Ok(locked(state, ctx, &key, &lock).await);
    }
    let user = match Username::parse(typed) {
        Ok(u) => match state.store.user_by_username(&u).await {
            Ok(user) => Some(user),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        },
        Err(_) => None,
    };
    let mut must_change = false;
    let mut counted = false;
    let ok = match &user {
        // From the on-premises directory: a bind as the user (pass-through), behind the
        // smart lockout above, so guessing here never locks the account there. An empty
        // password would be an anonymous bind: refused before any.
        // The same Argon2 work as every other name, side by side with the bind, so the
        // answer takes as long as for an account of Latchkey's own or an unknown name.
        Some(u) if u.external.is_some() => {
            // Counted before the bind; a success clears it.
            let mut mark = None;
            if !password.is_empty() {
                mark = reserve_attempt(state, &key).await?;
                if mark.is_none() {
                    // Locked by a parallel attempt since the check above.
                    let lock = state.store.lockout_get(&key).await?;
                    return Ok(locked(state, ctx, &key, &lock).await);
                }
                counted = true;
            }
            let bind = async {
                if password.is_empty() {
                    Ok(BindOutcome::Invalid)
                } else {
                    state.directory.verify_password(u, password).await
                }
            };
            let (bound, hashed) = tokio::join!(bind, state.hasher.verify_dummy(password));
            if let Err(e) = hashed {
                if let Some(m) = &mark {
                    release_attempt(state, &key, m).await?;
                }
                return Err(e.into());
            }
            match bound {
                Ok(BindOutcome::Valid) => u.enabled,
                Ok(BindOutcome::MustChange) => {
                    must_change = true;
                    u.enabled
                }
                Ok(BindOutcome::Invalid | BindOutcome::Locked | BindOutcome::Disabled) => false,
                Err(e) => {
                    // Never asked: not a wrong password.
                    if let Some(m) = &mark {
                        release_attempt(state, &key, m).await?;
                    }
                    return Err(PageError::SignInUnavailable(e.admin_words()));
                }
            }
        }
        Some(u) => {
            let hash = state.store.user_password_hash(u.id).await?;
            state.hasher.verify(password, &hash).await? && u.enabled
        }
        None => state.hasher.verify_dummy(password).await?,
    };
    match (ok, user) {
        (true, Some(mut user)) => {
            // The directory wants a new password first (AD "must change", an expired one).
            user.must_change_password |= must_change;
            // A password of Latchkey's own past its expiry: changed first, as
            // `session::lookup` asks on every request after this one. (The directory
            // refuses its own expired passwords at the bind above.)
            if !user.must_change_password && crate::expiry::is_expired(state, &user).await? {
                user.must_change_password = true;
            }
            // The session, the lockout cleared and the "Sign in" event are written
            // together by `session::open`.
            state.metrics.sign_in_success.fetch_add(1, Relaxed);
            Ok(SignIn::Success(Box::new(user)))
        }
        (_, user) => {
            let after = if counted {
                state.store.lockout_get(&key).await?
            } else {
                count_failure(state, &key, password).await?
            };
            state.metrics.sign_in_failure.fetch_add(1, Relaxed);
            let reason = match &user {
                None => "unknown user",
                Some(u) if !u.enabled => "account disabled",
                Some(_) => "wrong password",
            };
            record(
                state,
                ctx,
                activity::SIGN_IN,
                &key,
                Outcome::Failure,
                serde_json::json!({"reason": reason}),
            )
            .await;
            if after.is_locked(state.now()) {
                Ok(SignIn::Locked(after.remaining(state.now())))
            } else {
                Ok(SignIn::Invalid)
            }
        }
    }
}

/// Checks a user's new password against the whole policy (including their recent
/// passwords) and its confirmation.
pub async fn check_new(
    state: &AppState,
    user: &User,
    new: &Secret,
    confirm: &Secret,
) -> Result<Result<(), PolicyViolation>, PageError> {
    let who = crate::protect::subject_of(state, user);
    crate::protect::check_new(state, &who, Some(user.id), new, Some(confirm)).await
}
