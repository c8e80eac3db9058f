//! One-time codes: random digits, stored only as a keyed MAC, valid 5 minutes, single
//! use, compared in constant time, at most 5 wrong tries each; a resend replaces the old code.

use latchkey_core::store::{CodePurpose, CodeRecord};
use rand::Rng;
use subtle::ConstantTimeEq;

use crate::error::PageError;
use crate::state::AppState;

/// Seconds a code stays valid after it is issued.
pub const VALID_SECS: i64 = 300;
/// Tries one code allows; after the last wrong one it is deleted.
pub const MAX_ATTEMPTS: i64 = 5;

/// `digits` random decimal digits from the OS's generator (leading zeros kept).
pub fn generate(digits: u32) -> String {
    let mut rng = rand::rngs::OsRng;
    (0..digits)
        .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
        .collect()
}

/// The keyed MAC a code is stored as: HMAC of (owner, purpose, code) with the server key.
pub fn mac(state: &AppState, owner: &str, purpose: CodePurpose, code: &str) -> String {
    state.mac(&[
        b"code",
        owner.as_bytes(),
        purpose.as_str().as_bytes(),
        code.as_bytes(),
    ])
}

/// Stores a fresh code for (owner, purpose) and returns it for sending.
pub async fn issue(
    state: &AppState,
    owner: &str,
    purpose: CodePurpose,
    destination: &str,
    digits: u32,
) -> Result<String, PageError> {
    let code = generate(digits);
    state
        .store
        .code_put(&CodeRecord {
            owner: owner.to_owned(),
            purpose,
            destination: destination.to_owned(),
            code_mac: mac(state, owner, purpose, &code),
            expires_at: state.now() + VALID_SECS,
            attempts: 0,
        })
        .await?;
    Ok(code)
}

/// What checking a typed code gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// Right, and now used up. Carries the destination it was sent to.
    Ok(String),
    /// Wrong; tries remain.
    Wrong,
    /// No code waiting (never sent, expired, used, or too many wrong tries).
    Missing,
    /// Past its [`VALID_SECS`]; now deleted.
    Expired,
    /// This wrong try was the last one allowed for this code.
    TooMany,
}

/// Checks `typed` (spaces and dashes ignored) against the code waiting for (owner,
/// purpose). The try is taken atomically before comparing, so parallel guesses get at most
/// [`MAX_ATTEMPTS`] comparisons; a right code is consumed once, by one request.
///
/// Errors: [`PageError::Internal`] when the store fails.
pub async fn check(
    state: &AppState,
    owner: &str,
    purpose: CodePurpose,
    typed: &str,
) -> Result<Check, PageError> {
    let Some(rec) = state.store.code_get(owner, purpose).await? else {
        return Ok(Check::Missing);
    };
    let now = state.now();
    if rec.expires_at <= now {
        state.store.code_delete(owner, purpose).await?;
        return Ok(Check::Expired);
    }
    // Take the attempt before comparing, atomically: of fifty parallel guesses only the
    // first five are ever compared.
    let attempts = state.store.code_fail(owner, purpose).await?;
    if attempts == 0 {
        return Ok(Check::Missing);
    }
    if attempts > MAX_ATTEMPTS {
        state.store.code_delete(owner, purpose).await?;
        return Ok(Check::TooMany);
    }
    let typed: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let candidate = mac(state, owner, purpose, &typed);
    if bool::from(candidate.as_bytes().ct_eq(rec.code_mac.as_bytes())) {
        // Consuming is atomic: of two racing requests with the right code, one wins.
        if state
            .store
            .code_consume(owner, purpose, &rec.code_mac, now)
            .await?
        {
            return Ok(Check::Ok(rec.destination));
        }
        return Ok(Check::Missing);
    }
    if attempts >= MAX_ATTEMPTS {
        state.store.code_delete(owner, purpose).await?;
        return Ok(Check::TooMany);
    }
    Ok(Check::Wrong)
}

/// The destination of a waiting code, if one is waiting.
pub async fn pending_destination(
    state: &AppState,
    owner: &str,
    purpose: CodePurpose,
) -> Result<Option<String>, PageError> {
    Ok(state
        .store
        .code_get(owner, purpose)
        .await?
        .filter(|c| c.expires_at > state.now())
        .map(|c| c.destination))
}
