//! Password protection: one engine for every place a password is set (self-service reset,
//! change, first-sign-in change, admin create and reset, CLI, API).
//!
//! Every rule reads the password as it is hashed: Unicode NFKC
//! ([`normalise::nfkc`]), so eight code points that normalise to six are six characters.
//! Rules, in the order they are checked: length (never truncated), the optional
//! character-class rule, keyboard walks ([`personal`]), banned passwords scored like
//! Entra password protection ([`banned`]), passwords that are only the person's or the
//! organisation's names with digits ([`personal`]), the optional minimum strength
//! ([`strength`]), and the offline breached list ([`breached`]). The current password and
//! reuse of recent passwords need the stored hashes and are checked by the caller.

pub mod banned;
pub mod breached;
pub mod normalise;
pub mod personal;
pub mod strength;

use serde::{Deserialize, Serialize};

use crate::directory::FieldError;
use crate::password::PolicyViolation;
use banned::{BannedList, Source};
use latchkey_i18n::{t, tr};

/// The password policy administrators set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProtectionPolicy {
    /// 8 by default; NIST SP 800-63B asks 15 where a password is the only factor.
    pub min_length: usize,
    /// Entra parity: three of upper case, lower case, digits and symbols. Off by default
    /// (NIST advises against composition rules).
    pub require_classes: bool,
    /// How many previous passwords may not be reused (0 = off). Each costs one hash
    /// verification when a password is set.
    pub history: u8,
    /// The lowest strength score (0–4) accepted; 0 = no minimum.
    pub min_score: u8,
    /// "Enforce custom list".
    pub enforce_custom: bool,
    /// The organisation's banned terms: up to 1000, 4–16 characters, case-insensitive.
    pub custom_terms: Vec<String>,
    /// Check new passwords against the breached-password filter when one is imported.
    pub check_breached: bool,
}

impl Default for ProtectionPolicy {
    fn default() -> Self {
        Self {
            min_length: 8,
            require_classes: false,
            history: 0,
            min_score: 0,
            enforce_custom: false,
            custom_terms: Vec::new(),
            check_breached: true,
        }
    }
}

/// The longest password accepted, in characters (Unicode scalar values); longer ones are
/// refused before any scoring, since the work grows with the length.
pub const MAX_LENGTH: usize = 256;
/// The most terms [`ProtectionPolicy::custom_terms`] may hold.
pub const MAX_CUSTOM_TERMS: usize = 1000;

impl ProtectionPolicy {
    /// Checks the policy's own values: `min_length` 8 to [`MAX_LENGTH`], `history` at most 24,
    /// `min_score` 0 to 4, at most [`MAX_CUSTOM_TERMS`] custom terms, each
    /// [`banned::MIN_TERM`] to [`banned::MAX_TERM`] characters.
    ///
    /// # Errors
    ///
    /// Every problem found, each a [`FieldError`] naming the field (`min_length`, `history`,
    /// `min_score`, `custom_terms`) with a message for the administrator.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut e = Vec::new();
        if !(8..=MAX_LENGTH).contains(&self.min_length) {
            e.push(FieldError::new(
                "min_length",
                t("errors-protect-min-length"),
            ));
        }
        if self.history > 24 {
            e.push(FieldError::new("history", t("errors-protect-history")));
        }
        if self.min_score > 4 {
            e.push(FieldError::new("min_score", t("errors-protect-min-score")));
        }
        if self.custom_terms.len() > MAX_CUSTOM_TERMS {
            e.push(FieldError::new(
                "custom_terms",
                tr(
                    "errors-protect-terms-too-many",
                    &[
                        ("max", MAX_CUSTOM_TERMS.into()),
                        ("count", self.custom_terms.len().into()),
                    ],
                ),
            ));
        }
        if let Some(bad) = self
            .custom_terms
            .iter()
            .find(|t| !(banned::MIN_TERM..=banned::MAX_TERM).contains(&t.trim().chars().count()))
        {
            e.push(FieldError::new(
                "custom_terms",
                tr(
                    "errors-protect-term-length",
                    &[("term", bad.as_str().into())],
                ),
            ));
        }
        if e.is_empty() { Ok(()) } else { Err(e) }
    }

    /// The built-in list plus, when enforced, the organisation's terms, compiled into one
    /// index so a check makes one pass.
    pub fn custom_list(&self) -> BannedList {
        let mut l = banned::builtin().clone();
        if self.enforce_custom {
            for t in &self.custom_terms {
                l.add(t, Source::Custom);
            }
        }
        l
    }
}

