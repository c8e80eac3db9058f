//! `/reset`: "Get back into your account".
//!
//! username + CAPTCHA → (unlock allowed: reset or unlock) → verification step 1 → step 2
//! when two methods are required → a new password → done. The journey's state lives in
//! the store, keyed by the SHA-256 of a random token in a cookie, so any instance serves
//! any step. A name that can't reset (unknown, disabled, out of scope, not registered)
//! walks the same pages with decoy methods derived from the server key; nothing is sent
//! and no code works. The audit log records what really happened.

use axum::extract::{Extension, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::Secret;
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::{Email, Phone, User, Username};
use latchkey_core::policy::{Method, Requirement, SsprPolicy};
use latchkey_core::store::{FlowRecord, StoreError};
use latchkey_notify::templates;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

use crate::audit::{Ctx, record};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{
    ClientIp, CsrfToken, RequestId, cookie_name, random_token, read_cookie, set_cookie,
};
use crate::pages::redirect_with_cookie;
use crate::sspr::limits::{self, Kind};
use crate::sspr::registry::{self, Registered};
use crate::sspr::{codes, in_scope, load_policy, notices};
use crate::state::AppState;
use crate::views::{
    CaptchaView, FormErrors, HelpPage, Helpdesk, Layout, MessagePage, MethodLink, ResetOptionsPage,
    ResetPasswordPage, ResetStartPage, ResetVerifyPage, render,
};

const FLOW_COOKIE: &str = "latchkey-reset";
const FLOW_SECS: i64 = 15 * 60;

fn hash_token(t: &str) -> String {
    Sha256::digest(t.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A way to verify, as offered on the page: a method and, for phones, text or call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Channel {
    Email,
    MobileSms,
    MobileVoice,
    OfficeVoice,
    App,
    Questions,
}

impl Channel {
    const ALL: [Channel; 6] = [
        Channel::Email,
        Channel::MobileSms,
        Channel::MobileVoice,
        Channel::OfficeVoice,
        Channel::App,
        Channel::Questions,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::MobileSms => "mobile_sms",
            Channel::MobileVoice => "mobile_voice",
            Channel::OfficeVoice => "office_voice",
            Channel::App => "app_code",
            Channel::Questions => "questions",
        }
    }
    fn parse(s: &str) -> Option<Self> {
        Channel::ALL.into_iter().find(|c| c.as_str() == s)
    }
    fn method(self) -> Method {
        match self {
            Channel::Email => Method::Email,
            Channel::MobileSms | Channel::MobileVoice => Method::MobilePhone,
            Channel::OfficeVoice => Method::OfficePhone,
            Channel::App => Method::AppCode,
            Channel::Questions => Method::Questions,
        }
    }
    fn label(self) -> &'static str {
        match self {
            Channel::Email => "Email my alternate email",
            Channel::MobileSms => "Text my mobile phone",
            Channel::MobileVoice => "Call my mobile phone",
            Channel::OfficeVoice => "Call my office phone",
            Channel::App => "Enter a code from my authenticator app",
            Channel::Questions => "Answer my security questions",
        }
    }
    /// The code's purpose in the store: per method, so texting and calling share one code.
    fn purpose(self) -> &'static str {
        self.method().as_str()
    }
}

fn channels_for(methods: &[Method]) -> Vec<Channel> {
    Channel::ALL
        .into_iter()
        .filter(|c| methods.contains(&c.method()))
        .collect()
}

/// Everything one step needs: the flow, the policy, and the user or the decoy.
struct Journey {
    flow: FlowRecord,
    policy: SsprPolicy,
    user: Option<User>,
    registered: Registered,
    req: Requirement,
    /// Methods shown: the user's, or the decoy's.
    methods: Vec<Method>,
    decoy: Decoy,
}

/// Plausible, stable stand-ins for a name that can't reset, derived from the server key.
#[derive(Default)]
struct Decoy {
    email: String,
    mobile: String,
    office: String,
}

