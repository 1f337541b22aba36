// The case workspace against a real json-server: a new case through the
// form (validation, client-made id, owner, incident), editing with the
// two-leads conflict, the responded action, drag and drop with mouse and
// touch, the table, shortcuts, CSV export, saved views, and background
// refresh picking up someone else's new case.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { NOW, openPage, startStack, expectEventually, storedCase, cardIn, isBackendNow } from "./harness.mjs";

let stack, backend, app, browser;

before(async () => {
  stack = await startStack();
  ({ backend, app, browser } = stack);
});

after(() => stack?.stop());

const stored = (id) => storedCase(backend, id);
const column = cardIn;

async function board(options, path = "cases") {
  const page = await openPage(browser, options);
  await page.goto(`${app.url}${path}`);
  await page.locator("[data-case-id='case-1']").first().waitFor();
  return page;
}


test("a new case: validation first, then created with a client-made id and shown as text", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases/new`);
  const save = page.locator("[data-action='save']");
  await save.click();
  // Nothing is sent; each missing field says so, and focus goes to the first.
  await page.locator("[data-state='invalid']").waitFor();
  for (const field of ["title", "priority", "region", "category", "language"]) {
    assert.equal(await page.locator(`[data-error-for='${field}']`).count(), 1, field);
  }
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.field), "title");
  assert.equal(await page.locator("[data-field='title']").getAttribute("aria-invalid"), "true");

  const title = "<img src=x onerror=alert(1)> <script>alert(2)</script> Takeover";
  await page.locator("[data-field='title']").fill(title);
  await page.locator("[data-field='description']").fill("Reported by the press office.");
  await page.locator("[data-field='priority']").selectOption("P0");
  await page.locator("[data-field='region']").selectOption("APAC");
  await page.locator("[data-field='category']").selectOption("high_profile");
  await page.locator("[data-field='language']").fill("pt_BR");
  await save.click();
  await page.locator("[data-error-for='language']").waitFor();
  await page.locator("[data-field='language']").fill("ja");
  await page.locator("[data-field='owner_id'] option[value='person-2']").waitFor({ state: "attached" });
  await page.locator("[data-field='owner_id']").selectOption("person-2");
  await page.locator("[data-field='incident_id']").selectOption("incident-1");
  await page.locator("[data-partner='comms']").check();
  await page.locator("[data-field='tags']").fill("vip, press ,vip");
  await save.click();

  await page.waitForURL(/\/cases\/case-[0-9a-f-]+$/);
  const id = decodeURIComponent(page.url().split("/cases/")[1]);
  const record = await stored(id);
  assert.equal(record.title, title);
  assert.equal(record.status, "new");
  assert.equal(record.priority, "P0");
  assert.equal(record.owner_id, "person-2");
  assert.equal(record.incident_id, "incident-1");
  assert.deepEqual(record.partner_teams, ["comms"]);
  assert.deepEqual(record.tags, ["vip", "press"]);
  assert.equal(record.sensitive, true, "new cases are sensitive until someone says not");
  assert.equal(record.version, 1);
  assert.equal(record.reopened_count, 0);
  assert.ok(isBackendNow(record.created_at), `created by the backend's clock: ${record.created_at}`);
  assert.equal(record.first_response_at, null);
  assert.equal(record.resolved_at, null);
  // The page shows it, as text.
  await page.locator("h1#case-heading").filter({ hasText: "Takeover" }).waitFor();
  assert.equal(await page.locator("h1#case-heading").textContent(), title);
  assert.equal(await page.locator("h1#case-heading img, h1#case-heading script").count(), 0);
  assert.deepEqual(page.errors, []);

  // And the board has it, without anything else to do.
  await page.goto(`${app.url}cases`);
  await column(page, "new", id).waitFor();
});

