// Nothing typed is lost: writes made with the network off, or while the
// backend is down, wait in the browser's outbox (src/data/outbox.rs),
// survive a reload, and reach json-server exactly once when it answers
// again; a record someone else changed meanwhile is never overwritten.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startStack, expectEventually, storedCase } from "./harness.mjs";

let stack, backend, app, browser, faults;

before(async () => {
  stack = await startStack({ faults: true });
  ({ backend, app, browser, faults } = stack);
});

after(() => stack?.stop());

const get = async (path) => (await fetch(`${backend.url}/${path}`)).json();
const patch = async (path, body) =>
  fetch(`${backend.url}/${path}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const outboxText = (page) => page.evaluate(() =>
  Object.keys(localStorage).filter((k) => k.startsWith("watchfloor.outbox")).map((k) => localStorage.getItem(k)).join("\n"));
const count = (page) => page.locator("[data-outbox-count]").getAttribute("data-outbox-count");

/** A page whose service worker has taken over after a visit of `paths`. */
async function visited(paths) {
  const page = await openPage(browser, { serviceWorkers: "allow" });
  await page.goto(`${app.url}now`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  for (const [path, selector] of paths) {
    await page.goto(`${app.url}${path}`);
    await page.locator(selector).first().waitFor();
  }
  return page;
}

test("offline: an incident update and a case move wait, survive a reload, and land once when back online", async () => {
  const page = await visited([
    ["now", "[data-incident-id='incident-1'] [data-action='now-update']"],
    ["cases", "[data-case-id='case-2']"],
  ]);
  const before = await storedCase(backend, "case-2");
  const updatesBefore = (await get("incident_events?incident_id=incident-1&kind=update")).length;
  const changesBefore = (await get("case_events?case_id=case-2&kind=change")).length;

  // Chromium's offline emulation does not hold back every request of a page
  // a service worker controls (a PATCH can still leave): the fault proxy
  // drops every connection to the backend as well, so "offline" holds.
  faults.set({ reset: true });
  await page.context().setOffline(true);
  // A sensitive case moved on the board.
  await page.locator("[data-case-id='case-2'] [data-testid='move-to']").selectOption("triage");
  await page.locator("[data-notice='queued'][data-case-id='case-2']").waitFor();
  await expectEventually(async () => (await count(page)) === "1", "one change waiting");

  // An update posted from the now view (the shell from the worker).
  await page.goto(`${app.url}now`);
  const incident = page.locator("[data-incident-id='incident-1']");
  await incident.locator("[data-action='now-update']").click();
  await incident.locator("[data-field='now-update']").fill("Written on the train: ranges blocked");
  await incident.locator("[data-action='now-post']").click();
  await page.locator("[data-notice='queued']").first().waitFor();
  await expectEventually(async () => (await count(page)) === "2", "two changes waiting");

  await page.reload();
  await page.locator("[data-outbox-count='2']").waitFor();
  const kept = await outboxText(page);
  assert.match(kept, /Written on the train/);
  assert.match(kept, /"status":"triage"/);
  assert.ok(!kept.includes("Coordinated harassment"), "the sensitive case's description is not kept");
  const rows = await page.locator("[data-outbox-entry]").evaluateAll((els) => els.map((e) => [e.dataset.collection, e.dataset.state]));
  assert.deepEqual(rows, [["cases", "waiting"], ["incident_events", "waiting"]], "in the order made");
  assert.equal((await storedCase(backend, "case-2")).version, before.version,
    `nothing reached json-server: ${JSON.stringify(faults.requests.filter((r) => r.method !== "GET"))}`);

  faults.clear();
  await page.context().setOffline(false);
  await page.locator("[data-outbox-count]").waitFor({ state: "detached", timeout: 30000 });
  const after = await storedCase(backend, "case-2");
  assert.equal(after.status, "triage");
  assert.equal(after.version, before.version + 1, "one write");
  assert.equal(after.description, "Coordinated harassment.", "its description untouched");
  const updates = await get("incident_events?incident_id=incident-1&kind=update");
  assert.equal(updates.length, updatesBefore + 1, "one update");
  assert.ok(updates.some((e) => e.text === "Written on the train: ranges blocked" && e.version === 1));
  const changes = await get("case_events?case_id=case-2&kind=change");
  assert.equal(changes.length, changesBefore + 1, "one change entry");
  // Another reload and a while later: nothing is sent again.
  await page.reload();
  await page.locator("[data-case-id='case-2']").first().waitFor();
  await page.waitForTimeout(1500);
  assert.equal((await storedCase(backend, "case-2")).version, before.version + 1);
  assert.equal((await get("incident_events?incident_id=incident-1&kind=update")).length, updatesBefore + 1);
  assert.deepEqual(JSON.parse(await outboxText(page)).entries, [], "nothing kept");
  await page.context().close();
});

test("a backend outage (502) queues the move; a newer version meanwhile is a conflict, never overwritten", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-1']").first().waitFor();
  const before = await storedCase(backend, "case-1");
  faults.set({ htmlError: true, onlyMethods: ["PATCH", "POST"] });
  await page.locator("[data-case-id='case-1'] [data-testid='move-to']").selectOption("waiting");
  await page.locator("[data-notice='queued'][data-case-id='case-1']").waitFor();
  await page.locator("[data-outbox-count='1']").waitFor();
  // Another lead, in another region, changes the owner meanwhile.
  await patch("cases/case-1", { owner_id: "person-2", version: before.version + 1 });
  faults.clear();
  await page.locator("[data-action='outbox-send']").click();
  const entry = page.locator("[data-outbox-entry][data-state='conflict']");
  await entry.waitFor({ timeout: 15000 });
  assert.match(await entry.innerText(), /owner_id/);
  const stored = await storedCase(backend, "case-1");
  assert.equal(stored.owner_id, "person-2", "theirs kept");
  assert.equal(stored.status, before.status, "mine not written over it unseen");
  // Their field is not one mine writes: mine goes on top, once.
  await entry.locator("[data-action='outbox-apply']").click();
  await page.locator("[data-outbox-count]").waitFor({ state: "detached", timeout: 30000 });
  const final = await storedCase(backend, "case-1");
  assert.equal(final.status, "waiting");
  assert.equal(final.owner_id, "person-2");
  assert.equal(final.version, before.version + 2);
  assert.deepEqual(page.errors.filter((e) => !/502|Failed to load resource/.test(e)), []);
  await page.context().close();
});