fn decoy_for(state: &AppState, policy: &SsprPolicy, typed: &str) -> (Vec<Method>, Decoy) {
    let h = state.mac(&[b"decoy", typed.as_bytes()]);
    let bytes = h.as_bytes();
    let pick = |i: usize| usize::from(bytes[i % bytes.len()]);
    let req = policy.requirement(latchkey_core::directory::Role::User);
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
        if methods.len() >= req.required.max(1) {
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

fn flow_cookie(state: &AppState) -> String {
    cookie_name(state, FLOW_COOKIE)
}

fn helpdesk(policy: &SsprPolicy) -> Option<Helpdesk> {
    Helpdesk::from_policy(&policy.helpdesk)
}

fn message(
    state: &AppState,
    csrf: &str,
    heading: &str,
    paragraphs: &[&str],
    link: Option<(&str, &str)>,
    policy: Option<&SsprPolicy>,
    contact_admin: bool,
) -> Response {
    render(&MessagePage {
        layout: Layout::new(state, heading, csrf, None),
        heading: heading.into(),
        paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
        link: link.map(|(h, t)| (h.to_owned(), t.to_owned())),
        helpdesk: policy.and_then(helpdesk),
        contact_admin,
    })
}

fn expired(state: &AppState, csrf: &str) -> Response {
    let mut r = message(
        state,
        csrf,
        "Your session has expired",
        &[
            "For your security, a password reset has to be finished within 15 minutes. Start again; it only takes a minute.",
        ],
        Some(("/reset", "Start again")),
        None,
        false,
    );
    *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    r
}

fn blocked_page(state: &AppState, csrf: &str, policy: &SsprPolicy) -> Response {
    let mut r = message(
        state,
        csrf,
        "You've tried too many times",
        &[
            "For your security, self-service password reset is blocked for this account for 24 hours.",
            "If you need to get in sooner, contact your administrator.",
        ],
        Some(("/", "Back to sign in")),
        Some(policy),
        true,
    );
    *r.status_mut() = axum::http::StatusCode::TOO_MANY_REQUESTS;
    r
}

async fn load_journey(state: &AppState, headers: &HeaderMap) -> Result<Option<Journey>, PageError> {
    let Some(token) = read_cookie(headers, &flow_cookie(state)) else {
        return Ok(None);
    };
    if token.len() > 100 {
        return Ok(None);
    }
    let flow = match state.store.flow_get(&hash_token(&token)).await {
        Ok(f) => f,
        Err(StoreError::NotFound) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    if flow.expires_at <= state.now() {
        state.store.flow_delete(&flow.id_hash).await?;
        return Ok(None);
    }
    let policy = load_policy(state).await?;
    let user = match flow.user_id {
        Some(id) => match state.store.user_get(id).await {
            Ok(u) if u.enabled => Some(u),
            Ok(_) | Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        },
        None => None,
    };
    let (methods, decoy, registered, req) = match &user {
        Some(u) => {
            let req = policy.requirement(u.role);
            let registered = registry::load(state, u.id).await?;
            (registered.methods(&req), Decoy::default(), registered, req)
        }
        None => {
            let (m, d) = decoy_for(state, &policy, &flow.typed);
            (
                m,
                d,
                Registered::default(),
                policy.requirement(latchkey_core::directory::Role::User),
            )
        }
    };
    Ok(Some(Journey {
        flow,
        policy,
        user,
        registered,
        req,
        methods,
        decoy,
    }))
}

impl Journey {
    fn passed(&self) -> Vec<Method> {
        self.flow
            .passed
            .split(',')
            .filter_map(Method::parse)
            .collect()
    }
    fn subject(&self) -> String {
        limits::subject(self.user.as_ref().map(|u| u.id), &self.flow.typed)
    }
    fn ctx(&self, ip: &ClientIp) -> Ctx {
        Ctx {
            actor: self.flow.typed.clone(),
            client_ip: ip.0.clone(),
            correlation_id: self.flow.correlation_id.clone(),
        }
    }
    fn target(&self) -> String {
        self.user
            .as_ref()
            .map(|u| u.username.to_string())
            .unwrap_or_else(|| self.flow.typed.clone())
    }
    /// Methods still to choose from at this step.
    fn remaining(&self) -> Vec<Method> {
        let passed = self.passed();
        self.methods
            .iter()
            .copied()
            .filter(|m| !passed.contains(m))
            .collect()
    }
    fn masked(&self, c: Channel) -> String {
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
    /// The question texts for this journey, chosen once and kept (no shopping for easy ones).
    fn question_texts(&self) -> Vec<String> {
        self.flow
            .questions
            .split('\u{1f}')
            .filter(|s| !s.is_empty())
            .map(question_text)
            .collect()
    }
}

fn question_text(id: &str) -> String {
    latchkey_core::questions::predefined(id)
        .map(str::to_owned)
        .unwrap_or_else(|| id.to_owned())
}

// ------------------------------------------------------------------ start

fn captcha_view(state: &AppState) -> Option<CaptchaView> {
    if state.settings.captcha == "off" {
        return None;
    }
    use base64::Engine as _;
    let c = latchkey_core::captcha::challenge(state.server_key(), state.now());
    Some(CaptchaView {
        token: c.token,
        image: format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(c.svg)
        ),
        question: c.question,
    })
}

fn start_page(state: &AppState, csrf: &str, username: String, errors: FormErrors) -> Response {
    let bad = !errors.is_empty();
    let mut r = render(&ResetStartPage {
        layout: Layout::new(state, "Get back into your account", csrf, None),
        username,
        errors,
        captcha: captcha_view(state),
    });
    if bad {
        *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    r
}

pub async fn start(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
) -> Response {
    start_page(&state, &csrf.0, String::new(), FormErrors::default())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StartForm {
    username: String,
    captcha_token: String,
    captcha_answer: String,
}

pub async fn start_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    CsrfForm(form): CsrfForm<StartForm>,
) -> Result<Response, PageError> {
    let typed: String = form
        .username
        .trim()
        .to_lowercase()
        .chars()
        .take(256)
        .collect();
    let mut errors = FormErrors::default();
    if typed.is_empty() {
        errors.push("username", "Enter your username.");
    }
    let now = state.now();
    if state.settings.captcha != "off" {
        match latchkey_core::captcha::verify(state.server_key(), &form.captcha_token, &form.captcha_answer, now) {
            Ok(nonce) => {
                if !state.store.captcha_use(&nonce, now + 600).await? {
                    errors.push("captcha_answer", "That picture was already used. Enter the characters in the new picture.");
                }
            }
            Err(latchkey_core::captcha::CaptchaError::Expired) => {
                errors.push("captcha_answer", "The picture expired. Enter the characters in the new picture.")
            }
            Err(_) => errors.push(
                "captcha_answer",
                "The characters didn't match the picture. Try the new picture, or answer the question instead.",
            ),
        }
    }
    if !errors.is_empty() {
        return Ok(start_page(&state, &csrf.0, typed, errors));
    }

    let policy = load_policy(&state).await?;
    let found = match Username::parse(&typed) {
        Ok(u) => match state.store.user_by_username(&u).await {
            Ok(u) => Some(u),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        },
        Err(_) => None,
    };
    // Decide, and record the truth in the audit log only.
    let (eligible, reason) = match &found {
        None => (None, "unknown user"),
        Some(u) if !u.enabled => (None, "account disabled"),
        Some(u) => {
            if !in_scope(&state, &policy, u).await? {
                (None, "not enabled for self-service password reset")
            } else {
                let req = policy.requirement(u.role);
                let reg = registry::load(&state, u.id).await?;
                if req.registered_enough(&reg.methods(&req)) {
                    (Some(u.id), "eligible")
                } else {
                    (None, "not registered")
                }
            }
        }
    };
    let token = random_token();
    let flow = FlowRecord {
        id_hash: hash_token(&token),
        correlation_id: uuid::Uuid::new_v4().to_string(),
        typed: typed.clone(),
        user_id: eligible,
        kind: if policy.allow_unlock {
            String::new()
        } else {
            "reset".into()
        },
        passed: String::new(),
        pending: String::new(),
        questions: String::new(),
        stage: "verify".into(),
        created_at: now,
        expires_at: now + FLOW_SECS,
    };
    state.store.flow_create(&flow).await?;
    let ctx = Ctx {
        actor: typed.clone(),
        client_ip: ip.0.clone(),
        correlation_id: flow.correlation_id.clone(),
    };
    let target = found
        .as_ref()
        .map(|u| u.username.to_string())
        .unwrap_or(typed);
    record(
        &state,
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
    let cookie = set_cookie(&state, &flow_cookie(&state), &token, "Strict", None);
    let next = if policy.allow_unlock {
        "/reset/options"
    } else {
        "/reset/verify"
    };
    Ok(redirect_with_cookie(next, &cookie))
}

// ------------------------------------------------------------------ options

pub async fn options(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some(j) = load_journey(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    if !j.policy.allow_unlock || !j.flow.kind.is_empty() {
        return Ok(Redirect::to("/reset/verify").into_response());
    }
    Ok(render(&ResetOptionsPage {
        layout: Layout::new(&state, "Get back into your account", &csrf.0, None),
        error: None,
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OptionsForm {
    choice: String,
}

pub async fn options_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<OptionsForm>,
) -> Result<Response, PageError> {
    let Some(mut j) = load_journey(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    let kind = match form.choice.as_str() {
        "reset" => "reset",
        "unlock" if j.policy.allow_unlock => "unlock",
        _ => {
            return Ok(render(&ResetOptionsPage {
                layout: Layout::new(&state, "Get back into your account", &csrf.0, None),
                error: Some("Choose one of the two options.".into()),
            }));
        }
    };
    j.flow.kind = kind.into();
    state.store.flow_update(&j.flow).await?;
    Ok(Redirect::to("/reset/verify").into_response())
}

// ------------------------------------------------------------------ verify

fn query_map(q: Option<String>) -> HashMap<String, String> {
    serde_urlencoded::from_str(q.as_deref().unwrap_or_default()).unwrap_or_default()
}

struct PanelState {
    error: Option<String>,
    notice: Option<String>,
    destination: String,
    force_destination: bool,
}

async fn verify_page(
    state: &AppState,
    csrf: &str,
    j: &Journey,
    channel: Option<Channel>,
    p: PanelState,
) -> Result<Response, PageError> {
    let remaining = j.remaining();
    let channels = channels_for(&remaining);
    let current = channel.filter(|c| channels.contains(c));
    let step = j.passed().len() + 1;
    let mut page = ResetVerifyPage {
        layout: Layout::new(state, "Get back into your account", csrf, None),
        step,
        methods: channels
            .iter()
            .map(|c| MethodLink {
                channel: c.as_str(),
                label: c.label(),
                current: Some(*c) == current,
            })
            .collect(),
        channel: current.map(|c| c.as_str().to_owned()).unwrap_or_default(),
        panel: "choose",
        prompt: String::new(),
        input_label: String::new(),
        input_type: "text",
        send_label: String::new(),
        destination: p.destination,
        questions: Vec::new(),
        error: p.error.clone(),
        notice: p.notice,
    };
    if let Some(c) = current {
        match c {
            Channel::App => {
                page.panel = "app";
                page.prompt = "Open your authenticator app and enter the 6-digit code it shows for this account.".into();
            }
            Channel::Questions => {
                page.panel = "questions";
                page.prompt =
                    "Answer the questions below, as you answered them when you registered.".into();
                page.questions = j.question_texts().into_iter().enumerate().collect();
            }
            _ => {
                let waiting = codes::pending_destination(state, &j.flow.id_hash, c.purpose())
                    .await?
                    .is_some();
                let masked = j.masked(c);
                if waiting && !p.force_destination {
                    page.panel = "code";
                    page.prompt = match c {
                        Channel::Email => {
                            format!("We've emailed a code to {masked}. It's valid for 5 minutes.")
                        }
                        Channel::MobileSms => {
                            format!("We've texted a code to {masked}. It's valid for 5 minutes.")
                        }
                        _ => format!(
                            "We're calling {masked} to read you a code. It's valid for 5 minutes."
                        ),
                    };
                } else {
                    page.panel = "destination";
                    let (what, label, kind, send) = match c {
                        Channel::Email => ("address", "Email address", "email", "Email"),
                        Channel::MobileSms => ("number", "Phone number", "tel", "Text"),
                        _ => ("number", "Phone number", "tel", "Call"),
                    };
                    page.prompt = format!(
                        "To protect your account, enter the full {what} ({masked}) below. We'll then send you a code."
                    );
                    page.input_label = label.into();
                    page.input_type = kind;
                    page.send_label = send.into();
                }
            }
        }
    }
    let mut r = render(&page);
    if p.error.is_some() {
        *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

pub async fn verify(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let Some(j) = load_journey(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    if j.flow.kind.is_empty() && j.policy.allow_unlock {
        return Ok(Redirect::to("/reset/options").into_response());
    }
    if j.flow.stage == "password" {
        return Ok(Redirect::to("/reset/password").into_response());
    }
    let q = query_map(q);
    let channel = q.get("method").and_then(|m| Channel::parse(m));
    let again = q.contains_key("again");
    let mut j = j;
    if channel == Some(Channel::Questions) && j.flow.questions.is_empty() {
        choose_questions(&state, &mut j).await?;
    }
    verify_page(
        &state,
        &csrf.0,
        &j,
        channel,
        PanelState {
            error: None,
            notice: None,
            destination: String::new(),
            force_destination: again,
        },
    )
    .await
}

async fn choose_questions(state: &AppState, j: &mut Journey) -> Result<(), PageError> {
    use rand::seq::SliceRandom;
    let ids: Vec<String> = match &j.user {
        Some(_) => {
            let mut all: Vec<String> = j
                .registered
                .answers
                .iter()
                .map(|(q, _)| q.clone())
                .collect();
            all.shuffle(&mut rand::rngs::OsRng);
            all.truncate(j.req.questions_to_reset);
            all
        }
        None => {
            let mut ids: Vec<String> = latchkey_core::questions::PREDEFINED
                .iter()
                .map(|(id, _)| (*id).to_owned())
                .collect();
            ids.shuffle(&mut rand::rngs::OsRng);
            ids.truncate(j.req.questions_to_reset);
            ids
        }
    };
    j.flow.questions = ids.join("\u{1f}");
    state.store.flow_update(&j.flow).await?;
    Ok(())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SendForm {
    channel: String,
    destination: String,
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

pub async fn send(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<SendForm>,
) -> Result<Response, PageError> {
    let Some(j) = load_journey(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    let subject = j.subject();
    if limits::blocked(&state, &subject).await? {
        return Ok(blocked_page(&state, &csrf.0, &j.policy));
    }
    let Some(c) =
        Channel::parse(&form.channel).filter(|c| channels_for(&j.remaining()).contains(c))
    else {
        return verify_page(
            &state,
            &csrf.0,
            &j,
            None,
            PanelState {
                error: Some("Choose one of the methods shown.".into()),
                notice: None,
                destination: String::new(),
                force_destination: false,
            },
        )
        .await;
    };
    if matches!(c, Channel::App | Channel::Questions) {
        return Ok(Redirect::to(&format!("/reset/verify?method={}", c.as_str())).into_response());
    }
    let typed: String = form.destination.trim().chars().take(254).collect();
    let ctx = j.ctx(&ip);
    let target = j.target();
    record(
        &state,
        &ctx,
        activity::SSPR_STARTED_METHOD,
        &target,
        Outcome::Success,
        serde_json::json!({"method": c.as_str()}),
    )
    .await;
    let panel = |error: String| PanelState {
        error: Some(error),
        notice: None,
        destination: typed.clone(),
        force_destination: true,
    };
    let stored = j.stored_destination(c);
    let matched = match matches_destination(c, &typed, stored.as_deref().unwrap_or("")) {
        Err(why) => return verify_page(&state, &csrf.0, &j, Some(c), panel(why)).await,
        Ok(m) => m && j.user.is_some(),
    };
    let purpose = c.purpose();
    let digits = if c == Channel::Email { 8 } else { 6 };
    if !matched {
        let blocked =
            limits::record_event(&state, &subject, Kind::Validation, &ctx, &target).await?;
        record(
            &state,
            &ctx,
            activity::SSPR_FAILED_METHOD,
            &target,
            Outcome::Failure,
            serde_json::json!({"method": c.as_str(), "reason": "destination did not match"}),
        )
        .await;
        if blocked {
            return Ok(blocked_page(&state, &csrf.0, &j.policy));
        }
        let what = if c == Channel::Email {
            "address"
        } else {
            "number"
        };
        return verify_page(&state, &csrf.0, &j, Some(c), panel(format!(
            "That {what} doesn't match the one we have for you. Check it and try again, or choose another method."
        ))).await;
    }
    // Every send counts: emails against the email limit, texts and calls against the
    // phone validations (no SMS bombing, no toll fraud).
    let send_kind = if c == Channel::Email {
        Kind::EmailSent
    } else {
        Kind::Validation
    };
    if limits::record_event(&state, &subject, send_kind, &ctx, &target).await? {
        return Ok(blocked_page(&state, &csrf.0, &j.policy));
    }
    let dest = stored.unwrap_or_default();
    let code = codes::issue(&state, &j.flow.id_hash, purpose, &dest, digits).await?;
    let org = &state.org_name();
    let name = j
        .user
        .as_ref()
        .map(|u| u.display_name.clone())
        .unwrap_or_default();
    let message = match c {
        Channel::Email => templates::verification_code_email(org, &dest, &name, &code, 5),
        Channel::MobileSms => templates::verification_code_sms(org, &dest, &code, 5),
        _ => templates::verification_code_voice(org, &dest, &code),
    };
    if let Err(e) = state.delivery.send(&message).await {
        state.store.code_delete(&j.flow.id_hash, purpose).await?;
        record(
            &state,
            &ctx,
            activity::SSPR_SEND_FAILED,
            &target,
            Outcome::Failure,
            serde_json::json!({"method": c.as_str(), "error": e.to_string()}),
        )
        .await;
        return verify_page(&state, &csrf.0, &j, Some(c), panel(
            "We couldn't send a code just now. Try again in a moment, or choose another method.".into(),
        )).await;
    }
    Ok(Redirect::to(&format!("/reset/verify?method={}", c.as_str())).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CheckForm {
    channel: String,
    code: String,
    answer_0: Secret,
    answer_1: Secret,
    answer_2: Secret,
    answer_3: Secret,
    answer_4: Secret,
}

pub async fn check(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<CheckForm>,
) -> Result<Response, PageError> {
    let Some(mut j) = load_journey(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    let subject = j.subject();
    if limits::blocked(&state, &subject).await? {
        return Ok(blocked_page(&state, &csrf.0, &j.policy));
    }
    let Some(c) =
        Channel::parse(&form.channel).filter(|c| channels_for(&j.remaining()).contains(c))
    else {
        return Ok(Redirect::to("/reset/verify").into_response());
    };
    let ctx = j.ctx(&ip);
    let target = j.target();
    let fail = |msg: &str| PanelState {
        error: Some(msg.to_owned()),
        notice: None,
        destination: String::new(),
        force_destination: false,
    };
    let (ok, problem) = match c {
        Channel::App => {
            let blocked =
                limits::record_event(&state, &subject, Kind::Validation, &ctx, &target).await?;
            if blocked {
                return Ok(blocked_page(&state, &csrf.0, &j.policy));
            }
            let ok = match &j.user {
                Some(u) => {
                    registry::verify_app_code(&state, u.id, &j.registered.apps, &form.code).await?
                }
                None => {
                    // The same work as a real check, with a seed nobody has.
                    let s = latchkey_core::totp::TotpSecret::from_bytes(
                        state
                            .mac(&[b"decoy-app", j.flow.typed.as_bytes()])
                            .into_bytes(),
                    );
                    s.verify(form.code.trim(), state.now(), None)
                        .map(|_| false)
                        .unwrap_or(false)
                }
            };
            (
                ok,
                "That code isn't right. Wait for the next code in your app and try again.",
            )
        }
        Channel::Questions => {
            let blocked =
                limits::record_event(&state, &subject, Kind::Validation, &ctx, &target).await?;
            if blocked {
                return Ok(blocked_page(&state, &csrf.0, &j.policy));
            }
            if j.flow.questions.is_empty() {
                choose_questions(&state, &mut j).await?;
            }
            let asked: Vec<String> = j
                .flow
                .questions
                .split('\u{1f}')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            let answers = [
                &form.answer_0,
                &form.answer_1,
                &form.answer_2,
                &form.answer_3,
                &form.answer_4,
            ];
            let mut all = !asked.is_empty();
            for (i, qid) in asked.iter().enumerate() {
                let typed = Secret::new(latchkey_core::questions::normalise_answer(
                    answers.get(i).map(|a| a.expose()).unwrap_or(""),
                ));
                let hash = j
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
                all && j.user.is_some(),
                "One or more answers didn't match. Check them and try again.",
            )
        }
        _ => match codes::check(&state, &j.flow.id_hash, c.purpose(), &form.code).await? {
            codes::Check::Ok(_) => (j.user.is_some(), "That code isn't right."),
            codes::Check::Wrong => (false, "That code isn't right. Check it and try again."),
            codes::Check::TooMany => (
                false,
                "That code was entered wrongly too many times. Send a new code.",
            ),
            codes::Check::Expired | codes::Check::Missing => {
                (false, "That code has expired. Send a new code.")
            }
        },
    };
    if !ok {
        record(
            &state,
            &ctx,
            activity::SSPR_FAILED_METHOD,
            &target,
            Outcome::Failure,
            serde_json::json!({"method": c.as_str()}),
        )
        .await;
        if limits::record_event(&state, &subject, Kind::VerifyFail, &ctx, &target).await? {
            return Ok(blocked_page(&state, &csrf.0, &j.policy));
        }
        return verify_page(&state, &csrf.0, &j, Some(c), fail(problem)).await;
    }
    record(
        &state,
        &ctx,
        activity::SSPR_COMPLETED_METHOD,
        &target,
        Outcome::Success,
        serde_json::json!({"method": c.as_str()}),
    )
    .await;
    let mut passed = j.passed();
    passed.push(c.method());
    j.flow.passed = passed
        .iter()
        .map(|m| m.as_str())
        .collect::<Vec<_>>()
        .join(",");
    j.flow.questions.clear();
    let registered = j.methods.clone();
    if !j.req.satisfied_by(&passed, &registered) {
        state.store.flow_update(&j.flow).await?;
        return verify_page(
            &state,
            &csrf.0,
            &j,
            None,
            PanelState {
                error: None,
                notice: Some("Done. Now choose a second, different method.".into()),
                destination: String::new(),
                force_destination: false,
            },
        )
        .await;
    }
    record(
        &state,
        &ctx,
        activity::SSPR_VERIFIED,
        &target,
        Outcome::Success,
        serde_json::json!({"methods": j.flow.passed}),
    )
    .await;
    if j.flow.kind == "unlock" {
        let Some(user) = j.user.clone() else {
            return Ok(expired(&state, &csrf.0));
        };
        crate::auth::clear_lockout(&state, &user.username).await?;
        state.store.sspr_clear(&subject).await?;
        j.flow.stage = "done".into();
        state.store.flow_update(&j.flow).await?;
        record(
            &state,
            &ctx,
            activity::SSPR_UNLOCK,
            user.username.as_str(),
            Outcome::Success,
            serde_json::json!({}),
        )
        .await;
        notices::after_reset(&state, &ctx, &user, true).await;
        return Ok(Redirect::to("/reset/done").into_response());
    }
    j.flow.stage = "password".into();
    state.store.flow_update(&j.flow).await?;
    Ok(Redirect::to("/reset/password").into_response())
}

// ------------------------------------------------------------------ new password

fn password_page(state: &AppState, csrf: &str, errors: FormErrors, min_length: usize) -> Response {
    let bad = !errors.is_empty();
    let mut r = render(&ResetPasswordPage {
        layout: Layout::new(state, "Choose a new password", csrf, None),
        min_length,
        errors,
    });
    if bad {
        *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    r
}

pub async fn password(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some(j) = load_journey(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    if j.flow.stage != "password" || j.user.is_none() {
        return Ok(Redirect::to("/reset/verify").into_response());
    }
    Ok(password_page(
        &state,
        &csrf.0,
        FormErrors::default(),
        crate::protect::load_policy(&state).await?.min_length,
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    new_password: Secret,
    confirm_password: Secret,
}

pub async fn password_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, PageError> {
    let Some(mut j) = load_journey(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    let (Some(user), true) = (j.user.clone(), j.flow.stage == "password") else {
        return Ok(Redirect::to("/reset/verify").into_response());
    };
    let ctx = j.ctx(&ip);
    let mut errors = FormErrors::default();
    if form.new_password.is_empty() {
        errors.push("new_password", "Enter a new password.");
    } else if let Err(v) =
        crate::auth::check_new(&state, &user, &form.new_password, &form.confirm_password).await?
    {
        let field = if v == latchkey_core::password::PolicyViolation::Mismatch {
            "confirm_password"
        } else {
            "new_password"
        };
        errors.push(field, v.to_string());
    }
    record(
        &state,
        &ctx,
        activity::SSPR_SUBMITTED_PASSWORD,
        user.username.as_str(),
        if errors.is_empty() {
            Outcome::Success
        } else {
            Outcome::Failure
        },
        serde_json::json!({"rejected": errors.all().first().map(|e| e.message.clone())}),
    )
    .await;
    if !errors.is_empty() {
        return Ok(password_page(
            &state,
            &csrf.0,
            errors,
            crate::protect::load_policy(&state).await?.min_length,
        ));
    }
    let hash = state.hasher.hash(&form.new_password).await?;
    // Sets the password and ends every session of the user.
    state
        .store
        .user_set_password(user.id, &hash, false, state.now())
        .await?;
    crate::auth::clear_lockout(&state, &user.username).await?;
    state.store.sspr_clear(&j.subject()).await?;
    j.flow.stage = "done".into();
    state.store.flow_update(&j.flow).await?;
    record(
        &state,
        &ctx,
        activity::SSPR_RESET,
        user.username.as_str(),
        Outcome::Success,
        serde_json::json!({"methods": j.flow.passed}),
    )
    .await;
    notices::after_reset(&state, &ctx, &user, false).await;
    Ok(Redirect::to("/reset/done").into_response())
}

pub async fn done(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some(j) = load_journey(&state, &headers).await? else {
        return Ok(Redirect::to("/").into_response());
    };
    if j.flow.stage != "done" {
        return Ok(Redirect::to("/reset/verify").into_response());
    }
    state.store.flow_delete(&j.flow.id_hash).await?;
    let unlock = j.flow.kind == "unlock";
    let mut r = if unlock {
        message(
            &state,
            &csrf.0,
            "Your account has been unlocked",
            &["You can now sign in with your password."],
            Some(("/", "Sign in")),
            None,
            false,
        )
    } else {
        message(
            &state,
            &csrf.0,
            "Your password has been reset",
            &["You can now sign in with your new password."],
            Some(("/", "Sign in with your new password")),
            None,
            false,
        )
    };
    if let Ok(v) = axum::http::HeaderValue::from_str(&set_cookie(
        &state,
        &flow_cookie(&state),
        "",
        "Strict",
        Some(0),
    )) {
        r.headers_mut().append(axum::http::header::SET_COOKIE, v);
    }
    Ok(r)
}

// ------------------------------------------------------------------ help

pub async fn help(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
) -> Result<Response, PageError> {
    let policy = load_policy(&state).await?;
    Ok(render(&HelpPage {
        layout: Layout::new(&state, "Contact your administrator", &csrf.0, None),
        helpdesk: helpdesk(&policy),
    }))
}

#[derive(Deserialize, Default)]
pub struct Empty {}

pub async fn help_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let policy = load_policy(&state).await?;
    let j = load_journey(&state, &headers).await?;
    if let Some(j) = &j {
        let subject = limits::subject(None, &j.flow.typed);
        let ctx = j.ctx(&ip);
        // Counted first, so parallel requests can't all pass; the messages go out in the
        // background, so the answer takes the same time for every name.
        if !limits::record_event(&state, &subject, Kind::Help, &ctx, &j.flow.typed).await?
            && limits::within(&state, &subject, Kind::Help).await?
        {
            let exists = match Username::parse(&j.flow.typed) {
                Ok(u) => state.store.user_by_username(&u).await.ok(),
                Err(_) => None,
            };
            record(
                &state,
                &ctx,
                activity::SSPR_HELP,
                &j.flow.typed,
                Outcome::Success,
                serde_json::json!({"known_user": exists.is_some()}),
            )
            .await;
            if let Some(u) = exists {
                let (state, ctx) = (state.clone(), ctx.clone());
                tokio::spawn(async move {
                    notices::help_request(&state, &ctx, u.username.as_str()).await;
                });
            }
        }
    } else {
        let ctx = Ctx::new("anonymous", &ip, &rid);
        record(
            &state,
            &ctx,
            activity::SSPR_HELP,
            "",
            Outcome::Failure,
            serde_json::json!({"reason": "no journey"}),
        )
        .await;
    }
    Ok(message(
        &state,
        &csrf.0,
        "We've let your administrators know",
        &[
            "If the username you entered belongs to an account, its administrators have been asked to help you reset your password.",
            "They may contact you to confirm who you are.",
        ],
        Some(("/", "Back to sign in")),
        Some(&policy),
        false,
    ))
}
