//! The helpdesk settings: whether helpdesk agents must verify a caller before acting, the
//! window, the burst alert and its extra recipients, and whether the caller's manager may
//! approve. Stored as JSON under the setting
//! [`SETTING`]; global administrators change them.

use latchkey_core::audit::activity;
use latchkey_core::directory::{Email, FieldError};
use latchkey_core::helpdesk::{
    DEFAULT_BURST_THRESHOLD, DEFAULT_WINDOW_MINUTES, WINDOW_MINUTES_RANGE,
};
use latchkey_core::store::Effects;
use latchkey_i18n::tr;
use serde::{Deserialize, Serialize};

use crate::service::ServiceError;
use crate::service::actor::Actor;
use crate::state::AppState;

/// The most security contacts kept.
pub const MAX_CONTACTS: usize = 20;

/// The settings name the helpdesk settings are stored under.
pub const SETTING: &str = "helpdesk";

/// The helpdesk settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HelpdeskSettings {
    /// Password administrators (and global administrators, for an administrator's
    /// account) must verify the caller in the helpdesk console before resetting,
    /// unlocking or issuing a pass. On by default.
    pub require_verification: bool,
    /// Minutes the agent may act after the caller is verified (1–60, default 10).
    pub window_minutes: u16,
    /// Verifications of one account started within an hour that alert the global
    /// administrators and the security contacts (0 = never; default 3; at most 100).
    pub burst_threshold: u16,
    /// Extra addresses told of verification bursts, pauses and administrator demotions (a
    /// security team's mailbox), besides the global administrators.
    pub security_contacts: Vec<String>,
    /// Agents may ask the caller's manager to approve (by email; the manager answers
    /// signed in, with the number the caller was given), for callers who aren't
    /// administrators. Off by default: turn it on once managers are set (or synced) with
    /// care, as a manager's answer then vouches for their reports.
    pub manager_approval: bool,
}

impl Default for HelpdeskSettings {
    fn default() -> Self {
        Self {
            require_verification: true,
            window_minutes: DEFAULT_WINDOW_MINUTES,
            burst_threshold: DEFAULT_BURST_THRESHOLD,
            security_contacts: Vec::new(),
            manager_approval: false,
        }
    }
}

/// The settings as typed in the form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SettingsInput {
    /// Checkbox: `on`/`true` when ticked.
    pub require_verification: Option<String>,
    /// Minutes, as typed.
    pub window_minutes: String,
    /// How many, as typed.
    pub burst_threshold: String,
    /// Addresses separated by commas, spaces or new lines.
    pub security_contacts: String,
    /// Checkbox: `on`/`true` when ticked.
    pub manager_approval: Option<String>,
}

/// The stored settings, or the defaults.
///
/// Errors: storage errors.
pub async fn settings(state: &AppState) -> Result<HelpdeskSettings, ServiceError> {
    Ok(stored(state).await?.1)
}

async fn stored(state: &AppState) -> Result<(Option<String>, HelpdeskSettings), ServiceError> {
    let raw = state.store.setting_get(SETTING).await?;
    let parsed = match raw.as_deref() {
        None => HelpdeskSettings::default(),
        Some(s) => serde_json::from_str(s).unwrap_or_else(|e| {
            // The defaults are the safe side: verification on.
            tracing::error!(
                error = %e,
                "the stored helpdesk settings are unreadable; the defaults apply until they are saved again"
            );
            HelpdeskSettings::default()
        }),
    };
    Ok((raw, parsed))
}

fn number(
    field: &'static str,
    typed: &str,
    range: std::ops::RangeInclusive<u16>,
) -> Result<u16, FieldError> {
    typed
        .trim()
        .parse::<u16>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            FieldError::new(
                field,
                tr(
                    "helpdesk-settings-error-range",
                    &[
                        ("min", (*range.start()).into()),
                        ("max", (*range.end()).into()),
                    ],
                ),
            )
        })
}

impl SettingsInput {
    /// The settings these fields give.
    ///
    /// # Errors
    ///
    /// Every field at fault: `window_minutes` outside 1–60, `burst_threshold` outside
    /// 0–100, a `security_contacts` entry that isn't an email address, or more than
    /// [`MAX_CONTACTS`] of them.
    pub fn parse(&self) -> Result<HelpdeskSettings, Vec<FieldError>> {
        let mut errors = Vec::new();
        let window = number("window_minutes", &self.window_minutes, WINDOW_MINUTES_RANGE)
            .map_err(|e| errors.push(e))
            .unwrap_or(DEFAULT_WINDOW_MINUTES);
        let burst = number("burst_threshold", &self.burst_threshold, 0..=100)
            .map_err(|e| errors.push(e))
            .unwrap_or(DEFAULT_BURST_THRESHOLD);
        let mut contacts = Vec::new();
        for a in self
            .security_contacts
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|a| !a.is_empty())
        {
            match Email::parse("security_contacts", a) {
                Ok(e) => contacts.push(e.as_str().to_owned()),
                Err(e) => errors.push(e),
            }
        }
        if contacts.len() > MAX_CONTACTS {
            errors.push(FieldError::new(
                "security_contacts",
                tr(
                    "helpdesk-settings-error-contacts",
                    &[("max", MAX_CONTACTS.into())],
                ),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let ticked = |b: &Option<String>| {
            b.as_deref()
                .is_some_and(|v| matches!(v, "on" | "true" | "1"))
        };
        Ok(HelpdeskSettings {
            manager_approval: ticked(&self.manager_approval),
            require_verification: ticked(&self.require_verification),
            window_minutes: window,
            burst_threshold: burst,
            security_contacts: contacts,
        })
    }
}

/// Saves new helpdesk settings (global administrators), audited as "Update helpdesk
/// settings" with before and after.
///
/// Errors: [`ServiceError::Forbidden`] unless a global administrator;
/// [`ServiceError::Invalid`] (see [`SettingsInput::parse`]); storage errors.
pub async fn save_settings(
    state: &AppState,
    actor: &Actor,
    input: &SettingsInput,
) -> Result<HelpdeskSettings, ServiceError> {
    actor.require_global()?;
    let new = input.parse().map_err(ServiceError::Invalid)?;
    let (raw, old) = stored(state).await?;
    let json = serde_json::to_string(&new).map_err(|e| ServiceError::Internal(e.to_string()))?;
    let event = actor.event(
        state,
        activity::UPDATE_HELPDESK_SETTINGS,
        "",
        serde_json::json!({"before": old, "after": new}),
    );
    if !state
        .store
        .settings_cas_commit(
            &[(SETTING, raw.as_deref(), json.as_str())],
            &Effects {
                audit: vec![event],
                deliveries: Vec::new(),
            },
        )
        .await?
    {
        return Err(ServiceError::ChangedMeanwhile);
    }
    Ok(new)
}
