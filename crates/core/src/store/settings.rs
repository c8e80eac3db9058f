//! Named settings documents (policies, branding, server keys) shared by every instance.

use async_trait::async_trait;

use super::StoreResult;

/// Named values, each a text document the caller serialises.
#[async_trait]
pub trait SettingStore: Send + Sync {
    /// The stored value, or `None` when the name was never set.
    async fn setting_get(&self, name: &str) -> StoreResult<Option<String>>;
    /// Creates or replaces a value.
    async fn setting_put(&self, name: &str, value: &str) -> StoreResult<()>;
    /// Writes several settings at once, in one transaction: all or none.
    async fn settings_put_many(&self, values: &[(&str, &str)]) -> StoreResult<()>;
    /// A named value shared by all instances, created once: returns the stored value,
    /// inserting `value` first when the name is new.
    async fn setting_get_or_insert(&self, name: &str, value: &str) -> StoreResult<String>;
    /// Deletes a value; true when one was stored.
    async fn setting_delete(&self, name: &str) -> StoreResult<bool>;
    /// The language `user` chose (a code such as `de`), or `None` when they never chose.
    async fn language_of(&self, user: i64) -> StoreResult<Option<String>>;
    /// Saves the language `user` chose; `None` forgets it (the browser's then counts).
    async fn language_set(&self, user: i64, language: Option<&str>) -> StoreResult<()>;
}
