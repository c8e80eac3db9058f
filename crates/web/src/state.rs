//! Everything a request handler needs, built once at start.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use latchkey_core::Clock;
use latchkey_core::config::Settings;
use latchkey_core::lockout::LockoutPolicy;
use latchkey_core::password::PasswordHasher;
use latchkey_core::protect::ProtectionPolicy;
use latchkey_core::protect::banned::BannedList;
use latchkey_core::protect::breached::BreachedFilter;
use latchkey_core::seal::{SERVER_KEY_INFO, SealKey};
use latchkey_core::store::{Store, StoreError};
use latchkey_notify::Delivery;
use std::sync::{Arc, Mutex};

use crate::metrics::Metrics;

/// The last readiness check: when it ran, and why it failed (`None`: ready).
pub type Readiness = (std::time::Instant, Option<String>);

/// The shared state of every handler and worker: cheap to clone (one `Arc`), read through
/// [`Inner`].
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

/// What [`AppState`] holds; reached through `Deref`.
pub struct Inner {
    /// The database (SQLite or PostgreSQL).
    pub store: Arc<dyn Store>,
    /// The Argon2id hashing pool; refuses work when its queue is full.
    pub hasher: PasswordHasher,
    /// The configuration as loaded at start.
    pub settings: Settings,
    /// The time source (a manual clock in tests).
    pub clock: Arc<dyn Clock>,
    /// The compiled password policy, rebuilt when the stored document changes.
    pub protection_cache: Cache,
    /// The offline breached-password filter, when imported.
    pub breached: Option<Arc<BreachedFilter>>,
    /// The sign-in lockout rules from `[lockout]`.
    pub lockout_policy: LockoutPolicy,
    /// The reverse proxies whose `X-Forwarded-For` is believed (`limits.trusted_proxies`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Counters served at `GET /metrics`.
    pub metrics: Metrics,
    /// The database connection pool's gauge, for `/metrics`; `None` unless set with
    /// [`AppState::with_db_pool`].
    pub db_pool: Option<latchkey_store::PoolGauge>,
    /// Where messages go: outbox, SMTP, SMS provider.
    pub delivery: Delivery,
    /// Encrypts secrets at rest (authenticator seeds).
    pub seal: SealKey,
    /// The organisation's name and logo as set in the portal (refreshed every minute).
    pub branding: std::sync::RwLock<Arc<Branding>>,
    /// Where passwords are also written (an external directory); the built-in directory
    /// writes nothing. See [`latchkey_core::writeback::DirectoryPort`].
    pub directory: Arc<dyn latchkey_core::writeback::DirectoryPort>,
    /// The on-premises directories of `[ldap]` and `[[more_ldap]]` (sync and the
    /// doctor); empty when none is configured. Together they are [`Inner::directory`].
    pub ldap: Vec<Arc<latchkey_ldap::Directory>>,
    /// Wakes the delivery worker when a commit has queued messages.
    pub deliveries_waiting: Arc<tokio::sync::Notify>,
    /// The last readiness check: when, and why it failed (`None`: ready); see
    /// [`crate::api::readyz`].
    pub readiness: Arc<std::sync::Mutex<Option<Readiness>>>,
    /// Wakes the delivery worker's code loop: a person waits for a code.
    pub codes_waiting: Arc<tokio::sync::Notify>,
    /// Wakes requests waiting for their code ([`crate::delivery::await_code`]) whenever
    /// the worker finished a message.
    pub deliveries_finished: Arc<tokio::sync::Notify>,
    /// Key for code MACs, CSRF tokens, lockout fingerprints, decoys, report links and
    /// CAPTCHA challenges: derived from the encryption key ([`SERVER_KEY_INFO`]), so
    /// every instance (they share the encryption key) has the same, and it is never
    /// stored.
    key: [u8; 32],
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// The organisation's name and logo, shown on every page and in every message.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Branding {
    /// The name as set in the portal; once loaded, the config's `organization_name` when unset.
    pub organization_name: String,
    /// A `data:image/...;base64,` URL, or empty.
    pub logo: String,
}

