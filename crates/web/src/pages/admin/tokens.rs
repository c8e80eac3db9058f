//! `/admin/tokens`: admin API tokens — list, create (shown once), revoke after a
//! confirmation. Global administrators only; the rules are in [`crate::service::tokens`],
//! the same operations as the API's `/api/v1/tokens` and `latchkey token …`.

use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::directory::Username;
use latchkey_core::store::{StoreError, TokenScope};
use serde::Deserialize;

use super::{actor, form_errors, layout, require_global};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::onprem::utc;
use crate::service::tokens;
use crate::session::{Authed, RequireAdmin};
use crate::state::AppState;
use crate::views::{FormErrors, TokenRow, TokensPage, render};
use latchkey_i18n::t;

/// A moment for people: `2026-11-30 20:23 UTC` in English, as the page always showed it;
/// the language's own date form in the others.
fn when(at: i64) -> String {
    match latchkey_i18n::current() {
        latchkey_i18n::Lang::En => utc(at),
        lang => time::OffsetDateTime::from_unix_timestamp(at)
            .map(|at| latchkey_i18n::format_datetime(lang, at))
            .unwrap_or_default(),
    }
}

/// The page with `form` as typed (`None`: a fresh form for the viewer's own account).
struct Shown {
    errors: FormErrors,
    form: Option<CreateForm>,
    notice: Option<String>,
    created: Option<(TokenRow, String)>,
    confirm: Option<TokenRow>,
}

impl Shown {
    fn plain() -> Self {
        Self {
            errors: FormErrors::default(),
            form: None,
            notice: None,
            created: None,
            confirm: None,
        }
    }
}

async fn page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    shown: Shown,
) -> Result<Response, PageError> {
    let act = actor(a, &ClientIp(String::new()), &RequestId(String::new()));
    let rows = tokens::list(state, &act)
        .await?
        .iter()
        .map(|t| TokenRow::new(t, when))
        .collect();
    let bad = !shown.errors.is_empty();
    let form = shown.form.unwrap_or_else(|| CreateForm {
        owner: a.user.username.to_string(),
        scope: "read".into(),
        ..CreateForm::default()
    });
    let mut r = render(&TokensPage {
        layout: layout(state, &t("admin-tokens-title"), csrf, a),
        tokens: rows,
        errors: shown.errors,
        name: form.name,
        scope: form.scope,
        owner: form.owner,
        form_id: crate::middleware::random_token(),
        notice: shown.notice,
        created: shown.created,
        confirm: shown.confirm,
    });
    if bad {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

/// `GET /admin/tokens`: every token, newest first, and the create form; `?revoked=1` adds
/// a notice.
///
/// Errors: 403 unless a global administrator; 500 when the store fails.
pub async fn list(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    require_global(&a)?;
    let mut shown = Shown::plain();
    if q.as_deref() == Some("revoked=1") {
        shown.notice = Some(t("admin-tokens-revoked"));
    }
    page(&state, &csrf, &a, shown).await
}

/// The create form: name, scope (`read` or `write`), the owner's username, and the form's
/// one-use id.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateForm {
    form_id: String,
    name: String,
    scope: String,
    owner: String,
}

/// `POST /admin/tokens` ([`CreateForm`]): makes a token and shows it once on the page; a
/// bad name, scope or owner re-renders the form with the errors and status 400. Reloading
/// the page that showed a token makes no other.
///
/// Errors: 403 unless a global administrator or for a failed CSRF check; 500 when the store
/// fails.
pub async fn create(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(form): CsrfForm<CreateForm>,
) -> Result<Response, PageError> {
    require_global(&a)?;
    let form_id: String = form.form_id.chars().take(64).collect();
    if form_id.is_empty()
        || !state
            .store
            .captcha_use(&format!("token-form:{form_id}"), state.now() + 86_400)
            .await?
    {
        let mut shown = Shown::plain();
        shown.notice = Some(t("admin-tokens-already-created"));
        return page(&state, &csrf, &a, shown).await;
    }
    let mut errors = FormErrors::default();
    let scope = TokenScope::parse(form.scope.trim());
    if scope.is_none() {
        errors.push("scope", t("admin-tokens-error-scope"));
    }
    let owner = match Username::parse(form.owner.trim()) {
        Ok(name) => match state.store.user_by_username(&name).await {
            Ok(u) => Some(u),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        },
        Err(_) => None,
    };
    if owner.is_none() {
        errors.push("owner", t("admin-tokens-error-owner"));
    }
    if let Err(e) = tokens::parse_name(&form.name) {
        errors.0.extend(form_errors(e)?.0);
    }
    let (Some(scope), Some(owner), true) = (scope, owner, errors.is_empty()) else {
        let mut shown = Shown::plain();
        shown.errors = errors;
        shown.form = Some(form);
        return page(&state, &csrf, &a, shown).await;
    };
    match tokens::create_by(&state, &actor(&a, &ip, &rid), &owner, &form.name, scope).await {
        Ok(made) => {
            let mut shown = Shown::plain();
            shown.created = Some((
                TokenRow::new(&made.record, when),
                made.token.expose().to_owned(),
            ));
            page(&state, &csrf, &a, shown).await
        }
        Err(e) => {
            let mut shown = Shown::plain();
            shown.errors = form_errors(e)?;
            shown.form = Some(form);
            page(&state, &csrf, &a, shown).await
        }
    }
}

fn token_id(raw: &str) -> Result<i64, PageError> {
    raw.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or(PageError::NotFound)
}

/// `GET /admin/tokens/{id}/revoke`: asks to confirm revoking the token (a form that
/// posts to the same address; no script needed).
///
/// Errors: 403 unless a global administrator; 404 for an unknown id; 500 when the store fails.
pub async fn confirm(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let t = tokens::get(&state, &actor(&a, &ip, &rid), token_id(&id)?).await?;
    if t.revoked_at.is_some() {
        return Ok(Redirect::to("/admin/tokens?revoked=1").into_response());
    }
    let mut shown = Shown::plain();
    shown.confirm = Some(TokenRow::new(&t, when));
    page(&state, &csrf, &a, shown).await
}

/// A form with no fields but the CSRF token.
#[derive(Deserialize)]
pub struct Empty {}

/// `POST /admin/tokens/{id}/revoke`: revokes the token (nothing happens for one already
/// revoked) and redirects (303) to `/admin/tokens?revoked=1`.
///
/// Errors: 403 unless a global administrator or for a failed CSRF check; 404 for an
/// unknown id; 500 when the store fails.
pub async fn revoke(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    tokens::revoke_by(&state, &actor(&a, &ip, &rid), token_id(&id)?).await?;
    Ok(Redirect::to("/admin/tokens?revoked=1").into_response())
}
