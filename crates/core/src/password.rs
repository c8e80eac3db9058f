//! Password hashing (Argon2id on a bounded pool of worker threads), generation and the
//! basic password policy.
//!
//! Hashing is the one expensive thing Latchkey does. It never runs on the async
//! threads: jobs go to a fixed number of worker threads (one per core by default),
//! each owning its Argon2 memory so the large buffer is allocated once, not per hash.
//! The queue in front of them is bounded; when it is full a caller gets
//! [`HashError::Overloaded`] at once, which the web layer turns into a fast 503.

use argon2::{Algorithm, Argon2, Block, Params, Version};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_NO_PAD as B64;
use flume::{Receiver, RecvTimeoutError, Sender, TrySendError};
use rand::{Rng, RngCore, rngs::OsRng, seq::SliceRandom};

/// How long a hashing worker keeps its Argon2 memory without work.
const IDLE_RELEASE: std::time::Duration = std::time::Duration::from_secs(10);
use std::sync::Arc;
use subtle::ConstantTimeEq;
use tokio::sync::oneshot;

use crate::secret::Secret;
use latchkey_i18n::{t, tr};

mod phc;

use phc::parse_phc;
pub use phc::{IMPORT_FLOOR, NO_PASSWORD, STORED_CEILING, is_argon2id_phc, is_no_password};

/// Argon2id cost. Defaults follow OWASP's first recommendation (19 MiB, t=2, p=1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashParams {
    /// Memory per hash in KiB (`m`); OWASP's first choice is 19456 (19 MiB).
    pub memory_kib: u32,
    /// Passes over the memory (`t`); OWASP: 2.
    pub iterations: u32,
    /// Lanes (`p`); OWASP: 1.
    pub parallelism: u32,
}

impl Default for HashParams {
    fn default() -> Self {
        Self {
            memory_kib: 19_456,
            iterations: 2,
            parallelism: 1,
        }
    }
}

impl HashParams {
    fn argon2(&self) -> Result<Argon2<'static>, HashError> {
        let p = Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32))
            .map_err(|e| HashError::Params(e.to_string()))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, p))
    }
}

/// Why hashing or verifying a password could not be done (not a wrong password, which
/// verifies as `false`).
#[derive(Debug, thiserror::Error)]
pub enum HashError {
    /// The queue in front of the workers is full; try again shortly (HTTP 503).
    #[error("too many password operations are waiting; try again shortly")]
    Overloaded,
    /// The worker threads have stopped or could not be started.
    #[error("the password hashing workers have stopped")]
    Stopped,
    /// The Argon2 parameters are out of range; the text is the argon2 crate's reason.
    #[error("invalid Argon2 parameters: {0}")]
    Params(String),
    /// The stored hash is not an Argon2id v19 PHC string this pool can read.
    #[error("stored password hash is malformed")]
    Malformed,
}

enum Job {
    Hash {
        password: Secret,
        reply: oneshot::Sender<Result<String, HashError>>,
    },
    Verify {
        password: Secret,
        phc: String,
        reply: oneshot::Sender<Result<bool, HashError>>,
    },
}

/// The hashing pool. Cheap to clone; all clones share the workers.
#[derive(Clone)]
pub struct PasswordHasher {
    tx: Sender<Job>,
    params: HashParams,
    /// A hash of a random password, verified against when a username is unknown,
    /// so that unknown and known usernames cost the same time.
    dummy: Arc<String>,
    /// Jobs refused because the queue was full, since start.
    overloaded: Arc<std::sync::atomic::AtomicU64>,
    accepted: Arc<std::sync::atomic::AtomicU64>,
}

impl std::fmt::Debug for PasswordHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordHasher")
            .field("params", &self.params)
            .finish_non_exhaustive()
    }
}

