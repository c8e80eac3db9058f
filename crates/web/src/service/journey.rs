//! The self-service reset journey's operations, on the typed state machine of
//! [`latchkey_core::journey`]. The pages under `pages/reset/` only parse and render.
//!
//! Invariants, each held here and tested in `tests/it/journey_faults.rs`:
//! * every step re-reads the journey and re-checks that the account is enabled, in
//!   self-service scope, registered enough, and still at the credential generation the
//!   journey knows; if not, the journey ends ([`load`] answers `None`, the page says the
//!   session expired, the same as for a decoy);
//! * the account-wide count of failed verifications is checked and taken atomically
//!   before any code, answer or app-code comparison ([`Commits::attempt_take`]): however
//!   many journeys and requests run in parallel, no comparison is made after the fifth
//!   failure, and a check with no code sent counts nothing;
//! * each stage is consumed once: every write is a compare-and-swap on the journey's
//!   version, so of ten parallel password posts exactly one sets the password;
//! * a new code bumps the user's credential generation, voiding every other journey and
//!   code; so do password, contact, method and account changes (in the store);
//! * a block caused by failed verifications notifies the user once;
//! * security questions are never enough alone, and the questions of a journey are drawn
//!   from a keyed seed, the same for every journey until the password changes.
//!
//! [`Commits::attempt_take`]: latchkey_core::store::Commits::attempt_take

use latchkey_core::Secret;
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::{Email, Phone, Role, User, Username};
use latchkey_core::journey::{Channel, Event, Intent, Journey, Refusal, Rules, Stage};
use latchkey_core::policy::{Method, Requirement, SsprPolicy};
use latchkey_core::store::{AttemptTake, CodePurpose, CodeRecord, Effects, FlowRecord, StoreError};
use latchkey_notify::templates;
use sha2::{Digest, Sha256};

use crate::audit::{Ctx, event, record};
use crate::delivery;
use crate::service::ServiceError;
use crate::service::password::{SetPassword, set_password};
use crate::sspr::limits::{self, Kind};
use crate::sspr::registry::{self, Registered};
use crate::sspr::{codes, in_scope, load_policy, notices};
use crate::state::AppState;

/// Seconds a journey may take from start to finish.
pub const JOURNEY_SECS: i64 = 15 * 60;
/// Failed verifications (codes, app codes, answers) that block self-service for a day.
pub const MAX_FAILED: i64 = 5;
const FAILED_WINDOW: i64 = 24 * 3600;
const FAILED_KIND: &str = "verify_fail";

/// Plausible, stable stand-ins for a name that can't reset, derived from the server key.
#[derive(Debug, Default, Clone)]
pub struct Decoy {
    pub email: String,
    pub mobile: String,
    pub office: String,
}

/// One step's view of a journey: the stored flow, the policy, and the user or the decoy.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub flow: FlowRecord,
    pub policy: SsprPolicy,
    /// The real user; `None` walks the same pages with decoy methods.
    pub user: Option<User>,
    pub registered: Registered,
    pub req: Requirement,
    /// Methods offered: the user's registered and allowed ones, or the decoy's.
    pub offered: Vec<Method>,
    pub decoy: Decoy,
}

