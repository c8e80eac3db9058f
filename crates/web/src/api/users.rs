//! `/api/v1/users`: list and search, create, read, change, delete, reset the password.
//! The same rules and audit events as the portal's user pages.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, patch, post};
use latchkey_core::Secret;
use latchkey_core::audit::activity;
use latchkey_core::clock::rfc3339;
use latchkey_core::directory::{FieldError, ProfileInput, Role, User, Username};
use latchkey_core::password;
use latchkey_core::store::{NewUser, StoreError};
use serde::{Deserialize, Deserializer};
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::{ApiJson, Params, page, path_id};
use super::openapi::{
    Access, Op, nullable_time, object, optional_object, page_of, paging_params, param, schema_ref,
    time,
};
use crate::error::ApiError;
use crate::state::AppState;

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new(
            "get",
            "/api/v1/users",
            "listUsers",
            "List and search users",
            get(list),
        )
        .tag("users")
        .query({
            let mut q = vec![param(
                "search",
                "Part of the username or a name, any case.",
                json!({"type": "string", "maxLength": 100}),
            )];
            q.extend(paging_params());
            q
        })
        .ok(200, "A page of users, by username", Some(page_of("User"))),
        Op::new(
            "post",
            "/api/v1/users",
            "createUser",
            "Create a user",
            post(create),
        )
        .tag("users")
        .access(Access::Global)
        .describe("Without `password`, a password is generated and returned once in the answer.")
        .body(
            schema_ref("NewUser"),
            json!({"username": "mia.sanders", "first_name": "Mia", "last_name": "Sanders",
                       "email": "mia.sanders@example.org", "mobile_phone": "+14255550100",
                       "role": "user", "must_change_password": true}),
        )
        .ok(201, "Created", Some(schema_ref("CreatedUser")))
        .errors(&[409, 422, 503]),
        Op::new(
            "get",
            "/api/v1/users/{id}",
            "getUser",
            "Read a user",
            get(show),
        )
        .tag("users")
        .ok(200, "The user", Some(schema_ref("User"))),
        Op::new(
            "patch",
            "/api/v1/users/{id}",
            "updateUser",
            "Change a user's profile, role or sign-in",
            patch(update),
        )
        .tag("users")
        .access(Access::Manage)
        .describe(
            "Fields left out keep their value; null or \"\" clears a field. Changing `role` or \
             `enabled` needs a global administrator's token, and nobody changes their own.",
        )
        .body(
            schema_ref("UserPatch"),
            json!({"mobile_phone": "+14255550199", "office_phone": null}),
        )
        .ok(200, "The changed user", Some(schema_ref("User")))
        .errors(&[409]),
        Op::new(
            "delete",
            "/api/v1/users/{id}",
            "deleteUser",
            "Delete a user",
            delete(remove),
        )
        .tag("users")
        .access(Access::Global)
        .ok(204, "Deleted", None)
        .errors(&[409]),
        Op::new(
            "post",
            "/api/v1/users/{id}/reset-password",
            "resetPassword",
            "Reset a user's password",
            post(reset_password),
        )
        .tag("users")
        .access(Access::Manage)
        .describe(
            "Give `password`, or `generate: true` to have one made and returned once. The user's \
             sessions end and any lockout is cleared.",
        )
        .body(
            schema_ref("ResetPassword"),
            json!({"generate": true, "must_change_password": true}),
        )
        .ok(200, "Reset", Some(schema_ref("PasswordReset")))
        .errors(&[422, 503]),
    ]
}

