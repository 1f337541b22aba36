//! The cases workspace: the board and the table over one filtered list that
//! lives in the URL, background refresh, saved views, CSV export and
//! shortcuts. Every write goes through the save engine (`data::save`): it
//! shows at once, goes out in order per case, and comes back with a notice
//! (and a retry, or both sides of a conflict) when it fails. Thin: the
//! rules are in `filters`, `sync`, `writes`, `export` and `saved`.

use std::collections::HashSet;

use leptos::either::{Either, EitherOf3};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use super::board::{BoardData, Columns};
use super::export::to_csv;
use super::filters::{board_query, pairs_of, search_text, CaseFilter, Layout};
use super::model::Case;
use super::notes::change_history;
use super::parts::field_names;
use super::parts::use_sla_policies;
use super::sla::SlaPolicy;
use super::sync::{on_board, open_count, refresh_queries, RECENT_DAYS};
use super::table::Table;
use super::toolbar::{FilterBar, SavedViews, ShortcutHelp};
use super::writes::{action_changes, Action, CaseWrite};
use crate::config::AppConfig;
use crate::data::save::{Conflict, Event, Retry};
use crate::data::sync::{merge_changes, reconcile, Pacer, FULL_LOAD_EVERY};
use crate::data::{AppProvider, DataError, Loaded};
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;
use crate::team::people::use_names;
use crate::time::Timestamp;
use crate::ui::feed::{feed_live, follow};
use crate::ui::keys::{self, Shortcut};
use crate::ui::live::remove_gone;
use crate::ui::notices::mark_saving;
use crate::ui::{error_message, use_me, use_saver_with_history, Saver};

/// What went wrong with a case's last write.
#[derive(Clone)]
enum Notice {
    Failed {
        error: DataError,
        retry: Box<Retry<Case, CaseWrite>>,
    },
    Conflict(Box<Conflict<Case, CaseWrite>>),
    /// Not sent: the backend could not be reached; it waits in the outbox.
    Queued,
}

/// The notices on the page, one per case at most (the newest): a failed
/// write of one card is not lost when another card fails or moves.
type Notices = RwSignal<Vec<(String, Notice)>>;

