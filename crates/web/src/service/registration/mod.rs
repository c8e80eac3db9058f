//! Registration ("Keep your account secure", `/setup`): proving, replacing and removing
//! the methods a user verifies with, on the typed rules of
//! [`latchkey_core::registration`]. The pages under `pages/setup/` only parse and render.
//!
//! Invariants, each held here and tested in `tests/it/registration_faults.rs`:
//! * every rule comes from the core, once: one code waits at a time ([`Step::apply`]),
//!   one number never counts as two phones, at most
//!   [`MAX_APPS`](latchkey_core::registration::MAX_APPS) apps
//!   ([`check_app_count`](latchkey_core::registration::check_app_count)) and 10 passkeys,
//!   each named once ([`check_passkey_count`](latchkey_core::registration::check_passkey_count),
//!   [`passkey_name`](latchkey_core::registration::passkey_name)), a removal never leaves fewer methods than a reset needs
//!   ([`check_removal`]), security questions alone are never enough ([`standing`]);
//! * a code check, and the app code when adding an app, takes one of the account's
//!   failed verifications (the count the reset journey keeps) atomically before the
//!   comparison ([`Commits::attempt_take`]) and gives it back when right: however many
//!   requests run in parallel, no comparison is made after the fifth failure, and only
//!   a real fifth failure blocks (checks still under way are refused, not blocked). A
//!   check with no code waiting counts nothing;
//! * adding, replacing or removing a method and setting answers is one transaction
//!   ([`MethodCommits::method_commit`]): the change, the credential generation bumped
//!   (outstanding reset journeys are void), its audit event, the "your security info
//!   changed" notices and, once enough is registered, the confirmation;
//! * the signed-in user changes their own security info (sends a code to a new address
//!   or number, checks it, adds an app, sets answers, removes a method) only with their
//!   password proved in the last `session.step_up_minutes` ([`require_recent_password`],
//!   called first by each of those operations, which take the session, [`Authed`]); otherwise
//!   [`ServiceError::StepUpRequired`] and nothing changes. Reading, "Looks good" (which
//!   changes no method) and an administrator's changes to another user ([`admin`]) are
//!   not held to it.
//!
//! [`Commits::attempt_take`]: latchkey_core::store::Commits::attempt_take
//! [`MethodCommits::method_commit`]: latchkey_core::store::MethodCommits::method_commit
//!
//! * this file: the page's overview, removing, confirming, and the one transaction;
//! * `contact`: codes for an email address or a phone;
//! * `app`: authenticator apps;
//! * `passkey`: passkeys (WebAuthn);
//! * `questions`: security questions;
//! * `admin`: an administrator removing another user's methods, or requiring them to
//!   register again.

mod admin;
mod app;
mod contact;
mod passkey;
mod push;
mod questions;

pub use admin::{AdminRemoval, Reregistration, admin_remove_method, require_reregistration};
pub use app::{add_app, app_name, app_secret, may_add_app};
pub use contact::{CodeRequest, RequestOutcome, confirm_code, request_code};
pub use passkey::{PasskeySetup, add_passkey, may_add_passkey, passkey_options};
pub use push::{
    ENROL_SECS, EnrolOutcome, Enrolment, device_name, push_enrol, push_enrol_token, push_offered,
};
pub use questions::{
    AnswersOutcome, MAX_QUESTIONS, QuestionForm, Slot, question_form, set_answers,
};

use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::User;
use latchkey_core::policy::{Method, Requirement};
use latchkey_core::registration::{
    Contact, Refusal, Rules, Standing, Step, check_removal, standing,
};
use latchkey_core::store::{
    AttemptTake, CodePurpose, CodeRecord, Effects, MethodChange, MethodCommit, MethodKind,
};

use crate::audit::{Ctx, event};
use crate::delivery;
use crate::identity::Authed;
use crate::service::ServiceError;
use crate::service::journey::MAX_FAILED;
use crate::sspr::limits;
use crate::sspr::registry::{self, Registered};
use crate::sspr::{Interrupt, codes, in_scope, interrupt_for, load_policy, notices};
use crate::state::AppState;

/// The window the failed verifications are counted over, and their limit kind: the same
/// account-wide count as the reset journey's.
const FAILED_WINDOW: i64 = 24 * 3600;
const FAILED_KIND: &str = "verify_fail";
/// The sentence of the "your security info changed" notice, as a catalogue key (rendered
/// in the recipient's language): a method was added.
const ADDED: &str = "messages-security-changed-added";
/// The same when a method was removed.
const REMOVED: &str = "messages-security-changed-removed";

