//! One incident's page (`/incidents/:id`): the header (severity, status and
//! its buttons, commander, regions, live durations), the timeline (the one
//! `ui::Timeline`), linked cases, action items, the post-incident review
//! and the Markdown export. While the incident is open it stays fresh
//! (`ui::live`). Every update goes through a save engine, every create
//! through `Creation`, every delete through `Provider::delete`; each
//! failure or conflict is a notice with a Retry (or "apply mine on top").
//! Thin: the rules are in `logic`, `entries`, `export`.

use std::collections::{HashMap, HashSet};

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

use super::entries::{addable, edit_of, kinds, new_event, status_change_entry, to_entry};
use super::export::{file_name, to_markdown, Labels};
use super::followups::FollowUps;
use super::logic::{
    durations, is_overdue, order_items, review_follows, ActionWrite, EventWrite, IncidentWrite,
};
use super::model::{ActionItem, Incident, IncidentEvent, IncidentStatus, Severity};
use super::views::{regions_text, severity_text, span_text, status_text};
use crate::cases::model::{Case, Status};
use crate::cases::notes::change_history;
use crate::cases::writes::CaseWrite;
use crate::data::decode::decode;
use crate::data::save::{Creation, Event};
use crate::data::{AppProvider, DataError, Filter, ListParams, Op, Record};
use crate::i18n::{label, text, use_i18n, Arg};
use crate::platform;
use crate::team::people::{person_options, use_names};
use crate::time::{parse_date, Date, Timestamp};
use crate::ui::live::live_status;
use crate::ui::live::{remove, upsert};
use crate::ui::notices::{
    clear, list_saver, notify, on_engine, run_kept, Notice, NoticeList, Notices,
};
use crate::ui::use_ticking_now;
use crate::ui::{
    error_message, use_live_list, use_live_list_full_every, use_me, use_saver_with_history,
    use_saver_with_reported_history, ErrorPanel, LiveState, Loading, Saver, Timeline,
};

fn now_of(provider: &Option<AppProvider>) -> Timestamp {
    provider
        .as_ref()
        .map_or_else(platform::now, |p| p.server_now())
}

/// The page of one incident.
#[component]
pub fn IncidentPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || {
        let id = id.get();
        view! { <IncidentView id /> }
    }
}

