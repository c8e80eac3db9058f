//! The self-service password reset policy: who may reset, with which methods and how
//! many, registration, notifications and customisation. Administrators always follow the
//! fixed administrator policy: two methods, never security questions.

use serde::{Deserialize, Serialize};

use crate::directory::{FieldError, Role};
use latchkey_i18n::{t, tr};

/// Who may use self-service password reset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Nobody may reset (Entra's "None").
    None,
    /// Only members of the policy's group, directly or through nested groups.
    Selected,
    /// Every user.
    All,
}

impl Scope {
    /// The stored and API form: `none`, `selected` or `all`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::None => "none",
            Scope::Selected => "selected",
            Scope::All => "all",
        }
    }
    /// The scope [`Scope::as_str`] names; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "none" => Some(Scope::None),
            "selected" => Some(Scope::Selected),
            "all" => Some(Scope::All),
            _ => None,
        }
    }
}

/// A verification method. The mobile phone is one method whether the code comes by text
/// message or by call, so two steps can't both use the same phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// A TOTP code (RFC 6238) from an authenticator app.
    AppCode,
    /// A code sent to the registered email address.
    Email,
    /// A code texted or read out in a call to the registered mobile phone.
    MobilePhone,
    /// A code read out in a call to the registered office phone.
    OfficePhone,
    /// Answers to security questions.
    Questions,
    /// Approving a push notification in the Latchkey app (the PWA at `/app`) by typing the
    /// number shown on the page; the answer is signed with the device's key.
    AppNotification,
    /// A passkey (a WebAuthn discoverable credential, W3C WebAuthn Level 2), with user
    /// verification.
    Passkey,
}

impl Method {
    /// Every method, in the order [`SsprPolicy::requirement`] lists the allowed ones.
    pub const ALL: [Method; 7] = [
        Method::AppNotification,
        Method::AppCode,
        Method::Passkey,
        Method::Email,
        Method::MobilePhone,
        Method::OfficePhone,
        Method::Questions,
    ];

    /// The stored and API form: `app_notification`, `app_code`, `passkey`, `email`,
    /// `mobile_phone`, `office_phone` or `questions`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::AppCode => "app_code",
            Method::Email => "email",
            Method::MobilePhone => "mobile_phone",
            Method::OfficePhone => "office_phone",
            Method::Questions => "questions",
            Method::AppNotification => "app_notification",
            Method::Passkey => "passkey",
        }
    }

    /// The method [`Method::as_str`] names; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        Method::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// The name administrators see on the policy page.
    pub fn label(self) -> &'static str {
        match self {
            Method::AppCode => "Mobile app code",
            Method::Email => "Email",
            Method::MobilePhone => "Mobile phone (text message or call)",
            Method::OfficePhone => "Office phone (call)",
            Method::Questions => "Security questions",
            Method::AppNotification => "Mobile app notification",
            Method::Passkey => "Passkey",
        }
    }

    /// Methods whose possession proves more than knowledge of an inbox or answers: the
    /// authenticator app, the app notification and passkeys. A reset of an account with a
    /// strong method registered must use one of them ("a reset never weakens MFA").
    pub fn is_strong(self) -> bool {
        matches!(
            self,
            Method::AppCode | Method::AppNotification | Method::Passkey
        )
    }
}

