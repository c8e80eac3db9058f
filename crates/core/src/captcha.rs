//! A built-in CAPTCHA: stateless, single-use-able, no image crates.
//!
//! [`challenge`] draws six characters as SVG strokes (a small built-in stroke
//! font, each glyph rotated, scaled, sheared and wobbled, among noise curves
//! and dots) and asks an accessible plain-language question as an
//! alternative. Either answer is accepted.
//!
//! The token carries no answer: only a nonce, the expiry time, HMACs of the
//! normalised accepted answers (bound to the nonce and expiry) and an HMAC
//! over the whole token. [`verify`] returns the nonce so the caller can
//! record it as used; single use is enforced by the caller's storage.
//!
//! Note that the accessible question is plain text, so it stops only naive
//! bots; rate limiting and lockout remain the real defence.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use latchkey_i18n::{t, tr};
use rand::seq::SliceRandom;
use rand::{Rng, RngCore, SeedableRng, rngs::OsRng, rngs::StdRng};
use sha2::Sha256;
use subtle::ConstantTimeEq;
use unicode_normalization::UnicodeNormalization;

/// How long a challenge stays valid, in seconds.
pub const LIFETIME_SECONDS: i64 = 600;
/// Number of characters in the image.
pub const IMAGE_CHARS: usize = 6;
/// Width of the image in CSS pixels.
pub const WIDTH: u32 = 200;
/// Height of the image in CSS pixels.
pub const HEIGHT: u32 = 70;

/// Characters drawn in the image: no 0/O, 1/l/I, and none of the pairs that
/// a distorted stroke font makes look alike (B/8, S/5, Z/2 kept as 2, G/6
/// kept as 6, U/V kept as U, A/4 kept as A, Q, 0).
const ALPHABET: &[u8] = b"ACDEFHJKLMNPRTUWXY23679";

const VERSION: &str = "v1";
const NONCE_LEN: usize = 16;
const ANSWER_MAC_LEN: usize = 16;
const TAG_LEN: usize = 32;
const MIN_ANSWERS: usize = 2;
const MAX_ANSWERS: usize = 4;

const ANSWER_DOMAIN: &[u8] = b"latchkey captcha answer v1\0";
const TOKEN_DOMAIN: &[u8] = b"latchkey captcha token v1\0";

/// A CAPTCHA to show: the token goes in a hidden form field, the SVG is
/// inlined in the page, and the question is offered as the accessible
/// alternative.
#[derive(Debug, Clone)]
pub struct Challenge {
    /// `v1.<nonce>.<expiry>.<answer MACs>.<tag>`, base64url without padding; opaque to
    /// the page.
    pub token: String,
    /// The image: a complete `<svg>` element, 200 × 70 CSS pixels.
    pub svg: String,
    /// The accessible alternative: a plain-language question, such as a small sum or
    /// "type the second word of: …".
    pub question: String,
}

impl Challenge {
    /// The picture as a `data:image/svg+xml;base64,` URL for an `<img>`.
    pub fn image_data_url(&self) -> String {
        format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(&self.svg)
        )
    }
}

/// Why a CAPTCHA answer was not accepted.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum CaptchaError {
    /// The challenge is older than [`LIFETIME_SECONDS`]; show a new one.
    #[error("the CAPTCHA has expired; please try the new one")]
    Expired,
    /// The answer matches neither the image text nor the question.
    #[error("the CAPTCHA answer is not right; please try again")]
    Wrong,
    /// The token was altered, truncated or made with another key.
    #[error("the CAPTCHA could not be read; please try the new one")]
    Malformed,
}

/// Issues a new challenge. `key` is a 32-byte server key, `now` is unix
/// seconds; the challenge expires [`LIFETIME_SECONDS`] later.
pub fn challenge(key: &[u8; 32], now: i64) -> Challenge {
    issue(key, now).challenge
}

