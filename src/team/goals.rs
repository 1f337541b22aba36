//! Goals: a person's (add, progress, status) on their page, and the team's
//! view of goals done this quarter and overdue (`/team/goals`). Thin: the
//! rules are in `growth`.
//!
//! Contract: docs/contract.md#goals. KPIs: docs/kpis.md#team (`goals_done`,
//! `goals_overdue`).

use std::collections::HashSet;

use leptos::prelude::*;
use serde_json::{Map, Value};

use super::growth::{is_done_this_quarter, is_goal_overdue, order_goals, quarter_start};
use super::model::{Goal, GoalKind, GoalStatus};
use super::views::{names_of, use_team_people, TeamNav};
use crate::data::fields::Fields;
use crate::data::{Filter, ListParams, Op};
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;
use crate::time::{parse_date, Date, Timestamp};
use crate::ui::live::live_status;
use crate::ui::notices::{use_edited_list, Adder, NoticeList};
use crate::ui::{DamagedList, Saver};
use crate::url::person_path;

const KINDS: [(GoalKind, &str); 4] = [
    (GoalKind::Skill, "skill"),
    (GoalKind::Career, "career"),
    (GoalKind::Training, "training"),
    (GoalKind::Certification, "certification"),
];
const STATUSES: [(GoalStatus, &str); 3] = [
    (GoalStatus::Active, "active"),
    (GoalStatus::Done, "done"),
    (GoalStatus::Dropped, "dropped"),
];

fn kind_label(kind: GoalKind) -> &'static str {
    match kind {
        GoalKind::Skill => "goal-kind-skill",
        GoalKind::Career => "goal-kind-career",
        GoalKind::Training => "goal-kind-training",
        GoalKind::Certification => "goal-kind-certification",
    }
}

fn status_label(status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::Active => "goal-status-active",
        GoalStatus::Done => "goal-status-done",
        GoalStatus::Dropped => "goal-status-dropped",
    }
}

/// One goal as a list item: editable (progress, status) when `saver` is
/// given, with "Overdue" said in words.
fn goal_row(
    goal: Goal,
    today: chrono::NaiveDate,
    saver: Option<Saver<Goal, Fields>>,
    saving: RwSignal<HashSet<String>>,
    who: Option<(String, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let overdue = is_goal_overdue(&goal, today);
    let busy = {
        let id = goal.id.clone();
        move || saving.with(|s| s.contains(&id)).to_string()
    };
    let write = move |g: &Goal, field: &str, value: Value| {
        if let Some(s) = saver {
            s.submit(g, Fields::one(field, value));
        }
    };
    let (a, b) = (goal.clone(), goal.clone());
    let progress = goal.progress.unwrap_or(0);
    let progress_id = format!("goal-progress-{}", goal.id);
    let status_id = format!("goal-status-{}", goal.id);
    let editable = saver.is_some();
    view! {
        <li class="goal" class:overdue=overdue data-goal-id=goal.id.clone() data-overdue=overdue.to_string()
            aria-busy=busy>
            <div>
                <bdi class="title" dir="auto">{goal.title.clone().unwrap_or_default()}</bdi>
                {overdue.then(|| view! { " " <span class="tag warn">{text("item-overdue")}</span> })}
            </div>
            <div class="meta">
                {who.map(|(id, name)| view! { <a href=platform::app_href(&person_path(&id))><bdi>{name}</bdi></a> " · " })}
                {goal.kind.map(|k| i18n.tr(kind_label(k)))}
                {goal.skill.clone().map(|s| view! { " · " <bdi>{s}</bdi> })}
                {goal.target_on.map(|d| view! { " · " {i18n.tr_args("goal-target", &[("date", Arg::from(d.to_string()))])} })}
            </div>
            {editable.then(|| view! {
                <div class="inline-form">
                    <label for=progress_id.clone()>{text("goal-progress")}</label>
                    <input id=progress_id type="number" min="0" max="100" step="5" prop:value=progress
                        on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).trim().parse::<u8>() {
                                write(&a, "progress", n.min(100).into());
                            }
                        } />
                    <label for=status_id.clone()>{text("goal-status")}</label>
                    <select id=status_id on:change=move |ev| write(&b, "status", event_target_value(&ev).into())>
                        {STATUSES.into_iter().map(|(s, key)| view! {
                            <option value=key selected=goal.status == Some(s)>{i18n.tr(status_label(s))}</option>
                        }).collect_view()}
                    </select>
                </div>
            })}
            {(!editable).then(|| view! {
                <progress max="100" value=progress aria-label=i18n.tr("goal-progress")>{progress}"%"</progress>
            })}
        </li>
    }
}

