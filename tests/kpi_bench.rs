//! The KPI engine's benchmark in headless Chromium: the whole KPI set over
//! the issue's data set (src/kpi/synthetic.rs) for the dashboard's two
//! windows, timed on the page's clock. Run by `make bench` (scripts/kpi-bench.sh):
//!
//!   WATCHFLOOR_KPI_BENCH=1 cargo test --release --target wasm32-unknown-unknown \
//!     --test kpi_bench -- --nocapture
//!
//! `make test` does not run it (its wasm layer runs `--test web` only).
//! Without `WATCHFLOOR_KPI_BENCH` at build time it runs on a small data set,
//! so a plain `cargo test --target wasm32-unknown-unknown` stays quick. It
//! prints its figure beside the aim and never fails on it: it fails only
//! when it cannot measure.

#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use watchfloor::kpi::engine::{compute, Filters, Window};
use watchfloor::kpi::synthetic::{describe, generate, median, Sizes, NOW};
use watchfloor::time::Timestamp;

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 7;
const AIM_MS: f64 = 150.0;

/// `performance.now()` of the page (read through `Reflect`: no web-sys
/// feature for one call).
fn clock() -> impl Fn() -> f64 {
    let global = js_sys::global();
    let performance = js_sys::Reflect::get(&global, &JsValue::from_str("performance"))
        .expect("the page has `performance`");
    let now: js_sys::Function = js_sys::Reflect::get(&performance, &JsValue::from_str("now"))
        .expect("performance.now")
        .dyn_into()
        .expect("performance.now is a function");
    move || {
        now.call0(&performance)
            .ok()
            .and_then(|v| v.as_f64())
            .expect("performance.now() gives a number")
    }
}

#[wasm_bindgen_test]
fn kpi_compute_in_wasm() {
    let full = option_env!("WATCHFLOOR_KPI_BENCH").is_some();
    let sizes = if full { Sizes::ISSUE } else { Sizes::SMOKE };
    let now = Timestamp::parse(NOW).unwrap();
    let clock = clock();
    let t = clock();
    let data = generate(sizes, now, 42);
    let generated = clock() - t;
    let window = Window::last_days(now, 28);
    let filters = Filters::default();
    let (mut current, mut previous, mut both) = (Vec::new(), Vec::new(), Vec::new());
    for run in 0..=RUNS {
        let t0 = clock();
        let set = compute(&data.data(), window, &filters, now);
        let t1 = clock();
        let before = compute(&data.data(), window.previous(), &filters, now);
        let t2 = clock();
        // Something to compute in both windows, so the figure measures work.
        assert!(set.value("cases_created").is_some_and(|n| n > 0.0));
        assert!(before.value("cases_created").is_some_and(|n| n > 0.0));
        if run > 0 {
            current.push(t1 - t0);
            previous.push(t2 - t1);
            both.push(t2 - t0);
        }
    }
    let size = if full {
        ""
    } else {
        " (small set: build with WATCHFLOOR_KPI_BENCH=1 for the issue's)"
    };
    web_sys::console::log_1(
        &format!(
            "kpi compute, wasm (headless Chromium): {}{size} (data made in {generated:.0} ms); median of {RUNS} runs after 1 warm-up",
            describe(&data)
        )
        .into(),
    );
    web_sys::console::log_1(
        &format!(
            "kpi compute, wasm: current window {:.1} ms, previous window {:.1} ms, both {:.1} ms (aim <= {AIM_MS} ms)",
            median(current),
            median(previous),
            median(both)
        )
        .into(),
    );
}
