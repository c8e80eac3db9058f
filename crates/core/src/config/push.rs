//! `[push]`: where Latchkey may send Web Push messages (RFC 8030) for the app
//! notification method. A subscription's endpoint is a URL the browser chose; Latchkey
//! posts to it, so only the push services named here are allowed (a defence against
//! server-side request forgery).

use serde::{Deserialize, Deserializer, Serialize};

use super::ConfigError;

/// `[push]`: the push services subscriptions may point at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PushSettings {
    /// Host names a subscription's endpoint may have: the host itself or any name under
    /// it (`push.apple.com` allows `web.push.apple.com`). In the file a list; in
    /// `LATCHKEY_PUSH__ENDPOINT_HOSTS` the names separated by commas or spaces. The
    /// default names the push services of Chrome and Android (FCM), Firefox, Safari and
    /// Edge.
    #[serde(deserialize_with = "list_or_text")]
    pub endpoint_hosts: Vec<String>,
    /// Allow `http://` endpoints (for tests against a local push service only); `false`
    /// by default: endpoints must be `https://`.
    pub allow_http: bool,
}

impl Default for PushSettings {
    fn default() -> Self {
        Self {
            endpoint_hosts: [
                "fcm.googleapis.com",
                "push.services.mozilla.com",
                "push.apple.com",
                "notify.windows.com",
            ]
            .map(str::to_owned)
            .to_vec(),
            allow_http: false,
        }
    }
}

/// A list of names, or one text with the names separated by commas or spaces (as an
/// environment variable gives it).
fn list_or_text<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        List(Vec<String>),
        Text(String),
    }
    Ok(match Either::deserialize(d)? {
        Either::List(l) => l,
        Either::Text(t) => t
            .split([',', ' ', '\t', '\n'])
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}

impl PushSettings {
    /// Checks that every host is a plain host name or address (no scheme, path or port).
    ///
    /// # Errors
    ///
    /// A [`ConfigError`] naming `push.endpoint_hosts` for the first host that isn't.
    pub fn validate(&self) -> Result<(), ConfigError> {
        for h in &self.endpoint_hosts {
            let ok = !h.is_empty()
                && h.len() <= 253
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
            if !ok {
                return Err(ConfigError::new(
                    "push.endpoint_hosts",
                    format!(
                        "`{h}` is not a host name like fcm.googleapis.com (no scheme, port or path)"
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Whether Latchkey may post to `endpoint`: `https://` (or `http://` with
    /// [`Self::allow_http`]) on a host that is one of [`Self::endpoint_hosts`] or under
    /// one of them (a suffix match on a dot boundary, without case), with no user name or
    /// password in the URL.
    pub fn endpoint_allowed(&self, endpoint: &str) -> bool {
        let rest = if let Some(r) = endpoint.strip_prefix("https://") {
            r
        } else if let Some(r) = endpoint.strip_prefix("http://").filter(|_| self.allow_http) {
            r
        } else {
            return false;
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        if authority.is_empty() || authority.contains('@') {
            return false;
        }
        // Strip a port; IPv6 literals are never on the list.
        let host = match authority.rsplit_once(':') {
            Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
            Some(_) => return false,
            None => authority,
        }
        .trim_end_matches('.')
        .to_ascii_lowercase();
        self.endpoint_hosts.iter().any(|allowed| {
            let allowed = allowed.trim_end_matches('.').to_ascii_lowercase();
            host == allowed
                || host
                    .strip_suffix(&allowed)
                    .is_some_and(|head| head.ends_with('.'))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_on_the_list_only() {
        let p = PushSettings::default();
        assert!(p.endpoint_allowed("https://fcm.googleapis.com/fcm/send/abc"));
        assert!(p.endpoint_allowed("https://web.push.apple.com/QGx"));
        assert!(p.endpoint_allowed("https://wns2-par02p.notify.windows.com/w/?token=x"));
        assert!(!p.endpoint_allowed("http://fcm.googleapis.com/fcm/send/abc"));
        assert!(!p.endpoint_allowed("https://evilfcm.googleapis.com.example/x"));
        assert!(!p.endpoint_allowed("https://notfcm.googleapis.com/x"));
        assert!(!p.endpoint_allowed("https://fcm.googleapis.com@evil.example/x"));
        assert!(!p.endpoint_allowed("https://127.0.0.1/x"));
        assert!(!p.endpoint_allowed("ftp://fcm.googleapis.com/x"));
        let local = PushSettings {
            endpoint_hosts: vec!["127.0.0.1".into(), "localhost".into()],
            allow_http: true,
        };
        assert!(local.endpoint_allowed("http://127.0.0.1:4000/push/1"));
        assert!(!local.endpoint_allowed("http://10.0.0.1:4000/push/1"));
        assert!(local.validate().is_ok());
        let bad = PushSettings {
            endpoint_hosts: vec!["https://x.example".into()],
            allow_http: false,
        };
        assert!(bad.validate().is_err());
    }

    #[test]
    fn hosts_from_text_or_list() {
        let from_text: PushSettings =
            toml::from_str("endpoint_hosts = \"a.example, b.example c.example\"").expect("text");
        assert_eq!(
            from_text.endpoint_hosts,
            ["a.example", "b.example", "c.example"]
        );
        let from_list: PushSettings =
            toml::from_str("endpoint_hosts = [\"a.example\"]").expect("list");
        assert_eq!(from_list.endpoint_hosts, ["a.example"]);
    }
}
