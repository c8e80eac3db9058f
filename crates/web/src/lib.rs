//! The Latchkey web layer: the axum router, server-rendered pages and the JSON API.
//!
//! The server is a library: [`AppState::build`] wires storage, hashing and settings,
//! [`app`] returns the router and [`serve`] runs it on a listener until a shutdown
//! future resolves. `main.rs` in the binary only parses the command line and calls these.

#![deny(missing_docs)]

pub mod api;
pub mod audit;
pub mod auth;
pub mod bootstrap;
pub mod charts;
pub mod client;
pub mod delivery;
pub mod error;
pub mod expiry;
pub mod form;
pub mod identity;
pub mod lang;
pub mod metrics;
pub mod middleware;
pub mod pages;
pub mod protect;
pub mod router;
pub mod service;
pub mod session;
pub mod sspr;
pub mod state;
pub mod views;

pub use bootstrap::{Bootstrap, ensure_bootstrap_admin};
pub use router::app;
pub use state::AppState;

/// Checks `[ldap]` as the server will use it: the CA file parses as PEM certificates and
/// the filters parse (RFC 4515). Nothing is contacted.
///
/// # Errors
///
/// A [`latchkey_core::config::ConfigError`] naming the `ldap.…` setting at fault.
pub fn check_directory_settings(
    s: &latchkey_core::config::Settings,
) -> Result<(), latchkey_core::config::ConfigError> {
    for d in s.directories() {
        latchkey_ldap::Directory::new(d)
            .map_err(|e| latchkey_core::config::ConfigError::new(e.key(), e.to_string()))?;
    }
    Ok(())
}

use std::future::Future;
use std::time::Duration;

mod server;

pub(crate) use server::body_timed_out;

/// Serves the app on `listener` until `shutdown` resolves, then stops accepting, lets
/// requests in flight finish (at most `drain`), and stops the background workers.
///
/// Slow clients are held to `[server]` (`state.settings.server`): a connection must send a
/// request's headers within `header_timeout_seconds` (counted from the connection's start,
/// or from the first byte of a later request, so one that sends nothing is closed too), its
/// body within `body_timeout_seconds` (the request then fails with a 400 that says so, and
/// the connection ends), and is closed after `keepalive_timeout_seconds` idle between
/// requests. At most `max_connections` are open at once; more wait in the listen queue
/// until one closes.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
    drain: Duration,
) -> std::io::Result<()> {
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let sweeper = tokio::spawn(session::sweeper(state.clone(), stop_rx.clone()));
    let directory_sync = tokio::spawn(service::onprem::periodic(state.clone(), stop_rx.clone()));
    let expiry_reminders = tokio::spawn(service::expiry::worker(state.clone(), stop_rx.clone()));
    let campaigns = tokio::spawn(service::campaigns::periodic(state.clone(), stop_rx.clone()));
    let deliveries = tokio::spawn(delivery::worker(state.clone(), stop_rx));
    let limits = server::Limits::of(&state.settings.server);
    let router = app(state.clone());
    let (signal_tx, signal_rx) = tokio::sync::oneshot::channel::<()>();
    let mut server = tokio::spawn(server::accept_loop(listener, router, limits, async move {
        shutdown.await;
        let _ = signal_tx.send(());
    }));
    // Once the signal has come, the drain gets a deadline.
    let result = tokio::select! {
        r = &mut server => r.unwrap_or_else(|e| Err(std::io::Error::other(e))),
        _ = async {
            let _ = signal_rx.await;
            tokio::time::sleep(drain).await;
        } => {
            tracing::warn!(seconds = drain.as_secs(), "requests still running after the drain timeout; stopping anyway");
            // Dropping the accept loop closes the connections still open.
            server.abort();
            Ok(())
        }
    };
    let _ = stop_tx.send(true);
    let _ = sweeper.await;
    directory_sync.abort();
    // A run stopped half-way leaves nothing half-written: each reminder is one transaction.
    expiry_reminders.abort();
    campaigns.abort();
    // A message being sent when the drain ends is left to its lease (sent again later by
    // this or another instance), never cut half-way into the table.
    if tokio::time::timeout(drain, deliveries).await.is_err() {
        tracing::warn!(
            "the delivery worker was still sending at the end of the drain; its messages stay queued"
        );
    }
    tracing::info!("stopped");
    result
}
