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

/// Date and time of `at` for lists, in the viewer's zone or UTC.
pub fn date_time(at: Timestamp, zone: Option<&str>) -> String {
    let options = Object::new();
    set(&options, "dateStyle", "medium");
    set(&options, "timeStyle", "short");
    if let Some(zone) = zone {
        set(&options, "timeZone", zone);
    }
    intl_format(at, None, &options).unwrap_or_else(|| at.to_wire())
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
