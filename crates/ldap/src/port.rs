//! [`DirectoryPort`] for LDAP: password write-back, unlock and pass-through sign-in.
//!
//! Before every write the entry is read again by its DN and must still carry the id
//! Latchkey synced (a DN reused by another object is never written), and a protected
//! account (AD `adminCount=1`) is refused before anything is tried.

use std::collections::HashSet;

use latchkey_core::Secret;
use latchkey_core::directory::User;
use latchkey_core::writeback::{BindOutcome, DirectoryPort, WriteBackError, WriteKind};
use ldap3::controls::RawControl;
use ldap3::exop::PasswordModify;
use ldap3::{Ldap, Mod};

use crate::conn::describe;
use crate::errors::{PPOLICY_OID, ad_data_code, map_result, ppolicy_error};
use crate::read::Entry;
use crate::{Directory, Flavour};

/// LDAP_SERVER_POLICY_HINTS_OID: a password reset by another account keeps AD's
/// history, length and complexity rules (Windows Server 2016+; value: SEQUENCE { 1 }).
const POLICY_HINTS_OID: &str = "1.2.840.113556.1.4.2239";
const POLICY_HINTS_ON: [u8; 5] = [0x30, 0x03, 0x02, 0x01, 0x01];
/// ppolicy's value of `pwdAccountLockedTime` for an account disabled by an administrator.
const DISABLED_FOREVER: &str = "000001010000Z";

/// AD `unicodePwd`: the password in double quotes, UTF-16LE (MS-ADTS 3.1.1.3.1.5.1).
fn unicode_pwd(p: &str) -> Vec<u8> {
    format!("\"{p}\"")
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect()
}

fn set<T: Eq + std::hash::Hash>(v: T) -> HashSet<T> {
    HashSet::from([v])
}

fn unavailable(e: &ldap3::LdapError) -> WriteBackError {
    match e {
        ldap3::LdapError::LdapResult { result } => map_result(result),
        other => WriteBackError::Unavailable(describe(other)),
    }
}

impl Directory {
    /// The account's entry now, with `extra` attributes (read in base scope, so
    /// constructed ones like `tokenGroups` come too): at the stored DN while it still
    /// holds the synced object (one read), else where its immutable id is found now
    /// (renamed or moved since the last sync). `NotFound` when the directory no longer
    /// has it under the user base.
    pub(crate) async fn current_entry(
        &self,
        ldap: &mut Ldap,
        user: &User,
        extra: &[&str],
    ) -> Result<Entry, WriteBackError> {
        let ext = user.external.as_ref().ok_or(WriteBackError::NotFound)?;
        let attrs = self.attrs().await.map_err(WriteBackError::Unavailable)?;
        let wanted: Vec<&str> = std::iter::once(attrs.id)
            .chain(extra.iter().copied())
            .collect();
        if let Some(e) = self
            .holding(ldap, &ext.dn, &wanted, &attrs, &ext.id)
            .await?
        {
            return Ok(e);
        }
        let filter = match attrs.id {
            // objectGUID is binary: each byte escaped (RFC 4515 §3).
            "objectGUID" => {
                let guid = uuid::Uuid::parse_str(&ext.id).map_err(|_| WriteBackError::NotFound)?;
                let bytes: String = guid
                    .to_bytes_le()
                    .iter()
                    .map(|b| format!("\\{b:02x}"))
                    .collect();
                format!("(objectGUID={bytes})")
            }
            other => format!("({other}={})", ldap3::ldap_escape(ext.id.as_str())),
        };
        let mut found = None;
        let base = self.settings.user_base.trim().to_owned();
        self.search_paged(ldap, &base, &filter, vec![attrs.id.to_owned()], |e| {
            if e.id(&attrs) == ext.id {
                found = Some(e.dn);
            }
        })
        .await
        .map_err(WriteBackError::Unavailable)?;
        let dn = found.ok_or(WriteBackError::NotFound)?;
        self.holding(ldap, &dn, &wanted, &attrs, &ext.id)
            .await?
            .ok_or(WriteBackError::NotFound)
    }

