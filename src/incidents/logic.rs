//! The rules of incidents, their timelines and their action items, in plain
//! Rust (no Leptos, tested on the host): the enumerations' contract
//! spellings, the header's durations, the timeline's order, status changes
//! and the other edits as the save engine's intents (`data::save`),
//! declaring an incident (from the form or from a case), and the incidents
//! list's filter and order.
//!
//! Contract: docs/contract.md#incidents, #incident_events, #action_items;
//! the durations are the per-incident form of the KPIs in
//! docs/kpis.md#incidents (`mttd`, `mtta`, `mttm`, `mttr`).

use std::collections::BTreeSet;

use chrono::Duration;
use serde_json::{Map, Value};

use super::model::{ActionItem, EventKind, Incident, IncidentEvent, IncidentStatus, Severity};
use crate::cases::model::{Case, Priority};
use crate::data::save::Intent;
use crate::regions::Region;
use crate::time::{timeline_key, Date, Timestamp};

// ---------------------------------------------------------------------------
// Enumerations: contract spellings, message ids, icons.

/// The statuses of an incident that is not over.
pub const OPEN: [IncidentStatus; 3] = [
    IncidentStatus::Investigating,
    IncidentStatus::Identified,
    IncidentStatus::Monitoring,
];

impl IncidentStatus {
    pub const ALL: [IncidentStatus; 4] = [
        IncidentStatus::Investigating,
        IncidentStatus::Identified,
        IncidentStatus::Monitoring,
        IncidentStatus::Resolved,
    ];

    /// The contract's spelling.
    pub fn key(self) -> &'static str {
        match self {
            IncidentStatus::Investigating => "investigating",
            IncidentStatus::Identified => "identified",
            IncidentStatus::Monitoring => "monitoring",
            IncidentStatus::Resolved => "resolved",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn is_open(self) -> bool {
        self != IncidentStatus::Resolved
    }

    /// Its message id in the catalogues (`incident-status-*`).
    pub fn label_key(self) -> &'static str {
        match self {
            IncidentStatus::Investigating => "incident-status-investigating",
            IncidentStatus::Identified => "incident-status-identified",
            IncidentStatus::Monitoring => "incident-status-monitoring",
            IncidentStatus::Resolved => "incident-status-resolved",
        }
    }
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::SEV1,
        Severity::SEV2,
        Severity::SEV3,
        Severity::SEV4,
    ];

    /// The contract's spelling.
    pub fn key(self) -> &'static str {
        match self {
            Severity::SEV1 => "SEV1",
            Severity::SEV2 => "SEV2",
            Severity::SEV3 => "SEV3",
            Severity::SEV4 => "SEV4",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Its message id in the catalogues (`severity-sev1` ..).
    pub fn label_key(self) -> &'static str {
        match self {
            Severity::SEV1 => "severity-sev1",
            Severity::SEV2 => "severity-sev2",
            Severity::SEV3 => "severity-sev3",
            Severity::SEV4 => "severity-sev4",
        }
    }

    /// The severity an escalated case of `priority` gets: P0 → SEV1 .. P3 → SEV4.
    pub fn of_priority(priority: Priority) -> Self {
        match priority {
            Priority::P0 => Severity::SEV1,
            Priority::P1 => Severity::SEV2,
            Priority::P2 => Severity::SEV3,
            Priority::P3 => Severity::SEV4,
        }
    }
}

impl EventKind {
    pub const ALL: [EventKind; 10] = [
        EventKind::Detected,
        EventKind::Declared,
        EventKind::Update,
        EventKind::Escalated,
        EventKind::Comms,
        EventKind::Mitigation,
        EventKind::Decision,
        EventKind::StatusChange,
        EventKind::Resolved,
        EventKind::Note,
    ];

    /// The contract's spelling.
    pub fn key(self) -> &'static str {
        match self {
            EventKind::Detected => "detected",
            EventKind::Declared => "declared",
            EventKind::Update => "update",
            EventKind::Escalated => "escalated",
            EventKind::Comms => "comms",
            EventKind::Mitigation => "mitigation",
            EventKind::Decision => "decision",
            EventKind::StatusChange => "status_change",
            EventKind::Resolved => "resolved",
            EventKind::Note => "note",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Its message id in the catalogues: `event-kind-<key>`.
    pub fn label_key(self) -> &'static str {
        match self {
            EventKind::Detected => "event-kind-detected",
            EventKind::Declared => "event-kind-declared",
            EventKind::Update => "event-kind-update",
            EventKind::Escalated => "event-kind-escalated",
            EventKind::Comms => "event-kind-comms",
            EventKind::Mitigation => "event-kind-mitigation",
            EventKind::Decision => "event-kind-decision",
            EventKind::StatusChange => "event-kind-status_change",
            EventKind::Resolved => "event-kind-resolved",
            EventKind::Note => "event-kind-note",
        }
    }

    /// One symbol for the timeline (decorative: the label says the kind).
    pub fn icon(self) -> &'static str {
        match self {
            EventKind::Detected => "🔎",
            EventKind::Declared => "📣",
            EventKind::Update => "📝",
            EventKind::Escalated => "⏫",
            EventKind::Comms => "💬",
            EventKind::Mitigation => "🩹",
            EventKind::Decision => "🧭",
            EventKind::StatusChange => "🔄",
            EventKind::Resolved => "✅",
            EventKind::Note => "📌",
        }
    }
}

// ---------------------------------------------------------------------------
// Durations of the incident header.

/// A duration of the incident header: minutes (signed, exactly end -
/// start), whether it is still running (end not yet reached, incident open;
/// minutes then = now - start), and whether its times are out of order (the
/// end before the start: negative minutes), which the page and the export
/// say rather than show a plausible number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub minutes: f64,
    pub running: bool,
    pub out_of_order: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Durations {
    pub detect: Option<Span>,
    pub acknowledge: Option<Span>,
    pub mitigate: Option<Span>,
    pub resolve: Option<Span>,
}

/// The header's durations (docs/kpis.md#incidents): time to detect =
/// `detected_at` - `started_at`; to acknowledge, mitigate and resolve = that
/// field - `detected_at`.
///
/// - Missing start → `None`.
/// - Missing end → a running span up to `now` while the incident is open
///   (status known and not `resolved`); `None` when it is resolved or its
///   status is unknown.
/// - A negative span (the writers' clocks disagree, or a time typed wrong)
///   keeps its signed minutes and is marked `out_of_order`: never hidden as
///   a plausible 0.
pub fn durations(incident: &Incident, now: Timestamp) -> Durations {
    let open = incident.status.is_some_and(IncidentStatus::is_open);
    let span = |start: Option<Timestamp>, end: Option<Timestamp>| {
        let start = start?;
        let (end, running) = match end {
            Some(end) => (end, false),
            None if open => (now, true),
            None => return None,
        };
        let minutes = end.minutes_since(start);
        Some(Span {
            minutes,
            running,
            out_of_order: minutes < 0.0,
        })
    };
    let detected = incident.detected_at;
    Durations {
        detect: span(incident.started_at, detected),
        acknowledge: span(detected, incident.acknowledged_at),
        mitigate: span(detected, incident.mitigated_at),
        resolve: span(detected, incident.resolved_at),
    }
}

// ---------------------------------------------------------------------------
// Timeline order.

/// Timeline order ([`timeline_key`], the one the timeline component shows):
/// by `at`, ties by `created_at` (unknown last), then `id`. Events without
/// `at` go last (by `created_at`, `id`).
pub fn order_events(events: &mut [IncidentEvent]) {
    crate::sort::sort_by(events, |a, b| {
        timeline_key(a.at, a.created_at, &a.id).cmp(&timeline_key(b.at, b.created_at, &b.id))
    });
}

