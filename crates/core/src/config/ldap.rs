//! `[ldap]`: the on-premises directory (OpenLDAP, Active Directory, 389-DS) that accounts
//! are synced from and passwords written back to.

use serde::{Deserialize, Serialize};

use super::ConfigError;

/// The on-premises directory connection. Off while `urls` is empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LdapSettings {
    /// What this directory is called, a–z, 0–9 and `-`, at most 32 characters: accounts
    /// synced from it are tied to the name, so keep it once synced. Several directories
    /// (`[[more_ldap]]` sections in the file) need different names.
    pub name: String,
    /// Directory servers, tried in order (failover): `ldaps://dc1.example.com` or
    /// `ldap://…` (upgraded with StartTLS), separated by spaces or commas. Empty: no
    /// on-premises directory.
    pub urls: String,
    /// "auto" (read from the root DSE), "active_directory", "openldap" or "other".
    pub flavour: String,
    /// PEM file of the certificate authorities that sign the servers' certificates;
    /// empty uses the system's.
    pub ca_file: String,
    /// Allow `ldap://` without StartTLS, so passwords cross the network in clear. For a
    /// lab only; refused unless set.
    pub allow_plaintext: bool,
    /// The service account's DN (or AD `user@domain`).
    pub bind_dn: String,
    /// The service account's password; set it with `LATCHKEY_LDAP__BIND_PASSWORD_FILE`.
    pub bind_password: String,
    /// A file holding the service account's password (its first line), for a
    /// `[[more_ldap]]` section, which no variable sets. Used when `bind_password` is empty.
    pub bind_password_file: String,
    /// Where accounts are searched (subtree), e.g. `OU=Staff,DC=example,DC=com`.
    pub user_base: String,
    /// Where groups are searched; empty uses `user_base`.
    pub group_base: String,
    /// LDAP filter (RFC 4515) that selects accounts; empty uses the flavour's
    /// (`(&(objectCategory=person)(objectClass=user))` on AD, `(objectClass=inetOrgPerson)`
    /// elsewhere).
    pub user_filter: String,
    /// LDAP filter that selects groups; empty uses the flavour's.
    pub group_filter: String,
    /// Which directory attribute holds each of Latchkey's fields.
    pub attributes: LdapAttributes,
    /// Seconds to open a connection (TCP and TLS) before the next URL is tried.
    pub connect_timeout_seconds: u32,
    /// Seconds one operation (a bind, a search page, a modify) may take.
    pub operation_timeout_seconds: u32,
    /// Minutes between periodic syncs in the server; 0 turns them off (run
    /// `latchkey directory sync` instead).
    pub sync_interval_minutes: u32,
    /// Wrong passwords after which Latchkey's smart lockout locks an account from the
    /// directory (when lower than `lockout.threshold`). Set it below the directory's own
    /// lockout threshold (AD `lockoutThreshold`, ppolicy `pwdMaxFailure`), so guessing
    /// through Latchkey never locks the account there; the doctor compares them.
    pub lockout_threshold: u32,
    /// Seconds a lock lasts at least (then doubling) when directories are configured:
    /// as long as the directory's observation window (AD *Reset account lockout counter
    /// after*), so the failures after a lock lifts don't add up there.
    pub lockout_duration_seconds: u32,
    /// At most this many sign-in binds run at once (more wait their turn).
    pub max_concurrent_binds: u32,
}

/// Directory attribute names for Latchkey's fields; empty uses the flavour's default
/// (AD / OpenLDAP).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LdapAttributes {
    /// Sign-in name: `sAMAccountName` / `uid`.
    pub username: String,
    /// Given name: `givenName`.
    pub first_name: String,
    /// Family name: `sn`.
    pub last_name: String,
    /// Display name: `displayName` / `cn`.
    pub display_name: String,
    /// Primary email: `mail`.
    pub email: String,
    /// Alternate email: `otherMailbox` / none.
    pub alternate_email: String,
    /// Mobile phone: `mobile`.
    pub mobile_phone: String,
    /// Office phone: `telephoneNumber`.
    pub office_phone: String,
}

impl Default for LdapSettings {
    fn default() -> Self {
        Self {
            name: "main".into(),
            urls: String::new(),
            flavour: "auto".into(),
            ca_file: String::new(),
            allow_plaintext: false,
            bind_dn: String::new(),
            bind_password: String::new(),
            bind_password_file: String::new(),
            user_base: String::new(),
            group_base: String::new(),
            user_filter: String::new(),
            group_filter: String::new(),
            attributes: LdapAttributes::default(),
            connect_timeout_seconds: 5,
            operation_timeout_seconds: 5,
            sync_interval_minutes: 15,
            lockout_threshold: 2,
            lockout_duration_seconds: 1800,
            max_concurrent_binds: 16,
        }
    }
}

