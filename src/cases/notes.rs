//! A case's notes and history on its page: the shared `ui::Timeline` over
//! the case's `case_events`. Thin: the rules are in `history`.

use std::collections::HashMap;

use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;

use super::history::{
    belongs, change_event, change_rows, join_short, new_event, of_case, shorten, CaseEvent,
    CaseEventKind, EventEdit, Shown, SHORT,
};
use super::model::{Case, Category, PartnerTeam, Status};
use super::parts::{category_label, field_label, partner_label, status_label};
use crate::data::save::{Creation, Event};
use crate::data::{AppProvider, Damaged, DataError, Filter, ListParams, Op, Record};
use crate::i18n::{use_i18n, Arg, I18n};
use crate::platform;
use crate::time::Timestamp;
use crate::ui::{
    error_message, use_me, use_saver, DamagedList, Draft, Entry, ErrorPanel, Kind, Me, Timeline,
};

/// A fresh id for a case event.
fn new_id() -> String {
    format!("case-event-{}", platform::random_id())
}

/// What a saver of cases writes as history: the `change` event of each
/// landed save, authored by whoever is at this browser.
pub fn change_history(me: Me) -> impl Fn(&Case, &Case, Timestamp) -> Option<(&'static str, Value)> {
    move |before, saved, now| {
        let event = change_event(before, saved, now, me.get_untracked(), new_id())?;
        Some((CaseEvent::COLLECTION, serde_json::to_value(event).ok()?))
    }
}

const KINDS: [Kind; 4] = [
    Kind {
        key: "note",
        label: "case-event-note",
        icon: "🗒",
    },
    Kind {
        key: "change",
        label: "case-event-change",
        icon: "✎",
    },
    Kind {
        key: "partner_request",
        label: "case-event-partner_request",
        icon: "📨",
    },
    Kind {
        key: "partner_reply",
        label: "case-event-partner_reply",
        icon: "💬",
    },
];

/// A value of a case field in a history line, in the viewer's words.
fn value_words(i18n: &I18n, names: &HashMap<String, String>, field: &str, shown: &Shown) -> String {
    let value = match shown {
        Shown::Hidden => return i18n.tr("history-hidden"),
        Shown::Nothing => return "—".into(),
        Shown::Value(v) => v,
    };
    let key = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let one = |v: &Value| -> String {
        let s = key(v);
        match field {
            "status" => Status::ALL
                .into_iter()
                .find(|x| x.key() == s)
                .map(|x| i18n.tr(status_label(Some(x)))),
            "category" => Category::ALL
                .into_iter()
                .find(|x| x.key() == s)
                .map(|x| i18n.tr(category_label(x))),
            "partner_teams" => PartnerTeam::ALL
                .into_iter()
                .find(|x| x.key() == s)
                .map(|x| i18n.tr(partner_label(x))),
            "owner_id" => names.get(&s).cloned(),
            "created_at" | "first_response_at" | "resolved_at" => Timestamp::parse(&s)
                .ok()
                .map(|t| platform::date_time(t, i18n.zone(), Some(&i18n.tag()))),
            _ => None,
        }
        .unwrap_or_else(|| match v {
            Value::String(s) => shorten(s, SHORT),
            Value::Bool(true) => i18n.tr("history-yes"),
            Value::Bool(false) => i18n.tr("history-no"),
            other => shorten(&other.to_string(), SHORT),
        })
    };
    match value {
        Value::Array(items) => join_short(items.iter().map(one)),
        other => one(other),
    }
}

/// One case event as the timeline shows it.
fn entry_of(
    i18n: &I18n,
    names: &HashMap<String, String>,
    case: Option<&Case>,
    e: &CaseEvent,
    saving: bool,
) -> Entry {
    // No kind (damaged-ish): shown as of an unknown kind, never editable,
    // never silently taken for a note.
    let kind = e.kind.map_or("unknown", CaseEventKind::key);
    let mut lines = Vec::new();
    if let Some(changes) = &e.changes {
        // Hidden when the case is sensitive (or unknown), or was on either
        // side of this change.
        let was_sensitive = changes
            .get("sensitive")
            .and_then(Value::as_array)
            .is_some_and(|p| p.iter().any(|v| v != &Value::Bool(false)));
        let hide = case.is_none_or(Case::hides_description) || was_sensitive;
        let (rows, more) = change_rows(changes, hide);
        for row in rows {
            let label = field_label(&row.field);
            let field = if label == "field-other" {
                row.field.clone()
            } else {
                i18n.tr(label)
            };
            lines.push(i18n.tr_args(
                "history-change",
                &[
                    ("field", Arg::from(field)),
                    (
                        "from",
                        Arg::from(value_words(i18n, names, &row.field, &row.old)),
                    ),
                    (
                        "to",
                        Arg::from(value_words(i18n, names, &row.field, &row.new)),
                    ),
                ],
            ));
        }
        if more > 0 {
            lines.push(i18n.tr_args("history-more", &[("count", Arg::from(more))]));
        }
    }
    if let Some(team) = e.partner_team {
        lines.push(i18n.tr_args(
            "history-team",
            &[("name", Arg::from(i18n.tr(partner_label(team))))],
        ));
    }
    Entry {
        id: e.id.clone(),
        kind,
        at: e.at,
        created_at: e.created_at,
        author_id: e.author_id.clone(),
        text: e.text.clone().unwrap_or_default(),
        lines,
        editable: e.kind.is_some_and(|k| k != CaseEventKind::Change) && !saving,
        saving,
    }
}

