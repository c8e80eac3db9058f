//! Who is signed in, as the layout and the extractors see it.

use latchkey_core::directory::User;

/// A signed-in user, read from their session on this request.
#[derive(Debug, Clone)]
pub struct Authed {
    /// The user as stored when the session was read: enabled.
    pub user: User,
    /// When this session was opened (Unix seconds): the last time the user proved their
    /// password, at sign-in, at "Confirm it's you" (`/account/confirm`) or by changing it.
    /// Changes to security info need it recent (`session.step_up_minutes`,
    /// [`require_recent_password`](crate::service::registration::require_recent_password)).
    pub signed_in_at: i64,
    /// The session was opened with a Temporary Access Pass: it reaches `/setup` only
    /// ([`SetupUser`](crate::session::SetupUser)), and counts as a recent proof for
    /// registering methods while it lasts.
    pub access_pass: bool,
}
