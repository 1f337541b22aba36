// Tests of the e2e KPI oracle (e2e/kpi-oracle.mjs) with values computed by
// hand from docs/kpis.md: if the oracle is wrong, the e2e check of the
// dashboard is worth nothing. Run by the "host: node tools" layer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  computeKpis, damage, KPI_KEYS, kpiKeysFromDoc, parseTimestamp, percentile, previousWindow, SCALAR_KEYS,
  BREAKDOWN_KEYS, windowFromQuery,
} from "../e2e/kpi-oracle.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NOW = "2026-11-25T12:00:00.000Z";
const NOW_MS = Date.parse(NOW);
const MIN = 60_000;
const at = (minutesBeforeNow) => new Date(NOW_MS - minutesBeforeNow * MIN).toISOString();
const WEEK = { from: "2026-11-18T12:00:00.000Z", to: NOW, now: NOW };
const kase = (id, fields) => ({
  id, title: id, status: "new", priority: "P2", region: "EMEA", category: "other", owner_id: null,
  created_at: at(60), first_response_at: null, resolved_at: null, reopened_count: 0, csat: null,
  updated_at: at(1), version: 1, ...fields,
});

test("every key of kpis.md is computed, and only those", () => {
  const doc = kpiKeysFromDoc(readFileSync(join(root, "docs", "kpis.md"), "utf8"));
  assert.deepEqual([...doc].sort(), [...KPI_KEYS].sort());
  const { values, breakdowns } = computeKpis({}, WEEK);
  assert.deepEqual(Object.keys(values).sort(), [...SCALAR_KEYS].sort());
  assert.deepEqual(Object.keys(breakdowns).sort(), [...BREAKDOWN_KEYS].sort());
});

test("timestamps with any offset, separator and fraction; anything else is not one", () => {
  assert.equal(parseTimestamp("2026-11-24T09:30:00.000Z"), Date.UTC(2026, 10, 24, 9, 30));
  assert.equal(parseTimestamp("2026-11-24T11:30:00+02:00"), Date.UTC(2026, 10, 24, 9, 30));
  assert.equal(parseTimestamp("2026-11-24T04:30:00.5-05:00"), Date.UTC(2026, 10, 24, 9, 30, 0, 500));
  assert.equal(parseTimestamp("2026-11-24 09:30:00.123456z"), Date.UTC(2026, 10, 24, 9, 30, 0, 123));
  assert.equal(parseTimestamp("2026-11-24t09:30:00Z"), Date.UTC(2026, 10, 24, 9, 30));
  // Across midnight: the UTC date is the next day.
  assert.equal(parseTimestamp("2026-11-19T22:30:00-05:00"), Date.UTC(2026, 10, 20, 3, 30));
  for (const bad of ["2026-02-30T00:00:00Z", "2026-11-24T09:30:00", "2026-11-24", "yesterday", "2026-11-24T24:00:00Z",
    "2026-11-24T09:30Z", 1764000000000, null]) {
    assert.equal(parseTimestamp(bad), undefined, String(bad));
  }
  assert.equal(parseTimestamp("2024-02-29T00:00:00Z"), Date.UTC(2024, 1, 29));
});

test("nearest rank: the value at rank ceil(p * n / 100), never interpolated", () => {
  const five = [50, 15, 40, 20, 35];
  assert.equal(percentile(five, 50), 35); // rank ceil(2.5) = 3 of 15 20 35 40 50
  assert.equal(percentile(five, 90), 50); // rank ceil(4.5) = 5
  assert.equal(percentile([10, 20, 30, 40], 50), 20); // rank 2, not 25
  assert.equal(percentile([7], 90), 7);
  assert.equal(percentile([], 50), null);
  const ten = Array.from({ length: 10 }, (_, i) => i + 1);
  assert.equal(percentile(ten, 90), 9); // rank 9 exactly, not 10 (0.9 * 10 in floats)
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(hundred, 90), 90);
  assert.equal(percentile(hundred, 50), 50);
  const thirty = Array.from({ length: 30 }, (_, i) => i + 1);
  assert.equal(percentile(thirty, 90), 27);
  assert.equal(percentile([3, 1, 2], 0), 1, "rank at least 1");
});

