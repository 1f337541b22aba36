//! An incident as Markdown, for the post-incident review document. Pure: the
//! view turns the text into a download. No Leptos here.
//!
//! Contract: docs/contract.md#incidents, #incident_events, #action_items.
//! Every text field there is untrusted (written by anyone, quoting abuse
//! reports and posts): here it stays text whatever Markdown renderer opens
//! the file (see [`inline`] and [`quote`]).
//!
//! Message ids the export asks [`Labels::label`] for (new ones to add to
//! the catalogues): `export-field`, `export-value` (the header table's
//! column heads), `export-severity`, `export-status`, `export-commander`,
//! `export-regions`, `export-started`, `export-detected`,
//! `export-acknowledged`, `export-mitigated`, `export-resolved`,
//! `export-durations`, `export-time-to-detect`, `export-time-to-acknowledge`,
//! `export-time-to-mitigate`, `export-time-to-resolve`, `export-running`
//! (after a duration still running), `export-out-of-order` (a duration whose
//! end is before its start), `export-summary`, `export-timeline`,
//! `export-action-items`, `export-owner`, `export-due`, `export-overdue`,
//! `export-root-cause`, `export-lessons`; and existing ones:
//! `severity-sev1`..`severity-sev4`, `incident-status-*`, plus
//! `event-kind-<key>` for each event kind (`event-kind-status_change`, ..).
//! Anything unknown or empty is written as `—`.

use std::fmt::Write as _;

use super::logic::{durations, is_overdue, order_events, order_items, Span};
use super::model::{ActionItem, Incident, IncidentEvent};
use crate::time::Timestamp;

/// Labels the export needs, in the viewer's language (the view passes
/// closures over its i18n).
pub struct Labels<'a> {
    /// A message id → its text.
    pub label: &'a dyn Fn(&str) -> String,
    /// Minutes → "2 h 5 min".
    pub duration: &'a dyn Fn(f64) -> String,
    /// A `people.id` → the person's name, or the id.
    pub name: &'a dyn Fn(&str) -> String,
}

/// What an unknown or empty value is written as.
const NONE: &str = "—";

