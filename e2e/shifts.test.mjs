// Shifts and follow-the-sun coverage against a real json-server: the week
// view marks the hours no primary shift covers (data-region, data-hour: the
// UTC start of the hour), a primary shift added in the viewer's zone closes
// a gap and is stored once with the right UTC instants, a local time the
// clocks skip is refused, a shift is moved and removed, and the handover
// page lists what each region hands over. Pages run at NOW
// (2026-11-25T12:00Z): the week starts at 13:00Z.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startStack, expectEventually } from "./harness.mjs";

let stack, backend, app, browser;

before(async () => {
  stack = await startStack();
  ({ backend, app, browser } = stack);
});

after(() => stack?.stop());

const storedShifts = async () => (await fetch(`${backend.url}/shifts`)).json();
const FIXTURE_IDS = ["shift-1", "shift-2", "shift-3", "shift-4", "shift-damaged"];
const gap = (page, region, hour) =>
  page.locator(`.shift-grid [data-gap][data-region='${region}'][data-hour='${hour}']`);
const gapCount = async (page, region) =>
  Number(await page.locator(`[data-gaps-region='${region}']`).getAttribute("data-count"));

test("a gap in the week view is closed by a primary shift typed in the viewer's zone", async () => {
  // Singapore is UTC+8 all year: 08:00–16:00 there is 00:00–08:00Z.
  const page = await openPage(browser, { locale: "en-GB", timezoneId: "Asia/Singapore" });
  await page.goto(`${app.url}team/shifts`);
  const first = page.locator(".shift-grid tbody tr:not(.day) time").first();
  await first.waitFor();
  assert.equal(await first.getAttribute("datetime"), "2026-11-25T13:00:00.000Z");
  assert.equal(await page.locator(".shift-grid tbody tr:not(.day)").count(), 168);

  // EMEA: shift-1 (08–16Z) and shift-2 (16–24Z) cover 13:00–24:00Z; the
  // night after has only a backup, which leaves it a gap.
  await gap(page, "EMEA", "2026-11-26T00:00:00.000Z").waitFor();
  assert.equal(await gap(page, "EMEA", "2026-11-25T20:00:00.000Z").count(), 0);
  const backupOnly = gap(page, "EMEA", "2026-11-26T03:00:00.000Z");
  assert.match(await backupOnly.textContent(), /No primary/);
  assert.match(await backupOnly.textContent(), /Mariana Souza/);
  // APAC: a night shift 22:00–06:00Z.
  assert.equal(await gap(page, "APAC", "2026-11-25T22:00:00.000Z").count(), 0);
  assert.equal(await gap(page, "APAC", "2026-11-26T05:00:00.000Z").count(), 0);
  assert.equal(await gap(page, "APAC", "2026-11-26T06:00:00.000Z").count(), 1);
  // 168 hours minus the 11 covered (13:00–24:00Z).
  assert.equal(await gapCount(page, "EMEA"), 157);
  assert.equal(await gapCount(page, "AMER"), 168);
  // The damaged shift is named, not dropped silently.
  await page.locator("[data-damaged-id='shift-damaged']").waitFor({ state: "attached" });

  await page.locator("[data-shift-field='person']").selectOption("person-1");
  await page.locator("[data-shift-field='region']").selectOption("EMEA");
  await page.locator("[data-shift-field='kind']").selectOption("primary");
  await page.locator("[data-shift-field='date']").fill("2026-11-26");
  await page.locator("[data-shift-field='start']").fill("08:00");
  await page.locator("[data-shift-field='end']").fill("16:00");
  await page.locator("[data-action='save-shift']").click();

  await expectEventually(async () => (await gap(page, "EMEA", "2026-11-26T00:00:00.000Z").count()) === 0,
    "the gap is gone");
  assert.equal(await gap(page, "EMEA", "2026-11-26T07:00:00.000Z").count(), 0);
  assert.equal(await gap(page, "EMEA", "2026-11-26T08:00:00.000Z").count(), 1);
  assert.equal(await gapCount(page, "EMEA"), 149);

  const added = (await storedShifts()).filter((s) => !FIXTURE_IDS.includes(s.id));
  assert.equal(added.length, 1, JSON.stringify(added));
  const [shift] = added;
  assert.equal(shift.person_id, "person-1");
  assert.equal(shift.region, "EMEA");
  assert.equal(shift.kind, "primary");
  assert.equal(shift.starts_at, "2026-11-26T00:00:00.000Z");
  assert.equal(shift.ends_at, "2026-11-26T08:00:00.000Z");
  assert.equal(shift.version, 1);
  await page.locator(`[data-shift-id='${shift.id}']`).waitFor();
  assert.deepEqual(page.errors, []);
});

