//! The few things only the browser knows: the clock, the app's base address
//! and `Intl` formatting. Everything here degrades to a plain answer instead
//! of throwing when the browser refuses (an unknown time zone, say).

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::time::Timestamp;

/// Now, from the browser's clock.
pub fn now() -> Timestamp {
    Timestamp::from_millis(js_sys::Date::now()).unwrap_or(Timestamp(chrono::DateTime::UNIX_EPOCH))
}

/// Whether the screen is a phone's: at most 40rem wide (the width at which
/// the style sheet folds the header and filters).
pub fn narrow_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 40rem)").ok().flatten())
        .is_some_and(|m| m.matches())
}

fn document_base() -> Option<String> {
    web_sys::window()?.document()?.base_uri().ok().flatten()
}

/// The path the app is served under, without the trailing slash (`""` at the
/// root, `/tools/watchfloor` under a sub-path). `index.html` sets `<base>`.
pub fn base_path() -> String {
    document_base()
        .and_then(|base| web_sys::Url::new(&base).ok())
        .map(|url| url.pathname().trim_end_matches('/').to_string())
        .unwrap_or_default()
}

/// An in-app link: `path` (`/cases`) under the app's base path. Leptos's
/// `<A>` leaves absolute paths alone, so every link goes through this.
pub fn app_href(path: &str) -> String {
    static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    format!("{}{}", BASE.get_or_init(base_path), path)
}

/// Resolves a URL against the app's base address (`api/` -> `https://host/tools/watchfloor/api/`).
pub fn resolve_url(relative: &str) -> String {
    document_base()
        .and_then(|base| web_sys::Url::new_with_base(relative, &base).ok())
        .map(|url| url.href())
        .unwrap_or_else(|| relative.to_string())
}

fn set(options: &Object, key: &str, value: &str) {
    let _ = Reflect::set(options, &key.into(), &value.into());
}

/// `new Intl.<kind>(locale, options)`, or `None` where the browser refuses
/// (an unknown zone or locale throws a `RangeError`). Formatters are costly
/// to make (a board of cards makes hundreds of times and durations), so
/// each one is made once per kind, locale and options, and kept.
fn intl(kind: &str, locale: Option<&str>, options: &[(&str, &str)]) -> Option<JsValue> {
    thread_local! {
        static MADE: std::cell::RefCell<std::collections::HashMap<String, JsValue>> = Default::default();
    }
    let mut key = format!("{kind}|{}", locale.unwrap_or(""));
    for (k, v) in options {
        key.push_str(&format!("|{k}={v}"));
    }
    if let Some(made) = MADE.with(|m| m.borrow().get(&key).cloned()) {
        return Some(made);
    }
    let object = Object::new();
    for (k, v) in options {
        set(&object, k, v);
    }
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: Function = Reflect::get(&intl, &kind.into()).ok()?.dyn_into().ok()?;
    let locales = locale.map(JsValue::from_str).unwrap_or(JsValue::UNDEFINED);
    let made = Reflect::construct(&constructor, &Array::of2(&locales, &object)).ok()?;
    MADE.with(|m| m.borrow_mut().insert(key, made.clone()));
    Some(made)
}

/// `object.method(...args)`.
fn call(object: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: Function = Reflect::get(object, &method.into()).ok()?.dyn_into().ok()?;
    f.apply(object, &args.iter().collect::<Array>()).ok()
}

/// Formats an instant with `Intl.DateTimeFormat`; `None` when the browser
/// refuses the locale or zone.
fn intl_format(at: Timestamp, locale: Option<&str>, options: &[(&str, &str)]) -> Option<String> {
    let formatter = intl("DateTimeFormat", locale, options)?;
    call(
        &formatter,
        "format",
        &[JsValue::from_f64(at.millis() as f64)],
    )?
    .as_string()
}

/// Hours and minutes of `at` in `zone` (the viewer's own zone when `None`),
/// in the browser's locale unless one is given.
pub fn clock_time(at: Timestamp, zone: Option<&str>, locale: Option<&str>) -> String {
    let mut options = vec![("hour", "2-digit"), ("minute", "2-digit")];
    options.extend(zone.map(|z| ("timeZone", z)));
    intl_format(at, locale, &options).unwrap_or_else(|| at.to_wire()[11..16].to_string() + " UTC")
}

/// Date and time of `at` for lists, in the viewer's zone or UTC, in the
/// given locale.
pub fn date_time(at: Timestamp, zone: Option<&str>, locale: Option<&str>) -> String {
    let mut options = vec![("dateStyle", "medium"), ("timeStyle", "short")];
    options.extend(zone.map(|z| ("timeZone", z)));
    intl_format(at, locale, &options).unwrap_or_else(|| at.to_wire())
}

