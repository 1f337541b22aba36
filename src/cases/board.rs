//! The case board: one column per status, cards with live SLA clocks,
//! moves by keyboard (a "move to" menu on every card) written at once and
//! rolled back with a message when the write fails, the two-leads conflict,
//! and filters that live in the URL. Thin: the rules are in `logic` and `sla`.

use std::collections::HashMap;

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use serde_json::{Map, Value};

use super::logic::{apply, changed_fields, move_to, CaseFilter};
use super::model::{Case, Category, Priority, Status};
use super::sla::{clock, Clock, Target};
use super::views::status_label;
use crate::data::decode::decode;
use crate::data::json_server::encode;
use crate::data::{AppProvider, DataError, ListParams};
use crate::i18n::{text, use_i18n, Arg};
use crate::kpi::model::SlaPolicy;
use crate::platform;
use crate::regions::Region;
use crate::team::model::Person;
use crate::time::Timestamp;
use crate::ui::{error_message, use_records};

/// Cards a column shows before "show more" (the rest stay off the DOM).
const COLUMN_LIMIT: usize = 50;
/// The resolved column shows cases resolved within this many days.
const RECENT_DAYS: i64 = 7;

/// The message id of a category's name.
pub fn category_label(category: Category) -> &'static str {
    match category {
        Category::AccountSecurity => "category-account_security",
        Category::HarmfulContent => "category-harmful_content",
        Category::HighProfile => "category-high_profile",
        Category::LegalRequest => "category-legal_request",
        Category::PlatformBug => "category-platform_bug",
        Category::Crisis => "category-crisis",
        Category::Other => "category-other",
    }
}

/// What went wrong with the last move (one at a time: its size is no concern).
#[derive(Clone)]
#[allow(clippy::large_enum_variant)]
enum Notice {
    Failed(DataError),
    Conflict {
        base: Case,
        current: Option<Case>,
        to: Status,
        fields: Vec<&'static str>,
    },
}

/// Replaces a case in the board's list by id.
fn put(cases: RwSignal<Vec<Case>>, case: Case) {
    cases.update(|list| {
        if let Some(slot) = list.iter_mut().find(|c| c.id == case.id) {
            *slot = case;
        }
    });
}

/// Writes a move; on failure the card goes back and the notice says why.
fn save(
    provider: Option<AppProvider>,
    cases: RwSignal<Vec<Case>>,
    notice: RwSignal<Option<Notice>>,
    base: Case,
    to: Status,
    changes: Map<String, Value>,
) {
    put(cases, apply(&base, &changes));
    notice.set(None);
    spawn_local(async move {
        let Some(provider) = provider else { return };
        match provider
            .update::<Case>(&base.id, base.version.unwrap_or(1), changes)
            .await
        {
            Ok(saved) => put(cases, saved),
            Err(DataError::Conflict { current }) => {
                put(cases, base.clone());
                let current = current.and_then(|v| decode::<Case>(v).ok());
                let fields = current
                    .as_ref()
                    .map(|c| changed_fields(&base, c))
                    .unwrap_or_default();
                notice.set(Some(Notice::Conflict {
                    base,
                    current,
                    to,
                    fields,
                }));
            }
            Err(error) => {
                put(cases, base);
                notice.set(Some(Notice::Failed(error)));
            }
        }
    });
}

