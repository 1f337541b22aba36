//! The cases workspace: the board (one column per status, cards with live
//! SLA clocks, moves by drag and drop with mouse or touch, or by the keyboard
//! "move to" menu) and the table, over one filtered list that lives in the
//! URL; background refresh, saved views, CSV export and shortcuts. Writes
//! show at once and roll back with a message when they fail. Thin: the rules
//! are in `logic`, `sla`, `export` and `saved`.

use std::collections::HashMap;

use leptos::either::{Either, EitherOf3};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use serde_json::{Map, Value};
use wasm_bindgen::JsCast;

use super::export::to_csv;
use super::logic::{
    action_changes, apply, board_queries, board_query, changed_fields, merge_changes, on_board,
    reconcile, refresh_since, search_text, Action, CaseFilter, Layout, FULL_LOAD_EVERY,
    RECENT_DAYS,
};
use super::model::{Case, Category, PartnerTeam, Priority, Status};
use super::sla::{clock, Clock, Target};
use super::table::Table;
use super::toolbar::{FilterBar, SavedViews, ShortcutHelp};
use super::views::status_label;
use crate::config::AppConfig;
use crate::data::decode::decode;
use crate::data::{AppProvider, DataError, ListParams};
use crate::i18n::{text, use_i18n, Arg, I18n};
use crate::kpi::model::SlaPolicy;
use crate::platform;
use crate::regions::Region;
use crate::team::model::Person;
use crate::time::Timestamp;
use crate::ui::keys::{self, Shortcut};
use crate::ui::{error_message, use_records};

/// Cards a column puts in the DOM at first, and how many more each time its
/// end scrolls near (or "show more" is pressed): a column on a laptop shows
/// four or five, and building cards is most of the cost of a filter.
const COLUMN_LIMIT: usize = 10;

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

/// The message id of a partner team's name.
pub fn partner_label(team: PartnerTeam) -> &'static str {
    match team {
        PartnerTeam::Policy => "partner-policy",
        PartnerTeam::Legal => "partner-legal",
        PartnerTeam::Engineering => "partner-engineering",
        PartnerTeam::Trust => "partner-trust",
        PartnerTeam::Product => "partner-product",
        PartnerTeam::Marketing => "partner-marketing",
        PartnerTeam::Comms => "partner-comms",
    }
}

/// What went wrong with the last write (one at a time: its size is no concern).
#[derive(Clone)]
#[allow(clippy::large_enum_variant)]
enum Notice {
    Failed(DataError),
    Conflict {
        base: Case,
        current: Option<Case>,
        action: Action,
        fields: Vec<&'static str>,
    },
}

/// Replaces a case in the list by id (quietly not once the page is gone).
fn put(cases: RwSignal<Vec<Case>>, case: Case) {
    cases.try_update(|list| {
        if let Some(slot) = list.iter_mut().find(|c| c.id == case.id) {
            *slot = case;
        }
    });
}

/// Puts keyboard focus back on a card's "move to" menu after the card was
/// built anew (moved, saved with a new version, or rolled back): with
/// `if_lost`, only when focus fell back to the page.
fn refocus(id: &str, if_lost: bool) {
    platform::focus_later(
        "data-case-id",
        id.to_string(),
        "[data-testid='move-to']",
        if_lost,
    );
}

/// What the board's pieces share.
#[derive(Clone)]
struct Shared {
    provider: Option<AppProvider>,
    cases: RwSignal<Vec<Case>>,
    notice: RwSignal<Option<Notice>>,
    names: Memo<HashMap<String, String>>,
    now: RwSignal<Timestamp>,
    sla: Memo<Vec<SlaPolicy>>,
}

impl Shared {
    /// Does `action` to case `id`: shown at once, written, and rolled back
    /// with a notice when the write fails.
    fn act(&self, id: &str, action: Action) {
        let Some(base) = self
            .cases
            .with_untracked(|list| list.iter().find(|c| c.id == id).cloned())
        else {
            return;
        };
        if let Ok(changes) = action_changes(&base, action, platform::now()) {
            self.save(base, action, changes);
            // The card is built anew in its new column: keep the keyboard
            // user's place on it.
            refocus(id, false);
        }
    }

