//! Instants and dates as the contract defines them: UTC inside, read
//! tolerantly, written in one fixed-width form.
//!
//! Pure Rust, no browser: tested on the host.
//!
//! Contract: docs/contract.md (rules for every collection: timestamps, dates)

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// An instant, always UTC inside.
///
/// Reads any RFC 3339 offset (`Z`, `+00:00`, `+02:00`), any number of
/// fractional digits, and a space (PocketBase) instead of `T`. Writes the
/// contract's fixed-width form `2026-11-24T09:30:00.000Z`, so that backends
/// comparing strings (json-server's `_gte`) order them right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<Utc>);

impl Timestamp {
    /// Parses a timestamp the contract allows; the error says what was wrong.
    ///
    /// Written out rather than with chrono's parser: chrono's general
    /// parse/format machinery costs the wasm ~17 KB for this one format.
    pub fn parse(text: &str) -> Result<Self, String> {
        parse_rfc3339(text.trim()).ok_or_else(|| format!("`{text}` is not an RFC 3339 timestamp"))
    }

    /// The contract's write form: UTC, milliseconds, `Z`.
    pub fn to_wire(self) -> String {
        let t = self.0;
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
            t.timestamp_subsec_millis().min(999)
        )
    }

    /// From milliseconds since the Unix epoch (what `Date.now()` gives).
    pub fn from_millis(ms: f64) -> Option<Self> {
        DateTime::<Utc>::from_timestamp_millis(ms as i64).map(Timestamp)
    }

    pub fn millis(self) -> i64 {
        self.0.timestamp_millis()
    }

    /// The UTC calendar date of this instant.
    pub fn date(self) -> NaiveDate {
        self.0.date_naive()
    }

    /// Minutes from `earlier` to `self`, to the millisecond (fractional;
    /// negative when `self` is earlier).
    pub fn minutes_since(self, earlier: Timestamp) -> f64 {
        (self.0 - earlier.0).num_milliseconds() as f64 / 60_000.0
    }
}

/// The sort key of a timeline entry (incident events, case events), the
/// one order both the timeline component and the incident export use:
/// entries with a time first, by time; ties by `created_at` (unknown last:
/// an add not stored yet is the newest), then `id`. Stable and total.
pub type TimelineKey<'a> = (bool, Option<Timestamp>, bool, Option<Timestamp>, &'a str);

/// [`TimelineKey`] of any timeline entry.
pub fn timeline_key(
    at: Option<Timestamp>,
    created_at: Option<Timestamp>,
    id: &str,
) -> TimelineKey<'_> {
    (at.is_none(), at, created_at.is_none(), created_at, id)
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_wire())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_wire())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an RFC 3339 timestamp string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Timestamp, E> {
                Timestamp::parse(v).map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
    }
}

