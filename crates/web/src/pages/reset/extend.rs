//! `POST /reset/extend`: "Give me more time", once per journey.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::load;
use crate::error::PageError;
use crate::form::CsrfForm;
use crate::service::journey;
use crate::state::AppState;

/// The form of `POST /reset/extend`: the page it was sent from.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExtendForm {
    back: String,
}

/// Where to go back to: a page of the journey, else its verification step.
fn back_to(back: &str) -> &str {
    let (path, query) = back.split_once('?').unwrap_or((back, ""));
    let ok = matches!(path, "/reset/options" | "/reset/verify" | "/reset/password")
        && query
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '=' | '&' | '_' | '-'));
    if ok { back } else { "/reset/verify" }
}

/// `POST /reset/extend`: adds 15 minutes to the journey, once, and goes back
/// to the page the person was on (which then shows the new end). A journey already
/// extended, finished or gone goes back the same way: that page says what holds.
///
/// Errors: 403 for a failed CSRF check, 500 when the store fails.
pub async fn extend(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(f): CsrfForm<ExtendForm>,
) -> Result<Response, PageError> {
    if let Some(j) = load(&state, &headers).await? {
        journey::extend(&state, &j).await?;
    }
    Ok(Redirect::to(back_to(&f.back)).into_response())
}

#[cfg(test)]
mod tests {
    use super::back_to;

    #[test]
    fn it_only_goes_back_into_the_journey() {
        assert_eq!(back_to("/reset/password"), "/reset/password");
        assert_eq!(
            back_to("/reset/verify?method=email"),
            "/reset/verify?method=email"
        );
        for bad in [
            "//evil.example",
            "/reset//evil",
            "https://x",
            "/admin",
            "/reset/\\x",
            "",
            "/reset/../admin/tokens",
            "/reset/verify?x=%0d",
            "/reset/done",
        ] {
            assert_eq!(back_to(bad), "/reset/verify", "{bad:?}");
        }
    }
}