    /// The entry at `dn` with `wanted`, if it is the object with immutable id `id`.
    async fn holding(
        &self,
        ldap: &mut Ldap,
        dn: &str,
        wanted: &[&str],
        attrs: &crate::Attrs,
        id: &str,
    ) -> Result<Option<Entry>, WriteBackError> {
        match self.read_entry(ldap, dn, wanted).await {
            Ok(Some(e)) if e.id(attrs) == id => Ok(Some(e)),
            Ok(_) => Ok(None),
            Err(e) => {
                if !matches!(e, ldap3::LdapError::LdapResult { .. }) {
                    self.drop_service().await;
                }
                Err(unavailable(&e))
            }
        }
    }

    /// The service connection and the user's entry, checked: still the same object,
    /// not protected (AD `adminCount=1`, or a privileged group in its `tokenGroups`,
    /// which holds nested memberships before SDProp has run).
    async fn target(&self, user: &User) -> Result<(Ldap, Flavour, Entry), WriteBackError> {
        let flavour = self.flavour().await.map_err(WriteBackError::Unavailable)?;
        let mut ldap = self.service().await.map_err(WriteBackError::Unavailable)?;
        let wanted = [
            "adminCount",
            "tokenGroups",
            "pwdAccountLockedTime",
            "lockoutTime",
            "userAccountControl",
        ];
        let entry = self.current_entry(&mut ldap, user, &wanted).await?;
        if flavour == Flavour::ActiveDirectory {
            let groups = entry.all_bytes("tokenGroups");
            // Every account has at least Domain Users: none means the service account
            // may not read them, and a nested administrator would go unseen.
            if groups.is_empty() {
                return Err(WriteBackError::Protected(
                    "its group memberships (tokenGroups) can't be read, so it can't be told apart from an administrator; add the service account to the Windows Authorization Access Group".into(),
                ));
            }
            if entry.first("adminCount") == "1" {
                return Err(WriteBackError::Protected(
                    "adminCount=1: a member of a privileged group such as Domain Admins".into(),
                ));
            }
            if let Some(group) = groups.iter().find_map(|sid| privileged(sid)) {
                return Err(WriteBackError::Protected(format!("a member of {group}")));
            }
        }
        Ok((ldap, flavour, entry))
    }

    async fn run_modify(
        &self,
        ldap: &mut Ldap,
        dn: &str,
        mods: Vec<Mod<Vec<u8>>>,
        ctrls: Vec<RawControl>,
    ) -> Result<(), WriteBackError> {
        let r = ldap
            .with_controls(ctrls)
            .with_timeout(self.op_timeout())
            .modify(dn, mods)
            .await;
        match r {
            Ok(r) if r.rc == 0 => Ok(()),
            Ok(r) => Err(map_result(&r)),
            Err(e) => {
                self.drop_service().await;
                Err(unavailable(&e))
            }
        }
    }

    fn ppolicy_control() -> RawControl {
        RawControl {
            ctype: PPOLICY_OID.into(),
            crit: false,
            val: None,
        }
    }
}

