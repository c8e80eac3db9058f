//! Latchkey's on-premises directory connector (LDAP v3, RFC 4511): Active Directory,
//! OpenLDAP with the ppolicy overlay, and other LDAP servers (389-DS).
//!
//! [`Directory`] holds the settings of `[ldap]` and one bound service connection
//! (LDAP multiplexes requests, so one connection serves many at once; it is re-opened,
//! trying each URL in turn, when it fails). It implements
//! [`latchkey_core::writeback::DirectoryPort`] (write-back, unlock, pass-through
//! sign-in), reads the directory for a sync ([`Directory::snapshot`]) and runs the
//! doctor's checks ([`Directory::doctor`]).
//!
//! Every value placed in a filter is escaped (RFC 4515, [`ldap3::ldap_escape`]); DNs
//! come from the directory itself, never from what a person typed.

#![deny(missing_docs)]

mod conn;
mod doctor;
mod errors;
mod expiry;
mod port;
mod read;

use std::sync::Arc;
use std::time::Duration;

use latchkey_core::config::LdapSettings;
use tokio::sync::Mutex;

pub use doctor::{Check, CheckStatus, DoctorReport};
pub use errors::{ad_data_code, map_result};

/// Which directory server it is: it decides the attributes, the filters and how a
/// password is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flavour {
    /// Microsoft Active Directory or Samba AD: `unicodePwd`, `lockoutTime`,
    /// `pwdLastSet`, `objectGUID`, `uSNChanged`.
    ActiveDirectory,
    /// OpenLDAP: RFC 3062 Password Modify, ppolicy, `entryUUID`, `modifyTimestamp`.
    OpenLdap,
    /// Another LDAP v3 server (389-DS, …): treated like OpenLDAP.
    Other,
}

impl Flavour {
    /// The name used in the settings and on the portal.
    pub fn as_str(self) -> &'static str {
        match self {
            Flavour::ActiveDirectory => "active_directory",
            Flavour::OpenLdap => "openldap",
            Flavour::Other => "other",
        }
    }

    /// Words for people, in the current language (`latchkey_i18n::current`).
    pub fn label(self) -> String {
        match self {
            Flavour::ActiveDirectory => "Active Directory".to_owned(),
            Flavour::OpenLdap => "OpenLDAP".to_owned(),
            Flavour::Other => latchkey_i18n::t("admin-onprem-doc-flavour-ldap"),
        }
    }
}

/// The attribute names in use, after the flavour's defaults.
#[derive(Debug, Clone)]
pub(crate) struct Attrs {
    pub directory: String,
    pub id: &'static str,
    pub change: &'static str,
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub email: String,
    pub alternate_email: String,
    pub mobile_phone: String,
    pub office_phone: String,
    /// The manager's DN: `manager` on both (RFC 4524 for inetOrgPerson, AD's linked
    /// attribute); not configurable.
    pub manager: &'static str,
}

/// A configured on-premises directory. Cheap to share (`Arc`).
pub struct Directory {
    settings: LdapSettings,
    tls: Option<Arc<rustls::ClientConfig>>,
    flavour: Mutex<Option<Flavour>>,
    service: Mutex<Option<ldap3::Ldap>>,
    /// Caps the sign-in binds in flight (`ldap.max_concurrent_binds`).
    binds: tokio::sync::Semaphore,
    /// The last failure to open the service connection: for a few seconds after it,
    /// callers get it at once instead of each waiting out the timeouts again.
    failed: std::sync::Mutex<Option<(std::time::Instant, String)>>,
}

/// Why a directory can't be set up from the settings.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SetupError(pub String);

impl SetupError {
    /// The `ldap.…` setting at fault, read from the message (`ldap.ca_file: …`).
    pub fn key(&self) -> &str {
        self.0
            .split_once(':')
            .map(|(k, _)| k)
            .filter(|k| k.starts_with("ldap."))
            .unwrap_or("ldap")
    }
}

/// A filter as configured, with the parentheses RFC 4515 wants added when they were
/// left out (`objectClass=person`), checked by ldap3's parser.
fn filter_setting(key: &str, text: &str) -> Result<String, SetupError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(String::new());
    }
    let f = if t.starts_with('(') {
        t.to_owned()
    } else {
        format!("({t})")
    };
    ldap3::parse_filter(&f).map(drop).map_err(|_| {
        SetupError(format!(
            "{key}: `{t}` is not an LDAP filter (RFC 4515), e.g. (objectClass=person)"
        ))
    })?;
    Ok(f)
}

impl Directory {
    /// Prepares the connector from `[ldap]` (nothing is contacted yet). `None` when no
    /// URL is configured.
    ///
    /// # Errors
    ///
    /// [`SetupError`] when the CA file can't be read or holds no certificate.
    pub fn new(settings: &LdapSettings) -> Result<Option<Arc<Self>>, SetupError> {
        if !settings.enabled() {
            return Ok(None);
        }
        let tls = if settings.ca_file.is_empty() {
            None
        } else {
            Some(Arc::new(conn::tls_config(&settings.ca_file)?))
        };
        let mut settings = settings.clone();
        if settings.bind_password.is_empty() && !settings.bind_password_file.is_empty() {
            let text = std::fs::read_to_string(&settings.bind_password_file).map_err(|e| {
                SetupError(format!(
                    "ldap.bind_password_file: can't read {}: {e}",
                    settings.bind_password_file
                ))
            })?;
            settings.bind_password = text.lines().next().unwrap_or_default().to_owned();
        }
        settings.user_filter = filter_setting("ldap.user_filter", &settings.user_filter)?;
        settings.group_filter = filter_setting("ldap.group_filter", &settings.group_filter)?;
        let fixed = match settings.flavour.as_str() {
            "active_directory" => Some(Flavour::ActiveDirectory),
            "openldap" => Some(Flavour::OpenLdap),
            "other" => Some(Flavour::Other),
            _ => None,
        };
        Ok(Some(Arc::new(Self {
            binds: tokio::sync::Semaphore::new(settings.max_concurrent_binds.max(1) as usize),
            settings,
            tls,
            flavour: Mutex::new(fixed),
            service: Mutex::new(None),
            failed: std::sync::Mutex::new(None),
        })))
    }

