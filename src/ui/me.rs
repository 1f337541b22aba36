//! Who is at this browser: the person written as the author of timeline
//! entries, case notes and change history. The app has no sign-in of its
//! own (the backend or the portal does that), so the person says who they
//! are once, in the timeline's "as" picker, and this browser remembers it.
//! Nothing here is a permission: it is a name on what they write.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::i18n::text;
use crate::platform;

const KEY: &str = "watchfloor.me";

/// The people id of whoever uses this browser, when they have said.
#[derive(Clone, Copy)]
pub struct Me(RwSignal<Option<String>>);

impl Me {
    pub fn get(&self) -> Option<String> {
        self.0.get()
    }

    pub fn get_untracked(&self) -> Option<String> {
        self.0.get_untracked()
    }

    /// Remembers who this is (`None` forgets).
    pub fn set(&self, id: Option<String>) {
        match &id {
            Some(id) => platform::store(KEY, id),
            None => platform::forget(KEY),
        }
        self.0.set(id);
    }
}

/// Makes the app's [`Me`] from this browser's storage; the shell calls it
/// once, for every page below.
pub fn provide_me() -> Me {
    let remembered = platform::load(KEY).filter(|id| !id.trim().is_empty());
    let me = Me(RwSignal::new(remembered));
    provide_context(me);
    me
}

/// The app's [`Me`] (a fresh one outside the shell, as in tests).
pub fn use_me() -> Me {
    use_context::<Me>().unwrap_or_else(provide_me)
}

/// The "as" picker: who this browser is, chosen among `names` (people by
/// id), sorted by name. Whoever it says it is stays a choice even when not
/// (yet) among the people loaded. `id` is the select's element id, `label`
/// its label's message ("Written by" unless given).
#[component]
pub fn MePicker(
    id: String,
    #[prop(into)] names: Signal<HashMap<String, String>>,
    #[prop(optional)] label: Option<&'static str>,
) -> impl IntoView {
    let me = use_me();
    let people = move || {
        let mut list: Vec<(String, String)> = names.get().into_iter().collect();
        crate::sort::sort_by(&mut list, |a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        if let Some(mine) = me.get().filter(|m| !list.iter().any(|(id, _)| id == m)) {
            list.push((mine.clone(), mine));
        }
        list
    };
    view! {
        <label for=id.clone()>{text(label.unwrap_or("timeline-as"))}</label>
        <select id=id data-timeline="as" prop:value=move || me.get().unwrap_or_default()
            on:change=move |ev| {
                let v = event_target_value(&ev);
                me.set((!v.is_empty()).then_some(v));
            }>
            <option value="">{text("timeline-nobody")}</option>
            {move || people().into_iter().map(|(id, name)| {
                let v = id.clone();
                view! { <option value=id selected=move || me.get().as_deref() == Some(v.as_str())>{name}</option> }
            }).collect_view()}
        </select>
    }
}
