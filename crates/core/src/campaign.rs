//! Registration campaigns: scheduled reminders to the users in scope who haven't
//! registered enough methods (or whose re-confirmation is due), and the settings that
//! drive them. The job that sends them is `latchkey_web::service::campaigns`; this holds
//! the settings and their rules.

use serde::{Deserialize, Serialize};

use crate::directory::FieldError;
use crate::registration::Standing;

/// The shortest interval between two reminders to one user, in days.
pub const MIN_INTERVAL_DAYS: u16 = 1;
/// The longest interval between two reminders to one user, in days.
pub const MAX_INTERVAL_DAYS: u16 = 90;

/// The registration campaign's settings, as administrators save them. Off until an
/// administrator turns it on: it emails people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CampaignSettings {
    /// Reminders are sent.
    pub enabled: bool,
    /// Days between two reminders to the same user ([`MIN_INTERVAL_DAYS`] to
    /// [`MAX_INTERVAL_DAYS`], **7**).
    pub interval_days: u16,
    /// Users whose re-confirmation is due are reminded too (**on**).
    pub include_reconfirm: bool,
}

impl Default for CampaignSettings {
    fn default() -> Self {
        Self {
            enabled: false,
            interval_days: 7,
            include_reconfirm: true,
        }
    }
}

/// Why a user is reminded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Fewer methods registered than a reset needs.
    Register,
    /// Registered, but the re-confirmation period has passed.
    Reconfirm,
}

impl Reason {
    /// `register` or `reconfirm`, for the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Register => "register",
            Reason::Reconfirm => "reconfirm",
        }
    }
}

impl CampaignSettings {
    /// Checks the settings: the interval within range.
    ///
    /// # Errors
    ///
    /// Every problem, on its field (`interval_days`).
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        if !(MIN_INTERVAL_DAYS..=MAX_INTERVAL_DAYS).contains(&self.interval_days) {
            return Err(vec![FieldError::new(
                "interval_days",
                latchkey_i18n::tr(
                    "campaigns-error-interval",
                    &[
                        ("min", MIN_INTERVAL_DAYS.into()),
                        ("max", MAX_INTERVAL_DAYS.into()),
                    ],
                ),
            )]);
        }
        Ok(())
    }

    /// The interval in seconds.
    pub fn interval_secs(&self) -> i64 {
        i64::from(self.interval_days) * 86_400
    }

    /// Why a user of this registration `standing` is reminded, if at all.
    pub fn reason(&self, standing: Standing) -> Option<Reason> {
        match standing {
            Standing::NeedsMore { .. } => Some(Reason::Register),
            Standing::Reconfirm if self.include_reconfirm => Some(Reason::Reconfirm),
            Standing::Reconfirm | Standing::Complete => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_weekly_and_with_reconfirmation_by_default() {
        let d = CampaignSettings::default();
        assert!(!d.enabled && d.interval_days == 7 && d.include_reconfirm);
        assert_eq!(d.interval_secs(), 7 * 86_400);
        // A document saved with fewer keys keeps the defaults of the others.
        let s: CampaignSettings = serde_json::from_str(r#"{"enabled": true}"#).unwrap_or(d);
        assert!(s.enabled && s.interval_days == 7);
        assert!(serde_json::from_str::<CampaignSettings>(r#"{"every": 3}"#).is_err());
    }

    #[test]
    fn the_interval_is_one_to_ninety_days() {
        for (days, ok) in [(0, false), (1, true), (7, true), (90, true), (91, false)] {
            let s = CampaignSettings {
                interval_days: days,
                ..CampaignSettings::default()
            };
            assert_eq!(s.validate().is_ok(), ok, "{days}");
        }
    }

    #[test]
    fn who_is_reminded() {
        let mut s = CampaignSettings::default();
        let more = Standing::NeedsMore {
            questions_only: false,
        };
        assert_eq!(s.reason(more), Some(Reason::Register));
        assert_eq!(s.reason(Standing::Reconfirm), Some(Reason::Reconfirm));
        assert_eq!(s.reason(Standing::Complete), None);
        s.include_reconfirm = false;
        assert_eq!(s.reason(Standing::Reconfirm), None);
    }
}
