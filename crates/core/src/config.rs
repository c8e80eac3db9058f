//! Settings: defaults, then a TOML file, then `LATCHKEY_*` environment variables, then
//! command-line flags. `__` in a variable name separates levels
//! (`LATCHKEY_DATABASE__URL` is `database.url`); `LATCHKEY_…_FILE` reads the value from a
//! file, for secrets. Unknown keys in the file are errors; unknown variables are warnings.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::lockout::LockoutPolicy;
use crate::password::{HashParams, PasswordPolicy};

/// Prefix of every environment variable that sets a setting (`LATCHKEY_DATABASE__URL`).
pub const ENV_PREFIX: &str = "LATCHKEY_";
/// The variable that, when set and not empty, replaces `log.level` (as `RUST_LOG` does
/// elsewhere).
pub const LOG_VARIABLE: &str = "LATCHKEY_LOG";
/// Variables that are not settings but are read by the binary.
pub const EXTRA_VARIABLES: &[&str] = &[
    "LATCHKEY_BOOTSTRAP_ADMIN_PASSWORD",
    "LATCHKEY_CONFIG",
    "LATCHKEY_LOG",
];

/// Every setting of a Latchkey instance, as loaded by [`Settings::load`]. Each field is a
/// key of the TOML file and, in capitals after `LATCHKEY_` with `__` between levels, an
/// environment variable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Address and port to listen on.
    pub listen: String,
    /// Folder for the SQLite database, the outbox and other files.
    pub data_dir: PathBuf,
    /// The address people reach Latchkey at, e.g. `https://sspr.example.org`. When it
    /// starts with https, cookies are marked Secure and use the `__Host-` prefix and HSTS is sent.
    pub public_url: String,
    /// Shown on every page and message.
    pub organization_name: String,
    /// The human check at the start of a reset and before codes are sent: "pow" (default;
    /// a proof of work the browser solves, see [`crate::pow`]; "on" means the same),
    /// "image" (the built-in distorted-characters picture, as Entra shows), "hcaptcha" or
    /// "turnstile" (the provider's widget at the start, the proof of work before sends) or
    /// "off" (automated tests and benchmarks only).
    pub captcha: String,
    /// `[captcha_provider]`: hCaptcha or Turnstile keys, for `captcha = "hcaptcha"` or
    /// `"turnstile"`.
    pub captcha_provider: CaptchaProviderSettings,
    /// `[database]`: where the data lives.
    pub database: DatabaseSettings,
    /// `[password_hash]`: Argon2id cost and the hashing pool.
    pub password_hash: PasswordHashSettings,
    /// `[password_policy]`: the default minimum password length.
    pub password_policy: PasswordPolicySettings,
    /// `[session]`: how long a portal sign-in lasts.
    pub session: SessionSettings,
    /// `[lockout]`: smart lockout for sign-in.
    pub lockout: LockoutSettings,
    /// `[log]`: log level and format.
    pub log: LogSettings,
    /// `[email]`: how email is sent.
    pub email: EmailSettings,
    /// `[sms]`: how text messages and voice calls are sent.
    pub sms: SmsSettings,
    /// `[audit]`: how long audit events are kept.
    pub audit: AuditSettings,
    /// `[server]`: HTTP timeouts and the connection cap.
    pub server: ServerSettings,
    /// `[delivery]`: how long a person waits for a code to be sent, and when
    /// administrators are alerted about failing deliveries.
    pub delivery: DeliverySettings,
    /// The on-premises directory (LDAP, Active Directory); off while `ldap.urls` is empty.
    pub ldap: LdapSettings,
    /// More on-premises directories (`[[more_ldap]]` sections of the file, each with its
    /// own `name`), for organisations with several forests or directories.
    pub more_ldap: Vec<LdapSettings>,
    /// `[limits]`: rate limits by client address and overall, telephony budgets, proxies.
    pub limits: LimitSettings,
    /// `[push]`: the push services app-notification subscriptions may point at.
    pub push: PushSettings,
    /// Base64 of 32 random bytes: the key that encrypts secrets at rest (authenticator
    /// seeds). Empty: a key is generated once into `<data_dir>/encryption.key`. Set it
    /// (the same on every instance) when several instances share a database.
    pub encryption_key: String,
}