#[component]
fn IncidentView(id: String) -> impl IntoView {
    let provider = use_context::<AppProvider>();
    let me = use_me();
    let names = use_names();
    let now = use_ticking_now();
    let notices: Notices = RwSignal::new(Vec::new());
    let saving = RwSignal::new(HashSet::<String>::new());
    let by = |field: &str| ListParams {
        filters: vec![Filter::new(field, Op::Eq(id.clone()))],
        ..Default::default()
    };

    // The incident, as a list of one (the same live refresh as the rest).
    let incidents = RwSignal::new(Vec::<Incident>::new());
    let incident = Memo::new(move |_| incidents.with(|l| l.first().cloned()));
    // Kept fresh while it is open; a missing incident (not found) is not
    // asked for again every few seconds.
    let open = Signal::derive(move || {
        incident.with(|i| {
            i.as_ref()
                .is_some_and(|i| i.status.is_none_or(IncidentStatus::is_open))
        })
    });
    let events = RwSignal::new(Vec::<IncidentEvent>::new());
    let incident_slot = StoredValue::new(None::<Saver<Incident, IncidentWrite>>);
    // A status change's timeline entry is tied to the write itself: the
    // engine makes it only for a write known to have landed (never for a
    // conflict or a failure), from the version the write was computed on.
    let incident_saver = {
        let provider = provider.clone();
        use_saver_with_reported_history::<Incident, IncidentWrite>(
            move |before, saved, at| {
                let entry = status_change_entry(
                    before,
                    saved,
                    at,
                    me.get_untracked(),
                    format!("event-{}", platform::random_id()),
                )?;
                Some((IncidentEvent::COLLECTION, serde_json::to_value(entry).ok()?))
            },
            move |missed| {
                // One try by the engine: say so, and offer the same record.
                let (Some(provider), Ok(event)) = (
                    provider.clone(),
                    decode::<IncidentEvent>(missed.value.clone()),
                ) else {
                    return;
                };
                entry_missing(
                    provider,
                    event,
                    Creation::default(),
                    missed.error,
                    events,
                    notices,
                );
            },
            move |event| {
                if let Event::Recorded(value) = &event {
                    if let Ok(entry) = decode::<IncidentEvent>(value.clone()) {
                        events.try_update(|l| upsert(l, entry));
                    }
                }
                on_engine(event, incidents, saving, notices, incident_slot);
            },
        )
    };
    incident_slot.set_value(incident_saver);
    let live_incident = use_live_list(incidents, by("id"), open, incident_saver);

    let event_saver = list_saver::<IncidentEvent, EventWrite>(events, saving, notices);
    let live_events = use_live_list(events, by("incident_id"), open, event_saver);

    let items = RwSignal::new(Vec::<ActionItem>::new());
    let item_saver = list_saver::<ActionItem, ActionWrite>(items, saving, notices);
    let live_items = use_live_list(items, by("incident_id"), open, item_saver);

    let cases = RwSignal::new(Vec::<Case>::new());
    let case_slot = StoredValue::new(None::<Saver<Case, CaseWrite>>);
    // A case linked or unlinked here leaves its `change` event too, as
    // every case save does.
    let case_saver = use_saver_with_history::<Case, CaseWrite>(change_history(me), move |event| {
        on_engine(event, cases, saving, notices, case_slot);
    });
    case_slot.set_value(case_saver);
    // Small, and a case unlinked elsewhere only leaves it by a full load.
    let live_cases = use_live_list_full_every(cases, by("incident_id"), open, case_saver, 1);

    // What declaring left to write (the first entries, the case link).
    let follow_ups = StoredValue::new(FollowUps::load(
        &id,
        me.get_untracked().as_deref(),
        now_of(&provider),
    ));
    let follow_creations = StoredValue::new_local(HashMap::<String, Creation>::new());
    let rerun = StoredValue::new_local(None::<std::rc::Rc<dyn Fn()>>);
    let run_follow_ups = {
        let provider = provider.clone();
        let id = id.clone();
        move || {
            let (Some(provider), Some(mut todo)) = (provider.clone(), follow_ups.get_value())
            else {
                return;
            };
            clear(notices, "followups");
            let id = id.clone();
            let creations = follow_creations.get_value();
            spawn_local(async move {
                let mut failed = None;
                for event in todo.events.clone() {
                    let creation = creations.get(&event.id).cloned().unwrap_or_default();
                    follow_creations.try_update_value(|m| {
                        m.insert(event.id.clone(), creation.clone());
                    });
                    match creation.create(&provider, &event).await {
                        Ok(saved) => {
                            todo.written(&saved.id);
                            events.try_update(|l| upsert(l, saved));
                        }
                        Err(e) => {
                            failed = Some(e);
                            break;
                        }
                    }
                }
                if failed.is_none() {
                    if let Some(case_id) = todo.case_id.clone() {
                        match provider.get::<Case>(&case_id).await {
                            Ok(Ok(case)) => {
                                todo.case_id = None;
                                let link = CaseWrite::Link { to: id.clone() };
                                if link.blocked_on(&case) {
                                    linked_elsewhere(notices, &case.id);
                                } else if let Some(s) = case_slot.try_get_value().flatten() {
                                    s.submit(&case, link);
                                }
                            }
                            Ok(Err(d)) => {
                                todo.case_id = None;
                                failed = Some(DataError::Protocol(d.problem));
                            }
                            // Deleted since: nothing to link, and it is said.
                            Err(DataError::NotFound) => {
                                todo.case_id = None;
                                notify(
                                    notices,
                                    Notice::new(
                                        format!("case-gone:{case_id}"),
                                        "case-gone",
                                        "followup-case-gone",
                                    ),
                                );
                            }
                            Err(e) => failed = Some(e),
                        }
                    }
                }
                todo.keep(&id);
                follow_ups.try_set_value((!todo.is_empty()).then_some(todo));
                if let Some(error) = failed {
                    notify(
                        notices,
                        Notice::new("followups", "followups", "followups-failed")
                            .error(error)
                            .retry(Some(run_kept(rerun))),
                    );
                }
            });
        }
    };
    rerun.set_value(Some(std::rc::Rc::new(run_follow_ups.clone())));
    // Once the incident is known to be stored.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let ready = incident.with(Option::is_some);
        if ready {
            run_follow_ups();
        }
        ready
    });

    let page = move || match live_incident.state.get() {
        LiveState::Loading => EitherOf3::A(view! { <Loading /> }),
        LiveState::Failed(error) => EitherOf3::B(view! {
            <ErrorPanel error on_retry=move |_| live_incident.retry.run(()) />
        }),
        LiveState::Loaded => EitherOf3::C(move || match incident.get() {
            None => {
                let damaged = live_incident.damaged.get();
                Either::Left(view! {
                    <h1 id="incident-heading">{text("incident-not-found")}</h1>
                    {damaged.into_iter().map(|d| view! {
                        <p class="error-panel" data-damaged-id=d.id.clone()><bdi lang="en">{d.problem}</bdi></p>
                    }).collect_view()}
                })
            }
            Some(_) => Either::Right(()),
        }),
    };
    let loaded = Memo::new(move |_| incident.with(Option::is_some));
    let root_id = id.clone();
    let id = StoredValue::new(id);

    view! {
        <article class="incident-page" data-incident-id=root_id aria-labelledby="incident-heading">
            <p class="back"><a href=platform::app_href("/incidents")>{text("back-to-incidents")}</a></p>
            {page}
            <NoticeList notices />
            <Show when=move || loaded.get()>
                <Header incident incident_saver now names notices
                    refreshed=live_incident.refreshed error=live_incident.error open />
                <TimelineSection id=id.get_value() events saving event_saver names notices
                    state=live_events.state retry=live_events.retry />
                <CasesSection id=id.get_value() cases case_saver names notices state=live_cases.state retry=live_cases.retry />
                <ItemsSection id=id.get_value() items item_saver names now saving notices
                    state=live_items.state retry=live_items.retry />
                <ReviewSection incident incident_saver events items names />
            </Show>
        </article>
    }
}

