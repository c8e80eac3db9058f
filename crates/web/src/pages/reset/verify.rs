//! Reset or unlock, then the verification steps: choose a method, send a code, check it.

use axum::extract::{Extension, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_core::Secret;
use latchkey_core::journey::{Channel, Intent, Stage};
use latchkey_core::store::CodePurpose;
use serde::Deserialize;
use std::collections::HashMap;

use super::{blocked_page, expired, journey_layout, load};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken};
use crate::service::journey::{self, CheckOutcome, ChooseOutcome, Loaded, SendOutcome};
use crate::sspr::codes;
use crate::sspr::human::{self, Checked, HumanForm, Place};
use crate::state::AppState;
use crate::views::{MethodLink, ResetOptionsPage, ResetVerifyPage, render};
use latchkey_i18n::{t, tr};

/// The catalogue key of a method's name in the list.
fn method_key(c: Channel) -> &'static str {
    match c {
        Channel::Email => "reset-method-email",
        Channel::MobileSms => "reset-method-mobile-sms",
        Channel::MobileVoice => "reset-method-mobile-voice",
        Channel::OfficeVoice => "reset-method-office-voice",
        Channel::App => "reset-method-app",
        Channel::Questions => "reset-method-questions",
        Channel::AppNotification => "reset-method-app-notification",
        Channel::Passkey => "reset-method-passkey",
    }
}

/// Where a journey that is past verification belongs.
fn elsewhere(j: &Loaded) -> Option<Response> {
    let to = match j.flow.journey.stage {
        Stage::ChooseIntent => "/reset/options",
        Stage::Verify => return None,
        Stage::NewPassword => "/reset/password",
        Stage::Unlock | Stage::Done => "/reset/done",
    };
    Some(Redirect::to(to).into_response())
}

/// `GET /reset/options`: reset, or unlock without resetting.
pub async fn options(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
) -> Result<Response, PageError> {
    let Some(j) = load(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    if j.flow.journey.stage != Stage::ChooseIntent {
        return Ok(Redirect::to("/reset/verify").into_response());
    }
    Ok(render(&ResetOptionsPage {
        layout: journey_layout(&state, t("reset-title"), &csrf.0, &j),
        error: None,
    }))
}

/// The form of `POST /reset/options`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OptionsForm {
    choice: String,
}

/// `POST /reset/options`.
pub async fn options_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<OptionsForm>,
) -> Result<Response, PageError> {
    let Some(j) = load(&state, &headers).await? else {
        return Ok(expired(&state, &csrf.0));
    };
    match journey::choose_intent(&state, &j, Intent::parse(&form.choice)).await? {
        ChooseOutcome::Chosen | ChooseOutcome::AlreadyChosen => {
            Ok(Redirect::to("/reset/verify").into_response())
        }
        ChooseOutcome::Invalid => {
            let mut r = render(&ResetOptionsPage {
                layout: journey_layout(&state, t("reset-title"), &csrf.0, &j),
                error: Some(t("reset-options-invalid")),
            });
            *r.status_mut() = StatusCode::BAD_REQUEST;
            Ok(r)
        }
    }
}

fn query_map(q: Option<String>) -> HashMap<String, String> {
    serde_urlencoded::from_str(q.as_deref().unwrap_or_default()).unwrap_or_default()
}

#[derive(Default)]
pub(super) struct PanelState {
    pub(super) error: Option<String>,
    pub(super) notice: Option<String>,
    pub(super) destination: String,
    pub(super) force_destination: bool,
}

pub(super) fn error(msg: impl Into<String>) -> PanelState {
    PanelState {
        error: Some(msg.into()),
        ..Default::default()
    }
}

