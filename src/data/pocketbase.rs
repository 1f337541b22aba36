//! The PocketBase 0.40 dialect (see `shared/backends.md` and `pocketbase/`,
//! the project's collections, rules and hooks).
//!
//! - records under `<base>/api/collections/<name>/records`;
//! - paging with `page`/`perPage`, the total in the body (`totalItems`);
//! - filters and sort in PocketBase's filter syntax (`filter=status = "new"
//!   && …`, `sort=-created_at,id`), every value quoted and escaped;
//! - PATCH with `If-Match: "<version>"`, refused with a 412 by
//!   `pocketbase/pb_hooks/` when the stored version differs;
//! - JSON error bodies (`{status, message, data}`) read into typed errors;
//! - signing in with email and password on the `users` auth collection
//!   (`auth-with-password`): the token and the account's record, or a 400
//!   for a wrong email or password.
//!
//! PocketBase stores a `date` field as `2026-11-24 09:30:00.000Z` and an
//! unset `date` or `text` field as `""`. Records are read back into the
//! contract's forms (the `T` form, `null`), so the app sees exactly what it
//! wrote and compares stored values with its own as on any other backend.
//! Which fields those are is [`SCHEMA`], the same as `pocketbase/schema.json`
//! (a host test checks the two agree).

use serde_json::{Map, Value};

use crate::time::Timestamp;
use crate::url::{encode, segment};

use super::feed::{Action, Change, FeedEvent, FOLLOWED};
use super::{
    display_name, json_headers, parse_json, with_query, DataError, Dialect, HttpRequest,
    HttpResponse, ListParams, Method, Op, Page, SignedIn,
};

/// How a field is stored where PocketBase's form is not the contract's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// A `date` field: `2026-11-24 09:30:00.000Z`, or `""` when unset.
    Date,
    /// A `text` field holding a string or null (an id, a `*_on` date): `""`
    /// when null.
    TextOrNull,
}

use Stored::{Date, TextOrNull};

/// Per collection, the fields stored as [`Stored`] says; every other field
/// is stored as JSON gives it (`json` fields keep `null`).
pub const SCHEMA: &[(&str, &[(&str, Stored)])] = &[
    (
        "cases",
        &[
            ("created_at", Date),
            ("first_response_at", Date),
            ("resolved_at", Date),
            ("updated_at", Date),
            ("owner_id", TextOrNull),
            ("incident_id", TextOrNull),
        ],
    ),
    (
        "incidents",
        &[
            ("started_at", Date),
            ("detected_at", Date),
            ("acknowledged_at", Date),
            ("mitigated_at", Date),
            ("resolved_at", Date),
            ("updated_at", Date),
            ("commander_id", TextOrNull),
        ],
    ),
    (
        "incident_events",
        &[
            ("at", Date),
            ("created_at", Date),
            ("updated_at", Date),
            ("author_id", TextOrNull),
        ],
    ),
    (
        "case_events",
        &[
            ("at", Date),
            ("created_at", Date),
            ("updated_at", Date),
            ("author_id", TextOrNull),
            ("partner_team", TextOrNull),
        ],
    ),
    (
        "action_items",
        &[
            ("created_at", Date),
            ("updated_at", Date),
            ("owner_id", TextOrNull),
            ("due_on", TextOrNull),
        ],
    ),
    ("people", &[("updated_at", Date), ("mentor_id", TextOrNull)]),
    (
        "goals",
        &[
            ("created_at", Date),
            ("updated_at", Date),
            ("skill", TextOrNull),
            ("target_on", TextOrNull),
        ],
    ),
    (
        "check_ins",
        &[
            ("created_at", Date),
            ("updated_at", Date),
            ("author_id", TextOrNull),
        ],
    ),
    (
        "shifts",
        &[("starts_at", Date), ("ends_at", Date), ("updated_at", Date)],
    ),
    ("kpi_targets", &[("updated_at", Date)]),
    ("sla_policies", &[("updated_at", Date)]),
];

fn stored(collection: &str, field: &str) -> Option<Stored> {
    SCHEMA
        .iter()
        .find(|(c, _)| *c == collection)
        .and_then(|(_, fields)| fields.iter().find(|(f, _)| *f == field))
        .map(|(_, s)| *s)
}

/// A timestamp in PocketBase's stored form (UTC, milliseconds, a space).
fn pb_time(t: Timestamp) -> String {
    t.to_wire().replacen('T', " ", 1)
}

