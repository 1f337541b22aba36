//! The shipped locales (one line each in [`LOCALES`]) and choosing one.

/// One shipped language. Its catalogue is `public/locales/<tag>.ftl`.
#[derive(Debug)]
pub struct LocaleInfo {
    /// The BCP 47 tag, also the catalogue's file name.
    pub tag: &'static str,
    /// The language's name in itself, for the picker.
    pub name: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

/// The languages the interface ships, complete. Adding one is its catalogue
/// plus one line here (the README's "Adding a language"); the first is the
/// default and every other one's fallback. Plural categories come from the
/// browser's `Intl.PluralRules`; the host tests check catalogues against
/// hand-checked values kept in `plural.rs`.
pub const LOCALES: &[LocaleInfo] = &[
    LocaleInfo {
        tag: "en",
        name: "English",
        rtl: false,
    },
    LocaleInfo {
        tag: "de",
        name: "Deutsch",
        rtl: false,
    },
    LocaleInfo {
        tag: "fr",
        name: "Français",
        rtl: false,
    },
    LocaleInfo {
        tag: "es",
        name: "Español",
        rtl: false,
    },
    LocaleInfo {
        tag: "tr",
        name: "Türkçe",
        rtl: false,
    },
    LocaleInfo {
        tag: "ar",
        name: "العربية",
        rtl: true,
    },
    LocaleInfo {
        tag: "pt-BR",
        name: "Português (Brasil)",
        rtl: false,
    },
    LocaleInfo {
        tag: "ja",
        name: "日本語",
        rtl: false,
    },
];

/// A shipped locale: a place in [`LOCALES`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale(usize);

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Locale({})", self.tag())
    }
}

impl Locale {
    /// English, the default and fallback.
    pub const EN: Locale = Locale(0);

    /// Every shipped locale, in [`LOCALES`]' order.
    pub fn all() -> impl Iterator<Item = Locale> + Clone {
        (0..LOCALES.len()).map(Locale)
    }

    fn info(self) -> &'static LocaleInfo {
        // Only `all` and `EN` make a Locale, so the place always exists.
        LOCALES.get(self.0).unwrap_or(&LOCALES[0])
    }

    /// The BCP 47 tag, also the catalogue's file name.
    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    /// The language's name in itself, for the picker.
    pub fn native_name(self) -> &'static str {
        self.info().name
    }

    pub fn is_rtl(self) -> bool {
        self.info().rtl
    }

    /// The value of `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The shipped locale for a BCP 47 tag: the same tag (`pt-BR`), else the
    /// same language (`de-AT` -> German, `ar-EG` -> Arabic, `pt-PT` ->
    /// Brazilian Portuguese, closer than English).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim().replace('_', "-");
        let language = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
        Locale::all()
            .find(|l| l.tag().eq_ignore_ascii_case(&tag))
            .or_else(|| Locale::all().find(|l| language(l.tag()) == language(&tag)))
    }

    /// The shipped locale `tag`, for tests.
    #[cfg(test)]
    pub fn of(tag: &str) -> Locale {
        Locale::all()
            .find(|l| l.tag() == tag)
            .unwrap_or_else(|| panic!("{tag} is not shipped"))
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
        .unwrap_or(Locale::EN)
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
        assert_eq!(negotiate(Some("tr"), &langs(&["de-DE"])), Locale::of("tr"));
    }

    #[test]
    fn otherwise_the_first_shipped_browser_language() {
        assert_eq!(
            negotiate(None, &langs(&["sw-KE", "ar-EG", "en"])),
            Locale::of("ar")
        );
        assert_eq!(negotiate(None, &langs(&["de-AT"])), Locale::of("de"));
        assert_eq!(negotiate(Some("xx"), &langs(&["FR_ca"])), Locale::of("fr"));
    }

    #[test]
    fn english_when_nothing_matches() {
        assert_eq!(negotiate(None, &langs(&["sw-KE", "zz"])), Locale::EN);
        assert_eq!(negotiate(None, &[]), Locale::EN);
        assert_eq!(negotiate(Some(""), &langs(&[" ", "-"])), Locale::EN);
    }

    #[test]
    fn formats_use_the_browsers_region_for_the_chosen_language() {
        let browser = langs(&["en-GB", "de-AT", "ar-EG"]);
        assert_eq!(regional_tag(Locale::EN, &browser).as_deref(), Some("en-GB"));
        assert_eq!(
            regional_tag(Locale::of("de"), &browser).as_deref(),
            Some("de-AT")
        );
        assert_eq!(regional_tag(Locale::of("fr"), &browser), None);
    }

    #[test]
    fn every_line_is_its_own_locale() {
        assert_eq!(Locale::EN.tag(), "en");
        let tags: Vec<&str> = Locale::all().map(|l| l.tag()).collect();
        assert_eq!(tags.len(), LOCALES.len());
        for l in Locale::all() {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
            assert_eq!(Locale::from_tag(&l.tag().to_uppercase()), Some(l));
            assert_eq!(tags.iter().filter(|t| **t == l.tag()).count(), 1);
            assert!(!l.native_name().is_empty());
        }
        assert_eq!(format!("{:?}", Locale::of("de")), "Locale(de)");
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for l in Locale::all() {
            assert_eq!(l.dir(), if l.tag() == "ar" { "rtl" } else { "ltr" });
        }
    }
}
