//! Notices: what went wrong on a page (a write not saved, a conflict, a
//! follow-up that failed), each shown until dismissed or done, with what can
//! be done about it (Retry, apply mine on top). And the save engine of a
//! page's list whose events become notices ([`list_saver`]): every area's
//! pages use these, so a failure reads and acts the same everywhere.

use std::collections::HashSet;

use leptos::prelude::*;

use leptos::task::spawn_local;

use super::live::{remove, upsert, use_live_list, Live};
use super::records::error_message;
use super::saving::{use_saver, use_saver_with_history, Saver};
use crate::data::decode::decode;
use crate::data::save::{changed_fields, Creation, Event, HistoryMaker, Intent};
use crate::data::{AppProvider, DataError, ListParams, Record};
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;

/// Something that went wrong, shown until dismissed or done: its message,
/// the error, and what can be done about it.
#[derive(Clone)]
pub struct Notice {
    /// One notice per key (the newest).
    pub key: String,
    /// `data-notice`, for tests and styles.
    pub kind: &'static str,
    pub message: &'static str,
    pub error: Option<DataError>,
    /// For a conflict: the fields the other person changed.
    pub fields: Vec<&'static str>,
    pub retry: Option<Callback<()>>,
    pub apply: Option<Callback<()>>,
}

impl Notice {
    /// A notice `kind` under `key` saying `message` (an i18n key), with the
    /// error when there is one; retry, apply and fields are added as needed.
    pub fn new(key: impl Into<String>, kind: &'static str, message: &'static str) -> Self {
        Notice {
            key: key.into(),
            kind,
            message,
            error: None,
            fields: Vec::new(),
            retry: None,
            apply: None,
        }
    }

    pub fn error(self, error: DataError) -> Self {
        Notice {
            error: Some(error),
            ..self
        }
    }

    pub fn retry(self, retry: Option<Callback<()>>) -> Self {
        Notice { retry, ..self }
    }
}

/// A Retry that runs what `stored` holds then (a closure kept by the page).
pub fn run_kept(stored: StoredValue<Option<std::rc::Rc<dyn Fn()>>, LocalStorage>) -> Callback<()> {
    Callback::new(move |_| {
        if let Some(run) = stored.try_get_value().flatten() {
            run();
        }
    })
}

pub type Notices = RwSignal<Vec<Notice>>;

pub fn notify(notices: Notices, notice: Notice) {
    notices.try_update(|l| {
        l.retain(|n| n.key != notice.key);
        l.push(notice);
    });
}

pub fn clear(notices: Notices, key: &str) {
    notices.try_update(|l| l.retain(|n| n.key != key));
}

/// Marks record `id` as having a write on its way (`on`) or not, for
/// `aria-busy` and "Saving…".
pub fn mark_saving(saving: RwSignal<HashSet<String>>, id: String, on: bool) {
    saving.try_update(|s| {
        if on {
            s.insert(id);
        } else {
            s.remove(&id);
        }
    });
}

/// A save engine whose events go to [`on_engine`] for the records `list`.
pub fn list_saver<R, I>(
    list: RwSignal<Vec<R>>,
    saving: RwSignal<HashSet<String>>,
    notices: Notices,
) -> Option<Saver<R, I>>
where
    R: Record + Send + Sync,
    I: Intent<R> + Send + Sync,
{
    list_saver_with(list, saving, notices, None)
}

/// As [`list_saver`], each write that lands leaving the history record
/// `history` makes (see `SaveEngine::with_history`), when given.
fn list_saver_with<R, I>(
    list: RwSignal<Vec<R>>,
    saving: RwSignal<HashSet<String>>,
    notices: Notices,
    history: Option<HistoryMaker<R>>,
) -> Option<Saver<R, I>>
where
    R: Record + Send + Sync,
    I: Intent<R> + Send + Sync,
{
    let slot = StoredValue::new(None::<Saver<R, I>>);
    let on_event = move |event| {
        on_engine(event, list, saving, notices, slot);
    };
    let saver = match history {
        Some(history) => {
            use_saver_with_history::<R, I>(move |a, b, at| history(a, b, at), on_event)
        }
        None => use_saver::<R, I>(on_event),
    };
    slot.set_value(saver);
    saver
}

