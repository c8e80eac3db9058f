//! `/password/strength`: the strength meter's server side (the password goes only to our
//! own server, over the same origin, and is never stored or logged), and
//! `/admin/password-protection`: the password policy, the custom banned list and a tester.

use axum::Json;
use axum::extract::{Extension, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::Secret;
use latchkey_core::directory::Role;
use latchkey_core::protect::ProtectionPolicy;
use latchkey_i18n::t;
use serde::Deserialize;
use std::collections::HashMap;

use super::admin::{ctx, layout, require_global};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::protect::{evaluate, load_policy, subject, subject_of};
use crate::service::{ServiceError, changed_meanwhile_words, policy};
use crate::session::{MaybeUser, RequireAdmin};
use crate::state::AppState;
use crate::views::{FormErrors, ProtectionPage, TesterView, render};

/// The strength meter's request, posted by the page's script to `POST /password/strength`:
/// the candidate password, and the typed username when nobody is signed in.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StrengthForm {
    password: Secret,
    username: String,
}

/// The meter's words for each score, 0 to 4.
const LABELS: [&str; 5] = [
    "admin-protection-strength-0",
    "admin-protection-strength-1",
    "admin-protection-strength-2",
    "admin-protection-strength-3",
    "admin-protection-strength-4",
];

/// Scores a candidate password for the meter. Accepts the page's CSRF token like a form.
pub async fn strength(
    State(state): State<AppState>,
    MaybeUser(who): MaybeUser,
    CsrfForm(f): CsrfForm<StrengthForm>,
) -> Result<Response, PageError> {
    let typed: String = f.username.trim().chars().take(113).collect();
    let subj = match &who {
        Some(a) => subject_of(&state, &a.user),
        None => subject(&state, &typed, "", ""),
    };
    let (v, _) = evaluate(&state, f.password.expose(), &subj).await?;
    let s = &v.strength;
    Ok(Json(serde_json::json!({
        "score": s.score,
        "label": t(LABELS[usize::from(s.score.min(4))]),
        "warning": s.warning,
        "suggestions": s.suggestions,
        "acceptable": v.result.is_ok(),
        "reason": v.result.as_ref().err().map(|e| e.to_string()),
        "code": v.result.as_ref().err().map(|e| e.code()),
    }))
    .into_response())
}

async fn page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &crate::session::Authed,
    policy: ProtectionPolicy,
    errors: FormErrors,
    notice: Option<String>,
    tested: Option<TesterView>,
) -> Result<Response, PageError> {
    let bad = !errors.is_empty();
    let mut r = render(&ProtectionPage {
        layout: layout(state, &t("admin-protection-title"), csrf, a),
        custom_terms: policy.custom_terms.join("\n"),
        policy,
        breached_entries: state.breached.as_ref().map(|f| f.entries()),
        can_edit: a.user.role == Role::GlobalAdmin,
        errors,
        notice,
        tested,
    });
    if bad {
        *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

/// `GET /admin/password-protection`: the password policy page; editable by global
/// administrators only. `?saved=1` adds "Your changes were saved".
///
/// Administrators only (see [`RequireAdmin`]). Errors: 500 when the store fails or the
/// stored policy is unreadable.
pub async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let notice = (q.as_deref() == Some("saved=1")).then(|| t("admin-protection-saved"));
    page(
        &state,
        &csrf,
        &a,
        load_policy(&state).await?,
        FormErrors::default(),
        notice,
        None,
    )
    .await
}

/// `POST /admin/password-protection`: saves the policy form (minimum length, history,
/// minimum strength, character classes, custom banned terms one a line, breached check) and
/// redirects (303) to `?saved=1`; a value out of range re-renders the page with the errors
/// and status 400. When someone else changed the policy while it was saved, nothing is
/// saved and the page is shown again as typed, with the error and status 409.
///
/// Errors: 403 for a password administrator or a failed CSRF check, 500 when the store
/// fails.
pub async fn save(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(f): CsrfForm<HashMap<String, String>>,
) -> Result<Response, PageError> {
    require_global(&a)?;
    let before = policy::load_password(&state).await?;
    let get = |k: &str| f.get(k).map(|s| s.trim().to_owned()).unwrap_or_default();
    let mut errors = FormErrors::default();
    let mut after = before.value.clone();
    match get("min_length").parse::<usize>() {
        Ok(n) => after.min_length = n,
        Err(_) => errors.push("min_length", t("admin-protection-error-min-length")),
    }
    match get("history").parse::<u8>() {
        Ok(n) => after.history = n,
        Err(_) => errors.push("history", t("admin-protection-error-history")),
    }
    match get("min_score").parse::<u8>() {
        Ok(n) => after.min_score = n,
        Err(_) => errors.push("min_score", t("admin-protection-error-min-score")),
    }
    after.require_classes = get("require_classes") == "true";
    after.enforce_custom = get("enforce_custom") == "true";
    after.check_breached = get("check_breached") == "true";
    let mut terms: Vec<String> = Vec::new();
    for t in get("custom_terms")
        .lines()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        if !terms.iter().any(|x| x.eq_ignore_ascii_case(t)) {
            terms.push(t.to_owned());
        }
    }
    after.custom_terms = terms;
    if errors.is_empty()
        && let Err(e) = after.validate()
    {
        errors.0.extend(e);
    }
    if !errors.is_empty() {
        return page(&state, &csrf, &a, after, errors, None, None).await;
    }
    match policy::save_password(
        &state,
        &ctx(&a, &ip, &rid),
        &before,
        &after,
        serde_json::json!({}),
    )
    .await
    {
        Ok(()) => Ok(Redirect::to("/admin/password-protection?saved=1").into_response()),
        Err(ServiceError::ChangedMeanwhile) => {
            // Shown again as typed, above the form, so it can be checked and saved again.
            errors.push("require_classes", changed_meanwhile_words());
            let mut r = page(&state, &csrf, &a, after, errors, None, None).await?;
            *r.status_mut() = axum::http::StatusCode::CONFLICT;
            Ok(r)
        }
        Err(e) => Err(e.into()),
    }
}

/// The tester box's form, posted to `POST /admin/password-protection/test`: the sample.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TestForm {
    sample: Secret,
}

/// The tester box: scores a sample password under the saved policy; nothing is stored.
pub async fn test(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(f): CsrfForm<TestForm>,
) -> Result<Response, PageError> {
    let policy = load_policy(&state).await?;
    let tested = crate::service::tester::test_password(&state, f.sample.expose()).await?;
    let verdict = tested.verdict();
    let detail = tested.detail();
    page(
        &state,
        &csrf,
        &a,
        policy,
        FormErrors::default(),
        None,
        Some(TesterView {
            accepted: tested.accepted,
            verdict,
            detail,
        }),
    )
    .await
}
