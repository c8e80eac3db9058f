//! `/api/v1/helpdesk/…`: helpdesk caller verification — the same operations as the
//! portal's console `/admin/helpdesk` ([`crate::service::helpdesk`]). A helpdesk agent's
//! reset (`POST /api/v1/users/{id}/reset-password`), unlock and Temporary Access Pass are
//! refused with 403 `caller_not_verified` until the agent verified the caller here, and
//! for an administrator's account with 403 `approval_needed` until a second agent
//! approved.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use latchkey_core::clock::rfc3339;
use latchkey_core::helpdesk::Verification;
use serde::Deserialize;
use serde_json::{Value, json};

use super::auth::ApiAuth;
use super::extract::{ApiJson, path_id};
use super::openapi::{Access, Op, nullable_time, object, schema_ref, time};
use super::users::load;
use crate::error::ApiError;
use crate::service::helpdesk::{self, Answer, Challenge, SettingsInput, gate};
use crate::state::AppState;

const CALLER: &str = "/api/v1/helpdesk/callers/{id}";

/// A verification as JSON.
fn verification_json(state: &AppState, v: &Verification) -> Value {
    json!({
        "id": v.id,
        "user_id": v.user_id,
        "agent_id": v.agent_id,
        "status": v.status(state.now()).as_str(),
        "required_methods": v.required,
        "passed_methods": v.passed_names(),
        "challenge": v.challenge.map(|c| c.as_str()),
        "verified_until": v.verified_until.map(rfc3339),
        "approval": v.approval.as_str(),
        "manager_approval": v.manager.as_str(),
        "created_at": rfc3339(v.created_at),
    })
}

