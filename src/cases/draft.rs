//! The case form's logic: a draft of what the person typed, its validation,
//! and the writes it makes (a new case, or the changed fields of an edit,
//! following the contract's status rules). No Leptos here.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::logic::move_to;
use super::model::{Case, Category, PartnerTeam, Priority, Status};
use crate::regions::Region;
use crate::time::Timestamp;

/// The longest title the form accepts (a title is one line).
pub const TITLE_MAX: usize = 200;
/// The longest description the form accepts.
pub const DESCRIPTION_MAX: usize = 20_000;

/// What the form holds: text as typed, choices as chosen. Every field
/// survives a failed save, a conflict or a reload of the page (the view keeps
/// it in the browser's storage until it is saved or discarded).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseDraft {
    pub title: String,
    pub description: String,
    pub status: Option<Status>,
    pub priority: Option<Priority>,
    pub region: Option<Region>,
    pub category: Option<Category>,
    pub language: String,
    /// A `people.id`, or empty for unassigned.
    pub owner_id: String,
    pub partner_teams: BTreeSet<PartnerTeam>,
    /// An `incidents.id`, or empty for none.
    pub incident_id: String,
    pub sensitive: bool,
    /// Comma-separated, as typed.
    pub tags: String,
}

impl Default for CaseDraft {
    /// A new case: status `new`, sensitive until someone says otherwise (the
    /// analysts' wellbeing comes first).
    fn default() -> Self {
        CaseDraft {
            title: String::new(),
            description: String::new(),
            status: Some(Status::New),
            priority: None,
            region: None,
            category: None,
            language: String::new(),
            owner_id: String::new(),
            partner_teams: BTreeSet::new(),
            incident_id: String::new(),
            sensitive: true,
            tags: String::new(),
        }
    }
}

/// A field's problem, as a message id (`invalid-*` in the catalogues).
pub type Problem = (&'static str, &'static str);

/// Whether `tag` looks like a BCP 47 language tag (`de`, `pt-BR`, `zh-Hant-TW`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

impl CaseDraft {
    /// The form's fields filled from a stored case.
    pub fn from_case(case: &Case) -> Self {
        CaseDraft {
            title: case.title.clone().unwrap_or_default(),
            description: case.description.clone().unwrap_or_default(),
            status: case.status,
            priority: case.priority,
            region: case.region,
            category: case.category,
            language: case.language.clone().unwrap_or_default(),
            owner_id: case.owner_id.clone().unwrap_or_default(),
            partner_teams: case.partner_teams.iter().flatten().copied().collect(),
            incident_id: case.incident_id.clone().unwrap_or_default(),
            sensitive: case.hides_description(),
            tags: case.tags.as_deref().unwrap_or_default().join(", "),
        }
    }

