//! Security questions: choosing and answering them.

use latchkey_core::Secret;
use latchkey_core::audit::activity;
use latchkey_core::directory::User;
use latchkey_core::policy::{Method, SsprPolicy};
use latchkey_core::store::MethodChange;

use super::{ADDED, Change, commit, require_recent_password};
use crate::audit::Ctx;
use crate::identity::Authed;
use crate::service::ServiceError;
use crate::sspr::{load_policy, registry};
use crate::state::AppState;

/// The security questions form: how many to answer, the questions offered (id, text)
/// and those chosen, by position.
#[derive(Debug, Clone, Default)]
pub struct QuestionForm {
    /// Questions to answer (`questions_to_register` of the policy).
    pub count: usize,
    /// Every question offered, as (id, text): the predefined ones, then the organisation's
    /// own (whose id is their text).
    pub choices: Vec<(String, String)>,
    /// The ids chosen, by position; empty when none yet.
    pub selected: Vec<String>,
}

/// Where a problem with the questions form is, by position (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The question chosen at this position.
    Question(usize),
    /// The answer typed at this position.
    Answer(usize),
}

/// What saving the security answers gave.
#[derive(Debug, Clone)]
pub enum AnswersOutcome {
    /// Saved.
    Saved,
    /// The organisation doesn't use security questions for this user.
    NotAllowed,
    /// Refused; each problem in words, by position. The form as typed (never the answers).
    Invalid {
        /// The form to show again, with the questions chosen.
        form: QuestionForm,
        /// Each problem, where it is and what is wrong.
        problems: Vec<(Slot, String)>,
    },
}

/// Position `i` (0-based) as people count it, from 1.
fn position_number(i: usize) -> i64 {
    i64::try_from(i).unwrap_or(i64::MAX - 1) + 1
}

/// The message `key` about the question at position `i` (`$n`, counted from 1).
fn position(key: &str, i: usize) -> String {
    latchkey_i18n::tr(key, &[("n", position_number(i).into())])
}

/// The questions to choose from, as (id, text shown in the current language).
fn question_choices(policy: &SsprPolicy) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = latchkey_core::questions::PREDEFINED
        .iter()
        .map(|(id, _)| {
            (
                (*id).to_owned(),
                crate::sspr::question_text::question_text(id),
            )
        })
        .collect();
    v.extend(
        policy
            .custom_questions
            .iter()
            .map(|q| (q.clone(), q.clone())),
    );
    v
}

/// The questions form for `user`, with the questions they answered before; `None` when
/// the organisation doesn't use security questions for them.
pub async fn question_form(
    state: &AppState,
    user: &User,
) -> Result<Option<QuestionForm>, ServiceError> {
    let policy = load_policy(state).await?;
    if !policy
        .requirement(user.role)
        .allowed
        .contains(&Method::Questions)
    {
        return Ok(None);
    }
    let reg = registry::load(state, user.id).await?;
    Ok(Some(QuestionForm {
        count: usize::from(policy.questions_to_register),
        choices: question_choices(&policy),
        selected: reg.answers.iter().map(|(q, _)| q.clone()).collect(),
    }))
}

/// Most questions a form can hold.
pub const MAX_QUESTIONS: usize = 5;

/// Saves `picks` (question id, answer), by position, as the security answers of the
/// signed-in user `who` (hashed), replacing the earlier ones, in one transaction with the
/// audit event and notices.
///
/// Errors: [`ServiceError::StepUpRequired`] without a recent password
/// ([`require_recent_password`]).
pub async fn set_answers(
    state: &AppState,
    ctx: &Ctx,
    who: &Authed,
    picks: &[(String, String)],
) -> Result<AnswersOutcome, ServiceError> {
    require_recent_password(state, who)?;
    let user = &who.user;
    let policy = load_policy(state).await?;
    let req = policy.requirement(user.role);
    if !req.allowed.contains(&Method::Questions) {
        return Ok(AnswersOutcome::NotAllowed);
    }
    let count = usize::from(policy.questions_to_register);
    let choices = question_choices(&policy);
    let mut problems = Vec::new();
    let mut selected = Vec::new();
    let mut pairs: Vec<(String, String, String)> = Vec::new(); // (id, text, answer)
    for i in 0..count.min(MAX_QUESTIONS) {
        let (id, answer) = picks.get(i).cloned().unwrap_or_default();
        selected.push(id.clone());
        match choices.iter().find(|(cid, _)| *cid == id) {
            None => problems.push((Slot::Question(i), position("setup-question-missing", i))),
            Some(_) if pairs.iter().any(|(pid, _, _)| *pid == id) => {
                problems.push((Slot::Question(i), position("setup-question-duplicate", i)))
            }
            // The answer checks compare with the question's source text (English for a
            // built-in one), whatever language it was shown in.
            Some((_, text)) => pairs.push((
                id.clone(),
                latchkey_core::questions::predefined(&id)
                    .map_or_else(|| text.clone(), str::to_owned),
                answer,
            )),
        }
    }
    if problems.is_empty() {
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(_, q, a)| (q.as_str(), a.as_str()))
            .collect();
        if let Err((i, e)) =
            latchkey_core::questions::validate_answers(&refs, user.username.as_str(), None)
        {
            problems.push((
                Slot::Answer(i.min(MAX_QUESTIONS - 1)),
                latchkey_i18n::tr(
                    "setup-answer-problem",
                    &[
                        ("n", position_number(i).into()),
                        ("problem", e.to_string().into()),
                    ],
                ),
            ));
        }
    }
    if !problems.is_empty() {
        return Ok(AnswersOutcome::Invalid {
            form: QuestionForm {
                count,
                choices,
                selected,
            },
            problems,
        });
    }
    let mut stored = Vec::new();
    for (id, _, answer) in &pairs {
        let normal = Secret::new(latchkey_core::questions::normalise_answer(answer));
        stored.push((id.clone(), state.hasher.hash(&normal).await?));
    }
    let mut after = registry::load(state, user.id).await?;
    after.answers = stored.clone();
    let change = Change {
        details: serde_json::json!({"method": "questions", "count": stored.len()}),
        change: MethodChange::SetAnswers(stored),
        consumes: None,
        after,
        activity: activity::REGISTERED_METHOD,
        notice: ADDED,
        confirms: true,
    };
    commit(state, ctx, user, &req, change).await?;
    Ok(AnswersOutcome::Saved)
}