/// The board over the loaded cases.
#[component]
pub fn Board(initial: Vec<Case>) -> impl IntoView {
    let provider = use_context::<AppProvider>();
    let cases = RwSignal::new(initial);
    let notice = RwSignal::new(None::<Notice>);
    let limit = RwSignal::new(COLUMN_LIMIT);
    let people = use_records::<Person>(ListParams::default());
    let policies = use_records::<SlaPolicy>(ListParams::default());
    let names = Memo::new(move |_| {
        people
            .get()
            .and_then(Result::ok)
            .map(|l| {
                l.records
                    .into_iter()
                    .filter_map(|p| Some((p.id, p.name?)))
                    .collect::<HashMap<_, _>>()
            })
            .unwrap_or_default()
    });
    let sla = Memo::new(move |_| {
        policies
            .get()
            .and_then(Result::ok)
            .map(|l| l.records)
            .unwrap_or_default()
    });
    let now = RwSignal::new(platform::now());
    if let Ok(tick) = set_interval_with_handle(
        move || now.set(platform::now()),
        std::time::Duration::from_secs(30),
    ) {
        on_cleanup(move || tick.clear());
    }
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let pairs: Vec<(String, String)> = query
            .get()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        CaseFilter::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });

    let move_case = {
        let provider = provider.clone();
        Callback::new(move |(id, to): (String, Status)| {
            let Some(base) = cases.with_untracked(|list| list.iter().find(|c| c.id == id).cloned())
            else {
                return;
            };
            if let Ok(changes) = move_to(&base, to, platform::now()) {
                save(provider.clone(), cases, notice, base, to, changes);
            }
        })
    };

    // Columns are built once; each keeps its cards in a keyed list, so a
    // move, a clock tick or the people list arriving re-renders only the
    // cards that changed (a revealed description or a focused menu stays).
    let i18n = use_i18n();
    let columns = Status::ALL
        .into_iter()
        .map(|status| {
            let list = Memo::new(move |_| {
                let f = filter.get();
                // The "recently resolved" window moves with loads, not with every tick.
                let since = Timestamp(now.get_untracked().0 - chrono::Duration::days(RECENT_DAYS));
                let mut list: Vec<Case> = cases.with(|all| {
                    all.iter()
                        .filter(|c| c.status == Some(status) && f.matches(c))
                        .filter(|c| status != Status::Resolved || c.resolved_at.is_some_and(|r| r >= since))
                        .cloned()
                        .collect()
                });
                if status == Status::Resolved {
                    list.sort_by_key(|c| std::cmp::Reverse(c.resolved_at));
                } else {
                    list.sort_by_key(|c| (c.priority, c.created_at));
                }
                list
            });
            let count = move || list.with(Vec::len);
            let shown = move || list.with(|l| l.iter().take(limit.get()).cloned().collect::<Vec<_>>());
            view! {
                <section class="column" data-status=status.key() aria-label=move || i18n.tr(status_label(Some(status)))>
                    <h2>
                        {text(status_label(Some(status)))}
                        " "
                        <span class="count" data-count=count>{move || i18n.number(count() as f64)}</span>
                    </h2>
                    <div class="cards">
                        <For
                            each=shown
                            key=|c| (c.id.clone(), c.version, c.status)
                            children=move |case| view! { <CaseCard case names now sla on_move=move_case /> }
                        />
                    </div>
                    {move || (count() > limit.get()).then(|| view! {
                        <button type="button" class="more" on:click=move |_| limit.update(|l| *l += COLUMN_LIMIT)>{text("show-more")}</button>
                    })}
                </section>
            }
        })
        .collect_view();

    view! {
        <FilterBar filter names />
        <NoticeView notice cases provider />
        <div class="board">{columns}</div>
    }
}

#[component]
fn NoticeView(
    notice: RwSignal<Option<Notice>>,
    cases: RwSignal<Vec<Case>>,
    provider: Option<AppProvider>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let provider = provider.clone();
        notice.get().map(|n| match n {
            Notice::Failed(error) => Either::Left(view! {
                <div class="error-panel" role="alert" data-notice="failed">
                    <p>{i18n.tr("change-not-saved")} " " {error_message(&i18n, &error)}</p>
                    <button type="button" on:click=move |_| notice.set(None)>{text("dismiss")}</button>
                </div>
            }),
            Notice::Conflict { base, current, to, fields } => {
                let list = fields.join(", ");
                let theirs = current.clone();
                let on_top = current.clone();
                Either::Right(view! {
                    <div class="error-panel conflict" role="alert" data-notice="conflict" data-case-id=base.id.clone()>
                        <p>{i18n.tr_args("conflict-title", &[("fields", Arg::from(list))])}</p>
                        <button type="button" data-action="reload" on:click=move |_| {
                            if let Some(c) = theirs.clone() { put(cases, c); }
                            notice.set(None);
                        }>{text("conflict-reload")}</button>
                        " "
                        {on_top.map(|current| view! {
                            <button type="button" data-action="apply" on:click=move |_| {
                                match move_to(&current, to, platform::now()) {
                                    Ok(changes) => save(provider.clone(), cases, notice, current.clone(), to, changes),
                                    Err(_) => { put(cases, current.clone()); notice.set(None); }
                                }
                            }>{text("conflict-apply")}</button>
                        })}
                    </div>
                })
            }
        })
    }
}

