// An independent computation of every KPI of docs/kpis.md, written from that
// text and docs/contract.md (never from the Rust engine), so that the e2e
// test can check the dashboard's numbers against it.
//
//   computeKpis(db, { from, to, now, region, priority, category })
//     -> { values: { key: number | null }, breakdowns: { key: { row: number | null } } }
//
// `db` is a json-server db object (collections as arrays). `from`, `to`,
// `now` are RFC 3339 strings or Dates. Durations are fractional minutes,
// rates percent 0..100, counts numbers (0 included), and a percentile, mean
// or percent without data is null ("no data", never 0).

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------
// The contract's enumerations and defaults

export const STATUSES = ["new", "triage", "investigating", "waiting", "resolved"];
export const OPEN_STATUSES = ["new", "triage", "investigating", "waiting"];
export const PRIORITIES = ["P0", "P1", "P2", "P3"];
export const REGIONS = ["EMEA", "AMER", "APAC"];
export const CATEGORIES = ["account_security", "harmful_content", "high_profile", "legal_request", "platform_bug", "crisis", "other"];
export const PARTNER_TEAMS = ["policy", "legal", "engineering", "trust", "product", "marketing", "comms"];
export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"];
export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved"];
export const ROLES = ["lead", "manager", "specialist", "analyst"];
export const GOAL_KINDS = ["skill", "career", "training", "certification"];
export const GOAL_STATUSES = ["active", "done", "dropped"];
export const SHIFT_KINDS = ["primary", "backup"];
export const TARGET_DIRECTIONS = ["below", "above"];
/** contract.md, sla_policies: [first_response_minutes, resolution_minutes]. */
export const SLA_DEFAULTS = { P0: [15, 240], P1: [60, 1440], P2: [240, 4320], P3: [1440, 10080] };

/** Every KPI key of kpis.md: those with one value, those with rows. */
export const SCALAR_KEYS = [
  "cases_created", "cases_resolved", "backlog", "backlog_age_p50", "first_response_p50", "first_response_p90",
  "resolution_p50", "resolution_p90", "sla_first_response", "sla_resolution", "reopen_rate", "csat_avg",
  "csat_satisfied", "incidents", "mttd", "mtta", "mttm", "mttr", "action_items_open", "action_items_overdue",
  "open_unassigned", "goals_done", "goals_overdue", "wellbeing_avg",
];
export const BREAKDOWN_KEYS = [
  "volume_by_region", "volume_by_category", "volume_by_priority", "daily_created", "daily_resolved",
  "daily_backlog", "incidents_by_severity", "open_per_owner", "wellbeing_avg", "exposure_week", "coverage_gaps",
];
export const KPI_KEYS = [...new Set([...SCALAR_KEYS, ...BREAKDOWN_KEYS])];

/**
 * The KPI keys named in kpis.md's "| key | definition |" tables: the first
 * column, plus the keys a definition names itself (`key`: ... or (`key`)).
 */
export function kpiKeysFromDoc(markdown) {
  const keys = new Set();
  let inTable = false;
  for (const line of markdown.split("\n")) {
    if (/^\|\s*key\s*\|\s*definition\s*\|/.test(line)) { inTable = true; continue; }
    if (!line.startsWith("|")) { inTable = false; continue; }
    if (!inTable || /^\|\s*-/.test(line)) continue;
    const [, first, rest] = line.split("|");
    for (const m of first.matchAll(/`([a-z0-9_]+)`/g)) keys.add(m[1]);
    for (const m of rest.matchAll(/`([a-z0-9_]+)`:/g)) keys.add(m[1]);
    for (const m of rest.matchAll(/\(`([a-z0-9_]+)`\)/g)) keys.add(m[1]);
  }
  return [...keys];
}

// ---------------------------------------------------------------------------
// Times

const daysInMonth = (y, m) => [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const utcMs = (y, mo, d, h = 0, mi = 0, s = 0) => {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime();
};

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * An RFC 3339 timestamp as contract.md's readers accept it (`T`, `t` or a
 * space; any fraction; `Z`, `z` or ±HH:MM) to epoch ms, or undefined when it
 * is not one (damage). Fractions beyond the millisecond are cut off.
 */
