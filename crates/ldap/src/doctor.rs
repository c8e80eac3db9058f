//! The doctor: every check an administrator needs to trust write-back, each failed one
//! saying what to change. Read-only: it never writes to the directory.

use ldap3::{Scope, ldap_escape};
use serde::Serialize;

use crate::conn::{describe, flavour_of, result_words, root_dse};
use crate::{Directory, Flavour};

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    /// Passed.
    Ok,
    /// Works, but needs attention soon (a certificate about to expire).
    Warning,
    /// Failed: write-back or sync won't work until it is fixed.
    Failed,
    /// Information only.
    Info,
}

impl CheckStatus {
    /// "ok", "warning", "failed", "info".
    pub fn as_str(self) -> &'static str {
        match self {
            CheckStatus::Ok => "ok",
            CheckStatus::Warning => "warning",
            CheckStatus::Failed => "failed",
            CheckStatus::Info => "info",
        }
    }
}

/// One check's result.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// What was checked, e.g. "Connect to ldaps://dc1:636".
    pub name: String,
    /// How it came out.
    pub status: CheckStatus,
    /// What was found.
    pub detail: String,
    /// What to change, when it failed or warns.
    pub fix: Option<String>,
}

/// Every check, in order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DoctorReport {
    /// The flavour found (or configured).
    pub flavour: Option<Flavour>,
    /// The checks.
    pub checks: Vec<Check>,
}

impl DoctorReport {
    /// Whether no check failed.
    pub fn healthy(&self) -> bool {
        self.checks.iter().all(|c| c.status != CheckStatus::Failed)
    }

    /// Adds a check.
    pub fn push(
        &mut self,
        name: impl Into<String>,
        status: CheckStatus,
        detail: impl Into<String>,
        fix: Option<&str>,
    ) {
        self.checks.push(Check {
            name: name.into(),
            status,
            detail: detail.into(),
            fix: fix.map(str::to_owned),
        });
    }
}

/// Days a certificate has left before it counts as a warning.
const CERT_WARN_DAYS: i64 = 30;

