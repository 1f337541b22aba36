//! Follow-the-sun coverage, in plain Rust (no Leptos, no browser): the
//! `coverage_gaps` KPI exactly as docs/kpis.md defines it, a region's local
//! times read and shown through an injected offset (the browser's `Intl`
//! in the app, a hand-written rule in the tests: no tz database here), the
//! week view's days and hours, and the handover of each region's shift.
//!
//! Contract: docs/contract.md#shifts. KPIs: docs/kpis.md (`coverage_gaps`)

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

use super::model::{Shift, ShiftKind};
use crate::cases::model::{Case, Priority};
use crate::incidents::model::{Incident, IncidentStatus};
use crate::regions::Region;
use crate::time::Timestamp;

/// A zone's offset at an instant, in minutes east of UTC (+60 in Dublin in
/// summer, -180 in São Paulo).
pub type Offset<'a> = &'a dyn Fn(Timestamp) -> i32;

const HOUR: TimeDelta = TimeDelta::hours(1);

/// The wall time in the zone at `at`.
pub fn local_of(at: Timestamp, offset: Offset) -> NaiveDateTime {
    at.0.naive_utc() + TimeDelta::minutes(i64::from(offset(at)))
}

/// The instant a wall time in the zone means: `None` when the zone skips
/// it (the spring-forward gap: refused, never moved to another hour); in
/// the hour repeated at the end of summer time, the earlier instant (the
/// first occurrence, as the browser reads the viewer's own zone). Tries the
/// offsets in force a day before, at, and a day after the wall time read as
/// UTC (zones change at most once within two days) and keeps those that
/// give the wall time back.
pub fn to_utc(local: NaiveDateTime, offset: Offset) -> Option<Timestamp> {
    let as_utc = Timestamp(local.and_utc());
    let day = TimeDelta::days(1);
    let mut found: Option<Timestamp> = None;
    for probe in [as_utc.0 - day, as_utc.0, as_utc.0 + day] {
        let minutes = offset(Timestamp(probe));
        let at = Timestamp((local - TimeDelta::minutes(i64::from(minutes))).and_utc());
        if local_of(at, offset) == local && found.is_none_or(|f| at < f) {
            found = Some(at);
        }
    }
    found
}

/// Why a shift typed in local time is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShiftInputError {
    /// Not a date (`YYYY-MM-DD`) and two times (`HH:MM`).
    Unreadable,
    /// The start is a local time the zone skips (spring forward).
    StartSkipped,
    /// The end is a local time the zone skips.
    EndSkipped,
    /// Start and end are the same time.
    Empty,
}

impl ShiftInputError {
    pub fn key(self) -> &'static str {
        match self {
            ShiftInputError::Unreadable => "shift-error-unreadable",
            ShiftInputError::StartSkipped => "shift-error-start-skipped",
            ShiftInputError::EndSkipped => "shift-error-end-skipped",
            ShiftInputError::Empty => "shift-error-empty",
        }
    }
}

fn parse_time(text: &str) -> Option<NaiveTime> {
    let b = text.trim().as_bytes();
    let num = |from: usize| -> Option<u32> {
        let (h, l) = (*b.get(from)?, *b.get(from + 1)?);
        (h.is_ascii_digit() && l.is_ascii_digit())
            .then(|| u32::from(h - b'0') * 10 + u32::from(l - b'0'))
    };
    // `HH:MM`, or `HH:MM:SS` as some browsers give a time field's value.
    if !(b.len() == 5 || b.len() == 8) || b[2] != b':' {
        return None;
    }
    NaiveTime::from_hms_opt(num(0)?, num(3)?, 0)
}

/// A shift typed in a zone: its `date`, `start` and `end` wall times. An end
/// not after the start is on the next day (a night shift, 22:00–06:00).
/// Returns `starts_at` and `ends_at`.
pub fn shift_from_local(
    date: &str,
    start: &str,
    end: &str,
    offset: Offset,
) -> Result<(Timestamp, Timestamp), ShiftInputError> {
    let day = crate::time::parse_date(date.trim()).map_err(|_| ShiftInputError::Unreadable)?;
    let (from, to) = (
        parse_time(start).ok_or(ShiftInputError::Unreadable)?,
        parse_time(end).ok_or(ShiftInputError::Unreadable)?,
    );
    if from == to {
        return Err(ShiftInputError::Empty);
    }
    let end_day = if to < from {
        day.succ_opt().ok_or(ShiftInputError::Unreadable)?
    } else {
        day
    };
    let starts_at = to_utc(day.and_time(from), offset).ok_or(ShiftInputError::StartSkipped)?;
    let ends_at = to_utc(end_day.and_time(to), offset).ok_or(ShiftInputError::EndSkipped)?;
    if ends_at <= starts_at {
        // 01:00–01:30 read across the repeated hour can only come out
        // backwards if both were not the first occurrence: never by
        // `to_utc`; kept as a guard.
        return Err(ShiftInputError::Empty);
    }
    Ok((starts_at, ends_at))
}

