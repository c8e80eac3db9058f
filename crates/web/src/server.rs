//! The HTTP/1 server under [`crate::serve`]: an accept loop with a connection cap, one task
//! per connection, and on each connection a watchdog that closes it when the client is too
//! slow with its headers or stays idle too long. Request bodies carry their own deadline.
//!
//! hyper's own `header_read_timeout` is not used: hyper also starts it as soon as a
//! response is written (`proto/h1/conn.rs`, `State::idle`), so it would close every idle
//! keep-alive connection after the header timeout instead of `keepalive_timeout_seconds`.

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::{Body, Bytes, Frame, Incoming, SizeHint};
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use latchkey_core::config::ServerSettings;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::{Pin, pin};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;

/// `[server]` as durations and a count.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    header: Duration,
    body: Duration,
    keepalive: Duration,
    connections: usize,
}

impl Limits {
    /// The limits `[server]` sets (each at least 1, as validation already ensures).
    pub(crate) fn of(s: &ServerSettings) -> Self {
        let secs = |n: u32| Duration::from_secs(u64::from(n.max(1)));
        Self {
            header: secs(s.header_timeout_seconds),
            body: secs(s.body_timeout_seconds),
            keepalive: secs(s.keepalive_timeout_seconds),
            connections: usize::try_from(s.max_connections.max(1)).unwrap_or(usize::MAX),
        }
    }
}

/// Accepts connections until `shutdown` resolves, at most `limits.connections` open at
/// once: beyond that, new connections wait in the listen queue. Then stops accepting, asks
/// every connection to finish its request in flight and close, and waits for them.
pub(crate) async fn accept_loop(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.connections));
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut shutdown = pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.map_err(io::Error::other)?,
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        connections.spawn(connection(
            stream,
            peer,
            router.clone(),
            limits,
            stop_rx.clone(),
            slot,
        ));
        while let Some(ended) = connections.try_join_next() {
            log_panic(ended);
        }
    }
    drop(listener);
    let _ = stop_tx.send(true);
    while let Some(ended) = connections.join_next().await {
        log_panic(ended);
    }
    Ok(())
}

fn log_panic(ended: Result<(), tokio::task::JoinError>) {
    if let Err(e) = ended
        && e.is_panic()
    {
        tracing::error!(%e, "a connection task panicked");
    }
}

/// As hyper 0.14 and axum do: errors of one connection are skipped; others (such as too many
/// open files) are logged and accepting pauses for a second, so closing connections can free
/// what is missing.
async fn accept_failed(e: io::Error) {
    if matches!(
        e.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    ) {
        return;
    }
    tracing::error!(%e, "could not accept a connection; trying again in a second");
    tokio::time::sleep(Duration::from_secs(1)).await;
}

/// Serves one connection until it ends, the watchdog closes it, or shutdown has let its
/// request in flight finish. `_slot` is its place under the connection cap.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    router: Router,
    limits: Limits,
    mut stop: watch::Receiver<bool>,
    _slot: OwnedSemaphorePermit,
) {
    let watch = Arc::new(Watch::new(limits));
    let io = TokioIo::new(Watched {
        io: stream,
        watch: watch.clone(),
    });
    let requests = watch.clone();
    let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
        let in_flight = requests.request();
        let deadline = Instant::now() + limits.body;
        let mut req = req.map(|body| {
            axum::body::Body::new(DeadlineBody {
                body,
                deadline,
                timer: None,
            })
        });
        req.extensions_mut().insert(ConnectInfo(peer));
        let router = router.clone();
        async move {
            let response = router.oneshot(req).await;
            drop(in_flight);
            response
        }
    });
    let mut conn = pin!(
        http1::Builder::new()
            .header_read_timeout(None)
            .serve_connection(io, service)
    );
    let mut stopping = false;
    loop {
        let deadline = watch.deadline();
        tokio::select! {
            ended = conn.as_mut() => {
                if let Err(e) = ended {
                    tracing::debug!(%peer, %e, "connection ended with an error");
                }
                return;
            }
            () = async { let _ = stop.wait_for(|s| *s).await; }, if !stopping => {
                stopping = true;
                conn.as_mut().graceful_shutdown();
            }
            () = watch.changed.notified() => {}
            () = until(deadline.map(|(at, _)| at)) => {
                if let Some((at, why)) = watch.deadline()
                    && at <= Instant::now()
                {
                    tracing::debug!(%peer, why, "closing a slow connection");
                    return;
                }
            }
        }
    }
}

