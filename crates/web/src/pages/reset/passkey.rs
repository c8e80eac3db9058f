//! "Use a passkey" in the reset journey: `static/passkey.js` runs the authentication
//! ceremony against two JSON endpoints (CSRF check and error shape in
//! [`crate::pages::passkey`]):
//!
//! * `POST /reset/verify/passkey/options` `{}` → the options for
//!   `navigator.credentials.get()` (`{"publicKey": {…}}`);
//! * `POST /reset/verify/passkey/finish` `{"credential": {…}}` (the
//!   `PublicKeyCredential`, binary fields base64url) → `{"next": "/reset/password"}` (or
//!   the next verification step, or the unlocked page).
//!
//! Errors (`{"code", "message"}`, `next` where the browser should go instead):
//! `session_expired` 400, `not_offered` 409, `blocked` 429, `no_ceremony` 400 (none
//! waiting, expired or already used: nothing counted), `passkey_failed` 400 (counted as a
//! failed verification), `csrf` 403, `rate_limited` 429, `passkeys_unavailable` 503.

use axum::extract::{Extension, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use webauthn_rs::prelude::PublicKeyCredential;

use super::load;
use crate::error::ApiError;
use crate::middleware::ClientIp;
use crate::pages::passkey::{CsrfJson, go, options, refused, unavailable};
use crate::service::journey::{self, CheckOutcome, Loaded, PasskeyChallenge};
use crate::state::AppState;
use latchkey_i18n::t;

fn expired() -> Response {
    refused(
        StatusCode::BAD_REQUEST,
        "session_expired",
        t("reset-passkey-expired"),
        Some("/reset/verify"),
    )
}

fn blocked() -> Response {
    refused(
        StatusCode::TOO_MANY_REQUESTS,
        "blocked",
        t("reset-passkey-blocked"),
        None,
    )
}

fn not_offered() -> Response {
    refused(
        StatusCode::CONFLICT,
        "not_offered",
        t("reset-passkey-not-offered"),
        Some("/reset/verify"),
    )
}

/// The journey of this browser at the verification step; else the answer to give.
async fn at_verify(state: &AppState, headers: &HeaderMap) -> Result<Loaded, Response> {
    match load(state, headers).await {
        Err(e) => Err(ApiError::from(e).into_response()),
        Ok(None) => Err(expired()),
        Ok(Some(j)) if j.flow.journey.stage != latchkey_core::journey::Stage::Verify => {
            Err(not_offered())
        }
        Ok(Some(j)) => Ok(j),
    }
}

/// The body of `POST /reset/verify/passkey/options`: nothing.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionsBody {}

/// `POST /reset/verify/passkey/options`.
pub async fn passkey_options(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    CsrfJson(_): CsrfJson<OptionsBody>,
) -> Response {
    let j = match at_verify(&state, &headers).await {
        Ok(j) => j,
        Err(r) => return r,
    };
    match journey::passkey_challenge(&state, &j, &ip.0).await {
        Err(e) => ApiError::from(e).into_response(),
        Ok(PasskeyChallenge::Options(o)) => options(o),
        Ok(PasskeyChallenge::NotOffered) => not_offered(),
        Ok(PasskeyChallenge::Blocked) => blocked(),
        Ok(PasskeyChallenge::Unavailable(cause)) => unavailable(&cause),
    }
}

/// The body of `POST /reset/verify/passkey/finish`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinishBody {
    credential: PublicKeyCredential,
}

/// `POST /reset/verify/passkey/finish`.
pub async fn passkey_finish(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    CsrfJson(body): CsrfJson<FinishBody>,
) -> Response {
    let mut j = match at_verify(&state, &headers).await {
        Ok(j) => j,
        Err(r) => return r,
    };
    match journey::check_passkey(&state, &mut j, &body.credential, &ip.0).await {
        Err(e) => ApiError::from(e).into_response(),
        Ok(CheckOutcome::NextMethod) => go("/reset/verify?passed=passkey"),
        Ok(CheckOutcome::ChoosePassword) => go("/reset/password"),
        Ok(CheckOutcome::Unlocked) => go("/reset/done"),
        Ok(CheckOutcome::Blocked) => blocked(),
        Ok(CheckOutcome::NoCode(message)) => {
            refused(StatusCode::BAD_REQUEST, "no_ceremony", t(message), None)
        }
        Ok(CheckOutcome::Wrong(message)) => {
            refused(StatusCode::BAD_REQUEST, "passkey_failed", t(message), None)
        }
        Ok(CheckOutcome::NotOffered | CheckOutcome::Moved | CheckOutcome::ShowQuestions) => {
            not_offered()
        }
    }
}
