//! Passwords that are only about the person or a pattern on the keyboard, which the
//! banned-list score lets through when there are enough digits around them:
//!
//! * the user's username, first, last or display name (each word of 3+ characters) with
//!   nothing but digits, symbols or spaces around it: `Maximilian2026`, `2026mias!`,
//!   `miasmias`;
//! * the organisation's name (or a word of it of 4+ characters) with nothing but digits,
//!   symbols or spaces around it: `Contoso2026`;
//! * a walk along the keyboard (rows, columns, the number pad; QWERTY, QWERTZ and AZERTY),
//!   with at most two other characters: `qwertyuiop`, `asdfgh`, `1qaz2wsx`, `zxcvbn`.
//!
//! Names are compared after the banned list's normalisation (NFKC, lower case, the
//! look-alike substitutions; see [`normalise`](super::normalise)), so `M@ximilian2026`
//! is the same as `Maximilian2026`. Whether a character is "a letter" is decided on what
//! was typed, before substitutions: the `2026` of `Maximilian2026` is digits, not `zozg`.

use unicode_normalization::UnicodeNormalization;

use super::normalise::substitute;
use crate::password::PolicyViolation;

/// The names a password must not be made of.
#[derive(Debug, Clone, Copy, Default)]
pub struct Names<'a> {
    /// Sign-in name; the part before any `@`, whole and split at separators.
    pub username: &'a str,
    /// Given name.
    pub first_name: &'a str,
    /// Family name.
    pub last_name: &'a str,
    /// Name shown on pages.
    pub display_name: &'a str,
    /// The organisation's name.
    pub organization: &'a str,
}

/// Shortest personal name (word) looked for, in characters.
const MIN_PERSONAL: usize = 3;
/// Shortest word of the organisation's name looked for on its own, in characters.
const MIN_ORG_WORD: usize = 4;
/// Characters other than the walk a keyboard walk may have.
const WALK_SLACK: usize = 2;
/// Shortest run of neighbouring keys counted as a walk.
const MIN_RUN: usize = 3;

/// One typed character after normalisation: the character names are compared with, and
/// whether what was typed is a letter.
type Folded = (char, bool);

/// NFKC, lower case, substitutions, keeping for each character whether it was a letter.
fn fold(s: &str) -> Vec<Folded> {
    s.nfkc()
        .flat_map(char::to_lowercase)
        .map(|c| (substitute(c), c.is_alphabetic()))
        .collect()
}

/// The folded name and its words (split where a character is neither letter nor digit),
/// each at least `min` characters, without spaces.
fn terms(name: &str, min: usize, word_min: usize, out: &mut Vec<Vec<char>>) {
    let name = name.trim();
    let whole: Vec<char> = fold(name)
        .into_iter()
        .map(|(c, _)| c)
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut push = |t: Vec<char>, min: usize| {
        if t.len() >= min && !out.contains(&t) {
            out.push(t);
        }
    };
    push(whole, min);
    for word in name.split(|c: char| !c.is_alphanumeric()) {
        push(fold(word).into_iter().map(|(c, _)| c).collect(), word_min);
    }
}

/// Marks every character of `p` inside an occurrence of one of `terms`.
fn cover(p: &[Folded], terms: &[Vec<char>], covered: &mut [bool]) {
    for t in terms {
        if t.len() > p.len() {
            continue;
        }
        for start in 0..=(p.len() - t.len()) {
            if p[start..start + t.len()]
                .iter()
                .zip(t)
                .all(|((c, _), t)| c == t)
            {
                covered[start..start + t.len()].fill(true);
            }
        }
    }
}

/// [`PolicyViolation::NameOrUsername`] when `password` is the person's names with only
/// digits, symbols or spaces around them, [`PolicyViolation::OrganizationWithYear`] when
/// it is the organisation's name so dressed, else `None`.
pub fn names_only(password: &str, names: &Names<'_>) -> Option<PolicyViolation> {
    let p = fold(password);
    let local = names.username.split('@').next().unwrap_or(names.username);
    let mut personal = Vec::new();
    for n in [local, names.first_name, names.last_name, names.display_name] {
        terms(n, MIN_PERSONAL, MIN_PERSONAL, &mut personal);
    }
    let mut org = Vec::new();
    terms(names.organization, MIN_PERSONAL, MIN_ORG_WORD, &mut org);
    let mut by_person = vec![false; p.len()];
    cover(&p, &personal, &mut by_person);
    let mut by_org = vec![false; p.len()];
    cover(&p, &org, &mut by_org);
    let only_filler_left = p
        .iter()
        .zip(by_person.iter().zip(&by_org))
        .all(|((_, letter), (a, b))| !letter || *a || *b);
    if !only_filler_left {
        return None;
    }
    // A name must have been typed with at least one letter: digits alone ("1337") only
    // read as a name after substitution.
    let typed_letter = |by: &[bool]| by.iter().zip(&p).any(|(c, (_, letter))| *c && *letter);
    if typed_letter(&by_person) {
        Some(PolicyViolation::NameOrUsername)
    } else if typed_letter(&by_org) {
        Some(PolicyViolation::OrganizationWithYear)
    } else {
        None
    }
}

/// Key rows and columns of QWERTY, QWERTZ and AZERTY keyboards and the number pad. Runs
/// are looked for forwards and backwards.
const WALKS: &[&str] = &[
    // Rows.
    "`1234567890-=",
    "qwertyuiop[]\\",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "qwertzuiopü+",
    "asdfghjklöä#",
    "<yxcvbnm,.-",
    "azertyuiop^$",
    "qsdfghjklmù*",
    "<wxcvbn,;:!",
    // Columns, top-left to bottom-right.
    "1qaz",
    "2wsx",
    "3edc",
    "4rfv",
    "5tgb",
    "6yhn",
    "7ujm",
    "8ik,",
    "9ol.",
    "0p;/",
    "1qay",
    "6zhn",
    "1aqw",
    "2zsx",
    "7uj,",
    "8ik;",
    "9ol:",
    "0pm!",
    // Number pad.
    "789",
    "456",
    "123",
    "741",
    "852",
    "963",
    "159",
    "357",
];

