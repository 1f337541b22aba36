//! CLDR cardinal plural categories for the shipped locales, for whole
//! numbers (counts).
//!
//! Why not Fluent's own: `intl_pluralrules` 7.0.2 tests Arabic `few`/`many`
//! on the integer instead of `n % 100`, so 103 is `other` instead of `few`
//! and 111 `other` instead of `many` (browsers' `Intl.PluralRules` agree
//! with CLDR). The catalogue routes every selector through `PLURAL()`, which
//! uses these rules.

use super::Locale;

/// The CLDR category of a number in a locale. Fractions are `other` (the
/// interface only counts).
pub fn category(locale: Locale, n: f64) -> &'static str {
    if n.fract() != 0.0 || !n.is_finite() || n < 0.0 {
        return "other";
    }
    let i = n as u64;
    let millions = i != 0 && i.is_multiple_of(1_000_000);
    match locale {
        Locale::En | Locale::De | Locale::Tr => {
            if i == 1 {
                "one"
            } else {
                "other"
            }
        }
        Locale::Fr => match i {
            0 | 1 => "one",
            _ if millions => "many",
            _ => "other",
        },
        Locale::Es => match i {
            1 => "one",
            _ if millions => "many",
            _ => "other",
        },
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

/// Rewrites `{ $x ->` into `{ PLURAL($x) ->` so every select goes through
/// [`category`]; translators keep writing plain Fluent.
pub fn route_selectors(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 64);
    let mut rest = source;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let after_space = rest.trim_start();
        if let Some(var) = after_space.strip_prefix('$') {
            let name_len = var
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(var.len());
            let (name, tail) = var.split_at(name_len);
            if !name.is_empty() && tail.trim_start().starts_with("->") {
                out.push_str(&format!(" PLURAL(${name})"));
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(locale: Locale, ns: &[u64]) -> Vec<&'static str> {
        ns.iter().map(|n| category(locale, *n as f64)).collect()
    }

    #[test]
    fn english_german_turkish() {
        for l in [Locale::En, Locale::De, Locale::Tr] {
            assert_eq!(
                all(l, &[0, 1, 2, 5, 21, 101]),
                ["other", "one", "other", "other", "other", "other"]
            );
        }
    }

    #[test]
    fn french_counts_zero_as_one_and_has_many_for_millions() {
        assert_eq!(
            all(Locale::Fr, &[0, 1, 2, 1_000_000, 2_000_000, 1_000_001]),
            ["one", "one", "other", "many", "many", "other"]
        );
    }

    #[test]
    fn spanish() {
        assert_eq!(
            all(Locale::Es, &[0, 1, 2, 1_000_000]),
            ["other", "one", "other", "many"]
        );
    }

    #[test]
    fn arabic_uses_the_last_two_digits() {
        assert_eq!(
            all(
                Locale::Ar,
                &[0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 110, 111, 199, 200, 1003]
            ),
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "other",
                "few", "few", "many", "many", "other", "few"
            ]
        );
    }

    #[test]
    fn fractions_are_other() {
        assert_eq!(category(Locale::En, 1.5), "other");
        assert_eq!(category(Locale::Ar, 3.5), "other");
    }

    #[test]
    fn selectors_are_routed_and_nothing_else_changes() {
        assert_eq!(
            route_selectors("a = { $count ->\n *[other] x\n}"),
            "a = { PLURAL($count) ->\n *[other] x\n}"
        );
        assert_eq!(
            route_selectors("a = {$n ->[one] x *[other] y}"),
            "a = { PLURAL($n) ->[one] x *[other] y}"
        );
        assert_eq!(
            route_selectors("a = { $count } cases"),
            "a = { $count } cases"
        );
        assert_eq!(
            route_selectors("a = { -term } and { msg }"),
            "a = { -term } and { msg }"
        );
    }
}
