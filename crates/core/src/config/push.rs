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
    /// Checks that every host is a plain host name or address (no scheme, path or port)
    /// with at least one dot, so no entry allows a whole top-level domain (`localhost` is
    /// accepted too, with [`Self::allow_http`] only: for tests).
    ///
    /// # Errors
    ///
    /// A [`ConfigError`] naming `push.endpoint_hosts` for the first host that isn't.
    pub fn validate(&self) -> Result<(), ConfigError> {
        for h in &self.endpoint_hosts {
            let name = h.trim_end_matches('.');
            let ok = !name.is_empty()
                && name.len() <= 253
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
                && (name.contains('.')
                    || (self.allow_http && name.eq_ignore_ascii_case("localhost")))
                && !name.starts_with('.');
            if !ok {
                return Err(ConfigError::new(
                    "push.endpoint_hosts",
                    format!(
                        "`{h}` is not a host name like fcm.googleapis.com (no scheme, port or path, at least one dot)"
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The endpoint as Latchkey may post to it, parsed once (by the same URL parser the
    /// HTTP client uses, so what is checked is what is contacted), or `None`:
    ///
    /// - the scheme is `https` (`http` only with [`Self::allow_http`]);
    /// - the host is a domain name (an IP address only with [`Self::allow_http`], for
    ///   tests against a local push service such as `127.0.0.1`);
    /// - no user name or password;
    /// - the port is the default (443) (any port only with [`Self::allow_http`]);
    /// - the host (lower-case, without a trailing dot) is one of
    ///   [`Self::endpoint_hosts`] or under one of them, on a dot boundary.
    ///
    /// Store and use [`url::Url::as_str`] of the result: the normalised form.
    pub fn endpoint_url(&self, endpoint: &str) -> Option<url::Url> {
        let url = url::Url::parse(endpoint).ok()?;
        match url.scheme() {
            "https" => {}
            "http" if self.allow_http => {}
            _ => return None,
        }
        if !url.username().is_empty() || url.password().is_some() {
            return None;
        }
        match url.host()? {
            url::Host::Domain(_) => {}
            url::Host::Ipv4(_) | url::Host::Ipv6(_) if self.allow_http => {}
            _ => return None,
        }
        if url.port().is_some_and(|p| p != 443) && !self.allow_http {
            return None;
        }
        let host = url.host_str()?.trim_end_matches('.').to_ascii_lowercase();
        if host.is_empty() {
            return None;
        }
        let listed = self.endpoint_hosts.iter().any(|allowed| {
            let allowed = allowed.trim_end_matches('.').to_ascii_lowercase();
            !allowed.is_empty()
                && (host == allowed
                    || host
                        .strip_suffix(&allowed)
                        .is_some_and(|head| head.ends_with('.')))
        });
        listed.then_some(url)
    }

    /// Whether Latchkey may post to `endpoint` (see [`Self::endpoint_url`]).
    pub fn endpoint_allowed(&self, endpoint: &str) -> bool {
        self.endpoint_url(endpoint).is_some()
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
        // A backslash ends the host for https (WHATWG URL): these go to internal hosts.
        assert!(!p.endpoint_allowed("https://169.254.169.254\\.fcm.googleapis.com/x"));
        assert!(!p.endpoint_allowed("https://10.0.0.1:8080\\.fcm.googleapis.com:443/p?q"));
        assert!(!p.endpoint_allowed("https://fcm.googleapis.com:22/x"));
        assert!(p.endpoint_allowed("https://fcm.googleapis.com:443/x"));
        assert!(p.endpoint_allowed("https://FCM.googleapis.com./x"));
        assert!(!p.endpoint_allowed("https://user:pw@fcm.googleapis.com/x"));
        assert!(!p.endpoint_allowed("https://[::1]/x"));
        assert_eq!(
            p.endpoint_url("https://FCM.googleapis.com:443/a/../b")
                .map(|u| u.as_str().to_owned()),
            Some("https://fcm.googleapis.com/b".to_owned())
        );
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
        let tld = PushSettings {
            endpoint_hosts: vec!["com".into()],
            allow_http: false,
        };
        assert!(tld.validate().is_err());
        let strict_localhost = PushSettings {
            endpoint_hosts: vec!["localhost".into()],
            allow_http: false,
        };
        assert!(strict_localhost.validate().is_err());
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
