//! `POST /api/v1/policy/password/test`: the password tester of *Password protection*
//! ([`crate::service::tester`]). The password is never stored, logged, audited or sent
//! back.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use latchkey_core::Secret;
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::ApiJson;
use super::openapi::{Op, object, schema_ref};
use crate::error::ApiError;
use crate::service::tester::test_password;
use crate::state::AppState;

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new(
            "post",
            "/api/v1/policy/password/test",
            "testPassword",
            "Test a password against the password policy",
            post(test),
        )
        .tag("policy")
        .describe(
            "Scores a sample password under the password policy in force, as the portal's \
             tester does (for nobody in particular: no user's names count). Nothing is stored, \
             logged or audited, and the answer never holds the password. A refusal is an \
             answer here (200 with `accepted` false), not an error. It is a POST (the password \
             never goes in a URL), so like every POST it needs a `write` token.",
        )
        .body(
            schema_ref("PasswordTestRequest"),
            json!({"password": "Summer2024!"}),
        )
        .ok(200, "The verdict", Some(schema_ref("PasswordTestResult"))),
    ]
}

pub(super) fn schemas() -> Value {
    json!({
        "PasswordTestRequest": {
            "type": "object",
            "additionalProperties": false,
            "required": ["password"],
            "properties": {"password": {"type": "string", "description": "Never stored, logged or echoed"}},
        },
        "PasswordTestResult": object(json!({
            "accepted": {"type": "boolean"},
            "code": {"type": ["string", "null"], "description": "The rule that refused it (password_too_short, password_banned, …); null when accepted"},
            "reason": {"type": ["string", "null"], "description": "Why it was refused, in words; null when accepted"},
            "verdict": {"type": "string", "description": "As the portal shows it: Accepted, or Refused: …"},
            "banned_score": {"type": "integer", "minimum": 0, "description": "5 or more is refused when the banned list is enforced"},
            "banned_terms": {"type": "array", "items": {"type": "string"}},
            "strength": {"type": "integer", "minimum": 0, "maximum": 4},
        })),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TestBody {
    password: Secret,
}

async fn test(
    State(state): State<AppState>,
    _auth: ApiAuth,
    ApiJson(b): ApiJson<TestBody>,
) -> Result<Response, ApiError> {
    let t = test_password(&state, b.password.expose()).await?;
    Ok(axum::Json(json!({
        "accepted": t.accepted,
        "code": t.code,
        "reason": t.reason,
        "verdict": t.verdict(),
        "banned_score": t.banned_score,
        "banned_terms": t.banned_terms,
        "strength": t.strength,
    }))
    .into_response())
}
