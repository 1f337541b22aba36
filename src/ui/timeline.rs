//! The one timeline: an incident's timeline and a case's notes and history
//! are this component over two data sources. The page maps its records to
//! [`Entry`]s and turns [`Draft`]s into writes; the component orders, shows,
//! filters and edits. Styles: `.timeline` in `style/main.css`.
//!
//! Times typed into the composer (`datetime-local`, no zone) are read in the
//! zone the app shows times in: the viewer's own, or UTC when they chose UTC.

use std::collections::HashMap;

use chrono::{NaiveDateTime, TimeDelta};
use leptos::either::Either;
use leptos::prelude::*;

use crate::i18n::{text, use_i18n, Arg};
use crate::platform;
use crate::time::{timeline_key, Timestamp};
use crate::ui::use_me;

/// One kind of entry: its contract value, the message id of its name and an
/// icon (decorative: the word is always shown beside it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kind {
    pub key: &'static str,
    pub label: &'static str,
    pub icon: &'static str,
}

/// One entry as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    pub kind: &'static str,
    pub at: Option<Timestamp>,
    pub created_at: Option<Timestamp>,
    pub author_id: Option<String>,
    pub text: String,
    /// Extra lines under the text, already in the viewer's language (a
    /// change's "Status: new → triage", a partner team).
    pub lines: Vec<String>,
    /// `false` for history (a case's `change` entries, status changes).
    pub editable: bool,
    pub saving: bool,
}

/// What the person wrote: to add, or an entry's new values.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: &'static str,
    /// `None`: now.
    pub at: Option<Timestamp>,
    pub text: String,
    /// The extra choice of the kind (a partner team's key), if it has one.
    pub extra: Option<&'static str>,
}

/// Entries in the order a timeline shows them: by `at`, equal times by
/// `created_at` (unknown last), then by id; entries without `at` last: the
/// one [`timeline_key`], shared with the incident export.
pub fn ordered(mut entries: Vec<Entry>) -> Vec<Entry> {
    entries.sort_by(|a, b| {
        timeline_key(a.at, a.created_at, &a.id).cmp(&timeline_key(b.at, b.created_at, &b.id))
    });
    entries
}

/// Reads a `datetime-local` value (`2026-11-24T09:30`, seconds optional).
/// Written out, as `time` does: chrono's parser costs the wasm dearly.
pub fn parse_input(text: &str) -> Option<NaiveDateTime> {
    let b = text.trim().as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let part = b.get(from..from + len)?;
        part.iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() < 16
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b' ')
        || b[13] != b':'
    {
        return None;
    }
    let second = match b.len() {
        16 => 0,
        n if n >= 19 && b[16] == b':' && (n == 19 || b[19] == b'.') => num(17, 2)?,
        _ => return None,
    };
    if b.len() > 20 && !b[20..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(num(0, 4)? as i32, num(5, 2)?, num(8, 2)?)?.and_hms_opt(
        num(11, 2)?,
        num(14, 2)?,
        second,
    )
}

/// The instant a typed wall time means, given the minutes to add to reach
/// UTC there (`getTimezoneOffset`: -60 in Berlin in winter, 0 for UTC).
pub fn from_input(text: &str, offset_minutes: i32) -> Option<Timestamp> {
    let local = parse_input(text)?;
    let utc = local.checked_add_signed(TimeDelta::minutes(i64::from(offset_minutes)))?;
    Some(Timestamp(utc.and_utc()))
}

/// `at` as a `datetime-local` value in a zone `offset_minutes` behind UTC.
pub fn to_input(at: Timestamp, offset_minutes: i32) -> String {
    use chrono::{Datelike, Timelike};
    let l = at.0.naive_utc() - TimeDelta::minutes(i64::from(offset_minutes));
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        l.year(),
        l.month(),
        l.day(),
        l.hour(),
        l.minute()
    )
}

/// A typed time in the zone shown (`utc`: UTC, else the viewer's own).
fn typed_time(text: &str, utc: bool) -> Option<Timestamp> {
    let offset = if utc {
        0
    } else {
        platform::local_offset_at(parse_input(text)?)
    };
    from_input(text, offset)
}

