//! `/account/confirm`: "Confirm it's you". Changing security info needs the password
//! proved in the last ten minutes (`session.step_up_minutes`,
//! [`require_recent_password`](crate::service::registration::require_recent_password)); an older session
//! is sent here first ([`PageError::StepUpRequired`]). The password is checked exactly as
//! at sign-in ([`crate::auth::sign_in`]: the smart lockout, pass-through binds to an
//! on-premises directory, the hashing pool), and a right one opens a new session
//! ([`session::open_step_up`], a new cookie) before the user goes back to `next`.

use askama::Template;
use axum::extract::{Extension, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use latchkey_core::Secret;
use latchkey_i18n::t;
use serde::Deserialize;

use crate::audit::Ctx;
use crate::auth::{SignIn, sign_in};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::pages::redirect_with_cookie;
use crate::pages::signin::locked;
use crate::session::{self, Authed, SetupUser};
use crate::state::AppState;
use crate::views::{FormErrors, Layout, render};

/// Where the user goes when `next` is missing or not one of ours.
const FALLBACK: &str = "/setup";

/// `templates/confirm.html`: "Confirm it's you" (`GET`/`POST /account/confirm`).
#[derive(Template)]
#[template(path = "confirm.html")]
pub struct ConfirmPage {
    /// Shared layout.
    pub layout: Layout,
    /// Whose password it is, for password managers.
    pub username: String,
    /// Where the user goes once confirmed (already checked by [`safe_next`]).
    pub next: String,
    /// Problems with the form: the password field.
    pub errors: FormErrors,
}

/// `next` when it is a page of ours to come back to: a local path under `/setup` or
/// `/account` (not this page), in plain characters; else `/setup`. Nothing else is
/// followed, so the page can't send anyone to another site.
pub fn safe_next(next: &str) -> &str {
    let under = |root: &str| {
        next.strip_prefix(root)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?']))
    };
    let plain = next.len() <= 200
        && next
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/?=&-_.".contains(c))
        && !next.contains("//")
        && !next.contains("..");
    if plain && (under("/setup") || under("/account")) && !under("/account/confirm") {
        next
    } else {
        FALLBACK
    }
}

/// The `next` of a query string (`?next=/setup/app`), checked; `/setup` when there is none.
fn next_of(query: Option<&str>) -> String {
    let pairs: Vec<(String, String)> = query
        .and_then(|q| serde_urlencoded::from_str(q).ok())
        .unwrap_or_default();
    let next = pairs
        .iter()
        .find(|(k, _)| k == "next")
        .map_or("", |(_, v)| v.as_str());
    safe_next(next).to_owned()
}

fn confirm_page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    next: String,
    errors: FormErrors,
) -> Response {
    let bad = !errors.is_empty();
    let mut r = render(&ConfirmPage {
        layout: Layout::new(state, t("account-confirm-title"), &csrf.0, Some(a)).section("account"),
        username: a.user.username.to_string(),
        next,
        errors,
    });
    if bad {
        *r.status_mut() = StatusCode::UNAUTHORIZED;
    }
    r
}

/// `GET /account/confirm?next=…`: the password form. Redirects to `/` when signed out and
/// to `/password/change` when that is pending.
pub async fn page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
    RawQuery(q): RawQuery,
) -> Response {
    confirm_page(
        &state,
        &csrf,
        &a,
        next_of(q.as_deref()),
        FormErrors::default(),
    )
}

/// The form of `POST /account/confirm`. Missing fields are empty.
#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    password: Secret,
    #[serde(default)]
    next: String,
}

/// `POST /account/confirm` ([`ConfirmForm`]): checks the password as sign-in does. When
/// right, a new session (a new cookie) and a redirect (303) to `next` (checked: else
/// `/setup`); when wrong (counted toward the lockout), empty or locked, the form again
/// with status 401 (400 when empty). The password is never shown back.
///
/// Errors: 403 for a failed CSRF check, 503 when the hashing pool is full or the
/// on-premises directory can't check the password, 500 when the store fails.
pub async fn submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, PageError> {
    let next = safe_next(&form.next).to_owned();
    let again = |message: &str| {
        let mut errors = FormErrors::default();
        errors.push("password", message);
        confirm_page(&state, &csrf, &a, next.clone(), errors)
    };
    if form.password.is_empty() {
        let mut r = again(&t("account-confirm-empty"));
        *r.status_mut() = StatusCode::BAD_REQUEST;
        return Ok(r);
    }
    let username = a.user.username.as_str();
    let ctx = Ctx::new(username, &ip, &rid);
    match sign_in(&state, username, &form.password, &ctx).await? {
        SignIn::Success(user) if user.id == a.user.id => {
            let cookie = session::open_step_up(&state, &headers, &user, &ctx).await?;
            Ok(redirect_with_cookie(&next, &cookie))
        }
        SignIn::Success(_) | SignIn::Invalid => Ok(again(&t("account-confirm-wrong"))),
        SignIn::Locked(_) => Ok(again(&locked())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_pages_are_followed() {
        for ok in [
            "/setup",
            "/setup/app",
            "/setup/questions",
            "/setup?added=1",
            "/account",
        ] {
            assert_eq!(safe_next(ok), ok);
        }
        for bad in [
            "",
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "/setup//evil.example",
            "/setupevil",
            "/admin",
            "/account/confirm",
            "/account/confirm?next=/setup",
            "/setup/../admin",
            "/setup\r\nLocation: https://evil.example/",
            " /setup",
            "javascript:alert(1)",
        ] {
            assert_eq!(safe_next(bad), "/setup", "{bad:?}");
        }
        assert_eq!(next_of(Some("next=%2Fsetup%2Fapp")), "/setup/app");
        assert_eq!(
            next_of(Some("next=https%3A%2F%2Fevil.example%2F")),
            "/setup"
        );
        assert_eq!(next_of(Some("next=%zz")), "/setup");
        assert_eq!(next_of(None), "/setup");
    }
}
