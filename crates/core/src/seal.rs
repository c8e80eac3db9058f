//! Encryption of secrets at rest (TOTP seeds) with AES-256-GCM.
//!
//! A sealed value is `"v1." + base64url(nonce || ciphertext || tag)` with a
//! fresh random 96-bit nonce each time. The associated data (`aad`) binds the
//! value to its owner, for example `"totp:user:42"`, so a sealed seed copied
//! onto another user's row does not open.
//!
//! The same key is also the root of the keys that never leave memory: [`SealKey::derive`]
//! gives a 32-byte key per purpose with HKDF-SHA256 (RFC 5869), so nothing kept in the
//! database is enough to recompute a code's MAC, a CSRF token or a report link.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use rand::{RngCore, rngs::OsRng};

/// Name of the key file inside the data directory.
pub const KEY_FILE_NAME: &str = "encryption.key";
/// The HKDF label of the server key ([`SealKey::derive`]): the HMAC key of one-time codes,
/// CSRF tokens, lockout fingerprints, decoys, report links and CAPTCHA challenges.
pub const SERVER_KEY_INFO: &[u8] = b"latchkey server key v1";
const PREFIX: &str = "v1.";
const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;

/// Why a key could not be loaded or a sealed value could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    /// The configured `encryption_key` is not 32 bytes in standard base64.
    #[error("must be 32 bytes in standard base64, such as the output of `openssl rand -base64 32`")]
    InvalidKey,
    /// The key file could not be read, created or written.
    #[error("cannot use the key file {}: {source}", path.display())]
    KeyFile {
        /// Path of the key file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: io::Error,
    },
    /// The key file exists but does not hold 32 bytes in base64.
    #[error("the key file {} does not hold a valid key (32 bytes in base64)", path.display())]
    KeyFileContent {
        /// Path of the key file.
        path: PathBuf,
    },
    /// The value doesn't start with `v1.`, isn't base64url, or is too short to hold a nonce
    /// and tag.
    #[error("the sealed value is not in a known format")]
    Malformed,
    /// Authentication failed: wrong key, wrong `aad` (owner), or the value was altered.
    #[error("the sealed value cannot be opened: wrong key, wrong owner or altered")]
    Decrypt,
}

/// A 256-bit key for AES-GCM. `Debug` never prints it.
#[derive(Clone)]
pub struct SealKey([u8; KEY_LEN]);

impl fmt::Debug for SealKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SealKey([redacted])")
    }
}

impl Drop for SealKey {
    fn drop(&mut self) {
        // Best effort: overwrite the key before the memory is reused.
        self.0.iter_mut().for_each(|b| *b = 0);
        std::hint::black_box(&self.0);
    }
}

impl SealKey {
    /// Parses 32 bytes in standard base64 (surrounding whitespace ignored).
    ///
    /// # Errors
    ///
    /// [`SealError::InvalidKey`] when the text isn't base64 or doesn't decode to 32 bytes.
    pub fn from_base64(s: &str) -> Result<Self, SealError> {
        let bytes = STANDARD
            .decode(s.trim())
            .map_err(|_| SealError::InvalidKey)?;
        let key: [u8; KEY_LEN] = bytes.try_into().map_err(|_| SealError::InvalidKey)?;
        Ok(Self(key))
    }

    /// A fresh random key from the operating system.
    pub fn generate() -> Self {
        let mut key = [0u8; KEY_LEN];
        OsRng.fill_bytes(&mut key);
        Self(key)
    }

