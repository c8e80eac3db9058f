//! Password expiry as the directory sees it, read with each synced account
//! ([`latchkey_core::directory::ExternalAccount::password_expires_at`]).
//!
//! * Active Directory: the constructed `msDS-UserPasswordExpiryTimeComputed` (MS-ADTS
//!   3.1.1.4.4; it already applies `userAccountControl`, the domain's `maxPwdAge` and the
//!   account's fine-grained policy), and when the server doesn't compute it, `pwdLastSet`
//!   plus the fine-grained policy's `msDS-MaximumPasswordAge` (when the service account
//!   may read it) or the domain's `maxPwdAge`, following the same rules.
//! * OpenLDAP ppolicy: `pwdChangedTime` plus `pwdMaxAge` of the entry's
//!   `pwdPolicySubentry`, else of the overlay's default policy (`olcPPolicyDefault`, read
//!   from `cn=config` when the service account may, else the directory's only `pwdPolicy`
//!   entry). No `pwdChangedTime` means the password never expires (as ppolicy itself
//!   decides).
//!
//! A policy change reaches no account entry, so a delta sync would not see it: the
//! policies' fingerprint ([`ExpiryPolicy::fingerprint`]) goes with the sync cursor, and a
//! changed one makes the next sync read every account. What the service account can't
//! read (AD fine-grained policies, normally) is followed by the daily full sync.

use std::collections::HashMap;

use ldap3::{Ldap, Scope, SearchEntry};

use latchkey_i18n::{FluentValue, t, tr};

use crate::conn::describe;
use crate::doctor::DoctorReport;
use crate::read::Entry;
use crate::{CheckStatus, Directory, Flavour};

/// Seconds between 1601-01-01 (FILETIME's epoch) and 1970-01-01.
const FILETIME_EPOCH_OFFSET: i64 = 11_644_473_600;
/// FILETIME ticks (100 ns) per second.
const TICKS: i64 = 10_000_000;
/// `userAccountControl` bits for which a password never expires (MS-ADTS 3.1.1.4.4):
/// SMARTCARD_REQUIRED, DONT_EXPIRE_PASSWD, and the trust accounts.
const UAC_NEVER_EXPIRES: u32 = 0x0004_0000 | 0x0001_0000 | 0x1000 | 0x2000 | 0x0800;

/// A FILETIME (100 ns ticks since 1601-01-01 UTC) as Unix seconds.
pub(crate) fn filetime_to_unix(ft: i64) -> i64 {
    ft.div_euclid(TICKS) - FILETIME_EPOCH_OFFSET
}

/// An AD maximum password age (`maxPwdAge`, `msDS-MaximumPasswordAge`: a negative
/// interval in 100 ns ticks) in seconds; `None` when passwords never expire (0, or the
/// smallest value, 0x8000000000000000).
pub(crate) fn ad_max_age(interval: i64) -> Option<i64> {
    if interval == 0 || interval == i64::MIN {
        return None;
    }
    Some((interval.unsigned_abs() / TICKS as u64) as i64).filter(|s| *s > 0)
}

/// An LDAP GeneralizedTime (RFC 4517 §3.3.13: `YYYYMMDDHH[MM[SS]][.fraction](Z|±HH[MM])`)
/// as Unix seconds (the fraction dropped).
pub(crate) fn generalized_time(text: &str) -> Option<i64> {
    let t = text.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !matches!(digits, 10 | 12 | 14) {
        return None;
    }
    let num = |a: usize, b: usize| t.get(a..b)?.parse::<i64>().ok();
    let (year, month, day, hour) = (num(0, 4)?, num(4, 6)?, num(6, 8)?, num(8, 10)?);
    let minute = if digits >= 12 { num(10, 12)? } else { 0 };
    let second = if digits >= 14 { num(12, 14)? } else { 0 };
    let mut rest = &t[digits..];
    if let Some(r) = rest.strip_prefix(['.', ',']) {
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        rest = &r[n..];
    }
    let offset = match rest {
        "Z" => 0,
        _ => {
            let sign = match rest.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let o = &rest[1..];
            if !(o.len() == 2 || o.len() == 4) || !o.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let h: i64 = o[..2].parse().ok()?;
            let m: i64 = if o.len() == 4 {
                o[2..].parse().ok()?
            } else {
                0
            };
            sign * (h * 3600 + m * 60)
        }
    };
    let month = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
    let date =
        time::Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?)
            .ok()?;
    let at = date
        .with_hms(
            u8::try_from(hour).ok()?,
            u8::try_from(minute).ok()?,
            u8::try_from(second.min(59)).ok()?,
        )
        .ok()?
        .assume_utc()
        .unix_timestamp();
    Some(at - offset)
}

