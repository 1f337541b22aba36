// Saving and syncing through the save engine, against a real json-server:
// a kept draft restored over someone else's newer version, the page's
// counts following writes (quick moves on a slow link: saving.test.mjs).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startStack, expectEventually, storedCase, cardIn } from "./harness.mjs";

let stack, backend, app, browser;

before(async () => {
  stack = await startStack();
  ({ backend, app, browser } = stack);
});

after(() => stack?.stop());

const stored = (id) => storedCase(backend, id);

/** Someone else's write, straight to the backend (as another client would). */
async function theirWrite(id, changes) {
  const current = await stored(id);
  const response = await fetch(`${backend.url}/cases/${id}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", "If-Match": `"${current.version}"` },
    // Stamped by a writer whose clock is right (the backend's time).
    body: JSON.stringify({ ...changes, updated_at: new Date().toISOString() }),
  });
  assert.equal(response.status, 200);
  return response.json();
}

test("a kept draft restored over a newer version goes through the conflict notice", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases/case-1`);
  const title = page.locator("[data-field='title']");
  await title.fill("Minister's account: recovered, 2FA back on");
  const before = await stored("case-1");
  // Meanwhile another lead reassigns the case.
  await theirWrite("case-1", { owner_id: "person-2" });

  await page.reload();
  await page.locator("[data-state='restored']").waitFor();
  const conflict = page.locator("[data-state='conflict']");
  await conflict.waitFor();
  assert.match(await conflict.textContent(), /version/);
  // Applying mine writes only what I changed.
  assert.equal(await conflict.locator("[data-overlap]").getAttribute("data-overlap"), "title");
  assert.equal(await title.inputValue(), "Minister's account: recovered, 2FA back on");
  await conflict.locator("[data-action='apply']").click();
  await expectEventually(async () => (await stored("case-1")).title.startsWith("Minister's account: recovered"), "mine saved");
  const record = await stored("case-1");
  assert.equal(record.owner_id, "person-2", "their owner is not written back");
  assert.equal(record.version, before.version + 2);
  await page.locator("[data-state='saved']").waitFor();
  assert.deepEqual(page.errors, []);
});

test("the page's counts follow a move and a refresh", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-2']").waitFor();
  const summary = page.locator("p.summary");
  const open = Number(await summary.getAttribute("data-open"));
  await page.locator("[data-case-id='case-2'] [data-testid='move-to']").selectOption("resolved");
  await expectEventually(async () => Number(await summary.getAttribute("data-open")) === open - 1, "one fewer open");
  await expectEventually(async () => (await stored("case-2")).status === "resolved", "saved");
  // Someone else reopens it: "refresh now" brings it back into the count.
  await theirWrite("case-2", { status: "triage", resolved_at: null, reopened_count: 1 });
  await page.locator("[data-action='refresh']").click();
  await expectEventually(async () => Number(await summary.getAttribute("data-open")) === open, "open again");
  await cardIn(page, "triage", "case-2").waitFor();
});

test("a viewer whose clock runs two hours ahead writes by the backend's clock", async () => {
  // An open case (the board always shows those, whatever the real date):
  // resolving it stamps both updated_at and resolved_at.
  const page = await openPage(browser);
  await page.clock.setFixedTime(new Date(Date.now() + 2 * 3600_000));
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-1']").waitFor();
  await page.locator("[data-case-id='case-1'] [data-testid='move-to']").selectOption("resolved");
  await expectEventually(async () => (await stored("case-1")).status === "resolved", "saved");
  const record = await stored("case-1");
  for (const field of ["updated_at", "resolved_at"]) {
    assert.ok(Math.abs(Date.parse(record[field]) - Date.now()) < 60_000, `${field} ${record[field]}`);
  }
});
