//! Incident views. Thin: lists for now (timelines come with their own issue).

use leptos::prelude::*;

use super::model::{ActionItem, Incident, IncidentEvent};
use crate::data::{ListParams, Loaded};
use crate::platform;
use crate::ui::{count_body, use_records, RecordsView};

#[component]
pub fn IncidentsPage() -> impl IntoView {
    let incidents = use_records::<Incident>(ListParams::default());
    let events = use_records::<IncidentEvent>(ListParams::default());
    let actions = use_records::<ActionItem>(ListParams::default());
    view! {
            <section aria-labelledby="incidents-title">
                <h1 id="incidents-title">"Incidents"</h1>
                <RecordsView state=incidents what="incidents" body=incidents_body />
                <h2>"Timeline events"</h2>
                <RecordsView
                    state=events
                    what="timeline events"
                    body=count_body("events")
                />
                <h2>"Action items"</h2>
                <RecordsView
                    state=actions
                    what="action items"
    body=action_items_body
                />
            </section>
        }
}

fn incidents_body(loaded: Loaded<Incident>) -> impl IntoView {
    let mut records = loaded.records;
    records.sort_by_key(|i| std::cmp::Reverse(i.detected_at));
    let total = records.len();
    view! {
        <p class="summary" data-count=total>{total} " incidents"</p>
        <ul class="record-list">
            {records
                .into_iter()
                .map(|incident| {
                    let severity = incident.severity.map(|s| format!("{s:?}")).unwrap_or_else(|| "SEV?".into());
                    let status = incident.status.map(|s| format!("{s:?}").to_lowercase()).unwrap_or_default();
                    let detected = incident.detected_at.map(|t| platform::date_time(t, None)).unwrap_or_default();
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

fn action_items_body(loaded: Loaded<ActionItem>) -> impl IntoView {
    let total = loaded.records.len();
    let open = loaded
        .records
        .iter()
        .filter(|a| a.done == Some(false))
        .count();
    view! { <p class="summary" data-count=total>{total} " action items, " {open} " open"</p> }
}
