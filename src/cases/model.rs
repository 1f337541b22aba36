//! The `cases` collection. No Leptos here.
//!
//! Contract: docs/contract.md#cases

use serde::{Deserialize, Serialize};

use crate::data::decode::check_range;
use crate::data::Record;
use crate::regions::Region;
use crate::time::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    New,
    Triage,
    Investigating,
    Waiting,
    Resolved,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::New,
        Status::Triage,
        Status::Investigating,
        Status::Waiting,
        Status::Resolved,
    ];
    pub fn is_open(self) -> bool {
        self != Status::Resolved
    }

    pub fn key(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Triage => "triage",
            Status::Investigating => "investigating",
            Status::Waiting => "waiting",
            Status::Resolved => "resolved",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Priority {
    P0,
    P1,
    P2,
    P3,
}

impl Priority {
    pub const ALL: [Priority; 4] = [Priority::P0, Priority::P1, Priority::P2, Priority::P3];

    pub fn key(self) -> &'static str {
        match self {
            Priority::P0 => "P0",
            Priority::P1 => "P1",
            Priority::P2 => "P2",
            Priority::P3 => "P3",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    AccountSecurity,
    HarmfulContent,
    HighProfile,
    LegalRequest,
    PlatformBug,
    Crisis,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::AccountSecurity,
        Category::HarmfulContent,
        Category::HighProfile,
        Category::LegalRequest,
        Category::PlatformBug,
        Category::Crisis,
        Category::Other,
    ];

    /// The contract's spelling.
    pub fn key(self) -> &'static str {
        match self {
            Category::AccountSecurity => "account_security",
            Category::HarmfulContent => "harmful_content",
            Category::HighProfile => "high_profile",
            Category::LegalRequest => "legal_request",
            Category::PlatformBug => "platform_bug",
            Category::Crisis => "crisis",
            Category::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerTeam {
    Policy,
    Legal,
    Engineering,
    Trust,
    Product,
    Marketing,
    Comms,
}

impl PartnerTeam {
    pub const ALL: [PartnerTeam; 7] = [
        PartnerTeam::Policy,
        PartnerTeam::Legal,
        PartnerTeam::Engineering,
        PartnerTeam::Trust,
        PartnerTeam::Product,
        PartnerTeam::Marketing,
        PartnerTeam::Comms,
    ];

    /// The contract's spelling.
    pub fn key(self) -> &'static str {
        match self {
            PartnerTeam::Policy => "policy",
            PartnerTeam::Legal => "legal",
            PartnerTeam::Engineering => "engineering",
            PartnerTeam::Trust => "trust",
            PartnerTeam::Product => "product",
            PartnerTeam::Marketing => "marketing",
            PartnerTeam::Comms => "comms",
        }
    }
}

/// An escalation case. Every field but `id` may be unknown (`None`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Case {
    pub id: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub status: Option<Status>,
    pub priority: Option<Priority>,
    pub region: Option<Region>,
    pub category: Option<Category>,
    pub language: Option<String>,
    pub owner_id: Option<String>,
    pub partner_teams: Option<Vec<PartnerTeam>>,
    pub incident_id: Option<String>,
    pub sensitive: Option<bool>,
    pub tags: Option<Vec<String>>,
    pub created_at: Option<Timestamp>,
    pub first_response_at: Option<Timestamp>,
    pub resolved_at: Option<Timestamp>,
    pub reopened_count: Option<u32>,
    pub csat: Option<u8>,
    pub updated_at: Option<Timestamp>,
    pub version: Option<i64>,
}

impl Record for Case {
    const COLLECTION: &'static str = "cases";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "title",
        "description",
        "status",
        "priority",
        "region",
        "category",
        "language",
        "owner_id",
        "partner_teams",
        "incident_id",
        "sensitive",
        "tags",
        "created_at",
        "first_response_at",
        "resolved_at",
        "reopened_count",
        "csat",
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
        check_range("csat", self.csat, 1..=5)
    }
}

