//! Pure logic of the case board: counts, filters (URL-encodable), sorting,
//! the writes of a move or an action, and what a conflict is about. The SLA
//! clocks are in `sla.rs`. No Leptos here.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::model::{Case, Category, PartnerTeam, Priority, Status};
use crate::regions::Region;
use crate::time::Timestamp;

/// How many cases stand in each status, in the board's order; cases whose
/// status is unknown are counted apart.
pub fn count_by_status(cases: &[Case]) -> (Vec<(Status, usize)>, usize) {
    let mut counts: Vec<(Status, usize)> = Status::ALL.iter().map(|s| (*s, 0)).collect();
    let mut unknown = 0;
    for case in cases {
        match case.status {
            Some(status) => {
                if let Some(slot) = counts.iter_mut().find(|(s, _)| *s == status) {
                    slot.1 += 1;
                }
            }
            None => unknown += 1,
        }
    }
    (counts, unknown)
}

/// Cases open now (status is an open status).
pub fn open_count(cases: &[Case]) -> usize {
    cases
        .iter()
        .filter(|c| c.status.is_some_and(Status::is_open))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(status: Option<Status>) -> Case {
        Case {
            id: "x".into(),
            status,
            ..Default::default()
        }
    }

    #[test]
    fn counts_each_status_and_the_unknown() {
        let cases = vec![
            case(Some(Status::New)),
            case(Some(Status::New)),
            case(Some(Status::Waiting)),
            case(Some(Status::Resolved)),
            case(None),
        ];
        let (counts, unknown) = count_by_status(&cases);
        assert_eq!(
            counts,
            vec![
                (Status::New, 2),
                (Status::Triage, 0),
                (Status::Investigating, 0),
                (Status::Waiting, 1),
                (Status::Resolved, 1)
            ]
        );
        assert_eq!(unknown, 1);
        assert_eq!(open_count(&cases), 3);
    }
}

// ---------------------------------------------------------------------------
// Filters: what the board and table show. They live in the URL, so a link
// shows a colleague the same board; `from_pairs` reads untrusted query
// pairs and ignores what it does not know.

/// Who owns a case, for the owner filter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Owner {
    Unassigned,
    Person(String),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CaseFilter {
    pub regions: BTreeSet<Region>,
    pub priorities: BTreeSet<Priority>,
    pub categories: BTreeSet<Category>,
    pub owners: BTreeSet<Owner>,
    pub partner_teams: BTreeSet<PartnerTeam>,
    /// BCP 47 tags, compared case-insensitively.
    pub languages: BTreeSet<String>,
    /// Words that must all appear in the title, description or tags.
    pub text: String,
}

/// The value whose contract spelling is `key`, among `all`.
fn parse_key<T: Copy>(all: &[T], key_of: fn(T) -> &'static str, text: &str) -> Option<T> {
    all.iter().copied().find(|v| key_of(*v) == text)
}

impl CaseFilter {
    pub fn is_empty(&self) -> bool {
        *self == CaseFilter::default()
    }

    /// Whether a case passes every filter (an empty set passes all).
    pub fn matches(&self, case: &Case) -> bool {
        let any = |set_empty: bool, hit: bool| set_empty || hit;
        any(
            self.regions.is_empty(),
            case.region.is_some_and(|r| self.regions.contains(&r)),
        ) && any(
            self.priorities.is_empty(),
            case.priority.is_some_and(|p| self.priorities.contains(&p)),
        ) && any(
            self.categories.is_empty(),
            case.category.is_some_and(|c| self.categories.contains(&c)),
        ) && any(self.owners.is_empty(), {
            let owner = match &case.owner_id {
                Some(id) if !id.is_empty() => Owner::Person(id.clone()),
                _ => Owner::Unassigned,
            };
            self.owners.contains(&owner)
        }) && any(
            self.partner_teams.is_empty(),
            case.partner_teams
                .iter()
                .flatten()
                .any(|t| self.partner_teams.contains(t)),
        ) && any(
            self.languages.is_empty(),
            case.language
                .as_ref()
                .is_some_and(|l| self.languages.contains(&l.to_lowercase())),
        ) && self.matches_text(case)
    }

