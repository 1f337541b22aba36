//! KPI views. Thin: SLA policies and targets for now (the KPI dashboards come
//! with their own issue).
//!
//! KPIs: docs/kpis.md. Contract: docs/contract.md#sla_policies, #kpi_targets

use leptos::prelude::*;

use super::model::KpiTarget;
use crate::cases::model::Priority;
use crate::cases::sla::{sla_for, SlaPolicy};
use crate::data::{ListParams, Loaded};
use crate::i18n::{text, use_i18n};
use crate::ui::{count_line, use_records, RecordsView};

#[component]
pub fn KpisPage() -> impl IntoView {
    let policies = use_records::<SlaPolicy>(ListParams::default());
    let targets = use_records::<KpiTarget>(ListParams::default());
    view! {
        <section aria-labelledby="kpis-title">
            <h1 id="kpis-title">{text("kpis-title")}</h1>
            <h2>{text("sla-title")}</h2>
            <RecordsView state=policies body=policies_body />
            <h2>{text("targets-title")}</h2>
            <RecordsView state=targets body=targets_body />
        </section>
    }
}

fn policies_body(loaded: Loaded<SlaPolicy>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <table class="plain">
            <thead>
                <tr><th scope="col">{i18n.tr("sla-priority")}</th><th scope="col">{i18n.tr("sla-first-response")}</th><th scope="col">{i18n.tr("sla-resolution")}</th></tr>
            </thead>
            <tbody>
                {Priority::ALL
                    .into_iter()
                    .map(|p| {
                        let sla = sla_for(&loaded.records, p);
                        view! { <tr><th scope="row">{p.key()}</th><td>{i18n.number(sla.first_response_minutes as f64)}</td><td>{i18n.number(sla.resolution_minutes as f64)}</td></tr> }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

fn targets_body(loaded: Loaded<KpiTarget>) -> impl IntoView {
    let i18n = use_i18n();
    let summary = count_line("targets-count", loaded.records.len());
    view! {
        {summary}
        <ul class="record-list">
            {loaded
                .records
                .into_iter()
                .map(|t| {
                    let direction = match t.direction {
                        Some(super::model::Direction::Below) => "≤",
                        Some(super::model::Direction::Above) => "≥",
                        None => "?",
                    };
                    view! {
                        <li data-kpi=t.id.clone()>
                            <code>{t.id.clone()}</code>
                            " " {direction} " " {t.target.map(|v| i18n.number(v)).unwrap_or_default()}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