// ---------------------------------------------------------------------------
// Status changes.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransitionError {
    /// The incident is already in that status.
    NoChange,
}

/// The fields a status change writes on `base` at `now`;
/// `Err(NoChange)` when it is already in `to`.
///
/// Rules (each field written only when it changes):
/// - leaving `investigating` (or an unknown status) for `identified`,
///   `monitoring` or `resolved` sets `acknowledged_at` when it is null:
///   every status past `investigating` has been acknowledged;
/// - `monitoring` or `resolved` sets `mitigated_at` when it is null;
/// - `resolved` sets `resolved_at` to now;
/// - going from `resolved` back to an open status clears `resolved_at`
///   (written as null whenever an open status would keep one);
/// - going back to `investigating` or `identified` (from `monitoring` or
///   `resolved`) clears `mitigated_at`: the impact came back;
/// - `acknowledged_at` is never cleared.
pub fn status_changes(
    base: &Incident,
    to: IncidentStatus,
    now: Timestamp,
) -> Result<Map<String, Value>, TransitionError> {
    use IncidentStatus::*;
    if base.status == Some(to) {
        return Err(TransitionError::NoChange);
    }
    let mut changes = Map::new();
    changes.insert("status".into(), Value::String(to.key().into()));
    let stamp = Value::String(now.to_wire());
    if to != Investigating && base.acknowledged_at.is_none() {
        changes.insert("acknowledged_at".into(), stamp.clone());
    }
    match to {
        Monitoring | Resolved if base.mitigated_at.is_none() => {
            changes.insert("mitigated_at".into(), stamp.clone());
        }
        Investigating | Identified if base.mitigated_at.is_some() => {
            changes.insert("mitigated_at".into(), Value::Null);
        }
        _ => {}
    }
    if to == Resolved {
        changes.insert("resolved_at".into(), stamp);
    } else if base.resolved_at.is_some() {
        changes.insert("resolved_at".into(), Value::Null);
    }
    Ok(changes)
}

/// The text of the `status_change` event written with a status change,
/// language-neutral: `investigating → identified` (`?` for an unknown status).
pub fn status_event_text(from: Option<IncidentStatus>, to: IncidentStatus) -> String {
    format!("{} → {}", from.map_or("?", IncidentStatus::key), to.key())
}

// ---------------------------------------------------------------------------
// Writes: the save engine's intents.

/// What a person does to an incident: the save engine's intent.
#[derive(Debug, Clone, PartialEq)]
pub enum IncidentWrite {
    /// See [`status_changes`].
    Status(IncidentStatus),
    /// Taking or handing over command (`None` or blank: nobody). Naming a
    /// commander while `acknowledged_at` is null sets it to now too.
    Commander(Option<String>),
    /// The post-incident fields; only those that differ from the base.
    Review { root_cause: String, lessons: String },
    /// The header's fields; only those that differ from the base. The title
    /// is trimmed; regions are compared as a set and written in
    /// [`Region::ALL`] order, each once.
    Header {
        title: String,
        summary: String,
        severity: Severity,
        regions: Vec<Region>,
    },
}

/// A person's id: trimmed, blank is nobody.
fn person(id: &Option<String>) -> Option<String> {
    id.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn text_json(value: &Option<String>) -> Value {
    value.clone().map(Value::String).unwrap_or(Value::Null)
}

/// Puts `field` = `value` into `changes` when `differs`.
fn put(changes: &mut Map<String, Value>, field: &str, differs: bool, value: impl Into<Value>) {
    if differs {
        changes.insert(field.to_string(), value.into());
    }
}

/// Whether a stored text differs from the one typed (unknown counts as empty).
fn text_differs(stored: &Option<String>, typed: &str) -> bool {
    stored.as_deref().unwrap_or_default() != typed
}

/// Whether the review's textareas, filled from version `filled` and now
/// holding `root_cause` and `lessons`, follow a newer stored version `fresh`
/// (are refilled from it, and saved on it): only when they hold nothing the
/// person typed (still `filled`'s text) or already hold `fresh`'s (their own
/// save landed). Otherwise a save is made on `filled`, so that another
/// lead's text written meanwhile comes back as a conflict, not overwritten.
/// The same version shown with a write on its way is not newer.
pub fn review_follows(
    filled: &Incident,
    root_cause: &str,
    lessons: &str,
    fresh: &Incident,
) -> bool {
    let holds = |i: &Incident| {
        !text_differs(&i.root_cause, root_cause) && !text_differs(&i.lessons, lessons)
    };
    fresh.version != filled.version && (holds(filled) || holds(fresh))
}

impl Intent<Incident> for IncidentWrite {
    fn changes(&self, base: &Incident, now: Timestamp) -> Option<Map<String, Value>> {
        let mut changes = Map::new();
        match self {
            IncidentWrite::Status(to) => changes = status_changes(base, *to, now).ok()?,
            IncidentWrite::Commander(commander) => {
                let commander = person(commander);
                if commander == person(&base.commander_id) {
                    return None;
                }
                if commander.is_some() && base.acknowledged_at.is_none() {
                    changes.insert("acknowledged_at".into(), Value::String(now.to_wire()));
                }
                changes.insert("commander_id".into(), text_json(&commander));
            }
            IncidentWrite::Review {
                root_cause,
                lessons,
            } => {
                let c = &mut changes;
                put(
                    c,
                    "root_cause",
                    text_differs(&base.root_cause, root_cause),
                    root_cause.as_str(),
                );
                put(
                    c,
                    "lessons",
                    text_differs(&base.lessons, lessons),
                    lessons.as_str(),
                );
            }
            IncidentWrite::Header {
                title,
                summary,
                severity,
                regions,
            } => {
                let title = title.trim();
                // Sets filled by inserting: `collect` sorts first (one more
                // sort in the wasm per call site: bundle size).
                let mut regions_set = BTreeSet::new();
                regions_set.extend(regions.iter().copied());
                let regions = regions_set;
                let mut base_regions = BTreeSet::new();
                base_regions.extend(base.regions.iter().flatten().copied());
                let c = &mut changes;
                put(c, "title", text_differs(&base.title, title), title);
                put(
                    c,
                    "summary",
                    text_differs(&base.summary, summary),
                    summary.as_str(),
                );
                put(
                    c,
                    "severity",
                    base.severity != Some(*severity),
                    severity.key(),
                );
                put(
                    c,
                    "regions",
                    base.regions.is_none() || regions != base_regions,
                    Value::from(region_keys(&regions)),
                );
            }
        }
        (!changes.is_empty()).then_some(changes)
    }
}

/// The regions' contract spellings, in [`Region::ALL`] order.
fn region_keys(regions: &BTreeSet<Region>) -> Vec<&'static str> {
    Region::ALL
        .into_iter()
        .filter(|r| regions.contains(r))
        .map(Region::key)
        .collect()
}

/// An edit of a timeline entry (kind, time, text): only differing fields.
#[derive(Debug, Clone, PartialEq)]
pub struct EventWrite {
    pub kind: EventKind,
    pub at: Timestamp,
    pub text: String,
}

impl Intent<IncidentEvent> for EventWrite {
    fn changes(&self, base: &IncidentEvent, _now: Timestamp) -> Option<Map<String, Value>> {
        let mut changes = Map::new();
        let c = &mut changes;
        put(c, "kind", base.kind != Some(self.kind), self.kind.key());
        put(c, "at", base.at != Some(self.at), self.at.to_wire());
        put(
            c,
            "text",
            text_differs(&base.text, &self.text),
            self.text.as_str(),
        );
        (!changes.is_empty()).then_some(changes)
    }
}

/// An action item edit. The title is trimmed; a blank owner is nobody.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionWrite {
    Done(bool),
    Owner(Option<String>),
    Due(Option<Date>),
    Title(String),
}

