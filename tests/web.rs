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

/// The host tests' hand-checked plural values against the browser's
/// `Intl.PluralRules` (which the app uses), for every shipped locale: the
/// same categories, and the same category for every number in the table.
#[wasm_bindgen_test]
fn hand_checked_plurals_agree_with_the_browsers_intl_plural_rules() {
    use watchfloor::i18n::{plural, Locale};
    let mut disagreements = Vec::new();
    let mut checked = 0;
    for locale in Locale::all() {
        let rules = browser_plural_rules(locale.tag());
        let options = call(&rules, "resolvedOptions", &[]);
        // The browser has the locale's own rules (no fallback to another).
        let resolved = js_sys::Reflect::get(&options, &"locale".into())
            .unwrap()
            .as_string()
            .unwrap_or_default();
        assert_eq!(
            resolved.split('-').next(),
            locale.tag().split('-').next(),
            "{}",
            locale.tag()
        );
        let browsers: Vec<String> = js_sys::Reflect::get(&options, &"pluralCategories".into())
            .map(|v| js_sys::Array::from(&v))
            .unwrap()
            .iter()
            .filter_map(|c| c.as_string())
            .collect();
        let mut browsers: Vec<&str> = browsers.iter().map(String::as_str).collect();
        browsers.sort();
        let mut ours = plural::categories_of(locale.tag()).unwrap_or_default();
        ours.sort();
        assert_eq!(ours, browsers, "{}: the categories", locale.tag());
        let table = plural::HAND_CHECKED
            .iter()
            .find(|t| t.tag == locale.tag())
            .expect("a table for every locale");
        for (category, table_numbers) in table.categories {
            for n in *table_numbers {
                let browser = call(&rules, "select", &[*n]).as_string();
                if browser.as_deref() != Some(*category) {
                    disagreements.push(format!(
                        "{} {n}: hand-checked {category}, browser {browser:?}",
                        locale.tag()
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 20 * Locale::all().count());
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}

/// In the app a catalogue's plurals are the browser's: Arabic 2003 is `few`
/// (n % 100 = 3) and 2011 `many`, numbers no table of ours holds.
#[wasm_bindgen_test]
fn catalogues_in_the_app_take_their_plurals_from_the_browser() {
    use watchfloor::i18n::catalogue::strip_isolation;
    use watchfloor::i18n::{Catalogue, Locale};
    let ar = Locale::from_tag("ar").unwrap();
    let catalogue = Catalogue::parse(ar, include_str!("../public/locales/ar.ftl")).unwrap();
    let count =
        |n: usize| strip_isolation(&catalogue.format("cases-count", &[("count", n.into())]));
    assert_eq!(count(2003), "2003 حالات");
    assert_eq!(count(2011), "2011 حالة");
    assert_eq!(count(2000), "2000 حالة");
    assert_eq!(count(2), "حالتان");
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

// Signing in (ui::sign_in) against a scripted `fetch`: PocketBase's answers,
// without a PocketBase.

use watchfloor::data::{dialect_for, http::Fetch, AppProvider, Provider};
use watchfloor::ui::sign_in::{provide_session, SignInDialog, SignedInAs};
use watchfloor::ui::DataEpoch;

/// Waits `ms` milliseconds (timers, fetches and caches settle).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits (up to 3 s) until `done` holds.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..150 {
        if done() {
            return;
        }
        sleep(20).await;
    }
    panic!("never: {what}");
}

/// Replaces `fetch` with PocketBase's answers: a sign-in with the password
/// "right horse" is Ada's (her name written as markup), any other a 400;
/// anything else a 401. Every request is noted in `__signInLog`. Returns
/// the real `fetch`, for [`unscript_fetch`].
fn script_fetch() -> wasm_bindgen::JsValue {
    let global = js_sys::global();
    let real = js_sys::Reflect::get(&global, &"fetch".into()).unwrap();
    let fake = js_sys::Function::new_with_args(
        "request",
        r#"
        const log = (globalThis.__signInLog = globalThis.__signInLog || []);
        return request.text().then((text) => {
          log.push({ url: request.url, method: request.method, body: text, auth: request.headers.get("authorization") });
          let status = 401;
          let answer = { status: 401, message: "The request requires valid record authorization token.", data: {} };
          if (request.url.endsWith("/api/collections/users/auth-with-password")) {
            if (JSON.parse(text).password === "right horse") {
              status = 200;
              answer = { token: "eyJhbGciOiJIUzI1NiJ9.eyJpZCI6InUxIn0.c2ln", record: { id: "u1", email: "ada@example.com", name: "<b>Ada</b>", collectionName: "users" } };
            } else {
              status = 400;
              answer = { status: 400, message: "Failed to authenticate.", data: {} };
            }
          }
          return new Response(JSON.stringify(answer), { status, headers: { "content-type": "application/json" } });
        });
        "#,
    );
    js_sys::Reflect::set(&global, &"fetch".into(), &fake).unwrap();
    js_sys::Reflect::set(&global, &"__signInLog".into(), &js_sys::Array::new()).unwrap();
    real
}

fn unscript_fetch(real: wasm_bindgen::JsValue) {
    js_sys::Reflect::set(&js_sys::global(), &"fetch".into(), &real).unwrap();
}

/// The requests the scripted fetch saw: (url, method, body, authorization).
fn fetch_log() -> Vec<(String, String, String, Option<String>)> {
    let log: js_sys::Array = js_sys::Reflect::get(&js_sys::global(), &"__signInLog".into())
        .unwrap()
        .unchecked_into();
    log.iter()
        .map(|entry| {
            let field = |k: &str| js_sys::Reflect::get(&entry, &k.into()).unwrap().as_string();
            (
                field("url").unwrap_or_default(),
                field("method").unwrap_or_default(),
                field("body").unwrap_or_default(),
                field("auth"),
            )
        })
        .collect()
}

fn pocketbase_provider() -> AppProvider {
    Provider::new(
        dialect_for("pocketbase", "http://pocketbase.test/").unwrap(),
        Fetch,
        platform::now,
    )
}

/// The sign-in form and the header's name, as the shell puts them, with a
/// counter of data reloads; unmounted (and removed) by [`Mounted`]'s drop.
struct Mounted {
    container: web_sys::HtmlElement,
    reloads: Arc<AtomicUsize>,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.container.remove();
    }
}

fn mount_sign_in(provider: AppProvider) -> Option<Mounted> {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let reloads = Arc::new(AtomicUsize::new(0));
    let counter = reloads.clone();
    let has_session = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = has_session.clone();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        let epoch = DataEpoch::new();
        Effect::new(move |_| {
            epoch.track();
            counter.fetch_add(1, Ordering::SeqCst);
        });
        let session = provide_session(&provider, false);
        flag.store(session.is_some(), Ordering::SeqCst);
        session
            .map(|session| {
                view! {
                    <header><SignedInAs provider=provider.clone() session epoch /></header>
                    <SignInDialog provider=provider.clone() session epoch />
                }
                .into_any()
            })
            .unwrap_or_else(|| ().into_any())
    });
    if !has_session.load(Ordering::SeqCst) {
        container.remove();
        return None;
    }
    Some(Mounted {
        container,
        reloads,
        _handle: Box::new(handle),
    })
}

fn el(container: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    container
        .query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into())
}

