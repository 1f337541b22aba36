//! Loading a collection and showing its states: loading, failed (with a
//! retry), damaged records, and the records themselves.

use leptos::prelude::*;

use crate::data::{AppProvider, Damaged, DataError, ListParams, Loaded, Record};
use crate::i18n::{text, text_count, use_i18n, Arg, I18n};

/// Bumped to make every loaded collection load again (a new token, say).
#[derive(Clone, Copy)]
pub struct DataEpoch(RwSignal<u32>);

impl DataEpoch {
    pub fn new() -> Self {
        DataEpoch(RwSignal::new(0))
    }

    pub fn bump(&self) {
        self.0.update(|n| *n += 1);
    }

    /// As [`DataEpoch::bump`], quietly not once the app is gone.
    pub fn try_bump(&self) {
        self.0.try_update(|n| *n += 1);
    }

    /// Makes the running effect run again on the next bump.
    pub fn track(&self) {
        self.0.track();
    }
}

impl Default for DataEpoch {
    fn default() -> Self {
        Self::new()
    }
}

/// Loads every record of `R`'s collection that `params` matches, through the
/// provider in context. Refetch the returned resource to retry.
///
/// ```ignore
/// let cases = use_records::<Case>(ListParams::default());
/// view! { <RecordsView state=cases body=|loaded| ... /> }
/// ```
pub fn use_records<R: Record>(params: ListParams) -> LocalResource<Result<Loaded<R>, DataError>> {
    use_records_any(vec![params])
}

/// Loads the records any of `queries` matches (each once): for a view
/// over an OR the backend cannot say in one query.
pub fn use_records_any<R: Record>(
    queries: Vec<ListParams>,
) -> LocalResource<Result<Loaded<R>, DataError>> {
    let provider = use_context::<AppProvider>();
    let epoch = use_context::<DataEpoch>();
    LocalResource::new(move || {
        if let Some(DataEpoch(n)) = epoch {
            n.track();
        }
        let provider = provider.clone();
        let queries = queries.clone();
        async move {
            match provider {
                Some(p) => p.load_any::<R>(&queries).await,
                None => Err(DataError::Config("no data provider".into())),
            }
        }
    })
}

/// What a data error says to a person, in their language.
pub fn error_message(i18n: &I18n, error: &DataError) -> String {
    let detail = |d: &str| [("detail", Arg::from(d))];
    match error {
        DataError::Network(d) => i18n.tr_args("error-network", &detail(d)),
        DataError::Timeout => i18n.tr("error-timeout"),
        // Where the app has a sign-in form, that is where to sign in again.
        DataError::Unauthorized if use_context::<super::sign_in::Session>().is_some() => {
            i18n.tr("error-unauthorized-sign-in")
        }
        DataError::Unauthorized => i18n.tr("error-unauthorized"),
        DataError::BadCredentials => i18n.tr("error-bad-credentials"),
        DataError::NotFound => i18n.tr("error-not-found"),
        DataError::Conflict { .. } => i18n.tr("error-conflict"),
        DataError::Duplicate => i18n.tr("error-duplicate"),
        DataError::Http { status, message } if message.is_empty() => {
            i18n.tr_args("error-http", &[("status", Arg::Number(*status as f64))])
        }
        DataError::Http { status, message } => i18n.tr_args(
            "error-http-detail",
            &[
                ("status", Arg::Number(*status as f64)),
                ("detail", Arg::from(message.as_str())),
            ],
        ),
        DataError::Protocol(d) => i18n.tr_args("error-protocol", &detail(d)),
        DataError::InvalidQuery(d) => i18n.tr_args("error-invalid-query", &detail(d)),
        DataError::Unsupported(d) => i18n.tr_args("error-unsupported", &detail(d)),
        DataError::Config(d) => i18n.tr_args("error-config", &detail(d)),
        DataError::Queued => i18n.tr("error-queued"),
        DataError::TooManyRecords { limit } => i18n.tr_args(
            "error-too-many-records",
            &[("count", Arg::Number(*limit as f64))],
        ),
    }
}

/// Use while something loads: a polite live region, so screen readers hear it.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status" aria-live="polite">{text("loading")}</p> }
}

/// Use when a request failed: says what went wrong and offers a retry.
#[component]
pub fn ErrorPanel(error: DataError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let unauthorized = matches!(error, DataError::Unauthorized);
    view! {
        <div class="error-panel" role="alert" data-error=if unauthorized { "unauthorized" } else { "other" }>
            <p class="error-message">{move || error_message(&i18n, &error)}</p>
            <button type="button" class="retry" on:click=move |_| on_retry.run(())>
                {text("retry")}
            </button>
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
    let i18n = use_i18n();
    let count = damaged.len();
    view! {
        <details class="damaged" data-damaged-count=count>
            <summary>{text_count("damaged-summary", count)}</summary>
            <ul>
                {damaged
                    .into_iter()
                    .map(|d| {
                        let shown = d.id.clone();
                        view! {
                            <li data-damaged-id=d.id>
                                <code>{move || shown.clone().unwrap_or_else(|| i18n.tr("damaged-no-id"))}</code>
                                ": "
                                <bdi lang="en">{d.problem}</bdi>
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
    body: impl Fn(Loaded<R>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    R: Record + Send + Sync,
    V: IntoView + 'static,
{
    move || match state.get() {
        None => view! { <Loading /> }.into_any(),
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

/// A summary line that counts something ("12 goals"), from a plural message.
pub fn count_line(message: &'static str, n: usize) -> impl IntoView {
    view! { <p class="summary" data-count=n>{text_count(message, n)}</p> }
}
