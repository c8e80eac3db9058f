//! Request extraction for the API, with rejections in the API's JSON shape: a strict JSON
//! body, and query parameters that are checked by name and type. Text the database engines
//! would treat differently is refused as `invalid_field` naming the field (the rules are in
//! [`crate::form`]): JSON strings here, query strings and paths before routing.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use latchkey_i18n::{t, tr};
use serde::de::DeserializeOwned;

use crate::error::ApiError;
use crate::form::{Refusal, Refused, check_text, seconds};
use crate::state::AppState;

/// A JSON body of type `T`. Types are strict and unknown fields are refused by `T`
/// (`deny_unknown_fields`); every failure names the field when there is one.
pub struct ApiJson<T>(pub T);

fn is_json(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// Whether serde_json refused a string for holding a lone surrogate (`"\ud800"`) or bytes
/// that are not UTF-8; its messages for these are stable and tested below.
fn bad_character(e: &serde_json::Error) -> bool {
    let m = e.to_string();
    m.contains("surrogate") || m.contains("hex escape") || m.contains("unicode code point")
}

/// Every string (and object key) of `v` at `at` and below, checked with [`check_text`].
fn check_strings(v: &serde_json::Value, at: &str) -> Result<(), Refused> {
    match v {
        serde_json::Value::String(s) => check_text(at, s),
        serde_json::Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, item)| check_strings(item, &format!("{at}[{i}]"))),
        serde_json::Value::Object(fields) => fields.iter().try_for_each(|(k, item)| {
            let path = if at.is_empty() {
                k.clone()
            } else {
                format!("{at}.{k}")
            };
            check_text(&path, k)?;
            check_strings(item, &path)
        }),
        _ => Ok(()),
    }
}

/// Refuses, naming the field, text the database engines would treat differently: a string
/// with a NUL, a lone surrogate or bytes that are not UTF-8, or one that is too long.
/// Anything else that is wrong is left to the typed parse, which says it best.
fn refuse_bad_text(bytes: &[u8]) -> Result<(), ApiError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, serde_json::Value>(&mut de) {
        Ok(tree) => check_strings(&tree, "").map_err(|r| r.api_error()),
        Err(e) if bad_character(e.inner()) => {
            Err(Refused::new(e.path().to_string(), Refusal::Character).api_error())
        }
        Err(_) => Ok(()),
    }
}

/// Parses `bytes` as a `T` (a JSON object); the error says where the problem is.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            t("api-json-empty"),
        ));
    }
    // Every body is an object; serde would also take a struct as an array of its fields.
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            t("api-json-not-object"),
        ));
    }
    refuse_bad_text(bytes)?;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_data() && path != "." {
            ApiError::field(path, inner.to_string())
        } else {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_json",
                tr(
                    "api-json-invalid-for-request",
                    &[("detail", inner.to_string().into())],
                ),
            )
        }
    })?;
    de.end().map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            tr("api-json-trailing", &[("detail", e.to_string().into())]),
        )
    })?;
    Ok(value)
}

impl<T: DeserializeOwned + Send> FromRequest<AppState> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let content_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if !is_json(content_type) {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                t("setup-passkey-api-json"),
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "too_large",
                    t("api-error-too-large"),
                )
            } else if crate::body_timed_out(&e) {
                ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "invalid_json",
                    tr(
                        "api-json-timeout",
                        &[(
                            "duration",
                            seconds(state.settings.server.body_timeout_seconds).into(),
                        )],
                    ),
                )
            } else {
                ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "invalid_json",
                    t("api-json-unreadable"),
                )
            }
        })?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// The query string as name–value pairs, read by name with strict types. (Values with a
/// NUL, not UTF-8 or too long never get here: [`crate::form::refuse_bad_address`]
/// refuses them for every request.)
#[derive(Debug, Default)]
pub struct Params(Vec<(String, String)>);

impl FromRequestParts<AppState> for Params {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        let raw = parts.uri.query().unwrap_or_default();
        serde_urlencoded::from_str::<Vec<(String, String)>>(raw)
            .map(Params)
            .map_err(|_| {
                ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "invalid_field",
                    t("api-query-unreadable"),
                )
            })
    }
}

/// Paging of a list: `offset` (default 0) and `limit` (default 50, at most 500).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// Items to skip, 0 to `i32::MAX`.
    pub offset: i64,
    /// Items to return, 1 to [`MAX_LIMIT`].
    pub limit: i64,
}

/// Items a list returns when the query gives no `limit`.
pub const DEFAULT_LIMIT: i64 = 50;
/// The largest `limit` a list accepts.
pub const MAX_LIMIT: i64 = 500;