    /// Standard base64 with padding.
    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.0)
    }

    /// Loads `<dir>/encryption.key` (base64), creating it with a fresh key
    /// (mode 0600 on unix) if it is missing. The directory is created if
    /// needed. Two processes racing to create it end up with the same key.
    ///
    /// # Errors
    ///
    /// [`SealError::KeyFile`] when the directory or file can't be created, written or
    /// read, [`SealError::KeyFileContent`] when an existing file holds no valid key.
    pub fn load_or_create(dir: &Path) -> Result<Self, SealError> {
        let path = dir.join(KEY_FILE_NAME);
        let io_err = |source: io::Error| SealError::KeyFile {
            path: path.clone(),
            source,
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                // A key file from an earlier version (or copied in) may be readable by
                // others: keep it to its owner. A refusal (another owner) is not fatal.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
                }
                return Self::parse_file(&path, &text);
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err(e)),
        }
        std::fs::create_dir_all(dir).map_err(io_err)?;
        let key = Self::generate();
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&path) {
            Ok(mut file) => {
                let written = file
                    .write_all(format!("{}\n", key.to_base64()).as_bytes())
                    .and_then(|()| file.sync_all());
                if let Err(e) = written {
                    // Do not leave a truncated key behind.
                    let _ = std::fs::remove_file(&path);
                    return Err(io_err(e));
                }
                Ok(key)
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                // Another process created it first: use theirs.
                let text = std::fs::read_to_string(&path).map_err(io_err)?;
                Self::parse_file(&path, &text)
            }
            Err(e) => Err(io_err(e)),
        }
    }

    /// A 32-byte key for one purpose, derived from this key with HKDF-SHA256 (RFC 5869):
    /// input keying material the 32 key bytes, no salt (HKDF then uses 32 zero bytes),
    /// `info` the purpose's label (for example [`SERVER_KEY_INFO`]), output length 32.
    /// Distinct labels give independent keys, and none of them reveals this key or the
    /// others. Anyone holding the encryption key can recompute it, for example with
    /// `openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt hexkey:<key in hex>
    /// -kdfopt info:<label> HKDF`.
    pub fn derive(&self, info: &[u8]) -> [u8; KEY_LEN] {
        let mut out = [0u8; KEY_LEN];
        hkdf::Hkdf::<sha2::Sha256>::new(None, &self.0)
            .expand(info, &mut out)
            // HKDF-SHA256 only refuses outputs longer than 255 * 32 bytes.
            .unwrap_or_else(|_| unreachable!("HKDF-SHA256 output of 32 bytes"));
        out
    }

    fn parse_file(path: &Path, text: &str) -> Result<Self, SealError> {
        Self::from_base64(text).map_err(|_| SealError::KeyFileContent {
            path: path.to_path_buf(),
        })
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&self.0))
    }

    /// Encrypts `plaintext`, bound to `aad`:
    /// `"v1." + base64url(nonce(12 random bytes) || ciphertext || tag)`.
    pub fn seal(&self, plaintext: &[u8], aad: &[u8]) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);
        let ciphertext = self
            .cipher()
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            // AES-GCM only refuses plaintexts longer than 64 GiB.
            .unwrap_or_else(|_| unreachable!("AES-GCM plaintext over 64 GiB"));
        let mut out = Vec::with_capacity(NONCE_LEN + ciphertext.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(out))
    }

    /// Decrypts a value made by [`Self::seal`] with the same key and `aad`.
    /// A wrong key, a wrong `aad`, tampering or garbage give an error.
    ///
    /// # Errors
    ///
    /// [`SealError::Malformed`] when `sealed` is not in the `v1.` format,
    /// [`SealError::Decrypt`] when it doesn't authenticate with this key and `aad`.
    pub fn open(&self, sealed: &str, aad: &[u8]) -> Result<Vec<u8>, SealError> {
        let encoded = sealed.strip_prefix(PREFIX).ok_or(SealError::Malformed)?;
        let bytes = URL_SAFE_NO_PAD
            .decode(encoded)
            .map_err(|_| SealError::Malformed)?;
        if bytes.len() < NONCE_LEN + TAG_LEN {
            return Err(SealError::Malformed);
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
        self.cipher()
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad,
                },
            )
            .map_err(|_| SealError::Decrypt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let mut random = [0u8; 8];
        OsRng.fill_bytes(&mut random);
        std::env::temp_dir().join(format!(
            "latchkey-seal-{name}-{}-{}",
            std::process::id(),
            URL_SAFE_NO_PAD.encode(random)
        ))
    }

    #[test]
    fn round_trip() {
        let key = SealKey::generate();
        for plaintext in [&b""[..], b"x", b"12345678901234567890", &[0u8; 1000]] {
            let sealed = key.seal(plaintext, b"totp:user:42");
            assert!(sealed.starts_with("v1."));
            assert!(
                sealed[3..]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            );
            assert_eq!(
                key.open(&sealed, b"totp:user:42").expect("opens"),
                plaintext
            );
        }
    }

    #[test]
    fn fresh_nonce_each_time() {
        let key = SealKey::generate();
        let a = key.seal(b"same", b"aad");
        let b = key.seal(b"same", b"aad");
        assert_ne!(a, b);
        let nonce = |s: &str| URL_SAFE_NO_PAD.decode(&s[3..]).expect("b64")[..12].to_vec();
        assert_ne!(nonce(&a), nonce(&b));
    }

    #[test]
    fn wrong_key_aad_tampering_and_garbage_fail() {
        let key = SealKey::generate();
        let other = SealKey::generate();
        let sealed = key.seal(b"seed bytes", b"totp:user:42");

        assert!(matches!(
            other.open(&sealed, b"totp:user:42"),
            Err(SealError::Decrypt)
        ));
        assert!(matches!(
            key.open(&sealed, b"totp:user:43"),
            Err(SealError::Decrypt)
        ));
        assert!(matches!(key.open(&sealed, b""), Err(SealError::Decrypt)));

        // Flip each byte of the raw value in turn.
        let raw = URL_SAFE_NO_PAD.decode(&sealed[3..]).expect("b64");
        for i in 0..raw.len() {
            let mut altered = raw.clone();
            altered[i] ^= 0x01;
            let altered = format!("v1.{}", URL_SAFE_NO_PAD.encode(&altered));
            assert!(key.open(&altered, b"totp:user:42").is_err(), "byte {i}");
        }
        // Truncated and extended.
        let truncated = format!("v1.{}", URL_SAFE_NO_PAD.encode(&raw[..raw.len() - 1]));
        assert!(key.open(&truncated, b"totp:user:42").is_err());
        let mut longer = raw.clone();
        longer.push(0);
        let longer = format!("v1.{}", URL_SAFE_NO_PAD.encode(&longer));
        assert!(key.open(&longer, b"totp:user:42").is_err());

        for garbage in [
            "",
            "v1.",
            "v1",
            "v2.AAAA",
            "v1.!!!!",
            "v1.AAAA",
            "v1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            &sealed[3..],
            "v1.\u{e9}\u{e9}\u{e9}",
        ] {
            assert!(key.open(garbage, b"totp:user:42").is_err(), "{garbage:?}");
        }
    }

    #[test]
    fn key_base64_round_trip_and_validation() {
        let key = SealKey::generate();
        let text = key.to_base64();
        let back = SealKey::from_base64(&format!("  {text}\n")).expect("parses");
        assert_eq!(back.0, key.0);
        assert!(matches!(
            SealKey::from_base64("c2hvcnQ="),
            Err(SealError::InvalidKey)
        ));
        assert!(matches!(
            SealKey::from_base64("not base64 at all"),
            Err(SealError::InvalidKey)
        ));
        assert!(matches!(
            SealKey::from_base64(""),
            Err(SealError::InvalidKey)
        ));
        let long = STANDARD.encode([7u8; 33]);
        assert!(matches!(
            SealKey::from_base64(&long),
            Err(SealError::InvalidKey)
        ));
    }

    /// HMAC-SHA256 of `parts` concatenated under `key`, written out here so the test does
    /// not reuse the `hkdf` crate it checks.
    fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
        use hmac::{Hmac, Mac};
        let mut m = <Hmac<sha2::Sha256> as Mac>::new_from_slice(key).expect("any key length");
        for p in parts {
            m.update(p);
        }
        m.finalize().into_bytes().into()
    }

    #[test]
    fn derive_is_rfc5869_hkdf_sha256_without_salt() {
        let key = SealKey::generate();
        // Extract with the default salt (32 zero bytes), expand one block (T(1)).
        let prk = hmac(&[0u8; 32], &[&key.0]);
        let t1 = hmac(&prk, &[SERVER_KEY_INFO, &[1u8]]);
        assert_eq!(key.derive(SERVER_KEY_INFO), t1);
        // Neither the key itself nor stable across labels or keys.
        assert_ne!(key.derive(SERVER_KEY_INFO), key.0);
        assert_ne!(
            key.derive(SERVER_KEY_INFO),
            key.derive(b"latchkey server key v2")
        );
        assert_ne!(
            key.derive(SERVER_KEY_INFO),
            SealKey::generate().derive(SERVER_KEY_INFO)
        );
        // The same key (another instance with the same encryption_key) derives the same.
        let twin = SealKey::from_base64(&key.to_base64()).expect("parses");
        assert_eq!(twin.derive(SERVER_KEY_INFO), key.derive(SERVER_KEY_INFO));
    }

    #[test]
    fn derive_matches_a_fixed_vector() {
        // Key bytes 0x00..0x1f, label "latchkey server key v1"; computed independently
        // with Python's hmac module (extract with 32 zero bytes, then T(1)).
        let key = SealKey((0u8..32).collect::<Vec<_>>().try_into().expect("32 bytes"));
        let hex: String = key
            .derive(SERVER_KEY_INFO)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            hex,
            "2e217f579e0a17f7ee074e8b60b7f11dceaa16343da2e5209851ee22c69ae663"
        );
    }

    #[test]
    fn debug_is_redacted() {
        let key = SealKey::from_base64(&STANDARD.encode([0xabu8; 32])).expect("key");
        let shown = format!("{key:?}");
        assert_eq!(shown, "SealKey([redacted])");
    }

    #[test]
    fn load_or_create_creates_once_then_reads() {
        let dir = temp_dir("create").join("nested");
        let first = SealKey::load_or_create(&dir).expect("creates");
        let path = dir.join(KEY_FILE_NAME);
        assert!(path.exists());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let on_disk = std::fs::read_to_string(&path).expect("read");
        assert_eq!(on_disk.trim(), first.to_base64());

        let second = SealKey::load_or_create(&dir).expect("loads");
        assert_eq!(first.0, second.0);
        let sealed = first.seal(b"seed", b"aad");
        assert_eq!(second.open(&sealed, b"aad").expect("opens"), b"seed");

        if let Some(parent) = dir.parent() {
            std::fs::remove_dir_all(parent).expect("cleanup");
        }
    }

    #[test]
    fn load_or_create_refuses_a_corrupt_key_file() {
        let dir = temp_dir("corrupt");
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join(KEY_FILE_NAME), "too short\n").expect("write");
        let err = SealKey::load_or_create(&dir).expect_err("refused");
        assert!(matches!(err, SealError::KeyFileContent { .. }), "{err}");
        // It must not be overwritten with a new key.
        assert_eq!(
            std::fs::read_to_string(dir.join(KEY_FILE_NAME)).expect("read"),
            "too short\n"
        );
        std::fs::remove_dir_all(&dir).expect("cleanup");
    }
}
