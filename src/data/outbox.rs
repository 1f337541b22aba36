//! The outbox: writes that could not reach the backend (offline, a hang, a
//! gateway error), kept in the browser so that a reload or a closed tab does
//! not lose them, and sent in the order they were made when the backend
//! answers again. The save engine and `Creation` put writes here; nothing
//! else writes around it: while a record has a write waiting here, later
//! writes to it join that one instead of overtaking it.
//!
//! Plain Rust over JSON, one instance for every record type (bundle size):
//! - **An update** keeps the version it was based on (`expect`), that
//!   version as it was seen (for naming what someone else changed), the
//!   fields to write, and every try's (version, fields): a try that landed
//!   unseen (its answer lost) is recognised by its fields and version, never
//!   reported as a conflict or written twice.
//! - **A create** keeps the record with its client-made id and every value
//!   sent: a taken id whose stored record is one of ours counts as created.
//! - **The version rules hold**: a stale update is a conflict, shown with
//!   the fields the other person changed; "apply mine on top" is offered only
//!   when none of them is a field mine writes, otherwise the person opens
//!   the record and decides (or discards).
//! - **Sensitive descriptions are not kept**: a write that carries the
//!   description of a sensitive case (or one whose `sensitive` is unknown)
//!   is refused here and stays in memory with its Retry, as before; the
//!   kept versions are stripped of such descriptions (the service worker's
//!   rule, `sw/offline.mjs`).
//! - **Per person**: entries carry the scope of the token they were made
//!   with; only the current scope's are shown and sent.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value};

use super::provider::{Provider, Transport};
use super::DataError;
use crate::time::Timestamp;

/// At most this many writes wait; more are refused (kept in memory only).
pub const MAX_ENTRIES: usize = 200;
/// At most this many bytes of JSON are kept (localStorage holds ~5 MB).
pub const MAX_BYTES: usize = 1_000_000;
/// At most this many distinct tries of one update are remembered.
const MAX_TRIES: usize = 8;
/// A stored version larger than this (as JSON) is not kept with a conflict.
const MAX_CURRENT_BYTES: usize = 64 * 1024;

/// Collections never kept in the browser: a person's wellbeing check-ins
/// (their notes and exposure are theirs alone; a write of one that cannot
/// reach the backend stays in memory with its Retry).
pub const NEVER_KEPT: [&str; 1] = ["check_ins"];

/// Fields written by the engine itself, never anyone's change.
const BOOKKEEPING: [&str; 3] = ["id", "version", "updated_at"];

/// What is waiting: an update of fields, or a new record.
#[derive(Debug, Clone, PartialEq)]
pub enum Write {
    Update {
        /// The version the fields are to be written on.
        expect: i64,
        /// That version as it was seen (sensitive descriptions stripped).
        based_on: Value,
        changes: Map<String, Value>,
        /// Every try: the version it was based on and its fields.
        tries: Vec<(i64, Map<String, Value>)>,
        /// The history record to write once this lands on `expect`.
        history: Option<(String, Value)>,
        /// Whether the record has `updated_at` (stamped on every write).
        stamped: bool,
    },
    Create {
        value: Value,
        /// Every value sent for this record (the last is `value`).
        sent: Vec<Value>,
    },
}

/// Where a write stands.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// To be sent when the backend answers (`error`: why the last try failed).
    Waiting { error: Option<String> },
    /// Refused by the backend: not sent again unless the person says so.
    Failed { error: String },
    /// Someone else changed the record since: `theirs` are their fields,
    /// `overlap` those mine write too; `current` the stored version (sensitive
    /// descriptions stripped), when known.
    Conflict {
        theirs: Vec<String>,
        overlap: Vec<String>,
        current: Option<Value>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Order of making: sent oldest first.
    pub seq: u64,
    pub scope: String,
    pub collection: String,
    pub id: String,
    /// When the person made it (the backend's clock as this browser knew it).
    pub made_at: String,
    pub write: Write,
    pub state: State,
}

impl Entry {
    /// The fields this write changes (none for a create).
    pub fn fields(&self) -> Vec<String> {
        match &self.write {
            Write::Update { changes, .. } => changes
                .keys()
                .filter(|k| !BOOKKEEPING.contains(&k.as_str()))
                .cloned()
                .collect(),
            Write::Create { .. } => Vec::new(),
        }
    }

    pub fn is_create(&self) -> bool {
        matches!(self.write, Write::Create { .. })
    }

    /// The value of `field` this write sends (for naming it in a list).
    pub fn value_of(&self, field: &str) -> Option<&Value> {
        match &self.write {
            Write::Update { changes, .. } => changes.get(field),
            Write::Create { value, .. } => value.get(field),
        }
    }
}

/// The outbox as kept: the next sequence number and the entries (as JSON:
/// one that cannot be read is kept as it was, not deleted).
#[derive(Default)]
struct Stored {
    next: u64,
    entries: Vec<Value>,
}