impl Loaded {
    /// The subject the self-service limits count under.
    pub fn subject(&self) -> String {
        limits::subject(self.user.as_ref().map(|u| u.id), &self.flow.typed)
    }
    /// The audit context of this journey: the typed name, from `client_ip`.
    pub fn ctx(&self, client_ip: &str) -> Ctx {
        Ctx {
            actor: self.flow.typed.clone(),
            client_ip: client_ip.to_owned(),
            correlation_id: self.flow.correlation_id.clone(),
        }
    }
    /// The audit target: the real username, or the name as typed.
    pub fn target(&self) -> String {
        self.user
            .as_ref()
            .map(|u| u.username.to_string())
            .unwrap_or_else(|| self.flow.typed.clone())
    }
    /// Methods still to choose from at this step.
    pub fn remaining(&self) -> Vec<Method> {
        self.flow.journey.remaining(&self.offered)
    }
    /// Channels still to choose from at this step, in page order.
    pub fn channels(&self) -> Vec<Channel> {
        Channel::for_methods(&self.remaining())
    }
    fn rules(&self) -> Rules<'_> {
        Rules {
            offered: &self.offered,
            requirement: &self.req,
            allow_unlock: self.policy.allow_unlock,
        }
    }
    /// The destination as shown, masked (`m***@contoso.com`, `********31`).
    pub fn masked(&self, c: Channel) -> String {
        match (&self.user, c) {
            (Some(_), Channel::Email) => self.registered.masked_email().unwrap_or_default(),
            (Some(_), Channel::MobileSms | Channel::MobileVoice) => {
                Registered::masked_phone(&self.registered.mobile).unwrap_or_default()
            }
            (Some(_), Channel::OfficeVoice) => {
                Registered::masked_phone(&self.registered.office).unwrap_or_default()
            }
            (None, Channel::Email) => self.decoy.email.clone(),
            (None, Channel::MobileSms | Channel::MobileVoice) => self.decoy.mobile.clone(),
            (None, Channel::OfficeVoice) => self.decoy.office.clone(),
            _ => String::new(),
        }
    }
    fn stored_destination(&self, c: Channel) -> Option<String> {
        match c {
            Channel::Email => self.registered.email.as_ref().map(|m| m.value.clone()),
            Channel::MobileSms | Channel::MobileVoice => {
                self.registered.mobile.as_ref().map(|m| m.value.clone())
            }
            Channel::OfficeVoice => self.registered.office.as_ref().map(|m| m.value.clone()),
            _ => None,
        }
    }
    /// The question texts asked in this journey, in order.
    pub fn question_texts(&self) -> Vec<String> {
        self.flow
            .questions
            .iter()
            .map(|id| {
                latchkey_core::questions::predefined(id)
                    .map(str::to_owned)
                    .unwrap_or_else(|| id.clone())
            })
            .collect()
    }
}

