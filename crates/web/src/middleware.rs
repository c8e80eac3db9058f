//! What wraps every request: a request id and a log line, security headers, the CSRF
//! cookie, and the client address.

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use rand::RngCore;
use std::net::SocketAddr;
use std::time::Instant;
use tracing::Instrument;

use crate::state::AppState;
use latchkey_i18n::Lang;

/// The CSRF token for this request's forms.
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

/// The id of this request, shown on error pages and sent as `x-request-id`.
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

/// The client's address: the socket peer, or behind a trusted proxy the address it
/// forwarded for ([`crate::client::client_address`]).
#[derive(Clone, Debug)]
pub struct ClientIp(pub String);

/// The cookie name to use for `base`: `__Host-` prefixed when cookies are secure
/// (`public_url` is `https://`).
pub fn cookie_name(state: &AppState, base: &str) -> String {
    if state.settings.secure_cookies() {
        format!("__Host-{base}")
    } else {
        base.to_owned()
    }
}

/// The value of cookie `name` in the request, if any.
pub fn read_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// A `Set-Cookie` value with our attributes: HttpOnly, Path=/, SameSite, Secure under TLS.
pub fn set_cookie(
    state: &AppState,
    name: &str,
    value: &str,
    same_site: &str,
    max_age: Option<i64>,
) -> String {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite={same_site}");
    if state.settings.secure_cookies() {
        c.push_str("; Secure");
    }
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    c
}

/// A response extension: the handler set its own `Cache-Control` (the Latchkey app's
/// files, which a phone may keep and revalidate), which [`request_context`] then keeps
/// instead of `no-store`; such a response gets no CSRF cookie either.
#[derive(Debug, Clone, Copy)]
pub struct OwnCaching;

/// 32 random bytes from the OS, base64url without padding (43 characters).
pub fn random_token() -> String {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    B64URL.encode(b)
}

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// [`CSP`] with hCaptcha's script, frames, styles and calls allowed (`captcha = "hcaptcha"`).
const CSP_HCAPTCHA: &str = "default-src 'self'; script-src 'self' https://hcaptcha.com https://*.hcaptcha.com; \
                   style-src 'self' https://hcaptcha.com https://*.hcaptcha.com; img-src 'self' data:; \
                   frame-src https://hcaptcha.com https://*.hcaptcha.com; \
                   connect-src 'self' https://hcaptcha.com https://*.hcaptcha.com; \
                   object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// [`CSP`] with Turnstile's script and frame allowed (`captcha = "turnstile"`).
const CSP_TURNSTILE: &str = "default-src 'self'; script-src 'self' https://challenges.cloudflare.com; \
                   style-src 'self'; img-src 'self' data:; frame-src https://challenges.cloudflare.com; \
                   object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The cookie holding the chosen language's code (see [`crate::lang`]).
pub const LANG_COOKIE: &str = "latchkey-lang";

/// The language to serve a request with `headers` in: the `latchkey-lang` cookie, then
/// `Accept-Language`, then English (see [`crate::lang`]).
pub fn request_lang(state: &AppState, headers: &HeaderMap) -> Lang {
    read_cookie(headers, &cookie_name(state, LANG_COOKIE))
        .and_then(|c| Lang::parse(&c))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::negotiate)
        })
        .unwrap_or_default()
}

tokio::task_local! {
    static BACK: String;
}

/// Runs a request's handling with the page to come back to after choosing a language:
/// for a `GET`, its path and query; for a form sent, the page the form was on (see
/// [`page_of_form`]); for a "this wasn't me" page (`/report/{token}`), the start page, so
/// its token never goes into another URL.
pub async fn with_back<F: std::future::Future>(
    method: &axum::http::Method,
    uri: &axum::http::Uri,
    f: F,
) -> F::Output {
    let back = if uri.path().starts_with("/report/") {
        // The one page whose address is a secret: never copied into another URL (the
        // picker's query, proxies' logs). Its link is in the email.
        "/".to_owned()
    } else if method == axum::http::Method::GET {
        uri.path_and_query().map_or("/", |p| p.as_str()).to_owned()
    } else {
        page_of_form(uri.path()).to_owned()
    };
    BACK.scope(back, f).await
}

/// The page a form posted to `path` is on: its own path when that answers `GET` too
/// (`/reset`, `/reset/password`, `/signin/access-pass`), else the page it belongs to.
fn page_of_form(path: &str) -> &str {
    // `/admin/users/{id}/role` → `/admin/users/{id}`, and so on.
    let first_three = |p: &'static str| -> Option<&str> {
        let rest = path.strip_prefix(p)?;
        let id_end = rest.find('/').map_or(path.len(), |i| p.len() + i);
        Some(&path[..id_end])
    };
    match path {
        "/signout" => "/",
        "/account/password" | "/account/language" => "/account",
        "/reset/extend" => "/reset/verify",
        p if p.starts_with("/reset/verify/") => "/reset/verify",
        p if p.starts_with("/setup/passkey/") => "/setup/passkey",
        "/setup/send" | "/setup/verify" | "/setup/remove" | "/setup/confirm" => "/setup",
        "/admin/password-protection/test" => "/admin/password-protection",
        "/admin/reports/remind" => "/admin/reports",
        _ => first_three("/admin/users/")
            .or_else(|| first_three("/admin/groups/"))
            .or_else(|| first_three("/admin/tokens/"))
            .unwrap_or(path),
    }
}