/// How long audit events are kept.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuditSettings {
    /// Days to keep audit events; 0 keeps them forever. Older events are removed every
    /// minute; the chain stays verifiable from the first event kept.
    pub retention_days: u32,
}

/// How email leaves Latchkey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmailSettings {
    /// "outbox" (append to `<data_dir>/outbox.jsonl`; the default) or "smtp".
    pub transport: String,
    /// The sender, e.g. `Contoso IT <it@contoso.example>`.
    pub from: String,
    /// SMTP server name; required when `transport` is "smtp".
    pub smtp_host: String,
    /// SMTP port, 1 to 65535 (587 by default, for STARTTLS).
    pub smtp_port: u32,
    /// "starttls" (default), "tls" (implicit TLS, usually port 465) or "none" (local relays only).
    pub smtp_security: String,
    /// SMTP user name; empty sends no credentials.
    pub smtp_username: String,
    /// SMTP password, used only with `smtp_username`. Set it with
    /// `LATCHKEY_EMAIL__SMTP_PASSWORD_FILE` rather than in the file.
    pub smtp_password: String,
    /// Seconds before a send gives up.
    pub timeout_seconds: u32,
}

/// How text messages and voice calls leave Latchkey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SmsSettings {
    /// "outbox" (the default), "twilio" (Twilio-style Messages and Calls API) or "webhook"
    /// (a JSON POST to `webhook_url`).
    pub provider: String,
    /// The sending number or sender id.
    pub from: String,
    /// Base URL of the Twilio-style API.
    pub api_url: String,
    /// Twilio-style account id (letters, digits, `-` and `_`); required for "twilio".
    pub account_sid: String,
    /// Twilio-style auth token, sent with `account_sid` as HTTP Basic credentials; required
    /// for "twilio".
    pub auth_token: String,
    /// Where "webhook" POSTs each message as JSON; required for "webhook".
    pub webhook_url: String,
    /// Sent as `Authorization: Bearer …` to the webhook when set.
    pub webhook_token: String,
    /// Seconds before a send gives up (at least 1).
    pub timeout_seconds: u32,
}

impl Default for EmailSettings {
    fn default() -> Self {
        Self {
            transport: "outbox".into(),
            from: "Latchkey <no-reply@localhost>".into(),
            smtp_host: String::new(),
            smtp_port: 587,
            smtp_security: "starttls".into(),
            smtp_username: String::new(),
            smtp_password: String::new(),
            timeout_seconds: 15,
        }
    }
}

impl Default for SmsSettings {
    fn default() -> Self {
        Self {
            provider: "outbox".into(),
            from: String::new(),
            api_url: "https://api.twilio.com".into(),
            account_sid: String::new(),
            auth_token: String::new(),
            webhook_url: String::new(),
            webhook_token: String::new(),
            timeout_seconds: 15,
        }
    }
}

/// `[server]`: how long the HTTP server waits for slow clients, and how many connections
/// it keeps open at once. A client that doesn't finish its request headers within
/// `header_timeout_seconds`, or its body within `body_timeout_seconds`, is disconnected;
/// an idle keep-alive connection is closed after `keepalive_timeout_seconds`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerSettings {
    /// Seconds to receive a request's headers, 1 to 300 (10 by default).
    pub header_timeout_seconds: u32,
    /// Seconds to receive a request's body, 1 to 600 (30 by default).
    pub body_timeout_seconds: u32,
    /// Seconds an idle keep-alive connection stays open, 1 to 3600 (60 by default).
    pub keepalive_timeout_seconds: u32,
    /// Connections open at once, 1 to 100000 (1024 by default); more wait to be accepted.
    pub max_connections: u32,
    /// When set, `/metrics` answers only requests with `Authorization: Bearer <this>`
    /// (set it with `LATCHKEY_SERVER__METRICS_TOKEN_FILE`); empty: open to anyone who can
    /// reach the server.
    pub metrics_token: String,
}

