//! Languages: the shipped locales, choosing one, and Fluent catalogues.
//!
//! English is compiled in (it is the default and every other locale's
//! fallback); the other catalogues are `locales/<tag>.ftl` beside
//! `index.html`, fetched only when chosen, so unused locales never weigh on
//! the first load. Plurals follow CLDR through Fluent.

pub mod catalogue;
pub mod context;
pub mod fluent;
pub mod plural;
#[cfg(test)]
mod review;

pub use catalogue::{Arg, Catalogue};
pub use context::{provide_i18n, text, text_count, tr, tr_args, use_i18n, I18n, LanguagePicker};

/// The locales the interface ships, complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    De,
    Fr,
    Es,
    Tr,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::De,
        Locale::Fr,
        Locale::Es,
        Locale::Tr,
        Locale::Ar,
    ];

    /// The BCP 47 tag, also the catalogue's file name.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Tr => "tr",
            Locale::Ar => "ar",
        }
    }

    /// The language's name in itself, for the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::De => "Deutsch",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::Tr => "Türkçe",
            Locale::Ar => "العربية",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }

    /// The value of `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The shipped locale for a BCP 47 tag, by its language subtag
    /// (`de-AT` -> German, `ar-EG` -> Arabic).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let language = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == language)
    }
}

/// The locale to start in: the one the person chose before (remembered),
/// else the first of the browser's languages that is shipped, else English.
pub fn negotiate(stored: Option<&str>, browser_languages: &[String]) -> Locale {
    stored
        .and_then(Locale::from_tag)
        .or_else(|| {
            browser_languages
                .iter()
                .find_map(|tag| Locale::from_tag(tag))
        })
        .unwrap_or(Locale::En)
}

/// The first of the browser's tags that is of `locale`'s language, for
/// regional formats of numbers and dates.
pub fn regional_tag(locale: Locale, browser_languages: &[String]) -> Option<String> {
    browser_languages
        .iter()
        .find(|tag| Locale::from_tag(tag) == Some(locale))
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn the_remembered_choice_wins() {
        assert_eq!(negotiate(Some("tr"), &langs(&["de-DE"])), Locale::Tr);
    }

    #[test]
    fn otherwise_the_first_shipped_browser_language() {
        assert_eq!(
            negotiate(None, &langs(&["pt-BR", "ar-EG", "en"])),
            Locale::Ar
        );
        assert_eq!(negotiate(None, &langs(&["de-AT"])), Locale::De);
        assert_eq!(negotiate(Some("xx"), &langs(&["FR_ca"])), Locale::Fr);
    }

    #[test]
    fn english_when_nothing_matches() {
        assert_eq!(negotiate(None, &langs(&["pt-BR", "ja"])), Locale::En);
        assert_eq!(negotiate(None, &[]), Locale::En);
    }

    #[test]
    fn formats_use_the_browsers_region_for_the_chosen_language() {
        let browser = langs(&["en-GB", "de-AT", "ar-EG"]);
        assert_eq!(regional_tag(Locale::En, &browser).as_deref(), Some("en-GB"));
        assert_eq!(regional_tag(Locale::De, &browser).as_deref(), Some("de-AT"));
        assert_eq!(regional_tag(Locale::Fr, &browser), None);
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for l in Locale::ALL {
            assert_eq!(l.dir(), if l == Locale::Ar { "rtl" } else { "ltr" });
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
    }
}