/// `at` as the form's fields in the zone: `YYYY-MM-DD` and `HH:MM`.
pub fn local_fields(at: Timestamp, offset: Offset) -> (String, String) {
    let l = local_of(at, offset);
    use chrono::{Datelike, Timelike};
    (
        format!("{:04}-{:02}-{:02}", l.year(), l.month(), l.day()),
        format!("{:02}:{:02}", l.hour(), l.minute()),
    )
}

/// The first whole UTC hour strictly after `now` (12:00:00.000 → 13:00).
pub fn first_hour_after(now: Timestamp) -> Timestamp {
    let ms = now.millis();
    let hour = 3_600_000;
    let next = ms.div_euclid(hour) * hour + hour;
    Timestamp::from_millis(next as f64).unwrap_or(now)
}

fn is_primary_of(s: &Shift, region: Region) -> bool {
    s.region == Some(region) && s.kind == Some(ShiftKind::Primary)
}

/// Whether `s` covers the whole hour starting at `hour`.
fn covers(s: &Shift, hour: Timestamp) -> bool {
    matches!((s.starts_at, s.ends_at), (Some(a), Some(b)) if a <= hour && b.0 >= hour.0 + HOUR)
}

/// Whether `s` is on shift at any moment of the hour starting at `hour`.
fn overlaps(s: &Shift, hour: Timestamp) -> bool {
    matches!((s.starts_at, s.ends_at), (Some(a), Some(b)) if a.0 < hour.0 + HOUR && b > hour)
}

/// The hours among `count` from `from` (a whole hour) in which no primary
/// shift of `region` covers the whole hour. Two shifts that only together
/// cover an hour (10:00–10:30 and 10:30–11:00) leave it a gap: kpis.md asks
/// for one shift covering it.
pub fn gaps_from(shifts: &[Shift], region: Region, from: Timestamp, count: u32) -> Vec<Timestamp> {
    let primaries: Vec<&Shift> = shifts.iter().filter(|s| is_primary_of(s, region)).collect();
    (0..count)
        .map(|i| Timestamp(from.0 + HOUR * i as i32))
        .filter(|h| !primaries.iter().any(|s| covers(s, *h)))
        .collect()
}

/// kpis.md's `coverage_gaps`: per region (in `Region::ALL` order), the UTC
/// hours among the 168 from the first hour boundary strictly after `now`
/// that no primary shift of the region covers whole.
pub fn coverage_gaps(shifts: &[Shift], now: Timestamp) -> Vec<(Region, Vec<Timestamp>)> {
    let from = first_hour_after(now);
    Region::ALL
        .iter()
        .map(|&r| (r, gaps_from(shifts, r, from, 168)))
        .collect()
}

/// Who is on shift for a region during one hour, and whether it is a gap.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// Person ids (unknown: `?`) of primary shifts overlapping the hour.
    pub primary: Vec<String>,
    pub backup: Vec<String>,
    /// No primary shift covers the whole hour.
    pub gap: bool,
}

pub fn cell(shifts: &[Shift], region: Region, hour: Timestamp) -> Cell {
    let mut c = Cell {
        gap: true,
        ..Cell::default()
    };
    for s in shifts
        .iter()
        .filter(|s| s.region == Some(region) && overlaps(s, hour))
    {
        let who = s.person_id.clone().unwrap_or_else(|| "?".into());
        match s.kind {
            Some(ShiftKind::Primary) => {
                c.gap &= !covers(s, hour);
                c.primary.push(who);
            }
            Some(ShiftKind::Backup) => c.backup.push(who),
            None => {}
        }
    }
    c
}

/// The shifts on at some moment in `[from, to)`, by start, region, id
/// (the list under the week view). Shifts without both times are left out.
pub fn shifts_between(shifts: &[Shift], from: Timestamp, to: Timestamp) -> Vec<Shift> {
    let mut list: Vec<Shift> = shifts
        .iter()
        .filter(|s| matches!((s.starts_at, s.ends_at), (Some(a), Some(b)) if a < to && b > from))
        .cloned()
        .collect();
    crate::sort::sort_by(&mut list, |a, b| {
        (a.starts_at, a.region, &a.id).cmp(&(b.starts_at, b.region, &b.id))
    });
    list
}

/// One local day of the week view: its date in the zone shown, how long
/// that day really is there (23, 24 or 25 hours, in minutes), and the UTC
/// hours of the view that start on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    pub minutes: i64,
    pub hours: Vec<Timestamp>,
}

