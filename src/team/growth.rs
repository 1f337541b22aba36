//! The team's growth and wellbeing as plain rules: skill coverage per
//! region (single points of failure), goals due and done, the "needs
//! attention" signals, a person's 12-week trend, workload per owner, and
//! the writes a person record takes. No Leptos here: tested on the host.
//!
//! Definitions: docs/kpis.md#team (`open_per_owner`, `goals_done`,
//! `goals_overdue`, `exposure_week`); the project's own rules (attention,
//! skill coverage, the trend's weeks) are in the README's decisions.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, Days, NaiveDate};
use serde_json::{Map, Value};

use super::model::{CheckIn, Goal, GoalStatus, Person, Role};
use crate::cases::model::Case;
use crate::data::fields::Fields;
use crate::data::save::Intent;
use crate::regions::Region;
use crate::time::Timestamp;

/// The level from which a person holds a skill (can do it alone).
pub const HOLDS_FROM: u8 = 3;
/// The default exposure threshold: minutes in the last 7 days.
pub const DEFAULT_EXPOSURE_LIMIT: u32 = 600;
/// Days without a check-in after which a person needs one.
pub const CHECK_IN_DAYS: u64 = 21;
/// Weeks the trend chart covers.
pub const TREND_WEEKS: usize = 12;

/// Whether a person counts as on the team now (`active` false means left;
/// unknown counts as on the team: a record without the field is not hidden).
pub fn is_active(person: &Person) -> bool {
    person.active != Some(false)
}

// ---------------------------------------------------------------------------
// Skills

/// Every skill key any person has a level for, sorted.
pub fn skill_keys(people: &[Person]) -> Vec<String> {
    let keys: BTreeSet<&String> = people
        .iter()
        .flat_map(|p| p.skills.iter().flatten().map(|(k, _)| k))
        .collect();
    keys.into_iter().cloned().collect()
}

/// For each skill and region, how many active people of that region hold
/// the skill at [`HOLDS_FROM`] or above (over the whole team, whatever the
/// grid's filters). A skill nobody in a region holds is 0.
pub fn skill_coverage(people: &[Person]) -> BTreeMap<(String, Region), usize> {
    let mut counts = BTreeMap::new();
    for skill in skill_keys(people) {
        for region in Region::ALL {
            counts.insert((skill.clone(), region), 0);
        }
    }
    for person in people.iter().filter(|p| is_active(p)) {
        let Some(region) = person.region else {
            continue;
        };
        for (skill, level) in person.skills.iter().flatten() {
            if *level >= HOLDS_FROM {
                *counts.entry((skill.clone(), region)).or_insert(0) += 1;
            }
        }
    }
    counts
}

/// How a skill stands in a region: nobody, one person (a single point of
/// failure), or more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cover {
    None,
    Single,
    Covered,
}

pub fn cover(count: usize) -> Cover {
    match count {
        0 => Cover::None,
        1 => Cover::Single,
        _ => Cover::Covered,
    }
}

/// The skills grid's rows: active people in `regions` and `roles` (empty:
/// all), by name then id.
pub fn grid_people<'a>(
    people: &'a [Person],
    regions: &BTreeSet<Region>,
    roles: &BTreeSet<Role>,
) -> Vec<&'a Person> {
    let mut rows: Vec<&Person> = people
        .iter()
        .filter(|p| is_active(p))
        .filter(|p| regions.is_empty() || p.region.is_some_and(|r| regions.contains(&r)))
        .filter(|p| roles.is_empty() || p.role.is_some_and(|r| roles.contains(&r)))
        .collect();
    crate::sort::sort_by(&mut rows, |a, b| {
        a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id))
    });
    rows
}

// ---------------------------------------------------------------------------
// Writes to a person

/// A change to a person: fields from the form, or one skill's level (on top
/// of whatever other skills the stored version holds, so two leads setting
/// two skills at once both land).
#[derive(Debug, Clone, PartialEq)]
pub enum PersonWrite {
    Fields(Fields),
    /// `None`: the skill is removed.
    Skill(String, Option<u8>),
    /// A new skill at level 0, unless the stored version has it already.
    NewSkill(String),
}

