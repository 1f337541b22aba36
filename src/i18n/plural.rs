//! CLDR cardinal plural categories: in the app, the browser's
//! `Intl.PluralRules` (every CLDR locale, current rules, nothing in the
//! bundle); on the host, where there is no browser, the hand-checked values
//! of [`HAND_CHECKED`], so the catalogues are still checked by `cargo test`.
//! The wasm test `hand_checked_plurals_agree_with_the_browsers_intl_plural_rules`
//! compares the two.
//!
//! Why not Fluent's own: `intl_pluralrules` 7.0.2 has CLDR 37's rules. It
//! tests Arabic `few`/`many` on the integer instead of `n % 100`, so 103 is
//! `other` instead of `few`, 111 `other` instead of `many` (and 3.5 `few`
//! instead of `other`); and it predates CLDR 38's `many` for millions in
//! French, Spanish and Portuguese (1000000 is `other`). The host tests
//! compare our formatter with fluent-bundle and name these differences one
//! by one.

use super::locale::Locale;

/// CLDR's category names.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The numbers the host tests format every message with, but 1 (which
/// [`compared`] adds): each locale's table has every one of them.
#[rustfmt::skip]
pub const COMPARED_BUT_ONE: &[f64] = &[
    0.0, 2.0, 3.0, 5.0, 7.0, 10.0, 11.0, 21.0, 99.0, 100.0, 101.0, 102.0, 103.0, 111.0, 200.0,
    1000.0, 1e6, 2e6, 1_000_001.0, 0.5, 1.5, 3.5,
];

/// The numbers the host tests format every message with.
pub fn compared() -> Vec<f64> {
    [&[1.0][..], COMPARED_BUT_ONE].concat()
}

/// One locale's plural categories with numbers of each, read off CLDR's
/// rules by hand (the rule is in the comment), never computed.
pub struct HandChecked {
    pub tag: &'static str,
    pub categories: &'static [(&'static str, &'static [f64])],
}

/// What the millions locales (`many: e = 0 and i != 0 and i % 1000000 = 0
/// and v = 0`) call `other`, beside their `one`.
#[rustfmt::skip]
const OTHER_NOT_MILLIONS: &[f64] = &[
    2.0, 3.0, 5.0, 7.0, 10.0, 11.0, 21.0, 99.0, 100.0, 101.0, 102.0, 103.0, 111.0, 200.0,
    1000.0, 1_000_001.0, 3.5,
];

/// Arabic's `other`: n % 100 = 0..2, and every fraction.
#[rustfmt::skip]
const ARABIC_OTHER: &[f64] = &[
    100.0, 101.0, 102.0, 200.0, 1000.0, 1e6, 2e6, 1_000_001.0, 0.5, 1.5, 2.5, 3.5, 11.5,
];

/// The hand-checked values of every shipped locale (a host test asks for
/// one per line of `LOCALES`).
pub const HAND_CHECKED: &[HandChecked] = &[
    // one: i = 1 and v = 0
    HandChecked {
        tag: "en",
        categories: &[("one", &[1.0]), ("other", COMPARED_BUT_ONE)],
    },
    HandChecked {
        tag: "de",
        categories: &[("one", &[1.0]), ("other", COMPARED_BUT_ONE)],
    },
    // one: i = 0,1; many: millions
    HandChecked {
        tag: "fr",
        categories: &[
            ("one", &[0.0, 1.0, 0.5, 1.5]),
            ("many", &[1e6, 2e6]),
            ("other", OTHER_NOT_MILLIONS),
        ],
    },
    // one: n = 1; many: millions
    HandChecked {
        tag: "es",
        categories: &[
            ("one", &[1.0]),
            ("many", &[1e6, 2e6]),
            ("other", &[0.0, 0.5, 1.5]),
            ("other", OTHER_NOT_MILLIONS),
        ],
    },
    // one: n = 1
    HandChecked {
        tag: "tr",
        categories: &[("one", &[1.0]), ("other", COMPARED_BUT_ONE)],
    },
    // zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10;
    // many: n % 100 = 11..99 (a range matches whole numbers only)
    HandChecked {
        tag: "ar",
        categories: &[
            ("zero", &[0.0]),
            ("one", &[1.0]),
            ("two", &[2.0]),
            ("few", &[3.0, 5.0, 7.0, 10.0, 103.0, 110.0, 1003.0]),
            ("many", &[11.0, 21.0, 99.0, 111.0, 199.0, 1011.0]),
            ("other", ARABIC_OTHER),
        ],
    },
    // one: i = 0..1 (0, 1 and the fractions below 2); many: e = 0 and
    // i != 0 and i % 1000000 = 0 and v = 0 (or e != 0..5)
    HandChecked {
        tag: "pt-BR",
        categories: &[
            ("one", &[0.0, 1.0, 0.5, 1.5]),
            ("many", &[1e6, 2e6]),
            ("other", OTHER_NOT_MILLIONS),
        ],
    },
    // ja: no rule, every number is `other` (CLDR lists only `other`)
    HandChecked {
        tag: "ja",
        categories: &[("other", &[1.0]), ("other", COMPARED_BUT_ONE)],
    },
];

