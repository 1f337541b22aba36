//! The team: people, growth, wellbeing and follow-the-sun coverage.
//!
//! Plain Rust (tested on the host): `model` (the collections), `growth`
//! (skill coverage, goals, attention signals, workload), `coverage` (shift
//! coverage gaps, region-local times, the week view's layout, handover).
//! Views: `views` (the directory and the team's sub-navigation), `person`
//! (a person's page and form), `skills`, `goals`, `wellbeing`, `shifts`.

pub mod coverage;
pub mod goals;
pub mod growth;
pub mod model;
pub mod people;
pub mod person;
pub mod shifts;
pub mod skills;
pub mod views;
pub mod wellbeing;
