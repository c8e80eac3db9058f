//! `/admin/users/{id}/access-pass`: issuing and revoking a user's Temporary Access Pass
//! (the rules are in [`crate::service::access_pass`]).

use axum::extract::{Extension, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::access_pass::PassRequest;
use latchkey_i18n::t;
use serde::Deserialize;

use super::users::{load, user_page};
use super::{actor, form_errors, layout};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::access_pass;
use crate::session::RequireAdmin;
use crate::state::AppState;
use crate::views::{PassShownPage, admin_datetime, lifetime_words, render};

/// The issue form: lifetime in minutes (10 to 480; missing = 60), one-time or not, and
/// the form's one-use id.
#[derive(Deserialize)]
pub struct IssueForm {
    #[serde(default)]
    form_id: String,
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
    let actor = actor(&a, &ip, &rid);
    access_pass::may_issue(&actor, &user)?;
    // Each form issues once: reloading the page that showed the pass (or going back to
    // it) must not silently replace the pass just read out to the person.
    let form_id: String = form.form_id.chars().take(64).collect();
    if form_id.is_empty()
        || !state
            .store
            .captcha_use(&format!("access-pass-form:{form_id}"), state.now() + 86_400)
            .await?
    {
        let notice = Some(t("admin-user-pass-already-shown"));
        return user_page(&state, &csrf, &a, user, None, Default::default(), notice).await;
    }
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
    match access_pass::issue(&state, &actor, &user, req).await {
        Ok(issued) => Ok(render(&PassShownPage {
            layout: layout(&state, &t("admin-pass-shown-title"), &csrf, &a),
            user_id: user.id,
            username: user.username.to_string(),
            display_name: user.display_name.clone(),
            pass: issued.pass.expose().to_owned(),
            expires: latchkey_core::clock::rfc3339(issued.expires_at),
            expires_text: admin_datetime(issued.expires_at),
            lifetime: lifetime_words(issued.lifetime_minutes),
            one_time: issued.one_time,
            notices: issued.notices,
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
        let notice = Some(t("admin-user-pass-none-to-revoke"));
        return user_page(&state, &csrf, &a, user, None, Default::default(), notice).await;
    }
    Ok(Redirect::to(&format!("/admin/users/{}?pass_revoked=1", user.id)).into_response())
}
