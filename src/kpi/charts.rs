//! The dashboard's charts: inline SVG drawn by the app (no chart library),
//! one component for all of them. Each has a title, an axis with round
//! ticks, a readout that follows the pointer and the arrow keys, and a
//! "show as table" alternative whose cells carry the KPI hooks.
//!
//! Geometry: `kpi::chart` (pure). KPIs: docs/kpis.md

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::chart::ticks;
use super::export::raw;
use crate::i18n::{text, use_i18n};

/// One series of values: its name in the legend and, when its values are a
/// KPI breakdown, the KPI's key (the table's cells then carry
/// `data-kpi`/`data-key`/`data-value`).
#[derive(Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub kpi: Option<&'static str>,
    /// Raw values per category (`None`: no data).
    pub values: Vec<Option<f64>>,
    /// The values as shown.
    pub shown: Vec<String>,
}

/// A line across the chart at a category position (p50, p90 of a
/// distribution): its label and where it falls, in categories from the left.
#[derive(Clone, PartialEq)]
pub struct Marker {
    pub label: String,
    pub at: f64,
}

#[derive(Clone, PartialEq)]
pub struct ChartData {
    /// `data-chart` and the ids inside.
    pub id: &'static str,
    pub title: String,
    /// Category keys (the table's `data-key`) and their labels.
    pub keys: Vec<String>,
    pub labels: Vec<String>,
    pub series: Vec<Series>,
    pub markers: Vec<Marker>,
    /// Bars across (named categories) rather than up (days, bins).
    pub across: bool,
}

const W: f64 = 360.0;
const LEFT: f64 = 40.0;
const TOP: f64 = 8.0;
const ROW: f64 = 22.0;

fn n(v: f64) -> String {
    format!("{v:.1}")
}

