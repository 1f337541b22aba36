//! The case form's logic: a draft of what the person typed, its validation,
//! the new case it makes, and what the page keeps in this browser until the
//! edit is saved or discarded (an edit's fields are written by
//! `writes::edit_changes`). No Leptos here.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::model::{Case, Category, PartnerTeam, Priority, Status};
use crate::regions::Region;
use crate::time::Timestamp;

/// The longest title the form accepts (a title is one line).
pub const TITLE_MAX: usize = 200;
/// The longest description the form accepts.
pub const DESCRIPTION_MAX: usize = 20_000;

/// What the form holds: text as typed, choices as chosen. Every field
/// survives a failed save, a conflict or a reload of the page (the view keeps
/// it in the browser's storage until it is saved or discarded).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseDraft {
    pub title: String,
    pub description: String,
    pub status: Option<Status>,
    pub priority: Option<Priority>,
    pub region: Option<Region>,
    pub category: Option<Category>,
    pub language: String,
    /// A `people.id`, or empty for unassigned.
    pub owner_id: String,
    pub partner_teams: BTreeSet<PartnerTeam>,
    /// An `incidents.id`, or empty for none.
    pub incident_id: String,
    pub sensitive: bool,
    /// Comma-separated, as typed.
    pub tags: String,
}

impl Default for CaseDraft {
    /// A new case: status `new`, sensitive until someone says otherwise (the
    /// analysts' wellbeing comes first).
    fn default() -> Self {
        CaseDraft {
            title: String::new(),
            description: String::new(),
            status: Some(Status::New),
            priority: None,
            region: None,
            category: None,
            language: String::new(),
            owner_id: String::new(),
            partner_teams: BTreeSet::new(),
            incident_id: String::new(),
            sensitive: true,
            tags: String::new(),
        }
    }
}

/// A field's problem, as a message id (`invalid-*` in the catalogues).
pub type Problem = (&'static str, &'static str);

/// Whether `tag` looks like a BCP 47 language tag (`de`, `pt-BR`, `zh-Hant-TW`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

impl CaseDraft {
    /// The form's fields filled from a stored case.
    pub fn from_case(case: &Case) -> Self {
        CaseDraft {
            title: case.title.clone().unwrap_or_default(),
            description: case.description.clone().unwrap_or_default(),
            status: case.status,
            priority: case.priority,
            region: case.region,
            category: case.category,
            language: case.language.clone().unwrap_or_default(),
            owner_id: case.owner_id.clone().unwrap_or_default(),
            partner_teams: case.partner_teams.iter().flatten().copied().collect(),
            incident_id: case.incident_id.clone().unwrap_or_default(),
            sensitive: case.hides_description(),
            tags: case.tags.as_deref().unwrap_or_default().join(", "),
        }
    }

    /// The tags as a list: trimmed, empty ones dropped, each once.
    pub fn tag_list(&self) -> Vec<String> {
        let mut seen = BTreeSet::new();
        self.tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty() && seen.insert(t.to_string()))
            .map(str::to_string)
            .collect()
    }

    /// Every problem with the draft, in the form's order; empty when it can
    /// be saved.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let title = self.title.trim();
        if title.is_empty() {
            problems.push(("title", "invalid-required"));
        } else if title.chars().count() > TITLE_MAX {
            problems.push(("title", "invalid-too-long"));
        } else if title.contains(['\n', '\r']) {
            problems.push(("title", "invalid-one-line"));
        }
        if self.description.chars().count() > DESCRIPTION_MAX {
            problems.push(("description", "invalid-too-long"));
        }
        if self.status.is_none() {
            problems.push(("status", "invalid-required"));
        }
        if self.priority.is_none() {
            problems.push(("priority", "invalid-required"));
        }
        if self.region.is_none() {
            problems.push(("region", "invalid-required"));
        }
        if self.category.is_none() {
            problems.push(("category", "invalid-required"));
        }
        let language = self.language.trim();
        if language.is_empty() {
            problems.push(("language", "invalid-required"));
        } else if !is_language_tag(language) {
            problems.push(("language", "invalid-language"));
        }
        if self.tag_list().iter().any(|t| t.chars().count() > 40) {
            problems.push(("tags", "invalid-tag"));
        }
        problems
    }

    fn opt(text: &str) -> Option<String> {
        let t = text.trim();
        (!t.is_empty()).then(|| t.to_string())
    }

    /// A new case from a valid draft, with the client-made `id`, reaching the
    /// team `now`. The provider adds `version` and `updated_at`.
    pub fn new_case(&self, id: String, now: Timestamp) -> Case {
        let status = self.status.unwrap_or(Status::New);
        Case {
            id,
            title: Some(self.title.trim().to_string()),
            description: Some(self.description.clone()),
            status: Some(status),
            priority: self.priority,
            region: self.region,
            category: self.category,
            language: Self::opt(&self.language),
            owner_id: Self::opt(&self.owner_id),
            partner_teams: Some(self.partner_teams.iter().copied().collect()),
            incident_id: Self::opt(&self.incident_id),
            sensitive: Some(self.sensitive),
            tags: Some(self.tag_list()),
            created_at: Some(now),
            first_response_at: None,
            resolved_at: (status == Status::Resolved).then_some(now),
            reopened_count: Some(0),
            csat: None,
            updated_at: None,
            version: None,
        }
    }
}