/// Who the password is for: their names are banned in it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Subject<'a> {
    /// Sign-in name; only the part before any `@` is banned.
    pub username: &'a str,
    /// Given name, banned in the password.
    pub first_name: &'a str,
    /// Family name, banned in the password.
    pub last_name: &'a str,
    /// Name shown on pages; a password of only its words and digits is refused.
    pub display_name: &'a str,
    /// Organization name (the `organization_name` setting), banned in the password.
    pub organization: &'a str,
}

impl Subject<'_> {
    fn names(&self) -> Vec<&str> {
        let local = self.username.split('@').next().unwrap_or(self.username);
        vec![local, self.first_name, self.last_name, self.organization]
    }

    fn personal(&self) -> personal::Names<'_> {
        personal::Names {
            username: self.username,
            first_name: self.first_name,
            last_name: self.last_name,
            display_name: self.display_name,
            organization: self.organization,
        }
    }
}

/// The result of checking a candidate, with the score for a tester box.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// `Ok` when the password is accepted, else the first rule it breaks.
    pub result: Result<(), PolicyViolation>,
    /// The banned-password score (see [`banned::Evaluation`]); 5 or more passes.
    pub banned_score: usize,
    /// The banned terms found in the password, for the tester to show.
    pub found: Vec<banned::Found>,
    /// The strength estimate, shown whatever the result.
    pub strength: strength::Strength,
}

