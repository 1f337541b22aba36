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
    let mut changes: Map<String, Value> = fields.iter().map(|f| (f.to_string(), pair(f))).collect();
    changes.insert("version".into(), pair("version"));
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
/// case, or one whose sensitivity is unknown), whatever was stored.
pub fn change_rows(changes: &Map<String, Value>, hide_description: bool) -> Vec<ChangeRow> {
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
            let pair = pair.as_array().filter(|p| p.len() == 2)?;
            Some(ChangeRow {
                field: field.clone(),
                old: shown(field, &pair[0]),
                new: shown(field, &pair[1]),
            })
        })
        .collect();
    rows.sort_by(|a, b| (rank(&a.field), &a.field).cmp(&(rank(&b.field), &b.field)));
    rows
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
        let rows = change_rows(&changes, true);
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
        let open = change_rows(&changes, false);
        assert_eq!(open[1].new, Shown::Value(json!("more secret")));
    }

    #[test]
    fn long_texts_are_shortened_on_one_line() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("two\nlines  here", 20), "two lines here");
        assert_eq!(shorten("abcdefghijk", 5), "abcd…");
        assert_eq!(shorten("ab cdefghijk", 4), "ab…");
    }
}
