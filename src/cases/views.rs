//! Case views. Thin: the numbers come from `logic`.

use leptos::prelude::*;

use super::logic::{count_by_status, open_count};
use super::model::{Case, Status};
use crate::data::{ListParams, Loaded};
use crate::i18n::{text, use_i18n};
use crate::platform;
use crate::ui::{use_records, RecordsView};

/// How many records a plain list shows before "and N more".
const LIST_LIMIT: usize = 200;

/// The message id of a status's name.
pub fn status_label(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::New) => "status-new",
        Some(Status::Triage) => "status-triage",
        Some(Status::Investigating) => "status-investigating",
        Some(Status::Waiting) => "status-waiting",
        Some(Status::Resolved) => "status-resolved",
        None => "status-unknown",
    }
}

/// The Cases page: counts per status and a plain list (the board comes with
/// its own issue).
#[component]
pub fn CasesPage() -> impl IntoView {
    let cases = use_records::<Case>(ListParams::default());
    view! {
        <section aria-labelledby="cases-title">
            <h1 id="cases-title">{text("cases-title")}</h1>
            <RecordsView state=cases body=cases_body />
        </section>
    }
}

fn cases_body(loaded: Loaded<Case>) -> impl IntoView {
    let i18n = use_i18n();
    let mut records = loaded.records;
    records.sort_by_key(|c| std::cmp::Reverse(c.created_at));
    let (counts, unknown) = count_by_status(&records);
    let total = records.len();
    let open = open_count(&records);
    let more = total.saturating_sub(LIST_LIMIT);
    let now = platform::now();
    let (tag, zone) = (i18n.tag(), i18n.zone());
    view! {
        <p class="summary" data-count=total>
            {i18n.tr_args("cases-count", &[("count", total.into())])}
            " · "
            {i18n.tr_args("cases-open", &[("count", open.into())])}
        </p>
        <ul class="status-counts">
            {counts
                .into_iter()
                .map(|(status, n)| {
                    view! {
                        <li data-status=status.key()>
                            {i18n.tr(status_label(Some(status)))}
                            ": "
                            <strong>{i18n.number(n as f64)}</strong>
                        </li>
                    }
                })
                .collect_view()}
            {(unknown > 0)
                .then(|| {
                    view! {
                        <li data-status="unknown">
                            {i18n.tr("status-unknown")}
                            ": "
                            <strong>{i18n.number(unknown as f64)}</strong>
                        </li>
                    }
                })}
        </ul>
        <ul class="record-list">
            {records
                .into_iter()
                .take(LIST_LIMIT)
                .map(|case| {
                    let priority = case.priority.map(|p| p.key()).unwrap_or("P?");
                    let created = case.created_at.map(|t| {
                        let ago = platform::relative_time(t, now, Some(&tag));
                        view! {
                            <time datetime=t.to_wire() title=platform::date_time(t, zone, Some(&tag))>
                                {i18n.tr_args("created-ago", &[("ago", ago.into())])}
                            </time>
                        }
                    });
                    view! {
                        <li data-case-id=case.id.clone()>
                            <span class="tag" data-priority=priority>
                                {priority}
                            </span>
                            <bdi class="title" lang=case.language.clone()>
                                {case.title.unwrap_or_default()}
                            </bdi>
                            <span class="meta">
                                {i18n.tr(status_label(case.status))}
                                " · "
                                {case.region.map(|r| r.key())}
                                " · "
                                {created}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {(more > 0).then(|| view! { <p class="more">{i18n.tr_args("more", &[("count", more.into())])}</p> })}
    }
}
