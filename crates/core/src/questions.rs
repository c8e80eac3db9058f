//! Security questions: the predefined list, answer normalisation and the
//! rules an answer set must follow.

use latchkey_i18n::{t, tr};
use unicode_normalization::UnicodeNormalization;

/// Shortest answer accepted, in characters after normalisation.
pub const MIN_ANSWER_CHARS: usize = 3;
/// Longest answer accepted, in characters after normalisation.
pub const MAX_ANSWER_CHARS: usize = 40;
/// Shortest custom question, in characters after trimming.
pub const MIN_QUESTION_CHARS: usize = 3;
/// Longest custom question, in characters after trimming.
pub const MAX_QUESTION_CHARS: usize = 200;

/// The predefined questions, by stable id. An id is never reused or
/// renumbered, so a stored answer keeps pointing at its question. The
/// answers should not change over a lifetime and should be hard to find on
/// social media.
pub const PREDEFINED: &[(&str, &str)] = &[
    (
        "q01",
        "What was the first name of your best friend when you were a child?",
    ),
    ("q02", "In which town or city did your parents first meet?"),
    (
        "q03",
        "What was the name of the street you lived on when you were ten?",
    ),
    (
        "q04",
        "What was the surname of your favourite primary school teacher?",
    ),
    ("q05", "What was the name of your first cuddly toy?"),
    (
        "q06",
        "What was the first live concert or show you went to?",
    ),
    (
        "q07",
        "What nickname did only your family use for you as a child?",
    ),
    (
        "q08",
        "What was the first meal you learned to cook by yourself?",
    ),
    ("q09", "What is the middle name of your oldest cousin?"),
    (
        "q10",
        "What was the title of the first book you read on your own?",
    ),
    ("q11", "What was the first name of your first boss?"),
    (
        "q12",
        "What was the name of the first club or team you joined as a child?",
    ),
    (
        "q13",
        "What was the surname of the doctor or dentist you saw as a child?",
    ),
    ("q14", "What was the name of a pet your grandparents kept?"),
    (
        "q15",
        "What was the surname of the family next door when you were growing up?",
    ),
    (
        "q16",
        "What was the first name of your first music teacher or sports coach?",
    ),
    ("q17", "What was the first film you saw at the cinema?"),
    (
        "q18",
        "What was the first computer or video game you played?",
    ),
    (
        "q19",
        "What did your grandchildren, nieces or nephews first call you?",
    ),
    (
        "q20",
        "At age seven, what job did you want to have when you grew up?",
    ),
    (
        "q21",
        "What was the house number of the home you grew up in?",
    ),
    (
        "q22",
        "What was the name of the first restaurant you remember eating at?",
    ),
    (
        "q23",
        "In which village or town did your grandparents live?",
    ),
    (
        "q24",
        "What was the first musical instrument you tried to play?",
    ),
    (
        "q25",
        "What was the name of the first bicycle or car you gave a name to?",
    ),
    (
        "q26",
        "Where did you go on your first trip by train or plane?",
    ),
    (
        "q27",
        "What was the first name of the child you sat next to on your first school day?",
    ),
    ("q28", "What playground game did you like most as a child?"),
    (
        "q29",
        "What was the name of the first holiday campsite or hotel you remember?",
    ),
    (
        "q30",
        "What was the first name of your first flatmate or roommate?",
    ),
    (
        "q31",
        "What was the model of the first car your family owned?",
    ),
    ("q32", "What food did you refuse to eat as a child?"),
    (
        "q33",
        "What was the name of the shop where you bought sweets as a child?",
    ),
    (
        "q34",
        "What was the first name of the person who taught you to swim or ride a bike?",
    ),
    (
        "q35",
        "What was the name of your first imaginary friend or favourite cartoon character?",
    ),
];

/// The text of a predefined question.
pub fn predefined(id: &str) -> Option<&'static str> {
    PREDEFINED
        .iter()
        .find(|(qid, _)| *qid == id)
        .map(|(_, text)| *text)
}

/// Normalises an answer for hashing: Unicode NFKC, lower case, trimmed,
/// inner whitespace collapsed to one space, and trailing `.`, `!` and `?`
/// removed.
pub fn normalise_answer(s: &str) -> String {
    let folded: String = s.nfkc().collect::<String>().to_lowercase();
    let collapsed = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    collapsed
        .trim_end_matches(|c: char| matches!(c, '.' | '!' | '?') || c.is_whitespace())
        .to_owned()
}

/// Why a security-question answer was refused (see [`validate_answers`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// Fewer than 3 characters after normalisation.
    #[error("{}", t("errors-answer-too-short"))]
    TooShort,
    /// More than 40 characters after normalisation.
    #[error("{}", t("errors-answer-too-long"))]
    TooLong,
    /// The same as another answer in the set.
    #[error("{}", t("errors-answer-duplicate"))]
    Duplicate,
    /// Contains its own question's text.
    #[error("{}", t("errors-answer-contains-question"))]
    ContainsQuestion,
    /// Contains the username.
    #[error("{}", t("errors-answer-contains-username"))]
    ContainsUsername,
    /// Contains the password being set.
    #[error("{}", t("errors-answer-contains-password"))]
    ContainsPassword,
}

