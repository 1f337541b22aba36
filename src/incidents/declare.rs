//! Declaring an incident (`/incidents/new`, or `?from_case=<id>` to
//! escalate a case): a short form checked by `logic::validate`, then the
//! incident created once (`Creation`, a client-made id kept across
//! retries). Its `detected` and `declared` events and the case link are
//! the new page's follow-ups (`followups`): they are kept in this browser
//! until written, so a failure there is shown with a Retry and nothing is
//! lost. Thin: the rules are in `logic`.

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::followups::FollowUps;
use super::logic::{declare, from_case, validate, Declaration, DeclareIds, TITLE_MAX};
use super::model::Severity;
use crate::cases::model::Case;
use crate::data::save::Creation;
use crate::data::{AppProvider, DataError};
use crate::i18n::{text, use_i18n};
use crate::platform;
use crate::regions::Region;
use crate::team::people::{people_choices, use_names};
use crate::time::Timestamp;
use crate::ui::{error_message, use_me};

/// The start-time field is read and written as every time field of the
/// app (`ui::timeline`: a local time skipped by daylight saving is refused).
pub(super) use crate::ui::{read_typed as typed_time, time_field, TypedTime};

#[derive(Clone)]
enum State {
    Idle,
    Saving,
    Failed(DataError),
}