/// The step-up rule, decided here only: the password of the session `who` was proved
/// (the session opened) at most `session.step_up_minutes` ago (10 by default), by signing
/// in, confirming it's them at `/account/confirm`, or changing the password. Every
/// operation that changes the signed-in user's own security info calls it first.
///
/// Errors: [`ServiceError::StepUpRequired`] when the proof is older.
pub fn require_recent_password(state: &AppState, who: &Authed) -> Result<(), ServiceError> {
    let window = i64::from(state.settings.session.step_up_minutes) * 60;
    // A Temporary Access Pass session proved the pass, which is what it is for; it ends
    // when the pass expires.
    if !who.access_pass && state.now() - who.signed_in_at > window {
        return Err(ServiceError::StepUpRequired);
    }
    Ok(())
}

/// Who a user's waiting registration codes belong to.
fn owner(user: &User) -> String {
    format!("setup:{}", user.id)
}

fn subject(user: &User) -> String {
    limits::subject(Some(user.id), "")
}

/// The stored kind of a contact method.
fn kind_of(c: Contact) -> MethodKind {
    match c {
        Contact::Email => MethodKind::Email,
        Contact::Mobile => MethodKind::Mobile,
        Contact::Office => MethodKind::Office,
    }
}

fn rules<'a>(req: &'a Requirement, reg: &'a Registered) -> Rules<'a> {
    Rules {
        requirement: req,
        mobile: reg.mobile.as_ref().map(|m| m.value.as_str()),
        office: reg.office.as_ref().map(|m| m.value.as_str()),
    }
}

/// Whether `methods` are enough for a reset ([`standing`] asks for nothing more).
fn enough(methods: &[Method], req: &Requirement) -> bool {
    !matches!(
        standing(methods, req, None, 0, 0),
        Standing::NeedsMore { .. }
    )
}

/// Where adding a contact method stands for `user`: the code waiting, if any.
pub async fn waiting(state: &AppState, user: &User) -> Result<Step, ServiceError> {
    let who = owner(user);
    let mut step = Step::Idle;
    for contact in Contact::ALL {
        let purpose = CodePurpose::for_registration(kind_of(contact));
        if let Some(destination) = codes::pending_destination(state, &who, purpose).await? {
            step = Step::CodeSent {
                contact,
                destination,
            };
        }
    }
    Ok(step)
}

/// What the registration page shows of a user.
#[derive(Debug, Clone)]
pub struct Overview {
    /// What the user's role and the policy require and allow.
    pub req: Requirement,
    /// What the user registered.
    pub registered: Registered,
    /// The methods the user can verify with under `req`.
    pub methods: Vec<Method>,
    /// Where the registration stands (re-confirmation aside: see `interrupt`).
    pub standing: Standing,
    /// What the sign-in interrupt asks of the user, if anything.
    pub interrupt: Option<Interrupt>,
    /// The code waiting to be typed back, if any.
    pub waiting: Step,
}

/// Everything the registration page shows of `user`.
pub async fn overview(state: &AppState, user: &User) -> Result<Overview, ServiceError> {
    let policy = load_policy(state).await?;
    let req = policy.requirement(user.role);
    let registered = registry::load(state, user.id).await?;
    let methods = registered.methods(&req);
    Ok(Overview {
        standing: standing(&methods, &req, None, 0, 0),
        interrupt: interrupt_for(state, user).await?,
        waiting: waiting(state, user).await?,
        req,
        registered,
        methods,
    })
}

/// What checking a code (or an authenticator app's first code) gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckOutcome {
    /// Right: the method is registered.
    Registered,
    /// Wrong.
    Wrong {
        /// That was the code's last try; a new code is needed.
        used_up: bool,
    },
    /// Nothing waits to be checked (never sent, replaced, expired or used; for an app,
    /// its setup timed out): nothing was counted.
    NoCode,
    /// Right, but refused by a rule of registration (the other phone's number, too
    /// many apps).
    Refused(Refusal),
    /// Too many failed verifications on this account: self-service is blocked for a day
    /// (now, or by this attempt).
    Blocked,
    /// Other checks for this account, under way at this moment, hold its last tries:
    /// nothing was compared or counted; try again in a moment.
    Busy,
}