    fn save(&self, base: Case, action: Action, changes: Map<String, Value>) {
        let (cases, notice) = (self.cases, self.notice);
        put(cases, apply(&base, &changes));
        notice.set(None);
        let Some(provider) = self.provider.clone() else {
            return;
        };
        spawn_local(async move {
            match provider
                .update::<Case>(&base.id, base.version.unwrap_or(1), changes)
                .await
            {
                Ok(saved) => {
                    put(cases, saved);
                    refocus(&base.id, true);
                }
                Err(DataError::Conflict { current }) => {
                    put(cases, base.clone());
                    refocus(&base.id, true);
                    let current = current.and_then(|v| decode::<Case>(v).ok());
                    let fields = current
                        .as_ref()
                        .map(|c| changed_fields(&base, c))
                        .unwrap_or_default();
                    notice.try_set(Some(Notice::Conflict {
                        base,
                        current,
                        action,
                        fields,
                    }));
                }
                Err(error) => {
                    put(cases, base.clone());
                    refocus(&base.id, true);
                    notice.try_set(Some(Notice::Failed(error)));
                }
            }
        });
    }
}

/// The query pairs of the current URL.
fn query_pairs() -> Memo<Vec<(String, String)>> {
    let query = use_query_map();
    Memo::new(move |_| {
        query
            .get()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect()
    })
}

pub(super) fn pairs_of(pairs: &[(String, String)]) -> impl Iterator<Item = (&str, &str)> {
    pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
}

