//! Team views. Thin: the people list for now.

use leptos::prelude::*;

use super::model::{CheckIn, Goal, Person, Shift};
use crate::data::{ListParams, Loaded};
use crate::ui::{count_body, use_records, RecordsView};

#[component]
pub fn TeamPage() -> impl IntoView {
    let people = use_records::<Person>(ListParams::default());
    let goals = use_records::<Goal>(ListParams::default());
    let check_ins = use_records::<CheckIn>(ListParams::default());
    let shifts = use_records::<Shift>(ListParams::default());
    view! {
        <section aria-labelledby="team-title">
            <h1 id="team-title">"Team"</h1>
            <RecordsView state=people what="people" body=people_body />
            <h2>"Growth, check-ins and shifts"</h2>
            <RecordsView state=goals what="goals" body=count_body("goals") />
            <RecordsView state=check_ins what="check-ins" body=count_body("check-ins") />
            <RecordsView state=shifts what="shifts" body=count_body("shifts") />
        </section>
    }
}

fn people_body(loaded: Loaded<Person>) -> impl IntoView {
    let mut people = loaded.records;
    people.sort_by(|a, b| a.name.cmp(&b.name));
    let total = people.len();
    view! {
        <p class="summary" data-count=total>{total} " people"</p>
        <ul class="record-list">
            {people
                .into_iter()
                .map(|person| {
                    let role = person.role.map(|r| format!("{r:?}").to_lowercase()).unwrap_or_default();
                    let region = person.region.map(|r| r.key()).unwrap_or("");
                    view! {
                        <li data-person-id=person.id.clone()>
                            <bdi class="title">{person.name.unwrap_or_default()}</bdi>
                            <span class="meta">{role} " · " {region} " · " {person.timezone.unwrap_or_default()}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