/// Says that case `case_id` was not linked: it belongs to another incident.
fn linked_elsewhere(notices: Notices, case_id: &str) {
    notify(
        notices,
        Notice::new(
            format!("linked-elsewhere:{case_id}"),
            "linked-elsewhere",
            "case-linked-elsewhere",
        ),
    );
}

/// Writes a status change's timeline entry; a failure says the status did
/// change, and offers to write the entry again (the same record).
async fn run_status_entry(
    provider: AppProvider,
    event: IncidentEvent,
    creation: Creation,
    events: RwSignal<Vec<IncidentEvent>>,
    notices: Notices,
) {
    let key = format!("entry-missing:{}", event.id);
    match creation.create(&provider, &event).await {
        Ok(saved) => {
            clear(notices, &key);
            events.try_update(|l| upsert(l, saved));
        }
        Err(error) => entry_missing(provider, event, creation, error, events, notices),
    }
}

/// "The status changed, but the timeline entry was not written", with a
/// Retry that posts the same record (same id: never a second entry).
fn entry_missing(
    provider: AppProvider,
    event: IncidentEvent,
    creation: Creation,
    error: DataError,
    events: RwSignal<Vec<IncidentEvent>>,
    notices: Notices,
) {
    let key = format!("entry-missing:{}", event.id);
    let retry = Callback::new({
        let key = key.clone();
        let creation = StoredValue::new_local(creation);
        move |_| {
            clear(notices, &key);
            let Some(creation) = creation.try_get_value() else {
                return;
            };
            let (provider, event) = (provider.clone(), event.clone());
            spawn_local(async move {
                Box::pin(run_status_entry(provider, event, creation, events, notices)).await;
            });
        }
    });
    notify(
        notices,
        Notice::new(key, "entry-missing", "status-entry-failed")
            .error(error)
            .retry(Some(retry)),
    );
}