    fn matches_text(&self, case: &Case) -> bool {
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return true;
        }
        let mut haystack = String::new();
        for part in [&case.title, &case.description].into_iter().flatten() {
            haystack.push_str(&part.to_lowercase());
            haystack.push('\n');
        }
        for tag in case.tags.iter().flatten() {
            haystack.push_str(&tag.to_lowercase());
            haystack.push('\n');
        }
        words.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// The filter as URL query pairs, in a stable order (values joined by
    /// commas); an empty filter is no pairs.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        fn join<T>(set: &BTreeSet<T>, f: impl Fn(&T) -> String) -> String {
            set.iter().map(f).collect::<Vec<_>>().join(",")
        }
        let owners = join(&self.owners, |o| match o {
            Owner::Unassigned => "unassigned".to_string(),
            Owner::Person(id) => id.clone(),
        });
        let pairs = [
            ("region", join(&self.regions, |r| r.key().to_string())),
            ("priority", join(&self.priorities, |p| p.key().to_string())),
            ("category", join(&self.categories, |c| c.key().to_string())),
            ("owner", owners),
            (
                "partner",
                join(&self.partner_teams, |t| t.key().to_string()),
            ),
            ("lang", join(&self.languages, String::clone)),
            ("q", self.text.trim().to_string()),
        ];
        pairs.into_iter().filter(|(_, v)| !v.is_empty()).collect()
    }

    /// Reads query pairs (from a link someone sent): unknown keys and
    /// values are ignored, never an error.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> CaseFilter {
        let mut filter = CaseFilter::default();
        for (key, value) in pairs {
            let values = value.split(',').map(str::trim).filter(|v| !v.is_empty());
            match key {
                "region" => filter
                    .regions
                    .extend(values.filter_map(|v| parse_key(&Region::ALL, Region::key, v))),
                "priority" => filter
                    .priorities
                    .extend(values.filter_map(|v| parse_key(&Priority::ALL, Priority::key, v))),
                "category" => filter
                    .categories
                    .extend(values.filter_map(|v| parse_key(&Category::ALL, Category::key, v))),
                "partner" => filter.partner_teams.extend(
                    values.filter_map(|v| parse_key(&PartnerTeam::ALL, PartnerTeam::key, v)),
                ),
                "owner" => filter.owners.extend(values.map(|v| {
                    if v == "unassigned" {
                        Owner::Unassigned
                    } else {
                        Owner::Person(v.to_string())
                    }
                })),
                "lang" => filter.languages.extend(values.map(str::to_lowercase)),
                "q" => filter.text = value.trim().to_string(),
                _ => {}
            }
        }
        filter
    }
}

// ---------------------------------------------------------------------------
// Sorting, for the table.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Title,
    Priority,
    Status,
    Region,
    Category,
    Owner,
    Created,
    Updated,
}

/// Sorts stably by `key` (unknown values last in either direction), then by
/// id so equal rows keep one order everywhere.
pub fn sort_cases(cases: &mut [Case], key: SortKey, descending: bool) {
    use std::cmp::Ordering;
    fn known_first<T: Ord>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) if descending => b.cmp(&a),
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    cases.sort_by(|a, b| {
        let order = match key {
            SortKey::Title => known_first(
                a.title.as_deref().map(str::to_lowercase),
                b.title.as_deref().map(str::to_lowercase),
                descending,
            ),
            SortKey::Priority => known_first(a.priority, b.priority, descending),
            SortKey::Status => known_first(a.status, b.status, descending),
            SortKey::Region => known_first(a.region, b.region, descending),
            SortKey::Category => known_first(a.category, b.category, descending),
            SortKey::Owner => known_first(a.owner_id.as_deref(), b.owner_id.as_deref(), descending),
            SortKey::Created => known_first(a.created_at, b.created_at, descending),
            SortKey::Updated => known_first(a.updated_at, b.updated_at, descending),
        };
        order.then_with(|| a.id.cmp(&b.id))
    });
}

// ---------------------------------------------------------------------------
// Writes that follow the contract: which fields a move or an action changes.
// The provider adds `version` and `updated_at`.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError {
    /// The case is already in that status.
    NoChange,
    /// The first response is already recorded.
    AlreadyResponded,
}

