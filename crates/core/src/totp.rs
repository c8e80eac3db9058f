//! Time-based one-time passwords (RFC 6238) for authenticator apps.
//!
//! HMAC-SHA1, 6 digits, 30 second steps: the parameters every authenticator
//! app understands. Verification accepts one step of clock drift either way
//! and never accepts a step at or before the last one used, so a code cannot
//! be replayed.

use std::fmt;

use hmac::{Hmac, Mac};
use rand::{RngCore, rngs::OsRng};
use sha1::Sha1;
use subtle::ConstantTimeEq;

/// Length of a step in seconds.
pub const STEP_SECONDS: i64 = 30;
/// Number of digits in a code.
pub const DIGITS: usize = 6;
/// Length of a generated secret in bytes (160 bits, as RFC 4226 recommends).
pub const SECRET_LEN: usize = 20;
/// Steps of drift accepted on either side of the current one.
const DRIFT_STEPS: i64 = 1;

const BASE32_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A shared TOTP secret. `Debug` never prints the bytes.
#[derive(Clone)]
pub struct TotpSecret(Vec<u8>);

impl fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TotpSecret([redacted])")
    }
}

impl Drop for TotpSecret {
    fn drop(&mut self) {
        // Best effort: overwrite the bytes before the allocation is freed.
        self.0.iter_mut().for_each(|b| *b = 0);
        std::hint::black_box(&self.0);
    }
}

impl TotpSecret {
    /// A fresh secret of 20 random bytes from the operating system.
    pub fn generate() -> Self {
        let mut bytes = vec![0u8; SECRET_LEN];
        OsRng.fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// Wraps raw secret bytes, e.g. an opened stored seed.
    pub fn from_bytes(b: Vec<u8>) -> Self {
        Self(b)
    }

    /// The raw secret bytes (the HMAC key of RFC 6238).
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// RFC 4648 base32, upper case, without padding.
    pub fn to_base32(&self) -> String {
        base32_encode(&self.0)
    }

    /// Parses base32 as people type it: lower case, spaces and trailing `=`
    /// padding are accepted. Returns `None` for anything else, or for an
    /// empty secret.
    pub fn from_base32(s: &str) -> Option<Self> {
        base32_decode(s).filter(|b| !b.is_empty()).map(Self)
    }

    /// The 6-digit code for the step containing `unix` (seconds since the
    /// epoch), zero-padded. Times before the epoch count as step 0.
    pub fn code_at(&self, unix: i64) -> String {
        self.code_for_step(step_of(unix))
    }

    /// Checks `code` against the steps before, at and after `unix`. Returns
    /// the matched step (`unix / 30`) only if it is later than
    /// `last_used_step`, so a code is never accepted twice. The comparison
    /// runs in constant time and every candidate step is always checked.
    pub fn verify(&self, code: &str, unix: i64, last_used_step: Option<i64>) -> Option<i64> {
        let code = code.trim();
        if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let now = step_of(unix);
        let mut matched: Option<i64> = None;
        for step in (now - DRIFT_STEPS)..=(now + DRIFT_STEPS) {
            if step < 0 {
                continue;
            }
            let expected = self.code_for_step(step);
            let equal: bool = expected.as_bytes().ct_eq(code.as_bytes()).into();
            let fresh = last_used_step.is_none_or(|last| step > last);
            if equal && fresh && matched.is_none() {
                matched = Some(step);
            }
        }
        matched
    }

    /// The `otpauth://` URI that authenticator apps read from a QR code.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        format!(
            "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits={}&period={}",
            percent_encode(issuer),
            percent_encode(account),
            self.to_base32(),
            percent_encode(issuer),
            DIGITS,
            STEP_SECONDS,
        )
    }

    /// An inline `<svg>` QR code of [`Self::otpauth_uri`], with
    /// `role="img"`, an `aria-label` and a `<title>`.
    pub fn qr_svg(&self, issuer: &str, account: &str) -> String {
        let label = latchkey_i18n::tr(
            "setup-app-qr-label",
            &[("issuer", issuer.into()), ("account", account.into())],
        );
        let label = xml_escape(&label);
        let uri = self.otpauth_uri(issuer, account);
        let code = match qrcode::QrCode::with_error_correction_level(
            uri.as_bytes(),
            qrcode::EcLevel::M,
        ) {
            Ok(code) => code,
            // Only happens for absurdly long issuer or account names.
            Err(_) => {
                return format!(
                    r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{label}" width="200" height="200" viewBox="0 0 200 200"><title>{label}</title></svg>"#
                );
            }
        };
        let svg = code
            .render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build();
        // Drop the XML prolog so the SVG can be inlined in HTML, and add the
        // accessible name.
        let start = svg.find("<svg").unwrap_or(0);
        let svg = &svg[start..];
        let body = svg.strip_prefix("<svg").unwrap_or(svg);
        match body.find('>') {
            Some(end) => format!(
                r#"<svg role="img" aria-label="{label}"{}><title>{label}</title>{}"#,
                &body[..end],
                &body[end + 1..]
            ),
            None => svg.to_owned(),
        }
    }

    fn code_for_step(&self, step: i64) -> String {
        let counter = u64::try_from(step).unwrap_or(0);
        let mut mac = match <Hmac<Sha1> as Mac>::new_from_slice(&self.0) {
            Ok(mac) => mac,
            // HMAC accepts keys of any length.
            Err(_) => return "0".repeat(DIGITS),
        };
        mac.update(&counter.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        let offset = usize::from(digest[digest.len() - 1] & 0x0f);
        let binary = u32::from_be_bytes([
            digest[offset] & 0x7f,
            digest[offset + 1],
            digest[offset + 2],
            digest[offset + 3],
        ]);
        format!("{:0width$}", binary % 1_000_000, width = DIGITS)
    }
}