/// One case on the board.
#[component]
fn CaseCard(
    case: Case,
    names: Memo<HashMap<String, String>>,
    now: RwSignal<Timestamp>,
    sla: Memo<Vec<SlaPolicy>>,
    on_move: Callback<(String, Status)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let revealed = RwSignal::new(false);
    let id = case.id.clone();
    let title_id = format!("case-title-{}", case.id);
    let labelled_by = title_id.clone();
    let priority = case.priority.map(Priority::key).unwrap_or("P?");
    let sensitive = case.hides_description();
    let description = case.description.clone().unwrap_or_default();
    let short: String = description.chars().take(160).collect();
    let clock_case = case.clone();
    let sla_clock = move || {
        let shown = clock(&clock_case, &sla.get(), now.get())?;
        let tag = i18n.tag();
        let (state, message, minutes) = match shown {
            Clock::Running {
                target: Target::FirstResponse,
                left_minutes,
            } => ("running", "sla-first-left", left_minutes),
            Clock::Running {
                target: Target::Resolution,
                left_minutes,
            } => ("running", "sla-resolve-left", left_minutes),
            Clock::Overdue {
                target: Target::FirstResponse,
                by_minutes,
            } => ("overdue", "sla-first-overdue", by_minutes),
            Clock::Overdue {
                target: Target::Resolution,
                by_minutes,
            } => ("overdue", "sla-resolve-overdue", by_minutes),
            Clock::Stopped { met: true } => ("met", "sla-met", 0.0),
            Clock::Stopped { met: false } => ("missed", "sla-missed", 0.0),
        };
        let time = platform::duration(minutes, &tag);
        Some(
            view! { <p class="sla" data-sla=state>{i18n.tr_args(message, &[("time", Arg::from(time))])}</p> },
        )
    };
    let age = case.created_at.map(|t| {
        view! { <time datetime=t.to_wire()>{move || {
            let ago = platform::relative_time(t, now.get(), Some(&i18n.tag()));
            i18n.tr_args("created-ago", &[("ago", Arg::from(ago))])
        }}</time> }
    });
    let partners: Vec<&'static str> = case
        .partner_teams
        .iter()
        .flatten()
        .map(|p| p.key())
        .collect();
    let current = case.status;
    view! {
        <article class="card" data-case-id=case.id.clone() data-priority=priority aria-labelledby=labelled_by>
            <header>
                <span class="tag priority" data-priority=priority>{priority}</span>
                <h3 id=title_id dir="auto"><bdi class="title" lang=case.language.clone()>{case.title.clone().unwrap_or_default()}</bdi></h3>
            </header>
            {sla_clock}
            <p class="meta">
                {case.region.map(Region::key)}
                " · "
                {case.category.map(|c| text(category_label(c)))}
                " · "
                {
                    let owner_id = case.owner_id.clone();
                    move || match owner_id.as_ref().map(|id| (id, names.with(|n| n.get(id).cloned()))) {
                        Some((_, Some(name))) => EitherOf3::A(view! { <bdi class="owner">{name}</bdi> }),
                        None => EitherOf3::B(view! { <span class="owner unassigned">{text("filter-unassigned")}</span> }),
                        Some((id, None)) => EitherOf3::C(view! { <code class="owner">{id.clone()}</code> }),
                    }
                }
                " · "
                <span class="lang">{case.language.clone()}</span>
                " · "
                {age}
            </p>
            {(!partners.is_empty()).then(|| view! { <p class="partners">{partners.join(" · ")}</p> })}
            {if sensitive {
                Either::Left(view! {
                    <div class="sensitive">
                        {move || if revealed.get() {
                            Either::Left(view! { <p class="description" dir="auto"><bdi>{short.clone()}</bdi></p> })
                        } else {
                            Either::Right(view! {
                                <p class="hidden-note">{text("sensitive-hidden")}</p>
                                <button type="button" class="reveal" on:click=move |_| revealed.set(true)>{text("reveal")}</button>
                            })
                        }}
                    </div>
                })
            } else {
                Either::Right(view! { <p class="description" dir="auto"><bdi>{short}</bdi></p> })
            }}
            <label class="move">
                <span>{text("move-to")}</span>
                <select
                    data-testid="move-to"
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        if let Some(to) = Status::ALL.into_iter().find(|s| s.key() == key) {
                            on_move.run((id.clone(), to));
                        }
                    }
                >
                    {Status::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.key() selected=current == Some(s)>{text(status_label(Some(s)))}</option> })
                        .collect_view()}
                </select>
            </label>
        </article>
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
fn FilterBar(filter: Memo<CaseFilter>, names: Memo<HashMap<String, String>>) -> impl IntoView {
    let navigate = use_navigate();
    let go = move |f: CaseFilter, replace: bool| {
        let query: Vec<String> = f
            .to_pairs()
            .into_iter()
            .map(|(k, v)| format!("{k}={}", encode(&v)))
            .collect();
        let url = if query.is_empty() {
            "/cases".to_string()
        } else {
            format!("/cases?{}", query.join("&"))
        };
        navigate(
            &url,
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let select = {
        let go = go.clone();
        move |label: &'static str, key: &'static str, options: Vec<(String, Label)>| {
            let go = go.clone();
            let current = move || {
                let f = filter.get();
                let pairs = f.to_pairs();
                pairs
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
                            go(CaseFilter::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str()))), false);
                        }
                    >
                        <option value="">{text("filter-all")}</option>
                        {options.into_iter().map(|(v, label)| view! { <option value=v>{label.view()}</option> }).collect_view()}
                    </select>
                </label>
            }
        }
    };
    let regions = Region::ALL
        .iter()
        .map(|r| (r.key().to_string(), Label::Raw(r.key().to_string())))
        .collect();
    let priorities = Priority::ALL
        .iter()
        .map(|p| (p.key().to_string(), Label::Raw(p.key().to_string())))
        .collect();
    let categories = Category::ALL
        .iter()
        .map(|c| (c.key().to_string(), Label::Message(category_label(*c))))
        .collect();
    let owners = move || {
        let mut people: Vec<(String, String)> = names.get().into_iter().collect();
        people.sort_by(|a, b| a.1.cmp(&b.1));
        let mut options: Vec<(String, Label)> =
            vec![("unassigned".into(), Label::Message("filter-unassigned"))];
        options.extend(people.into_iter().map(|(id, name)| (id, Label::Raw(name))));
        options
    };
    let search_go = go.clone();
    view! {
        <form class="filters" role="search" on:submit=|ev| ev.prevent_default()>
            <label class="picker search">
                <span>{text("search")}</span>
                <input
                    type="search"
                    data-filter="q"
                    prop:value=move || filter.get().text
                    on:input=move |ev| {
                        let mut f = filter.get_untracked();
                        f.text = event_target_value(&ev);
                        search_go(f, true);
                    }
                />
            </label>
            {select("filter-region", "region", regions)}
            {select("filter-priority", "priority", priorities)}
            {select("filter-category", "category", categories)}
            {move || select("filter-owner", "owner", owners())}
        </form>
    }
}