/// A record as the contract spells it: `date` fields in the `T` form, unset
/// ones and unset nullable texts `null`; PocketBase's own `collectionId`
/// and `collectionName` left out. The collection is the record's own
/// `collectionName` (every PocketBase record has it); without one the record
/// is left as it came.
pub fn to_contract(record: Value) -> Value {
    let Value::Object(mut map) = record else {
        return record;
    };
    map.remove("collectionId");
    let Some(Value::String(collection)) = map.remove("collectionName") else {
        return Value::Object(map);
    };
    for (field, value) in map.iter_mut() {
        let Some(kind) = stored(&collection, field) else {
            continue;
        };
        let Value::String(text) = value else {
            continue;
        };
        if text.is_empty() {
            *value = Value::Null;
        } else if kind == Date {
            // Anything else is left for the decoder to call damage.
            if let Ok(t) = Timestamp::parse(text) {
                *value = Value::String(t.to_wire());
            }
        }
    }
    Value::Object(map)
}

/// A value inside a double-quoted filter string: PocketBase's filter parser
/// takes a backslash before the quote and before itself.
fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A "contains" as the whole LIKE pattern `~` then takes: PocketBase wraps a
/// value in `%…%` only when it has no `%`, and then `_` and `%` in it are
/// wildcards; so the value's own `\`, `%` and `_` are escaped and the
/// wrapping is ours.
fn like_pattern(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('%');
    for c in text.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// A field name as the filter syntax takes it: only the contract's snake
/// case (names are checked against the collection before, this is a guard).
fn field_name(field: &str) -> Result<&str, DataError> {
    let ok = field
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && field
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(field)
    } else {
        Err(DataError::InvalidQuery(format!(
            "`{field}` is not a field name"
        )))
    }
}

/// The `filter` of a list, or `None` when it asks for everything.
pub fn filter_expr(collection: &str, params: &ListParams) -> Result<Option<String>, DataError> {
    let mut terms = Vec::new();
    for filter in &params.filters {
        let f = field_name(&filter.field)?;
        let kind = stored(collection, f);
        // A timestamp compared with a `date` field is written in its form;
        // anything else (a date prefix such as `1969-12-31`) as it is.
        let value = |v: &str| match (kind, Timestamp::parse(v)) {
            (Some(Date), Ok(t)) => quote(&pb_time(t)),
            _ => quote(v),
        };
        let term = match &filter.op {
            Op::Eq(v) => format!("{f} = {}", value(v)),
            Op::AnyOf(values) => {
                if values.is_empty() {
                    return Err(DataError::InvalidQuery(format!(
                        "`{f}` must match one of no values"
                    )));
                }
                let any: Vec<String> = values
                    .iter()
                    .map(|v| format!("{f} = {}", value(v)))
                    .collect();
                format!("({})", any.join(" || "))
            }
            Op::Ne(v) => format!("{f} != {}", value(v)),
            Op::Gte(v) => format!("{f} >= {}", value(v)),
            Op::Lte(v) => format!("{f} <= {}", value(v)),
            Op::Contains(v) => format!("{f} ~ {}", quote(&like_pattern(v))),
            Op::IsNull => match kind {
                Some(_) => format!("{f} = \"\""),
                None => format!("{f} = null"),
            },
        };
        terms.push(term);
    }
    if let Some(since) = params.changed_since {
        terms.push(format!("updated_at >= {}", quote(&pb_time(since))));
    }
    Ok((!terms.is_empty()).then(|| terms.join(" && ")))
}

/// The query pairs of a list, in a stable order.
pub fn query_pairs(
    collection: &str,
    params: &ListParams,
) -> Result<Vec<(String, String)>, DataError> {
    let mut pairs = Vec::new();
    if let Some(filter) = filter_expr(collection, params)? {
        pairs.push(("filter".into(), filter));
    }
    if !params.sort.is_empty() {
        let mut fields = Vec::new();
        for s in &params.sort {
            let f = field_name(&s.field)?;
            fields.push(if s.descending {
                format!("-{f}")
            } else {
                f.to_string()
            });
        }
        pairs.push(("sort".into(), fields.join(",")));
    }
    if let Some(page) = params.checked_page()? {
        pairs.push(("page".into(), page.page.to_string()));
        pairs.push(("perPage".into(), page.per_page.to_string()));
    }
    Ok(pairs)
}

