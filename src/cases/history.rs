//! The `case_events` collection: a case's notes, partner requests and
//! replies, and the `change` entries saves leave. No Leptos here.
//!
//! Contract: docs/contract.md#case_events

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::model::{Case, PartnerTeam};
use crate::data::save::{changed_fields, Intent};
use crate::data::Record;
use crate::time::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseEventKind {
    Note,
    Change,
    PartnerRequest,
    PartnerReply,
}

impl CaseEventKind {
    pub const ALL: [CaseEventKind; 4] = [
        CaseEventKind::Note,
        CaseEventKind::Change,
        CaseEventKind::PartnerRequest,
        CaseEventKind::PartnerReply,
    ];

    /// The contract's spelling.
    pub fn key(self) -> &'static str {
        match self {
            CaseEventKind::Note => "note",
            CaseEventKind::Change => "change",
            CaseEventKind::PartnerRequest => "partner_request",
            CaseEventKind::PartnerReply => "partner_reply",
        }
    }

    pub fn from_key(key: &str) -> Option<CaseEventKind> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Whether the kind names a partner team.
    pub fn has_team(self) -> bool {
        matches!(
            self,
            CaseEventKind::PartnerRequest | CaseEventKind::PartnerReply
        )
    }
}

/// One entry of a case's history.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CaseEvent {
    pub id: String,
    pub case_id: Option<String>,
    pub at: Option<Timestamp>,
    pub kind: Option<CaseEventKind>,
    pub author_id: Option<String>,
    pub partner_team: Option<PartnerTeam>,
    pub text: Option<String>,
    /// For `change`: each changed field of the case to `[old, new]`.
    pub changes: Option<Map<String, Value>>,
    pub created_at: Option<Timestamp>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for CaseEvent {
    const COLLECTION: &'static str = "case_events";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "case_id",
        "at",
        "kind",
        "author_id",
        "partner_team",
        "text",
        "changes",
        "created_at",
        "updated_at",
        "version",
    ];

    fn id(&self) -> &str {
        &self.id
    }

    fn version(&self) -> Option<i64> {
        self.version
    }

    fn updated_at(&self) -> Option<Timestamp> {
        self.updated_at
    }

    fn check(&self) -> Result<(), String> {
        let Some(changes) = &self.changes else {
            return Ok(());
        };
        match changes
            .iter()
            .find(|(_, v)| v.as_array().is_none_or(|pair| pair.len() != 2))
        {
            Some((field, _)) => Err(format!("changes.{field} is not an [old, new] pair")),
            None => Ok(()),
        }
    }
}

/// Whether `event` is one of case `case_id`'s: what an answer to
/// `case_events?case_id=` or a recorded save says is not taken on trust
/// (a backend that ignores the filter answers every case's events).
pub fn belongs(event: &CaseEvent, case_id: &str) -> bool {
    event.case_id.as_deref() == Some(case_id)
}

/// The events of `events` that are case `case_id`'s ([`belongs`]).
pub fn of_case(events: Vec<CaseEvent>, case_id: &str) -> Vec<CaseEvent> {
    events.into_iter().filter(|e| belongs(e, case_id)).collect()
}

/// The `change` event of a save that took `before` to `saved` at `now`:
/// each contract field that differs to `[old, new]`, and `version` always.
/// `None` when nothing but bookkeeping (`version`, `updated_at`) changed.
pub fn change_event(
    before: &Case,
    saved: &Case,
    now: Timestamp,
    author_id: Option<String>,
    id: String,
) -> Option<CaseEvent> {
    let fields = changed_fields(before, saved);
    if fields.is_empty() {
        return None;
    }
    let (Ok(old), Ok(new)) = (serde_json::to_value(before), serde_json::to_value(saved)) else {
        return None;
    };
    let pair = |field: &str| {
        Value::Array(vec![
            old.get(field).cloned().unwrap_or(Value::Null),
            new.get(field).cloned().unwrap_or(Value::Null),
        ])
    };
    // Inserted, not collected: a map collected from an iterator is sorted
    // first, one more sort in the wasm (bundle size).
    let mut changes = Map::new();
    for f in fields {
        changes.insert(f.to_string(), pair(f));
    }
    changes.insert("version".into(), pair("version"));
    // A description written while the case was sensitive stays marked so:
    // a later reader hides it even after the case stops being sensitive.
    if changes.contains_key("description") && !changes.contains_key("sensitive") {
        let s = new.get("sensitive").cloned().unwrap_or(Value::Null);
        changes.insert("sensitive".into(), Value::Array(vec![s.clone(), s]));
    }
    Some(CaseEvent {
        id,
        case_id: Some(saved.id.clone()),
        at: Some(now),
        kind: Some(CaseEventKind::Change),
        author_id: author_id.filter(|a| !a.is_empty()),
        partner_team: None,
        text: Some(String::new()),
        changes: Some(changes),
        created_at: Some(now),
        updated_at: Some(now),
        version: Some(1),
    })
}