    /// Its name (`ldap.name`): the accounts synced from it carry it.
    pub fn name(&self) -> &str {
        &self.settings.name
    }

    /// The settings it was made from.
    pub fn settings(&self) -> &LdapSettings {
        &self.settings
    }

    pub(crate) fn op_timeout(&self) -> Duration {
        Duration::from_secs(u64::from(self.settings.operation_timeout_seconds.max(1)))
    }

    pub(crate) fn connect_timeout(&self) -> Duration {
        Duration::from_secs(u64::from(self.settings.connect_timeout_seconds.max(1)))
    }

    /// The directory's flavour: as configured, or read once from the root DSE.
    ///
    /// # Errors
    ///
    /// The connection's failure, in words.
    pub async fn flavour(&self) -> Result<Flavour, String> {
        if let Some(f) = *self.flavour.lock().await {
            return Ok(f);
        }
        let mut ldap = self.service().await?;
        let dse = conn::root_dse(&mut ldap, self.op_timeout()).await?;
        let f = conn::flavour_of(&dse);
        *self.flavour.lock().await = Some(f);
        Ok(f)
    }

    pub(crate) async fn attrs(&self) -> Result<Attrs, String> {
        let f = self.flavour().await?;
        let a = &self.settings.attributes;
        let pick = |set: &str, ad: &str, other: &str| {
            if !set.is_empty() {
                set.to_owned()
            } else if f == Flavour::ActiveDirectory {
                ad.to_owned()
            } else {
                other.to_owned()
            }
        };
        Ok(Attrs {
            directory: self.settings.name.clone(),
            id: if f == Flavour::ActiveDirectory {
                "objectGUID"
            } else {
                "entryUUID"
            },
            change: if f == Flavour::ActiveDirectory {
                "uSNChanged"
            } else {
                "modifyTimestamp"
            },
            username: pick(&a.username, "sAMAccountName", "uid"),
            first_name: pick(&a.first_name, "givenName", "givenName"),
            last_name: pick(&a.last_name, "sn", "sn"),
            display_name: pick(&a.display_name, "displayName", "displayName"),
            email: pick(&a.email, "mail", "mail"),
            alternate_email: pick(&a.alternate_email, "otherMailbox", ""),
            mobile_phone: pick(&a.mobile_phone, "mobile", "mobile"),
            office_phone: pick(&a.office_phone, "telephoneNumber", "telephoneNumber"),
            manager: "manager",
        })
    }

    pub(crate) async fn user_filter(&self) -> Result<String, String> {
        if !self.settings.user_filter.trim().is_empty() {
            return Ok(self.settings.user_filter.trim().to_owned());
        }
        Ok(match self.flavour().await? {
            Flavour::ActiveDirectory => "(&(objectCategory=person)(objectClass=user))".into(),
            _ => "(objectClass=inetOrgPerson)".into(),
        })
    }

    pub(crate) async fn group_filter(&self) -> Result<String, String> {
        if !self.settings.group_filter.trim().is_empty() {
            return Ok(self.settings.group_filter.trim().to_owned());
        }
        Ok(match self.flavour().await? {
            Flavour::ActiveDirectory => "(objectClass=group)".into(),
            _ => "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))".into(),
        })
    }

    pub(crate) fn group_base(&self) -> &str {
        if self.settings.group_base.trim().is_empty() {
            self.settings.user_base.trim()
        } else {
            self.settings.group_base.trim()
        }
    }
}

/// Several on-premises directories as one [`latchkey_core::writeback::DirectoryPort`]:
/// each account's writes and binds go to the directory it was synced from
/// ([`latchkey_core::directory::ExternalAccount::directory`]).
pub struct Directories(pub Vec<Arc<Directory>>);

impl Directories {
    fn of(
        &self,
        user: &latchkey_core::directory::User,
    ) -> Result<&Directory, latchkey_core::writeback::WriteBackError> {
        let name = user
            .external
            .as_ref()
            .map(|e| e.directory.as_str())
            .unwrap_or_default();
        self.0
            .iter()
            .find(|d| d.name() == name)
            .map(|d| &**d)
            .ok_or_else(|| {
                latchkey_core::writeback::WriteBackError::Unavailable(format!(
                    "the directory \u{201c}{name}\u{201d} this account comes from is no longer configured"
                ))
            })
    }
}

#[async_trait::async_trait]
impl latchkey_core::writeback::DirectoryPort for Directories {
    async fn write_password(
        &self,
        user: &latchkey_core::directory::User,
        new: &latchkey_core::Secret,
        kind: latchkey_core::writeback::WriteKind<'_>,
    ) -> Result<(), latchkey_core::writeback::WriteBackError> {
        self.of(user)?.write_password(user, new, kind).await
    }

    async fn unlock(
        &self,
        user: &latchkey_core::directory::User,
    ) -> Result<(), latchkey_core::writeback::WriteBackError> {
        self.of(user)?.unlock(user).await
    }

    async fn verify_password(
        &self,
        user: &latchkey_core::directory::User,
        password: &latchkey_core::Secret,
    ) -> Result<latchkey_core::writeback::BindOutcome, latchkey_core::writeback::WriteBackError>
    {
        self.of(user)?.verify_password(user, password).await
    }
}
