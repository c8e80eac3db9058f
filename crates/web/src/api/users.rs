//! `/api/v1/users`: list and search, create, read, change, delete, reset the password.
//! The same rules and audit events as the portal's user pages.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, patch, post};
use latchkey_core::Secret;
use latchkey_core::clock::rfc3339;
use latchkey_core::directory::{ProfileInput, Role, User};
use latchkey_core::store::StoreError;
use latchkey_i18n::t;
use serde::{Deserialize, Deserializer};
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::{ApiJson, Params, page, path_id};
use super::openapi::{
    Access, Op, nullable_time, object, optional_object, page_of, paging_params, param, schema_ref,
    time,
};
use crate::error::ApiError;
use crate::service::directory::{self, NewUserInput, ProfilePatch, UserUpdate};
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
                "The start of the username, the display name, the first or the last name, any case.",
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
    let role = || json!({"type": "string", "enum": ["user", "helpdesk_verifier", "password_admin", "global_admin"]});
    let masked = |what: &str| {
        json!({"type": ["string", "null"], "description": format!(
            "{what}; in full for a global administrator's token, masked \
             (`m***@example.org`, `+1 ******0100`) for a password administrator's"
        )})
    };
    json!({
        "User": object(json!({
            "id": {"type": "integer"},
            "username": {"type": "string"},
            "first_name": {"type": "string"},
            "last_name": {"type": "string"},
            "display_name": {"type": "string"},
            "email": masked("An email address"),
            "alternate_email": masked("An email address"),
            "mobile_phone": masked("E.164, e.g. +14255550100"),
            "office_phone": masked("E.164"),
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

/// A contact value as `viewer` may read it: in full for a global administrator, masked
/// with [`latchkey_notify::mask_recipient`] for anyone else (a password administrator
/// manages passwords and needs no one's addresses or numbers).
pub fn contact_for(full: bool, value: &str) -> String {
    if full {
        value.to_owned()
    } else {
        latchkey_notify::mask_recipient(value)
    }
}

/// A user as JSON; `full`: the contact fields unmasked (for a global administrator only,
/// see [`contact_for`]).
pub fn user_json(u: &User, full: bool) -> Value {
    let c = |v: &str| contact_for(full, v);
    json!({
        "id": u.id,
        "username": u.username,
        "first_name": u.first_name,
        "last_name": u.last_name,
        "display_name": u.display_name,
        "email": u.email.as_ref().map(|e| c(e.as_str())),
        "alternate_email": u.alternate_email.as_ref().map(|e| c(e.as_str())),
        "mobile_phone": u.mobile_phone.as_ref().map(|p| c(p.as_str())),
        "office_phone": u.office_phone.as_ref().map(|p| c(p.as_str())),
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
        Err(StoreError::NotFound) => Err(ApiError::not_found(t("api-users-not-found"))),
        other => Ok(other?),
    }
}

/// A present field: `null` and absent differ (`Some(None)` against `None`).
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

async fn list(
    State(state): State<AppState>,
    auth: ApiAuth,
    q: Params,
) -> Result<Response, ApiError> {
    q.only(&["search", "offset", "limit"])?;
    let search = q.text("search", 100)?.unwrap_or_default();
    let p = q.paging()?;
    let found = state.store.user_list(&search, p.offset, p.limit).await?;
    let full = auth.is_global();
    let items = found.items.iter().map(|u| user_json(u, full)).collect();
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

async fn create(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(b): ApiJson<NewUserBody>,
) -> Result<Response, ApiError> {
    if b.password.as_ref().is_some_and(|p| p.is_empty()) {
        return Err(ApiError::field("password", t("api-users-empty-password")));
    }
    let input = NewUserInput {
        username: b.username,
        profile: ProfileInput {
            first_name: b.first_name.unwrap_or_default(),
            last_name: b.last_name.unwrap_or_default(),
            display_name: b.display_name.unwrap_or_default(),
            email: b.email.unwrap_or_default(),
            alternate_email: b.alternate_email.unwrap_or_default(),
            mobile_phone: b.mobile_phone.unwrap_or_default(),
            office_phone: b.office_phone.unwrap_or_default(),
        },
        role: b.role.unwrap_or(Role::User),
        password: b.password,
        must_change_password: b.must_change_password.unwrap_or(true),
    };
    let created = directory::create_user(&state, &auth.actor(), input).await?;
    let body = json!({
        "user": user_json(&created.user, auth.is_global()),
        "password": created.generated.as_ref().map(|p| p.expose().to_owned()),
    });
    let mut resp = (StatusCode::CREATED, axum::Json(body)).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/users/{}", created.user.id)) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    Ok(resp)
}

async fn show(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    Ok(axum::Json(user_json(&user, auth.is_global())).into_response())
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

async fn update(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<UserPatch>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    // null and "" both clear a field. A contact field sent back as it was shown masked is
    // left as it is (a read-modify-write by a password administrator changes nothing).
    let full = auth.is_global();
    let set = |v: Option<Option<String>>| v.map(Option::unwrap_or_default);
    let keep_masked = |v: Option<Option<String>>, stored: Option<&str>| match (&v, stored) {
        (Some(Some(sent)), Some(stored)) if !full && sent.trim() == contact_for(false, stored) => {
            None
        }
        _ => set(v),
    };
    let update = UserUpdate {
        profile: ProfilePatch {
            first_name: set(b.first_name),
            last_name: set(b.last_name),
            display_name: set(b.display_name),
            email: keep_masked(b.email, user.email.as_ref().map(|e| e.as_str())),
            alternate_email: keep_masked(
                b.alternate_email,
                user.alternate_email.as_ref().map(|e| e.as_str()),
            ),
            mobile_phone: keep_masked(
                b.mobile_phone,
                user.mobile_phone.as_ref().map(|p| p.as_str()),
            ),
            office_phone: keep_masked(
                b.office_phone,
                user.office_phone.as_ref().map(|p| p.as_str()),
            ),
        },
        role: b.role,
        enabled: b.enabled,
    };
    let updated = directory::update_user(&state, &auth.actor(), &user, update).await?;
    Ok(axum::Json(user_json(&updated, full)).into_response())
}

async fn remove(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    directory::delete_user(&state, &auth.actor(), &user).await?;
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
    let typed = match (b.generate, b.password) {
        (true, Some(_)) => {
            return Err(ApiError::field(
                "generate",
                t("api-users-password-and-generate"),
            ));
        }
        (true, None) => None,
        (false, Some(p)) if !p.is_empty() => Some(p),
        (false, _) => {
            return Err(ApiError::field(
                "password",
                t("api-users-password-or-generate"),
            ));
        }
    };
    let must_change = b.must_change_password.unwrap_or(true);
    let actor = auth.actor();
    let generated =
        crate::service::password::admin_reset(&state, &actor, &user, typed, must_change).await?;
    Ok(axum::Json(json!({
        "password": generated.map(|p| p.expose().to_owned()),
        "must_change_password": must_change,
    }))
    .into_response())
}
