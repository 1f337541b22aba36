//! The writes a person makes to a case, as the contract says they must be
//! written (docs/contract.md#cases): a move (`resolved_at` set on resolve and
//! cleared on reopen, `reopened_count` raised), the first response, and an
//! edit on the case page. Each is an [`Intent`] for the save engine
//! (`data::save`): turned into fields on the version it is finally written
//! on. The engine adds `version` and `updated_at`. No Leptos here.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::draft::CaseDraft;
use super::model::{Case, Category, Priority, Status};
use crate::data::save::{one_change, Intent};
use crate::regions::Region;
use crate::time::Timestamp;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError {
    /// The case is already in that status.
    NoChange,
    /// The first response is already recorded.
    AlreadyResponded,
}

/// The fields to write to move `case` to `to` at `now`: `resolved_at` set on
/// resolve and cleared on reopen, `reopened_count` raised on reopen.
pub fn move_to(case: &Case, to: Status, now: Timestamp) -> Result<Map<String, Value>, ChangeError> {
    if case.status == Some(to) {
        return Err(ChangeError::NoChange);
    }
    let mut changes = Map::new();
    changes.insert("status".into(), Value::String(to.key().into()));
    let was_resolved = case.status == Some(Status::Resolved);
    if to == Status::Resolved {
        changes.insert("resolved_at".into(), Value::String(now.to_wire()));
    } else if was_resolved {
        changes.insert("resolved_at".into(), Value::Null);
        changes.insert(
            "reopened_count".into(),
            Value::from(case.reopened_count.unwrap_or(0).saturating_add(1)),
        );
    }
    Ok(changes)
}

/// The fields to write when someone first replies to the requester.
pub fn respond(case: &Case, now: Timestamp) -> Result<Map<String, Value>, ChangeError> {
    if case.first_response_at.is_some() {
        return Err(ChangeError::AlreadyResponded);
    }
    let mut changes = Map::new();
    changes.insert("first_response_at".into(), Value::String(now.to_wire()));
    Ok(changes)
}

/// Something a person does to a case from the board or the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Move(Status),
    Respond,
}

/// The fields an action writes (see [`move_to`] and [`respond`]).
pub fn action_changes(
    case: &Case,
    action: Action,
    now: Timestamp,
) -> Result<Map<String, Value>, ChangeError> {
    match action {
        Action::Move(to) => move_to(case, to, now),
        Action::Respond => respond(case, now),
    }
}

/// Any write to a case, from the board or the case page.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseWrite {
    Act(Action),
    /// The case page's edit: the fields the person touched, at the draft's
    /// values. Only those are written, so a draft never writes back old
    /// values of fields someone else changed meanwhile.
    Edit {
        draft: Box<CaseDraft>,
        touched: BTreeSet<String>,
    },
    /// Links the case to incident `to`, from the incident page or when
    /// escalating the case. Relative: a case linked to another incident is
    /// left alone (see [`CaseWrite::blocked_on`]), never moved silently.
    Link {
        to: String,
    },
    /// Unlinks the case from incident `from`, only while it is linked to
    /// it: a link someone made to another incident meanwhile stays.
    Unlink {
        from: String,
    },
    /// Makes `owner` the case's owner (the "now" view's "take"). On top of
    /// someone else's version it takes the case from whoever owns it then:
    /// the conflict notice has already named them.
    Take {
        owner: String,
    },
}

impl CaseWrite {
    /// Whether this write did nothing on `base` because the case belongs
    /// to another incident (a link), so the page can say so.
    pub fn blocked_on(&self, base: &Case) -> bool {
        match self {
            CaseWrite::Link { to } => base
                .incident_id
                .as_deref()
                .is_some_and(|linked| linked != to.trim()),
            _ => false,
        }
    }
}

/// The fields a status change also writes.
const STATUS_FOLLOWS: [&str; 2] = ["resolved_at", "reopened_count"];

impl Intent<Case> for CaseWrite {
    fn changes(&self, base: &Case, now: Timestamp) -> Option<Map<String, Value>> {
        let changes = match self {
            CaseWrite::Act(action) => action_changes(base, *action, now).ok()?,
            CaseWrite::Link { to } => {
                let to = to.trim();
                if to.is_empty() || base.incident_id.is_some() {
                    return None;
                }
                one_change("incident_id", Value::String(to.into()))
            }
            CaseWrite::Unlink { from } => {
                if base.incident_id.as_deref() != Some(from.trim()) {
                    return None;
                }
                one_change("incident_id", Value::Null)
            }
            CaseWrite::Take { owner } => {
                let owner = owner.trim();
                if owner.is_empty() || base.owner_id.as_deref() == Some(owner) {
                    return None;
                }
                one_change("owner_id", Value::String(owner.into()))
            }
            CaseWrite::Edit { draft, touched } => {
                let status = touched.contains("status");
                let mut changes = edit_changes(draft, base, now);
                changes.retain(|k, _| {
                    touched.contains(k) || (status && STATUS_FOLLOWS.contains(&k.as_str()))
                });
                changes
            }
        };
        (!changes.is_empty()).then_some(changes)
    }
}

