//! Pure logic of the case board: counts, filters (URL-encodable), sorting,
//! the writes of a move or an action, and what a conflict is about. The SLA
//! clocks are in `sla.rs`. No Leptos here.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::model::{Case, Category, PartnerTeam, Priority, Status};
use crate::data::{Filter, ListParams, Op};
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

/// What text search looks in: title, description and tags, lower-cased.
pub fn search_text(case: &Case) -> String {
    let mut haystack = String::new();
    for part in [&case.title, &case.description].into_iter().flatten() {
        haystack.push_str(&part.to_lowercase());
        haystack.push('\n');
    }
    for tag in case.tags.iter().flatten() {
        haystack.push_str(&tag.to_lowercase());
        haystack.push('\n');
    }
    haystack
}

/// The value whose contract spelling is `key`, among `all`.
pub(crate) fn parse_key<T: Copy>(
    all: &[T],
    key_of: fn(T) -> &'static str,
    text: &str,
) -> Option<T> {
    all.iter().copied().find(|v| key_of(*v) == text)
}

impl CaseFilter {
    pub fn is_empty(&self) -> bool {
        *self == CaseFilter::default()
    }

    /// Whether a case passes every filter (an empty set passes all).
    pub fn matches(&self, case: &Case) -> bool {
        self.matches_fields(case) && self.matches_text(case)
    }

    /// Every filter but the text search.
    fn matches_fields(&self, case: &Case) -> bool {
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
        )
    }

    fn matches_text(&self, case: &Case) -> bool {
        self.matches_words(&search_text(case), &self.words())
    }

    /// The search words, lower-cased.
    pub fn words(&self) -> Vec<String> {
        self.text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect()
    }

    /// Whether every word is in `haystack` (a case's [`search_text`]).
    pub fn matches_words(&self, haystack: &str, words: &[String]) -> bool {
        words.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// [`CaseFilter::matches`] with the case's search text and the words
    /// prepared beforehand: for filtering thousands of cases per keystroke.
    pub fn matches_prepared(&self, case: &Case, haystack: &str, words: &[String]) -> bool {
        self.matches_fields(case) && self.matches_words(haystack, words)
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

impl SortKey {
    pub const ALL: [SortKey; 8] = [
        SortKey::Title,
        SortKey::Priority,
        SortKey::Status,
        SortKey::Region,
        SortKey::Category,
        SortKey::Owner,
        SortKey::Created,
        SortKey::Updated,
    ];

    /// The key's spelling in the URL (`sort=created`).
    pub fn key(self) -> &'static str {
        match self {
            SortKey::Title => "title",
            SortKey::Priority => "priority",
            SortKey::Status => "status",
            SortKey::Region => "region",
            SortKey::Category => "category",
            SortKey::Owner => "owner",
            SortKey::Created => "created",
            SortKey::Updated => "updated",
        }
    }
}

/// How the cases are laid out: board or table, and the table's order. Lives
/// in the URL beside the filter (`view=table&sort=created&dir=desc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub table: bool,
    pub sort: SortKey,
    pub descending: bool,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            table: false,
            sort: SortKey::Priority,
            descending: false,
        }
    }
}

impl Layout {
    /// Reads the layout's query pairs; anything else is ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Layout {
        let mut layout = Layout::default();
        for (key, value) in pairs {
            match key {
                "view" => layout.table = value == "table",
                "sort" => {
                    if let Some(k) = parse_key(&SortKey::ALL, SortKey::key, value) {
                        layout.sort = k;
                    }
                }
                "dir" => layout.descending = value == "desc",
                _ => {}
            }
        }
        layout
    }

    /// The pairs that differ from the default.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if self.table {
            pairs.push(("view", "table".to_string()));
        }
        if self.sort != SortKey::Priority {
            pairs.push(("sort", self.sort.key().to_string()));
        }
        if self.descending {
            pairs.push(("dir", "desc".to_string()));
        }
        pairs
    }

    /// After a click on a column's header: the same column flips its
    /// direction; another one sorts by it, newest first for times.
    pub fn sorted_by(self, key: SortKey) -> Layout {
        let descending = if key == self.sort {
            !self.descending
        } else {
            matches!(key, SortKey::Created | SortKey::Updated)
        };
        Layout {
            sort: key,
            descending,
            ..self
        }
    }
}