/// The SHA-256 (hex) of a journey token: what the store keys journeys by.
pub fn hash_token(t: &str) -> String {
    Sha256::digest(t.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn decoy_for(state: &AppState, policy: &SsprPolicy, typed: &str) -> (Vec<Method>, Decoy) {
    let h = state.mac(&[b"decoy", typed.as_bytes()]);
    let bytes = h.as_bytes();
    let pick = |i: usize| usize::from(bytes[i % bytes.len()]);
    let req = policy.requirement(Role::User);
    // A decoy may stand for a user or an administrator, so draw from both lists: each
    // method with a coin toss, topped up to the number a user needs.
    let mut pool: Vec<Method> = req.allowed.clone();
    for m in latchkey_core::policy::ADMIN_METHODS {
        if !pool.contains(&m) {
            pool.push(m);
        }
    }
    pool.sort();
    let mut methods: Vec<Method> = pool
        .iter()
        .copied()
        .enumerate()
        .filter(|(i, _)| pick(*i).is_multiple_of(2))
        .map(|(_, m)| m)
        .collect();
    for m in &req.allowed {
        if methods.len() >= req.required.max(1) && methods.iter().any(|m| *m != Method::Questions) {
            break;
        }
        if !methods.contains(m) {
            methods.push(*m);
        }
    }
    methods.sort();
    let domains = [
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "icloud.com",
        "proton.me",
    ];
    let domain = typed
        .split_once('@')
        .map(|(_, d)| d.to_owned())
        .unwrap_or_else(|| domains[pick(3) % domains.len()].to_owned());
    // People usually register an address that starts like their name.
    let first = typed
        .chars()
        .next()
        .filter(char::is_ascii_alphanumeric)
        .unwrap_or('a');
    let digit = |i: usize| char::from(b'0' + (pick(i) % 10) as u8);
    let decoy = Decoy {
        email: format!("{first}***@{domain}"),
        mobile: format!("********{}{}", digit(4), digit(5)),
        office: format!("********{}{}", digit(6), digit(7)),
    };
    (methods, decoy)
}

/// Why a name can or cannot reset, for the audit log only.
async fn eligibility(
    state: &AppState,
    policy: &SsprPolicy,
    user: Option<&User>,
) -> Result<Result<Registered, &'static str>, ServiceError> {
    let Some(u) = user else {
        return Ok(Err("unknown user"));
    };
    if !u.enabled {
        return Ok(Err("account disabled"));
    }
    if !in_scope(state, policy, u).await? {
        return Ok(Err("not enabled for self-service password reset"));
    }
    let req = policy.requirement(u.role);
    let reg = registry::load(state, u.id).await?;
    if req.registered_enough(&reg.methods(&req)) {
        Ok(Ok(reg))
    } else {
        Ok(Err("not registered"))
    }
}

/// Starts a journey for a typed (normalised) name; returns the token for the cookie.
/// The audit log records whether the name can really reset; the answer never shows it.
pub async fn start(state: &AppState, typed: &str, client_ip: &str) -> Result<String, ServiceError> {
    let policy = load_policy(state).await?;
    let found = match Username::parse(typed) {
        Ok(u) => match state.store.user_by_username(&u).await {
            Ok(u) => Some(u),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        },
        Err(_) => None,
    };
    let (eligible, reason) = match eligibility(state, &policy, found.as_ref()).await? {
        Ok(_) => (found.as_ref().map(|u| u.id), "eligible"),
        Err(why) => (None, why),
    };
    let generation = match eligible {
        Some(id) => state.store.user_generation(id).await?,
        None => 0,
    };
    let token = crate::middleware::random_token();
    let now = state.now();
    let flow = FlowRecord {
        id_hash: hash_token(&token),
        correlation_id: uuid::Uuid::new_v4().to_string(),
        typed: typed.to_owned(),
        user_id: eligible,
        journey: Journey::start(policy.allow_unlock),
        questions: Vec::new(),
        version: 0,
        generation,
        created_at: now,
        expires_at: now + JOURNEY_SECS,
    };
    state.store.flow_create(&flow).await?;
    let ctx = Ctx {
        actor: typed.to_owned(),
        client_ip: client_ip.to_owned(),
        correlation_id: flow.correlation_id.clone(),
    };
    let target = found
        .as_ref()
        .map(|u| u.username.to_string())
        .unwrap_or_else(|| typed.to_owned());
    record(
        state,
        &ctx,
        activity::SSPR_SUBMITTED_ID,
        &target,
        if eligible.is_some() {
            Outcome::Success
        } else {
            Outcome::Failure
        },
        serde_json::json!({"reason": reason}),
    )
    .await;
    Ok(token)
}

/// Loads the journey a token names and re-checks it. `None` when it is unknown, expired,
/// or no longer valid for its user (disabled, deleted, out of scope, not registered
/// enough, or its credential generation has moved on): such a journey is deleted.
/// A finished journey (`Stage::Done`) is returned as it is, for its last page.
pub async fn load(state: &AppState, token: &str) -> Result<Option<Loaded>, ServiceError> {
    if token.is_empty() || token.len() > 100 {
        return Ok(None);
    }
    let flow = match state.store.flow_get(&hash_token(token)).await {
        Ok(f) => f,
        Err(StoreError::NotFound) => return Ok(None),
        // A row this version can't read (an older stage name): the journey is over.
        Err(StoreError::Backend(e)) if e.starts_with("stored journey stage") => {
            state.store.flow_delete(&hash_token(token)).await?;
            return Ok(None);
        }
        Err(e) => return Err(e.into()),
    };
    if flow.expires_at <= state.now() {
        state.store.flow_delete(&flow.id_hash).await?;
        return Ok(None);
    }
    let policy = load_policy(state).await?;
    let user = match flow.user_id {
        Some(id) => match state.store.user_get(id).await {
            Ok(u) => Some(u),
            Err(StoreError::NotFound) => {
                state.store.flow_delete(&flow.id_hash).await?;
                return Ok(None);
            }
            Err(e) => return Err(e.into()),
        },
        None => None,
    };
    if flow.journey.stage == Stage::Done {
        let req = policy.requirement(Role::User);
        return Ok(Some(Loaded {
            flow,
            policy,
            user,
            registered: Registered::default(),
            req,
            offered: Vec::new(),
            decoy: Decoy::default(),
        }));
    }
    let (offered, decoy, registered, req) = match &user {
        Some(u) => {
            let still = match eligibility(state, &policy, Some(u)).await? {
                Ok(reg) if state.store.user_generation(u.id).await? == flow.generation => Some(reg),
                _ => None,
            };
            let Some(registered) = still else {
                // The journey itself may have just finished (setting the password moves
                // the generation in the same commit): then it is done, not void.
                match state.store.flow_get(&flow.id_hash).await {
                    Ok(now) if now.journey.stage == Stage::Done => {
                        return Ok(Some(Loaded {
                            flow: now,
                            policy,
                            user,
                            registered: Registered::default(),
                            req: policy_user_req(),
                            offered: Vec::new(),
                            decoy: Decoy::default(),
                        }));
                    }
                    _ => {}
                }
                state.store.flow_delete(&flow.id_hash).await?;
                return Ok(None);
            };
            let req = policy.requirement(u.role);
            (registered.methods(&req), Decoy::default(), registered, req)
        }
        None => {
            let (m, d) = decoy_for(state, &policy, &flow.typed);
            (m, d, Registered::default(), policy.requirement(Role::User))
        }
    };
    Ok(Some(Loaded {
        flow,
        policy,
        user,
        registered,
        req,
        offered,
        decoy,
    }))
}

fn policy_user_req() -> Requirement {
    SsprPolicy::default().requirement(Role::User)
}

/// Whether self-service is blocked for this journey's subject.
pub async fn is_blocked(state: &AppState, l: &Loaded) -> Result<bool, ServiceError> {
    Ok(limits::blocked(state, &l.subject()).await?)
}

/// What choosing reset or unlock gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChooseOutcome {
    Chosen,
    /// Not one of the options offered (or unlock switched off meanwhile).
    Invalid,
    /// Already chosen (another tab, a double submit): go on to verification.
    AlreadyChosen,
}

