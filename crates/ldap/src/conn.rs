//! Connections: TLS (ldaps or StartTLS, certificates checked against the configured CA),
//! timeouts, failover across the URLs in order, and the bound service connection.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, Scope, SearchEntry};

use crate::{Directory, Flavour, SetupError};

/// A rustls client configuration trusting the certificates in the PEM file `path`.
pub(crate) fn tls_config(path: &str) -> Result<rustls::ClientConfig, SetupError> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    let certs = CertificateDer::pem_file_iter(path)
        .map_err(|e| SetupError(format!("ldap.ca_file: can't read {path}: {e}")))?;
    for c in certs {
        let c = c.map_err(|e| SetupError(format!("ldap.ca_file: {path} is not PEM: {e}")))?;
        roots.add(c).map_err(|e| {
            SetupError(format!(
                "ldap.ca_file: a certificate in {path} is unusable: {e}"
            ))
        })?;
    }
    if roots.is_empty() {
        return Err(SetupError(format!(
            "ldap.ca_file: {path} holds no certificate (expected PEM \"BEGIN CERTIFICATE\")"
        )));
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| SetupError(format!("TLS: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

/// After the service connection failed to open, requests fail at once for this long
/// (instead of each waiting out the timeouts, or re-trying a refused bind that would
/// lock the service account).
const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(5);
/// After the directory refused the service account's password, for this long.
const RETRY_AFTER_REFUSED_BIND: Duration = Duration::from_secs(60);
const BIND_REFUSED: &str = "the service account's bind was refused";

/// Whether `url` is plain `ldap://` (upgraded with StartTLS unless plaintext is allowed).
fn is_plain(url: &str) -> bool {
    url.to_ascii_lowercase().starts_with("ldap://")
}

impl Directory {
    fn conn_settings(&self, url: &str) -> LdapConnSettings {
        let mut s = LdapConnSettings::new().set_conn_timeout(self.connect_timeout());
        if let Some(tls) = &self.tls {
            s = s.set_config(tls.clone());
        }
        if is_plain(url) && !self.settings.allow_plaintext {
            s = s.set_starttls(true);
        }
        s
    }

    /// Opens a connection to `url` (TCP, then TLS), driven on its own task.
    pub(crate) async fn open(&self, url: &str) -> Result<Ldap, String> {
        let settings = self.conn_settings(url);
        let opened = tokio::time::timeout(
            self.connect_timeout() + Duration::from_secs(1),
            LdapConnAsync::with_settings(settings, url),
        )
        .await
        .map_err(|_| {
            format!(
                "{url}: no answer within {} s",
                self.settings.connect_timeout_seconds
            )
        })?
        .map_err(|e| format!("{url}: {}", describe(&e)))?;
        let (conn, ldap) = opened;
        tokio::spawn(async move {
            if let Err(e) = conn.drive().await {
                tracing::debug!(error = %e, "directory connection closed");
            }
        });
        Ok(ldap)
    }

    /// Opens a connection to the first URL that answers, in order.
    pub(crate) async fn open_any(&self) -> Result<(String, Ldap), String> {
        let mut failures = Vec::new();
        for url in self.settings.url_list() {
            match self.open(url).await {
                Ok(l) => return Ok((url.to_owned(), l)),
                Err(e) => {
                    tracing::warn!(%url, error = %e, "directory server unreachable; trying the next");
                    failures.push(e);
                }
            }
        }
        Err(failures.join("; "))
    }

    /// Binds `ldap` as `dn` with `password` within the operation timeout.
    pub(crate) async fn bind(
        &self,
        ldap: &mut Ldap,
        dn: &str,
        password: &str,
    ) -> Result<ldap3::LdapResult, String> {
        ldap.with_timeout(self.op_timeout())
            .simple_bind(dn, password)
            .await
            .map_err(|e| describe(&e))
    }

    /// The bound service connection, opened (with failover) when there is none or the
    /// last one closed. Requests on it run concurrently.
    pub(crate) async fn service(&self) -> Result<Ldap, String> {
        let mut slot = self.service.lock().await;
        if let Some(l) = slot.as_mut()
            && !l.is_closed()
        {
            return Ok(l.clone());
        }
        *slot = None;
        if let Ok(last) = self.failed.lock()
            && let Some((at, why)) = last.as_ref()
            // A refused bind waits longer: retrying a wrong password would lock the
            // service account in the directory.
            && at.elapsed()
                < if why.contains(BIND_REFUSED) {
                    RETRY_AFTER_REFUSED_BIND
                } else {
                    RETRY_AFTER_FAILURE
                }
        {
            return Err(why.clone());
        }
        let opened = self.open_bound().await;
        if let Ok(mut last) = self.failed.lock() {
            *last = opened
                .as_ref()
                .err()
                .map(|e| (std::time::Instant::now(), e.clone()));
        }
        let ldap = opened?;
        *slot = Some(ldap.clone());
        Ok(ldap)
    }

    async fn open_bound(&self) -> Result<Ldap, String> {
        let (url, mut ldap) = self.open_any().await?;
        let r = self
            .bind(
                &mut ldap,
                &self.settings.bind_dn,
                &self.settings.bind_password,
            )
            .await?;
        if r.rc != 0 {
            return Err(format!(
                "{url}: {BIND_REFUSED} ({}): check ldap.bind_dn and its password",
                result_words(&r)
            ));
        }
        Ok(ldap)
    }

    /// Forgets the service connection (after a failure), so the next call reconnects.
    pub(crate) async fn drop_service(&self) {
        *self.service.lock().await = None;
    }
}

/// Reads the root DSE's attributes (RFC 4512 §5.1).
pub(crate) async fn root_dse(
    ldap: &mut Ldap,
    timeout: Duration,
) -> Result<HashMap<String, Vec<String>>, String> {
    let (entries, _) = ldap
        .with_timeout(timeout)
        .search(
            "",
            Scope::Base,
            "(objectClass=*)",
            vec![
                "*",
                "+",
                "supportedCapabilities",
                "supportedControl",
                "supportedExtension",
                "vendorName",
                "isSynchronized",
                "isGlobalCatalogReady",
                "highestCommittedUSN",
                "defaultNamingContext",
                "namingContexts",
                "dnsHostName",
                "serverName",
            ],
        )
        .await
        .map_err(|e| describe(&e))?
        .success()
        .map_err(|e| describe(&e))?;
    let entry = entries
        .into_iter()
        .next()
        .map(SearchEntry::construct)
        .ok_or("the directory returned no root DSE")?;
    Ok(entry
        .attrs
        .into_iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v))
        .collect())
}

/// Active Directory announces its capabilities (LDAP_CAP_ACTIVE_DIRECTORY_OID); OpenLDAP
/// names its root DSE class; everything else is "other".
pub(crate) fn flavour_of(dse: &HashMap<String, Vec<String>>) -> Flavour {
    let has = |attr: &str, v: &str| {
        dse.get(attr)
            .is_some_and(|vs| vs.iter().any(|x| x.eq_ignore_ascii_case(v)))
    };
    if has("supportedcapabilities", "1.2.840.113556.1.4.800") {
        Flavour::ActiveDirectory
    } else if has("objectclass", "OpenLDAProotDSE")
        || has("structuralobjectclass", "OpenLDAProotDSE")
    {
        Flavour::OpenLdap
    } else {
        Flavour::Other
    }
}

/// An LDAP error in words for the log, without secrets.
pub(crate) fn describe(e: &ldap3::LdapError) -> String {
    match e {
        ldap3::LdapError::LdapResult { result } => result_words(result),
        ldap3::LdapError::Timeout { .. } => "the directory didn't answer in time".into(),
        other => {
            let s = other.to_string();
            if s.contains("certificate")
                || s.contains("InvalidCertificate")
                || s.contains("NotValidForName")
            {
                format!(
                    "TLS: the server's certificate was not accepted ({s}); check ldap.ca_file and that the URL's name is in the certificate"
                )
            } else {
                s
            }
        }
    }
}

/// "result 49 (invalidCredentials): 80090308: … data 52e …".
pub(crate) fn result_words(r: &ldap3::LdapResult) -> String {
    let text = r.text.trim();
    if text.is_empty() {
        format!("result {} ({})", r.rc, rc_name(r.rc))
    } else {
        format!("result {} ({}): {text}", r.rc, rc_name(r.rc))
    }
}

fn rc_name(rc: u32) -> &'static str {
    match rc {
        0 => "success",
        1 => "operationsError",
        3 => "timeLimitExceeded",
        4 => "sizeLimitExceeded",
        8 => "strongerAuthRequired",
        12 => "unavailableCriticalExtension",
        13 => "confidentialityRequired",
        16 => "noSuchAttribute",
        19 => "constraintViolation",
        32 => "noSuchObject",
        49 => "invalidCredentials",
        50 => "insufficientAccessRights",
        51 => "busy",
        52 => "unavailable",
        53 => "unwillingToPerform",
        _ => "error",
    }
}
