//! Stored password hashes: Argon2id in PHC form, the markers of accounts without a local
//! password, and the bounds a stored hash's parameters must keep (a floor for hashes
//! brought from elsewhere, a ceiling for any hash a worker computes).

use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_NO_PAD as B64;

use super::{HashError, HashParams};

/// The stored hash of an account created without a password (`latchkey user import`
/// without a `password_hash` column): not a PHC string, so no password verifies against
/// it. The user gets one through self-service reset, or an administrator sets one.
pub const NO_PASSWORD: &str = "!none";

/// Whether a stored hash marks an account without a local password: [`NO_PASSWORD`], or
/// the marker of accounts synced from a directory (both start with `!`, which no PHC
/// string does).
pub fn is_no_password(stored: &str) -> bool {
    stored.starts_with('!')
}

/// The heaviest stored parameters a worker hashes with, unless the configured ones are
/// heavier still: memory 64 MiB (`m` in KiB), 10 passes, 16 lanes. A stored hash beyond
/// them (brought from elsewhere, or written into the database by hand) would let one
/// sign-in take a worker's memory or time without bound; it verifies nothing, after the
/// effort of an ordinary check.
pub const STORED_CEILING: HashParams = HashParams {
    memory_kib: 65_536,
    iterations: 10,
    parallelism: 16,
};

/// The lightest parameters accepted for a hash brought from elsewhere, unless the
/// configured ones are lighter (tests, benchmarks): OWASP's least memory (7 MiB) and
/// their products memory × passes, the lowest of which is 7168 KiB × 5.
pub const IMPORT_FLOOR: HashParams = HashParams {
    memory_kib: 7_168,
    iterations: 5,
    parallelism: 1,
};

impl HashParams {
    /// Whether a stored hash with these parameters is within [`STORED_CEILING`] (or
    /// `configured`, where heavier).
    pub fn within_ceiling(&self, configured: &HashParams) -> bool {
        self.memory_kib <= configured.memory_kib.max(STORED_CEILING.memory_kib)
            && self.iterations <= configured.iterations.max(STORED_CEILING.iterations)
            && self.parallelism <= configured.parallelism.max(STORED_CEILING.parallelism)
    }

    /// Whether these parameters are at least [`IMPORT_FLOOR`] (or `configured`, where
    /// lighter): memory at least the floor's, memory × passes at least the floor's
    /// product, so each of OWASP's equivalent choices (m=47104 t=1, m=19456 t=2,
    /// m=12288 t=3, m=9216 t=4, m=7168 t=5) passes.
    pub fn at_least_floor(&self, configured: &HashParams) -> bool {
        let work = |p: &HashParams| u64::from(p.memory_kib) * u64::from(p.iterations);
        self.memory_kib >= configured.memory_kib.min(IMPORT_FLOOR.memory_kib)
            && work(self) >= work(configured).min(work(&IMPORT_FLOOR))
    }
}

/// Whether `phc` is an Argon2id (v19) hash in PHC form this pool verifies:
/// `$argon2id$v=19$m=…,t=…,p=…$salt$hash` with parameters Argon2 accepts, between
/// [`IMPORT_FLOOR`] and [`STORED_CEILING`] (each widened to `configured` where it lies
/// outside), a salt of at least 8 bytes and a hash of 16 to 64 bytes. For hashes brought
/// from elsewhere (`latchkey user import`), so that an account never holds one that fails
/// at sign-in, ties up a worker, or is quicker to guess than the service's own.
pub fn is_argon2id_phc(phc: &str, configured: &HashParams) -> bool {
    let Ok(p) = parse_phc(phc) else {
        return false;
    };
    p.salt.len() >= 8
        && p.params.within_ceiling(configured)
        && p.params.at_least_floor(configured)
        && p.argon2().is_ok()
}

/// A stored hash taken apart: `$argon2id$v=19$m=…,t=…,p=…$salt$hash`.
pub(super) struct Phc {
    pub(super) params: HashParams,
    pub(super) salt: Vec<u8>,
    pub(super) hash: Vec<u8>,
}

impl Phc {
    /// The Argon2id instance that recomputes this hash: its length 16 to 64 bytes and
    /// its parameters ones Argon2 accepts, else [`HashError::Malformed`].
    pub(super) fn argon2(&self) -> Result<Argon2<'static>, HashError> {
        if !(16..=64).contains(&self.hash.len()) {
            return Err(HashError::Malformed);
        }
        let p = &self.params;
        let params = Params::new(
            p.memory_kib,
            p.iterations,
            p.parallelism,
            Some(self.hash.len()),
        )
        .map_err(|_| HashError::Malformed)?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

/// Takes a stored hash apart; [`HashError::Malformed`] when it is not Argon2id v19 in PHC form.
pub(super) fn parse_phc(phc: &str) -> Result<Phc, HashError> {
    let mut parts = phc.split('$');
    let (Some(""), Some("argon2id"), Some("v=19"), Some(ps), Some(salt), Some(hash), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Err(HashError::Malformed);
    };
    let mut m = None;
    let mut t = None;
    let mut p = None;
    for kv in ps.split(',') {
        let (k, v) = kv.split_once('=').ok_or(HashError::Malformed)?;
        let v: u32 = v.parse().map_err(|_| HashError::Malformed)?;
        match k {
            "m" => m = Some(v),
            "t" => t = Some(v),
            "p" => p = Some(v),
            _ => return Err(HashError::Malformed),
        }
    }
    let (Some(memory_kib), Some(iterations), Some(parallelism)) = (m, t, p) else {
        return Err(HashError::Malformed);
    };
    Ok(Phc {
        params: HashParams {
            memory_kib,
            iterations,
            parallelism,
        },
        salt: B64.decode(salt).map_err(|_| HashError::Malformed)?,
        hash: B64.decode(hash).map_err(|_| HashError::Malformed)?,
    })
}
