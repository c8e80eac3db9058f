//! Users in the admin portal: list and search, create, view, edit contact info, reset
//! the password, change role, block sign-in, delete.

use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::Secret;
use latchkey_core::audit::{Outcome, activity};
use latchkey_core::directory::{ProfileInput, Role, User, Username};
use latchkey_core::password;
use latchkey_core::store::{NewUser, StoreError};
use serde::Deserialize;

use super::{ctx, layout, require_global};
use crate::audit::record;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::session::{Authed, RequireAdmin};
use crate::state::AppState;
use crate::views::{
    FormErrors, NewUserPage, NewUserValues, PasswordShownPage, UserPage, UserRow, UsersPage, render,
};

const PAGE_SIZE: i64 = 25;

fn roles() -> Vec<(&'static str, &'static str)> {
    Role::ALL.iter().map(|r| (r.as_str(), r.label())).collect()
}

fn with_status(mut r: Response, errors: &FormErrors) -> Response {
    if !errors.is_empty() {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    r
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    page: String,
}

fn encode(s: &str) -> String {
    serde_urlencoded::to_string([("q", s)]).unwrap_or_default()
}

pub async fn list(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    let query: ListQuery =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or_default()).unwrap_or_default();
    let q: String = query.q.trim().chars().take(100).collect();
    let page = query.page.parse::<i64>().unwrap_or(1).clamp(1, 1_000_000);
    let found = state
        .store
        .user_list(&q, (page - 1) * PAGE_SIZE, PAGE_SIZE)
        .await?;
    let pages = ((found.total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let link = |p: i64| format!("/admin/users?{}&page={p}", encode(&q));
    Ok(render(&UsersPage {
        layout: layout(&state, "Users", &csrf, &a),
        rows: found.items.iter().map(UserRow::from).collect(),
        q: q.clone(),
        page,
        pages,
        total: found.total,
        prev: (page > 1).then(|| link(page - 1)),
        next: (page < pages).then(|| link(page + 1)),
        can_create: a.user.role == Role::GlobalAdmin,
    }))
}

pub async fn new_page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    require_global(&a)?;
    Ok(render(&NewUserPage {
        layout: layout(&state, "New user", &csrf, &a),
        v: NewUserValues {
            auto_password: true,
            must_change: true,
            role: "user".into(),
            ..Default::default()
        },
        errors: FormErrors::default(),
        roles: roles(),
    }))
}

fn profile_input(v: &NewUserValues) -> ProfileInput {
    ProfileInput {
        first_name: v.first_name.clone(),
        last_name: v.last_name.clone(),
        display_name: v.display_name.clone(),
        email: v.email.clone(),
        alternate_email: v.alternate_email.clone(),
        mobile_phone: v.mobile_phone.clone(),
        office_phone: v.office_phone.clone(),
    }
}

pub async fn create(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(mut v): CsrfForm<NewUserValues>,
) -> Result<Response, PageError> {
    require_global(&a)?;
    let typed_password = std::mem::take(&mut v.password);
    let mut errors = FormErrors::default();
    let username = Username::parse(&v.username)
        .map_err(|e| errors.0.push(e))
        .ok();
    let profile = profile_input(&v)
        .validate()
        .map_err(|e| errors.0.extend(e))
        .ok();
    let role = Role::parse(&v.role).map_err(|e| errors.0.push(e)).ok();
    let password = if v.auto_password {
        password::generate()
    } else if typed_password.is_empty() {
        errors.push(
            "password",
            "Enter a password, or tick 'Automatically create a password'.",
        );
        Secret::default()
    } else {
        let who = crate::protect::subject(
            &state,
            v.username.trim(),
            v.first_name.trim(),
            v.last_name.trim(),
        );
        if let Err(p) = crate::protect::check_new(&state, &who, None, &typed_password, None).await?
        {
            errors.push("password", p.to_string());
        }
        typed_password
    };
    let again = |errors: FormErrors| {
        with_status(
            render(&NewUserPage {
                layout: layout(&state, "New user", &csrf, &a),
                v: v.clone(),
                errors: errors.clone(),
                roles: roles(),
            }),
            &errors,
        )
    };
    let (Some(username), Some(profile), Some(role), true) =
        (username, profile, role, errors.is_empty())
    else {
        return Ok(again(errors));
    };
    let hash = state.hasher.hash(&password).await?;
    let new = NewUser {
        username,
        profile,
        role,
        enabled: true,
        password_hash: hash,
        must_change_password: v.must_change,
    };
    let user = match state.store.user_create(new, state.now()).await {
        Ok(u) => u,
        Err(StoreError::Conflict(_)) => {
            let mut errors = FormErrors::default();
            errors.push(
                "username",
                "That username is already taken. Choose another one.",
            );
            return Ok(again(errors));
        }
        Err(e) => return Err(e.into()),
    };
    record(&state, &ctx(&a, &ip, &rid), activity::ADD_USER, user.username.as_str(), Outcome::Success,
        serde_json::json!({"role": user.role.as_str(), "must_change_password": user.must_change_password,
            "password": if v.auto_password { "generated" } else { "typed" }})).await;
    if v.auto_password {
        Ok(render(&PasswordShownPage {
            layout: layout(&state, "User created", &csrf, &a),
            heading: "User created".into(),
            intro: format!(
                "{} can now sign in with the username and password below.",
                user.display_name
            ),
            user_id: user.id,
            username: user.username.to_string(),
            display_name: user.display_name.clone(),
            password: password.expose().to_owned(),
            must_change: user.must_change_password,
        }))
    } else {
        Ok(Redirect::to(&format!("/admin/users/{}?created=1", user.id)).into_response())
    }
}

fn values_of(u: &User) -> NewUserValues {
    NewUserValues {
        username: u.username.to_string(),
        first_name: u.first_name.clone(),
        last_name: u.last_name.clone(),
        display_name: u.display_name.clone(),
        email: u
            .email
            .as_ref()
            .map(|e| e.as_str().to_owned())
            .unwrap_or_default(),
        alternate_email: u
            .alternate_email
            .as_ref()
            .map(|e| e.as_str().to_owned())
            .unwrap_or_default(),
        mobile_phone: u
            .mobile_phone
            .as_ref()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_default(),
        office_phone: u
            .office_phone
            .as_ref()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_default(),
        role: u.role.as_str().into(),
        auto_password: true,
        must_change: true,
        password: Secret::default(),
    }
}

async fn user_page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    user: User,
    profile: Option<NewUserValues>,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let groups = state.store.groups_of_user(user.id).await?;
    let page = UserPage {
        layout: layout(state, &user.display_name, csrf, a),
        can_manage: a.user.role.may_manage(user.role),
        is_global: a.user.role == Role::GlobalAdmin,
        is_self: a.user.id == user.id,
        profile: profile.unwrap_or_else(|| values_of(&user)),
        user,
        groups,
        errors: errors.clone(),
        notice,
        roles: roles(),
        min_length: crate::protect::load_policy(state).await?.min_length,
    };
    Ok(with_status(render(&page), &errors))
}

