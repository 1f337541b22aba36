//! A person's page (`/team/people/:id`): who they are (with their local
//! time now), their skills, goals, check-ins and trend, upcoming shifts and
//! open cases; and the person form, for adding (`/team/people/new`) and
//! editing. Thin: the rules are in `growth`.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::goals::GoalsSection;
use super::growth::{role_key, PersonForm, PersonWrite, Problems, ROLES};
use super::model::{Person, Shift};
use super::views::{
    board_of, names_of, open_cases_query, region_options, role_label, use_team_people, TeamNav,
    TeamPeople,
};
use super::wellbeing::CheckInsSection;
use crate::cases::model::Case;
use crate::data::fields::Fields;
use crate::data::{Filter, ListParams, Op};
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;
use crate::regions::Region;
use crate::ui::live::live_status;
use crate::ui::notices::{Adder, NoticeList};
use crate::ui::{use_records, use_ticking_now, DamagedList, LiveState};
use crate::url::{case_path, person_path};

#[component]
pub fn PersonPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || {
        let id = id.get();
        view! { <PersonView id /> }
    }
}

#[component]
fn PersonView(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let people = use_team_people();
    let now = use_ticking_now();
    let person = {
        let id = id.clone();
        Memo::new(move |_| {
            people
                .live
                .records
                .with(|l| l.iter().find(|p| p.id == id).cloned())
        })
    };
    let editing = RwSignal::new(false);
    let pid = StoredValue::new(id.clone());
    let body = move || match (people.live.state.get(), person.get()) {
        (LiveState::Loaded, None) => Some(Either::Left({
            // A record that does not fit the contract is shown as damaged,
            // with its id, not as nobody.
            let damaged: Vec<_> = people.live.damaged.with(|d| {
                d.iter()
                    .filter(|r| r.id.as_deref() == Some(pid.get_value().as_str()))
                    .cloned()
                    .collect()
            });
            view! {
                <p class="error-panel" role="alert" data-notice="not-found">{text("person-not-found")}</p>
                <DamagedList damaged />
            }
        })),
        (_, Some(p)) => Some(Either::Right(
            view! { <PersonDetails person=p people now /> },
        )),
        _ => None,
    };
    let title = move || {
        person
            .get()
            .and_then(|p| p.name)
            .unwrap_or_else(|| i18n.tr("team-nav-people"))
    };
    view! {
        <TeamNav />
        <article class="person-page" data-person-id=id.clone() aria-labelledby="person-title">
            <h1 id="person-title"><bdi>{title}</bdi></h1>
            <NoticeList notices=people.notices />
            {live_status(people.live.state, people.live.retry)}
            {body}
            // The form is filled once when opened and kept while it is
            // open, whatever refreshes bring: nothing typed is lost, and the
            // write is made on the version it was filled from (a newer one
            // is a conflict, with "apply mine on top").
            <Show when=move || person.with(Option::is_some)>
                <Show
                    when=move || editing.get()
                    fallback=move || view! {
                        <button type="button" data-action="edit-person" on:click=move |_| editing.set(true)>{text("person-edit")}</button>
                    }
                >
                    {move || person.get_untracked().map(|shown| {
                        let original = PersonForm::of(&shown);
                        let own_id = shown.id.clone();
                        let submit = {
                            let original = original.clone();
                            Callback::new(move |form: PersonForm| {
                                if let Ok(fields) = form.changed_fields(&original, &shown.id, platform::is_zone) {
                                    people.submit(&shown, PersonWrite::Fields(fields));
                                    editing.set(false);
                                }
                            })
                        };
                        view! {
                            <PersonFormView form=original own_id people submit busy=RwSignal::new(false)
                                cancel=Some(Callback::new(move |_| editing.set(false))) />
                        }
                    })}
                </Show>
            </Show>
            <Show when=move || person.with(Option::is_some)>
                <SkillsList person people />
                <GoalsSection person_id=pid.get_value() />
                <CheckInsSection person_id=pid.get_value() />
                <UpcomingShifts person_id=pid.get_value() />
                <OwnedCases person_id=pid.get_value() />
            </Show>
        </article>
    }
}

