//! Changes to users and groups, each written with its audit events and queued notices in
//! one transaction, with the directory's rules checked inside that transaction: the last
//! enabled global administrator stays, and group nesting never makes a cycle.

use async_trait::async_trait;

use super::{Effects, NewUser, StoreResult, UnixSeconds};
use crate::directory::{Group, Profile, Role, User};

/// The words of [`super::StoreError::Refused`] when a change would leave no enabled global
/// administrator (nobody could run Latchkey any more).
pub const LAST_GLOBAL_ADMIN: &str = "last global administrator";

/// What changes on a user; `None` keeps the stored value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserChange {
    /// Names and contacts, replaced as a whole. A changed contact bumps the credential
    /// generation (outstanding reset journeys and codes are void).
    pub profile: Option<Profile>,
    /// The new role.
    pub role: Option<Role>,
    /// Enabling or disabling bumps the credential generation; disabling ends every
    /// session of the user.
    pub enabled: Option<bool>,
}

impl UserChange {
    /// Whether the change writes nothing.
    pub fn is_empty(&self) -> bool {
        self.profile.is_none() && self.role.is_none() && self.enabled.is_none()
    }
}

/// A direct member of a group, by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member {
    /// A user, by id.
    User(i64),
    /// A nested group.
    Group(i64),
}

/// Builds a user change's effects from the user as stored just before the change and just
/// after it, both read inside the change's transaction (so the audit details describe what
/// this transaction changed, whatever ran in parallel).
pub type UserEffects<'a> = dyn Fn(&User, &User) -> Effects + Send + Sync + 'a;

/// User and group changes, each one transaction on both engines that starts with a write
/// (SQLite takes the write lock before reading anything). A failure or a refusal leaves
/// nothing behind: not the change, not its audit events, not its notices.
///
/// Changes that must keep a global administrator, and nesting changes, take turns: on
/// PostgreSQL under an advisory lock (read committed, so each sees what the one before it
/// committed), on SQLite under the database's single write lock. However many run at once,
/// the rule holds after every commit.
#[async_trait]
pub trait DirectoryCommits: Send + Sync {
    /// Creates a user at `now` (Unix seconds) with `effects`. `Conflict("username")` when
    /// the name is taken.
    async fn user_create_commit(
        &self,
        user: NewUser,
        now: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<User>;
    /// Applies `change` to user `id` at `now` and writes `effects(before, after)`. With
    /// `keep_a_global_admin`, refuses with `Refused(LAST_GLOBAL_ADMIN)` (nothing written)
    /// when the change takes away the last enabled global administrator: the user was
    /// one, isn't after the change, and no other remains. Returns the user as changed;
    /// `NotFound` when the user is gone.
    async fn user_change_commit(
        &self,
        id: i64,
        change: &UserChange,
        keep_a_global_admin: bool,
        now: UnixSeconds,
        effects: &UserEffects<'_>,
    ) -> StoreResult<User>;
    /// Deletes user `id` with `effects`; with `keep_a_global_admin`, refuses like
    /// [`Self::user_change_commit`] when the user is the last enabled global administrator. Returns the user as it was; `NotFound` when already gone.
    async fn user_delete_commit(
        &self,
        id: i64,
        keep_a_global_admin: bool,
        effects: &Effects,
    ) -> StoreResult<User>;
    /// Creates a group at `now` with its first direct `members` and `effects`.
    /// `Conflict("group_name")` when the name is taken (case-insensitive), `NotFound` when
    /// a member is gone.
    async fn group_create_commit(
        &self,
        name: &str,
        description: &str,
        members: &[Member],
        now: UnixSeconds,
        effects: &Effects,
    ) -> StoreResult<Group>;
    /// Deletes group `id` (its members stay) with `effects`. `NotFound` when already gone.
    async fn group_delete_commit(&self, id: i64, effects: &Effects) -> StoreResult<()>;
    /// Adds (`add`) or removes a direct member of `group`, with `effects`. Adding what
    /// already is a direct member is `Conflict("member")`, and writes nothing (not the
    /// effects either); removing what isn't a direct member is `NotFound`, and so is adding
    /// to or adding a group or user that is gone. A nesting that would make a cycle is
    /// `Refused` with the reason in words.
    async fn group_member_commit(
        &self,
        group: i64,
        member: Member,
        add: bool,
        effects: &Effects,
    ) -> StoreResult<()>;
}
