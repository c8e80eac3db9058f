//! Who is asking, and for which host: the client address behind trusted reverse proxies
//! (`limits.trusted_proxies`) and the `Host` check against `public_url`.

use std::net::IpAddr;

use axum::http::{HeaderMap, header};
use ipnet::IpNet;

/// The client's address for logs, audit and rate limits.
///
/// The socket peer, unless the peer is one of `proxies`: then `X-Forwarded-For` (all its
/// headers, in order) is read from the right, skipping addresses that are themselves
/// trusted proxies, and the first other address is the client. An entry that is not an
/// address ends the walk at the last trusted hop, so a forged or garbled header never
/// names someone else. Without a peer (in-process requests), `"unknown"`.
pub fn client_address(peer: Option<IpAddr>, headers: &HeaderMap, proxies: &[IpNet]) -> String {
    let Some(peer) = peer.map(canonical) else {
        return "unknown".into();
    };
    let trusted = |ip: &IpAddr| proxies.iter().any(|n| n.contains(ip));
    if !trusted(&peer) {
        return peer.to_string();
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match parse_hop(hop).map(canonical) {
            Some(ip) => {
                client = ip;
                if !trusted(&ip) {
                    break;
                }
            }
            None => break,
        }
    }
    client.to_string()
}

/// One `X-Forwarded-For` entry: an address, or an address with a port as some proxies
/// write it (`203.0.113.9:51234`, `[2001:db8::1]:443`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    if let Ok(ip) = hop.parse::<IpAddr>() {
        return Some(ip);
    }
    hop.parse::<std::net::SocketAddr>().ok().map(|a| a.ip())
}

/// IPv4-mapped IPv6 addresses (`::ffff:192.0.2.1`) as the IPv4 address they carry, so one
/// client counts as one whichever socket family it came in on.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The `host[:port]` of `public_url`, lowercased and without the scheme's default port
/// (`https://SSPR.example.org:443/` → `sspr.example.org`); `None` when `public_url` is
/// empty.
pub fn public_host(public_url: &str) -> Option<String> {
    let rest = public_url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    (!host.is_empty()).then(|| without_default_port(public_url, &host.to_ascii_lowercase()))
}

/// `host` without `:443` for an `https://` `public_url` (`:80` for `http://`).
fn without_default_port(public_url: &str, host: &str) -> String {
    let default_port = if public_url.starts_with("https://") {
        ":443"
    } else {
        ":80"
    };
    host.strip_suffix(default_port).unwrap_or(host).to_owned()
}

/// Whether a request may be served given its `Host` header: with a `public_url`, the
/// header (when present) must name its host (the scheme's default port may be written
/// out, or not, on either side). Requests without the header (HTTP/1.0) are served:
/// every link Latchkey makes uses `public_url`, never the request's host.
pub fn host_allowed(public_url: &str, headers: &HeaderMap) -> bool {
    let Some(expected) = public_host(public_url) else {
        return true;
    };
    let Some(got) = headers.get(header::HOST) else {
        return true;
    };
    let Ok(got) = got.to_str() else {
        return false;
    };
    let got = got.trim_end_matches('.').to_ascii_lowercase();
    without_default_port(public_url, &got) == expected
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn xff(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        }
        h
    }

    fn nets(s: &[&str]) -> Vec<IpNet> {
        s.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn forwarded_for_is_ignored_from_untrusted_peers() {
        let h = xff(&["203.0.113.9"]);
        let peer = Some("198.51.100.4".parse().unwrap());
        assert_eq!(client_address(peer, &h, &[]), "198.51.100.4");
        assert_eq!(
            client_address(peer, &h, &nets(&["10.0.0.0/8"])),
            "198.51.100.4"
        );
    }

    #[test]
    fn behind_trusted_proxies_the_rightmost_untrusted_hop_is_the_client() {
        let proxies = nets(&["10.0.0.0/8"]);
        let peer = Some("10.1.2.3".parse().unwrap());
        // The client forged a first entry; the proxy appended the real one.
        let h = xff(&["1.2.3.4, 203.0.113.9", "10.9.9.9"]);
        assert_eq!(client_address(peer, &h, &proxies), "203.0.113.9");
        // Garbage ends the walk at the last trusted hop.
        let h = xff(&["203.0.113.9, not-an-ip"]);
        assert_eq!(client_address(peer, &h, &proxies), "10.1.2.3");
        // No header: the proxy itself.
        assert_eq!(
            client_address(peer, &HeaderMap::new(), &proxies),
            "10.1.2.3"
        );
        // Mapped addresses count as their IPv4 form.
        let mapped = Some("::ffff:10.1.2.3".parse().unwrap());
        let h = xff(&["::ffff:203.0.113.9"]);
        assert_eq!(client_address(mapped, &h, &proxies), "203.0.113.9");
        assert_eq!(client_address(None, &h, &proxies), "unknown");
    }

    #[test]
    fn host_must_match_public_url() {
        let mut h = HeaderMap::new();
        assert!(host_allowed("https://sspr.example.org", &h));
        h.insert(
            header::HOST,
            HeaderValue::from_static("SSPR.example.org:443"),
        );
        assert!(host_allowed("https://sspr.example.org/", &h));
        h.insert(header::HOST, HeaderValue::from_static("evil.example"));
        assert!(!host_allowed("https://sspr.example.org", &h));
        assert!(host_allowed("", &h));
        h.insert(
            header::HOST,
            HeaderValue::from_static("sspr.example.org:8443"),
        );
        assert!(!host_allowed("https://sspr.example.org", &h));
        assert!(host_allowed("https://sspr.example.org:8443", &h));
        // The default port written in public_url, not in Host (what browsers send).
        h.insert(header::HOST, HeaderValue::from_static("sspr.example.org"));
        assert!(host_allowed("https://sspr.example.org:443/", &h));
        assert!(!host_allowed("http://sspr.example.org:8080", &h));
    }

    #[test]
    fn forwarded_entries_with_ports_are_read() {
        let proxies = nets(&["10.0.0.0/8"]);
        let peer = Some("10.1.2.3".parse().unwrap());
        let h = xff(&["203.0.113.9:51234"]);
        assert_eq!(client_address(peer, &h, &proxies), "203.0.113.9");
        let h = xff(&["[2001:db8::1]:443"]);
        assert_eq!(client_address(peer, &h, &proxies), "2001:db8::1");
    }
}
