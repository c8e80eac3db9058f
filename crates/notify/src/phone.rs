//! Text messages and voice calls over HTTP: a Twilio-style REST API, or a JSON webhook that
//! hands the message to whatever gateway an organisation has.

use std::time::Duration;

use latchkey_core::config::{ConfigError, SmsSettings};
use reqwest::{Client, Response, StatusCode, Url};

use crate::{Channel, Message, Notifier, NotifyError, error_chain};

/// Longest provider error text kept in an error.
const MAX_ERROR_TEXT: usize = 300;

/// The HTTP client for the provider; building it connects to nothing.
fn client(settings: &SmsSettings) -> Result<Client, ConfigError> {
    if settings.timeout_seconds == 0 {
        return Err(ConfigError::new(
            "sms.timeout_seconds",
            "must be at least 1",
        ));
    }
    let timeout = Duration::from_secs(u64::from(settings.timeout_seconds));
    Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .user_agent(concat!("Latchkey/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| {
            ConfigError::new(
                "sms.provider",
                format!("cannot set up the HTTP client: {}", error_chain(&e)),
            )
        })
}

fn parse_url(value: &str, key: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(value.trim()).map_err(|e| {
        ConfigError::new(key, format!("must be an http(s) URL, not {value:?}: {e}"))
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(ConfigError::new(
            key,
            format!("must be an http(s) URL, not {value:?}"),
        ));
    }
    Ok(url)
}

fn phone_channel(message: &Message) -> Result<&'static str, NotifyError> {
    match message.channel {
        Channel::Sms => Ok("sms"),
        Channel::Voice => Ok("voice"),
        Channel::Email => Err(NotifyError::Config(
            "an email cannot be sent through the SMS provider".into(),
        )),
    }
}

/// A network-level failure: never includes the URL, which may carry a token.
fn unreachable(e: reqwest::Error, who: &str) -> NotifyError {
    let what = if e.is_timeout() {
        "timed out"
    } else {
        "cannot be reached"
    };
    NotifyError::Unavailable(format!("{who} {what}: {}", error_chain(&e.without_url())))
}

fn shorten(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(MAX_ERROR_TEXT) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// Which settings to blame when the provider refuses the credentials or the address.
struct Blame {
    who: &'static str,
    credentials: &'static str,
    url: &'static str,
}

/// Reads the answer: 2xx gives its JSON (or Null); 401 and 403 (credentials) and 404
/// (address) are `Config` errors naming the settings; other 4xx are `Rejected` except 408
/// and 429; anything else is `Unavailable`. The error text is the JSON `message` field when
/// there is one, else the start of the body.
async fn read_answer(response: Response, blame: &Blame) -> Result<serde_json::Value, NotifyError> {
    let who = blame.who;
    let status = response.status();
    let text = response.text().await.map_err(|e| unreachable(e, who))?;
    let json: serde_json::Value = serde_json::from_str(&text).unwrap_or(serde_json::Value::Null);
    if status.is_success() {
        return Ok(json);
    }
    let detail = match json.get("message").and_then(serde_json::Value::as_str) {
        Some(m) => shorten(m),
        None if text.trim().is_empty() => format!("HTTP {status}"),
        None => format!("HTTP {status}: {}", shorten(&text)),
    };
    if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
        return Err(NotifyError::Config(format!(
            "{who} refused the credentials (check {}): {detail}",
            blame.credentials
        )));
    }
    if status == StatusCode::NOT_FOUND {
        return Err(NotifyError::Config(format!(
            "{who} has no such address (check {}): {detail}",
            blame.url
        )));
    }
    if status.is_client_error()
        && status != StatusCode::REQUEST_TIMEOUT
        && status != StatusCode::TOO_MANY_REQUESTS
    {
        Err(NotifyError::Rejected(detail))
    } else {
        Err(NotifyError::Unavailable(format!("{who} answered {detail}")))
    }
}

fn id_from(json: &serde_json::Value, fields: &[&str]) -> String {
    fields
        .iter()
        .find_map(|f| json.get(*f).and_then(serde_json::Value::as_str))
        .filter(|s| !s.is_empty())
        .map_or_else(|| uuid::Uuid::new_v4().to_string(), str::to_owned)
}

/// Escapes text for an XML element or attribute.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && !matches!(c, '\n' | '\t') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The TwiML for a call that says `text`, pauses a second and says it again.
pub(crate) fn twiml(text: &str) -> String {
    let said = xml_escape(text);
    format!("<Response><Say>{said}</Say><Pause length=\"1\"/><Say>{said}</Say></Response>")
}

/// Twilio's Messages and Calls API, or any provider that copies it:
/// `POST {api_url}/2010-04-01/Accounts/{sid}/Messages.json` (and `Calls.json`), form
/// encoded, HTTP basic authentication with the account sid and auth token.
pub struct TwilioStyle {
    client: Client,
    messages_url: Url,
    calls_url: Url,
    account_sid: String,
    auth_token: String,
    from: String,
}

impl std::fmt::Debug for TwilioStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwilioStyle")
            .field("messages_url", &self.messages_url.as_str())
            .finish_non_exhaustive()
    }
}

impl TwilioStyle {
    /// Checks the `[sms]` settings for the Twilio-style API and builds the HTTP client.
    ///
    /// # Errors
    ///
    /// [`NotifyError::Config`] when `account_sid` is empty or has characters other than
    /// letters, digits, `-` and `_`, `auth_token` or `from` is empty, `api_url` is not an
    /// http(s) URL, `timeout_seconds` is 0, or the HTTP client can't be set up.
    pub fn new(settings: &SmsSettings) -> Result<Self, NotifyError> {
        Ok(Self::configure(settings)?)
    }

