// Tests of the e2e KPI comparison (e2e/kpi-check.mjs) without a browser: a
// dashboard that shows the definitions' numbers passes, and each way of
// getting one wrong is reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { agrees, compareDashboard } from "../e2e/kpi-check.mjs";
import { computeKpis, KPI_KEYS, previousWindow } from "../e2e/kpi-oracle.mjs";
import { FILE, NOW } from "../e2e/fixtures/kpi-db.mjs";

const db = JSON.parse(readFileSync(FILE, "utf8"));
const window = { from: "2026-10-28T12:00:00.000Z", to: NOW, now: NOW };
const filters = { region: null, priority: null, category: "crisis" };

/** What a correct dashboard would show: tiles with previous values, every row (numbers as Rust's `{}` prints them). */
function faithful() {
  const now = computeKpis(db, { ...window, ...filters });
  const before = computeKpis(db, { ...previousWindow(window), now: NOW, ...filters });
  const text = (v) => (v === null ? "" : String(v));
  const items = [];
  for (const [kpi, v] of Object.entries(now.values)) {
    items.push({ kpi, key: null, value: text(v), previous: text(before.values[kpi]), text: v === null ? "Resolution\nNo data" : `${v}` });
  }
  for (const [kpi, rows] of Object.entries(now.breakdowns)) {
    items.push({ kpi, key: null, value: null, previous: null, text: "" });
    for (const [key, v] of Object.entries(rows)) items.push({ kpi, key, value: text(v), previous: null, text: "" });
  }
  return { ...window, items };
}
const check = (shown) => compareDashboard(db, shown, filters, KPI_KEYS).problems;
const edit = (shown, kpi, key, change) => ({
  ...shown, items: shown.items.map((i) => (i.kpi === kpi && i.key === key && i.value !== null ? { ...i, ...change } : i)),
});

test("numbers agree as the dashboard prints them", () => {
  assert.ok(agrees("12.5", 12.5, false));
  assert.ok(agrees("66.66666666666667", 200 / 3, false));
  assert.ok(agrees("66.666667", 200 / 3, false), "within 1e-6 relative");
  assert.ok(!agrees("66.67", 200 / 3, false));
  assert.ok(agrees("3", 3, true));
  assert.ok(!agrees("3.0", 3, true), "a count is printed as an integer");
  assert.ok(agrees("", null, false));
  assert.ok(!agrees("0", null, false), "no data is never 0");
  assert.ok(!agrees("", 0, true), "0 is a value");
  assert.ok(!agrees("NaN", 1, false));
  assert.ok(!agrees(null, 1, false));
});

test("a dashboard that shows the definitions passes", () => {
  assert.deepEqual(check(faithful()), []);
});

test("each kind of difference is reported", () => {
  const shown = faithful();
  assert.deepEqual(check(edit(shown, "cases_created", null, { value: "3" })), ["cases_created: shows \"3\", the definition gives 2"]);
  assert.deepEqual(check(edit(shown, "resolution_p50", null, { value: "0", text: "0" })), [
    "resolution_p50: no data, but the text is \"0\"", "resolution_p50: shows \"0\", the definition gives null"]);
  assert.deepEqual(check(edit(shown, "resolution_p50", null, { text: "—" })), ["resolution_p50: no data, but the text is \"—\""]);
  assert.equal(check(edit(shown, "backlog", null, { previous: "99" })).length, 1);
  assert.deepEqual(check({ ...shown, items: shown.items.filter((i) => i.kpi !== "mttr") }), ["mttr: no value shown"]);
  const noUnknown = { ...shown, items: shown.items.filter((i) => !(i.kpi === "volume_by_region" && i.key === "EMEA")) };
  assert.equal(check(noUnknown).length, 1);
  assert.match(check(noUnknown)[0], /^volume_by_region: rows/);
  const extra = { ...shown, items: [...shown.items, { kpi: "open_per_owner", key: "kpi-person-damaged", value: "0", previous: null, text: "" }] };
  assert.deepEqual(check(extra), ["open_per_owner[kpi-person-damaged]: a row the definitions do not have",
    "open_per_owner: rows [\"kpi-person-1\",\"kpi-person-2\",\"kpi-person-3\",\"kpi-person-4\",\"kpi-person-5\",\"kpi-person-6\",\"kpi-person-7\",\"kpi-person-8\",\"kpi-person-9\",\"kpi-person-99\",\"kpi-person-damaged\"], the definitions give [\"kpi-person-1\",\"kpi-person-2\",\"kpi-person-3\",\"kpi-person-4\",\"kpi-person-5\",\"kpi-person-6\",\"kpi-person-7\",\"kpi-person-8\",\"kpi-person-9\",\"kpi-person-99\"]"]);
  const unknownKey = { ...shown, items: [...shown.items, { kpi: "mean_time_to_coffee", key: null, value: "1", previous: null, text: "" }] };
  assert.deepEqual(check(unknownKey), ["mean_time_to_coffee: not a key of kpis.md"]);
  const noValue = { ...shown, items: [...shown.items, { kpi: "backlog", key: null, value: null, previous: null, text: "" }] };
  assert.deepEqual(check(noValue), ["backlog: no data-value"]);
});
