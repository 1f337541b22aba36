//! What the dashboard's URL asks for: the window (last 7, 28 or 90 days, or
//! from one date to another) and the filters. A crafted link reaches only
//! known values: anything else is ignored and the default is used.
//!
//! Pure Rust, host-tested. KPIs: docs/kpis.md "The window and the filters".

use chrono::{Days, NaiveDate, NaiveTime};

use super::engine::{Filters, Window};
use crate::cases::filters::parse_key;
use crate::cases::model::{Category, Priority};
use crate::regions::Region;
use crate::time::{parse_date, Timestamp};

/// The choices of the window picker, in days.
pub const PRESETS: [u32; 3] = [7, 28, 90];
/// kpis.md's default window.
pub const DEFAULT_DAYS: u32 = 28;
/// The longest from-to window a link may ask for. A longer one (a crafted
/// `from=1900-01-01`) would ask the backend for everything.
pub const MAX_RANGE_DAYS: u64 = 366;

/// The window as the person chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// The last n days up to now (one of [`PRESETS`]).
    Last(u32),
    /// From the start of one UTC date to the end of another (both included).
    Dates(NaiveDate, NaiveDate),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KpiQuery {
    pub span: Span,
    pub filters: Filters,
}

impl Default for KpiQuery {
    fn default() -> Self {
        KpiQuery {
            span: Span::Last(DEFAULT_DAYS),
            filters: Filters::default(),
        }
    }
}

fn midnight(day: NaiveDate) -> Timestamp {
    Timestamp(day.and_time(NaiveTime::MIN).and_utc())
}

impl KpiQuery {
    /// Reads the URL's pairs; unknown keys and values are ignored, a
    /// from-to pair that is not two dates in order within
    /// [`MAX_RANGE_DAYS`] falls back to the default window.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut query = KpiQuery::default();
        let (mut from, mut to) = (None, None);
        for (key, value) in pairs {
            match key {
                "days" => {
                    if let Some(d) = PRESETS.into_iter().find(|d| d.to_string() == value) {
                        query.span = Span::Last(d);
                    }
                }
                "from" => from = parse_date(value).ok(),
                "to" => to = parse_date(value).ok(),
                "region" => query.filters.region = parse_key(&Region::ALL, Region::key, value),
                "priority" => {
                    query.filters.priority = parse_key(&Priority::ALL, Priority::key, value)
                }
                "category" => {
                    query.filters.category = parse_key(&Category::ALL, Category::key, value)
                }
                _ => {}
            }
        }
        if let (Some(from), Some(to)) = (from, to) {
            let length = (to - from).num_days();
            if (0..MAX_RANGE_DAYS as i64).contains(&length) {
                query.span = Span::Dates(from, to);
            }
        }
        query
    }

    /// The pairs of the URL that gives this query back (defaults left out).
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        match self.span {
            Span::Last(DEFAULT_DAYS) => {}
            Span::Last(days) => pairs.push(("days", days.to_string())),
            Span::Dates(from, to) => {
                pairs.push(("from", from.to_string()));
                pairs.push(("to", to.to_string()));
            }
        }
        let f = &self.filters;
        pairs.extend(f.region.map(|r| ("region", r.key().to_string())));
        pairs.extend(f.priority.map(|p| ("priority", p.key().to_string())));
        pairs.extend(f.category.map(|c| ("category", c.key().to_string())));
        pairs
    }

    /// The window `[from, to)` at `now`.
    pub fn window(&self, now: Timestamp) -> Window {
        match self.span {
            Span::Last(days) => Window::last_days(now, days),
            Span::Dates(from, to) => Window {
                from: midnight(from),
                to: midnight(to + Days::new(1)),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(link: &str) -> KpiQuery {
        let pairs: Vec<(&str, &str)> = link.split('&').filter_map(|p| p.split_once('=')).collect();
        KpiQuery::from_pairs(pairs)
    }

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    #[test]
    fn a_link_gives_its_window_and_filters_back() {
        let q = query("days=7&region=EMEA&priority=P1&category=legal_request");
        assert_eq!(q.span, Span::Last(7));
        assert_eq!(q.filters.region, Some(Region::EMEA));
        assert_eq!(q.filters.priority, Some(Priority::P1));
        assert!(q.filters.category.is_some());
        let again = q.to_pairs();
        let back = KpiQuery::from_pairs(again.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, q);
    }

    #[test]
    fn unknown_values_in_a_crafted_link_are_ignored() {
        let q = query("days=1000&region=<script>&priority=P9&category=x&zone=1");
        assert_eq!(q, KpiQuery::default());
        assert!(q.to_pairs().is_empty());
    }

    #[test]
    fn a_date_range_must_be_in_order_and_not_too_long() {
        assert_eq!(query("from=2026-11-20&to=2026-11-01").span, Span::Last(28));
        assert_eq!(query("from=1900-01-01&to=2026-11-01").span, Span::Last(28));
        assert_eq!(query("from=2026-11-01&to=nope").span, Span::Last(28));
        let d = |s| parse_date(s).unwrap();
        assert_eq!(
            query("from=2026-11-01&to=2026-11-01").span,
            Span::Dates(d("2026-11-01"), d("2026-11-01"))
        );
    }

    #[test]
    fn windows_are_utc_and_end_after_the_last_date() {
        let now = at("2026-11-25T12:00:00Z");
        let w = query("from=2026-10-01&to=2026-11-15").window(now);
        assert_eq!(w.from, at("2026-10-01T00:00:00Z"));
        assert_eq!(w.to, at("2026-11-16T00:00:00Z"));
        let w = query("days=7").window(now);
        assert_eq!(w.from, at("2026-11-18T12:00:00Z"));
        assert_eq!(w.to, now);
    }
}