/// Validates a set of `(question text, answer)` pairs: each answer is 3–40
/// characters after normalisation, no two answers are equal, and an answer
/// contains neither its question's text, nor the username (if it has at
/// least 3 characters), nor the password (if given). Comparisons use the
/// normalised forms. Returns the index of the first failing pair and why.
pub fn validate_answers(
    pairs: &[(&str, &str)],
    username: &str,
    password: Option<&str>,
) -> Result<(), (usize, AnswerError)> {
    let username = normalise_answer(username);
    let username = (username.chars().count() >= 3).then_some(username);
    let password = password.map(normalise_answer).filter(|p| !p.is_empty());
    let mut seen: Vec<String> = Vec::with_capacity(pairs.len());
    for (index, (question, answer)) in pairs.iter().enumerate() {
        let answer = normalise_answer(answer);
        let question = normalise_answer(question);
        let len = answer.chars().count();
        let error = if len < MIN_ANSWER_CHARS {
            Some(AnswerError::TooShort)
        } else if len > MAX_ANSWER_CHARS {
            Some(AnswerError::TooLong)
        } else if seen.contains(&answer) {
            Some(AnswerError::Duplicate)
        } else if !question.is_empty() && answer.contains(&question) {
            Some(AnswerError::ContainsQuestion)
        } else if username
            .as_ref()
            .is_some_and(|u| answer.contains(u.as_str()))
        {
            Some(AnswerError::ContainsUsername)
        } else if password
            .as_ref()
            .is_some_and(|p| answer.contains(p.as_str()))
        {
            Some(AnswerError::ContainsPassword)
        } else {
            None
        };
        if let Some(error) = error {
            return Err((index, error));
        }
        seen.push(answer);
    }
    Ok(())
}