/// AD's expiry of one account: from `msDS-UserPasswordExpiryTimeComputed` when the
/// server gives it (0x7FFFFFFFFFFFFFFF: never; 0: must change now), else the same rules
/// on `userAccountControl`, `pwdLastSet` and the effective maximum age (seconds, `None`
/// for none). `Some(0)` means the password must be changed now.
pub(crate) fn ad_expiry(
    computed: Option<i64>,
    uac: Option<u32>,
    pwd_last_set: Option<i64>,
    max_age: Option<i64>,
) -> Option<i64> {
    if let Some(c) = computed {
        return match c {
            i64::MAX => None,
            c if c <= 0 => Some(0),
            c => Some(filetime_to_unix(c).max(0)),
        };
    }
    if uac.is_some_and(|u| u & UAC_NEVER_EXPIRES != 0) {
        return None;
    }
    match pwd_last_set {
        None => None,
        Some(p) if p <= 0 => Some(0),
        Some(p) => max_age.map(|age| filetime_to_unix(p).max(0) + age),
    }
}

/// ppolicy's expiry of one account: `pwdChangedTime` plus `pwdMaxAge` (seconds; 0 or
/// absent: never). No `pwdChangedTime`: never (ppolicy itself doesn't expire it).
pub(crate) fn ppolicy_expiry(changed: Option<i64>, max_age: Option<i64>) -> Option<i64> {
    let age = max_age.filter(|a| *a > 0)?;
    Some(changed? + age)
}

fn int(text: &str) -> Option<i64> {
    text.trim().parse::<i64>().ok()
}

/// FNV-1a, 64 bits: a stable fingerprint (unlike `std`'s hasher, the same across
/// builds, so a stored cursor stays valid after an upgrade).
fn fnv(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// What a sync needs to work out each account's expiry, read once per sync.
#[derive(Debug, Default)]
pub(crate) struct ExpiryPolicy {
    flavour: Option<Flavour>,
    /// AD: the domain's maximum age in seconds (`None`: never expires).
    domain_max_age: Option<i64>,
    /// AD fine-grained policies (when readable) and ppolicy policies: lower-case DN →
    /// maximum age in seconds (`None`: never).
    policies: HashMap<String, Option<i64>>,
    /// ppolicy: the default policy's lower-case DN.
    default_policy: Option<String>,
    /// Whether the ppolicy overlay answers (its control is advertised).
    ppolicy: bool,
}

impl ExpiryPolicy {
    /// The account attributes to request for expiry (operational and constructed ones
    /// are only returned when named).
    pub(crate) fn user_attrs(flavour: Flavour) -> &'static [&'static str] {
        match flavour {
            Flavour::ActiveDirectory => &[
                "pwdLastSet",
                "msDS-UserPasswordExpiryTimeComputed",
                "msDS-ResultantPSO",
            ],
            _ => &["pwdChangedTime", "pwdPolicySubentry"],
        }
    }

    /// The expiry of `e` (Unix seconds), `None` for never or unknown.
    pub(crate) fn of(&self, e: &Entry) -> Option<i64> {
        match self.flavour? {
            Flavour::ActiveDirectory => {
                let pso = e.first("msDS-ResultantPSO").to_lowercase();
                let max_age = match self.policies.get(&pso) {
                    Some(age) if !pso.is_empty() => *age,
                    _ => self.domain_max_age,
                };
                ad_expiry(
                    int(&e.first("msDS-UserPasswordExpiryTimeComputed")),
                    e.first("userAccountControl").trim().parse::<u32>().ok(),
                    int(&e.first("pwdLastSet")),
                    max_age,
                )
            }
            _ => {
                if !self.ppolicy {
                    return None;
                }
                let own = e.first("pwdPolicySubentry").to_lowercase();
                let policy = if own.is_empty() {
                    self.default_policy.as_deref()?
                } else {
                    own.as_str()
                };
                ppolicy_expiry(
                    generalized_time(&e.first("pwdChangedTime")),
                    self.policies.get(policy).copied().flatten(),
                )
            }
        }
    }

    /// A short fingerprint of the policies read, to go with the sync cursor: when it
    /// changes, the next sync reads every account again. Empty when nothing was read.
    pub(crate) fn fingerprint(&self) -> String {
        let mut parts: Vec<String> = self
            .policies
            .iter()
            .map(|(dn, age)| format!("{dn}={age:?}"))
            .collect();
        parts.sort();
        if let Some(d) = &self.domain_max_age {
            parts.push(format!("domain={d}"));
        }
        if let Some(d) = &self.default_policy {
            parts.push(format!("default={d}"));
        }
        if parts.is_empty() {
            return String::new();
        }
        fnv(&parts.join("\u{1f}"))
    }

    /// The doctor's words on what can be read: status, detail, fix.
    fn check(&self) -> (CheckStatus, String, Option<String>) {
        match self.flavour {
            Some(Flavour::ActiveDirectory) => (CheckStatus::Ok, t("expiry-directory-doc-ad"), None),
            _ if !self.ppolicy => (CheckStatus::Info, t("expiry-directory-doc-none"), None),
            _ => match &self.default_policy {
                Some(policy) => (
                    CheckStatus::Ok,
                    tr(
                        "expiry-directory-doc-ppolicy",
                        &[("policy", FluentValue::from(policy.clone()))],
                    ),
                    None,
                ),
                None => (
                    CheckStatus::Warning,
                    t("expiry-directory-doc-no-default"),
                    Some(t("expiry-directory-doc-no-default-fix")),
                ),
            },
        }
    }
}