async fn until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

/// Where a connection stands, for its watchdog.
#[derive(Debug)]
struct Phase {
    /// Requests whose handler is running.
    in_flight: usize,
    /// When the next request's head began: the connection's start for the first request,
    /// then its first byte. `None` while idle or while a request runs.
    head_since: Option<Instant>,
    /// When the last request ended or a response last made progress.
    idle_since: Instant,
}

/// A connection's watchdog: when it must be closed if nothing changes.
struct Watch {
    limits: Limits,
    phase: Mutex<Phase>,
    /// Woken when a deadline may have moved earlier.
    changed: Notify,
}

impl Watch {
    fn new(limits: Limits) -> Self {
        let now = Instant::now();
        Self {
            limits,
            phase: Mutex::new(Phase {
                in_flight: 0,
                head_since: Some(now),
                idle_since: now,
            }),
            changed: Notify::new(),
        }
    }

    fn phase(&self) -> MutexGuard<'_, Phase> {
        self.phase.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// When to close the connection, and why; `None` while a request runs (its body has its
    /// own deadline).
    fn deadline(&self) -> Option<(Instant, &'static str)> {
        let p = self.phase();
        if p.in_flight > 0 {
            None
        } else if let Some(since) = p.head_since {
            Some((
                since + self.limits.header,
                "the request headers did not arrive in time",
            ))
        } else {
            Some((
                p.idle_since + self.limits.keepalive,
                "idle for the keep-alive timeout",
            ))
        }
    }

    /// Bytes came in: between requests, they start the next request's head.
    fn read(&self) {
        let mut p = self.phase();
        if p.in_flight == 0 && p.head_since.is_none() {
            p.head_since = Some(Instant::now());
            drop(p);
            self.changed.notify_one();
        }
    }

    /// Bytes went out: a response still being written keeps the connection from idling out.
    fn wrote(&self) {
        let mut p = self.phase();
        if p.in_flight == 0 {
            p.idle_since = Instant::now();
        }
    }

    /// A request's head is complete and its handler starts.
    fn request(self: &Arc<Self>) -> InFlight {
        {
            let mut p = self.phase();
            p.in_flight += 1;
            p.head_since = None;
        }
        self.changed.notify_one();
        InFlight(self.clone())
    }
}

/// A running request; the connection goes idle when the last one ends.
struct InFlight(Arc<Watch>);

impl Drop for InFlight {
    fn drop(&mut self) {
        {
            let mut p = self.0.phase();
            p.in_flight = p.in_flight.saturating_sub(1);
            p.idle_since = Instant::now();
        }
        self.0.changed.notify_one();
    }
}

/// The socket, telling the watchdog when bytes come and go.
struct Watched {
    io: TcpStream,
    watch: Arc<Watch>,
}

impl AsyncRead for Watched {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let polled = Pin::new(&mut this.io).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            this.watch.read();
        }
        polled
    }
}

impl AsyncWrite for Watched {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let polled = Pin::new(&mut this.io).poll_write(cx, data);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            this.watch.wrote();
        }
        polled
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let polled = Pin::new(&mut this.io).poll_write_vectored(cx, data);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            this.watch.wrote();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}

/// The error of a request body that has not fully arrived by its deadline.
#[derive(Debug)]
struct BodyTimedOut;

impl std::fmt::Display for BodyTimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the request body did not arrive within the body timeout")
    }
}

impl std::error::Error for BodyTimedOut {}

/// Whether reading a body failed because it did not arrive in time
/// (`[server] body_timeout_seconds`): `e` or an error under it is the deadline's.
pub(crate) fn body_timed_out(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(e);
    while let Some(c) = cause {
        if c.is::<BodyTimedOut>() {
            return true;
        }
        cause = c.source();
    }
    false
}

/// A request body that fails with [`BodyTimedOut`] when it is still incomplete at
/// `deadline` (a total for the whole body, not a pause between pieces, so a client that
/// trickles a byte at a time is cut off too).
struct DeadlineBody {
    body: Incoming,
    deadline: Instant,
    timer: Option<Pin<Box<Sleep>>>,
}

impl Body for DeadlineBody {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = self.get_mut();
        if let Poll::Ready(frame) = Pin::new(&mut this.body).poll_frame(cx) {
            return Poll::Ready(frame.map(|f| f.map_err(Into::into)));
        }
        let deadline = this.deadline;
        let timer = this
            .timer
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
        match timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Some(Err(Box::new(BodyTimedOut)))),
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}