impl Default for ServerSettings {
    fn default() -> Self {
        Self {
            header_timeout_seconds: 10,
            body_timeout_seconds: 30,
            keepalive_timeout_seconds: 60,
            max_connections: 1024,
            metrics_token: String::new(),
        }
    }
}

/// `[delivery]`: the queue that sends codes and notices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DeliverySettings {
    /// Seconds a person asking for a code waits for the provider to accept it, 1 to 30
    /// (5 by default). After that the page says the code couldn't be sent.
    pub code_wait_seconds: u32,
    /// Messages given up within an hour after which the global administrators are
    /// alerted (once an hour at most), 1 to 1000 (3 by default).
    pub alert_after_failures: u32,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        Self {
            code_wait_seconds: 5,
            alert_after_failures: 3,
        }
    }
}

/// `[database]`: which database and how many connections to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseSettings {
    /// Empty: SQLite in `<data_dir>/latchkey.db`. Or `sqlite://PATH` or `postgres://…`.
    pub url: String,
    /// Largest number of pooled connections, 1 to 512 (8 by default).
    pub max_connections: u32,
    /// Seconds a request waits for a database connection before it is answered
    /// 503 `storage_unavailable`, 1 to 60 (2 by default).
    pub acquire_timeout_seconds: u32,
}

/// `[password_hash]`: Argon2id (RFC 9106) cost for new hashes and the size of the pool
/// that computes them. Existing hashes keep verifying with the parameters they carry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PasswordHashSettings {
    /// Argon2id memory in KiB (OWASP: 19456).
    pub memory_kib: u32,
    /// Argon2id passes over memory (`t`), 1 to 100 (OWASP: 2).
    pub iterations: u32,
    /// Argon2id lanes (`p`), 1 to 16 (OWASP: 1).
    pub parallelism: u32,
    /// Hashing threads; 0 = one per core.
    pub workers: u32,
    /// Hash jobs allowed to wait; more get a fast "busy" answer (HTTP 503).
    pub queue: u32,
}

/// `[password_policy]`: the starting point for the password protection policy, used
/// until an administrator saves one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PasswordPolicySettings {
    /// Shortest password accepted, in characters, 8 to 256 (8 by default).
    pub min_length: u32,
}

/// `[lockout]`: smart lockout for portal sign-in (see [`crate::lockout`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LockoutSettings {
    /// Failed sign-ins before a lockout.
    pub threshold: u32,
    /// First lockout in seconds; it doubles on each repeat.
    pub duration_seconds: u32,
    /// Longest lockout in seconds, however often it repeats; at least `duration_seconds`
    /// (3600 by default).
    pub max_duration_seconds: u32,
}

/// `[log]`: what is logged and how it is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogSettings {
    /// A level (error, warn, info, debug, trace or off), or a tracing filter of
    /// comma-separated directives that each end in a level, e.g. "info,latchkey_web=debug"
    /// (see [`log_filter`]). `LATCHKEY_LOG`, when set, takes its place.
    pub level: String,
    /// "text" or "json".
    pub format: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("./latchkey-data"),
            public_url: String::new(),
            organization_name: "Latchkey".into(),
            captcha: "pow".into(),
            captcha_provider: CaptchaProviderSettings::default(),
            database: DatabaseSettings::default(),
            password_hash: PasswordHashSettings::default(),
            password_policy: PasswordPolicySettings::default(),
            session: SessionSettings::default(),
            lockout: LockoutSettings::default(),
            log: LogSettings::default(),
            email: EmailSettings::default(),
            sms: SmsSettings::default(),
            audit: AuditSettings::default(),
            server: ServerSettings::default(),
            delivery: DeliverySettings::default(),
            ldap: LdapSettings::default(),
            more_ldap: Vec::new(),
            limits: LimitSettings::default(),
            push: PushSettings::default(),
            encryption_key: String::new(),
        }
    }
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        Self {
            url: String::new(),
            max_connections: 8,
            acquire_timeout_seconds: 2,
        }
    }
}

