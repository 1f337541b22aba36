//! Team views: the sub-navigation, the directory with each person's
//! workload, and the pieces every team page shares (the people as a live
//! list with their save engine). Thin: the rules are in `growth`.
//!
//! Contract: docs/contract.md#people. KPIs: docs/kpis.md#team

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_router::components::A;

use super::growth::{is_active, open_per_owner, role_key, PersonWrite};
use super::model::{Person, Role};
use crate::cases::model::Case;
use crate::data::{Filter, ListParams, Op};
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;
use crate::regions::Region;
use crate::ui::live::{live_status, LiveState};
use crate::ui::notices::{use_edited_list, EditedList, NoticeList};
use crate::ui::{use_records, use_ticking_now, DamagedList};
use crate::url::{encode, person_path};

pub fn role_label(role: Role) -> &'static str {
    match role {
        Role::Lead => "role-lead",
        Role::Manager => "role-manager",
        Role::Specialist => "role-specialist",
        Role::Analyst => "role-analyst",
    }
}

/// The team's sub-navigation, on top of each team page.
#[component]
pub fn TeamNav() -> impl IntoView {
    let i18n = use_i18n();
    let link = |path: &'static str, key: &'static str| {
        view! { <li><A href=platform::app_href(path) exact=true>{text(key)}</A></li> }
    };
    view! {
        <nav class="sub-nav" aria-label=move || i18n.tr("team-nav")>
            <ul>
                {link("/team", "team-nav-people")}
                {link("/team/skills", "team-nav-skills")}
                {link("/team/goals", "team-nav-goals")}
                {link("/team/wellbeing", "team-nav-wellbeing")}
                {link("/team/shifts", "team-nav-shifts")}
                {link("/team/handover", "team-nav-handover")}
            </ul>
        </nav>
    }
}

/// The people of the team as a live list, with the save engine of their
/// records (form edits, skill levels) whose failures are its notices.
pub type TeamPeople = EditedList<Person, PersonWrite>;

pub fn use_team_people() -> TeamPeople {
    use_edited_list(ListParams::default())
}

/// Names by id (for mentors, authors).
pub fn names_of(people: &TeamPeople) -> BTreeMap<String, String> {
    people.live.records.with(|l| {
        l.iter()
            .filter_map(|p| Some((p.id.clone(), p.name.clone()?)))
            .collect()
    })
}

/// The open cases (for workload and a person's page).
pub fn open_cases_query() -> ListParams {
    ListParams {
        filters: vec![Filter::new("status", Op::Ne("resolved".into()))],
        ..Default::default()
    }
}

/// The case board filtered on one owner (`unassigned` for none).
pub fn board_of(owner: &str) -> String {
    platform::app_href(&format!("/cases?owner={}", encode(owner)))
}

/// Labels for a select of regions / roles.
pub fn region_options(selected: Option<Region>) -> impl IntoView {
    Region::ALL
        .into_iter()
        .map(|r| view! { <option value=r.key() selected=selected == Some(r)>{r.key()}</option> })
        .collect_view()
}

#[component]
pub fn TeamPage() -> impl IntoView {
    let i18n = use_i18n();
    let people = use_team_people();
    let now = use_ticking_now();
    let cases = use_records::<Case>(open_cases_query());
    let workload = Memo::new(move |_| {
        let cases = cases.get().and_then(Result::ok)?;
        Some(
            people
                .live
                .records
                .with(|p| open_per_owner(p, &cases.records)),
        )
    });
    let rows = move || {
        let names = names_of(&people);
        let mut list = people.live.records.get();
        crate::sort::sort_by(&mut list, |a, b| {
            (!is_active(a), &a.name, &a.id).cmp(&(!is_active(b), &b.name, &b.id))
        });
        let load = workload.get();
        list.into_iter()
            .map(|p| {
                let open = load.as_ref().map(|(per, _)| per.get(&p.id).copied().unwrap_or(0));
                let mentor = p
                    .mentor_id
                    .clone()
                    .map(|m| names.get(&m).cloned().unwrap_or(m));
                let zone = p.timezone.clone();
                let local = {
                    let zone = zone.clone();
                    move || {
                        zone.as_deref()
                            .filter(|z| platform::is_zone(z))
                            .map(|z| platform::clock_time(now.get(), Some(z), Some(&i18n.tag())))
                    }
                };
                let href = platform::app_href(&person_path(&p.id));
                let board = board_of(&p.id);
                view! {
                    <tr data-person-id=p.id.clone() class:inactive=!is_active(&p)>
                        <th scope="row"><a href=href><bdi>{p.name.clone().unwrap_or_else(|| p.id.clone())}</bdi></a>
                            {(!is_active(&p)).then(|| view! { " " <span class="tag">{text("person-inactive")}</span> })}
                        </th>
                        <td data-role=p.role.map(role_key)>{p.role.map(|r| i18n.tr(role_label(r)))}</td>
                        <td>{p.region.map(Region::key)}</td>
                        <td><time title=zone>{local}</time></td>
                        <td><bdi>{p.languages.clone().unwrap_or_default().join(", ")}</bdi></td>
                        <td><bdi>{mentor}</bdi></td>
                        <td class="num" data-open=open.map(|n| n.to_string())>
                            {open.map(|n| view! { <a href=board aria-label=i18n.tr_args("workload-link", &[("count", Arg::from(n))])>{n}</a> })}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    // The line under the count is one place: "Loading…" (or the error)
    // until the people are in, then the unassigned cases' line, kept empty
    // until the open cases are in, so the table never jumps as each arrives.
    let unassigned = move || {
        (people.live.state.get() == LiveState::Loaded).then(|| {
            view! {
                <p class="summary" data-unassigned=move || workload.get().map(|(_, n)| n)>
                    {move || workload.get().map(|(_, n)| view! {
                        <a href=board_of("unassigned")>{i18n.tr_args("workload-unassigned", &[("count", Arg::from(n))])}</a>
                    })}
                    "\u{a0}"
                </p>
            }
        })
    };
    view! {
        <TeamNav />
        <section aria-labelledby="team-title">
            <div class="section-head">
                <h1 id="team-title">{text("team-title")}</h1>
                <a class="button" href=platform::app_href("/team/people/new")>{text("person-add")}</a>
            </div>
            <NoticeList notices=people.notices />
            {move || view! { <DamagedList damaged=people.live.damaged.get() /> }}
            <p class="summary" data-count=move || people.live.records.with(Vec::len)>
                {move || i18n.tr_args("people-count", &[("count", people.live.records.with(Vec::len).into())])}
            </p>
            {live_status(people.live.state, people.live.retry)}
            {unassigned}
            <div class="table-scroll">
                <table class="people">
                    <thead><tr>
                        <th scope="col">{text("person-name")}</th>
                        <th scope="col">{text("person-role")}</th>
                        <th scope="col">{text("person-region")}</th>
                        <th scope="col">{text("person-local-time")}</th>
                        <th scope="col">{text("person-languages")}</th>
                        <th scope="col">{text("person-mentor")}</th>
                        <th scope="col">{text("person-open-cases")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
