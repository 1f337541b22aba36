//! Incidents, their timelines and their follow-up action items.

pub mod model;
pub mod views;
