//! Delivery of the messages Latchkey sends: email over SMTP, text messages and voice calls
//! over an HTTP provider (Twilio-style API or a JSON webhook), or the outbox file
//! (`<data_dir>/outbox.jsonl`) when no real transport is configured.
//!
//! The texts themselves are in [`templates`]; [`Delivery`] routes a [`Message`] to the
//! backend for its channel and logs the send without its content.

#![deny(missing_docs)]

use std::sync::Arc;
use std::time::Instant;

use latchkey_core::config::{ConfigError, Settings};

mod mask;
mod memory;
mod outbox;
mod phone;
mod smtp;
pub mod templates;

pub use mask::mask_recipient;
pub use memory::Memory;
pub use outbox::Outbox;
pub use phone::{TwilioStyle, Webhook};
pub use smtp::Smtp;

/// How a message reaches a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// Email, with a subject and optionally an HTML part.
    Email,
    /// A text message to a phone.
    Sms,
    /// A voice call that reads the body out.
    Voice,
}

impl Channel {
    /// `"email"`, `"sms"` or `"voice"`, as in the outbox and the logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Voice => "voice",
        }
    }
}

impl std::fmt::Display for Channel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One message to one recipient. For text messages and calls `subject` is empty and `body`
/// is the text to send or to speak; `html` is only used for email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// How it is sent.
    pub channel: Channel,
    /// An email address or a phone number in E.164 form (`+15555550100`).
    pub to: String,
    /// The email subject line; empty for text messages and calls.
    pub subject: String,
    /// Plain text: the email's text part, the text message, or what a call says.
    pub body: String,
    /// An HTML alternative for email; `None` sends plain text only.
    pub html: Option<String>,
}

/// Why a message was not delivered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotifyError {
    /// The settings are incomplete or wrong; the text names the setting.
    #[error("delivery is not configured correctly: {0}")]
    Config(String),
    /// The provider or mail server refused this message (bad number, unknown mailbox…).
    /// Trying again will not help.
    #[error("the message was refused: {0}")]
    Rejected(String),
    /// The provider or mail server could not be reached, timed out or failed; trying again
    /// later may help.
    #[error("the delivery service is unavailable: {0}")]
    Unavailable(String),
    /// The outbox file could not be written.
    #[error("cannot write the outbox: {0}")]
    Io(String),
}

impl From<ConfigError> for NotifyError {
    /// A setting refused when a backend is built: [`NotifyError::Config`] with the
    /// setting's key and variable in the text.
    fn from(e: ConfigError) -> Self {
        NotifyError::Config(e.to_string())
    }
}

/// Checks the `[email]` and `[sms]` settings exactly as [`Delivery::from_settings`] does
/// at start (it builds the same backends, then drops them): nothing is connected to, sent,
/// or written, and no file is created. For `latchkey check-config` and the start.
///
/// # Errors
///
/// The first setting the chosen backends refuse, naming it and its variable.
pub fn check_settings(settings: &Settings) -> Result<(), ConfigError> {
    Delivery::build(settings).map(drop)
}

impl NotifyError {
    /// True when the same send may succeed later (network trouble, timeouts, 5xx).
    pub fn is_temporary(&self) -> bool {
        matches!(self, NotifyError::Unavailable(_) | NotifyError::Io(_))
    }
}

/// A way to deliver messages.
#[async_trait::async_trait]
pub trait Notifier: Send + Sync + 'static {
    /// Delivers one message. Returns a message id for the log (provider id or a uuid).
    async fn send(&self, message: &Message) -> Result<String, NotifyError>;
}

/// Routes email to one notifier and text messages and calls to another.
#[derive(Clone)]
pub struct Delivery {
    email: Arc<dyn Notifier>,
    phone: Arc<dyn Notifier>,
}

impl std::fmt::Debug for Delivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Delivery").finish_non_exhaustive()
    }
}

impl Delivery {
    /// Routes email to `email` and text messages and calls to `phone`.
    pub fn new(email: Arc<dyn Notifier>, phone: Arc<dyn Notifier>) -> Self {
        Self { email, phone }
    }

    /// From settings: `email.transport` "outbox" | "smtp"; `sms.provider` "outbox" |
    /// "twilio" | "webhook". Both outboxes share one file and one lock.
    ///
    /// # Errors
    ///
    /// [`NotifyError::Config`] for an unknown transport or provider, or when the chosen
    /// backend's settings are incomplete or wrong (see [`Smtp::new`],
    /// [`TwilioStyle::new`], [`Webhook::new`]).
    pub fn from_settings(settings: &Settings) -> Result<Self, NotifyError> {
        Ok(Self::build(settings)?)
    }

