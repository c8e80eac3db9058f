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
pub mod delivery;
pub mod error;
pub mod form;
pub mod identity;
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

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

/// Serves the app on `listener` until `shutdown` resolves, then stops accepting, lets
/// requests in flight finish (at most `drain`), and stops the background workers.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
    drain: Duration,
) -> std::io::Result<()> {
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let sweeper = tokio::spawn(session::sweeper(state.clone(), stop_rx.clone()));
    let deliveries = tokio::spawn(delivery::worker(state.clone(), stop_rx));
    let router = app(state.clone());
    let (signal_tx, signal_rx) = tokio::sync::oneshot::channel::<()>();
    let server = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown.await;
        let _ = signal_tx.send(());
    });
    let server = tokio::spawn(async move { server.await });
    // Once the signal has come, the drain gets a deadline.
    let result = tokio::select! {
        r = server => r.unwrap_or_else(|e| Err(std::io::Error::other(e))),
        _ = async {
            let _ = signal_rx.await;
            tokio::time::sleep(drain).await;
        } => {
            tracing::warn!(seconds = drain.as_secs(), "requests still running after the drain timeout; stopping anyway");
            Ok(())
        }
    };
    let _ = stop_tx.send(true);
    let _ = sweeper.await;
    let _ = deliveries.await;
    tracing::info!("stopped");
    result
}