impl Intent<Person> for PersonWrite {
    fn changes(&self, base: &Person, now: Timestamp) -> Option<Map<String, Value>> {
        match self {
            PersonWrite::Fields(fields) => fields.changes(base, now),
            PersonWrite::NewSkill(skill) => {
                if base.skills.as_ref().is_some_and(|s| s.contains_key(skill)) {
                    return None;
                }
                PersonWrite::Skill(skill.clone(), Some(0)).changes(base, now)
            }
            PersonWrite::Skill(skill, level) => {
                let mut skills = base.skills.clone().unwrap_or_default();
                let before = skills.get(skill).copied();
                if before == *level {
                    return None;
                }
                match level {
                    Some(l) => skills.insert(skill.clone(), (*l).min(4)),
                    None => skills.remove(skill),
                };
                let mut changes = Map::new();
                changes.insert(
                    "skills".into(),
                    serde_json::to_value(skills).unwrap_or(Value::Null),
                );
                Some(changes)
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Goals

/// kpis.md `goals_overdue`: status `active` and `target_on` before today (UTC).
pub fn is_goal_overdue(goal: &Goal, today: NaiveDate) -> bool {
    goal.status == Some(GoalStatus::Active) && goal.target_on.is_some_and(|d| d.0 < today)
}

/// The first day of the UTC calendar quarter holding `day`.
pub fn quarter_start(day: NaiveDate) -> NaiveDate {
    let month = (day.month0() / 3) * 3 + 1;
    NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
}

/// kpis.md `goals_done` for the window "this quarter": status `done` and
/// `updated_at` from the quarter's first day (UTC) up to `now`.
pub fn is_done_this_quarter(goal: &Goal, now: Timestamp) -> bool {
    let start = quarter_start(now.date());
    goal.status == Some(GoalStatus::Done)
        && goal
            .updated_at
            .is_some_and(|u| u.date() >= start && u <= now)
}

/// A person's goals in the order shown: active first (overdue first, then
/// by target date, none last), then done, then dropped; ties by id.
pub fn order_goals(goals: &mut [Goal], today: NaiveDate) {
    fn rank(g: &Goal) -> u8 {
        match g.status {
            Some(GoalStatus::Active) | None => 0,
            Some(GoalStatus::Done) => 1,
            Some(GoalStatus::Dropped) => 2,
        }
    }
    crate::sort::sort_by(goals, |a, b| {
        (
            rank(a),
            !is_goal_overdue(a, today),
            a.target_on.is_none(),
            a.target_on,
            &a.id,
        )
            .cmp(&(
                rank(b),
                !is_goal_overdue(b, today),
                b.target_on.is_none(),
                b.target_on,
                &b.id,
            ))
    });
}

// ---------------------------------------------------------------------------
// Check-ins and attention

/// Newest first: by `on` (unknown last), then `created_at`, then id.
pub fn newest_first<'a>(check_ins: impl IntoIterator<Item = &'a CheckIn>) -> Vec<&'a CheckIn> {
    let mut list: Vec<&CheckIn> = check_ins.into_iter().collect();
    crate::sort::sort_by(&mut list, |a, b| {
        (b.on.is_some(), b.on, b.created_at, &b.id).cmp(&(
            a.on.is_some(),
            a.on,
            a.created_at,
            &a.id,
        ))
    });
    list
}

/// kpis.md `exposure_week`: the sum of `exposure_minutes` of the person's
/// check-ins whose `on` is one of the 7 UTC dates ending today.
pub fn exposure_week<'a>(
    check_ins: impl IntoIterator<Item = &'a CheckIn>,
    today: NaiveDate,
) -> u64 {
    let first = today - Days::new(6);
    check_ins
        .into_iter()
        .filter(|c| c.on.is_some_and(|d| d.0 >= first && d.0 <= today))
        .map(|c| u64::from(c.exposure_minutes.unwrap_or(0)))
        .sum()
}

/// Why a person needs attention. Each says it in supportive words in the
/// page (`reason_key`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Wellbeing at 2 or below at each of the last two check-ins that
    /// recorded it: the two values.
    LowWellbeing(u8, u8),
    /// Exposure in the last 7 days above the limit: minutes.
    HighExposure(u64),
    /// No check-in for [`CHECK_IN_DAYS`] days or more: the days since the
    /// last (`None`: never, and on the team that long).
    NoCheckIn(Option<u64>),
}

impl Reason {
    pub fn key(&self) -> &'static str {
        match self {
            Reason::LowWellbeing(..) => "low_wellbeing",
            Reason::HighExposure(_) => "high_exposure",
            Reason::NoCheckIn(_) => "no_check_in",
        }
    }
}

