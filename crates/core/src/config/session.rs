//! `[session]`: how long sign-in sessions last, and the step-up window.

use serde::{Deserialize, Serialize};

/// `[session]`: how long a portal sign-in lasts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SessionSettings {
    /// Minutes without a request after which a session ends, 1 to 1440 (30 by default).
    pub idle_timeout_minutes: u32,
    /// Hours after sign-in after which a session ends regardless, 1 to 720 (8 by default).
    pub absolute_timeout_hours: u32,
    /// Minutes after the password was typed during which one's own security info may be
    /// changed without typing it again ("Confirm it's you"), 1 to 60 (10 by default).
    pub step_up_minutes: u32,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            idle_timeout_minutes: 30,
            absolute_timeout_hours: 8,
            step_up_minutes: 10,
        }
    }
}
