//! Team views. Thin: the people list for now.
//!
//! Contract: docs/contract.md#people. KPIs: docs/kpis.md#team

use leptos::prelude::*;
use leptos_router::components::A;

use super::model::{Person, Role};
use crate::data::{ListParams, Loaded};
use crate::i18n::{text, use_i18n};
use crate::platform;
use crate::ui::{use_records, RecordsView};

fn role_label(role: Role) -> &'static str {
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

#[component]
pub fn TeamPage() -> impl IntoView {
    let people = use_records::<Person>(ListParams::default());
    view! {
        <TeamNav />
        <section aria-labelledby="team-title">
            <h1 id="team-title">{text("team-title")}</h1>
            <RecordsView state=people body=people_body />
        </section>
    }
}

fn people_body(loaded: Loaded<Person>) -> impl IntoView {
    let i18n = use_i18n();
    let mut people = loaded.records;
    people.sort_by(|a, b| a.name.cmp(&b.name));
    let total = people.len();
    view! {
        <p class="summary" data-count=total>{i18n.tr_args("people-count", &[("count", total.into())])}</p>
        <ul class="record-list">
            {people
                .into_iter()
                .map(|person| {
                    view! {
                        <li data-person-id=person.id.clone()>
                            <bdi class="title">{person.name.unwrap_or_default()}</bdi>
                            <span class="meta">
                                {person.role.map(|r| i18n.tr(role_label(r)))}
                                " · "
                                {person.region.map(|r| r.key())}
                                " · "
                                <bdi>{person.timezone.unwrap_or_default()}</bdi>
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
