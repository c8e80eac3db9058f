//! `/setup`: "Keep your account secure", where users register (and re-confirm) the
//! methods they'll verify with. Every method is proven when it is registered: a code
//! typed back, or a code from the new authenticator app.

use axum::extract::{Extension, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::Secret;
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::clock::rfc3339;
use latchkey_core::directory::{Email, Phone, User};
use latchkey_core::policy::{Method, SsprPolicy};
use latchkey_core::store::{AuthMethodRecord, CodePurpose, CodeRecord, MethodKind};
use latchkey_core::totp::{TotpSecret, display_grouped};
use latchkey_notify::templates;
use serde::Deserialize;

use crate::audit::{Ctx, record};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::session::{Authed, SetupUser};
use crate::sspr::limits::{self, Kind};
use crate::sspr::registry::{self, MAX_APPS, Registered, app_aad};
use crate::sspr::{Interrupt, codes, interrupt_for, load_policy};
use crate::state::AppState;
use crate::views::{
    FormErrors, Layout, MethodRow, SetupAppPage, SetupPage, SetupQuestionsPage, render,
};

/// Country calling codes offered in the picker (a number typed with + wins).
pub const COUNTRIES: &[(&str, &str)] = &[
    ("1", "United States / Canada"),
    ("44", "United Kingdom"),
    ("353", "Ireland"),
    ("61", "Australia"),
    ("64", "New Zealand"),
    ("49", "Germany"),
    ("33", "France"),
    ("34", "Spain"),
    ("39", "Italy"),
    ("31", "Netherlands"),
    ("32", "Belgium"),
    ("41", "Switzerland"),
    ("43", "Austria"),
    ("45", "Denmark"),
    ("46", "Sweden"),
    ("47", "Norway"),
    ("358", "Finland"),
    ("48", "Poland"),
    ("351", "Portugal"),
    ("30", "Greece"),
    ("420", "Czechia"),
    ("36", "Hungary"),
    ("40", "Romania"),
    ("380", "Ukraine"),
    ("90", "Türkiye"),
    ("972", "Israel"),
    ("971", "United Arab Emirates"),
    ("27", "South Africa"),
    ("234", "Nigeria"),
    ("254", "Kenya"),
    ("20", "Egypt"),
    ("91", "India"),
    ("92", "Pakistan"),
    ("880", "Bangladesh"),
    ("86", "China"),
    ("852", "Hong Kong"),
    ("81", "Japan"),
    ("82", "South Korea"),
    ("65", "Singapore"),
    ("60", "Malaysia"),
    ("62", "Indonesia"),
    ("63", "Philippines"),
    ("66", "Thailand"),
    ("84", "Vietnam"),
    ("55", "Brazil"),
    ("52", "Mexico"),
    ("54", "Argentina"),
    ("56", "Chile"),
    ("57", "Colombia"),
    ("51", "Peru"),
];

fn owner(user: &User) -> String {
    format!("setup:{}", user.id)
}

fn ctx(a: &Authed, ip: &ClientIp, rid: &RequestId) -> Ctx {
    Ctx::new(a.user.username.as_str(), ip, rid)
}

/// Joins the picked country code and the typed number, unless the number has its own +.
fn with_country(country: &str, number: &str) -> String {
    let n = number.trim();
    if n.starts_with('+') || n.starts_with("00") || n.is_empty() {
        n.to_owned()
    } else {
        format!("+{country}{}", n.trim_start_matches('0'))
    }
}

#[derive(Default)]
struct Typed {
    email: String,
    mobile_country: String,
    mobile: String,
    office_country: String,
    office: String,
}

async fn page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    errors: FormErrors,
    notice: Option<String>,
    typed: Typed,
) -> Result<Response, PageError> {
    let policy = load_policy(state).await?;
    let req = policy.requirement(a.user.role);
    let reg = registry::load(state, a.user.id).await?;
    let methods = reg.methods(&req);
    let interrupt = match interrupt_for(state, &a.user).await? {
        Some(Interrupt::Register) => "register",
        Some(Interrupt::Reconfirm) => "reconfirm",
        None => "",
    };
    let who = owner(&a.user);
    let mut pending = String::new();
    let mut pending_to = String::new();
    for kind in [MethodKind::Email, MethodKind::Mobile, MethodKind::Office] {
        let purpose = CodePurpose::for_registration(kind);
        if let Some(d) = codes::pending_destination(state, &who, purpose).await? {
            pending = kind.as_str().into();
            pending_to = if kind == MethodKind::Email {
                d
            } else {
                Phone::parse("p", &d)
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or(d)
            };
        }
    }
    let row = |m: &AuthMethodRecord, label: String| MethodRow {
        id: m.id,
        label,
        detail: format!("added {}", &rfc3339(m.created_at)[..10]),
    };
    let allowed = |m: Method| req.allowed.contains(&m);
    let profile_email = a
        .user
        .alternate_email
        .as_ref()
        .or(a.user.email.as_ref())
        .map(|e| e.as_str().to_owned())
        .unwrap_or_default();
    let (mc, mv) = split_phone(a.user.mobile_phone.as_ref());
    let (oc, ov) = split_phone(a.user.office_phone.as_ref());
    let bad = !errors.is_empty();
    let mut r = render(&SetupPage {
        layout: Layout::new(state, "Keep your account secure", &csrf.0, Some(a)).section("account"),
        interrupt,
        required: req.required,
        registered_count: methods.len(),
        complete: req.registered_enough(&methods),
        questions_only: !req.registered_enough(&methods)
            && !methods.is_empty()
            && methods.iter().all(|m| *m == Method::Questions),
        allow_app: allowed(Method::AppCode),
        allow_email: allowed(Method::Email),
        allow_mobile: allowed(Method::MobilePhone),
        allow_office: allowed(Method::OfficePhone),
        allow_questions: allowed(Method::Questions),
        apps: reg
            .apps
            .iter()
            .map(|m| {
                row(
                    m,
                    if m.value.is_empty() {
                        "Authenticator app".into()
                    } else {
                        m.value.clone()
                    },
                )
            })
            .collect(),
        email: reg.email.as_ref().map(|m| row(m, m.value.clone())),
        mobile: reg.mobile.as_ref().map(|m| row(m, m.value.clone())),
        office: reg.office.as_ref().map(|m| row(m, m.value.clone())),
        questions_answered: reg.answers.len(),
        questions_needed: req.questions_to_register,
        email_value: or_default(typed.email, profile_email),
        mobile_country: or_default(typed.mobile_country, mc),
        mobile_value: or_default(typed.mobile, mv),
        office_country: or_default(typed.office_country, oc),
        office_value: or_default(typed.office, ov),
        pending,
        pending_to,
        countries: COUNTRIES.to_vec(),
        errors,
        notice,
    });
    if bad {
        *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

/// What the user typed, else the value to offer.
fn or_default(typed: String, offered: String) -> String {
    if typed.is_empty() { offered } else { typed }
}

/// An admin-prefilled phone, split into the picker's country code and the national part.
fn split_phone(p: Option<&Phone>) -> (String, String) {
    let Some(p) = p else {
        return ("1".into(), String::new());
    };
    let digits = p.as_str().trim_start_matches('+');
    let mut codes: Vec<&str> = COUNTRIES.iter().map(|(c, _)| *c).collect();
    codes.sort_by_key(|c| std::cmp::Reverse(c.len()));
    for c in codes {
        if let Some(rest) = digits.strip_prefix(c) {
            return (c.to_owned(), rest.to_owned());
        }
    }
    ("1".into(), p.as_str().to_owned())
}

pub async fn index(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let notice = match q.as_deref() {
        Some("added=1") => {
            Some("Added. You can use it the next time you reset your password.".to_owned())
        }
        Some("removed=1") => Some("Removed.".to_owned()),
        Some("confirmed=1") => Some("Thanks for confirming.".to_owned()),
        Some("saved=1") => Some("Your security questions are saved.".to_owned()),
        Some("policy_saved=1") => Some("Your changes were saved. Before you go on, set up the methods administrators need to reset their own password.".to_owned()),
        _ => None,
    };
    page(
        &state,
        &csrf,
        &a,
        FormErrors::default(),
        notice,
        Typed::default(),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SendForm {
    kind: String,
    via: String,
    email_address: String,
    country: String,
    mobile_number: String,
    office_number: String,
}

pub async fn send(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<SendForm>,
) -> Result<Response, PageError> {
    let policy = load_policy(&state).await?;
    let req = policy.requirement(a.user.role);
    let c = ctx(&a, &ip, &rid);
    let subject = limits::subject(Some(a.user.id), "");
    let mut errors = FormErrors::default();
    let typed = Typed {
        email: f.email_address.clone(),
        mobile_country: if f.kind == "mobile" {
            f.country.clone()
        } else {
            String::new()
        },
        mobile: f.mobile_number.clone(),
        office_country: if f.kind == "office" {
            f.country.clone()
        } else {
            String::new()
        },
        office: f.office_number.clone(),
    };
    let (method, field, purpose) = match f.kind.as_str() {
        "email" => (Method::Email, "email_address", CodePurpose::Email),
        "mobile" => (
            Method::MobilePhone,
            "mobile_number",
            CodePurpose::RegisterMobile,
        ),
        "office" => (
            Method::OfficePhone,
            "office_number",
            CodePurpose::RegisterOffice,
        ),
        _ => {
            return Err(PageError::BadRequest(
                "Choose email, mobile phone or office phone.".into(),
            ));
        }
    };
    if !req.allowed.contains(&method) {
        return Err(PageError::Forbidden(
            "Your organization doesn't use this method.".into(),
        ));
    }
    let org = &state.org_name();
    let who = owner(&a.user);
    // Where the code goes, and how.
    let outgoing = match method {
        Method::Email => {
            Email::parse(field, &f.email_address).map(|e| Outgoing::Email(e.as_str().to_owned()))
        }
        _ => {
            let number = if method == Method::MobilePhone {
                &f.mobile_number
            } else {
                &f.office_number
            };
            let voice = method == Method::OfficePhone || f.via == "voice";
            Phone::parse(field, &with_country(&f.country, number)).map(|p| {
                if voice {
                    Outgoing::Voice(p.as_str().to_owned())
                } else {
                    Outgoing::Sms(p.as_str().to_owned())
                }
            })
        }
    };
    let outgoing = match outgoing {
        Ok(o) => o,
        Err(e) => {
            errors.0.push(e);
            return page(&state, &csrf, &a, errors, None, typed).await;
        }
    };
    let destination = outgoing.to().to_owned();
    if !errors.is_empty() {
        return page(&state, &csrf, &a, errors, None, typed).await;
    }
    if limits::blocked(&state, &subject).await? {
        errors.push(
            field,
            "You've asked for too many codes. For your security, try again in 24 hours.",
        );
        return page(&state, &csrf, &a, errors, None, typed).await;
    }
    let kind = if method == Method::Email {
        Kind::EmailSent
    } else {
        Kind::Validation
    };
    if limits::record_event(&state, &subject, kind, &c, a.user.username.as_str()).await? {
        errors.push(
            field,
            "You've asked for too many codes. For your security, try again in 24 hours.",
        );
        return page(&state, &csrf, &a, errors, None, typed).await;
    }
    let digits = if method == Method::Email { 8 } else { 6 };
    let code = codes::issue(&state, &who, purpose, &destination, digits).await?;
    // Only one kind waits for a code at a time.
    for other in [
        CodePurpose::Email,
        CodePurpose::RegisterMobile,
        CodePurpose::RegisterOffice,
    ]
    .into_iter()
    .filter(|k| *k != purpose)
    {
        state.store.code_delete(&who, other).await?;
    }
    if let Err(e) = state
        .delivery
        .send(&outgoing.message(org, &a.user.display_name, &code))
        .await
    {
        state.store.code_delete(&who, purpose).await?;
        record(
            &state,
            &c,
            activity::SSPR_SEND_FAILED,
            a.user.username.as_str(),
            Outcome::Failure,
            serde_json::json!({"method": f.kind, "error": e.to_string()}),
        )
        .await;
        errors.push(
            field,
            "We couldn't send a code just now. Check what you typed and try again in a moment.",
        );
        return page(&state, &csrf, &a, errors, None, typed).await;
    }
    Ok(Redirect::to("/setup").into_response())
}

/// A code on its way to an address or a number.
enum Outgoing {
    Email(String),
    Sms(String),
    Voice(String),
}

impl Outgoing {
    fn to(&self) -> &str {
        match self {
            Outgoing::Email(t) | Outgoing::Sms(t) | Outgoing::Voice(t) => t,
        }
    }

    fn message(&self, org: &str, name: &str, code: &str) -> latchkey_notify::Message {
        match self {
            Outgoing::Email(to) => templates::verification_code_email(org, to, name, code, 5),
            Outgoing::Sms(to) => templates::verification_code_sms(org, to, code, 5),
            Outgoing::Voice(to) => templates::verification_code_voice(org, to, code),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VerifyForm {
    kind: String,
    email_code: String,
    mobile_code: String,
    office_code: String,
}

/// Marks the user registered (or re-confirmed) once they have enough methods.
async fn maybe_complete(
    state: &AppState,
    c: &Ctx,
    user: &User,
    policy: &SsprPolicy,
) -> Result<(), PageError> {
    let req = policy.requirement(user.role);
    let reg = registry::load(state, user.id).await?;
    if req.registered_enough(&reg.methods(&req)) {
        let first = state.store.user_confirmed_at(user.id).await?.is_none();
        state
            .store
            .user_set_confirmed(user.id, Some(state.now()))
            .await?;
        if first {
            record(state, c, activity::REGISTERED, user.username.as_str(), Outcome::Success,
                serde_json::json!({"methods": reg.methods(&req).iter().map(|m| m.as_str()).collect::<Vec<_>>()})).await;
        }
    }
    Ok(())
}

pub async fn verify(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<VerifyForm>,
) -> Result<Response, PageError> {
    let (code, field, kind) = match f.kind.as_str() {
        "email" => (&f.email_code, "email_code", MethodKind::Email),
        "mobile" => (&f.mobile_code, "mobile_code", MethodKind::Mobile),
        "office" => (&f.office_code, "office_code", MethodKind::Office),
        _ => {
            return Err(PageError::BadRequest(
                "Choose email, mobile phone or office phone.".into(),
            ));
        }
    };
    let c = ctx(&a, &ip, &rid);
    let who = owner(&a.user);
    let mut errors = FormErrors::default();
    let purpose = CodePurpose::for_registration(kind);
    let destination = match codes::check(&state, &who, purpose, code).await? {
        codes::Check::Ok(d) => d,
        other => {
            let subject = limits::subject(Some(a.user.id), "");
            limits::record_event(
                &state,
                &subject,
                Kind::VerifyFail,
                &c,
                a.user.username.as_str(),
            )
            .await?;
            errors.push(
                field,
                match other {
                    codes::Check::Wrong => "That code isn't right. Check it and try again.",
                    codes::Check::TooMany => {
                        "That code was entered wrongly too many times. Ask for a new one."
                    }
                    _ => "That code has expired. Ask for a new one.",
                },
            );
            return page(&state, &csrf, &a, errors, None, Typed::default()).await;
        }
    };
    let reg = registry::load(&state, a.user.id).await?;
    // One phone can't count as two methods.
    let other_phone = match f.kind.as_str() {
        "mobile" => reg.office.as_ref(),
        "office" => reg.mobile.as_ref(),
        _ => None,
    };
    if other_phone.is_some_and(|p| p.value == destination) {
        errors.push(field, "That number is already registered as your other phone. Use a different number, so that one lost phone can't open your account.");
        return page(&state, &csrf, &a, errors, None, Typed::default()).await;
    }
    let existing = match f.kind.as_str() {
        "email" => reg.email.as_ref(),
        "mobile" => reg.mobile.as_ref(),
        _ => reg.office.as_ref(),
    };
    if let Some(old) = existing {
        state.store.method_delete(a.user.id, old.id).await?;
    }
    state
        .store
        .method_add(&AuthMethodRecord {
            id: 0,
            user_id: a.user.id,
            kind,
            value: destination,
            secret: String::new(),
            last_used_step: None,
            created_at: state.now(),
        })
        .await?;
    record(
        &state,
        &c,
        activity::REGISTERED_METHOD,
        a.user.username.as_str(),
        Outcome::Success,
        serde_json::json!({"method": f.kind}),
    )
    .await;
    crate::sspr::notices::security_info_changed(
        &state,
        &ctx(&a, &ip, &rid),
        &a.user,
        "A security method was added to your account",
    )
    .await;
    let policy = load_policy(&state).await?;
    maybe_complete(&state, &c, &a.user, &policy).await?;
    Ok(Redirect::to("/setup?added=1").into_response())
}

// ------------------------------------------------------------------ authenticator app

const APP_PENDING: CodePurpose = CodePurpose::RegisterApp;

async fn pending_app(state: &AppState, user: &User) -> Result<TotpSecret, PageError> {
    let who = owner(user);
    if let Some(rec) = state.store.code_get(&who, APP_PENDING).await?
        && rec.expires_at > state.now()
        && let Ok(seed) = state.seal.open(&rec.destination, &app_aad(user.id))
    {
        return Ok(TotpSecret::from_bytes(seed));
    }
    let secret = TotpSecret::generate();
    state
        .store
        .code_put(&CodeRecord {
            owner: who,
            purpose: APP_PENDING,
            destination: state.seal.seal(secret.as_bytes(), &app_aad(user.id)),
            code_mac: String::new(),
            expires_at: state.now() + 15 * 60,
            attempts: 0,
        })
        .await?;
    Ok(secret)
}

async fn app_page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    name: String,
    errors: FormErrors,
) -> Result<Response, PageError> {
    let secret = pending_app(state, &a.user).await?;
    let org = &state.org_name();
    let bad = !errors.is_empty();
    let mut r = render(&SetupAppPage {
        layout: Layout::new(state, "Set up your authenticator app", &csrf.0, Some(a))
            .section("account"),
        qr: secret.qr_svg(org, a.user.username.as_str()),
        secret: display_grouped(&secret.to_base32()),
        app_name: name,
        errors,
    });
    if bad {
        *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

pub async fn app(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
) -> Result<Response, PageError> {
    let reg = registry::load(&state, a.user.id).await?;
    if reg.apps.len() >= MAX_APPS {
        return Ok(Redirect::to("/setup").into_response());
    }
    app_page(
        &state,
        &csrf,
        &a,
        "Authenticator app".into(),
        FormErrors::default(),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AppForm {
    name: String,
    code: String,
}

pub async fn app_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<AppForm>,
) -> Result<Response, PageError> {
    let c = ctx(&a, &ip, &rid);
    let name: String = f
        .name
        .trim()
        .chars()
        .filter(|ch| !ch.is_control())
        .take(64)
        .collect();
    let name = if name.is_empty() {
        "Authenticator app".to_owned()
    } else {
        name
    };
    let reg = registry::load(&state, a.user.id).await?;
    let mut errors = FormErrors::default();
    if reg.apps.len() >= MAX_APPS {
        errors.push(
            "code",
            format!("You can register at most {MAX_APPS} authenticator apps. Remove one first."),
        );
        return app_page(&state, &csrf, &a, name, errors).await;
    }
    let secret = pending_app(&state, &a.user).await?;
    let subject = limits::subject(Some(a.user.id), "");
    let Some(step) = secret.verify(f.code.trim(), state.now(), None) else {
        limits::record_event(
            &state,
            &subject,
            Kind::VerifyFail,
            &c,
            a.user.username.as_str(),
        )
        .await?;
        errors.push("code", "That code isn't right. Check the time on your phone is set automatically, then enter the current code.");
        return app_page(&state, &csrf, &a, name, errors).await;
    };
    state
        .store
        .method_add(&AuthMethodRecord {
            id: 0,
            user_id: a.user.id,
            kind: MethodKind::App,
            value: name,
            secret: state.seal.seal(secret.as_bytes(), &app_aad(a.user.id)),
            last_used_step: Some(step),
            created_at: state.now(),
        })
        .await?;
    state
        .store
        .code_delete(&owner(&a.user), APP_PENDING)
        .await?;
    record(
        &state,
        &c,
        activity::REGISTERED_METHOD,
        a.user.username.as_str(),
        Outcome::Success,
        serde_json::json!({"method": "app"}),
    )
    .await;
    crate::sspr::notices::security_info_changed(
        &state,
        &ctx(&a, &ip, &rid),
        &a.user,
        "A security method was added to your account",
    )
    .await;
    let policy = load_policy(&state).await?;
    maybe_complete(&state, &c, &a.user, &policy).await?;
    Ok(Redirect::to("/setup?added=1").into_response())
}

// ------------------------------------------------------------------ security questions

fn question_choices(policy: &SsprPolicy) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = latchkey_core::questions::PREDEFINED
        .iter()
        .map(|(id, q)| ((*id).to_owned(), (*q).to_owned()))
        .collect();
    v.extend(
        policy
            .custom_questions
            .iter()
            .map(|q| (q.clone(), q.clone())),
    );
    v
}

pub async fn questions(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
) -> Result<Response, PageError> {
    let policy = load_policy(&state).await?;
    if !policy
        .requirement(a.user.role)
        .allowed
        .contains(&Method::Questions)
    {
        return Ok(Redirect::to("/setup").into_response());
    }
    let reg = registry::load(&state, a.user.id).await?;
    Ok(render(&SetupQuestionsPage {
        layout: Layout::new(&state, "Security questions", &csrf.0, Some(&a)).section("account"),
        count: usize::from(policy.questions_to_register),
        choices: question_choices(&policy),
        selected: reg.answers.iter().map(|(q, _)| q.clone()).collect(),
        errors: FormErrors::default(),
    }))
}

pub async fn questions_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<std::collections::HashMap<String, String>>,
) -> Result<Response, PageError> {
    let policy = load_policy(&state).await?;
    if !policy
        .requirement(a.user.role)
        .allowed
        .contains(&Method::Questions)
    {
        return Err(PageError::Forbidden(
            "Your organization doesn't use security questions for your account.".into(),
        ));
    }
    let count = usize::from(policy.questions_to_register);
    let choices = question_choices(&policy);
    let mut errors = FormErrors::default();
    let mut selected = Vec::new();
    let mut pairs: Vec<(String, String, String)> = Vec::new(); // (id, text, answer)
    const FIELDS: [&str; 5] = [
        "question_0",
        "question_1",
        "question_2",
        "question_3",
        "question_4",
    ];
    const ANSWERS: [&str; 5] = ["answer_0", "answer_1", "answer_2", "answer_3", "answer_4"];
    for i in 0..count.min(5) {
        let id = f.get(FIELDS[i]).cloned().unwrap_or_default();
        selected.push(id.clone());
        let answer = f.get(ANSWERS[i]).cloned().unwrap_or_default();
        match choices.iter().find(|(cid, _)| *cid == id) {
            None => errors.push(FIELDS[i], format!("Choose question {}.", i + 1)),
            Some((_, text)) if pairs.iter().any(|(pid, _, _)| *pid == id) => {
                let _ = text;
                errors.push(
                    FIELDS[i],
                    format!(
                        "Question {} is already chosen above. Choose a different question.",
                        i + 1
                    ),
                );
            }
            Some((_, text)) => pairs.push((id.clone(), text.clone(), answer)),
        }
    }
    if errors.is_empty() {
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(_, q, ans)| (q.as_str(), ans.as_str()))
            .collect();
        if let Err((i, e)) =
            latchkey_core::questions::validate_answers(&refs, a.user.username.as_str(), None)
        {
            errors.push(ANSWERS[i.min(4)], format!("Answer {}: {e}", i + 1));
        }
    }
    if !errors.is_empty() {
        let mut r = render(&SetupQuestionsPage {
            layout: Layout::new(&state, "Security questions", &csrf.0, Some(&a)).section("account"),
            count,
            choices,
            selected,
            errors,
        });
        *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
        return Ok(r);
    }
    let mut stored = Vec::new();
    for (id, _, answer) in &pairs {
        let normal = Secret::new(latchkey_core::questions::normalise_answer(answer));
        stored.push((id.clone(), state.hasher.hash(&normal).await?));
    }
    state.store.answers_set(a.user.id, &stored).await?;
    let c = ctx(&a, &ip, &rid);
    record(
        &state,
        &c,
        activity::REGISTERED_METHOD,
        a.user.username.as_str(),
        Outcome::Success,
        serde_json::json!({"method": "questions", "count": stored.len()}),
    )
    .await;
    crate::sspr::notices::security_info_changed(
        &state,
        &ctx(&a, &ip, &rid),
        &a.user,
        "A security method was added to your account",
    )
    .await;
    maybe_complete(&state, &c, &a.user, &policy).await?;
    Ok(Redirect::to("/setup?saved=1").into_response())
}

// ------------------------------------------------------------------ remove, confirm

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveForm {
    id: String,
}

pub async fn remove(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<RemoveForm>,
) -> Result<Response, PageError> {
    let policy = load_policy(&state).await?;
    let req = policy.requirement(a.user.role);
    let reg = registry::load(&state, a.user.id).await?;
    let before = reg.methods(&req);
    // What would remain?
    let mut after = reg.clone();
    let what = if f.id == "questions" {
        after.answers.clear();
        "questions".to_owned()
    } else {
        let id: i64 =
            f.id.parse()
                .map_err(|_| PageError::BadRequest("That method isn't known.".into()))?;
        let Some(m) = state
            .store
            .methods_of(a.user.id)
            .await?
            .into_iter()
            .find(|m| m.id == id)
        else {
            return Ok(Redirect::to("/setup").into_response());
        };
        match m.kind {
            MethodKind::Email => after.email = None,
            MethodKind::Mobile => after.mobile = None,
            MethodKind::Office => after.office = None,
            MethodKind::App => after.apps.retain(|x| x.id != id),
        }
        m.kind.as_str().to_owned()
    };
    let remaining = Registered::methods(&after, &req);
    if req.registered_enough(&before)
        && !req.registered_enough(&remaining)
        && crate::sspr::in_scope(&state, &policy, &a.user).await?
    {
        let mut errors = FormErrors::default();
        errors.push("remove", format!(
            "You need at least {} {} to reset your password. Add another method before you remove this one.",
            req.required, if req.required == 1 { "method" } else { "methods" }
        ));
        return page(&state, &csrf, &a, errors, None, Typed::default()).await;
    }
    if what == "questions" {
        state.store.answers_set(a.user.id, &[]).await?;
    } else if let Ok(id) = f.id.parse::<i64>() {
        state.store.method_delete(a.user.id, id).await?;
    }
    record(
        &state,
        &ctx(&a, &ip, &rid),
        activity::REMOVED_METHOD,
        a.user.username.as_str(),
        Outcome::Success,
        serde_json::json!({"method": what}),
    )
    .await;
    crate::sspr::notices::security_info_changed(
        &state,
        &ctx(&a, &ip, &rid),
        &a.user,
        "A security method was removed from your account",
    )
    .await;
    Ok(Redirect::to("/setup?removed=1").into_response())
}

#[derive(Deserialize, Default)]
pub struct Empty {}

pub async fn confirm(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    state
        .store
        .user_set_confirmed(a.user.id, Some(state.now()))
        .await?;
    record(
        &state,
        &ctx(&a, &ip, &rid),
        activity::RECONFIRMED,
        a.user.username.as_str(),
        Outcome::Success,
        serde_json::json!({}),
    )
    .await;
    let home = if a.user.role.is_admin() {
        "/admin"
    } else {
        "/account"
    };
    Ok(Redirect::to(home).into_response())
}
