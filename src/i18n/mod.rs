//! Languages: the shipped locales, choosing one, and Fluent catalogues.
//!
//! English is compiled in (it is the default and every other locale's
//! fallback); the other catalogues are `locales/<tag>.ftl` beside
//! `index.html`, fetched only when chosen, so unused locales never weigh on
//! the first load. Plural categories are the browser's `Intl.PluralRules`
//! (see `plural.rs`).

pub mod catalogue;
pub mod context;
pub mod fluent;
pub mod locale;
pub mod plural;
#[cfg(test)]
mod review;

pub use catalogue::{Arg, Catalogue};
pub use context::{
    label, provide_i18n, text, text_count, tr, tr_args, use_i18n, I18n, LanguagePicker,
};
pub use locale::{negotiate, regional_tag, Locale, LocaleInfo, LOCALES};