export function parseTimestamp(text) {
  if (typeof text !== "string") return undefined;
  const m = STAMP.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  let offset = 0;
  if (m[8] !== "Z" && m[8] !== "z") {
    const oh = Number(m[8].slice(1, 3));
    const om = Number(m[8].slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offset = (m[8][0] === "-" ? -1 : 1) * (oh * 60 + om) * MIN;
  }
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0;
  return utcMs(y, mo, d, h, mi, s) + ms - offset;
}

/** A `YYYY-MM-DD` calendar date as given, or undefined when it is not a real date. */
export function parseDate(text) {
  if (typeof text !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return text;
}

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export const utcDate = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayStart = (date) => Date.parse(`${date}T00:00:00.000Z`);
const addDays = (date, n) => utcDate(dayStart(date) + n * DAY);

function instant(value, what) {
  const ms = value instanceof Date ? value.getTime() : parseTimestamp(value);
  if (ms === undefined || Number.isNaN(ms)) throw new Error(`${what}: not a time: ${value}`);
  return ms;
}

/** The window before [from, to) of the same length: [from - (to - from), from). */
export function previousWindow({ from, to }) {
  const f = instant(from, "from");
  const t = instant(to, "to");
  return { from: new Date(f - (t - f)), to: new Date(f) };
}

/**
 * The window a dashboard URL's query asks for: the last 28 days up to now by
 * default, `days=N` the last N days, `from=YYYY-MM-DD&to=YYYY-MM-DD`
 * [from 00:00Z, to + 1 day 00:00Z).
 */
export function windowFromQuery(search, now) {
  const q = new URLSearchParams(search);
  const n = instant(now, "now");
  if (q.get("from") && q.get("to")) {
    return { from: new Date(dayStart(q.get("from"))), to: new Date(dayStart(q.get("to")) + DAY) };
  }
  const days = q.get("days") ? Number(q.get("days")) : 28;
  return { from: new Date(n - days * DAY), to: new Date(n) };
}

// ---------------------------------------------------------------------------
// Damage: a record that does not fit contract.md is left out of every KPI.

const isInt = (v) => typeof v === "number" && Number.isInteger(v);
const known = (v) => v !== undefined && v !== null;
// Each check returns true when the (known) value fits.
const T = {
  string: (v) => typeof v === "string",
  bool: (v) => typeof v === "boolean",
  int: isInt,
  minutes: (v) => isInt(v) && v >= 0,
  range: (lo, hi) => (v) => isInt(v) && v >= lo && v <= hi,
  number: (v) => typeof v === "number" && Number.isFinite(v),
  stamp: (v) => parseTimestamp(v) !== undefined,
  date: (v) => parseDate(v) !== undefined,
  oneOf: (values) => (v) => values.includes(v),
  arrayOf: (check) => (v) => Array.isArray(v) && v.every((x) => known(x) && check(x)),
  skills: (v) => typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => !known(x) || (isInt(x) && x >= 0 && x <= 4)),
  object: (v) => typeof v === "object" && !Array.isArray(v),
};
const common = { id: T.string, updated_at: T.stamp, version: T.int };
const SCHEMAS = {
  cases: {
    ...common, title: T.string, description: T.string, status: T.oneOf(STATUSES), priority: T.oneOf(PRIORITIES),
    region: T.oneOf(REGIONS), category: T.oneOf(CATEGORIES), language: T.string, owner_id: T.string,
    partner_teams: T.arrayOf(T.oneOf(PARTNER_TEAMS)), incident_id: T.string, sensitive: T.bool,
    tags: T.arrayOf(T.string), created_at: T.stamp, first_response_at: T.stamp, resolved_at: T.stamp,
    reopened_count: T.int, csat: T.range(1, 5),
  },
  incidents: {
    ...common, title: T.string, summary: T.string, severity: T.oneOf(SEVERITIES), status: T.oneOf(INCIDENT_STATUSES),
    regions: T.arrayOf(T.oneOf(REGIONS)), commander_id: T.string, started_at: T.stamp, detected_at: T.stamp,
    acknowledged_at: T.stamp, mitigated_at: T.stamp, resolved_at: T.stamp, root_cause: T.string, lessons: T.string,
  },
  action_items: {
    ...common, incident_id: T.string, title: T.string, owner_id: T.string, due_on: T.date, done: T.bool,
    created_at: T.stamp,
  },
  people: {
    ...common, name: T.string, role: T.oneOf(ROLES), region: T.oneOf(REGIONS), timezone: T.string,
    languages: T.arrayOf(T.string), skills: T.skills, mentor_id: T.string, started_on: T.date, active: T.bool,
  },
  goals: {
    ...common, person_id: T.string, title: T.string, kind: T.oneOf(GOAL_KINDS), skill: T.string, target_on: T.date,
    progress: T.range(0, 100), status: T.oneOf(GOAL_STATUSES), created_at: T.stamp,
  },
  check_ins: {
    ...common, person_id: T.string, on: T.date, author_id: T.string, wellbeing: T.range(1, 5), workload: T.range(1, 5),
    exposure_minutes: T.minutes, notes: T.string, created_at: T.stamp,
  },
  shifts: {
    ...common, person_id: T.string, region: T.oneOf(REGIONS), starts_at: T.stamp, ends_at: T.stamp, kind: T.oneOf(SHIFT_KINDS),
  },
  sla_policies: { ...common, id: T.oneOf(PRIORITIES), first_response_minutes: T.minutes, resolution_minutes: T.minutes },
  kpi_targets: { ...common, target: T.number, direction: T.oneOf(TARGET_DIRECTIONS) },
};

/** Why `record` of `collection` is damaged, or null when it fits the contract. */
export function damage(collection, record) {
  if (record === null || typeof record !== "object" || Array.isArray(record)) return "not an object";
  if (typeof record.id !== "string" || record.id === "") return "id";
  const schema = SCHEMAS[collection] ?? common;
  for (const [field, fits] of Object.entries(schema)) {
    if (known(record[field]) && !fits(record[field])) return field;
  }
  return null;
}

/** The records of `collection` that fit the contract. */
export function sound(db, collection) {
  const records = Array.isArray(db?.[collection]) ? db[collection] : [];
  return records.filter((r) => damage(collection, r) === null);
}

// ---------------------------------------------------------------------------
// Statistics

/** Nearest rank: the value at 1-based rank ceil(p * n / 100) (at least 1) of the sorted values. */
export function percentile(values, p) {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.floor((p * n + 99) / 100));
  return sorted[rank - 1];
}
export const mean = (values) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const percent = (part, whole) => (whole === 0 ? null : (100 * part) / whole);
const minutes = (later, earlier) => (later - earlier) / MIN;

