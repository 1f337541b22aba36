// The KPI test data set (e2e/fixtures/kpi-db.json): the committed file is
// what its generator makes, and it holds the edges the e2e KPI test relies
// on (so that a later edit of the generator cannot quietly drop one).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { AMBIGUOUS_MORNINGS, FILE, generate, NOW, serialize } from "../e2e/fixtures/kpi-db.mjs";
import { computeKpis, damage, parseTimestamp, slaOutcome, slaTargets, sound, windowFromQuery } from "../e2e/kpi-oracle.mjs";

const db = JSON.parse(readFileSync(FILE, "utf8"));
const NOW_MS = Date.parse(NOW);
const kpis = (query) => computeKpis(db, { ...Object.fromEntries(new URLSearchParams(query)), ...windowFromQuery(query, NOW), now: NOW });

test("the committed data set is what `node e2e/fixtures/kpi-db.mjs` makes", () => {
  assert.equal(readFileSync(FILE, "utf8"), serialize(generate()));
});

test("sizes, and damaged records in every collection the KPIs read", () => {
  assert.ok(db.cases.length >= 150 && db.cases.length <= 300, `${db.cases.length} cases`);
  for (const collection of ["cases", "incidents", "action_items", "people", "goals", "check_ins", "shifts", "sla_policies"]) {
    const damaged = db[collection].filter((r) => damage(collection, r) !== null);
    assert.ok(damaged.length > 0, `${collection}: some damaged`);
  }
  // Each case named damaged is, and no other.
  for (const c of db.cases) assert.equal(damage("cases", c) !== null, c.id.startsWith("kpi-edge-damaged-"), c.id);
});

test("case times: offsets, other forms, and no case time in a morning before a 12:00 window start", () => {
  const stamps = sound(db, "cases").flatMap((c) => [c.created_at, c.first_response_at, c.resolved_at]).filter((s) => s != null);
  for (const form of [/\+02:00$/, /-05:00$/, / /, /t.*z$/, /\.\d{6}/]) assert.ok(stamps.some((s) => form.test(s)), String(form));
  for (const c of sound(db, "cases")) {
    for (const t of [c.created_at, c.resolved_at].map(parseTimestamp).filter((t) => t !== undefined)) {
      assert.ok(!AMBIGUOUS_MORNINGS.some(([a, b]) => t >= a && t < b), `${c.id} at ${new Date(t).toISOString()}`);
      assert.ok(t <= NOW_MS, `${c.id} in the future`);
    }
  }
});

test("SLA edges: pending, missed without a response, met on the target exactly, decided by a policy row", () => {
  const targets = slaTargets(db);
  const cases = Object.fromEntries(sound(db, "cases").map((c) => [c.id, {
    ...c, created_at_ms: parseTimestamp(c.created_at) ?? undefined,
    first_response_at_ms: parseTimestamp(c.first_response_at) ?? undefined, resolved_at_ms: parseTimestamp(c.resolved_at) ?? undefined,
  }]));
  const outcome = (id, clock) => slaOutcome(cases[`kpi-edge-${id}`], clock, targets, NOW_MS);
  assert.equal(outcome("pending-no-response", "first_response_at"), "pending");
  assert.equal(outcome("pending-exactly-at-target", "first_response_at"), "pending");
  assert.equal(outcome("missed-no-response", "first_response_at"), "missed");
  assert.equal(outcome("met-exactly-on-target", "first_response_at"), "met");
  assert.equal(outcome("met-exactly-on-target", "resolved_at"), "met");
  assert.equal(outcome("missed-by-one-ms", "first_response_at"), "missed");
  assert.equal(outcome("missed-by-one-ms", "resolved_at"), "missed");
  assert.equal(outcome("p3-policy-row-decides", "resolved_at"), "missed");
  assert.equal(outcome("no-priority", "first_response_at"), null);
  assert.deepEqual(targets, { P0: { first: 15, resolution: 240 }, P1: { first: 30, resolution: 1440 },
    P2: { first: 240, resolution: 4320 }, P3: { first: 1440, resolution: 7200 } });
});

test("the views of the e2e test have what they are there to show", () => {
  const all = kpis("");
  assert.ok(all.values.cases_created > 20 && all.values.cases_resolved > 20 && all.values.backlog > 5);
  assert.ok(all.breakdowns.volume_by_region.unknown > 0 && all.breakdowns.volume_by_category.unknown > 0
    && all.breakdowns.volume_by_priority.unknown > 0 && all.breakdowns.incidents_by_severity.unknown > 0);
  assert.ok(all.values.reopen_rate > 0 && all.values.action_items_overdue > 0 && all.values.goals_done > 0 && all.values.goals_overdue > 0);
  assert.equal(all.breakdowns.open_per_owner["kpi-person-8"], 1, "an owner who left the team has a row");
  assert.equal(all.breakdowns.open_per_owner["kpi-person-99"], 1, "an owner not in people has a row");
  assert.ok(!("kpi-person-damaged" in all.breakdowns.open_per_owner));
  assert.equal(all.breakdowns.wellbeing_avg["kpi-person-9"], null, "a person without check-ins: no data");
  assert.equal(all.breakdowns.exposure_week["kpi-person-9"], 0);
  const gaps = all.breakdowns.coverage_gaps;
  assert.ok(gaps.EMEA > 0 && gaps.AMER > 0 && gaps.APAC === 0, JSON.stringify(gaps));
  // The category view has no data on its resolution numbers ("No data" on screen), and a 0 that is a value.
  const crisis = kpis("category=crisis");
  assert.equal(crisis.values.cases_resolved, 0);
  assert.equal(crisis.values.resolution_p50, null);
  assert.equal(crisis.values.csat_avg, null);
  assert.equal(crisis.values.sla_first_response, 0);
  // The P1 view: the to-date check-in counts; the offset edges fall on the right side.
  const p1 = kpis("from=2026-10-01&to=2026-11-15&priority=P1");
  assert.ok(p1.values.cases_created > 5);
  const region = kpis("days=90&region=EMEA");
  assert.deepEqual([region.breakdowns.volume_by_region.AMER, region.breakdowns.volume_by_region.APAC], [0, 0]);
});