#[allow(clippy::too_many_arguments)]
#[component]
fn Header(
    incident: Memo<Option<Incident>>,
    incident_saver: Option<Saver<Incident, IncidentWrite>>,
    now: RwSignal<Timestamp>,
    names: Memo<HashMap<String, String>>,
    notices: Notices,
    refreshed: RwSignal<Timestamp>,
    error: RwSignal<Option<DataError>>,
    open: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let field = move |f: fn(&Incident) -> Option<String>| {
        move || incident.with(|i| i.as_ref().and_then(f).unwrap_or_default())
    };
    let severity = move || incident.with(|i| i.as_ref().and_then(|i| i.severity));
    let status = move || incident.with(|i| i.as_ref().and_then(|i| i.status));
    let change_status = move |to: IncidentStatus| {
        let Some(current) = incident.get_untracked() else {
            return;
        };
        if current.status == Some(to) {
            return;
        }
        clear(notices, &format!("incidents:{}", current.id));
        if let Some(s) = incident_saver {
            s.submit(&current, IncidentWrite::Status(to));
        }
    };
    let set_commander = move |v: String| {
        if let (Some(current), Some(s)) = (incident.get_untracked(), incident_saver) {
            s.submit(
                &current,
                IncidentWrite::Commander((!v.is_empty()).then_some(v)),
            );
        }
    };
    let spans = move || {
        let Some(i) = incident.get() else {
            return Vec::new();
        };
        let d = durations(&i, now.get());
        [
            ("detect", "duration-detect", d.detect),
            ("acknowledge", "duration-acknowledge", d.acknowledge),
            ("mitigate", "duration-mitigate", d.mitigate),
            ("resolve", "duration-resolve", d.resolve),
        ]
        .into_iter()
        .map(|(key, label, span)| {
            view! {
                <div class="duration" data-duration=key data-running=span.is_some_and(|s| s.running).to_string()
                    data-out-of-order=span.is_some_and(|s| s.out_of_order).to_string()>
                    <dt>{text(label)}</dt>
                    <dd>{span.map(|s| span_text(&i18n, s)).unwrap_or_else(|| "—".into())}</dd>
                </div>
            }
        })
        .collect::<Vec<_>>()
    };
    // The commander chosen in the select, written only by Apply (arrowing
    // through a closed select must not queue writes).
    let commander_in = RwSignal::new(None::<String>);
    let commanders = move || {
        let current = incident.with(|i| i.as_ref().and_then(|i| i.commander_id.clone()));
        let chosen = commander_in.get().map(|c| (!c.is_empty()).then_some(c));
        person_options(names, current, chosen)
    };
    let started = move || {
        incident.with(|i| {
            i.as_ref().and_then(|i| i.started_at).map(|t| {
                let utc = crate::incidents::export::utc(t);
                view! { <time datetime=t.to_wire() title=utc>{platform::date_time(t, i18n.zone(), Some(&i18n.tag()))}</time> }
            })
        })
    };
    view! {
        <header class="incident-header">
            <h1 id="incident-heading" dir="auto">
                <span class="tag severity" data-severity=move || severity().map_or("unknown", Severity::key)>{move || severity_text(&i18n, severity())}</span>
                " "
                <bdi>{field(|i| i.title.clone())}</bdi>
            </h1>
            <p class="incident-facts">
                <span class="status" data-status=move || status().map_or("unknown", IncidentStatus::key)>
                    {label("incident-status-label")} <strong>{move || status_text(&i18n, status())}</strong>
                </span>
                " · "
                <span class="regions">{label("incident-regions")} {move || incident.with(|i| i.as_ref().map(regions_text).unwrap_or_default())}</span>
                " · "
                <span>{label("incident-started")} {started}</span>
            </p>
            {move || {
                let s = field(|i| i.summary.clone())();
                (!s.trim().is_empty()).then(|| view! { <p class="incident-summary" dir="auto"><bdi>{s}</bdi></p> })
            }}
            <div class="transitions" role="group" aria-label=move || i18n.tr("change-status")>
                {IncidentStatus::ALL.into_iter().map(|to| view! {
                    <button type="button" class="to-status" data-status-to=to.key()
                        aria-pressed=move || (status() == Some(to)).to_string()
                        on:click=move |_| change_status(to)>{move || i18n.tr(to.label_key())}</button>
                }).collect_view()}
            </div>
            <p class="picker-row">
                <label class="picker commander">
                    <span>{text("incident-commander")}</span>
                    <select data-field="commander_id" on:change=move |ev| commander_in.set(Some(event_target_value(&ev)))>
                        <option value="">{text("none")}</option>
                        {commanders}
                    </select>
                </label>
                " "
                <button type="button" data-action="apply-commander" disabled=move || commander_in.with(Option::is_none)
                    on:click=move |_| { if let Some(v) = commander_in.get_untracked() { commander_in.set(None); set_commander(v); } }>{text("apply-choice")}</button>
            </p>
            <dl class="durations">{spans}</dl>
            <p class="refreshed" role="status" data-refreshed=move || refreshed.get().to_wire()>
                {move || if open.get() {
                    i18n.tr_args("last-refreshed", &[("time", Arg::from(platform::clock_time(refreshed.get(), i18n.zone(), Some(&i18n.tag()))))])
                } else {
                    i18n.tr("incident-not-live")
                }}
                {move || error.get().map(|e| view! { " · " <span class="refresh-failed">{i18n.tr("refresh-failed")} " " {error_message(&i18n, &e)}</span> })}
            </p>
        </header>
    }
}

