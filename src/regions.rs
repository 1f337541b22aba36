//! The three follow-the-sun regions, shared by cases, incidents, people and
//! shifts.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Region {
    EMEA,
    AMER,
    APAC,
}

impl Region {
    pub const ALL: [Region; 3] = [Region::EMEA, Region::AMER, Region::APAC];

    pub fn key(self) -> &'static str {
        match self {
            Region::EMEA => "EMEA",
            Region::AMER => "AMER",
            Region::APAC => "APAC",
        }
    }

    /// The IANA zone whose clock stands for the region when `config.json`
    /// names none: where the team's hubs are.
    pub fn default_zone(self) -> &'static str {
        match self {
            Region::EMEA => "Europe/Dublin",
            Region::AMER => "America/Sao_Paulo",
            Region::APAC => "Asia/Singapore",
        }
    }
}
