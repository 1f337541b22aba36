// The KPI dashboard against an independent computation of the same
// definitions: e2e/kpi-oracle.mjs, JavaScript written from docs/kpis.md and
// docs/contract.md, never from the Rust engine. On the KPI data set
// (e2e/fixtures/kpi-db.json, with its edges and damaged records), for
// several windows and filters, every value and every row the dashboard
// marks with `data-kpi` must be the oracle's, on the window the dashboard
// says it shows (which must be the one the URL asks for), and a tile's
// previous-window value the oracle's on the window before.
//
// The dashboard's hooks: <section id="kpi-dashboard" data-state="loading|ready|partial"
// data-from data-to data-now> (wire-form UTC instants); inside it, elements
// with `data-kpi` (the key) and `data-value` (the raw number, Rust's `{}` of
// an f64, empty for no data) and, on a tile, `data-previous`; breakdown rows
// also carry `data-key` (the row). An element with `data-kpi` but neither
// `data-key` nor `data-value` may hold a breakdown's rows.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, NOW, openPage, startApp, startBackend } from "./harness.mjs";
import { compareDashboard } from "./kpi-check.mjs";
import { kpiKeysFromDoc, windowFromQuery } from "./kpi-oracle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const DB_FILE = join(here, "fixtures", "kpi-db.json");
const db = JSON.parse(readFileSync(DB_FILE, "utf8"));
const DOC_KEYS = kpiKeysFromDoc(readFileSync(join(here, "..", "docs", "kpis.md"), "utf8"));
const WIRE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

let backend, app, browser;

before(async () => {
  backend = await startBackend({ db: DB_FILE });
  app = await startApp({ api: backend.url, config: { api_base_url: "api/" } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await backend?.stop();
});

/** Everything the dashboard marks, once it says it is ready and two reads agree. */
async function readDashboard(page) {
  const root = page.locator("#kpi-dashboard");
  await root.waitFor();
  await page.waitForFunction(() => ["ready", "partial"].includes(document.getElementById("kpi-dashboard")?.dataset.state),
    null, { timeout: 15_000 });
  const read = () => page.evaluate(() => {
    const el = document.getElementById("kpi-dashboard");
    const attr = (e, name) => (e.hasAttribute(name) ? e.getAttribute(name) : null);
    return {
      state: el.dataset.state, from: attr(el, "data-from"), to: attr(el, "data-to"), now: attr(el, "data-now"),
      items: [...el.querySelectorAll("[data-kpi]")].map((e) => ({
        kpi: e.getAttribute("data-kpi"), key: attr(e, "data-key"), value: attr(e, "data-value"),
        previous: attr(e, "data-previous"), text: e.innerText,
      })),
    };
  });
  let last = await read();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const next = await read();
    if (JSON.stringify(next) === JSON.stringify(last)) break;
    last = next;
  }
  return last;
}

/** Opens /kpis?query and compares it with the oracle; all differences are reported together. */
async function checkView(query) {
  const page = await openPage(browser, { locale: "en-US", timezoneId: "UTC" });
  await page.goto(`${app.url}kpis${query ? `?${query}` : ""}`);
  const shown = await readDashboard(page);
  assert.equal(shown.state, "ready", `${query}: the dashboard is complete (data-state)`);

  // The window the dashboard says it shows is the one the URL asks for.
  const asked = windowFromQuery(query, NOW);
  for (const name of ["from", "to", "now"]) assert.match(shown[name] ?? "", WIRE, `data-${name} in the wire form`);
  assert.equal(shown.now, NOW, "data-now");
  assert.equal(shown.from, asked.from.toISOString(), `${query}: data-from`);
  assert.equal(shown.to, asked.to.toISOString(), `${query}: data-to`);

  const q = new URLSearchParams(query);
  const filters = { region: q.get("region"), priority: q.get("priority"), category: q.get("category") };
  const { problems, oracle } = compareDashboard(db, shown, filters, DOC_KEYS);
  assert.deepEqual(problems, [], `${query || "(default)"}: ${problems.length} difference(s)`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  return { shown, oracle };
}

test("the default window, the last 28 days up to now", async () => {
  const { shown } = await checkView("");
  assert.equal(shown.from, "2026-10-28T12:00:00.000Z");
});

test("the last 7 days", async () => {
  await checkView("days=7");
});

test("the last 90 days in EMEA: cases by their region, incidents by their regions", async () => {
  await checkView("days=90&region=EMEA");
});

test("dates from and to, P1 only: [1 Oct 00:00Z, 16 Nov 00:00Z); times with offsets on the right side", async () => {
  const { shown } = await checkView("from=2026-10-01&to=2026-11-15&priority=P1");
  assert.equal(shown.to, "2026-11-16T00:00:00.000Z");
});

test("a category with no resolved case: its resolution numbers say No data, its SLA percent is a 0", async () => {
  const { shown, oracle } = await checkView("category=crisis");
  assert.equal(oracle.values.resolution_p50, null);
  const tile = shown.items.find((i) => i.kpi === "resolution_p50" && i.key === null && i.value !== null);
  assert.equal(tile.value, "");
  assert.match(tile.text, /No data/);
  const sla = shown.items.find((i) => i.kpi === "sla_first_response" && i.key === null && i.value !== null);
  assert.equal(sla.value, "0");
  assert.doesNotMatch(sla.text, /No data/);
});

test("a category and a region together", async () => {
  await checkView("days=28&category=legal_request&region=APAC");
});