/// The self-service password reset policy an administrator sets, with Entra's setting
/// names. Stored as JSON; [`SsprPolicy::validate`] holds the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SsprPolicy {
    /// "Self-service password reset enabled": None / Selected / All.
    pub scope: Scope,
    /// With `Selected`: the group whose members (directly or through nested groups) may reset.
    pub group_id: Option<i64>,
    /// "Number of methods required to reset": 1 or 2.
    pub methods_required: u8,
    /// "Methods available to users".
    pub methods: Vec<Method>,
    /// "Number of questions required to register": 3 to 5.
    pub questions_to_register: u8,
    /// "Number of questions required to reset": 3 to 5, at most `questions_to_register`.
    pub questions_to_reset: u8,
    /// Administrator-written questions, offered beside the predefined ones.
    pub custom_questions: Vec<String>,
    /// "Require users to register when signing in?"
    pub require_registration: bool,
    /// "Number of days before users are asked to re-confirm their authentication information" (0 = never).
    pub reconfirm_days: u16,
    /// "Notify users on password resets?"
    pub notify_users: bool,
    /// "Notify all admins when other admins reset their password?"
    pub notify_admins: bool,
    /// "Customize helpdesk link": a URL or an email address; empty = none.
    pub helpdesk: String,
    /// Allow "I know my password, but still can't sign in" (unlock without reset).
    pub allow_unlock: bool,
    /// "Write back passwords to your on-premises directory": accounts synced from the
    /// on-premises directory may reset and change their password (written there first).
    /// Off: they are told to ask their IT team. On by default.
    pub writeback: bool,
    /// "Use contact information from the directory": a user's alternate email, mobile
    /// and office phone as the on-premises directory (or an administrator, in the
    /// portal, API or CLI) set them count as registered methods for reset, as Entra's
    /// admin-populated authentication contact info does. Off (the default): users
    /// register and prove their own.
    pub use_directory_contacts: bool,
    /// The countries codes may be texted or called to, as ISO 3166 alpha-2 codes (`US`,
    /// `GB`). A number elsewhere can't be registered, and gets no code at reset, so
    /// nobody can run up the bill with texts to countries the organisation doesn't work
    /// in (SMS pumping, toll fraud). Defaults to [`DEFAULT_PHONE_COUNTRIES`], also for a
    /// stored policy from before this setting.
    pub phone_countries: Vec<String>,
}

/// The countries texts and calls go to unless the policy says otherwise: the United
/// States and Canada (without the other `+1` countries, a common toll-fraud target), the
/// United Kingdom with the Crown Dependencies that share `+44` (Guernsey, Jersey, Isle of
/// Man), the European Economic Area and Switzerland, Australia, New Zealand, Japan and
/// Singapore. Add others in the policy.
pub const DEFAULT_PHONE_COUNTRIES: [&str; 41] = [
    "US", "CA", "GB", "GG", "JE", "IM", "IE", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
    "FR", "DE", "GR", "HU", "IS", "IT", "LV", "LI", "LT", "LU", "MT", "NL", "NO", "PL", "PT", "RO",
    "SK", "SI", "ES", "SE", "CH", "AU", "NZ", "JP", "SG",
];

impl Default for SsprPolicy {
    fn default() -> Self {
        Self {
            scope: Scope::None,
            group_id: None,
            methods_required: 1,
            methods: vec![Method::AppCode, Method::Email, Method::MobilePhone],
            questions_to_register: 3,
            questions_to_reset: 3,
            custom_questions: Vec::new(),
            require_registration: true,
            reconfirm_days: 180,
            notify_users: true,
            notify_admins: true,
            helpdesk: String::new(),
            allow_unlock: false,
            writeback: true,
            use_directory_contacts: false,
            phone_countries: DEFAULT_PHONE_COUNTRIES.map(str::to_owned).to_vec(),
        }
    }
}

/// What one user must do to reset: how many methods, from which.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    /// Distinct methods that must pass: 1 or 2 (always 2 for administrators).
    pub required: usize,
    /// Methods that count, in [`Method::ALL`] order.
    pub allowed: Vec<Method>,
    /// How many security questions a user must answer to register them.
    pub questions_to_register: usize,
    /// How many security questions are asked at reset.
    pub questions_to_reset: usize,
}

/// The fixed administrator policy.
pub const ADMIN_METHODS: [Method; 6] = [
    Method::AppNotification,
    Method::AppCode,
    Method::Passkey,
    Method::Email,
    Method::MobilePhone,
    Method::OfficePhone,
];