/// A section's first load: loading, or its error with a Retry.
#[allow(clippy::too_many_arguments)]
#[component]
fn TimelineSection(
    id: String,
    events: RwSignal<Vec<IncidentEvent>>,
    saving: RwSignal<HashSet<String>>,
    event_saver: Option<Saver<IncidentEvent, EventWrite>>,
    names: Memo<HashMap<String, String>>,
    notices: Notices,
    state: Signal<LiveState>,
    retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let provider = use_context::<AppProvider>();
    let me = use_me();
    // Entries on their way to the backend (shown, marked as saving).
    let adding = RwSignal::new(Vec::<IncidentEvent>::new());
    // The last add that failed: trying the same text again sends the same
    // record (a first try that landed unseen is not written twice).
    let failed_add = StoredValue::new_local(None::<(IncidentEvent, Creation)>);
    let failed = RwSignal::new(None::<(crate::ui::Draft, String)>);
    let entries = Memo::new(move |_| {
        let busy = saving.get();
        let mut list: Vec<_> = events.with(|l| {
            l.iter()
                .map(|e| to_entry(e, busy.contains(&e.id)))
                .collect()
        });
        adding.with(|a| list.extend(a.iter().map(|e| to_entry(e, true))));
        list
    });
    let on_add = {
        let provider = provider.clone();
        let id = id.clone();
        Callback::new(move |draft: crate::ui::Draft| {
            let Some(provider) = provider.clone() else {
                return;
            };
            let now = now_of(&Some(provider.clone()));
            let again = failed_add.get_value().filter(|(e, _)| {
                e.text.as_deref() == Some(draft.text.as_str())
                    && e.kind.map(|k| k.key()) == Some(draft.kind)
            });
            let (event, creation) = match again {
                Some(pair) => pair,
                None => {
                    let Some(e) = new_event(
                        &draft,
                        &id,
                        format!("event-{}", platform::random_id()),
                        me.get_untracked(),
                        now,
                    ) else {
                        return;
                    };
                    (e, Creation::default())
                }
            };
            failed.set(None);
            adding.update(|a| upsert(a, event.clone()));
            spawn_local(async move {
                let result = creation.create(&provider, &event).await;
                adding.try_update(|a| remove(a, &event.id));
                match result {
                    Ok(saved) => {
                        failed_add.try_set_value(None);
                        events.try_update(|l| upsert(l, saved));
                    }
                    Err(error) => {
                        let message = format!(
                            "{} {}",
                            i18n.tr("entry-not-added"),
                            error_message(&i18n, &error)
                        );
                        failed_add.try_set_value(Some((event, creation)));
                        failed.try_set(Some((draft, message)));
                    }
                }
            });
        })
    };
    // The version each edit form opened on: the edit is submitted on it, so
    // a change someone made meanwhile comes back as a conflict. Heard on
    // the way down (capture), while the Edit button is still in its entry.
    let edit_base = StoredValue::new(HashMap::<String, IncidentEvent>::new());
    let edit_opened = move |ev: leptos::ev::MouseEvent| {
        let Some(eid) = platform::attr_around_target(&ev, "[data-action='edit']", "data-event-id")
        else {
            return;
        };
        if let Some(event) = events.with_untracked(|l| l.iter().find(|e| e.id == eid).cloned()) {
            edit_base.update_value(|m| {
                m.insert(eid, event);
            });
        }
    };
    let on_edit = Callback::new(move |(eid, draft): (String, crate::ui::Draft)| {
        let opened = edit_base.try_update_value(|m| m.remove(&eid)).flatten();
        let Some(event) =
            opened.or_else(|| events.with_untracked(|l| l.iter().find(|e| e.id == eid).cloned()))
        else {
            return;
        };
        if let (Some(write), Some(s)) = (edit_of(&event, &draft, platform::now()), event_saver) {
            s.submit(&event, write);
        }
    });
    let on_delete = Callback::new(move |eid: String| {
        let Some(provider) = provider.clone() else {
            return;
        };
        let Some(event) = events.with_untracked(|l| l.iter().find(|e| e.id == eid).cloned()) else {
            return;
        };
        spawn_local(delete_event(provider, event, events, notices));
    });
    view! {
        // The timeline names itself (its own heading).
        <section class="incident-timeline" on:click:capture=edit_opened>
            {live_status(state, retry)}
            <Timeline entries=entries kinds=kinds() quick_kind="update" addable=addable()
                names=names on_add on_edit on_delete failed=failed />
        </section>
    }
}

/// Deletes an entry (only the version shown: an entry someone edited
/// meanwhile is a conflict, not deleted unseen).
async fn delete_event(
    provider: AppProvider,
    event: IncidentEvent,
    events: RwSignal<Vec<IncidentEvent>>,
    notices: Notices,
) {
    let key = format!("delete:{}", event.id);
    match provider
        .delete::<IncidentEvent>(&event.id, event.version)
        .await
    {
        Ok(()) => {
            clear(notices, &key);
            events.try_update(|l| remove(l, &event.id));
        }
        Err(error) => {
            let current = match &error {
                DataError::Conflict { current: Some(c) } => {
                    crate::data::decode::decode::<IncidentEvent>(c.clone()).ok()
                }
                _ => None,
            };
            if let Some(c) = current {
                events.try_update(|l| upsert(l, c));
            }
            let retry = error.retryable().then(|| {
                let provider = provider.clone();
                let event = event.clone();
                Callback::new(move |_| {
                    spawn_local(delete_event(
                        provider.clone(),
                        event.clone(),
                        events,
                        notices,
                    ));
                })
            });
            notify(
                notices,
                Notice {
                    key,
                    kind: "delete-failed",
                    message: "entry-not-deleted",
                    error: Some(error),
                    fields: Vec::new(),
                    retry,
                    apply: None,
                },
            );
        }
    }
}

