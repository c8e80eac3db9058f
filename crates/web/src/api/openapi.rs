//! The API's operations as data: each module lists its operations next to its handlers
//! ([`Op`]), and both the router and the OpenAPI 3.1 document at `/api/v1/openapi.json`
//! are built from that one list, so neither can name an operation the other lacks.

use axum::routing::MethodRouter;
use serde_json::{Map, Value, json};

use crate::state::AppState;

/// Who may call an operation (the portal's rules; the token's scope comes on top).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// No token needed.
    Public,
    /// Any administrator's token.
    Admin,
    /// Any administrator's token; a password administrator only for users who aren't
    /// administrators (and for some operations only after verifying the caller in the
    /// helpdesk); never a helpdesk verifier's.
    Manage,
    /// Only a global administrator's token.
    Global,
}

impl Access {
    fn as_str(self) -> &'static str {
        match self {
            Access::Public => "public",
            Access::Admin => "any_admin",
            Access::Manage => "any_admin_for_non_admin_targets",
            Access::Global => "global_admin",
        }
    }
}

/// A query parameter.
pub struct Param {
    /// Name as it appears in the query string.
    pub name: &'static str,
    /// One sentence for the document.
    pub description: &'static str,
    /// JSON Schema of the value.
    pub schema: Value,
}

/// A query parameter from its name, description and JSON Schema.
pub fn param(name: &'static str, description: &'static str, schema: Value) -> Param {
    Param {
        name,
        description,
        schema,
    }
}

/// `offset` and `limit`, as every list takes them.
pub fn paging_params() -> Vec<Param> {
    vec![
        param(
            "offset",
            "How many items to skip (default 0).",
            json!({"type": "integer", "minimum": 0, "maximum": 2_147_483_647, "default": 0}),
        ),
        param(
            "limit",
            "How many items to return (default 50, at most 500).",
            json!({"type": "integer", "minimum": 1, "maximum": 500, "default": 50}),
        ),
    ]
}

/// One operation: the route and its description.
pub struct Op {
    /// HTTP method in lower case, as OpenAPI spells it (`get`, `post`, …).
    pub method: &'static str,
    /// Route path with `{name}` segments, e.g. `/api/v1/users/{id}`.
    pub path: &'static str,
    /// The OpenAPI `operationId`.
    pub id: &'static str,
    /// One line for the document.
    pub summary: &'static str,
    /// Longer description; empty for none.
    pub description: &'static str,
    /// The one OpenAPI tag it is listed under; empty for none.
    pub tag: &'static str,
    /// Who may call it ([`Access::Admin`] unless set).
    pub access: Access,
    /// Query parameters it takes.
    pub query: Vec<Param>,
    /// Schema and example of the body.
    pub body: Option<(Value, Value)>,
    /// The body's media type: `application/json` unless set with [`Op::body_of`].
    pub body_type: &'static str,
    /// Success responses: status, description, schema (None: no body).
    pub ok: Vec<(u16, &'static str, Option<Value>)>,
    /// Error statuses beyond those every operation of its kind has.
    pub errors: Vec<u16>,
    /// The handler, mounted at `path` by the router.
    pub route: MethodRouter<AppState>,
}

impl Op {
    /// An operation with no description, tag, parameters, body or responses, for any
    /// administrator; the builder methods below add them.
    pub fn new(
        method: &'static str,
        path: &'static str,
        id: &'static str,
        summary: &'static str,
        route: MethodRouter<AppState>,
    ) -> Self {
        Self {
            method,
            path,
            id,
            summary,
            description: "",
            tag: "",
            access: Access::Admin,
            query: Vec::new(),
            body: None,
            body_type: "application/json",
            ok: Vec::new(),
            errors: Vec::new(),
            route,
        }
    }
    /// Sets the tag.
    pub fn tag(mut self, tag: &'static str) -> Self {
        self.tag = tag;
        self
    }
    /// Sets the longer description.
    pub fn describe(mut self, d: &'static str) -> Self {
        self.description = d;
        self
    }
    /// Sets who may call it.
    pub fn access(mut self, a: Access) -> Self {
        self.access = a;
        self
    }
    /// Sets the query parameters.
    pub fn query(mut self, q: Vec<Param>) -> Self {
        self.query = q;
        self
    }
    /// Sets the JSON body's schema and example; adds 400, 413 and 415 to the errors.
    pub fn body(mut self, schema: Value, example: Value) -> Self {
        self.body = Some((schema, example));
        self
    }
    /// A body that isn't JSON (a CSV file): its media type, schema and example.
    pub fn body_of(mut self, media_type: &'static str, schema: Value, example: Value) -> Self {
        self.body_type = media_type;
        self.body = Some((schema, example));
        self
    }
    /// Adds a success response: status, description, body schema (`None`: no body). A 201
    /// gets a `Location` header in the document.
    pub fn ok(mut self, status: u16, description: &'static str, schema: Option<Value>) -> Self {
        self.ok.push((status, description, schema));
        self
    }
    /// Adds error statuses beyond those [`Op::error_statuses`] derives.
    pub fn errors(mut self, e: &[u16]) -> Self {
        self.errors.extend_from_slice(e);
        self
    }

    /// Every error status this operation can answer with.
    pub fn error_statuses(&self) -> Vec<u16> {
        let mut e = self.errors.clone();
        if self.access != Access::Public {
            e.extend([401, 403]);
        }
        if self.path.contains('{') {
            e.push(404);
        }
        if !self.query.is_empty() || self.body.is_some() {
            e.push(400);
        }
        if self.body.is_some() {
            e.extend([413, 415]);
        }
        e.sort_unstable();
        e.dedup();
        e
    }