/// Keeps the newest version of each event.
fn put(list: &mut Vec<CaseEvent>, event: CaseEvent) {
    match list.iter_mut().find(|e| e.id == event.id) {
        Some(old) if old.version <= event.version => *old = event,
        Some(_) => {}
        None => list.push(event),
    }
}

/// The notes and history of case `case_id`, under its form. `case` is the
/// case as stored (its partner teams, whether it is sensitive); `recorded`
/// gets the `change` events this page's saves left; `names`: people.
#[component]
pub fn CaseHistory(
    case_id: String,
    #[prop(into)] case: Signal<Option<Case>>,
    recorded: RwSignal<Vec<CaseEvent>>,
    #[prop(into)] names: Signal<HashMap<String, String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let me = use_me();
    let provider = use_context::<AppProvider>();
    let events = RwSignal::new(Vec::<CaseEvent>::new());
    let damaged = RwSignal::new(Vec::<Damaged>::new());
    let load_error = RwSignal::new(None::<DataError>);
    let loaded = RwSignal::new(false);
    // Adds on their way, and the one that failed (kept for its retry: the
    // same id, so a try that landed unseen is not written twice).
    let pending = RwSignal::new(Vec::<CaseEvent>::new());
    let failed = RwSignal::new(None::<(Draft, String)>);
    let failed_event = StoredValue::new_local(None::<(CaseEvent, Creation)>);
    let saving = RwSignal::new(Vec::<String>::new());
    let notice = RwSignal::new(None::<String>);

    let load = {
        let provider = provider.clone();
        let case_id = case_id.clone();
        move || {
            let Some(provider) = provider.clone() else {
                return;
            };
            let params = ListParams {
                filters: vec![Filter::new("case_id", Op::Eq(case_id.clone()))],
                ..Default::default()
            };
            load_error.set(None);
            let case_id = case_id.clone();
            spawn_local(async move {
                match provider.load::<CaseEvent>(&params).await {
                    Ok(l) => {
                        events.try_update(|list| {
                            for e in of_case(l.records, &case_id) {
                                put(list, e);
                            }
                        });
                        damaged.try_set(l.damaged);
                        loaded.try_set(true);
                    }
                    Err(error) => {
                        load_error.try_set(Some(error));
                    }
                }
            });
        }
    };
    load();

    let saver = use_saver::<CaseEvent, EventEdit>(move |event| match event {
        Event::Shown(e) | Event::Saved(e) => {
            events.try_update(|list| {
                if let Some(old) = list.iter_mut().find(|x| x.id == e.id) {
                    *old = e;
                }
            });
        }
        Event::Saving { id, saving: on } => {
            saving.try_update(|s| {
                s.retain(|x| *x != id);
                if on {
                    s.push(id);
                }
            });
        }
        Event::Recorded(_) => {}
        Event::Conflict(_) => {
            notice.try_set(Some(
                i18n.tr("history-edit-failed") + " " + &i18n.tr("error-conflict"),
            ));
        }
        Event::Queued { .. } => {
            notice.try_set(Some(error_message(&i18n, &DataError::Queued)));
        }
        Event::Failed { error, .. } => {
            notice.try_set(Some(
                i18n.tr("history-edit-failed") + " " + &error_message(&i18n, &error),
            ));
        }
    });

    let own_id = case_id.clone();
    let entries = Signal::derive(move || {
        let case = case.get();
        let names = names.get();
        let busy = saving.get();
        let mut all = events.get();
        for e in recorded.get() {
            if belongs(&e, &own_id) {
                put(&mut all, e);
            }
        }
        let mut list: Vec<Entry> = all
            .iter()
            .map(|e| entry_of(&i18n, &names, case.as_ref(), e, busy.contains(&e.id)))
            .collect();
        list.extend(
            pending
                .get()
                .iter()
                .filter(|p| !all.iter().any(|e| e.id == p.id))
                .map(|e| entry_of(&i18n, &names, case.as_ref(), e, true)),
        );
        list
    });

    let teams: Vec<PartnerTeam> = case
        .get_untracked()
        .and_then(|c| c.partner_teams)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| PartnerTeam::ALL.to_vec());
    let options: Vec<(&'static str, &'static str)> =
        teams.iter().map(|t| (t.key(), partner_label(*t))).collect();
    let extras = vec![
        ("partner_request", options.clone()),
        ("partner_reply", options),
    ];

    let on_add = {
        let provider = provider.clone();
        let case_id = case_id.clone();
        Callback::new(move |draft: Draft| {
            let Some(provider) = provider.clone() else {
                return;
            };
            let Some(kind) =
                CaseEventKind::from_key(draft.kind).filter(|k| *k != CaseEventKind::Change)
            else {
                return;
            };
            let team = draft
                .extra
                .and_then(|x| PartnerTeam::ALL.into_iter().find(|t| t.key() == x));
            let at = draft.at.unwrap_or_else(|| provider.server_now());
            let fresh = new_event(
                new_id(),
                &case_id,
                kind,
                at,
                draft.text.clone(),
                team,
                me.get_untracked(),
            );
            // A retry of the failed add keeps its id, first time and tries.
            let (event, creation) = match failed_event.get_value() {
                Some((old, creation))
                    if old.kind == fresh.kind && old.partner_team == fresh.partner_team =>
                {
                    (
                        CaseEvent {
                            text: fresh.text.clone(),
                            at: if draft.at.is_some() { fresh.at } else { old.at },
                            author_id: fresh.author_id.clone(),
                            ..old
                        },
                        creation,
                    )
                }
                _ => (fresh, Creation::default()),
            };
            failed.set(None);
            failed_event.set_value(None);
            pending.update(|p| p.push(event.clone()));
            spawn_local(async move {
                let result = creation.create(&provider, &event).await;
                pending.try_update(|p| p.retain(|e| e.id != event.id));
                match result {
                    Ok(stored) => {
                        events.try_update(|list| put(list, stored));
                    }
                    Err(error) => {
                        let message =
                            i18n.tr("history-add-failed") + " " + &error_message(&i18n, &error);
                        failed_event.try_set_value(Some((event, creation)));
                        failed.try_set(Some((draft, message)));
                    }
                }
            });
        })
    };

    let on_edit = Callback::new(move |(id, draft): (String, Draft)| {
        let Some(base) = events.with_untracked(|l| l.iter().find(|e| e.id == id).cloned()) else {
            return;
        };
        let Some(kind) =
            CaseEventKind::from_key(draft.kind).filter(|k| *k != CaseEventKind::Change)
        else {
            return;
        };
        notice.set(None);
        let edit = EventEdit {
            kind,
            at: draft.at,
            text: draft.text,
            partner_team: draft
                .extra
                .and_then(|x| PartnerTeam::ALL.into_iter().find(|t| t.key() == x)),
        };
        if let Some(saver) = saver {
            saver.submit(&base, edit);
        }
    });

    let on_delete = {
        let provider = provider.clone();
        Callback::new(move |id: String| {
            let Some(provider) = provider.clone() else {
                return;
            };
            let version =
                events.with_untracked(|l| l.iter().find(|e| e.id == id).and_then(|e| e.version));
            notice.set(None);
            saving.update(|s| s.push(id.clone()));
            spawn_local(async move {
                let result = provider.delete::<CaseEvent>(&id, version).await;
                saving.try_update(|s| s.retain(|x| *x != id));
                match result {
                    Ok(()) => {
                        events.try_update(|l| l.retain(|e| e.id != id));
                        recorded.try_update(|l| l.retain(|e| e.id != id));
                    }
                    Err(DataError::Conflict { current }) => {
                        // Keep it, as it is stored now when the answer said.
                        if let Some(now) =
                            current.and_then(|v| crate::data::decode::decode::<CaseEvent>(v).ok())
                        {
                            events.try_update(|l| put(l, now));
                        }
                        notice.try_set(Some(i18n.tr("history-delete-conflict")));
                    }
                    Err(error) => {
                        notice.try_set(Some(
                            i18n.tr("history-delete-failed") + " " + &error_message(&i18n, &error),
                        ));
                    }
                }
            });
        })
    };
    let extra_of = Callback::new(move |id: String| {
        events.with_untracked(|l| {
            l.iter()
                .find(|e| e.id == id)
                .and_then(|e| e.partner_team)
                .map(PartnerTeam::key)
        })
    });

    let retry_load = Callback::new(move |_: ()| load());
    view! {
        <div class="case-history" data-loaded=move || loaded.get().to_string()>
            {move || notice.get().map(|m| view! { <p class="error-panel" role="alert" data-state="history-notice">{m}</p> })}
            {move || match load_error.get() {
                Some(error) => EitherOf3::A(view! { <ErrorPanel error on_retry=retry_load /> }),
                None if damaged.with(Vec::is_empty) => EitherOf3::B(()),
                None => EitherOf3::C(view! { <DamagedList damaged=damaged.get() /> }),
            }}
            <Timeline entries kinds=KINDS.to_vec() quick_kind="note"
                addable=vec!["note", "partner_request", "partner_reply"]
                names on_add on_edit on_delete extras extra_of
                failed=Signal::derive(move || failed.get()) heading="case-history" />
        </div>
    }
}
