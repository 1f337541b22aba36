//! KPIs, their targets and SLA policies.
//!
//! KPIs: docs/kpis.md. Contract: docs/contract.md#kpi_targets, #sla_policies

pub mod chart;
pub mod charts;
pub mod engine;
pub mod export;
pub mod loading;
pub mod model;
pub mod query;
pub mod synthetic;
pub mod views;