/// Reset or unlock, on the options page.
pub async fn choose_intent(
    state: &AppState,
    l: &Loaded,
    intent: Option<Intent>,
) -> Result<ChooseOutcome, ServiceError> {
    let Some(intent) = intent else {
        return Ok(ChooseOutcome::Invalid);
    };
    let next = match l
        .flow
        .journey
        .apply(&Event::ChooseIntent(intent), l.rules())
    {
        Ok(j) => j,
        Err(Refusal::WrongStage(_)) => return Ok(ChooseOutcome::AlreadyChosen),
        Err(_) => return Ok(ChooseOutcome::Invalid),
    };
    let mut f = l.flow.clone();
    f.journey = next;
    Ok(if state.store.flow_update(&f).await? {
        ChooseOutcome::Chosen
    } else {
        ChooseOutcome::AlreadyChosen
    })
}

/// Draws the questions of this journey once and keeps them: a keyed seed of the user (or
/// of the typed name, for a decoy) and of their last password change, so starting again
/// shows the same questions until the password changes.
pub async fn ensure_questions(state: &AppState, l: &mut Loaded) -> Result<(), ServiceError> {
    use rand::SeedableRng;
    use rand::seq::SliceRandom;
    if !l.flow.questions.is_empty() {
        return Ok(());
    }
    let (mut ids, seed) = match &l.user {
        Some(u) => {
            let mut all: Vec<String> = l
                .registered
                .answers
                .iter()
                .map(|(q, _)| q.clone())
                .collect();
            all.sort();
            let seed = state.mac(&[
                b"questions",
                u.id.to_string().as_bytes(),
                u.password_changed_at.unwrap_or(0).to_string().as_bytes(),
                all.join("\u{1f}").as_bytes(),
            ]);
            (all, seed)
        }
        None => {
            let ids: Vec<String> = latchkey_core::questions::PREDEFINED
                .iter()
                .map(|(id, _)| (*id).to_owned())
                .collect();
            (
                ids,
                state.mac(&[b"questions-decoy", l.flow.typed.as_bytes()]),
            )
        }
    };
    let seed: [u8; 32] = Sha256::digest(seed.as_bytes()).into();
    ids.shuffle(&mut rand::rngs::StdRng::from_seed(seed));
    ids.truncate(l.req.questions_to_reset);
    let mut f = l.flow.clone();
    f.questions = ids;
    if state.store.flow_update(&f).await? {
        f.version += 1;
        l.flow = f;
    }
    Ok(())
}