// Written and read by hand rather than derived: serde's derive for tagged
// enums brings its buffering machinery into the wasm (bundle size).

fn tries_json(tries: &[(i64, Map<String, Value>)]) -> Value {
    Value::Array(
        tries
            .iter()
            .map(|(v, m)| Value::Array(vec![Value::from(*v), Value::Object(m.clone())]))
            .collect(),
    )
}

fn tries_of(v: &Value) -> Option<Vec<(i64, Map<String, Value>)>> {
    v.as_array()?
        .iter()
        .map(|t| Some((t.get(0)?.as_i64()?, t.get(1)?.as_object()?.clone())))
        .collect()
}

fn strings_json(list: &[String]) -> Value {
    Value::Array(list.iter().map(|s| Value::from(s.as_str())).collect())
}

fn strings_of(v: Option<&Value>) -> Option<Vec<String>> {
    v?.as_array()?
        .iter()
        .map(|s| s.as_str().map(str::to_string))
        .collect()
}

impl Entry {
    fn to_json(&self) -> Value {
        let mut m = Map::new();
        m.insert("seq".into(), Value::from(self.seq));
        m.insert("scope".into(), Value::from(self.scope.as_str()));
        m.insert("collection".into(), Value::from(self.collection.as_str()));
        m.insert("id".into(), Value::from(self.id.as_str()));
        m.insert("made_at".into(), Value::from(self.made_at.as_str()));
        match &self.write {
            Write::Update {
                expect,
                based_on,
                changes,
                tries,
                history,
                stamped,
            } => {
                m.insert("kind".into(), Value::from("update"));
                m.insert("expect".into(), Value::from(*expect));
                m.insert("based_on".into(), based_on.clone());
                m.insert("changes".into(), Value::Object(changes.clone()));
                m.insert("tries".into(), tries_json(tries));
                if let Some((c, h)) = history {
                    m.insert(
                        "history".into(),
                        Value::Array(vec![Value::from(c.as_str()), h.clone()]),
                    );
                }
                m.insert("stamped".into(), Value::Bool(*stamped));
            }
            Write::Create { value, sent } => {
                m.insert("kind".into(), Value::from("create"));
                m.insert("value".into(), value.clone());
                m.insert("sent".into(), Value::Array(sent.clone()));
            }
        }
        let state = match &self.state {
            State::Waiting { error } => {
                m.insert(
                    "error".into(),
                    error.clone().map_or(Value::Null, Value::from),
                );
                "waiting"
            }
            State::Failed { error } => {
                m.insert("error".into(), Value::from(error.as_str()));
                "failed"
            }
            State::Conflict {
                theirs,
                overlap,
                current,
            } => {
                m.insert("theirs".into(), strings_json(theirs));
                m.insert("overlap".into(), strings_json(overlap));
                m.insert("current".into(), current.clone().unwrap_or(Value::Null));
                "conflict"
            }
        };
        m.insert("state".into(), Value::from(state));
        Value::Object(m)
    }

    fn from_json(v: &Value) -> Option<Entry> {
        let string = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let write = match v.get("kind")?.as_str()? {
            "update" => Write::Update {
                expect: v.get("expect")?.as_i64()?,
                based_on: v.get("based_on").filter(|b| b.is_object())?.clone(),
                changes: v.get("changes")?.as_object()?.clone(),
                tries: tries_of(v.get("tries")?)?,
                history: match v.get("history") {
                    None | Some(Value::Null) => None,
                    Some(h) => Some((h.get(0)?.as_str()?.to_string(), h.get(1)?.clone())),
                },
                stamped: v.get("stamped")?.as_bool()?,
            },
            "create" => Write::Create {
                value: v.get("value").filter(|b| b.is_object())?.clone(),
                sent: v.get("sent")?.as_array()?.clone(),
            },
            _ => return None,
        };
        let state = match v.get("state")?.as_str()? {
            "waiting" => State::Waiting {
                error: string("error"),
            },
            "failed" => State::Failed {
                error: string("error")?,
            },
            "conflict" => State::Conflict {
                theirs: strings_of(v.get("theirs"))?,
                overlap: strings_of(v.get("overlap"))?,
                current: v.get("current").filter(|c| c.is_object()).cloned(),
            },
            _ => return None,
        };
        Some(Entry {
            seq: v.get("seq")?.as_u64()?,
            scope: string("scope")?,
            collection: string("collection")?,
            id: string("id")?,
            made_at: string("made_at")?,
            write,
            state,
        })
    }
}

/// Where the outbox is kept: localStorage in the browser, a map in tests.
#[derive(Clone, Copy)]
pub struct Store {
    pub load: fn(&str) -> Option<String>,
    pub save: fn(&str, &str) -> bool,
}

type Listener = Arc<dyn Fn() + Send + Sync>;

