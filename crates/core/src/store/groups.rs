//! Groups and their members: users directly, and groups nested to any depth.

use async_trait::async_trait;

use super::{StoreResult, UnixSeconds};
use crate::directory::{Group, User};

/// Direct members of a group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Members {
    /// Users who are direct members, by username.
    pub users: Vec<User>,
    /// Groups nested directly in this one, by name.
    pub groups: Vec<Group>,
}

/// Groups and membership. Group names are unique regardless of case.
#[async_trait]
pub trait GroupStore: Send + Sync {
    /// Creates a group at `now`. `Conflict("group_name")` when the name is taken.
    async fn group_create(
        &self,
        name: &str,
        description: &str,
        now: UnixSeconds,
    ) -> StoreResult<Group>;
    /// The group with this id; `NotFound` when there is none.
    async fn group_get(&self, id: i64) -> StoreResult<Group>;
    /// The group with this name, compared case-insensitively.
    async fn group_by_name(&self, name: &str) -> StoreResult<Group>;
    /// Every group, by name.
    async fn group_list(&self) -> StoreResult<Vec<Group>>;
    /// Deletes a group; its members stay, and its memberships in other groups go with it.
    /// `NotFound` when there is no such group.
    async fn group_delete(&self, id: i64) -> StoreResult<()>;
    /// Adds a user to a group; adding again is not an error.
    async fn group_add_user(&self, group: i64, user: i64) -> StoreResult<()>;
    /// Removes a user from a group. `NotFound` when the user isn't a direct member.
    async fn group_remove_user(&self, group: i64, user: i64) -> StoreResult<()>;
    /// Nests `child` in `parent`. Refused when it would make a cycle.
    async fn group_add_group(&self, parent: i64, child: i64) -> StoreResult<()>;
    /// Takes `child` out of `parent`. `NotFound` when it isn't directly nested there.
    async fn group_remove_group(&self, parent: i64, child: i64) -> StoreResult<()>;
    /// The direct members of a group (nested groups are listed, not expanded). An unknown
    /// group has no members.
    async fn group_members(&self, group: i64) -> StoreResult<Members>;
    /// Whether a user is in a group directly or through any depth of nesting.
    async fn is_member(&self, user: i64, group: i64) -> StoreResult<bool>;
    /// The groups a user belongs to directly.
    async fn groups_of_user(&self, user: i64) -> StoreResult<Vec<Group>>;
}