#[component]
fn PersonDetails(
    person: Person,
    people: TeamPeople,
    now: RwSignal<crate::time::Timestamp>,
) -> impl IntoView {
    let i18n = use_i18n();
    let names = names_of(&people);
    let mentor = person
        .mentor_id
        .clone()
        .map(|m| names.get(&m).cloned().unwrap_or(m));
    let zone = person.timezone.clone().filter(|z| platform::is_zone(z));
    let local = {
        let zone = zone.clone();
        move || {
            zone.as_deref()
                .map(|z| platform::clock_time(now.get(), Some(z), Some(&i18n.tag())))
        }
    };
    let busy = {
        let id = person.id.clone();
        move || people.saving.with(|s| s.contains(&id))
    };
    view! {
        <dl class="facts" aria-busy=move || busy().to_string()>
            <dt>{text("person-role")}</dt><dd>{person.role.map(|r| i18n.tr(role_label(r)))}</dd>
            <dt>{text("person-region")}</dt><dd>{person.region.map(Region::key)}</dd>
            <dt>{text("person-local-time")}</dt>
            <dd><time>{local}</time> " " <bdi class="meta">{person.timezone.clone()}</bdi></dd>
            <dt>{text("person-languages")}</dt><dd><bdi>{person.languages.clone().unwrap_or_default().join(", ")}</bdi></dd>
            <dt>{text("person-mentor")}</dt><dd><bdi>{mentor}</bdi></dd>
            <dt>{text("person-started")}</dt><dd>{person.started_on.map(|d| d.to_string())}</dd>
            <dt>{text("person-active")}</dt>
            <dd>{if person.active == Some(false) { text("no") } else { text("yes") }}</dd>
        </dl>
    }
}

/// The person form: for a new person and for editing one. `submit` hears
/// the form once every field is right; problems are shown per field and
/// the first one (in the page's order) takes the focus.
#[component]
fn PersonFormView(
    form: PersonForm,
    own_id: String,
    people: TeamPeople,
    submit: Callback<PersonForm>,
    busy: RwSignal<bool>,
    cancel: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(form);
    let problems = RwSignal::new(Problems::new());
    let problem = move |field: &'static str| {
        move || {
            problems.with(|p| {
                p.iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, key)| i18n.tr(key))
            })
        }
    };
    let invalid = move |field: &'static str| {
        move || {
            problems
                .with(|p| p.iter().any(|(f, _)| *f == field))
                .to_string()
        }
    };
    let on_submit = {
        let own_id = own_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let form = state.get_untracked();
            match form.fields(&own_id, platform::is_zone) {
                Ok(_) => {
                    problems.set(Vec::new());
                    submit.run(form);
                }
                Err(p) => {
                    let first = FORM_ORDER.iter().find(|f| p.iter().any(|(x, _)| x == *f));
                    problems.set(p);
                    if let Some(first) = first {
                        platform::focus(&format!("#person-{first}"));
                    }
                }
            }
        }
    };
    let mentors = move || {
        let current = state.with_untracked(|f| f.mentor_id.clone());
        let mut list: Vec<(String, String)> = names_of(&people)
            .into_iter()
            .filter(|(id, _)| *id != own_id)
            .collect();
        crate::sort::sort_by(&mut list, |a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        list.into_iter()
            .map(|(id, name)| {
                let selected = id == current;
                view! { <option value=id selected=selected>{name}</option> }
            })
            .collect_view()
    };
    let text_field = move |field: &'static str,
                           label: &'static str,
                           get: fn(&PersonForm) -> String,
                           set: fn(&mut PersonForm, String)| {
        let id = format!("person-{field}");
        let err = format!("{id}-error");
        view! {
            <div class="field">
                <label for=id.clone()>{text(label)}</label>
                <input id=id type="text" prop:value=move || state.with(get)
                    aria-invalid=invalid(field) aria-describedby=err.clone()
                    on:input=move |ev| state.update(|f| set(f, event_target_value(&ev))) />
                <span class="field-error" id=err>{problem(field)}</span>
            </div>
        }
    };
    let role_now = state.with_untracked(|f| f.role.clone());
    let region_now = Region::ALL
        .into_iter()
        .find(|r| state.with_untracked(|f| f.region == r.key()));
    view! {
        <form class="person-form" novalidate on:submit=on_submit aria-busy=move || busy.get().to_string()>
            {text_field("name", "person-name", |f| f.name.clone(), |f, v| f.name = v)}
            <div class="field">
                <label for="person-role">{text("person-role")}</label>
                <select id="person-role" aria-invalid=invalid("role") aria-describedby="person-role-error"
                    on:change=move |ev| state.update(|f| f.role = event_target_value(&ev))>
                    <option value="">"—"</option>
                    {ROLES.into_iter().map(|r| view! {
                        <option value=role_key(r) selected=role_now == role_key(r)>{i18n.tr(role_label(r))}</option>
                    }).collect_view()}
                </select>
                <span class="field-error" id="person-role-error">{problem("role")}</span>
            </div>
            <div class="field">
                <label for="person-region">{text("person-region")}</label>
                <select id="person-region" aria-invalid=invalid("region") aria-describedby="person-region-error"
                    on:change=move |ev| state.update(|f| f.region = event_target_value(&ev))>
                    <option value="">"—"</option>
                    {region_options(region_now)}
                </select>
                <span class="field-error" id="person-region-error">{problem("region")}</span>
            </div>
            {text_field("timezone", "person-timezone", |f| f.timezone.clone(), |f, v| f.timezone = v)}
            {text_field("languages", "person-languages", |f| f.languages.clone(), |f, v| f.languages = v)}
            <div class="field">
                <label for="person-mentor_id">{text("person-mentor")}</label>
                <select id="person-mentor_id" aria-invalid=invalid("mentor_id") aria-describedby="person-mentor_id-error"
                    on:change=move |ev| state.update(|f| f.mentor_id = event_target_value(&ev))>
                    <option value="">"—"</option>
                    {mentors}
                </select>
                <span class="field-error" id="person-mentor_id-error">{problem("mentor_id")}</span>
            </div>
            <div class="field">
                <label for="person-started_on">{text("person-started")}</label>
                <input id="person-started_on" type="date" prop:value=move || state.with(|f| f.started_on.clone())
                    aria-invalid=invalid("started_on") aria-describedby="person-started_on-error"
                    on:input=move |ev| state.update(|f| f.started_on = event_target_value(&ev)) />
                <span class="field-error" id="person-started_on-error">{problem("started_on")}</span>
            </div>
            <label class="check">
                <input type="checkbox" prop:checked=move || state.with(|f| f.active)
                    on:change=move |ev| state.update(|f| f.active = event_target_checked(&ev)) />
                " " {text("person-active")}
            </label>
            <div class="actions">
                <button type="submit" data-action="save-person" disabled=move || busy.get()>{text("save")}</button>
                {cancel.map(|c| view! { <button type="button" on:click=move |_| c.run(())>{text("cancel")}</button> })}
            </div>
        </form>
    }
}

