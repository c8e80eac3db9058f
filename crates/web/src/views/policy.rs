//! The policy pages of the admin portal: the self-service password reset policy, section
//! by section, and password protection with its tester.

use askama::Template;
use latchkey_core::directory::Group;

use crate::views::{DoctorView, FormErrors, Layout, OnPremView};

/// `templates/admin/sspr.html`: one section of the reset policy (`/admin/password-reset/…`).
#[derive(Template)]
#[template(path = "admin/sspr.html")]
pub struct SsprPolicyPage {
    /// Shared layout.
    pub layout: Layout,
    /// The organisation's name and logo, for the customization section.
    pub branding: crate::state::Branding,
    /// The section shown: "properties", "authentication-methods", "registration",
    /// "notifications", "customization", "on-premises", "administrator-policy".
    pub section: &'static str,
    /// The policy shown: as stored, or as typed after a refusal.
    pub policy: latchkey_core::policy::SsprPolicy,
    /// Every group, for the scope's group list.
    pub groups: Vec<Group>,
    /// The organisation's own security questions, one a line.
    pub custom_questions: String,
    /// Show the forms (global administrators).
    pub can_edit: bool,
    /// Problems with the form, by field.
    pub errors: FormErrors,
    /// A status line, e.g. "Your changes were saved."
    pub notice: Option<String>,
    /// The on-premises directory, for the `on-premises` section only.
    pub onprem: Option<OnPremView>,
}

impl SsprPolicyPage {
    /// Whether group `id` is the policy's selected group.
    pub fn is_group(&self, id: &i64) -> bool {
        self.policy.group_id == Some(*id)
    }
    /// Whether the policy offers the method named `m` (`email`, `app_code`, …).
    pub fn has(&self, m: &str) -> bool {
        self.policy.methods.iter().any(|x| x.as_str() == m)
    }
    /// The doctor's outcome in a line: how many checks failed and how many need attention.
    pub fn doctor_summary(&self, d: &DoctorView) -> String {
        latchkey_i18n::tr(
            "admin-onprem-summary",
            &[("failed", d.failed.into()), ("warnings", d.warnings.into())],
        )
    }
}

/// `templates/admin/protection.html`: password policy and tester (`/admin/password-protection`).
#[derive(Template)]
#[template(path = "admin/protection.html")]
pub struct ProtectionPage {
    /// Shared layout.
    pub layout: Layout,
    /// The policy shown: as stored, or as typed after a refusal.
    pub policy: latchkey_core::protect::ProtectionPolicy,
    /// The custom banned terms, one a line.
    pub custom_terms: String,
    /// How many passwords the breached list holds; `None` when none is imported.
    pub breached_entries: Option<u64>,
    /// Show the form (global administrators).
    pub can_edit: bool,
    /// Problems with the form, by field.
    pub errors: FormErrors,
    /// A status line, e.g. "Your changes were saved."
    pub notice: Option<String>,
    /// The tester box's result: accepted, the verdict line and the detail line.
    pub tested: Option<TesterView>,
}

/// The tester box's result on the password protection page.
#[derive(Debug, Clone)]
pub struct TesterView {
    /// The policy accepts the sample (shown as a notice, else as an error).
    pub accepted: bool,
    /// "Accepted" or "Refused: …", in the reader's language.
    pub verdict: String,
    /// The banned-list score, the terms found and the strength, in words.
    pub detail: String,
}
