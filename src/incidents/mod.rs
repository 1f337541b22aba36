//! Incidents, their timelines and their follow-up action items
//! (docs/contract.md#incidents, #incident_events, #action_items).
//!
//! Plain Rust, tested on the host: `model` (the records), `logic` (status
//! changes and edits as the save engine's intents, durations, timeline and
//! action item order, declaring, the list's filter and order), `export`
//! (the incident as Markdown for the review document).
//! Views (Leptos, thin): `views`.

pub mod export;
pub mod logic;
pub mod model;
pub mod views;