impl Intent<ActionItem> for ActionWrite {
    fn changes(&self, base: &ActionItem, _now: Timestamp) -> Option<Map<String, Value>> {
        let mut changes = Map::new();
        let c = &mut changes;
        match self {
            ActionWrite::Done(done) => put(c, "done", base.done != Some(*done), *done),
            ActionWrite::Owner(owner) => {
                let owner = person(owner);
                put(
                    c,
                    "owner_id",
                    owner != person(&base.owner_id),
                    text_json(&owner),
                );
            }
            ActionWrite::Due(due) => put(
                c,
                "due_on",
                base.due_on != *due,
                due.map_or(Value::Null, |d| Value::String(d.to_string())),
            ),
            ActionWrite::Title(title) => {
                let title = title.trim();
                put(c, "title", text_differs(&base.title, title), title);
            }
        }
        (!changes.is_empty()).then_some(changes)
    }
}

/// Whether the item is not known to be done (`done` false or unknown): the
/// `action_items_open` rule of one item (kpis.md).
pub fn is_open_item(item: &ActionItem) -> bool {
    item.done != Some(true)
}

/// Not done and due before today (the UTC date of `now`); unknown `done`
/// counts as not done.
pub fn is_overdue(item: &ActionItem, now: Timestamp) -> bool {
    is_open_item(item) && item.due_on.is_some_and(|d| d.0 < now.date())
}

/// Order for the action items list: open first (overdue first, then by
/// `due_on`, none last), then done; ties by `created_at`, `id`.
pub fn order_items(items: &mut [ActionItem], now: Timestamp) {
    type Key<'a> = (bool, bool, bool, Option<Date>, Option<Timestamp>, &'a str);
    fn key(item: &ActionItem, now: Timestamp) -> Key<'_> {
        let (overdue, due) = if is_open_item(item) {
            (is_overdue(item, now), item.due_on)
        } else {
            (false, None)
        };
        (
            !is_open_item(item),
            !overdue,
            is_open_item(item) && due.is_none(),
            due,
            item.created_at,
            &item.id,
        )
    }
    crate::sort::sort_by(items, |a, b| key(a, now).cmp(&key(b, now)));
}

// ---------------------------------------------------------------------------
// Declaring an incident.

/// The longest title a declaration may have, in characters.
pub const TITLE_MAX: usize = 200;

/// Declaring an incident (the form's values; also built from a case when
/// escalating).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Declaration {
    pub title: String,
    pub summary: String,
    pub severity: Option<Severity>,
    pub regions: Vec<Region>,
    pub commander_id: Option<String>,
    pub started_at: Option<Timestamp>,
    pub detected_at: Option<Timestamp>,
}

/// How far in the future a typed time may be (the writer's clock may run a
/// little ahead of the reader's).
const CLOCK_TOLERANCE_MINUTES: i64 = 1;

/// Every problem with a declaration, as (field name, message id), in the
/// form's order; empty when it can be declared.
///
/// - `title`: required (`invalid-required`), at most [`TITLE_MAX`]
///   characters (`invalid-too-long`), one line (`invalid-one-line`);
/// - `severity`, `regions` (at least one): `invalid-required`;
/// - `started_at`: required; not after now + 1 minute (`invalid-future`);
///   not after `detected_at` when that is given (`invalid-after-detected`);
/// - `detected_at` (when given): not after now + 1 minute (`invalid-future`).
///
/// New message ids for the catalogues: `invalid-future`,
/// `invalid-after-detected`.
pub fn validate(d: &Declaration, now: Timestamp) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    let title = d.title.trim();
    if title.is_empty() {
        problems.push(("title", "invalid-required"));
    } else if title.chars().count() > TITLE_MAX {
        problems.push(("title", "invalid-too-long"));
    } else if title.contains(['\n', '\r']) {
        problems.push(("title", "invalid-one-line"));
    }
    if d.severity.is_none() {
        problems.push(("severity", "invalid-required"));
    }
    if d.regions.is_empty() {
        problems.push(("regions", "invalid-required"));
    }
    let latest = Timestamp(now.0 + Duration::minutes(CLOCK_TOLERANCE_MINUTES));
    match d.started_at {
        None => problems.push(("started_at", "invalid-required")),
        Some(started) if started > latest => problems.push(("started_at", "invalid-future")),
        Some(started) if d.detected_at.is_some_and(|detected| started > detected) => {
            problems.push(("started_at", "invalid-after-detected"))
        }
        Some(_) => {}
    }
    if d.detected_at.is_some_and(|detected| detected > latest) {
        problems.push(("detected_at", "invalid-future"));
    }
    problems
}

/// The client-made ids of a declaration's records.
#[derive(Debug, Clone, PartialEq)]
pub struct DeclareIds {
    pub incident: String,
    pub detected: String,
    pub declared: String,
}

/// The incident a (valid) declaration makes, and its `detected` and
/// `declared` events, with the ids given:
///
/// - the incident: status `investigating`, the title trimmed, each region
///   once, `detected_at` = the declaration's or `now`, `acknowledged_at` =
///   now when a commander is named (someone took command), `root_cause` and
///   `lessons` unknown; `version` and `updated_at` are left to the provider;
/// - `detected` (at `detected_at`): the summary as its text, or the title
///   when the summary is blank;
/// - `declared` (at `now`): the title as its text.
///
/// Both events carry `author` and `created_at` = now.
pub fn declare(
    d: &Declaration,
    ids: DeclareIds,
    author: Option<String>,
    now: Timestamp,
) -> (Incident, [IncidentEvent; 2]) {
    let title = d.title.trim().to_string();
    let commander = person(&d.commander_id);
    let detected_at = d.detected_at.unwrap_or(now);
    let mut regions = Vec::new();
    for r in &d.regions {
        if !regions.contains(r) {
            regions.push(*r);
        }
    }
    let incident = Incident {
        id: ids.incident.clone(),
        title: Some(title.clone()),
        summary: Some(d.summary.clone()),
        severity: d.severity,
        status: Some(IncidentStatus::Investigating),
        regions: Some(regions),
        acknowledged_at: commander.is_some().then_some(now),
        commander_id: commander,
        started_at: d.started_at,
        detected_at: Some(detected_at),
        ..Default::default()
    };
    let event = |id: String, at: Timestamp, kind: EventKind, text: String| IncidentEvent {
        id,
        incident_id: Some(ids.incident.clone()),
        at: Some(at),
        kind: Some(kind),
        author_id: person(&author),
        text: Some(text),
        created_at: Some(now),
        updated_at: None,
        version: None,
    };
    let detected_text = if d.summary.trim().is_empty() {
        title.clone()
    } else {
        d.summary.clone()
    };
    let events = [
        event(
            ids.detected.clone(),
            detected_at,
            EventKind::Detected,
            detected_text,
        ),
        event(ids.declared.clone(), now, EventKind::Declared, title),
    ];
    (incident, events)
}

/// A declaration for escalating a case: title = the case's title, severity
/// from its priority ([`Severity::of_priority`]), regions = the case's
/// region, started and detected = when the case arrived (`created_at`: the
/// team learned of it then), no commander, summary empty. The case's
/// description is never copied: it may hold sensitive, disturbing material.
pub fn from_case(case: &Case) -> Declaration {
    Declaration {
        title: case.title.clone().unwrap_or_default(),
        summary: String::new(),
        severity: case.priority.map(Severity::of_priority),
        regions: case.region.into_iter().collect(),
        commander_id: None,
        started_at: case.created_at,
        detected_at: case.created_at,
    }
}

// ---------------------------------------------------------------------------
// The incidents list.