/// `at` for a `datetime-local` field in the zone shown.
fn time_field(at: Timestamp, utc: bool) -> String {
    to_input(
        at,
        if utc {
            0
        } else {
            platform::local_offset_of(at)
        },
    )
}

fn find_kind(kinds: &[Kind], key: &str) -> Option<Kind> {
    kinds.iter().copied().find(|k| k.key == key)
}

/// An extra choice per kind: the kind, then its options (key, message id).
pub type Extras = Vec<(&'static str, Vec<(&'static str, &'static str)>)>;

fn options_of(extras: &Extras, kind: &str) -> Vec<(&'static str, &'static str)> {
    extras
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, o)| o.clone())
        .unwrap_or_default()
}

/// The key of `options` that is `value`, as `'static`.
fn pick(options: &[(&'static str, &'static str)], value: &str) -> Option<&'static str> {
    options.iter().map(|(k, _)| *k).find(|k| *k == value)
}

/// One timeline: a composer, a kind filter and the entries. See the module
/// documentation; `extras` gives some kinds one more choice (the partner
/// team of a partner request), `extra_of` says an entry's current one (for
/// editing), `failed` puts an add that did not go through back in the
/// composer with its message and a Retry, `heading` names the list.
#[allow(clippy::too_many_arguments)]
#[component]
pub fn Timeline(
    #[prop(into)] entries: Signal<Vec<Entry>>,
    kinds: Vec<Kind>,
    quick_kind: &'static str,
    addable: Vec<&'static str>,
    #[prop(into)] names: Signal<HashMap<String, String>>,
    on_add: Callback<Draft>,
    on_edit: Callback<(String, Draft)>,
    on_delete: Callback<String>,
    #[prop(optional)] extras: Extras,
    #[prop(optional)] extra_of: Option<Callback<String, Option<&'static str>>>,
    #[prop(optional, into)] failed: MaybeProp<(Draft, String)>,
    #[prop(optional)] heading: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let me = use_me();
    let kinds = StoredValue::new(kinds);
    let addable = StoredValue::new(addable);
    let extras = StoredValue::new(extras);
    let uid = format!("tl-{}", quick_kind);

    // The composer.
    let text_in = RwSignal::new(String::new());
    let details = RwSignal::new(false);
    let kind_in = RwSignal::new(quick_kind);
    let time_in = RwSignal::new(String::new());
    let extra_in = RwSignal::new(String::new());
    let filter = RwSignal::new(String::new());

    // A failed add comes back into the composer.
    Effect::new(move |_| {
        if let Some((draft, _)) = failed.get() {
            text_in.set(draft.text.clone());
        }
    });

    let draft_of = move |kind: &'static str, time: &str, body: String, extra: &str| Draft {
        kind,
        at: (!time.trim().is_empty())
            .then(|| typed_time(time, i18n.utc.get_untracked()))
            .flatten(),
        text: body,
        extra: extras.with_value(|x| pick(&options_of(x, kind), extra)),
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = text_in.get_untracked();
        if body.trim().is_empty() {
            return;
        }
        let draft = if details.get_untracked() {
            draft_of(
                kind_in.get_untracked(),
                &time_in.get_untracked(),
                body,
                &extra_in.get_untracked(),
            )
        } else {
            Draft {
                kind: quick_kind,
                at: None,
                text: body,
                extra: None,
            }
        };
        on_add.run(draft);
        text_in.set(String::new());
        time_in.set(String::new());
    };

    let kind_word = move |key: &str| {
        kinds
            .with_value(|k| find_kind(k, key))
            .map(|k| i18n.tr(k.label))
            .unwrap_or_else(|| key.to_string())
    };
    let kind_options = move |current: &'static str| {
        let mut keys = addable.get_value();
        if !keys.contains(&current) {
            keys.insert(0, current);
        }
        keys.into_iter()
            .map(
                |k| view! { <option value=k selected=move || k == current>{kind_word(k)}</option> },
            )
            .collect_view()
    };
    let extra_select = move |id: String, kind: Signal<&'static str>, value: RwSignal<String>| {
        move || {
            let options = extras.with_value(|x| options_of(x, kind.get()));
            (!options.is_empty()).then(|| {
                let id = id.clone();
                view! {
                    <div class="timeline-field">
                        <label for=id.clone()>{text("timeline-extra")}</label>
                        <select id=id data-timeline="extra" prop:value=move || value.get()
                            on:change=move |ev| value.set(event_target_value(&ev))>
                            <option value="">{text("none")}</option>
                            {options.into_iter().map(|(k, label)| view! {
                                <option value=k selected=move || value.get() == k>{text(label)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                }
            })
        }
    };
    let time_label = move || {
        if i18n.utc.get() {
            text("timeline-time-utc").into_any()
        } else {
            text("timeline-time-local").into_any()
        }
    };

    let people = move || {
        let mut list: Vec<(String, String)> = names.get().into_iter().collect();
        list.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        list
    };
    let as_select = {
        let id = format!("{uid}-as");
        view! {
            <div class="timeline-field timeline-as">
                <label for=id.clone()>{text("timeline-as")}</label>
                <select id=id data-timeline="as" prop:value=move || me.get().unwrap_or_default()
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        me.set((!v.is_empty()).then_some(v));
                    }>
                    <option value="">{text("timeline-nobody")}</option>
                    {move || {
                        let mut list = people();
                        // Whoever this browser says it is, even when not
                        // (yet) among the people loaded.
                        if let Some(mine) = me.get().filter(|m| !list.iter().any(|(id, _)| id == m)) {
                            list.push((mine.clone(), mine));
                        }
                        list.into_iter().map(|(id, name)| {
                            let v = id.clone();
                            view! { <option value=id selected=move || me.get().as_deref() == Some(v.as_str())>{name}</option> }
                        }).collect_view()
                    }}
                </select>
            </div>
        }
    };

    let composer = {
        let text_id = format!("{uid}-text");
        let hint_id = format!("{uid}-hint");
        let kind_id = format!("{uid}-kind");
        let time_id = format!("{uid}-time");
        let extra_id = format!("{uid}-extra");
        let details_id = format!("{uid}-details");
        view! {
            <form class="timeline-composer" on:submit=add>
                <label for=text_id.clone()>{text("timeline-new")}</label>
                <div class="timeline-quick">
                    <input type="text" id=text_id data-timeline="text" dir="auto" autocomplete="off"
                        aria-describedby=hint_id.clone()
                        prop:value=move || text_in.get()
                        on:input=move |ev| text_in.set(event_target_value(&ev)) />
                    <button type="submit" class="primary" data-action="add">{text("timeline-add")}</button>
                </div>
                <p class="timeline-hint" id=hint_id>
                    {move || i18n.tr_args("timeline-hint", &[("kind", Arg::from(kind_word(if details.get() { kind_in.get() } else { quick_kind })))])}
                </p>
                {move || failed.get().map(|(draft, message)| view! {
                    <div class="error-panel" role="alert" data-state="add-failed">
                        <p>{message}</p>
                        <button type="button" data-action="retry-add" on:click=move |_| {
                            on_add.run(Draft { text: text_in.get_untracked(), ..draft.clone() });
                        }>{text("retry")}</button>
                    </div>
                })}
                <div class="timeline-tools">
                    <button type="button" class="link" data-action="details"
                        aria-expanded=move || details.get().to_string() aria-controls=details_id.clone()
                        on:click=move |_| details.update(|d| *d = !*d)>{text("timeline-details")}</button>
                    {as_select}
                </div>
                <div class="timeline-details" id=details_id hidden=move || !details.get()>
                    <div class="timeline-field">
                        <label for=kind_id.clone()>{text("timeline-kind")}</label>
                        <select id=kind_id data-timeline="kind" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(k) = addable.with_value(|a| a.iter().copied().find(|k| *k == v)) {
                                kind_in.set(k);
                            }
                        }>
                            {kind_options(quick_kind)}
                        </select>
                    </div>
                    <div class="timeline-field">
                        <label for=time_id.clone()>{time_label}</label>
                        <input type="datetime-local" id=time_id data-timeline="time"
                            prop:value=move || time_in.get()
                            on:input=move |ev| time_in.set(event_target_value(&ev)) />
                    </div>
                    {extra_select(extra_id, Signal::derive(move || kind_in.get()), extra_in)}
                </div>
            </form>
        }
    };

    let filter_select = {
        let id = format!("{uid}-filter");
        view! {
            <div class="timeline-field timeline-filter">
                <label for=id.clone()>{text("timeline-filter")}</label>
                <select id=id data-timeline="filter" on:change=move |ev| filter.set(event_target_value(&ev))>
                    <option value="">{text("timeline-all")}</option>
                    {kinds.get_value().into_iter().map(|k| view! { <option value=k.key>{text(k.label)}</option> }).collect_view()}
                </select>
            </div>
        }
    };

    // Editing one entry at a time, and the delete confirmation.
    let editing = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(None::<String>);
    let e_kind = RwSignal::new(quick_kind);
    let e_time = RwSignal::new(String::new());
    let e_text = RwSignal::new(String::new());
    let e_extra = RwSignal::new(String::new());
    let start_edit = move |entry: &Entry| {
        e_kind.set(entry.kind);
        e_time.set(
            entry
                .at
                .map(|t| time_field(t, i18n.utc.get_untracked()))
                .unwrap_or_default(),
        );
        e_text.set(entry.text.clone());
        e_extra.set(
            extra_of
                .and_then(|f| f.run(entry.id.clone()))
                .unwrap_or_default()
                .to_string(),
        );
        confirming.set(None);
        editing.set(Some(entry.id.clone()));
        platform::focus_later(
            "data-event-id",
            entry.id.clone(),
            "[data-timeline='edit-text']",
            false,
        );
    };
    let stop_edit = move |id: String| {
        editing.set(None);
        platform::focus_later("data-event-id", id, "[data-action='edit']", false);
    };
    let save_edit = move |entry: Entry| {
        let time = e_time.get_untracked();
        let at = if time.trim().is_empty() {
            entry.at
        } else {
            typed_time(&time, i18n.utc.get_untracked()).or(entry.at)
        };
        let body = e_text.get_untracked();
        if body.trim().is_empty() {
            return;
        }
        let kind = e_kind.get_untracked();
        let draft = Draft {
            kind,
            at,
            text: body,
            extra: extras.with_value(|x| pick(&options_of(x, kind), &e_extra.get_untracked())),
        };
        on_edit.run((entry.id.clone(), draft));
        stop_edit(entry.id);
    };

    let author = move |id: &Option<String>| match id.as_ref().filter(|i| !i.is_empty()) {
        Some(id) => match names.with(|n| n.get(id).cloned()) {
            Some(name) => Either::Left(view! { <bdi class="timeline-author">{name}</bdi> }),
            None => Either::Left(view! { <bdi class="timeline-author">{id.clone()}</bdi> }),
        },
        None => Either::Right(
            view! { <span class="timeline-author unknown">{text("timeline-unknown-author")}</span> },
        ),
    };
    let when = move |at: Option<Timestamp>| match at {
        Some(t) => {
            let tag = i18n.tag();
            let utc = format!("{} UTC", platform::date_time(t, Some("UTC"), Some(&tag)));
            let shown = platform::date_time(t, i18n.zone(), Some(&tag));
            let local = !i18n.utc.get();
            Either::Left(view! {
                <time datetime=t.to_wire() title=utc.clone()>{shown}</time>
                {local.then(|| view! { <small class="timeline-utc">{utc}</small> })}
            })
        }
        None => Either::Right(
            view! { <span class="timeline-no-time">{text("timeline-no-time")}</span> },
        ),
    };

    let edit_form = move |entry: Entry| {
        let id = entry.id.clone();
        let kid = format!("tl-{quick_kind}-e-kind");
        let tid = format!("tl-{quick_kind}-e-time");
        let xid = format!("tl-{quick_kind}-e-text");
        let eid = format!("tl-{quick_kind}-e-extra");
        let cancel_id = id.clone();
        let escape_id = id.clone();
        let save_entry = entry.clone();
        view! {
            <form class="timeline-edit"
                on:submit=move |ev| { ev.prevent_default(); save_edit(save_entry.clone()); }
                on:keydown=move |ev| if ev.key() == "Escape" { ev.prevent_default(); stop_edit(escape_id.clone()); }>
                <div class="timeline-field">
                    <label for=kid.clone()>{text("timeline-kind")}</label>
                    <select id=kid data-timeline="edit-kind" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let k = addable.with_value(|a| a.iter().copied().find(|k| *k == v));
                        e_kind.set(k.unwrap_or(entry.kind));
                    }>
                        {kind_options(entry.kind)}
                    </select>
                </div>
                <div class="timeline-field">
                    <label for=tid.clone()>{time_label}</label>
                    <input type="datetime-local" id=tid data-timeline="edit-time"
                        prop:value=move || e_time.get() on:input=move |ev| e_time.set(event_target_value(&ev)) />
                </div>
                {extra_select(eid, Signal::derive(move || e_kind.get()), e_extra)}
                <div class="timeline-field timeline-edit-text">
                    <label for=xid.clone()>{text("timeline-text")}</label>
                    <textarea id=xid data-timeline="edit-text" dir="auto" rows="3"
                        prop:value=move || e_text.get() on:input=move |ev| e_text.set(event_target_value(&ev))></textarea>
                </div>
                <p class="timeline-actions">
                    <button type="submit" class="primary" data-action="save-entry">{text("timeline-save")}</button>
                    <button type="button" data-action="cancel-entry" on:click=move |_| stop_edit(cancel_id.clone())>{text("timeline-cancel")}</button>
                </p>
            </form>
        }
    };

    let item = move |entry: Entry| {
        let icon = kinds
            .with_value(|k| find_kind(k, entry.kind))
            .map(|k| k.icon)
            .unwrap_or("•");
        let id = entry.id.clone();
        let is_editing = {
            let id = id.clone();
            move || editing.get().as_deref() == Some(id.as_str())
        };
        let is_confirming = {
            let id = id.clone();
            move || confirming.get().as_deref() == Some(id.as_str())
        };
        let actions = {
            let entry = entry.clone();
            move || {
                (entry.editable && !entry.saving).then(|| {
                    let for_edit = entry.clone();
                    let del = entry.id.clone();
                    let ask = entry.id.clone();
                    let back = entry.id.clone();
                    if is_confirming() {
                        Either::Left(view! {
                            <p class="timeline-confirm" role="alert">
                                {text("timeline-delete-confirm")} " "
                                <button type="button" class="danger" data-action="confirm-delete"
                                    on:click=move |_| { confirming.set(None); on_delete.run(del.clone()); }>{text("timeline-delete-yes")}</button>
                                " "
                                <button type="button" data-action="cancel-delete" on:click=move |_| {
                                    confirming.set(None);
                                    platform::focus_later("data-event-id", back.clone(), "[data-action='delete']", false);
                                }>{text("timeline-cancel")}</button>
                            </p>
                        })
                    } else {
                        Either::Right(view! {
                            <p class="timeline-actions">
                                <button type="button" data-action="edit" on:click=move |_| start_edit(&for_edit)>{text("timeline-edit")}</button>
                                <button type="button" data-action="delete" on:click=move |_| {
                                    confirming.set(Some(ask.clone()));
                                    platform::focus_later("data-event-id", ask.clone(), "[data-action='confirm-delete']", false);
                                }>{text("timeline-delete")}</button>
                            </p>
                        })
                    }
                })
            }
        };
        let body = {
            let entry = entry.clone();
            move || {
                if is_editing() {
                    Either::Left(edit_form(entry.clone()))
                } else {
                    Either::Right(view! {
                        <p class="timeline-text" dir="auto">{entry.text.clone()}</p>
                        {entry.lines.iter().map(|l| view! { <p class="timeline-line" dir="auto">{l.clone()}</p> }).collect_view()}
                        {actions.clone()}
                    })
                }
            }
        };
        view! {
            <li class="timeline-entry" data-event-id=id data-kind=entry.kind
                data-saving=entry.saving.then_some("true") aria-busy=entry.saving.then_some("true")>
                <p class="timeline-head">
                    <span class="timeline-icon" aria-hidden="true">{icon}</span>
                    <span class="timeline-kind">{kind_word(entry.kind)}</span>
                    " · " {author(&entry.author_id)} " · "
                    <span class="timeline-when">{when(entry.at)}</span>
                    {entry.saving.then(|| view! { <span class="timeline-saving">" " {text("saving")}</span> })}
                </p>
                {body}
            </li>
        }
    };

    let shown = move || {
        let f = filter.get();
        ordered(entries.get())
            .into_iter()
            .filter(|e| f.is_empty() || e.kind == f)
            .collect::<Vec<_>>()
    };
    let heading_id = format!("{uid}-heading");
    let labelled_by = heading_id.clone();

    view! {
        <section class="timeline" aria-labelledby=labelled_by>
            <h2 id=heading_id>{text(heading.unwrap_or("timeline-heading"))}</h2>
            {composer}
            {filter_select}
            {move || {
                let list = shown();
                if list.is_empty() {
                    Either::Left(view! { <p class="timeline-empty">{text("timeline-empty")}</p> })
                } else {
                    Either::Right(view! {
                        <ol class="timeline-list">{list.into_iter().map(item).collect_view()}</ol>
                    })
                }
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn entry(id: &str, at: Option<&str>, created: Option<&str>) -> Entry {
        Entry {
            id: id.into(),
            kind: "note",
            at: at.map(t),
            created_at: created.map(t),
            author_id: None,
            text: String::new(),
            lines: vec![],
            editable: true,
            saving: false,
        }
    }

    fn ids(entries: Vec<Entry>) -> Vec<String> {
        ordered(entries).into_iter().map(|e| e.id).collect()
    }

    #[test]
    fn entries_are_ordered_by_when_they_happened() {
        let got = ids(vec![
            entry(
                "late",
                Some("2026-11-24T10:00:00Z"),
                Some("2026-11-24T10:00:00Z"),
            ),
            // Written later, but back-dated to before the others.
            entry(
                "back",
                Some("2026-11-24T08:00:00Z"),
                Some("2026-11-24T11:00:00Z"),
            ),
            entry(
                "mid",
                Some("2026-11-24T09:00:00+00:00"),
                Some("2026-11-24T09:00:00Z"),
            ),
        ]);
        assert_eq!(got, ["back", "mid", "late"]);
    }

    #[test]
    fn equal_times_go_by_when_written_then_by_id_and_no_time_last() {
        let at = Some("2026-11-24T09:00:00Z");
        let got = ids(vec![
            entry("none-b", None, Some("2026-11-24T07:00:00Z")),
            entry("z", at, Some("2026-11-24T09:05:00Z")),
            entry("b", at, Some("2026-11-24T09:01:00Z")),
            entry("a", at, Some("2026-11-24T09:01:00Z")),
            entry("none-a", None, None),
            entry("c", at, None),
            entry("early", Some("2026-11-24T08:59:59Z"), None),
        ]);
        assert_eq!(got, ["early", "a", "b", "z", "c", "none-b", "none-a"]);
    }

    #[test]
    fn a_typed_time_is_read_in_the_zone_shown() {
        // UTC: as typed.
        assert_eq!(
            from_input("2026-11-24T09:30", 0).unwrap().to_wire(),
            "2026-11-24T09:30:00.000Z"
        );
        // Berlin in winter (UTC+1, offset -60): 09:30 there is 08:30 UTC.
        assert_eq!(
            from_input("2026-11-24T09:30", -60).unwrap().to_wire(),
            "2026-11-24T08:30:00.000Z"
        );
        // New York in winter (UTC-5, offset 300), over midnight and a month.
        assert_eq!(
            from_input("2026-11-30T22:15", 300).unwrap().to_wire(),
            "2026-12-01T03:15:00.000Z"
        );
        // Seconds are allowed; rubbish is not.
        assert_eq!(
            from_input("2026-11-24T09:30:15", 0).unwrap().to_wire(),
            "2026-11-24T09:30:15.000Z"
        );
        assert_eq!(from_input("", 0), None);
        assert_eq!(from_input("2026-02-30T09:30", 0), None);
        assert_eq!(from_input("yesterday", 0), None);
    }

    #[test]
    fn a_time_is_written_into_the_field_in_the_zone_shown() {
        let at = t("2026-12-01T03:15:42.500Z");
        assert_eq!(to_input(at, 0), "2026-12-01T03:15");
        assert_eq!(to_input(at, 300), "2026-11-30T22:15");
        // Kolkata (UTC+5:30, offset -330).
        assert_eq!(to_input(at, -330), "2026-12-01T08:45");
        assert_eq!(
            from_input(&to_input(at, -330), -330).unwrap().to_wire(),
            "2026-12-01T03:15:00.000Z"
        );
    }
}
