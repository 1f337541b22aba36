//! Fixtures for the cases module's host tests.

use super::draft::CaseDraft;
use super::model::{Case, Category, PartnerTeam, Priority, Status};
use crate::regions::Region;
use crate::time::Timestamp;

pub fn ts(s: &str) -> Timestamp {
    Timestamp::parse(s).expect("a test timestamp")
}

/// A full, valid, open case.
pub fn case(id: &str) -> Case {
    Case {
        id: id.into(),
        title: Some("Takeover of a minister's account".into()),
        description: Some("Login from Lisbon, 2FA removed".into()),
        status: Some(Status::Investigating),
        priority: Some(Priority::P0),
        region: Some(Region::EMEA),
        category: Some(Category::HighProfile),
        language: Some("pt-BR".into()),
        owner_id: Some("p1".into()),
        partner_teams: Some(vec![PartnerTeam::Legal, PartnerTeam::Comms]),
        tags: Some(vec!["vip".into()]),
        ..Default::default()
    }
}

/// A new-case draft that passes validation.
pub fn valid_draft() -> CaseDraft {
    CaseDraft {
        title: "Takeover of a minister's account".into(),
        priority: Some(Priority::P0),
        region: Some(Region::EMEA),
        category: Some(Category::HighProfile),
        language: "pt-BR".into(),
        ..Default::default()
    }
}