/// The board's URL query for a filter and a layout (no leading `?`).
pub fn board_query(filter: &CaseFilter, layout: &Layout) -> String {
    filter
        .to_pairs()
        .into_iter()
        .chain(layout.to_pairs())
        .map(|(k, v)| format!("{k}={}", crate::data::json_server::encode(&v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Sorts stably by `key` (unknown values last in either direction), then by
/// id so equal rows keep one order everywhere.
pub fn sort_cases(
    cases: &mut [Case],
    key: SortKey,
    descending: bool,
    names: &std::collections::HashMap<String, String>,
) {
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
            SortKey::Owner => {
                let name = |c: &Case| {
                    c.owner_id
                        .as_ref()
                        .filter(|id| !id.is_empty())
                        .map(|id| names.get(id).unwrap_or(id).to_lowercase())
                };
                known_first(name(a), name(b), descending)
            }
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

/// Something a person does to a case from the board or the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Move(Status),
    Respond,
}

/// The fields an action writes (see [`move_to`] and [`respond`]).
pub fn action_changes(
    case: &Case,
    action: Action,
    now: Timestamp,
) -> Result<Map<String, Value>, ChangeError> {
    match action {
        Action::Move(to) => move_to(case, to, now),
        Action::Respond => respond(case, now),
    }
}

/// The resolved column shows cases resolved within this many days.
pub const RECENT_DAYS: i64 = 7;

/// What the board loads: the open cases, and the cases resolved within
/// [`RECENT_DAYS`] of `now`; never the whole history (a year of cases is
/// far more than a board shows, and a slow link pays for every one).
pub fn board_queries(now: Timestamp) -> Vec<ListParams> {
    let since = Timestamp(now.0 - chrono::Duration::days(RECENT_DAYS));
    let open = Status::ALL
        .into_iter()
        .filter(|s| s.is_open())
        .map(|s| s.key().to_string())
        .collect();
    vec![
        ListParams {
            filters: vec![Filter::new("status", Op::AnyOf(open))],
            ..Default::default()
        },
        ListParams {
            filters: vec![
                Filter::new("status", Op::Eq(Status::Resolved.key().into())),
                Filter::new("resolved_at", Op::Gte(since.to_wire())),
            ],
            ..Default::default()
        },
    ]
}

/// Whether the board shows a case: every open case, and the resolved ones
/// resolved at or after `resolved_since` (the "recently resolved" column).
/// A case whose status is unknown is on no column.
pub fn on_board(case: &Case, resolved_since: Timestamp) -> bool {
    match case.status {
        Some(Status::Resolved) => case.resolved_at.is_some_and(|r| r >= resolved_since),
        Some(_) => true,
        None => false,
    }
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

// ---------------------------------------------------------------------------
// Fresh data: merging the answer of a "changed since" request.

/// How far before the newest `updated_at` seen a refresh asks from, so that
/// a write stamped by a client whose clock runs a little behind is not missed
/// (records seen again are merged by version, so the overlap costs nothing).
pub const REFRESH_OVERLAP_MINUTES: i64 = 5;

/// The newest `updated_at` among `cases`.
pub fn newest_update(cases: &[Case]) -> Option<Timestamp> {
    cases.iter().filter_map(|c| c.updated_at).max()
}

/// Where the next "changed since" request starts.
pub fn refresh_since(cases: &[Case]) -> Option<Timestamp> {
    newest_update(cases)
        .map(|t| Timestamp(t.0 - chrono::Duration::minutes(REFRESH_OVERLAP_MINUTES)))
}

/// Whether `incoming` is newer than `held`: a higher version, or, without
/// versions, a later `updated_at`. A record seen again is not newer, so an
/// optimistic local change waiting for its write is not undone by a refresh.
fn newer(incoming: &Case, held: &Case) -> bool {
    match (incoming.version, held.version) {
        (Some(a), Some(b)) => a > b,
        _ => incoming.updated_at > held.updated_at,
    }
}

/// Merges changed records into the list: newer versions replace older ones,
/// unknown ids are added (someone else's new case). Returns how many were
/// added and how many replaced.
pub fn merge_changes(list: &mut Vec<Case>, changed: Vec<Case>) -> (usize, usize) {
    let mut index: std::collections::HashMap<String, usize> = list
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.clone(), i))
        .collect();
    let (mut added, mut replaced) = (0, 0);
    for case in changed {
        match index.get(&case.id) {
            Some(&i) => {
                if newer(&case, &list[i]) {
                    list[i] = case;
                    replaced += 1;
                }
            }
            None => {
                index.insert(case.id.clone(), list.len());
                list.push(case);
                added += 1;
            }
        }
    }
    (added, replaced)
}

/// Every how many refreshes a full load replaces "changed since": the only
/// way a polling client learns of deletions (at 30 s, every 10 minutes).
pub const FULL_LOAD_EVERY: u32 = 20;

/// Applies a full load: cases no longer stored are dropped (deleted by
/// someone else), the rest merge as in [`merge_changes`]. Returns how many
/// were dropped, added and replaced.
pub fn reconcile(list: &mut Vec<Case>, stored: Vec<Case>) -> (usize, usize, usize) {
    let ids: std::collections::HashSet<&str> = stored.iter().map(|c| c.id.as_str()).collect();
    let before = list.len();
    list.retain(|c| ids.contains(c.id.as_str()));
    let dropped = before - list.len();
    let (added, replaced) = merge_changes(list, stored);
    (dropped, added, replaced)
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
        sort_cases(&mut cases, SortKey::Priority, false, &Default::default());
        assert_eq!(
            cases.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["d", "b", "c", "a"]
        );
        sort_cases(&mut cases, SortKey::Priority, true, &Default::default());
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
        sort_cases(&mut by_title, SortKey::Title, false, &Default::default());
        assert_eq!(by_title[0].id, "2");
    }

    #[test]
    fn owners_sort_by_name_with_the_unassigned_last() {
        let names = std::collections::HashMap::from([
            ("p1".to_string(), "Zeynep".to_string()),
            ("p2".to_string(), "amir".to_string()),
        ]);
        let owned = |id: &str, owner: Option<&str>| Case {
            owner_id: owner.map(str::to_string),
            ..case(id)
        };
        let mut cases = vec![
            owned("a", Some("p1")),
            owned("b", None),
            owned("c", Some("p2")),
            owned("d", Some("p9")),
        ];
        sort_cases(&mut cases, SortKey::Owner, false, &names);
        let ids: Vec<_> = cases.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            ["c", "d", "a", "b"],
            "amir, p9 (no name: its id), Zeynep, unassigned"
        );
        sort_cases(&mut cases, SortKey::Owner, true, &names);
        let ids: Vec<_> = cases.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "d", "c", "b"]);
    }

    #[test]
    fn layout_lives_in_the_url_beside_the_filter() {
        assert_eq!(Layout::from_pairs([]), Layout::default());
        let layout = Layout::from_pairs([
            ("view", "table"),
            ("sort", "created"),
            ("dir", "desc"),
            ("x", "y"),
        ]);
        assert_eq!(
            layout,
            Layout {
                table: true,
                sort: SortKey::Created,
                descending: true
            }
        );
        assert_eq!(
            Layout::from_pairs([("sort", "nonsense")]).sort,
            SortKey::Priority
        );
        let filter = CaseFilter::from_pairs([("region", "EMEA"), ("q", "minister & co")]);
        assert_eq!(
            board_query(&filter, &layout),
            "region=EMEA&q=minister%20%26%20co&view=table&sort=created&dir=desc"
        );
        assert_eq!(board_query(&CaseFilter::default(), &Layout::default()), "");
        for key in SortKey::ALL {
            let back = Layout::from_pairs([("sort", key.key())]);
            assert_eq!(back.sort, key);
        }
    }

    #[test]
    fn header_clicks_flip_or_switch_the_order() {
        let l = Layout::default();
        let by_title = l.sorted_by(SortKey::Title);
        assert_eq!(
            (by_title.sort, by_title.descending),
            (SortKey::Title, false)
        );
        assert!(by_title.sorted_by(SortKey::Title).descending);
        assert!(
            by_title.sorted_by(SortKey::Created).descending,
            "newest first"
        );
        assert!(
            l.sorted_by(SortKey::Priority).descending,
            "the current column flips"
        );
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

    fn versioned(id: &str, version: i64, title: &str) -> Case {
        Case {
            id: id.into(),
            version: Some(version),
            title: Some(title.into()),
            updated_at: Some(ts("2026-11-25T10:00:00.000Z")),
            ..Default::default()
        }
    }

    #[test]
    fn merge_adds_new_cases_and_keeps_the_newest_version() {
        let mut list = vec![versioned("a", 2, "a2"), versioned("b", 1, "b1")];
        let (added, replaced) = merge_changes(
            &mut list,
            vec![
                versioned("a", 1, "a1 (older, seen again)"),
                versioned("b", 2, "b2"),
                versioned("c", 1, "c1"),
            ],
        );
        assert_eq!((added, replaced), (1, 1));
        let titles: Vec<_> = list.iter().map(|c| c.title.clone().unwrap()).collect();
        assert_eq!(titles, ["a2", "b2", "c1"]);
        // The same answer again changes nothing.
        let again = merge_changes(
            &mut list,
            vec![versioned("b", 2, "b2"), versioned("c", 1, "c1")],
        );
        assert_eq!(again, (0, 0));
    }

    #[test]
    fn merge_without_versions_goes_by_updated_at() {
        let mut old = versioned("a", 1, "old");
        old.version = None;
        let mut new = versioned("a", 1, "new");
        new.version = None;
        new.updated_at = Some(ts("2026-11-25T10:00:01.000Z"));
        let mut list = vec![old];
        assert_eq!(merge_changes(&mut list, vec![new]), (0, 1));
        assert_eq!(list[0].title.as_deref(), Some("new"));
    }

    #[test]
    fn refresh_asks_from_a_little_before_the_newest_update() {
        let mut b = versioned("b", 1, "b");
        b.updated_at = Some(ts("2026-11-25T11:00:00.000Z"));
        let list = vec![
            versioned("a", 1, "a"),
            b,
            Case {
                id: "c".into(),
                ..Default::default()
            },
        ];
        assert_eq!(newest_update(&list), Some(ts("2026-11-25T11:00:00.000Z")));
        assert_eq!(refresh_since(&list), Some(ts("2026-11-25T10:55:00.000Z")));
        assert_eq!(refresh_since(&[]), None);
    }

    #[test]
    fn the_board_holds_open_and_recently_resolved_cases() {
        let since = ts("2026-11-18T12:00:00.000Z");
        let resolved = |at: Option<&str>| Case {
            status: Some(Status::Resolved),
            resolved_at: at.map(ts),
            ..case("r")
        };
        assert!(on_board(&case("open"), since));
        assert!(on_board(&resolved(Some("2026-11-18T12:00:00.000Z")), since));
        assert!(!on_board(
            &resolved(Some("2026-11-18T11:59:59.999Z")),
            since
        ));
        assert!(
            !on_board(&resolved(None), since),
            "no resolved_at: not recent"
        );
        assert!(!on_board(
            &Case {
                status: None,
                ..case("u")
            },
            since
        ));
    }

    #[test]
    fn actions_write_what_moves_and_responses_write() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let c = case("a");
        assert_eq!(
            action_changes(&c, Action::Move(Status::Waiting), now),
            move_to(&c, Status::Waiting, now)
        );
        assert_eq!(
            Value::Object(action_changes(&c, Action::Respond, now).unwrap()),
            json!({"first_response_at": "2026-11-25T12:00:00.000Z"})
        );
        let answered = Case {
            first_response_at: Some(now),
            ..c
        };
        assert_eq!(
            action_changes(&answered, Action::Respond, now),
            Err(ChangeError::AlreadyResponded)
        );
    }

    #[test]
    fn prepared_matching_agrees_with_plain_matching() {
        let cases = [
            case("a"),
            Case {
                title: Some("Ölçüm HATASI".into()),
                region: Some(Region::APAC),
                ..case("b")
            },
            Case {
                tags: None,
                description: None,
                title: None,
                ..case("c")
            },
        ];
        let filters = [
            CaseFilter::default(),
            CaseFilter::from_pairs([("q", "minister lisbon")]),
            CaseFilter::from_pairs([("q", "ölçüm"), ("region", "APAC")]),
            CaseFilter::from_pairs([("q", "vip"), ("region", "EMEA")]),
            CaseFilter::from_pairs([("q", "nothing-like-this")]),
        ];
        for f in &filters {
            let words = f.words();
            for c in &cases {
                assert_eq!(
                    f.matches_prepared(c, &search_text(c), &words),
                    f.matches(c),
                    "{f:?} {}",
                    c.id
                );
            }
        }
        assert!(filters[2].matches(&cases[1]), "Unicode lower-casing");
    }

    #[test]
    fn a_full_load_drops_the_deleted_and_keeps_pending_local_changes() {
        let mut pending = versioned("a", 2, "a2");
        pending.status = Some(Status::Waiting); // moved here, write not answered yet
        let mut list = vec![
            pending.clone(),
            versioned("gone", 1, "x"),
            versioned("b", 1, "b1"),
        ];
        let stored = vec![
            versioned("a", 2, "a2"),
            versioned("b", 3, "b3"),
            versioned("new", 1, "n"),
        ];
        assert_eq!(reconcile(&mut list, stored), (1, 1, 1));
        let ids: Vec<_> = list.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "new"]);
        assert_eq!(list[0], pending, "same version: the local change stays");
        assert_eq!(list[1].title.as_deref(), Some("b3"));
    }

    #[test]
    fn the_board_asks_for_open_and_recently_resolved_cases_only() {
        use crate::data::json_server::JsonServer;
        use crate::data::Dialect;
        let queries = board_queries(ts("2026-11-25T12:00:00.000Z"));
        let urls: Vec<String> = queries
            .iter()
            .map(|q| JsonServer::new("http://api").list("cases", q).unwrap().url)
            .collect();
        assert_eq!(
            urls,
            [
                "http://api/cases?status=new&status=triage&status=investigating&status=waiting",
                "http://api/cases?status=resolved&resolved_at_gte=2026-11-18T12%3A00%3A00.000Z",
            ]
        );
        // The same window as the resolved column.
        let since = ts("2026-11-18T12:00:00.000Z");
        let resolved = Case {
            status: Some(Status::Resolved),
            resolved_at: Some(since),
            ..case("r")
        };
        assert!(on_board(&resolved, since));
    }
}
