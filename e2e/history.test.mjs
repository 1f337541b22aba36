// A case's notes and history against a real json-server: notes added with
// Enter and back-dated through the details, untrusted text shown as text,
// editing and deleting a note, and the `change` entries a save on the case
// page and a move on the board leave in /case_events.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startStack, isBackendNow } from "./harness.mjs";

let stack, backend, app, browser;

before(async () => {
  stack = await startStack();
  ({ backend, app, browser } = stack);
});

after(() => stack?.stop());

/** Retries `check` (which throws while not yet) for up to 5 s. */
async function expectEventually(check, what, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw new Error(`timed out: ${what}: ${error.message}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Text without the isolation marks Fluent puts around variables. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "");

const events = async (query) => (await fetch(`${backend.url}/case_events?${query}`)).json();

/** Case-1's page in Berlin's zone, its history loaded. */
async function casePage() {
  const page = await openPage(browser, { timezoneId: "Europe/Berlin", locale: "en-GB" });
  page.dialogs = 0;
  page.on("dialog", (d) => {
    page.dialogs += 1;
    d.dismiss();
  });
  await page.goto(`${app.url}cases/case-1`);
  await page.locator(".case-history[data-loaded='true']").waitFor();
  return page;
}

const order = (page) =>
  page.locator(".timeline-entry").evaluateAll((els) => els.map((el) => el.dataset.eventId));

test("notes: Enter adds one, a back-dated one lands in its place, untrusted text stays text", async () => {
  const page = await casePage();
  assert.deepEqual(await order(page), ["ce-1", "ce-2", "ce-3"]);
  const script = page.locator("[data-event-id='ce-3'] .timeline-text");
  assert.match(await script.textContent(), /<script>alert\('x'\)<\/script>/);
  assert.equal(await page.locator("[data-event-id='ce-3'] script").count(), 0);
  // The partner team and the change line, in words.
  assert.match(await page.locator("[data-event-id='ce-3']").textContent(), /Trust & Safety/);
  assert.match(plain(await page.locator("[data-event-id='ce-2'] .timeline-line").first().textContent()), /First response: — → 24 Nov 2026, 10:38/);
  assert.equal(await page.locator("[data-event-id='ce-2'] [data-action='edit']").count(), 0, "history is not editable");
  // The time in the viewer's zone, with UTC at hand.
  const time = page.locator("[data-event-id='ce-1'] time");
  assert.equal(await time.getAttribute("datetime"), "2026-11-24T09:35:00.000Z");
  assert.match(await time.getAttribute("title"), /09:35 UTC/);
  assert.match(await time.textContent(), /10:35/);

  // Who is writing, then one field and Enter.
  await page.locator("[data-timeline='as'] option[value='person-2']").waitFor({ state: "attached" });
  await page.locator("[data-timeline='as']").selectOption("person-2");
  const field = page.locator("[data-timeline='text']");
  await field.press("Enter");
  assert.equal((await events("case_id=case-1")).length, 3, "an empty note adds nothing");
  await field.fill("Spoke to the press office <b>twice</b>");
  await field.press("Enter");
  assert.equal(await field.inputValue(), "");
  await expectEventually(async () => {
    const notes = (await events("case_id=case-1&kind=note")).filter((e) => e.text.startsWith("Spoke"));
    assert.equal(notes.length, 1);
    const [note] = notes;
    assert.equal(note.case_id, "case-1");
    assert.equal(note.author_id, "person-2");
    assert.equal(note.version, 1);
    assert.match(note.id, /^case-event-/);
    assert.ok(isBackendNow(note.at), note.at);
  }, "the note is stored");
  const added = page.locator(".timeline-entry", { hasText: "Spoke to the press office" });
  await expectEventually(async () => assert.equal(await added.getAttribute("data-saving"), null), "stored, not saving");
  assert.equal(await added.locator("b").count(), 0);
  assert.match(await added.textContent(), /Mariana Souza/);

  // Written after the fact: 10:36 in Berlin is 09:36 UTC, between ce-1 and ce-2.
  await page.locator("[data-action='details']").click();
  await page.locator("[data-timeline='time']").fill("2026-11-24T10:36");
  await field.fill("Back-dated: the reporter called");
  await field.press("Enter");
  let backDated;
  await expectEventually(async () => {
    [backDated] = (await events("case_id=case-1")).filter((e) => e.text.startsWith("Back-dated"));
    assert.equal(backDated?.at, "2026-11-24T09:36:00.000Z");
  }, "the back-dated note is stored");
  await expectEventually(async () => {
    const ids = await order(page);
    assert.deepEqual(ids.slice(0, 3), ["ce-1", backDated.id, "ce-2"]);
  }, "it is listed in its place");
  assert.equal(page.dialogs, 0);
  assert.deepEqual(page.errors, []);
});

test("a note is edited (Escape cancels) and deleted after a confirm", async () => {
  const page = await casePage();
  const entry = page.locator("[data-event-id='ce-1']");
  await entry.locator("[data-action='edit']").click();
  const text = entry.locator("[data-timeline='edit-text']");
  await text.fill("never saved");
  await text.press("Escape");
  assert.equal(await entry.locator("[data-timeline='edit-text']").count(), 0);
  assert.match(await entry.locator(".timeline-text").textContent(), /Called the minister's office/);

  await entry.locator("[data-action='edit']").click();
  await entry.locator("[data-timeline='edit-text']").fill("Called the minister's office twice.");
  await entry.locator("[data-action='save-entry']").click();
  await expectEventually(async () => {
    const [stored] = await events("id=ce-1");
    assert.equal(stored.text, "Called the minister's office twice.");
    assert.equal(stored.version, 2);
    assert.equal(stored.at, "2026-11-24T09:35:00.000Z", "the time is kept");
  }, "the edit is stored");
  await expectEventually(async () => assert.match(await entry.locator(".timeline-text").textContent(), /twice/), "shown");

  await entry.locator("[data-action='delete']").click();
  await entry.locator("[data-action='cancel-delete']").click();
  assert.equal((await events("id=ce-1")).length, 1, "cancelled: kept");
  await entry.locator("[data-action='delete']").click();
  await entry.locator("[data-action='confirm-delete']").click();
  await expectEventually(async () => assert.equal((await events("id=ce-1")).length, 0), "deleted");
  await expectEventually(async () => assert.equal(await entry.count(), 0), "gone from the list");
  assert.deepEqual(page.errors, []);
});

test("saving the case leaves a change entry with [old, new] and the version pair", async () => {
  const page = await casePage();
  const before = await (await fetch(`${backend.url}/cases/case-1`)).json();
  const changes = page.locator(".timeline-entry[data-kind='change']");
  const count = await changes.count();
  await page.locator("[data-field='title']").fill("Takeover of a minister's account (confirmed)");
  await page.locator("[data-action='save']").click();
  await page.locator("[data-state='saved']").waitFor();
  let change;
  await expectEventually(async () => {
    change = (await events("case_id=case-1&kind=change")).find((e) => e.changes?.title);
    assert.ok(change, "a change event");
  }, "the change event is stored");
  assert.deepEqual(change.changes.title, [before.title, "Takeover of a minister's account (confirmed)"]);
  assert.deepEqual(change.changes.version, [before.version, before.version + 1]);
  assert.equal(change.version, 1);
  assert.deepEqual(Object.keys(change.changes).sort(), ["title", "version"]);
  await expectEventually(async () => assert.equal(await changes.count(), count + 1), "shown at once");
  const line = page.locator(`[data-event-id='${change.id}'] .timeline-line`);
  assert.match(plain(await line.first().textContent()), /Title: .* → Takeover of a minister's account \(confirmed\)/);
  assert.deepEqual(page.errors, []);
});

test("a move on the board leaves a change event too", async () => {
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  const card = page.locator("[data-status='new'] [data-case-id='case-2']");
  await card.waitFor();
  await card.locator("[data-testid='move-to']").selectOption("triage");
  await expectEventually(async () => {
    const [change] = await events("case_id=case-2&kind=change");
    assert.deepEqual(change?.changes?.status, ["new", "triage"]);
    assert.equal(change.changes.version.length, 2);
    assert.equal(change.changes.version[1], change.changes.version[0] + 1);
  }, "the move's change event is stored");
  assert.deepEqual(page.errors, []);
});
