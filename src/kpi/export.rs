//! The KPI table as CSV, and the raw form of a value (the page's
//! `data-value`, the CSV's value column). Pure, host-tested.
//!
//! KPIs: docs/kpis.md

use super::engine::{KpiSet, Unit, Window};
use super::model::KpiTarget;
use crate::cases::export::field;

/// A value as the page's hooks and the CSV carry it: the number in its
/// unit, in the shortest form that reads back exactly; empty for no data.
pub fn raw(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() => format!("{v}"),
        _ => String::new(),
    }
}

pub fn unit_key(unit: Unit) -> &'static str {
    match unit {
        Unit::Count => "count",
        Unit::Minutes => "minutes",
        Unit::Percent => "percent",
        Unit::Score => "score",
    }
}

/// On target (`Some(true)`), off (`Some(false)`), or no verdict (no target
/// row, an incomplete one, or no value).
pub fn verdict(targets: &[KpiTarget], key: &str, value: Option<f64>) -> Option<bool> {
    let target = targets.iter().find(|t| t.id == key)?;
    target.met_by(value?)
}

/// The CSV columns, in order.
pub const COLUMNS: [&str; 9] = [
    "kpi",
    "key",
    "value",
    "unit",
    "previous_value",
    "target",
    "on_target",
    "window_from",
    "window_to",
];

/// Every value of `set` (headline values, then each breakdown's rows) as
/// CSV: a header, CRLF line ends, a byte-order mark for spreadsheets.
/// Row keys come from the data (person ids) and go through the same
/// quoting and formula guard as the case export.
pub fn to_csv(
    set: &KpiSet,
    previous: Option<&KpiSet>,
    window: Window,
    targets: &[KpiTarget],
) -> String {
    let from = window.from.to_wire();
    let to = window.to.to_wire();
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    let mut line = |kpi: &str, key: &str, value: Option<f64>, unit: Unit, before: Option<f64>| {
        // Targets are for headline values, not for rows of a breakdown.
        let headline = key.is_empty();
        let target = targets.iter().find(|t| t.id == kpi && headline);
        let on = headline.then(|| verdict(targets, kpi, value)).flatten();
        let cells = [
            field(kpi),
            field(key),
            raw(value),
            unit_key(unit).to_string(),
            raw(before),
            raw(target.and_then(|t| t.target)),
            on.map(|b| b.to_string()).unwrap_or_default(),
            from.clone(),
            to.clone(),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    for k in &set.kpis {
        let before = previous.filter(|_| k.windowed).and_then(|p| p.value(k.key));
        line(k.key, "", k.value, k.unit, before);
    }
    for b in &set.breakdowns {
        for (key, value) in &b.rows {
            line(b.key, key, *value, b.unit, None);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kpi::engine::{Breakdown, Kpi, Section};
    use crate::kpi::model::Direction;
    use crate::time::Timestamp;

    fn set(created: Option<f64>, p50: Option<f64>) -> KpiSet {
        KpiSet {
            kpis: vec![
                Kpi {
                    key: "cases_created",
                    unit: Unit::Count,
                    section: Section::Cases,
                    value: created,
                    windowed: true,
                },
                Kpi {
                    key: "first_response_p50",
                    unit: Unit::Minutes,
                    section: Section::Cases,
                    value: p50,
                    windowed: true,
                },
            ],
            breakdowns: vec![Breakdown {
                key: "open_per_owner",
                unit: Unit::Count,
                section: Section::Team,
                rows: vec![("=cmd()".into(), Some(2.0)), ("person,1".into(), Some(0.0))],
            }],
            ..Default::default()
        }
    }

    #[test]
    fn raw_values_read_back_exactly_and_no_data_is_empty() {
        assert_eq!(raw(Some(3.0)), "3");
        assert_eq!(raw(Some(12.5)), "12.5");
        assert_eq!(raw(Some(200.0 / 3.0)), "66.66666666666667");
        assert_eq!(raw(Some(-90.0)), "-90");
        assert_eq!(raw(None), "");
        assert_eq!(raw(Some(f64::NAN)), "");
    }

    #[test]
    fn the_csv_has_every_value_its_previous_and_target() {
        let window = Window {
            from: Timestamp::parse("2026-10-28T12:00:00Z").unwrap(),
            to: Timestamp::parse("2026-11-25T12:00:00Z").unwrap(),
        };
        let targets = [KpiTarget {
            id: "first_response_p50".into(),
            target: Some(30.0),
            direction: Some(Direction::Below),
            ..Default::default()
        }];
        let text = to_csv(
            &set(Some(4.0), Some(45.5)),
            Some(&set(Some(2.0), None)),
            window,
            &targets,
        );
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], COLUMNS.join(","));
        let w = "2026-10-28T12:00:00.000Z,2026-11-25T12:00:00.000Z";
        assert_eq!(lines[1], format!("cases_created,,4,count,2,,,{w}"));
        assert_eq!(
            lines[2],
            format!("first_response_p50,,45.5,minutes,,30,false,{w}")
        );
        // A key from the data cannot run as a formula or break the row.
        assert_eq!(lines[3], format!("open_per_owner,'=cmd(),2,count,,,,{w}"));
        assert_eq!(
            lines[4],
            format!("open_per_owner,\"person,1\",0,count,,,,{w}")
        );
        assert_eq!(lines.len(), 6, "ends with a line break");
    }

    #[test]
    fn a_verdict_needs_a_target_and_a_value() {
        let targets = [KpiTarget {
            id: "backlog".into(),
            target: Some(10.0),
            direction: Some(Direction::Below),
            ..Default::default()
        }];
        assert_eq!(verdict(&targets, "backlog", Some(10.0)), Some(true));
        assert_eq!(verdict(&targets, "backlog", Some(11.0)), Some(false));
        assert_eq!(verdict(&targets, "backlog", None), None);
        assert_eq!(verdict(&targets, "mttr", Some(1.0)), None);
    }
}