    fn to_json(&self) -> Value {
        let mut op = Map::new();
        op.insert("operationId".into(), self.id.into());
        op.insert("summary".into(), self.summary.into());
        if !self.description.is_empty() {
            op.insert("description".into(), self.description.into());
        }
        if !self.tag.is_empty() {
            op.insert("tags".into(), json!([self.tag]));
        }
        op.insert("x-latchkey-access".into(), self.access.as_str().into());
        if self.access == Access::Public {
            op.insert("security".into(), json!([]));
        } else {
            let scope = if self.method == "get" {
                "read"
            } else {
                "write"
            };
            op.insert("x-latchkey-scope".into(), scope.into());
        }
        let mut params: Vec<Value> = path_params(self.path)
            .into_iter()
            .map(|name| {
                json!({"name": name, "in": "path", "required": true,
                "schema": if name == "kind" {
                    json!({"type": "string", "enum": ["users", "groups"]})
                } else if name == "method_id" {
                    json!({"type": "string", "pattern": "^([1-9][0-9]*|questions)$"})
                } else {
                    json!({"type": "integer", "minimum": 1})
                }})
            })
            .collect();
        params.extend(self.query.iter().map(|p| {
            json!({"name": p.name, "in": "query", "required": false,
                   "description": p.description, "schema": p.schema})
        }));
        if !params.is_empty() {
            op.insert("parameters".into(), Value::Array(params));
        }
        if let Some((schema, example)) = &self.body {
            let mut content = Map::new();
            content.insert(
                self.body_type.into(),
                json!({"schema": schema, "example": example}),
            );
            op.insert(
                "requestBody".into(),
                json!({"required": true, "content": content}),
            );
        }
        let mut responses = Map::new();
        for (status, description, schema) in &self.ok {
            let mut r = json!({"description": description});
            if let Some(s) = schema {
                r["content"] = json!({"application/json": {"schema": s}});
            }
            if *status == 201 {
                r["headers"] = json!({"Location": {"description": "The new resource",
                                                   "schema": {"type": "string"}}});
            }
            responses.insert(status.to_string(), r);
        }
        for status in self.error_statuses() {
            responses.insert(
                status.to_string(),
                json!({"description": error_description(status),
                       "content": {"application/json": {"schema": schema_ref("Error")}}}),
            );
        }
        op.insert("responses".into(), Value::Object(responses));
        Value::Object(op)
    }
}

fn error_description(status: u16) -> &'static str {
    match status {
        400 => "invalid_json or invalid_field: the body or a parameter can't be used",
        401 => "unauthenticated: no token, or an unknown or revoked one",
        403 => "forbidden: the token's role or scope does not allow this",
        404 => "not_found: no such resource",
        409 => "conflict: the change clashes with what exists",
        413 => "too_large: the body is over 64 KiB",
        415 => "unsupported_media_type: the body is not sent as application/json",
        422 => "password_*: a password rule refused the password",
        503 => "busy or storage_unavailable: try again after Retry-After",
        _ => "Error",
    }
}

/// The `{name}` segments of a path.
pub fn path_params(path: &str) -> Vec<&str> {
    path.split('/')
        .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .collect()
}

/// A `$ref` to the shared schema `name` under `#/components/schemas`.
pub fn schema_ref(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// A page of `item`s.
pub fn page_of(item: &str) -> Value {
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["items", "total", "offset", "limit"],
        "properties": {
            "items": {"type": "array", "items": schema_ref(item)},
            "total": {"type": "integer", "minimum": 0},
            "offset": {"type": "integer", "minimum": 0},
            "limit": {"type": "integer", "minimum": 1, "maximum": 500},
        }
    })
}

/// An object with exactly these properties, all of them present in responses.
pub fn object(props: Value) -> Value {
    let required: Vec<Value> = props
        .as_object()
        .map(|o| o.keys().map(|k| Value::String(k.clone())).collect())
        .unwrap_or_default();
    json!({"type": "object", "additionalProperties": false, "required": required, "properties": props})
}

/// The same object with nothing required: a request where left-out fields take defaults.
pub fn defaults_allowed(schema: &Value) -> Value {
    let mut s = schema.clone();
    if let Some(o) = s.as_object_mut() {
        o.remove("required");
    }
    s
}

/// An object with these properties, none required (a request with defaults or a patch).
pub fn optional_object(props: Value) -> Value {
    json!({"type": "object", "additionalProperties": false, "properties": props})
}

/// Schema of a time: an RFC 3339 string in UTC.
pub fn time() -> Value {
    json!({"type": "string", "format": "date-time", "description": "RFC 3339, UTC"})
}

/// Schema of a time that may be null: an RFC 3339 string in UTC, or `null`.
pub fn nullable_time() -> Value {
    json!({"type": ["string", "null"], "format": "date-time", "description": "RFC 3339, UTC"})
}

/// The OpenAPI 3.1 document of `ops`, with the shared `components`.
pub fn document(ops: &[Op], components: Value) -> Value {
    let mut paths = Map::new();
    for op in ops {
        let entry = paths
            .entry(op.path.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(o) = entry.as_object_mut() {
            o.insert(op.method.to_owned(), op.to_json());
        }
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Latchkey API",
            "version": "1",
            "description": "The admin API of Latchkey. Conventions (errors, paging, times) are in docs/API.md. \
                            Call it with an admin API token: `Authorization: Bearer lk_…`.",
        },
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                "description": "An admin API token (lk_…), created with `latchkey token create`."}},
            "schemas": components,
        }
    })
}
