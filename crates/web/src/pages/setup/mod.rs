//! `/setup`: "Keep your account secure", where users register (and re-confirm) the
//! methods they'll verify with. Every method is proven when it is registered: a code
//! typed back, or a code from the new authenticator app.
//!
//! The rules and the writes live in [`crate::service::registration`]; these handlers
//! parse the form, call one operation and render its outcome.
//!
//! * this file: the page itself, removing a method, "Looks good";
//! * `contact`: sending and checking codes for an email address or a phone;
//! * `app`: adding an authenticator app;
//! * `passkey`: adding a passkey (the page, and the JSON of its ceremony);
//! * `push`: setting up the Latchkey app (app notification) on a phone;
//! * `questions`: security questions.

mod app;
mod contact;
mod passkey;
mod push;
mod questions;

pub use app::{AppForm, app, app_submit};
pub use contact::{SendForm, VerifyForm, send, verify};
pub use passkey::{passkey, passkey_finish, passkey_options, passkey_without_script};
pub use push::{push, push_code};
pub use questions::{questions, questions_submit};

use axum::extract::{Extension, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::clock::rfc3339;
use latchkey_core::directory::{Phone, User};
use latchkey_core::policy::Method;
use latchkey_core::registration::{
    Contact, Refusal, Standing, Step, check_passkey_count, check_push_device_count,
};
use latchkey_core::store::AuthMethodRecord;
use serde::Deserialize;

use crate::audit::Ctx;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::ServiceError;
use crate::service::registration::{self, Removal, RemoveOutcome};
use crate::session::{Authed, SetupUser};
use crate::sspr::Interrupt;
use crate::state::AppState;
use crate::views::{FormErrors, Layout, MethodRow, PasskeySection, PushSection, SetupPage, render};
use latchkey_i18n::{t, tr};

/// Country calling codes offered in the picker (a number typed with + wins), with their
/// English names; the picker shows each as `setup-country-<code>` in the page's language.
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

fn ctx(a: &Authed, ip: &ClientIp, rid: &RequestId) -> Ctx {
    Ctx::new(a.user.username.as_str(), ip, rid)
}

/// A service error as a page's; when the change needs the password confirmed first
/// ([`ServiceError::StepUpRequired`]), "Confirm it's you" then `next`, the page of the
/// flow the user was in (`/setup`, `/setup/app`, `/setup/questions`).
fn back_to(next: &'static str) -> impl FnOnce(ServiceError) -> PageError {
    move |e| match e {
        ServiceError::StepUpRequired => PageError::StepUpRequired { next: next.into() },
        other => other.into(),
    }
}

/// The form fields of a contact method: where its address or number is typed, and where
/// its code is.
fn fields(c: Contact) -> (&'static str, &'static str) {
    match c {
        Contact::Email => ("email_address", "email_code"),
        Contact::Mobile => ("mobile_number", "mobile_code"),
        Contact::Office => ("office_number", "office_code"),
    }
}

/// What the user typed into the send forms, shown back after a problem.
#[derive(Default)]
struct Typed {
    email: String,
    mobile_country: String,
    mobile: String,
    office_country: String,
    office: String,
}

/// What the page shows besides the registration: problems, a notice, what was typed.
#[derive(Default)]
struct Shown {
    errors: FormErrors,
    /// A problem with one contact method: shown by its code field while a code waits
    /// for it, else by its address or number field (the one on the page).
    contact_problem: Option<(Contact, String)>,
    notice: Option<String>,
    typed: Typed,
}

async fn page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    mut shown: Shown,
) -> Result<Response, PageError> {
    let o = registration::overview(state, &a.user).await?;
    let interrupt = match o.interrupt {
        Some(Interrupt::Register) => "register",
        Some(Interrupt::Reconfirm) => "reconfirm",
        None => "",
    };
    let (pending, pending_to) = match &o.waiting {
        Step::CodeSent {
            contact,
            destination,
        } => (
            contact.as_str().to_owned(),
            match contact {
                Contact::Email => destination.clone(),
                _ => Phone::parse("p", destination)
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or_else(|_| destination.clone()),
            },
        ),
        _ => (String::new(), String::new()),
    };
    if let Some((contact, message)) = shown.contact_problem.take() {
        let (typed_field, code_field) = fields(contact);
        let field = if pending == contact.as_str() {
            code_field
        } else {
            typed_field
        };
        shown.errors.push(field, message);
    }
    let row = |m: &AuthMethodRecord, label: String| MethodRow {
        id: m.id,
        label,
        detail: tr(
            "setup-row-added",
            &[("date", rfc3339(m.created_at)[..10].to_owned().into())],
        ),
    };
    let allowed = |m: Method| o.req.allowed.contains(&m);
    // Only the alternate (personal) address may be suggested: the box asks for an address
    // that is not the work account, which a forgotten password locks out too.
    let profile_email = a
        .user
        .alternate_email
        .as_ref()
        .filter(|alt| {
            a.user
                .email
                .as_ref()
                .is_none_or(|work| !work.as_str().eq_ignore_ascii_case(alt.as_str()))
        })
        .map(|e| e.as_str().to_owned())
        .unwrap_or_default();
    let (mc, mv) = split_phone(a.user.mobile_phone.as_ref());
    let (oc, ov) = split_phone(a.user.office_phone.as_ref());
    let reg = &o.registered;
    let bad = !shown.errors.is_empty();
    let typed = shown.typed;
    let mut r = render(&SetupPage {
        layout: Layout::new(state, t("setup-title"), &csrf.0, Some(a)).section("account"),
        interrupt,
        required: o.req.required,
        registered_count: o.methods.len(),
        complete: !matches!(o.standing, Standing::NeedsMore { .. }),
        questions_only: o.standing
            == Standing::NeedsMore {
                questions_only: true,
            },
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
                        t("setup-app-default-name")
                    } else {
                        m.value.clone()
                    },
                )
            })
            .collect(),
        passkeys: PasskeySection {
            shown: allowed(Method::Passkey) || !reg.passkeys.is_empty(),
            rows: reg
                .passkeys
                .iter()
                .map(|m| row(m, m.value.clone()))
                .collect(),
            can_add: allowed(Method::Passkey) && check_passkey_count(reg.passkeys.len()).is_ok(),
        },
        push: PushSection {
            shown: allowed(Method::AppNotification) || !reg.push_devices.is_empty(),
            rows: reg
                .push_devices
                .iter()
                .map(|m| row(m, tr("setup-push-row", &[("name", m.value.clone().into())])))
                .collect(),
            can_add: allowed(Method::AppNotification)
                && check_push_device_count(reg.push_devices.len()).is_ok(),
        },
        email: reg.email.as_ref().map(|m| row(m, m.value.clone())),
        mobile: reg.mobile.as_ref().map(|m| row(m, m.value.clone())),
        office: reg.office.as_ref().map(|m| row(m, m.value.clone())),
        questions_answered: reg.answers.len(),
        questions_needed: o.req.questions_to_register,
        email_value: or_default(typed.email, profile_email),
        mobile_country: or_default(typed.mobile_country, mc),
        mobile_value: or_default(typed.mobile, mv),
        office_country: or_default(typed.office_country, oc),
        office_value: or_default(typed.office, ov),
        pending,
        pending_to,
        countries: COUNTRIES
            .iter()
            .map(|(code, _)| (*code, t(&format!("setup-country-{code}"))))
            .collect(),
        errors: shown.errors,
        notice: shown.notice,
    });
    if bad {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

/// What the user typed, else the value to offer.
fn or_default(typed: String, offered: String) -> String {
    if typed.is_empty() { offered } else { typed }
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

/// `GET /setup`: what is registered, and the forms to add more.
pub async fn index(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let notice = match q.as_deref() {
        Some("added=1") => Some(t("setup-notice-added")),
        Some("removed=1") => Some(t("setup-notice-removed")),
        Some("confirmed=1") => Some(t("setup-notice-confirmed")),
        Some("saved=1") => Some(t("setup-notice-saved")),
        Some("policy_saved=1") => Some(t("setup-notice-policy-saved")),
        _ => None,
    };
    page(
        &state,
        &csrf,
        &a,
        Shown {
            notice,
            ..Shown::default()
        },
    )
    .await
}

/// The form of `POST /setup/remove`: a method's id, or `questions`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RemoveForm {
    id: String,
}

/// `POST /setup/remove`.
pub async fn remove(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<RemoveForm>,
) -> Result<Response, PageError> {
    let what = if f.id == "questions" {
        Removal::Questions
    } else {
        Removal::Method(
            f.id.parse()
                .map_err(|_| PageError::BadRequest(t("setup-unknown-method")))?,
        )
    };
    match registration::remove_method(&state, &ctx(&a, &ip, &rid), &a, what)
        .await
        .map_err(back_to("/setup"))?
    {
        RemoveOutcome::Removed => Ok(Redirect::to("/setup?removed=1").into_response()),
        RemoveOutcome::Gone => Ok(Redirect::to("/setup").into_response()),
        RemoveOutcome::Refused(refusal) => {
            let mut errors = FormErrors::default();
            errors.push("remove", refusal_text(&refusal));
            page(
                &state,
                &csrf,
                &a,
                Shown {
                    errors,
                    ..Shown::default()
                },
            )
            .await
        }
    }
}

/// A refusal of registration, in words.
fn refusal_text(refusal: &Refusal) -> String {
    match refusal {
        Refusal::WouldLeaveTooFew { required } => {
            count("setup-refusal-too-few", "required", *required)
        }
        Refusal::SameAsOtherPhone => t("setup-refusal-same-phone"),
        Refusal::TooManyApps { max } => count("setup-refusal-too-many-apps", "max", *max),
        Refusal::TooManyDevices { max } => count("setup-refusal-too-many-devices", "max", *max),
        Refusal::TooManyPasskeys { max } => count("setup-refusal-too-many-passkeys", "max", *max),
        Refusal::PasskeyName => count(
            "setup-refusal-passkey-name",
            "max",
            latchkey_core::registration::MAX_PASSKEY_NAME,
        ),
        Refusal::PasskeyNameInvisible => t("setup-refusal-passkey-name-invisible"),
        Refusal::DuplicatePasskeyName => t("setup-refusal-duplicate-passkey-name"),
        Refusal::NotAllowed(_) => t("setup-refusal-not-allowed"),
        Refusal::NoCodeWaiting => t(NO_CODE),
    }
}

/// The message `key` with one number (`$name`), so its plural form is chosen.
fn count(key: &str, name: &str, n: usize) -> String {
    tr(key, &[(name, i64::try_from(n).unwrap_or(i64::MAX).into())])
}

/// When no code waits to be checked (a message key).
const NO_CODE: &str = "setup-no-code";
/// When failed verifications blocked self-service on the account (a message key).
const BLOCKED: &str = "setup-blocked";

/// When checks under way hold the account's last tries (a message key).
const BUSY: &str = "setup-busy";

/// The form of `POST /setup/confirm`: nothing but the CSRF token.
#[derive(Deserialize, Default)]
pub struct Empty {}

/// `POST /setup/confirm`: "Looks good".
pub async fn confirm(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    registration::reconfirm(&state, &ctx(&a, &ip, &rid), &a.user).await?;
    Ok(Redirect::to(home(&a.user)).into_response())
}

fn home(user: &User) -> &'static str {
    if user.role.is_admin() {
        "/admin"
    } else {
        "/account"
    }
}