/// The browser's outbox for one backend. Cheap to clone; clones share it.
#[derive(Clone)]
pub struct Outbox {
    key: String,
    store: Store,
    draining: Arc<AtomicBool>,
    /// Hears every change (to show the list anew).
    listener: Arc<Mutex<Option<Listener>>>,
}

/// A description kept only where the same object says `sensitive: false`
/// (at any depth; a history event's `changes` too): the service worker's
/// rule for what it keeps.
pub fn strip_sensitive(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(strip_sensitive).collect()),
        Value::Object(map) => {
            let open = map.get("sensitive") == Some(&Value::Bool(false));
            let mut out = Map::new();
            for (k, v) in map {
                if k == "description" && !open {
                    continue;
                }
                out.insert(k.clone(), strip_sensitive(v));
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

fn holds_sensitive(value: &Value) -> bool {
    strip_sensitive(value) != *value
}

/// Whether `stored` holds every field of `sent` (bookkeeping aside).
pub fn holds(stored: &Value, sent: &Map<String, Value>) -> bool {
    sent.iter()
        .filter(|(k, _)| !BOOKKEEPING.contains(&k.as_str()))
        .all(|(k, v)| stored.get(k).unwrap_or(&Value::Null) == v)
}

/// The fields whose values differ between two versions (bookkeeping aside;
/// a field stripped from `base` is not compared).
fn changed(base: &Value, current: &Value) -> Vec<String> {
    let mut keys: Vec<&String> = Vec::new();
    for v in [base, current] {
        for k in v.as_object().into_iter().flat_map(|m| m.keys()) {
            if !keys.contains(&k) && !BOOKKEEPING.contains(&k.as_str()) {
                keys.push(k);
            }
        }
    }
    keys.into_iter()
        .filter(|k| !(k.as_str() == "description" && base.get("description").is_none()))
        .filter(|k| {
            base.get(k.as_str()).unwrap_or(&Value::Null)
                != current.get(k.as_str()).unwrap_or(&Value::Null)
        })
        .cloned()
        .collect()
}

fn version(v: &Value) -> Option<i64> {
    v.get("version").and_then(Value::as_i64)
}

/// Whose writes these are, for a token (a hash: not a secret, and not a
/// permission). A JWT is its issuer and subject (PocketBase's, which have
/// none: the auth collection and the account's id), so a refreshed token of
/// the same person still sends what they queued; any other token is itself.
pub fn scope_of(token: Option<&str>) -> String {
    let Some(token) = token else {
        return String::new();
    };
    let who = jwt_subject(token);
    // FNV-1a, 64 bits.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in who.as_deref().unwrap_or(token).bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// "iss sub" of a JWT's claims (not verified: it only names whose writes
/// these are; the backend checks the token). A PocketBase token has neither:
/// its person is the account's `id` in the auth collection `collectionId`
/// (a users account and a superuser with the same id are two people).
fn jwt_subject(token: &str) -> Option<String> {
    let mut parts = token.split('.');
    let (_, claims, _, None) = (parts.next()?, parts.next()?, parts.next()?, parts.next()) else {
        return None;
    };
    let claims: Value = serde_json::from_slice(&base64url(claims)?).ok()?;
    let claim = |key: &str| claims.get(key).and_then(Value::as_str);
    if let Some(sub) = claim("sub") {
        let iss = claim("iss").unwrap_or("");
        return Some(format!("jwt {iss} {sub}"));
    }
    let (collection, id) = (claim("collectionId")?, claim("id")?);
    Some(format!("pocketbase {collection} {id}"))
}

/// Decodes unpadded base64url (`None` on any other character).
fn base64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Whether `provider` still sends as `scope` (the person has not changed
/// since the drain began): checked before every request of a drain.
fn same_scope<T: Transport>(provider: &Provider<T>, scope: &str) -> bool {
    provider.outbox().map(|(_, s)| s).as_deref() == Some(scope)
}

/// Whether an update's fields and tries may be kept: a description only
/// where the record says `sensitive: false` (its newest known value), and
/// a history without a sensitive description.
fn safe_update(
    changes: &Map<String, Value>,
    tries: &[(i64, Map<String, Value>)],
    history: Option<&(String, Value)>,
    sensitive: Option<&Value>,
) -> bool {
    let open = sensitive == Some(&Value::Bool(false));
    let described = |m: &Map<String, Value>| m.get("description").is_some_and(|d| !d.is_null());
    (open || !(described(changes) || tries.iter().any(|(_, m)| described(m))))
        && history.is_none_or(|(_, h)| !holds_sensitive(h))
}

/// A try recorded once (a repeat of the same fields on the same version
/// adds nothing: it would only grow the store), the last few kept.
fn add_try(tries: &mut Vec<(i64, Map<String, Value>)>, t: (i64, Map<String, Value>)) {
    if !tries.contains(&t) {
        tries.push(t);
    }
    if tries.len() > MAX_TRIES {
        tries.remove(0);
    }
}

/// An error as kept: the backend's own words left out (they may echo a
/// field's value).
fn error_text(error: &DataError) -> String {
    match error {
        DataError::Http { status, .. } => DataError::Http {
            status: *status,
            message: String::new(),
        }
        .to_string(),
        other => other.to_string(),
    }
}

/// A new waiting entry, numbered after the last.
fn push_new(
    entries: &mut Vec<Entry>,
    next: &mut u64,
    [scope, collection, id]: [&str; 3],
    made_at: Timestamp,
    write: Write,
) {
    *next += 1;
    entries.push(Entry {
        seq: *next,
        scope: scope.to_string(),
        collection: collection.to_string(),
        id: id.to_string(),
        made_at: made_at.to_wire(),
        write,
        state: State::Waiting { error: None },
    });
}

/// What a drain did, for tests and the page.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Drained {
    /// Writes that landed (collection, id).
    pub landed: Vec<(String, String)>,
    /// The backend still cannot be reached: the rest waits.
    pub stopped: bool,
}

impl Outbox {
    /// The outbox kept under `key` (one per backend address).
    pub fn new(key: impl Into<String>, store: Store) -> Self {
        Outbox {
            key: key.into(),
            store,
            draining: Arc::default(),
            listener: Arc::default(),
        }
    }

    /// `listener` hears every change of the outbox.
    pub fn on_change(&self, listener: impl Fn() + Send + Sync + 'static) {
        if let Ok(mut slot) = self.listener.lock() {
            *slot = Some(Arc::new(listener));
        }
    }

    fn changed(&self) {
        let listener = self.listener.lock().ok().and_then(|l| l.clone());
        if let Some(listener) = listener {
            listener()
        }
    }

    /// Every entry kept (all scopes; an entry that cannot be read is left
    /// out of the list but not deleted).
    fn read(&self) -> (Stored, Vec<Entry>) {
        let kept: Value = (self.store.load)(&self.key)
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        let stored = Stored {
            next: kept.get("next").and_then(Value::as_u64).unwrap_or(0),
            entries: kept
                .get("entries")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
        };
        let entries = stored.entries.iter().filter_map(Entry::from_json).collect();
        (stored, entries)
    }

    /// Writes `entries` back (with the unreadable ones as they were);
    /// `false` when the store is full or refuses.
    fn write(&self, mut stored: Stored, entries: &[Entry]) -> bool {
        stored.entries.retain(|v| Entry::from_json(v).is_none());
        // Never below a sequence number kept: order survives a bad entry.
        let top = entries.iter().map(|e| e.seq).max().unwrap_or(0);
        stored.next = stored.next.max(top);
        stored.entries.extend(entries.iter().map(Entry::to_json));
        let mut kept = Map::new();
        kept.insert("next".into(), Value::from(stored.next));
        kept.insert("entries".into(), Value::Array(stored.entries));
        let count = kept
            .get("entries")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let text = Value::Object(kept).to_string();
        if text.len() > MAX_BYTES || count > MAX_ENTRIES {
            return false;
        }
        let ok = (self.store.save)(&self.key, &text);
        if ok {
            self.changed();
        }
        ok
    }

    /// Changes the entries in one step (read, change, write).
    fn change<T>(&self, f: impl FnOnce(&mut Vec<Entry>, &mut u64) -> T) -> Option<T> {
        let (mut stored, mut entries) = self.read();
        let mut next = stored.next;
        let out = f(&mut entries, &mut next);
        stored.next = next;
        self.write(stored, &entries).then_some(out)
    }

    /// The entries of `scope`, oldest first.
    pub fn entries(&self, scope: &str) -> Vec<Entry> {
        let (_, mut entries) = self.read();
        entries.retain(|e| e.scope == scope);
        entries.sort_by_key(|e| e.seq);
        entries
    }

    /// The update waiting to be sent for record `id` of `collection`, if
    /// any (one in conflict or refused waits for the person, not for the
    /// backend: a new write does not join it).
    pub fn waiting_update(&self, scope: &str, collection: &str, id: &str) -> Option<Entry> {
        self.entries(scope).into_iter().find(|e| {
            e.collection == collection
                && e.id == id
                && !e.is_create()
                && matches!(e.state, State::Waiting { .. })
        })
    }

    /// Whether a create of record `id` is kept.
    pub fn holds_create(&self, scope: &str, collection: &str, id: &str) -> bool {
        self.entries(scope)
            .iter()
            .any(|e| e.collection == collection && e.id == id && e.is_create())
    }

    /// Keeps an update: `changes` on version `expect` (`based_on` as seen),
    /// joining the update already waiting for that record (later fields
    /// win; its version and tries are kept). `false` when it cannot be kept
    /// (a sensitive description, or the store is full): the caller keeps it
    /// in memory as before.
    #[allow(clippy::too_many_arguments)]
    pub fn keep_update(
        &self,
        scope: &str,
        collection: &str,
        expect: i64,
        based_on: &Value,
        changes: Map<String, Value>,
        tries: Vec<(i64, Map<String, Value>)>,
        history: Option<(String, Value)>,
        made_at: Timestamp,
    ) -> bool {
        let Some(id) = based_on.get("id").and_then(Value::as_str) else {
            return false;
        };
        // What the record says of itself once these fields land.
        let mut after = based_on.as_object().cloned().unwrap_or_default();
        for (k, v) in &changes {
            after.insert(k.clone(), v.clone());
        }
        if NEVER_KEPT.contains(&collection)
            || !safe_update(&changes, &tries, history.as_ref(), after.get("sensitive"))
        {
            return false;
        }
        let stamped = based_on.get("updated_at").is_some();
        let based_on = strip_sensitive(based_on);
        self.change(|entries, next| {
            let joined = entries.iter_mut().find(|e| {
                e.scope == scope
                    && e.collection == collection
                    && e.id == id
                    && !e.is_create()
                    && matches!(e.state, State::Waiting { .. })
            });
            match joined {
                Some(Entry {
                    write:
                        Write::Update {
                            based_on: kept_base,
                            changes: kept,
                            tries: kept_tries,
                            history: kept_history,
                            ..
                        },
                    ..
                }) => {
                    let mut merged = kept.clone();
                    merged.extend(changes);
                    let mut merged_tries = kept_tries.clone();
                    for t in tries {
                        add_try(&mut merged_tries, t);
                    }
                    // The record's newest word on being sensitive decides.
                    let sensitive = merged
                        .get("sensitive")
                        .or_else(|| kept_base.get("sensitive"))
                        .cloned();
                    if !safe_update(&merged, &merged_tries, None, sensitive.as_ref()) {
                        return false;
                    }
                    *kept = merged;
                    *kept_tries = merged_tries;
                    // A history made for the first fields only would
                    // misstate the write: none (the contract allows a
                    // missing entry, never a wrong one).
                    *kept_history = None;
                    true
                }
                _ => {
                    let mut distinct = Vec::new();
                    for t in tries {
                        add_try(&mut distinct, t);
                    }
                    push_new(
                        entries,
                        next,
                        [scope, collection, id],
                        made_at,
                        Write::Update {
                            expect,
                            based_on,
                            changes,
                            tries: distinct,
                            history,
                            stamped,
                        },
                    );
                    true
                }
            }
        })
        .unwrap_or(false)
    }

    /// Keeps a create of `value` (with its id), or replaces the value of
    /// the one kept for that id (`sent`: every value sent so far). `false`
    /// when it cannot be kept (a sensitive description, the store full).
    pub fn keep_create(
        &self,
        scope: &str,
        collection: &str,
        value: &Value,
        sent: Vec<Value>,
        made_at: Timestamp,
    ) -> bool {
        let Some(id) = value.get("id").and_then(Value::as_str) else {
            return false;
        };
        if NEVER_KEPT.contains(&collection)
            || holds_sensitive(value)
            || sent.iter().any(holds_sensitive)
        {
            return false;
        }
        self.change(|entries, next| {
            let kept = entries.iter_mut().find(|e| {
                e.scope == scope && e.collection == collection && e.id == id && e.is_create()
            });
            match kept {
                Some(Entry {
                    write:
                        Write::Create {
                            value: kept,
                            sent: kept_sent,
                        },
                    state,
                    ..
                }) => {
                    for v in sent.into_iter().chain([value.clone()]) {
                        if !kept_sent.contains(&v) {
                            kept_sent.push(v);
                        }
                    }
                    *kept = value.clone();
                    *state = State::Waiting { error: None };
                }
                _ => {
                    let sent = if sent.contains(value) {
                        sent
                    } else {
                        sent.into_iter().chain([value.clone()]).collect()
                    };
                    let write = Write::Create {
                        value: value.clone(),
                        sent,
                    };
                    push_new(entries, next, [scope, collection, id], made_at, write)
                }
            }
        })
        .is_some()
    }

    /// Forgets entry `seq` of `scope` (the person discards it).
    pub fn discard(&self, scope: &str, seq: u64) {
        self.change(|entries, _| entries.retain(|e| e.seq != seq || e.scope != scope));
    }

    /// A failed entry of `scope` to be sent again.
    pub fn again(&self, scope: &str, seq: u64) {
        self.change(|entries, _| {
            if let Some(e) = entries
                .iter_mut()
                .find(|e| e.seq == seq && e.scope == scope)
            {
                if matches!(e.state, State::Failed { .. }) {
                    e.state = State::Waiting { error: None };
                }
            }
        });
    }

    /// A conflicting update of `scope` written on the stored version
    /// instead: only when none of the other person's fields is one mine
    /// write (else the person decides on the record's page). Its history is
    /// dropped: it was made for the other version.
    pub fn apply_on_top(&self, scope: &str, seq: u64) -> bool {
        self.change(|entries, _| {
            let Some(e) = entries
                .iter_mut()
                .find(|e| e.seq == seq && e.scope == scope)
            else {
                return false;
            };
            let State::Conflict {
                overlap,
                current: Some(current),
                ..
            } = &e.state
            else {
                return false;
            };
            let (Some(v), true) = (version(current), overlap.is_empty()) else {
                return false;
            };
            let current = current.clone();
            if let Write::Update {
                expect,
                based_on,
                history,
                ..
            } = &mut e.write
            {
                *expect = v;
                *based_on = current;
                *history = None;
                e.state = State::Waiting { error: None };
                return true;
            }
            false
        })
        .unwrap_or(false)
    }

    /// Sends the waiting writes of `scope`, oldest first, until the backend
    /// cannot be reached or the person changes (the rest waits for the next
    /// drain). One drain at a time.
    pub async fn drain<T: Transport>(&self, provider: &Provider<T>, scope: &str) -> Drained {
        let mut done = Drained::default();
        if self.draining.swap(true, Ordering::SeqCst) {
            return done;
        }
        let mut skip: Vec<u64> = Vec::new();
        loop {
            let next = self
                .entries(scope)
                .into_iter()
                .find(|e| matches!(e.state, State::Waiting { .. }) && !skip.contains(&e.seq));
            let Some(entry) = next else { break };
            skip.push(entry.seq);
            let outcome = match &entry.write {
                Write::Update { .. } => self.send_update(provider, scope, &entry).await,
                Write::Create { .. } => self.send_create(provider, scope, &entry).await,
            };
            match outcome {
                Sent::Landed => done.landed.push((entry.collection, entry.id)),
                // More was joined while it was on its way (only fields the
                // person changed since are sent again: what was sent is
                // done once stored, so this ends).
                Sent::Again => skip.retain(|s| *s != entry.seq),
                Sent::Settled => {}
                Sent::Unreachable => {
                    done.stopped = true;
                    break;
                }
            }
        }
        self.draining.store(false, Ordering::SeqCst);
        done
    }

    /// Sets entry `seq`'s state (when it is still there).
    fn set_state(&self, seq: u64, state: State) {
        self.change(|entries, _| {
            if let Some(e) = entries.iter_mut().find(|e| e.seq == seq) {
                e.state = state;
            }
        });
    }

    /// A try failed: waiting again when it may help, else refused.
    fn failed(&self, seq: u64, error: DataError) -> Sent {
        let message = error_text(&error);
        if error.unreachable() {
            self.set_state(
                seq,
                State::Waiting {
                    error: Some(message),
                },
            );
            Sent::Unreachable
        } else {
            self.set_state(seq, State::Failed { error: message });
            Sent::Settled
        }
    }

    async fn send_update<T: Transport>(
        &self,
        provider: &Provider<T>,
        scope: &str,
        entry: &Entry,
    ) -> Sent {
        let Write::Update {
            expect,
            changes,
            stamped,
            ..
        } = &entry.write
        else {
            return Sent::Settled;
        };
        // The try is written down before it is sent: its answer may be lost
        // (the tab may even close). `repeat`: an earlier try of the same
        // fields may have landed.
        let this = (*expect, changes.clone());
        if !same_scope(provider, scope) {
            return Sent::Unreachable;
        }
        let recorded = self.change(|entries, _| {
            let Some(Entry {
                write: Write::Update { tries, .. },
                ..
            }) = entries.iter_mut().find(|e| e.seq == entry.seq)
            else {
                return false;
            };
            let repeat = tries.contains(&this);
            add_try(tries, this.clone());
            repeat
        });
        let Some(repeat) = recorded else {
            return Sent::Unreachable;
        };
        // A try known not to have landed is not kept as one that may have.
        let unsent = |this: &(i64, Map<String, Value>)| {
            self.change(|entries, _| {
                if let Some(Entry {
                    write: Write::Update { tries, .. },
                    ..
                }) = entries.iter_mut().find(|e| e.seq == entry.seq)
                {
                    tries.retain(|t| t != this);
                }
            });
        };
        let answer = provider
            .update_value(
                &entry.collection,
                &entry.id,
                *expect,
                changes.clone(),
                *stamped,
            )
            .await;
        match answer {
            Ok(stored) => {
                self.landed(provider, scope, entry.seq, changes, &stored)
                    .await
            }
            Err(DataError::Conflict { current }) => {
                let current = match current {
                    Some(c) => Some(c),
                    None if same_scope(provider, scope) => {
                        provider.get_value(&entry.collection, &entry.id).await.ok()
                    }
                    None => {
                        if !repeat {
                            unsent(&this);
                        }
                        return Sent::Unreachable;
                    }
                };
                // Only this record's stored version counts.
                let current =
                    current.filter(|c| c.get("id").and_then(Value::as_str) == Some(&entry.id));
                let earlier = Some(this).filter(|_| !repeat);
                self.settle_conflict(provider, scope, entry.seq, current, earlier)
                    .await
            }
            Err(error) => {
                if error.never_sent() && !repeat {
                    // It never left: not a try that may have landed.
                    unsent(&this);
                }
                self.failed(entry.seq, error)
            }
        }
    }

    /// A stale update: ours if one of its earlier tries left `current`
    /// (answer lost), done if someone else wrote the same, else a conflict.
    /// `answered`: the try this 412 answered, when no earlier try was the
    /// same (then it proves nothing of ours landed with those fields).
    async fn settle_conflict<T: Transport>(
        &self,
        provider: &Provider<T>,
        scope: &str,
        seq: u64,
        current: Option<Value>,
        answered: Option<(i64, Map<String, Value>)>,
    ) -> Sent {
        let Some(entry) = self.entries_any(seq) else {
            return Sent::Settled;
        };
        let Write::Update {
            based_on,
            changes,
            tries,
            ..
        } = &entry.write
        else {
            return Sent::Settled;
        };
        let Some(current) = current else {
            self.set_state(
                seq,
                State::Conflict {
                    theirs: Vec::new(),
                    overlap: Vec::new(),
                    current: None,
                },
            );
            return Sent::Settled;
        };
        let wrote = |(expect, sent): &(i64, Map<String, Value>)| {
            version(&current).is_some()
                && expect.checked_add(1) == version(&current)
                && holds(&current, sent)
        };
        // The try this 412 answered did not land; an earlier one (kept only
        // when its outcome is not known) may have, its answer lost.
        let earlier = tries.iter().filter(|t| Some(*t) != answered.as_ref());
        if let Some((_, sent)) = earlier.clone().find(|t| wrote(t)) {
            let sent = sent.clone();
            return self.landed(provider, scope, seq, &sent, &current).await;
        }
        if answered.as_ref().is_some_and(wrote) {
            // Someone else wrote exactly this first: nothing left to do,
            // and no history of ours.
            self.change(|entries, _| entries.retain(|e| e.seq != seq));
            return Sent::Landed;
        }
        let theirs = changed(based_on, &current);
        let overlap = theirs
            .iter()
            .filter(|f| changes.contains_key(f.as_str()))
            .cloned()
            .collect();
        // Someone made the case sensitive meanwhile: a description of ours
        // is no longer kept in the browser.
        let sensitive = current.get("sensitive") != Some(&Value::Bool(false));
        let kept = strip_sensitive(&current);
        let kept = (kept.to_string().len() <= MAX_CURRENT_BYTES).then_some(kept);
        self.change(|entries, _| {
            let Some(e) = entries.iter_mut().find(|e| e.seq == seq) else {
                return;
            };
            if let Write::Update { changes, tries, .. } = &mut e.write {
                if sensitive {
                    changes.remove("description");
                    for (_, t) in tries.iter_mut() {
                        t.remove("description");
                    }
                }
            }
            e.state = State::Conflict {
                theirs,
                overlap,
                current: kept,
            };
        });
        Sent::Settled
    }

    fn entries_any(&self, seq: u64) -> Option<Entry> {
        self.read().1.into_iter().find(|e| e.seq == seq)
    }

    /// An update of ours (`sent`) is stored as `stored`. The fields joined
    /// to it while it was on its way (changed since it was sent) go on from
    /// that version; the ones sent are done, whatever the backend made of
    /// them (a backend that trims a text must not make us write forever).
    /// Its history is written when it landed, whole, on the version it was
    /// made for.
    async fn landed<T: Transport>(
        &self,
        provider: &Provider<T>,
        scope: &str,
        seq: u64,
        sent: &Map<String, Value>,
        stored: &Value,
    ) -> Sent {
        let outcome = self.change(|entries, _| {
            let pos = entries.iter().position(|e| e.seq == seq)?;
            let entry = &mut entries[pos];
            let Write::Update {
                expect,
                based_on,
                changes,
                history,
                ..
            } = &mut entry.write
            else {
                return None;
            };
            let on_base = expect.checked_add(1) == version(stored);
            changes.retain(|k, v| {
                !BOOKKEEPING.contains(&k.as_str())
                    && sent.get(k.as_str()) != Some(&*v)
                    && stored.get(k.as_str()).unwrap_or(&Value::Null) != &*v
            });
            let history = history.take().filter(|_| on_base && changes.is_empty());
            if changes.is_empty() {
                entries.remove(pos);
                return Some((history, Sent::Landed));
            }
            match version(stored) {
                Some(v) => {
                    *expect = v;
                    *based_on = strip_sensitive(stored);
                    Some((None, Sent::Again))
                }
                None => {
                    entry.state = State::Failed {
                        error: DataError::Protocol("the stored record has no version".into())
                            .to_string(),
                    };
                    Some((None, Sent::Settled))
                }
            }
        });
        let Some(outcome) = outcome else {
            return Sent::Unreachable;
        };
        let (history, sent) = outcome.unwrap_or((None, Sent::Landed));
        if let Some((collection, value)) = history.filter(|_| same_scope(provider, scope)) {
            // One try, as the engine's: a missing entry is allowed, a second
            // one is not (it has its own id: a repeat is refused).
            let _ = provider.post_value(&collection, &value).await;
        }
        sent
    }

    async fn send_create<T: Transport>(
        &self,
        provider: &Provider<T>,
        scope: &str,
        entry: &Entry,
    ) -> Sent {
        let Write::Create { value, sent } = &entry.write else {
            return Sent::Settled;
        };
        if !same_scope(provider, scope) {
            return Sent::Unreachable;
        }
        let answer = match provider.post_value(&entry.collection, value).await {
            Ok(stored) if stored.get("id") == value.get("id") => Ok(stored),
            Ok(_) => Err(DataError::Protocol(
                "the answer to a create was another record".into(),
            )),
            Err(error) if matches!(error, DataError::Duplicate) || error.retryable() => {
                // Taken, or not known: is the stored record one of ours?
                let taken = Taken {
                    provider,
                    scope,
                    collection: &entry.collection,
                    id: &entry.id,
                };
                taken.settle(value, sent, error).await
            }
            Err(error) => Err(error),
        };
        match answer {
            Ok(_) => {
                // A value changed while this was on its way is sent again
                // (the same id: the stored record is ours).
                let changed = self.change(|entries, _| {
                    let pos = entries.iter().position(|e| e.seq == entry.seq)?;
                    match &entries[pos].write {
                        Write::Create { value: now, .. } if now != value => Some(()),
                        _ => {
                            entries.remove(pos);
                            None
                        }
                    }
                });
                match changed {
                    Some(Some(())) => Sent::Again,
                    Some(None) => Sent::Landed,
                    None => Sent::Unreachable,
                }
            }
            Err(error) => self.failed(entry.seq, error),
        }
    }
}

/// A sent value's fields, its stamps aside.
fn content(v: &Value) -> Map<String, Value> {
    let mut m = v.as_object().cloned().unwrap_or_default();
    m.retain(|k, _| !matches!(k.as_str(), "id" | "version" | "updated_at" | "created_at"));
    m
}

/// A create whose id was taken, or whose outcome is not known.
struct Taken<'a, T> {
    provider: &'a Provider<T>,
    scope: &'a str,
    collection: &'a str,
    id: &'a str,
}

impl<T: Transport> Taken<'_, T> {
    /// Is the stored record ours? It is when it holds the value sent last;
    /// when it holds an earlier one (the person changed the form between
    /// tries), the newer fields are written on it; when someone edited it
    /// since it was born with one of ours, theirs is kept. Anyone else's
    /// record is [`DataError::Duplicate`].
    async fn settle(
        &self,
        value: &Value,
        sent: &[Value],
        error: DataError,
    ) -> Result<Value, DataError> {
        let moved = || DataError::Network("signed in as someone else".into());
        if !same_scope(self.provider, self.scope) {
            return Err(moved());
        }
        let Ok(stored) = self.provider.get_value(self.collection, self.id).await else {
            return Err(error);
        };
        // Only this record (a lying backend may answer with another).
        if stored.get("id").and_then(Value::as_str) != Some(self.id) {
            return Err(DataError::Protocol(
                "the answer to a read was another record".into(),
            ));
        }
        let last = content(value);
        if holds(&stored, &last) {
            return Ok(stored);
        }
        if sent.iter().any(|v| holds(&stored, &content(v))) {
            let mut changes = last;
            changes.retain(|k, v| stored.get(k.as_str()) != Some(&*v));
            let stamped = stored.get("updated_at").is_some();
            let version = version(&stored).unwrap_or(1);
            if !same_scope(self.provider, self.scope) {
                return Err(moved());
            }
            return self
                .provider
                .update_value(self.collection, self.id, version, changes, stamped)
                .await;
        }
        let born = |v: &Value| {
            v.get("created_at")
                .filter(|c| !c.is_null())
                .is_some_and(|c| stored.get("created_at") == Some(c))
        };
        if std::iter::once(value).chain(sent).any(born) {
            return Ok(stored);
        }
        Err(DataError::Duplicate)
    }
}

/// How one entry's try went.
enum Sent {
    /// Stored (or nothing left to do).
    Landed,
    /// Landed, and more was joined to it meanwhile: send again.
    Again,
    /// Refused or a conflict: the person decides; the drain goes on.
    Settled,
    /// The backend cannot be reached: the drain stops.
    Unreachable,
}

#[cfg(test)]
mod tests;
