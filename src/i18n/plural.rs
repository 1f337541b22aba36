//! CLDR cardinal plural categories for the shipped locales, as browsers'
//! `Intl.PluralRules` give them (a wasm test compares the two).
//!
//! Why not Fluent's own: `intl_pluralrules` 7.0.2 has CLDR 37's rules. It
//! tests Arabic `few`/`many` on the integer instead of `n % 100`, so 103 is
//! `other` instead of `few`, 111 `other` instead of `many` (and 3.5 `few`
//! instead of `other`); and it predates CLDR 38's French and Spanish `many`
//! for millions (1000000 is `other`). Our formatter (`fluent.rs`) asks
//! [`category`] for every select on a number; the host tests compare it
//! with fluent-bundle and name these differences one by one.

use super::Locale;

/// The CLDR category of a number in a locale. A number with a fraction has
/// visible fraction digits (`v` > 0: 1.5, never "1.50" or "1"); a negative
/// number takes the category of its absolute value, as in `Intl`.
pub fn category(locale: Locale, n: f64) -> &'static str {
    if !n.is_finite() {
        return "other";
    }
    let n = n.abs();
    let whole = n.fract() == 0.0; // v = 0
    let i = n.trunc() as u64; // the integer digits
    let millions = whole && i != 0 && i.is_multiple_of(1_000_000);
    match locale {
        // one: i = 1 and v = 0
        Locale::En | Locale::De => {
            if whole && i == 1 {
                "one"
            } else {
                "other"
            }
        }
        // one: n = 1
        Locale::Tr => {
            if n == 1.0 {
                "one"
            } else {
                "other"
            }
        }
        // one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
        Locale::Fr => match i {
            0 | 1 => "one",
            _ if millions => "many",
            _ => "other",
        },
        // one: n = 1; many: as French
        Locale::Es => match i {
            _ if n == 1.0 => "one",
            _ if millions => "many",
            _ => "other",
        },
        // zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10;
        // many: n % 100 = 11..99 (`=` with a range matches whole numbers only)
        Locale::Ar if !whole => "other",
        Locale::Ar => match (i, i % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks `(number, category)` pairs.
    fn check(locale: Locale, expected: &[(f64, &str)]) {
        for (n, want) in expected {
            assert_eq!(category(locale, *n), *want, "{} {n}", locale.tag());
        }
    }

    // Every expected category below is read off CLDR's rules by hand (the
    // comments in `category`), not computed. The wasm test
    // `plural_categories_agree_with_the_browsers_intl_plural_rules` checks
    // many more numbers against the browser's own rules.

    #[test]
    fn english_and_german() {
        for l in [Locale::En, Locale::De] {
            check(
                l,
                &[
                    (0.0, "other"),
                    (1.0, "one"),
                    (2.0, "other"),
                    (21.0, "other"),
                    (101.0, "other"),
                    (1e6, "other"),
                    (0.5, "other"),
                    (1.5, "other"),
                    (-1.0, "one"),
                ],
            );
        }
    }

    #[test]
    fn turkish() {
        check(
            Locale::Tr,
            &[
                (0.0, "other"),
                (1.0, "one"),
                (2.0, "other"),
                (21.0, "other"),
                (1e6, "other"),
                (1.5, "other"),
                (-1.0, "one"),
            ],
        );
    }

    #[test]
    fn french_counts_zero_as_one_and_has_many_for_millions() {
        check(
            Locale::Fr,
            &[
                (0.0, "one"),
                (1.0, "one"),
                (2.0, "other"),
                (11.0, "other"),
                (1000.0, "other"),
                (1e6, "many"),
                (2e6, "many"),
                (1e7, "many"),
                (1_000_001.0, "other"),
                // one is i = 0,1: the fractions below 2 as well.
                (0.5, "one"),
                (1.5, "one"),
                (1.99, "one"),
                (2.5, "other"),
            ],
        );
    }

    #[test]
    fn spanish() {
        check(
            Locale::Es,
            &[
                (0.0, "other"),
                (1.0, "one"),
                (2.0, "other"),
                (1000.0, "other"),
                (1e6, "many"),
                (3e6, "many"),
                (1_000_001.0, "other"),
                (0.5, "other"),
                (1.5, "other"),
            ],
        );
    }

    #[test]
    fn arabic_uses_the_last_two_digits() {
        check(
            Locale::Ar,
            &[
                (0.0, "zero"),
                (1.0, "one"),
                (2.0, "two"),
                (3.0, "few"),
                (10.0, "few"),
                (11.0, "many"),
                (99.0, "many"),
                (100.0, "other"),
                (101.0, "other"),
                (102.0, "other"),
                (103.0, "few"),
                (110.0, "few"),
                (111.0, "many"),
                (199.0, "many"),
                (200.0, "other"),
                (1000.0, "other"),
                (1003.0, "few"),
                (1011.0, "many"),
                (1e6, "other"),
                // A range matches whole numbers only.
                (0.5, "other"),
                (2.5, "other"),
                (3.5, "other"),
                (11.5, "other"),
            ],
        );
    }

    #[test]
    fn no_number_is_other() {
        for l in Locale::ALL {
            assert_eq!(category(l, f64::NAN), "other");
            assert_eq!(category(l, f64::INFINITY), "other");
        }
    }
}