#[async_trait::async_trait]
impl DirectoryPort for Directory {
    async fn write_password(
        &self,
        user: &User,
        new: &Secret,
        kind: WriteKind<'_>,
    ) -> Result<(), WriteBackError> {
        let (mut ldap, flavour, entry) = self.target(user).await?;
        let dn = entry.dn.clone();
        if flavour == Flavour::ActiveDirectory {
            let mut mods: Vec<Mod<Vec<u8>>> = Vec::new();
            let mut ctrls = Vec::new();
            match kind {
                WriteKind::Reset { must_change } => {
                    mods.push(Mod::Replace(
                        b"unicodePwd".to_vec(),
                        set(unicode_pwd(new.expose())),
                    ));
                    // "Must change at next sign-in" (otherwise AD stamps the change itself).
                    if must_change {
                        mods.push(Mod::Replace(b"pwdLastSet".to_vec(), set(b"0".to_vec())));
                    }
                    let locked = entry.first("lockoutTime");
                    if !locked.is_empty() && locked != "0" {
                        mods.push(Mod::Replace(b"lockoutTime".to_vec(), set(b"0".to_vec())));
                    }
                    ctrls.push(RawControl {
                        ctype: POLICY_HINTS_OID.into(),
                        crit: false,
                        val: Some(POLICY_HINTS_ON.to_vec()),
                    });
                }
                WriteKind::Change { current } => {
                    mods.push(Mod::Delete(
                        b"unicodePwd".to_vec(),
                        set(unicode_pwd(current.expose())),
                    ));
                    mods.push(Mod::Add(
                        b"unicodePwd".to_vec(),
                        set(unicode_pwd(new.expose())),
                    ));
                }
            }
            return self.run_modify(&mut ldap, &dn, mods, ctrls).await;
        }
        // OpenLDAP and others: RFC 3062, with the ppolicy control to learn which rule refused.
        let old = match kind {
            WriteKind::Change { current } => Some(current.expose()),
            WriteKind::Reset { .. } => None,
        };
        let r = ldap
            .with_controls(Self::ppolicy_control())
            .with_timeout(self.op_timeout())
            .extended(PasswordModify {
                user_id: Some(&dn),
                old_pass: old,
                new_pass: Some(new.expose()),
            })
            .await;
        match r {
            Ok(ex) if ex.1.rc == 0 => {}
            Ok(ex) => {
                // A wrong old password: ppolicy or slapd's own "unwilling" / invalid credentials.
                if old.is_some() && ppolicy_error(&ex.1).is_none() && matches!(ex.1.rc, 49 | 53) {
                    return Err(WriteBackError::WrongCurrent);
                }
                return Err(map_result(&ex.1));
            }
            Err(e) => {
                self.drop_service().await;
                return Err(unavailable(&e));
            }
        }
        // The password is in; then the account's flags. A failure here is logged, not
        // returned: the directory already holds the new password, so Latchkey must too.
        if let WriteKind::Reset { must_change } = kind {
            let mut mods: Vec<Mod<Vec<u8>>> = Vec::new();
            if must_change {
                mods.push(Mod::Replace(b"pwdReset".to_vec(), set(b"TRUE".to_vec())));
            }
            let locked = entry.first("pwdAccountLockedTime");
            if !locked.is_empty() && locked != DISABLED_FOREVER {
                mods.push(Mod::Delete(
                    b"pwdAccountLockedTime".to_vec(),
                    HashSet::new(),
                ));
            }
            if !mods.is_empty()
                && let Err(e) = self.run_modify(&mut ldap, &dn, mods, vec![]).await
            {
                tracing::warn!(%dn, error = %e.admin_words(), "password written; setting pwdReset or unlocking failed");
            }
        }
        Ok(())
    }

    async fn unlock(&self, user: &User) -> Result<(), WriteBackError> {
        let (mut ldap, flavour, entry) = self.target(user).await?;
        let dn = entry.dn.clone();
        if flavour == Flavour::ActiveDirectory {
            let locked = entry.first("lockoutTime");
            if locked.is_empty() || locked == "0" {
                return Ok(());
            }
            return self
                .run_modify(
                    &mut ldap,
                    &dn,
                    vec![Mod::Replace(b"lockoutTime".to_vec(), set(b"0".to_vec()))],
                    vec![],
                )
                .await;
        }
        let locked = entry.first("pwdAccountLockedTime");
        if locked.is_empty() || locked == DISABLED_FOREVER {
            return Ok(());
        }
        self.run_modify(
            &mut ldap,
            &dn,
            vec![Mod::Delete(
                b"pwdAccountLockedTime".to_vec(),
                HashSet::new(),
            )],
            vec![],
        )
        .await
    }

