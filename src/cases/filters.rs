//! What the board and the table show: the case filter and the layout
//! (board or table, the table's order), both living in the URL so a link
//! shows a colleague the same view, and the table's sorting. No Leptos here.

use std::collections::BTreeSet;

use super::model::{Case, Category, PartnerTeam, Priority};
use crate::regions::Region;

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

/// How many search words count (the rest of a long query is ignored).
pub const MAX_WORDS: usize = 12;
/// How long one search word may be.
pub const MAX_WORD_CHARS: usize = 100;

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
    /// At most [`MAX_WORDS`] of at most [`MAX_WORD_CHARS`] characters each:
    /// a crafted link with thousands of words must not make every keystroke
    /// and refresh do thousands of searches per case.
    pub fn words(&self) -> Vec<String> {
        self.text
            .split_whitespace()
            .take(MAX_WORDS)
            .map(|w| {
                w.chars()
                    .take(MAX_WORD_CHARS)
                    .collect::<String>()
                    .to_lowercase()
            })
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

/// Borrowed query pairs, for [`CaseFilter::from_pairs`] and [`Layout::from_pairs`].
pub fn pairs_of(pairs: &[(String, String)]) -> impl Iterator<Item = (&str, &str)> {
    pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))
}

/// The board's URL query for a filter and a layout (no leading `?`).
pub fn board_query(filter: &CaseFilter, layout: &Layout) -> String {
    filter
        .to_pairs()
        .into_iter()
        .chain(layout.to_pairs())
        .map(|(k, v)| format!("{k}={}", crate::url::encode(&v)))
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
    crate::sort::sort_by(cases, |a, b| {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::test_support::case;

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
    fn a_crafted_query_is_cut_to_a_few_short_words() {
        let long = format!("{} {}", "w ".repeat(5000), "x".repeat(1000));
        let f = CaseFilter::from_pairs([("q", long.as_str())]);
        let words = f.words();
        assert_eq!(words.len(), MAX_WORDS);
        let one = CaseFilter::from_pairs([("q", "y".repeat(1000).as_str())]).words();
        assert_eq!(one[0].chars().count(), MAX_WORD_CHARS);
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
}