/// A new note, partner request or reply.
pub fn new_event(
    id: String,
    case_id: &str,
    kind: CaseEventKind,
    at: Timestamp,
    text: String,
    partner_team: Option<PartnerTeam>,
    author_id: Option<String>,
) -> CaseEvent {
    CaseEvent {
        id,
        case_id: Some(case_id.to_string()),
        at: Some(at),
        kind: Some(kind),
        author_id: author_id.filter(|a| !a.is_empty()),
        partner_team: partner_team.filter(|_| kind.has_team()),
        text: Some(text),
        changes: None,
        created_at: None,
        updated_at: None,
        version: None,
    }
}

/// An edit of a note, request or reply: what it should say now. Only the
/// fields that differ from the version it lands on are written.
#[derive(Debug, Clone, PartialEq)]
pub struct EventEdit {
    pub kind: CaseEventKind,
    pub at: Option<Timestamp>,
    pub text: String,
    pub partner_team: Option<PartnerTeam>,
}

impl Intent<CaseEvent> for EventEdit {
    fn changes(&self, base: &CaseEvent, _now: Timestamp) -> Option<Map<String, Value>> {
        let mut changes = Map::new();
        let team = self.partner_team.filter(|_| self.kind.has_team());
        if base.kind != Some(self.kind) {
            changes.insert("kind".into(), Value::from(self.kind.key()));
        }
        if let Some(at) = self.at.filter(|at| base.at != Some(*at)) {
            changes.insert("at".into(), Value::from(at.to_wire()));
        }
        if base.text.as_deref().unwrap_or_default() != self.text {
            changes.insert("text".into(), Value::from(self.text.clone()));
        }
        if base.partner_team != team {
            changes.insert(
                "partner_team".into(),
                team.map_or(Value::Null, |t| Value::from(t.key())),
            );
        }
        (!changes.is_empty()).then_some(changes)
    }
}

/// One line of a `change` entry before it is put in words.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRow {
    pub field: String,
    pub old: Shown,
    pub new: Shown,
}

/// A value in a change line.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// Never shown (a sensitive case's description).
    Hidden,
    /// Unknown, empty, or none.
    Nothing,
    Value(Value),
}

/// How long a text may be in a history line.
pub const SHORT: usize = 80;

/// Values of a list (already in words) on one line, at most [`SHORT`]
/// characters: only as many are put into words as can show.
pub fn join_short(items: impl Iterator<Item = String>) -> String {
    let joined: Vec<String> = items.take(SHORT + 1).collect();
    shorten(&joined.join(", "), SHORT)
}

/// How many rows of one `change` entry are shown; the rest are counted.
pub const MAX_ROWS: usize = 50;