impl PasswordHasher {
    /// Starts `workers` threads (0 = one per core) behind a queue of `queue` jobs.
    pub fn start(params: HashParams, workers: usize, queue: usize) -> Result<Self, HashError> {
        params.argon2()?; // fail early on bad parameters
        let workers = if workers == 0 {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        } else {
            workers
        };
        // Each worker waits on its own handle of one channel (flume: many receivers), so
        // each notices its own idle spell and gives its buffer back.
        let (tx, rx) = flume::bounded::<Job>(queue.max(1));
        for i in 0..workers {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("latchkey-hash-{i}"))
                .spawn(move || worker(rx, params))
                .map_err(|_| HashError::Stopped)?;
        }
        let mut random = [0u8; 24];
        OsRng.fill_bytes(&mut random);
        let dummy = hash_with(&params, &mut Vec::new(), &B64.encode(random))?;
        Ok(Self {
            tx,
            params,
            dummy: Arc::new(dummy),
            overloaded: Arc::default(),
            accepted: Arc::default(),
        })
    }

    /// The Argon2id parameters new hashes are made with.
    pub fn params(&self) -> HashParams {
        self.params
    }

    /// Hashes a password to a PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`).
    pub async fn hash(&self, password: &Secret) -> Result<String, HashError> {
        let (reply, rx) = oneshot::channel();
        self.submit(Job::Hash {
            password: password.clone(),
            reply,
        })?;
        rx.await.map_err(|_| HashError::Stopped)?
    }

    /// Checks a password against a stored PHC string in constant time. A stored value
    /// that marks an account without a local password ([`is_no_password`]: imported
    /// without one, or synced from a directory) verifies nothing, after the same effort
    /// as a real check, so such accounts look like any other to someone timing sign-ins.
    ///
    /// A stored hash whose parameters are beyond [`STORED_CEILING`] (and the configured
    /// ones) is not hashed with: it verifies nothing, after the effort of a hash with the
    /// configured parameters, and a warning is logged.
    pub async fn verify(&self, password: &Secret, phc: &str) -> Result<bool, HashError> {
        let none = is_no_password(phc);
        let phc = if none { self.dummy.as_str() } else { phc };
        let (reply, rx) = oneshot::channel();
        self.submit(Job::Verify {
            password: password.clone(),
            phc: phc.to_owned(),
            reply,
        })?;
        let same = rx.await.map_err(|_| HashError::Stopped)??;
        Ok(same && !none)
    }

    /// Spends the same effort as [`verify`](Self::verify) and always fails: for unknown users.
    pub async fn verify_dummy(&self, password: &Secret) -> Result<bool, HashError> {
        let dummy = Arc::clone(&self.dummy);
        self.verify(password, &dummy).await.map(|_| false)
    }

    /// Whether a stored hash was made with other parameters than the current ones.
    pub fn needs_rehash(&self, phc: &str) -> bool {
        parse_phc(phc)
            .map(|p| p.params != self.params)
            .unwrap_or(true)
    }

    /// How many hash or verify jobs were refused with [`HashError::Overloaded`] since
    /// the pool started (for `latchkey_hash_overloaded_total`).
    pub fn overloaded(&self) -> u64 {
        self.overloaded.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// How many hash and verify jobs the pool took since it started (for
    /// `latchkey_hash_jobs_total`: the load driver divides it by the resets done).
    pub fn jobs(&self) -> u64 {
        self.accepted.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Jobs waiting in the queue now for a free worker (those being worked on not
    /// counted), for `latchkey_hash_queue_depth`.
    pub fn queued(&self) -> usize {
        self.tx.len()
    }

    /// How many jobs the queue holds before new ones are refused
    /// ([`HashError::Overloaded`]): `password_hash.queue`, at least 1.
    pub fn queue_capacity(&self) -> usize {
        self.tx.capacity().unwrap_or(usize::MAX)
    }

    fn submit(&self, job: Job) -> Result<(), HashError> {
        self.tx
            .try_send(job)
            .map(|()| {
                self.accepted
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            })
            .map_err(|e| match e {
                TrySendError::Full(_) => {
                    self.overloaded
                        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    HashError::Overloaded
                }
                TrySendError::Disconnected(_) => HashError::Stopped,
            })
    }
}

fn worker(rx: Receiver<Job>, params: HashParams) {
    // The Argon2 memory is reused by every job while work keeps coming, and given back
    // after a quiet spell, so an idle server stays small.
    let mut memory: Vec<Block> = Vec::new();
    loop {
        let job = match rx.recv_timeout(IDLE_RELEASE) {
            Ok(job) => job,
            Err(RecvTimeoutError::Timeout) => {
                memory = Vec::new();
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => return,
        };
        match job {
            // NFKC first: the same password typed on another keyboard is the same password.
            Job::Hash { password, reply } => {
                let pw = crate::protect::normalise::nfkc(password.expose());
                let _ = reply.send(hash_with(&params, &mut memory, &pw));
            }
            Job::Verify {
                password,
                phc,
                reply,
            } => {
                let pw = crate::protect::normalise::nfkc(password.expose());
                let _ = reply.send(verify_with(&params, &mut memory, &pw, &phc));
            }
        }
    }
}

/// Blocks (1 KiB each) a buffer is given room for at least: above the 32 MiB beyond which
/// glibc always maps an allocation of its own, so the buffer goes back to the operating
/// system when the pool drops it after an idle spell (smaller ones end up in glibc's
/// arenas, which keep them). Only the blocks used are ever touched, so the room beyond
/// costs no resident memory.
const OWN_MAPPING_BLOCKS: usize = 33 * 1024;

/// Makes `memory` at least `blocks` long, in its own mapping.
fn grow(memory: &mut Vec<Block>, blocks: usize) {
    if memory.len() >= blocks {
        return;
    }
    if memory.capacity() < blocks {
        *memory = Vec::with_capacity(blocks.max(OWN_MAPPING_BLOCKS));
    }
    memory.resize(blocks, Block::default());
}

fn raw_hash(
    params: &HashParams,
    memory: &mut Vec<Block>,
    password: &str,
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), HashError> {
    let argon = params.argon2()?;
    let blocks = argon.params().block_count();
    grow(memory, blocks);
    argon
        .hash_password_into_with_memory(password.as_bytes(), salt, out, &mut memory[..blocks])
        .map_err(|e| HashError::Params(e.to_string()))
}

fn hash_with(
    params: &HashParams,
    memory: &mut Vec<Block>,
    password: &str,
) -> Result<String, HashError> {
    let mut salt = [0u8; 16];
    OsRng.fill_bytes(&mut salt);
    let mut out = [0u8; 32];
    raw_hash(params, memory, password, &salt, &mut out)?;
    Ok(format!(
        "$argon2id$v=19$m={},t={},p={}${}${}",
        params.memory_kib,
        params.iterations,
        params.parallelism,
        B64.encode(salt),
        B64.encode(out)
    ))
}

fn verify_with(
    configured: &HashParams,
    memory: &mut Vec<Block>,
    password: &str,
    phc: &str,
) -> Result<bool, HashError> {
    let stored = parse_phc(phc)?;
    if !stored.params.within_ceiling(configured) {
        tracing::warn!(
            "a stored password hash has Argon2 parameters beyond what is verified \
             (memory 64 MiB, 10 passes, 16 lanes); the sign-in is refused"
        );
        // The effort of an ordinary check, so the refusal takes no other time.
        raw_hash(configured, memory, password, &[0; 16], &mut [0; 32])?;
        return Ok(false);
    }
    let argon = stored.argon2()?;
    let mut out = vec![0u8; stored.hash.len()];
    let blocks = argon.params().block_count();
    grow(memory, blocks);
    argon
        .hash_password_into_with_memory(
            password.as_bytes(),
            &stored.salt,
            &mut out,
            &mut memory[..blocks],
        )
        .map_err(|_| HashError::Malformed)?;
    Ok(bool::from(out.ct_eq(&stored.hash)))
}

/// A strong random password that is still easy to type from a screen: 16 characters
/// from letters and digits without look-alikes (no 0/O, 1/l/I), at least one of each
/// kind, plus one symbol. About 94 bits of entropy.
pub fn generate() -> Secret {
    const LOWER: &[u8] = b"abcdefghijkmnopqrstuvwxyz";
    const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
    const DIGIT: &[u8] = b"23456789";
    const SYMBOL: &[u8] = b"!#%+-=?@";
    let mut rng = OsRng;
    let all: Vec<u8> = [LOWER, UPPER, DIGIT].concat();
    let mut chars: Vec<u8> = vec![
        LOWER[rng.gen_range(0..LOWER.len())],
        UPPER[rng.gen_range(0..UPPER.len())],
        DIGIT[rng.gen_range(0..DIGIT.len())],
        SYMBOL[rng.gen_range(0..SYMBOL.len())],
    ];
    while chars.len() < 16 {
        chars.push(all[rng.gen_range(0..all.len())]);
    }
    chars.shuffle(&mut rng);
    Secret::new(String::from_utf8_lossy(&chars).into_owned())
}

/// Why a new password was refused. The code is stable (API); the message is for people.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyViolation {
    /// Shorter than the minimum, which it carries (characters).
    #[error("{}", tr("errors-password-too-short", &[("min", (*.0).into())]))]
    TooShort(usize),
    /// Longer than the maximum, which it carries (characters).
    #[error("{}", tr("errors-password-too-long", &[("max", (*.0).into())]))]
    TooLong(usize),
    /// Too close to a commonly used password (the built-in banned list).
    #[error("{}", t("errors-password-too-common"))]
    TooCommon,
    /// The same as the current password.
    #[error("{}", t("errors-password-same-as-current"))]
    SameAsCurrent,
    /// Contains the user's sign-in name (the part before any `@`, when 3 characters or more).
    #[error("{}", t("errors-password-contains-username"))]
    ContainsUsername,
    /// The new password and its confirmation differ.
    #[error("{}", t("errors-password-mismatch"))]
    Mismatch,
    #[error("{}", t("errors-password-contains-name"))]
    /// Contains the user's first or last name or the organization's name.
    ContainsName,
    #[error("{}", t("errors-password-custom-banned"))]
    /// Contains a term from the organization's custom banned list.
    CustomBanned,
    #[error("{}", t("errors-password-breached"))]
    /// Found in the imported breached-password list.
    Breached,
    /// One of the user's recent passwords (see `history` in the protection policy).
    #[error("{}", t("errors-password-reused"))]
    Reused,
    /// Scores below the minimum strength, which it carries (0–4).
    #[error("{}", t("errors-password-too-weak"))]
    TooWeak(u8),
    #[error("{}", t("errors-password-needs-classes"))]
    /// Uses fewer than three of lower case, upper case, digits and symbols.
    NeedsClasses,
    /// Only the user's username, first, last or display name with digits, symbols or
    /// spaces around it (`Maximilian2026`, `2026mias!`, the username repeated).
    #[error("{}", t("errors-password-name-or-username"))]
    NameOrUsername,
    /// Only the organization's name with a year, digits or symbols (`Contoso2026`).
    #[error("{}", t("errors-password-organization-with-year"))]
    OrganizationWithYear,
    /// Essentially a walk along the keyboard (`qwertyuiop`, `asdfgh`, `1qaz2wsx`).
    #[error("{}", t("errors-password-keyboard-walk"))]
    KeyboardWalk,
}

impl PolicyViolation {
    /// Stable machine-readable code for the API, e.g. `password_too_short`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::TooShort(_) => "password_too_short",
            Self::TooLong(_) => "password_too_long",
            Self::TooCommon => "password_too_common",
            Self::SameAsCurrent => "password_same_as_current",
            Self::ContainsUsername => "password_contains_username",
            Self::Mismatch => "password_mismatch",
            Self::ContainsName => "password_contains_name",
            Self::CustomBanned => "password_banned_by_organization",
            Self::Breached => "password_breached",
            Self::Reused => "password_recently_used",
            Self::TooWeak(_) => "password_too_weak",
            Self::NeedsClasses => "password_needs_character_classes",
            Self::NameOrUsername => "password_name_or_username",
            Self::OrganizationWithYear => "password_organization_with_year",
            Self::KeyboardWalk => "password_keyboard_walk",
        }
    }
}

