//! Who is signed in, as the layout and the extractors see it.

use latchkey_core::directory::User;

/// A signed-in user, read from their session on this request.
#[derive(Debug, Clone)]
pub struct Authed {
    /// The user as stored when the session was read: enabled.
    pub user: User,
}
