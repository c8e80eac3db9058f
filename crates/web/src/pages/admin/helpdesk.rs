//! `/admin/helpdesk`: the helpdesk console. An agent finds the caller, sends a challenge
//! to one of the caller's registered methods, types what the caller reads back, and only
//! then sees *Reset password*, *Unlock* and *Issue Temporary Access Pass*. The rules are
//! in [`crate::service::helpdesk`], the same operations as the API's
//! `/api/v1/helpdesk/…`.

use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::helpdesk::{ManagerApproval, Status, Verification};
use latchkey_core::journey::Channel;
use latchkey_i18n::{t, tr};
use serde::Deserialize;

use super::{actor, layout};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::ServiceError;
use crate::service::helpdesk::{self, Answer, Challenge, SettingsInput, gate};
use crate::session::{Authed, RequireAdmin};
use crate::state::AppState;
use crate::views::{CallerPage, FormErrors, HelpdeskPage, OfferView, VerificationRow, render};

/// A user or verification id from the path; anything else is the portal's 404 page.
fn id_of(raw: &str) -> Result<i64, PageError> {
    raw.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or(PageError::NotFound)
}

fn who(u: &latchkey_core::directory::User) -> String {
    format!("{} ({})", u.display_name, u.username)
}

fn status_words(s: Status) -> String {
    t(match s {
        Status::Pending => "helpdesk-status-pending",
        Status::Verified { .. } => "helpdesk-status-verified",
        Status::Lapsed => "helpdesk-status-lapsed",
        Status::Closed => "helpdesk-status-closed",
    })
}

fn row(
    state: &AppState,
    v: &Verification,
    caller: &latchkey_core::directory::User,
    agent: String,
) -> VerificationRow {
    VerificationRow {
        id: v.id,
        user_id: v.user_id,
        caller: who(caller),
        agent,
        status: status_words(v.status(state.now())),
        started: crate::views::admin_datetime(v.created_at),
    }
}

/// The search of `GET /admin/helpdesk`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Search {
    q: String,
}

