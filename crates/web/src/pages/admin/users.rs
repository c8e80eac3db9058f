//! Users in the admin portal: list and search, create, view, edit contact info, reset
//! the password, change role, block sign-in, delete.

use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::Secret;
use latchkey_core::directory::{ProfileInput, Role, User};
use latchkey_i18n::{t, tr};
use serde::Deserialize;

use super::{actor, ctx, form_errors, layout, require_global};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::directory::{self, NewUserInput, ProfilePatch, UserUpdate};
use crate::session::{Authed, RequireAdmin};
use crate::state::AppState;
use crate::views::{
    FormErrors, NewUserPage, NewUserValues, PasswordShownPage, UserPage, UserRow, UsersPage,
    admin_datetime, render, roles,
};

const PAGE_SIZE: i64 = 25;

fn with_status(mut r: Response, errors: &FormErrors) -> Response {
    if !errors.is_empty() {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    r
}

/// The query of `GET /admin/users`: `q`, text the username or names contain (any case,
/// at most 100 characters), and `page`, from 1.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    page: String,
}

fn encode(s: &str) -> String {
    serde_urlencoded::to_string([("q", s)]).unwrap_or_default()
}

/// `GET /admin/users`: users matching `q` ([`ListQuery`]), 25 a page, by username; the
/// create button for global administrators.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 500 when the store fails.
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
        layout: layout(&state, &t("admin-users-title"), &csrf, &a),
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

