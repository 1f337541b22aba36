//! The KPI engine's benchmark, native: `cargo run --release --example
//! kpi_bench` (`make bench` runs it beside the wasm figure of
//! `tests/kpi_bench.rs`). Computes the whole KPI set over the issue's data
//! set (src/kpi/synthetic.rs) for the dashboard's two windows, the last 28
//! days and the 28 before (the dashboard computes both, for the change
//! beside each value), and prints the median of a few runs beside the aim.
//! A benchmark, not a test: it never fails on a figure.

use std::hint::black_box;
use std::time::Instant;

use watchfloor::kpi::engine::{compute, Filters, Window};
use watchfloor::kpi::synthetic::{describe, generate, median, Sizes, NOW};
use watchfloor::time::Timestamp;

const RUNS: usize = 7;
const AIM_MS: f64 = 150.0;

fn main() {
    let now = Timestamp::parse(NOW).expect("NOW parses");
    let start = Instant::now();
    let data = generate(Sizes::ISSUE, now, 42);
    let generated = start.elapsed().as_secs_f64() * 1000.0;
    let window = Window::last_days(now, 28);
    let filters = Filters::default();
    let (mut current, mut previous, mut both) = (Vec::new(), Vec::new(), Vec::new());
    let mut created = None;
    // One warm-up run (allocator, caches), then RUNS measured.
    for run in 0..=RUNS {
        let t0 = Instant::now();
        let set = black_box(compute(black_box(&data.data()), window, &filters, now));
        let t1 = Instant::now();
        let before = black_box(compute(&data.data(), window.previous(), &filters, now));
        let t2 = Instant::now();
        created = Some((set.value("cases_created"), before.value("cases_created")));
        if run > 0 {
            current.push((t1 - t0).as_secs_f64() * 1000.0);
            previous.push((t2 - t1).as_secs_f64() * 1000.0);
            both.push((t2 - t0).as_secs_f64() * 1000.0);
        }
    }
    let (now_created, before_created) = created.unwrap_or_default();
    println!(
        "kpi compute, native (release): {} (data made in {generated:.0} ms; no KPI reads incident events, none made)",
        describe(&data)
    );
    println!(
        "  windows: last 28 days ({} cases created), the 28 before ({} created); median of {RUNS} runs after 1 warm-up",
        now_created.unwrap_or(0.0),
        before_created.unwrap_or(0.0)
    );
    println!(
        "kpi compute, native: current window {:.1} ms, previous window {:.1} ms, both {:.1} ms (aim <= {AIM_MS} ms in wasm)",
        median(current),
        median(previous),
        median(both)
    );
}