pub(super) fn schemas() -> Value {
    let opt_text = || json!({"type": ["string", "null"]});
    let role = || json!({"type": "string", "enum": ["user", "password_admin", "global_admin"]});
    json!({
        "User": object(json!({
            "id": {"type": "integer"},
            "username": {"type": "string"},
            "first_name": {"type": "string"},
            "last_name": {"type": "string"},
            "display_name": {"type": "string"},
            "email": opt_text(),
            "alternate_email": opt_text(),
            "mobile_phone": {"type": ["string", "null"], "description": "E.164, e.g. +14255550100"},
            "office_phone": {"type": ["string", "null"], "description": "E.164"},
            "role": role(),
            "enabled": {"type": "boolean"},
            "must_change_password": {"type": "boolean"},
            "created_at": time(),
            "updated_at": time(),
            "password_changed_at": nullable_time(),
        })),
        "NewUser": {
            "type": "object",
            "additionalProperties": false,
            "required": ["username"],
            "properties": {
                "username": {"type": "string", "maxLength": 113,
                             "pattern": "^ *[A-Za-z0-9'_!#^~-]+(\\.[A-Za-z0-9'_!#^~-]+)*(@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*)? *$",
                             "description": "name or name@domain: up to 64 characters of letters, digits and ' . - _ ! # ^ ~ before the @ (no dot first, last or twice in a row); stored in lower case"},
                "first_name": opt_text(),
                "last_name": opt_text(),
                "display_name": {"type": ["string", "null"], "description": "Made from the first and last name when left out"},
                "email": opt_text(),
                "alternate_email": opt_text(),
                "mobile_phone": opt_text(),
                "office_phone": opt_text(),
                "role": role(),
                "password": {"type": "string", "minLength": 1, "description": "Left out: one is generated and returned once"},
                "must_change_password": {"type": "boolean", "default": true},
            }
        },
        "CreatedUser": object(json!({
            "user": schema_ref("User"),
            "password": {"type": ["string", "null"], "description": "The generated password, shown only this once; null when one was given"},
        })),
        "UserPatch": optional_object(json!({
            "first_name": opt_text(),
            "last_name": opt_text(),
            "display_name": opt_text(),
            "email": opt_text(),
            "alternate_email": opt_text(),
            "mobile_phone": opt_text(),
            "office_phone": opt_text(),
            "role": role(),
            "enabled": {"type": "boolean"},
        })),
        "ResetPassword": {
            "type": "object",
            "additionalProperties": false,
            "description": "Either `password`, or `generate: true`.",
            "properties": {
                "password": {"type": "string", "minLength": 1},
                "generate": {"type": "boolean", "default": false},
                "must_change_password": {"type": "boolean", "default": true},
            },
            "oneOf": [
                {"required": ["password"], "not": {"required": ["generate"], "properties": {"generate": {"const": true}}}},
                {"required": ["generate"], "properties": {"generate": {"const": true}}, "not": {"required": ["password"]}},
            ],
        },
        "PasswordReset": object(json!({
            "password": {"type": ["string", "null"], "description": "The generated password, shown only this once; null when one was given"},
            "must_change_password": {"type": "boolean"},
        })),
    })
}

/// A user as JSON.
pub fn user_json(u: &User) -> Value {
    json!({
        "id": u.id,
        "username": u.username,
        "first_name": u.first_name,
        "last_name": u.last_name,
        "display_name": u.display_name,
        "email": u.email.as_ref().map(|e| e.as_str()),
        "alternate_email": u.alternate_email.as_ref().map(|e| e.as_str()),
        "mobile_phone": u.mobile_phone.as_ref().map(|p| p.as_str()),
        "office_phone": u.office_phone.as_ref().map(|p| p.as_str()),
        "role": u.role.as_str(),
        "enabled": u.enabled,
        "must_change_password": u.must_change_password,
        "created_at": rfc3339(u.created_at),
        "updated_at": rfc3339(u.updated_at),
        "password_changed_at": u.password_changed_at.map(rfc3339),
    })
}

pub(super) async fn load(state: &AppState, id: &str) -> Result<User, ApiError> {
    match state.store.user_get(path_id(id)?).await {
        Err(StoreError::NotFound) => Err(ApiError::not_found("There is no user with that id.")),
        other => Ok(other?),
    }
}

fn field_errors(errors: Vec<FieldError>) -> ApiError {
    ApiError::fields(
        errors
            .into_iter()
            .map(|e| (e.field.to_owned(), e.message))
            .collect(),
    )
}

/// A present field: `null` and absent differ (`Some(None)` against `None`).
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