/// A non-success answer as a typed error: a stale write's 412 with the
/// stored record read into the contract's form, a taken id (PocketBase says
/// so as a 400 on `id`) as a duplicate, and a refused field named.
pub fn error_of(response: &HttpResponse) -> Option<DataError> {
    match DataError::from_status(response)? {
        DataError::Conflict { current } => Some(DataError::Conflict {
            current: current.map(to_contract),
        }),
        DataError::Http { status, message } => {
            let body = serde_json::from_str::<Value>(&response.body).ok();
            let fields = body
                .as_ref()
                .and_then(|b| b.get("data"))
                .and_then(Value::as_object);
            let code_of = |field: &str| {
                fields
                    .and_then(|f| f.get(field))
                    .and_then(|e| e.get("code"))
                    .and_then(Value::as_str)
            };
            // A taken id: `validation_pk_invalid`, or, when two creates race
            // the insert, `validation_not_unique`.
            let taken = matches!(
                code_of("id"),
                Some("validation_pk_invalid" | "validation_not_unique")
            );
            if status == 400 && taken {
                return Some(DataError::Duplicate);
            }
            let named: Vec<String> = fields
                .into_iter()
                .flat_map(Map::iter)
                .take(5)
                .map(|(field, e)| {
                    let why = e
                        .get("message")
                        .and_then(Value::as_str)
                        .unwrap_or("refused");
                    format!("{field}: {why}")
                })
                .collect();
            let message = match (message.is_empty(), named.is_empty()) {
                (_, true) => message,
                (true, false) => named.join("; "),
                (false, false) => format!("{message} ({})", named.join("; ")),
            };
            Some(DataError::Http { status, message })
        }
        other => Some(other),
    }
}

fn checked(response: &HttpResponse) -> Result<Value, DataError> {
    match error_of(response) {
        Some(e) => Err(e),
        None => parse_json(&response.body),
    }
}

pub struct PocketBase {
    base: String,
}

impl PocketBase {
    /// `base_url` is PocketBase's own address (the one `/api/` hangs under).
    pub fn new(base_url: &str) -> Self {
        PocketBase {
            base: base_url.trim_end_matches('/').to_string(),
        }
    }

    fn collection_url(&self, collection: &str) -> String {
        format!(
            "{}/api/collections/{}/records",
            self.base,
            encode(collection)
        )
    }

    fn record_url(&self, collection: &str, id: &str) -> String {
        format!("{}/{}", self.collection_url(collection), segment(id))
    }

    fn write(
        &self,
        method: Method,
        url: String,
        if_match: Option<i64>,
        body: Option<&Value>,
    ) -> HttpRequest {
        let mut headers = match body {
            Some(_) => json_headers(),
            None => vec![("Accept".into(), "application/json".into())],
        };
        if let Some(v) = if_match {
            headers.push(("If-Match".into(), format!("\"{v}\"")));
        }
        HttpRequest {
            method,
            url,
            headers,
            body: body.map(Value::to_string),
        }
    }
}

impl Dialect for PocketBase {
    fn name(&self) -> &'static str {
        "pocketbase"
    }

    fn list(&self, collection: &str, params: &ListParams) -> Result<HttpRequest, DataError> {
        let pairs = query_pairs(collection, params)?;
        let url = with_query(self.collection_url(collection), &pairs);
        Ok(self.write(Method::Get, url, None, None))
    }

    fn parse_list(&self, response: &HttpResponse, params: &ListParams) -> Result<Page, DataError> {
        let body = checked(response)?;
        let Some(Value::Array(items)) = body.get("items") else {
            return Err(DataError::Protocol(
                "a PocketBase list must have `items`".into(),
            ));
        };
        // -1 when the total was not counted (`skipTotal`).
        let total = match body.get("totalItems") {
            Some(t) => match t.as_i64() {
                Some(n) if n >= 0 => Some(n as u64),
                Some(_) => None,
                None => {
                    return Err(DataError::Protocol(format!(
                        "`totalItems` {t} is not a number"
                    )))
                }
            },
            None => None,
        };
        let items: Vec<Value> = items.iter().cloned().map(to_contract).collect();
        // Unpaged, PocketBase still answers one page (30 by default): less
        // than all is refused rather than shown as all.
        if params.page.is_none() && total.is_some_and(|t| t > items.len() as u64) {
            return Err(DataError::Protocol(format!(
                "PocketBase answered {} of {} records without paging",
                items.len(),
                total.unwrap_or_default()
            )));
        }
        Ok(Page { items, total })
    }

    fn get(&self, collection: &str, id: &str) -> HttpRequest {
        self.write(Method::Get, self.record_url(collection, id), None, None)
    }

    fn parse_one(&self, response: &HttpResponse) -> Result<Value, DataError> {
        match checked(response)? {
            v @ Value::Object(_) => Ok(to_contract(v)),
            _ => Err(DataError::Protocol("a record must be a JSON object".into())),
        }
    }

    fn error(&self, response: &HttpResponse) -> Option<DataError> {
        error_of(response)
    }

    fn create(&self, collection: &str, record: &Value) -> HttpRequest {
        self.write(
            Method::Post,
            self.collection_url(collection),
            None,
            Some(record),
        )
    }

    fn update(
        &self,
        collection: &str,
        id: &str,
        base_version: i64,
        changes: &Value,
    ) -> HttpRequest {
        let url = self.record_url(collection, id);
        self.write(Method::Patch, url, Some(base_version), Some(changes))
    }

    fn delete(&self, collection: &str, id: &str, base_version: Option<i64>) -> HttpRequest {
        self.write(
            Method::Delete,
            self.record_url(collection, id),
            base_version,
            None,
        )
    }

    fn conditional_update(&self) -> bool {
        true
    }

    fn feed_url(&self) -> Option<String> {
        Some(format!("{}/api/realtime", self.base))
    }

    fn feed_events(&self, collections: &[&str]) -> Vec<String> {
        let mut names = vec![CONNECT.to_string()];
        names.extend(collections.iter().map(|c| c.to_string()));
        names
    }

    fn feed_event(&self, name: &str, data: &str) -> FeedEvent {
        read_feed_event(name, data)
    }

    fn feed_subscribe(&self, client_id: &str, collections: &[&str]) -> Option<HttpRequest> {
        let body = serde_json::json!({"clientId": client_id, "subscriptions": collections});
        let url = self.feed_url()?;
        Some(self.write(Method::Post, url, None, Some(&body)))
    }

    fn sign_in(&self, identity: &str, password: &str) -> Option<HttpRequest> {
        let body = serde_json::json!({"identity": identity, "password": password});
        let url = format!("{}/api/collections/{USERS}/auth-with-password", self.base);
        Some(self.write(Method::Post, url, None, Some(&body)))
    }

    fn parse_sign_in(&self, response: &HttpResponse) -> Result<SignedIn, DataError> {
        parse_sign_in(response)
    }
}

