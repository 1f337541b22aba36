//! Incident views. Thin: lists for now (timelines come with their own issue).

use leptos::prelude::*;

use super::model::{Incident, IncidentStatus, Severity};
use crate::data::{ListParams, Loaded};
use crate::i18n::{text, use_i18n};
use crate::platform;
use crate::ui::{use_records, RecordsView};

fn status_label(status: IncidentStatus) -> &'static str {
    match status {
        IncidentStatus::Investigating => "incident-status-investigating",
        IncidentStatus::Identified => "incident-status-identified",
        IncidentStatus::Monitoring => "incident-status-monitoring",
        IncidentStatus::Resolved => "incident-status-resolved",
    }
}

fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::SEV1 => "severity-sev1",
        Severity::SEV2 => "severity-sev2",
        Severity::SEV3 => "severity-sev3",
        Severity::SEV4 => "severity-sev4",
    }
}

#[component]
pub fn IncidentsPage() -> impl IntoView {
    let incidents = use_records::<Incident>(ListParams::default());
    view! {
        <section aria-labelledby="incidents-title">
            <h1 id="incidents-title">{text("incidents-title")}</h1>
            <RecordsView state=incidents body=incidents_body />
        </section>
    }
}

fn incidents_body(loaded: Loaded<Incident>) -> impl IntoView {
    let i18n = use_i18n();
    let mut records = loaded.records;
    records.sort_by_key(|i| std::cmp::Reverse(i.detected_at));
    let total = records.len();
    let (tag, zone) = (i18n.tag(), i18n.zone());
    view! {
        <p class="summary" data-count=total>{i18n.tr_args("incidents-count", &[("count", total.into())])}</p>
        <ul class="record-list">
            {records
                .into_iter()
                .map(|incident| {
                    let severity = incident.severity.map(|s| i18n.tr(severity_label(s))).unwrap_or_else(|| "SEV?".into());
                    let status = incident.status.map(|s| i18n.tr(status_label(s)));
                    let detected = incident.detected_at.map(|t| {
                        let when = platform::date_time(t, zone, Some(&tag));
                        view! {
                            <time class="detected" datetime=t.to_wire()>
                                {i18n.tr_args("detected-at", &[("when", when.into())])}
                            </time>
                        }
                    });
                    view! {
                        <li data-incident-id=incident.id.clone()>
                            <span class="tag">{severity}</span>
                            <bdi class="title">{incident.title.unwrap_or_default()}</bdi>
                            <span class="meta">{status} " · " {detected}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