/// `digits` ASCII digits of `text` from `at`, as a number.
fn number(text: &[u8], at: usize, digits: usize) -> Option<u32> {
    let part = text.get(at..at + digits)?;
    part.iter().try_fold(0u32, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// `YYYY-MM-DD[T|t| ]HH:MM:SS[.fraction](Z|z|+HH:MM|-HH:MM)`.
fn parse_rfc3339(text: &str) -> Option<Timestamp> {
    let b = text.as_bytes();
    let date = parse_date_bytes(b.get(..10)?)?;
    if !matches!(b.get(10)?, b'T' | b't' | b' ')
        || b.get(13) != Some(&b':')
        || b.get(16) != Some(&b':')
    {
        return None;
    }
    let (hour, minute, second) = (number(b, 11, 2)?, number(b, 14, 2)?, number(b, 17, 2)?);
    let mut at = 19;
    let mut nanos = 0u32;
    if b.get(at) == Some(&b'.') {
        at += 1;
        let start = at;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            if at - start < 9 {
                nanos = nanos * 10 + u32::from(b[at] - b'0');
            }
            at += 1;
        }
        if at == start {
            return None;
        }
        nanos *= 10u32.pow(9u32.saturating_sub((at - start) as u32));
    }
    let offset_seconds: i64 = match b.get(at)? {
        b'Z' | b'z' if at + 1 == b.len() => 0,
        sign @ (b'+' | b'-') if at + 6 == b.len() && b[at + 3] == b':' => {
            let (h, m) = (number(b, at + 1, 2)?, number(b, at + 4, 2)?);
            if h > 23 || m > 59 {
                return None;
            }
            let seconds = i64::from(h * 3600 + m * 60);
            if *sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    // A leap second (60) is kept as chrono keeps it: 59 s and a second of nanoseconds.
    let time = if second == 60 {
        NaiveTime::from_hms_nano_opt(hour, minute, 59, nanos + 1_000_000_000)?
    } else {
        NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?
    };
    let local = date.and_time(time);
    let utc = local.checked_sub_signed(chrono::Duration::seconds(offset_seconds))?;
    Some(Timestamp(DateTime::from_naive_utc_and_offset(utc, Utc)))
}

fn parse_date_bytes(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(number(b, 0, 4)? as i32, number(b, 5, 2)?, number(b, 8, 2)?)
}

/// Parses a contract date (`YYYY-MM-DD`).
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    parse_date_bytes(text.as_bytes()).ok_or_else(|| format!("`{text}` is not a YYYY-MM-DD date"))
}

/// A calendar date (`*_on` fields): read and written as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a YYYY-MM-DD date string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                parse_date(v).map(Date).map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    #[test]
    fn reads_every_form_the_contract_allows_as_the_same_instant() {
        let expected = ts("2026-11-24T09:30:00.000Z");
        for form in [
            "2026-11-24T09:30:00Z",
            "2026-11-24T09:30:00.000Z",
            "2026-11-24T09:30:00.000000Z",
            "2026-11-24T09:30:00+00:00",
            "2026-11-24T11:30:00+02:00",
            "2026-11-24T05:30:00.0-04:00",
            "2026-11-24 09:30:00.000Z",
            "2026-11-24t09:30:00z",
        ] {
            assert_eq!(ts(form), expected, "{form}");
        }
    }

    #[test]
    fn keeps_fractional_seconds() {
        assert_eq!(ts("2026-11-24T09:30:00.123456789Z").millis() % 1000, 123);
    }

    #[test]
    fn writes_the_fixed_width_utc_form() {
        assert_eq!(
            ts("2026-11-24T11:30:00.5+02:00").to_wire(),
            "2026-11-24T09:30:00.500Z"
        );
        assert_eq!(
            ts("2026-01-02T03:04:05Z").to_wire(),
            "2026-01-02T03:04:05.000Z"
        );
    }

    #[test]
    fn refuses_what_is_not_a_timestamp() {
        for bad in [
            "",
            "yesterday",
            "2026-11-24",
            "2026-13-24T09:30:00Z",
            "1700000000",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn decodes_from_json_and_rejects_wrong_types() {
        let t: Timestamp = serde_json::from_str("\"2026-11-24 09:30:00.000Z\"").unwrap();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            "\"2026-11-24T09:30:00.000Z\""
        );
        assert!(serde_json::from_str::<Timestamp>("12345").is_err());
    }

    #[test]
    fn minutes_between_instants() {
        let a = ts("2026-11-24T09:30:00Z");
        let b = ts("2026-11-24T11:00:30Z");
        assert_eq!(b.minutes_since(a), 90.5);
        assert_eq!(a.minutes_since(b), -90.5);
    }

    #[test]
    fn agrees_with_chronos_own_parser() {
        for form in [
            "2026-11-24T09:30:00Z",
            "2026-11-24T09:30:00.1Z",
            "2026-11-24T09:30:00.123456789123Z",
            "2026-02-28T23:59:59.999+05:30",
            "2024-02-29T00:00:00-12:00",
            "1999-12-31T23:59:60Z",
        ] {
            let chrono = DateTime::parse_from_rfc3339(form)
                .unwrap()
                .with_timezone(&Utc);
            assert_eq!(ts(form).0, chrono, "{form}");
        }
        for bad in [
            "2026-11-24T09:30:00",
            "2026-11-24T09:30:00+0200",
            "2026-11-24T24:00:00Z",
            "2026-11-24T09:30:00.Z",
            "2026-11-24T09:30:00Zjunk",
            "2026-02-29T00:00:00Z",
            "２026-11-24T09:30:00Z",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_read_and_write_as_yyyy_mm_dd() {
        let d: Date = serde_json::from_str("\"2026-03-05\"").unwrap();
        assert_eq!(d.to_string(), "2026-03-05");
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2026-03-05\"");
        assert!(serde_json::from_str::<Date>("\"2026-3-5\"").is_err());
        assert!(serde_json::from_str::<Date>("20260305").is_err());
    }

    #[test]
    fn dates_are_strict_calendar_dates() {
        assert_eq!(parse_date("2026-02-28").unwrap().to_string(), "2026-02-28");
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_date("28/02/2026").is_err());
    }
}

/// The unit and whole value a relative time is said in: seconds under a
/// minute, then minutes, hours, days (under 30), months (under 365), years.
/// `seconds` is negative for the past; the value keeps the sign and is cut
/// toward zero ("59 min ago", not "1 h ago").
pub fn relative_parts(seconds: i64) -> (i64, &'static str) {
    let magnitude = seconds.unsigned_abs();
    let (divisor, unit) = match magnitude {
        0..=59 => (1, "second"),
        60..=3_599 => (60, "minute"),
        3_600..=86_399 => (3_600, "hour"),
        86_400..=2_591_999 => (86_400, "day"),
        2_592_000..=31_535_999 => (2_592_000, "month"),
        _ => (31_536_000, "year"),
    };
    (seconds / divisor as i64, unit)
}

#[cfg(test)]
mod relative_tests {
    use super::relative_parts;

    #[test]
    fn picks_the_unit_and_cuts_toward_zero() {
        assert_eq!(relative_parts(0), (0, "second"));
        assert_eq!(relative_parts(-59), (-59, "second"));
        assert_eq!(relative_parts(-60), (-1, "minute"));
        assert_eq!(relative_parts(-12 * 60 - 30), (-12, "minute"));
        assert_eq!(relative_parts(-3_599), (-59, "minute"));
        assert_eq!(relative_parts(-3_600), (-1, "hour"));
        assert_eq!(relative_parts(5 * 3_600), (5, "hour"));
        assert_eq!(relative_parts(-86_400 * 3), (-3, "day"));
        assert_eq!(relative_parts(-86_400 * 45), (-1, "month"));
        assert_eq!(relative_parts(-86_400 * 400), (-1, "year"));
    }
}

/// The unit and whole value a duration of `minutes` is said in on an SLA
/// clock: minutes under two hours, hours under two days, then days; cut
/// toward zero, never below zero.
pub fn duration_parts(minutes: f64) -> (u64, &'static str) {
    let minutes = minutes.max(0.0).floor() as u64;
    match minutes {
        0..=119 => (minutes, "minute"),
        120..=2_879 => (minutes / 60, "hour"),
        _ => (minutes / 1_440, "day"),
    }
}

#[cfg(test)]
mod duration_tests {
    use super::duration_parts;

    #[test]
    fn picks_minutes_hours_or_days() {
        assert_eq!(duration_parts(0.0), (0, "minute"));
        assert_eq!(duration_parts(14.9), (14, "minute"));
        assert_eq!(duration_parts(119.0), (119, "minute"));
        assert_eq!(duration_parts(120.0), (2, "hour"));
        assert_eq!(duration_parts(1_395.0), (23, "hour"));
        assert_eq!(duration_parts(2_880.0), (2, "day"));
        assert_eq!(duration_parts(-5.0), (0, "minute"));
    }
}
