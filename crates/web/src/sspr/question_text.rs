//! The words of a security question as shown: a built-in question (`q01`…, the list in
//! `latchkey_core::questions::PREDEFINED`, whose English is the source) in the current
//! language, from the catalogue (`setup-question-q01`…); a custom question as the
//! administrators wrote it. Answers are compared as typed, whatever the language shown.

use latchkey_core::questions::predefined;
use latchkey_i18n::t;

/// The text of question `id` in the current language: the catalogue's for a built-in id,
/// else `id` itself (a custom question is stored as its text).
pub fn question_text(id: &str) -> String {
    match predefined(id) {
        Some(_) => t(&format!("setup-question-{id}")),
        None => id.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::question_text;
    use latchkey_i18n::{Lang, with_lang};

    #[test]
    fn built_in_questions_are_translated_and_custom_ones_kept() {
        for (id, english) in latchkey_core::questions::PREDEFINED {
            assert_eq!(question_text(id), *english);
            for lang in [Lang::De, Lang::Fr, Lang::Es, Lang::Ar] {
                let shown = with_lang(lang, || question_text(id));
                assert_ne!(shown, *english, "{id} in {}", lang.code());
                assert!(!shown.starts_with("setup-question-"), "{id}");
            }
        }
        assert_eq!(
            with_lang(Lang::De, || question_text("What is our office dog called?")),
            "What is our office dog called?"
        );
    }
}