/// The workspace over the loaded cases.
#[component]
pub fn Workspace(initial: Vec<Case>) -> impl IntoView {
    let i18n = use_i18n();
    let provider = use_context::<AppProvider>();
    let every = use_context::<AppConfig>().map_or(30, |c| c.refresh_seconds);
    let cases = RwSignal::new(initial);
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
    let shared = Shared {
        provider: provider.clone(),
        cases,
        notice: RwSignal::new(None),
        names,
        now,
        sla,
    };

    // Fresh data: ask for what changed since the newest update seen.
    let refreshed = RwSignal::new(platform::now());
    let refresh_error = RwSignal::new(None::<DataError>);
    let busy = StoredValue::new(false);
    let rounds = StoredValue::new(0u32);
    let refresh = move || {
        let Some(provider) = provider.clone() else {
            return;
        };
        if busy.get_value() {
            return;
        }
        busy.set_value(true);
        rounds.update_value(|n| *n += 1);
        let full = rounds.get_value().is_multiple_of(FULL_LOAD_EVERY);
        let queries = if full {
            board_queries(platform::now())
        } else {
            vec![ListParams {
                changed_since: cases.with_untracked(|l| refresh_since(l)),
                ..Default::default()
            }]
        };
        spawn_local(async move {
            match provider.load_any::<Case>(&queries).await {
                Ok(loaded) => {
                    // Nothing new (the usual answer): no recomputation.
                    cases.try_maybe_update(|l| {
                        let changed = if full {
                            reconcile(l, loaded.records) != (0, 0, 0)
                        } else {
                            merge_changes(l, loaded.records) != (0, 0)
                        };
                        (changed, ())
                    });
                    refreshed.try_set(platform::now());
                    refresh_error.try_set(None);
                }
                Err(e) => {
                    refresh_error.try_set(Some(e));
                }
            }
            busy.try_set_value(false);
        });
    };
    let clock_tick = set_interval_with_handle(
        move || now.set(platform::now()),
        std::time::Duration::from_secs(30),
    );
    let refresh_tick = (every > 0)
        .then(|| {
            set_interval_with_handle(
                refresh.clone(),
                std::time::Duration::from_secs(every.into()),
            )
            .ok()
        })
        .flatten();
    on_cleanup(move || {
        if let Ok(h) = clock_tick {
            h.clear();
        }
        if let Some(h) = refresh_tick {
            h.clear();
        }
    });

    let pairs = query_pairs();
    let filter = Memo::new(move |_| pairs.with(|p| CaseFilter::from_pairs(pairs_of(p))));
    let layout = Memo::new(move |_| pairs.with(|p| Layout::from_pairs(pairs_of(p))));
    // Search text is lower-cased once per load or change, not per keystroke;
    // the filtered list is positions in `cases`, so a filter clones nothing.
    let haystacks =
        Memo::new(move |_| cases.with(|all| all.iter().map(search_text).collect::<Vec<_>>()));
    let visible = Memo::new(move |_| {
        let f = filter.get();
        let words = f.words();
        // The "recently resolved" window moves with loads, not with every tick.
        let since = Timestamp(now.get_untracked().0 - chrono::Duration::days(RECENT_DAYS));
        cases.with(|all| {
            haystacks.with(|texts| {
                all.iter()
                    .zip(texts)
                    .enumerate()
                    .filter(|(_, (c, text))| {
                        on_board(c, since) && f.matches_prepared(c, text, &words)
                    })
                    .map(|(i, _)| i)
                    .collect::<Vec<usize>>()
            })
        })
    });
    // The filtered cases themselves, for the table and exports.
    let filtered = move || {
        cases.with(|all| {
            visible.with(|idx| {
                idx.iter()
                    .filter_map(|&i| all.get(i).cloned())
                    .collect::<Vec<Case>>()
            })
        })
    };
    let languages = Memo::new(move |_| {
        let mut tags: Vec<String> = cases.with(|all| {
            all.iter()
                .filter_map(|c| c.language.as_ref().map(|l| l.to_lowercase()))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect()
        });
        tags.truncate(200);
        tags
    });

    let navigate = use_navigate();
    let go_query = Callback::new(move |(query, replace): (String, bool)| {
        let url = if query.is_empty() {
            "/cases".to_string()
        } else {
            format!("/cases?{query}")
        };
        navigate(
            &url,
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let go_filter = Callback::new(move |(f, replace): (CaseFilter, bool)| {
        go_query.run((board_query(&f, &layout.get_untracked()), replace))
    });
    let go_layout = Callback::new(move |l: Layout| {
        go_query.run((board_query(&filter.get_untracked(), &l), false))
    });

    // Shortcuts: `/` search, `n` new case, `?` this list.
    let help = RwSignal::new(false);
    let open_new = use_navigate();
    let keys_handle = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        let in_field = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| keys::takes_typing(&el.tag_name(), el.is_content_editable()));
        match keys::shortcut(
            &e.key(),
            in_field,
            e.ctrl_key() || e.alt_key() || e.meta_key(),
        ) {
            Some(Shortcut::Search) => {
                e.prevent_default();
                platform::focus("input[data-filter='q']");
            }
            Some(Shortcut::NewCase) => {
                e.prevent_default();
                open_new("/cases/new", Default::default());
            }
            Some(Shortcut::Help) => {
                e.prevent_default();
                help.update(|h| *h = !*h);
            }
            Some(Shortcut::Close) => help.set(false),
            None => {}
        }
    });
    on_cleanup(move || keys_handle.remove());

    let export = move |_| {
        let mut list = untrack(filtered);
        let l = layout.get_untracked();
        names.with_untracked(|n| {
            super::logic::sort_cases(&mut list, l.sort, l.descending, n);
            let day = platform::now().to_wire();
            let name = format!("watchfloor-cases-{}.csv", &day[..10]);
            platform::download(&name, "text/csv;charset=utf-8", &to_csv(&list, n));
        });
    };
    let on_act = {
        let shared = shared.clone();
        Callback::new(move |(id, action): (String, Action)| shared.act(&id, action))
    };
    let refresh_now = refresh.clone();
    let table_cases = Memo::new(move |_| filtered());
    let board_shared = shared.clone();

    view! {
        <FilterBar filter go=go_filter names languages />
        <div class="toolbar">
            <div class="segmented" role="group" aria-label=move || i18n.tr("layout-label")>
                <button type="button" data-layout="board" aria-pressed=move || (!layout.get().table).to_string()
                    on:click=move |_| go_layout.run(Layout { table: false, ..layout.get_untracked() })>{text("layout-board")}</button>
                <button type="button" data-layout="table" aria-pressed=move || layout.get().table.to_string()
                    on:click=move |_| go_layout.run(Layout { table: true, ..layout.get_untracked() })>{text("layout-table")}</button>
            </div>
            <a class="button primary" data-action="new-case" href=platform::app_href("/cases/new")>{text("new-case")}</a>
            <button type="button" data-action="export" on:click=export>{text("export-csv")}</button>
            <SavedViews filter layout go=go_query />
            <button type="button" data-action="shortcuts" aria-keyshortcuts="?" on:click=move |_| help.update(|h| *h = !*h)>{text("shortcuts")}</button>
            <p class="refreshed" role="status" data-refreshed=move || refreshed.get().to_wire()>
                {move || i18n.tr_args("last-refreshed", &[("time", Arg::from(platform::clock_time(refreshed.get(), i18n.zone(), Some(&i18n.tag()))))])}
                {move || refresh_error.get().map(|e| view! { " · " <span class="refresh-failed">{i18n.tr("refresh-failed")} " " {error_message(&i18n, &e)}</span> })}
                " "
                <button type="button" class="link" data-action="refresh" on:click=move |_| refresh_now()>{text("refresh-now")}</button>
            </p>
        </div>
        {move || help.get().then(|| view! { <ShortcutHelp open=help /> })}
        <NoticeView shared=shared.clone() />
        {move || if layout.get().table {
            Either::Left(view! { <Table cases=table_cases layout go_layout names now sla /> })
        } else {
            Either::Right(view! { <Columns visible shared=board_shared.clone() on_act /> })
        }}
    }
}