impl SsprPolicy {
    /// Checks every rule and explains each violation in words for the administrator.
    ///
    /// # Errors
    ///
    /// Every rule broken, each a [`FieldError`] naming the field (`group`,
    /// `methods_required`, `methods` — also for a method listed twice, or more entries
    /// than there are methods —, `questions_to_register`, `questions_to_reset`,
    /// `custom_questions`, `reconfirm_days`, `helpdesk`, `phone_countries`).
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut e = Vec::new();
        if self.scope == Scope::Selected && self.group_id.is_none() {
            e.push(FieldError::new("group", t("errors-policy-group-required")));
        }
        if !(1..=2).contains(&self.methods_required) {
            e.push(FieldError::new(
                "methods_required",
                t("errors-policy-methods-required-range"),
            ));
        }
        let mut seen = self.methods.clone();
        seen.sort();
        seen.dedup();
        if self.methods.len() > Method::ALL.len() {
            e.push(FieldError::new(
                "methods",
                tr(
                    "errors-policy-methods-too-many",
                    &[
                        ("max", Method::ALL.len().into()),
                        ("methods", Method::ALL.map(Method::as_str).join(", ").into()),
                    ],
                ),
            ));
        } else if let Some(twice) = seen
            .iter()
            .find(|m| self.methods.iter().filter(|x| x == m).count() > 1)
        {
            e.push(FieldError::new(
                "methods",
                tr(
                    "errors-policy-method-twice",
                    &[("method", twice.as_str().into())],
                ),
            ));
        }
        if seen.is_empty() {
            e.push(FieldError::new("methods", t("errors-policy-methods-empty")));
        } else if seen.len() < usize::from(self.methods_required) {
            e.push(FieldError::new(
                "methods",
                tr(
                    "errors-policy-methods-fewer",
                    &[("n", self.methods_required.into())],
                ),
            ));
        }
        if seen == [Method::Questions] {
            e.push(FieldError::new(
                "methods",
                t("errors-policy-questions-only"),
            ));
        }
        if !(3..=5).contains(&self.questions_to_register) {
            e.push(FieldError::new(
                "questions_to_register",
                t("errors-policy-questions-register-range"),
            ));
        }
        if !(3..=5).contains(&self.questions_to_reset) {
            e.push(FieldError::new(
                "questions_to_reset",
                t("errors-policy-questions-reset-range"),
            ));
        }
        if self.questions_to_reset > self.questions_to_register {
            e.push(FieldError::new(
                "questions_to_reset",
                t("errors-policy-questions-reset-exceeds"),
            ));
        }
        if self.custom_questions.len() > 20 {
            e.push(FieldError::new(
                "custom_questions",
                t("errors-policy-custom-questions-too-many"),
            ));
        }
        for q in &self.custom_questions {
            let n = q.trim().chars().count();
            if !(3..=200).contains(&n) || q.chars().any(char::is_control) {
                e.push(FieldError::new(
                    "custom_questions",
                    t("errors-policy-custom-question-length"),
                ));
                break;
            }
        }
        if self.reconfirm_days > 730 {
            e.push(FieldError::new(
                "reconfirm_days",
                t("errors-policy-reconfirm-days"),
            ));
        }
        let h = self.helpdesk.trim();
        if !h.is_empty() {
            let url_ok = (h.starts_with("https://") || h.starts_with("http://"))
                && h.len() > 10
                && !h.contains(char::is_whitespace);
            let mail_ok = crate::directory::Email::parse("helpdesk", h).is_ok();
            if !url_ok && !mail_ok {
                e.push(FieldError::new("helpdesk", t("errors-policy-helpdesk")));
            }
        }
        check_phone_countries(&self.phone_countries, &mut e);
        if e.is_empty() { Ok(()) } else { Err(e) }
    }

    /// The requirement for a user with `role`. Administrators: two methods, no questions.
    pub fn requirement(&self, role: Role) -> Requirement {
        if role.is_admin() {
            return Requirement {
                required: 2,
                allowed: ADMIN_METHODS.to_vec(),
                questions_to_register: usize::from(self.questions_to_register),
                questions_to_reset: usize::from(self.questions_to_reset),
            };
        }
        let mut allowed: Vec<Method> = Method::ALL
            .into_iter()
            .filter(|m| self.methods.contains(m))
            .collect();
        allowed.dedup();
        Requirement {
            required: usize::from(self.methods_required),
            allowed,
            questions_to_register: usize::from(self.questions_to_register),
            questions_to_reset: usize::from(self.questions_to_reset),
        }
    }
}

/// At least one country, each a known ISO 3166 alpha-2 code in capitals, listed once.
fn check_phone_countries(countries: &[String], e: &mut Vec<FieldError>) {
    const FIELD: &str = "phone_countries";
    if countries.is_empty() {
        e.push(FieldError::new(FIELD, t("errors-policy-countries-empty")));
    }
    if let Some(bad) = countries.iter().find(|c| {
        c.len() != 2
            || !c.bytes().all(|b| b.is_ascii_uppercase())
            || c.parse::<phonenumber::country::Id>().is_err()
    }) {
        let shown: String = bad.chars().take(20).collect();
        e.push(FieldError::new(
            FIELD,
            tr("errors-policy-country-invalid", &[("code", shown.into())]),
        ));
    } else if let Some(twice) = countries
        .iter()
        .find(|c| countries.iter().filter(|x| x == c).count() > 1)
    {
        e.push(FieldError::new(
            FIELD,
            tr(
                "errors-policy-country-twice",
                &[("country", twice.as_str().into())],
            ),
        ));
    }
}