#[component]
fn CasesSection(
    id: String,
    cases: RwSignal<Vec<Case>>,
    case_saver: Option<Saver<Case, CaseWrite>>,
    names: Memo<HashMap<String, String>>,
    notices: Notices,
    state: Signal<LiveState>,
    retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let incident_id = StoredValue::new(id.clone());
    let linked = Memo::new(move |_| {
        let mut l: Vec<Case> = cases.with(|l| {
            l.iter()
                .filter(|c| incident_id.with_value(|id| c.incident_id.as_ref() == Some(id)))
                .cloned()
                .collect()
        });
        crate::sort::sort_by(&mut l, |a, b| a.id.cmp(&b.id));
        l
    });
    // Open cases without an incident, to link.
    let candidates = crate::ui::use_records::<Case>(ListParams {
        // Not every backend can ask for "no incident": that part is here.
        filters: vec![Filter::new("status", Op::Ne(Status::Resolved.key().into()))],
        ..Default::default()
    });
    // The case chosen to link, linked only by its button; the candidates
    // are read again whenever the picker is entered.
    let link_in = RwSignal::new(String::new());
    let write = move |case: &Case, w: CaseWrite| {
        if w.blocked_on(case) {
            linked_elsewhere(notices, &case.id);
        } else if let Some(s) = case_saver {
            s.submit(case, w);
        }
    };
    let link = move |case_id: String| {
        let found = candidates
            .get_untracked()
            .and_then(Result::ok)
            .and_then(|l| l.records.into_iter().find(|c| c.id == case_id));
        if let Some(case) = found {
            cases.update(|l| upsert(l, case.clone()));
            write(
                &case,
                CaseWrite::Link {
                    to: incident_id.get_value(),
                },
            );
        }
    };
    let row = move |case: Case| {
        let href = platform::app_href(&crate::url::case_path(&case.id));
        let owner = case
            .owner_id
            .clone()
            .map(|o| names.with(|n| n.get(&o).cloned().unwrap_or(o)))
            .unwrap_or_else(|| i18n.tr("filter-unassigned"));
        let status = case
            .status
            .map(|s| i18n.tr(crate::cases::parts::status_label(Some(s))));
        let unlink_case = case.clone();
        view! {
            <li data-case-id=case.id.clone()>
                <a href=href><bdi dir="auto">{case.title.clone().unwrap_or_else(|| case.id.clone())}</bdi></a>
                <span class="meta">" · " {status} " · " <bdi>{owner}</bdi></span>
                " "
                <button type="button" class="link" data-action="unlink-case"
                    on:click=move |_| write(&unlink_case, CaseWrite::Unlink { from: incident_id.get_value() })>{text("unlink-case")}</button>
            </li>
        }
    };
    view! {
        <section class="incident-cases" aria-labelledby="cases-heading">
            <h2 id="cases-heading">{text("linked-cases")}</h2>
            {live_status(state, retry)}
            <ul class="record-list">
                <For each=move || linked.get() key=|c| (c.id.clone(), c.version) children=row />
            </ul>
            {move || (state.get() == LiveState::Loaded && linked.with(Vec::is_empty)).then(|| view! { <p class="note">{text("no-linked-cases")}</p> })}
            <p class="picker-row">
            <label class="picker">
                <span>{text("link-case")}</span>
                <select data-action="link-case" prop:value=move || link_in.get()
                    on:focus=move |_| candidates.refetch()
                    on:change=move |ev| link_in.set(event_target_value(&ev))>
                    <option value="">{text("choose")}</option>
                    {move || candidates.get().and_then(Result::ok).map(|l| {
                        l.records.into_iter()
                            .filter(|c| c.incident_id.as_deref().is_none_or(str::is_empty))
                            .filter(|c| !linked.with(|k| k.iter().any(|x| x.id == c.id)))
                            .map(|c| {
                                let chosen = link_in.with_untracked(|v| *v == c.id);
                                view! { <option value=c.id.clone() selected=chosen>{c.title.clone().unwrap_or_default()} " (" {c.id.clone()} ")"</option> }
                            })
                            .collect_view()
                    })}
                </select>
            </label>
            " "
            <button type="button" data-action="link-case-apply" disabled=move || link_in.with(String::is_empty)
                on:click=move |_| {
                    let v = link_in.get_untracked();
                    if !v.is_empty() {
                        link_in.set(String::new());
                        link(v);
                    }
                }>{text("link-case-apply")}</button>
            </p>
        </section>
    }
}