async fn home_page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    q: String,
    form: Option<(SettingsInput, FormErrors)>,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let act = actor(a, &ClientIp(String::new()), &RequestId(String::new()));
    let q: String = q.chars().take(256).collect();
    let found = helpdesk::find(state, &act, &q).await?;
    let approvals = helpdesk::awaiting_approval(state, &act)
        .await?
        .iter()
        .map(|(v, agent, caller)| row(state, v, caller, who(agent)))
        .collect();
    let recent = helpdesk::recent(state, &act)
        .await?
        .iter()
        .map(|(v, caller)| row(state, v, caller, who(&a.user)))
        .collect();
    let s = helpdesk::settings(state).await?;
    let bad = form.is_some();
    let (input, errors) = form.unwrap_or_else(|| {
        (
            SettingsInput {
                require_verification: s.require_verification.then(|| "on".into()),
                window_minutes: s.window_minutes.to_string(),
                burst_threshold: s.burst_threshold.to_string(),
                security_contacts: s.security_contacts.join("\n"),
                manager_approval: s.manager_approval.then(|| "on".into()),
            },
            FormErrors::default(),
        )
    });
    let mut r = render(&HelpdeskPage {
        layout: layout(state, &t("helpdesk-title"), csrf, a),
        searched: !q.trim().is_empty(),
        q,
        found,
        approvals,
        recent,
        can_configure: a.user.role == latchkey_core::directory::Role::GlobalAdmin,
        require_verification: input.require_verification.is_some(),
        window_minutes: input.window_minutes,
        burst_threshold: input.burst_threshold,
        security_contacts: input.security_contacts,
        manager_approval: input.manager_approval.is_some(),
        errors,
        notice,
    });
    if bad {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

/// `GET /admin/helpdesk?q=`: find a caller; the approvals waiting; recent verifications.
///
/// Administrators only. Errors: 500 when the store fails.
pub async fn home(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    // As the other portal pages read theirs: a query that doesn't parse is no search,
    // never a bare error.
    let s: Search =
        serde_urlencoded::from_str(raw.as_deref().unwrap_or_default()).unwrap_or_default();
    home_page(&state, &csrf, &a, s.q, None, None).await
}

/// `POST /admin/helpdesk/settings`: saves the settings (global administrators); a bad
/// value shows the form again with what was typed and status 400.
///
/// Errors: 403 unless a global administrator; 500 when the store fails.
pub async fn save_settings(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    CsrfForm(input): CsrfForm<SettingsInput>,
) -> Result<Response, PageError> {
    match helpdesk::save_settings(&state, &actor(&a, &ip, &rid), &input).await {
        Ok(_) => {
            home_page(
                &state,
                &csrf,
                &a,
                String::new(),
                None,
                Some(t("helpdesk-settings-saved")),
            )
            .await
        }
        Err(ServiceError::Invalid(errors)) => {
            home_page(
                &state,
                &csrf,
                &a,
                String::new(),
                Some((input, FormErrors(errors))),
                None,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

fn send_label(c: Channel) -> String {
    t(match c {
        Channel::MobileSms => "helpdesk-send-mobile-sms",
        Channel::MobileVoice => "helpdesk-send-mobile-voice",
        Channel::OfficeVoice => "helpdesk-send-office-voice",
        Channel::Email => "helpdesk-send-email",
        Channel::AppNotification => "helpdesk-send-app-notification",
        _ => "helpdesk-send-app",
    })
}

fn channel_words(c: Channel) -> String {
    t(match c {
        Channel::MobileSms => "helpdesk-channel-mobile-sms",
        Channel::MobileVoice => "helpdesk-channel-mobile-voice",
        Channel::OfficeVoice => "helpdesk-channel-office-voice",
        Channel::Email => "helpdesk-channel-email",
        Channel::AppNotification => "helpdesk-channel-app-notification",
        _ => "helpdesk-channel-app",
    })
}

async fn caller_page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    id: i64,
    errors: FormErrors,
    notice: Option<String>,
) -> Result<Response, PageError> {
    let act = actor(a, &ClientIp(String::new()), &RequestId(String::new()));
    let c = helpdesk::caller(state, &act, id).await?;
    let v = c.verification.as_ref();
    let waiting = v
        .filter(|_| c.status == Status::Pending)
        .and_then(|v| v.challenge)
        .map(channel_words);
    let pushed = match v.filter(|_| c.status == Status::Pending) {
        Some(v) => helpdesk::pushed_number(state, v).await?,
        None => None,
    };
    let bad = !errors.is_empty();
    let pending = v.filter(|_| c.status == Status::Pending);
    let asked_who = |id: i64| {
        let m = c.manager.as_ref().filter(|m| m.id == id);
        async move {
            match m {
                Some(m) => who(m),
                None => state
                    .store
                    .user_get(id)
                    .await
                    .map(|u| who(&u))
                    .unwrap_or_else(|_| t("helpdesk-manager-gone")),
            }
        }
    };
    let (mut manager_waiting, mut manager_approved, mut manager_denied) = (None, None, None);
    let (mut manager_number, mut manager_unconfirmed, mut manager_void) = (None, None, None);
    match v.map(|v| v.manager) {
        // Asked of someone who can't answer now (the manager changed or can't sign in,
        // or manager approval was turned off): no point waiting.
        Some(ManagerApproval::Asked { manager_id, .. })
            if pending.is_some() && c.manager.as_ref().is_none_or(|m| m.id != manager_id) =>
        {
            manager_void = Some(asked_who(manager_id).await);
        }
        Some(ManagerApproval::Asked {
            manager_id, number, ..
        }) if pending.is_some() => {
            manager_waiting = Some(asked_who(manager_id).await);
            manager_number = Some(number);
        }
        Some(ManagerApproval::Unconfirmed { manager_id, .. }) if pending.is_some() => {
            manager_unconfirmed = Some(asked_who(manager_id).await);
        }
        Some(ManagerApproval::Approved { manager_id, .. }) if pending.is_some() => {
            manager_approved = Some(asked_who(manager_id).await);
        }
        Some(ManagerApproval::Denied { manager_id, .. }) => {
            manager_denied = Some(asked_who(manager_id).await);
        }
        _ => {}
    }
    // Verified by another method while the manager is still asked: a deny would end it.
    let manager_still_asked = match v.map(|v| v.manager) {
        Some(ManagerApproval::Asked { manager_id, .. })
            if matches!(c.status, Status::Verified { .. }) =>
        {
            Some(asked_who(manager_id).await)
        }
        _ => None,
    };
    let manager_until = pending
        .filter(|_| manager_waiting.is_some())
        .map(|v| crate::views::admin_datetime(v.manager_deadline()));
    let manager_offer = c
        .manager
        .as_ref()
        .filter(|_| pending.is_none_or(|v| v.manager == ManagerApproval::NotAsked))
        .filter(|_| !matches!(c.status, Status::Verified { .. }) && !c.manager_paused)
        .map(who);
    let mut r = render(&CallerPage {
        manager_offer,
        manager_waiting,
        manager_number,
        manager_until,
        manager_approved,
        manager_denied,
        manager_still_asked,
        manager_unconfirmed,
        manager_void,
        manager_paused: c.manager_paused && manager_denied_none(&c),
        pushed,
        layout: layout(state, &c.user.display_name, csrf, a),
        role: crate::views::role_label(c.user.role),
        offers: c
            .offers
            .iter()
            .filter(|o| {
                v.is_none_or(|v| {
                    c.status != Status::Pending || !v.passed.contains(&o.channel.method())
                })
            })
            .map(|o| OfferView {
                channel: o.channel.as_str(),
                label: send_label(o.channel),
                destination: o.destination.clone(),
            })
            .collect(),
        status: c.status.as_str(),
        status_words: match (v, c.status) {
            (None, _) => t("helpdesk-status-none"),
            (_, s) => status_words(s),
        },
        waiting,
        progress: (
            pending.map_or(0, Verification::passed_count),
            v.map_or(
                latchkey_core::helpdesk::required_methods(c.user.role.is_admin()),
                |v| v.required,
            ),
        ),
        may_act: c.may_act,
        role_may_act: c.role_may_act,
        may_change_details: c.may_change_details,
        approval: v.map_or("not_needed", |v| v.approval.as_str()),
        until: match c.status {
            Status::Verified { until } => Some(crate::views::admin_datetime(until)),
            _ => None,
        },
        user: c.user,
        errors,
        notice,
    });
    if bad {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

/// `GET /admin/helpdesk/users/{id}`: the caller, the challenges, and once verified the
/// actions.
///
/// Errors: 403 when the agent may not verify the account; 404; 500.
pub async fn caller(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    caller_page(&state, &csrf, &a, id, FormErrors::default(), None).await
}

/// A form with nothing but its CSRF token.
#[derive(Deserialize, Default)]
pub struct Empty {}

/// The challenge form: which channel.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChallengeForm {
    channel: String,
}

/// A helpdesk refusal shown on the caller's page rather than as an error page.
fn refusal_notice(e: ServiceError) -> Result<String, PageError> {
    match e {
        ServiceError::Helpdesk(r) => Ok(t(r.message_key())),
        ServiceError::RateLimited(_) => Ok(t("helpdesk-challenge-limit")),
        ServiceError::ChangedMeanwhile => Ok(t("helpdesk-changed-meanwhile")),
        other => Err(other.into()),
    }
}

/// `POST /admin/helpdesk/users/{id}/challenge`: sends the code (or asks for an
/// authenticator code) and shows the answer form.
///
/// Errors: 403, 404, 500; a refused step is shown on the page.
pub async fn challenge(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ChallengeForm>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let act = actor(&a, &ip, &rid);
    let notice = match helpdesk::challenge_named(&state, &act, id, &form.channel).await {
        Ok((_, Challenge::Sent)) => {
            let words = Channel::parse(form.channel.trim()).map(channel_words);
            tr(
                "helpdesk-challenge-sent",
                &[("channel", words.unwrap_or_default().into())],
            )
        }
        Ok((_, Challenge::AskedForAppCode)) => t("helpdesk-challenge-app"),
        Ok((_, Challenge::Pushed(n))) => tr("helpdesk-challenge-pushed", &[("number", n.into())]),
        Ok((_, Challenge::NotSent)) => t("helpdesk-challenge-not-sent"),
        Ok((_, Challenge::ManagerAsked(n))) => {
            tr("helpdesk-challenge-manager", &[("number", n.into())])
        }
        Err(e) => refusal_notice(e)?,
    };
    caller_page(&state, &csrf, &a, id, FormErrors::default(), Some(notice)).await
}

/// The answer form: the code the caller read back (never kept on the page).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    code: String,
}

/// `POST /admin/helpdesk/users/{id}/answer`: checks the code; verified shows the actions.
///
/// Errors: 403, 404, 500; a wrong code re-renders with status 400.
pub async fn answer(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let mut errors = FormErrors::default();
    let notice = match helpdesk::answer(&state, &actor(&a, &ip, &rid), id, &form.code).await {
        Ok(Answer::Verified(until)) => Some(tr(
            "helpdesk-answer-verified",
            &[("minutes", ((until - state.now() + 59) / 60).into())],
        )),
        Ok(Answer::NextMethod) => Some(t("helpdesk-answer-next")),
        Ok(Answer::Wrong) => {
            errors.push("code", t("helpdesk-answer-wrong"));
            None
        }
        Ok(Answer::TooMany) => Some(t("helpdesk-answer-too-many")),
        Ok(Answer::NoCode) => Some(t("helpdesk-answer-no-code")),
        Ok(Answer::NotYet) => Some(t("helpdesk-answer-not-yet")),
        Ok(Answer::Denied) => Some(t("helpdesk-answer-denied")),
        Ok(Answer::Blocked) => Some(t("helpdesk-answer-blocked")),
        Err(e) => Some(refusal_notice(e)?),
    };
    caller_page(&state, &csrf, &a, id, errors, notice).await
}

macro_rules! simple_post {
    ($(#[$doc:meta])* $name:ident, $op:expr, $done:literal) => {
        $(#[$doc])*
        pub async fn $name(
            State(state): State<AppState>,
            Extension(csrf): Extension<CsrfToken>,
            Extension(ip): Extension<ClientIp>,
            Extension(rid): Extension<RequestId>,
            RequireAdmin(a): RequireAdmin,
            Path(id): Path<String>,
            CsrfForm(_): CsrfForm<Empty>,
        ) -> Result<Response, PageError> {
            let id = id_of(&id)?;
            let act = actor(&a, &ip, &rid);
            let notice = match $op(&state, &act, id).await {
                Ok(()) => t($done),
                Err(ServiceError::Invalid(errors)) => errors
                    .into_iter()
                    .map(|e| e.message)
                    .collect::<Vec<_>>()
                    .join(" "),
                Err(e) => refusal_notice(e)?,
            };
            caller_page(&state, &csrf, &a, id, FormErrors::default(), Some(notice)).await
        }
    };
}

async fn do_unlock(
    state: &AppState,
    act: &crate::service::directory::Actor,
    id: i64,
) -> Result<(), ServiceError> {
    let user = state.store.user_get(id).await?;
    gate::unlock(state, act, &user).await
}

async fn do_link(
    state: &AppState,
    act: &crate::service::directory::Actor,
    id: i64,
) -> Result<(), ServiceError> {
    let user = state.store.user_get(id).await?;
    gate::send_registration_link(state, act, &user).await
}

async fn do_approval(
    state: &AppState,
    act: &crate::service::directory::Actor,
    id: i64,
) -> Result<(), ServiceError> {
    helpdesk::request_approval(state, act, id).await.map(|_| ())
}

simple_post!(
    /// `POST /admin/helpdesk/users/{id}/unlock`: unlocks the verified caller.
    ///
    /// Errors: 403, 404, 500; a refusal is shown on the page.
    unlock, do_unlock, "helpdesk-unlocked"
);
simple_post!(
    /// `POST /admin/helpdesk/users/{id}/registration-link`: emails the caller a link to
    /// register their security info.
    ///
    /// Errors: 403, 404, 500; a refusal is shown on the page.
    registration_link, do_link, "helpdesk-registration-link-sent"
);
simple_post!(
    /// `POST /admin/helpdesk/users/{id}/approval`: asks a second agent to approve.
    ///
    /// Errors: 403, 404, 500; a refusal is shown on the page.
    ask_approval, do_approval, "helpdesk-approval-asked"
);
simple_post!(
    /// `POST /admin/helpdesk/users/{id}/close`: ends the verification (the call is over).
    ///
    /// Errors: 403, 404, 500.
    close, helpdesk::close, "helpdesk-closed"
);

/// `POST /admin/helpdesk/verifications/{id}/approve`: a second global administrator
/// approves; back to the console with a notice.
///
/// Errors: 403 unless a global administrator; 404; a refusal is shown on the page.
pub async fn approve(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    RequireAdmin(a): RequireAdmin,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, PageError> {
    let id = id_of(&id)?;
    let notice = match helpdesk::approve(&state, &actor(&a, &ip, &rid), id).await {
        Ok(_) => t("helpdesk-approved"),
        Err(e) => refusal_notice(e)?,
    };
    home_page(&state, &csrf, &a, String::new(), None, Some(notice)).await
}

/// `GET` of a POST-only helpdesk address (a reload after the session ended): back to
/// the console.
pub async fn back() -> impl IntoResponse {
    Redirect::to("/admin/helpdesk")
}

/// Whether the newest verification doesn't already say the manager denied (the pause
/// is then said once, there).
fn manager_denied_none(c: &helpdesk::Caller) -> bool {
    !c.verification
        .as_ref()
        .is_some_and(|v| matches!(v.manager, ManagerApproval::Denied { .. }))
}