pub(super) fn ops() -> Vec<Op> {
    vec![
        Op::new("get", CALLER, "getHelpdeskCaller", "A caller as the helpdesk sees them", get(caller))
            .tag("helpdesk")
            .access(Access::Admin)
            .describe(
                "The methods the agent may challenge the caller with (masked), the agent's \
                 newest verification of the caller, and whether the agent may act now. \
                 Helpdesk verifiers and password administrators verify users who aren't \
                 administrators; global administrators everyone but themselves.",
            )
            .ok(200, "The caller", Some(schema_ref("HelpdeskCaller"))),
        Op::new(
            "post",
            "/api/v1/helpdesk/callers/{id}/challenges",
            "sendHelpdeskChallenge",
            "Challenge the caller by one of their registered methods",
            post(challenge),
        )
        .tag("helpdesk")
        .access(Access::Admin)
        .describe(
            "`channel`: `mobile_sms`, `mobile_voice`, `office_voice`, `email` (a code is \
             sent; the caller reads it back), `app_code` (the caller reads a code from \
             their authenticator app) or `app_notification` (a notification to the Latchkey \
             app: the agent reads out `number`, the caller chooses it there, and `answer` \
             then reads the app's answer, whatever `code` says) or `manager_approval` (when \
             the settings allow it, for callers who aren't administrators: the caller's \
             manager is emailed and answers signed in to Latchkey, at \
             `/account/helpdesk-requests`; the agent reads `number` to the caller, and the \
             manager, who reaches the caller on a number they know, types it to approve; the \
             verification's `manager_approval` turns `approved`, or `denied` and the \
             verification closes; asked alongside any other challenge, one ask per account \
             at a time). Starts a verification when none is waiting. `sent` is `sent`, \
             `app_code`, `app_notification`, `manager_asked` or `not_sent` (nothing reached \
             the caller; nothing counts). 409 `channel_not_allowed` for a method the caller \
             hasn't registered (or manager approval while it is off), \
             `method_already_passed`, `verification_not_pending` when already verified, \
             `no_manager` (none set, disabled, no email address, a password change pending, \
             or the agent), `manager_already_asked`, `manager_not_for_administrators`, \
             `manager_paused` (the manager denied in the last 24 hours); 429 after 20 codes \
             to one account in an hour, or 3 app notifications in 10 minutes. Audited.",
        )
        .body(schema_ref("HelpdeskChallengeRequest"), json!({"channel": "email"}))
        .ok(200, "Challenged", Some(schema_ref("HelpdeskChallenge")))
        .errors(&[409, 429]),
        Op::new(
            "post",
            "/api/v1/helpdesk/callers/{id}/answer",
            "answerHelpdeskChallenge",
            "Check the code the caller read back",
            post(answer),
        )
        .tag("helpdesk")
        .access(Access::Admin)
        .describe(
            "`result`: `verified` (the agent's window opened; the user is told), \
             `next_method` (an administrator must pass a second, different method), `wrong`, \
             `too_many` (the fifth wrong code closed the verification), `no_code` (nothing \
             is waiting: send a challenge), `not_yet` (the app hasn't answered yet) or \
             `denied` (the caller denied the notification or said it wasn't them: the \
             verification is closed) or `blocked` (that was the account's fifth wrong answer \
             in a day: helpdesk verification of it is paused for a day, and the user and \
             the security contacts are told). Codes are valid 5 minutes, single use; while \
             paused, `403 helpdesk_blocked`.",
        )
        .body(schema_ref("HelpdeskAnswerRequest"), json!({"code": "12345678"}))
        .ok(200, "Checked", Some(schema_ref("HelpdeskAnswer"))),
        Op::new(
            "delete",
            "/api/v1/helpdesk/callers/{id}/verification",
            "closeHelpdeskVerification",
            "End the verification (the call is over)",
            delete(close),
        )
        .tag("helpdesk")
        .access(Access::Admin)
        .ok(204, "Closed (or nothing to close)", None),
        Op::new(
            "post",
            "/api/v1/helpdesk/callers/{id}/approval-request",
            "requestHelpdeskApproval",
            "Ask a second agent to approve acting on an administrator",
            post(request_approval),
        )
        .tag("helpdesk")
        .access(Access::Admin)
        .describe(
            "After the administrator caller passed two methods. The other global \
             administrators are told. 403 `caller_not_verified`; 409 \
             `approval_already_asked`, `nothing_to_approve` (not an administrator) or \
             `no_approver` (no other enabled global administrator: reset with the CLI).",
        )
        .ok(200, "Asked", Some(schema_ref("HelpdeskVerification")))
        .errors(&[409]),
        Op::new(
            "post",
            "/api/v1/helpdesk/verifications/{id}/approve",
            "approveHelpdeskVerification",
            "Approve another agent's verification of an administrator",
            post(approve),
        )
        .tag("helpdesk")
        .access(Access::Global)
        .describe(
            "A global administrator who is neither the first agent nor the caller. The first \
             agent's window restarts. 403 `approval_by_another_agent`, 409 \
             `nothing_to_approve`.",
        )
        .ok(200, "Approved", Some(schema_ref("HelpdeskVerification")))
        .errors(&[409]),
        Op::new(
            "get",
            "/api/v1/helpdesk/approvals",
            "listHelpdeskApprovals",
            "Verifications waiting for this administrator's approval",
            get(approvals),
        )
        .tag("helpdesk")
        .access(Access::Admin)
        .ok(200, "Waiting", Some(json!({"type": "array", "items": schema_ref("HelpdeskVerification")}))),
        Op::new(
            "post",
            "/api/v1/helpdesk/callers/{id}/unlock",
            "unlockHelpdeskCaller",
            "Unlock the verified caller's account",
            post(unlock),
        )
        .tag("helpdesk")
        .access(Access::Manage)
        .describe(
            "Clears the sign-in lockout and any self-service block, and for an account from \
             the on-premises directory unlocks it there first. Needs the agent's open \
             verification (403 `caller_not_verified`), except for a global administrator \
             acting on a user who isn't an administrator. The user is told.",
        )
        .ok(204, "Unlocked", None)
        .errors(&[502, 503]),
        Op::new(
            "post",
            "/api/v1/helpdesk/callers/{id}/registration-link",
            "sendHelpdeskRegistrationLink",
            "Email the caller a link to register their security info",
            post(registration_link),
        )
        .tag("helpdesk")
        .access(Access::Admin)
        .describe("To the user's own addresses only; helpdesk verifiers may send it. 400 `invalid_field` when the user has no address.")
        .ok(204, "Queued", None),
        Op::new("get", "/api/v1/helpdesk/settings", "getHelpdeskSettings", "The helpdesk settings", get(show_settings))
            .tag("helpdesk")
            .access(Access::Admin)
            .describe("`security_contacts` is empty unless the token's owner is a global administrator.")
            .ok(200, "The settings", Some(schema_ref("HelpdeskSettings"))),
        Op::new("put", "/api/v1/helpdesk/settings", "putHelpdeskSettings", "Change the helpdesk settings", put(save_settings))
            .tag("helpdesk")
            .access(Access::Global)
            .describe("Audited as *Update helpdesk settings*. 409 `conflict` when someone else changed them at the same moment.")
            .body(
                schema_ref("HelpdeskSettings"),
                json!({"require_verification": true, "window_minutes": 10, "burst_threshold": 3, "security_contacts": []}),
            )
            .ok(200, "Saved", Some(schema_ref("HelpdeskSettings")))
            .errors(&[409]),
    ]
}