impl Directory {
    /// Runs the checks: each URL (connection, TLS certificate and its expiry), the
    /// service account's bind, the flavour (read-only DC, Global Catalog, ppolicy
    /// overlay), read access to the user and group bases, protected accounts in scope,
    /// and, with `test_user` (a username), the rights needed on that account.
    pub async fn doctor(&self, test_user: Option<&str>) -> DoctorReport {
        let mut report = DoctorReport::default();
        let mut bound = None;
        for url in self.settings.url_list() {
            let lower = url.to_ascii_lowercase();
            if lower.starts_with("ldap://") && self.settings.allow_plaintext {
                report.push(
                    format!("Encryption for {url}"),
                    CheckStatus::Warning,
                    "plain LDAP without StartTLS: passwords cross the network in clear",
                    Some("use ldaps:// or remove ldap.allow_plaintext (lab only)"),
                );
            }
            if lower.ends_with(":3268") || lower.ends_with(":3269") {
                report.push(
                    format!("Server role of {url}"),
                    CheckStatus::Failed,
                    "this is a Global Catalog port: it is read-only and holds only some attributes",
                    Some(
                        "use the domain controller's LDAP port (636 for ldaps, 389 with StartTLS)",
                    ),
                );
            }
            match self.open(url).await {
                Err(e) => report.push(
                    format!("Connect to {url}"),
                    CheckStatus::Failed,
                    e.clone(),
                    Some(if e.contains("TLS") || e.contains("certificate") {
                        "set ldap.ca_file to the CA that signed the server's certificate, and use a name or address the certificate lists"
                    } else {
                        "check the address and port, that the server runs, and that a firewall lets this host reach it"
                    }),
                ),
                Ok(mut ldap) => {
                    report.push(format!("Connect to {url}"), CheckStatus::Ok, "connected", None);
                    self.check_certificate(&mut ldap, url, &mut report).await;
                    if bound.is_none() {
                        bound = Some(ldap);
                    } else {
                        let _ = ldap.unbind().await;
                    }
                }
            }
        }
        let Some(mut ldap) = bound else {
            return report;
        };
        match self
            .bind(
                &mut ldap,
                &self.settings.bind_dn,
                &self.settings.bind_password,
            )
            .await
        {
            Ok(r) if r.rc == 0 => report.push(
                "Service account bind",
                CheckStatus::Ok,
                format!("bound as {}", self.settings.bind_dn),
                None,
            ),
            Ok(r) => {
                report.push(
                    "Service account bind",
                    CheckStatus::Failed,
                    result_words(&r),
                    Some(if r.rc == 8 || r.rc == 13 {
                        "the server wants an encrypted connection: use ldaps:// or ldap:// with StartTLS"
                    } else {
                        "check ldap.bind_dn and ldap.bind_password (or LATCHKEY_LDAP__BIND_PASSWORD_FILE); the account must be enabled"
                    }),
                );
                return report;
            }
            Err(e) => {
                report.push(
                    "Service account bind",
                    CheckStatus::Failed,
                    e,
                    Some("check the connection above"),
                );
                return report;
            }
        }
        let dse = match root_dse(&mut ldap, self.op_timeout()).await {
            Ok(d) => d,
            Err(e) => {
                report.push(
                    "Root DSE",
                    CheckStatus::Failed,
                    e,
                    Some("the service account must be able to read the root DSE"),
                );
                return report;
            }
        };
        let detected = flavour_of(&dse);
        let flavour = self.flavour().await.unwrap_or(detected);
        report.flavour = Some(flavour);
        report.push(
            "Directory type",
            if flavour == detected { CheckStatus::Ok } else { CheckStatus::Warning },
            format!("{} (detected: {})", flavour.label(), detected.label()),
            (flavour != detected).then_some("ldap.flavour overrides what the server announces; set it to \"auto\" unless you know better"),
        );
        let has = |attr: &str, v: &str| {
            dse.get(attr)
                .is_some_and(|vs| vs.iter().any(|x| x.eq_ignore_ascii_case(v)))
        };
        if flavour == Flavour::ActiveDirectory {
            // LDAP_CAP_ACTIVE_DIRECTORY_PARTIAL_SECRETS_OID: a read-only domain controller.
            if has("supportedcapabilities", "1.2.840.113556.1.4.1920") {
                report.push(
                    "Writable domain controller",
                    CheckStatus::Failed,
                    "this is a read-only domain controller (RODC): it can't take password changes",
                    Some("list a writable domain controller first in ldap.urls"),
                );
            } else {
                report.push(
                    "Writable domain controller",
                    CheckStatus::Ok,
                    "writable",
                    None,
                );
            }
        } else {
            let ppolicy = has("supportedcontrol", crate::errors::PPOLICY_OID);
            report.push(
                "Password policy overlay (ppolicy)",
                if ppolicy { CheckStatus::Ok } else { CheckStatus::Warning },
                if ppolicy { "present: the directory's password rules and lockout apply" } else { "not announced: the directory checks no password rules and has no lockout of its own" },
                (!ppolicy).then_some("load the ppolicy overlay (olcOverlay=ppolicy) with a default policy"),
            );
        }
        self.check_bases(&mut ldap, flavour, &mut report).await;
        self.check_lockout(&mut ldap, flavour, &dse, &mut report)
            .await;
        if let Some(name) = test_user {
            self.check_rights(&mut ldap, flavour, name, &mut report)
                .await;
        }
        let _ = ldap.unbind().await;
        report
    }

