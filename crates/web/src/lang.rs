//! Which language a request is served in, and the language picker.
//!
//! In order: the `latchkey-lang` cookie (set by the picker, and at sign-in from the
//! person's saved choice), then the browser's `Accept-Language`, then English. The
//! middleware ([`crate::middleware::request_lang`]) runs each request in
//! [`latchkey_i18n::scope`] with it, so every page, error and JSON `message` made for the
//! request is in that language.

use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use latchkey_i18n::Lang;
use serde::Deserialize;

use crate::middleware::{cookie_name, set_cookie};
use crate::state::AppState;

pub use crate::middleware::LANG_COOKIE as COOKIE;

/// A year, in seconds: how long the picker's choice is kept.
const KEEP: i64 = 365 * 24 * 3600;

/// The `Set-Cookie` value keeping `lang` for a year.
pub fn cookie(state: &AppState, lang: Lang) -> String {
    set_cookie(
        state,
        &cookie_name(state, COOKIE),
        lang.code(),
        "Lax",
        Some(KEEP),
    )
}

/// Sets the language cookie on `r` from the language `user` saved (signing in: the pages
/// open in the language the person chose before, on any browser). A store error leaves
/// the browser's choice as it is: the sign-in that already succeeded is never failed for it.
pub async fn restore_saved(state: &AppState, user: i64, r: &mut Response) {
    let saved = match state.store.language_of(user).await {
        Ok(l) => l.and_then(|l| Lang::parse(&l)),
        Err(e) => {
            tracing::warn!(error = %e, "the saved language could not be read");
            None
        }
    };
    if let Some(lang) = saved
        && let Ok(v) = HeaderValue::from_str(&cookie(state, lang))
    {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// The query of `GET /language`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Choice {
    lang: String,
    back: String,
}

/// Where to go back to after choosing: a path on this site, else the start page. Never
/// another site (`//host`, `/\host`, a scheme).
pub fn local_path(back: &str) -> &str {
    let path = back.split(['?', '#']).next().unwrap_or_default();
    let ok = back.starts_with('/')
        && !back.starts_with("//")
        && back.chars().all(|c| c.is_ascii_graphic())
        && !back.contains('\\')
        && !path.split('/').any(|seg| seg == "." || seg == "..");
    if ok { back } else { "/" }
}

/// `GET /language?lang=de&back=/reset`: the picker (a form that works without
/// JavaScript). Keeps the choice in a cookie and goes back to the page it was made on.
/// It changes nothing but how pages read, so it needs no CSRF token; an unknown code
/// changes nothing.
pub async fn choose(State(state): State<AppState>, Query(c): Query<Choice>) -> Response {
    let mut r = Redirect::to(local_path(&c.back)).into_response();
    if let Some(lang) = Lang::parse(&c.lang)
        && let Ok(v) = HeaderValue::from_str(&cookie(&state, lang))
    {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn the_picker_only_goes_back_to_this_site() {
        assert_eq!(
            local_path("/reset/verify?method=email"),
            "/reset/verify?method=email"
        );
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "",
            "x",
            "/a\\b",
            "/a\nb",
            "/reset/../admin",
            "/./x",
            "/\u{e9}",
            "/\u{202e}/x",
            "/a b",
        ] {
            assert_eq!(local_path(bad), "/", "{bad:?}");
        }
    }
}