/// The incidents list's filter. It lives in the URL; `from_pairs` reads
/// untrusted query pairs and ignores what it does not know.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IncidentFilter {
    pub status: Option<IncidentStatus>,
    pub severity: Option<Severity>,
    pub region: Option<Region>,
}

impl IncidentFilter {
    /// Reads query pairs (keys `status`, `severity`, `region`, each one
    /// value in its contract spelling); unknown keys and values are ignored.
    /// A key given twice: the last known value counts.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut filter = IncidentFilter::default();
        for (key, value) in pairs {
            let value = value.trim();
            match key {
                "status" => {
                    if let Some(s) = IncidentStatus::from_key(value) {
                        filter.status = Some(s);
                    }
                }
                "severity" => {
                    if let Some(s) = Severity::from_key(value) {
                        filter.severity = Some(s);
                    }
                }
                "region" => {
                    if let Some(r) = Region::ALL.into_iter().find(|r| r.key() == value) {
                        filter.region = Some(r);
                    }
                }
                _ => {}
            }
        }
        filter
    }

    /// The filter as URL query pairs, in a stable order; an empty filter is
    /// no pairs.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(s) = self.status {
            pairs.push(("status", s.key().to_string()));
        }
        if let Some(s) = self.severity {
            pairs.push(("severity", s.key().to_string()));
        }
        if let Some(r) = self.region {
            pairs.push(("region", r.key().to_string()));
        }
        pairs
    }

    /// Whether an incident passes every filter set (an unknown value never
    /// passes a filter on it).
    pub fn matches(&self, i: &Incident) -> bool {
        self.status.is_none_or(|s| i.status == Some(s))
            && self.severity.is_none_or(|s| i.severity == Some(s))
            && self
                .region
                .is_none_or(|r| i.regions.iter().flatten().any(|x| *x == r))
    }
}

/// How long resolved incidents stay in the default list.
pub const RECENT_RESOLVED_DAYS: i64 = 30;

