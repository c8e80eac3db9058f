//! The password tester of *Password protection*: scores a sample password under the saved
//! password policy, as `/admin/password-protection/test` and
//! `POST /api/v1/policy/password/test` show it. Nothing is stored, logged or audited, and
//! the result never holds the sample.

use latchkey_i18n::{FluentValue, t, tr};

use crate::protect::{evaluate, subject};
use crate::service::ServiceError;
use crate::state::AppState;

/// What the tester found.
#[derive(Debug, Clone)]
pub struct Tested {
    /// Whether the policy accepts the password.
    pub accepted: bool,
    /// The stable code of the rule that refused it (`password_too_short`, …); `None` when
    /// accepted.
    pub code: Option<&'static str>,
    /// Why it was refused, in words; `None` when accepted.
    pub reason: Option<String>,
    /// The banned-list score (5 or more is refused when the list is enforced).
    pub banned_score: u32,
    /// The banned terms found in it.
    pub banned_terms: Vec<String>,
    /// Its strength, 0 (very weak) to 4 (very strong).
    pub strength: u8,
}

impl Tested {
    /// The verdict line the portal shows, in the reader's language: "Accepted" or
    /// "Refused: …".
    pub fn verdict(&self) -> String {
        match &self.reason {
            None => t("admin-protection-accepted"),
            Some(r) => tr("admin-protection-refused", &[("reason", r.clone().into())]),
        }
    }

    /// The detail line the portal shows: the banned-list score, the terms, the strength.
    /// In the reader's language.
    pub fn detail(&self) -> String {
        let mut args: Vec<(&str, FluentValue)> = vec![
            ("score", self.banned_score.into()),
            ("strength", self.strength.into()),
        ];
        if self.banned_terms.is_empty() {
            tr("admin-protection-detail", &args)
        } else {
            args.push(("terms", self.banned_terms.join(", ").into()));
            tr("admin-protection-detail-terms", &args)
        }
    }
}

/// Tests `sample` against the password policy in force, for nobody in particular (no
/// user's names count).
///
/// Errors: [`ServiceError::Internal`] when the store fails or the policy is unreadable.
pub async fn test_password(state: &AppState, sample: &str) -> Result<Tested, ServiceError> {
    let subj = subject(state, "", "", "");
    let (v, _) = evaluate(state, sample, &subj).await?;
    Ok(Tested {
        accepted: v.result.is_ok(),
        code: v.result.as_ref().err().map(|e| e.code()),
        reason: v.result.as_ref().err().map(ToString::to_string),
        banned_score: u32::try_from(v.banned_score).unwrap_or(u32::MAX),
        banned_terms: v.found.iter().map(|t| t.term.clone()).collect(),
        strength: v.strength.score,
    })
}
