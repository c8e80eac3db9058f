//! `/admin/tokens`: the admin API tokens page of the portal (global administrators).

use askama::Template;
use latchkey_core::store::ApiTokenRecord;

use crate::views::{FormErrors, Layout};

/// One token as the list shows it (never the token itself).
pub struct TokenRow {
    /// The token's id.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// The username it acts for.
    pub owner: String,
    /// `read` or `write`.
    pub scope: &'static str,
    /// When it was made (RFC 3339) and in words.
    pub created: (String, String),
    /// When it was last used, in words; `None` when never.
    pub last_used: Option<String>,
    /// When it was revoked, in words; `None` while it works.
    pub revoked: Option<String>,
}

impl TokenRow {
    /// The row of a stored token; `words` says a time for people.
    pub fn new(t: &ApiTokenRecord, words: impl Fn(i64) -> String) -> Self {
        Self {
            id: t.id,
            name: t.name.clone(),
            owner: t.owner_username.clone(),
            scope: t.scope.as_str(),
            created: (
                latchkey_core::clock::rfc3339(t.created_at),
                words(t.created_at),
            ),
            last_used: t.last_used_at.map(&words),
            revoked: t.revoked_at.map(&words),
        }
    }
}

/// `templates/admin/tokens.html`: the list, the create form, a token just made (shown
/// once) or the confirmation of a revocation.
#[derive(Template)]
#[template(path = "admin/tokens.html")]
pub struct TokensPage {
    /// Shared layout.
    pub layout: Layout,
    /// Every token, newest first.
    pub tokens: Vec<TokenRow>,
    /// Problems with the create form, by field.
    pub errors: FormErrors,
    /// The create form's name as typed.
    pub name: String,
    /// The create form's scope as chosen (`read` or `write`).
    pub scope: String,
    /// The create form's owner as typed (the viewer's username at first).
    pub owner: String,
    /// The create form's one-use id, so reloading the page that showed a token makes no other.
    pub form_id: String,
    /// A status line ("The token was revoked.").
    pub notice: Option<String>,
    /// A token just made: its row and the token, shown only this once.
    pub created: Option<(TokenRow, String)>,
    /// A token whose revocation is to be confirmed.
    pub confirm: Option<TokenRow>,
}
