//! A strength estimate in the manner of zxcvbn: roughly how many guesses an attacker who
//! knows common passwords and habits needs, turned into a 0–4 score with advice. It uses
//! the same banned lists as the policy, so the meter and the rules agree.

use super::banned::{BannedList, Evaluation, evaluate};
use super::normalise::normalise;
use latchkey_i18n::t;

/// How hard a password is to guess, for the strength meter and the policy's minimum score.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Strength {
    /// 0 (too guessable) to 4 (very unguessable).
    pub score: u8,
    /// log2 of the estimated guesses.
    pub bits: u32,
    /// One plain sentence, or empty when there is nothing to say.
    pub warning: String,
    /// Short tips for a stronger password, possibly none.
    pub suggestions: Vec<String>,
}

fn is_sequence(w: &[char]) -> bool {
    w.len() >= 3
        && w.windows(2).all(|p| {
            (p[1] as i32 - p[0] as i32).abs() == 1
                && (p[1] as i32 - p[0] as i32) == (w[1] as i32 - w[0] as i32)
        })
}

const KEYBOARD_ROWS: [&str; 4] = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

fn on_keyboard_row(s: &str) -> bool {
    s.chars().count() >= 4 && KEYBOARD_ROWS.iter().any(|r| r.contains(s))
}

/// Estimates a password's strength, counting banned terms from `lists` and the person's
/// `names` as cheap guesses (see [`evaluate`]).
pub fn estimate(password: &str, lists: &[&BannedList], names: &[&str]) -> Strength {
    estimate_with(password, &evaluate(password, lists, names))
}

/// As [`estimate`], reusing a banned-list evaluation already made.
pub fn estimate_with(password: &str, eval: &Evaluation) -> Strength {
    let chars: Vec<char> = password.chars().collect();
    if chars.is_empty() {
        return Strength {
            score: 0,
            bits: 0,
            warning: String::new(),
            suggestions: vec![t("errors-strength-suggest-words")],
        };
    }
    let mut warning = String::new();
    let mut suggestions = Vec::new();
    // A common password is among the first guesses (about 6 bits); a name or a custom
    // term about 9; every other character log2 of the size of its character classes.
    let classes = [
        chars.iter().any(|c| c.is_lowercase()),
        chars.iter().any(|c| c.is_uppercase()),
        chars.iter().any(|c| c.is_ascii_digit()),
        chars.iter().any(|c| !c.is_alphanumeric()),
    ];
    let pool: f64 = [26.0, 26.0, 10.0, 33.0]
        .iter()
        .zip(classes)
        .filter(|(_, on)| *on)
        .map(|(n, _)| n)
        .sum::<f64>()
        .max(10.0);
    let per_char = pool.log2();
    let leftover = eval.score - eval.found.len();
    let term_bits: f64 = eval
        .found
        .iter()
        .map(|f| {
            if f.source == super::banned::Source::Common {
                6.0
            } else {
                9.0
            }
        })
        .sum();
    let mut bits = term_bits + leftover as f64 * per_char;
    // Repeats and sequences are cheap to guess.
    let normal: Vec<char> = normalise(password).chars().collect();
    let repeats = normal
        .windows(3)
        .filter(|w| w[0] == w[1] && w[1] == w[2])
        .count();
    let sequences = normal.windows(3).filter(|w| is_sequence(w)).count();
    let lower = password.to_lowercase();
    // Rows of 4 to 10 keys; the window is bounded so the work stays linear in the length.
    let lower: Vec<char> = lower.chars().collect();
    let keyboard = (0..lower.len()).any(|i| {
        (i + 4..=lower.len().min(i + 10))
            .any(|j| on_keyboard_row(&lower[i..j].iter().collect::<String>()))
    });
    bits -= (repeats + sequences) as f64 * per_char * 0.8;
    if keyboard {
        bits -= 10.0;
    }
    let bits = bits.max(0.0);
    if eval
        .found
        .iter()
        .any(|f| f.source == super::banned::Source::Name)
    {
        warning = t("errors-strength-warn-names");
    } else if !eval.found.is_empty() {
        warning = t("errors-strength-warn-common");
    } else if keyboard {
        warning = t("errors-strength-warn-keyboard");
    } else if repeats > 0 {
        warning = t("errors-strength-warn-repeats");
    } else if sequences > 0 {
        warning = t("errors-strength-warn-sequences");
    }
    // zxcvbn's thresholds: 10^3, 10^6, 10^8, 10^10 guesses.
    let score = match bits {
        b if b < 10.0 => 0,
        b if b < 20.0 => 1,
        b if b < 26.6 => 2,
        b if b < 33.3 => 3,
        _ => 4,
    };
    if score < 3 {
        suggestions.push(t("errors-strength-suggest-another-word"));
        if chars.len() < 12 {
            suggestions.push(t("errors-strength-suggest-longer"));
        }
    }
    Strength {
        score,
        bits: bits.round() as u32,
        warning,
        suggestions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protect::banned::builtin;

    #[test]
    fn scores_rise_with_real_strength() {
        let b = builtin();
        let s = |p: &str| estimate(p, &[b], &[]).score;
        assert_eq!(s("password"), 0);
        assert!(s("qwerty123") <= 1);
        assert!(s("aaaaaaaa") <= 1);
        assert!(s("Tr0ub4dor&3") >= 2);
        assert_eq!(s("correct horse battery staple"), 4);
        assert_eq!(s("Blue-Otter-Harbor-42"), 4);
        assert!(
            estimate("password", &[b], &[])
                .warning
                .contains("commonly used")
        );
        assert!(
            estimate("MiaSteele", &[b], &["Steele"])
                .warning
                .contains("Names")
        );
    }
}
