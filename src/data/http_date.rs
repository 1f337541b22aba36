//! The backend's clock: the `Date` response header (RFC 7231's IMF-fixdate,
//! `Wed, 25 Nov 2026 12:00:00 GMT`), read by hand (chrono's parser costs the
//! wasm more than this one format is worth).

use chrono::{Datelike, NaiveDate};

use crate::time::Timestamp;

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Reads an IMF-fixdate; `None` for anything else (the obsolete RFC 850 and
/// asctime forms included), for an impossible date or time, and for a
/// weekday that does not match the date.
pub fn parse_http_date(text: &str) -> Option<Timestamp> {
    let mut parts = text.trim().split(' ');
    let weekday = parts.next()?.strip_suffix(',')?;
    let day = digits(parts.next()?, 2)?;
    let month = parts.next()?;
    let month = MONTHS.iter().position(|m| *m == month)? as u32 + 1;
    let year = digits(parts.next()?, 4)?;
    let mut clock = parts.next()?.split(':');
    let hour = digits(clock.next()?, 2)?;
    let minute = digits(clock.next()?, 2)?;
    let second = digits(clock.next()?, 2)?;
    if clock.next().is_some() || parts.next() != Some("GMT") || parts.next().is_some() {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    if DAYS[date.weekday().num_days_from_monday() as usize] != weekday {
        return None;
    }
    Some(Timestamp(date.and_hms_opt(hour, minute, second)?.and_utc()))
}

/// Exactly `len` ASCII digits.
fn digits(text: &str, len: usize) -> Option<u32> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_imf_fixdate() {
        assert_eq!(
            parse_http_date("Wed, 25 Nov 2026 12:00:00 GMT"),
            Some(Timestamp::parse("2026-11-25T12:00:00Z").unwrap())
        );
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(Timestamp::parse("1994-11-06T08:49:37Z").unwrap())
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "yesterday",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Thu, 25 Nov 2026 12:00:00 GMT",
            "Wed, 25 Nov 2026 12:00:00 CET",
            "Wed, 25 Nov 2026 12:00:00 GMT extra",
            "Wed, 25 Nov 2026 24:00:00 GMT",
            "Wed, 25 Nov 2026 12:60:00 GMT",
            "Wed, 31 Nov 2026 12:00:00 GMT",
            "Wed, 25 Foo 2026 12:00:00 GMT",
            "Wed, +5 Nov 2026 12:00:00 GMT",
            "Wed, 25 Nov 2026 12:00 GMT",
            "Wed, 25 Nov 2026 12:00:00:00 GMT",
            "Wed,  25 Nov 2026 12:00:00 GMT",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }
}