async fn load(state: &AppState, id: &str) -> Result<User, PageError> {
    let id: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    Ok(state.store.user_get(id).await?)
}

pub async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    axum::extract::RawQuery(q): axum::extract::RawQuery,
) -> Result<Response, PageError> {
    let user = load(&state, &id).await?;
    let notice = match q.as_deref() {
        Some("created=1") => Some("User created with the password you typed.".to_owned()),
        Some("saved=1") => Some("Saved.".to_owned()),
        _ => None,
    };
    user_page(&state, &csrf, &a, user, None, FormErrors::default(), notice).await
}

fn require_manage(a: &Authed, target: &User) -> Result<(), PageError> {
    if a.user.role.may_manage(target.role) {
        Ok(())
    } else {
        Err(PageError::Forbidden(
            "Password administrators can manage users who aren't administrators. Ask a global administrator.".into(),
        ))
    }
}

pub async fn update_profile(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(v): CsrfForm<NewUserValues>,
) -> Result<Response, PageError> {
    let user = load(&state, &id).await?;
    require_manage(&a, &user)?;
    let profile = match profile_input(&v).validate() {
        Ok(p) => p,
        Err(e) => return user_page(&state, &csrf, &a, user, Some(v), FormErrors(e), None).await,
    };
    let before = values_of(&user);
    let updated = state
        .store
        .user_update_profile(user.id, &profile, state.now())
        .await?;
    let after = values_of(&updated);
    let changed: Vec<&str> = [
        ("first_name", before.first_name != after.first_name),
        ("last_name", before.last_name != after.last_name),
        ("display_name", before.display_name != after.display_name),
        ("email", before.email != after.email),
        (
            "alternate_email",
            before.alternate_email != after.alternate_email,
        ),
        ("mobile_phone", before.mobile_phone != after.mobile_phone),
        ("office_phone", before.office_phone != after.office_phone),
    ]
    .into_iter()
    .filter_map(|(k, c)| c.then_some(k))
    .collect();
    record(
        &state,
        &ctx(&a, &ip, &rid),
        activity::UPDATE_USER,
        updated.username.as_str(),
        Outcome::Success,
        serde_json::json!({"changed": changed}),
    )
    .await;
    Ok(Redirect::to(&format!("/admin/users/{}?saved=1", updated.id)).into_response())
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    auto_password: bool,
    #[serde(default)]
    must_change: bool,
    #[serde(default)]
    password: Secret,
}

