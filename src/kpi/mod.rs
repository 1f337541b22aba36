//! KPI definitions (shared/kpis.md), their targets and SLA policies.

pub mod logic;
pub mod model;
pub mod views;