pub(super) async fn verify_page(
    state: &AppState,
    csrf: &str,
    j: &Loaded,
    channel: Option<Channel>,
    p: PanelState,
) -> Result<Response, PageError> {
    let channels = j.channels();
    let current = channel.filter(|c| channels.contains(c));
    let mut page = ResetVerifyPage {
        layout: journey_layout(state, t("reset-title"), csrf, j),
        step: j.flow.journey.step(),
        methods: channels
            .iter()
            .map(|c| MethodLink {
                channel: c.as_str(),
                label: t(method_key(*c)),
                current: Some(*c) == current,
            })
            .collect(),
        helpdesk: crate::views::Helpdesk::from_policy(&j.policy.helpdesk),
        channel: current.map(|c| c.as_str().to_owned()).unwrap_or_default(),
        panel: "choose",
        prompt: String::new(),
        input_label: String::new(),
        input_type: "text",
        send_label: String::new(),
        pow: human::view(state, "", Place::Send).await?.pow,
        destination: p.destination,
        questions: Vec::new(),
        push_number: String::new(),
        error: p.error.clone(),
        notice: p.notice,
    };
    if let Some(c) = current {
        match c {
            Channel::App => {
                page.panel = "app";
                page.prompt = t("reset-verify-app-prompt");
            }
            Channel::Passkey => {
                page.panel = "passkey";
                page.prompt = t("reset-verify-passkey-prompt");
            }
            Channel::AppNotification => {
                super::push::panel(state, j, &mut page, p.force_destination).await?;
            }
            Channel::Questions => {
                page.panel = "questions";
                page.prompt = t("reset-verify-questions-prompt");
                page.questions = j.question_texts().into_iter().enumerate().collect();
            }
            _ => {
                let waiting = match CodePurpose::for_reset(c.method()) {
                    Some(purpose) => codes::pending_destination(state, &j.flow.id_hash, purpose)
                        .await?
                        .is_some(),
                    None => false,
                };
                let masked = j.masked(c);
                if waiting && !p.force_destination {
                    page.panel = "code";
                    let key = match c {
                        Channel::Email => "reset-verify-code-email",
                        Channel::MobileSms => "reset-verify-code-sms",
                        _ => "reset-verify-code-call",
                    };
                    page.prompt = tr(key, &[("masked", masked.clone().into())]);
                } else {
                    page.panel = "destination";
                    let (what, label, kind, send) = match c {
                        Channel::Email => (
                            "address",
                            "reset-verify-email-label",
                            "email",
                            "reset-verify-send-email",
                        ),
                        Channel::MobileSms => (
                            "number",
                            "reset-verify-phone-label",
                            "tel",
                            "reset-verify-send-text",
                        ),
                        _ => (
                            "number",
                            "reset-verify-phone-label",
                            "tel",
                            "reset-verify-send-call",
                        ),
                    };
                    let key = if what == "number" {
                        "reset-verify-destination-number"
                    } else {
                        "reset-verify-destination-address"
                    };
                    page.prompt = tr(key, &[("masked", masked.clone().into())]);
                    page.input_label = t(label);
                    page.input_type = kind;
                    page.send_label = t(send);
                }
            }
        }
    }
    let mut r = render(&page);
    if p.error.is_some() {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(r)
}

/// `GET /reset/verify[?method=…][&again]`.
pub async fn verify(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> Result<Response, PageError> {
    let Some(mut j) = load(&state, &headers).await? else {
        if let Some(r) = super::push::ended(&state, &csrf.0, &headers).await? {
            return Ok(r);
        }
        return Ok(expired(&state, &csrf.0));
    };
    if let Some(r) = elsewhere(&j) {
        return Ok(r);
    }
    let q = query_map(q);
    let channel = q.get("method").and_then(|m| Channel::parse(m));
    if channel == Some(Channel::Questions) {
        journey::ensure_questions(&state, &mut j).await?;
    }
    verify_page(
        &state,
        &csrf.0,
        &j,
        channel,
        PanelState {
            force_destination: q.contains_key("again"),
            // After a passkey (checked by the script, which then comes here): said only
            // when the journey did pass the method named, never on the query's word alone.
            notice: q
                .get("passed")
                .and_then(|m| Channel::parse(m))
                .filter(|c| {
                    j.flow.journey.stage == Stage::Verify
                        && j.flow.journey.passed.contains(&c.method())
                })
                .map(|_| t("reset-verify-second-method")),
            ..Default::default()
        },
    )
    .await
}

/// The form of `POST /reset/verify/send`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SendForm {
    channel: String,
    destination: String,
    pow_token: String,
    pow_number: String,
}

/// `POST /reset/verify/send`: the full destination typed, a code sent.
pub async fn send(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<SendForm>,
) -> Result<Response, PageError> {
    let Some(mut j) = load(&state, &headers).await? else {
        if let Some(r) = super::push::ended(&state, &csrf.0, &headers).await? {
            return Ok(r);
        }
        return Ok(expired(&state, &csrf.0));
    };
    if let Some(r) = elsewhere(&j) {
        return Ok(r);
    }
    let Some(c) = Channel::parse(&form.channel) else {
        return verify_page(
            &state,
            &csrf.0,
            &j,
            None,
            error(t("reset-verify-choose-shown")),
        )
        .await;
    };
    let typed: String = form.destination.trim().chars().take(254).collect();
    let with_typed = |msg: String| PanelState {
        error: Some(msg),
        notice: None,
        destination: typed.clone(),
        force_destination: true,
    };
    let human = HumanForm {
        pow_token: form.pow_token,
        pow_number: form.pow_number,
        ..HumanForm::default()
    };
    let proof = match human::check(&state, &human, Place::Send, &ip.0).await? {
        Checked::Passed { proof } => proof,
        Checked::Refused(_, why) => {
            return verify_page(&state, &csrf.0, &j, Some(c), with_typed(t(why))).await;
        }
    };
    if c == Channel::AppNotification {
        return super::push::send(&state, &csrf.0, &mut j, &headers, &ip.0, proof).await;
    }
    match journey::send_code(&state, &mut j, c, &typed, &ip.0, proof).await? {
        SendOutcome::Sent => {
            Ok(Redirect::to(&format!("/reset/verify?method={}", c.as_str())).into_response())
        }
        SendOutcome::NoCodeNeeded => {
            Ok(Redirect::to(&format!("/reset/verify?method={}", c.as_str())).into_response())
        }
        SendOutcome::NotOffered => {
            verify_page(
                &state,
                &csrf.0,
                &j,
                None,
                error(t("reset-verify-choose-shown")),
            )
            .await
        }
        SendOutcome::BadInput(why) => {
            verify_page(&state, &csrf.0, &j, Some(c), with_typed(why)).await
        }
        SendOutcome::Mismatch => {
            let key = if c == Channel::Email {
                "reset-verify-mismatch-address"
            } else {
                "reset-verify-mismatch-number"
            };
            verify_page(&state, &csrf.0, &j, Some(c), with_typed(t(key))).await
        }
        SendOutcome::Blocked => Ok(blocked_page(&state, &csrf.0, &j.policy)),
        SendOutcome::Failed => {
            verify_page(
                &state,
                &csrf.0,
                &j,
                Some(c),
                with_typed(t("reset-verify-send-failed")),
            )
            .await
        }
        SendOutcome::Moved => Ok(Redirect::to("/reset/verify").into_response()),
    }
}

/// The form of `POST /reset/verify/check`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CheckForm {
    channel: String,
    code: String,
    answer_0: Secret,
    answer_1: Secret,
    answer_2: Secret,
    answer_3: Secret,
    answer_4: Secret,
}