/// The page the language picker comes back to (see [`with_back`]); `/` outside a request.
pub fn back() -> String {
    BACK.try_with(Clone::clone)
        .unwrap_or_else(|_| "/".to_owned())
}

/// Middleware around every request: gives it a request id, the client IP and a CSRF token
/// (request extensions), sets the CSRF seed cookie when new, counts the response (by
/// status class, and by route pattern, method and class with its latency) and logs it,
/// and adds `x-request-id`, the security headers (CSP, `nosniff`, `DENY` framing,
/// `no-referrer`, COOP, HSTS under TLS) and `Cache-Control`.
pub async fn request_context(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let request_id = uuid::Uuid::new_v4().simple().to_string();
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let client_ip = crate::client::client_address(peer, req.headers(), &state.trusted_proxies);

    let csrf_name = cookie_name(&state, "latchkey-csrf");
    let (csrf_seed, new_seed) = match read_cookie(req.headers(), &csrf_name) {
        Some(v) if v.len() >= 32 && v.len() <= 64 => (v, false),
        _ => (random_token(), true),
    };
    let token = state.mac(&[b"csrf", csrf_seed.as_bytes()]);
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    // Counted under the pattern the router matched (`/report/{token}`), never the path.
    let route = state.metrics.http.route(
        req.extensions()
            .get::<MatchedPath>()
            .map(MatchedPath::as_str),
    );
    // The one path that carries a secret ("this wasn't me" links) is logged without it.
    let log_path = if path.starts_with("/report/") {
        "/report/{token}".to_owned()
    } else {
        path.clone()
    };
    req.extensions_mut().insert(CsrfToken(token));
    req.extensions_mut().insert(RequestId(request_id.clone()));
    req.extensions_mut().insert(ClientIp(client_ip.clone()));

    // The span carries the path but never the query string or body.
    let span = tracing::info_span!("request", id = %request_id, %method, path = %log_path, client = %client_ip);
    let lang = request_lang(&state, req.headers());
    let uri = req.uri().clone();
    let handled = with_back(&method, &uri, next.run(req).instrument(span.clone()));
    let mut resp = latchkey_i18n::scope(lang, handled).await;
    let status = resp.status().as_u16();
    state.metrics.count_status(status);
    route.observe(&method, status, started.elapsed());
    span.in_scope(|| {
        tracing::info!(
            status,
            ms = started.elapsed().as_secs_f64() * 1000.0,
            "served"
        );
    });

    // A response marked [`OwnCaching`] (the app's files) keeps its `Cache-Control` and
    // gets no CSRF cookie.
    let own_caching = resp.extensions().get::<OwnCaching>().is_some();
    let h = resp.headers_mut();
    if new_seed
        && !path.starts_with("/static/")
        && !path.starts_with("/api/")
        && !own_caching
        && let Ok(v) =
            HeaderValue::from_str(&set_cookie(&state, &csrf_name, &csrf_seed, "Strict", None))
    {
        h.append(header::SET_COOKIE, v);
    }
    h.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code()),
    );
    if let Ok(v) = HeaderValue::from_str(&request_id) {
        h.insert("x-request-id", v);
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        // The provider's widget is only on the start page: only there may it load.
        HeaderValue::from_static(match state.settings.human_check() {
            latchkey_core::config::HumanCheck::HCaptcha if path == "/reset" => CSP_HCAPTCHA,
            latchkey_core::config::HumanCheck::Turnstile if path == "/reset" => CSP_TURNSTILE,
            _ => CSP,
        }),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if path.starts_with("/static/") {
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=3600"),
        );
    } else if !own_caching {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.settings.secure_cookies() {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    resp
}

#[cfg(test)]
mod tests {
    use super::page_of_form;

    #[test]
    fn a_form_goes_back_to_the_page_it_is_on() {
        for (posted, page) in [
            ("/reset/verify/send", "/reset/verify"),
            ("/reset/password", "/reset/password"),
            ("/reset", "/reset"),
            ("/signin/access-pass", "/signin/access-pass"),
            ("/password/change", "/password/change"),
            ("/account/password", "/account"),
            ("/setup/send", "/setup"),
            ("/setup/app", "/setup/app"),
            ("/setup/passkey/finish", "/setup/passkey"),
            ("/admin/users/12/role", "/admin/users/12"),
            ("/admin/users/new", "/admin/users/new"),
            ("/admin/groups/3/add", "/admin/groups/3"),
            (
                "/admin/password-protection/test",
                "/admin/password-protection",
            ),
        ] {
            assert_eq!(page_of_form(posted), page, "{posted}");
        }
    }
}
