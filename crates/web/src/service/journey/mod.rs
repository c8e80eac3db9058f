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
use latchkey_core::store::{
    AttemptTake, CodeDelivery, CodePurpose, CodeRecord, Effects, FlowRecord, StoreError,
};
use latchkey_notify::templates;
use sha2::{Digest, Sha256};

use crate::audit::{Ctx, event, record};
use crate::delivery;
use crate::metrics::{JourneyEnd, JourneyFailure};
use crate::service::ServiceError;
use crate::service::password::{SetPassword, set_password};
use crate::sspr::limits::{self, Kind};
use crate::sspr::registry::{self, Registered};
use crate::sspr::throttle::{self, Action};
use crate::sspr::{codes, load_policy, notices};
use crate::state::AppState;

mod extend;
mod passkey;
mod password;
mod push;
mod verify;

pub use extend::{Extended, WARN_SECS, can_extend, extend};
pub use passkey::{PasskeyChallenge, check_passkey, passkey_challenge};
pub use password::{PasswordOutcome, set_new_password};
pub use push::{
    AppEnded, DENIED, DENIES_TO_BLOCK, MAX_REQUESTS, PushCheck, PushSend, REPORTED, REQUEST_WINDOW,
    SUBSCRIPTION_GONE, TOO_MANY, check_push, ended_by_app, push_answered, push_request, send_push,
    status_word,
};
pub use verify::{CheckOutcome, SendOutcome, check, send_code};

/// Seconds a journey may take from start to finish.
pub const JOURNEY_SECS: i64 = 15 * 60;
/// Failed verifications (codes, app codes, answers) that block self-service for a day.
pub const MAX_FAILED: i64 = 5;
/// Seconds over which [`MAX_FAILED`] counts (a day).
pub const FAILED_WINDOW: i64 = 24 * 3600;
/// The kind failed verifications are counted under (per account, as `attempt_take`
/// counts them; the helpdesk counts its own under its own subject).
pub const FAILED_KIND: &str = "verify_fail";

/// Plausible, stable stand-ins for a name that can't reset, derived from the server key.
#[derive(Debug, Default, Clone)]
pub struct Decoy {
    /// A masked email address, as a real one is shown (`m***@contoso.com`).
    pub email: String,
    /// A masked mobile number (`********31`).
    pub mobile: String,
    /// A masked office number (`********31`).
    pub office: String,
}