/// Entries of a subtree search, or none when the base doesn't exist or may not be read
/// (no such object, insufficient access): what the service account may not see is
/// simply not used.
async fn search_quietly(
    d: &Directory,
    ldap: &mut Ldap,
    base: &str,
    filter: &str,
    attrs: Vec<&str>,
) -> Result<Vec<Entry>, String> {
    let r = ldap
        .with_timeout(d.op_timeout())
        .search(base, Scope::Subtree, filter, attrs)
        .await
        .map_err(|e| describe(&e))?;
    if matches!(r.1.rc, 32 | 50 | 53) {
        return Ok(Vec::new());
    }
    // A size limit still hands back what was found.
    if r.1.rc != 0 && r.1.rc != 4 {
        return Ok(Vec::new());
    }
    Ok(r.0
        .into_iter()
        .map(|e| Entry::from(SearchEntry::construct(e)))
        .collect())
}

impl Directory {
    /// The doctor's check: whether each account's password expiry can be read.
    pub(crate) async fn check_expiry(
        &self,
        ldap: &mut Ldap,
        flavour: Flavour,
        dse: &HashMap<String, Vec<String>>,
        report: &mut DoctorReport,
    ) {
        let (status, detail, fix) = match self.expiry_policy(ldap, flavour, dse).await {
            Ok(p) => p.check(),
            Err(e) => (
                CheckStatus::Warning,
                tr(
                    "expiry-directory-doc-unreadable",
                    &[("error", FluentValue::from(e))],
                ),
                None,
            ),
        };
        report.push(t("expiry-directory-doc"), status, detail, fix.as_deref());
    }

    /// Reads the password policies a sync needs (see [`ExpiryPolicy`]), given the root
    /// DSE's attributes (lower-case names).
    pub(crate) async fn expiry_policy(
        &self,
        ldap: &mut Ldap,
        flavour: Flavour,
        dse: &HashMap<String, Vec<String>>,
    ) -> Result<ExpiryPolicy, String> {
        let first = |k: &str| {
            dse.get(k)
                .and_then(|v| v.first())
                .cloned()
                .unwrap_or_default()
        };
        let mut p = ExpiryPolicy {
            flavour: Some(flavour),
            ..ExpiryPolicy::default()
        };
        if flavour == Flavour::ActiveDirectory {
            let domain = first("defaultnamingcontext");
            if !domain.is_empty()
                && let Some(e) = self
                    .read_entry(ldap, &domain, &["maxPwdAge"])
                    .await
                    .map_err(|e| describe(&e))?
            {
                p.domain_max_age = int(&e.first("maxPwdAge")).and_then(ad_max_age);
            }
            // Fine-grained policies, when the service account may read them (by default
            // only administrators may): for servers that don't compute the expiry.
            if !domain.is_empty() {
                let container = format!("CN=Password Settings Container,CN=System,{domain}");
                for e in search_quietly(
                    self,
                    ldap,
                    &container,
                    "(objectClass=msDS-PasswordSettings)",
                    vec!["msDS-MaximumPasswordAge"],
                )
                .await?
                {
                    if let Some(v) = int(&e.first("msDS-MaximumPasswordAge")) {
                        p.policies.insert(e.dn.to_lowercase(), ad_max_age(v));
                    }
                }
            }
            return Ok(p);
        }
        p.ppolicy = dse
            .get("supportedcontrol")
            .is_some_and(|v| v.iter().any(|c| c == crate::errors::PPOLICY_OID));
        if !p.ppolicy {
            return Ok(p);
        }
        // Every policy entry in the naming contexts.
        for base in dse.get("namingcontexts").cloned().unwrap_or_default() {
            for e in search_quietly(
                self,
                ldap,
                &base,
                "(objectClass=pwdPolicy)",
                vec!["pwdMaxAge"],
            )
            .await?
            {
                p.policies
                    .insert(e.dn.to_lowercase(), int(&e.first("pwdMaxAge")));
            }
        }
        // The overlay's default policy, from cn=config when the service account may
        // read it; else the only policy there is.
        let config = first("configcontext");
        if !config.is_empty() {
            let mut defaults: Vec<String> = search_quietly(
                self,
                ldap,
                &config,
                "(olcPPolicyDefault=*)",
                vec!["olcPPolicyDefault"],
            )
            .await?
            .iter()
            .map(|e| e.first("olcPPolicyDefault").to_lowercase())
            .filter(|d| !d.is_empty())
            .collect();
            defaults.sort();
            defaults.dedup();
            if defaults.len() == 1 {
                p.default_policy = defaults.pop();
            }
        }
        if p.default_policy.is_none() && p.policies.len() == 1 {
            p.default_policy = p.policies.keys().next().cloned();
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests;