/// Why [`AppState::build`] failed; the server can't start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The database failed at start: migrating it, checking the encryption key, reading
    /// the branding, or deleting the server key earlier versions stored.
    #[error("database: {0}")]
    Store(#[from] StoreError),
    /// The hashing pool could not start with the configured parameters.
    #[error("password hashing: {0}")]
    Hash(#[from] latchkey_core::password::HashError),
    /// The configured email or SMS delivery can't be set up.
    #[error("delivery: {0}")]
    Notify(#[from] latchkey_notify::NotifyError),
    /// The encryption key is malformed, or the key file can't be read or created.
    #[error("encryption key (encryption_key, LATCHKEY_ENCRYPTION_KEY): {0}")]
    Seal(#[from] latchkey_core::seal::SealError),
    /// This instance's encryption key can't open the check value the database holds: the
    /// database was first used with another key (another instance's data folder). Messages
    /// and authenticator seeds sealed by one would not open on the other.
    #[error(
        "this instance's encryption key is not the one this database was first used with: \
         set encryption_key (LATCHKEY_ENCRYPTION_KEY, or _FILE) to the same value on every \
         instance; the key of the first instance is in its data folder, in the file {} \
         (or in its own encryption_key setting)",
        latchkey_core::seal::KEY_FILE_NAME
    )]
    SealKeyMismatch,
    /// The on-premises directory's settings can't be used (`[ldap]`, its CA file).
    #[error("on-premises directory: {0}")]
    Ldap(#[from] latchkey_ldap::SetupError),
}

/// The settings name under which earlier versions stored the server key in the
/// database; deleted at every start, never read.
pub const LEGACY_SERVER_KEY: &str = "server_key";

/// The settings name of a value sealed with the encryption key the database was first
/// used with; every instance checks at start that its key opens it.
pub const SEAL_KEY_CHECK: &str = "seal_key_check";
const SEAL_CHECK_TEXT: &[u8] = b"latchkey seal key check";
const SEAL_CHECK_AAD: &[u8] = b"seal-key-check";

/// True when `seal` opens `check`, the value stored under [`SEAL_KEY_CHECK`]: it is the key
/// the database was first used with.
pub fn seal_key_opens(seal: &SealKey, check: &str) -> bool {
    seal.open(check, SEAL_CHECK_AAD)
        .is_ok_and(|text| text == SEAL_CHECK_TEXT)
}

/// Stores the key-check value the first time a database is used, and refuses a key that
/// can't open the one stored (another instance's key): its notices and authenticator seeds
/// would not open on the other instances, nor theirs here.
///
/// # Errors
///
/// [`StartError::SealKeyMismatch`] for another key, [`StartError::Store`] when the
/// database fails.
pub async fn check_seal_key(store: &dyn Store, seal: &SealKey) -> Result<(), StartError> {
    let stored = store
        .setting_get_or_insert(SEAL_KEY_CHECK, &seal.seal(SEAL_CHECK_TEXT, SEAL_CHECK_AAD))
        .await?;
    if seal_key_opens(seal, &stored) {
        Ok(())
    } else {
        Err(StartError::SealKeyMismatch)
    }
}

impl AppState {
    /// Migrates the store, loads the keys, starts the hashing pool, and delivers messages as
    /// the settings say.
    pub async fn build(
        settings: Settings,
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, StartError> {
        let delivery = Delivery::from_settings(&settings)?;
        Self::build_with(settings, store, clock, delivery).await
    }

    /// The same state with `port` as the directory passwords are written to. Call it right
    /// after building, before the state is shared: a shared state is returned unchanged
    /// (and the mistake logged).
    pub fn with_directory(
        mut self,
        port: Arc<dyn latchkey_core::writeback::DirectoryPort>,
    ) -> Self {
        match Arc::get_mut(&mut self.0) {
            Some(inner) => inner.directory = port,
            None => tracing::error!("with_directory called on a shared state; ignored"),
        }
        self
    }

    /// The same state with `gauge` telling `/metrics` how the store's connection pool is
    /// used (from [`latchkey_store::connect_measured`]). Call it right after building, as
    /// [`with_directory`](Self::with_directory).
    pub fn with_db_pool(mut self, gauge: latchkey_store::PoolGauge) -> Self {
        match Arc::get_mut(&mut self.0) {
            Some(inner) => inner.db_pool = Some(gauge),
            None => tracing::error!("with_db_pool called on a shared state; ignored"),
        }
        self
    }

    /// As [`build`](Self::build), with the delivery given (tests record messages in memory).
    pub async fn build_with(
        settings: Settings,
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        delivery: Delivery,
    ) -> Result<Self, StartError> {
        let seal = if settings.encryption_key.is_empty() {
            SealKey::load_or_create(&settings.data_dir)?
        } else {
            SealKey::from_base64(settings.encryption_key.trim())?
        };
        store.migrate().await?;
        check_seal_key(&*store, &seal).await?;
        // The server key is derived, never stored: a copy of the database alone can't
        // recompute codes, CSRF tokens or report links. The key earlier versions kept in
        // the settings table is dropped (it would only help someone holding a copy).
        let key = seal.derive(SERVER_KEY_INFO);
        if store.setting_delete(LEGACY_SERVER_KEY).await? {
            tracing::info!(
                "the server key stored in the database by an earlier version was deleted; \
                 codes, CSRF tokens and report links issued before the upgrade no longer work"
            );
        }
        let hasher = PasswordHasher::start(
            settings.hash_params(),
            settings.password_hash.workers as usize,
            settings.password_hash.queue as usize,
        )?;
        let branding = load_branding(&*store, &settings).await?;
        let mut ldap = Vec::new();
        for d in settings.directories() {
            ldap.extend(latchkey_ldap::Directory::new(d)?);
        }
        let directory: Arc<dyn latchkey_core::writeback::DirectoryPort> = if ldap.is_empty() {
            Arc::new(latchkey_core::writeback::BuiltIn)
        } else {
            Arc::new(latchkey_ldap::Directories(ldap.clone()))
        };
        Ok(Self(Arc::new(Inner {
            store,
            hasher,
            protection_cache: Cache::default(),
            breached: load_breached(&settings.data_dir),
            lockout_policy: settings.lockout_policy(),
            trusted_proxies: settings.limits.proxies().unwrap_or_default(),
            settings,
            clock,
            metrics: Metrics::default(),
            db_pool: None,
            delivery,
            seal,
            branding: std::sync::RwLock::new(Arc::new(branding)),
            directory,
            ldap,
            codes_waiting: Arc::new(tokio::sync::Notify::new()),
            readiness: Arc::new(std::sync::Mutex::new(None)),
            deliveries_finished: Arc::new(tokio::sync::Notify::new()),
            deliveries_waiting: Arc::new(tokio::sync::Notify::new()),
            key,
        })))
    }

    /// The organisation's name: the portal's setting, else `organization_name` in the config.
    pub fn org_name(&self) -> String {
        self.branding
            .read()
            .map(|b| b.organization_name.clone())
            .unwrap_or_default()
    }

    /// The logo as a data URL, if one is set.
    pub fn logo(&self) -> Option<String> {
        self.branding
            .read()
            .ok()
            .map(|b| b.logo.clone())
            .filter(|l| !l.is_empty())
    }

    /// Reloads the branding from the store (after a save, and every minute, so that every
    /// instance shows the same).
    pub async fn refresh_branding(&self) -> Result<(), StoreError> {
        let b = load_branding(&*self.store, &self.settings).await?;
        if let Ok(mut w) = self.branding.write() {
            *w = Arc::new(b);
        }
        Ok(())
    }

    /// The current time in Unix seconds, from the state's clock.
    pub fn now(&self) -> i64 {
        self.clock.unix()
    }

    /// The address people reach Latchkey at, for links in messages.
    pub fn base_url(&self) -> String {
        if self.settings.public_url.is_empty() {
            format!("http://{}", self.settings.listen)
        } else {
            self.settings.public_url.trim_end_matches('/').to_owned()
        }
    }

    /// The raw server key (derived from the encryption key, never stored), for modules
    /// that derive their own MACs (CAPTCHA).
    pub fn server_key(&self) -> &[u8; 32] {
        &self.key
    }

    /// HMAC-SHA256 of `parts` under the server key, base64url.
    pub fn mac(&self, parts: &[&[u8]]) -> String {
        use hmac::{Hmac, Mac};
        let Ok(mut m) = Hmac::<sha2::Sha256>::new_from_slice(&self.key) else {
            return String::new();
        };
        for p in parts {
            m.update(&(p.len() as u64).to_be_bytes());
            m.update(p);
        }
        B64URL.encode(m.finalize().into_bytes())
    }
}

/// The settings name under which [`Branding`] is stored, as JSON.
pub const BRANDING_KEY: &str = "branding";

async fn load_branding(store: &dyn Store, settings: &Settings) -> Result<Branding, StoreError> {
    let mut b: Branding = match store.setting_get(BRANDING_KEY).await? {
        Some(json) => serde_json::from_str(&json).unwrap_or_default(),
        None => Branding::default(),
    };
    if b.organization_name.trim().is_empty() {
        b.organization_name = settings.organization_name.clone();
    }
    Ok(b)
}

/// The policy and its compiled custom list.
pub struct Compiled {
    /// The policy as stored (or the default with the config's minimum length).
    pub policy: ProtectionPolicy,
    /// The policy's custom banned words, compiled for matching.
    pub custom: BannedList,
}

/// Per-instance cache of the compiled policy, keyed by the stored document.
#[derive(Default)]
pub struct Cache {
    pub(crate) last: Mutex<Option<(String, Arc<Compiled>)>>,
}

/// The breached-password filter, when one has been imported into the data folder.
pub fn load_breached(data_dir: &std::path::Path) -> Option<Arc<BreachedFilter>> {
    let path = data_dir.join("breached.filter");
    if !path.exists() {
        return None;
    }
    match BreachedFilter::load(&path) {
        Ok(f) => {
            tracing::info!(entries = f.entries(), "breached-password filter loaded");
            Some(Arc::new(f))
        }
        Err(e) => {
            tracing::error!(%e, path = %path.display(), "the breached-password filter could not be loaded; passwords are not checked against it");
            None
        }
    }
}
