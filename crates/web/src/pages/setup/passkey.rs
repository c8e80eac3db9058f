//! `/setup/passkey`: adding a passkey. The page asks for a name; `static/passkey.js`
//! runs the registration ceremony against two JSON endpoints (see
//! [`crate::pages::passkey`] for their CSRF check and error shape):
//!
//! * `POST /setup/passkey/options` `{"name": "Work laptop"}` → the options for
//!   `navigator.credentials.create()` (`{"publicKey": {…}}`);
//! * `POST /setup/passkey/finish` `{"name": "…", "credential": {…}}` (the
//!   `PublicKeyCredential`, binary fields base64url) → `{"next": "/setup?added=1"}`.
//!
//! Errors (`{"code", "message"}`, with `field` for the name and `next` where the browser
//! should go): `signed_out` 401, `step_up_required` 403 (next: confirm the password),
//! `csrf` 403, `not_allowed` 403, `invalid_name` 400, `duplicate_name` 409,
//! `too_many_passkeys` 409, `no_ceremony` 400 (none waiting, expired or used: start
//! again), `passkey_failed` 400 (the answer didn't verify), `passkeys_unavailable` 503.

use axum::extract::{Extension, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::registration::Refusal;
use serde::Deserialize;
use webauthn_rs::prelude::RegisterPublicKeyCredential;

use super::{back_to, ctx, refusal_text};
use crate::error::{ApiError, PageError};
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::pages::passkey::{CsrfJson, go, options, refused, unavailable};
use crate::service::ServiceError;
use crate::service::registration::{self, PasskeySetup};
use crate::session::{Authed, NeedUser, SetupUser};
use crate::state::AppState;
use crate::views::{FormErrors, Layout, SetupPasskeyPage, render};
use latchkey_i18n::{t, tr};

const PAGE: &str = "/setup/passkey";

fn page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    name: String,
    errors: FormErrors,
) -> Response {
    let bad = !errors.is_empty();
    let mut r = render(&SetupPasskeyPage {
        layout: Layout::new(state, t("setup-passkey-add"), &csrf.0, Some(a)).section("account"),
        name,
        errors,
    });
    if bad {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    r
}

/// `GET /setup/passkey`: the name and the "Create passkey" button (back to `/setup` when
/// passkeys aren't offered or the most are registered; the password first when it
/// wasn't proved recently).
pub async fn passkey(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
) -> Result<Response, PageError> {
    if registration::may_add_passkey(&state, &a)
        .await
        .map_err(back_to(PAGE))?
        .is_err()
    {
        return Ok(Redirect::to("/setup").into_response());
    }
    let taken: Vec<String> = registration::overview(&state, &a.user)
        .await?
        .registered
        .passkeys
        .iter()
        .map(|m| m.value.to_lowercase())
        .collect();
    // The first "Passkey N" not taken (after a removal, "Passkey 2" may be the only one).
    let name = (1..)
        .map(|n: i64| tr("setup-passkey-default-name", &[("n", n.into())]))
        .find(|name| !taken.contains(&name.to_lowercase()))
        .unwrap_or_default();
    Ok(page(&state, &csrf, &a, name, FormErrors::default()))
}

/// The form of `POST /setup/passkey`, sent only when the script didn't run.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NameForm {
    name: String,
}

/// `POST /setup/passkey`: the form sent without the script (JavaScript off): the page
/// again, saying a passkey needs JavaScript.
pub async fn passkey_without_script(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<NameForm>,
) -> Result<Response, PageError> {
    let mut errors = FormErrors::default();
    errors.push("name", t("setup-passkey-needs-js"));
    Ok(page(&state, &csrf, &a, f.name, errors))
}

/// `401 signed_out`, or the session's own error.
fn need_user(e: NeedUser) -> Response {
    match e {
        NeedUser::Error(e) => ApiError::from(e).into_response(),
        NeedUser::ChangePassword => refused(
            StatusCode::FORBIDDEN,
            "password_change_required",
            t("setup-passkey-change-password"),
            Some("/password/change"),
        ),
        _ => refused(
            StatusCode::UNAUTHORIZED,
            "signed_out",
            t("setup-passkey-signed-out"),
            Some("/"),
        ),
    }
}

/// A service error as JSON; "confirm it's you" first, then back to this page.
fn service_error(e: ServiceError) -> Response {
    match e {
        ServiceError::StepUpRequired => refused(
            StatusCode::FORBIDDEN,
            "step_up_required",
            t("setup-passkey-step-up"),
            Some("/account/confirm?next=%2Fsetup%2Fpasskey"),
        ),
        other => ApiError::from(other).into_response(),
    }
}

/// A refusal of registration as JSON.
fn refusal(r: &Refusal) -> Response {
    let (status, code) = match r {
        Refusal::NotAllowed(_) => (StatusCode::FORBIDDEN, "not_allowed"),
        Refusal::PasskeyName | Refusal::PasskeyNameInvisible => {
            (StatusCode::BAD_REQUEST, "invalid_name")
        }
        Refusal::DuplicatePasskeyName => (StatusCode::CONFLICT, "duplicate_name"),
        Refusal::TooManyPasskeys { .. } => (StatusCode::CONFLICT, "too_many_passkeys"),
        _ => (StatusCode::BAD_REQUEST, "refused"),
    };
    let mut body = serde_json::json!({"code": code, "message": refusal_text(r)});
    if matches!(
        r,
        Refusal::PasskeyName | Refusal::PasskeyNameInvisible | Refusal::DuplicatePasskeyName
    ) {
        body["field"] = "name".into();
    }
    (status, axum::Json(body)).into_response()
}

/// What a passkey operation gave, as JSON.
fn answer(outcome: Result<PasskeySetup, ServiceError>) -> Response {
    match outcome {
        Err(e) => service_error(e),
        Ok(PasskeySetup::Options(o)) => options(o),
        Ok(PasskeySetup::Registered) => go("/setup?added=1"),
        Ok(PasskeySetup::Refused(r)) => refusal(&r),
        Ok(PasskeySetup::NoCeremony) => refused(
            StatusCode::BAD_REQUEST,
            "no_ceremony",
            t("setup-passkey-no-ceremony"),
            None,
        ),
        Ok(PasskeySetup::Failed(_)) => refused(
            StatusCode::BAD_REQUEST,
            "passkey_failed",
            t("setup-passkey-failed"),
            None,
        ),
        Ok(PasskeySetup::Unavailable(cause)) => unavailable(&cause),
    }
}

/// The body of `POST /setup/passkey/options`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionsBody {
    name: String,
}

/// `POST /setup/passkey/options`.
pub async fn passkey_options(
    State(state): State<AppState>,
    who: Result<SetupUser, NeedUser>,
    CsrfJson(body): CsrfJson<OptionsBody>,
) -> Response {
    let a = match who {
        Ok(SetupUser(a)) => a,
        Err(e) => return need_user(e),
    };
    answer(registration::passkey_options(&state, &a, &body.name).await)
}

/// The body of `POST /setup/passkey/finish`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinishBody {
    name: String,
    credential: RegisterPublicKeyCredential,
}

/// `POST /setup/passkey/finish`.
pub async fn passkey_finish(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    who: Result<SetupUser, NeedUser>,
    CsrfJson(body): CsrfJson<FinishBody>,
) -> Response {
    let a = match who {
        Ok(SetupUser(a)) => a,
        Err(e) => return need_user(e),
    };
    let c = ctx(&a, &ip, &rid);
    answer(registration::add_passkey(&state, &c, &a, &body.name, &body.credential).await)
}
