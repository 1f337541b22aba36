// Compares what the KPI dashboard shows (read from its `data-kpi` hooks by
// e2e/kpis.test.mjs) with the oracle (e2e/kpi-oracle.mjs). Pure, so that
// the node tools layer can test the comparison itself without a browser.
//
// `shown`: { from, to, now, items: [{ kpi, key, value, previous, text }] },
// attributes as strings, null when absent. Returns the differences, in words.
import { BREAKDOWN_KEYS, computeKpis, previousWindow, SCALAR_KEYS } from "./kpi-oracle.mjs";

/** Keys whose values are counts: exact, and printed as integers. */
export const COUNTS = new Set(["cases_created", "cases_resolved", "backlog", "incidents", "action_items_open", "action_items_overdue",
  "open_unassigned", "goals_done", "goals_overdue", "volume_by_region", "volume_by_category", "volume_by_priority",
  "daily_created", "daily_resolved", "daily_backlog", "incidents_by_severity", "open_per_owner", "exposure_week", "coverage_gaps"]);
/** The dashboard's words for a value without data. */
export const NO_DATA = "No data";

/** Whether the attribute text `shown` is `expected` (null: empty; numbers within 1e-6 relative; counts exact integers). */
export function agrees(shown, expected, count) {
  if (expected === undefined) return false;
  if (expected === null) return shown === "";
  if (shown === null || !/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(shown)) return false;
  const n = Number(shown);
  if (count) return /^-?\d+$/.test(shown) && n === expected;
  return n === expected || Math.abs(n - expected) <= 1e-6 * Math.max(Math.abs(n), Math.abs(expected));
}

/**
 * The differences between the dashboard and the definitions on the window
 * it says it shows, with `filters` ({ region, priority, category }).
 * `keys`: the KPI keys that must all appear (kpiKeysFromDoc of kpis.md).
 */
export function compareDashboard(db, shown, filters, keys) {
  const oracle = computeKpis(db, { from: shown.from, to: shown.to, now: shown.now, ...filters });
  const previous = computeKpis(db, { ...previousWindow(shown), now: shown.now, ...filters });
  const problems = [];
  const seenScalars = new Set();
  const rows = {}; // kpi -> the row keys shown
  for (const item of shown.items) {
    const { kpi, key } = item;
    const where = key === null ? kpi : `${kpi}[${key}]`;
    if (!keys.includes(kpi)) { problems.push(`${where}: not a key of kpis.md`); continue; }
    const count = COUNTS.has(kpi);
    let expected;
    let expectedBefore;
    if (key !== null) {
      (rows[kpi] ??= new Set()).add(key);
      expected = oracle.breakdowns[kpi]?.[key];
      expectedBefore = previous.breakdowns[kpi]?.[key];
      if (expected === undefined) { problems.push(`${where}: a row the definitions do not have`); continue; }
      if (item.value === null) { problems.push(`${where}: no data-value`); continue; }
    } else if (item.value === null) {
      if (!BREAKDOWN_KEYS.includes(kpi)) problems.push(`${where}: no data-value`);
      continue; // a breakdown's container
    } else {
      seenScalars.add(kpi);
      expected = oracle.values[kpi];
      expectedBefore = previous.values[kpi];
      if (expected === undefined) { problems.push(`${where}: has no single value in kpis.md`); continue; }
      // "shown as 'no data', never as 0"
      if (expected === null && !(item.text ?? "").includes(NO_DATA)) {
        problems.push(`${where}: no data, but the text is ${JSON.stringify(item.text)}`);
      }
    }
    if (!agrees(item.value, expected, count)) problems.push(`${where}: shows ${JSON.stringify(item.value)}, the definition gives ${expected}`);
    if (item.previous !== null && item.previous !== undefined && !agrees(item.previous, expectedBefore, count)) {
      problems.push(`${where}: previous window shows ${JSON.stringify(item.previous)}, the definition gives ${expectedBefore}`);
    }
  }
  // Nothing silently missing: every key, every row.
  for (const kpi of keys) {
    if (SCALAR_KEYS.includes(kpi) && !seenScalars.has(kpi)) problems.push(`${kpi}: no value shown`);
    if (BREAKDOWN_KEYS.includes(kpi)) {
      const want = Object.keys(oracle.breakdowns[kpi]).sort();
      const got = [...(rows[kpi] ?? [])].sort();
      if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${kpi}: rows ${JSON.stringify(got)}, the definitions give ${JSON.stringify(want)}`);
    }
  }
  return { problems, oracle, previous };
}
