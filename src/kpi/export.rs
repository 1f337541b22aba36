//! The KPI table as CSV, and the raw form of a value (the page's
//! `data-value`, the CSV's value column). Pure, host-tested.
//!
//! KPIs: docs/kpis.md

use super::engine::{Filters, KpiSet, Section, Unit, Window};
use super::model::KpiTarget;
use crate::cases::export::field;
use crate::time::Timestamp;

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
pub const COLUMNS: [&str; 12] = [
    "kpi",
    "key",
    "value",
    "unit",
    "previous_value",
    "target",
    "on_target",
    "window_from",
    "window_to",
    "filters",
    "as_of",
    "partial",
];

/// What the values of one CSV were computed over.
pub struct Scope<'a> {
    pub window: Window,
    /// The as-of time.
    pub now: Timestamp,
    pub filters: &'a Filters,
    /// Whether a section's numbers rest on a collection that did not
    /// arrive: its rows are marked and carry no value, as on the page.
    pub partial: &'a dyn Fn(Section) -> bool,
}

/// The filters as one cell: `region=EMEA;priority=P0` (empty for none).
pub fn filters_text(f: &Filters) -> String {
    let mut parts = Vec::new();
    parts.extend(f.region.map(|r| format!("region={}", r.key())));
    parts.extend(f.priority.map(|p| format!("priority={}", p.key())));
    parts.extend(f.category.map(|c| format!("category={}", c.key())));
    parts.join(";")
}

/// Every value of `set` (headline values, then each breakdown's rows) as
/// CSV: a header, CRLF line ends, a byte-order mark for spreadsheets.
/// Row keys come from the data (person ids) and go through the same
/// quoting and formula guard as the case export.
pub fn to_csv(
    set: &KpiSet,
    previous: Option<&KpiSet>,
    scope: &Scope,
    targets: &[KpiTarget],
) -> String {
    let from = scope.window.from.to_wire();
    let to = scope.window.to.to_wire();
    let filters = field(&filters_text(scope.filters));
    let as_of = scope.now.to_wire();
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    let mut line = |kpi: &str,
                    key: &str,
                    section: Section,
                    value: Option<f64>,
                    unit: Unit,
                    before: Option<f64>| {
        let partial = (scope.partial)(section);
        let (value, before) = if partial {
            (None, None)
        } else {
            (value, before)
        };
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
            filters.clone(),
            as_of.clone(),
            if partial { "true" } else { "" }.to_string(),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    for k in &set.kpis {
        let before = previous.filter(|_| k.windowed).and_then(|p| p.value(k.key));
        line(k.key, "", k.section, k.value, k.unit, before);
    }
    for b in &set.breakdowns {
        for (key, value) in &b.rows {
            line(b.key, key, b.section, *value, b.unit, None);
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
        let filters = Filters {
            region: Some(crate::regions::Region::EMEA),
            priority: Some(crate::cases::model::Priority::P0),
            category: None,
        };
        let now = Timestamp::parse("2026-11-25T12:00:00Z").unwrap();
        let scope = Scope {
            window,
            now,
            filters: &filters,
            partial: &|_| false,
        };
        let text = to_csv(
            &set(Some(4.0), Some(45.5)),
            Some(&set(Some(2.0), None)),
            &scope,
            &targets,
        );
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], COLUMNS.join(","));
        let w = "2026-10-28T12:00:00.000Z,2026-11-25T12:00:00.000Z,region=EMEA;priority=P0,2026-11-25T12:00:00.000Z";
        assert_eq!(lines[1], format!("cases_created,,4,count,2,,,{w},"));
        assert_eq!(
            lines[2],
            format!("first_response_p50,,45.5,minutes,,30,false,{w},")
        );
        // A key from the data cannot run as a formula or break the row.
        assert_eq!(lines[3], format!("open_per_owner,'=cmd(),2,count,,,,{w},"));
        assert_eq!(
            lines[4],
            format!("open_per_owner,\"person,1\",0,count,,,,{w},")
        );
        assert_eq!(lines.len(), 6, "ends with a line break");

        // The team's numbers rest on a collection that failed: marked, no
        // value, no verdict; the cases' rows as before.
        let scope = Scope {
            partial: &|s| s == Section::Team,
            ..scope
        };
        let text = to_csv(&set(Some(4.0), Some(45.5)), None, &scope, &targets);
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[1], format!("cases_created,,4,count,,,,{w},"));
        assert_eq!(
            lines[3],
            format!("open_per_owner,'=cmd(),,count,,,,{w},true")
        );
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