/// One line of untrusted text as inert Markdown: `\` `` ` `` `*` `_` `[`
/// `]` `#` `|` `~` `!` backslash-escaped; `<` `>` `&` as HTML entities (so
/// no tag, autolink or entity survives); line breaks as spaces; leading
/// blanks dropped (four would make a code block) and a leading list,
/// heading-underline or ordered-list marker (`-` `+` `=` `1.` `1)`)
/// escaped. Safe in headings, paragraphs, list items and table cells.
pub fn inline(text: &str) -> String {
    let text = text.replace(['\r', '\n'], " ");
    let text = text.trim_start();
    let mut out = String::with_capacity(text.len() + 8);
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in text.chars().enumerate() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if i == digits && i > 0 => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Multi-line untrusted text as a blockquote, each line [`inline`], every
/// line prefixed with `indent` and `> ` (so no line can start a heading, a
/// list or a table); leading and trailing blank lines dropped. Blank text
/// is `—`.
pub fn quote(text: &str, indent: &str) -> String {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = normalized.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let (Some(first), Some(last)) = (first, last) else {
        return format!("{indent}{NONE}\n");
    };
    let mut out = String::new();
    for line in &lines[first..=last] {
        let line = inline(line);
        if line.trim().is_empty() {
            let _ = writeln!(out, "{indent}>");
        } else {
            let _ = writeln!(out, "{indent}> {line}");
        }
    }
    out
}

/// An instant as the export writes it: `2026-11-25 09:30 UTC`.
pub fn utc(t: Timestamp) -> String {
    let wire = t.to_wire();
    format!("{} {} UTC", &wire[..10], &wire[11..16])
}

/// A table cell: [`inline`] text, `—` when blank.
fn cell(text: &str) -> String {
    let text = inline(text);
    if text.trim().is_empty() {
        NONE.to_string()
    } else {
        text
    }
}

/// The whole incident as Markdown for the review document: the title as
/// heading; a header table (severity, status, commander, regions, and the
/// started, detected, acknowledged, mitigated and resolved times in UTC);
/// the durations (running ones marked); the summary; the timeline (in
/// [`order_events`] order: UTC time, kind, author, text); the action items
/// (in [`order_items`] order, as a checkbox list with owner and due date,
/// overdue ones marked); the root cause and the lessons. Every untrusted
/// text goes through [`inline`] or [`quote`].
pub fn to_markdown(
    incident: &Incident,
    events: &[IncidentEvent],
    items: &[ActionItem],
    now: Timestamp,
    labels: &Labels,
) -> String {
    let label = |key: &str| inline(&(labels.label)(key));
    let name = |id: &str| (labels.name)(id);
    let time = |t: Option<Timestamp>| t.map_or_else(|| NONE.to_string(), utc);
    let mut out = String::new();

    let _ = writeln!(
        out,
        "# {}\n",
        cell(incident.title.as_deref().unwrap_or_default())
    );

    let regions: Vec<&str> = incident.regions.iter().flatten().map(|r| r.key()).collect();
    let rows = [
        (
            "export-severity",
            incident
                .severity
                .map(|s| (labels.label)(s.label_key()))
                .unwrap_or_default(),
        ),
        (
            "export-status",
            incident
                .status
                .map(|s| (labels.label)(s.label_key()))
                .unwrap_or_default(),
        ),
        (
            "export-commander",
            incident
                .commander_id
                .as_deref()
                .map(name)
                .unwrap_or_default(),
        ),
        ("export-regions", regions.join(", ")),
        ("export-started", time(incident.started_at)),
        ("export-detected", time(incident.detected_at)),
        ("export-acknowledged", time(incident.acknowledged_at)),
        ("export-mitigated", time(incident.mitigated_at)),
        ("export-resolved", time(incident.resolved_at)),
    ];
    let _ = writeln!(
        out,
        "| {} | {} |\n| --- | --- |",
        label("export-field"),
        label("export-value")
    );
    for (key, value) in rows {
        let _ = writeln!(out, "| {} | {} |", label(key), cell(&value));
    }

    let d = durations(incident, now);
    let _ = writeln!(out, "\n## {}\n", label("export-durations"));
    for (key, span) in [
        ("export-time-to-detect", d.detect),
        ("export-time-to-acknowledge", d.acknowledge),
        ("export-time-to-mitigate", d.mitigate),
        ("export-time-to-resolve", d.resolve),
    ] {
        let value = match span {
            None => NONE.to_string(),
            Some(Span {
                minutes,
                out_of_order: true,
                ..
            }) => format!(
                "{} (−{})",
                label("export-out-of-order"),
                inline(&(labels.duration)(minutes.abs()))
            ),
            Some(Span {
                minutes, running, ..
            }) => {
                let mut v = inline(&(labels.duration)(minutes));
                if running {
                    let _ = write!(v, " ({})", label("export-running"));
                }
                v
            }
        };
        let _ = writeln!(out, "- {}: {value}", label(key));
    }

    let _ = writeln!(out, "\n## {}\n", label("export-summary"));
    out.push_str(&quote(incident.summary.as_deref().unwrap_or_default(), ""));

    let _ = writeln!(out, "\n## {}\n", label("export-timeline"));
    let mut events = events.to_vec();
    order_events(&mut events);
    if events.is_empty() {
        let _ = writeln!(out, "{NONE}");
    }
    for e in &events {
        let mut head = time(e.at);
        let kind = e.kind.map(|k| label(k.label_key()));
        let _ = write!(head, " · {}", kind.as_deref().unwrap_or(NONE));
        if let Some(author) = e.author_id.as_deref().filter(|a| !a.trim().is_empty()) {
            let _ = write!(head, " · {}", cell(&name(author)));
        }
        let _ = writeln!(out, "- {head}");
        let text = e.text.as_deref().unwrap_or_default();
        if !text.trim().is_empty() {
            out.push_str(&quote(text, "  "));
        }
    }

    let _ = writeln!(out, "\n## {}\n", label("export-action-items"));
    let mut items = items.to_vec();
    order_items(&mut items, now);
    if items.is_empty() {
        let _ = writeln!(out, "{NONE}");
    }
    for item in &items {
        let check = if item.done == Some(true) { "x" } else { " " };
        let mut line = format!(
            "- [{check}] {}",
            cell(item.title.as_deref().unwrap_or_default())
        );
        if let Some(owner) = item.owner_id.as_deref().filter(|o| !o.trim().is_empty()) {
            let _ = write!(line, " · {}: {}", label("export-owner"), cell(&name(owner)));
        }
        if let Some(due) = item.due_on {
            let _ = write!(line, " · {}: {due}", label("export-due"));
        }
        if is_overdue(item, now) {
            let _ = write!(line, " · **{}**", label("export-overdue"));
        }
        let _ = writeln!(out, "{line}");
    }

    let _ = writeln!(out, "\n## {}\n", label("export-root-cause"));
    out.push_str(&quote(
        incident.root_cause.as_deref().unwrap_or_default(),
        "",
    ));
    let _ = writeln!(out, "\n## {}\n", label("export-lessons"));
    out.push_str(&quote(incident.lessons.as_deref().unwrap_or_default(), ""));
    out
}

/// ASCII letters and digits of `text`, lower-cased, every other run as one
/// `-`, at most `max` characters, no `-` at either end.
fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(max);
    out.trim_end_matches('-').to_string()
}