/// The stream's first event: it names this client.
const CONNECT: &str = "PB_CONNECT";

/// One realtime event: `PB_CONNECT` with `{"clientId": …}`, or, named by
/// the subscribed collection, `{"action": "create" | "update" | "delete",
/// "record": {…}}`. Only the record's id is taken (see `data::feed`).
pub fn read_feed_event(name: &str, data: &str) -> FeedEvent {
    let Ok(body) = serde_json::from_str::<Value>(data) else {
        return FeedEvent::Ignored;
    };
    let text = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .filter(|s| !s.is_empty() && s.len() <= 200)
            .map(str::to_string)
    };
    if name == CONNECT {
        return match text(body.get("clientId")) {
            Some(client_id) => FeedEvent::Connected { client_id },
            None => FeedEvent::Ignored,
        };
    }
    let Some(collection) = FOLLOWED.iter().find(|c| **c == name) else {
        return FeedEvent::Ignored;
    };
    let action = match body.get("action").and_then(Value::as_str) {
        Some("create") => Action::Create,
        Some("update") => Action::Update,
        Some("delete") => Action::Delete,
        _ => return FeedEvent::Ignored,
    };
    match text(body.get("record").and_then(|r| r.get("id"))) {
        Some(id) => FeedEvent::Change(Change {
            collection: collection.to_string(),
            action,
            id,
        }),
        None => FeedEvent::Ignored,
    }
}

/// The auth collection the team signs in with.
pub const USERS: &str = "users";

/// `auth-with-password`'s answer: `{token, record: {id, email, name, …}}`,
/// or a 400 (PocketBase's "Failed to authenticate.") for a wrong email or
/// password. A 401 says the same; a 403 is the backend's own reason (the
/// collection does not allow passwords, say), in its words.
pub fn parse_sign_in(response: &HttpResponse) -> Result<SignedIn, DataError> {
    match response.status {
        400 | 401 => return Err(DataError::BadCredentials),
        403 => {
            let message = serde_json::from_str::<Value>(&response.body)
                .ok()
                .and_then(|b| b.get("message").and_then(Value::as_str).map(display_name))
                .unwrap_or_default();
            return Err(DataError::Http {
                status: 403,
                message,
            });
        }
        _ => {}
    }
    let body = checked(response)?;
    let token = body
        .get("token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| DataError::Protocol("the sign-in answer has no token".into()))?;
    let record = body
        .get("record")
        .and_then(Value::as_object)
        .ok_or_else(|| DataError::Protocol("the sign-in answer has no account".into()))?;
    let name = ["name", "email", "id"]
        .iter()
        .filter_map(|field| record.get(*field).and_then(Value::as_str))
        .map(display_name)
        .find(|name| !name.is_empty())
        .ok_or_else(|| DataError::Protocol("the sign-in answer names nobody".into()))?;
    Ok(SignedIn {
        token: token.to_string(),
        name,
    })
}

#[cfg(test)]
mod tests;