/// The attention signals of one person from their check-ins, on `today`
/// (UTC), with the exposure limit in minutes.
pub fn reasons(
    person: &Person,
    check_ins: &[&CheckIn],
    today: NaiveDate,
    exposure_limit: u32,
) -> Vec<Reason> {
    let mut out = Vec::new();
    let newest = newest_first(check_ins.iter().copied());
    // Only check-ins up to today: one dated in the future (a typo, a clock
    // running ahead) does not stand for the person's last one.
    let past: Vec<&CheckIn> = newest
        .iter()
        .copied()
        .filter(|c| c.on.is_some_and(|d| d.0 <= today))
        .collect();
    let rated: Vec<u8> = past.iter().filter_map(|c| c.wellbeing).take(2).collect();
    if let [a, b] = rated[..] {
        if a <= 2 && b <= 2 {
            out.push(Reason::LowWellbeing(a, b));
        }
    }
    let exposure = exposure_week(check_ins.iter().copied(), today);
    if exposure > u64::from(exposure_limit) {
        out.push(Reason::HighExposure(exposure));
    }
    let days_since = |d: NaiveDate| (today - d).num_days().max(0) as u64;
    match past.first().and_then(|c| c.on) {
        Some(last) if days_since(last.0) >= CHECK_IN_DAYS => {
            out.push(Reason::NoCheckIn(Some(days_since(last.0))))
        }
        Some(_) => {}
        // Never checked in: only once they have been on the team that long
        // (unknown start: they need one).
        None if person
            .started_on
            .is_none_or(|s| days_since(s.0) >= CHECK_IN_DAYS) =>
        {
            out.push(Reason::NoCheckIn(None))
        }
        None => {}
    }
    out
}

/// The "needs attention" list: each active person with at least one
/// reason, by name then id.
pub fn attention<'a>(
    people: &'a [Person],
    check_ins: &[CheckIn],
    today: NaiveDate,
    exposure_limit: u32,
) -> Vec<(&'a Person, Vec<Reason>)> {
    let mut by_person: HashMap<&str, Vec<&CheckIn>> = HashMap::new();
    for c in check_ins {
        if let Some(p) = c.person_id.as_deref() {
            by_person.entry(p).or_default().push(c);
        }
    }
    let mut list: Vec<(&Person, Vec<Reason>)> = people
        .iter()
        .filter(|p| is_active(p))
        .map(|p| {
            let mine = by_person.get(p.id.as_str()).map_or(&[][..], Vec::as_slice);
            (p, reasons(p, mine, today, exposure_limit))
        })
        .filter(|(_, r)| !r.is_empty())
        .collect();
    crate::sort::sort_by(&mut list, |a, b| {
        a.0.name.cmp(&b.0.name).then_with(|| a.0.id.cmp(&b.0.id))
    });
    list
}

/// One week of a person's trend: its last day, the mean wellbeing and
/// workload of its check-ins (`None`: none recorded), exposure minutes.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    pub ends_on: NaiveDate,
    pub wellbeing: Option<f64>,
    pub workload: Option<f64>,
    pub exposure: u64,
}