/// A file name for the download: `incident-<date>-<slug of title>.md`, the
/// date being the UTC date of `detected_at` (else `started_at`). A title
/// with no ASCII letters or digits (Arabic, CJK) gives the id's slug
/// instead; an unknown part is left out. ASCII only, no path separators.
pub fn file_name(incident: &Incident) -> String {
    let mut parts = vec!["incident".to_string()];
    if let Some(t) = incident.detected_at.or(incident.started_at) {
        parts.push(crate::time::Date(t.date()).to_string());
    }
    let title = slug(incident.title.as_deref().unwrap_or_default(), 60);
    let name = if title.is_empty() {
        slug(&incident.id, 60)
    } else {
        title
    };
    if !name.is_empty() {
        parts.push(name);
    }
    format!("{}.md", parts.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incidents::model::{EventKind, IncidentStatus, Severity};
    use crate::regions::Region;
    use crate::time::Date;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn render(incident: &Incident, events: &[IncidentEvent], items: &[ActionItem]) -> String {
        let label = |k: &str| match k {
            "export-overdue" => "overdue".to_string(),
            "severity-sev1" => "SEV1 · critical".to_string(),
            "incident-status-monitoring" => "Monitoring".to_string(),
            "event-kind-detected" => "Detected".to_string(),
            other => format!("[{other}]"),
        };
        let duration = |m: f64| format!("{m} min");
        let name = |id: &str| match id {
            "p1" => "Ana <b>Silva</b>".to_string(),
            other => other.to_string(),
        };
        let labels = Labels {
            label: &label,
            duration: &duration,
            name: &name,
        };
        to_markdown(incident, events, items, ts("2026-11-25T10:30:00Z"), &labels)
    }

    fn full() -> (Incident, Vec<IncidentEvent>, Vec<ActionItem>) {
        let incident = Incident {
            id: "inc-1".into(),
            title: Some("Login outage | EMEA".into()),
            summary: Some(
                "Users cannot log in.\n# not a heading\n<script>alert(1)</script>".into(),
            ),
            severity: Some(Severity::SEV1),
            status: Some(IncidentStatus::Monitoring),
            regions: Some(vec![Region::EMEA, Region::APAC]),
            commander_id: Some("p1".into()),
            started_at: Some(ts("2026-11-25T09:00:00Z")),
            detected_at: Some(ts("2026-11-25T09:15:00Z")),
            acknowledged_at: Some(ts("2026-11-25T09:20:00Z")),
            mitigated_at: Some(ts("2026-11-25T10:00:00Z")),
            resolved_at: None,
            root_cause: Some("Expired *certificate*".into()),
            lessons: None,
            ..Default::default()
        };
        let events = vec![
            IncidentEvent {
                id: "e2".into(),
                at: Some(ts("2026-11-25T09:30:00Z")),
                kind: Some(EventKind::StatusChange),
                author_id: Some("p2".into()),
                text: Some("investigating → identified".into()),
                ..Default::default()
            },
            IncidentEvent {
                id: "e1".into(),
                at: Some(ts("2026-11-25T09:15:00Z")),
                kind: Some(EventKind::Detected),
                author_id: Some("p1".into()),
                text: Some("Alert fired\n- not a list\n| a | b |".into()),
                ..Default::default()
            },
        ];
        let items = vec![
            ActionItem {
                id: "a2".into(),
                title: Some("Write the review".into()),
                done: Some(true),
                ..Default::default()
            },
            ActionItem {
                id: "a1".into(),
                title: Some("Alert on [expiry](javascript:alert(1))".into()),
                owner_id: Some("p2".into()),
                due_on: Some(Date(crate::time::parse_date("2026-11-24").unwrap())),
                done: Some(false),
                ..Default::default()
            },
        ];
        (incident, events, items)
    }

    #[test]
    fn a_full_incident_as_markdown() {
        let (incident, events, items) = full();
        let expected = r#"# Login outage \| EMEA

| \[export-field\] | \[export-value\] |
| --- | --- |
| \[export-severity\] | SEV1 · critical |
| \[export-status\] | Monitoring |
| \[export-commander\] | Ana &lt;b&gt;Silva&lt;/b&gt; |
| \[export-regions\] | EMEA, APAC |
| \[export-started\] | 2026-11-25 09:00 UTC |
| \[export-detected\] | 2026-11-25 09:15 UTC |
| \[export-acknowledged\] | 2026-11-25 09:20 UTC |
| \[export-mitigated\] | 2026-11-25 10:00 UTC |
| \[export-resolved\] | — |

## \[export-durations\]

- \[export-time-to-detect\]: 15 min
- \[export-time-to-acknowledge\]: 5 min
- \[export-time-to-mitigate\]: 45 min
- \[export-time-to-resolve\]: 75 min (\[export-running\])

## \[export-summary\]

> Users cannot log in.
> \# not a heading
> &lt;script&gt;alert(1)&lt;/script&gt;

## \[export-timeline\]

- 2026-11-25 09:15 UTC · Detected · Ana &lt;b&gt;Silva&lt;/b&gt;
  > Alert fired
  > \- not a list
  > \| a \| b \|
- 2026-11-25 09:30 UTC · \[event-kind-status\_change\] · p2
  > investigating → identified

## \[export-action-items\]

- [ ] Alert on \[expiry\](javascript:alert(1)) · \[export-owner\]: p2 · \[export-due\]: 2026-11-24 · **overdue**
- [x] Write the review

## \[export-root-cause\]

> Expired \*certificate\*

## \[export-lessons\]

—
"#;
        let got = render(&incident, &events, &items);
        assert_eq!(got, expected, "\n{got}");
    }

    #[test]
    fn times_out_of_order_are_said_not_shown_as_a_duration() {
        let (incident, _, _) = full();
        let backwards = Incident {
            started_at: Some(ts("2026-11-25T10:15:00Z")),
            ..incident
        };
        let got = render(&backwards, &[], &[]);
        assert!(
            got.contains("- \\[export-time-to-detect\\]: \\[export-out-of-order\\] (−60 min)\n"),
            "{got}"
        );
        assert!(
            got.contains("- \\[export-time-to-acknowledge\\]: 5 min\n"),
            "{got}"
        );
    }

    #[test]
    fn an_empty_incident_is_dashes_not_gaps() {
        let got = render(&Incident::default(), &[], &[]);
        assert!(got.starts_with("# —\n"), "{got}");
        assert!(got.contains("| \\[export-severity\\] | — |\n"), "{got}");
        assert!(got.contains("- \\[export-time-to-detect\\]: —\n"), "{got}");
        assert!(got.contains("## \\[export-timeline\\]\n\n—\n"), "{got}");
        assert!(got.contains("## \\[export-action-items\\]\n\n—\n"), "{got}");
    }

    #[test]
    fn untrusted_text_stays_text() {
        assert_eq!(
            inline("<script>x</script>"),
            "&lt;script&gt;x&lt;/script&gt;"
        );
        assert_eq!(inline("# heading"), "\\# heading");
        assert_eq!(inline("  ## indented"), "\\#\\# indented");
        assert_eq!(inline("a | b\nc"), "a \\| b c");
        assert_eq!(
            inline("&amp; `code` _x_ ~y~ ![i](u) \\"),
            "&amp;amp; \\`code\\` \\_x\\_ \\~y\\~ \\!\\[i\\](u) \\\\"
        );
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("+ item"), "\\+ item");
        assert_eq!(inline("==="), "\\===");
        assert_eq!(inline("12. item"), "12\\. item");
        assert_eq!(inline("3) item"), "3\\) item");
        assert_eq!(inline("3.5 and a-b"), "3\\.5 and a-b");
        assert_eq!(inline("plain text, 2 words."), "plain text, 2 words.");
        // A setext underline cannot turn the line above into a heading;
        // CRLF and a lone CR are line breaks; blank edges dropped.
        assert_eq!(
            quote("\r\nTitle\r\n---\rnext\n\n", "  "),
            "  > Title\n  > \\---\n  > next\n"
        );
        assert_eq!(quote("a\n\nb", ""), "> a\n>\n> b\n");
        assert_eq!(quote(" \n ", ""), "—\n");
        // A newline in a header cell does not break the table.
        let i = Incident {
            commander_id: Some("p9".into()),
            title: Some("x".into()),
            ..Default::default()
        };
        let got = render(&i, &[], &[]);
        assert!(got.contains("| \\[export-commander\\] | p9 |\n"), "{got}");
        let evil = Incident {
            title: Some("one\n# two".into()),
            ..Default::default()
        };
        assert!(render(&evil, &[], &[]).starts_with("# one \\# two\n\n"));
    }

    #[test]
    fn file_names_are_ascii_and_dated() {
        let (incident, _, _) = full();
        assert_eq!(
            file_name(&incident),
            "incident-2026-11-25-login-outage-emea.md"
        );
        let arabic = Incident {
            id: "inc-42".into(),
            title: Some("انقطاع تسجيل الدخول".into()),
            detected_at: None,
            ..incident.clone()
        };
        assert_eq!(file_name(&arabic), "incident-2026-11-25-inc-42.md");
        let traversal = Incident {
            id: "x".into(),
            title: Some("../../etc/passwd Ümlaut".into()),
            started_at: None,
            detected_at: None,
            ..Default::default()
        };
        assert_eq!(file_name(&traversal), "incident-etc-passwd-mlaut.md");
        assert_eq!(file_name(&Incident::default()), "incident.md");
        let long = Incident {
            title: Some("a".repeat(59) + " b"),
            ..Default::default()
        };
        assert_eq!(file_name(&long), format!("incident-{}.md", "a".repeat(59)));
    }
}