/// Checks a new password against every rule that needs no stored hash. `banned` is the
/// compiled list from [`ProtectionPolicy::custom_list`] (built-in and custom terms).
/// The password is read in NFKC, as it is hashed (see [`normalise::nfkc`]).
pub fn check(
    policy: &ProtectionPolicy,
    banned: &BannedList,
    breached: Option<&breached::BreachedFilter>,
    password: &str,
    who: &Subject<'_>,
) -> Verdict {
    // NFKC never shrinks text by more than a few times, so a raw text this long can't
    // normalise to an acceptable length: refused without normalising it.
    let normalised = if password.chars().count() > 4 * MAX_LENGTH {
        None
    } else {
        Some(normalise::nfkc(password))
    };
    let password = normalised.as_deref().unwrap_or(password);
    let len = password.chars().count();
    if len > MAX_LENGTH {
        // Refused before any scoring: the work below grows with the length.
        let strength = strength::Strength {
            score: 0,
            bits: 0,
            warning: String::new(),
            suggestions: Vec::new(),
        };
        return Verdict {
            result: Err(PolicyViolation::TooLong(MAX_LENGTH)),
            banned_score: 0,
            found: Vec::new(),
            strength,
        };
    }
    let names = who.names();
    let eval = banned::evaluate(password, &[banned], &names);
    let strength = strength::estimate_with(password, &eval);
    let verdict = |result| Verdict {
        result,
        banned_score: eval.score,
        found: eval.found.clone(),
        strength: strength.clone(),
    };
    let len = password.chars().count();
    if len < policy.min_length {
        return verdict(Err(PolicyViolation::TooShort(policy.min_length)));
    }
    if len > MAX_LENGTH {
        return verdict(Err(PolicyViolation::TooLong(MAX_LENGTH)));
    }
    if policy.require_classes {
        let classes = [
            password.chars().any(char::is_lowercase),
            password.chars().any(char::is_uppercase),
            password.chars().any(|c| c.is_ascii_digit()),
            password.chars().any(|c| !c.is_alphanumeric()),
        ];
        if classes.iter().filter(|c| **c).count() < 3 {
            return verdict(Err(PolicyViolation::NeedsClasses));
        }
    }
    // Before the banned list, which knows some walks only as "too common".
    if personal::is_keyboard_walk(password) {
        return verdict(Err(PolicyViolation::KeyboardWalk));
    }
    if !eval.passes() {
        let worst = eval.found.iter().map(|f| f.source).max_by_key(|s| match s {
            Source::Custom => 3,
            Source::Name => 2,
            Source::Common => 1,
        });
        let v = match worst {
            Some(Source::Custom) => PolicyViolation::CustomBanned,
            Some(Source::Name) => PolicyViolation::ContainsName,
            _ => PolicyViolation::TooCommon,
        };
        return verdict(Err(v));
    }
    // After the banned list: a name with a few characters is refused there already; a
    // name with more digits or symbols only here.
    if let Some(v) = personal::names_only(password, &who.personal()) {
        return verdict(Err(v));
    }
    if strength.score < policy.min_score {
        return verdict(Err(PolicyViolation::TooWeak(policy.min_score)));
    }
    if policy.check_breached
        && let Some(f) = breached
        && f.contains_password(password)
    {
        return verdict(Err(PolicyViolation::Breached));
    }
    verdict(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who() -> Subject<'static> {
        Subject {
            username: "mias",
            first_name: "Mia",
            last_name: "Steele",
            display_name: "Mia Steele",
            organization: "Contoso",
        }
    }

    #[test]
    fn each_rule_gives_its_reason() {
        let p = ProtectionPolicy::default();
        let none = p.custom_list();
        let r = |pw: &str, p: &ProtectionPolicy, custom: &BannedList| {
            check(p, custom, None, pw, &who()).result
        };
        assert_eq!(r("short", &p, &none), Err(PolicyViolation::TooShort(8)));
        assert_eq!(
            r(&"x".repeat(257), &p, &none),
            Err(PolicyViolation::TooLong(256))
        );
        assert_eq!(r("P@ssw0rd!", &p, &none), Err(PolicyViolation::TooCommon));
        assert_eq!(
            r("Steele26!", &p, &none),
            Err(PolicyViolation::ContainsName)
        );
        // A name and four more characters score 5 on the banned list, but a name with
        // only digits around it is still only a name.
        assert_eq!(
            r("Steele2026", &p, &none),
            Err(PolicyViolation::NameOrUsername)
        );
        assert_eq!(r("Steele otter 26", &p, &none), Ok(()));
        assert_eq!(
            r("Contoso2026", &p, &none),
            Err(PolicyViolation::OrganizationWithYear)
        );
        assert_eq!(
            r("2026mias!", &p, &none),
            Err(PolicyViolation::NameOrUsername)
        );
        assert_eq!(
            r("1qaz2wsx3edc", &p, &none),
            Err(PolicyViolation::KeyboardWalk)
        );
        assert_eq!(
            r("Contoso!!", &p, &none),
            Err(PolicyViolation::ContainsName)
        );
        let custom_policy = ProtectionPolicy {
            enforce_custom: true,
            custom_terms: vec!["fabrikam".into()],
            ..p.clone()
        };
        let custom = custom_policy.custom_list();
        assert_eq!(
            r("Fabr1kam-42", &custom_policy, &custom),
            Err(PolicyViolation::CustomBanned)
        );
        let off = ProtectionPolicy {
            enforce_custom: false,
            ..custom_policy.clone()
        };
        assert_eq!(
            r("Fabr1kam-42", &off, &off.custom_list()),
            Ok(()),
            "not enforced"
        );
        let classes = ProtectionPolicy {
            require_classes: true,
            ..p.clone()
        };
        assert_eq!(
            r("blue otter harbor", &classes, &none),
            Err(PolicyViolation::NeedsClasses)
        );
        assert_eq!(
            r("BlueOtterHarbor", &classes, &none),
            Err(PolicyViolation::NeedsClasses)
        );
        assert_eq!(r("Blue otter harbor 9", &classes, &none), Ok(()));
        let strong = ProtectionPolicy {
            min_score: 3,
            ..p.clone()
        };
        assert_eq!(
            r("qqqqq7777", &strong, &none),
            Err(PolicyViolation::TooWeak(3))
        );
        assert_eq!(r("correct horse battery staple", &strong, &none), Ok(()));
        assert_eq!(r("émoji-🔑-ünïcode-ok", &p, &none), Ok(()));
        // A huge input is refused at once, without scoring (no quadratic work).
        assert_eq!(
            r(&"ab".repeat(30_000), &p, &none),
            Err(PolicyViolation::TooLong(256))
        );
    }

    #[test]
    fn rules_read_the_password_as_it_is_hashed() {
        let p = ProtectionPolicy::default();
        let list = p.custom_list();
        let r = |pw: &str| check(&p, &list, None, pw, &who()).result;
        // Eight code points (two accents typed as combining marks) that NFKC makes six.
        let decomposed = "abcde\u{301}a\u{301}";
        assert_eq!(decomposed.chars().count(), 8);
        assert_eq!(normalise::nfkc(decomposed).chars().count(), 6);
        assert_eq!(r(decomposed), Err(PolicyViolation::TooShort(8)));
        assert_eq!(
            r(&normalise::nfkc(decomposed)),
            Err(PolicyViolation::TooShort(8))
        );
        // And the other way: three ligatures are nine letters once normalised.
        assert_eq!(r("\u{fb03}\u{fb03}\u{fb03}"), Ok(()));
        // Full-width digits around a name are digits around a name.
        assert_eq!(
            r("Steele\u{ff12}\u{ff10}\u{ff12}\u{ff16}"),
            Err(PolicyViolation::NameOrUsername)
        );
        // Longer than the maximum only before normalising: accepted.
        let long = "e\u{301}".repeat(200);
        assert_eq!(long.chars().count(), 400);
        assert!(!matches!(r(&long), Err(PolicyViolation::TooLong(_))));
    }

    proptest::proptest! {
        #[test]
        fn length_is_counted_after_nfkc(base in "[bcdfgh]{2,12}", accented in 1usize..8) {
            // `accented` vowels typed as vowel + combining acute: two code points each,
            // one character once normalised, as it is hashed.
            let pw = format!("{base}{}", "e\u{301}".repeat(accented));
            let n = base.chars().count() + accented;
            let p = ProtectionPolicy::default();
            let v = check(&p, &p.custom_list(), None, &pw, &Subject::default()).result;
            if n < 8 {
                proptest::prop_assert_eq!(v, Err(PolicyViolation::TooShort(8)));
            } else {
                proptest::prop_assert_ne!(v, Err(PolicyViolation::TooShort(8)));
            }
        }
    }

    #[test]
    fn breached_passwords_are_refused() {
        let d = std::env::temp_dir().join(format!("lk-protect-{}", std::process::id()));
        let out = d.join("f");
        breached::BreachedFilter::import(
            &mut "Blue-Otter-Harbor-42\n".as_bytes(),
            breached::InputFormat::Plain,
            &out,
            &d.join("w"),
            &mut |_| {},
        )
        .expect("import");
        let f = breached::BreachedFilter::load(&out).expect("load");
        let p = ProtectionPolicy::default();
        let v = check(
            &p,
            &BannedList::new(),
            Some(&f),
            "Blue-Otter-Harbor-42",
            &who(),
        );
        assert_eq!(v.result, Err(PolicyViolation::Breached));
        let off = ProtectionPolicy {
            check_breached: false,
            ..p
        };
        assert_eq!(
            check(
                &off,
                &BannedList::new(),
                Some(&f),
                "Blue-Otter-Harbor-42",
                &who()
            )
            .result,
            Ok(())
        );
        let _ = std::fs::remove_dir_all(d);
    }

    #[test]
    fn policy_validation() {
        assert!(ProtectionPolicy::default().validate().is_ok());
        let bad = ProtectionPolicy {
            min_length: 7,
            custom_terms: vec!["abc".into()],
            ..Default::default()
        };
        let fields: Vec<_> = bad
            .validate()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["min_length", "custom_terms"]);
        let many = ProtectionPolicy {
            custom_terms: (0..1001).map(|i| format!("term{i:04}")).collect(),
            ..Default::default()
        };
        assert!(many.validate().is_err());
    }
}
