// Incident timelines against a real json-server: declaring (validation,
// the incident and its first two entries stored), the timeline (an update
// with Enter, a back-dated entry in its place, untrusted text as text),
// status changes with their entry, action items, the Markdown export, the
// list's filter in the URL, and escalating a case into an incident.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPage, startStack, expectEventually, storedCase } from "./harness.mjs";

let stack, backend, app, browser;
let declared; // the id of the incident the first test declares

before(async () => {
  // Refreshing every 2 s, so that others' entries appear within a test.
  stack = await startStack({ config: { refresh_seconds: 2 } });
  ({ backend, app, browser } = stack);
});

after(() => stack?.stop());

const get = async (path) => (await fetch(`${backend.url}/${path}`)).json();
const storedIncident = (id) => get(`incidents/${encodeURIComponent(id)}`);
const eventsOf = (id) => get(`incident_events?incident_id=${encodeURIComponent(id)}`);
const itemsOf = (id) => get(`action_items?incident_id=${encodeURIComponent(id)}`);
const utcPage = () => openPage(browser, { timezoneId: "UTC", acceptDownloads: true });

test("declaring: validation first, then the incident and its detected and declared entries", async () => {
  const page = await utcPage();
  await page.goto(`${app.url}incidents/new`);
  const submit = page.locator("[data-action='declare-submit']");
  await submit.click();
  await page.locator("[data-state='invalid']").waitFor();
  for (const field of ["title", "severity", "regions", "started_at"]) {
    assert.equal(await page.locator(`[data-error-for='${field}']`).count(), 1, field);
  }
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.field), "title");
  assert.equal(await page.locator("[data-field='title']").getAttribute("aria-invalid"), "true");

  await page.locator("[data-field='title']").fill("Login outage in EMEA");
  await page.locator("[data-field='severity']").selectOption("SEV2");
  await page.locator("input[data-region='EMEA']").check();
  await page.locator("[data-field='started_at']").fill("2026-11-25T10:00");
  await page.locator("[data-field='summary']").fill("Logins fail for some users.");
  await submit.click();
  await page.waitForURL(/\/incidents\/incident-/);
  declared = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
  await page.locator(`article[data-incident-id='${declared}']`).waitFor();

  const incident = await storedIncident(declared);
  assert.equal(incident.title, "Login outage in EMEA");
  assert.equal(incident.severity, "SEV2");
  assert.equal(incident.status, "investigating");
  assert.deepEqual(incident.regions, ["EMEA"]);
  assert.equal(incident.started_at, "2026-11-25T10:00:00.000Z");
  assert.equal(incident.version, 1);
  await expectEventually(async () => {
    const kinds = (await eventsOf(declared)).map((e) => e.kind).sort();
    return kinds.join() === "declared,detected";
  }, "the detected and declared entries are stored");
  await page.locator("li[data-kind='declared']").waitFor();
  await page.locator("li[data-kind='detected']").waitFor();
  assert.deepEqual(page.errors, []);
});

test("the timeline: an update with Enter, a back-dated entry in its place", async () => {
  assert.ok(declared, "the declare test ran");
  const page = await utcPage();
  await page.goto(`${app.url}incidents/${declared}`);
  await page.locator("li[data-kind='declared']").waitFor();

  const box = page.locator("[data-timeline='text']");
  await box.fill("Rolled back the deploy");
  await box.press("Enter");
  await expectEventually(
    async () => (await eventsOf(declared)).some((e) => e.kind === "update" && e.text === "Rolled back the deploy"),
    "the update is stored",
  );
  await page.locator("li[data-kind='update']", { hasText: "Rolled back the deploy" }).waitFor();

  // Details: another kind and an earlier time.
  await page.locator("[data-action='details']").click();
  await page.locator("[data-timeline='kind']").selectOption("mitigation");
  await page.locator("[data-timeline='time']").fill("2026-11-25T10:30");
  await box.fill("Blocked the bad ASN");
  await page.locator("[data-action='add']").click();
  await expectEventually(
    async () => (await eventsOf(declared)).some((e) => e.kind === "mitigation" && e.at === "2026-11-25T10:30:00.000Z"),
    "the back-dated entry is stored at its time",
  );
  await page.locator("li[data-kind='mitigation']").waitFor();
  const order = await page.locator("li[data-event-id]").evaluateAll((els) => els.map((e) => e.dataset.kind));
  assert.ok(order.indexOf("mitigation") < order.indexOf("detected"), `10:30 comes before 12:00: ${order}`);
  assert.ok(order.indexOf("mitigation") < order.indexOf("update"), `${order}`);
  assert.deepEqual(page.errors, []);
});

