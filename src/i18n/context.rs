//! The i18n context: the current locale and its catalogue as signals, so a
//! change of language re-renders every text at once without reloading data
//! or losing what someone typed.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::catalogue::{Arg, Catalogue};
use super::locale::{negotiate, regional_tag, Locale};
use crate::platform;

const LOCALE_KEY: &str = "watchfloor.locale";
const ZONE_KEY: &str = "watchfloor.zone";

/// Language and time display, shared by every view.
#[derive(Clone, Copy)]
pub struct I18n {
    pub locale: RwSignal<Locale>,
    catalogue: RwSignal<Arc<Catalogue>>,
    loaded: StoredValue<HashMap<&'static str, Arc<Catalogue>>>,
    /// The language last asked for: a catalogue that arrives after the
    /// person chose another one is kept but not shown.
    wanted: StoredValue<Locale>,
    /// Times in UTC instead of the viewer's zone.
    pub utc: RwSignal<bool>,
    /// The browser's languages, for regional formats (`en-GB`, `ar-EG`).
    browser: StoredValue<Vec<String>>,
}

impl I18n {
    fn new(locale: Locale, utc: bool, browser: Vec<String>) -> Self {
        I18n {
            locale: RwSignal::new(Locale::EN),
            catalogue: RwSignal::new(Catalogue::english()),
            loaded: StoredValue::new(HashMap::from([("en", Catalogue::english())])),
            wanted: StoredValue::new(Locale::EN),
            utc: RwSignal::new(utc),
            browser: StoredValue::new(browser),
        }
        .switching_to(locale)
    }

    fn switching_to(self, locale: Locale) -> Self {
        self.load_locale(locale);
        self
    }

    /// The message `id`, reactively (re-read when the language changes).
    pub fn tr(&self, id: &str) -> String {
        self.catalogue.with(|c| c.format(id, &[]))
    }

    /// A message with variables; numbers are written by `Intl.NumberFormat`
    /// in the current locale.
    pub fn tr_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let tag = self.tag();
        self.catalogue
            .with(|c| c.format_with(id, args, &|n| platform::format_number(n, &tag)))
    }

    /// A number in the current locale (tracked).
    pub fn number(&self, n: f64) -> String {
        platform::format_number(n, &self.tag())
    }

    /// The tag `Intl` formats with (tracked): the browser's own regional
    /// tag when it is of the chosen language (`en-GB`: 24 Nov 2026, 13:00),
    /// else the language's.
    pub fn tag(&self) -> String {
        let locale = self.locale.get();
        self.browser
            .with_value(|tags| regional_tag(locale, tags))
            .unwrap_or_else(|| locale.tag().to_string())
    }

    /// The zone times are shown in: `None` for the viewer's own, or UTC.
    pub fn zone(&self) -> Option<&'static str> {
        if self.utc.get() {
            Some("UTC")
        } else {
            None
        }
    }

    /// Applies config.json's default for times, unless the person chose.
    pub fn default_utc(&self, utc: bool) {
        if platform::load(ZONE_KEY).is_none() {
            self.utc.set(utc);
        }
    }

    pub fn set_utc(&self, utc: bool) {
        self.utc.set(utc);
        platform::store(ZONE_KEY, if utc { "utc" } else { "local" });
    }

    /// Switches language: at once when the catalogue is at hand, else after
    /// fetching `locales/<tag>.ftl` (English stays if that fails). The
    /// choice is remembered in this browser.
    pub fn set_locale(&self, locale: Locale) {
        platform::store(LOCALE_KEY, locale.tag());
        self.load_locale(locale);
    }

    fn load_locale(&self, locale: Locale) {
        self.wanted.set_value(locale);
        if let Some(catalogue) = self.loaded.with_value(|m| m.get(locale.tag()).cloned()) {
            self.catalogue.set(catalogue);
            self.locale.set(locale);
            return;
        }
        let this = *self;
        leptos::task::spawn_local(async move {
            match fetch_catalogue(locale).await {
                Ok(catalogue) => {
                    let catalogue = Arc::new(catalogue);
                    this.loaded.update_value(|m| {
                        m.insert(locale.tag(), catalogue.clone());
                    });
                    // Switching quickly: the last choice wins, not the
                    // last catalogue to arrive.
                    if this.wanted.get_value() == locale {
                        this.catalogue.set(catalogue);
                        this.locale.set(locale);
                    }
                }
                Err(problem) => {
                    web_sys::console::warn_1(
                        &format!("Watchfloor: {problem}; staying in English").into(),
                    );
                }
            }
        });
    }
}