/// The form's fields in the page's order (for the first problem's focus).
const FORM_ORDER: [&str; 7] = [
    "name",
    "role",
    "region",
    "timezone",
    "languages",
    "mentor_id",
    "started_on",
];

#[component]
pub fn NewPersonPage() -> impl IntoView {
    let people = use_team_people();
    let adder = Adder::new();
    let navigate = use_navigate();
    let last = StoredValue::new(None::<PersonForm>);
    let again = StoredValue::new(None::<Callback<()>>);
    let send = Callback::new(move |form: PersonForm| {
        last.set_value(Some(form.clone()));
        let Ok(Fields(mut map)) = form.fields("", platform::is_zone) else {
            return;
        };
        let id = adder.id("person");
        map.insert("id".into(), id.clone().into());
        let Ok(person) = crate::data::decode::decode::<Person>(serde_json::Value::Object(map))
        else {
            return;
        };
        let navigate = navigate.clone();
        let retry = again.get_value().unwrap_or(Callback::new(|_| {}));
        adder.send(
            person,
            people.notices,
            "add-person",
            "person-not-added",
            retry,
            move |saved: Option<Person>| {
                // Queued: the form stays, the notice says it waits.
                if let Some(saved) = saved {
                    navigate(
                        &platform::app_href(&person_path(&saved.id)),
                        Default::default(),
                    );
                }
            },
        );
    });
    again.set_value(Some(Callback::new(move |_| {
        if let Some(f) = last.get_value() {
            send.run(f);
        }
    })));
    view! {
        <TeamNav />
        <section aria-labelledby="new-person-title">
            <h1 id="new-person-title">{text("person-add")}</h1>
            <NoticeList notices=people.notices />
            <PersonFormView form=PersonForm { active: true, ..Default::default() } own_id=String::new()
                people submit=send busy=adder.busy cancel=None />
        </section>
    }
}