test("resolving writes the times and a status change entry; the durations stop", async () => {
  const page = await utcPage();
  await page.goto(`${app.url}incidents/${declared}`);
  await page.locator("li[data-kind='declared']").waitFor();
  await page.locator("[data-status-to='resolved']").click();
  await expectEventually(async () => {
    const i = await storedIncident(declared);
    return i.status === "resolved" && i.resolved_at && i.mitigated_at && i.acknowledged_at;
  }, "the incident is resolved with its times");
  await expectEventually(
    async () => (await eventsOf(declared)).some((e) => e.kind === "status_change" && e.text === "investigating → resolved"),
    "the status change entry is stored",
  );
  await page.locator("li[data-kind='status_change']").waitFor();
  assert.equal(await page.locator("[data-status-to='resolved']").getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("[data-duration='resolve']").getAttribute("data-running"), "false");
  assert.deepEqual(page.errors, []);
});

test("action items: add one, finish it; an overdue one stands out in words", async () => {
  const page = await utcPage();
  await page.goto(`${app.url}incidents/${declared}`);
  await page.locator("li[data-kind='declared']").waitFor();
  await page.locator("[data-item='title']").fill("Add a canary for logins");
  await page.locator("[data-item='due']").fill("2026-12-01");
  await page.locator("[data-action='add-item']").click();
  let item;
  await expectEventually(async () => {
    item = (await itemsOf(declared)).find((i) => i.title === "Add a canary for logins");
    return item && item.due_on === "2026-12-01" && item.done === false;
  }, "the item is stored");
  const row = page.locator(`li[data-item-id='${item.id}']`);
  await row.locator("[data-action='item-done']").check();
  await expectEventually(async () => (await storedIncidentItem(item.id)).done === true, "the item is done");

  // The fixture's incident has an item due 2026-11-20, overdue at NOW.
  await page.goto(`${app.url}incidents/incident-1`);
  const overdue = page.locator("li[data-item-id='action-2']");
  await overdue.waitFor();
  assert.equal(await overdue.getAttribute("data-overdue"), "true");
  assert.match(await overdue.innerText(), /Overdue/);
  assert.equal(await page.locator("li[data-item-id='action-1']").getAttribute("data-overdue"), "false");
  assert.deepEqual(page.errors, []);
});

const storedIncidentItem = (id) => get(`action_items/${encodeURIComponent(id)}`);

test("untrusted text in an entry is shown as text", async () => {
  const page = await utcPage();
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs += 1; d.dismiss(); });
  await page.goto(`${app.url}incidents/incident-1`);
  const entry = page.locator("li[data-event-id='event-3']");
  await entry.waitFor();
  assert.match(await entry.innerText(), /<script>alert\('xss'\)<\/script> Blocked the attacking ranges\./);
  assert.equal(await page.locator("li[data-event-id='event-3'] script").count(), 0);
  assert.equal(dialogs, 0);
  // A status change is history: no edit.
  assert.equal(await page.locator("li[data-event-id='event-4'] [data-action='edit']").count(), 0);
  assert.deepEqual(page.errors, []);
});

test("export Markdown: the title, a duration and the timeline", async () => {
  const page = await utcPage();
  await page.goto(`${app.url}incidents/${declared}`);
  await page.locator("li[data-kind='status_change']").waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("[data-action='download-markdown']").click(),
  ]);
  assert.match(download.suggestedFilename(), /\.md$/);
  const text = readFileSync(await download.path(), "utf8");
  assert.match(text, /Login outage in EMEA/);
  assert.match(text, /Time to detect/);
  assert.match(text, /\d+\s*(min|hr|h|hours?|minutes?)/);
  assert.match(text, /Rolled back the deploy/);
  assert.match(text, /Blocked the bad ASN/);
  assert.deepEqual(page.errors, []);
});

test("the list: open first, the severity filter lives in the URL", async () => {
  const page = await utcPage();
  await page.goto(`${app.url}incidents?severity=SEV1`);
  await page.locator("li[data-incident-id='incident-1']").waitFor();
  assert.equal(await page.locator(`li[data-incident-id='${declared}']`).count(), 0);
  assert.deepEqual(
    [...new Set(await page.locator("li[data-incident-id]").evaluateAll((els) => els.map((e) => e.dataset.severity)))],
    ["SEV1"],
  );
  assert.equal(await page.locator("select[data-filter='severity']").inputValue(), "SEV1");
  await page.locator("select[data-filter='severity']").selectOption("SEV2");
  await page.waitForURL(/severity=SEV2/);
  await page.locator(`li[data-incident-id='${declared}']`).waitFor();
  assert.equal(await page.locator("li[data-incident-id='incident-1']").count(), 0);
  // Rows lead to the page.
  await page.locator(`li[data-incident-id='${declared}'] a`).click();
  await page.locator(`article[data-incident-id='${declared}']`).waitFor();
  assert.deepEqual(page.errors, []);
});

