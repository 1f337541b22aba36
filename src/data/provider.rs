//! The provider: every operation the views need, over any dialect and any
//! transport. This is the one interface views use for data.

use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use futures::future::{select, Either};
use futures::StreamExt;
use serde_json::{Map, Value};

use super::decode::{decode, decode_all, Damaged, Loaded, Record};
use super::http_date::parse_http_date;
use super::outbox::Outbox;
use super::{
    DataError, Dialect, HttpRequest, HttpResponse, ListParams, PageRequest, SignedIn, Sort,
};
use crate::time::Timestamp;

/// What a paged load has brought so far, as it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// The backend says this many records match (one query's first page).
    Total(u64),
    /// A page arrived with this many records.
    Page(usize),
}

/// Sends one request. The browser's is `data::http::Fetch`; host tests use a
/// fake that answers from a script. Dropping the future `send` returned
/// cancels the request.
pub trait Transport: Clone + 'static {
    fn send(&self, request: HttpRequest) -> impl Future<Output = Result<HttpResponse, DataError>>;
    /// Completes after `duration` (the browser's: `setTimeout`).
    fn timer(&self, duration: Duration) -> impl Future<Output = ()>;
}

/// The most the backend's clock (its `Date`) may differ from ours and still
/// be believed: 12 hours covers a laptop set to the wrong zone, not a year.
pub const MAX_CLOCK_OFFSET_MS: i64 = 12 * 3600 * 1000;

/// How many records one page of a full load asks for.
pub const PAGE_SIZE: u32 = 1000;

/// The most pages a full load asks for: 100 pages of [`PAGE_SIZE`] are
/// 100,000 records. More is [`DataError::TooManyRecords`], never a silent cut.
pub const MAX_PAGES: u32 = 100;

/// The most page requests of one full load in flight at once.
pub const MAX_IN_FLIGHT: usize = 4;

/// How long a request may take when nothing else is configured.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);

/// Sends `request`, cancelled (dropped) with [`DataError::Timeout`] when no
/// answer came within `timeout`.
pub async fn send_within<T: Transport>(
    transport: &T,
    request: HttpRequest,
    timeout: Duration,
) -> Result<HttpResponse, DataError> {
    let answer = std::pin::pin!(transport.send(request));
    let timer = std::pin::pin!(transport.timer(timeout));
    match select(answer, timer).await {
        Either::Left((answer, _)) => answer,
        // Dropping the unanswered request cancels it.
        Either::Right(((), _)) => Err(DataError::Timeout),
    }
}

/// What the app runs when the backend refuses a request's token (a 401 or
/// 403): [`Provider::on_unauthorized`].
pub type UnauthorizedHook = Arc<dyn Fn() + Send + Sync>;

#[derive(Clone)]
pub struct Provider<T> {
    dialect: Arc<dyn Dialect + Send + Sync>,
    transport: T,
    token: Arc<RwLock<Option<String>>>,
    /// Told of every 401/403 answer to a request sent with the token still
    /// in use (shared by every clone).
    unauthorized: Arc<RwLock<Option<UnauthorizedHook>>>,
    clock: fn() -> Timestamp,
    timeout: Duration,
    /// The backend's clock minus ours (ms), from the last `Date` header.
    server_offset: Arc<RwLock<Option<i64>>>,
    /// When the last answer was kept, if it came from the service worker's
    /// store rather than the backend (sw/: offline, or a gateway error).
    kept_at: Arc<RwLock<Option<Timestamp>>>,
    /// Where writes that cannot reach the backend wait (none in tests that
    /// do not ask for one).
    outbox: Option<Outbox>,
}

/// The header the service worker gives a kept answer back with (sw/offline.mjs).
pub const STORED_AT: &str = "x-watchfloor-stored-at";

impl<T: Transport> Provider<T> {
    pub fn new(
        dialect: Box<dyn Dialect + Send + Sync>,
        transport: T,
        clock: fn() -> Timestamp,
    ) -> Self {
        Provider {
            dialect: Arc::from(dialect),
            transport,
            token: Arc::default(),
            unauthorized: Arc::default(),
            clock,
            timeout: DEFAULT_TIMEOUT,
            server_offset: Arc::default(),
            kept_at: Arc::default(),
            outbox: None,
        }
    }

    /// Writes that cannot reach the backend wait in `outbox`.
    pub fn with_outbox(mut self, outbox: Outbox) -> Self {
        self.outbox = Some(outbox);
        self
    }

    /// The outbox, with whose writes it is to show and send: the current
    /// token's.
    pub fn outbox(&self) -> Option<(&Outbox, String)> {
        self.outbox.as_ref().map(|o| (o, self.person()))
    }

    /// Whose requests these are: the current token's person
    /// ([`super::outbox::scope_of`]: a refreshed token of the same person
    /// is the same person); `""` without a token.
    pub fn person(&self) -> String {
        super::outbox::scope_of(self.token().as_deref())
    }

    fn token(&self) -> Option<String> {
        self.token.read().ok().and_then(|t| t.clone())
    }

    /// Sends what waits in the outbox (see [`Outbox::drain`]).
    pub async fn drain_outbox(&self) -> super::outbox::Drained {
        match self.outbox() {
            Some((outbox, scope)) => outbox.drain(self, &scope).await,
            None => Default::default(),
        }
    }

    /// How long each request may take before it is cancelled
    /// ([`DataError::Timeout`]); [`DEFAULT_TIMEOUT`] unless set.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The backend's time now: our clock corrected by the last `Date` header
    /// the backend sent (our clock alone until one arrives). Use it, not the
    /// client's clock, for cursors compared with the backend's timestamps.
    pub fn server_now(&self) -> Timestamp {
        let now = (self.clock)();
        let offset = self.server_offset.read().ok().and_then(|o| *o);
        offset
            .and_then(chrono::TimeDelta::try_milliseconds)
            .and_then(|offset| now.0.checked_add_signed(offset))
            .map_or(now, Timestamp)
    }

    /// When the data last shown was kept, while the backend cannot be
    /// reached and the service worker answers from its store; `None` once
    /// the backend answers again.
    pub fn kept_at(&self) -> Option<Timestamp> {
        self.kept_at.read().ok().and_then(|k| *k)
    }

    /// The bearer token sent with every request from now on (`None`: none).
    pub fn set_token(&self, token: Option<String>) {
        if let Ok(mut slot) = self.token.write() {
            *slot = token.filter(|t| !t.trim().is_empty());
        }
    }

    /// Whether requests carry a token (from config.json, the portal or a
    /// sign-in).
    pub fn has_token(&self) -> bool {
        self.token().is_some()
    }

    /// Runs `hook` for every 401 or 403 answer to a request sent with the
    /// token still in use (an answer for a token replaced meanwhile says
    /// nothing of the new one): how "the backend refused you" reaches the
    /// app without any view knowing the backend. Replaces an earlier hook.
    pub fn on_unauthorized(&self, hook: UnauthorizedHook) {
        if let Ok(mut slot) = self.unauthorized.write() {
            *slot = Some(hook);
        }
    }

    /// Whether this backend signs people in itself (its dialect has a
    /// sign-in request): then the app may show a sign-in form.
    pub fn can_sign_in(&self) -> bool {
        self.dialect.sign_in("", "").is_some()
    }

