//! The proof-of-work human check (the ALTCHA approach): the browser finds a number by
//! hashing, no images, nothing for a person to do, no third party.
//!
//! The server draws a secret number `n` in `0..=max_number` and a salt, and sends
//! `challenge = hex(SHA-256(salt ‖ decimal(n)))` with an HMAC signature over salt and
//! challenge. The browser tries 0, 1, 2, … until the hash matches (on average
//! `max_number / 2` SHA-256 computations) and sends the number back. [`verify`] checks
//! the signature, the expiry and the hash, and returns the salt's nonce so the caller
//! can record it as used (single use is the caller's storage). A bot can solve it too:
//! the point is cost, which rises with [`max_number_for`] as a client address starts
//! more journeys, while the rate limits stay the real defence.

use hmac::{Hmac, Mac};
use rand::{Rng, RngCore, rngs::OsRng};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// How long a challenge stays valid, in seconds.
pub const LIFETIME_SECONDS: i64 = 600;
/// The cost for a client address under no pressure: the largest secret number. About
/// 0.1 to 0.5 s of hashing in a current browser.
pub const BASE_MAX_NUMBER: u64 = 50_000;
/// The cost never rises above this: 16 times the base, about 20 s at worst in a desktop
/// browser (Web Crypto, about 25 µs a hash), longer on a slow phone; the page's script
/// gives up after 20 s and sends the form without the proof, as without JavaScript.
pub const TOP_MAX_NUMBER: u64 = 800_000;

const VERSION: &str = "p1";
const SIGNATURE_DOMAIN: &[u8] = b"latchkey proof of work v1\0";

/// A challenge for the page: `token` goes in a hidden field and is read by the script
/// (`salt`, `challenge` and `max_number` are in it); the number found goes in another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    /// `p1.<nonce hex>.<expiry unix seconds>.<max_number>.<challenge hex>.<signature hex>`.
    pub token: String,
    /// What the browser hashes the number after: `p1.<nonce>.<expiry>.<max_number>.`.
    pub salt: String,
    /// Lowercase hex SHA-256 of `salt` followed by the secret number in decimal.
    pub challenge: String,
    /// The largest number the browser needs to try.
    pub max_number: u64,
}

/// Why a proof was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PowError {
    /// The challenge is older than [`LIFETIME_SECONDS`].
    #[error("the check has expired")]
    Expired,
    /// The number doesn't solve the challenge.
    #[error("the check was not solved")]
    Wrong,
    /// The token was altered, truncated or made with another key.
    #[error("the check could not be read")]
    Malformed,
}

/// The cost for a client address that started `recent` journeys in the last hour:
/// [`BASE_MAX_NUMBER`], doubled for every 5 starts beyond the first 5, at most
/// [`TOP_MAX_NUMBER`].
pub fn max_number_for(recent: i64) -> u64 {
    let doublings = ((recent - 5).max(0) / 5).min(4) as u32;
    (BASE_MAX_NUMBER << doublings).min(TOP_MAX_NUMBER)
}

fn signature(key: &[u8; 32], salt: &str, challenge: &str) -> String {
    let Ok(mut m) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    m.update(SIGNATURE_DOMAIN);
    m.update(salt.as_bytes());
    m.update(b"\0");
    m.update(challenge.as_bytes());
    hex(&m.finalize().into_bytes())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn hash(salt: &str, number: u64) -> String {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update(number.to_string().as_bytes());
    hex(&h.finalize())
}

/// Issues a challenge with secret number up to `max_number` (at least 1), valid for
/// [`LIFETIME_SECONDS`] from `now` (unix seconds). `key` is the 32-byte server key.
pub fn challenge(key: &[u8; 32], now: i64, max_number: u64) -> Challenge {
    let max_number = max_number.max(1);
    let mut nonce = [0u8; 16];
    OsRng.fill_bytes(&mut nonce);
    let salt = format!(
        "{VERSION}.{}.{}.{max_number}.",
        hex(&nonce),
        now + LIFETIME_SECONDS
    );
    let number = OsRng.gen_range(0..=max_number);
    let challenge = hash(&salt, number);
    let sig = signature(key, &salt, &challenge);
    Challenge {
        token: format!("{salt}{challenge}.{sig}"),
        salt,
        challenge,
        max_number,
    }
}

/// A solved challenge: its nonce (32 hex digits, for the caller to record as used) and
/// the cost it was issued at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solved {
    /// The token's nonce.
    pub nonce: String,
    /// The token's `max_number` (signed: the browser can't lower it).
    pub max_number: u64,
}