fn walks() -> &'static [Vec<char>] {
    static W: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    W.get_or_init(|| {
        WALKS
            .iter()
            .flat_map(|w| [w.chars().collect(), w.chars().rev().collect()])
            .collect()
    })
}

/// The longest run of neighbouring keys starting at `p[0]`.
fn longest_run(p: &[char]) -> usize {
    let mut best = 0;
    for w in walks() {
        for (k, c) in w.iter().enumerate() {
            if *c != p[0] {
                continue;
            }
            let n = p.iter().zip(&w[k..]).take_while(|(a, b)| a == b).count();
            best = best.max(n);
        }
    }
    best
}

/// Whether `password` is essentially a keyboard walk: runs of 3 or more neighbouring keys
/// (along a row, down a column or on the number pad) with at most two other characters.
pub fn is_keyboard_walk(password: &str) -> bool {
    let p: Vec<char> = password.nfkc().flat_map(char::to_lowercase).collect();
    let (mut i, mut other, mut walked) = (0, 0, 0);
    while i < p.len() {
        let n = longest_run(&p[i..]);
        if n >= MIN_RUN {
            walked += n;
            i += n;
        } else {
            other += 1;
            if other > WALK_SLACK {
                return false;
            }
            i += 1;
        }
    }
    walked > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_alone_never_read_as_a_name() {
        let names = Names {
            username: "lee",
            first_name: "Lee",
            last_name: "Zoe",
            display_name: "Lee Zoe",
            organization: "Contoso",
        };
        assert_eq!(names_only("2203-1337-0456!", &names), None);
        assert_eq!(
            names_only("Lee1337!", &names),
            Some(PolicyViolation::NameOrUsername)
        );
    }

    fn mia() -> Names<'static> {
        Names {
            username: "mias@contoso.com",
            first_name: "Maximilian",
            last_name: "Steele",
            display_name: "Max Steele-Ortiz",
            organization: "Contoso",
        }
    }

    #[test]
    fn names_with_only_digits_and_symbols_are_refused() {
        let name = Some(PolicyViolation::NameOrUsername);
        for pw in [
            "Maximilian2026",
            "maximilian",
            "2026mias!",
            "miasmias",
            "MiasMiasMias",
            "Steele-2026!!",
            "Ortiz 1990 !",
            "M@ximilian2026",
            "MAXIMILIAN_2026",
            "Maximilian Steele 99",
            "Max2026!!",
        ] {
            assert_eq!(names_only(pw, &mia()), name, "{pw}");
        }
        for pw in ["Contoso2026", "2026contoso!", "C0nt0s0-1999", "contoso"] {
            assert_eq!(
                names_only(pw, &mia()),
                Some(PolicyViolation::OrganizationWithYear),
                "{pw}"
            );
        }
        // Another word, even a short one, makes it more than a name.
        for pw in [
            "Maximilian likes otters",
            "Maximal2026",
            "Contosoville2026",
            "blue-otter-harbor",
            "2026!!",
            "",
        ] {
            assert_eq!(names_only(pw, &mia()), None, "{pw}");
        }
    }

    #[test]
    fn org_words_and_username_parts_count() {
        let n = Names {
            username: "mia.steele",
            organization: "Contoso Pharmaceuticals",
            ..Names::default()
        };
        assert_eq!(
            names_only("Pharmaceuticals2026", &n),
            Some(PolicyViolation::OrganizationWithYear)
        );
        assert_eq!(
            names_only("steele.2026", &n),
            Some(PolicyViolation::NameOrUsername)
        );
        assert_eq!(
            names_only("mia.steele", &n),
            Some(PolicyViolation::NameOrUsername)
        );
    }

    #[test]
    fn names_are_compared_after_normalisation() {
        // Full-width letters and decomposed accents are the same name.
        let n = Names {
            first_name: "Zoé",
            ..Names::default()
        };
        assert_eq!(
            names_only("ｚｏｅ\u{301}2026!", &n),
            Some(PolicyViolation::NameOrUsername)
        );
        assert_eq!(
            names_only("ZOE\u{301}-1234", &n),
            Some(PolicyViolation::NameOrUsername)
        );
    }

    #[test]
    fn keyboard_walks_are_refused() {
        for pw in [
            "qwertyuiop",
            "asdfgh",
            "asdfghjkl;",
            "1qaz2wsx",
            "1qaz2wsx3edc",
            "zxcvbn",
            "zxcvbnm,./",
            "QWERTY123",
            "azertyuiop",
            "qsdfghjklm",
            "poiuytrewq",
            "qweasdzxc",
            "qwertz!!",
            "zaq12wsx",
            "0987654321",
            "7894561230",
        ] {
            assert!(is_keyboard_walk(pw), "{pw}");
        }
        for pw in [
            "correct horse battery staple",
            "Qwerty-otter-harbor",
            "tree house",
            "blue otter",
            "",
        ] {
            assert!(!is_keyboard_walk(pw), "{pw}");
        }
    }

    #[test]
    fn generated_passwords_pass() {
        for _ in 0..500 {
            let g = crate::password::generate();
            assert_eq!(names_only(g.expose(), &mia()), None, "{}", g.expose());
            assert!(!is_keyboard_walk(g.expose()), "{}", g.expose());
        }
    }
}