/// The rules a new password must meet. Checking that it differs from the current
/// password needs a hash verification and happens where the current hash is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordPolicy {
    /// Shortest password accepted, in characters (Unicode scalar values).
    pub min_length: usize,
    /// Longest password accepted, in characters; longer ones are refused, never truncated.
    pub max_length: usize,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        Self {
            min_length: 8,
            max_length: 256,
        }
    }
}

/// A short built-in list of the most used passwords. The password-protection work
/// replaces this with the full banned-list engine.
const COMMON: &[&str] = &[
    "password",
    "password1",
    "password12",
    "password123",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "12345678",
    "123456789",
    "1234567890",
    "11111111",
    "00000000",
    "87654321",
    "qwertyui",
    "qwerty123",
    "qwertyuiop",
    "1q2w3e4r",
    "1qaz2wsx",
    "abc12345",
    "abcd1234",
    "iloveyou",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "welcome1",
    "welcome123",
    "letmein1",
    "trustno1",
    "superman",
    "starwars",
    "whatever",
    "changeme",
    "admin123",
    "administrator",
    "azerty123",
    "monkey123",
    "dragon123",
    "master123",
    "computer",
    "internet",
    "qazwsxedc",
];

impl PasswordPolicy {
    /// Checks length (in characters, never truncated) and the common-password list.
    pub fn check(&self, password: &str, username: &str) -> Result<(), PolicyViolation> {
        let len = password.chars().count();
        if len < self.min_length {
            return Err(PolicyViolation::TooShort(self.min_length));
        }
        if len > self.max_length {
            return Err(PolicyViolation::TooLong(self.max_length));
        }
        let lower = password.to_lowercase();
        if COMMON.contains(&lower.as_str()) {
            return Err(PolicyViolation::TooCommon);
        }
        let local = username.split('@').next().unwrap_or(username);
        if local.chars().count() >= 3 && lower.contains(&local.to_lowercase()) {
            return Err(PolicyViolation::ContainsUsername);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn buffers_get_a_mapping_of_their_own_and_are_reused() {
        let mut memory = Vec::new();
        grow(&mut memory, 19 * 1024);
        assert_eq!(memory.len(), 19 * 1024);
        assert!(
            memory.capacity() * std::mem::size_of::<Block>() > 32 * 1024 * 1024,
            "above glibc's largest arena allocation, so freeing it unmaps it"
        );
        let before = memory.as_ptr();
        grow(&mut memory, 8 * 1024);
        grow(&mut memory, 19 * 1024);
        assert_eq!(memory.as_ptr(), before, "no new allocation per job");
    }

    use super::*;

    fn cheap() -> HashParams {
        HashParams {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        }
    }

    #[tokio::test]
    async fn hash_and_verify_round_trip() {
        let h = PasswordHasher::start(cheap(), 1, 4).expect("pool");
        let pw = Secret::new("correct horse battery");
        let phc = h.hash(&pw).await.expect("hash");
        assert!(phc.starts_with("$argon2id$v=19$m=64,t=1,p=1$"));
        assert!(!phc.contains("correct"));
        assert!(h.verify(&pw, &phc).await.expect("verify"));
        assert!(
            !h.verify(&Secret::new("wrong horse battery"), &phc)
                .await
                .expect("verify")
        );
        assert!(!h.verify_dummy(&pw).await.expect("dummy"));
        // Same password, different salt, different hash.
        assert_ne!(phc, h.hash(&pw).await.expect("hash"));
        assert!(!h.needs_rehash(&phc));
        // Composed and decomposed accents are the same password.
        let composed = h
            .hash(&Secret::new("caf\u{e9}-latte-42"))
            .await
            .expect("hash");
        assert!(
            h.verify(&Secret::new("cafe\u{301}-latte-42"), &composed)
                .await
                .expect("verify")
        );
    }

    #[tokio::test]
    async fn hash_is_standard_argon2id() {
        // A PHC string made with the reference parameters verifies with our parser,
        // and ours is accepted by the argon2 crate's own encoder (same bytes).
        let params = cheap();
        let mut mem = Vec::new();
        let phc = hash_with(&params, &mut mem, "pw-123456").expect("hash");
        let parsed = parse_phc(&phc).expect("parse");
        let mut out = [0u8; 32];
        params
            .argon2()
            .expect("params")
            .hash_password_into("pw-123456".as_bytes(), &parsed.salt, &mut out)
            .expect("hash");
        assert_eq!(out.to_vec(), parsed.hash);
    }

    #[tokio::test]
    async fn full_queue_is_refused_at_once() {
        // One slow worker, a queue of one: the third concurrent job must be refused.
        let slow = HashParams {
            memory_kib: 32 * 1024,
            iterations: 3,
            parallelism: 1,
        };
        let h = PasswordHasher::start(slow, 1, 1).expect("pool");
        let tasks: Vec<_> = (0..6)
            .map(|_| {
                let h = h.clone();
                tokio::spawn(async move { h.hash(&Secret::new("x")).await })
            })
            .collect();
        let mut results = Vec::new();
        for t in tasks {
            results.push(t.await.expect("task"));
        }
        let refused = results
            .iter()
            .filter(|r| matches!(r, Err(HashError::Overloaded)))
            .count();
        assert!(refused > 0);
        assert_eq!(h.overloaded(), refused as u64, "every refusal is counted");
        assert!(results.iter().any(|r| r.is_ok()));
        assert_eq!((h.queued(), h.queue_capacity()), (0, 1), "drained, of one");
    }

    #[tokio::test]
    async fn accounts_without_a_password_verify_nothing_and_imported_hashes_are_checked() {
        let h = PasswordHasher::start(cheap(), 1, 4).expect("pool");
        let pw = Secret::new(NO_PASSWORD);
        assert!(!h.verify(&pw, NO_PASSWORD).await.expect("no error"));
        assert!(
            !h.verify(&Secret::new(""), "!directory")
                .await
                .expect("no error")
        );
        assert!(is_no_password(NO_PASSWORD) && !is_no_password("$argon2id$"));

        let phc = h.hash(&Secret::new("Imported-Pass-1")).await.expect("hash");
        assert!(is_argon2id_phc(&phc, &cheap()));
        // A stored hash beyond the ceiling (imported before the check, or written by
        // hand) is never hashed with: 4 TiB and 2^32 passes would end the process.
        let heavy = "$argon2id$v=19$m=4294967295,t=4294967295,p=1$c29tZXNhbHRzb21lc2FsdA$\
                     aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
        assert!(!h.verify(&Secret::new("x"), heavy).await.expect("no error"));
        let reference = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$\
                         aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
        let owasp = HashParams::default();
        assert!(is_argon2id_phc(reference, &owasp));
        let with = |m: u32, t: u32, p: u32| {
            format!(
                "$argon2id$v=19$m={m},t={t},p={p}$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"
            )
        };
        // Each of OWASP's equivalent choices, and up to the ceiling.
        for (m, t) in [
            (47_104, 1),
            (19_456, 2),
            (12_288, 3),
            (9_216, 4),
            (7_168, 5),
            (65_536, 10),
        ] {
            assert!(is_argon2id_phc(&with(m, t, 1), &owasp), "m={m} t={t}");
        }
        // Too weak for the default configuration (fine for one configured as weak),
        // and beyond the ceiling whatever the configuration.
        assert!(!is_argon2id_phc(&with(8, 1, 1), &owasp));
        assert!(!is_argon2id_phc(&with(19_456, 1, 1), &owasp));
        assert!(!is_argon2id_phc(&with(6_144, 8, 1), &owasp));
        assert!(is_argon2id_phc(&with(256, 1, 1), &cheap()));
        for (m, t, p) in [
            (4_294_967_295, 4_294_967_295, 1),
            (65_537, 2, 1),
            (19_456, 11, 1),
            (19_456, 2, 17),
        ] {
            assert!(
                !is_argon2id_phc(&with(m, t, p), &owasp),
                "m={m} t={t} p={p}"
            );
            assert!(
                !is_argon2id_phc(&with(m, t, p), &cheap()),
                "m={m} t={t} p={p}"
            );
        }
        for bad in [
            "",
            NO_PASSWORD,
            "$2b$12$abcdefghijklmnopqrstuuJ2Ym6X0cU5gWq3L9G7bN3o1mB7N1zW",
            "$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=16$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=1,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaA",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$not base64!",
        ] {
            assert!(!is_argon2id_phc(bad, &cheap()), "{bad}");
        }
    }

    #[test]
    fn malformed_hashes_are_errors_not_panics() {
        let mut mem = Vec::new();
        for bad in [
            "",
            "$argon2id$v=19$m=x$a$b",
            "$argon2i$v=19$m=8,t=1,p=1$AAAA$AAAA",
            "plain",
        ] {
            assert!(
                verify_with(&cheap(), &mut mem, "x", bad).is_err(),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn generated_passwords_are_strong_and_pass_policy() {
        let policy = PasswordPolicy::default();
        for _ in 0..200 {
            let p = generate();
            let s = p.expose();
            assert_eq!(s.chars().count(), 16);
            assert!(s.chars().any(|c| c.is_ascii_lowercase()));
            assert!(s.chars().any(|c| c.is_ascii_uppercase()));
            assert!(s.chars().any(|c| c.is_ascii_digit()));
            assert!(policy.check(s, "someone").is_ok());
        }
        assert_ne!(generate(), generate());
    }

    #[test]
    fn policy_reasons() {
        let p = PasswordPolicy::default();
        assert_eq!(p.check("short", "mias"), Err(PolicyViolation::TooShort(8)));
        assert_eq!(
            p.check(&"x".repeat(257), "mias"),
            Err(PolicyViolation::TooLong(256))
        );
        assert_eq!(
            p.check("Password123", "mias"),
            Err(PolicyViolation::TooCommon)
        );
        assert_eq!(
            p.check("xxMiaSxx-long", "mias"),
            Err(PolicyViolation::ContainsUsername)
        );
        assert_eq!(p.check("émoji-🔑-ünïcode", "mias"), Ok(()));
        // 8 characters counted as characters, not bytes.
        assert_eq!(
            p.check("ééééééé", "mias"),
            Err(PolicyViolation::TooShort(8))
        );
    }
}
