//! The team's names, for every page that shows who owns, commands or wrote
//! something: loaded once per page, and offered in one order.

use std::collections::HashMap;

use leptos::prelude::*;

use super::model::Person;
use crate::data::ListParams;
use crate::ui::use_records;

/// People's names by id (empty while loading or when they failed: ids are
/// shown instead).
pub fn use_names() -> Memo<HashMap<String, String>> {
    let people = use_records::<Person>(ListParams::default());
    Memo::new(move |_| {
        people
            .get()
            .and_then(Result::ok)
            .map(|l| {
                l.records
                    .into_iter()
                    .filter_map(|p| Some((p.id, p.name?)))
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// `(id, name)` by name, then id (two people may share a name), with
/// `current` added under its id when it is nobody known (a person since
/// removed, or names not loaded): a choice is never silently changed.
pub fn people_choices(
    names: &HashMap<String, String>,
    current: Option<&str>,
) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = names
        .iter()
        .map(|(id, name)| (id.clone(), name.clone()))
        .collect();
    crate::sort::sort_by(&mut list, |a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    if let Some(c) = current.filter(|c| !c.is_empty() && !names.contains_key(*c)) {
        list.push((c.to_string(), c.to_string()));
    }
    list
}

/// `<option>`s for choosing a person, `current` kept among them and
/// `chosen` (a choice not applied yet), else `current`, selected.
pub fn person_options(
    names: Memo<HashMap<String, String>>,
    current: Option<String>,
    chosen: Option<Option<String>>,
) -> impl IntoView {
    let selected_id = chosen.unwrap_or_else(|| current.clone());
    names
        .with(|n| people_choices(n, current.as_deref()))
        .into_iter()
        .map(|(id, name)| {
            let selected = selected_id.as_deref() == Some(id.as_str());
            view! { <option value=id selected=selected>{name}</option> }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_go_by_name_then_id_and_keep_an_unknown_current_one() {
        let names = HashMap::from([
            ("p2".to_string(), "Ana".to_string()),
            ("p1".to_string(), "Ana".to_string()),
            ("p3".to_string(), "Bo".to_string()),
        ]);
        let ids = |l: Vec<(String, String)>| l.into_iter().map(|(id, _)| id).collect::<Vec<_>>();
        assert_eq!(ids(people_choices(&names, None)), ["p1", "p2", "p3"]);
        assert_eq!(ids(people_choices(&names, Some("p3"))), ["p1", "p2", "p3"]);
        assert_eq!(
            ids(people_choices(&names, Some("gone"))),
            ["p1", "p2", "p3", "gone"]
        );
        assert_eq!(ids(people_choices(&names, Some(""))), ["p1", "p2", "p3"]);
    }
}