/// Checks `answer` (the image text or the question's answer; case and
/// spaces ignored) against `token`. On success returns the token's nonce,
/// which the caller must record as used.
///
/// # Errors
///
/// [`CaptchaError::Malformed`] when the token is not one this key issued,
/// [`CaptchaError::Expired`] after its expiry, [`CaptchaError::Wrong`] when the
/// answer doesn't match.
pub fn verify(key: &[u8; 32], token: &str, answer: &str, now: i64) -> Result<String, CaptchaError> {
    let (body, tag) = token.rsplit_once('.').ok_or(CaptchaError::Malformed)?;
    let tag = decode_fixed(tag, TAG_LEN).ok_or(CaptchaError::Malformed)?;
    let expected_tag = mac(key, &[TOKEN_DOMAIN, body.as_bytes()]);
    if !bool::from(expected_tag.as_slice().ct_eq(&tag)) {
        return Err(CaptchaError::Malformed);
    }

    let mut parts = body.split('.');
    if parts.next() != Some(VERSION) {
        return Err(CaptchaError::Malformed);
    }
    let nonce = parts.next().ok_or(CaptchaError::Malformed)?;
    decode_fixed(nonce, NONCE_LEN).ok_or(CaptchaError::Malformed)?;
    let expires: i64 = parts
        .next()
        .and_then(|e| e.parse().ok())
        .ok_or(CaptchaError::Malformed)?;
    let macs = parts
        .map(|m| decode_fixed(m, ANSWER_MAC_LEN))
        .collect::<Option<Vec<_>>>()
        .ok_or(CaptchaError::Malformed)?;
    if !(MIN_ANSWERS..=MAX_ANSWERS).contains(&macs.len()) {
        return Err(CaptchaError::Malformed);
    }

    if now > expires {
        return Err(CaptchaError::Expired);
    }

    let given = answer_mac(key, nonce, expires, &normalise(answer));
    let mut matched = subtle::Choice::from(0);
    for m in &macs {
        matched |= given.as_slice().ct_eq(m);
    }
    if bool::from(matched) {
        Ok(nonce.to_owned())
    } else {
        Err(CaptchaError::Wrong)
    }
}

/// A challenge together with its answers, which never leave this module
/// except in tests.
struct Issued {
    challenge: Challenge,
    #[cfg_attr(not(test), allow(dead_code))]
    image_answer: String,
    #[cfg_attr(not(test), allow(dead_code))]
    question_answer: String,
}

fn issue(key: &[u8; 32], now: i64) -> Issued {
    let mut nonce_bytes = [0u8; NONCE_LEN];
    OsRng.fill_bytes(&mut nonce_bytes);
    let nonce = URL_SAFE_NO_PAD.encode(nonce_bytes);
    let mut rng = StdRng::from_seed(OsRng.r#gen());

    let image_answer: String = (0..IMAGE_CHARS)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect();
    let svg = draw(&image_answer, &mut rng);
    let question = make_question(&mut rng);

    let expires = now.saturating_add(LIFETIME_SECONDS);
    let mut body = format!("{VERSION}.{nonce}.{expires}");
    let mut accepted: Vec<String> = Vec::with_capacity(MAX_ANSWERS);
    for a in [&image_answer, &question.answer]
        .into_iter()
        .chain(&question.alternatives)
    {
        let a = normalise(a);
        if !accepted.contains(&a) && accepted.len() < MAX_ANSWERS {
            accepted.push(a);
        }
    }
    for a in accepted {
        let m = answer_mac(key, &nonce, expires, &a);
        body.push('.');
        body.push_str(&URL_SAFE_NO_PAD.encode(m));
    }
    let tag = mac(key, &[TOKEN_DOMAIN, body.as_bytes()]);
    let token = format!("{body}.{}", URL_SAFE_NO_PAD.encode(tag));

    Issued {
        challenge: Challenge {
            token,
            svg,
            question: question.text,
        },
        image_answer,
        question_answer: question.answer,
    }
}

/// Case-insensitive, whitespace-free, compatibility-normalised form; Arabic-Indic and
/// Persian digits count as the digits 0–9.
pub(crate) fn normalise(s: &str) -> String {
    s.nfkc()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (u32::from(c) - 0x660) as u8),
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (u32::from(c) - 0x6f0) as u8),
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