/// Groups a base32 secret in blocks of 4 for display: `"JBSW Y3DP ..."`.
pub fn display_grouped(base32: &str) -> String {
    let chars: Vec<char> = base32.chars().filter(|c| !c.is_whitespace()).collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

fn step_of(unix: i64) -> i64 {
    unix.max(0).div_euclid(STEP_SECONDS)
}

fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u32 = 0;
    let mut bits: u32 = 0;
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            let index = (buffer >> (bits - 5)) & 0x1f;
            out.push(char::from(BASE32_ALPHABET[index as usize]));
            bits -= 5;
        }
        buffer &= (1 << bits) - 1;
    }
    if bits > 0 {
        let index = (buffer << (5 - bits)) & 0x1f;
        out.push(char::from(BASE32_ALPHABET[index as usize]));
    }
    out
}

fn base32_decode(s: &str) -> Option<Vec<u8>> {
    let cleaned: Vec<u8> = s
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|b| b.to_ascii_uppercase())
        .collect();
    // Padding is allowed only at the end.
    let data_len = cleaned
        .iter()
        .position(|&b| b == b'=')
        .unwrap_or(cleaned.len());
    if cleaned[data_len..].iter().any(|&b| b != b'=') {
        return None;
    }
    let data = &cleaned[..data_len];
    // Lengths that cannot come from whole bytes.
    if matches!(data.len() % 8, 1 | 3 | 6) {
        return None;
    }
    let mut out = Vec::with_capacity(data.len() * 5 / 8);
    let mut buffer: u32 = 0;
    let mut bits: u32 = 0;
    for &c in data {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'2'..=b'7' => c - b'2' + 26,
            _ => return None,
        };
        buffer = (buffer << 5) | u32::from(value);
        bits += 5;
        if bits >= 8 {
            out.push(((buffer >> (bits - 8)) & 0xff) as u8);
            bits -= 8;
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Percent-encodes everything except RFC 3986 unreserved characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng, rngs::StdRng};

    fn rfc_secret() -> TotpSecret {
        TotpSecret::from_bytes(b"12345678901234567890".to_vec())
    }

    #[test]
    fn rfc6238_sha1_vectors() {
        let secret = rfc_secret();
        let vectors: [(i64, &str); 6] = [
            (59, "94287082"),
            (1111111109, "07081804"),
            (1111111111, "14050471"),
            (1234567890, "89005924"),
            (2000000000, "69279037"),
            (20000000000, "65353130"),
        ];
        for (t, eight) in vectors {
            assert_eq!(secret.code_at(t), eight[2..], "time {t}");
        }
    }

    #[test]
    fn known_base32() {
        assert_eq!(rfc_secret().to_base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(
            TotpSecret::from_bytes(b"Hello!\xde\xad\xbe\xef".to_vec()).to_base32(),
            "JBSWY3DPEHPK3PXP"
        );
        // RFC 4648 test vectors, without padding.
        let vectors = [
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ];
        for (plain, encoded) in vectors {
            let s = TotpSecret::from_bytes(plain.as_bytes().to_vec());
            assert_eq!(s.to_base32(), encoded);
            let back = TotpSecret::from_base32(encoded).expect("decodes");
            assert_eq!(back.as_bytes(), plain.as_bytes());
        }
    }

    #[test]
    fn base32_accepts_lower_case_spaces_and_padding() {
        let expected = b"foobar";
        for input in [
            "MZXW6YTBOI",
            "mzxw6ytboi",
            "MZXW 6YTB OI",
            " mzxw 6ytb oi ",
            "MZXW6YTBOI======",
            "mzxw 6ytb oi== ====",
        ] {
            let s = TotpSecret::from_base32(input).expect(input);
            assert_eq!(s.as_bytes(), expected, "{input}");
        }
    }

    #[test]
    fn base32_rejects_garbage() {
        for input in [
            "", "   ", "====", "MZXW1", "MZXW8", "MZ=XW", "M", "MZX", "MZXW6Y", "é",
        ] {
            assert!(TotpSecret::from_base32(input).is_none(), "{input:?}");
        }
    }

    #[test]
    fn base32_round_trips_random_lengths() {
        let mut rng = StdRng::seed_from_u64(0x1a7c_4b3e);
        for _ in 0..2000 {
            let len = rng.gen_range(1..=64);
            let mut bytes = vec![0u8; len];
            rng.fill_bytes(&mut bytes);
            let secret = TotpSecret::from_bytes(bytes.clone());
            let encoded = secret.to_base32();
            assert!(!encoded.contains('='));
            assert_eq!(encoded, encoded.to_ascii_uppercase());
            assert_eq!(encoded.len(), (len * 8).div_ceil(5));
            let decoded = TotpSecret::from_base32(&encoded).expect("decodes");
            assert_eq!(decoded.as_bytes(), &bytes[..]);
            let grouped = display_grouped(&encoded.to_lowercase());
            let decoded = TotpSecret::from_base32(&grouped).expect("grouped decodes");
            assert_eq!(decoded.as_bytes(), &bytes[..]);
        }
    }

    #[test]
    fn generated_secrets_are_160_bits_and_differ() {
        let a = TotpSecret::generate();
        let b = TotpSecret::generate();
        assert_eq!(a.as_bytes().len(), 20);
        assert_eq!(a.to_base32().len(), 32);
        assert_ne!(a.as_bytes(), b.as_bytes());
    }

    #[test]
    fn debug_does_not_print_the_secret() {
        let s = rfc_secret();
        let shown = format!("{s:?}");
        assert!(!shown.contains("49"), "{shown}");
        assert!(!shown.contains("GEZD"), "{shown}");
        assert!(shown.contains("redacted"));
    }

    #[test]
    fn verify_accepts_one_step_of_drift_and_refuses_two() {
        let secret = rfc_secret();
        let now: i64 = 1_700_000_015; // mid-step
        let step = now / 30;
        assert_eq!(secret.verify(&secret.code_at(now), now, None), Some(step));
        assert_eq!(
            secret.verify(&secret.code_at(now - 30), now, None),
            Some(step - 1)
        );
        assert_eq!(
            secret.verify(&secret.code_at(now + 30), now, None),
            Some(step + 1)
        );
        assert_eq!(secret.verify(&secret.code_at(now - 60), now, None), None);
        assert_eq!(secret.verify(&secret.code_at(now + 60), now, None), None);
    }

    #[test]
    fn verify_refuses_replay() {
        let secret = rfc_secret();
        let now: i64 = 1_700_000_015;
        let code = secret.code_at(now);
        let step = secret.verify(&code, now, None).expect("first use");
        assert_eq!(secret.verify(&code, now, Some(step)), None);
        assert_eq!(secret.verify(&code, now + 20, Some(step)), None);
        // An older code after a newer one was used is refused too.
        let older = secret.code_at(now - 30);
        assert_eq!(secret.verify(&older, now, Some(step)), None);
        // The next step's code is still fine.
        let next = secret.code_at(now + 30);
        assert_eq!(secret.verify(&next, now + 30, Some(step)), Some(step + 1));
    }

    #[test]
    fn verify_refuses_malformed_codes() {
        let secret = rfc_secret();
        let now: i64 = 1_700_000_015;
        let code = secret.code_at(now);
        assert_eq!(
            secret.verify(&format!(" {code} "), now, None),
            Some(now / 30)
        );
        for bad in ["", "12345", "1234567", "abcdef", "12 345", "１２３４５６"] {
            assert_eq!(secret.verify(bad, now, None), None, "{bad:?}");
        }
        let wrong = format!(
            "{:06}",
            (code.parse::<u32>().expect("digits") + 1) % 1_000_000
        );
        assert_eq!(secret.verify(&wrong, now, None), None);
    }

    #[test]
    fn otpauth_uri_is_percent_encoded() {
        let secret = TotpSecret::from_base32("JBSWY3DPEHPK3PXP").expect("valid");
        assert_eq!(
            secret.otpauth_uri("ACME Co", "jane.doe@example.com"),
            "otpauth://totp/ACME%20Co:jane.doe%40example.com?secret=JBSWY3DPEHPK3PXP\
             &issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30"
        );
        let uri = secret.otpauth_uri("A&B:C", "x?y=z#");
        assert!(uri.starts_with("otpauth://totp/A%26B%3AC:x%3Fy%3Dz%23?secret="));
    }

    #[test]
    fn qr_svg_is_accessible_inline_svg() {
        let secret = TotpSecret::generate();
        let svg = secret.qr_svg("Latchkey <Test>", "alice");
        assert!(svg.starts_with("<svg "), "{}", &svg[..80]);
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("aria-label=\"QR code to add Latchkey &lt;Test&gt; (alice)"));
        assert!(svg.contains("<title>"));
        assert!(!svg.contains("<?xml"));
        assert!(!svg.contains("<Test>"));
        assert!(svg.contains("<path"));
    }

    #[test]
    fn display_grouping() {
        assert_eq!(display_grouped("JBSWY3DPEHPK3PXP"), "JBSW Y3DP EHPK 3PXP");
        assert_eq!(display_grouped("ABCDEF"), "ABCD EF");
        assert_eq!(display_grouped(""), "");
    }

    #[test]
    fn interoperates_with_oathtool() {
        let secret = TotpSecret::from_base32("JBSWY3DPEHPK3PXP").expect("valid");
        let rfc = rfc_secret();
        let random = TotpSecret::generate();
        for s in [&secret, &rfc, &random] {
            for t in [
                59_i64,
                1_111_111_109,
                1_700_000_000,
                1_700_000_029,
                2_000_000_000,
            ] {
                let output = match std::process::Command::new("oathtool")
                    .args(["--totp", "-b", "-N", &format!("@{t}"), &s.to_base32()])
                    .output()
                {
                    Ok(output) => output,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        panic!("install oathtool (apt-get install oathtool)")
                    }
                    Err(e) => panic!("running oathtool failed: {e}"),
                };
                assert!(
                    output.status.success(),
                    "oathtool failed: {}",
                    String::from_utf8_lossy(&output.stderr)
                );
                let theirs = String::from_utf8(output.stdout).expect("utf-8");
                assert_eq!(theirs.trim(), s.code_at(t), "time {t}");
            }
        }
    }
}