/// `POST /reset/verify/check`: a code, an app code or the answers.
pub async fn check(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<CheckForm>,
) -> Result<Response, PageError> {
    let Some(mut j) = load(&state, &headers).await? else {
        if let Some(r) = super::push::ended(&state, &csrf.0, &headers).await? {
            return Ok(r);
        }
        return Ok(expired(&state, &csrf.0));
    };
    if let Some(r) = elsewhere(&j) {
        return Ok(r);
    }
    let Some(c) = Channel::parse(&form.channel) else {
        return Ok(Redirect::to("/reset/verify").into_response());
    };
    let answers = [
        &form.answer_0,
        &form.answer_1,
        &form.answer_2,
        &form.answer_3,
        &form.answer_4,
    ];
    if c == Channel::AppNotification {
        return super::push::check(&state, &csrf.0, &mut j, &ip.0).await;
    }
    match journey::check(&state, &mut j, c, &form.code, &answers, &ip.0).await? {
        CheckOutcome::NextMethod => {
            verify_page(
                &state,
                &csrf.0,
                &j,
                None,
                PanelState {
                    notice: Some(t("reset-verify-second-method")),
                    ..Default::default()
                },
            )
            .await
        }
        CheckOutcome::ChoosePassword => Ok(Redirect::to("/reset/password").into_response()),
        CheckOutcome::Unlocked => Ok(Redirect::to("/reset/done").into_response()),
        CheckOutcome::Wrong(msg) | CheckOutcome::NoCode(msg) => {
            verify_page(&state, &csrf.0, &j, Some(c), error(t(msg))).await
        }
        CheckOutcome::ShowQuestions => {
            verify_page(
                &state,
                &csrf.0,
                &j,
                Some(c),
                error(t("reset-verify-answer-shown")),
            )
            .await
        }
        CheckOutcome::Blocked => Ok(blocked_page(&state, &csrf.0, &j.policy)),
        CheckOutcome::NotOffered | CheckOutcome::Moved => {
            Ok(Redirect::to("/reset/verify").into_response())
        }
    }
}