fn set_notice(notices: Notices, id: &str, notice: Option<Notice>) {
    notices.try_update(|list| {
        list.retain(|(of, _)| of != id);
        if let Some(n) = notice {
            list.push((id.to_string(), n));
        }
    });
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

/// The workspace over the loaded cases.
#[component]
pub fn Workspace(initial: Vec<Case>) -> impl IntoView {
    let i18n = use_i18n();
    let provider = use_context::<AppProvider>();
    let every = use_context::<AppConfig>().map_or(30, |c| c.refresh_seconds);
    let cases = RwSignal::new(initial);
    let (policies, sla) = use_sla_policies();
    let names = use_names();
    let now = RwSignal::new(platform::now());
    let saving = RwSignal::new(HashSet::<String>::new());
    let notices: Notices = RwSignal::new(Vec::new());
    // Every move or edit that lands leaves a `change` event in the case's
    // history (not shown on the board).
    let saver =
        use_saver_with_history::<Case, CaseWrite>(
            change_history(use_me()),
            move |event| match event {
                Event::Shown(case) => {
                    let id = case.id.clone();
                    put(cases, case);
                    // The card is built anew (another column, another version):
                    // keep the keyboard user's place on it.
                    refocus(&id, true);
                }
                Event::Saving { id, saving: on } => mark_saving(saving, id, on),
                Event::Saved(_) | Event::Recorded(_) => {}
                Event::Conflict(conflict) => {
                    let id = conflict.base.id.clone();
                    set_notice(notices, &id, Some(Notice::Conflict(Box::new(conflict))));
                }
                Event::Queued { id, .. } => set_notice(notices, &id, Some(Notice::Queued)),
                Event::Failed { id, error, retry } => {
                    let retry = Box::new(retry);
                    set_notice(notices, &id, Some(Notice::Failed { error, retry }));
                }
            },
        );
    let data = BoardData {
        cases,
        names,
        now,
        sla,
        saving,
    };

    // Fresh data: ask for what changed since the newest update seen.
    let refreshed = RwSignal::new(platform::now());
    let refresh_error = RwSignal::new(None::<DataError>);
    let pacer = StoredValue::new(Pacer::default());
    // The refresh itself, to run again once one on its way ended.
    let rerun = StoredValue::new(None::<Callback<bool>>);
    // A case with writes on its way is the save engine's to show; it keeps
    // what the refresh brought for a rollback.
    let in_flight = move |c: &Case| saver.is_some_and(|s| s.is_saving(&c.id));
    let refresh = move |full: bool| {
        // A tick or an event can come after the page is gone (the data
        // loaded anew after the outbox sent something): nothing to do then.
        let queries = provider.clone().and_then(|provider| {
            let queries =
                cases.try_with_untracked(|l| refresh_queries(l, provider.server_now(), full))?;
            Some((provider, queries))
        });
        let Some((provider, queries)) = queries else {
            pacer.try_update_value(|p| p.done());
            return;
        };
        spawn_local(async move {
            let answer = provider.load_any::<Case>(&queries).await;
            let Some((gone, again)) = pacer.try_update_value(|p| p.done()) else {
                return;
            };
            match answer {
                Ok(loaded) => {
                    let fresh: Vec<Case> = loaded
                        .records
                        .into_iter()
                        .filter(|c| !saver.is_some_and(|s| s.seen(c)))
                        .collect();
                    // Nothing new (the usual answer): no recomputation.
                    cases.try_maybe_update(|l| {
                        let changed = if full {
                            reconcile(l, fresh, in_flight) != (0, 0, 0)
                        } else {
                            merge_changes(l, fresh) != (0, 0)
                        };
                        (remove_gone(l, &gone, in_flight) || changed, ())
                    });
                    refreshed.try_set(platform::now());
                    refresh_error.try_set(None);
                }
                Err(e) => {
                    refresh_error.try_set(Some(e));
                }
            }
            if let (Some(full), Some(run)) = (again, rerun.try_get_value().flatten()) {
                run.run(full);
            }
        });
    };
    let refresh = Callback::new(refresh);
    rerun.set_value(Some(refresh));
    let clock_tick = set_interval_with_handle(
        move || {
            now.try_set(platform::now());
        },
        std::time::Duration::from_secs(30),
    );
    let refresh_tick = (every > 0)
        .then(|| {
            set_interval_with_handle(
                move || {
                    // While changes are pushed, only the full loads.
                    let live = feed_live();
                    if let Some(full) = pacer
                        .try_update_value(|p| p.tick(FULL_LOAD_EVERY, live))
                        .flatten()
                    {
                        refresh.run(full);
                    }
                },
                std::time::Duration::from_secs(every.into()),
            )
            .ok()
        })
        .flatten();
    let asked = Callback::new(move |_| {
        if let Some(full) = pacer.try_update_value(Pacer::push).flatten() {
            refresh.run(full);
        }
    });
    follow(
        "cases",
        asked,
        Callback::new(move |id: String| {
            cases.try_maybe_update(|l| (remove_gone(l, std::slice::from_ref(&id), in_flight), ()));
            pacer.try_update_value(|p| p.deleted(&id));
        }),
    );
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
            // Inserted, not collected: `collect` into a set sorts first.
            let mut set = std::collections::BTreeSet::new();
            set.extend(
                all.iter()
                    .filter_map(|c| c.language.as_ref().map(|l| l.to_lowercase())),
            );
            set.into_iter().collect()
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
            super::filters::sort_cases(&mut list, l.sort, l.descending, n);
            let day = platform::now().to_wire();
            let name = format!("watchfloor-cases-{}.csv", &day[..10]);
            platform::download(&name, "text/csv;charset=utf-8", &to_csv(&list, n));
        });
    };
    let on_act = Callback::new(move |(id, action): (String, Action)| {
        let Some(case) = cases.with_untracked(|list| list.iter().find(|c| c.id == id).cloned())
        else {
            return;
        };
        if action_changes(&case, action, platform::now()).is_ok() {
            set_notice(notices, &id, None);
            if let Some(saver) = saver {
                saver.submit(&case, CaseWrite::Act(action));
            }
            refocus(&id, false);
        }
    });
    let refresh_now = move || asked.run(());
    let table_cases = Memo::new(move |_| filtered());
    let total = Memo::new(move |_| cases.with(Vec::len));
    let open = Memo::new(move |_| cases.with(|l| open_count(l)));

    view! {
        <p class="summary" data-count=total data-open=open>
            {move || i18n.tr_args("cases-count", &[("count", Arg::from(total.get()))])}
            " · "
            {move || i18n.tr_args("cases-open", &[("count", Arg::from(open.get()))])}
        </p>
        <SlaDefaults policies />
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
        <NoticeView notices cases saver />
        {move || if layout.get().table {
            Either::Left(view! { <Table cases=table_cases layout go_layout names now sla /> })
        } else {
            Either::Right(view! { <Columns visible data on_act /> })
        }}
    }
}