/// The instant a local day starts: its midnight, or where a zone skips
/// midnight, the end of that gap.
pub fn day_start(date: NaiveDate, offset: Offset) -> Timestamp {
    let midnight = date.and_time(NaiveTime::MIN);
    to_utc(midnight, offset).unwrap_or_else(|| {
        let before = offset(Timestamp((midnight - TimeDelta::days(1)).and_utc()));
        Timestamp((midnight - TimeDelta::minutes(i64::from(before))).and_utc())
    })
}

/// The length of a local day in minutes (1,500 on Dublin's last Sunday of
/// October).
pub fn day_minutes(date: NaiveDate, offset: Offset) -> i64 {
    let next = date.succ_opt().unwrap_or(date);
    (day_start(next, offset).0 - day_start(date, offset).0).num_minutes()
}

/// The week view: the `count` UTC hours from `from`, grouped by the local
/// date each starts on in the zone shown. The hours are the KPI's own (whole
/// UTC hours), so a gap marked is a gap counted, also in zones whose offset
/// is not whole hours (their rows start at :30).
pub fn week(from: Timestamp, count: u32, offset: Offset) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::new();
    for i in 0..count {
        let hour = Timestamp(from.0 + HOUR * i as i32);
        let date = local_of(hour, offset).date();
        match days.last_mut() {
            Some(d) if d.date == date => d.hours.push(hour),
            _ => days.push(Day {
                date,
                minutes: day_minutes(date, offset),
                hours: vec![hour],
            }),
        }
    }
    days
}

/// A region's next handover: the end of its current (or next) primary
/// block, and who takes over.
#[derive(Debug, Clone, PartialEq)]
pub struct Handover {
    pub region: Region,
    /// The home region of the people on the block (None: unknown).
    pub from: Option<Region>,
    pub ends_at: Timestamp,
    /// The home region of whoever takes over and when they start (at or
    /// before `ends_at`, or later after a gap); None: nobody is planned.
    pub to: Option<(Option<Region>, Timestamp)>,
}

/// The handover of `region`'s queue after `now`. A block is the current
/// primary shift of the region (the one ending first when several are on),
/// else the next one, extended by every primary shift of the region that
/// starts at or before its end and is held by people of the same home
/// region (`home`: a person's region): one hub's day, even when several
/// people share it. It hands over to the primary shift running at its end
/// held by another hub (the one starting first), else to the next one to
/// start.
pub fn handover(
    shifts: &[Shift],
    region: Region,
    now: Timestamp,
    home: &dyn Fn(&str) -> Option<Region>,
) -> Option<Handover> {
    let mut own: Vec<(Timestamp, Timestamp, Option<Region>)> = shifts
        .iter()
        .filter(|s| is_primary_of(s, region))
        .filter_map(|s| {
            let (a, b) = (s.starts_at?, s.ends_at?);
            (a < b).then(|| (a, b, s.person_id.as_deref().and_then(home)))
        })
        .collect();
    own.sort();
    let first = own
        .iter()
        .filter(|(a, b, _)| *a <= now && now < *b)
        .min_by_key(|(_, b, _)| *b)
        .or_else(|| own.iter().find(|(a, _, _)| *a > now))?;
    let hub = first.2;
    let mut end = first.1;
    loop {
        let further = own
            .iter()
            .filter(|(a, b, h)| *h == hub && *a <= end && *b > end)
            .map(|(_, b, _)| *b)
            .max();
        match further {
            Some(b) => end = b,
            None => break,
        }
    }
    let running = own
        .iter()
        .filter(|(a, b, h)| *h != hub && *a <= end && *b > end)
        .min_by_key(|(a, _, _)| *a);
    let next = running.or_else(|| own.iter().find(|(a, _, _)| *a > end));
    Some(Handover {
        region,
        from: hub,
        ends_at: end,
        to: next.map(|(a, _, h)| (*h, *a)),
    })
}

/// The open P0 and P1 cases of a region (an unknown status counts as
/// open), P0 first, then oldest first.
pub fn handed_cases(cases: &[Case], region: Region) -> Vec<&Case> {
    let mut list: Vec<&Case> = cases
        .iter()
        .filter(|c| {
            c.region == Some(region)
                && c.status.is_none_or(|s| s.is_open())
                && matches!(c.priority, Some(Priority::P0 | Priority::P1))
        })
        .collect();
    crate::sort::sort_by(&mut list, |a, b| {
        (a.priority, a.created_at, &a.id).cmp(&(b.priority, b.created_at, &b.id))
    });
    list
}