pub(super) fn schemas() -> Value {
    let verification = object(json!({
        "id": {"type": "integer"},
        "user_id": {"type": "integer"},
        "agent_id": {"type": "integer"},
        "status": {"type": "string", "enum": ["pending", "verified", "lapsed", "closed"]},
        "required_methods": {"type": "integer", "minimum": 1, "maximum": 2},
        "passed_methods": {"type": "array", "items": {"type": "string"}},
        "challenge": {"type": ["string", "null"]},
        "verified_until": nullable_time(),
        "approval": {"type": "string", "enum": ["not_needed", "needed", "requested", "approved"]},
        "manager_approval": {"type": "string", "enum": ["not_asked", "asked", "approved", "denied", "unconfirmed"], "description": "`unconfirmed`: the manager couldn't reach the caller; the ask ended without an alert"},
        "created_at": time(),
    }));
    let channel = json!({"type": "string", "enum": ["app_notification", "mobile_sms", "mobile_voice", "office_voice", "email", "app_code"]});
    let challenge = json!({"type": "string", "enum": ["app_notification", "mobile_sms", "mobile_voice", "office_voice", "email", "app_code", "manager_approval"]});
    json!({
        "HelpdeskVerification": verification,
        "HelpdeskCaller": object(json!({
            "user": object(json!({
                "id": {"type": "integer"},
                "username": {"type": "string"},
                "display_name": {"type": "string"},
                "role": {"type": "string"},
            })),
            "methods": {"type": "array", "items": object(json!({
                "channel": channel,
                "destination": {"type": "string", "description": "Masked; empty for an authenticator app"},
            }))},
            "verification": {"oneOf": [{"type": "null"}, schema_ref("HelpdeskVerification")]},
            "may_act": {"type": "boolean", "description": "Whether the agent may reset and unlock now"},
            "may_change_details": {"type": "boolean", "description": "Whether the agent may also issue a Temporary Access Pass and change the caller's security info: false while only the caller's manager vouched for them (`own_method_needed`)"},
            "manager": {"oneOf": [{"type": "null"}, object(json!({
                "id": {"type": "integer"},
                "username": {"type": "string"},
                "display_name": {"type": "string"},
            }))], "description": "The caller's manager the agent may ask to approve (`manager_approval`): set, enabled, with an email address and no password change pending, not the agent; null while manager approval is off and for administrators"},
            "manager_number": {"type": ["integer", "null"], "description": "While the agent's verification waits for the manager: the number the agent read to the caller (as answered when asking)"},
        })),
        "HelpdeskChallengeRequest": {
            "type": "object", "additionalProperties": false, "required": ["channel"],
            "properties": {"channel": challenge},
        },
        "HelpdeskChallenge": object(json!({
            "sent": {"type": "string", "enum": ["sent", "app_code", "app_notification", "not_sent", "manager_asked"]},
            "number": {"type": ["integer", "null"], "description": "For `app_notification`: the number (10–99) the agent reads out; the caller chooses it in the Latchkey app. For `manager_approval`: the number the agent reads to the caller, who gives it to their manager"},
            "verification": schema_ref("HelpdeskVerification"),
        })),
        "HelpdeskAnswerRequest": {
            "type": "object", "additionalProperties": false, "required": ["code"],
            "properties": {"code": {"type": "string", "maxLength": 64}},
        },
        "HelpdeskAnswer": object(json!({
            "result": {"type": "string", "enum": ["verified", "next_method", "wrong", "too_many", "no_code", "not_yet", "denied", "blocked"]},
            "verified_until": nullable_time(),
        })),
        "HelpdeskSettings": {
            "type": "object", "additionalProperties": false,
            "required": ["require_verification", "window_minutes", "burst_threshold", "security_contacts"],
            "properties": {
                "require_verification": {"type": "boolean"},
                "window_minutes": {"type": "integer", "minimum": 1, "maximum": 60},
                "burst_threshold": {"type": "integer", "minimum": 0, "maximum": 100},
                "security_contacts": {"type": "array", "maxItems": 20, "items": {"type": "string", "format": "email"}},
                "manager_approval": {"type": "boolean", "description": "Agents may ask the caller's manager to approve (callers who aren't administrators). Off when left out."},
            }
        },
    })
}

