// The case board against a real json-server: moves by keyboard, resolve and
// reopen as the contract says, the two-leads conflict, filters in the URL,
// sensitive descriptions, and a failed write rolling back.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startStack, expectEventually, storedCase, cardIn, isBackendNow } from "./harness.mjs";

let stack, backend, app, browser;

before(async () => {
  stack = await startStack();
  ({ backend, app, browser } = stack);
});

after(() => stack?.stop());

const stored = (id) => storedCase(backend, id);
const column = cardIn;

async function board(options) {
  const page = await openPage(browser, options);
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-1']").waitFor();
  return page;
}

test("columns carry their status and count; cards their id", async () => {
  const page = await board();
  for (const status of ["new", "triage", "investigating", "waiting", "resolved"]) {
    assert.equal(await page.locator(`section.column[data-status='${status}']`).count(), 1, status);
  }
  assert.equal(await page.locator("[data-status='investigating'] .count").getAttribute("data-count"), "1");
  assert.equal(await column(page, "investigating", "case-1").count(), 1);
  // The first-response clock of the new P1 case ran out 25 h ago (fixed clock).
  assert.equal(await column(page, "new", "case-2").locator(".sla").getAttribute("data-sla"), "overdue");
});

test("a sensitive description stays hidden until revealed", async () => {
  const page = await board();
  const card = page.locator("[data-case-id='case-2']");
  assert.equal(await card.locator(".description").count(), 0);
  await card.getByRole("button", { name: "Show description" }).click();
  assert.equal(await card.locator(".description").textContent(), "Coordinated harassment.");
  // Filtering re-renders the columns; the revealed card keeps its state.
  await page.locator("input[data-filter='q']").fill("harassment");
  await page.waitForURL(/q=harassment/);
  assert.equal(await card.locator(".description").textContent(), "Coordinated harassment.");
});

test("moving a card by keyboard writes the status and keeps it after a reload", async () => {
  const page = await board();
  const select = page.locator("[data-case-id='case-2'] [data-testid='move-to']");
  await select.focus();
  await select.selectOption("triage");
  await column(page, "triage", "case-2").waitFor();
  await expectEventually(async () => (await stored("case-2")).status === "triage", "the write lands");
  // The card was built anew in its new column, and again with the saved
  // version: the keyboard user is still on it.
  await expectEventually(
    async () => page.evaluate(() => document.activeElement?.closest("[data-case-id]")?.dataset.caseId === "case-2"),
    "focus follows the moved card",
  );
  const record = await stored("case-2");
  assert.equal(record.version, 2);
  assert.match(record.updated_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  await page.reload();
  await column(page, "triage", "case-2").waitFor();
});

test("resolving sets resolved_at; reopening clears it and counts the reopen", async () => {
  const page = await board();
  await page.locator("[data-case-id='case-1'] [data-testid='move-to']").selectOption("resolved");
  await column(page, "resolved", "case-1").waitFor();
  await expectEventually(async () => (await stored("case-1")).status === "resolved", "resolved");
  // By the backend's clock (its Date header), not the page's fixed one.
  assert.ok(isBackendNow((await stored("case-1")).resolved_at), (await stored("case-1")).resolved_at);

  await page.locator("[data-case-id='case-1'] [data-testid='move-to']").selectOption("investigating");
  await column(page, "investigating", "case-1").waitFor();
  await expectEventually(async () => (await stored("case-1")).status === "investigating", "reopened");
  const reopened = await stored("case-1");
  assert.equal(reopened.resolved_at, null);
  assert.equal(reopened.reopened_count, 1);
});

test("two leads, one case: the stale edit does not overwrite, and can be applied on top", async () => {
  const lead1 = await board();
  const lead2 = await board();
  const before = (await stored("case-1")).version;

  await lead1.locator("[data-case-id='case-1'] [data-testid='move-to']").selectOption("waiting");
  await expectEventually(async () => (await stored("case-1")).status === "waiting", "lead 1's write");

  // Lead 2 still has the older version.
  await lead2.locator("[data-case-id='case-1'] [data-testid='move-to']").selectOption("triage");
  const notice = lead2.locator("[data-notice='conflict']");
  await notice.waitFor();
  // Fields by their names in the reader's language, never the contract's.
  assert.match(await notice.textContent(), /: \u2068Status\u2069\./);
  assert.equal(await notice.getAttribute("data-fields"), "status");
  assert.equal((await stored("case-1")).status, "waiting", "nothing was overwritten");
  assert.equal(await column(lead2, "waiting", "case-1").count(), 1, "the card shows the stored version");

  await notice.getByRole("button", { name: "Apply my change on top" }).click();
  await column(lead2, "triage", "case-1").waitFor();
  await expectEventually(async () => (await stored("case-1")).status === "triage", "applied on top");
  assert.equal((await stored("case-1")).version, before + 2);
});

test("filters live in the URL: a link shows the same board, and back works", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases?priority=P2`);
  await page.locator("[data-case-id='case-3']").waitFor();
  assert.equal(await page.locator("[data-case-id='case-1']").count(), 0);
  assert.equal(await page.locator("select[data-filter='priority']").inputValue(), "P2");

  await page.locator("select[data-filter='region']").selectOption("EMEA");
  await page.waitForURL(/region=EMEA/);
  assert.equal(await page.locator(".board [data-case-id]").count(), 0, "P2 and EMEA: none");
  await page.goBack();
  await page.waitForURL(`${app.url}cases?priority=P2`);
  await page.locator("[data-case-id='case-3']").waitFor();

  await page.goto(`${app.url}cases`);
  await page.locator("input[data-filter='q']").fill("minister");
  await page.waitForURL(/q=minister/);
  await expectEventually(async () => (await page.locator(".board [data-case-id]").count()) === 1, "one match");
});

test("a failed write puts the card back and says so", async () => {
  const page = await board();
  await fetch(`${backend.url}/cases/case-3`, { method: "DELETE" });
  await page.locator("[data-case-id='case-3'] [data-testid='move-to']").selectOption("triage");
  const notice = page.locator("[data-notice='failed']");
  await notice.waitFor();
  assert.match(await notice.textContent(), /Not saved/);
  assert.equal(await column(page, "resolved", "case-3").count(), 1);
});