/// A save engine's event on one of the page's lists: shown versions go
/// into the list, failures and conflicts become notices. Returns the stored
/// record of a write that landed.
pub fn on_engine<R, I>(
    event: Event<R, I>,
    list: RwSignal<Vec<R>>,
    saving: RwSignal<HashSet<String>>,
    notices: Notices,
    saver: StoredValue<Option<Saver<R, I>>>,
) -> Option<R>
where
    R: Record + Send + Sync,
    I: Intent<R> + Send + Sync,
{
    let shown = move |id: &str| {
        list.try_with_untracked(|l| l.iter().find(|r| r.id() == id).cloned())
            .flatten()
    };
    match event {
        Event::Shown(r) => {
            list.try_update(|l| upsert(l, r));
            None
        }
        Event::Saving { id, saving: on } => {
            mark_saving(saving, id, on);
            None
        }
        Event::Saved(r) => {
            clear(notices, &format!("{}:{}", R::COLLECTION, r.id()));
            Some(r)
        }
        Event::Recorded(_) => None,
        Event::Conflict(c) => {
            let key = format!("{}:{}", R::COLLECTION, c.base.id());
            let apply = c.current.clone().map(|current| {
                let intents = c.intents.clone();
                let key = key.clone();
                Callback::new(move |_| {
                    clear(notices, &key);
                    if let Some(s) = saver.try_get_value().flatten() {
                        s.submit_all(&current, intents.clone());
                    }
                })
            });
            notify(
                notices,
                Notice {
                    key,
                    kind: "conflict",
                    message: "record-conflict",
                    error: None,
                    fields: c.theirs,
                    retry: None,
                    apply,
                },
            );
            None
        }
        Event::Queued { id, .. } => {
            notify(
                notices,
                Notice::new(format!("{}:{id}", R::COLLECTION), "queued", "error-queued"),
            );
            None
        }
        Event::Failed { id, error, retry } => {
            let key = format!("{}:{id}", R::COLLECTION);
            let again = error.retryable().then(|| {
                let key = key.clone();
                Callback::new(move |_| {
                    clear(notices, &key);
                    if let (Some(s), Some(current)) = (saver.try_get_value().flatten(), shown(&id))
                    {
                        s.retry(&current, retry.clone());
                    }
                })
            });
            notify(
                notices,
                Notice::new(key, "failed", "record-not-saved")
                    .error(error)
                    .retry(again),
            );
            None
        }
    }
}

#[component]
pub fn NoticeList(notices: Notices) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        notices
            .get()
            .into_iter()
            .map(|n| {
                let key = n.key.clone();
                let dismiss = move |_| clear(notices, &key);
                let fields = n
                    .fields
                    .iter()
                    .map(|f| f.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                let fields_attr = fields.clone();
                view! {
                    <div class="error-panel" role="alert" data-notice=n.kind data-fields=fields_attr>
                        <p>
                            {i18n.tr_args(n.message, &[("fields", Arg::from(fields))])}
                            {n.error.map(|e| view! { " " {error_message(&i18n, &e)} })}
                        </p>
                        {n.retry.map(|r| view! { <button type="button" data-action="retry" on:click=move |_| r.run(())>{text("retry")}</button> " " })}
                        {n.apply.map(|a| view! { <button type="button" data-action="apply" on:click=move |_| a.run(())>{text("conflict-apply")}</button> " " })}
                        <button type="button" data-action="dismiss" on:click=dismiss>{text("dismiss")}</button>
                    </div>
                }
            })
            .collect_view()
    }
}

/// Creates records from a form, idempotently: every try of one add (until
/// it lands) has the same id and the same [`Creation`], so a Retry after a
/// lost answer never makes a second record, and a form changed between
/// tries brings the stored record up to date. For every "add" of every
/// area.
#[derive(Clone, Copy)]
pub struct Adder {
    pending: StoredValue<Option<(String, Creation)>, LocalStorage>,
    /// A try on its way (for `aria-busy` and disabling the button).
    pub busy: RwSignal<bool>,
}

impl Adder {
    pub fn new() -> Self {
        Adder {
            pending: StoredValue::new_local(None),
            busy: RwSignal::new(false),
        }
    }

    /// The id the record of this add has (`prefix-` and a random id for the
    /// first try).
    pub fn id(&self, prefix: &str) -> String {
        let kept = self.pending.get_value().map(|(id, _)| id);
        kept.unwrap_or_else(|| {
            let id = format!("{prefix}-{}", platform::random_id());
            self.pending
                .set_value(Some((id.clone(), Creation::default())));
            id
        })
    }