    /// [`TwilioStyle::new`], with the refused setting as a [`ConfigError`] (for
    /// [`crate::check_settings`]).
    pub(crate) fn configure(settings: &SmsSettings) -> Result<Self, ConfigError> {
        let sid = settings.account_sid.trim();
        if sid.is_empty() {
            return Err(ConfigError::new(
                "sms.account_sid",
                "must be set when sms.provider is \"twilio\"",
            ));
        }
        if !sid
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(ConfigError::new(
                "sms.account_sid",
                "may only contain letters, digits, '-' and '_'",
            ));
        }
        if settings.auth_token.is_empty() {
            return Err(ConfigError::new(
                "sms.auth_token",
                "must be set when sms.provider is \"twilio\"",
            ));
        }
        if settings.from.trim().is_empty() {
            return Err(ConfigError::new(
                "sms.from",
                "the sending number must be set when sms.provider is \"twilio\"",
            ));
        }
        let base = settings.api_url.trim().trim_end_matches('/');
        parse_url(base, "sms.api_url")?;
        let account = format!("{base}/2010-04-01/Accounts/{sid}");
        Ok(Self {
            client: client(settings)?,
            messages_url: parse_url(&format!("{account}/Messages.json"), "sms.api_url")?,
            calls_url: parse_url(&format!("{account}/Calls.json"), "sms.api_url")?,
            account_sid: sid.to_owned(),
            auth_token: settings.auth_token.clone(),
            from: settings.from.trim().to_owned(),
        })
    }
}

#[async_trait::async_trait]
impl Notifier for TwilioStyle {
    async fn send(&self, message: &Message) -> Result<String, NotifyError> {
        let (url, form) = match phone_channel(message)? {
            "voice" => (
                &self.calls_url,
                [
                    ("To", message.to.trim().to_owned()),
                    ("From", self.from.clone()),
                    ("Twiml", twiml(&message.body)),
                ],
            ),
            _ => (
                &self.messages_url,
                [
                    ("To", message.to.trim().to_owned()),
                    ("From", self.from.clone()),
                    ("Body", message.body.clone()),
                ],
            ),
        };
        let blame = Blame {
            who: "the SMS provider",
            credentials: "sms.account_sid and sms.auth_token",
            url: "sms.api_url and sms.account_sid",
        };
        let response = self
            .client
            .post(url.clone())
            .basic_auth(&self.account_sid, Some(&self.auth_token))
            .form(&form)
            .send()
            .await
            .map_err(|e| unreachable(e, blame.who))?;
        let json = read_answer(response, &blame).await?;
        Ok(id_from(&json, &["sid"]))
    }
}

/// A JSON POST to `sms.webhook_url`:
/// `{"channel": "sms"|"voice", "to", "from", "body"}`, with `Authorization: Bearer …` when
/// `sms.webhook_token` is set. Any 2xx is success; a `sid` or `id` in a JSON answer is
/// used as the message id.
pub struct Webhook {
    client: Client,
    url: Url,
    token: Option<String>,
    from: String,
}

impl std::fmt::Debug for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Webhook")
            .field("host", &self.url.host_str())
            .finish_non_exhaustive()
    }
}

impl Webhook {
    /// Checks the `[sms]` settings for the webhook and builds the HTTP client.
    ///
    /// # Errors
    ///
    /// [`NotifyError::Config`] when `webhook_url` is empty or not an http(s) URL,
    /// `timeout_seconds` is 0, or the HTTP client can't be set up.
    pub fn new(settings: &SmsSettings) -> Result<Self, NotifyError> {
        Ok(Self::configure(settings)?)
    }

    /// [`Webhook::new`], with the refused setting as a [`ConfigError`] (for
    /// [`crate::check_settings`]).
    pub(crate) fn configure(settings: &SmsSettings) -> Result<Self, ConfigError> {
        if settings.webhook_url.trim().is_empty() {
            return Err(ConfigError::new(
                "sms.webhook_url",
                "must be set when sms.provider is \"webhook\"",
            ));
        }
        Ok(Self {
            client: client(settings)?,
            url: parse_url(&settings.webhook_url, "sms.webhook_url")?,
            token: Some(settings.webhook_token.trim().to_owned()).filter(|t| !t.is_empty()),
            from: settings.from.trim().to_owned(),
        })
    }
}

#[async_trait::async_trait]
impl Notifier for Webhook {
    async fn send(&self, message: &Message) -> Result<String, NotifyError> {
        let body = serde_json::json!({
            "channel": phone_channel(message)?,
            "to": message.to.trim(),
            "from": self.from,
            "body": message.body,
        });
        let blame = Blame {
            who: "the SMS webhook",
            credentials: "sms.webhook_token",
            url: "sms.webhook_url",
        };
        let mut request = self.client.post(self.url.clone()).json(&body);
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        let response = request
            .send()
            .await
            .map_err(|e| unreachable(e, blame.who))?;
        let json = read_answer(response, &blame).await?;
        Ok(id_from(&json, &["sid", "id"]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twiml_escapes_and_repeats() {
        assert_eq!(
            twiml("A & B <1, 2>"),
            "<Response><Say>A &amp; B &lt;1, 2&gt;</Say><Pause length=\"1\"/>\
             <Say>A &amp; B &lt;1, 2&gt;</Say></Response>"
        );
    }

    #[test]
    fn errors_name_the_setting() {
        let s = SmsSettings::default();
        let e = TwilioStyle::new(&s).err().map(|e| e.to_string());
        assert!(e.is_some_and(|e| e.contains("sms.account_sid")));
        let e = Webhook::new(&s).err().map(|e| e.to_string());
        assert!(e.is_some_and(|e| e.contains("sms.webhook_url")));
    }
}
