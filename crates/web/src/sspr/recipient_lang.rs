//! The language a message goes out in: its recipient's. A user's saved language
//! (`/account`'s language setting), else — for a message the person on the page caused,
//! such as a verification code during their reset or registration — the page's language,
//! else English.

use latchkey_i18n::Lang;

use crate::state::AppState;

/// The language `user_id` saved, if any (and still one of ours).
pub async fn saved(state: &AppState, user_id: i64) -> Option<Lang> {
    state
        .store
        .language_of(user_id)
        .await
        .ok()
        .flatten()
        .as_deref()
        .and_then(Lang::parse)
}

/// The language of a message to `user_id` that someone else caused (a notice, an alert, a
/// help request): the one they saved, else English.
pub async fn language_for(state: &AppState, user_id: i64) -> Lang {
    saved(state, user_id).await.unwrap_or(Lang::En)
}

/// The language of a message the person on the page caused, to themselves (a
/// verification code): the one `user_id` saved, else the page's.
pub async fn language_for_page(state: &AppState, user_id: Option<i64>) -> Lang {
    match user_id {
        Some(id) => saved(state, id).await,
        None => None,
    }
    .unwrap_or_else(latchkey_i18n::current)
}