    /// Writes `record` (made with [`Adder::id`]); `done` hears the stored
    /// record, or `None` when the backend could not be reached and the add
    /// waits in the outbox (the form can be emptied: what it held is kept
    /// there, and the next add is a new record). A failure is the notice
    /// `key` saying `message`, whose Retry runs `again` (the form's add, so
    /// the form as it is then is sent).
    pub fn send<R: Record>(
        self,
        record: R,
        notices: Notices,
        key: &'static str,
        message: &'static str,
        again: Callback<()>,
        done: impl FnOnce(Option<R>) + 'static,
    ) {
        let Some(provider) = use_context::<AppProvider>() else {
            return;
        };
        let creation = self
            .pending
            .get_value()
            .filter(|(id, _)| id == record.id())
            .map(|(_, c)| c)
            .unwrap_or_default();
        self.pending
            .set_value(Some((record.id().to_string(), creation.clone())));
        self.busy.set(true);
        spawn_local(async move {
            match creation.create(&provider, &record).await {
                Ok(saved) => {
                    clear(notices, key);
                    self.pending.try_set_value(None);
                    done(Some(saved));
                }
                Err(DataError::Queued) => {
                    // Handed over: the outbox sends it; this form's next
                    // add is another record.
                    self.pending.try_set_value(None);
                    notify(notices, Notice::new(key, "queued", "error-queued"));
                    done(None);
                }
                Err(error) => notify(
                    notices,
                    Notice::new(key, "add-failed", message)
                        .error(error)
                        .retry(Some(again)),
                ),
            }
            self.busy.try_set(false);
        });
    }
}

impl Default for Adder {
    fn default() -> Self {
        Self::new()
    }
}

/// Deletes `record` from the backend on the version shown (a newer one is a
/// conflict: that version is shown instead) and from `list`; a failure is a
/// notice with a Retry.
pub fn delete_from<R: Record + Send + Sync>(record: R, list: RwSignal<Vec<R>>, notices: Notices) {
    let Some(provider) = use_context::<AppProvider>() else {
        return;
    };
    spawn_local(delete_run(provider, record, list, notices));
}

async fn delete_run<R: Record + Send + Sync>(
    provider: AppProvider,
    record: R,
    list: RwSignal<Vec<R>>,
    notices: Notices,
) {
    let key = format!("delete:{}", record.id());
    match provider.delete::<R>(record.id(), record.version()).await {
        Ok(()) => {
            clear(notices, &key);
            list.try_update(|l| remove(l, record.id()));
        }
        Err(error) => {
            let mut fields = Vec::new();
            if let DataError::Conflict { current: Some(c) } = &error {
                if let Ok(current) = decode::<R>(c.clone()) {
                    fields = changed_fields(&record, &current);
                    list.try_update(|l| upsert(l, current));
                }
            }
            let retry = error.retryable().then(|| {
                let record = record.clone();
                Callback::new(move |_| {
                    spawn_local(delete_run(provider.clone(), record.clone(), list, notices));
                })
            });
            let conflict = matches!(error, DataError::Conflict { .. });
            notify(
                notices,
                Notice {
                    fields,
                    ..Notice::new(
                        key,
                        if conflict { "conflict" } else { "failed" },
                        if conflict {
                            "record-conflict"
                        } else {
                            "record-not-deleted"
                        },
                    )
                    .error(error)
                    .retry(retry)
                },
            );
        }
    }
}

/// A page's live list of records `R` written with intents `I`: loaded and
/// kept fresh, its save engine, the ids being saved, and its notices.
pub struct EditedList<R: 'static, I: 'static> {
    pub live: Live<R>,
    pub saver: Option<Saver<R, I>>,
    pub saving: RwSignal<HashSet<String>>,
    pub notices: Notices,
}

impl<R, I> Clone for EditedList<R, I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R, I> Copy for EditedList<R, I> {}

impl<R: Record, I: Intent<R>> EditedList<R, I> {
    /// Shows `intent` on `record` at once and writes it.
    pub fn submit(&self, record: &R, intent: I) {
        if let Some(s) = self.saver {
            s.submit(record, intent);
        }
    }

    pub fn is_saving(&self, id: &str) -> bool {
        self.saving.with(|s| s.contains(id))
    }
}

/// Loads `params` as an [`EditedList`], fresh while the page is open.
pub fn use_edited_list<R, I>(params: ListParams) -> EditedList<R, I>
where
    R: Record + Send + Sync,
    I: Intent<R> + Send + Sync,
{
    edited_list(params, None)
}

/// As [`use_edited_list`], each write that lands leaving the history
/// record `history` makes (a case's `change` event).
pub fn use_recorded_list<R, I>(params: ListParams, history: HistoryMaker<R>) -> EditedList<R, I>
where
    R: Record + Send + Sync,
    I: Intent<R> + Send + Sync,
{
    edited_list(params, Some(history))
}

fn edited_list<R, I>(params: ListParams, history: Option<HistoryMaker<R>>) -> EditedList<R, I>
where
    R: Record + Send + Sync,
    I: Intent<R> + Send + Sync,
{
    let notices: Notices = RwSignal::new(Vec::new());
    let saving = RwSignal::new(HashSet::new());
    let records = RwSignal::new(Vec::<R>::new());
    let saver = list_saver_with::<R, I>(records, saving, notices, history);
    let live = use_live_list(records, params, Signal::derive(|| true), saver);
    EditedList {
        live,
        saver,
        saving,
        notices,
    }
}