test("a local time the clocks skip is refused, and nothing is written", async () => {
  const page = await openPage(browser, { locale: "en-GB", timezoneId: "UTC" });
  await page.goto(`${app.url}team/shifts`);
  await page.locator(".shift-grid tbody").first().waitFor();
  const before = (await storedShifts()).length;
  // Shown in EMEA's zone (Europe/Dublin): on 28 March 2027 01:00 jumps to 02:00.
  await page.locator("[data-action='shift-zone']").selectOption("EMEA");
  await page.locator("[data-shift-field='person']").selectOption("person-2");
  await page.locator("[data-shift-field='date']").fill("2027-03-28");
  await page.locator("[data-shift-field='start']").fill("01:30");
  await page.locator("[data-shift-field='end']").fill("09:00");
  await page.locator("[data-action='save-shift']").click();
  await page.locator("[data-shift-error='shift-error-start-skipped']").waitFor();
  assert.equal((await storedShifts()).length, before);
});

test("moving a shift writes its new times on the version seen; removing asks first", async () => {
  const page = await openPage(browser, { locale: "en-GB", timezoneId: "Asia/Singapore" });
  await page.goto(`${app.url}team/shifts`);
  const row = page.locator("[data-shift-id='shift-4']");
  await row.waitFor();
  await row.locator("[data-action='edit-shift']").click();
  // 22:00–06:00Z is 06:00–14:00 in Singapore.
  assert.equal(await page.locator("[data-shift-field='date']").inputValue(), "2026-11-26");
  assert.equal(await page.locator("[data-shift-field='start']").inputValue(), "06:00");
  assert.equal(await page.locator("[data-shift-field='end']").inputValue(), "14:00");
  await page.locator("[data-shift-field='end']").fill("15:00");
  await page.locator("[data-action='save-shift']").click();
  await expectEventually(async () => {
    const s = (await storedShifts()).find((x) => x.id === "shift-4");
    return s?.ends_at === "2026-11-26T07:00:00.000Z" && s.version === 2;
  }, "the move is stored");
  const moved = (await storedShifts()).find((x) => x.id === "shift-4");
  assert.equal(moved.starts_at, "2026-11-25T22:00:00.000Z");
  assert.equal(await gap(page, "APAC", "2026-11-26T06:00:00.000Z").count(), 0);

  await row.locator("[data-action='remove-shift']").click();
  const confirm = row.locator("[data-action='confirm-remove']");
  await confirm.waitFor();
  assert.ok((await storedShifts()).some((x) => x.id === "shift-4"), "not removed before confirming");
  await confirm.click();
  await expectEventually(async () => !(await storedShifts()).some((x) => x.id === "shift-4"), "removed");
  await row.waitFor({ state: "detached" });
  assert.deepEqual(page.errors, []);
});

test("handover: when each region's shift ends, who takes over, and the open P0/P1 cases and incidents", async () => {
  const page = await openPage(browser, { locale: "en-GB", timezoneId: "UTC" });
  await page.goto(`${app.url}team/handover`);
  const emea = page.locator("[data-handover-region='EMEA']");
  await emea.locator("[data-handover-at]").waitFor();
  // Aoife's EMEA shift ends at 16:00Z and Mariana (AMER) takes over.
  assert.equal(await emea.locator("[data-handover-at]").getAttribute("data-handover-at"), "2026-11-25T16:00:00.000Z");
  assert.equal(await emea.locator("[data-handover-to]").getAttribute("data-handover-to"), "AMER");
  assert.match(await emea.textContent(), /16:00/);
  for (const id of ["case-1", "case-2"]) {
    assert.equal(await emea.locator(`[data-case-id='${id}'] a`).count(), 1, id);
  }
  assert.match(await emea.locator("[data-case-id='case-1'] a").getAttribute("href"), /\/cases\/case-1$/);
  assert.equal(await emea.locator("[data-incident-id='incident-1'] a").count(), 1);
  // APAC: the incident affects it too; none of the open cases is APAC's P0/P1.
  const apac = page.locator("[data-handover-region='APAC']");
  assert.equal(await apac.locator("[data-incident-id='incident-1']").count(), 1);
  assert.equal(await apac.locator("[data-case-id]").count(), 0);
  await emea.locator("[data-incident-id='incident-1'] a").click();
  await page.waitForURL(/\/incidents\/incident-1$/);
  assert.deepEqual(page.errors, []);
});

test("a phone in Arabic, embedded: mirrored, and the wide grid scrolls inside itself", async () => {
  const page = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, timezoneId: "Asia/Dubai" });
  await page.addInitScript(() => localStorage.setItem("watchfloor.locale", "ar"));
  for (const path of ["team/shifts?embed=1", "team/handover?embed=1", "team/shifts"]) {
    await page.goto(`${app.url}${path}`);
    await page.locator("main h1").waitFor();
    await page.locator(path.includes("handover") ? "[data-handover-region='EMEA']" : ".shift-grid tbody").first().waitFor();
    assert.equal(await page.getAttribute("html", "dir"), "rtl", path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${path}: the page is ${width}px wide`);
  }
  const grid = await page.evaluate(() => {
    const wrap = document.querySelector(".shift-grid-wrap");
    return { scroll: wrap.scrollWidth, client: wrap.clientWidth };
  });
  assert.ok(grid.scroll > grid.client, "the grid is wider than the phone and scrolls inside its box");
  assert.deepEqual(page.errors, []);
});