    /// The directory's own lockout threshold against `ldap.lockout_threshold`: Latchkey
    /// must lock first, or guessing at Latchkey locks the account in the directory.
    async fn check_lockout(
        &self,
        ldap: &mut ldap3::Ldap,
        flavour: Flavour,
        dse: &std::collections::HashMap<String, Vec<String>>,
        report: &mut DoctorReport,
    ) {
        let context = dse
            .get("defaultnamingcontext")
            .or_else(|| dse.get("namingcontexts"))
            .and_then(|v| v.first())
            .cloned()
            .unwrap_or_default();
        let mut threshold: Option<u32> = None;
        let found = if flavour == Flavour::ActiveDirectory {
            self.read_entry(ldap, &context, &["lockoutThreshold"])
                .await
                .map(|e| {
                    threshold = e.and_then(|e| e.first("lockoutThreshold").parse().ok());
                })
                .map_err(|e| describe(&e))
        } else {
            self.search_paged(
                ldap,
                &context,
                "(objectClass=pwdPolicy)",
                vec!["pwdMaxFailure".into()],
                |e| {
                    if let Ok(n) = e.first("pwdMaxFailure").parse::<u32>() {
                        threshold = Some(threshold.map_or(n, |t| t.min(n)));
                    }
                },
            )
            .await
        };
        let ours = self.settings.lockout_threshold;
        let name = "Lockout before the directory's";
        match (found, threshold) {
            (Err(e), _) => report.push(name, CheckStatus::Warning, format!("the directory's lockout threshold couldn't be read: {e}"), Some("make sure ldap.lockout_threshold is below the directory's own threshold")),
            (Ok(()), None | Some(0)) => report.push(name, CheckStatus::Info, "the directory doesn't lock accounts after wrong passwords", None),
            (Ok(()), Some(theirs)) if ours < theirs => report.push(name, CheckStatus::Ok, format!("Latchkey locks after {ours} wrong passwords, the directory after {theirs}"), None),
            (Ok(()), Some(theirs)) => report.push(
                name,
                CheckStatus::Failed,
                format!("Latchkey locks after {ours} wrong passwords, the directory after {theirs}: guessing at Latchkey would lock accounts in the directory"),
                Some("set ldap.lockout_threshold below the directory's threshold"),
            ),
        }
    }