#[allow(clippy::too_many_arguments)]
#[component]
fn ItemsSection(
    id: String,
    items: RwSignal<Vec<ActionItem>>,
    item_saver: Option<Saver<ActionItem, ActionWrite>>,
    names: Memo<HashMap<String, String>>,
    now: RwSignal<Timestamp>,
    saving: RwSignal<HashSet<String>>,
    notices: Notices,
    state: Signal<LiveState>,
    retry: Callback<()>,
) -> impl IntoView {
    let provider = use_context::<AppProvider>();
    let ordered = Memo::new(move |_| {
        let mut l = items.get();
        order_items(&mut l, now.get());
        l
    });
    let title_in = RwSignal::new(String::new());
    let owner_in = RwSignal::new(String::new());
    let due_in = RwSignal::new(String::new());
    let adding = RwSignal::new(false);
    // Kept across retries of the same item.
    let pending = StoredValue::new_local(None::<(ActionItem, Creation)>);
    let write = move |item: &ActionItem, w: ActionWrite| {
        if let Some(s) = item_saver {
            s.submit(item, w);
        }
    };
    // The add itself, for the form and for a failed add's Retry (the same
    // form values: the same record, sent again).
    let again = StoredValue::new_local(None::<std::rc::Rc<dyn Fn()>>);
    let add_now = move || {
        let title = title_in.get_untracked().trim().to_string();
        if title.is_empty() {
            platform::focus("[data-item='title']");
            return;
        }
        let Some(provider) = provider.clone() else {
            return;
        };
        let due = parse_date(&due_in.get_untracked()).ok().map(Date);
        let owner = Some(owner_in.get_untracked()).filter(|o| !o.is_empty());
        let now = provider.server_now();
        let (item, creation) = pending
            .get_value()
            .filter(|(i, _)| {
                i.title.as_deref() == Some(title.as_str()) && i.owner_id == owner && i.due_on == due
            })
            .unwrap_or_else(|| {
                (
                    ActionItem {
                        id: format!("action-{}", platform::random_id()),
                        incident_id: Some(id.clone()),
                        title: Some(title.clone()),
                        owner_id: owner.clone(),
                        due_on: due,
                        done: Some(false),
                        created_at: Some(now),
                        updated_at: None,
                        version: None,
                    },
                    Creation::default(),
                )
            });
        pending.set_value(Some((item.clone(), creation.clone())));
        adding.set(true);
        spawn_local(async move {
            let key = "add-item".to_string();
            match creation.create(&provider, &item).await {
                Ok(saved) => {
                    clear(notices, &key);
                    pending.try_set_value(None);
                    items.try_update(|l| upsert(l, saved));
                    title_in.try_set(String::new());
                    due_in.try_set(String::new());
                }
                Err(error) => notify(
                    notices,
                    Notice::new(key, "add-item-failed", "item-not-added")
                        .error(error)
                        .retry(Some(run_kept(again))),
                ),
            }
            adding.try_set(false);
        });
    };
    again.set_value(Some(std::rc::Rc::new(add_now.clone())));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        add_now();
    };
    let owners = move |current: Option<String>| person_options(names, current, None);
    let row = move |item: ActionItem| {
        let overdue = is_overdue(&item, now.get_untracked());
        let done = item.done == Some(true);
        let busy = {
            let id = item.id.clone();
            move || saving.with(|s| s.contains(&id))
        };
        let (a, b, c) = (item.clone(), item.clone(), item.clone());
        let owner = item.owner_id.clone();
        // The owner chosen, written only by Apply.
        let owner_pick = RwSignal::new(None::<String>);
        view! {
            <li class="action-item" class:overdue=overdue class:done=done data-item-id=item.id.clone()
                data-overdue=overdue.to_string() data-done=done.to_string() aria-busy=move || busy().to_string()>
                <label class="check">
                    <input type="checkbox" data-action="item-done" prop:checked=done
                        on:change=move |ev| write(&a, ActionWrite::Done(event_target_checked(&ev))) />
                    " " <bdi dir="auto" class="title">{item.title.clone().unwrap_or_default()}</bdi>
                </label>
                {overdue.then(|| view! { <strong class="overdue-word">{text("item-overdue")}</strong> })}
                <span class="item-fields">
                    <label class="picker">
                        <span>{text("filter-owner")}</span>
                        <select data-action="item-owner" on:change=move |ev| owner_pick.set(Some(event_target_value(&ev)))>
                            <option value="">{text("filter-unassigned")}</option>
                            {owners(owner)}
                        </select>
                    </label>
                    " "
                    <button type="button" data-action="apply-item-owner" disabled=move || owner_pick.with(Option::is_none)
                        on:click=move |_| {
                            if let Some(v) = owner_pick.get_untracked() {
                                owner_pick.set(None);
                                write(&b, ActionWrite::Owner((!v.is_empty()).then_some(v)));
                            }
                        }>{text("apply-choice")}</button>
                    <label class="picker">
                        <span>{text("item-due")}</span>
                        <input type="date" data-action="item-due" value=item.due_on.map(|d| d.to_string()).unwrap_or_default()
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                let due = parse_date(&v).ok().map(Date);
                                if v.is_empty() || due.is_some() { write(&c, ActionWrite::Due(due)); }
                            } />
                    </label>
                </span>
            </li>
        }
    };
    view! {
        <section class="incident-items" aria-labelledby="items-heading">
            <h2 id="items-heading">{text("action-items")}</h2>
            {live_status(state, retry)}
            <ul class="record-list">
                <For each=move || ordered.get() key=|i| (i.id.clone(), i.version, i.done) children=row />
            </ul>
            <form class="add-item" on:submit=add>
                <label class="field">
                    <span>{text("item-title")}</span>
                    <input type="text" data-item="title" maxlength="300" dir="auto" required
                        prop:value=move || title_in.get() on:input=move |ev| title_in.set(event_target_value(&ev)) />
                </label>
                <label class="picker">
                    <span>{text("filter-owner")}</span>
                    <select data-item="owner" on:change=move |ev| owner_in.set(event_target_value(&ev))>
                        <option value="">{text("filter-unassigned")}</option>
                        {move || owners(None)}
                    </select>
                </label>
                <label class="picker">
                    <span>{text("item-due")}</span>
                    <input type="date" data-item="due" prop:value=move || due_in.get() on:input=move |ev| due_in.set(event_target_value(&ev)) />
                </label>
                <button type="submit" class="primary" data-action="add-item" disabled=move || adding.get()>{text("add-item")}</button>
            </form>
        </section>
    }
}

