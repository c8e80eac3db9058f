//! The human check at the start of a reset journey and before codes are sent (`captcha`):
//! the proof of work by default ([`latchkey_core::pow`]), the built-in picture at the
//! start when chosen, or none.
//!
//! The proof of work costs more for a client address that started more journeys in the
//! last hour. A form without a proof (no JavaScript, or a browser without Web Crypto) is
//! still served, under the stricter per-address limits of [`super::throttle`]; a proof
//! that is present but wrong, expired or used before is refused.

use latchkey_core::config::HumanCheck;
use latchkey_core::pow::{self, PowError};

use super::throttle;
use crate::error::PageError;
use crate::state::AppState;
pub use crate::views::ProviderView;

/// What a page shows for the check: a proof-of-work token for the script, the picture, or
/// a provider's widget.
#[derive(Clone, Debug, Default)]
pub struct HumanView {
    /// The proof-of-work token, in a hidden `pow_token` field marked `data-pow`.
    pub pow: Option<String>,
    /// hCaptcha or Turnstile (`captcha = "hcaptcha"` / `"turnstile"`, start page only).
    pub provider: Option<ProviderView>,
    /// The picture and its text alternative (`captcha = "image"`, start page only).
    pub image: Option<latchkey_core::captcha::Challenge>,
}

/// The check's fields, as any form carries them.
#[derive(serde::Deserialize, Default, Debug)]
#[serde(default)]
pub struct HumanForm {
    /// The proof-of-work token the page was given.
    pub pow_token: String,
    /// The number the script found; empty without JavaScript.
    pub pow_number: String,
    /// The picture's token.
    pub captcha_token: String,
    /// The characters typed, or the answer to the question.
    pub captcha_answer: String,
    /// hCaptcha's answer token, added to the form by its widget.
    #[serde(rename = "h-captcha-response")]
    pub hcaptcha_response: String,
    /// Turnstile's answer token, added to the form by its widget.
    #[serde(rename = "cf-turnstile-response")]
    pub turnstile_response: String,
}

/// Where the check is made: the start page may show the picture, sends never do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// `POST /reset`.
    Start,
    /// `POST /reset/verify/send`.
    Send,
}

/// The check for a page served to `client_ip` at `place`.
///
/// Errors: storage errors as [`PageError`] (the cost reads the address's recent starts).
pub async fn view(state: &AppState, client_ip: &str, place: Place) -> Result<HumanView, PageError> {
    let now = state.now();
    Ok(match state.settings.human_check() {
        HumanCheck::Off => HumanView::default(),
        HumanCheck::Image if place == Place::Start => HumanView {
            image: Some(latchkey_core::captcha::challenge(state.server_key(), now)),
            ..HumanView::default()
        },
        HumanCheck::Image => HumanView::default(),
        check @ (HumanCheck::HCaptcha | HumanCheck::Turnstile) if place == Place::Start => {
            let (script, class, _, _) = check.provider().unwrap_or_default();
            HumanView {
                provider: Some(ProviderView {
                    script,
                    class,
                    site_key: state.settings.captcha_provider.site_key.clone(),
                }),
                ..HumanView::default()
            }
        }
        HumanCheck::ProofOfWork | HumanCheck::HCaptcha | HumanCheck::Turnstile => {
            // Sends cost the base: the person already passed the start's check.
            let cost = match place {
                Place::Start => throttle::proof_cost(state, client_ip).await?,
                Place::Send => pow::BASE_MAX_NUMBER,
            };
            HumanView {
                pow: Some(pow::challenge(state.server_key(), now, cost).token),
                ..HumanView::default()
            }
        }
    })
}

/// The result of [`check`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    /// Passed; `proof` is false on the no-JavaScript path (stricter limits apply).
    Passed {
        /// A proof of work (or the picture) was solved, or the check is off.
        proof: bool,
    },
    /// Refused: the field at fault and what to tell the person (a catalogue key, `reset-…`).
    /// Nothing else was done.
    Refused(&'static str, &'static str),
}

