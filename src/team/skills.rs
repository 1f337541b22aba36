//! The skills matrix (`/team/skills`): people by skills, levels 0..4 edited
//! in place, filtered by region and role (in the URL), and for each skill
//! and region how many people hold it at level 3 or above: one alone is a
//! single point of failure, said in words and marked. Thin: the rules are
//! in `growth`.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::growth::{
    cover, grid_people, role_key, skill_coverage, skill_keys, Cover, PersonWrite, HOLDS_FROM, ROLES,
};
use super::model::Role;
use super::views::{role_label, use_team_people, TeamNav};
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;
use crate::regions::Region;
use crate::ui::live::live_status;
use crate::ui::notices::NoticeList;
use crate::ui::DamagedList;
use crate::url::{encode, person_path};

#[component]
pub fn SkillsPage() -> impl IntoView {
    let i18n = use_i18n();
    let people = use_team_people();
    let query = use_query_map();
    let navigate = use_navigate();
    let regions = Memo::new(move |_| {
        query.with(|q| {
            q.get("region")
                .unwrap_or_default()
                .split(',')
                .filter_map(|v| Region::ALL.into_iter().find(|r| r.key() == v))
                .collect::<BTreeSet<Region>>()
        })
    });
    let roles = Memo::new(move |_| {
        query.with(|q| {
            q.get("role")
                .unwrap_or_default()
                .split(',')
                .filter_map(|v| ROLES.into_iter().find(|r| role_key(*r) == v))
                .collect::<BTreeSet<Role>>()
        })
    });
    let set_filter = move |region: String, role: String| {
        let mut pairs = Vec::new();
        if !region.is_empty() {
            pairs.push(format!("region={}", encode(&region)));
        }
        if !role.is_empty() {
            pairs.push(format!("role={}", encode(&role)));
        }
        let q = if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        };
        navigate(
            &platform::app_href(&format!("/team/skills{q}")),
            Default::default(),
        );
    };
    let region_now = move || {
        regions.with(|r| {
            r.iter()
                .next()
                .map(|r| r.key().to_string())
                .unwrap_or_default()
        })
    };
    let role_now = move || {
        roles.with(|r| {
            r.iter()
                .next()
                .map(|r| role_key(*r).to_string())
                .unwrap_or_default()
        })
    };
    let on_region = {
        let set = set_filter.clone();
        move |ev: leptos::ev::Event| set(event_target_value(&ev), role_now())
    };
    let on_role = move |ev: leptos::ev::Event| set_filter(region_now(), event_target_value(&ev));

    let skills = Memo::new(move |_| people.live.records.with(|p| skill_keys(p)));
    let coverage = Memo::new(move |_| people.live.records.with(|p| skill_coverage(p)));
    let head = move || {
        skills
            .get()
            .into_iter()
            .map(|s| view! { <th scope="col"><bdi>{s}</bdi></th> })
            .collect_view()
    };
    let rows = move || {
        let skills = skills.get();
        let list = people.live.records.get();
        let regions = regions.get();
        let roles = roles.get();
        grid_people(&list, &regions, &roles)
            .into_iter()
            .map(|p| {
                let cells = skills
                    .iter()
                    .map(|skill| {
                        let level = p.skills.as_ref().and_then(|s| s.get(skill)).copied();
                        let stored = p.clone();
                        let key = skill.clone();
                        let label = i18n.tr_args(
                            "skill-cell",
                            &[("name", Arg::from(p.name.clone().unwrap_or_default())), ("skill", Arg::from(skill.clone()))],
                        );
                        view! {
                            <td data-person-id=p.id.clone() data-skill=skill.clone() data-level=level.map(|l| l.to_string()).unwrap_or_default()
                                class=format!("level-{}", level.map_or("none".to_string(), |l| l.to_string()))>
                                <select aria-label=label on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    people.submit(&stored, PersonWrite::Skill(key.clone(), v.parse().ok()));
                                }>
                                    {level.is_none().then(|| view! { <option value="" selected=true>"—"</option> })}
                                    {(0..=4u8).map(|l| view! { <option value=l selected=level == Some(l)>{l}</option> }).collect_view()}
                                </select>
                            </td>
                        }
                    })
                    .collect_view();
                let busy = {
                    let id = p.id.clone();
                    move || people.saving.with(|s| s.contains(&id)).to_string()
                };
                view! {
                    <tr data-person-id=p.id.clone() aria-busy=busy>
                        <th scope="row"><a href=platform::app_href(&person_path(&p.id))><bdi>{p.name.clone().unwrap_or_else(|| p.id.clone())}</bdi></a>
                            <span class="meta">" " {p.region.map(Region::key)}</span></th>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    };
    let coverage_rows = move || {
        let skills = skills.get();
        let counts = coverage.get();
        Region::ALL
            .into_iter()
            .map(|region| {
                let cells = skills
                    .iter()
                    .map(|skill| {
                        let n = counts.get(&(skill.clone(), region)).copied().unwrap_or(0);
                        let state = cover(n);
                        let word = match state {
                            Cover::None => Some(i18n.tr("coverage-none")),
                            Cover::Single => Some(i18n.tr("coverage-single")),
                            Cover::Covered => None,
                        };
                        let class = match state {
                            Cover::None => "cover-none",
                            Cover::Single => "cover-single",
                            Cover::Covered => "cover-ok",
                        };
                        view! {
                            <td class=class data-region=region.key() data-skill=skill.clone() data-count=n>
                                {n} {word.map(|w| view! { " " <span class="tag warn">{w}</span> })}
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr data-region=region.key()><th scope="row">{i18n.tr_args("coverage-row", &[("region", Arg::from(region.key())), ("level", Arg::from(HOLDS_FROM as usize))])}</th>{cells}</tr> }
            })
            .collect_view()
    };
    view! {
        <TeamNav />
        <section aria-labelledby="skills-page-title">
            <h1 id="skills-page-title">{text("skills-title")}</h1>
            <NoticeList notices=people.notices />
            {live_status(people.live.state, people.live.retry)}
            {move || view! { <DamagedList damaged=people.live.damaged.get() /> }}
            <div class="filters inline-form">
                <label for="skills-region">{text("person-region")}</label>
                <select id="skills-region" on:change=on_region>
                    <option value="">{text("filter-all")}</option>
                    {move || {
                        let now = region_now();
                        Region::ALL.into_iter().map(|r| view! { <option value=r.key() selected=now == r.key()>{r.key()}</option> }).collect_view()
                    }}
                </select>
                <label for="skills-role">{text("person-role")}</label>
                <select id="skills-role" on:change=on_role>
                    <option value="">{text("filter-all")}</option>
                    {move || {
                        let now = role_now();
                        ROLES.into_iter().map(|r| view! { <option value=role_key(r) selected=now == role_key(r)>{i18n.tr(role_label(r))}</option> }).collect_view()
                    }}
                </select>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="skills-page-title">
                <table class="skills-grid">
                    <thead><tr><th scope="col">{text("person-name")}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                    <tfoot>{coverage_rows}</tfoot>
                </table>
            </div>
        </section>
    }
}