/// What asking for a code gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// Sent (or, for a decoy, as if sent).
    Sent,
    /// The channel is not offered at this step.
    NotOffered,
    /// The channel needs no code (app, questions): show its panel.
    NoCodeNeeded,
    /// The typed destination is not an address or number; the text says why.
    BadInput(String),
    /// It doesn't match the registered one.
    Mismatch,
    /// Self-service is blocked for this account (now or by this attempt).
    Blocked,
    /// The message could not be sent; nothing was counted against the user.
    Failed,
    /// Another request moved the journey first.
    Moved,
}

fn matches_destination(c: Channel, typed: &str, stored: &str) -> Result<bool, String> {
    match c {
        Channel::Email => {
            let e = Email::parse("destination", typed).map_err(|e| e.message)?;
            Ok(e.as_str().eq_ignore_ascii_case(stored))
        }
        _ => {
            let p = Phone::parse("destination", typed).map_err(|e| e.message)?;
            Ok(p.as_str() == stored)
        }
    }
}

/// Sends a code by `channel` once the person typed the full registered destination.
pub async fn send_code(
    state: &AppState,
    l: &mut Loaded,
    channel: Channel,
    typed: &str,
    client_ip: &str,
) -> Result<SendOutcome, ServiceError> {
    if l.flow.journey.stage != Stage::Verify || !l.channels().contains(&channel) {
        return Ok(SendOutcome::NotOffered);
    }
    // Only the channels that send a code have a code purpose (not app, questions).
    let Some(purpose) = CodePurpose::for_reset(channel.method()) else {
        return Ok(SendOutcome::NoCodeNeeded);
    };
    let subject = l.subject();
    if limits::blocked(state, &subject).await? {
        return Ok(SendOutcome::Blocked);
    }
    let ctx = l.ctx(client_ip);
    let target = l.target();
    record(
        state,
        &ctx,
        activity::SSPR_STARTED_METHOD,
        &target,
        Outcome::Success,
        serde_json::json!({"method": channel.as_str()}),
    )
    .await;
    let stored = l.stored_destination(channel);
    let matched = match matches_destination(channel, typed, stored.as_deref().unwrap_or("")) {
        Err(why) => return Ok(SendOutcome::BadInput(why)),
        Ok(m) => m && l.user.is_some(),
    };
    if !matched {
        let blocked =
            limits::record_event(state, &subject, Kind::Validation, &ctx, &target).await?;
        record(
            state,
            &ctx,
            activity::SSPR_FAILED_METHOD,
            &target,
            Outcome::Failure,
            serde_json::json!({"method": channel.as_str(), "reason": "destination did not match"}),
        )
        .await;
        return Ok(if blocked {
            SendOutcome::Blocked
        } else {
            SendOutcome::Mismatch
        });
    }
    // Every send counts: emails against the email limit, texts and calls against the
    // phone validations (no SMS bombing, no toll fraud).
    let send_kind = if channel == Channel::Email {
        Kind::EmailSent
    } else {
        Kind::Validation
    };
    if limits::record_event(state, &subject, send_kind, &ctx, &target).await? {
        return Ok(SendOutcome::Blocked);
    }
    let dest = stored.unwrap_or_default();
    let digits = if channel == Channel::Email { 8 } else { 6 };
    let code = codes::generate(digits);
    let rec = CodeRecord {
        owner: l.flow.id_hash.clone(),
        purpose,
        destination: dest.clone(),
        code_mac: codes::mac(state, &l.flow.id_hash, purpose, &code),
        expires_at: state.now() + codes::VALID_SECS,
        attempts: 0,
    };
    // A new code voids every other journey and code of this user.
    let Some(next) = state.store.code_issue(&l.flow, &rec).await? else {
        return Ok(SendOutcome::Moved);
    };
    l.flow = next;
    let org = &state.org_name();
    let name = l
        .user
        .as_ref()
        .map(|u| u.display_name.clone())
        .unwrap_or_default();
    let message = match channel {
        Channel::Email => templates::verification_code_email(org, &dest, &name, &code, 5),
        Channel::MobileSms => templates::verification_code_sms(org, &dest, &code, 5),
        _ => templates::verification_code_voice(org, &dest, &code),
    };
    if let Err(e) = state.delivery.send(&message).await {
        state.store.code_delete(&l.flow.id_hash, purpose).await?;
        record(
            state,
            &ctx,
            activity::SSPR_SEND_FAILED,
            &target,
            Outcome::Failure,
            serde_json::json!({"method": channel.as_str(), "error": e.to_string()}),
        )
        .await;
        return Ok(SendOutcome::Failed);
    }
    Ok(SendOutcome::Sent)
}