impl LdapSettings {
    /// Whether an on-premises directory is configured.
    pub fn enabled(&self) -> bool {
        !self.url_list().is_empty()
    }

    /// The URLs in order.
    pub fn url_list(&self) -> Vec<&str> {
        self.urls
            .split([' ', ',', '\n', '\t'])
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .collect()
    }

    /// Checks the section; nothing when no URL is set.
    ///
    /// # Errors
    ///
    /// A [`ConfigError`] naming the `ldap.…` key at fault.
    pub fn validate(&self) -> Result<(), ConfigError> {
        self.validate_as("ldap")
    }

    /// Checks the section found at `section` (`ldap`, `more_ldap[1]`), naming its keys so.
    ///
    /// # Errors
    ///
    /// A [`ConfigError`] naming the key at fault.
    pub fn validate_as(&self, section: &str) -> Result<(), ConfigError> {
        self.check().map_err(|mut e| {
            if section != "ldap" {
                e.key = e.key.replacen("ldap", section, 1);
                e.var = "(configuration file)".into();
            }
            e
        })
    }

    fn check(&self) -> Result<(), ConfigError> {
        let name_ok = !self.name.is_empty()
            && self.name.len() <= 32
            && self
                .name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !name_ok {
            return Err(ConfigError::new(
                "ldap.name",
                "must be 1 to 32 characters: a to z, 0 to 9 and -",
            ));
        }
        if !matches!(
            self.flavour.as_str(),
            "auto" | "active_directory" | "openldap" | "other"
        ) {
            return Err(ConfigError::new(
                "ldap.flavour",
                "must be \"auto\", \"active_directory\", \"openldap\" or \"other\"",
            ));
        }
        for (key, n, max) in [
            (
                "ldap.connect_timeout_seconds",
                self.connect_timeout_seconds,
                120,
            ),
            (
                "ldap.operation_timeout_seconds",
                self.operation_timeout_seconds,
                600,
            ),
        ] {
            if !(1..=max).contains(&n) {
                return Err(ConfigError::new(
                    key,
                    format!("must be between 1 and {max}"),
                ));
            }
        }
        if !(1..=1000).contains(&self.lockout_threshold) {
            return Err(ConfigError::new(
                "ldap.lockout_threshold",
                "must be between 1 and 1000",
            ));
        }
        if !(1..=86_400).contains(&self.lockout_duration_seconds) {
            return Err(ConfigError::new(
                "ldap.lockout_duration_seconds",
                "must be between 1 and 86400",
            ));
        }
        if !(1..=1024).contains(&self.max_concurrent_binds) {
            return Err(ConfigError::new(
                "ldap.max_concurrent_binds",
                "must be between 1 and 1024",
            ));
        }
        if self.sync_interval_minutes > 10_080 {
            return Err(ConfigError::new(
                "ldap.sync_interval_minutes",
                "must be between 0 (off) and 10080 (a week)",
            ));
        }
        if !self.enabled() {
            return Ok(());
        }
        for url in self.url_list() {
            let lower = url.to_ascii_lowercase();
            let rest = if let Some(r) = lower.strip_prefix("ldaps://") {
                r
            } else if let Some(r) = lower.strip_prefix("ldap://") {
                r
            } else {
                return Err(ConfigError::new(
                    "ldap.urls",
                    format!(
                        "`{url}` must start with ldaps:// or ldap:// (then upgraded with StartTLS)"
                    ),
                ));
            };
            let host = rest.split(['/', '?']).next().unwrap_or_default();
            if host.is_empty() {
                return Err(ConfigError::new(
                    "ldap.urls",
                    format!("`{url}` names no server; write ldaps://dc1.example.com"),
                ));
            }
        }
        if self.bind_dn.trim().is_empty() {
            return Err(ConfigError::new(
                "ldap.bind_dn",
                "must name the service account (a DN, or user@domain on Active Directory)",
            ));
        }
        if self.bind_password.is_empty() && self.bind_password_file.is_empty() {
            return Err(ConfigError::new(
                "ldap.bind_password",
                "must be set; use LATCHKEY_LDAP__BIND_PASSWORD_FILE (or bind_password_file) to read it from a file",
            ));
        }
        if self.bind_password.is_empty()
            && !std::path::Path::new(&self.bind_password_file).is_file()
        {
            return Err(ConfigError::new(
                "ldap.bind_password_file",
                format!("`{}` is not a readable file", self.bind_password_file),
            ));
        }
        if self.user_base.trim().is_empty() {
            return Err(ConfigError::new(
                "ldap.user_base",
                "must name where accounts are searched, e.g. OU=Staff,DC=example,DC=com",
            ));
        }
        if !self.ca_file.is_empty() && !std::path::Path::new(&self.ca_file).is_file() {
            return Err(ConfigError::new(
                "ldap.ca_file",
                format!("`{}` is not a readable file", self.ca_file),
            ));
        }
        Ok(())
    }
}
