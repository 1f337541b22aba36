//! The outbox in the shell: how many writes wait for the backend, each with
//! where it stands (waiting, refused, someone else changed the record) and
//! what can be done (send now, try again, apply mine on top, open, discard).
//! It sends what waits when the app starts, when the browser says it is
//! online again, every 15 seconds while something waits, and on "Send now".

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::data::outbox::{Entry, State, Write};
use crate::data::AppProvider;
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;

use super::DataEpoch;

/// How often waiting writes are tried while nothing else says to.
const EVERY: std::time::Duration = std::time::Duration::from_secs(15);

/// The route of a record, for "Open" (only the records with a page).
fn page_of(entry: &Entry) -> Option<String> {
    let id = match entry.collection.as_str() {
        "cases" | "incidents" => entry.id.clone(),
        "incident_events" | "action_items" => entry
            .value_of("incident_id")
            .and_then(|v| v.as_str())
            .map(str::to_string)?,
        "case_events" => entry
            .value_of("case_id")
            .and_then(|v| v.as_str())
            .map(str::to_string)?,
        _ => return None,
    };
    let area = match entry.collection.as_str() {
        "cases" | "case_events" => "cases",
        _ => "incidents",
    };
    Some(platform::app_href(&format!("{area}/{}", encode(&id))))
}

/// An id as one path segment.
fn encode(id: &str) -> String {
    js_sys::encode_uri_component(id).into()
}