/// The board's columns.
#[component]
fn Columns(
    visible: Memo<Vec<usize>>,
    shared: Shared,
    on_act: Callback<(String, Action)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let drop_target = RwSignal::new(None::<Status>);
    let cases = shared.cases;
    // Columns are built once; each keeps its cards in a keyed list, so a
    // move, a clock tick or the people list arriving re-renders only the
    // cards that changed (a revealed description or a focused menu stays).
    let columns = Status::ALL
        .into_iter()
        .map(|status| {
            let shared = shared.clone();
            let limit = RwSignal::new(COLUMN_LIMIT);
            // (how many, the first `limit` in the column's order): only
            // those are cloned and put in the DOM.
            let list = Memo::new(move |_| {
                let limit = limit.get();
                cases.with(|all| {
                    visible.with(|idx| {
                        let mut mine: Vec<&Case> = idx
                            .iter()
                            .filter_map(|&i| all.get(i))
                            .filter(|c| c.status == Some(status))
                            .collect();
                        if status == Status::Resolved {
                            mine.sort_by_key(|c| std::cmp::Reverse(c.resolved_at));
                        } else {
                            mine.sort_by_key(|c| (c.priority, c.created_at));
                        }
                        (mine.len(), mine.into_iter().take(limit).cloned().collect::<Vec<Case>>())
                    })
                })
            });
            // More cards as the column's end scrolls near.
            let more = NodeRef::<leptos::html::Button>::new();
            let watch = StoredValue::new_local(None::<platform::VisibleGuard>);
            Effect::new(move |_| {
                if let Some(button) = more.get() {
                    let grow = move || {
                        if list.with_untracked(|l| l.0) > limit.get_untracked() {
                            limit.update(|l| *l += COLUMN_LIMIT);
                        }
                    };
                    watch.set_value(platform::on_visible(&button, "300px", grow));
                }
            });
            let count = move || list.with(|l| l.0);
            let shown = move || list.with(|l| l.1.clone());
            view! {
                <section class="column" class:drop-target=move || drop_target.get() == Some(status)
                    data-status=status.key() aria-label=move || i18n.tr(status_label(Some(status)))>
                    <h2>
                        {text(status_label(Some(status)))}
                        " "
                        <span class="count" data-count=count>{move || i18n.number(count() as f64)}</span>
                    </h2>
                    <div class="cards">
                        <For
                            each=shown
                            key=|c| (c.id.clone(), c.version, c.status, c.first_response_at)
                            children=move |case| view! { <CaseCard case shared=shared.clone() on_act drop_target /> }
                        />
                    </div>
                    <button type="button" class="more" node_ref=more hidden=move || count() <= limit.get()
                        on:click=move |_| limit.update(|l| *l += COLUMN_LIMIT)>{text("show-more")}</button>
                </section>
            }
        })
        .collect_view();
    view! { <div class="board">{columns}</div> }
}

