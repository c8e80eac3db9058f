//! An email address or a phone number: `POST /setup/send` sends a code to it,
//! `POST /setup/verify` checks the code and registers it.

use axum::extract::{Extension, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::registration::Contact;
use serde::Deserialize;

use super::{
    BLOCKED, BUSY, NO_CODE, Shown, Typed, back_to, ctx, fields, page, refusal_text, with_country,
};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::registration::{self, CheckOutcome, CodeRequest, RequestOutcome};
use crate::session::SetupUser;
use crate::state::AppState;
use latchkey_i18n::t;

/// The contact method a form names, or the 400 for anything else.
fn contact(kind: &str) -> Result<Contact, PageError> {
    Contact::parse(kind).ok_or_else(|| PageError::BadRequest(t("setup-choose-kind")))
}

/// The form of `POST /setup/send`.
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

/// `POST /setup/send`: a code to the address or number typed.
pub async fn send(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<SendForm>,
) -> Result<Response, PageError> {
    let c = contact(&f.kind)?;
    let destination = match c {
        Contact::Email => f.email_address.clone(),
        Contact::Mobile => with_country(&f.country, &f.mobile_number),
        Contact::Office => with_country(&f.country, &f.office_number),
    };
    let request = CodeRequest {
        contact: c,
        destination: &destination,
        voice: c == Contact::Office || f.via == "voice",
    };
    let problem = match registration::request_code(&state, &ctx(&a, &ip, &rid), &a, request)
        .await
        .map_err(back_to("/setup"))?
    {
        RequestOutcome::Sent => return Ok(Redirect::to("/setup").into_response()),
        RequestOutcome::NotAllowed => {
            return Err(PageError::Forbidden(t("setup-refusal-not-allowed")));
        }
        RequestOutcome::BadInput(why) => why,
        RequestOutcome::TooMany => t("setup-too-many-codes"),
        RequestOutcome::Failed => t("setup-send-failed"),
    };
    let mut shown = Shown {
        typed: Typed {
            email: f.email_address,
            mobile_country: if c == Contact::Mobile {
                f.country.clone()
            } else {
                String::new()
            },
            mobile: f.mobile_number,
            office_country: if c == Contact::Office {
                f.country
            } else {
                String::new()
            },
            office: f.office_number,
        },
        ..Shown::default()
    };
    shown.errors.push(fields(c).0, problem);
    page(&state, &csrf, &a, shown).await
}

/// The form of `POST /setup/verify`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VerifyForm {
    kind: String,
    email_code: String,
    mobile_code: String,
    office_code: String,
}

/// `POST /setup/verify`: the code typed back; when right, the method is registered.
pub async fn verify(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<VerifyForm>,
) -> Result<Response, PageError> {
    let c = contact(&f.kind)?;
    let code = match c {
        Contact::Email => &f.email_code,
        Contact::Mobile => &f.mobile_code,
        Contact::Office => &f.office_code,
    };
    let problem = match registration::confirm_code(&state, &ctx(&a, &ip, &rid), &a, c, code)
        .await
        .map_err(back_to("/setup"))?
    {
        CheckOutcome::Registered => {
            return Ok(Redirect::to("/setup?added=1").into_response());
        }
        CheckOutcome::Wrong { used_up: false } => t("setup-code-wrong"),
        CheckOutcome::Wrong { used_up: true } => t("setup-code-used-up"),
        CheckOutcome::NoCode => t(NO_CODE),
        CheckOutcome::Refused(refusal) => refusal_text(&refusal),
        CheckOutcome::Blocked => t(BLOCKED),
        CheckOutcome::Busy => t(BUSY),
    };
    let shown = Shown {
        contact_problem: Some((c, problem)),
        ..Shown::default()
    };
    page(&state, &csrf, &a, shown).await
}