#[component]
pub fn Chart(data: ChartData) -> impl IntoView {
    let i18n = use_i18n();
    let count = data.keys.len();
    let selected = RwSignal::new(None::<usize>);
    let axis = ticks(
        data.series
            .iter()
            .flat_map(|s| s.values.iter().flatten())
            .fold(0.0, |a: f64, b| a.max(*b)),
    );
    let top = axis[4];
    let across = data.across;
    // Up: days or bins along the bottom. Across: one row per category.
    let height = if across {
        TOP + ROW * count as f64 + 24.0
    } else {
        180.0
    };
    let (plot_w, plot_h) = if across {
        (W - 120.0 - 18.0, ROW * count as f64)
    } else {
        (W - LEFT - 8.0, 180.0 - TOP - 40.0)
    };
    let origin_x = if across { 120.0 } else { LEFT };
    let band = if across {
        ROW
    } else {
        plot_w / count.max(1) as f64
    };
    let bars_per = data.series.len().max(1) as f64;
    let scale = move |v: f64| v.max(0.0) / top * if across { plot_w } else { plot_h };
    let mut shapes = Vec::new();
    for (i, label) in data.labels.iter().enumerate() {
        let start = if across {
            TOP + band * i as f64
        } else {
            origin_x + band * i as f64
        };
        for (s, series) in data.series.iter().enumerate() {
            let Some(v) = series.values.get(i).copied().flatten() else {
                continue;
            };
            let thick = band * 0.8 / bars_per;
            let offset = start + band * 0.1 + thick * s as f64;
            let len = scale(v);
            let (x, y, w, h) = if across {
                (origin_x, offset, len, thick)
            } else {
                (offset, TOP + plot_h - len, thick, len)
            };
            shapes.push(view! {
                <rect class=format!("bar s{s}") x=n(x) y=n(y) width=n(w.max(0.5)) height=n(h.max(0.5))>
                    <title>{format!("{label}: {}", series.shown.get(i).cloned().unwrap_or_default())}</title>
                </rect>
            });
        }
    }
    // Axis: the value ticks, and the category labels (every k-th when many).
    let value_axis = axis
        .into_iter()
        .map(|t| {
            let at = scale(t);
            let (x, y, anchor) = if across {
                (origin_x + at, TOP + plot_h + 14.0, "middle")
            } else {
                (LEFT - 4.0, TOP + plot_h - at + 4.0, "end")
            };
            let grid = if across {
                (origin_x + at, TOP, origin_x + at, TOP + plot_h)
            } else {
                (LEFT, TOP + plot_h - at, LEFT + plot_w, TOP + plot_h - at)
            };
            view! {
                <line class="grid" x1=n(grid.0) y1=n(grid.1) x2=n(grid.2) y2=n(grid.3) />
                <text class="tick" x=n(x) y=n(y) text-anchor=anchor>{i18n.number(t)}</text>
            }
        })
        .collect_view();
    let every = if across { 1 } else { count.div_ceil(5).max(1) };
    let category_axis = data
        .labels
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(i, label)| {
            let (x, y, anchor) = if across {
                (origin_x - 4.0, TOP + band * i as f64 + band * 0.65, "end")
            } else {
                (
                    origin_x + band * i as f64 + band / 2.0,
                    TOP + plot_h + 14.0,
                    "middle",
                )
            };
            view! { <text class="label" x=n(x) y=n(y) text-anchor=anchor>{label.clone()}</text> }
        })
        .collect_view();
    let markers = data
        .markers
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let x = origin_x + band * m.at;
            // Each label on its own line, so that close markers stay readable.
            let y = TOP + 10.0 + 12.0 * i as f64;
            view! {
                <line class="marker" x1=n(x) y1=n(TOP) x2=n(x) y2=n(TOP + plot_h) />
                <text class="marker-label" x=n(x + 2.0) y=n(y)>{m.label.clone()}</text>
            }
        })
        .collect_view();
    let highlight = move || {
        selected.get().map(|i| {
            let start = if across {
                TOP + band * i as f64
            } else {
                origin_x + band * i as f64
            };
            let (x, y, w, h) = if across {
                (origin_x, start, plot_w, band)
            } else {
                (start, TOP, band, plot_h)
            };
            view! { <rect class="selected" x=n(x) y=n(y) width=n(w) height=n(h) /> }
        })
    };
    let keys = StoredValue::new(data.keys.clone());
    let labels = StoredValue::new(data.labels.clone());
    let series = StoredValue::new(data.series.clone());
    let readout = move || {
        let i = selected.get()?;
        let label = labels.with_value(|l| l.get(i).cloned())?;
        let values = series.with_value(|all| {
            all.iter()
                .map(|s| format!("{} {}", s.name, s.shown.get(i).cloned().unwrap_or_default()))
                .collect::<Vec<_>>()
                .join(", ")
        });
        Some(format!("{label}: {values}"))
    };
    let on_key = move |ev: KeyboardEvent| {
        let last = count.saturating_sub(1);
        let next = match (ev.key().as_str(), selected.get_untracked()) {
            ("ArrowRight" | "ArrowDown", Some(i)) => Some((i + 1).min(last)),
            ("ArrowLeft" | "ArrowUp", Some(i)) => Some(i.saturating_sub(1)),
            ("ArrowRight" | "ArrowDown" | "ArrowLeft" | "ArrowUp" | "Home", _) => Some(0),
            ("End", _) => Some(last),
            _ => return,
        };
        ev.prevent_default();
        if count > 0 {
            selected.set(next);
        }
    };
    // Pointer: the category under it, from its position in the drawing.
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let Some(svg) = event_target::<web_sys::Element>(&ev)
            .closest("svg")
            .ok()
            .flatten()
        else {
            return;
        };
        let rect = svg.get_bounding_client_rect();
        if rect.width() <= 0.0 || count == 0 {
            return;
        }
        let ratio = W / rect.width();
        let (pos, from) = if across {
            ((ev.client_y() as f64 - rect.top()) * ratio, TOP)
        } else {
            ((ev.client_x() as f64 - rect.left()) * ratio, origin_x)
        };
        let i = ((pos - from) / band).floor();
        selected.set((i >= 0.0 && (i as usize) < count).then_some(i as usize));
    };
    let id = data.id;
    let title_id = format!("chart-{id}-title");
    let readout_id = format!("chart-{id}-readout");
    let legend = (data.series.len() > 1).then(|| {
        data.series
            .iter()
            .enumerate()
            .map(|(s, series)| view! { <span class="key"><span class=format!("swatch s{s}") aria-hidden="true"></span>{series.name.clone()}</span> })
            .collect_view()
    });
    let table = view! {
        <details class="as-table">
            <summary>{text("show-as-table")}</summary>
            <table>
                <caption>{data.title.clone()}</caption>
                <thead><tr><th scope="col"></th>
                    {series.with_value(|all| all.iter().map(|s| view! { <th scope="col">{s.name.clone()}</th> }).collect_view())}
                </tr></thead>
                <tbody>
                    {(0..count).map(|i| {
                        let key = keys.with_value(|k| k.get(i).cloned().unwrap_or_default());
                        let label = labels.with_value(|l| l.get(i).cloned().unwrap_or_default());
                        view! {
                            <tr>
                                <th scope="row">{label}</th>
                                {series.with_value(|all| all.iter().map(|s| {
                                    let value = s.values.get(i).copied().flatten();
                                    view! {
                                        <td data-kpi=s.kpi data-key=s.kpi.map(|_| key.clone()) data-value=s.kpi.map(|_| raw(value))>
                                            {s.shown.get(i).cloned().unwrap_or_default()}
                                        </td>
                                    }
                                }).collect_view())}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </details>
    };
    view! {
        <figure class="chart" data-chart=id>
            <figcaption id=title_id.clone()>{data.title.clone()} " " <span class="legend">{legend}</span></figcaption>
            <svg viewBox=format!("0 0 {W} {}", n(height)) role="group" aria-labelledby=title_id
                aria-describedby=readout_id.clone() dir="ltr"
                tabindex="0" on:keydown=on_key on:pointermove=on_move on:pointerleave=move |_| selected.set(None)
                on:blur=move |_| selected.set(None)>
                {value_axis}
                {highlight}
                {shapes}
                {markers}
                {category_axis}
            </svg>
            <p class="readout" id=readout_id aria-live="polite">{readout}</p>
            {table}
        </figure>
    }
}