    async fn check_certificate(
        &self,
        ldap: &mut ldap3::Ldap,
        url: &str,
        report: &mut DoctorReport,
    ) {
        let Ok(Some(der)) = ldap.get_peer_certificate().await else {
            return;
        };
        let Ok((_, cert)) = x509_parser::parse_x509_certificate(&der) else {
            report.push(
                format!("Certificate of {url}"),
                CheckStatus::Warning,
                "the certificate could not be read",
                None,
            );
            return;
        };
        let not_after = cert.validity().not_after.timestamp();
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let days = (not_after - now) / 86_400;
        let subject = cert.subject().to_string();
        let (status, fix) = if days < 0 {
            (CheckStatus::Failed, Some("renew the server's certificate"))
        } else if days < CERT_WARN_DAYS {
            (
                CheckStatus::Warning,
                Some("renew the server's certificate before it expires"),
            )
        } else {
            (CheckStatus::Ok, None)
        };
        let until = time::OffsetDateTime::from_unix_timestamp(not_after)
            .ok()
            .and_then(|t| {
                t.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_default();
        report.push(
            format!("Certificate of {url}"),
            status,
            format!("{subject}, trusted, valid until {until} ({days} days)"),
            fix,
        );
    }

    async fn check_bases(
        &self,
        ldap: &mut ldap3::Ldap,
        flavour: Flavour,
        report: &mut DoctorReport,
    ) {
        let user_filter = self.user_filter().await.unwrap_or_default();
        let group_filter = self.group_filter().await.unwrap_or_default();
        let user_base = self.settings.user_base.trim().to_owned();
        let group_base = self.group_base().to_owned();
        for (what, base, filter) in [
            ("accounts", user_base.clone(), user_filter.clone()),
            ("groups", group_base, group_filter),
        ] {
            let mut n = 0usize;
            let r = self
                .search_paged(ldap, &base, &filter, vec!["1.1".to_owned()], |_| n += 1)
                .await;
            match r {
                Ok(()) => report.push(
                    format!("Read {what} under {base}"),
                    if n == 0 { CheckStatus::Warning } else { CheckStatus::Ok },
                    format!("{n} {what} match {filter}"),
                    (n == 0).then_some("check the base DN and the filter, and that the service account may read them"),
                ),
                Err(e) => report.push(
                    format!("Read {what} under {base}"),
                    CheckStatus::Failed,
                    e.clone(),
                    Some(if e.contains("sizeLimitExceeded") {
                        "the directory caps how many entries the service account may read: lift the cap for it (OpenLDAP: olcLimits: dn.exact=\"<service DN>\" size=unlimited)"
                    } else {
                        "check the base DN (ldap.user_base / ldap.group_base) and the service account's read rights"
                    }),
                ),
            }
        }
        if flavour == Flavour::ActiveDirectory {
            let mut n = 0usize;
            let filter = format!("(&{user_filter}(adminCount=1))");
            if self
                .search_paged(ldap, &user_base, &filter, vec!["1.1".to_owned()], |_| {
                    n += 1
                })
                .await
                .is_ok()
            {
                report.push(
                    "Protected accounts",
                    CheckStatus::Info,
                    format!("{n} accounts in scope have adminCount=1 (privileged groups); Latchkey refuses to reset or unlock them"),
                    None,
                );
            }
        }
    }

    async fn check_rights(
        &self,
        ldap: &mut ldap3::Ldap,
        flavour: Flavour,
        name: &str,
        report: &mut DoctorReport,
    ) {
        let Ok(attrs) = self.attrs().await else {
            return;
        };
        let user_filter = self.user_filter().await.unwrap_or_default();
        let filter = format!("(&{user_filter}({}={}))", attrs.username, ldap_escape(name));
        let wanted = vec!["allowedAttributesEffective", "adminCount"];
        let found = ldap
            .with_timeout(self.op_timeout())
            .search(
                self.settings.user_base.trim(),
                Scope::Subtree,
                &filter,
                wanted,
            )
            .await
            .map_err(|e| describe(&e))
            .and_then(|r| r.success().map_err(|e| describe(&e)));
        let entry = match found {
            Ok((mut entries, _)) if entries.len() == 1 => {
                crate::read::Entry::from(ldap3::SearchEntry::construct(entries.remove(0)))
            }
            Ok((entries, _)) => {
                report.push(
                    format!("Test account {name}"),
                    CheckStatus::Failed,
                    format!("{} accounts match", entries.len()),
                    Some("name one account that is in scope (its username)"),
                );
                return;
            }
            Err(e) => {
                report.push(format!("Test account {name}"), CheckStatus::Failed, e, None);
                return;
            }
        };
        if flavour != Flavour::ActiveDirectory {
            report.push(
                format!("Rights on {name}"),
                CheckStatus::Info,
                format!("{}: OpenLDAP can't report effective rights without a change; the service account needs write on userPassword and manage on pwdAccountLockedTime and pwdReset", entry.dn),
                None,
            );
            return;
        }
        if entry.first("adminCount") == "1" {
            report.push(
                format!("Test account {name}"),
                CheckStatus::Warning,
                "a protected account (adminCount=1): Latchkey never writes it; pick an ordinary account",
                None,
            );
        }
        let writable: Vec<String> = entry
            .all("allowedAttributesEffective")
            .iter()
            .map(|a| a.to_ascii_lowercase())
            .collect();
        for attr in ["lockoutTime", "pwdLastSet"] {
            let ok = writable.contains(&attr.to_ascii_lowercase());
            report.push(
                format!("Write {attr} on {name}"),
                if ok { CheckStatus::Ok } else { CheckStatus::Failed },
                if ok { "allowed".to_owned() } else { format!("the service account can't write {attr} on {}", entry.dn) },
                (!ok).then_some("delegate \"Write lockoutTime\" and \"Write pwdLastSet\" on the users' OU to the service account"),
            );
        }
        // The Reset Password control access right has no effective-rights attribute to
        // read; a reset without it is refused with "insufficient rights" and audited.
        report.push(
            format!("Reset Password right on {name}"),
            CheckStatus::Info,
            "can't be read without changing a password: delegate the extended right \"Reset Password\" (00299570-246d-11d0-a768-00aa006e0529) on the users' OU; a reset without it is refused and audited as directory_insufficient_rights",
            None,
        );
    }
}
