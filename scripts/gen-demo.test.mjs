// Tests of the demo data generator: determinism, the contract's forms and
// enumerations, ordering invariants and references.
import { test } from "node:test";
import assert from "node:assert/strict";
import { generate } from "./gen-demo.mjs";

const NOW = "2026-11-25T10:00:00.000Z";
const NOW_MS = Date.parse(NOW);
const db = generate({ seed: 42, now: NOW });
const WIRE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const damaged = new Set(db.cases.filter((c) => c.title.startsWith("Damaged demo record")).map((c) => c.id));
const goodCases = db.cases.filter((c) => !damaged.has(c.id));

test("the same seed and now give the same data, another seed other data", () => {
  assert.equal(JSON.stringify(generate({ seed: 42, now: NOW })), JSON.stringify(db));
  assert.notEqual(JSON.stringify(generate({ seed: 43, now: NOW })), JSON.stringify(db));
});

test("sizes are about what the demo needs", () => {
  assert.equal(db.people.length, 25);
  assert.ok(db.cases.length >= 2900 && db.cases.length <= 3100, `${db.cases.length} cases`);
  assert.equal(db.incidents.length, 40);
  const perIncident = new Map();
  for (const e of db.incident_events) perIncident.set(e.incident_id, (perIncident.get(e.incident_id) ?? 0) + 1);
  for (const [id, n] of perIncident) assert.ok(n >= 5 && n <= 30, `${id}: ${n} events`);
  assert.equal(db.sla_policies.length, 4);
  const open = goodCases.filter((c) => c.status !== "resolved").length;
  assert.ok(open >= 50 && open <= 400, `${open} open`);
  assert.equal(damaged.size, 2);
});

test("timestamps are in the fixed-width UTC form and dates are dates", () => {
  const stamps = ["created_at", "first_response_at", "resolved_at", "updated_at", "started_at", "detected_at",
    "acknowledged_at", "mitigated_at", "at", "starts_at", "ends_at"];
  const dates = ["started_on", "due_on", "target_on", "on"];
  for (const [name, records] of Object.entries(db)) {
    for (const rec of records) {
      if (damaged.has(rec.id)) continue;
      for (const f of stamps) if (rec[f] != null) assert.match(rec[f], WIRE, `${name}.${f}`);
      for (const f of dates) if (rec[f] != null) assert.match(rec[f], DATE, `${name}.${f}`);
    }
  }
});

test("every enumeration value is one the contract lists", () => {
  const enums = {
    cases: { status: ["new", "triage", "investigating", "waiting", "resolved"], priority: ["P0", "P1", "P2", "P3"],
      region: ["EMEA", "AMER", "APAC"], category: ["account_security", "harmful_content", "high_profile",
        "legal_request", "platform_bug", "crisis", "other"] },
    incidents: { severity: ["SEV1", "SEV2", "SEV3", "SEV4"], status: ["investigating", "identified", "monitoring", "resolved"] },
    incident_events: { kind: ["detected", "declared", "update", "escalated", "comms", "mitigation", "decision",
      "status_change", "resolved", "note"] },
    case_events: { kind: ["note", "change", "partner_request", "partner_reply"] },
    people: { role: ["lead", "manager", "specialist", "analyst"], region: ["EMEA", "AMER", "APAC"] },
    goals: { kind: ["skill", "career", "training", "certification"], status: ["active", "done", "dropped"] },
    shifts: { kind: ["primary", "backup"], region: ["EMEA", "AMER", "APAC"] },
    kpi_targets: { direction: ["below", "above"] },
  };
  const partners = ["policy", "legal", "engineering", "trust", "product", "marketing", "comms"];
  for (const [name, fields] of Object.entries(enums)) {
    for (const rec of db[name]) {
      if (damaged.has(rec.id)) continue;
      for (const [f, allowed] of Object.entries(fields)) assert.ok(allowed.includes(rec[f]), `${name}.${f}=${rec[f]}`);
    }
  }
  for (const c of goodCases) for (const p of c.partner_teams) assert.ok(partners.includes(p), p);
  for (const i of db.incidents) for (const r of i.regions) assert.ok(["EMEA", "AMER", "APAC"].includes(r));
});

test("ranges hold", () => {
  for (const c of goodCases) if (c.csat !== null) assert.ok(c.csat >= 1 && c.csat <= 5);
  for (const p of db.people) for (const v of Object.values(p.skills)) assert.ok(v >= 0 && v <= 4);
  for (const g of db.goals) assert.ok(g.progress >= 0 && g.progress <= 100);
  for (const c of db.check_ins) {
    for (const f of ["wellbeing", "workload"]) if (c[f] !== null) assert.ok(c[f] >= 1 && c[f] <= 5);
  }
});

