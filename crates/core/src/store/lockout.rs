//! Smart lockout state, one row per key, written with compare-and-swap.

use async_trait::async_trait;

use super::StoreResult;
use crate::lockout::LockoutState;

/// Smart lockout counters, shared by every instance.
#[async_trait]
pub trait LockoutStore: Send + Sync {
    /// The state of `key`; the default (version 0) when there is none.
    async fn lockout_get(&self, key: &str) -> StoreResult<LockoutState>;
    /// Writes `next` only if the stored version still equals `expected_version`
    /// (0 = no row yet). Returns false when another writer got there first.
    async fn lockout_cas(
        &self,
        key: &str,
        expected_version: i64,
        next: &LockoutState,
    ) -> StoreResult<bool>;
    /// Forgets the state of `key` (after a successful sign-in or a reset); nothing to
    /// forget is not an error.
    async fn lockout_clear(&self, key: &str) -> StoreResult<()>;
}