/// Checks `form` at `place`; a solved challenge is recorded as used (single use).
///
/// Errors: storage errors as [`PageError`].
pub async fn check(
    state: &AppState,
    form: &HumanForm,
    place: Place,
    client_ip: &str,
) -> Result<Checked, PageError> {
    let now = state.now();
    match state.settings.human_check() {
        HumanCheck::Off => Ok(Checked::Passed { proof: true }),
        HumanCheck::Image if place == Place::Send => Ok(Checked::Passed { proof: true }),
        HumanCheck::Image => {
            let field = "captcha_answer";
            Ok(
                match latchkey_core::captcha::verify(
                    state.server_key(),
                    &form.captcha_token,
                    &form.captcha_answer,
                    now,
                ) {
                    Ok(nonce) if state.store.captcha_use(&nonce, now + 600).await? => {
                        Checked::Passed { proof: true }
                    }
                    Ok(_) => Checked::Refused(field, "reset-human-picture-used"),
                    Err(latchkey_core::captcha::CaptchaError::Expired) => {
                        Checked::Refused(field, "reset-human-picture-expired")
                    }
                    Err(_) => Checked::Refused(field, "reset-human-picture-wrong"),
                },
            )
        }
        check @ (HumanCheck::HCaptcha | HumanCheck::Turnstile) if place == Place::Start => {
            let answer = if check == HumanCheck::HCaptcha {
                &form.hcaptcha_response
            } else {
                &form.turnstile_response
            };
            Ok(provider_check(state, check, answer, client_ip).await)
        }
        HumanCheck::ProofOfWork | HumanCheck::HCaptcha | HumanCheck::Turnstile => {
            if form.pow_number.trim().is_empty() {
                return Ok(Checked::Passed { proof: false });
            }
            let field = "pow_number";
            let again = "reset-human-check-again";
            Ok(
                match pow::verify(state.server_key(), &form.pow_token, &form.pow_number, now) {
                    // A token fetched cheaply before a burst of starts is not enough after it.
                    Ok(solved)
                        if place == Place::Start
                            && solved.max_number
                                < throttle::proof_cost(state, client_ip).await? =>
                    {
                        Checked::Refused(field, "reset-human-check-busy")
                    }
                    Ok(solved) => {
                        let nonce = solved.nonce;
                        if state
                            .store
                            .captcha_use(&format!("pow:{nonce}"), now + pow::LIFETIME_SECONDS)
                            .await?
                        {
                            Checked::Passed { proof: true }
                        } else {
                            Checked::Refused(field, again)
                        }
                    }
                    Err(PowError::Expired) => Checked::Refused(field, "reset-human-check-expired"),
                    Err(PowError::Wrong | PowError::Malformed) => Checked::Refused(field, again),
                },
            )
        }
    }
}

/// The provider's verdict on `answer` (its `siteverify` endpoint: a form POST of `secret`,
/// `response`, `remoteip` and, for hCaptcha, `sitekey`; a JSON answer with `success`).
/// No answer (no JavaScript), or a provider that fails or doesn't answer within
/// `captcha_provider.timeout_seconds`, is no proof: the stricter limits apply, and a
/// provider outage locks nobody out. A `success: false` is refused.
async fn provider_check(
    state: &AppState,
    check: HumanCheck,
    answer: &str,
    client_ip: &str,
) -> Checked {
    let answer = answer.trim();
    if answer.is_empty() || answer.len() > 4096 {
        return Checked::Passed { proof: false };
    }
    let p = &state.settings.captcha_provider;
    let default_url = check
        .provider()
        .map(|(_, _, _, url)| url)
        .unwrap_or_default();
    let url = if p.verify_url.is_empty() {
        default_url
    } else {
        p.verify_url.as_str()
    };
    let mut fields = vec![("secret", p.secret.as_str()), ("response", answer)];
    if !client_ip.is_empty() && client_ip != "unknown" {
        fields.push(("remoteip", client_ip));
    }
    if check == HumanCheck::HCaptcha {
        fields.push(("sitekey", p.site_key.as_str()));
    }
    #[derive(serde::Deserialize)]
    struct Verdict {
        success: bool,
    }
    let sent = provider_client()
        .post(url)
        .timeout(std::time::Duration::from_secs(u64::from(p.timeout_seconds)))
        .form(&fields)
        .send()
        .await;
    let verdict = match sent {
        Ok(r) if r.status().is_success() => r.json::<Verdict>().await.map_err(|e| e.to_string()),
        Ok(r) => Err(format!("HTTP {}", r.status())),
        Err(e) => Err(e.without_url().to_string()),
    };
    match verdict {
        Ok(Verdict { success: true }) => Checked::Passed { proof: true },
        Ok(Verdict { success: false }) => {
            Checked::Refused("captcha", "reset-human-provider-failed")
        }
        Err(cause) => {
            tracing::warn!(%cause, "the CAPTCHA provider didn't answer; the stricter limits apply");
            Checked::Passed { proof: false }
        }
    }
}

/// One HTTP client for the provider, kept for its connection pool.
fn provider_client() -> &'static reqwest::Client {
    static CLIENT: std::sync::OnceLock<reqwest::Client> = std::sync::OnceLock::new();
    CLIENT.get_or_init(reqwest::Client::new)
}