async fn list(State(state): State<AppState>, _: ApiAuth, q: Params) -> Result<Response, ApiError> {
    q.only(&["search", "offset", "limit"])?;
    let search = q.text("search", 100)?.unwrap_or_default();
    let p = q.paging()?;
    let found = state.store.user_list(&search, p.offset, p.limit).await?;
    let items = found.items.iter().map(user_json).collect();
    Ok(axum::Json(page(items, found.total, p)).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewUserBody {
    username: String,
    #[serde(default)]
    first_name: Option<String>,
    #[serde(default)]
    last_name: Option<String>,
    #[serde(default)]
    display_name: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    alternate_email: Option<String>,
    #[serde(default)]
    mobile_phone: Option<String>,
    #[serde(default)]
    office_phone: Option<String>,
    #[serde(default)]
    role: Option<Role>,
    #[serde(default)]
    password: Option<Secret>,
    #[serde(default)]
    must_change_password: Option<bool>,
}

/// The 422 for a password a rule refused.
pub(super) fn refused(v: &latchkey_core::password::PolicyViolation) -> ApiError {
    ApiError {
        field: Some("password".into()),
        ..ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, v.code(), v.to_string())
    }
}

async fn create(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(b): ApiJson<NewUserBody>,
) -> Result<Response, ApiError> {
    auth.require_global()?;
    let mut errors = Vec::new();
    let username = Username::parse(&b.username)
        .map_err(|e| errors.push(e))
        .ok();
    let mut input = ProfileInput {
        first_name: b.first_name.unwrap_or_default(),
        last_name: b.last_name.unwrap_or_default(),
        display_name: b.display_name.unwrap_or_default(),
        email: b.email.unwrap_or_default(),
        alternate_email: b.alternate_email.unwrap_or_default(),
        mobile_phone: b.mobile_phone.unwrap_or_default(),
        office_phone: b.office_phone.unwrap_or_default(),
    };
    if input.display_name.trim().is_empty()
        && input.first_name.trim().is_empty()
        && input.last_name.trim().is_empty()
    {
        input.display_name = username
            .as_ref()
            .map(|u| u.to_string())
            .unwrap_or_else(|| b.username.trim().to_owned());
    }
    let profile = input.validate().map_err(|e| errors.extend(e)).ok();
    let (Some(username), Some(profile), true) = (username, profile, errors.is_empty()) else {
        return Err(field_errors(errors));
    };
    let generated = b.password.is_none();
    let password = match b.password {
        None => password::generate(),
        Some(p) => {
            if p.is_empty() {
                return Err(ApiError::field(
                    "password",
                    "Give a password, or leave the field out to have one generated.",
                ));
            }
            let who = crate::protect::subject(
                &state,
                username.as_str(),
                &profile.first_name,
                &profile.last_name,
            );
            if let Err(v) = crate::protect::check_new(&state, &who, None, &p, None).await? {
                return Err(refused(&v));
            }
            p
        }
    };
    let must_change = b.must_change_password.unwrap_or(true);
    let hash = state.hasher.hash(&password).await?;
    let user = match state
        .store
        .user_create(
            NewUser {
                username,
                profile,
                role: b.role.unwrap_or(Role::User),
                enabled: true,
                password_hash: hash,
                must_change_password: must_change,
            },
            state.now(),
        )
        .await
    {
        Err(StoreError::Conflict(_)) => {
            return Err(ApiError {
                field: Some("username".into()),
                ..ApiError::conflict("That username is already taken.")
            });
        }
        other => other?,
    };
    auth.record(
        &state,
        activity::ADD_USER,
        user.username.as_str(),
        json!({"role": user.role.as_str(), "must_change_password": user.must_change_password,
               "password": if generated { "generated" } else { "typed" }}),
    )
    .await;
    let body = json!({
        "user": user_json(&user),
        "password": generated.then(|| password.expose().to_owned()),
    });
    let mut resp = (StatusCode::CREATED, axum::Json(body)).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/users/{}", user.id)) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    Ok(resp)
}

async fn show(
    State(state): State<AppState>,
    _: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    Ok(axum::Json(user_json(&user)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct UserPatch {
    #[serde(default, deserialize_with = "present")]
    first_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    last_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    display_name: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    email: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    alternate_email: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    mobile_phone: Option<Option<String>>,
    #[serde(default, deserialize_with = "present")]
    office_phone: Option<Option<String>>,
    #[serde(default)]
    role: Option<Role>,
    #[serde(default)]
    enabled: Option<bool>,
}

impl UserPatch {
    fn touches_profile(&self) -> bool {
        [
            &self.first_name,
            &self.last_name,
            &self.display_name,
            &self.email,
            &self.alternate_email,
            &self.mobile_phone,
            &self.office_phone,
        ]
        .iter()
        .any(|f| f.is_some())
    }
}

fn current(u: &User) -> ProfileInput {
    let s = |v: Option<&str>| v.unwrap_or_default().to_owned();
    ProfileInput {
        first_name: u.first_name.clone(),
        last_name: u.last_name.clone(),
        display_name: u.display_name.clone(),
        email: s(u.email.as_ref().map(|e| e.as_str())),
        alternate_email: s(u.alternate_email.as_ref().map(|e| e.as_str())),
        mobile_phone: s(u.mobile_phone.as_ref().map(|p| p.as_str())),
        office_phone: s(u.office_phone.as_ref().map(|p| p.as_str())),
    }
}

/// Refuses changes that would leave no enabled global administrator.
async fn keep_last_global(
    state: &AppState,
    target: &User,
    still_global_enabled: bool,
) -> Result<(), ApiError> {
    if !still_global_enabled && crate::auth::is_last_global_admin(state, target).await? {
        return Err(ApiError::conflict(
            "This is the only enabled global administrator. Make someone else a global administrator first.",
        ));
    }
    Ok(())
}

fn refuse_self(auth: &ApiAuth, target: &User) -> Result<(), ApiError> {
    if auth.user.id == target.id {
        return Err(ApiError::forbidden(
            "A token can't change its owner's role, block its owner or delete its owner.",
        ));
    }
    Ok(())
}

async fn update(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<UserPatch>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    auth.require_manage(&user)?;
    if b.role.is_some() || b.enabled.is_some() {
        auth.require_global()?;
        refuse_self(&auth, &user)?;
        let global_after = b.role.unwrap_or(user.role) == Role::GlobalAdmin;
        keep_last_global(
            &state,
            &user,
            global_after && b.enabled.unwrap_or(user.enabled),
        )
        .await?;
    }
    // Everything is checked before anything is written.
    let profile = if b.touches_profile() {
        let mut input = current(&user);
        let set = |slot: &mut String, v: &Option<Option<String>>| {
            if let Some(v) = v {
                *slot = v.clone().unwrap_or_default();
            }
        };
        set(&mut input.first_name, &b.first_name);
        set(&mut input.last_name, &b.last_name);
        set(&mut input.display_name, &b.display_name);
        set(&mut input.email, &b.email);
        set(&mut input.alternate_email, &b.alternate_email);
        set(&mut input.mobile_phone, &b.mobile_phone);
        set(&mut input.office_phone, &b.office_phone);
        Some(input.validate().map_err(field_errors)?)
    } else {
        None
    };
    let mut updated = user.clone();
    if let Some(p) = profile {
        updated = state
            .store
            .user_update_profile(user.id, &p, state.now())
            .await?;
        let (before, after) = (current(&user), current(&updated));
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
        auth.record(
            &state,
            activity::UPDATE_USER,
            updated.username.as_str(),
            json!({"changed": changed}),
        )
        .await;
    }
    if let Some(role) = b.role
        && role != user.role
    {
        updated = state
            .store
            .user_set_role(user.id, role, state.now())
            .await?;
        auth.record(
            &state,
            activity::UPDATE_USER,
            user.username.as_str(),
            json!({"role": {"before": user.role.as_str(), "after": role.as_str()}}),
        )
        .await;
    }
    if let Some(enabled) = b.enabled
        && enabled != user.enabled
    {
        updated = state
            .store
            .user_set_enabled(user.id, enabled, state.now())
            .await?;
        auth.record(
            &state,
            activity::UPDATE_USER,
            user.username.as_str(),
            json!({"enabled": enabled}),
        )
        .await;
    }
    Ok(axum::Json(user_json(&updated)).into_response())
}

async fn remove(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    auth.require_global()?;
    let user = load(&state, &id).await?;
    refuse_self(&auth, &user)?;
    keep_last_global(&state, &user, false).await?;
    state.store.user_delete(user.id).await?;
    auth.record(
        &state,
        activity::DELETE_USER,
        user.username.as_str(),
        json!({}),
    )
    .await;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResetBody {
    #[serde(default)]
    password: Option<Secret>,
    #[serde(default)]
    generate: bool,
    #[serde(default)]
    must_change_password: Option<bool>,
}

async fn reset_password(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<ResetBody>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    auth.require_manage(&user)?;
    let password = match (b.generate, b.password) {
        (true, Some(_)) => {
            return Err(ApiError::field(
                "generate",
                "Give either a password or generate: true, not both.",
            ));
        }
        (true, None) => password::generate(),
        (false, None) => {
            return Err(ApiError::field(
                "password",
                "Give a password, or generate: true to have one made.",
            ));
        }
        (false, Some(p)) => {
            if p.is_empty() {
                return Err(ApiError::field(
                    "password",
                    "Give a password, or generate: true to have one made.",
                ));
            }
            if let Err(v) = crate::protect::check_new(
                &state,
                &crate::protect::subject_of(&state, &user),
                Some(user.id),
                &p,
                None,
            )
            .await?
            {
                return Err(refused(&v));
            }
            p
        }
    };
    let must_change = b.must_change_password.unwrap_or(true);
    crate::service::password::admin_reset(
        &state,
        &auth.ctx,
        &user,
        &password,
        must_change,
        b.generate,
        crate::service::password::Via::Api(auth.token.id),
    )
    .await?;
    Ok(axum::Json(json!({
        "password": b.generate.then(|| password.expose().to_owned()),
        "must_change_password": must_change,
    }))
    .into_response())
}
