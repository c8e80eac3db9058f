//! Reading the directory: paged searches (RFC 2696) for a sync's [`Snapshot`], and one
//! entry by DN before a write.

use std::collections::HashMap;

use latchkey_core::directory::ExternalAccount;
use latchkey_core::dirsync::{RemoteGroup, RemoteUser, Snapshot};
use ldap3::adapters::PagedResults;
use ldap3::{Ldap, Scope, SearchEntry, ldap_escape};

use crate::conn::describe;
use crate::{Attrs, Directory, Flavour};

/// One entry's attributes, names in lower case, binary values kept apart.
pub(crate) struct Entry {
    pub dn: String,
    attrs: HashMap<String, Vec<String>>,
    bin: HashMap<String, Vec<Vec<u8>>>,
}

impl Entry {
    pub(crate) fn from(e: SearchEntry) -> Self {
        Self {
            dn: e.dn,
            attrs: e
                .attrs
                .into_iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v))
                .collect(),
            bin: e
                .bin_attrs
                .into_iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v))
                .collect(),
        }
    }

    /// The first value of `attr`, or "".
    pub(crate) fn first(&self, attr: &str) -> String {
        if attr.is_empty() {
            return String::new();
        }
        self.attrs
            .get(&attr.to_ascii_lowercase())
            .and_then(|v| v.first())
            .cloned()
            .unwrap_or_default()
    }

    /// Every value of `attr`.
    pub(crate) fn all(&self, attr: &str) -> Vec<String> {
        self.attrs
            .get(&attr.to_ascii_lowercase())
            .cloned()
            .unwrap_or_default()
    }

    /// A ranged attribute (`member;range=0-1499`, RFC-less AD range retrieval): its
    /// values and where the next range starts (`None` after the last, `…-*`).
    pub(crate) fn ranged(&self, attr: &str) -> Option<(Vec<String>, Option<usize>)> {
        let prefix = format!("{};range=", attr.to_ascii_lowercase());
        let (key, values) = self.attrs.iter().find(|(k, _)| k.starts_with(&prefix))?;
        let range = &key[prefix.len()..];
        let next = match range.split_once('-') {
            Some((_, "*")) => None,
            Some((_, hi)) => hi.parse::<usize>().ok().map(|h| h + 1),
            None => None,
        };
        Some((values.clone(), next))
    }

    /// Every value of `attr` as raw bytes (binary or text).
    pub(crate) fn all_bytes(&self, attr: &str) -> Vec<Vec<u8>> {
        let key = attr.to_ascii_lowercase();
        let mut out = self.bin.get(&key).cloned().unwrap_or_default();
        if let Some(text) = self.attrs.get(&key) {
            out.extend(text.iter().map(|s| s.as_bytes().to_vec()));
        }
        out
    }

    /// The raw bytes of the first value of `attr` (binary or text).
    fn bytes(&self, attr: &str) -> Option<Vec<u8>> {
        let key = attr.to_ascii_lowercase();
        self.bin
            .get(&key)
            .and_then(|v| v.first().cloned())
            .or_else(|| {
                self.attrs
                    .get(&key)
                    .and_then(|v| v.first())
                    .map(|s| s.as_bytes().to_vec())
            })
    }

    /// The immutable id: AD's `objectGUID` as a UUID (its first three fields are
    /// little-endian, MS-DTYP §2.3.4), `entryUUID` as given, else the DN.
    pub(crate) fn id(&self, attrs: &Attrs) -> String {
        if attrs.id == "objectGUID"
            && let Some(b) = self.bytes("objectGUID")
            && let Ok(arr) = <[u8; 16]>::try_from(b.as_slice())
        {
            return uuid::Uuid::from_bytes_le(arr).to_string();
        }
        let v = self.first(attrs.id);
        if v.is_empty() {
            self.dn.to_lowercase()
        } else {
            v.to_lowercase()
        }
    }

    pub(crate) fn external(&self, attrs: &Attrs) -> ExternalAccount {
        ExternalAccount {
            directory: attrs.directory.clone(),
            id: self.id(attrs),
            dn: self.dn.clone(),
            password_expires_at: None,
        }
    }
}