fn mac(key: &[u8; 32], parts: &[&[u8]]) -> [u8; 32] {
    let mut m = match <Hmac<Sha256> as Mac>::new_from_slice(key) {
        Ok(m) => m,
        // HMAC accepts keys of any length.
        Err(_) => return [0u8; 32],
    };
    for p in parts {
        m.update(p);
    }
    m.finalize().into_bytes().into()
}

fn answer_mac(key: &[u8; 32], nonce: &str, expires: i64, normalised: &str) -> [u8; ANSWER_MAC_LEN] {
    let full = mac(
        key,
        &[
            ANSWER_DOMAIN,
            nonce.as_bytes(),
            b"\0",
            expires.to_string().as_bytes(),
            b"\0",
            normalised.as_bytes(),
        ],
    );
    let mut out = [0u8; ANSWER_MAC_LEN];
    out.copy_from_slice(&full[..ANSWER_MAC_LEN]);
    out
}

fn decode_fixed(s: &str, len: usize) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(s).ok().filter(|b| b.len() == len)
}

// --- The accessible question -------------------------------------------------

struct Question {
    text: String,
    answer: String,
    /// Other accepted spellings: a number written as a word, in English and in the
    /// language of the question.
    alternatives: Vec<String>,
}

const NUMBER_WORDS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];

const WORDS: &[&str] = &[
    "river", "maple", "stone", "cloud", "apple", "candle", "garden", "pencil", "window", "forest",
    "tiger", "button", "orange", "silver", "rabbit", "ladder", "pillow", "basket", "carpet",
    "lemon", "violin", "meadow", "harbor", "jacket", "kettle", "mirror", "pepper", "rocket",
    "saddle", "tunnel", "walnut", "yellow", "anchor", "bridge", "castle", "dragon", "feather",
    "island", "marble", "planet",
];

/// The message `key` of the current language as a list split at `sep`, when it has at
/// least `len` items; else `english`. (The words of the question come from the
/// catalogue, `reset-captcha-*`, so the question is in the page's language.)
fn catalogue_list(key: &str, sep: char, len: usize, english: &[&str]) -> Vec<String> {
    let text = t(key);
    let items: Vec<String> = text
        .split(sep)
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    if items.len() >= len {
        items
    } else {
        english.iter().map(|w| (*w).to_owned()).collect()
    }
}

fn make_question(rng: &mut StdRng) -> Question {
    let numbers = catalogue_list(
        "reset-captcha-numbers",
        ',',
        NUMBER_WORDS.len(),
        &NUMBER_WORDS,
    );
    match rng.gen_range(0..3) {
        0 => {
            let a = rng.gen_range(1..=9usize);
            let b = rng.gen_range(1..=9usize);
            let text = tr(
                "reset-captcha-plus",
                &[
                    ("a", numbers[a].clone().into()),
                    ("b", b.to_string().into()),
                ],
            );
            number_question(text, a + b, &numbers)
        }
        1 => {
            let a = rng.gen_range(5..=15usize);
            let b = rng.gen_range(1..a);
            let text = tr(
                "reset-captcha-minus",
                &[
                    ("a", numbers[a].clone().into()),
                    ("b", b.to_string().into()),
                ],
            );
            number_question(text, a - b, &numbers)
        }
        _ => {
            let all = catalogue_list("reset-captcha-words", ' ', 8, WORDS);
            let words: Vec<&String> = all.choose_multiple(rng, 4).collect();
            let ordinals = catalogue_list("reset-captcha-ordinals", ',', ORDINALS.len(), &ORDINALS);
            let position = rng.gen_range(0..words.len());
            let list: Vec<&str> = words.iter().map(|w| w.as_str()).collect();
            Question {
                text: tr(
                    "reset-captcha-word",
                    &[
                        ("ordinal", ordinals[position].clone().into()),
                        ("words", list.join(" ").into()),
                    ],
                ),
                answer: words[position].clone(),
                alternatives: Vec::new(),
            }
        }
    }
}