// ---------------------------------------------------------------------------
// SLA

/** Targets per priority: sla_policies rows, each missing number taking the contract's default. */
export function slaTargets(db) {
  const targets = Object.fromEntries(Object.entries(SLA_DEFAULTS).map(([p, [first, resolution]]) => [p, { first, resolution }]));
  for (const row of sound(db, "sla_policies")) {
    if (known(row.first_response_minutes)) targets[row.id].first = row.first_response_minutes;
    if (known(row.resolution_minutes)) targets[row.id].resolution = row.resolution_minutes;
  }
  return targets;
}

/**
 * "met", "missed", "pending", or null (no outcome: created_at or priority
 * unknown) for one case and one clock (`first_response_at` / `resolved_at`).
 */
export function slaOutcome(c, clock, targets, nowMs) {
  const created = c.created_at_ms;
  if (created === undefined || !known(c.priority)) return null;
  const target = clock === "first_response_at" ? targets[c.priority].first : targets[c.priority].resolution;
  const end = clock === "first_response_at" ? c.first_response_at_ms : c.resolved_at_ms;
  if (end !== undefined) return minutes(end, created) <= target ? "met" : "missed";
  return minutes(nowMs, created) > target ? "missed" : "pending";
}

// ---------------------------------------------------------------------------
// The KPIs