test("what was typed survives a reload until saved or discarded", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases/new`);
  await page.locator("[data-field='title']").fill("Half-written note");
  await page.reload();
  await page.locator("[data-state='restored']").waitFor();
  assert.equal(await page.locator("[data-field='title']").inputValue(), "Half-written note");
  await page.locator("[data-action='discard']").click();
  assert.equal(await page.locator("[data-field='title']").inputValue(), "");
});

test("editing a case: two leads, and the later one applies on top", async () => {
  const lead1 = await openPage(browser);
  const lead2 = await openPage(browser);
  for (const p of [lead1, lead2]) {
    await p.goto(`${app.url}cases/case-3`);
    await p.locator("[data-field='title']").waitFor();
  }
  const before = (await stored("case-3")).version;
  await lead1.locator("[data-field='owner_id']").selectOption("person-1");
  await lead1.locator("[data-action='save']").click();
  await lead1.locator("[data-state='saved']").waitFor();

  await lead2.locator("[data-field='tags']").fill("legal, urgent");
  await lead2.locator("[data-action='save']").click();
  const conflict = lead2.locator("[data-state='conflict']");
  await conflict.waitFor();
  assert.match(await conflict.textContent(), /: \u2068Owner\u2069\./);
  assert.doesNotMatch(await conflict.textContent(), /owner_id/);
  assert.equal(await conflict.getAttribute("data-fields"), "owner_id");
  assert.equal((await stored("case-3")).owner_id, "person-1", "nothing overwritten");
  // What lead 2 typed is still there.
  assert.equal(await lead2.locator("[data-field='tags']").inputValue(), "legal, urgent");
  await conflict.locator("[data-action='apply']").click();
  await lead2.locator("[data-state='saved']").waitFor();
  const record = await stored("case-3");
  assert.equal(record.owner_id, "person-1", "lead 1's change kept");
  assert.deepEqual(record.tags, ["legal", "urgent"], "lead 2's change applied");
  assert.equal(record.version, before + 2);
});

test("the responded action sets first_response_at", async () => {
  const page = await board();
  await column(page, "new", "case-2").locator("[data-action='responded']").click();
  await expectEventually(async () => isBackendNow((await stored("case-2")).first_response_at), "responded");
  await expectEventually(
    async () => (await column(page, "new", "case-2").locator("[data-action='responded']").count()) === 0,
    "the button goes once answered",
  );
});

/** The centre of an element, in page coordinates. */
async function centre(locator) {
  const box = await locator.boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * The centre of an element once the page has stopped moving: names, SLA
 * targets and other late answers change card heights after the first render,
 * so a point measured too early can land on another card (a drag that then
 * goes nowhere). Waits for two equal measurements and for the point to hit
 * the element itself.
 */
async function steadyCentre(page, locator) {
  await page.waitForLoadState("networkidle");
  let last = null;
  for (let i = 0; i < 50; i++) {
    const now = await centre(locator);
    const hits = await locator.evaluate((el, p) => el.contains(document.elementFromPoint(p.x, p.y)), now);
    if (hits && last && last.x === now.x && last.y === now.y) return now;
    last = now;
    await page.waitForTimeout(100);
  }
  throw new Error("the element never stopped moving");
}

test("drag and drop with a mouse moves a card", async () => {
  const page = await board({ viewport: { width: 1400, height: 900 } });
  const from = await steadyCentre(page, column(page, "investigating", "case-1").locator(".drag-handle"));
  const to = await centre(page.locator("section.column[data-status='waiting'] h2"));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  assert.equal(
    await page.locator("section.column[data-status='waiting']").evaluate((el) => el.classList.contains("drop-target")),
    true,
    "the column under the pointer is marked",
  );
  await page.mouse.up();
  await column(page, "waiting", "case-1").waitFor();
  await expectEventually(async () => (await stored("case-1")).status === "waiting", "the drop is written");
});

test("drag and drop with a finger moves a card", async () => {
  const page = await board({ viewport: { width: 1400, height: 900 }, hasTouch: true });
  const from = await steadyCentre(page, column(page, "new", "case-2").locator(".drag-handle"));
  const to = await centre(page.locator("section.column[data-status='triage'] h2"));
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, p) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: p ? [{ x: p.x, y: p.y }] : [] });
  await touch("touchStart", from);
  for (let i = 1; i <= 8; i++) {
    await touch("touchMove", { x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 });
  }
  await touch("touchEnd");
  await column(page, "triage", "case-2").waitFor();
  await expectEventually(async () => (await stored("case-2")).status === "triage", "the drop is written");
});

test("the table shows the same cases, sorts by column, and keeps it in the URL", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  await page.locator("[data-layout='table']").click();
  await page.waitForURL(/view=table/);
  const rows = page.locator(".case-table tbody tr[data-case-id]");
  await rows.first().waitFor();
  const boardCount = Number(await page.locator("[data-table-count]").getAttribute("data-table-count"));
  assert.equal(await rows.count(), boardCount);
  await page.locator("th[data-sort='title'] button").click();
  await page.waitForURL(/sort=title/);
  assert.equal(await page.locator("th[data-sort='title']").getAttribute("aria-sort"), "ascending");
  const titles = await rows.locator(".title-cell").allTextContents();
  const sorted = [...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), "en"));
  assert.deepEqual(titles.map((t) => t.toLowerCase()), sorted.map((t) => t.toLowerCase()));
  await page.locator("th[data-sort='title'] button").click();
  await page.waitForURL(/dir=desc/);
  assert.equal(await page.locator("th[data-sort='title']").getAttribute("aria-sort"), "descending");
  await page.reload();
  await rows.first().waitFor();
  assert.equal(await page.locator("th[data-sort='title']").getAttribute("aria-sort"), "descending");
});

test("shortcuts: / searches, ? lists them, n opens a new case; typing is left alone", async () => {
  const page = await board();
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.filter), "q");
  await page.keyboard.type("n");
  assert.equal(await page.locator("input[data-filter='q']").inputValue(), "n", "an n typed in the box is text");
  await page.locator("h1").click();
  await page.keyboard.press("?");
  await page.locator("[data-dialog='shortcuts']").waitFor();
  await page.keyboard.press("Escape");
  await page.locator("[data-dialog='shortcuts']").waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), "shortcuts", "focus goes back");
  await page.keyboard.press("n");
  await page.waitForURL(/\/cases\/new$/);
});

test("CSV export of the filtered view", async () => {
  const page = await board(undefined, "cases?region=EMEA");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("[data-action='export']").click(),
  ]);
  assert.match(download.suggestedFilename(), /^watchfloor-cases-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  assert.match(lines[0], /^id,title,status,priority,region/);
  const ids = lines.slice(1).map((l) => l.split(",")[0]);
  assert.ok(ids.includes("case-1"), ids.join(" "));
  assert.ok(!ids.includes("case-3"), "AMER is filtered out");
  assert.ok(!csv.includes("Coordinated harassment"), "descriptions stay out of exports");
});

test("named saved views are kept in the browser", async () => {
  const page = await board(undefined, "cases?priority=P0");
  await page.locator("[data-testid='saved-views'] summary").click();
  await page.locator("[data-testid='view-name']").fill("Critical");
  await page.locator("[data-testid='saved-views'] button[type='submit']").click();
  await page.locator("[data-view='Critical']").waitFor();
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-2']").waitFor();
  await page.locator("[data-testid='saved-views'] summary").click();
  await page.locator("[data-view='Critical'] button").first().click();
  await page.waitForURL(/priority=P0/);
  await expectEventually(async () => (await page.locator("[data-case-id='case-2']").count()) === 0, "filtered");
});

test("the board refreshes in the background: someone else's new case appears", async () => {
  const fast = await startStack({ config: { refresh_seconds: 1 } });
  try {
    const page = await openPage(fast.browser);
    await page.goto(`${fast.app.url}cases`);
    await page.locator("[data-case-id='case-1']").waitFor();
    const first = await page.locator("[data-refreshed]").getAttribute("data-refreshed");
    assert.ok(first);
    const created = await fetch(`${fast.backend.url}/cases`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        id: "case-from-elsewhere", title: "Filed by a colleague in APAC", status: "new",
        priority: "P1", region: "APAC", category: "crisis", language: "ja", owner_id: null,
        partner_teams: [], incident_id: null, sensitive: false, tags: [],
        created_at: NOW, first_response_at: null, resolved_at: null, reopened_count: 0,
        csat: null, updated_at: NOW, version: 1,
      }),
    });
    assert.equal(created.status, 201);
    await column(page, "new", "case-from-elsewhere").waitFor({ timeout: 10000 });
    assert.deepEqual(page.errors, []);
  } finally {
    await fast.stop();
  }
});

test("under a sub-path, filters, the new-case shortcut and a created case keep the base", async () => {
  const sub = await startStack({ base: "/tools/watchfloor/" });
  try {
    const page = await openPage(sub.browser);
    await page.goto(`${sub.app.url}cases`);
    await page.locator("[data-case-id='case-1']").waitFor();
    await page.locator("input[data-filter='q']").fill("minister");
    await page.waitForURL(`${sub.app.url}cases?q=minister`);
    await page.locator("h1").click();
    await page.keyboard.press("n");
    await page.waitForURL(`${sub.app.url}cases/new`);
    await page.locator("[data-field='title']").fill("Filed from the portal");
    await page.locator("[data-field='priority']").selectOption("P3");
    await page.locator("[data-field='region']").selectOption("AMER");
    await page.locator("[data-field='category']").selectOption("other");
    await page.locator("[data-field='language']").fill("es");
    await page.locator("[data-action='save']").click();
    await page.waitForURL(new RegExp(`^${sub.app.url}cases/case-[0-9a-f-]+$`));
    await page.locator(".back a").click();
    await page.waitForURL(`${sub.app.url}cases`);
    assert.deepEqual(page.errors, []);
  } finally {
    await sub.stop();
  }
});