/// Takes one of the account's failed verifications before a comparison: (the attempt's
/// id, for a refund when right; the failures counted with it). Else why no comparison
/// may be made.
async fn take_attempt(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
) -> Result<Result<(i64, i64), CheckOutcome>, ServiceError> {
    let now = state.now();
    let subject = subject(user);
    match state
        .store
        .attempt_take(&subject, FAILED_KIND, now - FAILED_WINDOW, MAX_FAILED, now)
        .await?
    {
        AttemptTake::Taken { id, count } => Ok(Ok((id, count))),
        // Refused while not blocked: checks under way hold the last tries (they are
        // given back when right): nothing is compared, and no block is started.
        AttemptTake::Refused => Ok(Err(
            if limits::refused_attempt(
                state,
                &subject,
                FAILED_KIND,
                (MAX_FAILED, FAILED_WINDOW),
                ctx,
                user.username.as_str(),
            )
            .await?
            {
                CheckOutcome::Blocked
            } else {
                CheckOutcome::Busy
            },
        )),
    }
}

/// A wrong comparison: kept as a failure; the fifth blocks self-service for a day.
async fn failed(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    count: i64,
    used_up: bool,
) -> Result<CheckOutcome, ServiceError> {
    if count >= MAX_FAILED {
        block(state, ctx, user, count).await?;
        return Ok(CheckOutcome::Blocked);
    }
    Ok(CheckOutcome::Wrong { used_up })
}

/// Blocks self-service for the user for a day; the request that starts the block audits
/// it and tells the user (see [`limits::start_block`]).
async fn block(state: &AppState, ctx: &Ctx, user: &User, count: i64) -> Result<(), ServiceError> {
    Ok(limits::start_block(
        state,
        &subject(user),
        FAILED_KIND,
        count,
        ctx,
        user.username.as_str(),
    )
    .await?)
}

// ------------------------------------------------------------------ remove, confirm

/// What to remove: the security answers, or a method by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    /// The security answers, all of them.
    Questions,
    /// The method with this id (an email, phone or authenticator app).
    Method(i64),
}

/// What removing gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoveOutcome {
    /// Removed, with its audit event and notices.
    Removed,
    /// The user has no such method (any more).
    Gone,
    /// Refused: it would leave fewer methods than a reset needs.
    Refused(Refusal),
}

/// Removes a method or the security answers of the signed-in user `who`, unless that
/// leaves a user who could reset (and is in scope) with too few ([`check_removal`]); one
/// transaction with the audit event and notices.
///
/// Errors: [`ServiceError::StepUpRequired`] without a recent password
/// ([`require_recent_password`]).
pub async fn remove_method(
    state: &AppState,
    ctx: &Ctx,
    who: &Authed,
    what: Removal,
) -> Result<RemoveOutcome, ServiceError> {
    require_recent_password(state, who)?;
    let user = &who.user;
    let policy = load_policy(state).await?;
    let req = policy.requirement(user.role);
    let reg = registry::load(state, user.id).await?;
    let mut after = reg.clone();
    let (change, name) = match what {
        Removal::Questions => {
            after.answers.clear();
            (MethodChange::SetAnswers(Vec::new()), "questions")
        }
        Removal::Method(id) => {
            let kind = match (&reg.email, &reg.mobile, &reg.office) {
                (Some(m), _, _) if m.id == id => MethodKind::Email,
                (_, Some(m), _) if m.id == id => MethodKind::Mobile,
                (_, _, Some(m)) if m.id == id => MethodKind::Office,
                _ if reg.apps.iter().any(|a| a.id == id) => MethodKind::App,
                _ if reg.push_devices.iter().any(|a| a.id == id) => MethodKind::Push,
                _ if reg.passkeys.iter().any(|a| a.id == id) => MethodKind::Passkey,
                _ => return Ok(RemoveOutcome::Gone),
            };
            match kind {
                MethodKind::Email => after.email = None,
                MethodKind::Mobile => after.mobile = None,
                MethodKind::Office => after.office = None,
                MethodKind::App => after.apps.retain(|a| a.id != id),
                MethodKind::Push => after.push_devices.retain(|a| a.id != id),
                MethodKind::Passkey => after.passkeys.retain(|a| a.id != id),
            }
            (MethodChange::Remove { id }, kind.as_str())
        }
    };
    let mut details = serde_json::json!({"method": name});
    // Which of several passkeys: its id, name and credential id.
    if let Some(rec) = reg.passkeys.iter().find(|p| Removal::Method(p.id) == what) {
        details["method_id"] = rec.id.into();
        details["name"] = rec.value.clone().into();
        if let Some(passkey) = crate::sspr::webauthn::passkey_of(rec) {
            details["credential_id"] = crate::sspr::webauthn::credential_id(&passkey).into();
        }
    }
    let scoped = in_scope(state, &policy, user).await?;
    if let Err(refusal) = check_removal(&reg.methods(&req), &after.methods(&req), &req, scoped) {
        return Ok(RemoveOutcome::Refused(refusal));
    }
    let change = Change {
        change,
        consumes: None,
        after,
        activity: activity::REMOVED_METHOD,
        details,
        notice: REMOVED,
        confirms: false,
    };
    Ok(if commit(state, ctx, user, &req, change).await? {
        RemoveOutcome::Removed
    } else {
        RemoveOutcome::Gone
    })
}

