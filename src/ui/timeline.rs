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
use crate::ui::MePicker;

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
    crate::sort::sort_by(&mut entries, |a, b| {
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

/// The earliest time a time field takes (its `min`, as typed): anything
/// before is a slip (`0000-`, a two-digit year), not an old incident.
pub const EARLIEST: &str = "2000-01-01T00:00";

/// How far past now a typed time may be. Entries record what happened, so
/// a back-dated entry (written after the fact) is the use; a day of slack
/// covers clocks and zones, not plans.
pub const AHEAD: TimeDelta = TimeDelta::days(1);

/// Why a typed time is refused, as a field error (never replaced by now or
/// by the old time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeProblem {
    /// Not a full date and time, or before [`EARLIEST`].
    Unreadable,
    /// More than [`AHEAD`] after now.
    Future,
}

impl TimeProblem {
    /// The message id of the field error.
    pub fn message(self) -> &'static str {
        match self {
            TimeProblem::Unreadable => "timeline-time-invalid",
            TimeProblem::Future => "timeline-time-future",
        }
    }
}

/// A non-empty typed time: `read` turns the wall time into an instant in
/// the zone shown; checked against [`EARLIEST`] and [`AHEAD`] of `now`.
fn check_typed(
    text: &str,
    read: impl Fn(&str) -> Option<Timestamp>,
    now: Timestamp,
) -> Result<Timestamp, TimeProblem> {
    use chrono::Datelike;
    let wall = parse_input(text).ok_or(TimeProblem::Unreadable)?;
    if wall.year() < 2000 {
        return Err(TimeProblem::Unreadable);
    }
    let at = read(text).ok_or(TimeProblem::Unreadable)?;
    if at.0 > now.0 + AHEAD {
        return Err(TimeProblem::Future);
    }
    Ok(at)
}

/// The composer's time: `Ok(None)` when left empty (now), the instant, or
/// why not. `bad`: the browser says what is typed is not a full time (the
/// field's value is then empty, which must not read as "now").
pub fn composer_time(
    text: &str,
    bad: bool,
    read: impl Fn(&str) -> Option<Timestamp>,
    now: Timestamp,
) -> Result<Option<Timestamp>, TimeProblem> {
    if bad {
        return Err(TimeProblem::Unreadable);
    }
    if text.trim().is_empty() {
        return Ok(None);
    }
    check_typed(text, read, now).map(Some)
}

/// The `at` an edit writes: `Ok(None)` (keep the stored one) while the
/// field still holds `filled`, what it was filled with. The field has
/// minute precision and one offset, so reading it back would drop seconds
/// and, in the repeated hour at the end of summer time, move the entry an
/// hour: only a time someone changed is read. Clearing it is an error.
pub fn edited_time(
    filled: &str,
    typed: &str,
    bad: bool,
    read: impl Fn(&str) -> Option<Timestamp>,
    now: Timestamp,
) -> Result<Option<Timestamp>, TimeProblem> {
    if bad {
        return Err(TimeProblem::Unreadable);
    }
    if typed.trim() == filled.trim() {
        return Ok(None);
    }
    check_typed(typed, read, now).map(Some)
}

/// What a `datetime-local` field holds, read in the zone shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TypedTime {
    Empty,
    At(Timestamp),
    /// Not a date and time.
    Invalid,
    /// A local time that does not exist (skipped by a daylight-saving
    /// change): refused, never moved silently to another hour.
    NotALocalTime,
}

/// Reads a `datetime-local` value in a zone given by its offsets (minutes
/// behind UTC, as JavaScript's `getTimezoneOffset`): at a local time
/// (`offset_at`) and at an instant (`offset_of`). A local time that does not
/// come back the same from the instant it was read as does not exist there.
pub fn read_time(
    text: &str,
    offset_at: impl Fn(chrono::NaiveDateTime) -> i32,
    offset_of: impl Fn(Timestamp) -> i32,
) -> TypedTime {
    if text.trim().is_empty() {
        return TypedTime::Empty;
    }
    let Some(local) = parse_input(text) else {
        return TypedTime::Invalid;
    };
    let Some(at) = from_input(text, offset_at(local)) else {
        return TypedTime::Invalid;
    };
    if to_input(at, offset_of(at)) != to_input(Timestamp(local.and_utc()), 0) {
        return TypedTime::NotALocalTime;
    }
    TypedTime::At(at)
}

