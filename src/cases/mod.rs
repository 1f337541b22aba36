//! The case board's domain: escalation cases.

pub mod board;
pub mod draft;
pub mod export;
pub mod form;
pub mod logic;
pub mod model;
pub mod saved;
pub mod sla;
pub mod table;
mod toolbar;
pub mod views;
