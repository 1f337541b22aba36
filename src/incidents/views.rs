//! The incidents list (`/incidents`): open incidents first, then the
//! recently resolved ones (`logic::list_view`), filtered by status,
//! severity and region in the URL, each with how long it has run (ticking).
//! Thin: the rules are in `logic`. Shared bits of the incident views
//! (names, durations, labels) are here too.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::logic::{durations, list_view, IncidentFilter, Span};
use super::model::{Incident, IncidentStatus, Severity};
use crate::data::{ListParams, Loaded};
use crate::i18n::{label, text, use_i18n, Arg, I18n};
use crate::platform;
use crate::regions::Region;
use crate::team::people::use_names;
use crate::ui::{use_records, use_ticking_now, RecordsView};

/// A duration as shown: "2 h", and "2 h so far" while it runs; times out
/// of order (end before start) say so, with by how much.
pub(super) fn span_text(i18n: &I18n, span: Span) -> String {
    let d = platform::duration(span.minutes.abs(), &i18n.tag());
    if span.out_of_order {
        i18n.tr_args("duration-out-of-order", &[("time", Arg::from(d))])
    } else if span.running {
        i18n.tr_args("duration-so-far", &[("time", Arg::from(d))])
    } else {
        d
    }
}

pub(crate) fn severity_text(i18n: &I18n, severity: Option<Severity>) -> String {
    severity.map_or_else(|| "SEV?".into(), |s| i18n.tr(s.label_key()))
}

pub(crate) fn status_text(i18n: &I18n, status: Option<IncidentStatus>) -> String {
    status.map_or_else(|| i18n.tr("status-unknown"), |s| i18n.tr(s.label_key()))
}

pub(super) fn regions_text(incident: &Incident) -> String {
    incident
        .regions
        .iter()
        .flatten()
        .map(|r| r.key())
        .collect::<Vec<_>>()
        .join(", ")
}

#[component]
pub fn IncidentsPage() -> impl IntoView {
    let incidents = use_records::<Incident>(ListParams::default());
    view! {
        <section class="incidents-page" aria-labelledby="incidents-title">
            <div class="page-head">
                <h1 id="incidents-title">{text("incidents-title")}</h1>
                <a class="button primary" data-action="declare" href=platform::app_href("/incidents/new")>
                    {text("declare-incident")}
                </a>
            </div>
            <RecordsView state=incidents body=incidents_body />
        </section>
    }
}

fn incidents_body(loaded: Loaded<Incident>) -> impl IntoView {
    view! { <IncidentList all=loaded.records /> }
}

