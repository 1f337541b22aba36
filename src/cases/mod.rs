//! The case board's domain: escalation cases.

pub mod board;
pub mod logic;
pub mod model;
pub mod sla;
pub mod views;