fn type_into(container: &web_sys::HtmlElement, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = el(container, selector)
        .unwrap_or_else(|| panic!("{selector}"))
        .unchecked_into();
    input.set_value(value);
}

/// Why the sign-in form is up (`data-why` of its layer), if it is.
fn why_asked(c: &web_sys::HtmlElement) -> Option<String> {
    el(c, ".sign-in-layer").and_then(|layer| layer.get_attribute("data-why"))
}

fn active_id() -> String {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn without_a_token_the_sign_in_form_is_up_with_labels_and_checks() {
    let provider = pocketbase_provider();
    let mounted = mount_sign_in(provider.clone()).expect("PocketBase signs people in");
    let c = &mounted.container;
    tick().await;
    let dialog = el(c, "#sign-in").expect("the form is up");
    assert_eq!(dialog.get_attribute("role").as_deref(), Some("dialog"));
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    assert_eq!(why_asked(c).as_deref(), Some("signed-out"));
    // Every field has its label; focus is in the first.
    let label =
        |for_id: &str| el(c, &format!("label[for='{for_id}']")).map(|l| l.text_content().unwrap());
    assert_eq!(label("sign-in-email").as_deref(), Some("Email"));
    assert_eq!(label("sign-in-password").as_deref(), Some("Password"));
    until("focus in the email field", || {
        active_id() == "sign-in-email"
    })
    .await;
    assert!(el(c, ".signed-in-name").is_none(), "nobody is signed in");

    // Sent empty: a message for each field, in words, focus on the first.
    el(c, "#sign-in-submit").unwrap().click();
    tick().await;
    let error = |id: &str| el(c, &format!("#{id}")).map(|e| e.text_content().unwrap());
    assert_eq!(
        error("sign-in-email-error").as_deref(),
        Some("Enter your email address.")
    );
    assert_eq!(
        error("sign-in-password-error").as_deref(),
        Some("Enter your password.")
    );
    assert_eq!(
        el(c, "#sign-in-email-error")
            .unwrap()
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    let email = el(c, "#sign-in-email").unwrap();
    assert_eq!(email.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        email.get_attribute("aria-describedby").as_deref(),
        Some("sign-in-email-error")
    );
    assert_eq!(active_id(), "sign-in-email");

    // Half an address, a password: the address is named, and nothing was sent.
    type_into(c, "#sign-in-email", "ada");
    type_into(c, "#sign-in-password", "pw");
    el(c, "#sign-in-submit").unwrap().click();
    tick().await;
    assert_eq!(
        error("sign-in-email-error").as_deref(),
        Some("Enter a full email address, such as name@example.com.")
    );
    assert!(el(c, "#sign-in-password-error").is_none());
    assert_eq!(
        el(c, "#sign-in-password")
            .unwrap()
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("false")
    );

    // Escape does not send the form away.
    let escape: web_sys::Event = js_sys::Function::new_no_args(
        "return new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap()
    .unchecked_into();
    email.dispatch_event(&escape).unwrap();
    tick().await;
    assert!(el(c, "#sign-in").is_some());
    assert!(!provider.has_token());
}

#[wasm_bindgen_test]
async fn signing_in_shows_who_reloads_the_data_and_signing_out_asks_again() {
    let real = script_fetch();
    let provider = pocketbase_provider();
    let mounted = mount_sign_in(provider.clone()).unwrap();
    let c = &mounted.container;
    tick().await;
    let reloads_at_start = mounted.reloads.load(Ordering::SeqCst);

    // A wrong password: said in words, nothing kept.
    type_into(c, "#sign-in-email", " ada@example.com ");
    type_into(c, "#sign-in-password", "wrong horse");
    el(c, "#sign-in-submit").unwrap().click();
    until("the refusal is shown", || {
        el(c, "[data-testid='sign-in-error']")
            .and_then(|e| e.text_content())
            .unwrap_or_default()
            == "Wrong email or password."
    })
    .await;
    assert_eq!(
        el(c, "[data-testid='sign-in-error']")
            .unwrap()
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    assert!(el(c, "#sign-in").is_some());
    assert!(!provider.has_token());

    // The right one: the form goes, the name shows as text, the data reloads.
    type_into(c, "#sign-in-password", "right horse");
    el(c, "#sign-in-submit").unwrap().click();
    until("the form is gone", || el(c, "#sign-in").is_none()).await;
    let name = el(c, ".signed-in-name").expect("who is signed in");
    assert_eq!(name.text_content().as_deref(), Some("<b>Ada</b>"));
    assert!(
        c.query_selector("b").unwrap().is_none(),
        "a name is never markup"
    );
    assert!(el(c, ".session")
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Signed in as"));
    assert!(provider.has_token());
    assert_eq!(mounted.reloads.load(Ordering::SeqCst), reloads_at_start + 1);
    // Nothing was focused before the form: nothing to go back to (never
    // "Sign out", where Enter would undo what was just done).
    sleep(50).await;
    assert_ne!(
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()
            .map(|e| e.class_name()),
        Some("sign-out".to_string())
    );
    let log = fetch_log();
    assert_eq!(log.len(), 2);
    let (url, method, body, auth) = &log[1];
    assert_eq!(
        url,
        "http://pocketbase.test/api/collections/users/auth-with-password"
    );
    assert_eq!(method, "POST");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(body).unwrap(),
        serde_json::json!({"identity": "ada@example.com", "password": "right horse"})
    );
    assert_eq!(auth, &None);
    // The token is in memory only: nowhere in storage or the address.
    let window = web_sys::window().unwrap();
    for storage in [
        window.local_storage().unwrap().unwrap(),
        window.session_storage().unwrap().unwrap(),
    ] {
        for i in 0..storage.length().unwrap() {
            let key = storage.key(i).unwrap().unwrap_or_default();
            let value = storage.get_item(&key).unwrap().unwrap_or_default();
            assert!(
                !value.contains("eyJhbGciOiJIUzI1NiJ9"),
                "{key} holds the token"
            );
        }
    }
    assert!(!window
        .location()
        .href()
        .unwrap()
        .contains("eyJhbGciOiJIUzI1NiJ9"));
    let cookies = window
        .document()
        .unwrap()
        .unchecked_into::<web_sys::HtmlDocument>()
        .cookie()
        .unwrap_or_default();
    assert!(!cookies.contains("eyJhbGciOiJIUzI1NiJ9"));

    // Sign out: no token, no name, the form again (hiding the page), focus in it.
    // As from the keyboard: focus on it, then press it.
    let sign_out = el(c, ".sign-out").unwrap();
    sign_out.focus().unwrap();
    sign_out.click();
    tick().await;
    assert!(!provider.has_token());
    assert!(el(c, ".signed-in-name").is_none());
    assert_eq!(why_asked(c).as_deref(), Some("signed-out"));
    until("focus back in the form", || active_id() == "sign-in-email").await;
    assert_eq!(mounted.reloads.load(Ordering::SeqCst), reloads_at_start + 2);
    let password: web_sys::HtmlInputElement = el(c, "#sign-in-password").unwrap().unchecked_into();
    assert_eq!(password.value(), "", "no password left in the form");

    // Signing in again: focus goes back to where it came from (Sign out,
    // drawn anew for the name).
    type_into(c, "#sign-in-email", "ada@example.com");
    type_into(c, "#sign-in-password", "right horse");
    el(c, "#sign-in-submit").unwrap().click();
    until("focus on Sign out", || {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()
            .is_some_and(|e| e.class_name() == "sign-out")
    })
    .await;
    unscript_fetch(real);
}

#[wasm_bindgen_test]
async fn a_refused_token_brings_the_form_back_and_json_server_has_none() {
    let real = script_fetch();
    // A token from config.json: no form at first.
    let provider = pocketbase_provider();
    provider.set_token(Some("expired".into()));
    let mounted = mount_sign_in(provider.clone()).unwrap();
    let c = &mounted.container;
    tick().await;
    assert!(el(c, "#sign-in").is_none());
    // The backend refuses it (any request, any page): the form, saying why.
    let refused = provider
        .list_page("cases", &watchfloor::data::ListParams::default())
        .await;
    assert_eq!(refused, Err(DataError::Unauthorized));
    tick().await;
    assert_eq!(why_asked(c).as_deref(), Some("expired"));
    assert!(el(c, "#sign-in-note")
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Your session has ended"));
    drop(mounted);
    unscript_fetch(real);

    // json-server: no sign-in, nothing shown.
    let plain: AppProvider = Provider::new(
        dialect_for("json-server", "http://api.test/").unwrap(),
        Fetch,
        platform::now,
    );
    assert!(mount_sign_in(plain).is_none());
}

/// The service worker's store of kept answers, through Cache Storage.
async fn caches_call(method: &str, name: &str) -> wasm_bindgen::JsValue {
    let caches = js_sys::Reflect::get(&js_sys::global(), &"caches".into()).unwrap();
    let f: js_sys::Function = js_sys::Reflect::get(&caches, &method.into())
        .unwrap()
        .unchecked_into();
    let promise: js_sys::Promise = f.call1(&caches, &name.into()).unwrap().unchecked_into();
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap()
}

#[wasm_bindgen_test]
async fn forgetting_the_kept_answers_deletes_this_deployments_store_only() {
    let ours = platform::kept_answers_store(&platform::resolve_url("./"));
    let theirs = platform::kept_answers_store("https://elsewhere.example/other/");
    for name in [&ours, &theirs] {
        let cache = caches_call("open", name).await;
        let put: js_sys::Function = js_sys::Reflect::get(&cache, &"put".into())
            .unwrap()
            .unchecked_into();
        let response: js_sys::Function =
            js_sys::Reflect::get(&js_sys::global(), &"Response".into())
                .unwrap()
                .unchecked_into();
        let answer =
            js_sys::Reflect::construct(&response, &js_sys::Array::of1(&"[]".into())).unwrap();
        let done: js_sys::Promise = put
            .call2(
                &cache,
                &"http://api.test/cases?__watchfloor_who=abc".into(),
                &answer,
            )
            .unwrap()
            .unchecked_into();
        wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
        assert_eq!(caches_call("has", name).await, true);
    }
    assert!(platform::forget_kept_answers().await);
    assert_eq!(caches_call("has", &ours).await, false, "{ours}");
    assert_eq!(
        caches_call("has", &theirs).await,
        true,
        "another deployment's is not ours"
    );
    caches_call("delete", &theirs).await;
}