/// The open incidents affecting a region (an unknown status counts as
/// open: better handed over once too often), worst first.
pub fn handed_incidents(incidents: &[Incident], region: Region) -> Vec<&Incident> {
    let mut list: Vec<&Incident> = incidents
        .iter()
        .filter(|i| {
            i.status != Some(IncidentStatus::Resolved)
                && i.regions.iter().flatten().any(|r| *r == region)
        })
        .collect();
    crate::sort::sort_by(&mut list, |a, b| {
        (a.severity, a.detected_at, &a.id).cmp(&(b.severity, b.detected_at, &b.id))
    });
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    /// Europe/Dublin by the EU rule, written by hand: +60 (Irish Standard
    /// Time) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
    /// last Sunday of October, else 0. 2026: 29 March and 25 October.
    fn dublin(t: Timestamp) -> i32 {
        use chrono::Datelike;
        let year = t.0.year();
        let last_sunday = |month: u32| {
            let last = NaiveDate::from_ymd_opt(year, month, 31).unwrap();
            let back = last.weekday().num_days_from_sunday();
            (last - TimeDelta::days(i64::from(back)))
                .and_hms_opt(1, 0, 0)
                .unwrap()
                .and_utc()
        };
        if t.0 >= last_sunday(3) && t.0 < last_sunday(10) {
            60
        } else {
            0
        }
    }

    fn utc(_: Timestamp) -> i32 {
        0
    }

    fn sao_paulo(_: Timestamp) -> i32 {
        -180
    }

    fn shift(id: &str, region: Region, kind: ShiftKind, from: &str, to: &str) -> Shift {
        Shift {
            id: id.into(),
            person_id: Some(format!("p-{id}")),
            region: Some(region),
            starts_at: Some(at(from)),
            ends_at: Some(at(to)),
            kind: Some(kind),
            ..Shift::default()
        }
    }

    use Region::{AMER, APAC, EMEA};
    use ShiftKind::{Backup, Primary};

    #[test]
    fn the_hand_written_dublin_rule_is_right_about_2026() {
        assert_eq!(dublin(at("2026-03-29T00:59:59Z")), 0);
        assert_eq!(dublin(at("2026-03-29T01:00:00Z")), 60);
        assert_eq!(dublin(at("2026-10-25T00:59:59Z")), 60);
        assert_eq!(dublin(at("2026-10-25T01:00:00Z")), 0);
        assert_eq!(dublin(at("2026-11-25T12:00:00Z")), 0);
    }

    #[test]
    fn the_last_sunday_of_october_has_25_hours_in_dublin() {
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        assert_eq!(day_minutes(day("2026-10-25"), &dublin), 25 * 60);
        assert_eq!(day_minutes(day("2026-03-29"), &dublin), 23 * 60);
        assert_eq!(day_minutes(day("2026-10-24"), &dublin), 24 * 60);
        assert_eq!(day_minutes(day("2026-10-26"), &dublin), 24 * 60);
        assert_eq!(
            day_start(day("2026-10-25"), &dublin),
            at("2026-10-24T23:00:00Z")
        );
        assert_eq!(
            day_start(day("2026-10-26"), &dublin),
            at("2026-10-26T00:00:00Z")
        );
    }

    #[test]
    fn a_dublin_shift_on_the_25_hour_day_is_stored_as_nine_hours() {
        let (a, b) = shift_from_local("2026-10-25", "00:00", "08:00", &dublin).unwrap();
        assert_eq!(a.to_wire(), "2026-10-24T23:00:00.000Z");
        assert_eq!(b.to_wire(), "2026-10-25T08:00:00.000Z");
        assert_eq!(b.minutes_since(a), 9.0 * 60.0);
        // And it reads back as typed.
        assert_eq!(
            local_fields(a, &dublin),
            ("2026-10-25".into(), "00:00".into())
        );
        assert_eq!(
            local_fields(b, &dublin),
            ("2026-10-25".into(), "08:00".into())
        );
    }

    #[test]
    fn the_repeated_hour_is_read_as_its_first_occurrence() {
        // 01:30 happens at 00:30Z (summer time) and again at 01:30Z.
        assert_eq!(
            to_utc(local("2026-10-25 01:30"), &dublin),
            Some(at("2026-10-25T00:30:00Z"))
        );
        assert_eq!(
            local_of(at("2026-10-25T00:30:00Z"), &dublin),
            local("2026-10-25 01:30")
        );
        assert_eq!(
            local_of(at("2026-10-25T01:30:00Z"), &dublin),
            local("2026-10-25 01:30")
        );
        // Just after the repeat: one reading only.
        assert_eq!(
            to_utc(local("2026-10-25 02:00"), &dublin),
            Some(at("2026-10-25T02:00:00Z"))
        );
    }

    #[test]
    fn a_skipped_local_time_is_refused() {
        // 29 March 2026: 01:00 jumps to 02:00 in Dublin.
        assert_eq!(to_utc(local("2026-03-29 01:30"), &dublin), None);
        assert_eq!(
            to_utc(local("2026-03-29 00:59"), &dublin),
            Some(at("2026-03-29T00:59:00Z"))
        );
        assert_eq!(
            to_utc(local("2026-03-29 02:00"), &dublin),
            Some(at("2026-03-29T01:00:00Z"))
        );
        assert_eq!(
            shift_from_local("2026-03-29", "01:30", "09:00", &dublin),
            Err(ShiftInputError::StartSkipped)
        );
        assert_eq!(
            shift_from_local("2026-03-28", "18:00", "01:15", &dublin),
            Err(ShiftInputError::EndSkipped)
        );
        // The 23-hour day: 00:00–08:00 is seven hours.
        let (a, b) = shift_from_local("2026-03-29", "00:00", "08:00", &dublin).unwrap();
        assert_eq!(
            (a.to_wire().as_str(), b.to_wire().as_str()),
            ("2026-03-29T00:00:00.000Z", "2026-03-29T07:00:00.000Z")
        );
    }

    #[test]
    fn a_shift_across_midnight_ends_on_the_next_day() {
        let (a, b) = shift_from_local("2026-11-25", "22:00", "06:00", &dublin).unwrap();
        assert_eq!(a.to_wire(), "2026-11-25T22:00:00.000Z");
        assert_eq!(b.to_wire(), "2026-11-26T06:00:00.000Z");
        // In summer time, across the night the clocks go back: 22:00 IST on
        // the 24th is 21:00Z; 06:00 GMT on the 25th is 06:00Z: nine hours.
        let (a, b) = shift_from_local("2026-10-24", "22:00", "06:00", &dublin).unwrap();
        assert_eq!(a.to_wire(), "2026-10-24T21:00:00.000Z");
        assert_eq!(b.to_wire(), "2026-10-25T06:00:00.000Z");
        // São Paulo (UTC-3): 20:00–04:00 is 23:00Z to 07:00Z the next day.
        let (a, b) = shift_from_local("2026-11-25", "20:00", "04:00", &sao_paulo).unwrap();
        assert_eq!(a.to_wire(), "2026-11-25T23:00:00.000Z");
        assert_eq!(b.to_wire(), "2026-11-26T07:00:00.000Z");
    }

    #[test]
    fn typed_shifts_are_checked() {
        let err = |d, a, b| shift_from_local(d, a, b, &utc).unwrap_err();
        assert_eq!(err("2026-11-25", "08:00", "08:00"), ShiftInputError::Empty);
        assert_eq!(
            err("2026-11-31", "08:00", "09:00"),
            ShiftInputError::Unreadable
        );
        assert_eq!(
            err("2026-11-25", "8:00", "09:00"),
            ShiftInputError::Unreadable
        );
        assert_eq!(
            err("2026-11-25", "24:00", "09:00"),
            ShiftInputError::Unreadable
        );
        assert_eq!(err("", "08:00", "09:00"), ShiftInputError::Unreadable);
        assert_eq!(
            shift_from_local("2026-11-25", "08:00:00", "09:30", &utc),
            Ok((at("2026-11-25T08:00:00Z"), at("2026-11-25T09:30:00Z")))
        );
    }

    #[test]
    fn the_window_starts_at_the_first_hour_strictly_after_now() {
        assert_eq!(
            first_hour_after(at("2026-11-25T12:00:00Z")),
            at("2026-11-25T13:00:00Z")
        );
        assert_eq!(
            first_hour_after(at("2026-11-25T12:00:00.001Z")),
            at("2026-11-25T13:00:00Z")
        );
        assert_eq!(
            first_hour_after(at("2026-11-25T12:59:59.999Z")),
            at("2026-11-25T13:00:00Z")
        );
        assert_eq!(
            first_hour_after(at("2026-11-25T23:30:00Z")),
            at("2026-11-26T00:00:00Z")
        );
    }

    #[test]
    fn no_shifts_means_every_hour_is_a_gap() {
        let gaps = coverage_gaps(&[], at("2026-11-25T12:00:00Z"));
        assert_eq!(
            gaps.iter().map(|(r, _)| *r).collect::<Vec<_>>(),
            [EMEA, AMER, APAC]
        );
        for (_, hours) in &gaps {
            assert_eq!(hours.len(), 168);
            assert_eq!(hours[0], at("2026-11-25T13:00:00Z"));
            assert_eq!(hours[167], at("2026-12-02T12:00:00Z"));
        }
    }

    fn gaps_of(shifts: &[Shift], region: Region, from: &str, count: u32) -> Vec<String> {
        gaps_from(shifts, region, at(from), count)
            .into_iter()
            .map(|h| h.to_wire()[11..16].to_string())
            .collect()
    }

    #[test]
    fn a_shift_over_midnight_covers_both_days() {
        let s = [shift(
            "n",
            EMEA,
            Primary,
            "2026-11-25T22:00:00Z",
            "2026-11-26T06:00:00Z",
        )];
        // 20:00 .. 08:00 next day: 22..06 covered.
        assert_eq!(
            gaps_of(&s, EMEA, "2026-11-25T20:00:00Z", 12),
            ["20:00", "21:00", "06:00", "07:00"]
        );
    }

    #[test]
    fn back_to_back_shifts_leave_no_gap_but_halves_of_an_hour_do() {
        let s = [
            shift(
                "a",
                EMEA,
                Primary,
                "2026-11-26T08:00:00Z",
                "2026-11-26T16:00:00Z",
            ),
            shift(
                "b",
                EMEA,
                Primary,
                "2026-11-26T16:00:00Z",
                "2026-11-27T00:00:00Z",
            ),
            // Two halves of 00:00–01:00: neither covers the whole hour.
            shift(
                "c",
                EMEA,
                Primary,
                "2026-11-27T00:00:00Z",
                "2026-11-27T00:30:00Z",
            ),
            shift(
                "d",
                EMEA,
                Primary,
                "2026-11-27T00:30:00Z",
                "2026-11-27T01:00:00Z",
            ),
        ];
        assert_eq!(
            gaps_of(&s, EMEA, "2026-11-26T07:00:00Z", 19),
            ["07:00", "00:00", "01:00"]
        );
    }

    #[test]
    fn overlapping_shifts_count_once_and_a_late_start_leaves_its_hour_open() {
        let s = [
            shift(
                "a",
                AMER,
                Primary,
                "2026-11-26T08:00:00Z",
                "2026-11-26T12:00:00Z",
            ),
            shift(
                "b",
                AMER,
                Primary,
                "2026-11-26T10:00:00Z",
                "2026-11-26T14:00:00Z",
            ),
            // Starts at 14:15: 14:00–15:00 is not covered whole.
            shift(
                "c",
                AMER,
                Primary,
                "2026-11-26T14:15:00Z",
                "2026-11-26T18:00:00Z",
            ),
        ];
        assert_eq!(
            gaps_of(&s, AMER, "2026-11-26T08:00:00Z", 11),
            ["14:00", "18:00"]
        );
        let c = cell(&s, AMER, at("2026-11-26T14:00:00Z"));
        assert_eq!(c.primary, ["p-c"], "on shift for part of the hour");
        assert!(c.gap);
        let c = cell(&s, AMER, at("2026-11-26T11:00:00Z"));
        assert_eq!(c.primary, ["p-a", "p-b"]);
        assert!(!c.gap);
    }

    #[test]
    fn backup_only_hours_and_other_regions_are_gaps() {
        let s = [
            shift(
                "b",
                APAC,
                Backup,
                "2026-11-26T00:00:00Z",
                "2026-11-26T08:00:00Z",
            ),
            shift(
                "e",
                EMEA,
                Primary,
                "2026-11-26T00:00:00Z",
                "2026-11-26T08:00:00Z",
            ),
            Shift {
                kind: None,
                ..shift(
                    "k",
                    APAC,
                    Primary,
                    "2026-11-26T00:00:00Z",
                    "2026-11-26T08:00:00Z",
                )
            },
            Shift {
                ends_at: None,
                ..shift(
                    "x",
                    APAC,
                    Primary,
                    "2026-11-26T00:00:00Z",
                    "2026-11-26T08:00:00Z",
                )
            },
        ];
        assert_eq!(
            gaps_of(&s, APAC, "2026-11-26T00:00:00Z", 3),
            ["00:00", "01:00", "02:00"]
        );
        assert!(gaps_of(&s, EMEA, "2026-11-26T00:00:00Z", 3).is_empty());
        let c = cell(&s, APAC, at("2026-11-26T01:00:00Z"));
        assert_eq!(
            (c.primary.len(), c.backup.as_slice(), c.gap),
            (0, &["p-b".to_string()][..], true)
        );
    }

    #[test]
    fn coverage_gaps_counts_the_168_hours_exactly() {
        // EMEA covered from 13:00 on the 25th to 13:00 on 2 December but
        // for 20:00–21:00 on the 30th; an hour before the window and one
        // after it are not counted.
        let s = [
            shift(
                "a",
                EMEA,
                Primary,
                "2026-11-25T13:00:00Z",
                "2026-11-30T20:00:00Z",
            ),
            shift(
                "b",
                EMEA,
                Primary,
                "2026-11-30T21:00:00Z",
                "2026-12-02T13:00:00Z",
            ),
        ];
        let gaps = coverage_gaps(&s, at("2026-11-25T12:00:00Z"));
        assert_eq!(gaps[0].1, [at("2026-11-30T20:00:00Z")]);
        // At 12:30 the window starts at 13:00 as well.
        let gaps = coverage_gaps(&s, at("2026-11-25T12:30:00Z"));
        assert_eq!(gaps[0].1, [at("2026-11-30T20:00:00Z")]);
        // At 13:00:00.000 it starts at 14:00: its last hour is 13:00–14:00
        // on 2 December, after shift b ends.
        let gaps = coverage_gaps(&s, at("2026-11-25T13:00:00Z"));
        assert_eq!(
            gaps[0].1,
            [at("2026-11-30T20:00:00Z"), at("2026-12-02T13:00:00Z")]
        );
        assert_eq!((gaps[1].1.len(), gaps[2].1.len()), (168, 168));
    }

    #[test]
    fn the_week_view_draws_the_25_hour_day_with_its_real_hours() {
        // From 13:00 Dublin (12:00Z) on Friday the 23rd, 168 hours.
        let days = week(at("2026-10-23T12:00:00Z"), 168, &dublin);
        let dates: Vec<String> = days.iter().map(|d| d.date.to_string()).collect();
        assert_eq!(
            dates,
            [
                "2026-10-23",
                "2026-10-24",
                "2026-10-25",
                "2026-10-26",
                "2026-10-27",
                "2026-10-28",
                "2026-10-29",
                "2026-10-30"
            ]
        );
        let rows: Vec<usize> = days.iter().map(|d| d.hours.len()).collect();
        // 23rd: 13:00..23:00 (11 rows); the 25th: 25 rows; the 30th: up to
        // 11:00 GMT (the 168th hour is 11:00Z).
        assert_eq!(rows, [11, 24, 25, 24, 24, 24, 24, 12]);
        assert_eq!(rows.iter().sum::<usize>(), 168);
        let sunday = &days[2];
        assert_eq!(sunday.minutes, 1500);
        assert_eq!(sunday.hours[0], at("2026-10-24T23:00:00Z"));
        assert_eq!(sunday.hours[24], at("2026-10-25T23:00:00Z"));
        // 01:00 local shows twice: 00:00Z (IST) and 01:00Z (GMT).
        let wall: Vec<String> = sunday.hours[..4]
            .iter()
            .map(|h| local_of(*h, &dublin).time().format("%H:%M").to_string())
            .collect();
        assert_eq!(wall, ["00:00", "01:00", "01:00", "02:00"]);
    }

    #[test]
    fn the_week_groups_by_the_zone_shown() {
        // São Paulo (UTC-3): from 13:00Z (10:00 local), the 25th has 14 rows.
        let days = week(at("2026-11-25T13:00:00Z"), 168, &sao_paulo);
        assert_eq!(days[0].hours.len(), 14);
        assert_eq!(days[1].hours[0], at("2026-11-26T03:00:00Z"));
        assert_eq!(days.len(), 8);
        // A zone at +05:30: the rows stay whole UTC hours, starting at :30.
        let days = week(at("2026-11-25T13:00:00Z"), 24, &|_| 330);
        assert_eq!(
            local_of(days[0].hours[0], &|_| 330),
            local("2026-11-25 18:30")
        );
        // 18:30, 19:30 .. 23:30 on the 25th.
        assert_eq!(days[0].hours.len(), 6);
        assert_eq!(days[1].minutes, 1440);
    }

    #[test]
    fn handover_at_the_end_of_a_hubs_block() {
        // The EMEA queue: EMEA people 08–12 and 12–16, then AMER 16–24.
        let s = [
            shift(
                "e1",
                EMEA,
                Primary,
                "2026-11-25T08:00:00Z",
                "2026-11-25T12:00:00Z",
            ),
            shift(
                "e2",
                EMEA,
                Primary,
                "2026-11-25T12:00:00Z",
                "2026-11-25T16:00:00Z",
            ),
            shift(
                "a1",
                EMEA,
                Primary,
                "2026-11-25T16:00:00Z",
                "2026-11-26T00:00:00Z",
            ),
            shift(
                "bk",
                EMEA,
                Backup,
                "2026-11-25T16:00:00Z",
                "2026-11-26T00:00:00Z",
            ),
            shift(
                "x",
                APAC,
                Primary,
                "2026-11-25T10:00:00Z",
                "2026-11-25T18:00:00Z",
            ),
        ];
        let home = |id: &str| match id {
            "p-e1" | "p-e2" => Some(EMEA),
            "p-a1" | "p-bk" => Some(AMER),
            _ => None,
        };
        let h = handover(&s, EMEA, at("2026-11-25T09:00:00Z"), &home).unwrap();
        assert_eq!(h.from, Some(EMEA));
        assert_eq!(h.ends_at, at("2026-11-25T16:00:00Z"));
        assert_eq!(h.to, Some((Some(AMER), at("2026-11-25T16:00:00Z"))));
        // Later in AMER's block: it ends at midnight and nobody follows.
        let h = handover(&s, EMEA, at("2026-11-25T20:00:00Z"), &home).unwrap();
        assert_eq!(
            (h.from, h.ends_at, h.to),
            (Some(AMER), at("2026-11-26T00:00:00Z"), None)
        );
        // Before any shift: the next block.
        let h = handover(&s, EMEA, at("2026-11-25T06:00:00Z"), &home).unwrap();
        assert_eq!(h.ends_at, at("2026-11-25T16:00:00Z"));
        // After all of them: none.
        assert_eq!(handover(&s, EMEA, at("2026-11-26T01:00:00Z"), &home), None);
        // An unknown hub: its own block; a later start after a gap.
        let h = handover(&s, APAC, at("2026-11-25T09:00:00Z"), &home).unwrap();
        assert_eq!(
            (h.from, h.ends_at, h.to),
            (None, at("2026-11-25T18:00:00Z"), None)
        );
        let s2 = [
            shift(
                "e1",
                EMEA,
                Primary,
                "2026-11-25T08:00:00Z",
                "2026-11-25T12:00:00Z",
            ),
            shift(
                "a1",
                EMEA,
                Primary,
                "2026-11-25T13:00:00Z",
                "2026-11-25T20:00:00Z",
            ),
        ];
        let h = handover(&s2, EMEA, at("2026-11-25T09:00:00Z"), &home).unwrap();
        assert_eq!(h.to, Some((Some(AMER), at("2026-11-25T13:00:00Z"))));
    }

    #[test]
    fn the_weeks_list_holds_the_shifts_on_in_it() {
        let s = [
            shift(
                "late",
                EMEA,
                Primary,
                "2026-11-26T08:00:00Z",
                "2026-11-26T16:00:00Z",
            ),
            shift(
                "before",
                EMEA,
                Primary,
                "2026-11-25T05:00:00Z",
                "2026-11-25T13:00:00Z",
            ),
            shift(
                "across",
                APAC,
                Backup,
                "2026-11-25T12:00:00Z",
                "2026-11-25T20:00:00Z",
            ),
            shift(
                "early",
                AMER,
                Primary,
                "2026-11-25T12:00:00Z",
                "2026-11-25T14:00:00Z",
            ),
            shift(
                "after",
                AMER,
                Primary,
                "2026-12-02T13:00:00Z",
                "2026-12-02T14:00:00Z",
            ),
        ];
        let ids: Vec<String> =
            shifts_between(&s, at("2026-11-25T13:00:00Z"), at("2026-12-02T13:00:00Z"))
                .into_iter()
                .map(|s| s.id)
                .collect();
        assert_eq!(ids, ["early", "across", "late"]);
    }

    #[test]
    fn what_is_handed_over() {
        use crate::cases::model::Status;
        use crate::incidents::model::Severity;
        let case = |id: &str, p: Priority, s: Status, r: Region| Case {
            id: id.into(),
            priority: Some(p),
            status: Some(s),
            region: Some(r),
            ..Case::default()
        };
        let cases = [
            case("p1", Priority::P1, Status::New, EMEA),
            case("p0", Priority::P0, Status::Waiting, EMEA),
            case("p2", Priority::P2, Status::New, EMEA),
            case("done", Priority::P0, Status::Resolved, EMEA),
            case("apac", Priority::P0, Status::New, APAC),
            Case {
                status: None,
                ..case("unknown", Priority::P0, Status::New, EMEA)
            },
        ];
        let ids: Vec<&str> = handed_cases(&cases, EMEA)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["p0", "unknown", "p1"]);
        let incident =
            |id: &str, s: Option<IncidentStatus>, r: Vec<Region>, sev: Severity| Incident {
                id: id.into(),
                status: s,
                regions: Some(r),
                severity: Some(sev),
                ..Incident::default()
            };
        let incidents = [
            incident(
                "i2",
                Some(IncidentStatus::Monitoring),
                vec![EMEA, APAC],
                Severity::SEV2,
            ),
            incident("i1", None, vec![EMEA], Severity::SEV1),
            incident(
                "old",
                Some(IncidentStatus::Resolved),
                vec![EMEA],
                Severity::SEV1,
            ),
            incident(
                "amer",
                Some(IncidentStatus::Investigating),
                vec![AMER],
                Severity::SEV1,
            ),
        ];
        let ids: Vec<&str> = handed_incidents(&incidents, EMEA)
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(ids, ["i1", "i2"]);
        assert_eq!(handed_incidents(&incidents, APAC).len(), 1);
    }
}