/// Each case's last write trouble: a failure with a retry, or a conflict
/// naming the fields the other lead changed, with "apply mine on top".
#[component]
fn NoticeView(
    notices: Notices,
    cases: RwSignal<Vec<Case>>,
    saver: Option<Saver<Case, CaseWrite>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = move |id: &str| cases.with_untracked(|l| l.iter().find(|c| c.id == id).cloned());
    let one = move |id: String, notice: Notice| {
        let dismiss = {
            let id = id.clone();
            move |_| set_notice(notices, &id, None)
        };
        match notice {
            Notice::Queued => EitherOf3::C(view! {
                <div class="error-panel queued" role="status" data-notice="queued" data-case-id=id.clone()>
                    <p>{text("error-queued")}</p>
                    <button type="button" on:click=dismiss>{text("dismiss")}</button>
                </div>
            }),
            Notice::Failed { error, retry } => {
                let card = id.clone();
                // A retry only where one can help (not for a deleted case,
                // a refusal, or an answer that is not this case's).
                let can_retry = error.retryable();
                EitherOf3::A(view! {
                    <div class="error-panel" role="alert" data-notice="failed" data-case-id=card>
                        <p>{i18n.tr("change-not-saved")} " " {error_message(&i18n, &error)}</p>
                        {can_retry.then(|| view! {
                            <button type="button" data-action="retry" on:click=move |_| {
                                set_notice(notices, &id, None);
                                if let (Some(saver), Some(case)) = (saver, shown(&id)) {
                                    saver.retry(&case, (*retry).clone());
                                }
                            }>{text("retry")}</button>
                        })}
                        " "
                        <button type="button" on:click=dismiss>{text("dismiss")}</button>
                    </div>
                })
            }
            Notice::Conflict(conflict) => {
                let Conflict {
                    current,
                    intents,
                    theirs,
                    ..
                } = *conflict;
                let list = field_names(&i18n, &theirs);
                let card = id.clone();
                EitherOf3::B(view! {
                    <div class="error-panel conflict" role="alert" data-notice="conflict" data-case-id=card
                        data-fields=theirs.join(",")>
                        <p>{i18n.tr_args("conflict-title", &[("fields", Arg::from(list))])}</p>
                        <button type="button" data-action="reload" on:click=dismiss>{text("dismiss")}</button>
                        " "
                        {current.map(|current| view! {
                            <button type="button" data-action="apply" on:click=move |_| {
                                set_notice(notices, &id, None);
                                if let Some(saver) = saver {
                                    saver.submit_all(&current, intents.clone());
                                }
                            }>{text("conflict-apply")}</button>
                        })}
                    </div>
                })
            }
        }
    };
    move || {
        notices
            .get()
            .into_iter()
            .map(|(id, notice)| one(id, notice))
            .collect_view()
    }
}

/// While the SLA policies load, or when they could not be loaded, the
/// clocks run on the contract's default targets: say so (with a retry).
/// How long the SLA policies may take before the board says it is waiting.
const SLOW_MS: u64 = 1000;

#[component]
fn SlaDefaults(policies: LocalResource<Result<Loaded<SlaPolicy>, DataError>>) -> impl IntoView {
    // "Loading" only once it takes a while: a note that comes and goes
    // within the first second moves every card under the pointer or finger.
    let slow = RwSignal::new(false);
    set_timeout(
        move || {
            slow.try_set(true);
        },
        std::time::Duration::from_millis(SLOW_MS),
    );
    move || match policies.get() {
        Some(Ok(_)) => None,
        None if !slow.get() => None,
        None => Some(Either::Left(view! {
            <p class="note" role="status" data-sla-defaults="loading">{text("sla-defaults-loading")}</p>
        })),
        Some(Err(_)) => Some(Either::Right(view! {
            <p class="note" role="status" data-sla-defaults="failed">
                {text("sla-defaults-failed")} " "
                <button type="button" class="link" on:click=move |_| policies.refetch()>{text("retry")}</button>
            </p>
        })),
    }
}
