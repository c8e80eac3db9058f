//! `/reset`: "Get back into your account".
//!
//! username + CAPTCHA → (unlock allowed: reset or unlock) → verification step 1 → step 2
//! when two methods are required → a new password → done. The journey's rules and state
//! live in [`crate::service::journey`] (on the typed state machine of
//! [`latchkey_core::journey`]); these handlers parse the form, call one operation and
//! render its outcome. The journey is keyed by the SHA-256 of a random token in a cookie,
//! so any instance serves any step. A name that can't reset walks the same pages with
//! decoy methods; nothing is sent and no code works.
//!
//! * [`start`]: the first page (username and CAPTCHA);
//! * [`verify`]: reset or unlock, the verification steps, sending and checking codes;
//! * `passkey`: the JSON of "Use a passkey" (the ceremony runs in `static/passkey.js`);
//! * `push`: the app notification (a request to the Latchkey app, and its number);
//! * [`password`]: the new password and the last page;
//! * [`help`]: "Contact your administrator".

mod help;
mod passkey;
mod password;
mod push;
mod start;
mod verify;

pub use help::{Empty, help, help_submit};
pub use passkey::{passkey_finish, passkey_options};
pub use password::{PasswordForm, done, password, password_submit};
pub use push::push_status;
pub use start::{StartForm, start, start_submit};
pub use verify::{CheckForm, OptionsForm, SendForm, check, options, options_submit, send, verify};

use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use latchkey_core::policy::SsprPolicy;

use crate::error::PageError;
use crate::middleware::{cookie_name, read_cookie};
use crate::service::journey::{self, Loaded};
use crate::state::AppState;
use crate::views::{Helpdesk, Layout, MessagePage, render};

const FLOW_COOKIE: &str = "latchkey-reset";

fn flow_cookie(state: &AppState) -> String {
    cookie_name(state, FLOW_COOKIE)
}

/// The journey this browser is on, re-checked; `None` shows "Your session has expired".
async fn load(state: &AppState, headers: &HeaderMap) -> Result<Option<Loaded>, PageError> {
    let Some(token) = read_cookie(headers, &flow_cookie(state)) else {
        return Ok(None);
    };
    Ok(journey::load(state, &token).await?)
}

fn helpdesk(policy: &SsprPolicy) -> Option<Helpdesk> {
    Helpdesk::from_policy(&policy.helpdesk)
}

fn message(
    state: &AppState,
    csrf: &str,
    heading: &str,
    paragraphs: &[&str],
    link: Option<(&str, &str)>,
    policy: Option<&SsprPolicy>,
    contact_admin: bool,
) -> Response {
    render(&MessagePage {
        layout: Layout::new(state, heading, csrf, None),
        heading: heading.into(),
        paragraphs: paragraphs.iter().map(|p| (*p).to_owned()).collect(),
        link: link.map(|(h, t)| (h.to_owned(), t.to_owned())),
        helpdesk: policy.and_then(helpdesk),
        contact_admin,
    })
}

/// The one page every ended journey reaches: expired, voided by a change to the
/// account, or a decoy's. Never a loop.
fn expired(state: &AppState, csrf: &str) -> Response {
    let mut r = message(
        state,
        csrf,
        "Your session has expired",
        &[
            "For your security, a password reset has to be finished within 15 minutes, and it ends when something about the account changes on the way: a newer code was sent (from another window, say), or the account or its security info was changed.",
            "Start again; it only takes a minute.",
        ],
        Some(("/reset", "Start again")),
        None,
        false,
    );
    *r.status_mut() = StatusCode::BAD_REQUEST;
    r
}

fn blocked_page(state: &AppState, csrf: &str, policy: &SsprPolicy) -> Response {
    let mut r = message(
        state,
        csrf,
        "You've tried too many times",
        &[
            "For your security, self-service password reset is blocked for this account for 24 hours.",
            "If you need to get in sooner, contact your administrator.",
        ],
        Some(("/", "Back to sign in")),
        Some(policy),
        true,
    );
    *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    r
}
