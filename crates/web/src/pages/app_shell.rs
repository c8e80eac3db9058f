//! The Latchkey app (a PWA for app notifications with number matching): its page, script,
//! stylesheet, service worker, manifest and icons, built into the binary from
//! `static/app/`. The app talks to the JSON API under `/app/api/`; the files are here.

use axum::http::{HeaderValue, Uri, header};
use axum::response::{IntoResponse, Response};

use crate::error::PageError;

/// One file of the app.
struct AppFile {
    path: &'static str,
    content_type: &'static str,
    cache: &'static str,
    body: &'static [u8],
}

/// Page, script, stylesheet, worker and manifest are revalidated on every load, so a new
/// server version reaches every phone at once; icons may be kept for a day.
const REVALIDATE: &str = "no-cache";
const ICON: &str = "public, max-age=86400";
const JS: &str = "text/javascript; charset=utf-8";

const FILES: &[AppFile] = &[
    AppFile {
        path: "/app",
        content_type: "text/html; charset=utf-8",
        cache: REVALIDATE,
        body: include_bytes!("../../static/app/index.html"),
    },
    AppFile {
        path: "/app/app.js",
        content_type: JS,
        cache: REVALIDATE,
        body: include_bytes!("../../static/app/app.js"),
    },
    AppFile {
        path: "/app/app.css",
        content_type: "text/css; charset=utf-8",
        cache: REVALIDATE,
        body: include_bytes!("../../static/app/app.css"),
    },
    AppFile {
        path: "/app/sw.js",
        content_type: JS,
        cache: REVALIDATE,
        body: include_bytes!("../../static/app/sw.js"),
    },
    AppFile {
        path: "/app/manifest.webmanifest",
        content_type: "application/manifest+json",
        cache: REVALIDATE,
        body: include_bytes!("../../static/app/manifest.webmanifest"),
    },
    AppFile {
        path: "/app/icon.svg",
        content_type: "image/svg+xml",
        cache: ICON,
        body: include_bytes!("../../static/app/icon.svg"),
    },
    AppFile {
        path: "/app/icon-192.png",
        content_type: "image/png",
        cache: ICON,
        body: include_bytes!("../../static/app/icon-192.png"),
    },
    AppFile {
        path: "/app/icon-512.png",
        content_type: "image/png",
        cache: ICON,
        body: include_bytes!("../../static/app/icon-512.png"),
    },
    AppFile {
        path: "/app/apple-touch-icon.png",
        content_type: "image/png",
        cache: ICON,
        body: include_bytes!("../../static/app/apple-touch-icon.png"),
    },
];

/// `GET /app` and `GET /app/{file}`: the app's files with their content type and cache
/// policy; any other name is the 404 page. The service worker is allowed the scope
/// `/app` (not just `/app/`) so that it controls the page at `/app` itself.
pub async fn file(uri: Uri) -> Response {
    let Some(f) = FILES.iter().find(|f| f.path == uri.path()) else {
        return PageError::NotFound.into_response();
    };
    let mut resp = f.body.into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(f.content_type),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(f.cache));
    if f.path == "/app/sw.js" {
        h.insert("service-worker-allowed", HeaderValue::from_static("/app"));
    }
    resp.extensions_mut().insert(crate::middleware::OwnCaching);
    resp
}
