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

mod extend;
mod help;
mod passkey;
mod password;
mod push;
mod start;
mod verify;

pub use extend::{ExtendForm, extend};
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
use crate::views::{Helpdesk, JourneyTimer, Layout, MessagePage, render};
use latchkey_i18n::t;

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

/// The layout of a page of journey `j`, with its time limit (see [`JourneyTimer`]).
fn journey_layout(state: &AppState, title: impl Into<String>, csrf: &str, j: &Loaded) -> Layout {
    let mut layout = Layout::new(state, title, csrf, None);
    if j.flow.journey.stage != latchkey_core::journey::Stage::Done {
        let ends = time::OffsetDateTime::from_unix_timestamp(j.flow.expires_at)
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        layout.journey = Some(JourneyTimer {
            ends_in: (j.flow.expires_at - state.now()).max(0),
            warn_in: journey::WARN_SECS,
            ends_at: format!("{:02}:{:02} UTC", ends.hour(), ends.minute()),
            can_extend: journey::can_extend(j),
        });
    }
    layout
}

fn helpdesk(policy: &SsprPolicy) -> Option<Helpdesk> {
    Helpdesk::from_policy(&policy.helpdesk)
}

/// A message page; `heading`, `paragraphs` and the link's text are catalogue keys.
fn message(
    state: &AppState,
    csrf: &str,
    heading: &str,
    paragraphs: &[&str],
    link: Option<(&str, &str)>,
    policy: Option<&SsprPolicy>,
    contact_admin: bool,
) -> Response {
    let heading = t(heading);
    render(&MessagePage {
        layout: Layout::new(state, heading.clone(), csrf, None),
        heading,
        paragraphs: paragraphs.iter().map(|p| t(p)).collect(),
        link: link.map(|(h, k)| (h.to_owned(), t(k))),
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
        "reset-expired-title",
        &["reset-expired-body", "reset-expired-next"],
        Some(("/reset", "reset-start-again")),
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
        "reset-blocked-title",
        &["reset-blocked-body", "reset-blocked-next"],
        Some(("/", "reset-back-to-sign-in")),
        Some(policy),
        true,
    );
    *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    r
}