#[component]
fn ReviewSection(
    incident: Memo<Option<Incident>>,
    incident_saver: Option<Saver<Incident, IncidentWrite>>,
    events: RwSignal<Vec<IncidentEvent>>,
    items: RwSignal<Vec<ActionItem>>,
    names: Memo<HashMap<String, String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let start = incident.get_untracked();
    let root_cause = RwSignal::new(
        start
            .as_ref()
            .and_then(|i| i.root_cause.clone())
            .unwrap_or_default(),
    );
    let lessons = RwSignal::new(
        start
            .as_ref()
            .and_then(|i| i.lessons.clone())
            .unwrap_or_default(),
    );
    // The version the textareas were filled from: a save is made on it, so
    // another lead's text written since comes back as a conflict.
    let filled = StoredValue::new(start.clone());
    Effect::new(move |_| {
        let Some(fresh) = incident.get() else {
            return;
        };
        let follows = filled.with_value(|f| {
            f.as_ref().is_none_or(|f| {
                review_follows(
                    f,
                    &root_cause.get_untracked(),
                    &lessons.get_untracked(),
                    &fresh,
                )
            })
        });
        if follows {
            root_cause.set(fresh.root_cause.clone().unwrap_or_default());
            lessons.set(fresh.lessons.clone().unwrap_or_default());
            filled.set_value(Some(fresh));
        }
    });
    let copied = RwSignal::new(None::<bool>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let (Some(current), Some(s)) = (filled.get_value(), incident_saver) {
            s.submit(
                &current,
                IncidentWrite::Review {
                    root_cause: root_cause.get_untracked(),
                    lessons: lessons.get_untracked(),
                },
            );
        }
    };
    let markdown = move || {
        let Some(i) = incident.get() else {
            return String::new();
        };
        let tag = i18n.tag();
        let label = |k: &str| i18n.tr(k);
        let duration = |m: f64| platform::duration(m, &tag);
        let name = |id: &str| names.with(|n| n.get(id).cloned().unwrap_or_else(|| id.to_string()));
        let labels = Labels {
            label: &label,
            duration: &duration,
            name: &name,
        };
        events.with(|e| items.with(|a| to_markdown(&i, e, a, platform::now(), &labels)))
    };
    let copy = move |_| {
        let text = untrack(markdown);
        spawn_local(async move {
            let ok = platform::copy_text(&text).await;
            copied.try_set(Some(ok));
            if !ok {
                platform::select_all("textarea[data-export='markdown']");
            }
        });
    };
    let download = move |_| {
        if let Some(i) = incident.get_untracked() {
            platform::download(
                &file_name(&i),
                "text/markdown;charset=utf-8",
                &untrack(markdown),
            );
        }
    };
    view! {
        <section class="incident-review" aria-labelledby="review-heading">
            <h2 id="review-heading">{text("review-title")}</h2>
            <form on:submit=save>
                <div class="field">
                    <label for="r-root">{text("review-root-cause")}</label>
                    <textarea id="r-root" data-field="root_cause" rows="3" dir="auto"
                        prop:value=move || root_cause.get() on:input=move |ev| root_cause.set(event_target_value(&ev))></textarea>
                </div>
                <div class="field">
                    <label for="r-lessons">{text("review-lessons")}</label>
                    <textarea id="r-lessons" data-field="lessons" rows="3" dir="auto"
                        prop:value=move || lessons.get() on:input=move |ev| lessons.set(event_target_value(&ev))></textarea>
                </div>
                <button type="submit" class="primary" data-action="save-review">{text("review-save")}</button>
            </form>
            <h3>{text("export-title")}</h3>
            <p class="toolbar">
                <button type="button" data-action="copy-markdown" on:click=copy>{text("export-copy")}</button>
                <button type="button" data-action="download-markdown" on:click=download>{text("export-download")}</button>
                <span role="status">{move || copied.get().map(|ok| if ok { i18n.tr("export-copied") } else { i18n.tr("export-select") })}</span>
            </p>
            <details>
                <summary>{text("export-preview")}</summary>
                <label class="visually-hidden" for="r-export">{text("export-preview")}</label>
                <textarea id="r-export" data-export="markdown" readonly rows="12" dir="ltr" prop:value=markdown></textarea>
            </details>
        </section>
    }
}