#[component]
fn NoticeView(shared: Shared) -> impl IntoView {
    let i18n = use_i18n();
    let notice = shared.notice;
    move || {
        let shared = shared.clone();
        notice.get().map(|n| match n {
            Notice::Failed(error) => Either::Left(view! {
                <div class="error-panel" role="alert" data-notice="failed">
                    <p>{i18n.tr("change-not-saved")} " " {error_message(&i18n, &error)}</p>
                    <button type="button" on:click=move |_| notice.set(None)>{text("dismiss")}</button>
                </div>
            }),
            Notice::Conflict { base, current, action, fields } => {
                let list = fields.join(", ");
                let theirs = current.clone();
                let cases = shared.cases;
                Either::Right(view! {
                    <div class="error-panel conflict" role="alert" data-notice="conflict" data-case-id=base.id.clone()>
                        <p>{i18n.tr_args("conflict-title", &[("fields", Arg::from(list))])}</p>
                        <button type="button" data-action="reload" on:click=move |_| {
                            if let Some(c) = theirs.clone() { put(cases, c); }
                            notice.set(None);
                        }>{text("conflict-reload")}</button>
                        " "
                        {current.map(|current| view! {
                            <button type="button" data-action="apply" on:click=move |_| {
                                match action_changes(&current, action, platform::now()) {
                                    Ok(changes) => shared.save(current.clone(), action, changes),
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

/// The SLA line of a case: time left, or overdue by, or met/missed.
pub fn sla_line(
    i18n: I18n,
    case: &Case,
    sla: &[SlaPolicy],
    now: Timestamp,
) -> Option<(&'static str, String)> {
    let shown = clock(case, sla, now)?;
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
    let time = platform::duration(minutes, &i18n.tag());
    Some((state, i18n.tr_args(message, &[("time", Arg::from(time))])))
}

/// The owner as shown: a name, "unassigned", or the bare id when the person
/// is not (yet) known.
pub fn owner_view(owner_id: Option<String>, names: Memo<HashMap<String, String>>) -> impl IntoView {
    move || match owner_id
        .as_ref()
        .filter(|id| !id.is_empty())
        .map(|id| (id, names.with(|n| n.get(id).cloned())))
    {
        Some((_, Some(name))) => EitherOf3::A(view! { <bdi class="owner">{name}</bdi> }),
        None => EitherOf3::B(
            view! { <span class="owner unassigned">{text("filter-unassigned")}</span> },
        ),
        Some((id, None)) => EitherOf3::C(view! { <code class="owner">{id.clone()}</code> }),
    }
}

/// One case on the board.
#[component]
fn CaseCard(
    case: Case,
    shared: Shared,
    on_act: Callback<(String, Action)>,
    drop_target: RwSignal<Option<Status>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Shared {
        names, now, sla, ..
    } = shared;
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
        sla.with(|s| sla_line(i18n, &clock_case, s, now.get()))
            .map(|(state, line)| view! { <p class="sla" data-sla=state>{line}</p> })
    };
    let age = case.created_at.map(|t| {
        view! { <time datetime=t.to_wire()>{move || {
            let ago = platform::relative_time(t, now.get(), Some(&i18n.tag()));
            i18n.tr_args("created-ago", &[("ago", Arg::from(ago))])
        }}</time> }
    });
    let partners: Vec<PartnerTeam> = case.partner_teams.iter().flatten().copied().collect();
    let current = case.status;
    let can_respond = case.first_response_at.is_none() && current.is_some_and(Status::is_open);

    // Drag and drop with pointer events: one path for mouse, touch and pen.
    let card = NodeRef::<leptos::html::Article>::new();
    let start = StoredValue::new(None::<(i32, i32)>);
    let target_at = move |e: &web_sys::PointerEvent| {
        let el = card.get_untracked()?;
        let key = platform::attr_under_point(
            e.client_x() as f64,
            e.client_y() as f64,
            "data-status",
            &el,
        )?;
        Status::ALL.into_iter().find(|s| s.key() == key)
    };
    let end_drag = move || {
        start.set_value(None);
        drop_target.set(None);
        if let Some(el) = card.get_untracked() {
            let _ = el.style().remove_property("transform");
            let _ = el.class_list().remove_1("dragging");
        }
    };
    let drag_id = id.clone();
    let respond_id = id.clone();
    let handle = view! {
        <button type="button" class="drag-handle" tabindex="-1" aria-hidden="true" title=move || i18n.tr("drag-hint")
            on:pointerdown=move |e: web_sys::PointerEvent| {
                if e.button() != 0 { return; }
                e.prevent_default();
                if let Some(t) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                    let _ = t.set_pointer_capture(e.pointer_id());
                }
                start.set_value(Some((e.client_x(), e.client_y())));
                if let Some(el) = card.get_untracked() { let _ = el.class_list().add_1("dragging"); }
            }
            on:pointermove=move |e: web_sys::PointerEvent| {
                let Some((x0, y0)) = start.get_value() else { return };
                if let Some(el) = card.get_untracked() {
                    let _ = el.style().set_property("transform", &format!("translate({}px, {}px)", e.client_x() - x0, e.client_y() - y0));
                }
                drop_target.set(target_at(&e));
            }
            on:pointerup=move |e: web_sys::PointerEvent| {
                if start.get_value().is_none() { return; }
                let to = target_at(&e);
                end_drag();
                if let Some(to) = to.filter(|to| Some(*to) != current) {
                    on_act.run((drag_id.clone(), Action::Move(to)));
                }
            }
            on:pointercancel=move |_| end_drag()
        >"⠿"</button>
    };
    view! {
        <article node_ref=card class="card" data-case-id=case.id.clone() data-priority=priority aria-labelledby=labelled_by>
            <header>
                {handle}
                <span class="tag priority" data-priority=priority>{priority}</span>
                <h3 id=title_id dir="auto">
                    <a href=platform::app_href(&format!("/cases/{}", crate::data::json_server::encode(&case.id)))>
                        <bdi class="title" lang=case.language.clone()>{case.title.clone().unwrap_or_default()}</bdi>
                    </a>
                </h3>
            </header>
            {sla_clock}
            <p class="meta">
                {case.region.map(Region::key)}
                " · "
                {case.category.map(|c| text(category_label(c)))}
                " · "
                {owner_view(case.owner_id.clone(), names)}
                " · "
                <span class="lang">{case.language.clone()}</span>
                " · "
                {age}
            </p>
            {(!partners.is_empty()).then(|| view! {
                <p class="partners">{move || partners.iter().map(|t| i18n.tr(partner_label(*t))).collect::<Vec<_>>().join(" · ")}</p>
            })}
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
            <div class="card-actions">
                <label class="move">
                    <span>{text("move-to")}</span>
                    <select
                        data-testid="move-to"
                        on:change=move |ev| {
                            let key = event_target_value(&ev);
                            if let Some(to) = Status::ALL.into_iter().find(|s| s.key() == key) {
                                on_act.run((id.clone(), Action::Move(to)));
                            }
                        }
                    >
                        {move || Status::ALL
                            .into_iter()
                            .map(|s| view! { <option value=s.key() selected=current == Some(s)>{i18n.tr(status_label(Some(s)))}</option> })
                            .collect_view()}
                    </select>
                </label>
                {can_respond.then(|| view! {
                    <button type="button" data-action="responded" on:click=move |_| on_act.run((respond_id.clone(), Action::Respond))>{text("mark-responded")}</button>
                })}
            </div>
        </article>
    }
}
