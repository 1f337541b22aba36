// The shell under a sub-path, with deep links, navigation, a damaged record
// among good ones, and a phone-width layout.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { AREA_READY, openPage, startStack } from "./harness.mjs";

const BASE = "/tools/watchfloor/";
let stack, backend, app, browser;

before(async () => {
  stack = await startStack({ base: BASE });
  ({ backend, app, browser } = stack);
});

after(() => stack?.stop());

test("the base address opens the cases under the sub-path", async () => {
  const page = await openPage(browser);
  await page.goto(app.url);
  await page.waitForURL(`${app.url}cases`);
  await page.locator("h1", { hasText: "Cases" }).waitFor();
  assert.equal(await page.locator(".summary[data-count]").first().getAttribute("data-count"), "3");
  assert.deepEqual(page.errors, []);
});

test("a damaged record is named and the good ones still show", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  const damaged = page.locator("[data-damaged-id='case-bad-priority']");
  await damaged.waitFor({ state: "attached" });
  assert.match(await damaged.textContent(), /P9/);
  assert.equal(await page.locator("details.damaged").getAttribute("data-damaged-count"), "1");
  for (const id of ["case-1", "case-2", "case-3"]) {
    assert.equal(await page.locator(`[data-case-id='${id}']`).count(), 1, id);
  }
  assert.equal(await page.locator("[data-status='new'] .count").getAttribute("data-count"), "1");
});

test("user text is shown as text, never as HTML", async () => {
  const page = await openPage(browser);
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  await page.goto(`${app.url}cases`);
  const title = page.locator("[data-case-id='case-3'] .title");
  await title.waitFor();
  assert.equal(await title.textContent(), "<img src=x onerror=alert(1)> Law enforcement request");
  assert.equal(await page.locator("main img").count(), 0);
  assert.equal(dialogs, 0);
});

test("deep links load directly, and navigation keeps the sub-path", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}incidents`);
  await page.locator("[data-incident-id='incident-1']").waitFor();
  await page.getByRole("link", { name: "Team" }).click();
  await page.waitForURL(`${app.url}team`);
  await page.locator("[data-person-id='person-2']").waitFor();
  await page.reload();
  await page.locator("[data-person-id='person-2']").waitFor();
  await page.getByRole("link", { name: "KPIs" }).click();
  await page.waitForURL(`${app.url}kpis`);
  await page.locator("[data-kpi='sla_first_response']").waitFor();
  assert.equal(await page.getByRole("link", { name: "KPIs" }).getAttribute("aria-current"), "page");
  await page.goBack();
  await page.waitForURL(`${app.url}team`);
  assert.deepEqual(page.errors, []);
});

test("an unknown address says so and links home", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}no-such-page`);
  await page.locator("h1", { hasText: "Not found" }).waitFor();
  await page.getByRole("link", { name: "Go to the cases" }).click();
  await page.waitForURL(`${app.url}cases`);
});

test("the header shows the three regions' clocks and the viewer's", async () => {
  const page = await openPage(browser, { timezoneId: "Asia/Dubai" });
  await page.goto(`${app.url}cases`);
  for (const region of ["EMEA", "AMER", "APAC", "own"]) {
    const time = page.locator(`.clocks [data-region='${region}'] time`);
    await time.waitFor();
    assert.match(await time.textContent(), /\d{1,2}[:.]\d{2}/, region);
  }
  assert.equal(await page.locator(".clocks [data-region='own']").getAttribute("title"), "Asia/Dubai");
});

test("no horizontal scrolling at 360 px", async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true });
  for (const [path, selector] of Object.entries(AREA_READY)) {
    await page.goto(`${app.url}${path}`);
    await page.locator(selector).first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${path}: page is ${width}px wide`);
  }
});