/// The hand-checked category of `n` in `tag`, if the table has it.
pub fn hand_checked(tag: &str, n: f64) -> Option<&'static str> {
    HAND_CHECKED
        .iter()
        .find(|t| t.tag == tag)?
        .categories
        .iter()
        .find(|(_, numbers)| numbers.contains(&n))
        .map(|(category, _)| *category)
}

/// The categories `tag` has, in CLDR's order, from its table.
pub fn categories_of(tag: &str) -> Option<Vec<&'static str>> {
    let table = HAND_CHECKED.iter().find(|t| t.tag == tag)?;
    Some(
        CATEGORIES
            .into_iter()
            .filter(|c| table.categories.iter().any(|(name, _)| name == c))
            .collect(),
    )
}

/// The CLDR category of a number in a locale. A number with a fraction has
/// visible fraction digits (`v` > 0: 1.5, never "1.50" or "1"); a negative
/// number takes the category of its absolute value, as in `Intl`.
pub fn category(locale: Locale, n: f64) -> &'static str {
    if !n.is_finite() {
        return "other";
    }
    let n = n.abs();
    #[cfg(target_arch = "wasm32")]
    {
        // The browser's rules (made once per locale and kept); "other", the
        // category every locale has, where a browser has none or refuses.
        let name = crate::platform::plural_category(n, locale.tag());
        CATEGORIES
            .into_iter()
            .find(|c| name.as_deref() == Some(*c))
            .unwrap_or("other")
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        match hand_checked(locale.tag(), n) {
            Some(category) => category,
            // Only tests run on the host: a number nobody checked is a test
            // to extend, not a guess.
            #[cfg(test)]
            None => panic!("{n} has no hand-checked category in {}", locale.tag()),
            #[cfg(not(test))]
            None => "other",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::locale::LOCALES;

    #[test]
    fn every_shipped_locale_has_hand_checked_values_for_every_compared_number() {
        for locale in LOCALES {
            let table = HAND_CHECKED
                .iter()
                .find(|t| t.tag == locale.tag)
                .unwrap_or_else(|| {
                    panic!(
                        "{}: add its hand-checked plural values to HAND_CHECKED",
                        locale.tag
                    )
                });
            for n in compared() {
                let found: Vec<&str> = table
                    .categories
                    .iter()
                    .filter(|(_, numbers)| numbers.contains(&n))
                    .map(|(c, _)| *c)
                    .collect();
                assert_eq!(found.len(), 1, "{} {n}: {found:?}", locale.tag);
            }
        }
    }

    #[test]
    fn no_number_is_in_two_categories_and_every_name_is_cldrs() {
        for table in HAND_CHECKED {
            let mut seen: Vec<(f64, &str)> = Vec::new();
            for (category, numbers) in table.categories {
                assert!(CATEGORIES.contains(category), "{} {category}", table.tag);
                for n in *numbers {
                    if let Some((_, other)) = seen.iter().find(|(m, c)| m == n && c != category) {
                        panic!("{} {n}: both {other} and {category}", table.tag);
                    }
                    seen.push((*n, category));
                }
            }
            assert!(categories_of(table.tag).is_some_and(|c| c.contains(&"other")));
        }
    }

    #[test]
    fn the_host_reads_the_table() {
        let ar = Locale::of("ar");
        assert_eq!(category(ar, 103.0), "few");
        assert_eq!(category(ar, 111.0), "many");
        assert_eq!(category(ar, -2.0), "two");
        assert_eq!(category(Locale::of("fr"), 0.0), "one");
        assert_eq!(category(Locale::of("fr"), 1e6), "many");
        assert_eq!(category(Locale::EN, f64::NAN), "other");
        assert_eq!(
            categories_of("ar"),
            Some(vec!["zero", "one", "two", "few", "many", "other"])
        );
        assert_eq!(categories_of("es"), Some(vec!["one", "many", "other"]));
        assert_eq!(categories_of("xx"), None);
    }

    #[test]
    #[should_panic(expected = "no hand-checked category")]
    fn an_unchecked_number_fails_the_test_that_formats_it() {
        category(Locale::EN, 4242.0);
    }
}