impl Default for PasswordHashSettings {
    fn default() -> Self {
        let p = HashParams::default();
        Self {
            memory_kib: p.memory_kib,
            iterations: p.iterations,
            parallelism: p.parallelism,
            workers: 0,
            queue: 64,
        }
    }
}

impl Default for PasswordPolicySettings {
    fn default() -> Self {
        Self { min_length: 8 }
    }
}

impl Default for LockoutSettings {
    fn default() -> Self {
        let p = LockoutPolicy::default();
        Self {
            threshold: p.threshold,
            duration_seconds: p.duration_secs as u32,
            max_duration_seconds: p.max_duration_secs as u32,
        }
    }
}

impl Default for LogSettings {
    fn default() -> Self {
        Self {
            level: "info".into(),
            format: "text".into(),
        }
    }
}

/// A configuration problem, naming the setting and the variable that sets it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid setting `{key}` ({var}): {message}")]
pub struct ConfigError {
    /// The setting's dotted key, e.g. `database.url`, or a parenthesised phase such as
    /// `(config file)` when the problem is not one setting.
    pub key: String,
    /// The environment variable (or flag) that sets it, e.g. `LATCHKEY_DATABASE__URL`.
    pub var: String,
    /// What is wrong, for the operator.
    pub message: String,
}

impl ConfigError {
    /// A problem with the setting `key` (dotted, e.g. `email.smtp_host`), naming the
    /// environment variable that sets it ([`env_name`]).
    pub fn new(key: &str, message: impl Into<String>) -> Self {
        Self {
            key: key.to_owned(),
            var: env_name(key),
            message: message.into(),
        }
    }
}

/// `database.url` → `LATCHKEY_DATABASE__URL`.
pub fn env_name(key: &str) -> String {
    format!("{ENV_PREFIX}{}", key.replace('.', "__").to_uppercase())
}

/// Command-line flags, the last layer.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--listen`: the address and port to listen on.
    pub listen: Option<String>,
    /// `--data-dir`: the folder for data.
    pub data_dir: Option<PathBuf>,
}

/// The loaded settings and the warnings found on the way (unknown variables).
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The merged and validated settings.
    pub settings: Settings,
    /// One line per environment variable ignored (`LATCHKEY_…` naming no setting), to log.
    pub warnings: Vec<String>,
}

impl Settings {
    /// Every configured on-premises directory: `[ldap]` when its `urls` are set, then
    /// each `[[more_ldap]]`.
    pub fn directories(&self) -> Vec<&LdapSettings> {
        std::iter::once(&self.ldap)
            .filter(|l| l.enabled())
            .chain(self.more_ldap.iter())
            .collect()
    }

