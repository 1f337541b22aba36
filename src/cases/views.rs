//! Case views. Thin: the numbers come from `logic`.

use leptos::prelude::*;

use super::logic::{count_by_status, open_count};
use super::model::Case;
use crate::data::{ListParams, Loaded};
use crate::ui::{use_records, RecordsView};

/// How many records a plain list shows before "and N more".
const LIST_LIMIT: usize = 200;

/// The Cases page: counts per status and a plain list (the board comes with
/// its own issue).
#[component]
pub fn CasesPage() -> impl IntoView {
    let cases = use_records::<Case>(ListParams::default());
    view! {
        <section aria-labelledby="cases-title">
            <h1 id="cases-title">"Cases"</h1>
            <RecordsView state=cases what="cases" body=cases_body />
        </section>
    }
}

fn cases_body(loaded: Loaded<Case>) -> impl IntoView {
    let mut records = loaded.records;
    records.sort_by_key(|c| std::cmp::Reverse(c.created_at));
    let (counts, unknown) = count_by_status(&records);
    let total = records.len();
    let open = open_count(&records);
    let more = total.saturating_sub(LIST_LIMIT);
    view! {
        <p class="summary" data-count=total>{total} " cases, " {open} " open"</p>
        <ul class="status-counts">
            {counts
                .into_iter()
                .map(|(status, n)| view! { <li data-status=status.key()>{status.key()} ": " <strong>{n}</strong></li> })
                .collect_view()}
            {(unknown > 0).then(|| view! { <li data-status="unknown">"unknown: " <strong>{unknown}</strong></li> })}
        </ul>
        <ul class="record-list">
            {records
                .into_iter()
                .take(LIST_LIMIT)
                .map(|case| {
                    let priority = case.priority.map(|p| p.key()).unwrap_or("P?");
                    let status = case.status.map(|s| s.key()).unwrap_or("unknown");
                    let region = case.region.map(|r| r.key()).unwrap_or("");
                    view! {
                        <li data-case-id=case.id.clone()>
                            <span class="tag" data-priority=priority>{priority}</span>
                            <bdi class="title">{case.title.unwrap_or_default()}</bdi>
                            <span class="meta">{status} " · " {region}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {(more > 0).then(|| view! { <p class="more">"and " {more} " more"</p> })}
    }
}