/// A person's skills, each level editable in place (the same write as the
/// skills grid), and a new skill added by key.
#[component]
fn SkillsList(person: Memo<Option<Person>>, people: TeamPeople) -> impl IntoView {
    let i18n = use_i18n();
    let new_key = RwSignal::new(String::new());
    let rows = move || {
        let Some(p) = person.get() else {
            return Vec::new();
        };
        p.skills
            .clone()
            .unwrap_or_default()
            .into_iter()
            .map(|(skill, level)| {
                let stored = p.clone();
                let s = skill.clone();
                let (gone, g) = (p.clone(), skill.clone());
                let remove_label = format!("{} {}", i18n.tr("skill-remove"), skill);
                view! {
                    <li data-skill=skill.clone() data-level=level>
                        <label>
                            <bdi>{skill.clone()}</bdi>
                            " "
                            <select on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if let Ok(l) = v.parse() {
                                    people.submit(&stored, PersonWrite::Skill(s.clone(), Some(l)));
                                }
                            }>
                                {(0..=4u8).map(|l| view! { <option value=l selected=l == level>{l}</option> }).collect_view()}
                            </select>
                        </label>
                        " "
                        <button type="button" data-action="remove-skill" aria-label=remove_label
                            on:click=move |_| people.submit(&gone, PersonWrite::Skill(g.clone(), None))>
                            {text("skill-remove")}
                        </button>
                    </li>
                }
            })
            .collect()
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let key: String = new_key
            .get_untracked()
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '_' })
            .take(40)
            .collect();
        if let (false, Some(p)) = (key.is_empty(), person.get_untracked()) {
            people.submit(&p, PersonWrite::NewSkill(key));
            new_key.set(String::new());
        }
    };
    view! {
        <section class="panel" aria-labelledby="skills-title">
            <h2 id="skills-title">{text("team-nav-skills")}</h2>
            <ul class="skill-list">{rows}</ul>
            <form class="inline-form" on:submit=add>
                <label for="new-skill">{text("skill-add")}</label>
                <input id="new-skill" type="text" maxlength="40" prop:value=move || new_key.get()
                    placeholder=move || i18n.tr("skill-add-hint")
                    on:input=move |ev| new_key.set(event_target_value(&ev)) />
                <button type="submit">{text("add")}</button>
            </form>
        </section>
    }
}

/// The person's shifts from now on (read only here; the shifts page edits).
#[component]
fn UpcomingShifts(person_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let now = platform::now();
    let shifts = use_records::<Shift>(ListParams {
        filters: vec![
            Filter::new("person_id", Op::Eq(person_id)),
            // The backend compares strings: a writer's `-03:00` form of the
            // same instant sorts differently, so ask with a day's margin and
            // decide on the parsed times here.
            Filter::new(
                "ends_at",
                Op::Gte(crate::time::Timestamp(now.0 - chrono::Duration::hours(24)).to_wire()),
            ),
        ],
        ..Default::default()
    });
    let rows = move || {
        let mut list = shifts.get()?.ok()?.records;
        list.retain(|s| s.ends_at.is_some_and(|e| e >= now));
        crate::sort::sort_by_key(&mut list, |s| {
            (s.starts_at.is_none(), s.starts_at, s.id.clone())
        });
        Some(
            list.into_iter()
                .take(14)
                .map(|s| {
                    let at = |t: Option<crate::time::Timestamp>| {
                        t.map(|t| platform::date_time(t, i18n.zone(), Some(&i18n.tag())))
                    };
                    view! {
                        <li data-shift-id=s.id.clone()>
                            {s.region.map(Region::key)} " · " {s.kind.map(|k| if k == super::model::ShiftKind::Primary { text("shift-primary") } else { text("shift-backup") })}
                            " · " {at(s.starts_at)} " – " {at(s.ends_at)}
                        </li>
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <section class="panel" aria-labelledby="upcoming-shifts-title">
            <h2 id="upcoming-shifts-title">{text("person-upcoming-shifts")}</h2>
            <ul>{rows}</ul>
        </section>
    }
}

/// The open cases the person owns, linking to each and to the board.
#[component]
fn OwnedCases(person_id: String) -> impl IntoView {
    let mut query = open_cases_query();
    query
        .filters
        .push(Filter::new("owner_id", Op::Eq(person_id.clone())));
    let cases = use_records::<Case>(query);
    let board = board_of(&person_id);
    let rows = move || {
        let list = cases.get()?.ok()?.records;
        Some(
            list.into_iter()
                .map(|c| {
                    view! {
                        <li><a href=platform::app_href(&case_path(&c.id))>
                            {c.priority.map(|p| p.key())} " " <bdi>{c.title.clone().unwrap_or_default()}</bdi>
                        </a></li>
                    }
                })
                .collect_view(),
        )
    };
    let i18n = use_i18n();
    let count = move || cases.get().and_then(Result::ok).map(|l| l.records.len());
    view! {
        <section class="panel" aria-labelledby="owned-title">
            <h2 id="owned-title">{text("person-open-cases")}</h2>
            <p>{move || count().map(|n| view! {
                <a href=board.clone()>{i18n.tr_args("workload-link", &[("count", Arg::from(n))])}</a>
            })}</p>
            <ul>{rows}</ul>
        </section>
    }
}
