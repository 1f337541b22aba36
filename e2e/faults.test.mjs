// The app against a misbehaving backend: the fault proxy (e2e/faults.mjs)
// between the app server and json-server answers 500s, HTML error pages,
// truncated JSON, resets and 412 storms while the pages run.
//
// Tests of timeouts and "saving" indicators go here too: set
// `faults.set({ hang: true, onlyMethods: ["PATCH"] })`, look at the page,
// then `faults.release()` (or `faults.release({ reset: true })`).
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startStack, expectEventually, storedCase, cardIn } from "./harness.mjs";

let stack, backend, app, browser, faults;

before(async () => {
  stack = await startStack({ faults: true });
  ({ backend, app, browser, faults } = stack);
});

afterEach(() => {
  faults.clear();
  faults.release({ reset: true });
});

after(() => stack?.stop());

const stored = (id) => storedCase(backend, id);

/**
 * The page's errors that are the app's own: Chromium logs every non-2xx
 * answer as "Failed to load resource", which is what these tests cause.
 */
const realErrors = (page) => page.errors.filter((e) => !/Failed to load resource/.test(e));

test("the fault proxy passes answers through as they are, and injects each fault", async () => {
  const list = "/cases?_page=1&_limit=2";
  const get = async (path = list, init) => {
    try {
      const r = await fetch(`${faults.url}${path}`, init);
      return { status: r.status, total: r.headers.get("x-total-count"), type: r.headers.get("content-type"), text: await r.text() };
    } catch {
      return { status: "reset" };
    }
  };
  const direct = await fetch(`${backend.url}${list}`);
  const passed = await get();
  assert.equal(passed.status, 200);
  assert.equal(passed.total, direct.headers.get("x-total-count"));
  assert.equal(passed.text, await direct.text());

  faults.set({ status500: true });
  assert.deepEqual(JSON.parse((await get()).text), { error: "injected failure" });
  faults.set({ htmlError: true });
  assert.match((await get()).type, /text\/html/);
  faults.set({ truncateJson: true });
  const cut = await get();
  assert.equal(cut.status, 200);
  assert.equal(cut.total, passed.total);
  assert.throws(() => JSON.parse(cut.text));
  faults.set({ reset: true });
  assert.equal((await get()).status, "reset");

  faults.set({ hang: true, onlyMethods: ["PATCH"] });
  faults.resetCounts();
  const patch = { method: "PATCH", headers: { "Content-Type": "application/json" }, body: '{"tags":["held"]}' };
  const hung = get("/cases/case-3", patch);
  await expectEventually(() => faults.held === 1, "the PATCH is held");
  assert.equal((await get()).status, 200, "a GET still passes");
  faults.clear();
  assert.equal(faults.release(), 1);
  assert.equal((await hung).status, 200);
  assert.equal(faults.forwardedWrites.PATCH, 1);

  faults.set({ storm412: true });
  const stale = await get("/cases/case-3", patch);
  assert.equal(stale.status, 412);
  const body = JSON.parse(stale.text);
  assert.equal(body.error, "version conflict");
  assert.deepEqual(body.current, await stored("case-3"));
  assert.equal(faults.forwardedWrites.PATCH, 1, "the refused write never reached json-server");
});

for (const [name, fault] of [
  ["a 500 with a JSON body", { status500: true }],
  ["an HTML error page", { htmlError: true }],
  ["truncated JSON", { truncateJson: true }],
  ["a reset connection", { reset: true }],
]) {
  test(`${name}: the board shows an error with Retry, and Retry works once the backend is back`, async () => {
    faults.set(fault);
    const page = await openPage(browser);
    await page.goto(`${app.url}cases`);
    const panel = page.locator(".error-panel[role='alert']").first();
    await panel.waitFor();
    assert.equal(await page.locator("[data-case-id]").count(), 0);
    const retry = panel.locator("button.retry");
    assert.equal(await retry.count(), 1, "a Retry button");

    faults.clear();
    await retry.click();
    await page.locator("[data-case-id='case-1']").waitFor();
    assert.equal(await page.locator(".error-panel[role='alert']").count(), 0);
    assert.deepEqual(realErrors(page), []);
    await page.context().close();
  });
}