impl Directory {
    /// Runs a paged subtree search and hands each entry to `each`.
    pub(crate) async fn search_paged(
        &self,
        ldap: &mut Ldap,
        base: &str,
        filter: &str,
        attrs: Vec<String>,
        mut each: impl FnMut(Entry),
    ) -> Result<(), String> {
        let timeout = self.op_timeout();
        let mut stream = tokio::time::timeout(
            timeout,
            ldap.streaming_search_with(PagedResults::new(500), base, Scope::Subtree, filter, attrs),
        )
        .await
        .map_err(|_| "the directory didn't answer a search in time".to_owned())?
        .map_err(|e| describe(&e))?;
        loop {
            let next = tokio::time::timeout(timeout, stream.next())
                .await
                .map_err(|_| "the directory didn't answer a search in time".to_owned())?
                .map_err(|e| describe(&e))?;
            match next {
                Some(re) if re.is_ref() || re.is_intermediate() => {}
                Some(re) => each(Entry::from(SearchEntry::construct(re))),
                None => break,
            }
        }
        let done = stream.finish().await;
        done.success().map_err(|e| describe(&e))?;
        Ok(())
    }

    /// The values of a ranged attribute of `dn` from `start` to the end, range after range.
    pub(crate) async fn range_values(
        &self,
        ldap: &mut Ldap,
        dn: &str,
        attr: &str,
        mut start: usize,
    ) -> Result<Vec<String>, String> {
        let mut out = Vec::new();
        // Bounded: a server that never ends its ranges is stopped.
        for _ in 0..100_000 {
            let wanted = format!("{attr};range={start}-*");
            let entry = self
                .read_entry(ldap, dn, &[wanted.as_str()])
                .await
                .map_err(|e| describe(&e))?
                .ok_or_else(|| format!("{dn} disappeared while its members were read"))?;
            match entry.ranged(attr) {
                Some((values, next)) => {
                    out.extend(values);
                    match next {
                        Some(n) if n > start => start = n,
                        _ => return Ok(out),
                    }
                }
                None => return Ok(out),
            }
        }
        Err(format!(
            "{dn}: the directory's ranges of {attr} never ended"
        ))
    }

    /// Reads a group's `member` values range by range, `step` at a time (what AD does
    /// by itself for groups over 1,500 members). For tests of range retrieval.
    #[doc(hidden)]
    pub async fn members_in_ranges(&self, dn: &str, step: usize) -> Result<Vec<String>, String> {
        let mut ldap = self.service().await?;
        let first = format!("member;range=0-{}", step.max(1) - 1);
        let entry = self
            .read_entry(&mut ldap, dn, &[first.as_str()])
            .await
            .map_err(|e| describe(&e))?
            .ok_or_else(|| format!("{dn} not found"))?;
        let (mut values, next) = entry.ranged("member").unwrap_or_default();
        if let Some(start) = next {
            values.extend(self.range_values(&mut ldap, dn, "member", start).await?);
        }
        Ok(values)
    }

    /// Reads one entry by DN (base scope) with `attrs`; `None` when it doesn't exist.
    pub(crate) async fn read_entry(
        &self,
        ldap: &mut Ldap,
        dn: &str,
        attrs: &[&str],
    ) -> Result<Option<Entry>, ldap3::LdapError> {
        let r = ldap
            .with_timeout(self.op_timeout())
            .search(dn, Scope::Base, "(objectClass=*)", attrs.to_vec())
            .await?;
        if r.1.rc == 32 {
            return Ok(None);
        }
        let (entries, _) = r.success()?;
        Ok(entries
            .into_iter()
            .next()
            .map(|e| Entry::from(SearchEntry::construct(e))))
    }