/// The fields to write to move `case` to `to` at `now`: `resolved_at` set on
/// resolve and cleared on reopen, `reopened_count` raised on reopen.
pub fn move_to(case: &Case, to: Status, now: Timestamp) -> Result<Map<String, Value>, ChangeError> {
    if case.status == Some(to) {
        return Err(ChangeError::NoChange);
    }
    let mut changes = Map::new();
    changes.insert("status".into(), Value::String(to.key().into()));
    let was_resolved = case.status == Some(Status::Resolved);
    if to == Status::Resolved {
        changes.insert("resolved_at".into(), Value::String(now.to_wire()));
    } else if was_resolved {
        changes.insert("resolved_at".into(), Value::Null);
        changes.insert(
            "reopened_count".into(),
            Value::from(case.reopened_count.unwrap_or(0) + 1),
        );
    }
    Ok(changes)
}

/// The fields to write when someone first replies to the requester.
pub fn respond(case: &Case, now: Timestamp) -> Result<Map<String, Value>, ChangeError> {
    if case.first_response_at.is_some() {
        return Err(ChangeError::AlreadyResponded);
    }
    let mut changes = Map::new();
    changes.insert("first_response_at".into(), Value::String(now.to_wire()));
    Ok(changes)
}

/// Applies the fields [`move_to`] and [`respond`] write to a case locally
/// (the optimistic card move). Typed, so the wasm needs no serialiser for a
/// whole case; a field it does not know, or cannot read, is left alone.
pub fn apply(case: &Case, changes: &Map<String, Value>) -> Case {
    fn read<T: serde::de::DeserializeOwned>(value: &Value) -> Option<T> {
        serde_json::from_value(value.clone()).ok()
    }
    let mut next = case.clone();
    for (field, value) in changes {
        match field.as_str() {
            "status" => next.status = read(value).or(next.status),
            "resolved_at" => {
                next.resolved_at = if value.is_null() {
                    None
                } else {
                    read(value).or(next.resolved_at)
                }
            }
            "first_response_at" => {
                next.first_response_at = if value.is_null() {
                    None
                } else {
                    read(value).or(next.first_response_at)
                }
            }
            "reopened_count" => next.reopened_count = read(value).or(next.reopened_count),
            _ => {}
        }
    }
    next
}

// ---------------------------------------------------------------------------
// Two leads, one case: what someone else changed since my edit's base.

/// The contract fields whose values differ between two versions of a case
/// (`id`, `version` and `updated_at` aside), in the contract's order.
pub fn changed_fields(base: &Case, current: &Case) -> Vec<&'static str> {
    let (a, b) = (base, current);
    [
        ("title", a.title != b.title),
        ("description", a.description != b.description),
        ("status", a.status != b.status),
        ("priority", a.priority != b.priority),
        ("region", a.region != b.region),
        ("category", a.category != b.category),
        ("language", a.language != b.language),
        ("owner_id", a.owner_id != b.owner_id),
        ("partner_teams", a.partner_teams != b.partner_teams),
        ("incident_id", a.incident_id != b.incident_id),
        ("sensitive", a.sensitive != b.sensitive),
        ("tags", a.tags != b.tags),
        ("created_at", a.created_at != b.created_at),
        (
            "first_response_at",
            a.first_response_at != b.first_response_at,
        ),
        ("resolved_at", a.resolved_at != b.resolved_at),
        ("reopened_count", a.reopened_count != b.reopened_count),
        ("csat", a.csat != b.csat),
    ]
    .into_iter()
    .filter_map(|(field, differs)| differs.then_some(field))
    .collect()
}

/// Of my changes, those to fields the other person also changed: applying
/// mine on top would overwrite theirs there.
pub fn overlapping(mine: &Map<String, Value>, theirs_changed: &[&str]) -> Vec<String> {
    mine.keys()
        .filter(|k| theirs_changed.contains(&k.as_str()))
        .cloned()
        .collect()
}

#[cfg(test)]
mod board_tests {
    use super::*;
    use serde_json::json;

    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    fn case(id: &str) -> Case {
        Case {
            id: id.into(),
            title: Some("Takeover of a minister's account".into()),
            description: Some("Login from Lisbon, 2FA removed".into()),
            status: Some(Status::Investigating),
            priority: Some(Priority::P0),
            region: Some(Region::EMEA),
            category: Some(Category::HighProfile),
            language: Some("pt-BR".into()),
            owner_id: Some("p1".into()),
            partner_teams: Some(vec![PartnerTeam::Legal, PartnerTeam::Comms]),
            tags: Some(vec!["vip".into()]),
            ..Default::default()
        }
    }