/// The last [`TREND_WEEKS`] weeks of 7 UTC days ending today, oldest first.
pub fn trend(check_ins: &[&CheckIn], today: NaiveDate) -> Vec<Week> {
    (0..TREND_WEEKS as u64)
        .rev()
        .map(|back| {
            let ends_on = today - Days::new(7 * back);
            let first = ends_on - Days::new(6);
            let week: Vec<&&CheckIn> = check_ins
                .iter()
                .filter(|c| c.on.is_some_and(|d| d.0 >= first && d.0 <= ends_on))
                .collect();
            let mean = |f: fn(&CheckIn) -> Option<u8>| {
                let values: Vec<f64> = week.iter().filter_map(|c| f(c)).map(f64::from).collect();
                (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
            };
            Week {
                ends_on,
                wellbeing: mean(|c| c.wellbeing),
                workload: mean(|c| c.workload),
                exposure: week
                    .iter()
                    .map(|c| u64::from(c.exposure_minutes.unwrap_or(0)))
                    .sum(),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Workload

/// kpis.md `open_per_owner` and `open_unassigned`: open cases per active
/// person (0 included), and open cases with no owner. A case owned by
/// someone not on the team (left, unknown id) is counted under its owner id
/// too, so no case goes missing from the view.
pub fn open_per_owner(people: &[Person], cases: &[Case]) -> (BTreeMap<String, usize>, usize) {
    let mut per: BTreeMap<String, usize> = people
        .iter()
        .filter(|p| is_active(p))
        .map(|p| (p.id.clone(), 0))
        .collect();
    let mut unassigned = 0;
    for case in cases
        .iter()
        .filter(|c| c.status.is_some_and(|s| s.is_open()))
    {
        match case.owner_id.as_deref().filter(|o| !o.is_empty()) {
            Some(owner) => *per.entry(owner.to_string()).or_insert(0) += 1,
            None => unassigned += 1,
        }
    }
    (per, unassigned)
}

// ---------------------------------------------------------------------------
// The person form

/// What the person form holds (text as typed).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonForm {
    pub name: String,
    pub role: String,
    pub region: String,
    pub timezone: String,
    pub languages: String,
    pub mentor_id: String,
    pub started_on: String,
    pub active: bool,
}

/// A problem with one field of the form (an i18n key).
pub type Problems = Vec<(&'static str, &'static str)>;

impl PersonForm {
    pub fn of(person: &Person) -> Self {
        PersonForm {
            name: person.name.clone().unwrap_or_default(),
            role: person.role.map(role_key).unwrap_or_default().to_string(),
            region: person
                .region
                .map(Region::key)
                .unwrap_or_default()
                .to_string(),
            timezone: person.timezone.clone().unwrap_or_default(),
            languages: person.languages.clone().unwrap_or_default().join(", "),
            mentor_id: person.mentor_id.clone().unwrap_or_default(),
            started_on: person.started_on.map(|d| d.to_string()).unwrap_or_default(),
            active: is_active(person),
        }
    }

    /// The contract fields of the form, or the problems per field.
    /// `valid_zone` says whether an IANA zone is known (the browser's Intl).
    pub fn fields(
        &self,
        own_id: &str,
        valid_zone: impl Fn(&str) -> bool,
    ) -> Result<Fields, Problems> {
        let mut problems = Problems::new();
        let name = self.name.trim();
        if name.is_empty() {
            problems.push(("name", "person-name-missing"));
        }
        let role = ROLES.iter().find(|r| role_key(**r) == self.role);
        if role.is_none() {
            problems.push(("role", "person-role-missing"));
        }
        let region = Region::ALL.iter().find(|r| r.key() == self.region);
        if region.is_none() {
            problems.push(("region", "person-region-missing"));
        }
        let zone = self.timezone.trim();
        if zone.is_empty() || !valid_zone(zone) {
            problems.push(("timezone", "person-zone-invalid"));
        }
        let languages: Vec<String> = self
            .languages
            .split([',', ' '])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        if languages.iter().any(|l| !is_language_tag(l)) {
            problems.push(("languages", "person-languages-invalid"));
        }
        let started = self.started_on.trim();
        let started_on = if started.is_empty() {
            None
        } else {
            match crate::time::parse_date(started) {
                Ok(d) => Some(d),
                Err(_) => {
                    problems.push(("started_on", "person-date-invalid"));
                    None
                }
            }
        };
        let mentor = self.mentor_id.trim();
        if mentor == own_id && !mentor.is_empty() {
            problems.push(("mentor_id", "person-mentor-self"));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut map = Map::new();
        map.insert("name".into(), name.into());
        map.insert(
            "role".into(),
            role.map_or(Value::Null, |r| role_key(*r).into()),
        );
        map.insert(
            "region".into(),
            region.map_or(Value::Null, |r| r.key().into()),
        );
        map.insert("timezone".into(), zone.into());
        map.insert("languages".into(), languages.into());
        map.insert(
            "mentor_id".into(),
            if mentor.is_empty() {
                Value::Null
            } else {
                mentor.into()
            },
        );
        map.insert(
            "started_on".into(),
            started_on.map_or(Value::Null, |d| d.to_string().into()),
        );
        map.insert("active".into(), self.active.into());
        Ok(Fields(map))
    }
}

impl PersonForm {
    /// [`PersonForm::fields`] keeping only the fields changed from
    /// `original` (the form of the version shown): what the person edited,
    /// so that a write on top of another lead's version never writes back
    /// the fields this one left alone.
    pub fn changed_fields(
        &self,
        original: &PersonForm,
        own_id: &str,
        valid_zone: impl Fn(&str) -> bool,
    ) -> Result<Fields, Problems> {
        let Fields(mut map) = self.fields(own_id, valid_zone)?;
        let touched = |f: &str| match f {
            "name" => self.name.trim() != original.name.trim(),
            "role" => self.role != original.role,
            "region" => self.region != original.region,
            "timezone" => self.timezone.trim() != original.timezone.trim(),
            "languages" => self.languages != original.languages,
            "mentor_id" => self.mentor_id != original.mentor_id,
            "started_on" => self.started_on.trim() != original.started_on.trim(),
            "active" => self.active != original.active,
            _ => true,
        };
        map.retain(|f, _| touched(f));
        Ok(Fields(map))
    }
}

pub const ROLES: [Role; 4] = [Role::Lead, Role::Manager, Role::Specialist, Role::Analyst];

pub fn role_key(role: Role) -> &'static str {
    match role {
        Role::Lead => "lead",
        Role::Manager => "manager",
        Role::Specialist => "specialist",
        Role::Analyst => "analyst",
    }
}

/// A BCP 47 tag's shape: letters, digits and hyphens, starting with 2-3
/// letters (`pt-BR`, `ar`, `zh-Hant-TW`); at most 35 characters.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    tag.len() <= 35
        && (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::decode::decode;
    use serde_json::json;

    fn person(v: Value) -> Person {
        decode(v).unwrap()
    }
    fn check_in(v: Value) -> CheckIn {
        decode(v).unwrap()
    }
    fn day(s: &str) -> NaiveDate {
        crate::time::parse_date(s).unwrap()
    }
    fn ts(s: &str) -> Timestamp {
        Timestamp::parse(s).unwrap()
    }

    #[test]
    fn skill_coverage_counts_level_three_and_above_per_region() {
        let people = vec![
            person(json!({"id": "a", "region": "EMEA", "skills": {"legal": 3, "triage": 4}})),
            person(json!({"id": "b", "region": "EMEA", "skills": {"legal": 2, "triage": 3}})),
            person(json!({"id": "c", "region": "APAC", "skills": {"legal": 4}})),
            // Left the team: not counted.
            person(json!({"id": "d", "region": "APAC", "active": false, "skills": {"legal": 4}})),
            // No region: counted nowhere.
            person(json!({"id": "e", "skills": {"legal": 4}})),
        ];
        let c = skill_coverage(&people);
        let at = |s: &str, r| c[&(s.to_string(), r)];
        assert_eq!(at("legal", Region::EMEA), 1);
        assert_eq!(at("triage", Region::EMEA), 2);
        assert_eq!(at("legal", Region::APAC), 1);
        assert_eq!(at("triage", Region::APAC), 0);
        assert_eq!(at("legal", Region::AMER), 0);
        assert_eq!(c.len(), 6);
        assert_eq!(cover(at("legal", Region::EMEA)), Cover::Single);
        assert_eq!(cover(at("triage", Region::EMEA)), Cover::Covered);
        assert_eq!(cover(at("triage", Region::APAC)), Cover::None);
        assert_eq!(skill_keys(&people), ["legal", "triage"]);
    }

    #[test]
    fn the_grid_filters_by_region_and_role_and_sorts_by_name() {
        let people = vec![
            person(json!({"id": "2", "name": "Bo", "region": "EMEA", "role": "analyst"})),
            person(json!({"id": "1", "name": "Ana", "region": "EMEA", "role": "lead"})),
            person(json!({"id": "3", "name": "Cy", "region": "AMER", "role": "analyst"})),
            person(
                json!({"id": "4", "name": "Al", "region": "AMER", "role": "analyst", "active": false}),
            ),
        ];
        let ids = |rows: Vec<&Person>| rows.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(grid_people(&people, &BTreeSet::new(), &BTreeSet::new())),
            ["1", "2", "3"]
        );
        let emea = BTreeSet::from([Region::EMEA]);
        assert_eq!(
            ids(grid_people(&people, &emea, &BTreeSet::new())),
            ["1", "2"]
        );
        let analysts = BTreeSet::from([Role::Analyst]);
        assert_eq!(ids(grid_people(&people, &emea, &analysts)), ["2"]);
    }

    #[test]
    fn a_skill_write_lands_on_top_of_the_stored_skills() {
        let now = ts("2026-11-25T12:00:00Z");
        let stored = person(json!({"id": "p", "skills": {"legal": 1, "triage": 2}}));
        let w = PersonWrite::Skill("legal".into(), Some(3));
        assert_eq!(
            Value::Object(w.changes(&stored, now).unwrap()),
            json!({"skills": {"legal": 3, "triage": 2}})
        );
        // Another lead raised triage meanwhile: mine keeps theirs.
        let theirs = person(json!({"id": "p", "skills": {"legal": 1, "triage": 4}}));
        assert_eq!(
            Value::Object(w.changes(&theirs, now).unwrap()),
            json!({"skills": {"legal": 3, "triage": 4}})
        );
        assert_eq!(
            PersonWrite::Skill("legal".into(), Some(1)).changes(&stored, now),
            None
        );
        assert_eq!(
            Value::Object(
                PersonWrite::Skill("legal".into(), None)
                    .changes(&stored, now)
                    .unwrap()
            ),
            json!({"skills": {"triage": 2}})
        );
        // A new skill never resets one the stored version has.
        assert_eq!(
            PersonWrite::NewSkill("legal".into()).changes(&theirs, now),
            None
        );
        assert_eq!(
            Value::Object(
                PersonWrite::NewSkill("osint".into())
                    .changes(&theirs, now)
                    .unwrap()
            ),
            json!({"skills": {"legal": 1, "osint": 0, "triage": 4}})
        );
        let none = person(json!({"id": "p"}));
        assert_eq!(
            Value::Object(
                PersonWrite::Skill("osint".into(), Some(9))
                    .changes(&none, now)
                    .unwrap()
            ),
            json!({"skills": {"osint": 4}})
        );
    }

    #[test]
    fn goals_overdue_and_done_this_quarter() {
        let today = day("2026-11-25");
        let goal = |v: Value| -> Goal { decode(v).unwrap() };
        assert!(is_goal_overdue(
            &goal(json!({"id": "g", "status": "active", "target_on": "2026-11-24"})),
            today
        ));
        assert!(!is_goal_overdue(
            &goal(json!({"id": "g", "status": "active", "target_on": "2026-11-25"})),
            today
        ));
        assert!(!is_goal_overdue(
            &goal(json!({"id": "g", "status": "done", "target_on": "2026-01-01"})),
            today
        ));
        assert!(!is_goal_overdue(
            &goal(json!({"id": "g", "status": "active"})),
            today
        ));
        assert_eq!(quarter_start(today), day("2026-10-01"));
        assert_eq!(quarter_start(day("2026-03-31")), day("2026-01-01"));
        assert_eq!(quarter_start(day("2026-04-01")), day("2026-04-01"));
        let now = ts("2026-11-25T12:00:00Z");
        let done = |at: &str| goal(json!({"id": "g", "status": "done", "updated_at": at}));
        assert!(is_done_this_quarter(&done("2026-10-01T00:00:00Z"), now));
        assert!(!is_done_this_quarter(
            &done("2026-09-30T23:59:59.999Z"),
            now
        ));
        // Offsets other than Z: 2026-10-01T01:00+02:00 is 09-30T23:00Z.
        assert!(!is_done_this_quarter(
            &done("2026-10-01T01:00:00+02:00"),
            now
        ));
        // After now (a clock running ahead): not yet.
        assert!(!is_done_this_quarter(&done("2026-11-26T00:00:00Z"), now));
        assert!(!is_done_this_quarter(
            &goal(json!({"id": "g", "status": "active", "updated_at": "2026-11-01T00:00:00Z"})),
            now
        ));
    }

    #[test]
    fn goals_are_ordered_active_overdue_first() {
        let today = day("2026-11-25");
        let mut goals: Vec<Goal> = [
            json!({"id": "done", "status": "done", "target_on": "2026-01-01"}),
            json!({"id": "later", "status": "active", "target_on": "2026-12-20"}),
            json!({"id": "none", "status": "active"}),
            json!({"id": "late", "status": "active", "target_on": "2026-11-01"}),
            json!({"id": "soon", "status": "active", "target_on": "2026-12-01"}),
            json!({"id": "drop", "status": "dropped"}),
        ]
        .into_iter()
        .map(|v| decode(v).unwrap())
        .collect();
        order_goals(&mut goals, today);
        let ids: Vec<&str> = goals.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["late", "soon", "later", "none", "done", "drop"]);
    }

    #[test]
    fn exposure_week_sums_the_seven_dates_ending_today() {
        let today = day("2026-11-25");
        let list = [
            check_in(json!({"id": "1", "on": "2026-11-19", "exposure_minutes": 100})),
            check_in(json!({"id": "2", "on": "2026-11-25", "exposure_minutes": 250})),
            check_in(json!({"id": "3", "on": "2026-11-18", "exposure_minutes": 999})),
            check_in(json!({"id": "4", "on": "2026-11-26", "exposure_minutes": 999})),
            check_in(json!({"id": "5", "on": "2026-11-22", "exposure_minutes": null})),
        ];
        assert_eq!(exposure_week(&list, today), 350);
    }

    #[test]
    fn attention_says_why() {
        let today = day("2026-11-25");
        let p = person(json!({"id": "p", "name": "Ana", "started_on": "2025-01-01"}));
        let c = |id: &str, on: &str, wellbeing: Option<u8>, exposure: u32| {
            check_in(
                json!({"id": id, "person_id": "p", "on": on, "wellbeing": wellbeing, "exposure_minutes": exposure}),
            )
        };
        // Two low ones in a row: flagged; exposure 300+301 = 601 > 600.
        let list = [
            c("1", "2026-11-19", Some(2), 300),
            c("2", "2026-11-24", Some(1), 301),
        ];
        let refs: Vec<&CheckIn> = list.iter().collect();
        assert_eq!(
            reasons(&p, &refs, today, 600),
            [Reason::LowWellbeing(1, 2), Reason::HighExposure(601)]
        );
        // Exactly at the limit is not above it; a changed limit counts.
        let list = [
            c("1", "2026-11-19", Some(2), 300),
            c("2", "2026-11-24", Some(3), 300),
        ];
        let refs: Vec<&CheckIn> = list.iter().collect();
        assert_eq!(reasons(&p, &refs, today, 600), []);
        assert_eq!(reasons(&p, &refs, today, 599), [Reason::HighExposure(600)]);
        // The last check-in without a score does not hide the two before it.
        let list = [
            c("1", "2026-11-10", Some(2), 0),
            c("2", "2026-11-17", Some(2), 0),
            c("3", "2026-11-24", None, 0),
        ];
        let refs: Vec<&CheckIn> = list.iter().collect();
        assert_eq!(reasons(&p, &refs, today, 600), [Reason::LowWellbeing(2, 2)]);
        // One low check-in is not two.
        let list = [c("1", "2026-11-24", Some(1), 0)];
        let refs: Vec<&CheckIn> = list.iter().collect();
        assert_eq!(reasons(&p, &refs, today, 600), []);
        // 21 days since the last: flagged; 20: not.
        let list = [c("1", "2026-11-04", Some(4), 0)];
        let refs: Vec<&CheckIn> = list.iter().collect();
        assert_eq!(
            reasons(&p, &refs, today, 600),
            [Reason::NoCheckIn(Some(21))]
        );
        let list = [c("1", "2026-11-05", Some(4), 0)];
        let refs: Vec<&CheckIn> = list.iter().collect();
        assert_eq!(reasons(&p, &refs, today, 600), []);
        // A future-dated one does not count as the last check-in.
        let list = [
            c("1", "2026-11-01", Some(4), 0),
            c("2", "2026-12-24", Some(4), 0),
        ];
        let refs: Vec<&CheckIn> = list.iter().collect();
        assert_eq!(
            reasons(&p, &refs, today, 600),
            [Reason::NoCheckIn(Some(24))]
        );
        // Never: flagged once on the team 21 days; a newcomer is not.
        assert_eq!(reasons(&p, &[], today, 600), [Reason::NoCheckIn(None)]);
        let new = person(json!({"id": "n", "started_on": "2026-11-10"}));
        assert_eq!(reasons(&new, &[], today, 600), []);
    }

    #[test]
    fn the_attention_list_holds_active_people_with_a_reason() {
        let today = day("2026-11-25");
        let people = vec![
            person(json!({"id": "b", "name": "Bo", "started_on": "2020-01-01"})),
            person(json!({"id": "a", "name": "Ana", "started_on": "2020-01-01"})),
            person(json!({"id": "gone", "name": "Al", "active": false})),
        ];
        let list = [check_in(
            json!({"id": "1", "person_id": "b", "on": "2026-11-24", "wellbeing": 4}),
        )];
        let got: Vec<(&str, Vec<&str>)> = attention(&people, &list, today, 600)
            .into_iter()
            .map(|(p, r)| (p.id.as_str(), r.iter().map(Reason::key).collect()))
            .collect();
        assert_eq!(got, [("a", vec!["no_check_in"])]);
    }

    #[test]
    fn the_trend_has_twelve_weeks_ending_today() {
        let today = day("2026-11-25");
        let list = [
            check_in(
                json!({"id": "1", "on": "2026-11-25", "wellbeing": 2, "workload": 5, "exposure_minutes": 30}),
            ),
            check_in(
                json!({"id": "2", "on": "2026-11-19", "wellbeing": 4, "exposure_minutes": 10}),
            ),
            check_in(json!({"id": "3", "on": "2026-11-18", "wellbeing": 5})),
            check_in(json!({"id": "4", "on": "2026-09-02", "wellbeing": 1})),
            check_in(json!({"id": "5", "on": "2026-09-01", "wellbeing": 1})),
        ];
        let refs: Vec<&CheckIn> = list.iter().collect();
        let t = trend(&refs, today);
        assert_eq!(t.len(), 12);
        assert_eq!(t[11].ends_on, today);
        assert_eq!(t[11].wellbeing, Some(3.0));
        assert_eq!(t[11].workload, Some(5.0));
        assert_eq!(t[11].exposure, 40);
        assert_eq!(t[10].ends_on, day("2026-11-18"));
        assert_eq!(t[10].wellbeing, Some(5.0));
        assert_eq!(t[10].workload, None);
        // The oldest week: 2026-09-03 .. 2026-09-09; 09-02 is before it.
        assert_eq!(t[0].ends_on, day("2026-09-09"));
        assert_eq!(t[0].wellbeing, None);
    }

    #[test]
    fn open_cases_per_owner_and_unassigned() {
        let people = vec![
            person(json!({"id": "a"})),
            person(json!({"id": "b"})),
            person(json!({"id": "gone", "active": false})),
        ];
        let case = |owner: Option<&str>, status: &str| -> Case {
            decode(json!({"id": "c", "owner_id": owner, "status": status})).unwrap()
        };
        let cases = vec![
            case(Some("a"), "new"),
            case(Some("a"), "waiting"),
            case(Some("a"), "resolved"),
            case(None, "triage"),
            case(Some(""), "investigating"),
            case(Some("stranger"), "new"),
            case(Some("b"), "resolved"),
        ];
        let (per, unassigned) = open_per_owner(&people, &cases);
        assert_eq!(
            per.into_iter().collect::<Vec<_>>(),
            [
                ("a".to_string(), 2),
                ("b".to_string(), 0),
                ("stranger".to_string(), 1)
            ]
        );
        assert_eq!(unassigned, 2);
    }

    #[test]
    fn the_person_form_checks_each_field() {
        let zones = |z: &str| z == "Europe/Dublin";
        let form = PersonForm {
            name: "  Aoife ".into(),
            role: "analyst".into(),
            region: "EMEA".into(),
            timezone: "Europe/Dublin".into(),
            languages: "en, ga pt-BR".into(),
            mentor_id: "m".into(),
            started_on: "2026-01-05".into(),
            active: true,
        };
        let Fields(map) = form.fields("p", zones).unwrap();
        assert_eq!(
            Value::Object(map),
            json!({"name": "Aoife", "role": "analyst", "region": "EMEA", "timezone": "Europe/Dublin",
                   "languages": ["en", "ga", "pt-BR"], "mentor_id": "m", "started_on": "2026-01-05", "active": true})
        );
        let bad = PersonForm {
            name: " ".into(),
            role: "intern".into(),
            region: "".into(),
            timezone: "Mars/Olympus".into(),
            languages: "en, <b>".into(),
            mentor_id: "p".into(),
            started_on: "05/01/2026".into(),
            active: true,
        };
        let fields: Vec<&str> = bad
            .fields("p", zones)
            .unwrap_err()
            .into_iter()
            .map(|(f, _)| f)
            .collect();
        assert_eq!(
            fields,
            [
                "name",
                "role",
                "region",
                "timezone",
                "languages",
                "started_on",
                "mentor_id"
            ]
        );
        // The form of a stored person gives back its fields.
        let p = person(
            json!({"id": "p", "name": "Aoife", "role": "lead", "region": "APAC",
            "timezone": "Europe/Dublin", "languages": ["ga"], "active": false}),
        );
        let Fields(map) = PersonForm::of(&p).fields("p", zones).unwrap();
        assert_eq!(map["role"], json!("lead"));
        assert_eq!(map["active"], json!(false));
        assert_eq!(map["mentor_id"], Value::Null);
        assert_eq!(map["started_on"], Value::Null);
        // Only what the person changed is written: the rest of another
        // lead's newer version stays theirs.
        let shown = PersonForm::of(&p);
        let edited = PersonForm {
            name: "Aoife B.".into(),
            ..shown.clone()
        };
        let Fields(map) = edited.changed_fields(&shown, "p", zones).unwrap();
        assert_eq!(Value::Object(map), json!({"name": "Aoife B."}));
        let Fields(map) = shown.changed_fields(&shown, "p", zones).unwrap();
        assert!(map.is_empty());
        assert!(PersonForm {
            name: "".into(),
            ..shown.clone()
        }
        .changed_fields(&shown, "p", zones)
        .is_err());
        assert!(is_language_tag("zh-Hant-TW"));
        assert!(!is_language_tag("e"));
        assert!(!is_language_tag("en-"));
    }
}