/// A question whose answer is the number `answer`: accepted in digits, as an English word,
/// and as a word of the question's language (`numbers`).
fn number_question(text: String, answer: usize, numbers: &[String]) -> Question {
    Question {
        text,
        answer: answer.to_string(),
        alternatives: [
            NUMBER_WORDS.get(answer).map(|w| (*w).to_owned()),
            numbers.get(answer).cloned(),
        ]
        .into_iter()
        .flatten()
        .collect(),
    }
}

mod draw;
use draw::draw;
#[cfg(test)]
use draw::glyph;

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: [u8; 32] = [7u8; 32];
    const NOW: i64 = 1_700_000_000;

    #[test]
    fn right_image_answer_is_accepted() {
        let issued = issue(&KEY, NOW);
        let token = &issued.challenge.token;
        let nonce = verify(&KEY, token, &issued.image_answer, NOW + 5).expect("accepted");
        assert_eq!(
            URL_SAFE_NO_PAD.decode(&nonce).expect("b64").len(),
            NONCE_LEN
        );
        assert!(token.contains(&nonce));
        // Case and spaces are ignored.
        let sloppy: String = issued
            .image_answer
            .to_lowercase()
            .chars()
            .flat_map(|c| [c, ' '])
            .collect();
        assert_eq!(verify(&KEY, token, &sloppy, NOW + 5), Ok(nonce));
    }

    #[test]
    fn right_question_answer_is_accepted() {
        for _ in 0..50 {
            let issued = issue(&KEY, NOW);
            let c = &issued.challenge;
            assert!(c.question.ends_with('?') || c.question.starts_with("Type the "));
            let nonce = verify(&KEY, &c.token, &issued.question_answer, NOW).expect("accepted");
            assert!(c.token.contains(&nonce));
            let upper = format!("  {}  ", issued.question_answer.to_uppercase());
            assert!(verify(&KEY, &c.token, &upper, NOW).is_ok());
        }
    }

    #[test]
    fn numbers_may_be_written_as_words() {
        let english: Vec<String> = NUMBER_WORDS.iter().map(|w| (*w).to_owned()).collect();
        let q = number_question("What is seven plus 3?".into(), 10, &english);
        assert_eq!(q.answer, "10");
        assert_eq!(q.alternatives, vec!["ten".to_owned(), "ten".to_owned()]);
        // Through the token: find an arithmetic challenge and answer in words.
        let issued = (0..200)
            .map(|_| issue(&KEY, NOW))
            .find(|i| i.challenge.question.starts_with("What is"))
            .expect("an arithmetic question within 200 tries");
        let n: usize = issued.question_answer.parse().expect("a number");
        let word = NUMBER_WORDS[n];
        assert!(verify(&KEY, &issued.challenge.token, word, NOW).is_ok());
        assert!(verify(&KEY, &issued.challenge.token, "１０", NOW).is_ok() == (n == 10));
    }

    #[test]
    fn the_question_is_in_the_current_language() {
        use latchkey_i18n::{Lang, with_lang};
        let issued = (0..300)
            .map(|_| with_lang(Lang::Fr, || issue(&KEY, NOW)))
            .find(|i| i.challenge.question.starts_with("Combien font"))
            .expect("an arithmetic question within 300 tries");
        let c = &issued.challenge;
        assert!(c.question.ends_with(" ?"), "{}", c.question);
        let n: usize = issued.question_answer.parse().expect("digits");
        let french = with_lang(Lang::Fr, || {
            catalogue_list("reset-captcha-numbers", ',', 21, &NUMBER_WORDS)
        });
        assert_eq!(french[17], "dix-sept");
        // Digits, the English word and the French word are all accepted.
        for answer in [n.to_string(), NUMBER_WORDS[n].to_owned(), french[n].clone()] {
            assert!(verify(&KEY, &c.token, &answer, NOW).is_ok(), "{answer}");
        }
        // Arabic-Indic digits count as digits.
        let arabic: String = n
            .to_string()
            .chars()
            .map(|d| char::from_u32(0x660 + d.to_digit(10).expect("digit")).expect("char"))
            .collect();
        assert!(verify(&KEY, &c.token, &arabic, NOW).is_ok());
        // A word question in German asks with German ordinals.
        let word = (0..300)
            .map(|_| with_lang(Lang::De, || issue(&KEY, NOW)))
            .find(|i| i.challenge.question.starts_with("Geben Sie das "))
            .expect("a word question within 300 tries");
        assert!(
            verify(&KEY, &word.challenge.token, &word.question_answer, NOW).is_ok(),
            "{}",
            word.challenge.question
        );
    }

    #[test]
    fn question_is_answerable_from_its_text() {
        for _ in 0..100 {
            let issued = issue(&KEY, NOW);
            let q = &issued.challenge.question;
            let expected = if let Some(rest) = q.strip_prefix("What is ") {
                let rest = rest.trim_end_matches('?');
                let (a, op, b) = {
                    let mut it = rest.split(' ');
                    (
                        it.next().expect("a"),
                        it.next().expect("op"),
                        it.next().expect("b"),
                    )
                };
                let a = NUMBER_WORDS.iter().position(|w| *w == a).expect("word");
                let b: usize = b.parse().expect("digit");
                match op {
                    "plus" => a + b,
                    "minus" => a - b,
                    other => panic!("unknown operator {other}"),
                }
                .to_string()
            } else {
                let (head, words) = q.split_once(": ").expect("a word question");
                let ordinal = head
                    .strip_prefix("Type the ")
                    .and_then(|h| h.strip_suffix(" word of"))
                    .expect("shape");
                let index = ORDINALS
                    .iter()
                    .position(|o| *o == ordinal)
                    .expect("ordinal");
                words.split(' ').nth(index).expect("word").to_owned()
            };
            assert_eq!(expected, issued.question_answer, "{q}");
        }
    }

    #[test]
    fn wrong_answers_are_refused() {
        let issued = issue(&KEY, NOW);
        let token = &issued.challenge.token;
        for wrong in [
            "",
            " ",
            "XXXXXX",
            "abc",
            "ten ten",
            &issued.image_answer[..5],
        ] {
            if normalise(wrong) == normalise(&issued.question_answer) {
                continue;
            }
            assert_eq!(
                verify(&KEY, token, wrong, NOW),
                Err(CaptchaError::Wrong),
                "{wrong:?}"
            );
        }
    }

    #[test]
    fn another_key_or_an_altered_token_is_refused() {
        let issued = issue(&KEY, NOW);
        let token = issued.challenge.token.clone();
        let answer = &issued.image_answer;
        assert_eq!(
            verify(&[8u8; 32], &token, answer, NOW),
            Err(CaptchaError::Malformed)
        );
        // Change each character in turn.
        for i in 0..token.len() {
            let mut bytes = token.clone().into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let altered = String::from_utf8(bytes).expect("ascii");
            let result = verify(&KEY, &altered, answer, NOW);
            assert!(
                matches!(result, Err(CaptchaError::Malformed | CaptchaError::Wrong)),
                "position {i}: {result:?}"
            );
        }
        // A later expiry cannot be forged.
        let parts: Vec<&str> = token.split('.').collect();
        let later = (NOW + 100_000).to_string();
        let mut forged = parts.clone();
        forged[2] = &later;
        assert_eq!(
            verify(&KEY, &forged.join("."), answer, NOW + 5000),
            Err(CaptchaError::Malformed)
        );
        for garbage in ["", ".", "v1", "v1....", "not a token", "v1.a.b.c.d.e"] {
            assert_eq!(
                verify(&KEY, garbage, answer, NOW),
                Err(CaptchaError::Malformed),
                "{garbage:?}"
            );
        }
    }

    #[test]
    fn expires_after_ten_minutes() {
        let issued = issue(&KEY, NOW);
        let token = &issued.challenge.token;
        let answer = &issued.image_answer;
        assert!(verify(&KEY, token, answer, NOW + LIFETIME_SECONDS).is_ok());
        assert_eq!(
            verify(&KEY, token, answer, NOW + LIFETIME_SECONDS + 1),
            Err(CaptchaError::Expired)
        );
        assert_eq!(
            verify(&KEY, token, "wrong", NOW + 3600),
            Err(CaptchaError::Expired)
        );
    }

    #[test]
    fn token_does_not_reveal_the_answers() {
        for _ in 0..50 {
            let issued = issue(&KEY, NOW);
            let token = issued.challenge.token.to_lowercase();
            assert!(!token.contains(&issued.image_answer.to_lowercase()));
            if issued.question_answer.len() >= 4 {
                // Words (numbers are short enough to turn up in base64 by chance).
                assert!(!token.contains(&issued.question_answer.to_lowercase()));
            }
            // Only the version, nonce, expiry, fixed-size answer MACs and the tag.
            let parts: Vec<&str> = issued.challenge.token.split('.').collect();
            assert!((6..=7).contains(&parts.len()), "{parts:?}");
            assert_eq!(parts[0], "v1");
            assert!(decode_fixed(parts[1], NONCE_LEN).is_some());
            assert_eq!(parts[2], (NOW + LIFETIME_SECONDS).to_string());
            for m in &parts[3..parts.len() - 1] {
                assert!(decode_fixed(m, ANSWER_MAC_LEN).is_some(), "{m}");
            }
            assert!(decode_fixed(parts[parts.len() - 1], TAG_LEN).is_some());
        }
    }

    #[test]
    fn each_challenge_is_different() {
        let a = issue(&KEY, NOW);
        let b = issue(&KEY, NOW);
        assert_ne!(a.challenge.token, b.challenge.token);
        assert_ne!(a.challenge.svg, b.challenge.svg);
        let na = verify(&KEY, &a.challenge.token, &a.image_answer, NOW).expect("a");
        let nb = verify(&KEY, &b.challenge.token, &b.image_answer, NOW).expect("b");
        assert_ne!(na, nb);
    }

    #[test]
    fn svg_is_accessible_and_does_not_contain_the_answer() {
        for _ in 0..200 {
            let issued = issue(&KEY, NOW);
            let svg = &issued.challenge.svg;
            let answer = &issued.image_answer;
            assert_eq!(answer.len(), IMAGE_CHARS);
            assert!(answer.bytes().all(|b| ALPHABET.contains(&b)));
            for banned in ['0', 'O', '1', 'l', 'I'] {
                assert!(!answer.contains(banned));
            }
            assert!(svg.starts_with("<svg "));
            assert!(svg.ends_with("</svg>"));
            assert!(svg.contains(r#"role="img""#));
            assert!(svg.contains(r#"aria-label="CAPTCHA image""#));
            assert!(svg.contains(r#"width="200" height="70""#));
            assert!(!svg.contains("<text"));
            assert!(!svg.contains("transform"));
            assert!(!svg.to_lowercase().contains(&answer.to_lowercase()));
            // No character of the answer appears as a run anywhere.
            let letters: String = svg.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            assert!(!letters.to_lowercase().contains(&answer.to_lowercase()));
        }
    }

    #[test]
    fn every_alphabet_character_has_a_glyph() {
        for &c in ALPHABET {
            let strokes = glyph(c);
            assert!(!strokes.is_empty(), "{}", char::from(c));
            for s in strokes {
                assert!(s.len() >= 2);
                for &(x, y) in *s {
                    assert!((0.0..=4.0).contains(&x) && (0.0..=6.0).contains(&y));
                }
            }
        }
    }

    #[test]
    fn public_challenge_works() {
        let c = challenge(&KEY, NOW);
        assert!(!c.question.is_empty());
        assert!(c.svg.contains("<path"));
        assert_eq!(
            verify(&KEY, &c.token, "definitely wrong", NOW),
            Err(CaptchaError::Wrong)
        );
    }
}