/// `text` cut to at most `max` characters (with `…`), on one line.
pub fn shorten(text: &str, max: usize) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        line
    } else {
        let cut: String = line.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The rows of a `change` entry, in the case's field order (`version` and
/// `updated_at` left out; fields the contract does not name last). A
/// description is [`Shown::Hidden`] when `hide_description` (a sensitive
/// case, or one whose sensitivity is unknown), whatever was stored. A pair
/// that did not change (the `sensitive` mark beside a description) is no
/// row. At most [`MAX_ROWS`], then how many more there were.
pub fn change_rows(
    changes: &Map<String, Value>,
    hide_description: bool,
) -> (Vec<ChangeRow>, usize) {
    let shown = |field: &str, v: &Value| -> Shown {
        if field == "description" && hide_description {
            return Shown::Hidden;
        }
        match v {
            Value::Null => Shown::Nothing,
            Value::String(s) if s.trim().is_empty() => Shown::Nothing,
            Value::Array(a) if a.is_empty() => Shown::Nothing,
            other => Shown::Value(other.clone()),
        }
    };
    let rank = |f: &str| {
        Case::FIELDS
            .iter()
            .position(|k| *k == f)
            .unwrap_or(usize::MAX)
    };
    let mut rows: Vec<ChangeRow> = changes
        .iter()
        .filter(|(f, _)| !matches!(f.as_str(), "version" | "updated_at"))
        .filter_map(|(field, pair)| {
            let pair = pair.as_array().filter(|p| p.len() == 2 && p[0] != p[1])?;
            Some(ChangeRow {
                field: field.clone(),
                old: shown(field, &pair[0]),
                new: shown(field, &pair[1]),
            })
        })
        .collect();
    crate::sort::sort_by(&mut rows, |a, b| {
        (rank(&a.field), &a.field).cmp(&(rank(&b.field), &b.field))
    });
    let more = rows.len().saturating_sub(MAX_ROWS);
    rows.truncate(MAX_ROWS);
    (rows, more)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::model::{Priority, Status};
    use crate::data::decode::decode;
    use crate::data::test_support::assert_fields_match;
    use serde_json::json;

    fn t(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn case(version: i64) -> Case {
        Case {
            id: "case-1".into(),
            title: Some("Old title".into()),
            status: Some(Status::New),
            priority: Some(Priority::P2),
            description: Some("secret words".into()),
            version: Some(version),
            updated_at: Some(t("2026-11-24T09:00:00Z")),
            ..Default::default()
        }
    }

    #[test]
    fn fields_list_matches_the_struct() {
        assert_fields_match::<CaseEvent>();
    }

    #[test]
    fn a_good_event_decodes() {
        let e: CaseEvent = decode(json!({
            "id": "ev-1", "case_id": "case-1", "at": "2026-11-24T09:30:00Z", "kind": "partner_request",
            "author_id": "p1", "partner_team": "legal", "text": "<script>alert(1)</script>",
            "changes": null, "created_at": "2026-11-24T09:31:00Z", "updated_at": "2026-11-24T09:31:00Z", "version": 1
        }))
        .unwrap();
        assert_eq!(e.kind, Some(CaseEventKind::PartnerRequest));
        assert_eq!(e.partner_team, Some(PartnerTeam::Legal));
        assert_eq!(e.text.as_deref(), Some("<script>alert(1)</script>"));
        let c: CaseEvent = decode(json!({
            "id": "ev-2", "kind": "change", "changes": {"status": ["new", "triage"], "version": [1, 2]}
        }))
        .unwrap();
        assert_eq!(c.changes.unwrap()["status"], json!(["new", "triage"]));
    }

    #[test]
    fn bad_changes_or_kinds_damage_the_event() {
        for (field, bad, expect) in [
            ("changes", json!({"status": "triage"}), "changes.status"),
            ("changes", json!({"status": ["new"]}), "changes.status"),
            (
                "changes",
                json!({"status": ["a", "b", "c"]}),
                "changes.status",
            ),
            ("changes", json!(["status"]), "map"),
            ("kind", json!("gossip"), "gossip"),
            ("partner_team", json!("astrology"), "astrology"),
            ("at", json!("soon"), "soon"),
        ] {
            let mut v = json!({"id": "ev-9", "case_id": "case-1", "kind": "change"});
            v[field] = bad;
            let damaged = decode::<CaseEvent>(v).unwrap_err();
            assert_eq!(damaged.id.as_deref(), Some("ev-9"));
            assert!(
                damaged.problem.contains(expect),
                "{field}: {}",
                damaged.problem
            );
        }
    }

    #[test]
    fn a_change_event_holds_each_changed_field_and_the_version_pair() {
        let before = case(3);
        let mut saved = case(4);
        saved.title = Some("New title".into());
        saved.status = Some(Status::Triage);
        saved.updated_at = Some(t("2026-11-24T09:05:00Z"));
        let now = t("2026-11-24T09:05:01Z");
        let e = change_event(&before, &saved, now, Some("p2".into()), "ev-x".into()).unwrap();
        assert_eq!(e.id, "ev-x");
        assert_eq!(e.case_id.as_deref(), Some("case-1"));
        assert_eq!(e.kind, Some(CaseEventKind::Change));
        assert_eq!(e.author_id.as_deref(), Some("p2"));
        assert_eq!(
            (e.at, e.created_at, e.updated_at),
            (Some(now), Some(now), Some(now))
        );
        assert_eq!(e.version, Some(1));
        assert_eq!(
            Value::Object(e.changes.unwrap()),
            json!({
                "title": ["Old title", "New title"],
                "status": ["new", "triage"],
                "version": [3, 4],
            })
        );
        // Written as the contract spells it.
        let v = serde_json::to_value(change_event(&before, &saved, now, None, "y".into())).unwrap();
        assert_eq!(v["kind"], json!("change"));
        assert_eq!(v["author_id"], Value::Null);
        assert_eq!(v["at"], json!("2026-11-24T09:05:01.000Z"));
    }

    #[test]
    fn a_field_set_or_cleared_records_null_on_its_side() {
        let before = case(1);
        let mut saved = case(2);
        saved.owner_id = Some("p3".into());
        saved.description = None;
        let e = change_event(&before, &saved, t("2026-11-24T10:00:00Z"), None, "z".into()).unwrap();
        let changes = e.changes.unwrap();
        assert_eq!(changes["owner_id"], json!([null, "p3"]));
        assert_eq!(changes["description"], json!(["secret words", null]));
    }

    #[test]
    fn nothing_is_recorded_when_only_bookkeeping_changed() {
        let before = case(3);
        let mut saved = case(4);
        saved.updated_at = Some(t("2026-11-24T11:00:00Z"));
        assert_eq!(
            change_event(&before, &saved, t("2026-11-24T11:00:00Z"), None, "n".into()),
            None
        );
    }

    #[test]
    fn an_edit_writes_only_what_differs() {
        let base = CaseEvent {
            id: "ev-1".into(),
            kind: Some(CaseEventKind::Note),
            at: Some(t("2026-11-24T09:00:00Z")),
            text: Some("called the reporter".into()),
            version: Some(2),
            ..Default::default()
        };
        let same = EventEdit {
            kind: CaseEventKind::Note,
            at: Some(t("2026-11-24T09:00:00Z")),
            text: "called the reporter".into(),
            partner_team: Some(PartnerTeam::Legal), // a note has no team
        };
        assert_eq!(same.changes(&base, t("2026-11-24T10:00:00Z")), None);
        let edit = EventEdit {
            kind: CaseEventKind::PartnerRequest,
            at: Some(t("2026-11-24T08:45:00Z")),
            text: "called the reporter".into(),
            partner_team: Some(PartnerTeam::Legal),
        };
        assert_eq!(
            Value::Object(edit.changes(&base, t("2026-11-24T10:00:00Z")).unwrap()),
            json!({"kind": "partner_request", "at": "2026-11-24T08:45:00.000Z", "partner_team": "legal"})
        );
        let text = EventEdit {
            text: "called twice".into(),
            at: None,
            ..same
        };
        assert_eq!(
            Value::Object(text.changes(&base, t("2026-11-24T10:00:00Z")).unwrap()),
            json!({"text": "called twice"})
        );
    }

    #[test]
    fn a_text_only_edit_keeps_at() {
        use crate::ui::{edited_time, from_input, to_input};
        let now = t("2026-11-25T00:00:00Z");
        let text_edit = |at: &str, shown_offset: i32, read_offset: i32| {
            let base = CaseEvent {
                id: "ev-1".into(),
                kind: Some(CaseEventKind::Note),
                at: Some(t(at)),
                text: Some("called".into()),
                version: Some(2),
                ..Default::default()
            };
            let filled = to_input(t(at), shown_offset);
            let at =
                edited_time(&filled, &filled, false, |s| from_input(s, read_offset), now).unwrap();
            let edit = EventEdit {
                kind: CaseEventKind::Note,
                at,
                text: "called twice".into(),
                partner_team: None,
            };
            Value::Object(edit.changes(&base, now).unwrap())
        };
        // Seconds and milliseconds stay, in UTC mode.
        assert_eq!(
            text_edit("2026-11-24T09:30:42.512Z", 0, 0),
            json!({"text": "called twice"})
        );
        // Berlin's repeated 02:30: shown in winter time (-60), read back in
        // summer time (-120), it would move an hour; unchanged, it is not read.
        assert_eq!(
            text_edit("2026-10-25T01:30:00Z", -60, -120),
            json!({"text": "called twice"})
        );
    }

    #[test]
    fn change_rows_follow_the_case_fields_and_hide_a_sensitive_description() {
        let changes = json!({
            "version": [3, 4], "updated_at": ["a", "b"],
            "status": ["new", "triage"], "title": ["A", "B"],
            "description": ["secret", "more secret"], "owner_id": [null, "p1"],
            "zzz": [1, 2],
        });
        let Value::Object(changes) = changes else {
            unreachable!()
        };
        let (rows, more) = change_rows(&changes, true);
        assert_eq!(more, 0);
        let fields: Vec<&str> = rows.iter().map(|r| r.field.as_str()).collect();
        assert_eq!(
            fields,
            ["title", "description", "status", "owner_id", "zzz"]
        );
        assert_eq!(
            (rows[1].old.clone(), rows[1].new.clone()),
            (Shown::Hidden, Shown::Hidden)
        );
        assert_eq!(rows[3].old, Shown::Nothing);
        assert_eq!(rows[3].new, Shown::Value(json!("p1")));
        let (open, _) = change_rows(&changes, false);
        assert_eq!(open[1].new, Shown::Value(json!("more secret")));
    }

    #[test]
    fn only_this_cases_events_are_kept() {
        let ev = |id: &str, case: Option<&str>| CaseEvent {
            id: id.into(),
            case_id: case.map(String::from),
            ..Default::default()
        };
        let kept = of_case(
            vec![
                ev("mine", Some("case-1")),
                ev("theirs", Some("case-2")),
                ev("nobodys", None),
                ev("prefix", Some("case-10")),
            ],
            "case-1",
        );
        let ids: Vec<&str> = kept.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["mine"]);
        assert!(!belongs(&ev("x", None), ""));
    }

    #[test]
    fn a_huge_change_is_capped_and_long_lists_shortened() {
        let changes: Map<String, Value> = (0..10_000)
            .map(|i| (format!("k{i:05}"), json!([i, i + 1])))
            .collect();
        let (rows, more) = change_rows(&changes, true);
        assert_eq!(rows.len(), MAX_ROWS);
        assert_eq!(more, 10_000 - MAX_ROWS);
        assert_eq!(rows[0].field, "k00000");
        let many = join_short((0..10_000).map(|i| format!("team-{i}")));
        assert!(many.chars().count() <= SHORT, "{many}");
        assert!(many.starts_with("team-0, team-1") && many.ends_with('…'));
        assert_eq!(join_short(["a", "b"].map(String::from).into_iter()), "a, b");
    }

    #[test]
    fn a_description_change_records_whether_the_case_was_sensitive() {
        let mut before = case(1);
        before.sensitive = Some(true);
        let mut saved = before.clone();
        saved.version = Some(2);
        saved.description = Some("new secret".into());
        let e = change_event(&before, &saved, t("2026-11-24T10:00:00Z"), None, "s".into()).unwrap();
        let changes = e.changes.unwrap();
        assert_eq!(changes["sensitive"], json!([true, true]));
        // Not a row of its own, and the description is hidden by it.
        let (rows, _) = change_rows(&changes, false);
        let fields: Vec<&str> = rows.iter().map(|r| r.field.as_str()).collect();
        assert_eq!(fields, ["description"]);
        // A change that leaves the description alone says nothing of it.
        let mut other = before.clone();
        other.version = Some(2);
        other.title = Some("x".into());
        let e = change_event(&before, &other, t("2026-11-24T10:00:00Z"), None, "o".into()).unwrap();
        assert!(!e.changes.unwrap().contains_key("sensitive"));
    }

    #[test]
    fn long_texts_are_shortened_on_one_line() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("two\nlines  here", 20), "two lines here");
        assert_eq!(shorten("abcdefghijk", 5), "abcd…");
        assert_eq!(shorten("ab cdefghijk", 4), "ab…");
    }
}
