// Incident and case timelines where the app goes: under a sub-path, embedded
// (no own header), on a 360 px phone, in the viewer's zone with UTC at hand.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startStack, expectEventually } from "./harness.mjs";

const BASE = "/tools/watchfloor/";
let stack, backend, app, browser;

before(async () => {
  stack = await startStack({ base: BASE });
  ({ backend, app, browser } = stack);
});

after(() => stack?.stop());

const get = async (path) => (await fetch(`${backend.url}/${path}`)).json();
const phone = () =>
  openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, timezoneId: "Asia/Tokyo" });

async function noSideScroll(page, what) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${what}: the page is ${width}px wide`);
}

test("embedded under a sub-path on a phone: from the list to an incident, an update with one field", async () => {
  const page = await phone();
  await page.goto(`${app.url}incidents?embed=1`);
  const row = page.locator("[data-incident-id='incident-1'] a").first();
  await row.waitFor();
  assert.equal(await page.locator("header.app-header").count(), 0, "embedded: no own header");
  await noSideScroll(page, "list");
  await row.click();
  await page.waitForURL(/\/incidents\/incident-1/);
  assert.ok(new URL(page.url()).pathname.startsWith(BASE), `the sub-path is kept: ${page.url()}`);
  await page.locator("article[data-incident-id='incident-1'] li[data-event-id]").first().waitFor();
  await noSideScroll(page, "incident page");

  // The time in Tokyo, with the UTC time at hand.
  const time = page.locator("li[data-event-id] time[datetime]").first();
  const utc = await time.getAttribute("datetime");
  assert.match(utc, /Z$/);
  assert.match((await time.getAttribute("title")) ?? "", /UTC/);

  const box = page.locator("[data-timeline='text']");
  const field = await box.boundingBox();
  assert.ok(field.height >= 44, `a field for a thumb: ${field.height}px`);
  await box.tap();
  await box.fill("Comms drafted the statement");
  await box.press("Enter");
  await expectEventually(
    async () => (await get("incident_events?incident_id=incident-1")).some((e) => e.text === "Comms drafted the statement"),
    "the update is stored",
  );
  await page.locator("li[data-kind='update']", { hasText: "Comms drafted the statement" }).waitFor();
  assert.deepEqual(page.errors, []);
});

test("a case's notes under the sub-path, in Arabic on a phone", async () => {
  const page = await phone();
  await page.addInitScript(() => localStorage.setItem("watchfloor.locale", "ar"));
  await page.goto(`${app.url}cases/case-1`);
  await page.locator("li[data-event-id]").first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  await noSideScroll(page, "case page");
  const box = page.locator("[data-timeline='text']");
  await box.fill("اتصلنا بفريق الثقة");
  await box.press("Enter");
  await expectEventually(
    async () => (await get("case_events?case_id=case-1")).some((e) => e.kind === "note" && e.text === "اتصلنا بفريق الثقة"),
    "the note is stored",
  );
  assert.deepEqual(page.errors, []);
});
