//! CSV export of the cases a person is looking at. Pure: the view turns the
//! text into a download.

use std::collections::HashMap;

use super::model::Case;
use crate::regions::Region;

/// The columns, in order (contract field names, plus the owner's name).
pub const COLUMNS: [&str; 16] = [
    "id",
    "title",
    "status",
    "priority",
    "region",
    "category",
    "language",
    "owner_id",
    "owner_name",
    "partner_teams",
    "incident_id",
    "tags",
    "created_at",
    "first_response_at",
    "resolved_at",
    "reopened_count",
];

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line
/// break. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
/// tab or carriage return first) gets a leading `'`: case titles are written
/// by strangers, and an export is opened in spreadsheets.
pub fn field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The cases as CSV text: a header line, then one line per case, CRLF line
/// ends, with a byte-order mark so spreadsheets read UTF-8 (Arabic, CJK).
/// The description is left out: it may hold disturbing material, and an
/// export is easily shared further.
pub fn to_csv(cases: &[Case], names: &HashMap<String, String>) -> String {
    let mut out = String::from("\u{FEFF}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let time = |v: Option<crate::time::Timestamp>| v.map(|t| t.to_wire()).unwrap_or_default();
    for c in cases {
        let row = [
            c.id.clone(),
            text(&c.title),
            c.status.map(|s| s.key().to_string()).unwrap_or_default(),
            c.priority.map(|p| p.key().to_string()).unwrap_or_default(),
            c.region.map(Region::key).unwrap_or_default().to_string(),
            c.category.map(|x| x.key().to_string()).unwrap_or_default(),
            text(&c.language),
            text(&c.owner_id),
            c.owner_id
                .as_ref()
                .and_then(|id| names.get(id))
                .cloned()
                .unwrap_or_default(),
            c.partner_teams
                .iter()
                .flatten()
                .map(|t| t.key())
                .collect::<Vec<_>>()
                .join(";"),
            text(&c.incident_id),
            c.tags.as_deref().unwrap_or_default().join(";"),
            time(c.created_at),
            time(c.first_response_at),
            time(c.resolved_at),
            c.reopened_count.map(|n| n.to_string()).unwrap_or_default(),
        ];
        let fields: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::model::{PartnerTeam, Priority, Status};
    use crate::time::Timestamp;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@sum"), "'@sum");
        assert_eq!(field("حساب"), "حساب");
    }

    #[test]
    fn a_csv_has_a_header_and_a_line_per_case() {
        let case = Case {
            id: "c1".into(),
            title: Some("Account, taken".into()),
            description: Some("hidden from exports".into()),
            status: Some(Status::Triage),
            priority: Some(Priority::P1),
            region: Some(Region::APAC),
            owner_id: Some("p1".into()),
            partner_teams: Some(vec![PartnerTeam::Legal, PartnerTeam::Comms]),
            tags: Some(vec!["vip".into(), "2fa".into()]),
            created_at: Some(Timestamp::parse("2026-11-25T10:00:00Z").unwrap()),
            reopened_count: Some(0),
            ..Default::default()
        };
        let bare = Case {
            id: "c2".into(),
            ..Default::default()
        };
        let names = HashMap::from([("p1".to_string(), "Ana Lima".to_string())]);
        let csv = to_csv(&[case, bare], &names);
        let lines: Vec<&str> = csv.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert_eq!(lines.len(), 4, "header, two cases, and the final line end");
        assert_eq!(lines[0], COLUMNS.join(","));
        assert_eq!(
            lines[1],
            "c1,\"Account, taken\",triage,P1,APAC,,,p1,Ana Lima,legal;comms,,vip;2fa,2026-11-25T10:00:00.000Z,,,0"
        );
        assert_eq!(lines[2], format!("c2{}", ",".repeat(COLUMNS.len() - 1)));
        assert!(!csv.contains("hidden from exports"));
        assert!(csv.starts_with('\u{FEFF}'));
    }
}