impl Params {
    /// Refuses parameters this endpoint does not know (a typo would silently match everything).
    pub fn only(&self, known: &[&str]) -> Result<(), ApiError> {
        if let Some((k, _)) = self.0.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            return Err(ApiError::field(
                k.clone(),
                tr("api-query-unknown", &[("names", known.join(", ").into())]),
            ));
        }
        for name in known {
            if self.0.iter().filter(|(k, _)| k == name).count() > 1 {
                return Err(ApiError::field(*name, t("api-query-once")));
            }
        }
        Ok(())
    }

    /// The raw value of `name`, if given (the first, if given twice).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A text filter: absent or empty means none.
    pub fn text(&self, name: &'static str, max: usize) -> Result<Option<String>, ApiError> {
        match self.get(name).map(str::trim) {
            None | Some("") => Ok(None),
            Some(v) if v.chars().count() > max => Err(ApiError::field(
                name,
                tr("api-query-max-chars", &[("max", max.into())]),
            )),
            Some(v) => Ok(Some(v.to_owned())),
        }
    }

    /// A whole number from `min` to `max`; `default` when absent.
    ///
    /// Errors: `invalid_field` (400) when it is not a whole number or out of range.
    pub fn int(
        &self,
        name: &'static str,
        default: i64,
        min: i64,
        max: i64,
    ) -> Result<i64, ApiError> {
        let Some(v) = self.get(name) else {
            return Ok(default);
        };
        match v.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::field(
                name,
                tr(
                    "api-query-whole-number",
                    &[("min", min.into()), ("max", max.into())],
                ),
            )),
        }
    }

    /// An RFC 3339 time, as Unix seconds.
    pub fn time(&self, name: &'static str) -> Result<Option<i64>, ApiError> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => {
                time::OffsetDateTime::parse(v, &time::format_description::well_known::Rfc3339)
                    .map(|t| Some(t.unix_timestamp()))
                    .map_err(|_| ApiError::field(name, t("api-query-time")))
            }
        }
    }

    /// The `offset` and `limit` parameters.
    ///
    /// Errors: `invalid_field` (400) when either is not a whole number or out of range.
    pub fn paging(&self) -> Result<Paging, ApiError> {
        Ok(Paging {
            offset: self.int("offset", 0, 0, i64::from(i32::MAX))?,
            limit: self.int("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)?,
        })
    }
}

/// A page of a list, in the shape every list answers with.
pub fn page(items: Vec<serde_json::Value>, total: i64, p: Paging) -> serde_json::Value {
    serde_json::json!({"items": items, "total": total, "offset": p.offset, "limit": p.limit})
}

/// An id from the path; anything but a positive whole number is no such resource.
pub fn path_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ApiError::not_found(t("api-error-not-found")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Body {
        name: String,
        #[serde(default)]
        list: Vec<String>,
    }

    fn refused(json: &[u8]) -> (String, String) {
        match parse_json::<Body>(json) {
            Ok(b) => panic!("accepted {b:?}"),
            Err(e) => (e.field.unwrap_or_default(), e.message),
        }
    }

    #[test]
    fn strings_the_engines_disagree_on_are_refused_by_field() {
        for body in [
            &br#"{"name": "a\u0000b"}"#[..],
            br#"{"name": "\ud800"}"#,
            br#"{"name": "\udc00"}"#,
            br#"{"name": "\ud800\u0041"}"#,
            b"{\"name\": \"a\xffb\"}",
        ] {
            let (field, message) = refused(body);
            assert_eq!(field, "name", "{}", String::from_utf8_lossy(body));
            assert!(message.contains("not allowed"), "{message}");
        }
        let (field, _) = refused(br#"{"name": "x", "list": ["ok", "b\u0000"]}"#);
        assert_eq!(field, "list[1]");
        let long = format!(
            r#"{{"name": "{}"}}"#,
            "a".repeat(crate::form::MAX_TEXT_CHARS + 1)
        );
        let (field, message) = refused(long.as_bytes());
        assert_eq!(field, "name");
        assert!(message.contains("too long"), "{message}");
        // A surrogate pair is one real character.
        assert!(parse_json::<Body>(br#"{"name": "\ud83d\ude00"}"#).is_ok());
        // Other mistakes keep their own message.
        let e = parse_json::<Body>(br#"{"name": 1}"#).err().map(|e| e.code);
        assert_eq!(e, Some("invalid_field"));
        let e = parse_json::<Body>(br#"{"name": "x""#).err().map(|e| e.code);
        assert_eq!(e, Some("invalid_json"));
    }
}
