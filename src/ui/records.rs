//! Loading a collection and showing its states: loading, failed (with a
//! retry), damaged records, and the records themselves.

use leptos::prelude::*;

use crate::data::{AppProvider, Damaged, DataError, ListParams, Loaded, Record};

/// Loads every record of `R`'s collection that `params` matches, through the
/// provider in context. Refetch the returned resource to retry.
///
/// ```ignore
/// let cases = use_records::<Case>(ListParams::default());
/// view! { <RecordsView state=cases what="cases" body=|loaded| ... /> }
/// ```
pub fn use_records<R: Record>(params: ListParams) -> LocalResource<Result<Loaded<R>, DataError>> {
    let provider = use_context::<AppProvider>();
    LocalResource::new(move || {
        let provider = provider.clone();
        let params = params.clone();
        async move {
            match provider {
                Some(p) => p.load::<R>(&params).await,
                None => Err(DataError::Config("no data provider".into())),
            }
        }
    })
}

/// Use while something loads: a polite live region, so screen readers hear it.
#[component]
pub fn Loading(#[prop(into)] what: String) -> impl IntoView {
    view! { <p class="loading" role="status" aria-live="polite">"Loading " {what} "…"</p> }
}

/// Use when a request failed: says what went wrong and offers a retry.
#[component]
pub fn ErrorPanel(error: DataError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    view! {
        <div class="error-panel" role="alert">
            <p class="error-message">{error.to_string()}</p>
            <button type="button" class="retry" on:click=move |_| on_retry.run(())>"Retry"</button>
        </div>
    }
}

/// Use beside a list whose collection had records that do not fit the
/// contract: names each one (its id and what was wrong), as text.
#[component]
pub fn DamagedList(damaged: Vec<Damaged>) -> impl IntoView {
    if damaged.is_empty() {
        return ().into_any();
    }
    let count = damaged.len();
    let label = if count == 1 {
        "1 damaged record".to_string()
    } else {
        format!("{count} damaged records")
    };
    view! {
        <details class="damaged" data-damaged-count=count>
            <summary>{label} " left out"</summary>
            <ul>
                {damaged
                    .into_iter()
                    .map(|d| {
                        let id = d.id.unwrap_or_else(|| "(no id)".into());
                        let shown = id.clone();
                        view! {
                            <li data-damaged-id=id>
                                <code>{shown}</code>
                                ": "
                                <span>{d.problem}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
    .into_any()
}

/// Use for a page section backed by one collection: shows loading, the
/// error with a retry, the damaged records, and `body` for the good ones.
#[component]
pub fn RecordsView<R, V>(
    state: LocalResource<Result<Loaded<R>, DataError>>,
    #[prop(into)] what: String,
    body: impl Fn(Loaded<R>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    R: Record + Send + Sync,
    V: IntoView + 'static,
{
    move || match state.get() {
        None => view! { <Loading what=what.clone() /> }.into_any(),
        Some(Err(error)) => {
            view! { <ErrorPanel error=error on_retry=move |_| state.refetch() /> }.into_any()
        }
        Some(Ok(loaded)) => {
            let damaged = loaded.damaged.clone();
            view! {
                <DamagedList damaged=damaged />
                {body(loaded)}
            }
            .into_any()
        }
    }
}

/// Use as the `body` of a [`RecordsView`] that only needs to say how many
/// good records there are ("12 goals").
pub fn count_body<R: Record>(
    noun: &'static str,
) -> impl Fn(Loaded<R>) -> AnyView + Send + Sync + 'static {
    move |loaded| {
        let n = loaded.records.len();
        view! { <p class="summary" data-count=n>{n} " " {noun}</p> }.into_any()
    }
}