#[component]
pub fn NewIncidentPage() -> impl IntoView {
    let i18n = use_i18n();
    let provider = use_context::<AppProvider>();
    let navigate = use_navigate();
    let me = use_me();
    let names = use_names();
    let query = use_query_map();
    let from = query
        .with_untracked(|q| q.get("from_case"))
        .filter(|s| !s.is_empty());
    let decl = RwSignal::new(Declaration::default());
    // The start time is held as an instant; the text shows it in the zone
    // shown, and is written again when the zone is switched.
    let started_in = RwSignal::new(String::new());
    let started = RwSignal::new(TypedTime::Empty);
    Effect::new(move |_| {
        let utc = i18n.utc.get();
        match started.get_untracked() {
            TypedTime::At(t) => started_in.set(time_field(t, utc)),
            TypedTime::Empty => {}
            _ => started.set(typed_time(&started_in.get_untracked(), utc)),
        }
    });
    let type_started = move |text: String| {
        started.set(typed_time(&text, i18n.utc.get_untracked()));
        started_in.set(text);
    };
    let tried = RwSignal::new(false);
    let state = RwSignal::new(State::Idle);
    let case_title = RwSignal::new(None::<String>);
    let case_error = RwSignal::new(None::<DataError>);
    // A declaration tried while the escalated case is not read (yet).
    let case_blocked = RwSignal::new(false);
    // One id set and one birth time per declaration, kept across retries.
    let ids = StoredValue::new(None::<(DeclareIds, Timestamp)>);
    let creation = StoredValue::new_local(Creation::default());

    // Escalating: the case's facts (never its description) fill the form.
    let load_case = {
        let provider = provider.clone();
        let from = from.clone();
        move || {
            let (Some(provider), Some(id)) = (provider.clone(), from.clone()) else {
                return;
            };
            case_error.set(None);
            spawn_local(async move {
                match provider.get::<Case>(&id).await {
                    Ok(Ok(case)) => {
                        case_blocked.try_set(false);
                        let d = from_case(&case);
                        let utc = i18n.utc.get_untracked();
                        started_in
                            .try_set(d.started_at.map(|t| time_field(t, utc)).unwrap_or_default());
                        started.try_set(d.started_at.map_or(TypedTime::Empty, TypedTime::At));
                        decl.try_set(d);
                        case_title.try_set(Some(case.title.unwrap_or(case.id)));
                    }
                    Ok(Err(damaged)) => {
                        case_error.try_set(Some(DataError::Protocol(damaged.problem)));
                    }
                    Err(e) => {
                        case_error.try_set(Some(e));
                    }
                }
            });
        }
    };
    load_case();

    let current = move || {
        let mut d = decl.get_untracked();
        d.started_at = match started.get_untracked() {
            TypedTime::At(t) => Some(t),
            _ => None,
        };
        d
    };
    let problems = Memo::new(move |_| {
        decl.track();
        let typed = started.get();
        let mut p = validate(&current(), platform::now());
        let why = match typed {
            TypedTime::NotALocalTime => Some("invalid-not-a-local-time"),
            TypedTime::Invalid => Some("invalid-time"),
            _ => None,
        };
        if let Some(why) = why {
            p.retain(|(f, _)| *f != "started_at");
            p.insert(0, ("started_at", why));
        }
        p
    });
    let error_for = move |field: &'static str| {
        move || {
            if !tried.get() {
                return None;
            }
            problems.with(|p| p.iter().find(|(f, _)| *f == field).map(|(_, m)| *m))
        }
    };
    let invalid = move |key: &'static str| move || error_for(key)().is_some().to_string();
    let described = move |key: &'static str| move || error_for(key)().map(|_| format!("err-{key}"));
    let error_line = move |key: &'static str| {
        move || {
            error_for(key)().map(|m| {
                view! { <p class="field-error" id=format!("err-{key}") data-error-for=key>{text(m)}</p> }
            })
        }
    };

    let submit = {
        let provider = provider.clone();
        let from = from.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            tried.set(true);
            let Some(provider) = provider.clone() else {
                return;
            };
            // Escalating: only once the case is read (its link is written
            // only for a case that was there).
            if from.is_some() && case_title.get_untracked().is_none() {
                case_blocked.set(true);
                return;
            }
            let now = provider.server_now();
            let d = current();
            if let Some((field, _)) = validate(&d, now).first() {
                platform::focus(&format!("[data-field='{field}']"));
                return;
            }
            let (ids_now, born) = ids.get_value().unwrap_or_else(|| {
                (
                    DeclareIds {
                        incident: format!("incident-{}", platform::random_id()),
                        detected: format!("event-{}", platform::random_id()),
                        declared: format!("event-{}", platform::random_id()),
                    },
                    now,
                )
            });
            ids.set_value(Some((ids_now.clone(), born)));
            let (incident, events) = declare(&d, ids_now, me.get_untracked(), born);
            // What the new page still has to write, kept before anything is
            // sent: a reload or a failure there loses none of it.
            let follow = FollowUps {
                events: events.to_vec(),
                case_id: from.clone(),
            };
            follow.keep(&incident.id);
            state.set(State::Saving);
            let creation = creation.get_value();
            let navigate = navigate.clone();
            spawn_local(async move {
                match creation.create(&provider, &incident).await {
                    Ok(saved) => navigate(
                        &crate::url::incident_path(&saved.id),
                        NavigateOptions {
                            replace: true,
                            ..Default::default()
                        },
                    ),
                    Err(error) => {
                        state.try_set(State::Failed(error));
                    }
                }
            });
        }
    };

    let severity_options = Severity::ALL
        .into_iter()
        .map(|s| {
            view! { <option value=s.key() selected=move || decl.with(|d| d.severity == Some(s))>{move || i18n.tr(s.label_key())}</option> }
        })
        .collect_view();
    let regions = Region::ALL
        .into_iter()
        .map(|r| {
            view! {
                <label class="check">
                    <input type="checkbox" data-field="regions" data-region=r.key()
                        aria-invalid=invalid("regions") aria-describedby=described("regions")
                        prop:checked=move || decl.with(|d| d.regions.contains(&r))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            decl.update(|d| {
                                d.regions.retain(|x| *x != r);
                                if on { d.regions.push(r); }
                            });
                        } />
                    " " {r.key()}
                </label>
            }
        })
        .collect_view();
    let commanders = move || {
        names
            .with(|n| people_choices(n, None))
            .into_iter()
            .map(|(id, name)| {
                let sel = id.clone();
                view! { <option value=id selected=move || decl.with(|d| d.commander_id.as_deref() == Some(sel.as_str()))>{name}</option> }
            })
            .collect_view()
    };
    let escalating = from.clone().map(|id| {
        let retry = load_case.clone();
        let shown_id = id.clone();
        view! {
            <p class="notice" data-from-case=id.clone()>
                {text("escalating-case")} " "
                <a href=platform::app_href(&crate::url::case_path(&id))>
                    <bdi dir="auto">{move || case_title.get().unwrap_or_else(|| shown_id.clone())}</bdi>
                </a>
            </p>
            {move || case_error.get().map(|e| {
                let retry = retry.clone();
                view! {
                    <div class="error-panel" role="alert" data-state="case-failed">
                        <p>{text("declare-case-failed")} " " {error_message(&i18n, &e)}</p>
                        <button type="button" class="retry" on:click=move |_| retry()>{text("retry")}</button>
                    </div>
                }
            })}
        }
    });
    let zone_hint = move || {
        if i18n.utc.get() {
            i18n.tr("zone-utc")
        } else {
            i18n.tr("zone-local")
        }
    };

    view! {
        <section class="declare-page" aria-labelledby="declare-heading">
            <p class="back"><a href=platform::app_href("/incidents")>{text("back-to-incidents")}</a></p>
            <h1 id="declare-heading">{text("declare-incident")}</h1>
            {escalating}
            <form class="incident-form" novalidate on:submit=submit>
                {move || (tried.get() && problems.with(|p| !p.is_empty())).then(|| view! {
                    <div class="error-panel" role="alert" data-state="invalid"><p>{text("form-invalid")}</p></div>
                })}
                <div class="field" class:invalid=move || error_for("title")().is_some()>
                    <label for="d-title">{text("column-title")}</label>
                    <input type="text" id="d-title" data-field="title" maxlength=TITLE_MAX * 2 dir="auto"
                        aria-invalid=invalid("title") aria-describedby=described("title")
                        prop:value=move || decl.with(|d| d.title.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); decl.update(|d| d.title = v); } />
                    {error_line("title")}
                </div>
                <div class="field-row">
                    <div class="field" class:invalid=move || error_for("severity")().is_some()>
                        <label for="d-severity">{text("severity-label")}</label>
                        <select id="d-severity" data-field="severity"
                            aria-invalid=invalid("severity") aria-describedby=described("severity")
                            on:change=move |ev| { let v = event_target_value(&ev); decl.update(|d| d.severity = Severity::from_key(&v)); }>
                            <option value="">{text("choose")}</option>
                            {severity_options}
                        </select>
                        {error_line("severity")}
                    </div>
                    <div class="field">
                        <label for="d-commander">{text("incident-commander")}</label>
                        <select id="d-commander" data-field="commander_id"
                            on:change=move |ev| { let v = event_target_value(&ev); decl.update(|d| d.commander_id = (!v.is_empty()).then_some(v)); }>
                            <option value="">{text("none")}</option>
                            {commanders}
                        </select>
                    </div>
                    <div class="field" class:invalid=move || error_for("started_at")().is_some()>
                        <label for="d-started">{text("incident-started")} " (" {zone_hint} ")"</label>
                        <input type="datetime-local" id="d-started" data-field="started_at"
                            aria-invalid=invalid("started_at") aria-describedby=described("started_at")
                            prop:value=move || started_in.get()
                            on:input=move |ev| type_started(event_target_value(&ev)) />
                        {error_line("started_at")}
                        {error_line("detected_at")}
                    </div>
                </div>
                <fieldset class="regions" class:invalid=move || error_for("regions")().is_some()>
                    <legend>{text("incident-regions")}</legend>
                    {regions}
                    {error_line("regions")}
                </fieldset>
                <div class="field">
                    <label for="d-summary">{text("incident-summary")}</label>
                    <textarea id="d-summary" data-field="summary" rows="3" dir="auto"
                        prop:value=move || decl.with(|d| d.summary.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); decl.update(|d| d.summary = v); }></textarea>
                </div>
                {move || (case_blocked.get() && case_title.with(Option::is_none)).then(|| view! {
                    <div class="error-panel" role="alert" data-state="case-not-read">
                        <p>{text("declare-case-not-read")}</p>
                    </div>
                })}
                {move || match state.get() {
                    State::Failed(e) => Some(Either::Left(view! {
                        <div class="error-panel" role="alert" data-state="failed">
                            <p>{text("declare-failed")} " " {error_message(&i18n, &e)}</p>
                            <p>{text("declare-retry-hint")}</p>
                        </div>
                    })),
                    State::Saving => Some(Either::Right(view! { <p class="saving" role="status">{text("saving")}</p> })),
                    State::Idle => None,
                }}
                <p class="form-actions">
                    <button type="submit" class="primary big" data-action="declare-submit"
                        disabled=move || matches!(state.get(), State::Saving)>{text("declare-incident")}</button>
                </p>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::{parse_input, read_time};

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    /// Europe/Berlin around 2026-03-29 (clocks 02:00 → 03:00 local):
    /// minutes behind UTC, -60 in winter, -120 in summer.
    fn berlin_at(local: chrono::NaiveDateTime) -> i32 {
        let change = parse_input("2026-03-29T02:00").unwrap();
        // As browsers do for a skipped time: the offset before the change.
        if local < change {
            -60
        } else {
            -120
        }
    }

    fn berlin_of(at: Timestamp) -> i32 {
        if at < ts("2026-03-29T01:00:00Z") {
            -60
        } else {
            -120
        }
    }

    #[test]
    fn a_typed_time_is_read_in_its_zone() {
        assert_eq!(
            read_time("2026-03-28T10:30", berlin_at, berlin_of),
            TypedTime::At(ts("2026-03-28T09:30:00Z"))
        );
        assert_eq!(
            read_time("2026-03-29T04:00", berlin_at, berlin_of),
            TypedTime::At(ts("2026-03-29T02:00:00Z"))
        );
        assert_eq!(
            read_time("2026-03-29T02:30", |_| 0, |_| 0),
            TypedTime::At(ts("2026-03-29T02:30:00Z")),
            "every time exists in UTC"
        );
        assert_eq!(read_time("  ", berlin_at, berlin_of), TypedTime::Empty);
        assert_eq!(read_time("soon", berlin_at, berlin_of), TypedTime::Invalid);
    }

    #[test]
    fn a_local_time_skipped_by_daylight_saving_is_refused() {
        assert_eq!(
            read_time("2026-03-29T02:30", berlin_at, berlin_of),
            TypedTime::NotALocalTime
        );
        // The last minute before the change exists.
        assert_eq!(
            read_time("2026-03-29T01:59", berlin_at, berlin_of),
            TypedTime::At(ts("2026-03-29T00:59:00Z"))
        );
    }
}