const withTimes = (record, fields) => {
  const out = { ...record };
  for (const f of fields) out[`${f}_ms`] = known(record[f]) ? parseTimestamp(record[f]) : undefined;
  return out;
};
const countBy = (records, field, rows) => {
  const out = Object.fromEntries(rows.map((r) => [r, 0]));
  for (const rec of records) {
    const key = known(rec[field]) ? rec[field] : "unknown";
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
};

export function computeKpis(db, { from, to, now, region = null, priority = null, category = null }) {
  const fromMs = instant(from, "from");
  const toMs = instant(to, "to");
  const nowMs = instant(now, "now");
  const inWindow = (ms) => ms !== undefined && fromMs <= ms && ms < toMs;
  const fromDate = utcDate(fromMs);
  const toDate = utcDate(toMs);
  const dateInWindow = (d) => known(d) && fromDate <= d && d <= toDate;
  const today = utcDate(nowMs);
  const values = {};
  const breakdowns = {};

  // Cases
  const allCases = sound(db, "cases").map((c) => withTimes(c, ["created_at", "first_response_at", "resolved_at"]));
  const matches = (c) => (!region || c.region === region) && (!priority || c.priority === priority) && (!category || c.category === category);
  const cases = allCases.filter(matches);
  const isOpen = (c) => OPEN_STATUSES.includes(c.status);
  const created = cases.filter((c) => inWindow(c.created_at_ms));
  const resolved = cases.filter((c) => inWindow(c.resolved_at_ms));
  const open = cases.filter(isOpen);

  values.cases_created = created.length;
  values.cases_resolved = resolved.length;
  values.backlog = open.length;
  values.backlog_age_p50 = percentile(open.filter((c) => c.created_at_ms !== undefined).map((c) => minutes(nowMs, c.created_at_ms)), 50);
  const firstResponses = created.filter((c) => c.first_response_at_ms !== undefined).map((c) => minutes(c.first_response_at_ms, c.created_at_ms));
  values.first_response_p50 = percentile(firstResponses, 50);
  values.first_response_p90 = percentile(firstResponses, 90);
  const resolutions = resolved.filter((c) => c.created_at_ms !== undefined).map((c) => minutes(c.resolved_at_ms, c.created_at_ms));
  values.resolution_p50 = percentile(resolutions, 50);
  values.resolution_p90 = percentile(resolutions, 90);
  const targets = slaTargets(db);
  for (const [key, clock] of [["sla_first_response", "first_response_at"], ["sla_resolution", "resolved_at"]]) {
    const outcomes = created.map((c) => slaOutcome(c, clock, targets, nowMs));
    const met = outcomes.filter((o) => o === "met").length;
    const missed = outcomes.filter((o) => o === "missed").length;
    values[key] = percent(met, met + missed);
  }
  values.reopen_rate = percent(resolved.filter((c) => (c.reopened_count ?? 0) > 0).length, resolved.length);
  const csats = resolved.filter((c) => known(c.csat)).map((c) => c.csat);
  values.csat_avg = mean(csats);
  values.csat_satisfied = percent(csats.filter((x) => x >= 4).length, csats.length);
  breakdowns.volume_by_region = countBy(created, "region", REGIONS);
  breakdowns.volume_by_category = countBy(created, "category", CATEGORIES);
  breakdowns.volume_by_priority = countBy(created, "priority", PRIORITIES);

  // The daily series: every UTC date from that of `from` to that of the last instant before `to`.
  const days = [];
  for (let d = fromDate, last = utcDate(toMs - 1); d <= last; d = addDays(d, 1)) days.push(d);
  const perDay = (records, field) => {
    const out = Object.fromEntries(days.map((d) => [d, 0]));
    for (const rec of records) out[utcDate(rec[field])] += 1;
    return out;
  };
  breakdowns.daily_created = perDay(created, "created_at_ms");
  breakdowns.daily_resolved = perDay(resolved, "resolved_at_ms");
  breakdowns.daily_backlog = Object.fromEntries(days.map((d) => {
    const end = dayStart(d) + DAY;
    return [d, cases.filter((c) => c.created_at_ms !== undefined && c.created_at_ms < end
      && (c.resolved_at_ms === undefined || c.resolved_at_ms >= end)).length];
  }));

  // Incidents: the region filter only; priority and category do not apply.
  const cohort = sound(db, "incidents")
    .map((i) => withTimes(i, ["started_at", "detected_at", "acknowledged_at", "mitigated_at", "resolved_at"]))
    .filter((i) => !region || (Array.isArray(i.regions) && i.regions.includes(region)))
    .filter((i) => inWindow(i.detected_at_ms));
  values.incidents = cohort.length;
  breakdowns.incidents_by_severity = countBy(cohort, "severity", SEVERITIES);
  const meanOf = (records, f) => mean(records.filter((i) => i[f.start] !== undefined && i[f.end] !== undefined).map((i) => minutes(i[f.end], i[f.start])));
  values.mttd = meanOf(cohort, { start: "started_at_ms", end: "detected_at_ms" });
  values.mtta = meanOf(cohort, { start: "detected_at_ms", end: "acknowledged_at_ms" });
  values.mttm = meanOf(cohort, { start: "detected_at_ms", end: "mitigated_at_ms" });
  values.mttr = meanOf(cohort, { start: "detected_at_ms", end: "resolved_at_ms" });
  const cohortIds = new Set(cohort.map((i) => i.id));
  const openItems = sound(db, "action_items").filter((a) => cohortIds.has(a.incident_id) && a.done !== true);
  values.action_items_open = openItems.length;
  values.action_items_overdue = openItems.filter((a) => known(a.due_on) && a.due_on < today).length;

  // Team: no filters.
  const people = sound(db, "people").filter((p) => p.active !== false);
  const allOpen = allCases.filter(isOpen);
  const hasOwner = (c) => known(c.owner_id) && c.owner_id !== "";
  breakdowns.open_per_owner = Object.fromEntries(people.map((p) => [p.id, 0]));
  for (const c of allOpen.filter(hasOwner)) breakdowns.open_per_owner[c.owner_id] = (breakdowns.open_per_owner[c.owner_id] ?? 0) + 1;
  values.open_unassigned = allOpen.filter((c) => !hasOwner(c)).length;
  const goals = sound(db, "goals").map((g) => withTimes(g, ["updated_at"]));
  values.goals_done = goals.filter((g) => g.status === "done" && inWindow(g.updated_at_ms)).length;
  values.goals_overdue = goals.filter((g) => g.status === "active" && known(g.target_on) && g.target_on < today).length;
  const checkIns = sound(db, "check_ins");
  const rated = checkIns.filter((k) => dateInWindow(k.on) && known(k.wellbeing));
  values.wellbeing_avg = mean(rated.map((k) => k.wellbeing));
  breakdowns.wellbeing_avg = Object.fromEntries(people.map((p) => [p.id, mean(rated.filter((k) => k.person_id === p.id).map((k) => k.wellbeing))]));
  const weekStart = addDays(today, -6);
  breakdowns.exposure_week = Object.fromEntries(people.map((p) => [p.id, checkIns
    .filter((k) => k.person_id === p.id && known(k.on) && weekStart <= k.on && k.on <= today)
    .reduce((sum, k) => sum + (k.exposure_minutes ?? 0), 0)]));
  const primaries = sound(db, "shifts").filter((s) => s.kind === "primary").map((s) => withTimes(s, ["starts_at", "ends_at"]));
  const firstHour = Math.floor(nowMs / HOUR) * HOUR + HOUR;
  breakdowns.coverage_gaps = Object.fromEntries(REGIONS.map((r) => {
    const own = primaries.filter((s) => s.region === r && s.starts_at_ms !== undefined && s.ends_at_ms !== undefined);
    let gaps = 0;
    for (let h = 0; h < 168; h++) {
      const start = firstHour + h * HOUR;
      if (!own.some((s) => s.starts_at_ms <= start && s.ends_at_ms >= start + HOUR)) gaps++;
    }
    return [r, gaps];
  }));

  return { values, breakdowns };
}
