//! The Latchkey domain core.
//!
//! Directory types and their validation, the password hashing pool, smart
//! lockout, configuration, audit events and the [`store::Store`] trait that the
//! storage crate implements. Nothing here knows about HTTP or SQL.

#![deny(missing_docs)]

pub mod access_pass;
pub mod audit;
pub mod campaign;
pub mod captcha;
pub mod clock;
pub mod config;
pub mod directory;
pub mod dirsync;
pub mod expiry;
pub mod helpdesk;
pub mod journey;
pub mod lockout;
pub mod password;
pub mod policy;
pub mod pow;
pub mod protect;
pub mod questions;
pub mod registration;
pub mod seal;
pub mod secret;
pub mod store;
pub mod totp;
pub mod writeback;

pub use clock::{Clock, ManualClock, SystemClock, UnixSeconds};
pub use secret::Secret;