    #[test]
    fn an_empty_filter_passes_everything() {
        assert!(CaseFilter::default().matches(&case("a")));
        assert!(CaseFilter::default().matches(&Case {
            id: "bare".into(),
            ..Default::default()
        }));
    }

    #[test]
    fn each_filter_narrows() {
        let c = case("a");
        let mut f = CaseFilter::default();
        f.regions.insert(Region::APAC);
        assert!(!f.matches(&c));
        f.regions.insert(Region::EMEA);
        assert!(f.matches(&c), "a set is an OR");
        f.priorities.insert(Priority::P1);
        assert!(!f.matches(&c), "filters are an AND");
        f.priorities.insert(Priority::P0);
        f.partner_teams.insert(PartnerTeam::Comms);
        f.languages.insert("pt-br".into());
        f.categories.insert(Category::HighProfile);
        assert!(f.matches(&c));
    }

    #[test]
    fn owner_filter_knows_unassigned() {
        let mut f = CaseFilter::default();
        f.owners.insert(Owner::Unassigned);
        assert!(!f.matches(&case("a")));
        assert!(f.matches(&Case {
            owner_id: None,
            ..case("b")
        }));
        assert!(f.matches(&Case {
            owner_id: Some(String::new()),
            ..case("c")
        }));
        f.owners.insert(Owner::Person("p1".into()));
        assert!(f.matches(&case("a")));
    }

    #[test]
    fn text_search_covers_title_description_and_tags_case_insensitively() {
        let c = case("a");
        for q in ["minister", "MINISTER", "lisbon 2fa", "VIP", "  account  "] {
            let f = CaseFilter {
                text: q.into(),
                ..Default::default()
            };
            assert!(f.matches(&c), "{q}");
        }
        let f = CaseFilter {
            text: "minister paris".into(),
            ..Default::default()
        };
        assert!(!f.matches(&c), "every word must appear");
        let arabic = Case {
            title: Some("اختراق حساب".into()),
            ..case("b")
        };
        assert!(CaseFilter {
            text: "حساب".into(),
            ..Default::default()
        }
        .matches(&arabic));
    }

