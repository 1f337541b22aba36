// The "now" view on a phone (390 px), against a real json-server: the home
// on a narrow screen; open incidents with their last update, open P0/P1
// cases by their SLA clocks, who is on shift; no sideways scrolling and
// thumb-sized targets; an update and a "take" that reach json-server once.
// And the case board's first screen on a 360 px phone: the header and the
// filters folded, so cases show without scrolling.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startStack, expectEventually, storedCase } from "./harness.mjs";

let stack, backend, app, browser;

before(async () => {
  stack = await startStack();
  ({ backend, app, browser } = stack);
});

after(() => stack?.stop());

const get = async (path) => (await fetch(`${backend.url}/${path}`)).json();
const phone = (width = 390, height = 844) =>
  openPage(browser, { viewport: { width, height }, isMobile: true, hasTouch: true, timezoneId: "UTC" });

async function noSideScroll(page, width, what) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= width, `${what}: the page is ${wide}px wide`);
}

/** Elements matched by `selector` that are visible and less than 44 px in either direction. */
async function smallTargets(page, selector) {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => e.offsetParent !== null)
      .map((e) => [e.getBoundingClientRect(), e.dataset.action || e.textContent.trim()])
      .filter(([r]) => r.height < 44 || r.width < 44)
      .map(([r, what]) => `${what}: ${Math.round(r.width)}x${Math.round(r.height)}`));
}

test("on a phone the home is the now view: incidents, urgent cases, who is on shift", async () => {
  const page = await phone();
  await page.goto(app.url);
  await page.waitForURL(/\/now$/);
  const incident = page.locator("[data-incident-id='incident-1']");
  await incident.waitFor();
  // Its newest entry (event-4, the move to monitoring at 12:00 the day before).
  await expectEventually(async () => (await incident.locator("[data-last-update]").getAttribute("data-last-update")) === "event-4", "the last update");
  assert.match(await incident.innerText(), /identified → monitoring/);
  // Open P0 and P1 cases, the longest overdue first: case-2 (P1, no first
  // response: due 24 Nov 12:00) before case-1 (P0, resolution due 13:30).
  await page.locator(".now-block [data-case-id='case-1']").waitFor();
  const cases = await page.locator(".now-block [data-case-id]").evaluateAll((els) => els.map((e) => e.dataset.caseId));
  assert.deepEqual(cases, ["case-2", "case-1"]);
  assert.equal(await page.locator("[data-case-id='case-2'] [data-sla]").getAttribute("data-sla"), "overdue");
  // On shift at 12:00 UTC: Aoife in EMEA; nobody in AMER or APAC.
  await expectEventually(async () => /Aoife Byrne/.test(await page.locator("[data-now-region='EMEA'] [data-on-shift='primary']").innerText()), "EMEA on shift");
  assert.match(await page.locator("[data-now-region='APAC']").innerText(), /Nobody on shift/);
  await noSideScroll(page, 390, "now");
  assert.deepEqual(await smallTargets(page, ".now-tap, .app-header nav a, .fold-toggle"), [], "thumb-sized targets");
  assert.deepEqual(page.errors, []);
});

test("an update in two taps, and taking a case, each reach json-server once", async () => {
  const page = await phone();
  await page.goto(`${app.url}now`);
  const incident = page.locator("[data-incident-id='incident-1']");
  await incident.waitFor();
  // Taking a case needs to know who this is.
  const take = page.locator("[data-case-id='case-2'] [data-action='take']");
  await take.waitFor();
  assert.ok(await take.isDisabled(), "nobody said who they are");
  await page.locator("#now-as").selectOption("person-3");

  await incident.locator("[data-action='now-update']").tap();
  const field = incident.locator("[data-field='now-update']");
  await expectEventually(async () => field.evaluate((e) => e === document.activeElement), "the field has focus");
  await field.fill("Comms sent to the minister's office; <b>watching</b> for new logins");
  await incident.locator("[data-action='now-post']").tap();
  await expectEventually(async () => (await get("incident_events?incident_id=incident-1&kind=update")).length === 2, "the update stored");
  const updates = await get("incident_events?incident_id=incident-1&kind=update");
  const mine = updates.find((e) => e.text.startsWith("Comms sent"));
  assert.ok(mine, "the new update");
  assert.equal(mine.author_id, "person-3");
  assert.equal(mine.version, 1);
  // Shown as the last update, as text.
  await expectEventually(async () => (await incident.locator("[data-last-update]").getAttribute("data-last-update")) === mine.id, "shown as the last update");
  assert.match(await incident.locator(".now-last").innerText(), /<b>watching<\/b>/);
  assert.ok(await field.isHidden(), "the form closes");

  await take.tap();
  await expectEventually(async () => (await storedCase(backend, "case-2")).owner_id === "person-3", "taken");
  const taken = await storedCase(backend, "case-2");
  assert.equal(taken.version, 2, "one write");
  // The history entry follows the write that landed.
  const mineChanges = async () => (await get("case_events?case_id=case-2&kind=change"))
    .filter((e) => JSON.stringify(e.changes).includes("person-3")).length;
  await expectEventually(async () => (await mineChanges()) > 0, "the change entry");
  assert.equal(await mineChanges(), 1, "one change entry");
  await expectEventually(async () => (await page.locator("[data-case-id='case-2'] [data-action='take']").count()) === 0, "mine now: no take");
  assert.match(await page.locator("[data-case-id='case-2']").innerText(), /Yusuf Demir/);
  assert.equal((await get("incident_events?incident_id=incident-1&kind=update")).length, 2, "the update was written once");
  assert.deepEqual(page.errors, []);
});

test("the case board on a 360 px phone: header and filters folded, cases in the first screen", async () => {
  const page = await phone(360, 740);
  await page.goto(`${app.url}cases`);
  const card = page.locator("[data-case-id]").first();
  await card.waitFor();
  const box = await card.boundingBox();
  assert.ok(box && box.y + 40 < 740, `a case in the first screen (top at ${box?.y})`);
  // Folded: the filters and the clocks show only on request.
  const region = page.locator("[data-filter='region']");
  assert.ok(await region.isHidden(), "filters folded");
  await page.locator("[data-fold='case-filters']").tap();
  assert.ok(await region.isVisible(), "filters shown");
  await region.selectOption("EMEA");
  await page.waitForURL(/region=EMEA/);
  assert.match(await page.locator("[data-fold='case-filters']").innerText(), /Filters \(\u2068?1\u2069?\)/);
  assert.ok(await page.locator(".clocks").isHidden(), "clocks folded");
  await page.locator("[data-fold='header-more']").tap();
  assert.ok(await page.locator(".clocks").isVisible(), "clocks shown");
  await noSideScroll(page, 360, "board");
  // Wide, nothing is folded and the home is the board.
  const wide = await openPage(browser);
  await wide.goto(app.url);
  await wide.waitForURL(/\/cases$/);
  // Visible (waitFor waits for it; it fails if it stays hidden).
  await wide.locator("[data-filter='region']").waitFor({ state: "visible" });
  assert.ok(await wide.locator("[data-fold='case-filters']").isHidden());
  assert.deepEqual(page.errors, []);
});