#[component]
pub fn OutboxPanel(provider: AppProvider, epoch: DataEpoch) -> impl IntoView {
    let i18n = use_i18n();
    let entries = RwSignal::new(Vec::<Entry>::new());
    let read = {
        let provider = provider.clone();
        move || match provider.outbox() {
            Some((outbox, scope)) => outbox.entries(&scope),
            None => Vec::new(),
        }
    };
    // Read anew when the data does (a token handed over by the portal
    // bumps it: another person sees only their own writes).
    Effect::new({
        let read = read.clone();
        move |_| {
            epoch.track();
            entries.try_set(read());
        }
    });
    entries.set(read());
    if let Some((outbox, _)) = provider.outbox() {
        let read = read.clone();
        outbox.on_change(move || {
            entries.try_set(read());
        });
    }
    let sending = RwSignal::new(false);
    let send = {
        let provider = provider.clone();
        move || {
            // A tick after the shell is gone does nothing.
            if sending.try_get_untracked() != Some(false) {
                return;
            }
            let waiting = entries
                .try_with_untracked(|l| l.iter().any(|e| matches!(e.state, State::Waiting { .. })));
            if waiting != Some(true) {
                return;
            }
            sending.set(true);
            let provider = provider.clone();
            spawn_local(async move {
                let done = provider.drain_outbox().await;
                sending.try_set(false);
                if !done.landed.is_empty() {
                    // Pages load anew: what landed is shown as stored.
                    epoch.try_bump();
                }
            });
        }
    };
    send();
    let online = window_event_listener(ev::online, {
        let send = send.clone();
        move |_| send()
    });
    // Another tab of this app changed the outbox.
    let other_tab = window_event_listener(ev::storage, {
        let read = read.clone();
        move |_| {
            entries.try_set(read());
        }
    });
    let tick = set_interval_with_handle(
        {
            let send = send.clone();
            move || send()
        },
        EVERY,
    );
    on_cleanup(move || {
        online.remove();
        other_tab.remove();
        if let Ok(tick) = tick {
            tick.clear();
        }
    });
    let confirming = RwSignal::new(None::<u64>);
    let send_now = send.clone();
    let row = move |entry: Entry| {
        let seq = entry.seq;
        // Each action on the person signed in when it is taken.
        let outbox = provider.clone();
        let (what, state) = describe(&i18n, &entry);
        let state_key = match entry.state {
            State::Waiting { .. } => "waiting",
            State::Failed { .. } => "failed",
            State::Conflict { .. } => "conflict",
        };
        let can_apply = matches!(&entry.state,
            State::Conflict { overlap, current: Some(_), .. } if overlap.is_empty());
        let failed = matches!(entry.state, State::Failed { .. });
        let open = (state_key != "waiting").then(|| page_of(&entry)).flatten();
        let (o1, o2, o3) = (outbox.clone(), outbox.clone(), outbox);
        view! {
            <li data-outbox-entry=seq.to_string() data-state=state_key data-collection=entry.collection.clone()
                data-record-id=entry.id.clone()>
                <span class="outbox-what">{what}</span>
                " "
                <span class="outbox-state">{state}</span>
                <span class="outbox-actions">
                    {failed.then(|| view! {
                        <button type="button" data-action="outbox-again" on:click=move |_| {
                            if let Some((o, scope)) = o1.outbox() { o.again(&scope, seq) }
                        }>{text("outbox-again")}</button>
                    })}
                    {can_apply.then(|| view! {
                        <button type="button" data-action="outbox-apply" on:click=move |_| {
                            if let Some((o, scope)) = o2.outbox() { o.apply_on_top(&scope, seq); }
                        }>{text("conflict-apply")}</button>
                    })}
                    {open.map(|href| view! { <a href=href data-action="outbox-open">{text("outbox-open")}</a> })}
                    {move || if confirming.get() == Some(seq) {
                        let o = o3.clone();
                        view! {
                            <button type="button" class="danger" data-action="outbox-discard-confirm" on:click=move |_| {
                                confirming.set(None);
                                if let Some((o, scope)) = o.outbox() { o.discard(&scope, seq) }
                            }>{text("outbox-discard-confirm")}</button>
                        }.into_any()
                    } else {
                        view! {
                            <button type="button" data-action="outbox-discard"
                                on:click=move |_| confirming.set(Some(seq))>{text("outbox-discard")}</button>
                        }.into_any()
                    }}
                </span>
            </li>
        }
    };
    move || {
        let list = entries.get();
        (!list.is_empty()).then(|| {
            let count = list.len();
            let send_now = send_now.clone();
            let attention = list
                .iter()
                .any(|e| !matches!(e.state, State::Waiting { .. }));
            view! {
                <section class="outbox" data-outbox-count=count.to_string() aria-labelledby="outbox-title">
                    <div class="outbox-head">
                        <p id="outbox-title" role="status">
                            {i18n.tr_args("outbox-title", &[("count", Arg::Number(count as f64))])}
                        </p>
                        <button type="button" data-action="outbox-send" aria-busy=move || sending.get().to_string()
                            disabled=move || sending.get() on:click=move |_| send_now()>{text("outbox-send-now")}</button>
                    </div>
                    // Open by itself when something needs the person.
                    <details open=attention>
                        <summary>{text("outbox-show")}</summary>
                        <ul>{list.into_iter().map(row.clone()).collect_view()}</ul>
                    </details>
                </section>
            }
        })
    }
}

/// What an entry is, and where it stands, in the viewer's words.
fn describe(i18n: &crate::i18n::I18n, entry: &Entry) -> (String, String) {
    let what = match &entry.write {
        Write::Create { value, .. } => {
            let excerpt = ["title", "text"]
                .iter()
                .find_map(|f| value.get(*f).and_then(|v| v.as_str()))
                .map(|t| {
                    let short: String = t.chars().take(60).collect();
                    format!(" “{short}”")
                })
                .unwrap_or_default();
            i18n.tr_args("outbox-create", &[("id", Arg::from(entry.id.as_str()))]) + &excerpt
        }
        Write::Update { .. } => i18n.tr_args(
            "outbox-update",
            &[
                ("id", Arg::from(entry.id.as_str())),
                ("fields", Arg::from(entry.fields().join(", "))),
            ],
        ),
    };
    let state = match &entry.state {
        State::Waiting { .. } => i18n.tr("outbox-state-waiting"),
        State::Failed { error } => i18n.tr_args(
            "outbox-state-failed",
            &[("detail", Arg::from(error.as_str()))],
        ),
        State::Conflict { theirs, .. } => i18n.tr_args(
            "outbox-state-conflict",
            &[("fields", Arg::from(theirs.join(", ")))],
        ),
    };
    (what, state)
}