impl Requirement {
    /// Whether the methods passed so far complete the verification, given what the user
    /// has registered: enough distinct methods, and the strong one if there is one.
    pub fn satisfied_by(&self, passed: &[Method], registered: &[Method]) -> bool {
        let mut distinct = passed.to_vec();
        distinct.sort();
        distinct.dedup();
        // A strong method the user has registered must be used even if the policy no
        // longer offers it: taking it away must not weaken the account.
        let strong_needed = registered.iter().any(|m| m.is_strong());
        let strong_done = distinct.iter().any(|m| m.is_strong());
        // Answers can be found or guessed: they are never enough on their own, whatever
        // the policy says.
        let possession_done = distinct.iter().any(|m| *m != Method::Questions);
        distinct.len() >= self.required && (!strong_needed || strong_done) && possession_done
    }

    /// Whether the user has registered enough to be able to reset: enough allowed methods,
    /// one of them something other than security questions (see [`Self::satisfied_by`]).
    pub fn registered_enough(&self, registered: &[Method]) -> bool {
        let usable: Vec<&Method> = registered
            .iter()
            .filter(|m| self.allowed.contains(m))
            .collect();
        usable.len() >= self.required && usable.iter().any(|m| **m != Method::Questions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_off() {
        let p = SsprPolicy::default();
        assert_eq!(p.validate(), Ok(()));
        assert_eq!(p.scope, Scope::None);
        assert_eq!(p.reconfirm_days, 180);
        assert!(p.notify_users && p.notify_admins && p.require_registration);
    }

    #[test]
    fn invalid_combinations_are_explained() {
        let fields = |p: SsprPolicy| {
            p.validate()
                .err()
                .unwrap_or_default()
                .into_iter()
                .map(|e| e.field)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            fields(SsprPolicy {
                scope: Scope::Selected,
                ..Default::default()
            }),
            ["group"]
        );
        assert_eq!(
            fields(SsprPolicy {
                methods_required: 2,
                methods: vec![Method::Email],
                ..Default::default()
            }),
            ["methods"]
        );
        assert_eq!(
            fields(SsprPolicy {
                methods: vec![],
                ..Default::default()
            }),
            ["methods"]
        );
        let twice = SsprPolicy {
            methods: vec![Method::Email, Method::AppCode, Method::Email],
            ..Default::default()
        }
        .validate();
        assert_eq!(
            twice,
            Err(vec![FieldError::new(
                "methods",
                "email is listed more than once. List each method once."
            )])
        );
        let many = SsprPolicy {
            methods: vec![Method::Email; 6000],
            ..Default::default()
        }
        .validate()
        .err()
        .unwrap_or_default();
        assert_eq!(many.len(), 1, "{many:?}");
        assert_eq!(many[0].field, "methods");
        assert!(
            many[0]
                .message
                .starts_with("At most 7 methods can be listed"),
            "{many:?}"
        );
        assert_eq!(
            fields(SsprPolicy {
                methods: Method::ALL.to_vec(),
                ..Default::default()
            }),
            Vec::<&str>::new(),
            "every method once is fine"
        );
        assert_eq!(
            fields(SsprPolicy {
                questions_to_register: 3,
                questions_to_reset: 4,
                ..Default::default()
            }),
            ["questions_to_reset"]
        );
        assert_eq!(
            fields(SsprPolicy {
                questions_to_register: 6,
                questions_to_reset: 3,
                ..Default::default()
            }),
            ["questions_to_register"]
        );
        assert_eq!(
            fields(SsprPolicy {
                reconfirm_days: 731,
                ..Default::default()
            }),
            ["reconfirm_days"]
        );
        assert_eq!(
            fields(SsprPolicy {
                helpdesk: "call bob".into(),
                ..Default::default()
            }),
            ["helpdesk"]
        );
        assert!(
            SsprPolicy {
                helpdesk: "helpdesk@contoso.example".into(),
                ..Default::default()
            }
            .validate()
            .is_ok()
        );
        assert!(
            SsprPolicy {
                helpdesk: "https://help.contoso.example/sspr".into(),
                ..Default::default()
            }
            .validate()
            .is_ok()
        );
        assert_eq!(
            fields(SsprPolicy {
                custom_questions: vec!["ab".into()],
                ..Default::default()
            }),
            ["custom_questions"]
        );
    }

    #[test]
    fn phone_countries_are_known_codes_listed_once() {
        let problems = |countries: &[&str]| {
            SsprPolicy {
                phone_countries: countries.iter().map(|c| (*c).to_owned()).collect(),
                ..Default::default()
            }
            .validate()
            .err()
            .unwrap_or_default()
        };
        assert!(problems(&["US", "GB", "JM"]).is_empty());
        for bad in [&["US", "XY"][..], &["us"], &["USA"], &["001"], &[""]] {
            let e = problems(bad);
            assert_eq!(e.len(), 1, "{bad:?}: {e:?}");
            assert_eq!(e[0].field, "phone_countries");
            assert!(e[0].message.contains("isn't a country code"), "{e:?}");
        }
        let twice = problems(&["GB", "US", "GB"]);
        assert_eq!(
            twice,
            [FieldError::new(
                "phone_countries",
                "GB is listed more than once. List each country once."
            )]
        );
        let none = problems(&[]);
        assert_eq!(none.len(), 1);
        assert!(none[0].message.contains("at least one country"), "{none:?}");
    }

    #[test]
    fn a_stored_policy_without_phone_countries_gets_the_default_list() {
        let p: SsprPolicy = serde_json::from_str(r#"{"scope":"all"}"#).expect("loads");
        assert_eq!(
            p.phone_countries,
            DEFAULT_PHONE_COUNTRIES.map(str::to_owned)
        );
        assert!(p.phone_countries.iter().any(|c| c == "US"));
        assert!(!p.phone_countries.iter().any(|c| c == "JM"));
        assert_eq!(p.validate(), Ok(()));
    }

    #[test]
    fn administrators_need_two_methods_and_never_questions() {
        let p = SsprPolicy {
            methods_required: 1,
            methods: vec![Method::Questions, Method::Email],
            ..Default::default()
        };
        let r = p.requirement(Role::PasswordAdmin);
        assert_eq!(r.required, 2);
        assert!(!r.allowed.contains(&Method::Questions));
        let u = p.requirement(Role::User);
        assert_eq!(u.required, 1);
        assert_eq!(u.allowed, vec![Method::Email, Method::Questions]);
    }

    #[test]
    fn a_registered_app_must_be_used() {
        let p = SsprPolicy::default();
        let r = p.requirement(Role::User);
        assert!(r.satisfied_by(&[Method::Email], &[Method::Email]));
        assert!(
            !r.satisfied_by(&[Method::Email], &[Method::Email, Method::AppCode]),
            "email alone never resets an account with an app"
        );
        assert!(r.satisfied_by(&[Method::AppCode], &[Method::Email, Method::AppCode]));
        let two = SsprPolicy {
            methods_required: 2,
            ..Default::default()
        }
        .requirement(Role::User);
        assert!(!two.satisfied_by(
            &[Method::Email, Method::Email],
            &[Method::Email, Method::MobilePhone]
        ));
        assert!(two.satisfied_by(
            &[Method::Email, Method::MobilePhone],
            &[Method::Email, Method::MobilePhone]
        ));
        assert!(!two.satisfied_by(
            &[Method::Email, Method::MobilePhone],
            &[Method::Email, Method::MobilePhone, Method::AppCode]
        ));
        assert!(two.registered_enough(&[Method::Email, Method::MobilePhone]));
        assert!(
            !two.registered_enough(&[Method::Email, Method::Questions]),
            "questions are not allowed by default"
        );
    }

    #[test]
    fn questions_are_never_enough_alone() {
        let p = SsprPolicy {
            methods: vec![Method::Email, Method::Questions],
            methods_required: 1,
            ..Default::default()
        };
        let r = p.requirement(Role::User);
        assert!(!r.satisfied_by(&[Method::Questions], &[Method::Questions, Method::Email]));
        assert!(r.satisfied_by(
            &[Method::Questions, Method::Email],
            &[Method::Questions, Method::Email]
        ));
        assert!(r.satisfied_by(&[Method::Email], &[Method::Questions, Method::Email]));
        assert!(!r.registered_enough(&[Method::Questions]));
        assert!(r.registered_enough(&[Method::Questions, Method::Email]));
        let only = SsprPolicy {
            methods: vec![Method::Questions],
            methods_required: 1,
            ..Default::default()
        };
        assert!(
            only.validate().is_err(),
            "questions alone are refused as a policy"
        );
    }
}
