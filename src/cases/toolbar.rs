//! The workspace's controls above the cases: the filter bar (in the URL),
//! named saved views, and the list of shortcuts.

use std::collections::HashMap;

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::filters::pairs_of;
use super::filters::{board_query, CaseFilter, Layout};
use super::model::{Category, PartnerTeam, Priority};
use super::parts::{category_label, partner_label};
use super::saved::{self, SavedView};
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;
use crate::regions::Region;
use crate::team::people::people_choices;
use crate::ui::keys;
use crate::ui::Fold;

/// The list of shortcuts (`?`).
#[component]
pub(super) fn ShortcutHelp(open: RwSignal<bool>) -> impl IntoView {
    let close = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = close.get() {
            let _ = b.focus();
        }
    });
    // Closed, focus goes back to where the list is opened from.
    on_cleanup(|| platform::focus("[data-action='shortcuts']"));
    view! {
        <div class="dialog" role="dialog" aria-labelledby="shortcuts-title" data-dialog="shortcuts">
            <h2 id="shortcuts-title">{text("shortcuts")}</h2>
            <dl>
                {keys::ALL.into_iter().map(|(_, key, message)| view! {
                    <dt><kbd>{key}</kbd></dt><dd>{text(message)}</dd>
                }).collect_view()}
            </dl>
            <button type="button" node_ref=close on:click=move |_| open.set(false)>{text("close")}</button>
        </div>
    }
}

/// Named saved views of the filters and layout, kept in this browser.
#[component]
pub(super) fn SavedViews(
    filter: Memo<CaseFilter>,
    layout: Memo<Layout>,
    go: Callback<(String, bool)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let views = RwSignal::new(saved::parse(platform::load(saved::STORAGE_KEY).as_deref()));
    let name = RwSignal::new(String::new());
    let keep =
        move |list: &Vec<SavedView>| platform::store(saved::STORAGE_KEY, &saved::serialize(list));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let query = board_query(&filter.get_untracked(), &layout.get_untracked());
        views.update(|list| {
            if saved::upsert(list, &name.get_untracked(), &query) {
                keep(list);
                name.set(String::new());
            }
        });
    };
    // A stored query is re-read through the filter and layout, so a view
    // saved by another version (or edited by hand) cannot inject anything.
    let open = move |query: String| {
        let pairs: Vec<(String, String)> = web_sys::UrlSearchParams::new_with_str(&query)
            .map(|p| {
                js_sys::try_iter(&p)
                    .ok()
                    .flatten()
                    .into_iter()
                    .flatten()
                    .filter_map(|entry| {
                        let entry: js_sys::Array = entry.ok()?.dyn_into().ok()?;
                        Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let f = CaseFilter::from_pairs(pairs_of(&pairs));
        let l = Layout::from_pairs(pairs_of(&pairs));
        go.run((board_query(&f, &l), false));
    };
    view! {
        <details class="saved-views" data-testid="saved-views">
            <summary>{text("saved-views")}</summary>
            <ul>
                {move || views.get().into_iter().map(|v| {
                    let query = v.query.clone();
                    let gone = v.name.clone();
                    view! {
                        <li data-view=v.name.clone()>
                            <button type="button" class="link" on:click=move |_| open(query.clone())><bdi>{v.name.clone()}</bdi></button>
                            " "
                            <button type="button" class="link" data-action="delete-view"
                                aria-label=i18n.tr_args("delete-view", &[("name", Arg::from(v.name.as_str()))])
                                on:click=move |_| views.update(|l| { saved::remove(l, &gone); keep(l); })>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form on:submit=save>
                <label class="picker">
                    <span>{text("view-name")}</span>
                    <input type="text" data-testid="view-name" maxlength=saved::NAME_MAX required
                        prop:value=name on:input=move |ev| name.set(event_target_value(&ev)) />
                </label>
                <button type="submit">{text("save-view")}</button>
            </form>
        </details>
    }
}

/// An option's label: a message (follows the language) or plain text.
enum Label {
    Message(&'static str),
    Raw(String),
}

impl Label {
    fn view(self) -> impl IntoView {
        match self {
            Label::Message(id) => Either::Left(text(id)),
            Label::Raw(s) => Either::Right(s),
        }
    }
}

/// The filters, read from and written to the URL (so a link shows the same
/// board and the back button works).
#[component]
pub(super) fn FilterBar(
    filter: Memo<CaseFilter>,
    go: Callback<(CaseFilter, bool)>,
    names: Memo<HashMap<String, String>>,
    languages: Memo<Vec<String>>,
) -> impl IntoView {
    let select = move |label: &'static str, key: &'static str, options: Vec<(String, Label)>| {
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
                <select
                    data-filter=key
                    prop:value=current
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        let mut pairs = filter.get_untracked().to_pairs();
                        pairs.retain(|(k, _)| *k != key);
                        if !value.is_empty() {
                            pairs.push((key, value));
                        }
                        go.run((CaseFilter::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))), false));
                    }
                >
                    <option value="">{text("filter-all")}</option>
                    {options.into_iter().map(|(v, label)| view! { <option value=v>{label.view()}</option> }).collect_view()}
                </select>
            </label>
        }
    };
    let raw = |keys: Vec<&'static str>| {
        keys.into_iter()
            .map(|k| (k.to_string(), Label::Raw(k.to_string())))
            .collect()
    };
    let regions = raw(Region::ALL.iter().map(|r| r.key()).collect());
    let priorities = raw(Priority::ALL.iter().map(|p| p.key()).collect());
    let partners = PartnerTeam::ALL
        .iter()
        .map(|p| (p.key().to_string(), Label::Message(partner_label(*p))))
        .collect();
    let categories = Category::ALL
        .iter()
        .map(|c| (c.key().to_string(), Label::Message(category_label(*c))))
        .collect();
    let owners = move || {
        let people = names.with(|n| people_choices(n, None));
        let mut options: Vec<(String, Label)> =
            vec![("unassigned".into(), Label::Message("filter-unassigned"))];
        options.extend(people.into_iter().map(|(id, name)| (id, Label::Raw(name))));
        options
    };
    let langs = move || {
        languages
            .get()
            .into_iter()
            .map(|l| (l.clone(), Label::Raw(l)))
            .collect()
    };
    let i18n = use_i18n();
    let label = Signal::derive(move || match filter.with(|f| f.to_pairs().len()) {
        0 => i18n.tr("filters-toggle"),
        n => i18n.tr_args("filters-toggle-on", &[("count", Arg::from(n))]),
    });
    view! {
        <Fold id="case-filters" label>
        <form class="filters" role="search" on:submit=|ev| ev.prevent_default()>
            <label class="picker search">
                <span>{text("search")}</span>
                <input
                    type="search"
                    data-filter="q"
                    aria-keyshortcuts="/"
                    prop:value=move || filter.get().text
                    on:input=move |ev| {
                        let mut f = filter.get_untracked();
                        f.text = event_target_value(&ev);
                        go.run((f, true));
                    }
                />
            </label>
            {select("filter-region", "region", regions)}
            {select("filter-priority", "priority", priorities)}
            {select("filter-category", "category", categories)}
            {move || select("filter-owner", "owner", owners())}
            {select("filter-partner", "partner", partners)}
            {move || select("filter-language", "lang", langs())}
        </form>
        </Fold>
    }
}