/// The fields of `base` a draft changes, as a partial update. A status
/// change writes what a move writes (`resolved_at`, `reopened_count`).
pub fn edit_changes(draft: &CaseDraft, base: &Case, now: Timestamp) -> Map<String, Value> {
    let edited = draft.new_case(base.id.clone(), now);
    let mut changes = Map::new();
    let mut put = |field: &str, differs: bool, value: Value| {
        if differs {
            changes.insert(field.to_string(), value);
        }
    };
    put(
        "title",
        edited.title != base.title,
        text_json(&edited.title),
    );
    put(
        "description",
        edited.description != base.description
            && !(base.description.is_none() && draft.description.is_empty()),
        text_json(&edited.description),
    );
    put(
        "priority",
        edited.priority != base.priority,
        key_json(edited.priority.map(Priority::key)),
    );
    put(
        "region",
        edited.region != base.region,
        key_json(edited.region.map(Region::key)),
    );
    put(
        "category",
        edited.category != base.category,
        key_json(edited.category.map(Category::key)),
    );
    put(
        "language",
        edited.language != base.language,
        text_json(&edited.language),
    );
    put(
        "owner_id",
        edited.owner_id != base.owner_id,
        text_json(&edited.owner_id),
    );
    let teams: Vec<&str> = draft.partner_teams.iter().map(|t| t.key()).collect();
    let mut base_teams = BTreeSet::new();
    base_teams.extend(base.partner_teams.iter().flatten().copied());
    put(
        "partner_teams",
        draft.partner_teams != base_teams,
        Value::from(teams),
    );
    put(
        "incident_id",
        edited.incident_id != base.incident_id,
        text_json(&edited.incident_id),
    );
    put(
        "sensitive",
        draft.sensitive != base.hides_description(),
        Value::Bool(draft.sensitive),
    );
    put(
        "tags",
        edited.tags.as_deref().unwrap_or_default() != base.tags.as_deref().unwrap_or_default(),
        Value::from(edited.tags.clone().unwrap_or_default()),
    );
    if let Some(to) = draft.status {
        if let Ok(moved) = move_to(base, to, now) {
            changes.extend(moved);
        }
    }
    changes
}

/// A text field's JSON: the text, or `null` when there is none.
fn text_json(value: &Option<String>) -> Value {
    value.clone().map(Value::String).unwrap_or(Value::Null)
}

