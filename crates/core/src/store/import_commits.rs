//! Many users created at once (`latchkey user import`): one transaction for the whole
//! file, written in batches, with the import's audit event.

use async_trait::async_trait;

use super::{Effects, NewUser, StoreResult, UnixSeconds};

/// A user to import and the groups (by id) it becomes a direct member of.
#[derive(Debug, Clone)]
pub struct ImportUser {
    /// The user, validated as for one created alone.
    pub user: NewUser,
    /// Groups to add the user to directly; empty for none.
    pub groups: Vec<i64>,
}

/// Called with the number of users written so far, after each batch.
pub type ImportProgress<'a> = dyn Fn(usize) + Send + Sync + 'a;

/// Bulk creation of users, on both engines.
#[async_trait]
pub trait ImportCommits: Send + Sync {
    /// Which of `usernames` (lower case, as stored) already belong to a user: any number
    /// of names, asked in chunks. The answer is in no particular order.
    async fn usernames_taken(&self, usernames: &[&str]) -> StoreResult<Vec<String>>;

    /// Creates every user of `users` at `now`, with their group memberships and
    /// `effects`, in one transaction: multi-row inserts, a batch at a time, calling
    /// `progress` after each. All or nothing: `Conflict("username")` when a name is taken
    /// (by a user created since it was checked, or twice in `users`), `NotFound` when a
    /// group is gone; then nothing is written. Returns how many users were created.
    async fn user_import_commit(
        &self,
        users: &[ImportUser],
        now: UnixSeconds,
        effects: &Effects,
        progress: &ImportProgress<'_>,
    ) -> StoreResult<u64>;
}