/// Validates an administrator's custom question: 3–200 characters after
/// trimming, no control characters (line breaks included). Returns it
/// trimmed, or a message in the current language.
pub fn validate_custom_question(s: &str) -> Result<String, String> {
    let trimmed = s.trim();
    if trimmed.chars().any(char::is_control) {
        return Err(t("errors-question-control"));
    }
    let len = trimmed.chars().count();
    if len < MIN_QUESTION_CHARS {
        return Err(tr(
            "errors-question-too-short",
            &[("min", MIN_QUESTION_CHARS.into())],
        ));
    }
    if len > MAX_QUESTION_CHARS {
        return Err(tr(
            "errors-question-too-long",
            &[("max", MAX_QUESTION_CHARS.into())],
        ));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn at_least_35_questions_with_unique_stable_ids_and_texts() {
        assert!(PREDEFINED.len() >= 35);
        let ids: HashSet<_> = PREDEFINED.iter().map(|(id, _)| *id).collect();
        let texts: HashSet<_> = PREDEFINED
            .iter()
            .map(|(_, t)| normalise_answer(t))
            .collect();
        assert_eq!(ids.len(), PREDEFINED.len());
        assert_eq!(texts.len(), PREDEFINED.len());
        for (i, (id, text)) in PREDEFINED.iter().enumerate() {
            assert_eq!(*id, format!("q{:02}", i + 1));
            assert!(text.ends_with('?'), "{id}");
            assert_eq!(validate_custom_question(text).as_deref(), Ok(*text), "{id}");
        }
    }

    #[test]
    fn lookup_by_id() {
        assert_eq!(predefined("q01"), Some(PREDEFINED[0].1));
        assert_eq!(predefined("q35"), Some(PREDEFINED[34].1));
        assert_eq!(predefined("q00"), None);
        assert_eq!(predefined("Q01"), None);
        assert_eq!(predefined(""), None);
    }

    #[test]
    fn normalisation_examples() {
        assert_eq!(normalise_answer("  Ｍy  Dog！ "), "my dog");
        assert_eq!(normalise_answer("Rex"), "rex");
        assert_eq!(normalise_answer("rex."), "rex");
        assert_eq!(normalise_answer("Rex?!..."), "rex");
        assert_eq!(normalise_answer("rex !"), "rex");
        assert_eq!(normalise_answer("rex…"), "rex");
        assert_eq!(normalise_answer("New\tYork\n City"), "new york city");
        assert_eq!(normalise_answer("St. Mary's"), "st. mary's");
        assert_eq!(normalise_answer("ＡＢＣ１２３"), "abc123");
        assert_eq!(normalise_answer("Café"), normalise_answer("Cafe\u{301}"));
        assert_eq!(normalise_answer("ÉCOLE"), "école");
        assert_eq!(normalise_answer("   "), "");
        assert_eq!(normalise_answer("?!"), "");
        assert_eq!(normalise_answer("¿Qué?"), "¿qué");
    }

    const Q1: &str = "What was the first name of your best friend when you were a child?";
    const Q2: &str = "In which town or city did your parents first meet?";
    const Q3: &str = "What was the name of the first restaurant you remember eating at?";

    #[test]
    fn a_good_set_passes() {
        let pairs = [(Q1, "Maria"), (Q2, "Lyon"), (Q3, "dark green")];
        assert_eq!(
            validate_answers(&pairs, "jdoe", Some("correct horse")),
            Ok(())
        );
        assert_eq!(validate_answers(&pairs, "jdoe", None), Ok(()));
        assert_eq!(validate_answers(&[], "jdoe", None), Ok(()));
    }

    #[test]
    fn too_short_and_too_long() {
        let pairs = [(Q1, "Maria"), (Q2, " ab. ")];
        assert_eq!(
            validate_answers(&pairs, "jdoe", None),
            Err((1, AnswerError::TooShort))
        );
        let pairs = [(Q1, "")];
        assert_eq!(
            validate_answers(&pairs, "jdoe", None),
            Err((0, AnswerError::TooShort))
        );
        // Exactly at the limits is fine; spaces collapse before counting.
        let pairs = [(Q1, "abc"), (Q2, &"x".repeat(40)), (Q3, "a          b")];
        assert_eq!(validate_answers(&pairs, "jdoe", None), Ok(()));
        let long = "y".repeat(41);
        let pairs = [(Q1, "Maria"), (Q2, long.as_str())];
        assert_eq!(
            validate_answers(&pairs, "jdoe", None),
            Err((1, AnswerError::TooLong))
        );
        // Characters, not bytes.
        let accented = "é".repeat(40);
        assert_eq!(
            validate_answers(&[(Q1, accented.as_str())], "jdoe", None),
            Ok(())
        );
    }

    #[test]
    fn duplicates_are_refused_after_normalisation() {
        let pairs = [(Q1, "Maria"), (Q2, "Lyon"), (Q3, "  MARIA! ")];
        assert_eq!(
            validate_answers(&pairs, "jdoe", None),
            Err((2, AnswerError::Duplicate))
        );
    }

    #[test]
    fn answer_containing_its_question_is_refused() {
        let q = "Favourite colour?";
        let pairs = [(Q1, "Maria"), (q, "my favourite colour is blue")];
        assert_eq!(
            validate_answers(&pairs, "jdoe", None),
            Err((1, AnswerError::ContainsQuestion))
        );
        // Another pair's question does not count.
        let pairs = [(Q1, "favourite colour"), (q, "blue")];
        assert_eq!(validate_answers(&pairs, "jdoe", None), Ok(()));
    }

    #[test]
    fn answer_containing_username_is_refused() {
        let pairs = [(Q1, "Maria"), (Q2, "JDoe town")];
        assert_eq!(
            validate_answers(&pairs, "jdoe", None),
            Err((1, AnswerError::ContainsUsername))
        );
        // Usernames shorter than 3 characters are not checked.
        let pairs = [(Q1, "Maria"), (Q2, "Lyon")];
        assert_eq!(validate_answers(&pairs, "ly", None), Ok(()));
    }

    #[test]
    fn answer_containing_password_is_refused() {
        let pairs = [(Q1, "Maria"), (Q2, "my Hunter2Secret!")];
        assert_eq!(
            validate_answers(&pairs, "jdoe", Some("hunter2secret")),
            Err((1, AnswerError::ContainsPassword))
        );
        assert_eq!(validate_answers(&pairs, "jdoe", None), Ok(()));
        assert_eq!(validate_answers(&pairs, "jdoe", Some("")), Ok(()));
    }

    #[test]
    fn first_failing_pair_is_reported() {
        let pairs = [(Q1, "ok answer"), (Q2, "x"), (Q3, "ok answer")];
        assert_eq!(
            validate_answers(&pairs, "jdoe", None),
            Err((1, AnswerError::TooShort))
        );
    }

    #[test]
    fn errors_have_plain_messages() {
        for e in [
            AnswerError::TooShort,
            AnswerError::TooLong,
            AnswerError::Duplicate,
            AnswerError::ContainsQuestion,
            AnswerError::ContainsUsername,
            AnswerError::ContainsPassword,
        ] {
            let text = e.to_string();
            assert!(
                text.starts_with("The ") || text.starts_with("Each "),
                "{text}"
            );
            assert!(text.ends_with('.'), "{text}");
        }
    }

    #[test]
    fn custom_questions() {
        assert_eq!(
            validate_custom_question("  What is your staff badge colour?  "),
            Ok("What is your staff badge colour?".to_owned())
        );
        assert_eq!(validate_custom_question("Why").as_deref(), Ok("Why"));
        assert!(validate_custom_question("ab").is_err());
        assert!(validate_custom_question("   ").is_err());
        assert!(validate_custom_question(&"q".repeat(200)).is_ok());
        assert!(validate_custom_question(&"q".repeat(201)).is_err());
        assert!(validate_custom_question("line one\nline two").is_err());
        assert!(validate_custom_question("bell\u{7}").is_err());
        assert!(validate_custom_question("esc\u{1b}[31m").is_err());
        let message = validate_custom_question("ab").expect_err("too short");
        assert!(message.contains("at least 3"), "{message}");
    }
}