#[component]
fn IncidentList(all: Vec<Incident>) -> impl IntoView {
    let i18n = use_i18n();
    let names = use_names();
    let now = use_ticking_now();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| {
            let pairs: Vec<(String, String)> = q
                .clone()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
            IncidentFilter::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        })
    });
    let all = StoredValue::new(all);
    // The order moves with the filter, not with every tick.
    let shown = Memo::new(move |_| {
        let f = filter.get();
        all.with_value(|a| list_view(a, &f, now.get_untracked()))
    });
    let navigate = use_navigate();
    let set = move |key: &'static str, value: String| {
        let mut pairs = filter.get_untracked().to_pairs();
        pairs.retain(|(k, _)| *k != key);
        if !value.is_empty() {
            pairs.push((key, value));
        }
        let f = IncidentFilter::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        let query = f
            .to_pairs()
            .into_iter()
            .map(|(k, v)| format!("{k}={}", crate::url::encode(&v)))
            .collect::<Vec<_>>()
            .join("&");
        let url = if query.is_empty() {
            "/incidents".to_string()
        } else {
            format!("/incidents?{query}")
        };
        navigate(
            &url,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    let select = move |label: &'static str,
                       key: &'static str,
                       options: Vec<(&'static str, String)>| {
        let set = set.clone();
        let current = move || {
            filter
                .get()
                .to_pairs()
                .into_iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v)
                .unwrap_or_default()
        };
        view! {
            <label class="picker">
                <span>{text(label)}</span>
                <select data-filter=key prop:value=current
                    on:change=move |ev| set(key, event_target_value(&ev))>
                    <option value="">{text("filter-all")}</option>
                    {options.into_iter().map(|(v, l)| view! { <option value=v selected=move || current() == v>{l}</option> }).collect_view()}
                </select>
            </label>
        }
    };
    let statuses = IncidentStatus::ALL
        .iter()
        .map(|s| (s.key(), i18n.tr(s.label_key())))
        .collect();
    let severities = Severity::ALL
        .iter()
        .map(|s| (s.key(), i18n.tr(s.label_key())))
        .collect();
    let regions = Region::ALL
        .iter()
        .map(|r| (r.key(), r.key().to_string()))
        .collect();
    let row = move |incident: Incident| {
        let id = incident.id.clone();
        let href = platform::app_href(&crate::url::incident_path(&id));
        let open = incident.status.is_none_or(IncidentStatus::is_open);
        let sev = incident.severity.map_or("unknown", Severity::key);
        let commander = incident.commander_id.clone();
        let regions = regions_text(&incident);
        let status = incident.status;
        let severity = incident.severity;
        let title = incident.title.clone().unwrap_or_default();
        // When the team learned of it, in the viewer's zone (UTC at hand).
        let detected = incident.detected_at.map(|t| {
            view! {
                <time class="detected" datetime=t.to_wire() title=crate::incidents::export::utc(t)>
                    {move || {
                        let when = platform::date_time(t, i18n.zone(), Some(&i18n.tag()));
                        i18n.tr_args("detected-at", &[("when", Arg::from(when))])
                    }}
                </time>
            }
        });
        let running = move || {
            let d = durations(&incident, now.get());
            d.resolve.map(|s| {
                if s.out_of_order {
                    return span_text(&i18n, s);
                }
                let time = Arg::from(platform::duration(s.minutes, &i18n.tag()));
                let key = if s.running {
                    "incident-running"
                } else {
                    "incident-lasted"
                };
                i18n.tr_args(key, &[("time", time)])
            })
        };
        view! {
            <li class="incident-row" class:open=open data-incident-id=id data-severity=sev>
                <a href=href class="incident-link">
                    <span class="tag severity" data-severity=sev>{move || severity_text(&i18n, severity)}</span>
                    " "
                    <bdi class="title" dir="auto">{title}</bdi>
                </a>
                <span class="meta">
                    <span class="status" data-status=status.map_or("unknown", IncidentStatus::key)>{move || status_text(&i18n, status)}</span>
                    " · "
                    <span class="regions">{regions}</span>
                    {detected.map(|d| view! { " · " {d} })}
                    {move || running().map(|r| view! { " · " <span class="running">{r}</span> })}
                    " · "
                    <span class="commander">
                        {label("incident-commander")}
                        // Last on the line, so a name arriving moves nothing
                        // after it. An id (names not in yet, or nobody known) is cut
                        // short on one line, whole in its title: a long id
                        // wrapping, then its name arriving, moved every row.
                        {move || {
                            let (who, is_id) = match commander.as_ref() {
                                Some(c) => names.with(|n| n.get(c).map(|name| (name.clone(), false))).unwrap_or((c.clone(), true)),
                                None => (i18n.tr("none"), false),
                            };
                            view! { <bdi class:id=is_id title=is_id.then(|| who.clone())>{who.clone()}</bdi> }
                        }}
                    </span>
                </span>
            </li>
        }
    };
    view! {
        <div class="toolbar filters" role="group" aria-label=move || i18n.tr("filters-label")>
            {select("incident-status-label", "status", statuses)}
            {select("severity-label", "severity", severities)}
            {select("filter-region", "region", regions)}
        </div>
        <p class="summary" data-count=move || shown.with(Vec::len)>
            {move || i18n.tr_args("incidents-count", &[("count", Arg::from(shown.with(Vec::len)))])}
        </p>
        <ul class="record-list incident-list">
            <For each=move || shown.get() key=|i| (i.id.clone(), i.version) children=row />
        </ul>
    }
}
