//! Data access: the one place that talks to a backend.
//!
//! ```text
//!  views ──► Provider<T: Transport> ──► Box<dyn Dialect> (URL building, response parsing; pure)
//!                 │                         ├─ json_server.rs
//!                 │                         └─ pocketbase.rs
//!                 └──► Transport (browser fetch in http.rs, a fake in host tests)
//! ```
//!
//! Records travel as `serde_json::Value` and are decoded into domain types by
//! [`decode`]: a record that does not fit the contract becomes [`Damaged`],
//! never a panic and never a blank page.

pub mod decode;
pub mod error;
pub mod feed;
pub mod fields;
pub mod http_date;
pub mod json_server;
pub mod outbox;
pub mod pocketbase;
pub mod provider;
pub mod save;
pub mod sync;
#[cfg(test)]
pub mod test_support;

pub mod http;

pub use decode::{decode_all, Damaged, Loaded, Record};
pub use error::DataError;
pub use provider::{Progress, Provider, Transport, UnauthorizedHook};

/// The provider the app runs with: any dialect over the browser's fetch.
pub type AppProvider = Provider<http::Fetch>;

use serde_json::Value;

use crate::time::Timestamp;

/// One comparison in a list query. Every dialect maps each operator with an
/// exhaustive `match`; one it cannot express is an error, never dropped.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Eq(String),
    /// Any of these values (an OR on one field).
    AnyOf(Vec<String>),
    Ne(String),
    Gte(String),
    Lte(String),
    /// Case-insensitive substring.
    Contains(String),
    IsNull,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    pub field: String,
    pub op: Op,
}

impl Filter {
    pub fn new(field: &str, op: Op) -> Self {
        Filter {
            field: field.to_string(),
            op,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sort {
    pub field: String,
    pub descending: bool,
}

/// One page of a list, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub page: u32,
    pub per_page: u32,
}

/// What a list asks for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListParams {
    pub filters: Vec<Filter>,
    pub sort: Vec<Sort>,
    pub page: Option<PageRequest>,
    /// Only records with `updated_at` at or after this instant.
    pub changed_since: Option<Timestamp>,
}

impl ListParams {
    /// The page asked for, refused when it or its size is 0 (pages count
    /// from 1).
    pub fn checked_page(&self) -> Result<Option<PageRequest>, DataError> {
        match self.page {
            Some(p) if p.page == 0 || p.per_page == 0 => Err(DataError::InvalidQuery(
                "pages and page sizes start at 1".into(),
            )),
            page => Ok(page),
        }
    }

    /// Every field named must be one the collection has: json-server silently
    /// ignores a filter on a field no record has and returns everything.
    pub fn check_fields(&self, collection: &str, known: &[&str]) -> Result<(), DataError> {
        let named = self
            .filters
            .iter()
            .map(|f| f.field.as_str())
            .chain(self.sort.iter().map(|s| s.field.as_str()));
        for field in named {
            if !known.contains(&field) {
                return Err(DataError::InvalidQuery(format!(
                    "`{collection}` has no field `{field}`"
                )));
            }
        }
        if self.changed_since.is_some() && !known.contains(&"updated_at") {
            return Err(DataError::InvalidQuery(format!(
                "`{collection}` has no `updated_at` to ask for changes by"
            )));
        }
        Ok(())
    }
}

/// One page of records as the backend gave them.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub items: Vec<Value>,
    /// How many records match in all, when the backend says.
    pub total: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Patch,
    Delete,
}

/// A request as a dialect builds it: plain data, so URL building is tested
/// on the host with exact strings.
#[derive(Clone, PartialEq)]
pub struct HttpRequest {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
}

/// Never shows the body nor the `Authorization` value: they may carry a
/// password (a sign-in), a bearer token or a sensitive description.
impl std::fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| {
                let shown = if k.eq_ignore_ascii_case("authorization") {
                    "(hidden)"
                } else {
                    v.as_str()
                };
                (k.as_str(), shown)
            })
            .collect();
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field("body_bytes", &self.body.as_ref().map(String::len))
            .finish()
    }
}

/// Who signed in through a backend's sign-in, and the token their requests
/// carry from then on (kept in memory only).
#[derive(Clone, PartialEq)]
pub struct SignedIn {
    pub token: String,
    /// The name to show: the account's name, else its email, else its id
    /// (untrusted text, cleaned by [`display_name`]).
    pub name: String,
}

/// Never shows the token.
impl std::fmt::Debug for SignedIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedIn")
            .field("name", &self.name)
            .field("token", &"(hidden)")
            .finish()
    }
}

/// The most characters of a name shown (a backend may send a novel).
pub const MAX_NAME_CHARS: usize = 80;

