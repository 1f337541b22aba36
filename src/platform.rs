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

/// Formats an instant with `Intl.DateTimeFormat`; `None` when the browser
/// refuses the locale or zone.
fn intl_format(at: Timestamp, locale: Option<&str>, options: &Object) -> Option<String> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: Function = Reflect::get(&intl, &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let locales = match locale {
        Some(l) => JsValue::from_str(l),
        None => JsValue::UNDEFINED,
    };
    let formatter = Reflect::construct(&constructor, &Array::of2(&locales, options)).ok()?;
    let format: Function = Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_into()
        .ok()?;
    format
        .call1(&formatter, &JsValue::from_f64(at.millis() as f64))
        .ok()?
        .as_string()
}

/// Hours and minutes of `at` in `zone` (the viewer's own zone when `None`),
/// in the browser's locale unless one is given.
pub fn clock_time(at: Timestamp, zone: Option<&str>, locale: Option<&str>) -> String {
    let options = Object::new();
    set(&options, "hour", "2-digit");
    set(&options, "minute", "2-digit");
    if let Some(zone) = zone {
        set(&options, "timeZone", zone);
    }
    intl_format(at, locale, &options).unwrap_or_else(|| at.0.format("%H:%M UTC").to_string())
}

/// Date and time of `at` for lists, in the viewer's zone or UTC, in the
/// given locale.
pub fn date_time(at: Timestamp, zone: Option<&str>, locale: Option<&str>) -> String {
    let options = Object::new();
    set(&options, "dateStyle", "medium");
    set(&options, "timeStyle", "short");
    if let Some(zone) = zone {
        set(&options, "timeZone", zone);
    }
    intl_format(at, locale, &options).unwrap_or_else(|| at.to_wire())
}

/// The viewer's own IANA zone, as the browser reports it.
pub fn own_zone() -> Option<String> {
    let options = Object::new();
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: Function = Reflect::get(&intl, &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let formatter =
        Reflect::construct(&constructor, &Array::of2(&JsValue::UNDEFINED, &options)).ok()?;
    let resolved: Function = Reflect::get(&formatter, &"resolvedOptions".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let resolved = resolved.call0(&formatter).ok()?;
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
    let format = || -> Option<String> {
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor: Function = Reflect::get(&intl, &"RelativeTimeFormat".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let options = Object::new();
        set(&options, "numeric", "auto");
        set(&options, "style", "short");
        let locales = locale.map(JsValue::from_str).unwrap_or(JsValue::UNDEFINED);
        let formatter = Reflect::construct(&constructor, &Array::of2(&locales, &options)).ok()?;
        let f: Function = Reflect::get(&formatter, &"format".into())
            .ok()?
            .dyn_into()
            .ok()?;
        f.call2(
            &formatter,
            &JsValue::from_f64(value as f64),
            &JsValue::from_str(unit),
        )
        .ok()?
        .as_string()
    };
    format().unwrap_or_else(|| format!("{value} {unit}"))
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
    let format = || -> Option<String> {
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor: Function = Reflect::get(&intl, &"NumberFormat".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let formatter =
            Reflect::construct(&constructor, &Array::of1(&JsValue::from_str(locale))).ok()?;
        let f: Function = Reflect::get(&formatter, &"format".into())
            .ok()?
            .dyn_into()
            .ok()?;
        f.call1(&formatter, &JsValue::from_f64(n)).ok()?.as_string()
    };
    format().unwrap_or_else(|| crate::i18n::fluent::plain_number(n))
}