/// `GET /admin/users/new`: the empty new-user form (generated password, change required at
/// next sign-in, role user).
///
/// Errors: 403 unless a global administrator.
pub async fn new_page(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
) -> Result<Response, PageError> {
    require_global(&a)?;
    Ok(render(&NewUserPage {
        layout: layout(&state, &t("admin-users-new-title"), &csrf, &a),
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

/// `POST /admin/users/new` ([`NewUserValues`]): creates the user. A generated password is
/// shown once on the next page; with a typed one, redirects (303) to the user's page with
/// `?created=1`. Every problem (fields, role, a taken username, a refused password)
/// re-renders the form at once, with status 400.
///
/// Errors: 403 unless a global administrator or for a failed CSRF check, 503 when the
/// hashing pool is full, 500 when the store fails.
pub async fn create(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(mut v): CsrfForm<NewUserValues>,
) -> Result<Response, PageError> {
    let typed_password = std::mem::take(&mut v.password);
    let again = |errors: FormErrors| {
        with_status(
            render(&NewUserPage {
                layout: layout(&state, &t("admin-users-new-title"), &csrf, &a),
                v: v.clone(),
                errors: errors.clone(),
                roles: roles(),
            }),
            &errors,
        )
    };
    // What only this form can get wrong: the role list and the password box. Shown with
    // every other problem at once.
    let mut own = FormErrors::default();
    let role = Role::parse(&v.role).map_err(|e| own.0.push(e)).ok();
    let password = match (v.auto_password, typed_password.is_empty()) {
        (true, _) => None,
        (false, false) => Some(typed_password),
        (false, true) => {
            own.push("password", t("admin-user-enter-password"));
            None
        }
    };
    let (Some(role), true) = (role, own.is_empty()) else {
        let mut errors = FormErrors(
            directory::validate_new_user(&v.username, &profile_input(&v))
                .err()
                .unwrap_or_default(),
        );
        errors.0.extend(own.0);
        return Ok(again(errors));
    };
    let input = NewUserInput {
        username: v.username.clone(),
        profile: profile_input(&v),
        role,
        password,
        must_change_password: v.must_change,
    };
    let created = match directory::create_user(&state, &actor(&a, &ip, &rid), input).await {
        Ok(c) => c,
        Err(e) => return Ok(again(form_errors(e)?)),
    };
    let user = created.user;
    match created.generated {
        Some(password) => Ok(render(&PasswordShownPage {
            layout: layout(&state, &t("admin-users-created-title"), &csrf, &a),
            heading: t("admin-users-created-title"),
            intro: tr(
                "admin-users-created-intro",
                &[("name", user.display_name.clone().into())],
            ),
            user_id: user.id,
            username: user.username.to_string(),
            display_name: user.display_name.clone(),
            password: password.expose().to_owned(),
            must_change: user.must_change_password,
        })),
        None => Ok(Redirect::to(&format!("/admin/users/{}?created=1", user.id)).into_response()),
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

/// The contact fields as a viewer may see them: in full for a global administrator,
/// masked (`m***@contoso.com`, `+1 ******0100`) for a password administrator, who
/// manages passwords and needs no one's addresses or numbers.
fn contact_for(viewer: Role, mut v: NewUserValues) -> NewUserValues {
    if viewer != Role::GlobalAdmin {
        for f in [
            &mut v.email,
            &mut v.alternate_email,
            &mut v.mobile_phone,
            &mut v.office_phone,
        ] {
            if !f.is_empty() {
                *f = latchkey_notify::mask_recipient(f);
            }
        }
    }
    v
}

/// A posted contact field left as it was shown masked keeps the stored value; a new value
/// (or an empty field) replaces it.
fn unmask_posted(viewer: Role, user: &User, mut v: NewUserValues) -> NewUserValues {
    let stored = values_of(user);
    let shown = contact_for(viewer, stored.clone());
    if viewer != Role::GlobalAdmin {
        for (posted, shown, stored) in [
            (&mut v.email, shown.email, stored.email),
            (
                &mut v.alternate_email,
                shown.alternate_email,
                stored.alternate_email,
            ),
            (&mut v.mobile_phone, shown.mobile_phone, stored.mobile_phone),
            (&mut v.office_phone, shown.office_phone, stored.office_phone),
        ] {
            if !shown.is_empty() && posted.trim() == shown {
                *posted = stored;
            }
        }
    }
    v
}

pub(super) async fn user_page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    user: User,
    profile: Option<NewUserValues>,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<Response, PageError> {
    user_page_with(state, csrf, a, user, profile, errors, notice, None).await
}

/// [`user_page`] with the manager field as typed (`manager_typed`), after a refused change.
#[expect(clippy::too_many_arguments, reason = "one page's parts")]
async fn user_page_with(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    user: User,
    profile: Option<NewUserValues>,
    errors: FormErrors,
    notice: Option<String>,
    manager_typed: Option<String>,
) -> Result<Response, PageError> {
    let groups = state.store.groups_of_user(user.id).await?;
    let user_for_pass = user.clone();
    let act = super::actor(a, &ClientIp(String::new()), &RequestId(String::new()));
    // What stands between this viewer and the reset and pass forms, in words.
    let manages = a.user.role.may_manage(user.role) && a.user.id != user.id;
    let needs_verification = if manages {
        verify_first(crate::service::helpdesk::gate::authorize(state, &act, &user).await)?
    } else {
        None
    };
    // A pass is a ticket to register security info: it needs one of the caller's own
    // methods, not their manager's approval alone.
    let pass_needs_verification = if manages {
        verify_first(crate::service::helpdesk::gate::authorize_details(state, &act, &user).await)?
    } else {
        None
    };
    let manager = crate::service::managers::manager_of(state, &user).await?;
    let page = UserPage {
        manager_typed: manager_typed.unwrap_or_else(|| {
            manager
                .as_ref()
                .map(|m| m.username.to_string())
                .unwrap_or_default()
        }),
        manager,
        needs_verification,
        pass_needs_verification,
        layout: layout(state, &user.display_name, csrf, a),
        can_manage: a.user.role.may_manage(user.role),
        is_global: a.user.role == Role::GlobalAdmin,
        is_self: a.user.id == user.id,
        // Posted values are shown as typed (masked ones stay masked); stored ones as the
        // viewer may see them.
        profile: profile.unwrap_or_else(|| contact_for(a.user.role, values_of(&user))),
        user,
        groups,
        errors: errors.clone(),
        notice,
        roles: roles(),
        min_length: crate::protect::load_policy(state).await?.min_length,
        access_pass: pass_status(state, &user_for_pass).await?,
        pass_form_id: crate::middleware::random_token(),
    };
    Ok(with_status(render(&page), &errors))
}

/// What the user page shows of the user's Temporary Access Pass; `None` when there is
/// neither a usable pass nor an open pass session.
async fn pass_status(
    state: &AppState,
    user: &User,
) -> Result<Option<crate::views::PassStatus>, PageError> {
    let now = crate::service::access_pass::current(state, user).await?;
    if !now.active() {
        return Ok(None);
    }
    let mut v = crate::views::PassStatus {
        session_until: now.session_until.map(admin_datetime),
        ..Default::default()
    };
    if let Some(p) = now.pass {
        v.expires = Some((
            latchkey_core::clock::rfc3339(p.expires_at),
            admin_datetime(p.expires_at),
        ));
        v.one_time = p.one_time;
        v.used = p.used_at.is_some();
        v.issued_by = latchkey_core::access_pass::issuer_words(&p.issued_by);
    }
    Ok(Some(v))
}

pub(super) async fn load(state: &AppState, id: &str) -> Result<User, PageError> {
    let id: i64 = id.parse().map_err(|_| PageError::NotFound)?;
    Ok(state.store.user_get(id).await?)
}

/// `GET /admin/users/{id}`: a user's page: profile, groups and the controls the viewer's
/// role allows; `?created=1` and `?saved=1` add a notice.
///
/// Administrators only (see [`RequireAdmin`]). Errors: 404 for an unknown id, 500 when the
/// store fails.
pub async fn show(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    axum::extract::RawQuery(q): axum::extract::RawQuery,
) -> Result<Response, PageError> {
    let user = load(&state, &id).await?;
    let notice = match q.as_deref() {
        Some("created=1") => Some(t("admin-user-created-typed")),
        Some("saved=1") => Some(t("admin-user-saved")),
        Some("pass_revoked=1") => Some(t("admin-user-pass-revoked")),
        _ => None,
    };
    user_page(&state, &csrf, &a, user, None, FormErrors::default(), notice).await
}

/// `POST /admin/users/{id}/profile` ([`NewUserValues`]; the profile fields are used):
/// saves the profile (a contact field posted back as it was shown masked keeps its
/// value) and redirects (303) to the user's page with `?saved=1`; invalid input
/// re-renders it with the errors and status 400.
///
/// Errors: 403 when the viewer may not manage this user or for a failed CSRF check, 404 for
/// an unknown id, 500 when the store fails.
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
    let posted = v.clone();
    let v = unmask_posted(a.user.role, &user, v);
    let update = UserUpdate {
        profile: ProfilePatch::all(profile_input(&v)),
        ..Default::default()
    };
    match directory::update_user(&state, &actor(&a, &ip, &rid), &user, update).await {
        Ok(updated) => {
            Ok(Redirect::to(&format!("/admin/users/{}?saved=1", updated.id)).into_response())
        }
        Err(e) => {
            let errors = form_errors(e)?;
            user_page(&state, &csrf, &a, user, Some(posted), errors, None).await
        }
    }
}

/// The manager form on a user's page: a username, or empty to remove the manager.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ManagerForm {
    manager: String,
}

/// `POST /admin/users/{id}/manager` ([`ManagerForm`]): sets or removes the user's manager
/// and redirects (303) to the user's page with `?saved=1`; a username that names no other
/// account, or a change the helpdesk rules refuse, re-renders the page with the error on
/// the field (what was typed kept) and status 400.
///
/// Errors: 400 for their own account; 403 when the viewer may not manage this user or a
/// failed CSRF check; 404 for an unknown id; 409 for an account from the on-premises
/// directory; 500 when the store fails.
pub async fn set_manager(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ManagerForm>,
) -> Result<Response, PageError> {
    let user = load(&state, &id).await?;
    let typed: String = form.manager.chars().take(256).collect();
    let act = actor(&a, &ip, &rid);
    let mut errors = FormErrors::default();
    match crate::service::managers::set_manager(&state, &act, &user, &typed).await {
        Ok(_) => {
            return Ok(Redirect::to(&format!("/admin/users/{}?saved=1", user.id)).into_response());
        }
        Err(crate::service::ServiceError::Invalid(e)) => errors = FormErrors(e),
        Err(crate::service::ServiceError::Helpdesk(r)) => {
            errors.push("manager", t(r.message_key()));
        }
        Err(e) => return Err(e.into()),
    }
    let page = user_page_with(&state, &csrf, &a, user, None, errors, None, Some(typed));
    page.await
}

/// The reset-password form on a user's page, posted to
/// `POST /admin/users/{id}/reset-password`: generate or type the password, and whether it
/// must be changed at next sign-in. Missing fields are false or empty.
#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    auto_password: bool,
    #[serde(default)]
    must_change: bool,
    #[serde(default)]
    password: Secret,
}

/// `POST /admin/users/{id}/reset-password` ([`ResetForm`]): sets a new password, ends the
/// user's sessions and tells them. A generated password is shown once on the next page; a
/// typed one must pass the policy (else the user's page re-renders with the error and
/// status 400).
///
/// Errors: 403 when the viewer may not manage this user or for a failed CSRF check, 404 for
/// an unknown id, 503 when the hashing pool is full or the external directory refused,
/// 500 when the store fails.
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
    if !form.auto_password && form.password.is_empty() {
        let mut errors = FormErrors::default();
        errors.push("password", t("admin-user-enter-password"));
        return user_page(&state, &csrf, &a, user, None, errors, None).await;
    }
    let typed = (!form.auto_password).then(|| form.password.clone());
    // One door for every password change, with its rules; the user hears of it (and, for
    // an administrator, the other global administrators).
    let actor = crate::service::directory::Actor::portal(&a.user, ctx(&a, &ip, &rid));
    let generated =
        match crate::service::password::admin_reset(&state, &actor, &user, typed, form.must_change)
            .await
        {
            Ok(g) => g,
            Err(crate::service::ServiceError::Password(v)) => {
                let mut errors = FormErrors::default();
                errors.push("password", v.to_string());
                return user_page(&state, &csrf, &a, user, None, errors, None).await;
            }
            Err(crate::service::ServiceError::Forbidden(_)) => {
                return Err(PageError::Forbidden(t("errors-page-manage-admins")));
            }
            Err(e) => return Err(e.into()),
        };
    if let Some(password) = generated {
        Ok(render(&PasswordShownPage {
            layout: layout(&state, &t("admin-user-reset-title"), &csrf, &a),
            heading: t("admin-user-reset-title"),
            intro: tr(
                "admin-user-reset-intro",
                &[("name", user.display_name.clone().into())],
            ),
            user_id: user.id,
            username: user.username.to_string(),
            display_name: user.display_name.clone(),
            password: password.expose().to_owned(),
            must_change: form.must_change,
        }))
    } else {
        let user = state.store.user_get(user.id).await?;
        user_page(
            &state,
            &csrf,
            &a,
            user,
            None,
            FormErrors::default(),
            Some(t("admin-user-reset-typed")),
        )
        .await
    }
}

/// The role form on a user's page, posted to `POST /admin/users/{id}/role`: `user`,
/// `password_admin` or `global_admin`.
#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

/// `POST /admin/users/{id}/role` ([`RoleForm`]): changes the role and redirects (303) to
/// the user's page with `?saved=1`.
///
/// Errors: 400 for an unknown role, for the viewer's own role, or when no enabled global
/// administrator would remain; 403 unless a global administrator or for a failed CSRF
/// check; 404 for an unknown id; 500 when the store fails.
pub async fn set_role(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> Result<Response, PageError> {
    let user = load(&state, &id).await?;
    let role = Role::parse(&form.role).map_err(|e| PageError::BadRequest(e.message))?;
    let update = UserUpdate {
        role: Some(role),
        ..Default::default()
    };
    directory::update_user(&state, &actor(&a, &ip, &rid), &user, update).await?;
    Ok(Redirect::to(&format!("/admin/users/{}?saved=1", user.id)).into_response())
}

/// The sign-in form on a user's page, posted to `POST /admin/users/{id}/enabled`: whether
/// the user may sign in (missing: blocked).
#[derive(Deserialize)]
pub struct EnabledForm {
    #[serde(default)]
    enabled: bool,
}

/// `POST /admin/users/{id}/enabled` ([`EnabledForm`]): allows or blocks sign-in and
/// redirects (303) to the user's page with `?saved=1`.
///
/// Errors: 400 for the viewer's own account, or when no enabled global administrator would
/// remain; 403 unless a global administrator or for a failed CSRF check; 404 for an unknown
/// id; 500 when the store fails.
pub async fn set_enabled(
    State(state): State<AppState>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<EnabledForm>,
) -> Result<Response, PageError> {
    let user = load(&state, &id).await?;
    let update = UserUpdate {
        enabled: Some(form.enabled),
        ..Default::default()
    };
    directory::update_user(&state, &actor(&a, &ip, &rid), &user, update).await?;
    Ok(Redirect::to(&format!("/admin/users/{}?saved=1", user.id)).into_response())
}

/// The delete form on a user's page, posted to `POST /admin/users/{id}/delete`: the
/// confirmation box.
#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    confirm: bool,
}

/// `POST /admin/users/{id}/delete` ([`ConfirmForm`]): deletes the user and redirects (303)
/// to `/admin/users`; without the box ticked, re-renders the user's page with the error and
/// status 400.
///
/// Errors: 400 for the viewer's own account, or when no enabled global administrator would
/// remain; 403 unless a global administrator or for a failed CSRF check; 404 for an unknown
/// id; 500 when the store fails.
pub async fn delete(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, PageError> {
    let user = load(&state, &id).await?;
    if !form.confirm {
        let mut e = FormErrors::default();
        e.push("confirm_delete", t("admin-user-confirm-delete-error"));
        return user_page(&state, &csrf, &a, user, None, e, None).await;
    }
    directory::delete_user(&state, &actor(&a, &ip, &rid), &user).await?;
    Ok(Redirect::to("/admin/users").into_response())
}

/// What stands between the viewer and an action on someone's account, in words (`None`:
/// nothing), from the helpdesk gate's answer.
fn verify_first(
    gate: Result<Option<i64>, crate::service::ServiceError>,
) -> Result<Option<String>, PageError> {
    use latchkey_core::helpdesk::Refusal;
    match gate {
        Ok(_) => Ok(None),
        Err(crate::service::ServiceError::Helpdesk(Refusal::ApprovalNeeded)) => {
            Ok(Some(t("helpdesk-verify-first-approval")))
        }
        Err(crate::service::ServiceError::Helpdesk(Refusal::OwnMethodNeeded)) => {
            Ok(Some(t("helpdesk-refused-own-method")))
        }
        Err(crate::service::ServiceError::Helpdesk(_)) => Ok(Some(t("helpdesk-verify-first"))),
        Err(e) => Err(e.into()),
    }
}
