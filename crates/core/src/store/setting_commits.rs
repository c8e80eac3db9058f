//! Named settings (policy documents, branding) changed with compare-and-swap: written
//! with their audit events only when nobody changed them since the caller read them.

use async_trait::async_trait;

use super::{Effects, StoreResult};

/// One setting to swap: its name, the stored text the caller read (`None`: the name was
/// not set) and the text to store.
pub type SettingSwap<'a> = (&'a str, Option<&'a str>, &'a str);

/// Settings changes as one transaction on both engines that starts with a write: the
/// values and their effects, or nothing.
#[async_trait]
pub trait SettingCommits: Send + Sync {
    /// Stores every `(name, expected, new)` of `swaps` and writes `effects`, in one
    /// transaction, when each name's stored text still equals `expected` (`None`: the
    /// name is still not set). Ok(false), nothing written, when any of them changed
    /// since the caller read it, so of two read-modify-write changes made at the same
    /// moment one is stored and the other is told, never silently lost.
    async fn settings_cas_commit(
        &self,
        swaps: &[SettingSwap<'_>],
        effects: &Effects,
    ) -> StoreResult<bool>;
}
