//! Case views. Thin: the numbers come from `logic`.

use leptos::prelude::*;

use super::board::Workspace;
use super::logic::{board_queries, open_count};
use super::model::{Case, Status};
use crate::data::Loaded;
use crate::i18n::{text, text_count};
use crate::platform;
use crate::ui::{use_records_any, RecordsView};

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

/// The Cases page: the board over every case.
#[component]
pub fn CasesPage() -> impl IntoView {
    let cases = use_records_any::<Case>(board_queries(platform::now()));
    view! {
        <section aria-labelledby="cases-title">
            <h1 id="cases-title">{text("cases-title")}</h1>
            <RecordsView state=cases body=cases_body />
        </section>
    }
}

fn cases_body(loaded: Loaded<Case>) -> impl IntoView {
    let total = loaded.records.len();
    let open = open_count(&loaded.records);
    view! {
        <p class="summary" data-count=total>
            {text_count("cases-count", total)}
            " · "
            {text_count("cases-open", open)}
        </p>
        <Workspace initial=loaded.records />
    }
}