/// What a verification attempt gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckOutcome {
    /// Passed, and more is needed: choose another method.
    NextMethod,
    /// Verified for a reset: choose the new password.
    ChoosePassword,
    /// Verified for an unlock, and the account is unlocked.
    Unlocked,
    /// Wrong; the text says what to do.
    Wrong(&'static str),
    /// No code is waiting (never sent, expired, used, or too many tries): nothing was
    /// counted. The text says what to do.
    NoCode(&'static str),
    /// The questions were not shown yet: show them (nothing was counted).
    ShowQuestions,
    /// Self-service is blocked for this account (now or by this attempt).
    Blocked,
    /// The channel is not offered at this step.
    NotOffered,
    /// Another request moved the journey first.
    Moved,
}

/// Checks a code, an app code or the answers for `channel`.
pub async fn check(
    state: &AppState,
    l: &mut Loaded,
    channel: Channel,
    code: &str,
    answers: &[&Secret],
    client_ip: &str,
) -> Result<CheckOutcome, ServiceError> {
    if l.flow.journey.stage != Stage::Verify || !l.channels().contains(&channel) {
        return Ok(CheckOutcome::NotOffered);
    }
    let subject = l.subject();
    if limits::blocked(state, &subject).await? {
        return Ok(CheckOutcome::Blocked);
    }
    let ctx = l.ctx(client_ip);
    let target = l.target();
    // Only the channels that send a code have a code purpose (not app, questions).
    let purpose = CodePurpose::for_reset(channel.method());
    // Nothing to compare: say so and count nothing.
    match purpose {
        None if channel == Channel::App => {}
        // Security questions, the other channel without a code.
        None => {
            if l.flow.questions.is_empty() {
                ensure_questions(state, l).await?;
                return Ok(CheckOutcome::ShowQuestions);
            }
        }
        Some(purpose) => {
            if codes::pending_destination(state, &l.flow.id_hash, purpose)
                .await?
                .is_none()
            {
                return Ok(CheckOutcome::NoCode(
                    "There's no code waiting for this method, or it has expired. Send a new code.",
                ));
            }
        }
    }
    if matches!(channel, Channel::App | Channel::Questions)
        && limits::record_event(state, &subject, Kind::Validation, &ctx, &target).await?
    {
        return Ok(CheckOutcome::Blocked);
    }
    // The account-wide failure count, checked and taken before any comparison.
    let now = state.now();
    let taken = match state
        .store
        .attempt_take(&subject, FAILED_KIND, now - FAILED_WINDOW, MAX_FAILED, now)
        .await?
    {
        AttemptTake::Taken { id, count } => (id, count),
        AttemptTake::Refused => {
            block(state, l, &ctx, &target, MAX_FAILED).await?;
            return Ok(CheckOutcome::Blocked);
        }
    };
    let (ok, problem): (bool, &'static str) = match purpose {
        None if channel == Channel::App => {
            let ok = match &l.user {
                Some(u) => registry::verify_app_code(state, u.id, &l.registered.apps, code).await?,
                None => {
                    // The same work as a real check, with a seed nobody has.
                    let s = latchkey_core::totp::TotpSecret::from_bytes(
                        state
                            .mac(&[b"decoy-app", l.flow.typed.as_bytes()])
                            .into_bytes(),
                    );
                    s.verify(code.trim(), state.now(), None)
                        .map(|_| false)
                        .unwrap_or(false)
                }
            };
            (
                ok,
                "That code isn't right. Wait for the next code in your app and try again.",
            )
        }
        // Security questions.
        None => {
            let mut all = !l.flow.questions.is_empty();
            for (i, qid) in l.flow.questions.iter().enumerate() {
                let typed = Secret::new(latchkey_core::questions::normalise_answer(
                    answers.get(i).map(|a| a.expose()).unwrap_or(""),
                ));
                let hash = l
                    .registered
                    .answers
                    .iter()
                    .find(|(q, _)| q == qid)
                    .map(|(_, h)| h.clone());
                let right = match hash {
                    Some(h) => state.hasher.verify(&typed, &h).await?,
                    None => state.hasher.verify_dummy(&typed).await?,
                };
                all &= right;
            }
            (
                all && l.user.is_some(),
                "One or more answers didn't match. Check them and try again.",
            )
        }
        Some(purpose) => match codes::check(state, &l.flow.id_hash, purpose, code).await? {
            codes::Check::Ok(_) => (l.user.is_some(), "That code isn't right."),
            codes::Check::Wrong => (false, "That code isn't right. Check it and try again."),
            codes::Check::TooMany => (
                false,
                "That code was entered wrongly too many times. Send a new code.",
            ),
            codes::Check::Expired | codes::Check::Missing => {
                // Gone between the look and the check (expired, or used by a parallel
                // request): not a failure of the person.
                state.store.attempt_refund(taken.0).await?;
                return Ok(CheckOutcome::NoCode(
                    "That code has expired. Send a new code.",
                ));
            }
        },
    };
    if !ok {
        record(
            state,
            &ctx,
            activity::SSPR_FAILED_METHOD,
            &target,
            Outcome::Failure,
            serde_json::json!({"method": channel.as_str()}),
        )
        .await;
        if taken.1 >= MAX_FAILED {
            block(state, l, &ctx, &target, taken.1).await?;
            return Ok(CheckOutcome::Blocked);
        }
        return Ok(CheckOutcome::Wrong(problem));
    }
    state.store.attempt_refund(taken.0).await?;
    passed(state, l, channel, &ctx, &target).await
}

/// Blocks self-service for the subject for a day; the first to block tells the user.
async fn block(
    state: &AppState,
    l: &Loaded,
    ctx: &Ctx,
    target: &str,
    count: i64,
) -> Result<(), ServiceError> {
    let subject = l.subject();
    let now = state.now();
    if limits::blocked(state, &subject).await? {
        return Ok(());
    }
    // Only the request that takes the block from "not blocked" writes it and notifies.
    if !state
        .store
        .sspr_block_start(&subject, now, now + limits::BLOCK_SECS)
        .await?
    {
        return Ok(());
    }
    let notices = match &l.user {
        Some(u) => notices::blocked(state, u).await,
        None => Vec::new(),
    };
    let effects = Effects {
        audit: vec![event(
            state,
            ctx,
            activity::SSPR_BLOCKED,
            target,
            Outcome::Failure,
            serde_json::json!({"reason": FAILED_KIND, "count": count}),
        )],
        deliveries: delivery::queue(state, ctx, notices),
    };
    state.store.effects_commit(&effects).await?;
    state.deliveries_waiting.notify_one();
    Ok(())
}

async fn passed(
    state: &AppState,
    l: &mut Loaded,
    channel: Channel,
    ctx: &Ctx,
    target: &str,
) -> Result<CheckOutcome, ServiceError> {
    let next = match l
        .flow
        .journey
        .apply(&Event::MethodPassed(channel.method()), l.rules())
    {
        Ok(j) => j,
        Err(_) => return Ok(CheckOutcome::Moved),
    };
    let mut audit = vec![event(
        state,
        ctx,
        activity::SSPR_COMPLETED_METHOD,
        target,
        Outcome::Success,
        serde_json::json!({"method": channel.as_str()}),
    )];
    let methods = next
        .passed
        .iter()
        .map(|m| m.as_str())
        .collect::<Vec<_>>()
        .join(",");
    let mut f = l.flow.clone();
    f.questions.clear();
    let outcome = match next.stage {
        Stage::Verify => {
            f.journey = next;
            if !state.store.flow_update(&f).await? {
                return Ok(CheckOutcome::Moved);
            }
            state
                .store
                .effects_commit(&Effects {
                    audit,
                    deliveries: Vec::new(),
                })
                .await?;
            CheckOutcome::NextMethod
        }
        Stage::NewPassword => {
            audit.push(event(
                state,
                ctx,
                activity::SSPR_VERIFIED,
                target,
                Outcome::Success,
                serde_json::json!({"methods": methods}),
            ));
            f.journey = next;
            if !state
                .store
                .flow_commit(
                    &f,
                    None,
                    None,
                    &Effects {
                        audit,
                        deliveries: Vec::new(),
                    },
                )
                .await?
            {
                return Ok(CheckOutcome::Moved);
            }
            CheckOutcome::ChoosePassword
        }
        Stage::Unlock => {
            let Some(user) = l.user.clone() else {
                return Ok(CheckOutcome::Moved);
            };
            let done = match next.apply(&Event::Unlocked, l.rules()) {
                Ok(d) => d,
                Err(_) => return Ok(CheckOutcome::Moved),
            };
            audit.push(event(
                state,
                ctx,
                activity::SSPR_VERIFIED,
                target,
                Outcome::Success,
                serde_json::json!({"methods": methods}),
            ));
            audit.push(event(
                state,
                ctx,
                activity::SSPR_UNLOCK,
                user.username.as_str(),
                Outcome::Success,
                serde_json::json!({}),
            ));
            f.journey = done;
            let notices = notices::after_reset(state, &user, true).await;
            let effects = Effects {
                audit,
                deliveries: delivery::queue(state, ctx, notices),
            };
            let key = crate::auth::lockout_key(user.username.as_str());
            if !state
                .store
                .flow_commit(&f, Some(&key), Some(&l.subject()), &effects)
                .await?
            {
                return Ok(CheckOutcome::Moved);
            }
            state.deliveries_waiting.notify_one();
            CheckOutcome::Unlocked
        }
        _ => return Ok(CheckOutcome::Moved),
    };
    l.flow = f;
    l.flow.version += 1;
    Ok(outcome)
}

/// What choosing the new password gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordOutcome {
    /// The password is set; the journey is done.
    Done,
    /// Not verified yet (or an unlock journey): go back to verification.
    NotReady,
    /// Refused by the password policy: (field, reason in words).
    Rejected(&'static str, String),
    /// A parallel request set the password first; this one changed nothing.
    AlreadyDone,
}

/// Sets the new password at the end of a verified journey, exactly once.
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
        Some(("new_password", "Enter a new password.".to_owned()))
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
    let notices = notices::after_reset(state, user, false).await;
    let set = set_password(
        state,
        SetPassword {
            user,
            new,
            must_change: false,
            ctx: &ctx,
            flow: Some(f),
            clear_subject: Some(l.subject()),
            audit: vec![submitted, reset],
            notices,
        },
    )
    .await?;
    Ok(if set {
        PasswordOutcome::Done
    } else {
        PasswordOutcome::AlreadyDone
    })
}

