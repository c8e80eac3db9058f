//! `/setup/questions`: choosing and answering security questions.

use axum::extract::{Extension, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

use super::{back_to, ctx};
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::middleware::{ClientIp, CsrfToken, RequestId};
use crate::service::registration::{self, AnswersOutcome, MAX_QUESTIONS, QuestionForm, Slot};
use crate::session::{Authed, SetupUser};
use crate::state::AppState;
use crate::views::{FormErrors, Layout, SetupQuestionsPage, render};
use latchkey_i18n::t;

/// This flow's page, where "Confirm it's you" comes back to.
const PAGE: &str = "/setup/questions";

const QUESTIONS: [&str; MAX_QUESTIONS] = [
    "question_0",
    "question_1",
    "question_2",
    "question_3",
    "question_4",
];
const ANSWERS: [&str; MAX_QUESTIONS] = ["answer_0", "answer_1", "answer_2", "answer_3", "answer_4"];

fn questions_page(
    state: &AppState,
    csrf: &CsrfToken,
    a: &Authed,
    form: QuestionForm,
    errors: FormErrors,
) -> Response {
    render(&SetupQuestionsPage {
        layout: Layout::new(state, t("setup-questions-heading"), &csrf.0, Some(a))
            .section("account"),
        count: form.count,
        choices: form.choices,
        selected: form.selected,
        errors,
    })
}

/// `GET /setup/questions` (back to `/setup` when the organisation doesn't use them).
/// Saving answers needs the password confirmed recently: asked for here, before any
/// answer is typed.
pub async fn questions(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    SetupUser(a): SetupUser,
) -> Result<Response, PageError> {
    registration::require_recent_password(&state, &a).map_err(back_to(PAGE))?;
    match registration::question_form(&state, &a.user).await? {
        Some(form) => Ok(questions_page(
            &state,
            &csrf,
            &a,
            form,
            FormErrors::default(),
        )),
        None => Ok(Redirect::to("/setup").into_response()),
    }
}

/// `POST /setup/questions`: `question_N` and `answer_N` for each question.
pub async fn questions_submit(
    State(state): State<AppState>,
    Extension(csrf): Extension<CsrfToken>,
    Extension(ip): Extension<ClientIp>,
    Extension(rid): Extension<RequestId>,
    SetupUser(a): SetupUser,
    CsrfForm(f): CsrfForm<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let field = |name: &str| f.get(name).cloned().unwrap_or_default();
    let picks: Vec<(String, String)> = QUESTIONS
        .iter()
        .zip(ANSWERS)
        .map(|(q, a)| (field(q), field(a)))
        .collect();
    match registration::set_answers(&state, &ctx(&a, &ip, &rid), &a, &picks)
        .await
        .map_err(back_to(PAGE))?
    {
        AnswersOutcome::Saved => Ok(Redirect::to("/setup?saved=1").into_response()),
        AnswersOutcome::NotAllowed => Err(PageError::Forbidden(t("setup-questions-not-allowed"))),
        AnswersOutcome::Invalid { form, problems } => {
            let mut errors = FormErrors::default();
            for (slot, message) in problems {
                match slot {
                    Slot::Question(i) => errors.push(QUESTIONS[i], message),
                    Slot::Answer(i) => errors.push(ANSWERS[i], message),
                }
            }
            let mut r = questions_page(&state, &csrf, &a, form, errors);
            *r.status_mut() = StatusCode::BAD_REQUEST;
            Ok(r)
        }
    }
}
