//! Password normalisation before banned-list matching: Unicode NFKC, lower case, and the
//! character substitutions people use to dress up a common word. The same table is in
//! `scripts/gen-banned-list.mjs`, which generates the built-in list; the table is
//! documented in `docs/password-protection.md`.

use unicode_normalization::UnicodeNormalization;

/// Each character on the left is read as the letter on the right.
pub const SUBSTITUTIONS: &[(char, char)] = &[
    ('0', 'o'),
    ('1', 'l'),
    ('2', 'z'),
    ('3', 'e'),
    ('4', 'a'),
    ('5', 's'),
    ('6', 'g'),
    ('7', 't'),
    ('8', 'b'),
    ('9', 'g'),
    ('@', 'a'),
    ('$', 's'),
    ('!', 'i'),
    ('|', 'l'),
    ('+', 't'),
    ('€', 'e'),
    ('(', 'c'),
    ('<', 'c'),
    ('¡', 'i'),
];

/// The letter `c` is read as (see [`SUBSTITUTIONS`]), or `c` itself.
pub fn substitute(c: char) -> char {
    SUBSTITUTIONS
        .iter()
        .find(|(from, _)| *from == c)
        .map(|(_, to)| *to)
        .unwrap_or(c)
}

/// NFKC, lower case, substitutions, then NFKC again (a substituted letter may compose
/// with the accent that followed it: "3\u{300}" reads as "è"). Idempotent.
pub fn normalise(s: &str) -> String {
    s.nfkc()
        .flat_map(char::to_lowercase)
        .map(substitute)
        .collect::<String>()
        .nfkc()
        .collect()
}

/// Unicode NFKC only: what is hashed, so that the same password typed on different
/// keyboards (composed or decomposed accents, full-width digits) is the same password.
pub fn nfkc(s: &str) -> String {
    s.nfkc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutions_and_case() {
        assert_eq!(normalise("P@$$w0rd1"), "passwordl");
        assert_eq!(normalise("CONTOSO!"), "contosoi");
        assert_eq!(normalise("Ｐａｓｓ"), "pass", "full-width letters fold");
        assert_eq!(nfkc("e\u{301}"), "\u{e9}");
        assert_eq!(
            normalise("3\u{300}"),
            "\u{e8}",
            "a substituted letter takes its accent"
        );
    }

    proptest::proptest! {
        #[test]
        fn normalise_is_idempotent_and_lower_case(s in "\\PC{0,40}") {
            let once = normalise(&s);
            proptest::prop_assert_eq!(normalise(&once), once.clone());
            proptest::prop_assert!(!once.chars().any(|c| SUBSTITUTIONS.iter().any(|(from, _)| *from == c)));
        }

        #[test]
        fn substitutions_read_as_their_letters(word in "[a-z]{4,12}") {
            // Dressing a word up with look-alikes doesn't hide it.
            let dressed: String = word.chars().map(|c| match c { 'o' => '0', 'a' => '@', 's' => '$', 'e' => '3', c => c }).collect();
            proptest::prop_assert_eq!(normalise(&dressed.to_uppercase()), word);
        }
    }

    #[test]
    fn normalising_twice_changes_nothing() {
        // A small property test over generated strings.
        let alphabet: Vec<char> = "aB3$@0!|xYz€ ÉéＡ1+(<¡9".chars().collect();
        let mut seed: u64 = 0x9e37_79b9;
        for _ in 0..2000 {
            let len = (seed % 24) as usize;
            let s: String = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407 + i as u64);
                    alphabet[(seed >> 33) as usize % alphabet.len()]
                })
                .collect();
            let once = normalise(&s);
            assert_eq!(normalise(&once), once, "{s:?}");
            assert!(once.chars().all(|c| !c.is_uppercase()), "{s:?}");
        }
    }
}
