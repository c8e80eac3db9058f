//! `/account` (the signed-in user's page) and `/password/change` (the forced change at
//! first sign-in or after an admin reset).

use axum::extract::{Extension, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::Secret;
use latchkey_i18n::{Lang, t, tr};
use serde::Deserialize;

use crate::audit::Ctx;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::pages::redirect_with_cookie;
use crate::service::password::{ChangeRefused, change_own_password};
use crate::session::{self, MaybeUser, RequireUser};
use crate::state::AppState;
use crate::views::{AccountPage, ChangePasswordPage, FormErrors, Layout, render};

/// The password change form, posted by My account (`POST /account/password`) and by the
/// forced change (`POST /password/change`). Missing fields are empty.
#[derive(Deserialize)]
pub struct ChangeForm {
    #[serde(default)]
    current_password: Secret,
    #[serde(default)]
    new_password: Secret,
    #[serde(default)]
    confirm_password: Secret,
}

fn refusal_errors(r: ChangeRefused) -> FormErrors {
    let mut e = FormErrors::default();
    match r {
        ChangeRefused::WrongCurrent => e.push("current_password", t("account-wrong-current")),
        ChangeRefused::Locked => e.push("current_password", t("account-locked")),
        ChangeRefused::Policy(v) => {
            let field = if v == latchkey_core::password::PolicyViolation::Mismatch {
                "confirm_password"
            } else {
                "new_password"
            };
            e.push(field, v.to_string());
        }
    }
    e
}

fn missing(form: &ChangeForm) -> FormErrors {
    let mut e = FormErrors::default();
    if form.current_password.is_empty() {
        e.push("current_password", t("account-enter-current"));
    }
    if form.new_password.is_empty() {
        e.push("new_password", t("account-enter-new"));
    }
    if form.confirm_password.is_empty() {
        e.push("confirm_password", t("account-enter-confirm"));
    }
    e
}

async fn account_page(
    state: &AppState,
    csrf: &str,
    a: &session::Authed,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let min_length = crate::protect::load_policy(state).await?.min_length;
    let groups = state.store.groups_of_user(a.user.id).await?;
    let reg = crate::sspr::registry::load(state, a.user.id).await?;
    let mut security_info: Vec<String> = reg
        .push_devices
        .iter()
        .map(|m| method("account-method-push", &m.value))
        .collect();
    security_info.extend(
        reg.apps
            .iter()
            .map(|m| method("account-method-app", &m.value)),
    );
    security_info.extend(
        reg.passkeys
            .iter()
            .map(|m| method("account-method-passkey", &m.value)),
    );
    if let Some(e) = &reg.email {
        security_info.push(method("account-method-email", &e.value));
    }
    if let Some(p) = &reg.mobile {
        security_info.push(method("account-method-mobile", &p.value));
    }
    if let Some(p) = &reg.office {
        security_info.push(method("account-method-office", &p.value));
    }
    if !reg.answers.is_empty() {
        security_info.push(tr(
            "account-method-questions",
            &[("count", reg.answers.len().into())],
        ));
    }
    let language = state
        .store
        .language_of(a.user.id)
        .await?
        .unwrap_or_default();
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    let mut r = render(&AccountPage {
        layout: Layout::new(state, t("account-title"), csrf, Some(a)).section("account"),
        user: a.user.clone(),
        security_info,
        groups,
        min_length,
        errors,
        notice,
        language,
        helpdesk_requests: crate::service::helpdesk::requests_waiting(state, &a.user).await,
    });
    *r.status_mut() = status;
    Ok(r)
}

/// `GET /account`: My account, with the user's groups and registered security info;
/// `?changed=1` adds "Your password has been changed".
///
/// Redirects to `/` when signed out, to `/password/change` or `/setup` when those are
/// pending. Errors: 500 when the store fails.
pub async fn page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireUser(a): RequireUser,
    axum::extract::RawQuery(q): axum::extract::RawQuery,
) -> Result<Response, PageError> {
    let notice = match q.as_deref() {
        Some("changed=1") => Some(t("account-password-changed")),
        Some("language=1") => Some(t("account-language-saved")),
        _ => None,
    };
    account_page(&state, &csrf.0, &a, FormErrors::default(), notice).await
}