/// The incidents list: those passing `filter`, open ones first (SEV1 first,
/// unknown severity last, then `detected_at` newest first), then resolved
/// ones (`resolved_at` newest first). With no status filter only incidents
/// resolved within the last [`RECENT_RESOLVED_DAYS`] (at or after now - 30
/// days; an unknown `resolved_at` is not known to be recent) are listed;
/// with `status=resolved`, all resolved ones. An unknown status sorts with
/// the open ones: it is not known to be over. Ties by `id`.
pub fn list_view(all: &[Incident], filter: &IncidentFilter, now: Timestamp) -> Vec<Incident> {
    let resolved = |i: &Incident| i.status == Some(IncidentStatus::Resolved);
    let since = Timestamp(now.0 - Duration::days(RECENT_RESOLVED_DAYS));
    let mut open: Vec<Incident> = all
        .iter()
        .filter(|i| !resolved(i) && filter.matches(i))
        .cloned()
        .collect();
    crate::sort::sort_by(&mut open, |a, b| {
        (
            a.severity.is_none(),
            a.severity,
            std::cmp::Reverse(a.detected_at),
            &a.id,
        )
            .cmp(&(
                b.severity.is_none(),
                b.severity,
                std::cmp::Reverse(b.detected_at),
                &b.id,
            ))
    });
    let mut done: Vec<Incident> = all
        .iter()
        .filter(|i| resolved(i) && filter.matches(i))
        .filter(|i| filter.status.is_some() || i.resolved_at.is_some_and(|t| t >= since))
        .cloned()
        .collect();
    crate::sort::sort_by(&mut done, |a, b| {
        (std::cmp::Reverse(a.resolved_at), &a.id).cmp(&(std::cmp::Reverse(b.resolved_at), &b.id))
    });
    open.extend(done);
    open
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::model::Status;
    use crate::data::save::apply;
    use serde_json::json;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).expect("a test timestamp")
    }

    fn date(s: &str) -> Date {
        Date(crate::time::parse_date(s).unwrap())
    }

    /// An open incident, started 09:00, detected 09:15, acknowledged 09:20.
    fn incident(id: &str) -> Incident {
        Incident {
            id: id.into(),
            title: Some("Login outage".into()),
            summary: Some("Users cannot log in".into()),
            severity: Some(Severity::SEV2),
            status: Some(IncidentStatus::Identified),
            regions: Some(vec![Region::EMEA]),
            commander_id: Some("p1".into()),
            started_at: Some(ts("2026-11-25T09:00:00Z")),
            detected_at: Some(ts("2026-11-25T09:15:00Z")),
            acknowledged_at: Some(ts("2026-11-25T09:20:00Z")),
            version: Some(3),
            ..Default::default()
        }
    }

    fn span(minutes: f64, running: bool) -> Option<Span> {
        Some(Span {
            minutes,
            running,
            out_of_order: false,
        })
    }

    fn backwards(minutes: f64, running: bool) -> Option<Span> {
        Some(Span {
            minutes,
            running,
            out_of_order: true,
        })
    }

    #[test]
    fn keys_round_trip_and_match_the_wire() {
        for s in IncidentStatus::ALL {
            assert_eq!(IncidentStatus::from_key(s.key()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), json!(s.key()));
            assert_eq!(s.is_open(), OPEN.contains(&s));
        }
        for s in Severity::ALL {
            assert_eq!(Severity::from_key(s.key()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), json!(s.key()));
        }
        let mut icons = BTreeSet::new();
        for k in EventKind::ALL {
            assert_eq!(EventKind::from_key(k.key()), Some(k));
            assert_eq!(serde_json::to_value(k).unwrap(), json!(k.key()));
            assert_eq!(k.label_key(), format!("event-kind-{}", k.key()));
            assert!(icons.insert(k.icon()), "{k:?}'s icon is not unique");
        }
        assert_eq!(IncidentStatus::from_key("Resolved"), None);
        assert_eq!(Severity::from_key("sev1"), None);
        assert_eq!(EventKind::from_key("status-change"), None);
        assert_eq!(Severity::SEV3.label_key(), "severity-sev3");
        assert_eq!(
            IncidentStatus::Monitoring.label_key(),
            "incident-status-monitoring"
        );
    }

    #[test]
    fn a_review_being_typed_stays_on_the_version_it_was_filled_from() {
        // A filled the textareas from v3 and typed lessons; B meanwhile wrote
        // a root cause (v5). A's save must go on v3 (a 412 naming B's
        // root_cause), not on v5 where it would blank B's text.
        let filled = Incident {
            version: Some(3),
            ..incident("a")
        };
        let refreshed = Incident {
            root_cause: Some("B: expired cert".into()),
            version: Some(5),
            ..filled.clone()
        };
        assert!(!review_follows(&filled, "", "A: add alerting", &refreshed));
        let w = IncidentWrite::Review {
            root_cause: String::new(),
            lessons: "A: add alerting".into(),
        };
        let c = w.changes(&filled, ts("2026-11-26T00:00:00Z")).unwrap();
        assert_eq!(Value::Object(c), json!({"lessons": "A: add alerting"}));
        // Untouched textareas follow B's version; so do A's own saved ones.
        assert!(review_follows(&filled, "", "", &refreshed));
        let saved = Incident {
            lessons: Some("A: add alerting".into()),
            version: Some(4),
            ..filled.clone()
        };
        assert!(review_follows(&filled, "", "A: add alerting", &saved));
        // A's save shown on its way (same version): nothing to follow yet.
        let on_its_way = Incident {
            version: Some(3),
            ..saved
        };
        assert!(!review_follows(&filled, "", "A: add alerting", &on_its_way));
    }

    #[test]
    fn durations_of_a_resolved_incident() {
        let now = ts("2026-11-26T00:00:00Z");
        let i = Incident {
            status: Some(IncidentStatus::Resolved),
            mitigated_at: Some(ts("2026-11-25T10:00:00Z")),
            resolved_at: Some(ts("2026-11-25T11:30:30Z")),
            ..incident("a")
        };
        assert_eq!(
            durations(&i, now),
            Durations {
                detect: span(15.0, false),
                acknowledge: span(5.0, false),
                mitigate: span(45.0, false),
                resolve: span(135.5, false),
            }
        );
        // Resolved, an end missing: unknown, not running.
        let no_mitigation = Incident {
            mitigated_at: None,
            ..i.clone()
        };
        assert_eq!(durations(&no_mitigation, now).mitigate, None);
        assert_eq!(durations(&no_mitigation, now).resolve, span(135.5, false));
    }

    #[test]
    fn durations_with_each_time_missing_in_turn() {
        let now = ts("2026-11-25T10:15:00Z");
        let open = incident("a"); // identified: not mitigated, not resolved
        assert_eq!(
            durations(&open, now),
            Durations {
                detect: span(15.0, false),
                acknowledge: span(5.0, false),
                mitigate: span(60.0, true),
                resolve: span(60.0, true),
            }
        );
        // No start: no time to detect; the rest is measured from detection.
        let no_start = Incident {
            started_at: None,
            ..open.clone()
        };
        assert_eq!(durations(&no_start, now).detect, None);
        assert_eq!(durations(&no_start, now).acknowledge, span(5.0, false));
        // No detection: time to detect runs, nothing else has a start.
        let no_detection = Incident {
            detected_at: None,
            ..open.clone()
        };
        assert_eq!(
            durations(&no_detection, now),
            Durations {
                detect: span(75.0, true),
                ..Durations::default()
            }
        );
        // Not acknowledged yet: running while open.
        let unacknowledged = Incident {
            acknowledged_at: None,
            ..open.clone()
        };
        assert_eq!(
            durations(&unacknowledged, now).acknowledge,
            span(60.0, true)
        );
        // Unknown status: a missing end is unknown, not running.
        let unknown = Incident {
            status: None,
            acknowledged_at: None,
            ..open.clone()
        };
        assert_eq!(
            durations(&unknown, now),
            Durations {
                detect: span(15.0, false),
                ..Durations::default()
            }
        );
        // Resolved without an acknowledgement: unknown.
        let resolved = Incident {
            status: Some(IncidentStatus::Resolved),
            acknowledged_at: None,
            resolved_at: Some(ts("2026-11-25T09:45:00Z")),
            ..open
        };
        assert_eq!(durations(&resolved, now).acknowledge, None);
        assert_eq!(durations(&resolved, now).resolve, span(30.0, false));
    }

    #[test]
    fn negative_durations_keep_their_sign_and_are_marked_out_of_order() {
        let now = ts("2026-11-25T09:10:00Z");
        let i = Incident {
            // Detected before it started; acknowledged before detected.
            started_at: Some(ts("2026-11-25T09:30:00Z")),
            acknowledged_at: Some(ts("2026-11-25T09:14:00Z")),
            ..incident("a")
        };
        let d = durations(&i, now);
        assert_eq!(d.detect, backwards(-15.0, false));
        assert_eq!(d.acknowledge, backwards(-1.0, false));
        // `now` behind detection (a clock behind): running, out of order.
        assert_eq!(d.mitigate, backwards(-5.0, true));
    }

    #[test]
    fn a_negative_time_to_detect_is_not_hidden_as_zero() {
        // kpis.md: TTD = detected_at - started_at, exactly. Detected 09:15,
        // started 10:15 (clocks / typing wrong): -60, not a plausible "0 min".
        let i = Incident {
            started_at: Some(ts("2026-11-25T10:15:00Z")),
            ..incident("a")
        };
        let d = durations(&i, ts("2026-11-26T00:00:00Z"));
        assert_eq!(d.detect, backwards(-60.0, false));
        // The same instant is in order: 0 minutes, honestly.
        let same = Incident {
            started_at: i.detected_at,
            ..i
        };
        assert_eq!(
            durations(&same, ts("2026-11-26T00:00:00Z")).detect,
            span(0.0, false)
        );
    }

    fn event(id: &str, at: Option<&str>, created: Option<&str>) -> IncidentEvent {
        IncidentEvent {
            id: id.into(),
            at: at.map(ts),
            created_at: created.map(ts),
            ..Default::default()
        }
    }

    #[test]
    fn events_are_ordered_by_time_then_creation_then_id_with_unknown_times_last() {
        let mut events = vec![
            event("z-late", Some("2026-11-25T10:00:00Z"), None),
            event("no-time-b", None, Some("2026-11-25T08:00:00Z")),
            event(
                "b",
                Some("2026-11-25T09:00:00Z"),
                Some("2026-11-25T09:05:00Z"),
            ),
            event(
                "a",
                Some("2026-11-25T09:00:00Z"),
                Some("2026-11-25T09:05:00Z"),
            ),
            event("no-time-a", None, Some("2026-11-25T09:00:00Z")),
            event(
                "c",
                Some("2026-11-25T09:00:00Z"),
                Some("2026-11-25T09:01:00Z"),
            ),
            event("d", Some("2026-11-25T09:00:00Z"), None),
            event(
                "first",
                Some("2026-11-25T08:59:59.999Z"),
                Some("2026-11-26T00:00:00Z"),
            ),
        ];
        order_events(&mut events);
        let ids: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
        assert_eq!(
            ids,
            [
                "first",
                "c",
                "a",
                "b",
                // Unknown creation after the known ones at the same time,
                // as the timeline component shows them (one key for both).
                "d",
                "z-late",
                "no-time-b",
                "no-time-a"
            ]
        );
        // Any order in, the same order out.
        events.reverse();
        order_events(&mut events);
        let again: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
        assert_eq!(again, ids);
        assert!(
            timeline_key(None, None, "a")
                > timeline_key(Some(ts("2099-01-01T00:00:00Z")), None, "z")
        );
    }

    fn changes_of(base: &Incident, to: IncidentStatus, now: Timestamp) -> Value {
        Value::Object(status_changes(base, to, now).unwrap())
    }

    #[test]
    fn leaving_investigating_acknowledges_and_mitigation_stamps() {
        use IncidentStatus::*;
        let now = ts("2026-11-25T10:00:00Z");
        let fresh = Incident {
            status: Some(Investigating),
            acknowledged_at: None,
            ..incident("a")
        };
        let n = "2026-11-25T10:00:00.000Z";
        assert_eq!(
            changes_of(&fresh, Identified, now),
            json!({"status": "identified", "acknowledged_at": n})
        );
        assert_eq!(
            changes_of(&fresh, Monitoring, now),
            json!({"status": "monitoring", "acknowledged_at": n, "mitigated_at": n})
        );
        assert_eq!(
            changes_of(&fresh, Resolved, now),
            json!({"status": "resolved", "acknowledged_at": n, "mitigated_at": n, "resolved_at": n})
        );
        // Already acknowledged (a commander took it): kept.
        let commanded = Incident {
            status: Some(Investigating),
            ..incident("a")
        };
        assert_eq!(
            changes_of(&commanded, Identified, now),
            json!({"status": "identified"})
        );
        // Identified → monitoring → resolved: each stamp once.
        let identified = incident("a");
        let monitoring = apply(
            &identified,
            &status_changes(&identified, Monitoring, now).unwrap(),
        );
        assert_eq!(monitoring.mitigated_at, Some(now));
        let later = ts("2026-11-25T11:00:00Z");
        assert_eq!(
            changes_of(&monitoring, Resolved, later),
            json!({"status": "resolved", "resolved_at": "2026-11-25T11:00:00.000Z"})
        );
        // Unknown status counts as not yet acknowledged.
        let unknown = Incident {
            status: None,
            acknowledged_at: None,
            ..incident("a")
        };
        assert_eq!(
            changes_of(&unknown, Identified, now),
            json!({"status": "identified", "acknowledged_at": n})
        );
        assert_eq!(
            status_changes(&identified, Identified, now),
            Err(TransitionError::NoChange)
        );
    }

    #[test]
    fn reopening_and_going_back_clear_the_later_stamps_but_never_the_acknowledgement() {
        use IncidentStatus::*;
        let now = ts("2026-11-25T12:00:00Z");
        let resolved = Incident {
            status: Some(Resolved),
            mitigated_at: Some(ts("2026-11-25T10:00:00Z")),
            resolved_at: Some(ts("2026-11-25T11:00:00Z")),
            ..incident("a")
        };
        assert_eq!(
            changes_of(&resolved, Monitoring, now),
            json!({"status": "monitoring", "resolved_at": null})
        );
        assert_eq!(
            changes_of(&resolved, Identified, now),
            json!({"status": "identified", "mitigated_at": null, "resolved_at": null})
        );
        assert_eq!(
            changes_of(&resolved, Investigating, now),
            json!({"status": "investigating", "mitigated_at": null, "resolved_at": null})
        );
        let monitoring = Incident {
            status: Some(Monitoring),
            resolved_at: None,
            ..resolved.clone()
        };
        assert_eq!(
            changes_of(&monitoring, Identified, now),
            json!({"status": "identified", "mitigated_at": null})
        );
        let reopened = apply(
            &resolved,
            &status_changes(&resolved, Investigating, now).unwrap(),
        );
        assert_eq!(reopened.acknowledged_at, resolved.acknowledged_at);
        assert_eq!((reopened.mitigated_at, reopened.resolved_at), (None, None));
        // Identified → investigating: nothing to clear.
        assert_eq!(
            changes_of(&incident("a"), Investigating, now),
            json!({"status": "investigating"})
        );
    }

    #[test]
    fn status_event_text_is_language_neutral() {
        assert_eq!(
            status_event_text(
                Some(IncidentStatus::Investigating),
                IncidentStatus::Identified
            ),
            "investigating → identified"
        );
        assert_eq!(
            status_event_text(None, IncidentStatus::Resolved),
            "? → resolved"
        );
    }

    #[test]
    fn a_status_write_on_top_of_their_resolve_recomputes_the_fields() {
        let now = ts("2026-11-25T12:00:00Z");
        let mine = incident("a"); // identified, based on this
        let write = IncidentWrite::Status(IncidentStatus::Monitoring);
        assert_eq!(
            Value::Object(write.changes(&mine, now).unwrap()),
            json!({"status": "monitoring", "mitigated_at": "2026-11-25T12:00:00.000Z"})
        );
        let theirs = Incident {
            status: Some(IncidentStatus::Resolved),
            mitigated_at: Some(ts("2026-11-25T11:00:00Z")),
            resolved_at: Some(ts("2026-11-25T11:30:00Z")),
            version: Some(4),
            ..mine.clone()
        };
        assert_eq!(
            Value::Object(write.changes(&theirs, now).unwrap()),
            json!({"status": "monitoring", "resolved_at": null})
        );
        // Someone already moved it where I wanted it: nothing left to do.
        let same = Incident {
            status: Some(IncidentStatus::Monitoring),
            ..theirs
        };
        assert_eq!(write.changes(&same, now), None);
    }

    #[test]
    fn naming_a_commander_acknowledges_once() {
        let now = ts("2026-11-25T12:00:00Z");
        let fresh = Incident {
            status: Some(IncidentStatus::Investigating),
            commander_id: None,
            acknowledged_at: None,
            ..incident("a")
        };
        let take = IncidentWrite::Commander(Some("p2".into()));
        assert_eq!(
            Value::Object(take.changes(&fresh, now).unwrap()),
            json!({"commander_id": "p2", "acknowledged_at": "2026-11-25T12:00:00.000Z"})
        );
        // Handing over: acknowledged already.
        assert_eq!(
            Value::Object(take.changes(&incident("a"), now).unwrap()),
            json!({"commander_id": "p2"})
        );
        // Stepping down: null, the acknowledgement stays.
        assert_eq!(
            Value::Object(
                IncidentWrite::Commander(Some("  ".into()))
                    .changes(&incident("a"), now)
                    .unwrap()
            ),
            json!({"commander_id": null})
        );
        assert_eq!(IncidentWrite::Commander(None).changes(&fresh, now), None);
        assert_eq!(
            IncidentWrite::Commander(Some("p1".into())).changes(&incident("a"), now),
            None
        );
    }

    #[test]
    fn review_and_header_write_only_what_differs() {
        let now = ts("2026-11-25T12:00:00Z");
        let base = incident("a"); // no root cause or lessons yet
        let review = IncidentWrite::Review {
            root_cause: "Expired certificate".into(),
            lessons: String::new(),
        };
        assert_eq!(
            Value::Object(review.changes(&base, now).unwrap()),
            json!({"root_cause": "Expired certificate"})
        );
        let reviewed = Incident {
            root_cause: Some("Expired certificate".into()),
            ..base.clone()
        };
        assert_eq!(review.changes(&reviewed, now), None);

        let header = |title: &str, severity, regions: Vec<Region>| IncidentWrite::Header {
            title: title.into(),
            summary: "Users cannot log in".into(),
            severity,
            regions,
        };
        assert_eq!(
            header(" Login outage ", Severity::SEV2, vec![Region::EMEA]).changes(&base, now),
            None
        );
        assert_eq!(
            Value::Object(
                header(
                    "Login outage",
                    Severity::SEV1,
                    vec![Region::APAC, Region::EMEA]
                )
                .changes(&base, now)
                .unwrap()
            ),
            json!({"severity": "SEV1", "regions": ["EMEA", "APAC"]})
        );
        let two = Incident {
            regions: Some(vec![Region::APAC, Region::EMEA]),
            ..base.clone()
        };
        // The same set in another order is no change.
        assert_eq!(
            header(
                "Login outage",
                Severity::SEV2,
                vec![Region::EMEA, Region::APAC, Region::EMEA]
            )
            .changes(&two, now),
            None
        );
        assert_eq!(
            Value::Object(
                header("Logins failing", Severity::SEV2, vec![Region::EMEA])
                    .changes(&base, now)
                    .unwrap()
            ),
            json!({"title": "Logins failing"})
        );
    }

    #[test]
    fn event_edits_write_only_what_differs() {
        let now = ts("2026-11-25T12:00:00Z");
        let base = IncidentEvent {
            id: "e1".into(),
            kind: Some(EventKind::Note),
            at: Some(ts("2026-11-25T10:00:00Z")),
            text: Some("Paged the on-call".into()),
            ..Default::default()
        };
        let same = EventWrite {
            kind: EventKind::Note,
            at: ts("2026-11-25T10:00:00Z"),
            text: "Paged the on-call".into(),
        };
        assert_eq!(same.changes(&base, now), None);
        let edit = EventWrite {
            kind: EventKind::Escalated,
            at: ts("2026-11-25T09:58:00Z"),
            ..same.clone()
        };
        assert_eq!(
            Value::Object(edit.changes(&base, now).unwrap()),
            json!({"kind": "escalated", "at": "2026-11-25T09:58:00.000Z"})
        );
        let retext = EventWrite {
            text: "Paged the on-call twice".into(),
            ..same
        };
        assert_eq!(
            Value::Object(retext.changes(&base, now).unwrap()),
            json!({"text": "Paged the on-call twice"})
        );
    }

    fn item(id: &str) -> ActionItem {
        ActionItem {
            id: id.into(),
            incident_id: Some("a".into()),
            title: Some("Alert on certificate expiry".into()),
            owner_id: Some("p1".into()),
            due_on: Some(date("2026-12-01")),
            done: Some(false),
            ..Default::default()
        }
    }

    #[test]
    fn action_edits_write_only_what_differs() {
        let now = ts("2026-11-25T12:00:00Z");
        let base = item("x");
        let cases = [
            (ActionWrite::Done(true), Some(json!({"done": true}))),
            (ActionWrite::Done(false), None),
            (ActionWrite::Owner(None), Some(json!({"owner_id": null}))),
            (ActionWrite::Owner(Some(" p1 ".into())), None),
            (
                ActionWrite::Owner(Some("p2".into())),
                Some(json!({"owner_id": "p2"})),
            ),
            (ActionWrite::Due(None), Some(json!({"due_on": null}))),
            (ActionWrite::Due(Some(date("2026-12-01"))), None),
            (
                ActionWrite::Due(Some(date("2026-12-24"))),
                Some(json!({"due_on": "2026-12-24"})),
            ),
            (
                ActionWrite::Title("Alert on certificate expiry ".into()),
                None,
            ),
            (
                ActionWrite::Title("Alert 30 days before expiry".into()),
                Some(json!({"title": "Alert 30 days before expiry"})),
            ),
        ];
        for (write, expected) in cases {
            assert_eq!(
                write.changes(&base, now).map(Value::Object),
                expected,
                "{write:?}"
            );
        }
        // Unknown `done`: marking it open says so.
        let unknown = ActionItem { done: None, ..base };
        assert_eq!(
            ActionWrite::Done(false)
                .changes(&unknown, now)
                .map(Value::Object),
            Some(json!({"done": false}))
        );
    }

    #[test]
    fn overdue_is_before_today_in_utc() {
        let due = ActionItem {
            due_on: Some(date("2026-11-25")),
            ..item("x")
        };
        // On the due date itself, to its last millisecond UTC: not overdue.
        assert!(!is_overdue(&due, ts("2026-11-25T00:00:00Z")));
        assert!(!is_overdue(&due, ts("2026-11-25T23:59:59.999Z")));
        // Still the 25th in New York, already the 26th in UTC: overdue.
        assert!(is_overdue(&due, ts("2026-11-25T20:00:00-05:00")));
        assert!(is_overdue(&due, ts("2026-11-26T00:00:00Z")));
        // 26th in Dubai, 25th in UTC: not yet.
        assert!(!is_overdue(&due, ts("2026-11-26T01:00:00+04:00")));
        let done = ActionItem {
            done: Some(true),
            ..due.clone()
        };
        assert!(!is_overdue(&done, ts("2026-12-26T00:00:00Z")));
        let no_date = ActionItem {
            due_on: None,
            ..due
        };
        assert!(!is_overdue(&no_date, ts("2026-12-26T00:00:00Z")));
    }

    #[test]
    fn action_items_open_overdue_first_then_by_due_then_done() {
        let now = ts("2026-11-25T12:00:00Z");
        let it = |id: &str, due: Option<&str>, done: Option<bool>, created: &str| ActionItem {
            due_on: due.map(date),
            done,
            created_at: Some(ts(created)),
            ..item(id)
        };
        let mut items = vec![
            it(
                "done-early",
                Some("2026-11-01"),
                Some(true),
                "2026-11-20T00:00:00Z",
            ),
            it("no-due", None, Some(false), "2026-11-20T00:00:00Z"),
            it(
                "due-dec",
                Some("2026-12-01"),
                Some(false),
                "2026-11-20T00:00:00Z",
            ),
            it(
                "overdue-24",
                Some("2026-11-24"),
                Some(false),
                "2026-11-20T00:00:00Z",
            ),
            it(
                "due-today",
                Some("2026-11-25"),
                None,
                "2026-11-20T00:00:00Z",
            ),
            it(
                "overdue-10",
                Some("2026-11-10"),
                Some(false),
                "2026-11-21T00:00:00Z",
            ),
            it("done-b", None, Some(true), "2026-11-19T00:00:00Z"),
            it(
                "overdue-10-older",
                Some("2026-11-10"),
                Some(false),
                "2026-11-20T00:00:00Z",
            ),
        ];
        order_items(&mut items, now);
        let ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "overdue-10-older",
                "overdue-10",
                "overdue-24",
                "due-today",
                "due-dec",
                "no-due",
                "done-b",
                "done-early"
            ]
        );
    }

    fn declaration() -> Declaration {
        Declaration {
            title: "Login outage".into(),
            summary: "Users cannot log in".into(),
            severity: Some(Severity::SEV2),
            regions: vec![Region::EMEA],
            commander_id: None,
            started_at: Some(ts("2026-11-25T09:00:00Z")),
            detected_at: Some(ts("2026-11-25T09:15:00Z")),
        }
    }

    #[test]
    fn validate_names_each_problem() {
        let now = ts("2026-11-25T10:00:00Z");
        assert_eq!(validate(&declaration(), now), vec![]);
        assert_eq!(
            validate(&Declaration::default(), now),
            vec![
                ("title", "invalid-required"),
                ("severity", "invalid-required"),
                ("regions", "invalid-required"),
                ("started_at", "invalid-required"),
            ]
        );
        let with = |f: fn(&mut Declaration)| {
            let mut d = declaration();
            f(&mut d);
            validate(&d, now)
        };
        assert_eq!(
            with(|d| d.title = "   ".into()),
            [("title", "invalid-required")]
        );
        assert_eq!(
            with(|d| d.title = "Login\noutage".into()),
            [("title", "invalid-one-line")]
        );
        assert_eq!(with(|d| d.title = "é".repeat(200)), []);
        assert_eq!(
            with(|d| d.title = "é".repeat(201)),
            [("title", "invalid-too-long")]
        );
        // One minute of clock tolerance, not more.
        assert_eq!(
            with(|d| {
                d.started_at = Some(ts("2026-11-25T10:01:00Z"));
                d.detected_at = None;
            }),
            []
        );
        assert_eq!(
            with(|d| {
                d.started_at = Some(ts("2026-11-25T10:01:00.001Z"));
                d.detected_at = None;
            }),
            [("started_at", "invalid-future")]
        );
        assert_eq!(
            with(|d| d.started_at = Some(ts("2026-11-25T09:15:00.001Z"))),
            [("started_at", "invalid-after-detected")]
        );
        assert_eq!(
            with(|d| d.started_at = Some(ts("2026-11-25T09:15:00Z"))),
            []
        );
        assert_eq!(
            with(|d| d.detected_at = Some(ts("2026-11-25T11:00:00Z"))),
            [("detected_at", "invalid-future")]
        );
    }

    fn ids() -> DeclareIds {
        DeclareIds {
            incident: "inc-1".into(),
            detected: "ev-1".into(),
            declared: "ev-2".into(),
        }
    }

    #[test]
    fn declaring_makes_the_incident_and_two_events() {
        let now = ts("2026-11-25T10:00:00Z");
        let (incident, [detected, declared]) =
            declare(&declaration(), ids(), Some("p9".into()), now);
        assert_eq!(
            incident,
            Incident {
                id: "inc-1".into(),
                title: Some("Login outage".into()),
                summary: Some("Users cannot log in".into()),
                severity: Some(Severity::SEV2),
                status: Some(IncidentStatus::Investigating),
                regions: Some(vec![Region::EMEA]),
                started_at: Some(ts("2026-11-25T09:00:00Z")),
                detected_at: Some(ts("2026-11-25T09:15:00Z")),
                ..Default::default()
            }
        );
        assert_eq!(
            detected,
            IncidentEvent {
                id: "ev-1".into(),
                incident_id: Some("inc-1".into()),
                at: Some(ts("2026-11-25T09:15:00Z")),
                kind: Some(EventKind::Detected),
                author_id: Some("p9".into()),
                text: Some("Users cannot log in".into()),
                created_at: Some(now),
                updated_at: None,
                version: None,
            }
        );
        assert_eq!(
            declared,
            IncidentEvent {
                id: "ev-2".into(),
                at: Some(now),
                kind: Some(EventKind::Declared),
                text: Some("Login outage".into()),
                ..detected.clone()
            }
        );

        // A commander: acknowledged now. No detection time: detected now.
        // No summary: the detected event says the title.
        let d = Declaration {
            title: " Login outage ".into(),
            summary: " ".into(),
            commander_id: Some("p1".into()),
            detected_at: None,
            regions: vec![Region::EMEA, Region::APAC, Region::EMEA],
            ..declaration()
        };
        let (incident, [detected, declared]) = declare(&d, ids(), None, now);
        assert_eq!(incident.commander_id.as_deref(), Some("p1"));
        assert_eq!(incident.acknowledged_at, Some(now));
        assert_eq!(incident.detected_at, Some(now));
        assert_eq!(incident.title.as_deref(), Some("Login outage"));
        assert_eq!(incident.regions, Some(vec![Region::EMEA, Region::APAC]));
        assert_eq!(detected.at, Some(now));
        assert_eq!(detected.text.as_deref(), Some("Login outage"));
        assert_eq!(detected.author_id, None);
        assert_eq!(declared.text.as_deref(), Some("Login outage"));
        // The incident writes and reads back as itself.
        let decoded: Incident =
            crate::data::decode::decode(serde_json::to_value(&incident).unwrap()).unwrap();
        assert_eq!(decoded, incident);
    }

    #[test]
    fn escalating_a_case_maps_priority_and_never_copies_the_description() {
        let created = ts("2026-11-24T08:00:00Z");
        let case = Case {
            id: "case-1".into(),
            title: Some("Takeover of a minister's account".into()),
            description: Some("SENSITIVE: screenshots of the abuse".into()),
            status: Some(Status::Investigating),
            priority: Some(Priority::P1),
            region: Some(Region::APAC),
            owner_id: Some("p3".into()),
            created_at: Some(created),
            ..Default::default()
        };
        let d = from_case(&case);
        assert_eq!(
            d,
            Declaration {
                title: "Takeover of a minister's account".into(),
                summary: String::new(),
                severity: Some(Severity::SEV2),
                regions: vec![Region::APAC],
                commander_id: None,
                started_at: Some(created),
                detected_at: Some(created),
            }
        );
        assert!(!format!("{d:?}").contains("SENSITIVE"));
        let (incident, events) = declare(&d, ids(), None, ts("2026-11-25T10:00:00Z"));
        assert!(!serde_json::to_string(&incident)
            .unwrap()
            .contains("SENSITIVE"));
        assert!(!serde_json::to_string(&events)
            .unwrap()
            .contains("SENSITIVE"));
        let severities: Vec<_> = Priority::ALL
            .map(|p| {
                from_case(&Case {
                    priority: Some(p),
                    ..case.clone()
                })
                .severity
            })
            .to_vec();
        assert_eq!(
            severities,
            [
                Severity::SEV1,
                Severity::SEV2,
                Severity::SEV3,
                Severity::SEV4
            ]
            .map(Some)
        );
        assert_eq!(from_case(&Case::default()), Declaration::default());
    }

    #[test]
    fn filter_pairs_round_trip_and_ignore_the_unknown() {
        let f = IncidentFilter {
            status: Some(IncidentStatus::Monitoring),
            severity: Some(Severity::SEV1),
            region: Some(Region::APAC),
        };
        let pairs = f.to_pairs();
        assert_eq!(
            pairs,
            vec![
                ("status", "monitoring".to_string()),
                ("severity", "SEV1".to_string()),
                ("region", "APAC".to_string()),
            ]
        );
        let owned: Vec<(String, String)> =
            pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        assert_eq!(
            IncidentFilter::from_pairs(crate::cases::filters::pairs_of(&owned)),
            f
        );
        assert_eq!(IncidentFilter::default().to_pairs(), vec![]);
        let junk = IncidentFilter::from_pairs([
            ("status", "over"),
            ("severity", "SEV0"),
            ("region", "MARS"),
            ("q", "anything"),
            ("region", "EMEA"),
        ]);
        assert_eq!(
            junk,
            IncidentFilter {
                region: Some(Region::EMEA),
                ..Default::default()
            }
        );
    }

    #[test]
    fn filter_matches_every_set_field() {
        let i = Incident {
            regions: Some(vec![Region::EMEA, Region::APAC]),
            ..incident("a")
        };
        assert!(IncidentFilter::default().matches(&i));
        assert!(IncidentFilter {
            region: Some(Region::APAC),
            severity: Some(Severity::SEV2),
            status: Some(IncidentStatus::Identified),
        }
        .matches(&i));
        assert!(!IncidentFilter {
            region: Some(Region::AMER),
            ..Default::default()
        }
        .matches(&i));
        assert!(!IncidentFilter {
            severity: Some(Severity::SEV1),
            ..Default::default()
        }
        .matches(&i));
        let unknown = Incident {
            regions: None,
            severity: None,
            ..i
        };
        assert!(!IncidentFilter {
            region: Some(Region::EMEA),
            ..Default::default()
        }
        .matches(&unknown));
    }

    #[test]
    fn the_list_puts_open_by_severity_first_and_keeps_30_days_of_resolved() {
        let now = ts("2026-12-31T12:00:00Z");
        let open = |id: &str, sev: Option<Severity>, detected: &str| Incident {
            severity: sev,
            detected_at: Some(ts(detected)),
            ..incident(id)
        };
        let resolved = |id: &str, at: Option<&str>| Incident {
            status: Some(IncidentStatus::Resolved),
            resolved_at: at.map(ts),
            ..incident(id)
        };
        let all = vec![
            resolved("r-old", Some("2026-12-01T11:59:59.999Z")),
            open("sev2-new", Some(Severity::SEV2), "2026-12-30T00:00:00Z"),
            resolved("r-edge", Some("2026-12-01T12:00:00Z")),
            open("sev1-old", Some(Severity::SEV1), "2026-10-01T00:00:00Z"),
            resolved("r-new", Some("2026-12-31T11:00:00Z")),
            open("no-sev", None, "2026-12-31T00:00:00Z"),
            Incident {
                status: None,
                ..open(
                    "unknown-status",
                    Some(Severity::SEV3),
                    "2026-12-01T00:00:00Z",
                )
            },
            open("sev2-old", Some(Severity::SEV2), "2026-12-29T00:00:00Z"),
            resolved("r-undated", None),
        ];
        let ids = |filter: &IncidentFilter| -> Vec<String> {
            list_view(&all, filter, now)
                .into_iter()
                .map(|i| i.id)
                .collect()
        };
        assert_eq!(
            ids(&IncidentFilter::default()),
            [
                "sev1-old",
                "sev2-new",
                "sev2-old",
                "unknown-status",
                "no-sev",
                "r-new",
                "r-edge"
            ]
        );
        assert_eq!(
            ids(&IncidentFilter {
                status: Some(IncidentStatus::Resolved),
                ..Default::default()
            }),
            ["r-new", "r-edge", "r-old", "r-undated"]
        );
        assert_eq!(
            ids(&IncidentFilter {
                severity: Some(Severity::SEV2),
                ..Default::default()
            }),
            ["sev2-new", "sev2-old", "r-new", "r-edge"]
        );
        assert_eq!(
            ids(&IncidentFilter {
                status: Some(IncidentStatus::Identified),
                ..Default::default()
            }),
            ["sev1-old", "sev2-new", "sev2-old", "no-sev"]
        );
    }
}