impl Case {
    /// Whether the description must stay hidden until someone reveals it.
    /// Unknown counts as sensitive: the analyst's wellbeing comes first.
    pub fn hides_description(&self) -> bool {
        self.sensitive != Some(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::decode::decode;
    use crate::data::test_support::assert_fields_match;
    use serde_json::json;

    fn good() -> serde_json::Value {
        json!({
            "id": "c1", "title": "Takeover of a minister's account", "description": "<b>x</b>",
            "status": "investigating", "priority": "P0", "region": "EMEA",
            "category": "high_profile", "language": "de", "owner_id": "p1",
            "partner_teams": ["legal", "comms"], "incident_id": null, "sensitive": false,
            "tags": ["vip"], "created_at": "2026-11-24T09:30:00.000Z",
            "first_response_at": "2026-11-24T09:41:00+00:00", "resolved_at": null,
            "reopened_count": 0, "csat": null, "updated_at": "2026-11-24 09:41:00Z", "version": 3
        })
    }

    #[test]
    fn a_good_case_decodes_with_every_field() {
        let case: Case = decode(good()).unwrap();
        assert_eq!(case.status, Some(Status::Investigating));
        assert_eq!(case.priority, Some(Priority::P0));
        assert_eq!(case.region, Some(Region::EMEA));
        assert_eq!(
            case.partner_teams,
            Some(vec![PartnerTeam::Legal, PartnerTeam::Comms])
        );
        assert_eq!(
            case.first_response_at.unwrap().to_wire(),
            "2026-11-24T09:41:00.000Z"
        );
        assert_eq!(case.description.as_deref(), Some("<b>x</b>"));
    }

    #[test]
    fn missing_and_null_fields_are_unknown_not_errors() {
        let case: Case = decode(json!({"id": "c2", "title": null})).unwrap();
        assert_eq!(case.title, None);
        assert_eq!(case.status, None);
        assert!(
            case.hides_description(),
            "unknown sensitivity hides the text"
        );
    }

    #[test]
    fn wrong_types_and_unknown_values_damage_only_that_record() {
        for (field, bad, expect) in [
            ("priority", json!("P9"), "P9"),
            ("status", json!("closed"), "closed"),
            ("created_at", json!(12345), "timestamp"),
            ("created_at", json!("last tuesday"), "last tuesday"),
            ("partner_teams", json!(["legal", "astrology"]), "astrology"),
            ("tags", json!("vip"), "sequence"),
            ("sensitive", json!("yes"), "boolean"),
            ("csat", json!(7), "csat"),
            ("csat", json!(-1), "-1"),
            ("reopened_count", json!(1.5), "1.5"),
        ] {
            let mut v = good();
            v[field] = bad;
            let damaged = decode::<Case>(v).unwrap_err();
            assert_eq!(damaged.id.as_deref(), Some("c1"), "{field}");
            assert!(
                damaged.problem.contains(expect),
                "{field}: {}",
                damaged.problem
            );
        }
    }

    #[test]
    fn a_record_without_a_string_id_is_damaged() {
        assert!(decode::<Case>(json!({"title": "x"}))
            .unwrap_err()
            .id
            .is_none());
        assert_eq!(
            decode::<Case>(json!({"id": 7})).unwrap_err().id.as_deref(),
            Some("7")
        );
        assert!(decode::<Case>(json!("just text")).is_err());
    }

    #[test]
    fn keys_are_the_contract_spellings() {
        for c in Category::ALL {
            assert_eq!(serde_json::to_value(c).unwrap(), json!(c.key()));
        }
        for p in PartnerTeam::ALL {
            assert_eq!(serde_json::to_value(p).unwrap(), json!(p.key()));
        }
        for s in Status::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), json!(s.key()));
        }
        for p in Priority::ALL {
            assert_eq!(serde_json::to_value(p).unwrap(), json!(p.key()));
        }
    }

    #[test]
    fn fields_list_matches_the_struct() {
        assert_fields_match::<Case>();
    }
}