/// How long a kept draft may hold the description of a sensitive case
/// (disturbing material at rest in the browser): after that it is dropped.
pub const SENSITIVE_DESCRIPTION_HOURS: i64 = 24;

/// Where the draft of case `id` (`new` for a new case) is kept for
/// `person` (the provider's person of its token; empty without one): a
/// person signed in gets their own, so the next one on this device (after
/// a sign-out) never finds it, while without a token the key is the one it
/// always was.
pub fn draft_key(person: &str, id: &str) -> String {
    if person.is_empty() {
        format!("watchfloor.draft.{id}")
    } else {
        format!("watchfloor.draft.{person}.{id}")
    }
}

/// What the case page keeps in this browser until the edit is saved or
/// discarded, so a reload loses nothing typed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct KeptDraft {
    pub draft: CaseDraft,
    /// The fields the person changed: only those are written, so a draft
    /// kept for hours never writes back old values of the others.
    pub touched: BTreeSet<String>,
    /// The case's version when the edit began (`None` for a new case).
    pub base_version: Option<i64>,
    /// When it was last written.
    pub written_at: Option<Timestamp>,
    /// A new case's client-made id once a save was tried: a try whose
    /// answer was lost may have created it, so a reload tries that id again.
    pub new_id: Option<String>,
    /// And that first try's `created_at`: every try sends the same one, so
    /// a try that landed is recognised after a reload too.
    pub new_created_at: Option<Timestamp>,
    /// When the description was first changed: its 24 hours count from
    /// there, however often the draft is written again.
    pub description_since: Option<Timestamp>,
}

impl KeptDraft {
    /// Reads a kept draft (`None` when unreadable). The description of a
    /// sensitive case (or of a new case marked sensitive) comes back only
    /// within [`SENSITIVE_DESCRIPTION_HOURS`] of when it was written.
    pub fn restore(json: &str, base: Option<&Case>, now: Timestamp) -> Option<KeptDraft> {
        let mut kept: KeptDraft = serde_json::from_str(json).ok()?;
        let sensitive = kept.draft.sensitive || base.is_some_and(Case::hides_description);
        // A time from the future (a clock that ran ahead) counts as expired.
        let expired = kept.description_since.or(kept.written_at).is_none_or(|t| {
            let age = now.minutes_since(t);
            !(0.0..=(SENSITIVE_DESCRIPTION_HOURS * 60) as f64).contains(&age)
        });
        if sensitive && expired {
            kept.touched.remove("description");
            kept.draft.description = base.and_then(|b| b.description.clone()).unwrap_or_default();
        }
        // Fields the person did not touch show what is stored now.
        if let Some(base) = base {
            kept.draft = kept
                .draft
                .keeping(&kept.touched, &CaseDraft::from_case(base));
        }
        Some(kept)
    }