/// Checks that `number` (decimal, as the browser sent it) solves `token` at `now`.
///
/// Errors: [`PowError::Malformed`] for a token this key didn't issue,
/// [`PowError::Expired`] after its expiry, [`PowError::Wrong`] for a number that
/// doesn't solve it.
pub fn verify(key: &[u8; 32], token: &str, number: &str, now: i64) -> Result<Solved, PowError> {
    let parts: Vec<&str> = token.split('.').collect();
    let [version, nonce, expires, max, challenge, sig] = parts.as_slice() else {
        return Err(PowError::Malformed);
    };
    if *version != VERSION
        || nonce.len() != 32
        || !nonce.bytes().all(|b| b.is_ascii_hexdigit())
        || challenge.len() != 64
    {
        return Err(PowError::Malformed);
    }
    let salt = format!("{version}.{nonce}.{expires}.{max}.");
    let expected = signature(key, &salt, challenge);
    if expected.is_empty() || !bool::from(expected.as_bytes().ct_eq(sig.as_bytes())) {
        return Err(PowError::Malformed);
    }
    let expires: i64 = expires.parse().map_err(|_| PowError::Malformed)?;
    let max: u64 = max.parse().map_err(|_| PowError::Malformed)?;
    if now > expires {
        return Err(PowError::Expired);
    }
    let number: u64 = number.trim().parse().map_err(|_| PowError::Wrong)?;
    if number > max || !bool::from(hash(&salt, number).as_bytes().ct_eq(challenge.as_bytes())) {
        return Err(PowError::Wrong);
    }
    Ok(Solved {
        nonce: (*nonce).to_owned(),
        max_number: max,
    })
}

/// Finds the number for `c` the way the browser does (tests, load drivers).
pub fn solve(c: &Challenge) -> Option<u64> {
    (0..=c.max_number).find(|n| hash(&c.salt, *n) == c.challenge)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: [u8; 32] = [7; 32];

    #[test]
    fn a_solved_challenge_passes_once_per_nonce_and_a_wrong_number_fails() {
        let c = challenge(&KEY, 1000, 500);
        let n = solve(&c).expect("solvable");
        let solved = verify(&KEY, &c.token, &n.to_string(), 1000).unwrap();
        assert_eq!(solved.nonce.len(), 32);
        assert_eq!(solved.max_number, 500);
        assert!(c.token.contains(&solved.nonce));
        let wrong = (n + 1) % 501;
        assert_eq!(
            verify(&KEY, &c.token, &wrong.to_string(), 1000),
            Err(PowError::Wrong)
        );
        assert_eq!(verify(&KEY, &c.token, "", 1000), Err(PowError::Wrong));
        assert_eq!(
            verify(&KEY, &c.token, &n.to_string(), 1000 + LIFETIME_SECONDS + 1),
            Err(PowError::Expired)
        );
    }

    #[test]
    fn altered_tokens_and_other_keys_are_malformed() {
        let c = challenge(&KEY, 1000, 100);
        let n = solve(&c).unwrap().to_string();
        assert_eq!(
            verify(&[8; 32], &c.token, &n, 1000),
            Err(PowError::Malformed)
        );
        // A cheaper cost or a later expiry written into the token breaks its signature.
        let cheaper = c.token.replace(".100.", ".1.");
        assert_eq!(verify(&KEY, &cheaper, &n, 1000), Err(PowError::Malformed));
        let later = c.token.replace(".1600.", ".999999.");
        assert_eq!(verify(&KEY, &later, &n, 1000), Err(PowError::Malformed));
        for bad in ["", "p1", "p1.a.b.c.d.e", &c.token[..c.token.len() - 1]] {
            assert_eq!(
                verify(&KEY, bad, &n, 1000),
                Err(PowError::Malformed),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_cost_rises_with_pressure_and_is_capped() {
        assert_eq!(max_number_for(0), BASE_MAX_NUMBER);
        assert_eq!(max_number_for(9), BASE_MAX_NUMBER);
        assert_eq!(max_number_for(10), 2 * BASE_MAX_NUMBER);
        assert!(max_number_for(20) > max_number_for(10));
        assert_eq!(max_number_for(10_000), TOP_MAX_NUMBER);
        assert_eq!(TOP_MAX_NUMBER, 16 * BASE_MAX_NUMBER);
    }
}