/// An enumeration's JSON: its contract spelling, or `null`.
fn key_json(key: Option<&'static str>) -> Value {
    key.map(|k| Value::String(k.into())).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::test_support::{case, ts, valid_draft as valid};
    use crate::data::save::{apply, changed_fields};
    use serde_json::json;

    #[test]
    fn linking_an_incident_writes_only_incident_id_and_unlinking_nulls_it() {
        let now = ts("2026-11-24T09:30:00Z");
        let mut c = case("a");
        c.incident_id = None;
        let link = CaseWrite::Link {
            to: " incident-1 ".into(),
        };
        assert_eq!(
            Value::Object(link.changes(&c, now).unwrap()),
            json!({"incident_id": "incident-1"})
        );
        c.incident_id = Some("incident-1".into());
        assert_eq!(
            link.changes(&c, now),
            None,
            "already linked: nothing to write"
        );
        let unlink = CaseWrite::Unlink {
            from: "incident-1".into(),
        };
        assert_eq!(
            Value::Object(unlink.changes(&c, now).unwrap()),
            json!({"incident_id": null})
        );
        assert_eq!(
            CaseWrite::Link { to: "  ".into() }.changes(&c, now),
            None,
            "a blank link writes nothing"
        );
    }

    #[test]
    fn unlinking_leaves_a_link_to_another_incident_alone() {
        // Lead B relinked the case to incident-2; lead A's "unlink from
        // incident-1" (applied on top after the conflict) must not unlink it.
        let now = ts("2026-11-24T09:30:00Z");
        let mut c = case("a");
        c.incident_id = Some("incident-2".into());
        let unlink = CaseWrite::Unlink {
            from: "incident-1".into(),
        };
        assert_eq!(
            unlink.changes(&c, now),
            None,
            "unlinking from incident-1 wrote incident_id=null over incident-2"
        );
        c.incident_id = None;
        assert_eq!(unlink.changes(&c, now), None, "already unlinked");
    }

    #[test]
    fn taking_writes_the_owner_and_nothing_when_already_mine() {
        let now = ts("2026-11-24T09:30:00Z");
        let mut c = case("a");
        c.owner_id = Some("p1".into());
        let take = CaseWrite::Take {
            owner: " p2 ".into(),
        };
        assert_eq!(
            take.changes(&c, now),
            Some(one_change("owner_id", serde_json::json!("p2")))
        );
        c.owner_id = None;
        assert_eq!(
            take.changes(&c, now),
            Some(one_change("owner_id", serde_json::json!("p2"))),
            "an unowned case"
        );
        c.owner_id = Some("p2".into());
        assert_eq!(take.changes(&c, now), None, "already mine");
        let nobody = CaseWrite::Take { owner: "  ".into() };
        assert_eq!(nobody.changes(&c, now), None, "no one to take it");
    }

    #[test]
    fn linking_does_not_take_a_case_from_another_incident() {
        // Escalate-follow-up reads the case fresh and submits on it: no 412.
        let now = ts("2026-11-24T09:30:00Z");
        let mut c = case("a");
        c.incident_id = Some("incident-2".into());
        let link = CaseWrite::Link {
            to: "incident-1".into(),
        };
        assert_eq!(
            link.changes(&c, now),
            None,
            "linking to incident-1 silently moved a case owned by incident-2"
        );
        assert!(link.blocked_on(&c), "the page says why nothing was written");
        c.incident_id = Some("incident-1".into());
        assert!(!link.blocked_on(&c));
    }

    #[test]
    fn resolving_sets_resolved_at_and_reopening_clears_it_and_counts() {
        let now = ts("2026-11-24T09:30:00Z");
        let open = case("a");
        let resolve = move_to(&open, Status::Resolved, now).unwrap();
        assert_eq!(
            Value::Object(resolve.clone()),
            json!({"status": "resolved", "resolved_at": "2026-11-24T09:30:00.000Z"})
        );
        let resolved = apply(&open, &resolve);
        assert_eq!(resolved.status, Some(Status::Resolved));
        assert_eq!(resolved.resolved_at, Some(now));

        let reopen = move_to(&resolved, Status::Triage, now).unwrap();
        assert_eq!(
            Value::Object(reopen.clone()),
            json!({"status": "triage", "resolved_at": null, "reopened_count": 1})
        );
        let reopened = apply(&resolved, &reopen);
        assert_eq!(reopened.resolved_at, None);
        let again = move_to(
            &apply(
                &reopened,
                &move_to(&reopened, Status::Resolved, now).unwrap(),
            ),
            Status::New,
            now,
        )
        .unwrap();
        assert_eq!(again["reopened_count"], json!(2));

        let between_open = move_to(&open, Status::Waiting, now).unwrap();
        assert_eq!(Value::Object(between_open), json!({"status": "waiting"}));
        assert_eq!(
            move_to(&open, Status::Investigating, now),
            Err(ChangeError::NoChange)
        );
    }

    #[test]
    fn responding_records_the_first_response_once() {
        let now = ts("2026-11-24T09:30:00Z");
        let fresh = Case {
            first_response_at: None,
            ..case("a")
        };
        let changes = respond(&fresh, now).unwrap();
        assert_eq!(
            changes["first_response_at"],
            json!("2026-11-24T09:30:00.000Z")
        );
        assert_eq!(
            respond(&apply(&fresh, &changes), now),
            Err(ChangeError::AlreadyResponded)
        );
    }

    #[test]
    fn the_diff_covers_every_contract_field() {
        use crate::data::{decode::decode, Record};
        let base = case("a");
        let base_json = serde_json::to_value(&base).unwrap();
        let samples = json!({
            "title": "t2", "description": "d2", "status": "waiting", "priority": "P3", "region": "APAC",
            "category": "crisis", "language": "ar", "owner_id": "p9", "partner_teams": ["trust"],
            "incident_id": "i9", "sensitive": true, "tags": ["x"], "created_at": "2026-01-01T00:00:00Z",
            "first_response_at": "2026-01-01T00:00:00Z", "resolved_at": "2026-01-01T00:00:00Z",
            "reopened_count": 7, "csat": 2
        });
        for field in Case::FIELDS
            .iter()
            .filter(|f| !matches!(**f, "id" | "version" | "updated_at"))
        {
            let mut changed = base_json.clone();
            changed[*field] = samples[*field].clone();
            let other: Case = decode(changed).unwrap();
            assert_eq!(changed_fields(&base, &other), vec![*field], "{field}");
        }
    }

    #[test]
    fn actions_write_what_moves_and_responses_write() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let c = case("a");
        assert_eq!(
            action_changes(&c, Action::Move(Status::Waiting), now),
            move_to(&c, Status::Waiting, now)
        );
        assert_eq!(
            Value::Object(action_changes(&c, Action::Respond, now).unwrap()),
            json!({"first_response_at": "2026-11-25T12:00:00.000Z"})
        );
        let answered = Case {
            first_response_at: Some(now),
            ..c
        };
        assert_eq!(
            action_changes(&answered, Action::Respond, now),
            Err(ChangeError::AlreadyResponded)
        );
    }

    #[test]
    fn an_unchanged_draft_changes_nothing() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let base = valid().new_case("c".into(), ts("2026-11-20T00:00:00.000Z"));
        assert_eq!(
            edit_changes(&CaseDraft::from_case(&base), &base, now),
            Map::new()
        );
        // A case with unknown description and tags is not "changed" by an empty form.
        let sparse = Case {
            description: None,
            tags: None,
            partner_teams: None,
            ..base.clone()
        };
        assert_eq!(
            edit_changes(&CaseDraft::from_case(&sparse), &sparse, now),
            Map::new()
        );
    }

    #[test]
    fn an_edit_writes_only_what_changed_with_the_status_rules() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let mut base = valid().new_case("c".into(), ts("2026-11-20T00:00:00.000Z"));
        base.status = Some(Status::Resolved);
        base.resolved_at = Some(ts("2026-11-21T00:00:00.000Z"));
        base.reopened_count = Some(1);
        let mut d = CaseDraft::from_case(&base);
        d.owner_id = "p2".into();
        d.incident_id = "inc-1".into();
        d.status = Some(Status::Triage);
        d.sensitive = false;
        d.tags = "vip".into();
        let changes = edit_changes(&d, &base, now);
        assert_eq!(
            Value::Object(changes),
            json!({
                "owner_id": "p2", "incident_id": "inc-1", "status": "triage",
                "resolved_at": null, "reopened_count": 2, "sensitive": false, "tags": ["vip"]
            })
        );
        // Unassigning writes null.
        let mut base2 = base.clone();
        base2.owner_id = Some("p1".into());
        let mut d2 = CaseDraft::from_case(&base2);
        d2.owner_id = String::new();
        assert_eq!(
            Value::Object(edit_changes(&d2, &base2, now)),
            json!({"owner_id": null})
        );
    }

    fn edit(draft: CaseDraft, touched: &[&str]) -> CaseWrite {
        CaseWrite::Edit {
            draft: Box::new(draft),
            touched: touched.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn an_edit_writes_only_the_fields_the_person_touched() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let base = Case {
            version: Some(3),
            ..case("a")
        };
        let mut mine = CaseDraft::from_case(&base);
        mine.title = "New title".into();
        // Meanwhile someone reassigned it: my draft still holds the old owner.
        let theirs = Case {
            version: Some(4),
            owner_id: Some("p2".into()),
            ..base.clone()
        };
        let changes = edit(mine, &["title"]).changes(&theirs, now).unwrap();
        assert_eq!(Value::Object(changes), json!({"title": "New title"}));
    }

    #[test]
    fn mine_on_top_of_their_resolve_recomputes_the_status_fields() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let base = case("a"); // investigating
        let mut mine = CaseDraft::from_case(&base);
        mine.status = Some(Status::Waiting);
        let theirs = Case {
            status: Some(Status::Resolved),
            resolved_at: Some(ts("2026-11-25T11:00:00.000Z")),
            reopened_count: Some(0),
            ..base.clone()
        };
        let changes = edit(mine.clone(), &["status"])
            .changes(&theirs, now)
            .unwrap();
        assert_eq!(
            Value::Object(changes),
            json!({"status": "waiting", "resolved_at": null, "reopened_count": 1})
        );
        // On the version it was based on, only the status moves.
        let changes = edit(mine, &["status"]).changes(&base, now).unwrap();
        assert_eq!(Value::Object(changes), json!({"status": "waiting"}));
    }

    #[test]
    fn a_write_with_nothing_left_to_do_is_none() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let c = case("a");
        assert_eq!(
            CaseWrite::Act(Action::Move(Status::Investigating)).changes(&c, now),
            None
        );
        assert_eq!(
            edit(CaseDraft::from_case(&c), &["title"]).changes(&c, now),
            None
        );
        let mut touched_nothing = CaseDraft::from_case(&c);
        touched_nothing.title = "typed but not marked".into();
        assert_eq!(edit(touched_nothing, &[]).changes(&c, now), None);
    }
}
