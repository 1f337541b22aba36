// The case board against a real PocketBase (scripts/pocketbase.mjs: the
// project's collections, rules and hooks) on the e2e fixture: signing in,
// loading, a move, the two-leads conflict, and changes by another writer
// pushed to the open board (the app's own polling is off: refresh_seconds
// is an hour), a deletion included. The same app build as every other e2e
// file: only config.json says `pocketbase`.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE, cardIn, expectEventually, freePort, launch, openPage, startApp } from "./harness.mjs";
import { importData, startPocketBase } from "../scripts/pocketbase.mjs";

let pb, dir, app, browser, admin;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "watchfloor-pb-e2e-"));
  pb = await startPocketBase({ dir, port: await freePort(), demo: false });
  const auth = await fetch(`${pb.url}/api/collections/_superusers/auth-with-password`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ identity: pb.credentials.superuser.email, password: pb.credentials.superuser.password }),
  });
  admin = (await auth.json()).token;
  await importData(pb.url, admin, JSON.parse(readFileSync(FIXTURE, "utf8")));
  app = await startApp({
    api: pb.url,
    config: { api_base_url: "api/", dialect: "pocketbase", refresh_seconds: 3600 },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await pb?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Another writer, straight to PocketBase (as a superuser: the rules are the hooks' to keep). */
async function other(method, path, body, headers = {}) {
  // A writer sets updated_at, as the contract says (the app's refresh asks by it).
  const stamped = body && method === "PATCH" ? { ...body, updated_at: new Date().toISOString() } : body;
  const response = await fetch(`${pb.url}/api/collections/cases/records${path}`, {
    method,
    headers: { "Content-Type": "application/json", Authorization: admin, ...headers },
    body: stamped === undefined ? undefined : JSON.stringify(stamped),
  });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
}
const stored = async (id) => (await other("GET", `/${id}`)).body;

/** Page errors but the 401s of the requests sent before signing in. */
const errors = (page) => page.errors.filter((e) => !/status of 401/.test(e));

/**
 * The board, signed in as the demo user through the sign-in form; with
 * `feed: false` its stream of changes cannot be opened (and polling is an
 * hour away): a lead whose board goes stale.
 */
async function board({ feed = true } = {}) {
  const page = await openPage(browser);
  if (!feed) await page.route("**/api/realtime", (route) => route.abort());
  await page.goto(`${app.url}cases`);
  const form = page.locator("#sign-in");
  await form.waitFor();
  await page.locator("#sign-in-email").fill(pb.credentials.demo.email);
  await page.locator("#sign-in-password").fill(pb.credentials.demo.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.locator("[data-case-id='case-1']").waitFor();
  await page.locator(`.feed-status[data-feed='${feed ? "live" : "down"}']`).waitFor();
  return page;
}

test("without a token PocketBase refuses, and a wrong password is said in words", async () => {
  assert.equal((await fetch(`${pb.url}/api/collections/cases/records`)).status, 401);
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  await page.locator("#sign-in").waitFor();
  await page.locator("#sign-in-email").fill(pb.credentials.demo.email);
  await page.locator("#sign-in-password").fill("not the password");
  await page.locator("#sign-in").getByRole("button", { name: "Sign in" }).click();
  await page.locator("#sign-in [role='alert']").waitFor();
  assert.equal(await page.locator("[data-case-id]").count(), 0);
  assert.deepEqual(errors(page).filter((e) => !/status of 400/.test(e)), []);
});

test("signed in, the board shows PocketBase's cases with their dates, and who is signed in", async () => {
  const page = await board();
  assert.equal(await cardIn(page, "investigating", "case-1").count(), 1);
  // case-2's first-response clock ran out (the fixture's dates, read from
  // PocketBase's own timestamp form).
  assert.equal(await cardIn(page, "new", "case-2").locator(".sla").getAttribute("data-sla"), "overdue");
  assert.match(await page.locator(".signed-in-name").textContent(), /\S/);
  assert.deepEqual(errors(page), []);
});

test("two leads, one case: a move is a versioned write, and the stale one is a conflict to apply on top", async () => {
  const lead1 = await board();
  const lead2 = await board({ feed: false });
  const before = (await stored("case-3")).version;
  await lead1.locator("[data-case-id='case-3'] [data-testid='move-to']").selectOption("waiting");
  await expectEventually(async () => (await stored("case-3")).status === "waiting", "lead 1's write");
  assert.equal((await stored("case-3")).version, before + 1);

  // Lead 2 still shows the older version: PocketBase's hook refuses it.
  await lead2.locator("[data-case-id='case-3'] [data-testid='move-to']").selectOption("triage");
  const notice = lead2.locator("[data-notice='conflict']");
  await notice.waitFor();
  // case-3 was resolved: lead 1's move reopened it.
  assert.equal(await notice.getAttribute("data-fields"), "status,resolved_at,reopened_count");
  assert.equal((await stored("case-3")).status, "waiting", "nothing was overwritten");
  await cardIn(lead2, "waiting", "case-3").waitFor();

  await notice.getByRole("button", { name: "Apply my change on top" }).click();
  await expectEventually(async () => (await stored("case-3")).status === "triage", "applied on top");
  assert.equal((await stored("case-3")).version, before + 2);
  // Lead 1 was told by the stream.
  await cardIn(lead1, "triage", "case-3").waitFor({ timeout: 5000 });
  assert.deepEqual([...errors(lead1), ...errors(lead2).filter((e) => !/realtime|ERR_FAILED|status of 412/.test(e))], []);
});

test("another writer's move shows on an open board without polling", async () => {
  const page = await board();
  const current = await stored("case-1");
  const started = Date.now();
  const moved = await other("PATCH", "/case-1", { status: "waiting" }, { "If-Match": `"${current.version}"` });
  assert.equal(moved.status, 200);
  await cardIn(page, "waiting", "case-1").waitFor({ timeout: 5000 });
  console.log(`# pushed move shown after ${Date.now() - started} ms`);
  assert.deepEqual(errors(page), []);
});

test("another writer's deletion disappears from an open board", async () => {
  const page = await board();
  const created = await other("POST", "", {
    id: "case-pb-gone", title: "To be deleted", description: "", status: "new", priority: "P2",
    region: "EMEA", category: "other", language: "en", sensitive: false, partner_teams: [], tags: [],
    created_at: new Date().toISOString(), updated_at: new Date().toISOString(), version: 1, reopened_count: 0,
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  await cardIn(page, "new", "case-pb-gone").waitFor({ timeout: 5000 });
  const started = Date.now();
  assert.equal((await other("DELETE", "/case-pb-gone", undefined, { "If-Match": '"1"' })).status, 204);
  await expectEventually(async () => (await page.locator("[data-case-id='case-pb-gone']").count()) === 0,
    "the deleted case leaves the board");
  console.log(`# pushed deletion shown after ${Date.now() - started} ms`);
  assert.deepEqual(errors(page), []);
});

test("without the stream the page says it is not live, and polling brings the change", async () => {
  const polling = await startApp({
    api: pb.url,
    config: { api_base_url: "api/", dialect: "pocketbase", refresh_seconds: 2 },
  });
  try {
    const page = await openPage(browser);
    // The stream cannot be opened (a proxy that does not pass it, say).
    await page.route("**/api/realtime", (route) => route.abort());
    await page.goto(`${polling.url}cases`);
    await page.locator("#sign-in").waitFor();
    await page.locator("#sign-in-email").fill(pb.credentials.demo.email);
    await page.locator("#sign-in-password").fill(pb.credentials.demo.password);
    await page.locator("#sign-in").getByRole("button", { name: "Sign in" }).click();
    await page.locator("[data-case-id='case-2']").waitFor();
    await page.locator(".feed-status[data-feed='down']").waitFor();
    const current = await stored("case-2");
    const moved = await other("PATCH", "/case-2", { status: "triage" }, { "If-Match": `"${current.version}"` });
    assert.equal(moved.status, 200);
    await cardIn(page, "triage", "case-2").waitFor({ timeout: 10000 });
    assert.equal(await page.locator(".feed-status[data-feed='down']").count(), 1);
    await page.close();
  } finally {
    await polling.stop();
  }
});

test("every area works on PocketBase: no error, the same damaged records as on json-server", async () => {
  const page = await board();
  const pages = [
    ["now", "#main .now-page"],
    ["incidents", "#main li[data-incident-id='incident-1']"],
    ["incidents/incident-1", "#main li[data-event-id='event-1']"],
    ["team", "#main [data-person-id='person-1']"],
    ["team/people/person-1", "#main h1"],
    ["team/skills", "#main table"],
    ["team/goals", "#main h1"],
    ["team/wellbeing", "#main h1"],
    ["team/shifts", "#main h1"],
    ["team/handover", "#main h1"],
    ["kpis", "#main h1"],
  ];
  for (const [path, ready] of pages) {
    // In-app navigation: the token is in memory, a reload would ask again.
    await page.evaluate((to) => {
      history.pushState({}, "", to);
      dispatchEvent(new PopStateEvent("popstate"));
    }, `${new URL(app.url).pathname}${path}`);
    await page.locator(ready).first().waitFor({ timeout: 10000 });
    await page.waitForLoadState("networkidle");
    assert.equal(await page.locator("#main .error-panel").count(), 0, `${path}: an error`);
  }
  // The fixture's one damaged shift is named as damaged there too.
  await page.evaluate((to) => {
    history.pushState({}, "", to);
    dispatchEvent(new PopStateEvent("popstate"));
  }, `${new URL(app.url).pathname}team/shifts`);
  await page.locator("[data-damaged-id='shift-damaged']").waitFor({ state: "attached", timeout: 10000 });
  assert.deepEqual(errors(page), []);
});

test("a draft is its person's: the next person on the device does not find it, its writer does", async () => {
  const second = { email: "second@watchfloor.example", password: "second-lead-password-1" };
  const made = await fetch(`${pb.url}/api/collections/users/records`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: admin },
    body: JSON.stringify({ ...second, passwordConfirm: second.password, verified: true, name: "Second lead" }),
  });
  assert.equal(made.status, 200);
  const page = await openPage(browser);
  const signIn = async ({ email, password }) => {
    await page.locator("#sign-in").waitFor();
    await page.locator("#sign-in-email").fill(email);
    await page.locator("#sign-in-password").fill(password);
    await page.locator("#sign-in-submit").click();
    await page.locator("#sign-in").waitFor({ state: "detached" });
  };
  await page.goto(`${app.url}cases/new`);
  await signIn(pb.credentials.demo);
  await page.locator("[data-field='title']").fill("Half-written by the demo lead");
  await page.locator(".sign-out").click();
  await signIn(second);
  await page.locator("[data-field='title']").waitFor();
  assert.equal(await page.locator("[data-field='title']").inputValue(), "", "not the other person's draft");
  assert.equal(await page.locator("[data-state='restored']").count(), 0);
  await page.locator(".sign-out").click();
  await signIn(pb.credentials.demo);
  await page.locator("[data-state='restored']").waitFor();
  assert.equal(await page.locator("[data-field='title']").inputValue(), "Half-written by the demo lead");
  await page.locator("[data-action='discard']").click();
  assert.deepEqual(errors(page), []);
});

test("signing out clears the token: the form is back and the data is not reachable", async () => {
  const page = await board();
  await page.locator(".sign-out").click();
  await page.locator("#sign-in").waitFor();
  await page.reload();
  await page.locator("#sign-in").waitFor();
  assert.equal(await page.locator("[data-case-id]").count(), 0);
});