    /// What is written to the browser's storage: the description only when
    /// the person changed it (an untouched one, perhaps disturbing material,
    /// is never copied there).
    pub fn at_rest(mut self) -> KeptDraft {
        if !self.touched.contains("description") {
            self.draft.description.clear();
            self.description_since = None;
        }
        self
    }

    /// Whether someone saved the case since this draft's edit began.
    pub fn is_stale(&self, current: &Case) -> bool {
        self.base_version.is_some() && current.version != self.base_version
    }
}

impl CaseDraft {
    /// This draft's `touched` fields with `others`' values in the rest.
    pub fn keeping(&self, touched: &BTreeSet<String>, others: &CaseDraft) -> CaseDraft {
        let mine = |f: &str| touched.contains(f);
        let pick = |f: &str, a: &String, b: &String| if mine(f) { a.clone() } else { b.clone() };
        CaseDraft {
            title: pick("title", &self.title, &others.title),
            description: pick("description", &self.description, &others.description),
            status: if mine("status") {
                self.status
            } else {
                others.status
            },
            priority: if mine("priority") {
                self.priority
            } else {
                others.priority
            },
            region: if mine("region") {
                self.region
            } else {
                others.region
            },
            category: if mine("category") {
                self.category
            } else {
                others.category
            },
            language: pick("language", &self.language, &others.language),
            owner_id: pick("owner_id", &self.owner_id, &others.owner_id),
            partner_teams: if mine("partner_teams") {
                self.partner_teams.clone()
            } else {
                others.partner_teams.clone()
            },
            incident_id: pick("incident_id", &self.incident_id, &others.incident_id),
            sensitive: if mine("sensitive") {
                self.sensitive
            } else {
                others.sensitive
            },
            tags: pick("tags", &self.tags, &others.tags),
        }
    }
}