async fn caller(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    let c = helpdesk::caller(&state, &auth.actor(), user.id).await?;
    Ok(axum::Json(json!({
        "user": {"id": c.user.id, "username": c.user.username.as_str(),
                 "display_name": c.user.display_name, "role": c.user.role.as_str()},
        "methods": c.offers.iter().map(|o| json!({"channel": o.channel.as_str(), "destination": o.destination})).collect::<Vec<_>>(),
        "verification": c.verification.as_ref().map(|v| verification_json(&state, v)),
        "may_act": c.may_act,
        "may_change_details": c.may_change_details,
        "manager": c.manager.as_ref().map(super::methods::manager_object),
        "manager_number": c.verification.as_ref().and_then(|v| match v.manager {
            latchkey_core::helpdesk::ManagerApproval::Asked {
                manager_id, number, ..
            } if v.manager_may_approve(manager_id, state.now()) =>
            {
                Some(number)
            }
            _ => None,
        }),
    }))
    .into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChallengeBody {
    channel: String,
}

async fn challenge(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<ChallengeBody>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    let (v, sent) = helpdesk::challenge_named(&state, &auth.actor(), user.id, &b.channel).await?;
    let (word, number) = match sent {
        Challenge::Sent => ("sent", None),
        Challenge::AskedForAppCode => ("app_code", None),
        Challenge::Pushed(n) => ("app_notification", Some(n)),
        Challenge::NotSent => ("not_sent", None),
        Challenge::ManagerAsked(n) => ("manager_asked", Some(n)),
    };
    Ok(axum::Json(json!({"sent": word, "number": number,
        "verification": verification_json(&state, &v)}))
    .into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerBody {
    code: String,
}

async fn answer(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<AnswerBody>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    let code: String = b.code.chars().take(64).collect();
    let (result, until) = match helpdesk::answer(&state, &auth.actor(), user.id, &code).await? {
        Answer::Verified(until) => ("verified", Some(rfc3339(until))),
        Answer::NextMethod => ("next_method", None),
        Answer::Wrong => ("wrong", None),
        Answer::TooMany => ("too_many", None),
        Answer::NoCode => ("no_code", None),
        Answer::NotYet => ("not_yet", None),
        Answer::Denied => ("denied", None),
        Answer::Blocked => ("blocked", None),
    };
    Ok(axum::Json(json!({"result": result, "verified_until": until})).into_response())
}

async fn close(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    helpdesk::close(&state, &auth.actor(), user.id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn request_approval(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    let v = helpdesk::request_approval(&state, &auth.actor(), user.id).await?;
    Ok(axum::Json(verification_json(&state, &v)).into_response())
}

async fn approve(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = path_id(&id)?;
    let v = helpdesk::approve(&state, &auth.actor(), id).await?;
    Ok(axum::Json(verification_json(&state, &v)).into_response())
}

async fn approvals(State(state): State<AppState>, auth: ApiAuth) -> Result<Response, ApiError> {
    let list: Vec<Value> = helpdesk::awaiting_approval(&state, &auth.actor())
        .await?
        .iter()
        .map(|(v, _, _)| verification_json(&state, v))
        .collect();
    Ok(axum::Json(list).into_response())
}

async fn unlock(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    gate::unlock(&state, &auth.actor(), &user).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn registration_link(
    State(state): State<AppState>,
    auth: ApiAuth,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let user = load(&state, &id).await?;
    gate::send_registration_link(&state, &auth.actor(), &user).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn show_settings(State(state): State<AppState>, auth: ApiAuth) -> Result<Response, ApiError> {
    let mut s = helpdesk::settings(&state).await?;
    // The security team's addresses are for global administrators.
    if !auth.is_global() {
        s.security_contacts.clear();
    }
    Ok(axum::Json(s).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsBody {
    require_verification: bool,
    window_minutes: i64,
    burst_threshold: i64,
    #[serde(default)]
    security_contacts: Vec<String>,
    #[serde(default)]
    manager_approval: bool,
}

async fn save_settings(
    State(state): State<AppState>,
    auth: ApiAuth,
    ApiJson(b): ApiJson<SettingsBody>,
) -> Result<Response, ApiError> {
    let input = SettingsInput {
        require_verification: b.require_verification.then(|| "on".into()),
        window_minutes: b.window_minutes.to_string(),
        burst_threshold: b.burst_threshold.to_string(),
        security_contacts: b.security_contacts.join("\n"),
        manager_approval: b.manager_approval.then(|| "on".into()),
    };
    let saved = helpdesk::save_settings(&state, &auth.actor(), &input).await?;
    Ok(axum::Json(saved).into_response())
}
