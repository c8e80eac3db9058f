//! Users: the directory's accounts, their password hashes and history.

use async_trait::async_trait;

use super::{Page, StoreResult, UnixSeconds};
use crate::directory::{Profile, Role, User, Username};

/// A user to create. The password hash is already computed.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Sign-in name; must not be taken.
    pub username: Username,
    /// Names and contacts.
    pub profile: Profile,
    /// What the user may administer.
    pub role: Role,
    /// Whether the user may sign in.
    pub enabled: bool,
    /// PHC string of the password's Argon2id hash, or a marker of an account without a
    /// local password ([`crate::password::NO_PASSWORD`], [`super::NO_LOCAL_PASSWORD`]).
    pub password_hash: String,
    /// Whether the user must choose a new password at the next sign-in.
    pub must_change_password: bool,
}

/// Users, their password hashes and history, and lookups by role. Unless a method says
/// otherwise, an unknown user id is [`super::StoreError::NotFound`].
#[async_trait]
pub trait UserStore: Send + Sync {
    /// Creates a user at `now`. `Conflict("username")` when the name is taken.
    async fn user_create(&self, user: NewUser, now: UnixSeconds) -> StoreResult<User>;
    /// The user with this id.
    async fn user_get(&self, id: i64) -> StoreResult<User>;
    /// The user with this username; `NotFound` when there is none.
    async fn user_by_username(&self, username: &Username) -> StoreResult<User>;
    /// The stored password hash of a user.
    async fn user_password_hash(&self, id: i64) -> StoreResult<String>;
    /// Users whose username, display name, first or last name starts with `search`
    /// (any case; spaces around it ignored), by username; every user when it is empty.
    /// `total` counts every match. Indexed: fast on a million users.
    async fn user_list(&self, search: &str, offset: i64, limit: i64) -> StoreResult<Page<User>>;
    /// How many users there are, enabled or not.
    async fn user_count(&self) -> StoreResult<i64>;
    /// Replaces names and contacts; a changed contact bumps the credential generation.
    async fn user_update_profile(
        &self,
        id: i64,
        profile: &Profile,
        now: UnixSeconds,
    ) -> StoreResult<User>;
    /// Sets the role at `now`. Does not guard the last global administrator: use
    /// [`super::DirectoryCommits::user_change_commit`] for that.
    async fn user_set_role(&self, id: i64, role: Role, now: UnixSeconds) -> StoreResult<User>;
    /// Enables or disables; a change bumps the credential generation, and disabling ends
    /// every session of the user.
    async fn user_set_enabled(&self, id: i64, enabled: bool, now: UnixSeconds)
    -> StoreResult<User>;
    /// Sets a new password hash and the must-change flag, and ends all of the user's
    /// sessions. The previous hash goes into the password history (the last 24 are kept).
    async fn user_set_password(
        &self,
        id: i64,
        hash: &str,
        must_change: bool,
        now: UnixSeconds,
    ) -> StoreResult<()>;
    /// Deletes the user; what belongs to them (sessions, memberships, methods, answers,
    /// journeys, API tokens, password history) goes with it. Does not guard the last
    /// global administrator: use [`super::DirectoryCommits::user_delete_commit`] for that.
    async fn user_delete(&self, id: i64) -> StoreResult<()>;
    /// The user's previous password hashes, newest first.
    async fn password_history(&self, id: i64, limit: i64) -> StoreResult<Vec<String>>;
    /// How many enabled users have `role`.
    async fn count_by_role(&self, role: Role) -> StoreResult<i64>;
    /// Up to `limit` enabled users with `role`, for notifications.
    async fn users_with_role(&self, role: Role, limit: i64) -> StoreResult<Vec<User>>;
}
