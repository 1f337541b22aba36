// Writes through a backend that is slow, hangs or loses answers (the fault
// proxy between the app and json-server): a write on its way is shown as
// saving, a hung request ends with a clear message and a retry, and no
// write is lost or made twice (the stored records and the proxy's count of
// forwarded writes prove it).
import { after, afterEach, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startStack, expectEventually, storedCase, cardIn } from "./harness.mjs";

let stack, backend, app, browser, faults;

before(async () => {
  // A short timeout keeps the tests short; the default is 20 s.
  stack = await startStack({ faults: true, config: { request_timeout_seconds: 2 } });
  ({ backend, app, browser, faults } = stack);
});

afterEach(() => {
  faults.clear();
  faults.release({ reset: true });
  faults.resetCounts();
});

after(() => stack?.stop());

const stored = (id) => storedCase(backend, id);
const realErrors = (page) => page.errors.filter((e) => !/Failed to load resource/.test(e));

async function board() {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-1']").waitFor();
  return page;
}

test("a hung write shows saving, then times out into the outbox; the write is made once", async () => {
  const page = await board();
  const before = await stored("case-2");
  faults.set({ hang: true, onlyMethods: ["PATCH"] });
  await page.locator("[data-case-id='case-2'] [data-testid='move-to']").selectOption("triage");
  const card = cardIn(page, "triage", "case-2");
  await card.waitFor();
  assert.equal(await card.getAttribute("data-saving"), "true", "not shown as saved");
  assert.equal(await card.locator(".saving").count(), 1);

  // The timeout: the move waits in the outbox (it says so), the card is
  // back where it is stored.
  const notice = page.locator("[data-notice='queued'][data-case-id='case-2']");
  await notice.waitFor({ timeout: 10_000 });
  assert.match(await notice.textContent(), /outbox/i);
  await cardIn(page, "new", "case-2").waitFor();
  assert.equal(await cardIn(page, "new", "case-2").getAttribute("data-saving"), "false");
  await page.locator("[data-outbox-count='1']").waitFor();

  // The hung request reaches the backend late after all (its answer is lost).
  faults.clear();
  faults.release();
  await expectEventually(async () => (await stored("case-2")).status === "triage", "the late write lands");

  // Sent from the outbox: it finds its own write there, not someone else's.
  await page.locator("[data-action='outbox-send']").click();
  await page.locator("[data-outbox-count]").waitFor({ state: "detached", timeout: 10_000 });
  await cardIn(page, "triage", "case-2").waitFor();
  assert.equal(await page.locator("[data-notice='conflict']").count(), 0, "not a conflict with itself");
  const after = await stored("case-2");
  assert.equal(after.version, before.version + 1, "written once");
  assert.deepEqual(realErrors(page), []);
});

const caseCount = async () => (await (await fetch(`${backend.url}/cases`)).json()).length;

/**
 * Fills a new case and saves it while every POST hangs, then lets the hung
 * POST through: it lands, its answer is lost. Returns the page and the
 * count of cases before.
 */
