//! The `people`, `goals`, `check_ins` and `shifts` collections. No Leptos
//! here.
//!
//! Contract: docs/contract.md#people, #goals, #check_ins, #shifts

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::data::decode::check_range;
use crate::data::Record;
use crate::regions::Region;
use crate::time::{Date, Timestamp};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Lead,
    Manager,
    Specialist,
    Analyst,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    pub name: Option<String>,
    pub role: Option<Role>,
    pub region: Option<Region>,
    pub timezone: Option<String>,
    pub languages: Option<Vec<String>>,
    pub skills: Option<BTreeMap<String, u8>>,
    pub mentor_id: Option<String>,
    pub started_on: Option<Date>,
    pub active: Option<bool>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for Person {
    const COLLECTION: &'static str = "people";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "role",
        "region",
        "timezone",
        "languages",
        "skills",
        "mentor_id",
        "started_on",
        "active",
        "updated_at",
        "version",
    ];
    fn id(&self) -> &str {
        &self.id
    }
    fn check(&self) -> Result<(), String> {
        for (skill, level) in self.skills.iter().flatten() {
            check_range(&format!("skills.{skill}"), Some(*level), 0..=4)?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalKind {
    Skill,
    Career,
    Training,
    Certification,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Active,
    Done,
    Dropped,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Goal {
    pub id: String,
    pub person_id: Option<String>,
    pub title: Option<String>,
    pub kind: Option<GoalKind>,
    pub skill: Option<String>,
    pub target_on: Option<Date>,
    pub progress: Option<u8>,
    pub status: Option<GoalStatus>,
    pub created_at: Option<Timestamp>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for Goal {
    const COLLECTION: &'static str = "goals";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "person_id",
        "title",
        "kind",
        "skill",
        "target_on",
        "progress",
        "status",
        "created_at",
        "updated_at",
        "version",
    ];
    fn id(&self) -> &str {
        &self.id
    }
    fn check(&self) -> Result<(), String> {
        check_range("progress", self.progress, 0..=100)
    }
}

/// A one-to-one, with wellbeing and exposure to disturbing material.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: String,
    pub person_id: Option<String>,
    pub on: Option<Date>,
    pub author_id: Option<String>,
    pub wellbeing: Option<u8>,
    pub workload: Option<u8>,
    pub exposure_minutes: Option<u32>,
    pub notes: Option<String>,
    pub created_at: Option<Timestamp>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for CheckIn {
    const COLLECTION: &'static str = "check_ins";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "person_id",
        "on",
        "author_id",
        "wellbeing",
        "workload",
        "exposure_minutes",
        "notes",
        "created_at",
        "updated_at",
        "version",
    ];
    fn id(&self) -> &str {
        &self.id
    }
    fn check(&self) -> Result<(), String> {
        check_range("wellbeing", self.wellbeing, 1..=5)?;
        check_range("workload", self.workload, 1..=5)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShiftKind {
    Primary,
    Backup,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Shift {
    pub id: String,
    pub person_id: Option<String>,
    pub region: Option<Region>,
    pub starts_at: Option<Timestamp>,
    pub ends_at: Option<Timestamp>,
    pub kind: Option<ShiftKind>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for Shift {
    const COLLECTION: &'static str = "shifts";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "person_id",
        "region",
        "starts_at",
        "ends_at",
        "kind",
        "updated_at",
        "version",
    ];
    fn id(&self) -> &str {
        &self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::decode::decode;
    use crate::data::test_support::assert_fields_match;
    use serde_json::json;

    #[test]
    fn fields_lists_match_the_structs() {
        assert_fields_match::<Person>();
        assert_fields_match::<Goal>();
        assert_fields_match::<CheckIn>();
        assert_fields_match::<Shift>();
    }

    #[test]
    fn ranges_are_checked() {
        assert!(decode::<Person>(json!({"id": "p", "skills": {"legal_requests": 4}})).is_ok());
        let bad =
            decode::<Person>(json!({"id": "p", "skills": {"legal_requests": 5}})).unwrap_err();
        assert!(
            bad.problem.contains("skills.legal_requests"),
            "{}",
            bad.problem
        );
        assert!(decode::<Goal>(json!({"id": "g", "progress": 101})).is_err());
        assert!(decode::<Goal>(json!({"id": "g", "progress": 100})).is_ok());
        assert!(decode::<CheckIn>(json!({"id": "c", "wellbeing": 0})).is_err());
        assert!(decode::<CheckIn>(json!({"id": "c", "workload": 6})).is_err());
        assert!(
            decode::<CheckIn>(json!({"id": "c", "wellbeing": null, "exposure_minutes": null}))
                .is_ok()
        );
        assert!(decode::<CheckIn>(json!({"id": "c", "exposure_minutes": -5})).is_err());
    }

    #[test]
    fn shifts_and_people_decode() {
        let s: Shift = decode(json!({"id": "s", "region": "APAC", "kind": "backup",
            "starts_at": "2026-11-25T00:00:00Z", "ends_at": "2026-11-25T08:00:00+00:00"}))
        .unwrap();
        assert_eq!(s.kind, Some(ShiftKind::Backup));
        assert_eq!(
            s.ends_at.unwrap().minutes_since(s.starts_at.unwrap()),
            480.0
        );
        assert!(decode::<Shift>(json!({"id": "s", "kind": "night"})).is_err());
        let p: Person = decode(
            json!({"id": "p", "role": "analyst", "languages": ["ar", "en"],
            "timezone": "Asia/Dubai", "started_on": "2024-03-01", "active": true}),
        )
        .unwrap();
        assert_eq!(p.role, Some(Role::Analyst));
        assert!(decode::<Person>(json!({"id": "p", "role": "intern"})).is_err());
    }
}