    /// Loads from an optional TOML file, the given environment and the flags.
    ///
    /// # Errors
    ///
    /// A [`ConfigError`] when the file can't be read, isn't TOML or has an unknown key,
    /// when a variable's value (or the file a `…_FILE` variable names) is unreadable or of
    /// the wrong type, or when the result fails [`Settings::validate`].
    pub fn load(
        file: Option<&Path>,
        env: &BTreeMap<String, String>,
        overrides: &Overrides,
    ) -> Result<Loaded, ConfigError> {
        let defaults = toml::Value::try_from(Settings::default())
            .map_err(|e| ConfigError::new("(defaults)", e.to_string()))?;
        let mut merged = defaults.clone();
        if let Some(path) = file {
            let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
                key: "(config file)".into(),
                var: "--config / LATCHKEY_CONFIG".into(),
                message: format!("cannot read {}: {e}", path.display()),
            })?;
            let table: toml::Value = toml::from_str(&text).map_err(|e| ConfigError {
                key: "(config file)".into(),
                var: "--config / LATCHKEY_CONFIG".into(),
                message: format!("{} is not valid TOML: {}", path.display(), e.message()),
            })?;
            merge_checked(&mut merged, &defaults, table, "")?;
        }
        let mut warnings = Vec::new();
        for (name, raw) in env {
            let Some(rest) = name.strip_prefix(ENV_PREFIX) else {
                continue;
            };
            if EXTRA_VARIABLES
                .iter()
                .any(|v| name == v || name == &format!("{v}_FILE"))
            {
                continue;
            }
            let (rest, from_file) = match rest.strip_suffix("_FILE") {
                Some(r) if lookup(&defaults, &key_of(r)).is_some() => (r, true),
                _ => (rest, false),
            };
            let key = key_of(rest);
            let Some(default) = lookup(&defaults, &key) else {
                warnings.push(format!(
                    "ignoring unknown variable {name}: no setting `{key}` exists"
                ));
                continue;
            };
            let value = if from_file {
                std::fs::read_to_string(raw)
                    .map(|s| s.trim_end_matches(['\n', '\r']).to_owned())
                    .map_err(|e| {
                        ConfigError::new(
                            &key,
                            format!("cannot read file {raw} named by {name}: {e}"),
                        )
                    })?
            } else {
                raw.clone()
            };
            let typed = typed_value(default, &value).ok_or_else(|| {
                if default.is_integer() && looks_like_integer(&value) {
                    // Too large or too small even for the parser: name the range.
                    ConfigError::new(&key, integer_range_message(&defaults, &key))
                } else {
                    ConfigError::new(&key, format!("`{value}` is not {}", kind_name(default)))
                }
            })?;
            set(&mut merged, &key, typed);
        }
        if let Some(filter) = env.get(LOG_VARIABLE).filter(|v| !v.trim().is_empty()) {
            log_filter(filter).map_err(|message| ConfigError {
                key: "log.level".into(),
                var: LOG_VARIABLE.into(),
                message,
            })?;
            set(
                &mut merged,
                "log.level",
                toml::Value::String(filter.clone()),
            );
        }
        if let Some(l) = &overrides.listen {
            set(&mut merged, "listen", toml::Value::String(l.clone()));
        }
        if let Some(d) = &overrides.data_dir {
            set(
                &mut merged,
                "data_dir",
                toml::Value::String(d.display().to_string()),
            );
        }
        let settings: Settings = match merged.clone().try_into() {
            Ok(s) => s,
            Err(e) => {
                let e: toml::de::Error = e;
                return Err(blame(&defaults, &merged)
                    .unwrap_or_else(|| ConfigError::new("(settings)", e.message().to_owned())));
            }
        };
        settings.validate()?;
        Ok(Loaded { settings, warnings })
    }

    /// Checks ranges and shapes, naming the first setting that is wrong.
    ///
    /// # Errors
    ///
    /// A [`ConfigError`] for the first setting out of range or of the wrong shape.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.listen.parse::<std::net::SocketAddr>().is_err() {
            return Err(ConfigError::new(
                "listen",
                format!(
                    "`{}` is not an address and port like 127.0.0.1:8080 or [::]:8080",
                    self.listen
                ),
            ));
        }
        if self.data_dir.as_os_str().is_empty() {
            return Err(ConfigError::new("data_dir", "must not be empty"));
        }
        if !(self.public_url.is_empty()
            || self.public_url.starts_with("http://")
            || self.public_url.starts_with("https://"))
        {
            return Err(ConfigError::new(
                "public_url",
                "must start with https:// (or http:// for a test)",
            ));
        }
        if self.organization_name.trim().is_empty() || self.organization_name.chars().count() > 64 {
            return Err(ConfigError::new(
                "organization_name",
                "must be 1 to 64 characters",
            ));
        }
        self.ldap.validate()?;
        self.limits.validate()?;
        self.push.validate()?;
        let mut names = vec![self.ldap.name.as_str()];
        for (i, more) in self.more_ldap.iter().enumerate() {
            let section = format!("more_ldap[{i}]");
            more.validate_as(&section)?;
            if !more.enabled() {
                return Err(ConfigError {
                    key: format!("{section}.urls"),
                    var: "(configuration file)".into(),
                    message: "must name the directory's servers".into(),
                });
            }
            if names.contains(&more.name.as_str()) {
                return Err(ConfigError {
                    key: format!("{section}.name"),
                    var: "(configuration file)".into(),
                    message: format!("`{}` is the name of another directory", more.name),
                });
            }
            names.push(&more.name);
        }
        self.check_human_check()?;
        let url = &self.database.url;
        if !(url.is_empty()
            || url.starts_with("sqlite:")
            || url.starts_with("postgres://")
            || url.starts_with("postgresql://"))
        {
            return Err(ConfigError::new(
                "database.url",
                "must be empty (SQLite in the data folder), sqlite://PATH or postgres://USER@HOST/DB",
            ));
        }
        if !(1..=512).contains(&self.database.max_connections) {
            return Err(ConfigError::new(
                "database.max_connections",
                "must be between 1 and 512",
            ));
        }
        let h = &self.password_hash;
        if h.memory_kib < 8 * h.parallelism.max(1) || h.memory_kib > 4 * 1024 * 1024 {
            return Err(ConfigError::new(
                "password_hash.memory_kib",
                "must be between 8 × parallelism and 4194304",
            ));
        }
        if !(1..=100).contains(&h.iterations) {
            return Err(ConfigError::new(
                "password_hash.iterations",
                "must be between 1 and 100",
            ));
        }
        if !(1..=16).contains(&h.parallelism) {
            return Err(ConfigError::new(
                "password_hash.parallelism",
                "must be between 1 and 16",
            ));
        }
        if h.workers > 256 {
            return Err(ConfigError::new(
                "password_hash.workers",
                "must be between 0 (one per core) and 256",
            ));
        }
        if !(1..=100_000).contains(&h.queue) {
            return Err(ConfigError::new(
                "password_hash.queue",
                "must be between 1 and 100000",
            ));
        }
        if !(8..=256).contains(&self.password_policy.min_length) {
            return Err(ConfigError::new(
                "password_policy.min_length",
                "must be between 8 and 256",
            ));
        }
        if !(1..=1440).contains(&self.session.idle_timeout_minutes) {
            return Err(ConfigError::new(
                "session.idle_timeout_minutes",
                "must be between 1 and 1440",
            ));
        }
        if !(1..=720).contains(&self.session.absolute_timeout_hours) {
            return Err(ConfigError::new(
                "session.absolute_timeout_hours",
                "must be between 1 and 720",
            ));
        }
        if !(1..=1000).contains(&self.lockout.threshold) {
            return Err(ConfigError::new(
                "lockout.threshold",
                "must be between 1 and 1000",
            ));
        }
        if !(1..=86_400).contains(&self.lockout.duration_seconds) {
            return Err(ConfigError::new(
                "lockout.duration_seconds",
                "must be between 1 and 86400",
            ));
        }
        if self.lockout.max_duration_seconds < self.lockout.duration_seconds {
            return Err(ConfigError::new(
                "lockout.max_duration_seconds",
                "must be at least lockout.duration_seconds",
            ));
        }
        if !(1..=60).contains(&self.database.acquire_timeout_seconds) {
            return Err(ConfigError::new(
                "database.acquire_timeout_seconds",
                "must be between 1 and 60",
            ));
        }
        let sv = &self.server;
        for (key, value, max) in [
            (
                "server.header_timeout_seconds",
                sv.header_timeout_seconds,
                300,
            ),
            ("server.body_timeout_seconds", sv.body_timeout_seconds, 600),
            (
                "server.keepalive_timeout_seconds",
                sv.keepalive_timeout_seconds,
                3600,
            ),
            ("server.max_connections", sv.max_connections, 100_000),
            ("session.step_up_minutes", self.session.step_up_minutes, 60),
            (
                "delivery.code_wait_seconds",
                self.delivery.code_wait_seconds,
                30,
            ),
            (
                "delivery.alert_after_failures",
                self.delivery.alert_after_failures,
                1000,
            ),
        ] {
            if !(1..=max).contains(&value) {
                return Err(ConfigError::new(
                    key,
                    format!("must be between 1 and {max}"),
                ));
            }
        }
        if !self.encryption_key.is_empty() {
            // The same parse as at start (`AppState::build`).
            crate::seal::SealKey::from_base64(&self.encryption_key)
                .map_err(|e| ConfigError::new("encryption_key", e.to_string()))?;
        }
        log_filter(&self.log.level).map_err(|m| ConfigError::new("log.level", m))?;
        if !matches!(self.log.format.as_str(), "text" | "json") {
            return Err(ConfigError::new(
                "log.format",
                "must be \"text\" or \"json\"",
            ));
        }
        Ok(())
    }

    /// The Argon2id parameters for new hashes from `[password_hash]`.
    pub fn hash_params(&self) -> HashParams {
        HashParams {
            memory_kib: self.password_hash.memory_kib,
            iterations: self.password_hash.iterations,
            parallelism: self.password_hash.parallelism,
        }
    }

    /// The fallback password rules from `[password_policy]` (maximum length 256).
    pub fn password_policy(&self) -> PasswordPolicy {
        PasswordPolicy {
            min_length: self.password_policy.min_length as usize,
            ..PasswordPolicy::default()
        }
    }

    /// The sign-in lockout rules from `[lockout]`.
    pub fn lockout_policy(&self) -> LockoutPolicy {
        LockoutPolicy {
            threshold: self.lockout.threshold,
            duration_secs: i64::from(self.lockout.duration_seconds),
            max_duration_secs: i64::from(self.lockout.max_duration_seconds),
        }
    }

    /// The database URL, with the SQLite default filled in.
    pub fn database_url(&self) -> String {
        if self.database.url.is_empty() {
            format!("sqlite://{}", self.data_dir.join("latchkey.db").display())
        } else {
            self.database.url.clone()
        }
    }

    /// Whether cookies are marked `Secure` with the `__Host-` prefix: true when `public_url`
    /// starts with `https://`.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// The whole default configuration as commented TOML.
    pub fn default_toml() -> String {
        let body = toml::to_string_pretty(&Settings::default()).unwrap_or_default();
        format!(
            "# Latchkey configuration. Every setting can also be set with an environment\n\
             # variable: LATCHKEY_ + the path in capitals with __ between levels, e.g.\n\
             # LATCHKEY_DATABASE__URL. Append _FILE to read a secret from a file.\n\
             # Empty database.url means SQLite in <data_dir>/latchkey.db.\n\n{body}"
        )
    }
}

mod ldap;
mod limits;
mod merge;
mod push;
mod session;
pub use ldap::{LdapAttributes, LdapSettings};
pub use limits::{CaptchaProviderSettings, HumanCheck, LimitSettings};
#[cfg(test)]
use merge::leaves;
pub use merge::log_filter;
use merge::{
    blame, integer_range_message, key_of, kind_name, looks_like_integer, lookup, merge_checked,
    set, typed_value,
};
pub use push::PushSettings;
pub use session::SessionSettings;

#[cfg(test)]
mod tests;
