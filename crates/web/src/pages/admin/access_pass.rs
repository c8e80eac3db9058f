//! `/admin/users/{id}/access-pass`: issuing and revoking a user's Temporary Access Pass
//! (the rules are in [`crate::service::access_pass`]).

use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::access_pass::PassRequest;
use serde::Deserialize;

use super::users::{load, user_page};
use super::{actor, form_errors, layout};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::access_pass;
use crate::session::RequireAdmin;
use crate::state::AppState;
use crate::views::{PassShownPage, lifetime_words, render};

/// The issue form: lifetime in minutes (10 to 480; missing = 60), one-time or not.
#[derive(Deserialize)]
pub struct IssueForm {
    #[serde(default)]
    lifetime_minutes: String,
    #[serde(default)]
    one_time: Option<String>,
}

/// `POST /admin/users/{id}/access-pass` ([`IssueForm`]): issues a pass (revoking any
/// earlier one) and shows it once; an unusable lifetime re-renders the user's page with
/// the error and status 400.
///
/// Errors: 403 when the viewer may not manage this user, for their own account, or for a
/// failed CSRF check; 404 for an unknown id; 500 when the store fails.
pub async fn issue(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<IssueForm>,
) -> Result<Response, PageError> {
    let user = load(&state, &id).await?;
    let typed = form.lifetime_minutes.trim();
    let req = PassRequest {
        // Anything that isn't a number is refused with the range, as an out-of-range one is.
        lifetime_minutes: if typed.is_empty() {
            latchkey_core::access_pass::DEFAULT_LIFETIME_MINUTES
        } else {
            typed.parse().unwrap_or(0)
        },
        one_time: form.one_time.as_deref() == Some("true"),
    };
    match access_pass::issue(&state, &actor(&a, &ip, &rid), &user, req).await {
        Ok(issued) => Ok(render(&PassShownPage {
            layout: layout(&state, "Temporary Access Pass issued", &csrf, &a),
            user_id: user.id,
            username: user.username.to_string(),
            display_name: user.display_name.clone(),
            pass: issued.pass.expose().to_owned(),
            expires: latchkey_core::clock::rfc3339(issued.expires_at),
            lifetime: lifetime_words(issued.lifetime_minutes),
            one_time: issued.one_time,
        })),
        Err(e) => {
            let errors = form_errors(e)?;
            user_page(&state, &csrf, &a, user, None, errors, None).await
        }
    }
}

/// A form with no fields but the CSRF token.
#[derive(Deserialize)]
pub struct Empty {}

/// `POST /admin/users/{id}/access-pass/revoke`: revokes the user's pass and ends the
/// sessions it opened; back to the user's page with a notice.
///
/// Errors: 403 when the viewer may not manage this user or for a failed CSRF check; 404
/// for an unknown id; 500 when the store fails.
pub async fn revoke(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let user = load(&state, &id).await?;
    let revoked = access_pass::revoke(&state, &actor(&a, &ip, &rid), &user).await?;
    if !revoked {
        let notice = Some("There was no valid Temporary Access Pass to revoke.".to_owned());
        return user_page(&state, &csrf, &a, user, None, Default::default(), notice).await;
    }
    Ok(Redirect::to(&format!("/admin/users/{}?pass_revoked=1", user.id)).into_response())
}