/// The viewer's calendar date at `at` (their own zone, not UTC).
pub fn local_date(at: Timestamp) -> chrono::NaiveDate {
    let offset = local_offset_of(at);
    (at.0 - chrono::Duration::minutes(i64::from(offset))).date_naive()
}

/// Whether the browser knows `zone` as an IANA time zone.
pub fn is_zone(zone: &str) -> bool {
    zone.len() <= 64 && intl("DateTimeFormat", None, &[("timeZone", zone)]).is_some()
}

/// The viewer's own IANA zone, as the browser reports it.
pub fn own_zone() -> Option<String> {
    let formatter = intl("DateTimeFormat", None, &[])?;
    let resolved = call(&formatter, "resolvedOptions", &[])?;
    Reflect::get(&resolved, &"timeZone".into())
        .ok()?
        .as_string()
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Remembers a preference in this browser (silently not, where storage is
/// off, as in some embedding iframes).
pub fn store(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// As [`store`], saying whether it was kept (`false`: storage off or full).
pub fn store_checked(key: &str, value: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Forgets what [`store`] remembered.
pub fn forget(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

pub fn load(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// Sets `<html lang dir>`: the whole layout mirrors for right-to-left.
pub fn set_document_language(tag: &str, dir: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
        let _ = root.set_attribute("dir", dir);
    }
}

/// A relative time ("12 min ago", "vor 12 Min.") with
/// `Intl.RelativeTimeFormat`, from [`crate::time::relative_parts`].
pub fn relative_time(at: Timestamp, now: Timestamp, locale: Option<&str>) -> String {
    let (value, unit) =
        crate::time::relative_parts(at.0.signed_duration_since(now.0).num_seconds());
    intl(
        "RelativeTimeFormat",
        locale,
        &[("numeric", "auto"), ("style", "short")],
    )
    .and_then(|f| {
        call(
            &f,
            "format",
            &[JsValue::from_f64(value as f64), JsValue::from_str(unit)],
        )
    })
    .and_then(|v| v.as_string())
    .unwrap_or_else(|| format!("{value} {unit}"))
}

/// Whether the page address has `?<name>=1` (or `true`).
pub fn query_flag(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get(name))
        .is_some_and(|v| v == "1" || v == "true")
}

/// A number with `Intl.NumberFormat` in `locale` (`1.234,5` in German,
/// Arabic-Indic digits in `ar-EG`); plain digits if the browser refuses.
pub fn format_number(n: f64, locale: &str) -> String {
    intl("NumberFormat", Some(locale), &[])
        .and_then(|f| call(&f, "format", &[JsValue::from_f64(n)]))
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| crate::i18n::fluent::plain_number(n))
}

/// `Intl.PluralRules`' CLDR category of `n` in `locale` ("few" for 103 in
/// Arabic), or `None` where the browser has no such rules or refuses.
pub fn plural_category(n: f64, locale: &str) -> Option<String> {
    intl("PluralRules", Some(locale), &[])
        .and_then(|rules| call(&rules, "select", &[JsValue::from_f64(n)]))
        .and_then(|v| v.as_string())
}

/// A duration for an SLA clock ("15 min", "23 Std.", "٢ يوم") with
/// `Intl.NumberFormat`'s unit style, from [`crate::time::duration_parts`].
pub fn duration(minutes: f64, locale: &str) -> String {
    let (value, unit) = crate::time::duration_parts(minutes);
    intl(
        "NumberFormat",
        Some(locale),
        &[("style", "unit"), ("unit", unit), ("unitDisplay", "short")],
    )
    .and_then(|f| call(&f, "format", &[JsValue::from_f64(value as f64)]))
    .and_then(|v| v.as_string())
    .unwrap_or_else(|| format!("{value} {unit}"))
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The value of attribute `attr` on the nearest element carrying it under
/// the point (`clientX`, `clientY`), looking past `skip` and its children
/// (the card being dragged, which sits under the pointer itself).
pub fn attr_under_point(x: f64, y: f64, attr: &str, skip: &web_sys::Element) -> Option<String> {
    let selector = format!("[{attr}]");
    document()?
        .elements_from_point(x as f32, y as f32)
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::Element>().ok())
        .filter(|el| !skip.contains(Some(el)))
        .find_map(|el| el.closest(&selector).ok().flatten())
        .and_then(|el| el.get_attribute(attr))
}

/// When `event`'s target is inside an element matching `selector`: the
/// value of attribute `attr` on the nearest element carrying it around that
/// one (a click on an entry's Edit button: the entry's id).
pub fn attr_around_target(event: &web_sys::Event, selector: &str, attr: &str) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let hit = target.closest(selector).ok().flatten()?;
    hit.closest(&format!("[{attr}]"))
        .ok()
        .flatten()?
        .get_attribute(attr)
}

/// A fresh random id from the browser (`crypto.randomUUID`), for records the
/// client creates; falls back to time and `Math.random` where it is missing
/// (plain-http origins other than localhost).
pub fn random_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| {
            format!(
                "{:x}-{:x}",
                js_sys::Date::now() as u64,
                (js_sys::Math::random() * 1e15) as u64
            )
        })
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = document() else { return };
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Moves keyboard focus, on the next turn of the event loop (after the
/// view has moved things), to the element matching `inner` inside the
/// element whose attribute `attr` is `value` (compared as text: no selector
/// is built from data). With `if_lost`, only when focus has fallen back to
/// the page (its element was removed), never away from where someone went.
pub fn focus_later(attr: &'static str, value: String, inner: &'static str, if_lost: bool) {
    leptos::prelude::set_timeout(
        move || {
            let page = document();
            let lost = page
                .as_ref()
                .and_then(|d| d.active_element())
                .is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body"));
            if if_lost && !lost {
                return;
            }
            let Some(list) = page.and_then(|d| d.query_selector_all(&format!("[{attr}]")).ok())
            else {
                return;
            };
            let found = (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                .find(|el| el.get_attribute(attr).as_deref() == Some(value.as_str()));
            // An empty `inner`: the element itself (an entry, a heading).
            if let Some(el) = found
                .and_then(|el| {
                    if inner.is_empty() {
                        Some(el)
                    } else {
                        el.query_selector(inner).ok().flatten()
                    }
                })
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

/// Moves keyboard focus to the first element matching `selector`.
pub fn focus(selector: &str) {
    if let Some(el) = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Calls `f` each time `el` comes within `margin` (CSS, `"400px"`) of the
/// viewport. Stops when the returned guard is dropped.
pub fn on_visible(
    el: &web_sys::Element,
    margin: &str,
    f: impl Fn() + 'static,
) -> Option<VisibleGuard> {
    use wasm_bindgen::closure::Closure;
    let callback = Closure::<dyn FnMut(Array)>::new(move |entries: Array| {
        let seen = entries.iter().any(|e| {
            e.dyn_into::<web_sys::IntersectionObserverEntry>()
                .is_ok_and(|e| e.is_intersecting())
        });
        if seen {
            f();
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(el);
    Some(VisibleGuard {
        observer,
        _callback: callback,
    })
}

/// Keeps an [`on_visible`] watch alive; dropping it stops the watch.
pub struct VisibleGuard {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(Array)>,
}

impl Drop for VisibleGuard {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Puts `text` on the clipboard (`navigator.clipboard.writeText`); `false`
/// where the browser has no clipboard for this page (plain http, an old
/// browser, a refused permission): then let the person select it.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(clipboard) = Reflect::get(&window.navigator(), &"clipboard".into()) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let Some(promise) = call(&clipboard, "writeText", &[JsValue::from_str(text)])
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The name of the service worker's store of kept answers for the worker
/// registered at `scope` (sw/worker.js's `DATA`; a host test holds the two
/// together).
pub fn kept_answers_store(scope: &str) -> String {
    format!("watchfloor-data {scope}")
}

/// Deletes this deployment's kept answers (every person's) from the
/// device: the service worker's store, whose worker `index.html` registers
/// at the app's base address. `true` when none are left, also where the
/// browser keeps none (no Cache Storage outside a secure context).
pub async fn forget_kept_answers() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(caches) = Reflect::get(&window, &"caches".into()) else {
        return false;
    };
    if caches.is_undefined() || caches.is_null() {
        return true;
    }
    let name = kept_answers_store(&resolve_url("./"));
    let Some(promise) = call(&caches, "delete", &[JsValue::from_str(&name)])
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Selects the whole text of the field `selector` finds and focuses it
/// (the fallback of a copy the clipboard refused).
pub fn select_all(selector: &str) {
    if let Some(el) = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = el.focus();
        el.select();
    }
}

/// The instant a wall time in the viewer's own zone means, by the
/// browser's rule (ECMAScript's, as `new Date(y, m, d, h, min, s)`): a time
/// in the spring-forward gap is read with the offset before the change, so
/// it lands as far after the gap (02:30 on Berlin's spring-forward day is
/// 03:30 summer time); one in the hour repeated at the end of summer time
/// is its first (summer-time) occurrence. Years before 100 are not asked.
pub fn local_instant(local: chrono::NaiveDateTime) -> Option<Timestamp> {
    use chrono::{Datelike, Timelike};
    if local.year() < 100 {
        return None;
    }
    let date = js_sys::Date::new_with_year_month_day_hr_min_sec(
        local.year() as u32,
        local.month0() as i32,
        local.day() as i32,
        local.hour() as i32,
        local.minute() as i32,
        local.second() as i32,
    );
    let ms = date.get_time();
    if ms.is_finite() {
        Timestamp::from_millis(ms)
    } else {
        None
    }
}

/// Whether the browser says a form field holds something it cannot read
/// (`validity.badInput`: a half-typed `datetime-local`, whose value is then
/// empty). From the event of the field.
pub fn bad_input(ev: &web_sys::Event) -> bool {
    let Some(target) = ev.target() else {
        return false;
    };
    let (validity, bad) = (JsValue::from("validity"), JsValue::from("badInput"));
    js_sys::Reflect::get(&target, &validity)
        .and_then(|v| js_sys::Reflect::get(&v, &bad))
        .is_ok_and(|b| b.as_bool() == Some(true))
}

/// The same offset at the instant `at`.
pub fn local_offset_of(at: Timestamp) -> i32 {
    let offset = js_sys::Date::new(&JsValue::from_f64(at.millis() as f64)).get_timezone_offset();
    if offset.is_finite() {
        offset as i32
    } else {
        0
    }
}

/// The offset of the IANA `zone` at `at`, in minutes east of UTC (+60 in
/// Dublin in summer), from the wall time `Intl.DateTimeFormat` gives there
/// (`formatToParts`, 24-hour clock); `None` when the browser does not know
/// the zone. The one source of zone rules in the app: there is no tz
/// database in the wasm.
pub fn zone_offset(zone: &str, at: Timestamp) -> Option<i32> {
    let formatter = intl(
        "DateTimeFormat",
        Some("en-US"),
        &[
            ("timeZone", zone),
            ("hourCycle", "h23"),
            ("year", "numeric"),
            ("month", "2-digit"),
            ("day", "2-digit"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
            ("second", "2-digit"),
        ],
    )?;
    let seconds = at.millis().div_euclid(1000);
    let parts: Array = call(
        &formatter,
        "formatToParts",
        &[JsValue::from_f64((seconds * 1000) as f64)],
    )?
    .dyn_into()
    .ok()?;
    let mut wall = [0i64; 6];
    for part in parts.iter() {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        let slot = ["year", "month", "day", "hour", "minute", "second"]
            .iter()
            .position(|k| *k == kind);
        if let Some(i) = slot {
            let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
            wall[i] = value.trim().parse().ok()?;
        }
    }
    let local = chrono::NaiveDate::from_ymd_opt(wall[0] as i32, wall[1] as u32, wall[2] as u32)?
        .and_hms_opt(wall[3] as u32, wall[4] as u32, wall[5] as u32)?;
    Some(((local.and_utc().timestamp() - seconds) / 60) as i32)
}

/// A date as "25 Nov" / "Nov 25" in the locale (chart axes).
pub fn short_date(at: Timestamp, zone: Option<&str>, locale: Option<&str>) -> String {
    let mut options = vec![("day", "numeric"), ("month", "short")];
    options.extend(zone.map(|z| ("timeZone", z)));
    intl_format(at, locale, &options).unwrap_or_else(|| at.to_wire()[5..10].to_string())
}

/// A day's name for a heading ("Wed 25 Nov") in `zone`, from an instant
/// on it.
pub fn day_label(at: Timestamp, zone: Option<&str>, locale: Option<&str>) -> String {
    let mut options = vec![("weekday", "short"), ("day", "numeric"), ("month", "short")];
    options.extend(zone.map(|z| ("timeZone", z)));
    intl_format(at, locale, &options).unwrap_or_else(|| at.to_wire()[..10].to_string())
}

#[cfg(test)]
mod tests {
    use super::kept_answers_store;

    /// The page deletes the store the worker keeps answers in: the same name,
    /// for the worker registered at the app's base address.
    #[test]
    fn the_kept_answers_store_is_the_workers() {
        assert_eq!(
            kept_answers_store("https://host/tools/watchfloor/"),
            "watchfloor-data https://host/tools/watchfloor/"
        );
        let worker = include_str!("../sw/worker.js");
        assert!(worker.contains("const SCOPE = self.registration.scope;"));
        assert!(worker.contains("const DATA = `watchfloor-data ${SCOPE}`;"));
        // Registered relative to <base>: its scope is the base address.
        let index = include_str!("../index.html");
        assert!(index.contains(r#"navigator.serviceWorker.register("sw.js")"#));
    }
}