test("no data: counts are 0, percentiles, means and percents are null", () => {
  const { values, breakdowns } = computeKpis({ cases: [], incidents: [] }, WEEK);
  for (const key of ["cases_created", "cases_resolved", "backlog", "incidents", "action_items_open", "action_items_overdue",
    "open_unassigned", "goals_done", "goals_overdue"]) assert.equal(values[key], 0, key);
  for (const key of ["backlog_age_p50", "first_response_p50", "first_response_p90", "resolution_p50", "resolution_p90",
    "sla_first_response", "sla_resolution", "reopen_rate", "csat_avg", "csat_satisfied", "mttd", "mtta", "mttm", "mttr",
    "wellbeing_avg"]) assert.equal(values[key], null, key);
  assert.deepEqual(breakdowns.volume_by_region, { EMEA: 0, AMER: 0, APAC: 0 });
  assert.deepEqual(breakdowns.incidents_by_severity, { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 });
  assert.deepEqual(Object.keys(breakdowns.daily_created),
    ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25"]);
  assert.deepEqual(breakdowns.coverage_gaps, { EMEA: 168, AMER: 168, APAC: 168 });
});

test("SLA: met on the target exactly, missed by a millisecond, pending left out, unknown priority has no outcome", () => {
  const created = at(600);
  const plus = (minutes, ms = 0) => new Date(Date.parse(created) + minutes * MIN + ms).toISOString();
  const db = {
    // P1 first response: the row says 30; resolution: the row's null falls back to 1440.
    sla_policies: [{ id: "P1", first_response_minutes: 30, resolution_minutes: null, updated_at: at(9999), version: 1 },
      { id: "P9", first_response_minutes: 1, resolution_minutes: 1, updated_at: at(9999), version: 1 }],
    cases: [
      kase("met-exactly", { priority: "P1", created_at: created, first_response_at: plus(30) }),
      kase("missed-by-1ms", { priority: "P1", created_at: created, first_response_at: plus(30, 1) }),
      kase("missed-no-response", { priority: "P1", created_at: created }),
      // P3 (default 1440 / 10080): no response after 10 h is pending on both clocks.
      kase("pending", { priority: "P3", created_at: created }),
      // P0 default 15: now - created exactly 15 min is not yet past the target.
      kase("pending-at-target", { priority: "P0", created_at: at(15), first_response_at: null }),
      kase("no-priority", { priority: null, created_at: created }),
      kase("p2-resolved", { priority: "P2", created_at: created, first_response_at: plus(240), resolved_at: plus(500), status: "resolved" }),
    ],
  };
  const { values } = computeKpis(db, { ...WEEK });
  // first response: met = met-exactly, p2-resolved (240 <= 240 default); missed = missed-by-1ms, missed-no-response.
  assert.equal(values.sla_first_response, 50);
  // resolution: P1 1440 not yet past (3 pending), P3 pending, P0 pending, p2-resolved met: 1 of 1.
  assert.equal(values.sla_resolution, 100);
  assert.equal(values.cases_created, 7);
  // first responses: 30, 30.0000166.., 240 -> p50 rank 2.
  assert.equal(values.first_response_p50, 30 + 1 / MIN);
  assert.equal(values.first_response_p90, 240);
  assert.equal(values.resolution_p50, 500);
});

test("cohorts: created and resolved in the window, reopen rate, CSAT", () => {
  const db = {
    cases: [
      // Created before the window, resolved in it: resolved cohort only.
      kase("old", { created_at: "2026-11-10T12:00:00.000Z", resolved_at: "2026-11-20T12:00:00.000Z", status: "resolved", csat: 5, reopened_count: 1 }),
      kase("new-resolved", { created_at: "2026-11-20T10:00:00+02:00", resolved_at: "2026-11-21T08:00:00.000Z", status: "resolved", csat: 3 }),
      kase("no-csat", { created_at: "2026-11-21T00:00:00.000Z", resolved_at: "2026-11-21T06:00:00.000Z", status: "resolved" }),
      // Reopened: open again, resolved_at cleared.
      kase("reopened", { created_at: "2026-11-19T00:00:00.000Z", reopened_count: 2, status: "investigating" }),
      // 18 Nov 11:30 UTC written in +02:00 as 13:30: before the window.
      kase("before", { created_at: "2026-11-18T13:30:00+02:00" }),
      kase("no-created", { created_at: null, resolved_at: "2026-11-22T00:00:00.000Z", status: "resolved", csat: 4, region: null }),
    ],
  };
  const { values, breakdowns } = computeKpis(db, WEEK);
  assert.equal(values.cases_created, 3);
  assert.equal(values.cases_resolved, 4);
  assert.equal(values.reopen_rate, 25);
  assert.equal(values.csat_avg, 4);
  assert.equal(values.csat_satisfied, 200 / 3);
  // resolution: old 10 days = 14400, new-resolved (08:00Z to 08:00Z) 1440, no-csat 360; no-created has none.
  assert.equal(values.resolution_p50, 1440);
  assert.equal(values.resolution_p90, 14400);
  assert.equal(values.backlog, 2);
  assert.deepEqual(breakdowns.volume_by_region, { EMEA: 3, AMER: 0, APAC: 0 });
  assert.equal(breakdowns.daily_created["2026-11-20"], 1);
  assert.equal(breakdowns.daily_resolved["2026-11-22"], 1);
  // End of 20 Nov: old (resolved 20 Nov 12:00, before the end) out; reopened, before, new-resolved in.
  assert.equal(breakdowns.daily_backlog["2026-11-20"], 3);
  // End of 25 Nov (after now): reopened and before.
  assert.equal(breakdowns.daily_backlog["2026-11-25"], 2);
  // A created case without region: an "unknown" row; none otherwise.
  const noRegion = computeKpis({ cases: [kase("x", { region: null, created_at: at(5) })] }, WEEK).breakdowns.volume_by_region;
  assert.deepEqual(noRegion, { EMEA: 0, AMER: 0, APAC: 0, unknown: 1 });
});

test("backlog age is the nearest-rank median over open cases with created_at", () => {
  const db = { cases: [kase("a", { created_at: at(10) }), kase("b", { created_at: at(20), status: "waiting" }),
    kase("c", { created_at: at(30), status: "triage" }), kase("d", { created_at: at(40), status: "resolved", resolved_at: at(1) }),
    kase("e", { created_at: null })] };
  const { values } = computeKpis(db, WEEK);
  assert.equal(values.backlog, 4);
  assert.equal(values.backlog_age_p50, 20);
});

test("filters pick cases by their own fields; a case without the field does not match", () => {
  const db = { cases: [kase("emea", { region: "EMEA", created_at: at(5) }), kase("amer", { region: "AMER", created_at: at(5) }),
    kase("none", { region: null, created_at: at(5) }), kase("p1", { region: "AMER", priority: "P1", created_at: at(5) })] };
  assert.equal(computeKpis(db, { ...WEEK, region: "AMER" }).values.cases_created, 2);
  assert.equal(computeKpis(db, { ...WEEK, region: "AMER", priority: "P1" }).values.cases_created, 1);
  assert.equal(computeKpis(db, { ...WEEK, category: "crisis" }).values.cases_created, 0);
  // Team KPIs ignore filters.
  assert.equal(computeKpis(db, { ...WEEK, region: "APAC" }).values.open_unassigned, 4);
});

test("damaged records are left out of every number", () => {
  const db = { cases: [kase("ok", { created_at: at(5) }), kase("p9", { priority: "P9" }), kase("num", { created_at: 12345 }),
    kase("csat7", { csat: 7 }), kase("feb30", { created_at: "2026-02-30T00:00:00Z" }), kase("str", { reopened_count: "1" }),
    kase("", {}), kase("teams", { partner_teams: ["legal", "astrology"] })] };
  const { values } = computeKpis(db, WEEK);
  assert.equal(values.cases_created, 1);
  assert.equal(values.backlog, 1);
  assert.equal(damage("cases", db.cases[0]), null);
  assert.equal(damage("cases", { id: "x", unknown_field: { any: "thing" } }), null, "fields the contract does not name are ignored");
  assert.equal(damage("check_ins", { id: "x", exposure_minutes: -5 }), "exposure_minutes");
  assert.equal(damage("goals", { id: "x", progress: 101 }), "progress");
  assert.equal(damage("people", { id: "x", skills: { a: 5 } }), "skills");
  assert.equal(damage("sla_policies", { id: "P7" }), "id");
  assert.equal(damage("action_items", { id: "x", due_on: "2026-13-01" }), "due_on");
});

test("incidents: cohort by detected_at and region, means over those with the end time, signs kept", () => {
  const inc = (id, fields) => ({ id, severity: "SEV2", status: "resolved", regions: ["EMEA"], started_at: null,
    detected_at: at(1000), acknowledged_at: null, mitigated_at: null, resolved_at: null, updated_at: at(1), version: 1, ...fields });
  const db = {
    incidents: [
      inc("i1", { started_at: at(1030), acknowledged_at: at(990), mitigated_at: at(900), resolved_at: at(400) }),
      // detected before it started: time to detect is negative.
      inc("i2", { started_at: at(990), acknowledged_at: at(980), severity: "SEV1", regions: ["AMER", "EMEA"] }),
      inc("i3", { severity: null, regions: ["APAC"] }),
      inc("old", { detected_at: "2026-11-01T00:00:00Z", acknowledged_at: "2026-11-01T00:10:00Z" }),
      inc("bad", { severity: "SEV5" }),
    ],
    action_items: [
      { id: "a1", incident_id: "i1", done: false, due_on: "2026-11-24" },
      { id: "a2", incident_id: "i1", due_on: "2026-11-25" }, // done unknown: open; due today: not overdue
      { id: "a3", incident_id: "i2", done: true, due_on: "2026-11-01" },
      { id: "a4", incident_id: "old", done: false, due_on: "2026-11-02" },
      { id: "a5", incident_id: "i3", done: false, due_on: null },
    ],
  };
  const all = computeKpis(db, WEEK);
  assert.equal(all.values.incidents, 3);
  assert.deepEqual(all.breakdowns.incidents_by_severity, { SEV1: 1, SEV2: 1, SEV3: 0, SEV4: 0, unknown: 1 });
  assert.equal(all.values.mttd, (30 - 10) / 2);
  assert.equal(all.values.mtta, (10 + 20) / 2);
  assert.equal(all.values.mttm, 100);
  assert.equal(all.values.mttr, 600);
  assert.equal(all.values.action_items_open, 3);
  assert.equal(all.values.action_items_overdue, 1);
  const amer = computeKpis(db, { ...WEEK, region: "AMER", priority: "P0" });
  assert.equal(amer.values.incidents, 1, "priority does not apply to incidents");
  assert.equal(amer.values.mttd, -10);
  assert.equal(amer.values.mttm, null);
  assert.equal(amer.values.action_items_open, 0);
});

test("team: open per owner, goals, wellbeing, exposure and coverage gaps", () => {
  const person = (id, active) => ({ id, name: id, role: "analyst", region: "EMEA", active, updated_at: at(9999), version: 1 });
  const db = {
    people: [person("p1", true), person("p2", undefined), person("gone", false)],
    cases: [kase("c1", { owner_id: "p1" }), kase("c2", { owner_id: "gone" }), kase("c3", { owner_id: "" }),
      kase("c4", { owner_id: "p1", status: "resolved", resolved_at: at(1) }), kase("c5", { owner_id: "stranger", region: "APAC" })],
    goals: [
      { id: "g1", status: "done", updated_at: "2026-11-20T00:00:00Z" },
      { id: "g2", status: "done", updated_at: "2026-11-01T00:00:00Z" },
      { id: "g3", status: "active", target_on: "2026-11-24" },
      { id: "g4", status: "active", target_on: "2026-11-25" },
      { id: "g5", status: "dropped", target_on: "2026-01-01" },
    ],
    check_ins: [
      { id: "k1", person_id: "p1", on: "2026-11-18", wellbeing: 2, exposure_minutes: 100 },
      { id: "k2", person_id: "p1", on: "2026-11-25", wellbeing: 5, exposure_minutes: null },
      { id: "k3", person_id: "gone", on: "2026-11-20", wellbeing: 2, exposure_minutes: 50 },
      { id: "k4", person_id: "p2", on: "2026-11-17", wellbeing: 1, exposure_minutes: 70 }, // out of the window
      { id: "k5", person_id: "p2", on: "2026-11-19", wellbeing: null, exposure_minutes: 30 },
      { id: "k6", person_id: "p1", on: "2026-11-19", wellbeing: 0 }, // damaged
    ],
    shifts: [
      // EMEA: 25 Nov 13:00 .. 21:30, then 22:00 (00:00+02:00) .. 2 Dec 13:00 exactly.
      { id: "s1", region: "EMEA", kind: "primary", starts_at: "2026-11-25T13:00:00Z", ends_at: "2026-11-25T21:30:00Z" },
      { id: "s2", region: "EMEA", kind: "primary", starts_at: "2026-11-26T00:00:00+02:00", ends_at: "2026-12-02T13:00:00Z" },
      { id: "s3", region: "AMER", kind: "backup", starts_at: "2026-11-25T00:00:00Z", ends_at: "2026-12-05T00:00:00Z" },
      { id: "s4", region: "APAC", kind: "primary", starts_at: "2026-11-20T00:00:00Z", ends_at: "2026-12-05T00:00:00Z" },
    ],
  };
  const { values, breakdowns } = computeKpis(db, { ...WEEK, region: "AMER" });
  assert.deepEqual(breakdowns.open_per_owner, { p1: 1, p2: 0, gone: 1, stranger: 1 });
  assert.equal(values.open_unassigned, 1);
  assert.equal(values.goals_done, 1);
  assert.equal(values.goals_overdue, 1);
  assert.equal(values.wellbeing_avg, 3);
  assert.deepEqual(breakdowns.wellbeing_avg, { p1: 3.5, p2: null });
  // today - 6 = 19 Nov: k1 (18 Nov) and k4 out.
  assert.deepEqual(breakdowns.exposure_week, { p1: 0, p2: 30 });
  // The 168 hours 25 Nov 13:00 .. 2 Dec 13:00: EMEA's 21:00 hour is covered only to 21:30 (a gap); the
  // last hour ends when s2 does (covered). A backup shift covers nothing.
  assert.deepEqual(breakdowns.coverage_gaps, { EMEA: 1, AMER: 168, APAC: 0 });
  // At 13:00:00.000 exactly the hours start at 14:00: 2 Dec 13:00 .. 14:00 is now one of them, uncovered.
  const later = computeKpis(db, { ...WEEK, now: "2026-11-25T13:00:00.000Z" }).breakdowns.coverage_gaps;
  assert.deepEqual(later, { EMEA: 2, AMER: 168, APAC: 0 });
  const justAfter = computeKpis(db, { ...WEEK, now: "2026-11-25T12:59:59.999Z" }).breakdowns.coverage_gaps;
  assert.deepEqual(justAfter, { EMEA: 1, AMER: 168, APAC: 0 });
});

test("a date-only value is in the window from the UTC date of from to that of to, both included", () => {
  const db = { check_ins: ["2026-09-30", "2026-10-01", "2026-11-15", "2026-11-16", "2026-11-17"].map((on, i) =>
    ({ id: `k${i}`, person_id: "p", on, wellbeing: i + 1 })) };
  const window = { ...windowFromQuery("from=2026-10-01&to=2026-11-15", NOW), now: NOW };
  assert.equal(window.to.toISOString(), "2026-11-16T00:00:00.000Z");
  assert.equal(computeKpis(db, window).values.wellbeing_avg, 3); // 2, 3, 4
});

test("windows from the URL, and the previous window", () => {
  const iso = (w) => [w.from.toISOString(), w.to.toISOString()];
  assert.deepEqual(iso(windowFromQuery("", NOW)), ["2026-10-28T12:00:00.000Z", NOW]);
  assert.deepEqual(iso(windowFromQuery("?days=7&region=EMEA", NOW)), ["2026-11-18T12:00:00.000Z", NOW]);
  assert.deepEqual(iso(windowFromQuery("days=90", NOW)), ["2026-08-27T12:00:00.000Z", NOW]);
  assert.deepEqual(iso(windowFromQuery("from=2026-10-01&to=2026-11-15&priority=P1", NOW)),
    ["2026-10-01T00:00:00.000Z", "2026-11-16T00:00:00.000Z"]);
  assert.deepEqual(iso(previousWindow({ from: "2026-10-01T00:00:00.000Z", to: "2026-11-16T00:00:00.000Z" })),
    ["2026-08-16T00:00:00.000Z", "2026-10-01T00:00:00.000Z"]);
  // The daily series of a window ending at midnight stops the day before.
  const { breakdowns } = computeKpis({}, { from: "2026-11-14T00:00:00Z", to: "2026-11-16T00:00:00Z", now: NOW });
  assert.deepEqual(Object.keys(breakdowns.daily_backlog), ["2026-11-14", "2026-11-15"]);
});
