//! The team: people, growth, wellbeing and follow-the-sun coverage.

pub mod model;
pub mod people;
pub mod views;