test("escalating a case: an incident from the case, and the case linked to it", async () => {
  const page = await utcPage();
  await page.goto(`${app.url}cases/case-2`);
  await page.locator("[data-action='escalate']").click();
  await page.waitForURL(/incidents\/new\?from_case=case-2/);
  const title = page.locator("[data-field='title']");
  await expectEventually(async () => (await title.inputValue()) === "حملة محتوى ضار تستهدف صحفية", "the title is the case's");
  assert.equal(await page.locator("[data-field='summary']").inputValue(), "", "the description is never copied");
  assert.equal(await page.locator("input[data-region='EMEA']").isChecked(), true);
  await page.locator("[data-field='severity']").selectOption("SEV2");
  await page.locator("[data-action='declare-submit']").click();
  await page.waitForURL(/\/incidents\/incident-/);
  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop());
  await expectEventually(async () => (await storedCase(backend, "case-2")).incident_id === id, "the case is linked");
  const incident = await storedIncident(id);
  assert.equal(incident.title, "حملة محتوى ضار تستهدف صحفية");
  assert.equal(incident.started_at, "2026-11-24T11:00:00.000Z");
  await page.locator("section.incident-cases li[data-case-id='case-2']").waitFor();
  assert.deepEqual(page.errors, []);
});

test("live: while the incident is open, someone else's entry appears", async () => {
  const page = await utcPage();
  await page.goto(`${app.url}incidents/incident-1`);
  await page.locator("li[data-event-id='event-3']").waitFor();
  const now = new Date().toISOString();
  const response = await fetch(`${backend.url}/incident_events`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      id: "event-live", incident_id: "incident-1", at: "2026-11-24T13:00:00.000Z", kind: "comms",
      author_id: "person-2", text: "Statement published.", created_at: now, updated_at: now, version: 1,
    }),
  });
  assert.equal(response.status, 201);
  await page.locator("li[data-event-id='event-live']").waitFor({ timeout: 15000 });
  assert.deepEqual(page.errors, []);
});

test("a phone in Arabic: the page is mirrored and nothing runs off the side", async () => {
  const page = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.addInitScript(() => localStorage.setItem("watchfloor.locale", "ar"));
  await page.goto(`${app.url}incidents/incident-1`);
  await page.locator("li[data-event-id='event-3']").waitFor();
  await expectEventually(async () => (await page.evaluate(() => document.documentElement.dir)) === "rtl", "mirrored");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling (${overflow}px)`);
  // The one field to add an update is at hand.
  const box = await page.locator("[data-timeline='text']").boundingBox();
  assert.ok(box && box.height >= 40, "a thumb-sized field");
  assert.deepEqual(page.errors, []);
});

test("pickers write only on Apply; a case unlinked elsewhere leaves the list at the next refresh", async () => {
  const page = await utcPage();
  await page.goto(`${app.url}incidents/incident-1`);
  await page.locator("section.incident-cases li[data-case-id='case-1']").waitFor();
  const before = await storedIncident("incident-1");
  // Choosing (as arrowing through a closed select does) writes nothing.
  await page.locator("[data-field='commander_id']").selectOption("person-2");
  await page.waitForTimeout(800);
  assert.equal((await storedIncident("incident-1")).version, before.version, "no write on change");
  await page.locator("[data-action='apply-commander']").click();
  await expectEventually(async () => (await storedIncident("incident-1")).commander_id === "person-2", "applied");

  // Someone unlinks case-1 on the case page.
  const now = new Date().toISOString();
  const c = await storedCase(backend, "case-1");
  const response = await fetch(`${backend.url}/cases/case-1`, {
    method: "PATCH",
    headers: { "content-type": "application/json", "if-match": `"${c.version}"` },
    body: JSON.stringify({ incident_id: null, version: c.version + 1, updated_at: now }),
  });
  assert.ok(response.ok, `unlinked (${response.status})`);
  await expectEventually(
    async () => (await page.locator("section.incident-cases li[data-case-id='case-1']").count()) === 0,
    "gone from the linked cases",
    15000,
  );
  assert.deepEqual(page.errors, []);
});