/// A name from the backend as one short line of plain text: control and
/// direction-overriding characters dropped (a name must not turn the text
/// around it), runs of white space made one space, at most
/// [`MAX_NAME_CHARS`] characters (then "…"). Empty when nothing is left.
pub fn display_name(raw: &str) -> String {
    let cleaned: String = raw.chars().filter(|c| !is_direction_mark(*c)).collect();
    let mut out = String::new();
    let mut count = 0;
    for word in cleaned
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        let space = (!out.is_empty()).then_some(' ');
        for c in space.into_iter().chain(word.chars()) {
            if count == MAX_NAME_CHARS {
                out.push('…');
                return out;
            }
            out.push(c);
            count += 1;
        }
    }
    out
}

/// The invisible characters that set or override the direction of text.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A response as the transport hands it back. Header names are lower case.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One backend dialect: how to say each operation in that backend's URLs and
/// how to read its answers. Pure: no I/O.
pub trait Dialect {
    /// The dialect's name as `config.json` spells it.
    fn name(&self) -> &'static str;
    fn list(&self, collection: &str, params: &ListParams) -> Result<HttpRequest, DataError>;
    fn parse_list(&self, response: &HttpResponse, params: &ListParams) -> Result<Page, DataError>;
    fn get(&self, collection: &str, id: &str) -> HttpRequest;
    fn parse_one(&self, response: &HttpResponse) -> Result<Value, DataError>;
    /// A non-success answer as a typed error (`None` for 2xx): how this
    /// backend says "stale", "taken" and "refused".
    fn error(&self, response: &HttpResponse) -> Option<DataError> {
        DataError::from_status(response)
    }
    fn create(&self, collection: &str, record: &Value) -> HttpRequest;
    /// A partial update, conditional on the stored `version` still being
    /// `base_version` when the dialect can say so.
    fn update(&self, collection: &str, id: &str, base_version: i64, changes: &Value)
        -> HttpRequest;
    fn delete(&self, collection: &str, id: &str, base_version: Option<i64>) -> HttpRequest;
    /// Whether the backend refuses a stale `update` atomically. When it does
    /// not, the provider reads, compares and then writes.
    fn conditional_update(&self) -> bool;

    /// The address of the backend's stream of changes (server-sent events);
    /// `None` when it has none, and pages poll.
    fn feed_url(&self) -> Option<String> {
        None
    }
    /// The names of the stream's events that tell about `collections`.
    fn feed_events(&self, _collections: &[&str]) -> Vec<String> {
        Vec::new()
    }
    /// What the stream's event `name` with `data` means.
    fn feed_event(&self, _name: &str, _data: &str) -> feed::FeedEvent {
        feed::FeedEvent::Ignored
    }
    /// The request that has the stream tell `client_id` about `collections`.
    fn feed_subscribe(&self, _client_id: &str, _collections: &[&str]) -> Option<HttpRequest> {
        None
    }
    /// The request that signs a person in with their email (or user name)
    /// and password; `None`: this backend has no sign-in of its own (its
    /// token, if any, comes from config.json or the portal).
    fn sign_in(&self, _identity: &str, _password: &str) -> Option<HttpRequest> {
        None
    }
    /// The answer to [`Dialect::sign_in`]'s request: the token and who it is,
    /// or why not ([`DataError::BadCredentials`] for a wrong password).
    fn parse_sign_in(&self, _response: &HttpResponse) -> Result<SignedIn, DataError> {
        Err(DataError::Unsupported("signing in".into()))
    }
}

/// The headers of a request that sends and takes JSON (json-server ignores
/// a body sent without `Content-Type`).
pub(crate) fn json_headers() -> Vec<(String, String)> {
    vec![
        ("Accept".into(), "application/json".into()),
        ("Content-Type".into(), "application/json".into()),
    ]
}

/// `url` with `pairs` as its query, each side percent-encoded.
pub(crate) fn with_query(mut url: String, pairs: &[(String, String)]) -> String {
    if !pairs.is_empty() {
        let query: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", crate::url::encode(k), crate::url::encode(v)))
            .collect();
        url.push('?');
        url.push_str(&query.join("&"));
    }
    url
}

pub(crate) fn parse_json(body: &str) -> Result<Value, DataError> {
    serde_json::from_str(body).map_err(|e| DataError::Protocol(format!("invalid JSON ({e})")))
}

pub(crate) fn ensure_success(response: &HttpResponse) -> Result<(), DataError> {
    match DataError::from_status(response) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Builds the dialect `config.json` names.
pub fn dialect_for(
    name: &str,
    base_url: &str,
) -> Result<Box<dyn Dialect + Send + Sync>, DataError> {
    match name {
        "json-server" => Ok(Box::new(json_server::JsonServer::new(base_url))),
        "pocketbase" => Ok(Box::new(pocketbase::PocketBase::new(base_url))),
        other => Err(DataError::Config(format!(
            "unknown backend dialect `{other}` (this build knows: json-server, pocketbase)"
        ))),
    }
}