    /// Signs in with `identity` (an email) and `password`; on success the
    /// token is used from now on (in memory only). The request carries no
    /// earlier token, and no error says the password, whatever the backend
    /// echoes.
    pub async fn sign_in(&self, identity: &str, password: &str) -> Result<SignedIn, DataError> {
        let Some(request) = self.dialect.sign_in(identity, password) else {
            return Err(DataError::Unsupported("signing in".into()));
        };
        let signed = self
            .exchange(request, None)
            .await
            .and_then(|response| self.dialect.parse_sign_in(&response))
            .map_err(|e| without(e, password))?;
        // A token no header can carry is no token.
        if signed.token.is_empty() || !signed.token.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(DataError::Protocol(
                "the sign-in answer has no usable token".into(),
            ));
        }
        self.set_token(Some(signed.token.clone()));
        Ok(signed)
    }

    /// Forgets the token (signing out): requests carry none from now on.
    pub fn sign_out(&self) {
        self.set_token(None);
    }

    /// Sends `request` with the current token; a 401 or 403 answer to it
    /// tells the hook, unless the token changed meanwhile.
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, DataError> {
        let token = self.token();
        let answer = self.exchange(request, token.as_deref()).await;
        if let Ok(response) = &answer {
            if matches!(response.status, 401 | 403) && self.token() == token {
                let hook = self.unauthorized.read().ok().and_then(|h| h.clone());
                if let Some(hook) = hook {
                    hook();
                }
            }
        }
        answer
    }

    /// Sends `request` with `token` (if any) within the timeout, and notes
    /// what its answer says of the backend's clock and of kept data.
    async fn exchange(
        &self,
        mut request: HttpRequest,
        token: Option<&str>,
    ) -> Result<HttpResponse, DataError> {
        if let Some(token) = token {
            request
                .headers
                .push(("Authorization".into(), format!("Bearer {token}")));
        }
        let read = matches!(request.method, super::Method::Get);
        let answer = send_within(&self.transport, request, self.timeout).await;
        if let Ok(response) = &answer {
            // A kept answer (offline): when it was kept; and its `Date`, if
            // it had one, is not the backend's clock now. Only reads say
            // whether the data shown is kept (a write's answer is never).
            let kept = response
                .header(STORED_AT)
                .and_then(|t| Timestamp::parse(t).ok());
            if read {
                if let Ok(mut slot) = self.kept_at.write() {
                    *slot = kept;
                }
            }
            if kept.is_some() {
                return answer;
            }
            // The backend's clock, when it says (a bad `Date` is ignored,
            // and so is one further from ours than any real clock error:
            // a backend stamping year 9999 must not stamp our writes).
            if let Some(server) = response.header("date").and_then(parse_http_date) {
                let offset = server.millis() - (self.clock)().millis();
                if offset.abs() <= MAX_CLOCK_OFFSET_MS {
                    if let Ok(mut slot) = self.server_offset.write() {
                        *slot = Some(offset);
                    }
                }
            }
        }
        answer
    }

    /// The address of the backend's stream of changes, when it has one.
    pub fn feed_url(&self) -> Option<String> {
        self.dialect.feed_url()
    }

    /// The stream's event names to listen to (every followed collection).
    pub fn feed_events(&self) -> Vec<String> {
        self.dialect.feed_events(&super::feed::FOLLOWED)
    }

    /// What one event of the stream means.
    pub fn feed_event(&self, name: &str, data: &str) -> super::feed::FeedEvent {
        self.dialect.feed_event(name, data)
    }

    /// Has the stream tell `client_id` about every followed collection, as
    /// the person whose token this provider holds (the backend's rules
    /// apply to what it pushes).
    pub async fn subscribe_feed(&self, client_id: &str) -> Result<(), DataError> {
        let Some(request) = self
            .dialect
            .feed_subscribe(client_id, &super::feed::FOLLOWED)
        else {
            return Err(DataError::Unsupported("no stream of changes".into()));
        };
        let response = self.send(request).await?;
        match self.dialect.error(&response) {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// One page (or, without `params.page`, one unpaged answer) of raw records.
    pub async fn list_page(
        &self,
        collection: &str,
        params: &ListParams,
    ) -> Result<super::Page, DataError> {
        let request = self.dialect.list(collection, params)?;
        let response = self.send(request).await?;
        self.dialect.parse_list(&response, params)
    }

    /// Every record that matches. The first page tells the total; the
    /// remaining pages are then asked for [`MAX_IN_FLIGHT`] at a time (on a
    /// slow link five round trips in a row are seconds). Pages are sorted
    /// by `id` unless the caller sorts, so that paging is stable; a record
    /// seen twice (moved between pages by a concurrent write) is kept once.
    /// Without a total, pages are asked for one by one. Either way the load
    /// ends at a page that is not full or adds no record not seen before (a
    /// backend ignoring the paging); more than [`MAX_PAGES`] pages is
    /// [`DataError::TooManyRecords`].
    pub async fn list_all(
        &self,
        collection: &str,
        params: &ListParams,
    ) -> Result<Vec<Value>, DataError> {
        self.list_all_with(collection, params, &|_| {}).await
    }

    /// [`Provider::list_all`], telling `progress` what each page brings: the
    /// total when the first page says it, then the records of every page.
    pub async fn list_all_with(
        &self,
        collection: &str,
        params: &ListParams,
        progress: &dyn Fn(Progress),
    ) -> Result<Vec<Value>, DataError> {
        let mut params = params.clone();
        if params.sort.is_empty() {
            params.sort.push(Sort {
                field: "id".into(),
                descending: false,
            });
        }
        let page_params = |page: u32| {
            let mut p = params.clone();
            p.page = Some(PageRequest {
                page,
                per_page: PAGE_SIZE,
            });
            p
        };
        let mut all: Vec<Value> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        // Keeps the records not seen before; whether the page may have a
        // next one (it was full and added something).
        let mut keep = |items: Vec<Value>| {
            progress(Progress::Page(items.len()));
            let full = items.len() >= PAGE_SIZE as usize;
            let before = all.len();
            for item in items {
                let fresh = match item.get("id") {
                    Some(id) => seen.insert(id.to_string()),
                    None => true,
                };
                if fresh {
                    all.push(item);
                }
            }
            full && all.len() > before
        };
        let too_many = DataError::TooManyRecords {
            limit: u64::from(MAX_PAGES) * u64::from(PAGE_SIZE),
        };
        let first = self.list_page(collection, &page_params(1)).await?;
        let total = first.total;
        if let Some(total) = total {
            // What the load can bring: a total past the page cap ends it
            // (below), and one a short first page contradicts is a lie.
            let can = if first.items.len() >= PAGE_SIZE as usize {
                total.min(u64::from(MAX_PAGES) * u64::from(PAGE_SIZE))
            } else {
                first.items.len() as u64
            };
            progress(Progress::Total(can));
        }
        let mut more = keep(first.items);
        let mut page = 1u32;
        if let (true, Some(total)) = (more, total) {
            let pages = total.div_ceil(u64::from(PAGE_SIZE));
            if pages > u64::from(MAX_PAGES) {
                return Err(too_many);
            }
            // The pages the total promises, at most MAX_IN_FLIGHT at once.
            let last = (pages as u32).max(1);
            let mut answers = futures::stream::iter(2..=last)
                .map(|page| {
                    let params = page_params(page);
                    async move { self.list_page(collection, &params).await }
                })
                .buffered(MAX_IN_FLIGHT);
            // Stopping early drops (cancels) the pages in flight.
            while let Some(answer) = answers.next().await {
                more = keep(answer?.items);
                if !more {
                    break;
                }
            }
            page = last;
        }
        // Without a total, or past one that was too small (the last page it
        // promised was full and new): page by page until one is not.
        while more {
            if page >= MAX_PAGES {
                return Err(too_many);
            }
            page += 1;
            more = keep(self.list_page(collection, &page_params(page)).await?.items);
        }
        Ok(all)
    }

    /// All records of `R`'s collection that match, decoded.
    pub async fn load<R: Record>(&self, params: &ListParams) -> Result<Loaded<R>, DataError> {
        self.load_any(std::slice::from_ref(params)).await
    }

    /// The records any of `queries` matches (an OR of whole queries, which
    /// not every backend can say in one), each once, decoded.
    pub async fn load_any<R: Record>(
        &self,
        queries: &[ListParams],
    ) -> Result<Loaded<R>, DataError> {
        self.load_any_with(queries, &|_| {}).await
    }

    /// [`Provider::load_any`], telling `progress` what each page brings.
    pub async fn load_any_with<R: Record>(
        &self,
        queries: &[ListParams],
        progress: &dyn Fn(Progress),
    ) -> Result<Loaded<R>, DataError> {
        for params in queries {
            params.check_fields(R::COLLECTION, R::FIELDS)?;
        }
        // Asked for at once; merged in the queries' order.
        let answers = futures::future::join_all(
            queries
                .iter()
                .map(|p| self.list_all_with(R::COLLECTION, p, progress)),
        )
        .await;
        // A record two queries both answered (one changed between them)
        // is kept once: the copy with the higher `version`, else the first.
        let mut values: Vec<Value> = Vec::new();
        let mut seen = std::collections::HashMap::new();
        let version = |v: &Value| v.get("version").and_then(Value::as_i64);
        for answer in answers {
            for value in answer? {
                let Some(id) = value.get("id").map(Value::to_string) else {
                    values.push(value);
                    continue;
                };
                match seen.get(&id) {
                    Some(&i) => {
                        if version(&value) > version(&values[i]) {
                            values[i] = value;
                        }
                    }
                    None => {
                        seen.insert(id, values.len());
                        values.push(value);
                    }
                }
            }
        }
        Ok(decode_all(values))
    }

    /// One record, decoded; `Ok(Err(damaged))` when it is there but damaged.
    pub async fn get<R: Record>(&self, id: &str) -> Result<Result<R, Damaged>, DataError> {
        let value = self.get_value(R::COLLECTION, id).await?;
        Ok(decode::<R>(value))
    }

    /// One raw record.
    pub async fn get_value(&self, collection: &str, id: &str) -> Result<Value, DataError> {
        addressable(id)?;
        let response = self.send(self.dialect.get(collection, id)).await?;
        self.dialect.parse_one(&response)
    }

    /// A new record as it is first sent: `version` 1, `updated_at` (and
    /// `created_at` when the collection has it and it is unset) set now.
    /// The save engine's `Creation` sends this same value on every try.
    pub fn stamp_new<R: Record>(&self, record: &R) -> Result<Value, DataError> {
        let mut value = serde_json::to_value(record)
            .map_err(|e| DataError::InvalidQuery(format!("cannot write the record ({e})")))?;
        let now = Value::String(self.server_now().to_wire());
        if let Value::Object(map) = &mut value {
            map.insert("version".into(), Value::from(1));
            if R::FIELDS.contains(&"updated_at") {
                map.insert("updated_at".into(), now.clone());
            }
            if R::FIELDS.contains(&"created_at") && map.get("created_at").is_none_or(Value::is_null)
            {
                map.insert("created_at".into(), now);
            }
        }
        Ok(value)
    }

    /// Sends a new record once (no retry, no duplicate check: the save
    /// engine's `Creation` does those). A taken id is [`DataError::Duplicate`].
    pub async fn post_value(&self, collection: &str, value: &Value) -> Result<Value, DataError> {
        if value
            .get("id")
            .and_then(Value::as_str)
            .is_none_or(str::is_empty)
        {
            return Err(DataError::InvalidQuery(
                "a new record needs a client-made id".into(),
            ));
        }
        let response = self.send(self.dialect.create(collection, value)).await?;
        self.dialect.parse_one(&response)
    }

    /// Deletes a record whose stored `version` must still be `base_version`
    /// (when known): an entry someone edited meanwhile is a
    /// [`DataError::Conflict`], never deleted unseen. A record already gone
    /// counts as deleted.
    pub async fn delete<R: Record>(
        &self,
        id: &str,
        base_version: Option<i64>,
    ) -> Result<(), DataError> {
        addressable(id)?;
        if let (Some(base), false) = (base_version, self.dialect.conditional_update()) {
            // Read-compare-delete, as for updates on such a backend.
            match self.get_value(R::COLLECTION, id).await {
                Ok(current) if current.get("version").and_then(Value::as_i64) != Some(base) => {
                    return Err(DataError::Conflict {
                        current: Some(current),
                    })
                }
                Err(DataError::NotFound) => return Ok(()),
                other => {
                    other?;
                }
            }
        }
        let response = self
            .send(self.dialect.delete(R::COLLECTION, id, base_version))
            .await?;
        // Success is the status: a 204 or an empty body is a delete too.
        match self.dialect.error(&response) {
            None | Some(DataError::NotFound) => Ok(()),
            Some(DataError::Conflict { current }) => Err(DataError::Conflict {
                current: current.filter(|c| c.get("id").and_then(Value::as_str) == Some(id)),
            }),
            Some(e) => Err(e),
        }
    }

    /// Changes some fields of a record whose stored `version` must still be
    /// `base_version`; raises `version` and sets `updated_at`. A newer stored
    /// record is never overwritten: the answer is [`DataError::Conflict`].
    pub async fn update<R: Record>(
        &self,
        id: &str,
        base_version: i64,
        changes: Map<String, Value>,
    ) -> Result<R, DataError> {
        let stamped = R::FIELDS.contains(&"updated_at");
        let stored = self
            .update_value(R::COLLECTION, id, base_version, changes, stamped)
            .await?;
        let saved = decode::<R>(stored).map_err(|d| {
            DataError::Protocol(format!("the stored record is damaged: {}", d.problem))
        })?;
        if saved.id() != id {
            return Err(DataError::Protocol(format!(
                "the answer to a write of `{id}` was `{}`",
                saved.id()
            )));
        }
        Ok(saved)
    }

    /// As [`Provider::update`], on any collection's record as JSON
    /// (`stamped`: the record has `updated_at`, set now). The answer must be
    /// this record, newer than the version written on.
    pub async fn update_value(
        &self,
        collection: &str,
        id: &str,
        base_version: i64,
        mut changes: Map<String, Value>,
        stamped: bool,
    ) -> Result<Value, DataError> {
        addressable(id)?;
        let Some(version) = base_version.checked_add(1) else {
            return Err(DataError::Protocol(format!(
                "the record's version {base_version} cannot be raised"
            )));
        };
        changes.remove("id");
        changes.insert("version".into(), Value::from(version));
        if stamped {
            changes.insert(
                "updated_at".into(),
                Value::String(self.server_now().to_wire()),
            );
        }
        if !self.dialect.conditional_update() {
            // Read-compare-write: the best a backend without a conditional
            // update allows; the race window is one round trip.
            let current = self.get_value(collection, id).await?;
            if current.get("version").and_then(Value::as_i64) != Some(base_version) {
                return Err(DataError::Conflict {
                    current: Some(current),
                });
            }
        }
        let request = self
            .dialect
            .update(collection, id, base_version, &Value::Object(changes));
        let response = self.send(request).await?;
        let stored = match self.dialect.parse_one(&response) {
            // A stale write's answer names the stored record: only this one.
            Err(DataError::Conflict { current }) => {
                return Err(DataError::Conflict {
                    current: current.filter(|c| c.get("id").and_then(Value::as_str) == Some(id)),
                })
            }
            other => other?,
        };
        // The answer must be this record, newer than the version written on:
        // anything else would be shown (and written on) as if it were.
        let stored_id = stored.get("id").and_then(Value::as_str).unwrap_or("?");
        let stored_version = stored.get("version").and_then(Value::as_i64);
        if stored_id != id || stored_version.is_some_and(|v| v <= base_version) {
            return Err(DataError::Protocol(format!(
                "the answer to a write of `{id}` version {base_version} was `{stored_id}` version {}",
                stored_version.map_or("?".to_string(), |v| v.to_string())
            )));
        }
        Ok(stored)
    }
}

/// A record's id that can name it in a URL: an empty id, or one of dots
/// only (`..` even encoded as `%2E%2E`, which browsers resolve as `..`),
/// would name the collection or a parent path instead. No such record can
/// be reached: not found, and nothing is sent.
fn addressable(id: &str) -> Result<(), DataError> {
    if id.is_empty() || id.chars().all(|c| c == '.') {
        return Err(DataError::NotFound);
    }
    Ok(())
}

/// A failed sign-in's error as shown: the kind and the status, never the
/// backend's words (a backend may echo the password, changed on the way:
/// spaces folded, HTML-escaped, cut short, where no search could find it);
/// the browser's own words and ours with the password taken out.
fn without(error: DataError, secret: &str) -> DataError {
    let clean = |text: String| {
        if secret.is_empty() {
            text
        } else {
            text.replace(secret, "…")
        }
    };
    match error {
        DataError::Network(d) => DataError::Network(clean(d)),
        DataError::Http { status, .. } => DataError::Http {
            status,
            message: String::new(),
        },
        DataError::Protocol(_) => {
            DataError::Protocol("the answer to the sign-in was not understood".into())
        }
        DataError::InvalidQuery(d) => DataError::InvalidQuery(clean(d)),
        DataError::Unsupported(d) => DataError::Unsupported(clean(d)),
        DataError::Config(d) => DataError::Config(clean(d)),
        // A stored record is no answer to a sign-in.
        DataError::Conflict { .. } => DataError::Conflict { current: None },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::json_server::JsonServer;
    use crate::data::{Filter, Op, Page};
    use futures::executor::block_on;
    use serde_json::json;

    use crate::data::test_support::{response, Note, Script};

    fn fixed_now() -> Timestamp {
        Timestamp::parse("2026-11-24T09:30:00Z").unwrap()
    }

    fn provider(script: &Script) -> Provider<Script> {
        Provider::new(
            Box::new(JsonServer::new("http://api")),
            script.clone(),
            fixed_now,
        )
    }

    fn notes(range: std::ops::Range<usize>) -> Value {
        Value::Array(
            range
                .map(|i| json!({"id": format!("n{i:04}"), "text": "t"}))
                .collect(),
        )
    }

    #[test]
    fn loads_every_page_of_a_large_collection() {
        let script = Script::default();
        script
            .answer(200, &[("x-total-count", "2500")], notes(0..1000))
            .answer(200, &[("x-total-count", "2500")], notes(1000..2000))
            .answer(200, &[("x-total-count", "2500")], notes(2000..2500));
        let loaded = block_on(provider(&script).load::<Note>(&ListParams::default())).unwrap();
        assert_eq!(loaded.records.len(), 2500);
        assert_eq!(loaded.records[2499].id, "n2499");
        assert_eq!(
            script.urls(),
            vec![
                "http://api/notes?_sort=id&_order=asc&_page=1&_limit=1000",
                "http://api/notes?_sort=id&_order=asc&_page=2&_limit=1000",
                "http://api/notes?_sort=id&_order=asc&_page=3&_limit=1000",
            ]
        );
    }

    #[test]
    fn a_record_moved_between_pages_is_kept_once() {
        let script = Script::default();
        script
            .answer(200, &[("x-total-count", "1001")], notes(0..1000))
            .answer(200, &[("x-total-count", "1001")], notes(999..1001));
        let loaded = block_on(provider(&script).load::<Note>(&ListParams::default())).unwrap();
        assert_eq!(loaded.records.len(), 1001);
    }

    #[test]
    fn without_a_total_pages_are_asked_for_until_one_is_not_full() {
        let script = Script::default();
        script
            .answer(200, &[], notes(0..1000))
            .answer(200, &[], notes(1000..2000))
            .answer(200, &[], notes(2000..2001));
        let p = Provider::new(
            Box::new(Plain(JsonServer::new("http://api"))),
            script.clone(),
            fixed_now,
        );
        let loaded = block_on(p.load::<Note>(&ListParams::default())).unwrap();
        assert_eq!(loaded.records.len(), 2001);
        assert_eq!(script.urls().len(), 3);
    }

    #[test]
    fn a_failed_page_fails_the_load() {
        let script = Script::default();
        script
            .answer(200, &[("x-total-count", "2500")], notes(0..1000))
            .fail(DataError::Network("reset".into()))
            .answer(200, &[("x-total-count", "2500")], notes(2000..2500));
        let result = block_on(provider(&script).load::<Note>(&ListParams::default()));
        assert!(matches!(result, Err(DataError::Network(_))));
    }

    #[test]
    fn load_any_asks_each_query_and_keeps_each_record_once() {
        let script = Script::default();
        script
            .answer(
                200,
                &[("x-total-count", "2")],
                json!([{"id": "a", "version": 2}, {"id": "b", "version": 3, "text": "old"}]),
            )
            .answer(
                200,
                &[("x-total-count", "3")],
                // "b" written between the two queries; "a" an older copy.
                json!([{"id": "a", "version": 1, "text": "older"}, {"id": "b", "version": 4, "text": "new"}, {"id": "c"}]),
            );
        let open = ListParams {
            filters: vec![Filter::new("text", Op::AnyOf(vec!["x".into(), "y".into()]))],
            ..Default::default()
        };
        let recent = ListParams {
            filters: vec![Filter::new(
                "created_at",
                Op::Gte("2026-11-18T00:00:00.000Z".into()),
            )],
            ..Default::default()
        };
        let loaded = block_on(provider(&script).load_any::<Note>(&[open, recent])).unwrap();
        let ids: Vec<_> = loaded.records.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        let texts: Vec<_> = loaded.records.iter().map(|n| n.text.as_deref()).collect();
        assert_eq!(
            texts,
            [None, Some("new"), None],
            "the higher version of each"
        );
        assert_eq!(
            script.urls(),
            vec![
                "http://api/notes?text=x&text=y&_sort=id&_order=asc&_page=1&_limit=1000",
                "http://api/notes?created_at_gte=2026-11-18T00%3A00%3A00.000Z&_sort=id&_order=asc&_page=1&_limit=1000",
            ]
        );
        let bad = ListParams {
            filters: vec![Filter::new("nope", Op::IsNull)],
            ..Default::default()
        };
        assert!(block_on(provider(&script).load_any::<Note>(&[bad])).is_err());
    }

    #[test]
    fn an_empty_collection_is_one_request() {
        let script = Script::default();
        script.answer(200, &[("x-total-count", "0")], json!([]));
        let loaded = block_on(provider(&script).load::<Note>(&ListParams::default())).unwrap();
        assert!(loaded.records.is_empty());
        assert_eq!(script.urls().len(), 1);
    }

    #[test]
    fn damaged_records_are_kept_apart_not_fatal() {
        let script = Script::default();
        script.answer(
            200,
            &[("x-total-count", "3")],
            json!([{"id": "a", "text": "ok"}, {"id": "b", "text": 5}, {"id": "c", "created_at": "soon"}]),
        );
        let loaded = block_on(provider(&script).load::<Note>(&ListParams::default())).unwrap();
        assert_eq!(loaded.records.len(), 1);
        let ids: Vec<_> = loaded
            .damaged
            .iter()
            .map(|d| d.id.clone().unwrap())
            .collect();
        assert_eq!(ids, vec!["b", "c"]);
    }

    #[test]
    fn queries_on_unknown_fields_never_reach_the_backend() {
        let script = Script::default();
        let params = ListParams {
            filters: vec![crate::data::Filter::new(
                "titel",
                crate::data::Op::Eq("x".into()),
            )],
            ..Default::default()
        };
        let e = block_on(provider(&script).load::<Note>(&params)).unwrap_err();
        assert!(matches!(e, DataError::InvalidQuery(m) if m.contains("titel")));
        assert!(script.urls().is_empty());
    }

    #[test]
    fn network_and_http_failures_are_typed_errors() {
        let script = Script::default();
        script.fail(DataError::Network("connection refused".into()));
        let e = block_on(provider(&script).load::<Note>(&ListParams::default())).unwrap_err();
        assert_eq!(e, DataError::Network("connection refused".into()));
        script.answer(503, &[], json!({"error": "down"}));
        let e = block_on(provider(&script).load::<Note>(&ListParams::default())).unwrap_err();
        assert_eq!(
            e,
            DataError::Http {
                status: 503,
                message: "down".into()
            }
        );
    }

    #[test]
    fn the_token_goes_on_every_request() {
        let script = Script::default();
        script.answer(200, &[("x-total-count", "0")], json!([]));
        let p = provider(&script);
        p.set_token(Some("s3cret".into()));
        block_on(p.list_page("notes", &ListParams::default())).unwrap();
        let asked = script.asked.borrow();
        assert!(asked[0]
            .headers
            .contains(&("Authorization".into(), "Bearer s3cret".into())));
    }

    fn pocketbase(script: &Script) -> Provider<Script> {
        Provider::new(
            Box::new(crate::data::pocketbase::PocketBase::new("http://pb")),
            script.clone(),
            fixed_now,
        )
    }

    fn bearer(script: &Script, n: usize) -> Option<String> {
        script.header(n, "Authorization")
    }

    const PB_LIST: &str = r#"{"page":1,"perPage":30,"totalItems":0,"items":[]}"#;

    #[test]
    fn ids_that_would_name_another_path_are_never_sent() {
        let script = Script::default();
        let p = provider(&script);
        for id in ["", ".", ".."] {
            assert_eq!(block_on(p.get_value("notes", id)), Err(DataError::NotFound));
            assert_eq!(
                block_on(p.update_value("notes", id, 1, Map::new(), true)),
                Err(DataError::NotFound)
            );
            assert_eq!(
                block_on(p.delete::<Note>(id, Some(1))),
                Err(DataError::NotFound)
            );
        }
        assert!(script.asked.borrow().is_empty());
    }

    #[test]
    fn signing_in_sets_the_token_and_signing_out_clears_it() {
        let script = Script::default();
        let p = pocketbase(&script);
        assert!(p.can_sign_in());
        assert!(!p.has_token());
        // An earlier token (a config.json one, say) is not sent with the sign-in.
        p.set_token(Some("earlier".into()));
        script.answer(
            200,
            &[],
            json!({"token": "tok.en.1", "record": {"id": "u1", "email": "ada@example.com", "name": "Ada"}}),
        );
        let signed = block_on(p.sign_in("ada@example.com", "hunter22")).unwrap();
        assert_eq!(
            signed,
            SignedIn {
                token: "tok.en.1".into(),
                name: "Ada".into()
            }
        );
        assert_eq!(
            script.urls()[0],
            "http://pb/api/collections/users/auth-with-password"
        );
        assert_eq!(bearer(&script, 0), None);
        assert_eq!(
            script.body(0),
            json!({"identity": "ada@example.com", "password": "hunter22"})
        );
        // From now on every request carries the new token.
        assert!(p.has_token());
        script.answer(200, &[], serde_json::from_str(PB_LIST).unwrap());
        block_on(p.list_page("cases", &ListParams::default())).unwrap();
        assert_eq!(bearer(&script, 1).as_deref(), Some("Bearer tok.en.1"));
        let debug = format!("{:?}", script.asked.borrow());
        assert!(
            !debug.contains("tok.en.1") && !debug.contains("hunter22"),
            "{debug}"
        );
        assert_eq!(p.person(), crate::data::outbox::scope_of(Some("tok.en.1")));
        // Signing out: no token at all (not the earlier one either).
        p.sign_out();
        assert!(!p.has_token());
        assert_eq!(p.person(), "");
        script.answer(
            401,
            &[],
            json!({"status": 401, "message": "no", "data": {}}),
        );
        let e = block_on(p.list_page("cases", &ListParams::default())).unwrap_err();
        assert_eq!(e, DataError::Unauthorized);
        assert_eq!(bearer(&script, 2), None);
        // Clones share the token.
        let clone = p.clone();
        script.answer(
            200,
            &[],
            json!({"token": "tok.en.2", "record": {"id": "u2"}}),
        );
        assert_eq!(
            block_on(clone.sign_in("bo@example.com", "pw")).map(|s| s.name),
            Ok("u2".into())
        );
        assert!(p.has_token());
    }

    #[test]
    fn a_refused_sign_in_keeps_no_token_and_never_says_the_password() {
        let password = "Tr0ub4dor&3";
        let script = Script::default();
        let p = pocketbase(&script);
        let fired = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = fired.clone();
        p.on_unauthorized(Arc::new(move || {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }));
        let sign_in = |answer: Result<HttpResponse, DataError>| {
            match answer {
                Ok(r) => {
                    script.answer(
                        r.status,
                        &[],
                        serde_json::from_str(&r.body).unwrap_or(json!(r.body)),
                    );
                }
                Err(e) => {
                    script.fail(e);
                }
            }
            block_on(p.sign_in("ada@example.com", password)).unwrap_err()
        };
        let wrong = sign_in(Ok(response(
            400,
            &[],
            json!({"status": 400, "message": "Failed to authenticate.", "data": {}}),
        )));
        assert_eq!(wrong, DataError::BadCredentials);
        assert!(!p.has_token());
        // A 401 to the sign-in itself is a wrong password, not a session
        // that ended: the hook is not told.
        assert_eq!(
            sign_in(Ok(response(401, &[], json!({})))),
            DataError::BadCredentials
        );
        assert_eq!(fired.load(std::sync::atomic::Ordering::SeqCst), 0);
        // A backend (or a proxy) echoing the password: never in the error.
        let echoes = [
            sign_in(Ok(response(
                500,
                &[],
                json!({"message": format!("bad password {password} for ada")}),
            ))),
            sign_in(Ok(response(
                403,
                &[],
                json!({"message": format!("{password} is not allowed")}),
            ))),
            sign_in(Err(DataError::Network(format!("reset after {password}")))),
            sign_in(Ok(response(
                200,
                &[],
                json!({"token": format!("has space {password}"), "record": {"id": "u1"}}),
            ))),
        ];
        for e in echoes {
            let (shown, debug) = (e.to_string(), format!("{e:?}"));
            assert!(
                !shown.contains(password) && !debug.contains(password),
                "{debug}"
            );
        }
        assert!(!p.has_token(), "a token no header can carry is refused");
        // Nor changed on the way where no search finds it: spaces folded,
        // HTML-escaped, cut at 200 characters. No backend words are shown.
        let spaced = "correct  horse  <battery>";
        let long = format!("{}Tr0ub4dor&3", "x".repeat(195));
        for (secret, body) in [
            (
                spaced,
                "<p>correct horse &lt;battery&gt; is not allowed</p>".to_string(),
            ),
            (long.as_str(), format!("<p>{long}</p>")),
        ] {
            script.push_text(403, &body);
            let e = block_on(p.sign_in("ada@example.com", secret)).unwrap_err();
            assert_eq!(
                e,
                DataError::Http {
                    status: 403,
                    message: String::new()
                }
            );
        }
        // Nor in the request's Debug form.
        let asked = format!("{:?}", script.asked.borrow());
        assert!(!asked.contains(password), "{asked}");
    }

    #[test]
    fn a_backend_without_a_sign_in_sends_nothing() {
        let script = Script::default();
        let p = provider(&script);
        assert!(!p.can_sign_in());
        assert!(matches!(
            block_on(p.sign_in("ada@example.com", "pw")),
            Err(DataError::Unsupported(_))
        ));
        assert!(script.urls().is_empty());
        assert!(!p.has_token());
    }

    #[test]
    fn every_refusal_of_the_current_token_tells_the_hook_once() {
        let script = Script::default();
        let p = pocketbase(&script);
        let fired = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let count = || fired.load(std::sync::atomic::Ordering::SeqCst);
        let counter = fired.clone();
        // Set on one clone, told by every clone.
        p.clone().on_unauthorized(Arc::new(move || {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }));
        let refused = json!({"status": 401, "message": "The request requires valid record authorization token.", "data": {}});
        // No token at all: PocketBase answers 401.
        script.answer(401, &[], refused.clone());
        assert_eq!(
            block_on(p.list_page("cases", &ListParams::default())),
            Err(DataError::Unauthorized)
        );
        assert_eq!(count(), 1);
        p.set_token(Some("expired".into()));
        script
            .answer(403, &[], json!({"status": 403, "message": "x", "data": {}}))
            .answer(200, &[], serde_json::from_str(PB_LIST).unwrap())
            .answer(404, &[], json!({"status": 404, "message": "x", "data": {}}))
            .answer(500, &[], json!({"status": 500, "message": "x", "data": {}}))
            .answer(412, &[], json!({"status": 412, "message": "x", "data": {}}));
        for _ in 0..5 {
            let _ = block_on(p.list_page("cases", &ListParams::default()));
        }
        assert_eq!(count(), 2, "the 403 only");
        // A write and a delete refused: once each.
        script
            .answer(401, &[], refused.clone())
            .answer(401, &[], refused.clone());
        let e = block_on(p.update::<Note>("n1", 1, Map::new())).unwrap_err();
        assert_eq!(e, DataError::Unauthorized);
        let e = block_on(p.delete::<Note>("n1", Some(1))).unwrap_err();
        assert_eq!(e, DataError::Unauthorized);
        assert_eq!(count(), 4);
        // Two pages refused at once: two answers, told twice.
        script
            .answer(401, &[], refused.clone())
            .answer(401, &[], refused.clone());
        let both = block_on(futures::future::join(
            p.list_page("cases", &ListParams::default()),
            p.list_page("incidents", &ListParams::default()),
        ));
        assert!(both.0.is_err() && both.1.is_err());
        assert_eq!(count(), 6);
        // A refusal of a token replaced while the request was on its way
        // says nothing of the new one.
        let signed_in_meanwhile = p.clone();
        script.answer_after(
            move || signed_in_meanwhile.set_token(Some("fresh".into())),
            401,
            refused,
        );
        assert!(block_on(p.list_page("cases", &ListParams::default())).is_err());
        assert_eq!(
            bearer(&script, script.urls().len() - 1).as_deref(),
            Some("Bearer expired")
        );
        assert_eq!(count(), 6);
        // A kept answer from the service worker is no refusal.
        script.answer(
            200,
            &[(STORED_AT, "2026-11-24T09:00:00.000Z")],
            serde_json::from_str(PB_LIST).unwrap(),
        );
        block_on(p.list_page("cases", &ListParams::default())).unwrap();
        assert_eq!(count(), 6);
    }

    #[test]
    fn update_raises_the_version_and_a_stale_one_is_a_conflict() {
        let script = Script::default();
        script.answer(200, &[], json!({"id": "n1", "text": "new", "version": 4}));
        let mut changes = Map::new();
        changes.insert("text".into(), json!("new"));
        let note: Note = block_on(provider(&script).update("n1", 3, changes.clone())).unwrap();
        assert_eq!(note.version, Some(4));
        {
            let asked = script.asked.borrow();
            let body: Value = serde_json::from_str(asked[0].body.as_deref().unwrap()).unwrap();
            assert_eq!(
                body,
                json!({"text": "new", "version": 4, "updated_at": "2026-11-24T09:30:00.000Z"})
            );
            assert!(asked[0]
                .headers
                .contains(&("If-Match".into(), "\"3\"".into())));
        }
        script.answer(
            412,
            &[],
            json!({"error": "version conflict", "current": {"id": "n1", "version": 5}}),
        );
        let e = block_on(provider(&script).update::<Note>("n1", 3, changes)).unwrap_err();
        assert_eq!(
            e,
            DataError::Conflict {
                current: Some(json!({"id": "n1", "version": 5}))
            }
        );
    }

    #[test]
    fn an_answer_for_another_record_or_an_older_version_is_refused() {
        let changes = Map::from_iter([("text".to_string(), json!("new"))]);
        for answer in [
            json!({"id": "other", "text": "new", "version": 4}),
            json!({"id": "n1", "text": "new", "version": 3}),
            json!({"id": "n1", "text": "new", "version": 1}),
        ] {
            let script = Script::default();
            script.answer(200, &[], answer.clone());
            let e =
                block_on(provider(&script).update::<Note>("n1", 3, changes.clone())).unwrap_err();
            assert!(matches!(e, DataError::Protocol(_)), "{answer}: {e:?}");
        }
        // A 412 naming another record names no stored version of this one.
        let script = Script::default();
        script.answer(412, &[], json!({"current": {"id": "other", "version": 9}}));
        let e = block_on(provider(&script).update::<Note>("n1", 3, changes)).unwrap_err();
        assert_eq!(e, DataError::Conflict { current: None });
    }

    /// A dialect without a conditional update (the provider compares first)
    /// and without totals in its lists.
    struct Plain(JsonServer);
    impl Dialect for Plain {
        fn name(&self) -> &'static str {
            "plain"
        }
        fn list(&self, c: &str, p: &ListParams) -> Result<HttpRequest, DataError> {
            self.0.list(c, p)
        }
        fn parse_list(&self, r: &HttpResponse, _: &ListParams) -> Result<Page, DataError> {
            let items =
                serde_json::from_str(&r.body).map_err(|e| DataError::Protocol(e.to_string()))?;
            Ok(Page { items, total: None })
        }
        fn get(&self, c: &str, id: &str) -> HttpRequest {
            self.0.get(c, id)
        }
        fn parse_one(&self, r: &HttpResponse) -> Result<Value, DataError> {
            self.0.parse_one(r)
        }
        fn create(&self, c: &str, v: &Value) -> HttpRequest {
            self.0.create(c, v)
        }
        fn update(&self, c: &str, id: &str, b: i64, v: &Value) -> HttpRequest {
            self.0.update(c, id, b, v)
        }
        fn delete(&self, c: &str, id: &str, b: Option<i64>) -> HttpRequest {
            self.0.delete(c, id, b)
        }
        fn conditional_update(&self) -> bool {
            false
        }
    }

    #[test]
    fn without_a_conditional_update_the_provider_reads_and_compares_first() {
        let script = Script::default();
        let p = Provider::new(
            Box::new(Plain(JsonServer::new("http://api"))),
            script.clone(),
            fixed_now,
        );
        script.answer(200, &[], json!({"id": "n1", "version": 7}));
        let e = block_on(p.update::<Note>("n1", 6, Map::new())).unwrap_err();
        assert!(matches!(e, DataError::Conflict { current: Some(_) }));
        assert_eq!(script.urls().len(), 1, "a stale edit is not sent");
    }

    /// The `_page` a json-server list asked for.
    fn page_of(request: &HttpRequest) -> usize {
        request
            .url
            .split(['?', '&'])
            .find_map(|pair| pair.strip_prefix("_page="))
            .and_then(|p| p.parse().ok())
            .unwrap_or(0)
    }

    fn plain_provider(script: &Script) -> Provider<Script> {
        Provider::new(
            Box::new(Plain(JsonServer::new("http://api"))),
            script.clone(),
            fixed_now,
        )
    }

    #[test]
    fn a_total_beyond_the_cap_is_refused_before_more_pages_are_asked_for() {
        let script = Script::default();
        // Full pages, and a claim of five million records.
        script.backend(|_, n| {
            if n > 200 {
                return Err(DataError::Network("enough".into()));
            }
            Ok(response(
                200,
                &[("x-total-count", "5000000")],
                notes(0..1000),
            ))
        });
        let e = block_on(provider(&script).list_all("notes", &ListParams::default())).unwrap_err();
        assert_eq!(
            e,
            DataError::TooManyRecords {
                limit: MAX_PAGES as u64 * PAGE_SIZE as u64
            }
        );
        assert_eq!(script.urls().len(), 1);
    }

    #[test]
    fn at_most_four_pages_are_in_flight_at_once() {
        let script = Script::default();
        script.backend(|request, _| {
            let page = page_of(request);
            if page == 0 {
                return Err(DataError::Network("no such page".into()));
            }
            if page > 20 {
                return Ok(response(200, &[("x-total-count", "20000")], json!([])));
            }
            let first = (page - 1) * 1000;
            Ok(response(
                200,
                &[("x-total-count", "20000")],
                notes(first..first + 1000),
            ))
        });
        let all = block_on(provider(&script).list_all("notes", &ListParams::default())).unwrap();
        assert_eq!(all.len(), 20_000);
        assert_eq!(all[19_999]["id"], "n19999");
        // The last page promised was full: one more look, in case the
        // total was too small (it answers nothing).
        assert_eq!(script.urls().len(), 21);
        assert_eq!(script.max_in_flight.get(), MAX_IN_FLIGHT);
    }

    #[test]
    fn a_lying_total_is_not_told_as_progress() {
        // One record, a total of u64::MAX: the load is that one record.
        let script = Script::default();
        script.answer(
            200,
            &[("x-total-count", "18446744073709551615")],
            notes(0..1),
        );
        let seen = std::cell::RefCell::new(Vec::new());
        let all = block_on(provider(&script).list_all_with(
            "notes",
            &ListParams::default(),
            &|p| seen.borrow_mut().push(p),
        ))
        .unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(
            seen.into_inner(),
            vec![Progress::Total(1), Progress::Page(1)]
        );
        // A full first page and a total past the cap: at most the cap told.
        let script = Script::default();
        script.answer(
            200,
            &[("x-total-count", "18446744073709551615")],
            notes(0..1000),
        );
        let seen = std::cell::RefCell::new(Vec::new());
        let result = block_on(provider(&script).list_all_with(
            "notes",
            &ListParams::default(),
            &|p| seen.borrow_mut().push(p),
        ));
        assert!(result.is_err());
        assert_eq!(
            seen.into_inner().first(),
            Some(&Progress::Total(
                u64::from(MAX_PAGES) * u64::from(PAGE_SIZE)
            ))
        );
    }

    #[test]
    fn a_paged_load_tells_its_total_and_every_page() {
        let script = Script::default();
        script.backend(|request, _| {
            let page = page_of(request);
            let first = (page.max(1) - 1) * 1000;
            let last = (first + 1000).min(2500);
            Ok(response(
                200,
                &[("x-total-count", "2500")],
                notes(first..last.max(first)),
            ))
        });
        let seen = std::cell::RefCell::new(Vec::new());
        let all = block_on(provider(&script).list_all_with(
            "notes",
            &ListParams::default(),
            &|p| seen.borrow_mut().push(p),
        ))
        .unwrap();
        assert_eq!(all.len(), 2500);
        assert_eq!(
            seen.into_inner(),
            vec![
                Progress::Total(2500),
                Progress::Page(1000),
                Progress::Page(1000),
                Progress::Page(500)
            ]
        );
    }

    #[test]
    fn a_page_that_adds_nothing_new_ends_the_load() {
        // A backend ignoring paging: the same full page whatever is asked.
        let script = Script::default();
        script.backend(|_, n| {
            if n > 200 {
                return Err(DataError::Network("enough".into()));
            }
            Ok(response(200, &[("x-total-count", "50000")], notes(0..1000)))
        });
        let all = block_on(provider(&script).list_all("notes", &ListParams::default())).unwrap();
        assert_eq!(all.len(), 1000);
        assert!(
            script.urls().len() <= 1 + MAX_IN_FLIGHT,
            "{}",
            script.urls().len()
        );

        // Empty pages after the first, however large the total claimed.
        let script = Script::default();
        script.backend(|request, n| {
            if n > 200 {
                return Err(DataError::Network("enough".into()));
            }
            let items = if page_of(request) == 1 {
                notes(0..1000)
            } else {
                json!([])
            };
            Ok(response(200, &[("x-total-count", "50000")], items))
        });
        let all = block_on(provider(&script).list_all("notes", &ListParams::default())).unwrap();
        assert_eq!(all.len(), 1000);
        assert!(
            script.urls().len() <= 1 + MAX_IN_FLIGHT,
            "{}",
            script.urls().len()
        );
    }

    #[test]
    fn without_a_total_a_backend_ignoring_pages_is_asked_twice() {
        let script = Script::default();
        script.backend(|_, n| {
            if n > 200 {
                return Err(DataError::Network("enough".into()));
            }
            Ok(response(200, &[], notes(0..1000)))
        });
        let all =
            block_on(plain_provider(&script).list_all("notes", &ListParams::default())).unwrap();
        assert_eq!(all.len(), 1000);
        assert_eq!(script.urls().len(), 2);
    }

    #[test]
    fn without_a_total_more_pages_than_the_cap_is_an_error() {
        let script = Script::default();
        script.backend(|request, n| {
            if n > MAX_PAGES as usize + 50 {
                return Err(DataError::Network("enough".into()));
            }
            let first = (page_of(request) - 1) * 1000;
            Ok(response(200, &[], notes(first..first + 1000)))
        });
        let e = block_on(plain_provider(&script).list_all("notes", &ListParams::default()))
            .unwrap_err();
        assert_eq!(
            e,
            DataError::TooManyRecords {
                limit: MAX_PAGES as u64 * PAGE_SIZE as u64
            }
        );
        assert_eq!(script.urls().len(), MAX_PAGES as usize);
    }

    #[test]
    fn a_request_without_an_answer_times_out() {
        let script = Script::default();
        script.timers_fire.set(true);
        script.hang();
        let p = provider(&script).with_timeout(Duration::from_secs(7));
        let e = block_on(p.list_page("notes", &ListParams::default())).unwrap_err();
        assert_eq!(e, DataError::Timeout);
        assert!(e.retryable());
        assert_eq!(*script.timers.borrow(), vec![Duration::from_secs(7)]);
        assert_eq!(script.in_flight.get(), 0, "the hung request was dropped");

        script.answer(200, &[("x-total-count", "0")], json!([]));
        assert!(block_on(p.list_page("notes", &ListParams::default())).is_ok());
    }

    #[test]
    fn every_request_has_the_default_timeout_unless_set() {
        let script = Script::default();
        script.answer(200, &[("x-total-count", "0")], json!([]));
        block_on(provider(&script).list_page("notes", &ListParams::default())).unwrap();
        assert_eq!(*script.timers.borrow(), vec![Duration::from_secs(20)]);
    }

    #[test]
    fn a_kept_answer_says_when_it_was_kept_and_does_not_set_the_clock() {
        let script = Script::default();
        let p = provider(&script);
        script.answer(
            200,
            &[
                ("x-total-count", "0"),
                (STORED_AT, "2026-11-25T09:00:00.000Z"),
                ("date", "Tue, 24 Nov 2026 09:00:00 GMT"),
            ],
            json!([]),
        );
        block_on(p.load::<Note>(&ListParams::default())).unwrap();
        assert_eq!(
            p.kept_at().map(Timestamp::to_wire).as_deref(),
            Some("2026-11-25T09:00:00.000Z")
        );
        assert_eq!(p.server_now(), fixed_now(), "a kept Date is not the clock");
        // A write's answer says nothing of the data shown.
        script.answer(
            200,
            &[],
            json!({"id": "n1", "version": 4, "updated_at": "2026-11-25T12:00:00.000Z"}),
        );
        block_on(p.update::<Note>("n1", 3, Map::new())).unwrap();
        assert!(p.kept_at().is_some(), "still the kept data on the page");
        // The backend answers a read again: no longer offline.
        script.answer(200, &[("x-total-count", "0")], json!([]));
        block_on(p.load::<Note>(&ListParams::default())).unwrap();
        assert_eq!(p.kept_at(), None);
    }

    #[test]
    fn the_server_clock_follows_the_date_header() {
        let script = Script::default();
        let p = provider(&script);
        assert_eq!(p.server_now(), fixed_now(), "no Date seen: our clock");
        // The backend's clock is ten minutes ahead of ours.
        script.answer(
            200,
            &[
                ("x-total-count", "0"),
                ("date", "Tue, 24 Nov 2026 09:40:00 GMT"),
            ],
            json!([]),
        );
        block_on(p.list_page("notes", &ListParams::default())).unwrap();
        let ahead = Timestamp::parse("2026-11-24T09:40:00Z").unwrap();
        assert_eq!(p.server_now(), ahead);
        assert_eq!(p.clone().server_now(), ahead, "clones share it");
        for bad in [
            "yesterday",
            "Tue, 24 Nov 2026 25:00:00 GMT",
            "Wed, 24 Nov 2026 09:50:00 GMT",
            "Tue, 24 Nov 2026 09:50:00 CET",
            "",
            // Further from our clock than any real clock error.
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "Tue, 01 Nov 1994 08:12:31 GMT",
            "Wed, 25 Nov 2026 09:30:01 GMT",
        ] {
            script.answer(200, &[("x-total-count", "0"), ("date", bad)], json!([]));
            block_on(p.list_page("notes", &ListParams::default())).unwrap();
            assert_eq!(p.server_now(), ahead, "{bad} is ignored");
        }
        // Error answers carry the clock too.
        script.answer(503, &[("date", "Tue, 24 Nov 2026 09:20:00 GMT")], json!({}));
        assert!(block_on(p.list_page("notes", &ListParams::default())).is_err());
        assert_eq!(
            p.server_now(),
            Timestamp::parse("2026-11-24T09:20:00Z").unwrap()
        );
    }

    #[test]
    fn a_total_that_is_too_small_does_not_cut_the_load() {
        let script = Script::default();
        // Claims 1,000 records; there are 1,500.
        script
            .answer(200, &[("x-total-count", "1000")], notes(0..1000))
            .answer(200, &[("x-total-count", "1000")], notes(1000..1500));
        let loaded = block_on(provider(&script).load::<Note>(&ListParams::default())).unwrap();
        assert_eq!(loaded.records.len(), 1500);
        assert_eq!(script.urls().len(), 2);
    }

    #[test]
    fn a_delete_is_conditional_and_a_record_already_gone_counts_as_deleted() {
        let script = Script::default();
        script
            .answer(200, &[], json!({}))
            .answer(404, &[], json!({}))
            .answer(204, &[], Value::Null)
            .answer(412, &[], json!({"current": {"id": "n1", "version": 3}}));
        let p = provider(&script);
        block_on(p.delete::<Note>("n1", Some(2))).unwrap();
        assert_eq!(script.header(0, "If-Match").as_deref(), Some("\"2\""));
        assert!(script.urls()[0].ends_with("/notes/n1"));
        block_on(p.delete::<Note>("n1", Some(2))).unwrap();
        block_on(p.delete::<Note>("n1", Some(2))).unwrap();
        let e = block_on(p.delete::<Note>("n1", Some(2))).unwrap_err();
        assert!(
            matches!(e, DataError::Conflict { current: Some(ref c) } if c["version"] == 3),
            "{e:?}"
        );
    }

    #[test]
    fn the_largest_version_cannot_be_raised() {
        let script = Script::default();
        let e = block_on(provider(&script).update::<Note>("n1", i64::MAX, Map::new())).unwrap_err();
        assert!(
            matches!(e, DataError::Protocol(ref m) if m.contains("version")),
            "{e:?}"
        );
        assert!(script.urls().is_empty());
    }
}
