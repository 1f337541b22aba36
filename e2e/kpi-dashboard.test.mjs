// The KPI dashboard as a lead uses it: the window picker and filters in the
// URL, loading only what a window needs (and nothing for a narrower one), a
// collection that fails leaving its numbers marked partial until Retry, the
// CSV, and a phone. The values themselves are checked against the
// independent oracle in e2e/kpis.test.mjs.
import { after, before, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expectEventually, launch, NOW, openPage, startApp, startBackend } from "./harness.mjs";
import { startFaultProxy } from "./faults.mjs";

const here = dirname(fileURLToPath(import.meta.url));
let backend, proxy, app, browser;

before(async () => {
  backend = await startBackend({ db: join(here, "fixtures", "kpi-db.json") });
  proxy = await startFaultProxy(backend.url);
  app = await startApp({ api: proxy.url, config: { api_base_url: "api/" } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await proxy?.stop();
  await backend?.stop();
});

beforeEach(() => {
  proxy.clear();
  proxy.resetCounts();
});

const DAY = 24 * 3600 * 1000;
const state = (page) => page.locator("#kpi-dashboard").getAttribute("data-state");

async function ready(page, what = "ready") {
  await expectEventually(async () => (await state(page)) === what, `the dashboard is ${what}`, 15_000);
}

/** The collections asked for since the last reset, with their queries. */
function asked(collection) {
  return proxy.requests.filter((r) => r.path.startsWith(`/${collection}?`) || r.path === `/${collection}`);
}

test("a wider window asks only for the part not loaded; a narrower one and a filter ask for nothing", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}kpis`);
  await ready(page);
  assert.equal(await page.locator("#kpi-dashboard").getAttribute("data-from"),
    new Date(Date.parse(NOW) - 28 * DAY).toISOString());
  assert.ok(asked("people").length >= 1, "the first load reads people");
  const firstCases = asked("cases").length;
  assert.ok(firstCases >= 3, `created, resolved and not-closed cases (${firstCases} requests)`);

  proxy.resetCounts();
  await page.locator("[data-filter='window']").selectOption("90");
  await expectEventually(() => page.url().includes("days=90"), "the window is in the URL");
  await ready(page);
  assert.equal(await page.locator("#kpi-dashboard").getAttribute("data-from"),
    new Date(Date.parse(NOW) - 90 * DAY).toISOString());
  const wider = asked("cases");
  assert.ok(wider.length >= 2, "the part not loaded is asked for");
  for (const r of wider) {
    assert.match(r.path, /_lte=/, `a bounded range, not everything again: ${r.path}`);
  }
  assert.equal(asked("people").length, 0, "people are not read again");

  proxy.resetCounts();
  await page.locator("[data-filter='window']").selectOption("7");
  await page.locator("[data-filter='region']").selectOption("EMEA");
  await expectEventually(() => page.url().includes("region=EMEA") && page.url().includes("days=7"), "both in the URL");
  await ready(page);
  assert.equal(proxy.requests.filter((r) => !r.path.startsWith("/config")).length, 0,
    `nothing asked for: ${proxy.requests.map((r) => r.path).join(" ")}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("a collection that fails leaves the numbers resting on it partial until Retry", async () => {
  proxy.set({ status500: true, onlyPath: /^\/incidents/ });
  const page = await openPage(browser);
  await page.goto(`${app.url}kpis`);
  await ready(page, "partial");
  const alert = page.locator("[role='alert'][data-partial]");
  await alert.waitFor();
  assert.match(await alert.innerText(), /incidents/);
  assert.equal(await page.locator(".tile[data-kpi='incidents']").getAttribute("data-partial"), "true");
  // No number from what did not arrive: no "0 incidents".
  assert.equal(await page.locator(".tile[data-kpi='incidents']").getAttribute("data-value"), "");
  assert.equal(await page.locator(".tile[data-kpi='cases_created']").getAttribute("data-partial"), null,
    "the cases' numbers do not rest on incidents");

  proxy.clear();
  await alert.getByRole("button").click();
  await ready(page);
  assert.equal(await page.locator(".tile[data-kpi='incidents']").getAttribute("data-partial"), null);
  assert.notEqual(await page.locator(".tile[data-kpi='incidents']").getAttribute("data-value"), "");
  await page.context().close();
});

test("progress shows while pages arrive on a slow link; print leaves out the controls", async () => {
  proxy.set({ delayMs: 1500, onlyPath: /^\/cases/ });
  const page = await openPage(browser);
  await page.goto(`${app.url}kpis`);
  const progress = page.locator("#kpi-dashboard [role='status']");
  await expectEventually(async () => /Loading records/.test(await progress.innerText()), "progress is said");
  assert.equal(await state(page), "loading");
  assert.equal(await page.locator(".tile").count(), 0, "no number before the window's records are in");
  await ready(page);
  assert.equal((await progress.innerText()).trim(), "", "the live region stays, empty");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".kpi-controls").isVisible(), false);
  assert.equal(await page.locator("[data-action='csv']").isVisible(), false);
  assert.ok(await page.locator(".tile").first().isVisible());
  await page.context().close();
});

test("the CSV holds every value the tiles show, with the window", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}kpis?days=7`);
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("[data-action='csv']").click(),
  ]);
  assert.match(download.suggestedFilename(), /^kpis-.*\.csv$/);
  const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const [header, ...lines] = text.trim().split("\r\n");
  assert.equal(header, "kpi,key,value,unit,previous_value,target,on_target,window_from,window_to,filters,as_of,partial");
  const tiles = await page.locator(".tile[data-kpi]").evaluateAll((els) =>
    els.map((e) => [e.dataset.kpi, e.dataset.value]));
  assert.ok(tiles.length >= 20, `${tiles.length} tiles`);
  for (const [kpi, value] of tiles) {
    const line = lines.find((l) => l.startsWith(`${kpi},,`));
    assert.ok(line, `${kpi} is in the CSV`);
    assert.equal(line.split(",")[2], value, `${kpi} has the tile's value`);
    assert.ok(line.endsWith(`,${new Date(Date.parse(NOW) - 7 * DAY).toISOString()},${NOW},,${NOW},`), line);
  }
  await page.context().close();
});

test("on a 390 px phone nothing runs off the side and a chart reads out by keyboard", async () => {
  const page = await openPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${app.url}kpis?days=90`);
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  const chart = page.locator("[data-chart='region']");
  await chart.locator("svg").focus();
  await page.keyboard.press("Home");
  const first = await chart.locator("[data-kpi='volume_by_region']").first();
  const value = await first.getAttribute("data-value");
  assert.equal(await first.getAttribute("data-key"), "EMEA");
  await expectEventually(async () => (await chart.locator(".readout").innerText()).startsWith("EMEA"),
    "the readout names the first bar");
  assert.match(await chart.locator(".readout").innerText(), new RegExp(`\\b${value}\\b`));
  await page.keyboard.press("ArrowDown");
  await expectEventually(async () => (await chart.locator(".readout").innerText()).startsWith("AMER"),
    "the readout moves with the arrow keys");
  await page.context().close();
});