test("case and incident times are in order and never in the future", () => {
  for (const c of goodCases) {
    assert.ok(Date.parse(c.created_at) <= NOW_MS);
    if (c.first_response_at) assert.ok(c.first_response_at >= c.created_at, c.id);
    assert.equal(c.status === "resolved", c.resolved_at !== null, c.id);
    if (c.resolved_at) assert.ok(c.resolved_at >= c.created_at && Date.parse(c.resolved_at) <= NOW_MS, c.id);
    if (c.status !== "resolved") assert.equal(c.csat, null);
    assert.ok(c.updated_at >= c.created_at && Date.parse(c.updated_at) <= NOW_MS);
  }
  for (const i of db.incidents) {
    const chain = [i.started_at, i.detected_at, i.acknowledged_at, i.mitigated_at, i.resolved_at].filter(Boolean);
    assert.deepEqual([...chain].sort(), chain, i.id);
    assert.ok(Date.parse(chain[chain.length - 1]) <= NOW_MS);
    assert.equal(i.status === "resolved", i.resolved_at !== null);
  }
  assert.ok(db.incidents.some((i) => i.status !== "resolved"), "some incidents are active");
});

test("ids are unique and every reference points at a record", () => {
  const ids = new Set();
  for (const records of Object.values(db)) for (const r of records) {
    assert.ok(!ids.has(`${r.id}`), `duplicate ${r.id}`);
    ids.add(`${r.id}`);
  }
  const people = new Set(db.people.map((p) => p.id));
  const incidents = new Set(db.incidents.map((i) => i.id));
  const refs = [["cases", "owner_id", people], ["cases", "incident_id", incidents], ["incidents", "commander_id", people],
    ["incident_events", "incident_id", incidents], ["incident_events", "author_id", people],
    ["case_events", "case_id", new Set(db.cases.map((c) => c.id))], ["case_events", "author_id", people],
    ["action_items", "incident_id", incidents], ["action_items", "owner_id", people], ["people", "mentor_id", people],
    ["goals", "person_id", people], ["check_ins", "person_id", people], ["check_ins", "author_id", people],
    ["shifts", "person_id", people]];
  for (const [name, field, targets] of refs) {
    for (const r of db[name]) if (r[field] != null) assert.ok(targets.has(r[field]), `${name}.${field}`);
  }
  for (const name of Object.keys(db)) for (const r of db[name]) {
    for (const key of Object.keys(r)) assert.ok(!/[a-z]Id$/.test(key), `${name}.${key} would trip json-server's cascade`);
  }
});

test("shifts cover the next week with a few gaps", () => {
  const start = Math.ceil(NOW_MS / 3_600_000) * 3_600_000;
  for (const region of ["EMEA", "AMER", "APAC"]) {
    const primaries = db.shifts.filter((s) => s.region === region && s.kind === "primary");
    let covered = 0;
    for (let h = 0; h < 168; h++) {
      const from = start + h * 3_600_000;
      if (primaries.some((s) => Date.parse(s.starts_at) <= from && Date.parse(s.ends_at) >= from + 3_600_000)) covered++;
    }
    assert.ok(covered > 120, `${region}: ${covered} of 168 hours covered`);
  }
  const gapsSomewhere = ["EMEA", "AMER", "APAC"].some((region) => {
    const primaries = db.shifts.filter((s) => s.region === region && s.kind === "primary");
    return Array.from({ length: 14 * 24 }, (_, h) => Math.floor(NOW_MS / 86_400_000) * 86_400_000 + h * 3_600_000)
      .some((from) => !primaries.some((s) => Date.parse(s.starts_at) <= from && Date.parse(s.ends_at) >= from + 3_600_000));
  });
  assert.ok(gapsSomewhere, "the demo has coverage gaps to show");
});

test("text comes in several scripts", () => {
  const all = goodCases.map((c) => c.title).join(" ");
  assert.match(all, /[\u0600-\u06FF]/, "Arabic");
  assert.match(all, /[\u0400-\u04FF]/, "Cyrillic");
  assert.match(all, /[\u3040-\u30FF\u4E00-\u9FFF]/, "CJK");
  assert.match(all, /[A-Za-z]/, "Latin");
});