/// "Looks good": the user confirms their security info is still right; audited in the
/// same transaction.
pub async fn reconfirm(state: &AppState, ctx: &Ctx, user: &User) -> Result<(), ServiceError> {
    let effects = Effects {
        audit: vec![event(
            state,
            ctx,
            activity::RECONFIRMED,
            user.username.as_str(),
            Outcome::Success,
            serde_json::json!({}),
        )],
        deliveries: Vec::new(),
    };
    Ok(state
        .store
        .confirm_commit(user.id, state.now(), &effects)
        .await?)
}

// ------------------------------------------------------------------ one transaction

/// A registration change with what goes with it.
struct Change {
    change: MethodChange,
    consumes: Option<CodeRecord>,
    /// The registration once changed.
    after: Registered,
    activity: &'static str,
    details: serde_json::Value,
    /// What the "your security info changed" notice says happened: its catalogue key
    /// ([`ADDED`], [`REMOVED`]).
    notice: &'static str,
    /// Adding: once enough is registered, the registration is confirmed (and the first
    /// time, "User registered for self-service password reset" is audited).
    confirms: bool,
}

/// Writes a change, its audit event and notices (and the confirmation) in one
/// transaction, then wakes the delivery worker. False when nothing was written.
async fn commit(
    state: &AppState,
    ctx: &Ctx,
    user: &User,
    req: &Requirement,
    c: Change,
) -> Result<bool, ServiceError> {
    let target = user.username.as_str();
    // The recovery email as it was: its owner hears of the change too, even when the
    // change replaces it.
    let before = registry::load(state, user.id).await?;
    let previous = before.email.map(|m| m.value);
    let replaced_mobile = before
        .mobile
        .map(|m| m.value)
        .filter(|old| c.after.mobile.as_ref().is_none_or(|now| now.value != *old));
    // The text to the number replaced is a text like any other: only where texts may go,
    // within the telephony budgets (an add-remove loop can't pump texts).
    let replaced_mobile = match replaced_mobile {
        Some(number) => {
            let countries = load_policy(state).await?.phone_countries;
            let sendable = latchkey_core::directory::Phone::parse("mobile", &number)
                .is_ok_and(|p| p.sendable(&countries).is_ok());
            (sendable
                && crate::sspr::throttle::admit_text(
                    state,
                    &number,
                    crate::sspr::throttle::TextPlace::Setup,
                    ctx,
                )
                .await?
                .is_ok())
            .then_some(number)
        }
        None => None,
    };
    let effects = Effects {
        audit: vec![event(
            state,
            ctx,
            c.activity,
            target,
            Outcome::Success,
            c.details,
        )],
        deliveries: delivery::queue(
            state,
            ctx,
            notices::security_info_changed(
                state,
                user,
                c.notice,
                previous.as_deref(),
                replaced_mobile.as_deref(),
            )
            .await,
        ),
    };
    let methods = c.after.methods(req);
    let (confirm_at, first_confirmation) = if c.confirms && enough(&methods, req) {
        let names: Vec<&str> = methods.iter().map(|m| m.as_str()).collect();
        (
            Some(state.now()),
            vec![event(
                state,
                ctx,
                activity::REGISTERED,
                target,
                Outcome::Success,
                serde_json::json!({"methods": names}),
            )],
        )
    } else {
        (None, Vec::new())
    };
    // A strong method registered: a Temporary Access Pass has done its job. Its sessions
    // go on as a fresh sign-in would: until the step-up window ends.
    let revoke_access_passes = match &c.change {
        MethodChange::Add(m)
            if matches!(
                m.kind,
                MethodKind::App | MethodKind::Push | MethodKind::Passkey
            ) =>
        {
            let now = state.now();
            Some((
                now,
                now + i64::from(state.settings.session.step_up_minutes) * 60,
            ))
        }
        _ => None,
    };
    let commit = MethodCommit {
        user_id: user.id,
        change: c.change,
        consumes: c.consumes,
        confirm_at,
        first_confirmation,
        revoke_access_passes,
    };
    let done = state.store.method_commit(&commit, &effects).await?;
    if done && !effects.deliveries.is_empty() {
        state.deliveries_waiting.notify_one();
    }
    Ok(done)
}