/// `POST /account/password` ([`ChangeForm`]): changes the signed-in user's own password.
/// On success starts a fresh session (the change ended every session) and redirects (303) to
/// `/account?changed=1`; a missing field, a wrong current password, a lockout or a policy
/// refusal re-renders My account with the errors and status 400.
///
/// Redirects as [`page`] does when not signed in. Errors: 403 for a failed CSRF check, 503
/// when the hashing pool is full or the external directory refused, 500 when the store
/// fails.
pub async fn change(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireUser(a): RequireUser,
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<Response, PageError> {
    let errors = missing(&form);
    if !errors.is_empty() {
        return account_page(&state, &csrf.0, &a, errors, None).await;
    }
    let ctx = Ctx::new(a.user.username.as_str(), &ip, &rid);
    match change_own_password(
        &state,
        &a.user,
        &form.current_password,
        &form.new_password,
        &form.confirm_password,
        &ctx,
    )
    .await?
    {
        Ok(()) => {
            // Changing the password ended every session, this one too: start a fresh one.
            let cookie = session::start(&state, a.user.id).await?;
            Ok(redirect_with_cookie("/account?changed=1", &cookie))
        }
        Err(r) => account_page(&state, &csrf.0, &a, refusal_errors(r), None).await,
    }
}

/// One line of the security info list: the method's words with its `value`.
fn method(key: &str, value: &str) -> String {
    tr(key, &[("value", value.to_owned().into())])
}

/// The language form, posted to `POST /account/language`: a language code, or empty for
/// the browser's language.
#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    language: String,
}

/// `POST /account/language` ([`LanguageForm`]): saves the language the user reads
/// Latchkey in (on any browser they sign in from) and keeps it in the language cookie;
/// empty (or a code we don't have) forgets the choice and clears the cookie, so the
/// browser's language counts. Redirects (303) to `/account?language=1`.
///
/// Redirects as [`page`] does when not signed in. Errors: 403 for a failed CSRF check,
/// 500 when the store fails.
pub async fn language(
    State(state): State<AppState>,
    RequireUser(a): RequireUser,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, PageError> {
    let lang = Lang::ALL
        .into_iter()
        .find(|l| l.code() == form.language.trim());
    state
        .store
        .language_set(a.user.id, lang.map(Lang::code))
        .await?;
    let cookie = match lang {
        Some(l) => crate::lang::cookie(&state, l),
        None => crate::middleware::set_cookie(
            &state,
            &crate::middleware::cookie_name(&state, crate::lang::COOKIE),
            "",
            "Lax",
            Some(0),
        ),
    };
    Ok(redirect_with_cookie("/account?language=1", &cookie))
}

fn forced_page(
    state: &AppState,
    csrf: &str,
    a: &session::Authed,
    errors: FormErrors,
    min_length: usize,
) -> Response {
    let status = if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::BAD_REQUEST
    };
    let mut r = render(&ChangePasswordPage {
        layout: Layout::new(state, t("account-forced-title"), csrf, Some(a)),
        username: a.user.username.to_string(),
        min_length,
        errors,
    });
    *r.status_mut() = status;
    r
}

/// `GET /password/change`: the forced password change page (after first sign-in or an
/// administrator's reset). Redirects to `/` when signed out and to `/account` when no
/// change is pending.
pub async fn forced(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    MaybeUser(who): MaybeUser,
) -> Response {
    match who {
        None => Redirect::to("/").into_response(),
        // A Temporary Access Pass opens `/setup` only.
        Some(a) if a.access_pass => Redirect::to("/setup").into_response(),
        Some(a) if !a.user.must_change_password => Redirect::to("/account").into_response(),
        Some(a) => {
            let min_length = crate::protect::load_policy(&state)
                .await
                .map(|p| p.min_length)
                .unwrap_or(8);
            forced_page(&state, &csrf.0, &a, FormErrors::default(), min_length)
        }
    }
}

/// `POST /password/change` ([`ChangeForm`]): the forced change. On success starts a fresh
/// session and redirects (303) to `/admin` for administrators, else `/account?changed=1`;
/// refusals re-render the form with status 400. Redirects as [`forced`] does.
///
/// Errors: 403 for a failed CSRF check, 503 when the hashing pool is full or the external
/// directory refused, 500 when the store fails.
pub async fn forced_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    MaybeUser(who): MaybeUser,
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<Response, PageError> {
    let Some(a) = who else {
        return Ok(Redirect::to("/").into_response());
    };
    if a.access_pass {
        return Ok(Redirect::to("/setup").into_response());
    }
    if !a.user.must_change_password {
        return Ok(Redirect::to("/account").into_response());
    }
    let errors = missing(&form);
    if !errors.is_empty() {
        return Ok(forced_page(
            &state,
            &csrf.0,
            &a,
            errors,
            crate::protect::load_policy(&state).await?.min_length,
        ));
    }
    let ctx = Ctx::new(a.user.username.as_str(), &ip, &rid);
    match change_own_password(
        &state,
        &a.user,
        &form.current_password,
        &form.new_password,
        &form.confirm_password,
        &ctx,
    )
    .await?
    {
        Ok(()) => {
            let cookie = session::start(&state, a.user.id).await?;
            let home = if a.user.role.is_admin() {
                "/admin"
            } else {
                "/account?changed=1"
            };
            Ok(redirect_with_cookie(home, &cookie))
        }
        Err(r) => Ok(forced_page(
            &state,
            &csrf.0,
            &a,
            refusal_errors(r),
            crate::protect::load_policy(&state).await?.min_length,
        )),
    }
}
