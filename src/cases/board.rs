//! The case board: a column per status, cards with live SLA clocks, moves
//! by drag and drop with mouse, touch or pen, or by the keyboard "move to"
//! menu. Thin: the workspace (`workspace.rs`) owns the data and the writes;
//! the rules are in `sync`, `writes` and `sla`.

use std::collections::{HashMap, HashSet};

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::model::{Case, PartnerTeam, Priority, Status};
use super::parts::{category_label, owner_view, partner_label, sla_line, status_label};
use super::sla::SlaPolicy;
use super::writes::Action;
use crate::i18n::{text, use_i18n, Arg};
use crate::platform;
use crate::regions::Region;
use crate::time::Timestamp;

/// Cards a column puts in the DOM at first, and how many more each time its
/// end scrolls near (or "show more" is pressed): a column on a laptop shows
/// four or five, and building cards is most of the cost of a filter.
const COLUMN_LIMIT: usize = 10;

/// What the board's cards read.
#[derive(Clone, Copy)]
pub struct BoardData {
    pub cases: RwSignal<Vec<Case>>,
    pub names: Memo<HashMap<String, String>>,
    pub now: RwSignal<Timestamp>,
    pub sla: Memo<Vec<SlaPolicy>>,
    /// The cases whose writes are on their way.
    pub saving: RwSignal<HashSet<String>>,
}

/// The board's columns.
#[component]
pub fn Columns(
    visible: Memo<Vec<usize>>,
    data: BoardData,
    on_act: Callback<(String, Action)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let drop_target = RwSignal::new(None::<Status>);
    let cases = data.cases;
    // Columns are built once; each keeps its cards in a keyed list, so a
    // move, a clock tick or the people list arriving re-renders only the
    // cards that changed (a revealed description or a focused menu stays).
    let columns = Status::ALL
        .into_iter()
        .map(|status| {
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
                            crate::sort::sort_by_key(&mut mine, |c| std::cmp::Reverse(c.resolved_at));
                        } else {
                            crate::sort::sort_by_key(&mut mine, |c| (c.priority, c.created_at));
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
                            children=move |case| view! { <CaseCard case data on_act drop_target /> }
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

/// One case on the board.
#[component]
fn CaseCard(
    case: Case,
    data: BoardData,
    on_act: Callback<(String, Action)>,
    drop_target: RwSignal<Option<Status>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let BoardData {
        names,
        now,
        sla,
        saving,
        ..
    } = data;
    let revealed = RwSignal::new(false);
    let id = case.id.clone();
    let saving_id = case.id.clone();
    let is_saving = Signal::derive(move || saving.with(|s| s.contains(&saving_id)));
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
        <article node_ref=card class="card" data-case-id=case.id.clone() data-priority=priority aria-labelledby=labelled_by
            data-saving=move || is_saving.get().to_string() aria-busy=move || is_saving.get().to_string()>
            <header>
                {handle}
                <span class="tag priority" data-priority=priority>{priority}</span>
                <h3 id=title_id dir="auto">
                    <a href=platform::app_href(&crate::url::case_path(&case.id))>
                        <bdi class="title" lang=case.language.clone()>{case.title.clone().unwrap_or_default()}</bdi>
                    </a>
                </h3>
            </header>
            {move || is_saving.get().then(|| view! { <p class="saving" role="status">{text("saving")}</p> })}
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
