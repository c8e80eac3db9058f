//! `/report/{token}`: "This wasn't me", from the link in a reset notice. A confirmation
//! page (a mail scanner following the link changes nothing), then the account is blocked
//! from signing in, its sessions end, and the global administrators are told.

use axum::extract::{Extension, Path, State};
use axum::response::Response;
use latchkey_core::store::CodePurpose;
use latchkey_i18n::t;

use crate::audit::Ctx;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::state::AppState;
use crate::views::{Layout, MessagePage, render};

fn owner(state: &AppState, token: &str) -> String {
    format!("report:{}", state.mac(&[b"report", token.as_bytes()]))
}

fn page(state: &AppState, csrf: &str, heading: &str, text: &[String]) -> Response {
    render(&MessagePage {
        layout: Layout::new(state, heading, csrf, None),
        heading: heading.into(),
        paragraphs: text.to_vec(),
        link: None,
        helpdesk: None,
        contact_admin: false,
    })
}

/// `GET /report/{token}`: the "This wasn't me" confirmation page for the token of a
/// reset notice; changes nothing. An unknown or expired token gets "This link has expired"
/// (status 200).
///
/// Errors: 500 when the store fails.
pub async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Path(token): Path<String>,
) -> Result<Response, PageError> {
    let valid = state
        .store
        .code_get(&owner(&state, &token), CodePurpose::Report)
        .await?
        .is_some_and(|r| r.expires_at > state.now());
    if !valid {
        return Ok(page(
            &state,
            &csrf.0,
            &t("account-report-expired-title"),
            &[t("account-report-expired-text")],
        ));
    }
    Ok(render(&crate::views::ReportPage {
        layout: Layout::new(&state, t("account-report-title"), &csrf.0, None),
        token,
    }))
}

/// A form with no fields but the CSRF token (the confirm button).
#[derive(serde::Deserialize, Default)]
pub struct Empty {}

/// `POST /report/{token}`: uses up the token (atomically: of parallel posts, one goes on)
/// and runs [`report_not_me`](crate::service::directory::report_not_me) (sign-in blocked,
/// sessions ended, global administrators told), then shows "Thanks for telling us" with
/// what was done; for the last global administrator, who is not blocked, that their
/// sessions ended and a new password is required. An unknown, expired or already used
/// token gets "This link has expired".
///
/// Errors: 403 for a failed CSRF check, 404 when the token's user no longer exists, 500
/// when the store fails.
pub async fn confirm(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let o = owner(&state, &token);
    let expired = || {
        page(
            &state,
            &csrf.0,
            &t("account-report-expired-title"),
            &[t("account-report-expired-text")],
        )
    };
    let now = state.now();
    let Some(rec) = state
        .store
        .code_get(&o, CodePurpose::Report)
        .await?
        .filter(|r| r.expires_at > now)
    else {
        return Ok(expired());
    };
    // Used up atomically: of any number of posts at once, one goes on.
    if !state
        .store
        .code_consume(&o, CodePurpose::Report, &rec.code_mac, now)
        .await?
    {
        return Ok(expired());
    }
    let id: i64 = rec.destination.parse().map_err(|_| PageError::NotFound)?;
    let user = state.store.user_get(id).await?;
    let ctx = Ctx::new(user.username.as_str(), &ip, &rid);
    let blocked = crate::service::directory::report_not_me(
        &state,
        &ctx,
        &user,
        &crate::service::directory::Reported::PasswordChange,
    )
    .await?;
    let text = if blocked {
        t("account-report-blocked")
    } else {
        // The last global administrator is never blocked: nobody could run Latchkey.
        t("account-report-ended")
    };
    Ok(page(
        &state,
        &csrf.0,
        &t("account-report-thanks-title"),
        &[text],
    ))
}
