//! Incidents, their timelines and their follow-up action items
//! (docs/contract.md#incidents, #incident_events, #action_items).
//!
//! Plain Rust, tested on the host: `model` (the records), `logic` (status
//! changes and edits as the save engine's intents, durations, timeline and
//! action item order, declaring, the list's filter and order), `export`
//! (the incident as Markdown for the review document).
//! Views (Leptos, thin): `views` (the list), `declare` (the form), `page`
//! (one incident), over `entries` (the timeline's entries, pure) and
//! `followups` (what declaring leaves to the new page).

pub mod declare;
pub mod entries;
pub mod export;
pub mod followups;
pub mod logic;
pub mod model;
pub mod page;
pub mod views;