    /// The tags as a list: trimmed, empty ones dropped, each once.
    pub fn tag_list(&self) -> Vec<String> {
        let mut seen = BTreeSet::new();
        self.tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty() && seen.insert(t.to_string()))
            .map(str::to_string)
            .collect()
    }

    /// Every problem with the draft, in the form's order; empty when it can
    /// be saved.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let title = self.title.trim();
        if title.is_empty() {
            problems.push(("title", "invalid-required"));
        } else if title.chars().count() > TITLE_MAX {
            problems.push(("title", "invalid-too-long"));
        } else if title.contains(['\n', '\r']) {
            problems.push(("title", "invalid-one-line"));
        }
        if self.description.chars().count() > DESCRIPTION_MAX {
            problems.push(("description", "invalid-too-long"));
        }
        if self.status.is_none() {
            problems.push(("status", "invalid-required"));
        }
        if self.priority.is_none() {
            problems.push(("priority", "invalid-required"));
        }
        if self.region.is_none() {
            problems.push(("region", "invalid-required"));
        }
        if self.category.is_none() {
            problems.push(("category", "invalid-required"));
        }
        let language = self.language.trim();
        if language.is_empty() {
            problems.push(("language", "invalid-required"));
        } else if !is_language_tag(language) {
            problems.push(("language", "invalid-language"));
        }
        if self.tag_list().iter().any(|t| t.chars().count() > 40) {
            problems.push(("tags", "invalid-tag"));
        }
        problems
    }

    fn opt(text: &str) -> Option<String> {
        let t = text.trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    /// A new case from a valid draft, with the client-made `id`, reaching the
    /// team `now`. The provider adds `version` and `updated_at`.
    pub fn new_case(&self, id: String, now: Timestamp) -> Case {
        let status = self.status.unwrap_or(Status::New);
        Case {
            id,
            title: Some(self.title.trim().to_string()),
            description: Some(self.description.clone()),
            status: Some(status),
            priority: self.priority,
            region: self.region,
            category: self.category,
            language: Self::opt(&self.language),
            owner_id: Self::opt(&self.owner_id),
            partner_teams: Some(self.partner_teams.iter().copied().collect()),
            incident_id: Self::opt(&self.incident_id),
            sensitive: Some(self.sensitive),
            tags: Some(self.tag_list()),
            created_at: Some(now),
            first_response_at: None,
            resolved_at: (status == Status::Resolved).then_some(now),
            reopened_count: Some(0),
            csat: None,
            updated_at: None,
            version: None,
        }
    }

    /// The fields of `base` this draft changes, as a partial update. A status
    /// change writes what a move writes (`resolved_at`, `reopened_count`).
    pub fn changes(&self, base: &Case, now: Timestamp) -> Map<String, Value> {
        let edited = self.new_case(base.id.clone(), now);
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
                && !(base.description.is_none() && self.description.is_empty()),
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
        let teams: Vec<&str> = self.partner_teams.iter().map(|t| t.key()).collect();
        let base_teams: BTreeSet<PartnerTeam> =
            base.partner_teams.iter().flatten().copied().collect();
        put(
            "partner_teams",
            self.partner_teams != base_teams,
            Value::from(teams),
        );
        put(
            "incident_id",
            edited.incident_id != base.incident_id,
            text_json(&edited.incident_id),
        );
        put(
            "sensitive",
            self.sensitive != base.hides_description(),
            Value::Bool(self.sensitive),
        );
        put(
            "tags",
            edited.tags.as_deref().unwrap_or_default() != base.tags.as_deref().unwrap_or_default(),
            Value::from(edited.tags.clone().unwrap_or_default()),
        );
        if let Some(to) = self.status {
            if let Ok(moved) = move_to(base, to, now) {
                changes.extend(moved);
            }
        }
        changes
    }
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
    use serde_json::json;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn valid() -> CaseDraft {
        CaseDraft {
            title: "Takeover of a minister's account".into(),
            priority: Some(Priority::P0),
            region: Some(Region::EMEA),
            category: Some(Category::HighProfile),
            language: "pt-BR".into(),
            ..Default::default()
        }
    }

    #[test]
    fn language_tags() {
        for good in ["de", "pt-BR", "zh-Hant-TW", "ar", "es-419"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "",
            "d",
            "de_DE",
            "de-",
            "-de",
            "12",
            "de-toolongsubtag",
            "de BR",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn a_new_draft_needs_title_priority_region_category_and_language() {
        let problems = CaseDraft::default().validate();
        assert_eq!(
            problems,
            vec![
                ("title", "invalid-required"),
                ("priority", "invalid-required"),
                ("region", "invalid-required"),
                ("category", "invalid-required"),
                ("language", "invalid-required"),
            ]
        );
        assert!(valid().validate().is_empty());
    }

    #[test]
    fn each_rule_names_its_field() {
        let check = |draft: CaseDraft, expect: Problem| {
            assert_eq!(draft.validate(), vec![expect]);
        };
        check(
            CaseDraft {
                title: "   ".into(),
                ..valid()
            },
            ("title", "invalid-required"),
        );
        check(
            CaseDraft {
                title: "x".repeat(TITLE_MAX + 1),
                ..valid()
            },
            ("title", "invalid-too-long"),
        );
        check(
            CaseDraft {
                title: "two\nlines".into(),
                ..valid()
            },
            ("title", "invalid-one-line"),
        );
        check(
            CaseDraft {
                description: "x".repeat(DESCRIPTION_MAX + 1),
                ..valid()
            },
            ("description", "invalid-too-long"),
        );
        check(
            CaseDraft {
                language: "Portuguese".into(),
                ..valid()
            },
            ("language", "invalid-language"),
        );
        check(
            CaseDraft {
                tags: format!("ok, {}", "t".repeat(41)),
                ..valid()
            },
            ("tags", "invalid-tag"),
        );
        check(
            CaseDraft {
                status: None,
                ..valid()
            },
            ("status", "invalid-required"),
        );
        // Exactly at the limits is fine; an Arabic title counts characters, not bytes.
        assert!(CaseDraft {
            title: "ح".repeat(TITLE_MAX),
            ..valid()
        }
        .validate()
        .is_empty());
    }

    #[test]
    fn tags_are_trimmed_and_kept_once() {
        let d = CaseDraft {
            tags: " vip, ,legal ,vip,".into(),
            ..valid()
        };
        assert_eq!(d.tag_list(), ["vip", "legal"]);
    }

    #[test]
    fn a_new_case_has_the_contract_fields() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let mut d = valid();
        d.owner_id = " p1 ".into();
        d.partner_teams.insert(PartnerTeam::Legal);
        let case = d.new_case("case-x".into(), now);
        assert_eq!(case.id, "case-x");
        assert_eq!(case.status, Some(Status::New));
        assert_eq!(case.created_at, Some(now));
        assert_eq!(case.owner_id.as_deref(), Some("p1"));
        assert_eq!(case.incident_id, None, "empty means none");
        assert_eq!(case.sensitive, Some(true), "sensitive by default");
        assert_eq!(case.reopened_count, Some(0));
        assert_eq!(case.resolved_at, None);
        assert_eq!(case.first_response_at, None);
        assert_eq!(case.partner_teams, Some(vec![PartnerTeam::Legal]));
        let resolved = CaseDraft {
            status: Some(Status::Resolved),
            ..valid()
        }
        .new_case("r".into(), now);
        assert_eq!(resolved.resolved_at, Some(now));
    }

    #[test]
    fn an_unchanged_draft_changes_nothing() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let base = valid().new_case("c".into(), ts("2026-11-20T00:00:00.000Z"));
        assert_eq!(CaseDraft::from_case(&base).changes(&base, now), Map::new());
        // A case with unknown description and tags is not "changed" by an empty form.
        let sparse = Case {
            description: None,
            tags: None,
            partner_teams: None,
            ..base.clone()
        };
        assert_eq!(
            CaseDraft::from_case(&sparse).changes(&sparse, now),
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
        let changes = d.changes(&base, now);
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
            Value::Object(d2.changes(&base2, now)),
            json!({"owner_id": null})
        );
    }
}