/// A person's goals on their page: the list and a form to add one.
#[component]
pub fn GoalsSection(person_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let edited = use_edited_list::<Goal, Fields>(ListParams {
        filters: vec![Filter::new("person_id", Op::Eq(person_id.clone()))],
        ..Default::default()
    });
    let (goals, saver, notices, saving, live) = (
        edited.live.records,
        edited.saver,
        edited.notices,
        edited.saving,
        edited.live,
    );
    let today = platform::now().date();
    let title = RwSignal::new(String::new());
    let kind = RwSignal::new("skill".to_string());
    let skill = RwSignal::new(String::new());
    let target = RwSignal::new(String::new());
    let adder = Adder::new();
    let again = StoredValue::new(None::<Callback<()>>);
    let add = Callback::new(move |_: ()| {
        let t = title.get_untracked().trim().to_string();
        if t.is_empty() {
            platform::focus("#goal-title");
            return;
        }
        let mut map = Map::new();
        map.insert("id".into(), adder.id("goal").into());
        map.insert("person_id".into(), person_id.clone().into());
        map.insert("title".into(), t.into());
        map.insert("kind".into(), kind.get_untracked().into());
        let s = skill.get_untracked().trim().to_string();
        map.insert(
            "skill".into(),
            if s.is_empty() { Value::Null } else { s.into() },
        );
        map.insert(
            "target_on".into(),
            parse_date(target.get_untracked().trim())
                .map_or(Value::Null, |d| Date(d).to_string().into()),
        );
        map.insert("progress".into(), 0.into());
        map.insert("status".into(), "active".into());
        let Ok(goal) = crate::data::decode::decode::<Goal>(Value::Object(map)) else {
            return;
        };
        let retry = again.get_value().unwrap_or(Callback::new(|_| {}));
        adder.send(
            goal,
            notices,
            "add-goal",
            "goal-not-added",
            retry,
            move |saved: Option<Goal>| {
                if let Some(saved) = saved {
                    goals.try_update(|l| crate::ui::live::upsert(l, saved));
                }
                title.try_set(String::new());
                target.try_set(String::new());
            },
        );
    });
    again.set_value(Some(add));
    let rows = move || {
        let mut list = goals.get();
        order_goals(&mut list, today);
        list.into_iter()
            .map(|g| goal_row(g, today, saver, saving, None))
            .collect_view()
    };
    view! {
        <section class="panel" aria-labelledby="goals-title">
            <h2 id="goals-title">{text("team-nav-goals")}</h2>
            <NoticeList notices />
            {live_status(live.state, live.retry)}
            <ul class="goals">{rows}</ul>
            <form class="inline-form" aria-busy=move || adder.busy.get().to_string()
                on:submit=move |ev| { ev.prevent_default(); add.run(()); }>
                <label for="goal-title">{text("goal-new")}</label>
                <input id="goal-title" type="text" maxlength="200" prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev)) />
                <label for="goal-kind">{text("goal-kind")}</label>
                <select id="goal-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                    {KINDS.into_iter().map(|(k, key)| view! { <option value=key>{i18n.tr(kind_label(k))}</option> }).collect_view()}
                </select>
                <label for="goal-skill">{text("goal-skill")}</label>
                <input id="goal-skill" type="text" maxlength="40" prop:value=move || skill.get()
                    on:input=move |ev| skill.set(event_target_value(&ev)) />
                <label for="goal-target-on">{text("goal-target-on")}</label>
                <input id="goal-target-on" type="date" prop:value=move || target.get()
                    on:input=move |ev| target.set(event_target_value(&ev)) />
                <button type="submit" data-action="add-goal" disabled=move || adder.busy.get()>{text("add")}</button>
            </form>
        </section>
    }
}

/// The team's goals: overdue now, and done this quarter.
#[component]
pub fn GoalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let people = use_team_people();
    let edited = use_edited_list::<Goal, Fields>(ListParams::default());
    let (goals, notices, saving, live) = (
        edited.live.records,
        edited.notices,
        edited.saving,
        edited.live,
    );
    let now = platform::now();
    let today = now.date();
    let who = move |g: &Goal| {
        let names = names_of(&people);
        g.person_id
            .clone()
            .map(|id| (id.clone(), names.get(&id).cloned().unwrap_or(id)))
    };
    let list = move |pick: fn(&Goal, chrono::NaiveDate, Timestamp) -> bool| {
        move || {
            let mut l: Vec<Goal> =
                goals.with(|g| g.iter().filter(|g| pick(g, today, now)).cloned().collect());
            order_goals(&mut l, today);
            l.into_iter()
                .map(|g| {
                    let w = who(&g);
                    goal_row(g, today, None, saving, w)
                })
                .collect_view()
        }
    };
    let count = move |pick: fn(&Goal, chrono::NaiveDate, Timestamp) -> bool| {
        move || goals.with(|g| g.iter().filter(|g| pick(g, today, now)).count())
    };
    let overdue: fn(&Goal, chrono::NaiveDate, Timestamp) -> bool = |g, t, _| is_goal_overdue(g, t);
    let done: fn(&Goal, chrono::NaiveDate, Timestamp) -> bool =
        |g, _, n| is_done_this_quarter(g, n);
    let since = quarter_start(today).to_string();
    view! {
        <TeamNav />
        <section aria-labelledby="team-goals-title">
            <h1 id="team-goals-title">{text("team-nav-goals")}</h1>
            <NoticeList notices />
            {live_status(live.state, live.retry)}
            {move || view! { <DamagedList damaged=live.damaged.get() /> }}
            <h2 id="goals-overdue" data-kpi="goals_overdue" data-value=count(overdue)>
                {move || i18n.tr_args("goals-overdue-count", &[("count", Arg::from(count(overdue)()))])}
            </h2>
            <ul class="goals" aria-labelledby="goals-overdue">{list(overdue)}</ul>
            <h2 id="goals-done" data-kpi="goals_done" data-value=count(done)>
                {move || i18n.tr_args("goals-done-count", &[("count", Arg::from(count(done)())), ("since", Arg::from(since.clone()))])}
            </h2>
            <ul class="goals" aria-labelledby="goals-done">{list(done)}</ul>
        </section>
    }
}