    async fn verify_password(
        &self,
        user: &User,
        password: &Secret,
    ) -> Result<BindOutcome, WriteBackError> {
        if password.is_empty() {
            // An empty password is an anonymous bind (RFC 4513 §5.1.2): never sent.
            return Ok(BindOutcome::Invalid);
        }
        let flavour = self.flavour().await.map_err(WriteBackError::Unavailable)?;
        // Waiting for a free slot is bounded too: a flood of binds gets "unavailable",
        // not an ever longer queue.
        let _turn = tokio::time::timeout(self.op_timeout(), self.binds.acquire())
            .await
            .map_err(|_| {
                WriteBackError::Unavailable("too many sign-ins are being checked at once".into())
            })?
            .map_err(|_| WriteBackError::Unavailable("shutting down".into()))?;
        // Bound to the object Latchkey synced (a DN taken over by another entry is
        // never tried); gone from the directory: a wrong password like any other.
        let mut service = self.service().await.map_err(WriteBackError::Unavailable)?;
        let dn = match self.current_entry(&mut service, user, &[]).await {
            Ok(e) => e.dn,
            Err(WriteBackError::NotFound) => return Ok(BindOutcome::Invalid),
            Err(e) => return Err(e),
        };
        let (_, mut ldap) = self.open_any().await.map_err(WriteBackError::Unavailable)?;
        let r = ldap
            .with_controls(Self::ppolicy_control())
            .with_timeout(self.op_timeout())
            .simple_bind(&dn, password.expose())
            .await;
        let _ = ldap.unbind().await;
        let r = r.map_err(|e| WriteBackError::Unavailable(describe(&e)))?;
        Ok(match (r.rc, flavour) {
            (0, _) => match ppolicy_error(&r) {
                Some(2) => BindOutcome::MustChange,
                _ => BindOutcome::Valid,
            },
            (49, Flavour::ActiveDirectory) => match ad_data_code(&r.text).as_deref() {
                Some("775") => BindOutcome::Locked,
                Some("773") | Some("532") => BindOutcome::MustChange,
                Some("533") | Some("701") => BindOutcome::Disabled,
                _ => BindOutcome::Invalid,
            },
            (49, _) => match ppolicy_error(&r) {
                Some(1) => BindOutcome::Locked,
                Some(0) => BindOutcome::MustChange,
                _ => BindOutcome::Invalid,
            },
            (53, _) => BindOutcome::Disabled,
            _ => return Err(WriteBackError::Unavailable(crate::conn::result_words(&r))),
        })
    }
}

/// The privileged group a binary SID (MS-DTYP §2.4.2.2) names, if it is one: the
/// built-in Administrators, Account, Server, Print and Backup Operators, or a domain's
/// Domain Admins, Domain Controllers, Schema Admins, Enterprise Admins or read-only
/// domain controllers (the groups AdminSDHolder protects).
fn privileged(sid: &[u8]) -> Option<&'static str> {
    let count = usize::from(*sid.get(1)?);
    if sid.len() != 8 + 4 * count || sid[2..8] != [0, 0, 0, 0, 0, 5] {
        return None;
    }
    let sub = |i: usize| -> Option<u32> {
        let at = 8 + 4 * i;
        Some(u32::from_le_bytes(sid.get(at..at + 4)?.try_into().ok()?))
    };
    match (count, sub(0)?) {
        (2, 32) => match sub(1)? {
            544 => Some("Administrators"),
            548 => Some("Account Operators"),
            549 => Some("Server Operators"),
            550 => Some("Print Operators"),
            551 => Some("Backup Operators"),
            552 => Some("Replicator"),
            _ => None,
        },
        (5, 21) => match sub(4)? {
            512 => Some("Domain Admins"),
            516 => Some("Domain Controllers"),
            518 => Some("Schema Admins"),
            519 => Some("Enterprise Admins"),
            521 => Some("Read-only Domain Controllers"),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn privileged_sids_are_recognised() {
        // S-1-5-32-544 (Administrators)
        let admins = [1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0, 0x20, 0x02, 0, 0];
        assert_eq!(super::privileged(&admins), Some("Administrators"));
        // S-1-5-21-1-2-3-512 (Domain Admins) and -513 (Domain Users)
        let mut da = vec![
            1, 5, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0,
        ];
        da.extend(512u32.to_le_bytes());
        assert_eq!(super::privileged(&da), Some("Domain Admins"));
        let n = da.len();
        da[n - 4..].copy_from_slice(&513u32.to_le_bytes());
        assert_eq!(super::privileged(&da), None);
        assert_eq!(super::privileged(&[1, 9]), None, "short input is not a SID");
    }

    #[test]
    fn unicode_pwd_is_quoted_utf16le() {
        assert_eq!(
            super::unicode_pwd("aé"),
            vec![0x22, 0, b'a', 0, 0xe9, 0, 0x22, 0]
        );
    }
}