/// "Contact your administrator" from a journey: counted first, so parallel requests
/// can't all pass; the messages are queued, so the answer takes the same time for every
/// name.
pub async fn help(state: &AppState, l: Option<&Loaded>, ctx: Ctx) -> Result<(), ServiceError> {
    let Some(l) = l else {
        record(
            state,
            &ctx,
            activity::SSPR_HELP,
            "",
            Outcome::Failure,
            serde_json::json!({"reason": "no journey"}),
        )
        .await;
        return Ok(());
    };
    let subject = limits::subject(None, &l.flow.typed);
    let ctx = l.ctx(&ctx.client_ip);
    if !limits::record_event(state, &subject, Kind::Help, &ctx, &l.flow.typed).await?
        && limits::within(state, &subject, Kind::Help).await?
    {
        let exists = match Username::parse(&l.flow.typed) {
            Ok(u) => state.store.user_by_username(&u).await.ok(),
            Err(_) => None,
        };
        record(
            state,
            &ctx,
            activity::SSPR_HELP,
            &l.flow.typed,
            Outcome::Success,
            serde_json::json!({"known_user": exists.is_some()}),
        )
        .await;
        if let Some(u) = exists {
            // In the background, so the answer takes the same time for every name.
            let state = state.clone();
            tokio::spawn(async move {
                notices::help_request(&state, &ctx, u.username.as_str()).await;
            });
        }
    }
    Ok(())
}

/// Ends a journey (its last page was shown).
pub async fn finish(state: &AppState, l: &Loaded) -> Result<(), ServiceError> {
    Ok(state.store.flow_delete(&l.flow.id_hash).await?)
}