async fn fetch_catalogue(locale: Locale) -> Result<Catalogue, String> {
    let url = platform::resolve_url(&format!("locales/{}.ftl", locale.tag()));
    match crate::data::http::get_text(&url).await {
        Ok((200..=299, text)) => {
            Catalogue::parse(locale, &text).map_err(|problems| problems.join("; "))
        }
        Ok((status, _)) => Err(format!("cannot load {url} (HTTP {status})")),
        Err(e) => Err(format!("cannot load {url} ({e})")),
    }
}

/// Sets up languages for the app: the remembered or the browser's locale,
/// `<html lang dir>` kept in step, and the time display (`utc_default` from
/// config.json unless the person chose).
pub fn provide_i18n(utc_default: bool) -> I18n {
    let stored = platform::load(LOCALE_KEY);
    let locale = negotiate(stored.as_deref(), &platform::browser_languages());
    let utc = match platform::load(ZONE_KEY).as_deref() {
        Some("utc") => true,
        Some("local") => false,
        _ => utc_default,
    };
    let i18n = I18n::new(locale, utc, platform::browser_languages());
    Effect::new(move || {
        let locale = i18n.locale.get();
        platform::set_document_language(locale.tag(), locale.dir());
    });
    provide_context(i18n);
    i18n
}

/// The i18n context; English with local times where none was provided
/// (component tests).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| {
        let i18n = I18n {
            locale: RwSignal::new(Locale::EN),
            catalogue: RwSignal::new(Catalogue::english()),
            loaded: StoredValue::new(HashMap::new()),
            wanted: StoredValue::new(Locale::EN),
            utc: RwSignal::new(false),
            browser: StoredValue::new(Vec::new()),
        };
        provide_context(i18n);
        i18n
    })
}

/// The message `id` as text that follows the language. Every call shares one
/// closure type, so Leptos builds its rendering code once, not once per use
/// (which is most of what translation would otherwise add to the bundle).
pub fn text(id: &'static str) -> impl IntoView + Clone + 'static {
    let i18n = use_i18n();
    move || i18n.tr(id)
}

/// The label `id` with its colon as the language writes it, then a space
/// ("Commander: ", French "Commandant\u{a0}: ", Japanese "指揮者：
/// "), as text that follows the language: never a colon written in a view.
pub fn label(id: &'static str) -> impl IntoView + Clone + 'static {
    let i18n = use_i18n();
    move || {
        let label = Arg::from(i18n.tr(id));
        format!("{} ", i18n.tr_args("label-colon", &[("label", label)]))
    }
}

/// A count message (`$count`) as text that follows the language; like
/// [`text`], one closure type for every use.
pub fn text_count(id: &'static str, count: usize) -> impl IntoView + Clone + 'static {
    let i18n = use_i18n();
    move || i18n.tr_args(id, &[("count", count.into())])
}

/// The message `id` in the current language (reactive inside a closure).
pub fn tr(id: &str) -> String {
    use_i18n().tr(id)
}

pub fn tr_args(id: &str, args: &[(&str, Arg)]) -> String {
    use_i18n().tr_args(id, args)
}

/// Use in the header: picks the interface language, at once.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="picker">
            <span>{text("language-label")}</span>
            <select
                data-testid="language"
                on:change=move |ev| {
                    if let Some(locale) = Locale::from_tag(&event_target_value(&ev)) {
                        i18n.set_locale(locale);
                    }
                }
            >
                {Locale::all()
                    .map(|l| {
                        view! {
                            <option value=l.tag() lang=l.tag() selected=move || i18n.locale.get() == l>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
