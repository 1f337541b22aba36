//! Case views. Thin: the numbers come from `logic`.

use leptos::prelude::*;

use super::model::Case;
use super::sync::board_queries;
use super::workspace::Workspace;
use crate::data::Loaded;
use crate::i18n::text;
use crate::platform;
use crate::ui::{use_records_any, RecordsView};

/// The Cases page: the workspace over the open and recently resolved cases.
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
    view! { <Workspace initial=loaded.records /> }
}
