//! The table of the same filtered cases, sortable by column, and windowed:
//! only the rows in view (and a few spare) are in the DOM, so 5,000 cases
//! scroll smoothly. Rows are one fixed height (`ROW_HEIGHT`, also in
//! `style/main.css` as `.case-table tr`).

use std::collections::HashMap;

use leptos::prelude::*;

use super::filters::{sort_cases, Layout, SortKey};
use super::model::{Case, Priority};
use super::parts::{category_label, owner_view, sla_line, status_label};
use super::sla::SlaPolicy;
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;
use crate::regions::Region;
use crate::time::Timestamp;
use crate::ui::window::visible_range;

/// Pixels per row: keep equal to the CSS.
pub const ROW_HEIGHT: f64 = 40.0;
/// Spare rows rendered above and below the visible ones.
const OVERSCAN: usize = 8;

/// A sortable column's header text.
fn header(key: SortKey) -> &'static str {
    match key {
        SortKey::Title => "column-title",
        SortKey::Priority => "filter-priority",
        SortKey::Status => "column-status",
        SortKey::Region => "filter-region",
        SortKey::Category => "filter-category",
        SortKey::Owner => "filter-owner",
        SortKey::Created => "column-created",
        SortKey::Updated => "column-updated",
    }
}

#[component]
pub fn Table(
    cases: Memo<Vec<Case>>,
    layout: Memo<Layout>,
    go_layout: Callback<Layout>,
    names: Memo<HashMap<String, String>>,
    now: RwSignal<Timestamp>,
    sla: Memo<Vec<SlaPolicy>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let sorted = Memo::new(move |_| {
        let l = layout.get();
        let mut list = cases.get();
        names.with(|n| sort_cases(&mut list, l.sort, l.descending, n));
        list
    });
    let scroll_top = RwSignal::new(0.0);
    let viewport = RwSignal::new(600.0);
    let scroller = NodeRef::<leptos::html::Div>::new();
    let range = Memo::new(move |_| {
        visible_range(
            scroll_top.get(),
            viewport.get(),
            ROW_HEIGHT,
            sorted.with(Vec::len),
            OVERSCAN,
        )
    });
    // The box's height, never more than the window's (were the box left
    // unbounded, say by a stylesheet that did not load, every row would render).
    let measure = move |el: &web_sys::HtmlDivElement| {
        let window = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(800.0);
        scroll_top.set(el.scroll_top() as f64);
        viewport.set((el.client_height() as f64).min(window));
    };
    Effect::new(move |_| {
        if let Some(el) = scroller.get() {
            measure(&el);
        }
    });
    let rows = move || {
        let (start, end) = range.get();
        sorted.with(|l| l[start..end].to_vec())
    };
    let spacer = move |rows: usize| format!("height: {}px", rows as f64 * ROW_HEIGHT);
    let total = move || sorted.with(Vec::len);
    let headers = SortKey::ALL
        .into_iter()
        .map(|key| {
            let aria = move || {
                let l = layout.get();
                if l.sort != key {
                    "none"
                } else if l.descending {
                    "descending"
                } else {
                    "ascending"
                }
            };
            view! {
                <th scope="col" aria-sort=aria data-sort=key.key()>
                    <button type="button" class="link" on:click=move |_| go_layout.run(layout.get_untracked().sorted_by(key))>
                        {text(header(key))}
                        <span aria-hidden="true">{move || match aria() { "ascending" => " ▲", "descending" => " ▼", _ => "" }}</span>
                    </button>
                </th>
            }
        })
        .collect_view();
    view! {
        <p class="summary" data-table-count=total>
            {move || i18n.tr_args("table-count", &[("count", Arg::Number(total() as f64))])}
        </p>
        <div class="table-scroll" node_ref=scroller tabindex="0" aria-label=move || i18n.tr("layout-table")
            on:scroll=move |_| {
                if let Some(el) = scroller.get_untracked() {
                    measure(&el);
                }
            }>
            <table class="case-table" aria-rowcount=move || total() + 1>
                <thead>
                    <tr>
                        {headers}
                        <th scope="col">{text("filter-language")}</th>
                        <th scope="col">{text("column-sla")}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr class="spacer" aria-hidden="true" style=move || spacer(range.get().0)></tr>
                    <For
                        each=rows
                        key=|c| (c.id.clone(), c.version, c.status)
                        children=move |case| view! { <Row case names now sla /> }
                    />
                    <tr class="spacer" aria-hidden="true" style=move || spacer(total() - range.get().1)></tr>
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn Row(
    case: Case,
    names: Memo<HashMap<String, String>>,
    now: RwSignal<Timestamp>,
    sla: Memo<Vec<SlaPolicy>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let priority = case.priority.map(Priority::key).unwrap_or("P?");
    let time = move |t: Option<Timestamp>| {
        t.map(|t| {
            view! { <time datetime=t.to_wire()>{move || platform::relative_time(t, now.get(), Some(&i18n.tag()))}</time> }
        })
    };
    let clock_case = case.clone();
    let sla_cell = move || sla.with(|s| sla_line(i18n, &clock_case, s, now.get()));
    view! {
        <tr data-case-id=case.id.clone()>
            <td class="title-cell" dir="auto">
                <a href=platform::app_href(&crate::url::case_path(&case.id))>
                    <bdi lang=case.language.clone()>{case.title.clone().unwrap_or_default()}</bdi>
                </a>
            </td>
            <td><span class="tag priority" data-priority=priority>{priority}</span></td>
            <td>{text(status_label(case.status))}</td>
            <td>{case.region.map(Region::key)}</td>
            <td>{case.category.map(|c| text(category_label(c)))}</td>
            <td>{owner_view(case.owner_id.clone(), names)}</td>
            <td>{time(case.created_at)}</td>
            <td>{time(case.updated_at)}</td>
            <td>{case.language.clone()}</td>
            <td>{move || sla_cell().map(|(state, line)| view! { <span class="sla" data-sla=state>{line}</span> })}</td>
        </tr>
    }
}
