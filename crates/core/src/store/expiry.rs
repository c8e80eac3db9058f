//! Password expiry: per-group maximum ages, and the reminders sent, each once.

use async_trait::async_trait;

use super::{Effects, StoreResult, UnixSeconds};

/// A group's own maximum password age.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMaxAge {
    /// The group's id.
    pub group_id: i64,
    /// The group's name.
    pub group_name: String,
    /// Days a password of a member lasts (1..=3650).
    pub max_age_days: u32,
}

/// A reminder to record: for `user`, whose password expires at `expires_at`, the one
/// sent `days_before` days before. The key (user, `password_set_at`, days before) is
/// unique, so a reminder is recorded, and its messages queued, once per password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReminder {
    /// The user reminded.
    pub user_id: i64,
    /// The expiry it is about (Unix seconds).
    pub expires_at: UnixSeconds,
    /// Which password it is about: when it was set (the account's creation when never),
    /// or for an account from the on-premises directory its expiry there. With
    /// `days_before`, the key a reminder is sent once under: a changed maximum age moves
    /// `expires_at` but sends no second reminder of the same day.
    pub password_set_at: UnixSeconds,
    /// Which reminder: days before the expiry.
    pub days_before: u32,
    /// When it was sent (Unix seconds).
    pub sent_at: UnixSeconds,
}

/// One message of a reminder sent, for the delivery report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderSent {
    /// The user reminded.
    pub user_id: i64,
    /// Their username.
    pub username: String,
    /// The expiry it was about (Unix seconds).
    pub expires_at: UnixSeconds,
    /// Which reminder: days before the expiry.
    pub days_before: u32,
    /// When it was queued (Unix seconds).
    pub sent_at: UnixSeconds,
    /// `email` or `sms`.
    pub channel: String,
    /// `queued`, `failed` or `sent` (delivered messages leave the queue; a failed one
    /// dismissed from the list of undelivered messages, or pruned, stays `failed`).
    pub state: String,
    /// The provider's last answer when it failed.
    pub last_error: String,
}

/// Password expiry's storage. Each method is one transaction on both engines.
#[async_trait]
pub trait ExpiryStore: Send + Sync {
    /// The groups with a maximum age of their own, by name.
    async fn expiry_group_ages(&self) -> StoreResult<Vec<GroupMaxAge>>;
    /// Sets (`Some`) or removes (`None`) a group's own maximum age, with `effects`.
    /// `NotFound` when the group does not exist.
    async fn expiry_group_age_set(
        &self,
        group: i64,
        days: Option<u32>,
        effects: &Effects,
    ) -> StoreResult<()>;
    /// For each user in a group with a maximum age of its own (directly or through
    /// nested groups), the smallest of those ages; only `user` when given.
    async fn expiry_user_ages(&self, user: Option<i64>) -> StoreResult<Vec<(i64, u32)>>;
    /// Records a reminder and queues its messages (`effects`), in one transaction.
    /// Ok(false), nothing written, when that reminder (user, `password_set_at`,
    /// `days_before`) was already recorded (by another instance, or an earlier run), or
    /// the user is gone or disabled.
    async fn expiry_reminder_commit(
        &self,
        reminder: &NewReminder,
        effects: &Effects,
    ) -> StoreResult<bool>;
    /// Whether the reminder (`user`, `password_set_at`, `days_before`) is recorded: a
    /// cheap look before its messages are built (the commit still decides).
    async fn expiry_reminder_recorded(
        &self,
        user: i64,
        password_set_at: UnixSeconds,
        days_before: u32,
    ) -> StoreResult<bool>;
    /// The messages of reminders sent at or after `since`, newest first, at most `limit`.
    async fn expiry_reminders_sent(
        &self,
        since: UnixSeconds,
        limit: i64,
    ) -> StoreResult<Vec<ReminderSent>>;
}