/// One step's view of a journey: the stored flow, the policy, and the user or the decoy.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The journey as stored, at the version this step read.
    pub flow: FlowRecord,
    /// The self-service policy as it is now.
    pub policy: SsprPolicy,
    /// The real user; `None` walks the same pages with decoy methods.
    pub user: Option<User>,
    /// What the user registered; empty for a decoy or a finished journey.
    pub registered: Registered,
    /// How many methods must pass, and which count: for the user's role (a user's for a
    /// decoy).
    pub req: Requirement,
    /// Methods offered: the user's registered and allowed ones, or the decoy's.
    pub offered: Vec<Method>,
    /// The decoy's masked destinations; empty for a real user.
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
    /// The question texts asked in this journey, in order, in the current language.
    pub fn question_texts(&self) -> Vec<String> {
        self.flow
            .questions
            .iter()
            .map(|id| crate::sspr::question_text::question_text(id))
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

/// The methods a decoy shows: what a registered ordinary user could show under `req`,
/// drawn from `seed` (a keyed hash of the typed name, so stable per name).
///
/// A real user's account shows only the policy's methods for users (never the office
/// phone or anything else reserved to administrators unless the policy offers it), at
/// least `required` of them and at least one that is not security questions (answers
/// alone never register an account). Most people register what they must and few
/// register more, so the count starts at the minimum and each extra method is a coin
/// toss.
fn decoy_methods(req: &Requirement, seed: &[u8]) -> Vec<Method> {
    use rand::seq::SliceRandom;
    use rand::{Rng, SeedableRng};
    let seed: [u8; 32] = Sha256::digest(seed).into();
    let mut rng = rand::rngs::StdRng::from_seed(seed);
    let mut pool = req.allowed.clone();
    pool.sort();
    pool.dedup();
    if !pool.iter().any(|m| *m != Method::Questions) {
        // No ordinary account can be registered under such a policy: none shows anything.
        return Vec::new();
    }
    let least = req.required.max(1).min(pool.len());
    let mut count = least;
    while count < pool.len() && rng.gen_bool(0.5) {
        count += 1;
    }
    pool.shuffle(&mut rng);
    let mut methods: Vec<Method> = pool.iter().copied().take(count).collect();
    if methods.iter().all(|m| *m == Method::Questions) {
        // Only one method drawn and it was the questions: take a possession method
        // instead, as a real account must have one.
        if let Some(other) = pool.iter().copied().find(|m| *m != Method::Questions) {
            methods = vec![other];
        }
    }
    methods.sort();
    methods
}

/// The decoy of the name `typed`, derived from the name as user lookups normalise it
/// (trimmed, lower case: [`crate::auth::lockout_key`]), so " Nobody " and "nobody" show
/// the same methods and masks, as a real account does.
fn decoy_for(state: &AppState, policy: &SsprPolicy, typed: &str) -> (Vec<Method>, Decoy) {
    let name = crate::auth::lockout_key(typed);
    let typed = name.as_str();
    let h = state.mac(&[b"decoy", typed.as_bytes()]);
    let bytes = h.as_bytes();
    let pick = |i: usize| usize::from(bytes[i % bytes.len()]);
    let methods = decoy_methods(
        &policy.requirement(Role::User),
        state.mac(&[b"decoy-methods", typed.as_bytes()]).as_bytes(),
    );
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

/// Why a name cannot reset: the words for the audit log, and the reason
/// `latchkey_journeys_failed_total` counts.
type Ineligible = (&'static str, JourneyFailure);

/// Why a name can or cannot reset, for the audit log and the metrics only. Every name
/// costs the same lookups (the group membership, the registered methods), whatever the
/// answer, so the time a step takes doesn't tell who exists or who may reset.
async fn eligibility(
    state: &AppState,
    policy: &SsprPolicy,
    user: Option<&User>,
) -> Result<Result<Registered, Ineligible>, ServiceError> {
    use latchkey_core::policy::Scope;
    let member = match (policy.scope, policy.group_id) {
        (Scope::Selected, Some(g)) => state.store.is_member(user.map_or(-1, |u| u.id), g).await?,
        (Scope::All, _) => true,
        _ => false,
    };
    let reg = match user {
        Some(u) => registry::load_for(state, u, policy).await?,
        None => {
            let _ = registry::load(state, -1).await;
            Registered::default()
        }
    };
    let Some(u) = user else {
        return Ok(Err(("unknown user", JourneyFailure::UnknownUser)));
    };
    if !u.enabled {
        return Ok(Err(("account disabled", JourneyFailure::Disabled)));
    }
    if !(u.role.is_admin() || member) {
        return Ok(Err((
            "not enabled for self-service password reset",
            JourneyFailure::OutOfScope,
        )));
    }
    let req = policy.requirement(u.role);
    if req.registered_enough(&reg.methods(&req)) {
        Ok(Ok(reg))
    } else {
        Ok(Err(("not registered", JourneyFailure::NotRegistered)))
    }
}

/// Starts a journey for a typed (normalised) name; returns the token for the cookie.
/// The audit log records whether the name can really reset; the answer never shows it.
///
/// `proof`: the proof-of-work human check came solved with the request (or the check is
/// off); without it the stricter per-address limit applies
/// ([`crate::sspr::throttle`]).
///
/// Errors: [`ServiceError::RateLimited`] when the client address or everyone together
/// started too many journeys; storage errors.
pub async fn start(
    state: &AppState,
    typed: &str,
    client_ip: &str,
    proof: bool,
) -> Result<String, ServiceError> {
    // The lookups are the same for every name, but decoding a row that exists is still a
    // few microseconds more than finding none: the answer waits for a fixed floor, so the
    // time tells nothing (`scripts/timing.py` measures it).
    let deadline = tokio::time::Instant::now() + START_FLOOR;
    let started = start_journey(state, typed, client_ip, proof).await;
    tokio::time::sleep_until(deadline).await;
    started
}

/// The least time [`start`] takes, whatever the name: above its own work, so every name's
/// answer comes after the same wait.
pub const START_FLOOR: std::time::Duration = std::time::Duration::from_millis(10);

async fn start_journey(
    state: &AppState,
    typed: &str,
    client_ip: &str,
    proof: bool,
) -> Result<String, ServiceError> {
    // The name as every lookup normalises it (trimmed, lower case), whoever calls: what is
    // derived from it for a decoy (methods, masks, questions, passkeys, limits) is then the
    // same for every spelling, as it is for a real account.
    let typed = crate::auth::lockout_key(typed);
    let typed = typed.as_str();
    let limit_ctx = Ctx {
        actor: typed.to_owned(),
        client_ip: client_ip.to_owned(),
        correlation_id: String::new(),
    };
    throttle::admit(state, Action::Start { proof }, &limit_ctx).await?;
    let policy = load_policy(state).await?;
    // A name that isn't a username still costs a lookup, like any other.
    let name = Username::parse(typed).ok();
    let lookup = match &name {
        Some(u) => state.store.user_by_username(u).await,
        None => state.store.user_get(-1).await,
    };
    let found = match lookup {
        Ok(u) if name.is_some() => Some(u),
        Ok(_) | Err(StoreError::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let (eligible, reason, failure) = match eligibility(state, &policy, found.as_ref()).await? {
        Ok(_) => (found.as_ref().map(|u| u.id), "eligible", None),
        Err((why, failure)) => (None, why, Some(failure)),
    };
    let generation = match eligible {
        Some(id) => state.store.user_generation(id).await?,
        None => {
            let _ = state.store.user_generation(-1).await;
            0
        }
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
    let ctx = Ctx {
        actor: typed.to_owned(),
        client_ip: client_ip.to_owned(),
        correlation_id: flow.correlation_id.clone(),
    };
    let target = found
        .as_ref()
        .map(|u| u.username.to_string())
        .unwrap_or_else(|| typed.to_owned());
    // The journey and the truth about the name, in the audit log only, together.
    let submitted = event(
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
    );
    state
        .store
        .flow_create_commit(
            &flow,
            &Effects {
                audit: vec![submitted],
                deliveries: Vec::new(),
            },
        )
        .await?;
    // A name that can't reset walks the decoy's pages: its journey fails now, once.
    state.metrics.journey_started();
    if let Some(f) = failure {
        state.metrics.journey_failed(f);
    }
    Ok(token)
}

/// Counts a real journey (not a decoy's) that ends here as failed.
fn failed(state: &AppState, flow: &FlowRecord, why: JourneyFailure) {
    if flow.user_id.is_some() && flow.journey.stage != Stage::Done {
        state.metrics.journey_failed(why);
    }
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
        failed(state, &flow, JourneyFailure::Expired);
        return Ok(None);
    }
    let policy = load_policy(state).await?;
    let user = match flow.user_id {
        Some(id) => match state.store.user_get(id).await {
            Ok(u) => Some(u),
            Err(StoreError::NotFound) => {
                state.store.flow_delete(&flow.id_hash).await?;
                failed(state, &flow, JourneyFailure::Invalidated);
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
                failed(state, &flow, JourneyFailure::Invalidated);
                return Ok(None);
            };
            let req = policy.requirement(u.role);
            (registered.methods(&req), Decoy::default(), registered, req)
        }
        None => {
            // The same lookups a real account costs (scope, methods, generation), on an
            // id nobody has, so a name's steps take the same time whether it exists.
            let _ = state.store.user_get(-1).await;
            if let Some(g) = policy.group_id {
                let _ = state.store.is_member(-1, g).await;
            }
            let _ = registry::load(state, -1).await;
            let _ = state.store.user_generation(-1).await;
            let (m, d) = decoy_for(state, &policy, &flow.typed);
            (m, d, Registered::default(), policy.requirement(Role::User))
        }
    };
    let mut loaded = Loaded {
        flow,
        policy,
        user,
        registered,
        req,
        offered,
        decoy,
    };
    // What was verified must still be enough under the rules now in force (a promotion
    // to administrator, two methods required now, unlocking switched off).
    let journey = &loaded.flow.journey;
    let still_enough = match journey.stage {
        Stage::NewPassword | Stage::Unlock => {
            loaded.req.satisfied_by(&journey.passed, &loaded.offered)
        }
        _ => true,
    };
    let unlock_gone = journey.intent == Some(Intent::Unlock) && !loaded.policy.allow_unlock;
    if unlock_gone || (loaded.user.is_some() && !still_enough) {
        state.store.flow_delete(&loaded.flow.id_hash).await?;
        failed(state, &loaded.flow, JourneyFailure::Invalidated);
        return Ok(None);
    }
    // Unlocking switched off before the choice was made: the journey is a reset.
    if journey.stage == Stage::ChooseIntent && !loaded.policy.allow_unlock {
        let mut f = loaded.flow.clone();
        if let Ok(j) = f
            .journey
            .apply(&Event::ChooseIntent(Intent::Reset), loaded.rules())
        {
            f.journey = j;
            if state.store.flow_update(&f).await? {
                f.version += 1;
                loaded.flow = f;
            }
        }
    }
    Ok(Some(loaded))
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
    /// Recorded: go on to verification.
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

/// What "Contact your administrator" could do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    /// The request was taken (and, for an account that exists, its administrators asked).
    Asked,
    /// Nobody can receive help requests on this installation (no administrator has an
    /// email address): nothing was sent, whatever the name. Said for every name alike.
    NoRecipient,
}

/// "Contact your administrator" from a journey: counted first, so parallel requests
/// can't all pass; the messages are queued in the background with the audit event that
/// names who was told, so the answer takes the same time for every name. When no
/// administrator can receive the request at all, that is said (it is the same for every
/// name) and audited as a failure.
pub async fn help(state: &AppState, l: Option<&Loaded>, ctx: Ctx) -> Result<Help, ServiceError> {
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
        return Ok(Help::Asked);
    };
    let subject = limits::subject(None, &l.flow.typed);
    let ctx = l.ctx(&ctx.client_ip);
    throttle::admit(state, Action::Help, &ctx).await?;
    let recipients = notices::help_recipients(state).await;
    if recipients.is_empty() {
        record(
            state,
            &ctx,
            activity::SSPR_HELP,
            &l.flow.typed,
            Outcome::Failure,
            serde_json::json!({"reason": "no administrator has an email address", "told": []}),
        )
        .await;
        return Ok(Help::NoRecipient);
    }
    if !limits::record_event(state, &subject, Kind::Help, &ctx, &l.flow.typed).await?
        && limits::within(state, &subject, Kind::Help).await?
    {
        let exists = match Username::parse(&l.flow.typed) {
            Ok(u) => state.store.user_by_username(&u).await.ok(),
            Err(_) => None,
        };
        match exists {
            // In the background, so the answer takes the same time for every name.
            Some(u) => {
                let state = state.clone();
                tokio::spawn(async move {
                    notices::help_request(&state, &ctx, u.username.as_str(), &recipients).await;
                });
            }
            None => {
                record(
                    state,
                    &ctx,
                    activity::SSPR_HELP,
                    &l.flow.typed,
                    Outcome::Success,
                    serde_json::json!({"known_user": false, "told": []}),
                )
                .await;
            }
        }
    }
    Ok(Help::Asked)
}

/// Ends a journey (its last page was shown).
pub async fn finish(state: &AppState, l: &Loaded) -> Result<(), ServiceError> {
    Ok(state.store.flow_delete(&l.flow.id_hash).await?)
}
