//! The save engine (`data::save`) in a view: one handle per page and record
//! type that can go into any closure, and spawns the writes it starts.
//!
//! ```ignore
//! let saver = use_saver::<Case, CaseWrite>(move |event| match event { ... });
//! saver.submit(&case, CaseWrite::Act(Action::Move(Status::Triage)));
//! ```

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::data::http::Fetch;
use crate::data::save::{Event, Intent, NotRecorded, Retry, SaveEngine};
use crate::data::{AppProvider, Record};
use crate::time::Timestamp;
use serde_json::Value;

/// A page's save engine for records `R` and intents `I`.
pub struct Saver<R: 'static, I: 'static>(StoredValue<SaveEngine<Fetch, R, I>, LocalStorage>);

impl<R, I> Clone for Saver<R, I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R, I> Copy for Saver<R, I> {}

/// The save engine over the provider in context; `on_event` hears every
/// event (`None` without a provider).
pub fn use_saver<R: Record, I: Intent<R>>(
    on_event: impl Fn(Event<R, I>) + 'static,
) -> Option<Saver<R, I>> {
    let provider = use_context::<AppProvider>()?;
    Some(Saver(StoredValue::new_local(SaveEngine::new(
        provider, on_event,
    ))))
}

/// As [`use_saver`], and every write that lands leaves the history record
/// `history` makes (see `SaveEngine::with_history`).
pub fn use_saver_with_history<R: Record, I: Intent<R>>(
    history: impl Fn(&R, &R, Timestamp) -> Option<(&'static str, Value)> + 'static,
    on_event: impl Fn(Event<R, I>) + 'static,
) -> Option<Saver<R, I>> {
    let provider = use_context::<AppProvider>()?;
    Some(Saver(StoredValue::new_local(
        SaveEngine::new(provider, on_event).with_history(history),
    )))
}

/// As [`use_saver_with_history`], and `not_recorded` hears each history
/// record that could not be written (see `SaveEngine::on_not_recorded`), for
/// a page whose history must not go missing without notice.
pub fn use_saver_with_reported_history<R: Record, I: Intent<R>>(
    history: impl Fn(&R, &R, Timestamp) -> Option<(&'static str, Value)> + 'static,
    not_recorded: impl Fn(NotRecorded) + 'static,
    on_event: impl Fn(Event<R, I>) + 'static,
) -> Option<Saver<R, I>> {
    let provider = use_context::<AppProvider>()?;
    Some(Saver(StoredValue::new_local(
        SaveEngine::new(provider, on_event)
            .with_history(history)
            .on_not_recorded(not_recorded),
    )))
}

fn spawn(run: Option<impl Future<Output = ()> + 'static>) {
    if let Some(run) = run {
        spawn_local(run);
    }
}

impl<R: Record, I: Intent<R>> Saver<R, I> {
    // Every call goes through `try_with_value`: an answer can arrive after
    // the page is gone, and then there is nothing left to do.

    /// Shows `intent` on `current` at once and writes it (after the writes
    /// already queued for that record).
    pub fn submit(&self, current: &R, intent: I) {
        self.0.try_with_value(|e| spawn(e.submit(current, intent)));
    }

    /// Writes a conflict's intents on top of the stored version `current`.
    pub fn submit_all(&self, current: &R, intents: Vec<I>) {
        self.0
            .try_with_value(|e| spawn(e.submit_all(current, intents)));
    }

    /// Tries failed writes again (`current`: the record as shown now).
    pub fn retry(&self, current: &R, retry: Retry<R, I>) {
        self.0.try_with_value(|e| spawn(e.retry(current, retry)));
    }

    /// A version a refresh brought: `true` when the record has writes on
    /// their way (the engine then decides what is shown).
    pub fn seen(&self, stored: &R) -> bool {
        self.0.try_with_value(|e| e.seen(stored)).unwrap_or(false)
    }

    pub fn is_saving(&self, id: &str) -> bool {
        self.0.try_with_value(|e| e.is_saving(id)).unwrap_or(false)
    }
}