/// Reads a typed `datetime-local` value in the zone shown (`utc`: UTC, else
/// the viewer's own, by the browser's rules: [`platform::local_instant`]).
/// Every time field of the app reads this way.
pub fn read_typed(text: &str, utc: bool) -> TypedTime {
    if utc {
        return read_time(text, |_| 0, |_| 0);
    }
    let offset_at = |local: chrono::NaiveDateTime| {
        platform::local_instant(local).map_or(0, |at| (at.0 - local.and_utc()).num_minutes() as i32)
    };
    read_time(text, offset_at, platform::local_offset_of)
}

/// A typed time, or `None` when the field holds no time that exists.
pub fn typed_time(text: &str, utc: bool) -> Option<Timestamp> {
    match read_typed(text, utc) {
        TypedTime::At(at) => Some(at),
        _ => None,
    }
}

fn reader(utc: bool) -> impl Fn(&str) -> Option<Timestamp> {
    move |text| typed_time(text, utc)
}

/// `at` for a `datetime-local` field in the zone shown.
pub fn time_field(at: Timestamp, utc: bool) -> String {
    to_input(
        at,
        if utc {
            0
        } else {
            platform::local_offset_of(at)
        },
    )
}

/// Where focus goes after entry `id` is deleted: the entry after it in
/// `shown`, else the one before; `None`: the timeline's heading.
pub fn focus_after_delete(shown: &[String], id: &str) -> Option<String> {
    let i = shown.iter().position(|x| x == id)?;
    shown
        .get(i + 1)
        .or_else(|| i.checked_sub(1).and_then(|j| shown.get(j)))
        .cloned()
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

/// A number per timeline on the page, for element ids.
static INSTANCES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// One timeline: a composer, a kind filter and the entries. See the module
/// documentation; `extras` gives some kinds one more choice (the partner
/// team of a partner request), `extra_of` says an entry's current one (for
/// editing), `failed` puts an add that did not go through back in the
/// composer with its message and a Retry, `heading` names the list.
/// `id_prefix` starts its element ids (default: `tl-{quick_kind}-{n}`, `n`
/// counting timelines, so two on one page never share an id).
///
/// Typed times are checked ([`composer_time`], [`edited_time`]): a time
/// that cannot be read, is before [`EARLIEST`] or more than [`AHEAD`] in
/// the future is a field error, never replaced by now or the old time.
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
    #[prop(optional, into)] id_prefix: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let kinds = StoredValue::new(kinds);
    let addable = StoredValue::new(addable);
    let extras = StoredValue::new(extras);
    let uid = id_prefix.unwrap_or_else(|| {
        let n = INSTANCES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        format!("tl-{quick_kind}-{n}")
    });

    // The composer.
    let text_in = RwSignal::new(String::new());
    let details = RwSignal::new(false);
    let kind_in = RwSignal::new(quick_kind);
    let time_in = RwSignal::new(String::new());
    let time_bad = RwSignal::new(false);
    let time_error = RwSignal::new(None::<TimeProblem>);
    let extra_in = RwSignal::new(String::new());
    let filter = RwSignal::new(String::new());

    // A failed add comes back into the composer.
    Effect::new(move |_| {
        if let Some((draft, _)) = failed.get() {
            text_in.set(draft.text.clone());
        }
    });

    // The field's `max`: a day from now, in the zone shown.
    let latest = move || time_field(Timestamp(platform::now().0 + AHEAD), i18n.utc.get());

    let time_id = format!("{uid}-time");
    let add = {
        let time_id = time_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let body = text_in.get_untracked();
            if body.trim().is_empty() {
                return;
            }
            let draft = if details.get_untracked() {
                let at = match composer_time(
                    &time_in.get_untracked(),
                    time_bad.get_untracked(),
                    reader(i18n.utc.get_untracked()),
                    platform::now(),
                ) {
                    Ok(at) => at,
                    Err(problem) => {
                        time_error.set(Some(problem));
                        platform::focus(&format!("#{time_id}"));
                        return;
                    }
                };
                let kind = kind_in.get_untracked();
                Draft {
                    kind,
                    at,
                    text: body,
                    extra: extras
                        .with_value(|x| pick(&options_of(x, kind), &extra_in.get_untracked())),
                }
            } else {
                Draft {
                    kind: quick_kind,
                    at: None,
                    text: body,
                    extra: None,
                }
            };
            time_error.set(None);
            on_add.run(draft);
            text_in.set(String::new());
            time_in.set(String::new());
        }
    };

    let kind_word = move |key: &str| {
        kinds
            .with_value(|k| find_kind(k, key))
            .map_or_else(|| i18n.tr("timeline-unknown-kind"), |k| i18n.tr(k.label))
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
    // A time field with its error: `value`, whether the browser could not
    // read it, and the problem found on submit.
    let time_input = move |id: String,
                           marker: &'static str,
                           value: RwSignal<String>,
                           bad: RwSignal<bool>,
                           error: RwSignal<Option<TimeProblem>>| {
        let err_id = format!("{id}-error");
        let described = err_id.clone();
        view! {
            <div class="timeline-field">
                <label for=id.clone()>{time_label}</label>
                <input type="datetime-local" id=id data-timeline=marker
                    min=EARLIEST max=latest
                    aria-invalid=move || error.get().map(|_| "true")
                    aria-describedby=move || error.get().map(|_| described.clone())
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        bad.set(platform::bad_input(&ev));
                        error.set(None);
                        value.set(event_target_value(&ev));
                    } />
                {move || error.get().map(|p| view! {
                    <p class="field-error" id=err_id.clone() data-error-for=marker>{text(p.message())}</p>
                })}
            </div>
        }
    };

    let as_select = {
        let id = format!("{uid}-as");
        view! {
            <div class="timeline-field timeline-as">
                <MePicker id names />
            </div>
        }
    };

    let composer = {
        let text_id = format!("{uid}-text");
        let hint_id = format!("{uid}-hint");
        let kind_id = format!("{uid}-kind");
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
                    {time_input(time_id.clone(), "time", time_in, time_bad, time_error)}
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

    let shown = move || {
        let f = filter.get();
        ordered(entries.get())
            .into_iter()
            .filter(|e| f.is_empty() || e.kind == f)
            .collect::<Vec<_>>()
    };
    let current = move |id: &str| entries.with(|l| l.iter().find(|e| e.id == id).cloned());

    // Editing one entry at a time, and the delete confirmation.
    let editing = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(None::<String>);
    let e_kind = RwSignal::new(quick_kind);
    let e_time = RwSignal::new(String::new());
    // What the time field was filled with: only a changed time is read.
    let e_filled = RwSignal::new(String::new());
    let e_bad = RwSignal::new(false);
    let e_error = RwSignal::new(None::<TimeProblem>);
    let e_text = RwSignal::new(String::new());
    let e_extra = RwSignal::new(String::new());
    // Focus to put back once the entry is shown again: after an edit, the
    // entry (once no longer busy); after a delete, a neighbour.
    let refocus = RwSignal::new(None::<(String, bool)>);
    let after_delete = RwSignal::new(None::<(String, Option<String>)>);
    let heading_id = format!("{uid}-heading");
    Effect::new(move |_| {
        if let Some((id, seen_busy)) = refocus.get() {
            match entries.with(|l| l.iter().find(|e| e.id == id).map(|e| e.saving)) {
                None => refocus.set(None),
                Some(true) if !seen_busy => refocus.set(Some((id, true))),
                Some(true) => {}
                Some(false) => {
                    if seen_busy {
                        refocus.set(None);
                    }
                    platform::focus_later("data-event-id", id, "", true);
                }
            }
        }
    });
    {
        let heading_id = heading_id.clone();
        Effect::new(move |_| {
            let Some((id, next)) = after_delete.get() else {
                return;
            };
            let gone = entries.with(|l| !l.iter().any(|e| e.id == id));
            if !gone {
                return;
            }
            after_delete.set(None);
            match next.filter(|n| entries.with(|l| l.iter().any(|e| &e.id == n))) {
                Some(n) => platform::focus_later("data-event-id", n, "", true),
                None => platform::focus_later("id", heading_id.clone(), "", true),
            }
        });
    }

    let start_edit = move |entry: &Entry| {
        e_kind.set(entry.kind);
        let filled = entry
            .at
            .map(|t| time_field(t, i18n.utc.get_untracked()))
            .unwrap_or_default();
        e_time.set(filled.clone());
        e_filled.set(filled);
        e_bad.set(false);
        e_error.set(None);
        e_text.set(entry.text.clone());
        e_extra.set(
            extra_of
                .and_then(|f| f.run(entry.id.clone()))
                .unwrap_or_default()
                .to_string(),
        );
        confirming.set(None);
        refocus.set(None);
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
    let edit_time_id = format!("{uid}-e-time");
    let save_edit = {
        let edit_time_id = edit_time_id.clone();
        move |id: String, kind_was: &'static str| {
            let at = match edited_time(
                &e_filled.get_untracked(),
                &e_time.get_untracked(),
                e_bad.get_untracked(),
                reader(i18n.utc.get_untracked()),
                platform::now(),
            ) {
                Ok(at) => at,
                Err(problem) => {
                    e_error.set(Some(problem));
                    platform::focus(&format!("#{edit_time_id}"));
                    return;
                }
            };
            let body = e_text.get_untracked();
            if body.trim().is_empty() {
                return;
            }
            let kind = addable
                .with_value(|a| a.iter().copied().find(|k| *k == e_kind.get_untracked()))
                .unwrap_or(kind_was);
            let draft = Draft {
                kind,
                at,
                text: body,
                extra: extras.with_value(|x| pick(&options_of(x, kind), &e_extra.get_untracked())),
            };
            on_edit.run((id.clone(), draft));
            editing.set(None);
            refocus.set(Some((id.clone(), false)));
            platform::focus_later("data-event-id", id, "", false);
        }
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

    // The edit form of entry `entry` (as it was when the edit started: it
    // stays while other entries, or this one, change underneath).
    let edit_form = move |entry: Entry| {
        let id = entry.id.clone();
        let kid = format!("{uid}-e-kind");
        let xid = format!("{uid}-e-text");
        let eid = format!("{uid}-e-extra");
        let cancel_id = id.clone();
        let escape_id = id.clone();
        let save_id = id.clone();
        let kind_was = entry.kind;
        let save_edit = save_edit.clone();
        view! {
            <form class="timeline-edit"
                on:submit=move |ev| { ev.prevent_default(); save_edit(save_id.clone(), kind_was); }
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
                {time_input(edit_time_id.clone(), "edit-time", e_time, e_bad, e_error)}
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

    // One entry, kept (keyed by id) while it is on the list: its parts
    // follow the entry as it changes, and an open edit form survives.
    let item = move |id: String| {
        let now = {
            let id = id.clone();
            Memo::new(move |_| current(&id))
        };
        let is_editing = {
            let id = id.clone();
            move || editing.get().as_deref() == Some(id.as_str())
        };
        let is_confirming = {
            let id = id.clone();
            move || confirming.get().as_deref() == Some(id.as_str())
        };
        let actions = move |entry: Entry| {
            (entry.editable && !entry.saving).then(|| {
                let del = entry.id.clone();
                let ask = entry.id.clone();
                let back = entry.id.clone();
                if is_confirming() {
                    Either::Left(view! {
                        <p class="timeline-confirm" role="alert">
                            {text("timeline-delete-confirm")} " "
                            <button type="button" class="danger" data-action="confirm-delete"
                                on:click=move |_| {
                                    confirming.set(None);
                                    let ids: Vec<String> = shown().into_iter().map(|e| e.id).collect();
                                    after_delete.set(Some((del.clone(), focus_after_delete(&ids, &del))));
                                    platform::focus_later("data-event-id", del.clone(), "", false);
                                    on_delete.run(del.clone());
                                }>{text("timeline-delete-yes")}</button>
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
                            <button type="button" data-action="edit" on:click=move |_| start_edit(&entry)>{text("timeline-edit")}</button>
                            <button type="button" data-action="delete" on:click=move |_| {
                                confirming.set(Some(ask.clone()));
                                platform::focus_later("data-event-id", ask.clone(), "[data-action='confirm-delete']", false);
                            }>{text("timeline-delete")}</button>
                        </p>
                    })
                }
            })
        };
        let edit_form = edit_form.clone();
        let body = move || {
            if is_editing() {
                now.get_untracked()
                    .map(|e| Either::Left(edit_form.clone()(e)))
            } else {
                let actions = actions.clone();
                Some(Either::Right(move || {
                    now.get().map(|entry| {
                        view! {
                            <p class="timeline-text" dir="auto">{entry.text.clone()}</p>
                            {entry.lines.iter().map(|l| view! { <p class="timeline-line" dir="auto">{l.clone()}</p> }).collect_view()}
                            {actions.clone()(entry)}
                        }
                    })
                }))
            }
        };
        let head = move || {
            now.get().map(|entry| {
                let icon = kinds
                    .with_value(|k| find_kind(k, entry.kind))
                    .map(|k| k.icon)
                    .unwrap_or("•");
                view! {
                    <span class="timeline-icon" aria-hidden="true">{icon}</span>
                    <span class="timeline-kind">{kind_word(entry.kind)}</span>
                    " · " {author(&entry.author_id)} " · "
                    <span class="timeline-when">{when(entry.at)}</span>
                    {entry.saving.then(|| view! { <span class="timeline-saving">" " {text("saving")}</span> })}
                }
            })
        };
        let kind = move || now.with(|e| e.as_ref().map(|e| e.kind));
        let busy = move || {
            now.with(|e| e.as_ref().is_some_and(|e| e.saving))
                .then_some("true")
        };
        view! {
            <li class="timeline-entry" tabindex="-1" data-event-id=id data-kind=kind
                data-saving=busy aria-busy=busy>
                <p class="timeline-head">{head}</p>
                {body}
            </li>
        }
    };

    let labelled_by = heading_id.clone();
    let shown_ids = move || shown().into_iter().map(|e| e.id).collect::<Vec<_>>();

    view! {
        <section class="timeline" aria-labelledby=labelled_by>
            <h2 id=heading_id tabindex="-1">{text(heading.unwrap_or("timeline-heading"))}</h2>
            {composer}
            {filter_select}
            <p class="timeline-empty" hidden=move || !shown().is_empty()>{text("timeline-empty")}</p>
            <ol class="timeline-list">
                <For each=shown_ids key=|id| id.clone() children=item />
            </ol>
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

    #[test]
    fn a_bad_typed_time_is_a_field_error_never_a_fallback() {
        let now = t("2026-11-24T12:00:00Z");
        let utc = |s: &str| from_input(s, 0);
        // Empty in the composer: now. Half typed (the browser's badInput,
        // value empty): an error, not now.
        assert_eq!(composer_time("", false, utc, now), Ok(None));
        assert_eq!(
            composer_time("", true, utc, now),
            Err(TimeProblem::Unreadable)
        );
        for bad in ["yesterday", "0000-01-01T00:00", "1999-12-31T23:59"] {
            assert_eq!(
                composer_time(bad, false, utc, now),
                Err(TimeProblem::Unreadable),
                "{bad}"
            );
        }
        assert_eq!(
            composer_time("9999-01-01T00:00", false, utc, now),
            Err(TimeProblem::Future)
        );
        // Back-dated is the use; up to a day ahead is slack.
        assert_eq!(
            composer_time("2026-11-20T08:00", false, utc, now),
            Ok(Some(t("2026-11-20T08:00:00Z")))
        );
        assert_eq!(
            composer_time("2026-11-25T12:00", false, utc, now),
            Ok(Some(t("2026-11-25T12:00:00Z")))
        );
        assert_eq!(
            composer_time("2026-11-25T12:01", false, utc, now),
            Err(TimeProblem::Future)
        );
        // An edit: unchanged is not read; changed is checked; cleared or
        // half typed is an error, never the old time kept silently.
        let filled = "2026-11-24T09:30";
        assert_eq!(edited_time(filled, filled, false, utc, now), Ok(None));
        assert_eq!(
            edited_time(filled, "2026-11-24T09:15", false, utc, now),
            Ok(Some(t("2026-11-24T09:15:00Z")))
        );
        assert_eq!(
            edited_time(filled, "", false, utc, now),
            Err(TimeProblem::Unreadable)
        );
        assert_eq!(
            edited_time(filled, filled, true, utc, now),
            Err(TimeProblem::Unreadable)
        );
        assert_eq!(
            edited_time(filled, "2030-01-01T00:00", false, utc, now),
            Err(TimeProblem::Future)
        );
        assert_eq!(edited_time("", "", false, utc, now), Ok(None));
    }

    #[test]
    fn focus_after_a_delete_goes_to_the_next_else_the_previous_else_the_heading() {
        let ids: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert_eq!(focus_after_delete(&ids, "b").as_deref(), Some("c"));
        assert_eq!(focus_after_delete(&ids, "c").as_deref(), Some("b"));
        assert_eq!(focus_after_delete(&["a".to_string()], "a"), None);
        assert_eq!(focus_after_delete(&ids, "zz"), None);
    }
}