pub async fn reset_password(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ResetForm>,
) -> Result<Response, PageError> {
    let user = load(&state, &id).await?;
    require_manage(&a, &user)?;
    let password = if form.auto_password {
        password::generate()
    } else {
        let mut errors = FormErrors::default();
        if form.password.is_empty() {
            errors.push(
                "password",
                "Enter a password, or tick 'Automatically create a password'.",
            );
        } else if let Err(v) = crate::protect::check_new(
            &state,
            &crate::protect::subject_of(&state, &user),
            Some(user.id),
            &form.password,
            None,
        )
        .await?
        {
            errors.push("password", v.to_string());
        }
        if !errors.is_empty() {
            return user_page(&state, &csrf, &a, user, None, errors, None).await;
        }
        form.password.clone()
    };
    // One door for every password change; the user hears of it (and, for an
    // administrator, the other global administrators).
    crate::service::password::admin_reset(
        &state,
        &ctx(&a, &ip, &rid),
        &user,
        &password,
        form.must_change,
        form.auto_password,
        crate::service::password::Via::Portal,
    )
    .await?;
    if form.auto_password {
        Ok(render(&PasswordShownPage {
            layout: layout(&state, "Password reset", &csrf, &a),
            heading: "Password reset".into(),
            intro: format!(
                "The password of {} has been reset, and their sessions were signed out.",
                user.display_name
            ),
            user_id: user.id,
            username: user.username.to_string(),
            display_name: user.display_name.clone(),
            password: password.expose().to_owned(),
            must_change: form.must_change,
        }))
    } else {
        let user = state.store.user_get(user.id).await?;
        user_page(&state, &csrf, &a, user, None, FormErrors::default(),
            Some("The password was reset to the one you typed, and the user's sessions were signed out.".into())).await
    }
}

/// Refuses changes that would leave no enabled global administrator.
async fn keep_last_global(
    state: &AppState,
    target: &User,
    still_global_enabled: bool,
) -> Result<(), PageError> {
    if !still_global_enabled && crate::auth::is_last_global_admin(state, target).await? {
        return Err(PageError::BadRequest(
            "This is the only enabled global administrator. Make someone else a global administrator first.".into(),
        ));
    }
    Ok(())
}

fn refuse_self(a: &Authed, target: &User) -> Result<(), PageError> {
    if a.user.id == target.id {
        return Err(PageError::BadRequest(
            "You can't change your own role, block yourself or delete yourself.".into(),
        ));
    }
    Ok(())
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

pub async fn set_role(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> Result<Response, PageError> {
    require_global(&a)?;
    let user = load(&state, &id).await?;
    refuse_self(&a, &user)?;
    let role = Role::parse(&form.role).map_err(|e| PageError::BadRequest(e.message))?;
    keep_last_global(&state, &user, role == Role::GlobalAdmin).await?;
    state
        .store
        .user_set_role(user.id, role, state.now())
        .await?;
    record(
        &state,
        &ctx(&a, &ip, &rid),
        activity::UPDATE_USER,
        user.username.as_str(),
        Outcome::Success,
        serde_json::json!({"role": {"before": user.role.as_str(), "after": role.as_str()}}),
    )
    .await;
    Ok(Redirect::to(&format!("/admin/users/{}?saved=1", user.id)).into_response())
}

#[derive(Deserialize)]
pub struct EnabledForm {
    #[serde(default)]
    enabled: bool,
}

pub async fn set_enabled(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<EnabledForm>,
) -> Result<Response, PageError> {
    require_global(&a)?;
    let user = load(&state, &id).await?;
    refuse_self(&a, &user)?;
    keep_last_global(&state, &user, form.enabled).await?;
    state
        .store
        .user_set_enabled(user.id, form.enabled, state.now())
        .await?;
    record(
        &state,
        &ctx(&a, &ip, &rid),
        activity::UPDATE_USER,
        user.username.as_str(),
        Outcome::Success,
        serde_json::json!({"enabled": form.enabled}),
    )
    .await;
    Ok(Redirect::to(&format!("/admin/users/{}?saved=1", user.id)).into_response())
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    confirm: bool,
}

pub async fn delete(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, PageError> {
    require_global(&a)?;
    let user = load(&state, &id).await?;
    refuse_self(&a, &user)?;
    if !form.confirm {
        let mut e = FormErrors::default();
        e.push(
            "confirm_delete",
            "Tick the box to confirm that you want to delete this user.",
        );
        return user_page(&state, &csrf, &a, user, None, e, None).await;
    }
    keep_last_global(&state, &user, false).await?;
    state.store.user_delete(user.id).await?;
    record(
        &state,
        &ctx(&a, &ip, &rid),
        activity::DELETE_USER,
        user.username.as_str(),
        Outcome::Success,
        serde_json::json!({}),
    )
    .await;
    Ok(Redirect::to("/admin/users").into_response())
}