async function createWithLostAnswer(title) {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases/new`);
  await page.locator("[data-field='title']").fill(title);
  await page.locator("[data-field='priority']").selectOption("P0");
  await page.locator("[data-field='region']").selectOption("AMER");
  await page.locator("[data-field='category']").selectOption("high_profile");
  await page.locator("[data-field='language']").fill("es");
  const before = await caseCount();
  faults.set({ hang: true, onlyMethods: ["POST"] });
  await page.locator("[data-action='save']").click();
  await page.locator("[data-state='failed']").waitFor({ timeout: 10_000 });
  // It reaches the backend after all; only the answer was lost.
  faults.clear();
  faults.release();
  await expectEventually(async () => (await caseCount()) === before + 1, "the first try landed");
  return { page, before };
}

test("a new case whose answer was lost is created once: the retry finds it", async () => {
  const { page, before } = await createWithLostAnswer("Impersonation of a head of state");
  await page.locator("[data-action='save']").click();
  await page.waitForURL(/\/cases\/case-/);
  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
  assert.equal(await caseCount(), before + 1, "one case, not two");
  const record = await stored(id);
  assert.equal(record.title, "Impersonation of a head of state");
  assert.equal(record.version, 1);
  assert.equal(faults.forwardedWrites.POST, 2, "two tries, one record");
  assert.deepEqual(realErrors(page), []);
});

test("a new case whose answer was lost, saved again after a reload, is created once", async () => {
  const { page, before } = await createWithLostAnswer("Leaked documents of a minister");
  await page.reload();
  await page.locator("[data-state='restored']").waitFor();
  await page.locator("[data-action='save']").click();
  await page.waitForURL(/\/cases\/case-/);
  assert.equal(await caseCount(), before + 1, "one case, not two");
  assert.deepEqual(realErrors(page), []);
});

test("quick moves on a slow link go out in order, each on the previous result", async () => {
  const page = await board();
  const before = await stored("case-1");
  faults.set({ delayMs: 600, onlyMethods: ["PATCH"] });
  await page.locator("[data-case-id='case-1'] [data-testid='move-to']").selectOption("waiting");
  await cardIn(page, "waiting", "case-1").waitFor();
  // The first write is still on its way.
  assert.equal(await cardIn(page, "waiting", "case-1").getAttribute("data-saving"), "true");
  await page.locator("[data-case-id='case-1'] [data-testid='move-to']").selectOption("triage");
  await cardIn(page, "triage", "case-1").waitFor();
  await expectEventually(async () => (await stored("case-1")).version === before.version + 2, "both land", 8000);
  assert.equal((await stored("case-1")).status, "triage");
  assert.equal(await page.locator("[data-notice]").count(), 0);
  assert.equal(faults.forwardedWrites.PATCH, 2);
  await expectEventually(async () => (await cardIn(page, "triage", "case-1").getAttribute("data-saving")) === "false", "saved");
});

test("while the SLA policies cannot be loaded, the board says the clocks use the defaults", async () => {
  faults.set({ status500: true, onlyPath: "/sla_policies" });
  const page = await board();
  const note = page.locator("[data-sla-defaults='failed']");
  await note.waitFor();
  faults.clear();
  await note.getByRole("button").click();
  await expectEventually(async () => (await page.locator("[data-sla-defaults]").count()) === 0, "policies loaded");
});

test("slow SLA policies: the board says so only after a second, and not at all when they come quickly", async () => {
  const page = await board();
  // Quick (the usual case): the note never came, so nothing moved under the pointer.
  assert.equal(await page.locator("[data-sla-defaults]").count(), 0);
  // Slow, but inside this file's 2 s request timeout.
  faults.set({ delayMs: 1400, onlyPath: "/sla_policies" });
  const slow = await openPage(browser);
  // When the app first drew its page, and when the note first showed.
  await slow.addInitScript(() => {
    window.__seen = {};
    new MutationObserver(() => {
      const now = performance.now();
      if (!window.__seen.page && document.querySelector("main#main > *")) window.__seen.page = now;
      if (!window.__seen.note && document.querySelector("[data-sla-defaults='loading']")) window.__seen.note = now;
    }).observe(document, { childList: true, subtree: true });
  });
  await slow.goto(`${app.url}cases`);
  await slow.waitForFunction(() => window.__seen?.note);
  const seen = await slow.evaluate(() => window.__seen);
  assert.ok(seen.note - seen.page >= 900, `the note waits about a second: ${JSON.stringify(seen)}`);
  faults.clear();
  await expectEventually(async () => (await slow.locator("[data-sla-defaults]").count()) === 0, "policies loaded", 8000);
});

test("a hung load ends with a message and a retry, not Loading forever", async () => {
  faults.set({ hang: true, onlyPath: "/cases" });
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  const panel = page.locator(".error-panel");
  await panel.waitFor({ timeout: 10_000 });
  faults.clear();
  faults.release({ reset: true });
  await panel.locator("button.retry").click();
  await page.locator("[data-case-id='case-1']").waitFor();
});