/// The form fields in which two drafts differ (a field's name as the
/// contract spells it).
pub fn differing_fields(a: &CaseDraft, b: &CaseDraft) -> BTreeSet<String> {
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
    ]
    .into_iter()
    .filter(|(_, differs)| *differs)
    .map(|(f, _)| f.to_string())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::test_support::{ts, valid_draft as valid};

    #[test]
    fn language_tags() {
        for good in ["de", "pt-BR", "zh-Hant-TW", "ar", "es-419"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "",
            "d",
            "de_DE",
            "de-",
            "-de",
            "12",
            "de-toolongsubtag",
            "de BR",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn a_new_draft_needs_title_priority_region_category_and_language() {
        let problems = CaseDraft::default().validate();
        assert_eq!(
            problems,
            vec![
                ("title", "invalid-required"),
                ("priority", "invalid-required"),
                ("region", "invalid-required"),
                ("category", "invalid-required"),
                ("language", "invalid-required"),
            ]
        );
        assert!(valid().validate().is_empty());
    }

    #[test]
    fn each_rule_names_its_field() {
        let check = |draft: CaseDraft, expect: Problem| {
            assert_eq!(draft.validate(), vec![expect]);
        };
        check(
            CaseDraft {
                title: "   ".into(),
                ..valid()
            },
            ("title", "invalid-required"),
        );
        check(
            CaseDraft {
                title: "x".repeat(TITLE_MAX + 1),
                ..valid()
            },
            ("title", "invalid-too-long"),
        );
        check(
            CaseDraft {
                title: "two\nlines".into(),
                ..valid()
            },
            ("title", "invalid-one-line"),
        );
        check(
            CaseDraft {
                description: "x".repeat(DESCRIPTION_MAX + 1),
                ..valid()
            },
            ("description", "invalid-too-long"),
        );
        check(
            CaseDraft {
                language: "Portuguese".into(),
                ..valid()
            },
            ("language", "invalid-language"),
        );
        check(
            CaseDraft {
                tags: format!("ok, {}", "t".repeat(41)),
                ..valid()
            },
            ("tags", "invalid-tag"),
        );
        check(
            CaseDraft {
                status: None,
                ..valid()
            },
            ("status", "invalid-required"),
        );
        // Exactly at the limits is fine; an Arabic title counts characters, not bytes.
        assert!(CaseDraft {
            title: "ح".repeat(TITLE_MAX),
            ..valid()
        }
        .validate()
        .is_empty());
    }

    #[test]
    fn tags_are_trimmed_and_kept_once() {
        let d = CaseDraft {
            tags: " vip, ,legal ,vip,".into(),
            ..valid()
        };
        assert_eq!(d.tag_list(), ["vip", "legal"]);
    }

    #[test]
    fn a_new_case_has_the_contract_fields() {
        let now = ts("2026-11-25T12:00:00.000Z");
        let mut d = valid();
        d.owner_id = " p1 ".into();
        d.partner_teams.insert(PartnerTeam::Legal);
        let case = d.new_case("case-x".into(), now);
        assert_eq!(case.id, "case-x");
        assert_eq!(case.status, Some(Status::New));
        assert_eq!(case.created_at, Some(now));
        assert_eq!(case.owner_id.as_deref(), Some("p1"));
        assert_eq!(case.incident_id, None, "empty means none");
        assert_eq!(case.sensitive, Some(true), "sensitive by default");
        assert_eq!(case.reopened_count, Some(0));
        assert_eq!(case.resolved_at, None);
        assert_eq!(case.first_response_at, None);
        assert_eq!(case.partner_teams, Some(vec![PartnerTeam::Legal]));
        let resolved = CaseDraft {
            status: Some(Status::Resolved),
            ..valid()
        }
        .new_case("r".into(), now);
        assert_eq!(resolved.resolved_at, Some(now));
    }

    fn kept(draft: CaseDraft, touched: &[&str], version: Option<i64>, at: &str) -> String {
        serde_json::to_string(&KeptDraft {
            draft,
            touched: touched.iter().map(|t| t.to_string()).collect(),
            base_version: version,
            written_at: Some(ts(at)),
            new_id: None,
            new_created_at: None,
            description_since: None,
        })
        .unwrap()
    }

    #[test]
    fn a_sensitive_description_is_kept_at_most_a_day() {
        let base = Case {
            sensitive: Some(true),
            description: Some("stored".into()),
            version: Some(3),
            ..valid().new_case("c".into(), ts("2026-11-20T00:00:00.000Z"))
        };
        let typed = CaseDraft {
            description: "what I typed".into(),
            ..CaseDraft::from_case(&base)
        };
        let json = kept(typed, &["description"], Some(3), "2026-11-25T12:00:00.000Z");
        let fresh = KeptDraft::restore(&json, Some(&base), ts("2026-11-26T11:59:00.000Z")).unwrap();
        assert_eq!(fresh.draft.description, "what I typed");
        let old = KeptDraft::restore(&json, Some(&base), ts("2026-11-26T12:01:00.000Z")).unwrap();
        assert_eq!(old.draft.description, "stored");
        assert!(!old.touched.contains("description"));
        // Written "tomorrow" by a clock that ran ahead: not kept either.
        let ahead = kept(
            CaseDraft {
                description: "typed".into(),
                ..CaseDraft::from_case(&base)
            },
            &["description"],
            Some(3),
            "2026-11-27T12:00:00.000Z",
        );
        let restored =
            KeptDraft::restore(&ahead, Some(&base), ts("2026-11-25T12:00:00.000Z")).unwrap();
        assert_eq!(restored.draft.description, "stored");
        // Not sensitive: kept as long as it is not saved or discarded.
        let open = Case {
            sensitive: Some(false),
            ..base.clone()
        };
        let typed = CaseDraft {
            description: "typed".into(),
            ..CaseDraft::from_case(&open)
        };
        let json = kept(typed, &["description"], Some(3), "2026-11-01T00:00:00.000Z");
        let later = KeptDraft::restore(&json, Some(&open), ts("2026-11-26T12:00:00.000Z")).unwrap();
        assert_eq!(later.draft.description, "typed");
        assert!(
            KeptDraft::restore("not json", Some(&open), ts("2026-11-26T12:00:00.000Z")).is_none()
        );
    }

    #[test]
    fn a_draft_knows_when_the_case_moved_on() {
        let base = Case {
            version: Some(3),
            ..valid().new_case("c".into(), ts("2026-11-20T00:00:00.000Z"))
        };
        let json = kept(
            CaseDraft::from_case(&base),
            &["title"],
            Some(3),
            "2026-11-25T12:00:00.000Z",
        );
        let k = KeptDraft::restore(&json, Some(&base), ts("2026-11-25T12:00:00.000Z")).unwrap();
        assert!(!k.is_stale(&base));
        assert!(k.is_stale(&Case {
            version: Some(4),
            ..base.clone()
        }));
        assert!(
            !KeptDraft::default().is_stale(&base),
            "a new case's draft has no base"
        );
        // Restored over a newer version, untouched fields show what is stored.
        let mut typed = CaseDraft::from_case(&base);
        typed.title = "mine".into();
        let json = kept(typed, &["title"], Some(3), "2026-11-25T12:00:00.000Z");
        let newer = Case {
            version: Some(4),
            owner_id: Some("p9".into()),
            ..base.clone()
        };
        let k = KeptDraft::restore(&json, Some(&newer), ts("2026-11-25T12:00:00.000Z")).unwrap();
        assert_eq!(k.draft.title, "mine");
        assert_eq!(
            k.draft.owner_id, "p9",
            "their owner, not the draft's old one"
        );
    }

    #[test]
    fn differing_fields_name_each_form_field() {
        let a = valid();
        let b = CaseDraft {
            title: "x".into(),
            tags: "t".into(),
            sensitive: !a.sensitive,
            ..valid()
        };
        let names: Vec<String> = differing_fields(&a, &b).into_iter().collect();
        assert_eq!(names, ["sensitive", "tags", "title"]);
        assert!(differing_fields(&a, &a).is_empty());
    }

    #[test]
    fn an_untouched_description_never_goes_to_storage_and_a_touched_one_keeps_its_first_time() {
        let base = Case {
            sensitive: Some(true),
            description: Some("disturbing".into()),
            version: Some(3),
            ..valid().new_case("c".into(), ts("2026-11-20T00:00:00.000Z"))
        };
        let kept = KeptDraft {
            draft: CaseDraft {
                title: "new title".into(),
                ..CaseDraft::from_case(&base)
            },
            touched: ["title".to_string()].into(),
            description_since: Some(ts("2026-11-25T12:00:00.000Z")),
            ..Default::default()
        };
        let json = serde_json::to_string(&kept.at_rest()).unwrap();
        assert!(!json.contains("disturbing"), "{json}");
        let back = KeptDraft::restore(&json, Some(&base), ts("2026-11-25T13:00:00.000Z")).unwrap();
        assert_eq!(
            back.draft.description, "disturbing",
            "shown from the stored case"
        );
        // Written again and again: the description's day counts from its first change.
        let typed = KeptDraft {
            draft: CaseDraft {
                description: "typed".into(),
                ..CaseDraft::from_case(&base)
            },
            touched: ["description".to_string()].into(),
            description_since: Some(ts("2026-11-24T11:00:00.000Z")),
            written_at: Some(ts("2026-11-25T11:59:00.000Z")),
            ..Default::default()
        };
        let json = serde_json::to_string(&typed.at_rest()).unwrap();
        let back = KeptDraft::restore(&json, Some(&base), ts("2026-11-25T12:00:00.000Z")).unwrap();
        assert_eq!(
            back.draft.description, "disturbing",
            "more than a day since it was typed"
        );
    }

    #[test]
    fn a_signed_in_persons_draft_is_kept_apart_and_without_a_token_where_it_was() {
        assert_eq!(draft_key("", "case-1"), "watchfloor.draft.case-1");
        assert_eq!(draft_key("", "new"), "watchfloor.draft.new");
        let alice = draft_key("0123456789abcdef", "case-1");
        assert_eq!(alice, "watchfloor.draft.0123456789abcdef.case-1");
        assert_ne!(alice, draft_key("fedcba9876543210", "case-1"));
        assert_ne!(alice, draft_key("", "case-1"));
    }
}