test("a move whose write fails comes back to its column, and nothing is stored", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-2']").waitFor();
  const before = await stored("case-2");
  faults.resetCounts();
  faults.set({ status500: true, onlyMethods: ["POST", "PUT", "PATCH", "DELETE"] });

  await page.locator("[data-case-id='case-2'] [data-testid='move-to']").selectOption("triage");
  await page.locator("[data-notice='failed']").waitFor();
  await cardIn(page, "new", "case-2").waitFor();
  assert.equal(await cardIn(page, "triage", "case-2").count(), 0);
  assert.deepEqual(await stored("case-2"), before, "the stored record is unchanged");
  assert.equal(faults.forwardedWrites.PATCH + faults.forwardedWrites.PUT, 0, "no write reached json-server");
  assert.deepEqual(realErrors(page), []);
  await page.context().close();
});

test("twenty stale edits at once: one lands, nineteen see the conflict", async () => {
  const LEADS = 20;
  const before = await stored("case-1");
  const pages = await Promise.all(Array.from({ length: LEADS }, () => openPage(browser)));
  try {
    await Promise.all(pages.map(async (page) => {
      await page.goto(`${app.url}cases/case-1`);
      await page.locator("[data-field='title']").waitFor();
    }));
    const titles = pages.map((_, i) => `Edited by lead ${i + 1}`);
    await Promise.all(pages.map((page, i) => page.locator("[data-field='title']").fill(titles[i])));
    faults.resetCounts();
    await Promise.all(pages.map((page) => page.locator("[data-action='save']").click()));

    const outcome = (page) => page.locator("[data-state='saved'], [data-state='conflict']").first();
    await Promise.all(pages.map((page) => outcome(page).waitFor()));
    const states = await Promise.all(pages.map((page) => outcome(page).getAttribute("data-state")));
    assert.equal(states.filter((s) => s === "saved").length, 1, `one saved: ${states}`);
    assert.equal(states.filter((s) => s === "conflict").length, LEADS - 1, "nineteen conflicts");

    const after = await stored("case-1");
    assert.equal(after.version, before.version + 1, "the version went up by exactly one");
    const winner = states.indexOf("saved");
    assert.equal(after.title, titles[winner], "the stored title is the one saved");
    assert.equal(faults.forwardedWrites.PATCH + faults.forwardedWrites.PUT, LEADS, "every write reached json-server");
    for (const page of pages) assert.deepEqual(realErrors(page), []);
  } finally {
    await Promise.all(pages.map((page) => page.context().close()));
  }
});

test("a 412 storm: every write refused with the stored record, nothing stored", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-3']").waitFor();
  const before = await stored("case-3");
  faults.resetCounts();
  faults.set({ storm412: true });
  await page.locator("[data-case-id='case-3'] [data-testid='move-to']").selectOption("triage");
  await page.locator("[data-notice='conflict']").waitFor();
  await cardIn(page, "resolved", "case-3").waitFor();
  // The conflict was answered: whatever the proxy let through is stored by now.
  assert.deepEqual(await stored("case-3"), before);
  assert.equal(faults.forwardedWrites.PATCH, 0);
  await page.context().close();
});

test("a status change whose timeline entry fails says so, and Retry writes that entry once", async () => {
  const events = async () =>
    (await (await fetch(`${backend.url}/incident_events?incident_id=incident-1`)).json()).filter((e) => e.kind === "status_change");
  const before = (await events()).length;
  const page = await openPage(browser);
  await page.goto(`${app.url}incidents/incident-1`);
  await page.locator("li[data-event-id]").first().waitFor();
  // The status write goes through; the entry's create fails once.
  faults.set({ status500: true, onlyMethods: ["POST"], onlyPath: "/incident_events", times: 1 });
  await page.locator("[data-status-to='identified']").click();
  const notice = page.locator("[data-notice='entry-missing']");
  await notice.waitFor();
  const incident = await (await fetch(`${backend.url}/incidents/incident-1`)).json();
  assert.equal(incident.status, "identified", "the status itself changed");
  assert.equal((await events()).length, before, "no entry yet");
  await notice.locator("[data-action='retry']").click();
  await expectEventually(async () => (await events()).length === before + 1, "the entry is written on Retry");
  const written = (await events()).at(-1);
  assert.equal(written.text, "monitoring → identified");
  await notice.waitFor({ state: "detached" });
  await page.locator("li[data-kind='status_change']", { hasText: "monitoring → identified" }).waitFor();
  // Once, not twice.
  await page.waitForTimeout(500);
  assert.equal((await events()).length, before + 1);
  assert.deepEqual(realErrors(page), []);
});
