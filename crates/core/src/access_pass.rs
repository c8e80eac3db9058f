//! Temporary Access Pass: a time-limited pass an administrator issues so that someone who
//! has lost every method (or never had one) can sign in to register security info, as
//! Microsoft Entra ID's Temporary Access Pass does.
//!
//! Rules kept here, whatever the caller:
//! * a pass lives 10 minutes to 8 hours (default 1 hour);
//! * it is random (16 characters from an alphabet without look-alikes, 80 bits), shown
//!   once, and stored only as a keyed MAC;
//! * a one-time pass works for one sign-in; a multi-use one until it expires;
//! * a user has at most one usable pass: issuing a new one revokes the others;
//! * it is revoked when the user registers a strong method;
//! * a session opened with it reaches `/setup` only, and it is never a step of a
//!   self-service reset.

use rand::Rng;
use rand::rngs::OsRng;

use crate::Secret;
use crate::directory::FieldError;
use latchkey_i18n::tr;

/// Who issued a pass when no administrator did: stored as it is, in English; people read
/// it in their language through [`issuer_words`].
pub const ISSUED_BY_CLI: &str = "the command line";

/// Who issued a pass, as people read it: the administrator's username, or the command
/// line in the current language.
pub fn issuer_words(issued_by: &str) -> String {
    if issued_by == ISSUED_BY_CLI {
        latchkey_i18n::t("messages-issued-by-cli")
    } else {
        issued_by.to_owned()
    }
}

/// Shortest lifetime an administrator may choose, in minutes.
pub const MIN_LIFETIME_MINUTES: u32 = 10;
/// Longest lifetime an administrator may choose, in minutes (8 hours).
pub const MAX_LIFETIME_MINUTES: u32 = 8 * 60;
/// The lifetime when none is given, in minutes.
pub const DEFAULT_LIFETIME_MINUTES: u32 = 60;
/// Characters of a pass (without the separators it is shown with).
pub const PASS_LEN: usize = 16;

/// The 32 characters a pass is made of: digits and capitals without `0 O 1 I`, so that a
/// pass read out on the phone can't be mistyped.
const ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// What an administrator asks for when issuing a pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PassRequest {
    /// How long the pass is valid, in minutes ([`MIN_LIFETIME_MINUTES`] to
    /// [`MAX_LIFETIME_MINUTES`]).
    pub lifetime_minutes: u32,
    /// True: the pass works for one sign-in. False: any number until it expires.
    pub one_time: bool,
}

impl Default for PassRequest {
    fn default() -> Self {
        Self {
            lifetime_minutes: DEFAULT_LIFETIME_MINUTES,
            one_time: false,
        }
    }
}

impl PassRequest {
    /// Checks the lifetime.
    ///
    /// # Errors
    ///
    /// A [`FieldError`] on `lifetime_minutes` when it is outside 10 minutes to 8 hours.
    pub fn validate(&self) -> Result<(), FieldError> {
        if (MIN_LIFETIME_MINUTES..=MAX_LIFETIME_MINUTES).contains(&self.lifetime_minutes) {
            Ok(())
        } else {
            Err(FieldError::new(
                "lifetime_minutes",
                tr(
                    "errors-access-pass-lifetime",
                    &[
                        ("min", MIN_LIFETIME_MINUTES.into()),
                        ("max", MAX_LIFETIME_MINUTES.into()),
                    ],
                ),
            ))
        }
    }
}

/// A new random pass, shown in groups of four: `7KQ4-M9PX-2HTC-W3FN`.
pub fn generate() -> Secret {
    let mut rng = OsRng;
    let mut out = String::with_capacity(PASS_LEN + 3);
    for i in 0..PASS_LEN {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]));
    }
    Secret::new(out)
}

/// A typed pass in the form it is MACed in: dashes and spaces dropped, capitals. `None`
/// when it can't be a pass (wrong length, or characters not in the alphabet).
pub fn normalize(typed: &str) -> Option<String> {
    let s: String = typed
        .chars()
        // Any dash or space a chat program or a word processor may turn the separators into.
        .filter(|c| {
            !(c.is_whitespace()
                || matches!(
                    c,
                    '-' | '\u{2010}'
                        ..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}'
                ))
        })
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (s.len() == PASS_LEN && s.bytes().all(|b| ALPHABET.contains(&b))).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_are_random_grouped_and_normalize_back() {
        let a = generate();
        let b = generate();
        assert_ne!(a, b);
        assert_eq!(a.expose().len(), PASS_LEN + 3);
        assert_eq!(a.expose().matches('-').count(), 3);
        let n = normalize(a.expose()).expect("a generated pass normalizes");
        assert_eq!(n.len(), PASS_LEN);
        assert_eq!(
            normalize(&a.expose().to_lowercase().replace('-', " ")),
            Some(n)
        );
    }

    #[test]
    fn what_cannot_be_a_pass_is_refused() {
        for bad in [
            "",
            "ABCD",
            "0000-0000-0000-0000",
            "ABCD-EFGH-JKLM-NPQRS",
            "abcd efgh ijkl mnop",
        ] {
            assert_eq!(normalize(bad), None, "{bad}");
        }
    }

    #[test]
    fn lifetimes_are_ten_minutes_to_eight_hours() {
        for ok in [10, 60, 480] {
            assert!(
                PassRequest {
                    lifetime_minutes: ok,
                    one_time: true
                }
                .validate()
                .is_ok()
            );
        }
        for bad in [0, 9, 481, u32::MAX] {
            let e = PassRequest {
                lifetime_minutes: bad,
                one_time: false,
            }
            .validate()
            .unwrap_err();
            assert_eq!(e.field, "lifetime_minutes");
        }
        assert_eq!(PassRequest::default().lifetime_minutes, 60);
    }
}