    /// Reads what a sync needs: with `cursor` (from the last sync, read from the server
    /// `source` names) the entries changed since, else all of them; and the ids of every
    /// entry in scope, to follow deletions. An AD cursor is a domain controller's own
    /// update sequence number: when another DC answers now (failover), everything is read
    /// again. `progress` is told how many entries were read so far.
    ///
    /// # Errors
    ///
    /// The connection's or a search's failure, in words.
    pub async fn snapshot(
        &self,
        cursor: Option<&str>,
        source: Option<&str>,
        progress: &(dyn Fn(usize) + Send + Sync),
    ) -> Result<Snapshot, String> {
        let r = self.snapshot_once(cursor, source, progress).await;
        if r.is_err() {
            self.drop_service().await;
        }
        r
    }

    async fn snapshot_once(
        &self,
        cursor: Option<&str>,
        source: Option<&str>,
        progress: &(dyn Fn(usize) + Send + Sync),
    ) -> Result<Snapshot, String> {
        let flavour = self.flavour().await?;
        let attrs = self.attrs().await?;
        let mut ldap = self.service().await?;
        let dse = crate::conn::root_dse(&mut ldap, self.op_timeout()).await?;
        // Password policies, for each account's expiry. Their fingerprint goes with the
        // cursor's server: a policy change reaches no account entry, so when it changed
        // the cursor no longer holds and every account is read again.
        let expiry = self.expiry_policy(&mut ldap, flavour, &dse).await?;
        let fingerprint = expiry.fingerprint();
        // AD: everything committed up to now is read by this sync; the next starts after,
        // on the same domain controller (dsServiceName names it).
        let (usn_cursor, mut server) = if flavour == Flavour::ActiveDirectory {
            let usn = dse
                .get("highestcommittedusn")
                .and_then(|v| v.first())
                .and_then(|v| v.parse::<u64>().ok())
                .map(|n| (n + 1).to_string());
            let server = dse
                .get("dsservicename")
                .and_then(|v| v.first())
                .cloned()
                .unwrap_or_default();
            (usn, server)
        } else {
            (None, String::new())
        };
        if !fingerprint.is_empty() {
            server = format!("{server}#{fingerprint}");
        }
        let cursor = cursor.filter(|_| source.unwrap_or_default() == server);
        let user_filter = self.user_filter().await?;
        let group_filter = self.group_filter().await?;
        let since = |f: &str| match cursor {
            Some(c) if !c.is_empty() => format!("(&{f}({}>={}))", attrs.change, ldap_escape(c)),
            _ => f.to_owned(),
        };
        let full = cursor.is_none_or(str::is_empty);
        let mut snap = Snapshot::default();
        let mut latest = String::new();
        let seen = std::sync::atomic::AtomicUsize::new(0);
        let mut note = |e: &Entry| {
            let c = e.first(attrs.change);
            if c > latest {
                latest = c;
            }
            let n = seen.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if n.is_multiple_of(500) {
                progress(n);
            }
        };
        let expiry_attrs = crate::expiry::ExpiryPolicy::user_attrs(flavour);
        let user_attrs: Vec<String> = [
            attrs.id,
            attrs.change,
            "userAccountControl",
            "pwdAccountLockedTime",
            &attrs.username,
            &attrs.first_name,
            &attrs.last_name,
            &attrs.display_name,
            "cn",
            &attrs.email,
            &attrs.alternate_email,
            &attrs.mobile_phone,
            &attrs.office_phone,
            attrs.manager,
        ]
        .into_iter()
        .chain(expiry_attrs.iter().copied())
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect();
        let base = self.settings.user_base.trim().to_owned();
        self.search_paged(&mut ldap, &base, &since(&user_filter), user_attrs, |e| {
            note(&e);
            let display = match e.first(&attrs.display_name) {
                d if d.is_empty() => e.first("cn"),
                d => d,
            };
            let enabled = match flavour {
                Flavour::ActiveDirectory => e
                    .first("userAccountControl")
                    .parse::<u32>()
                    .map(|uac| uac & 2 == 0)
                    .unwrap_or(true),
                _ => e.first("pwdAccountLockedTime") != "000001010000Z",
            };
            if full {
                snap.user_ids.insert(e.id(&attrs));
            }
            let mut external = e.external(&attrs);
            external.password_expires_at = expiry.of(&e);
            snap.users.push(RemoteUser {
                external,
                username: e.first(&attrs.username),
                first_name: e.first(&attrs.first_name),
                last_name: e.first(&attrs.last_name),
                display_name: display,
                email: e.first(&attrs.email),
                alternate_email: e.first(&attrs.alternate_email),
                mobile_phone: e.first(&attrs.mobile_phone),
                office_phone: e.first(&attrs.office_phone),
                enabled,
                // One manager or none: with several (a multi-valued attribute, in no
                // defined order) nobody is picked.
                manager: match e.all(attrs.manager).as_slice() {
                    [one] => one.clone(),
                    _ => String::new(),
                },
            });
        })
        .await?;
        let group_base = self.group_base().to_owned();
        let group_attrs: Vec<String> = [
            attrs.id,
            attrs.change,
            "cn",
            "description",
            "member",
            "uniqueMember",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect();
        let mut ranged: Vec<(usize, String, usize)> = Vec::new();
        self.search_paged(
            &mut ldap,
            &group_base,
            &since(&group_filter),
            group_attrs,
            |e| {
                note(&e);
                if full {
                    snap.group_ids.insert(e.id(&attrs));
                }
                let mut members = e.all("member");
                members.extend(e.all("uniqueMember"));
                // AD hands out a large group's members in ranges (MaxValRange, 1,500):
                // the rest is read after this search.
                if let Some((values, next)) = e.ranged("member") {
                    members.extend(values);
                    if let Some(start) = next {
                        ranged.push((snap.groups.len(), e.dn.clone(), start));
                    }
                }
                snap.groups.push(RemoteGroup {
                    external: e.external(&attrs),
                    name: e.first("cn"),
                    description: e.first("description"),
                    members,
                });
            },
        )
        .await?;
        for (at, dn, start) in ranged {
            let rest = self.range_values(&mut ldap, &dn, "member", start).await?;
            snap.groups[at].members.extend(rest);
        }
        if !full {
            // Deletions: the ids of everything still in scope.
            let ids = vec![attrs.id.to_owned(), attrs.change.to_owned()];
            self.search_paged(&mut ldap, &base, &user_filter, ids.clone(), |e| {
                note(&e);
                snap.user_ids.insert(e.id(&attrs));
            })
            .await?;
            self.search_paged(&mut ldap, &group_base, &group_filter, ids, |e| {
                note(&e);
                snap.group_ids.insert(e.id(&attrs));
            })
            .await?;
        }
        progress(seen.load(std::sync::atomic::Ordering::Relaxed));
        snap.source = server;
        snap.full = full;
        snap.cursor = match usn_cursor {
            Some(c) => Some(c),
            // A timestamp: the latest seen, less five minutes for changes made while the
            // searches ran (seeing an entry twice changes nothing).
            None if !latest.is_empty() => Some(earlier(&latest, 300)),
            None => cursor.map(str::to_owned),
        };
        Ok(snap)
    }
}

/// `stamp` (generalized time, `20261130091500Z`) less `seconds`, in the same form; the
/// stamp itself when it can't be read.
fn earlier(stamp: &str, seconds: i64) -> String {
    use time::macros::format_description;
    let fmt = format_description!("[year][month][day][hour][minute][second]");
    let digits: String = stamp.chars().take(14).collect();
    match time::PrimitiveDateTime::parse(&digits, fmt) {
        Ok(t) => {
            let t = t - time::Duration::seconds(seconds);
            t.format(fmt)
                .map(|s| format!("{s}Z"))
                .unwrap_or_else(|_| stamp.to_owned())
        }
        Err(_) => stamp.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn timestamps_step_back() {
        assert_eq!(super::earlier("20261130091500Z", 300), "20261130091000Z");
        assert_eq!(super::earlier("20260101000100Z", 300), "20251231235600Z");
        assert_eq!(super::earlier("garbage", 300), "garbage");
    }
}