    #[test]
    fn filters_round_trip_through_url_pairs() {
        let mut f = CaseFilter {
            text: "minister <img>".into(),
            ..Default::default()
        };
        f.regions.extend([Region::EMEA, Region::APAC]);
        f.priorities.insert(Priority::P0);
        f.categories.insert(Category::LegalRequest);
        f.owners
            .extend([Owner::Unassigned, Owner::Person("p-7".into())]);
        f.partner_teams.insert(PartnerTeam::Legal);
        f.languages.insert("ar".into());
        let pairs = f.to_pairs();
        assert_eq!(
            pairs,
            vec![
                ("region", "EMEA,APAC".to_string()),
                ("priority", "P0".into()),
                ("category", "legal_request".into()),
                ("owner", "unassigned,p-7".into()),
                ("partner", "legal".into()),
                ("lang", "ar".into()),
                ("q", "minister <img>".into()),
            ]
        );
        let back = CaseFilter::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, f);
        assert!(CaseFilter::default().to_pairs().is_empty());
    }

    #[test]
    fn unknown_keys_and_values_in_a_link_are_ignored() {
        let f = CaseFilter::from_pairs([
            ("region", "EMEA,MARS,,"),
            ("priority", "P9"),
            ("utm_source", "mail"),
            ("lang", "DE"),
        ]);
        assert_eq!(f.regions, BTreeSet::from([Region::EMEA]));
        assert!(f.priorities.is_empty());
        assert_eq!(f.languages, BTreeSet::from(["de".to_string()]));
    }

    #[test]
    fn sorting_puts_unknown_last_and_breaks_ties_by_id() {
        let mut cases = vec![
            Case {
                priority: Some(Priority::P2),
                ..case("b")
            },
            Case {
                priority: None,
                ..case("a")
            },
            Case {
                priority: Some(Priority::P0),
                ..case("d")
            },
            Case {
                priority: Some(Priority::P2),
                ..case("c")
            },
        ];
        sort_cases(&mut cases, SortKey::Priority, false);
        assert_eq!(
            cases.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["d", "b", "c", "a"]
        );
        sort_cases(&mut cases, SortKey::Priority, true);
        assert_eq!(
            cases.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["b", "c", "d", "a"]
        );
        let mut by_title = vec![
            Case {
                title: Some("beta".into()),
                ..case("1")
            },
            Case {
                title: Some("Alpha".into()),
                ..case("2")
            },
        ];
        sort_cases(&mut by_title, SortKey::Title, false);
        assert_eq!(by_title[0].id, "2");
    }

    #[test]
    fn resolving_sets_resolved_at_and_reopening_clears_it_and_counts() {
        let now = ts("2026-11-24T09:30:00Z");
        let open = case("a");
        let resolve = move_to(&open, Status::Resolved, now).unwrap();
        assert_eq!(
            Value::Object(resolve.clone()),
            json!({"status": "resolved", "resolved_at": "2026-11-24T09:30:00.000Z"})
        );
        let resolved = apply(&open, &resolve);
        assert_eq!(resolved.status, Some(Status::Resolved));
        assert_eq!(resolved.resolved_at, Some(now));

        let reopen = move_to(&resolved, Status::Triage, now).unwrap();
        assert_eq!(
            Value::Object(reopen.clone()),
            json!({"status": "triage", "resolved_at": null, "reopened_count": 1})
        );
        let reopened = apply(&resolved, &reopen);
        assert_eq!(reopened.resolved_at, None);
        let again = move_to(
            &apply(
                &reopened,
                &move_to(&reopened, Status::Resolved, now).unwrap(),
            ),
            Status::New,
            now,
        )
        .unwrap();
        assert_eq!(again["reopened_count"], json!(2));

        let between_open = move_to(&open, Status::Waiting, now).unwrap();
        assert_eq!(Value::Object(between_open), json!({"status": "waiting"}));
        assert_eq!(
            move_to(&open, Status::Investigating, now),
            Err(ChangeError::NoChange)
        );
    }

    #[test]
    fn responding_records_the_first_response_once() {
        let now = ts("2026-11-24T09:30:00Z");
        let fresh = Case {
            first_response_at: None,
            ..case("a")
        };
        let changes = respond(&fresh, now).unwrap();
        assert_eq!(
            changes["first_response_at"],
            json!("2026-11-24T09:30:00.000Z")
        );
        assert_eq!(
            respond(&apply(&fresh, &changes), now),
            Err(ChangeError::AlreadyResponded)
        );
    }

    #[test]
    fn the_diff_covers_every_contract_field() {
        use crate::data::{decode::decode, Record};
        let base = case("a");
        let base_json = serde_json::to_value(&base).unwrap();
        let samples = json!({
            "title": "t2", "description": "d2", "status": "waiting", "priority": "P3", "region": "APAC",
            "category": "crisis", "language": "ar", "owner_id": "p9", "partner_teams": ["trust"],
            "incident_id": "i9", "sensitive": true, "tags": ["x"], "created_at": "2026-01-01T00:00:00Z",
            "first_response_at": "2026-01-01T00:00:00Z", "resolved_at": "2026-01-01T00:00:00Z",
            "reopened_count": 7, "csat": 2
        });
        for field in Case::FIELDS
            .iter()
            .filter(|f| !matches!(**f, "id" | "version" | "updated_at"))
        {
            let mut changed = base_json.clone();
            changed[*field] = samples[*field].clone();
            let other: Case = decode(changed).unwrap();
            assert_eq!(changed_fields(&base, &other), vec![*field], "{field}");
        }
    }

    #[test]
    fn what_someone_else_changed_and_where_it_overlaps_mine() {
        let base = Case {
            version: Some(3),
            ..case("a")
        };
        let theirs = Case {
            version: Some(4),
            updated_at: Some(ts("2026-11-24T09:40:00Z")),
            owner_id: Some("p2".into()),
            status: Some(Status::Waiting),
            ..base.clone()
        };
        assert_eq!(changed_fields(&base, &theirs), vec!["status", "owner_id"]);
        let mine = move_to(&base, Status::Resolved, ts("2026-11-24T09:41:00Z")).unwrap();
        assert_eq!(
            overlapping(&mine, &changed_fields(&base, &theirs)),
            vec!["status".to_string()]
        );
        assert!(changed_fields(&base, &base).is_empty());
    }
}
