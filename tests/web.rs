//! Component tests in headless Chromium (`make test` runs them through
//! wasm-bindgen-test-runner). Leptos 0.8 updates the DOM asynchronously:
//! each test awaits `tick()` before it looks.

#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use watchfloor::config::AppConfig;
use watchfloor::data::{Damaged, DataError};
use watchfloor::platform;
use watchfloor::time::Timestamp;
use watchfloor::ui::{DamagedList, ErrorPanel, RegionClocks};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh container and returns the container.
fn mount<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), f).forget();
    container
}

fn instant(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap()
}

#[wasm_bindgen_test]
async fn error_panel_says_what_failed_and_retries() {
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = retries.clone();
    let container = mount(move || {
        view! {
            <ErrorPanel
                error=DataError::Network("Failed to fetch".into())
                on_retry=move |_| { counter.fetch_add(1, Ordering::SeqCst); }
            />
        }
    });
    tick().await;
    let alert = container
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let text = alert.text_content().unwrap();
    assert!(text.contains("Cannot reach the backend"), "{text}");
    assert!(text.contains("Failed to fetch"), "{text}");
    let button: web_sys::HtmlElement = container
        .query_selector("button.retry")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    button.click();
    tick().await;
    assert_eq!(retries.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
async fn damaged_records_are_listed_as_text_with_their_ids() {
    let container = mount(|| {
        view! {
            <DamagedList damaged=vec![
                Damaged { id: Some("c-9".into()), problem: "unknown variant `P9`".into() },
                Damaged { id: None, problem: "<img src=x onerror=alert(1)>".into() },
            ] />
        }
    });
    tick().await;
    let summary = container
        .query_selector("summary")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    // The count is isolated (U+2068..U+2069) for mixed-direction text.
    let summary: String = summary
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    assert!(summary.contains("2 damaged records"), "{summary}");
    let item = container
        .query_selector("[data-damaged-id='c-9']")
        .unwrap()
        .expect("the damaged id");
    assert!(item.text_content().unwrap().contains("P9"));
    assert!(
        container.query_selector("img").unwrap().is_none(),
        "problem text must not become HTML"
    );
    assert!(container
        .text_content()
        .unwrap()
        .contains("<img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test]
async fn no_damaged_records_render_nothing() {
    let container = mount(|| view! { <DamagedList damaged=vec![] /> });
    tick().await;
    assert!(container.query_selector("details").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn region_clocks_show_each_regions_time() {
    let now = RwSignal::new(instant("2026-11-24T09:30:00Z"));
    let container = mount(move || view! { <RegionClocks config=AppConfig::default() now=now /> });
    tick().await;
    let clock = |region: &str| {
        container
            .query_selector(&format!("[data-region='{region}'] time"))
            .unwrap()
            .unwrap_or_else(|| panic!("a clock for {region}"))
            .text_content()
            .unwrap()
    };
    // Singapore is UTC+8 all year; Sao Paulo UTC-3; Dublin in November UTC+0.
    assert!(
        clock("APAC").contains("05:30") || clock("APAC").contains("17:30"),
        "{}",
        clock("APAC")
    );
    assert!(clock("AMER").contains("06:30"), "{}", clock("AMER"));
    assert!(clock("EMEA").contains("09:30"), "{}", clock("EMEA"));
    assert!(!clock("own").is_empty());
    now.set(instant("2026-11-24T10:45:00Z"));
    tick().await;
    assert!(clock("EMEA").contains("10:45"), "{}", clock("EMEA"));
}

#[wasm_bindgen_test]
fn intl_formats_in_the_given_zone_and_locale() {
    let at = instant("2026-11-24T09:30:00Z");
    assert_eq!(
        platform::clock_time(at, Some("Asia/Singapore"), Some("en-GB")),
        "17:30"
    );
    assert_eq!(
        platform::clock_time(at, Some("America/Sao_Paulo"), Some("en-GB")),
        "06:30"
    );
    assert_eq!(
        platform::clock_time(at, Some("UTC"), Some("en-GB")),
        "09:30"
    );
}

#[wasm_bindgen_test]
fn an_unknown_zone_falls_back_instead_of_throwing() {
    let at = instant("2026-11-24T09:30:00Z");
    assert_eq!(
        platform::clock_time(at, Some("Mars/Olympus_Mons"), Some("en-GB")),
        "09:30 UTC"
    );
}

#[wasm_bindgen_test]
fn numbers_follow_the_locale() {
    assert_eq!(platform::format_number(1234.5, "de"), "1.234,5");
    assert_eq!(platform::format_number(1234.5, "en-US"), "1,234.5");
    assert_eq!(platform::format_number(3.0, "ar-EG"), "٣");
}

#[wasm_bindgen_test]
fn relative_times_are_localised() {
    let now = instant("2026-11-24T09:30:00Z");
    let earlier = instant("2026-11-24T09:18:00Z");
    assert_eq!(
        platform::relative_time(earlier, now, Some("de")),
        "vor 12 Min."
    );
    assert!(platform::relative_time(earlier, now, Some("en")).contains("12 min"));
    assert_eq!(platform::relative_time(now, now, Some("en")), "now");
}

#[wasm_bindgen_test]
fn the_document_carries_lang_and_dir() {
    platform::set_document_language("ar", "rtl");
    let root = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    platform::set_document_language("en", "ltr");
    assert_eq!(root.get_attribute("dir").as_deref(), Some("ltr"));
}

/// The table keeps only the rows in view (and a few spare) in the DOM, with
/// spacers standing in for the rest, so 5,000 cases scroll smoothly.
#[wasm_bindgen_test]
async fn the_table_renders_only_the_rows_in_view() {
    use watchfloor::cases::filters::Layout;
    use watchfloor::cases::model::{Case, Priority, Status};
    use watchfloor::cases::table::{Table, ROW_HEIGHT};

    let cases: Vec<Case> = (0..5000)
        .map(|i| Case {
            id: format!("c{i:04}"),
            title: Some(format!("Case {i:04}")),
            status: Some(Status::New),
            priority: Some(Priority::P2),
            ..Default::default()
        })
        .collect();
    let container = mount(move || {
        let cases = Memo::new(move |_| cases.clone());
        let layout = Memo::new(|_| Layout {
            table: true,
            sort: watchfloor::cases::filters::SortKey::Title,
            descending: false,
        });
        let names = Memo::new(|_| std::collections::HashMap::new());
        let sla = Memo::new(|_| Vec::new());
        let now = RwSignal::new(instant("2026-11-25T12:00:00Z"));
        view! { <Table cases layout go_layout=Callback::new(|_| {}) names now sla /> }
    });
    tick().await;
    let rows = container
        .query_selector_all("tr[data-case-id]")
        .unwrap()
        .length();
    assert!(
        rows > 0 && rows < 60,
        "{rows} rows in the DOM for 5,000 cases"
    );
    let first: web_sys::Element = container
        .query_selector("tr[data-case-id]")
        .unwrap()
        .unwrap();
    assert_eq!(
        first.get_attribute("data-case-id").as_deref(),
        Some("c0000")
    );
    // The spacers stand for the rest: all rows' height is there to scroll.
    let spacers = container.query_selector_all("tr.spacer").unwrap();
    let mut spaced = 0.0;
    for i in 0..spacers.length() {
        let el: web_sys::HtmlElement = spacers.item(i).unwrap().unchecked_into();
        let style = el.get_attribute("style").unwrap_or_default();
        spaced += style
            .trim_start_matches("height: ")
            .trim_end_matches("px")
            .parse::<f64>()
            .unwrap();
    }
    assert_eq!(spaced + rows as f64 * ROW_HEIGHT, 5000.0 * ROW_HEIGHT);
    // Scrolled to the end, the last rows are there and the first are gone.
    let scroller: web_sys::HtmlElement = container
        .query_selector(".table-scroll")
        .unwrap()
        .unwrap()
        .unchecked_into();
    // No stylesheet in this test: make it the scrolling box the CSS makes it.
    scroller
        .set_attribute("style", "height: 400px; overflow: auto")
        .unwrap();
    scroller.set_scroll_top(5000 * ROW_HEIGHT as i32);
    scroller
        .dispatch_event(&web_sys::Event::new("scroll").unwrap())
        .unwrap();
    tick().await;
    assert!(container
        .query_selector("tr[data-case-id='c4999']")
        .unwrap()
        .is_some());
    assert!(container
        .query_selector("tr[data-case-id='c0000']")
        .unwrap()
        .is_none());
}

/// `new Intl.PluralRules(tag)`: the browser's CLDR rules, an implementation
/// independent of ours.
fn browser_plural_rules(tag: &str) -> wasm_bindgen::JsValue {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).unwrap();
    let constructor: js_sys::Function = js_sys::Reflect::get(&intl, &"PluralRules".into())
        .unwrap()
        .unchecked_into();
    js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&tag.into())).unwrap()
}

/// `object.<method>(...args)`.
fn call(object: &wasm_bindgen::JsValue, method: &str, args: &[f64]) -> wasm_bindgen::JsValue {
    let f: js_sys::Function = js_sys::Reflect::get(object, &method.into())
        .unwrap()
        .unchecked_into();
    let list = js_sys::Array::new();
    for n in args {
        list.push(&wasm_bindgen::JsValue::from(*n));
    }
    f.apply(object, &list).unwrap()
}

/// Our plural categories against the browser's `Intl.PluralRules`, for
/// every shipped locale: every whole number to 200, some large ones (French
/// and Spanish `many` for millions, Arabic past 1000) and fractions.
#[wasm_bindgen_test]
fn plural_categories_agree_with_the_browsers_intl_plural_rules() {
    use watchfloor::i18n::{plural, Locale};
    let mut numbers: Vec<f64> = (0..=200).map(f64::from).collect();
    numbers.extend([
        1000.0,
        1001.0,
        1002.0,
        1003.0,
        1011.0,
        1099.0,
        1100.0,
        10_000.0,
        100_000.0,
        1_000_000.0,
        1_000_001.0,
        2_000_000.0,
        1_000_003.0,
        1_000_000_000.0,
        0.5,
        1.5,
        1.25,
        2.5,
        3.5,
        11.5,
        100.5,
        103.5,
    ]);
    let mut disagreements = Vec::new();
    for locale in Locale::ALL {
        let rules = browser_plural_rules(locale.tag());
        // The browser has the locale's own rules (no fallback to another).
        let options = call(&rules, "resolvedOptions", &[]);
        let resolved = js_sys::Reflect::get(&options, &"locale".into())
            .unwrap()
            .as_string();
        assert_eq!(resolved.as_deref(), Some(locale.tag()));
        for n in &numbers {
            let ours = plural::category(locale, *n);
            let browser = call(&rules, "select", &[*n])
                .as_string()
                .unwrap_or_default();
            if ours != browser {
                disagreements.push(format!(
                    "{} {n}: ours {ours}, browser {browser}",
                    locale.tag()
                ));
            }
        }
    }
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}

#[wasm_bindgen_test]
fn zone_offsets_come_from_intl_around_dublins_25_hour_day() {
    let dublin = |s: &str| platform::zone_offset("Europe/Dublin", instant(s));
    assert_eq!(dublin("2026-10-25T00:59:59Z"), Some(60));
    assert_eq!(dublin("2026-10-25T01:00:00Z"), Some(0));
    assert_eq!(dublin("2026-03-29T00:59:59Z"), Some(0));
    assert_eq!(dublin("2026-03-29T01:00:00Z"), Some(60));
    assert_eq!(dublin("2026-11-25T12:00:00.500Z"), Some(0));
    let at = instant("2026-11-25T12:00:00Z");
    assert_eq!(platform::zone_offset("America/Sao_Paulo", at), Some(-180));
    assert_eq!(platform::zone_offset("Asia/Kolkata", at), Some(330));
    assert_eq!(platform::zone_offset("Not/A_Zone", at), None);
}

#[wasm_bindgen_test]
fn shifts_typed_in_dublin_time_with_the_browsers_rules_match_the_host_tests() {
    use chrono::NaiveDate;
    use watchfloor::team::coverage::{day_minutes, local_fields, shift_from_local, to_utc, week};
    let off = |t: Timestamp| platform::zone_offset("Europe/Dublin", t).unwrap_or(i32::MIN);
    // The last Sunday of October 2026: 25 hours; 00:00–08:00 is 9 hours.
    let (a, b) = shift_from_local("2026-10-25", "00:00", "08:00", &off).unwrap();
    assert_eq!(a.to_wire(), "2026-10-24T23:00:00.000Z");
    assert_eq!(b.to_wire(), "2026-10-25T08:00:00.000Z");
    assert_eq!(
        local_fields(a, &off),
        ("2026-10-25".to_string(), "00:00".to_string())
    );
    let day = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
    assert_eq!(day_minutes(day, &off), 25 * 60);
    // The repeated hour: its first occurrence; the skipped one: refused.
    let local = |d: (i32, u32, u32), h: u32, m: u32| {
        NaiveDate::from_ymd_opt(d.0, d.1, d.2)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    };
    assert_eq!(
        to_utc(local((2026, 10, 25), 1, 30), &off),
        Some(instant("2026-10-25T00:30:00Z"))
    );
    assert_eq!(to_utc(local((2026, 3, 29), 1, 30), &off), None);
    // Across midnight: ends on the next day.
    let (a, b) = shift_from_local("2026-10-24", "22:00", "06:00", &off).unwrap();
    assert_eq!(
        (a.to_wire(), b.to_wire()),
        (
            "2026-10-24T21:00:00.000Z".to_string(),
            "2026-10-25T06:00:00.000Z".to_string()
        )
    );
    // The week view draws the 25th with its 25 hours.
    let rows: Vec<usize> = week(instant("2026-10-23T12:00:00Z"), 168, &off)
        .iter()
        .map(|d| d.hours.len())
        .collect();
    assert_eq!(rows, [11, 24, 25, 24, 24, 24, 24, 12]);
}