    /// [`Delivery::from_settings`], with the refused setting as a [`ConfigError`]. Building
    /// has no side effects: the outbox file is made at the first send, SMTP connects at
    /// the first send, and the HTTP client connects at the first request.
    fn build(settings: &Settings) -> Result<Self, ConfigError> {
        let mut outbox: Option<Arc<Outbox>> = None;
        let mut shared_outbox =
            || Arc::clone(outbox.get_or_insert_with(|| Arc::new(Outbox::new(&settings.data_dir))));
        let email: Arc<dyn Notifier> = match settings.email.transport.as_str() {
            "outbox" => shared_outbox(),
            "smtp" => Arc::new(Smtp::configure(&settings.email)?),
            other => {
                return Err(ConfigError::new(
                    "email.transport",
                    format!("must be \"outbox\" or \"smtp\", not {other:?}"),
                ));
            }
        };
        let phone: Arc<dyn Notifier> = match settings.sms.provider.as_str() {
            "outbox" => shared_outbox(),
            "twilio" => Arc::new(TwilioStyle::configure(&settings.sms)?),
            "webhook" => Arc::new(Webhook::configure(&settings.sms)?),
            other => {
                return Err(ConfigError::new(
                    "sms.provider",
                    format!("must be \"outbox\", \"twilio\" or \"webhook\", not {other:?}"),
                ));
            }
        };
        Ok(Self::new(email, phone))
    }

    /// Routes by channel and logs channel, masked recipient, message id and duration —
    /// never the body, the subject or the full address. Returns the backend's message id.
    ///
    /// # Errors
    ///
    /// Whatever the backend returns: see [`NotifyError`] and
    /// [`NotifyError::is_temporary`].
    pub async fn send(&self, message: &Message) -> Result<String, NotifyError> {
        let backend = match message.channel {
            Channel::Email => &self.email,
            Channel::Sms | Channel::Voice => &self.phone,
        };
        let started = Instant::now();
        let result = backend.send(message).await;
        let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let to = mask_recipient(&message.to);
        match &result {
            Ok(id) => tracing::info!(
                channel = message.channel.as_str(),
                to = %to,
                message_id = %id,
                duration_ms = ms,
                "message sent"
            ),
            Err(e) => tracing::warn!(
                channel = message.channel.as_str(),
                to = %to,
                duration_ms = ms,
                error = %e,
                "message not sent"
            ),
        }
        result
    }
}

#[async_trait::async_trait]
impl Notifier for Delivery {
    async fn send(&self, message: &Message) -> Result<String, NotifyError> {
        Delivery::send(self, message).await
    }
}

/// The error text of `e` and all its sources, `a: b: c`, without repeats.
pub(crate) fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let part = s.to_string();
        if !text.contains(&part) {
            text.push_str(": ");
            text.push_str(&part);
        }
        source = s.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_refuses_what_building_refuses_in_the_same_words() {
        /// The setting at fault, and how to break it.
        type Case = (&'static str, fn(&mut Settings));
        let cases: [Case; 5] = [
            ("email.transport", |s| s.email.transport = "smpt".into()),
            ("email.from", |s| {
                s.email.transport = "smtp".into();
                s.email.smtp_host = "mail.example.org".into();
                s.email.from = "not an address".into();
            }),
            ("sms.provider", |s| s.sms.provider = "twillio".into()),
            ("sms.webhook_url", |s| {
                s.sms.provider = "webhook".into();
                s.sms.webhook_url = "ftp://hooks.example.org".into();
            }),
            ("sms.timeout_seconds", |s| {
                s.sms.provider = "webhook".into();
                s.sms.webhook_url = "https://hooks.example.org".into();
                s.sms.timeout_seconds = 0;
            }),
        ];
        for (key, break_it) in cases {
            let mut s = Settings::default();
            break_it(&mut s);
            let Err(checked) = check_settings(&s) else {
                panic!("{key}: the check passed");
            };
            assert_eq!(checked.key, key);
            assert_eq!(checked.var, latchkey_core::config::env_name(key));
            match Delivery::from_settings(&s) {
                Err(NotifyError::Config(text)) => assert!(
                    text.ends_with(&checked.to_string()),
                    "{key}: {text} / {checked}"
                ),
                other => panic!("{key}: expected a Config error, got {:?}", other.err()),
            }
        }
        assert_eq!(check_settings(&Settings::default()), Ok(()));
    }
}
