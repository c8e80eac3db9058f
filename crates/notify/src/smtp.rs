//! Email over SMTP (lettre), with STARTTLS, implicit TLS or, for local relays, no TLS.

use std::time::Duration;

use latchkey_core::config::{ConfigError, EmailSettings};
use lettre::message::{Mailbox, MultiPart, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::{Channel, Message, Notifier, NotifyError, error_chain};

/// Sends email through one SMTP server. Each send opens its own connection.
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The domain of the sender, for Message-ID.
    domain: String,
    timeout: Duration,
}

impl std::fmt::Debug for Smtp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Smtp")
            .field("from", &self.from.to_string())
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Smtp {
    /// Checks the `[email]` settings and prepares the transport; no connection is made
    /// until the first send.
    ///
    /// # Errors
    ///
    /// [`NotifyError::Config`] when `smtp_host` is empty, `smtp_port` is not 1 to 65535,
    /// `timeout_seconds` is 0, `from` is not a mailbox, `smtp_security` is not "starttls",
    /// "tls" or "none", or the host can't be used for TLS.
    pub fn new(settings: &EmailSettings) -> Result<Self, NotifyError> {
        Ok(Self::configure(settings)?)
    }

    /// [`Smtp::new`], with the refused setting as a [`ConfigError`] (for
    /// [`crate::check_settings`]).
    pub(crate) fn configure(settings: &EmailSettings) -> Result<Self, ConfigError> {
        let host = settings.smtp_host.trim();
        if host.is_empty() {
            return Err(ConfigError::new(
                "email.smtp_host",
                "must be set when email.transport is \"smtp\"",
            ));
        }
        let port = u16::try_from(settings.smtp_port)
            .ok()
            .filter(|p| *p != 0)
            .ok_or_else(|| {
                ConfigError::new(
                    "email.smtp_port",
                    format!("must be between 1 and 65535, not {}", settings.smtp_port),
                )
            })?;
        if settings.timeout_seconds == 0 {
            return Err(ConfigError::new(
                "email.timeout_seconds",
                "must be at least 1",
            ));
        }
        let from: Mailbox = settings.from.trim().parse().map_err(|e| {
            ConfigError::new(
                "email.from",
                format!(
                    "must be an address such as \"Contoso IT <it@contoso.example>\", not {:?}: {e}",
                    settings.from
                ),
            )
        })?;
        let timeout = Duration::from_secs(u64::from(settings.timeout_seconds));
        let tls_error = |e: lettre::transport::smtp::Error| {
            ConfigError::new(
                "email.smtp_host",
                format!("{host:?} cannot be used for TLS: {}", error_chain(&e)),
            )
        };
        let builder = match settings.smtp_security.as_str() {
            "starttls" => {
                AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(tls_error)?
            }
            "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(host).map_err(tls_error)?,
            "none" => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            other => {
                return Err(ConfigError::new(
                    "email.smtp_security",
                    format!("must be \"starttls\", \"tls\" or \"none\", not {other:?}"),
                ));
            }
        };
        let mut builder = builder.port(port).timeout(Some(timeout));
        if !settings.smtp_username.is_empty() {
            builder = builder.credentials(Credentials::new(
                settings.smtp_username.clone(),
                settings.smtp_password.clone(),
            ));
        }
        let domain = from.email.domain().to_owned();
        Ok(Self {
            transport: builder.build(),
            from,
            domain,
            timeout,
        })
    }
}

#[async_trait::async_trait]
impl Notifier for Smtp {
    async fn send(&self, message: &Message) -> Result<String, NotifyError> {
        if message.channel != Channel::Email {
            return Err(NotifyError::Config(format!(
                "a {} message cannot be sent by email",
                message.channel
            )));
        }
        let to: Mailbox = message
            .to
            .trim()
            .parse()
            .map_err(|e| NotifyError::Rejected(format!("not a valid email address: {e}")))?;
        let id = format!("{}@{}", uuid::Uuid::new_v4(), self.domain);
        let builder = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .message_id(Some(format!("<{id}>")));
        let email = match &message.html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(
                message.body.clone(),
                html.clone(),
            )),
            None => builder
                .header(ContentType::TEXT_PLAIN)
                .body(message.body.clone()),
        }
        .map_err(|e| NotifyError::Rejected(format!("cannot build the email: {e}")))?;

        match tokio::time::timeout(self.timeout, self.transport.send(email)).await {
            Ok(Ok(_response)) => Ok(id),
            Ok(Err(e)) => Err(map_error(&e)),
            Err(_) => Err(NotifyError::Unavailable(format!(
                "the mail server did not answer within {} s",
                self.timeout.as_secs()
            ))),
        }
    }
}

fn map_error(e: &lettre::transport::smtp::Error) -> NotifyError {
    let text = error_chain(e);
    if e.is_permanent() {
        NotifyError::Rejected(format!("the mail server refused the message: {text}"))
    } else if e.is_tls() {
        NotifyError::Unavailable(format!("TLS with the mail server failed: {text}"))
    } else if e.is_timeout() {
        NotifyError::Unavailable(format!("the mail server timed out: {text}"))
    } else if e.is_transient() {
        NotifyError::Unavailable(format!("the mail server is busy: {text}"))
    } else {
        NotifyError::Unavailable(format!("cannot reach the mail server: {text}"))
    }
}
