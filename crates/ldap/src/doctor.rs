//! The doctor: every check an administrator needs to trust write-back, each failed one
//! saying what to change. Read-only: it never writes to the directory.

use latchkey_i18n::{FluentValue, t, tr};
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
                    tr("admin-onprem-doc-encryption", &[("url", url.into())]),
                    CheckStatus::Warning,
                    t("admin-onprem-doc-plaintext"),
                    Some(t("admin-onprem-doc-plaintext-fix").as_str()),
                );
            }
            if lower.ends_with(":3268") || lower.ends_with(":3269") {
                report.push(
                    tr("admin-onprem-doc-server-role", &[("url", url.into())]),
                    CheckStatus::Failed,
                    t("admin-onprem-doc-global-catalog"),
                    Some(t("admin-onprem-doc-global-catalog-fix").as_str()),
                );
            }
            match self.open(url).await {
                Err(e) => report.push(
                    tr("admin-onprem-doc-connect", &[("url", url.into())]),
                    CheckStatus::Failed,
                    e.clone(),
                    Some(
                        t(if e.contains("TLS") || e.contains("certificate") {
                            "admin-onprem-doc-connect-tls-fix"
                        } else {
                            "admin-onprem-doc-connect-fix"
                        })
                        .as_str(),
                    ),
                ),
                Ok(mut ldap) => {
                    report.push(
                        tr("admin-onprem-doc-connect", &[("url", url.into())]),
                        CheckStatus::Ok,
                        t("admin-onprem-doc-connected"),
                        None,
                    );
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
                t("admin-onprem-doc-bind"),
                CheckStatus::Ok,
                tr(
                    "admin-onprem-doc-bound",
                    &[("dn", self.settings.bind_dn.as_str().into())],
                ),
                None,
            ),
            Ok(r) => {
                report.push(
                    t("admin-onprem-doc-bind"),
                    CheckStatus::Failed,
                    result_words(&r),
                    Some(
                        t(if r.rc == 8 || r.rc == 13 {
                            "admin-onprem-doc-bind-encrypt-fix"
                        } else {
                            "admin-onprem-doc-bind-fix"
                        })
                        .as_str(),
                    ),
                );
                return report;
            }
            Err(e) => {
                report.push(
                    t("admin-onprem-doc-bind"),
                    CheckStatus::Failed,
                    e,
                    Some(t("admin-onprem-doc-bind-connection-fix").as_str()),
                );
                return report;
            }
        }
        let dse = match root_dse(&mut ldap, self.op_timeout()).await {
            Ok(d) => d,
            Err(e) => {
                report.push(
                    t("admin-onprem-doc-root-dse"),
                    CheckStatus::Failed,
                    e,
                    Some(t("admin-onprem-doc-root-dse-fix").as_str()),
                );
                return report;
            }
        };
        let detected = flavour_of(&dse);
        let flavour = self.flavour().await.unwrap_or(detected);
        report.flavour = Some(flavour);
        report.push(
            t("admin-onprem-doc-type"),
            if flavour == detected {
                CheckStatus::Ok
            } else {
                CheckStatus::Warning
            },
            tr(
                "admin-onprem-doc-type-detected",
                &[
                    ("flavour", flavour.label().into()),
                    ("detected", detected.label().into()),
                ],
            ),
            (flavour != detected)
                .then(|| t("admin-onprem-doc-type-fix"))
                .as_deref(),
        );
        let has = |attr: &str, v: &str| {
            dse.get(attr)
                .is_some_and(|vs| vs.iter().any(|x| x.eq_ignore_ascii_case(v)))
        };
        if flavour == Flavour::ActiveDirectory {
            // LDAP_CAP_ACTIVE_DIRECTORY_PARTIAL_SECRETS_OID: a read-only domain controller.
            if has("supportedcapabilities", "1.2.840.113556.1.4.1920") {
                report.push(
                    t("admin-onprem-doc-writable"),
                    CheckStatus::Failed,
                    t("admin-onprem-doc-rodc"),
                    Some(t("admin-onprem-doc-rodc-fix").as_str()),
                );
            } else {
                report.push(
                    t("admin-onprem-doc-writable"),
                    CheckStatus::Ok,
                    t("admin-onprem-doc-writable-ok"),
                    None,
                );
            }
        } else {
            let ppolicy = has("supportedcontrol", crate::errors::PPOLICY_OID);
            report.push(
                t("admin-onprem-doc-ppolicy"),
                if ppolicy {
                    CheckStatus::Ok
                } else {
                    CheckStatus::Warning
                },
                t(if ppolicy {
                    "admin-onprem-doc-ppolicy-present"
                } else {
                    "admin-onprem-doc-ppolicy-missing"
                }),
                (!ppolicy)
                    .then(|| t("admin-onprem-doc-ppolicy-fix"))
                    .as_deref(),
            );
        }
        self.check_bases(&mut ldap, flavour, &mut report).await;
        self.check_lockout(&mut ldap, flavour, &dse, &mut report)
            .await;
        self.check_expiry(&mut ldap, flavour, &dse, &mut report)
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
        let name = t("admin-onprem-doc-lockout");
        match (found, threshold) {
            (Err(e), _) => report.push(
                name,
                CheckStatus::Warning,
                tr(
                    "admin-onprem-doc-lockout-unreadable",
                    &[("error", e.into())],
                ),
                Some(t("admin-onprem-doc-lockout-unreadable-fix").as_str()),
            ),
            (Ok(()), None | Some(0)) => report.push(
                name,
                CheckStatus::Info,
                t("admin-onprem-doc-lockout-none"),
                None,
            ),
            (Ok(()), Some(theirs)) if ours < theirs => report.push(
                name,
                CheckStatus::Ok,
                tr(
                    "admin-onprem-doc-lockout-ok",
                    &[
                        ("ours", FluentValue::from(ours)),
                        ("theirs", FluentValue::from(theirs)),
                    ],
                ),
                None,
            ),
            (Ok(()), Some(theirs)) => report.push(
                name,
                CheckStatus::Failed,
                tr(
                    "admin-onprem-doc-lockout-failed",
                    &[
                        ("ours", FluentValue::from(ours)),
                        ("theirs", FluentValue::from(theirs)),
                    ],
                ),
                Some(t("admin-onprem-doc-lockout-fix").as_str()),
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
                tr("admin-onprem-doc-certificate", &[("url", url.into())]),
                CheckStatus::Warning,
                t("admin-onprem-doc-certificate-unreadable"),
                None,
            );
            return;
        };
        let not_after = cert.validity().not_after.timestamp();
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let days = (not_after - now) / 86_400;
        let subject = cert.subject().to_string();
        let (status, fix) = if days < 0 {
            (
                CheckStatus::Failed,
                Some(t("admin-onprem-doc-certificate-expired-fix")),
            )
        } else if days < CERT_WARN_DAYS {
            (
                CheckStatus::Warning,
                Some(t("admin-onprem-doc-certificate-expiring-fix")),
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
            tr("admin-onprem-doc-certificate", &[("url", url.into())]),
            status,
            tr(
                "admin-onprem-doc-certificate-valid",
                &[
                    ("subject", subject.into()),
                    ("until", until.into()),
                    ("days", FluentValue::from(days)),
                ],
            ),
            fix.as_deref(),
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
        for (read_key, match_key, base, filter) in [
            (
                "admin-onprem-doc-read-accounts",
                "admin-onprem-doc-match-accounts",
                user_base.clone(),
                user_filter.clone(),
            ),
            (
                "admin-onprem-doc-read-groups",
                "admin-onprem-doc-match-groups",
                group_base,
                group_filter,
            ),
        ] {
            let mut n = 0usize;
            let r = self
                .search_paged(ldap, &base, &filter, vec!["1.1".to_owned()], |_| n += 1)
                .await;
            let name = tr(read_key, &[("base", base.as_str().into())]);
            match r {
                Ok(()) => report.push(
                    name,
                    if n == 0 {
                        CheckStatus::Warning
                    } else {
                        CheckStatus::Ok
                    },
                    tr(
                        match_key,
                        &[
                            ("n", FluentValue::from(n)),
                            ("filter", filter.as_str().into()),
                        ],
                    ),
                    (n == 0)
                        .then(|| t("admin-onprem-doc-read-empty-fix"))
                        .as_deref(),
                ),
                Err(e) => report.push(
                    name,
                    CheckStatus::Failed,
                    e.clone(),
                    Some(
                        t(if e.contains("sizeLimitExceeded") {
                            "admin-onprem-doc-read-limit-fix"
                        } else {
                            "admin-onprem-doc-read-fix"
                        })
                        .as_str(),
                    ),
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
                    t("admin-onprem-doc-protected"),
                    CheckStatus::Info,
                    tr(
                        "admin-onprem-doc-protected-detail",
                        &[("n", FluentValue::from(n))],
                    ),
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
                    tr("admin-onprem-doc-test-account", &[("name", name.into())]),
                    CheckStatus::Failed,
                    tr(
                        "admin-onprem-doc-test-match",
                        &[("n", FluentValue::from(entries.len()))],
                    ),
                    Some(t("admin-onprem-doc-test-match-fix").as_str()),
                );
                return;
            }
            Err(e) => {
                report.push(
                    tr("admin-onprem-doc-test-account", &[("name", name.into())]),
                    CheckStatus::Failed,
                    e,
                    None,
                );
                return;
            }
        };
        if flavour != Flavour::ActiveDirectory {
            report.push(
                tr("admin-onprem-doc-rights", &[("name", name.into())]),
                CheckStatus::Info,
                tr(
                    "admin-onprem-doc-rights-openldap",
                    &[("dn", entry.dn.as_str().into())],
                ),
                None,
            );
            return;
        }
        if entry.first("adminCount") == "1" {
            report.push(
                tr("admin-onprem-doc-test-account", &[("name", name.into())]),
                CheckStatus::Warning,
                t("admin-onprem-doc-test-protected"),
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
                tr(
                    "admin-onprem-doc-write",
                    &[("attr", attr.into()), ("name", name.into())],
                ),
                if ok {
                    CheckStatus::Ok
                } else {
                    CheckStatus::Failed
                },
                if ok {
                    t("admin-onprem-doc-write-allowed")
                } else {
                    tr(
                        "admin-onprem-doc-write-denied",
                        &[("attr", attr.into()), ("dn", entry.dn.as_str().into())],
                    )
                },
                (!ok).then(|| t("admin-onprem-doc-write-fix")).as_deref(),
            );
        }
        // The Reset Password control access right has no effective-rights attribute to
        // read; a reset without it is refused with "insufficient rights" and audited.
        report.push(
            tr("admin-onprem-doc-reset-right", &[("name", name.into())]),
            CheckStatus::Info,
            t("admin-onprem-doc-reset-right-detail"),
            None,
        );
    }
}
