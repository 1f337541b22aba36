// Offline: the service worker (sw/) opens the app with no network after a
// visit and shows the data last seen, with "offline, data as of", never
// having written a sensitive case's description to the device.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, startStack, expectEventually } from "./harness.mjs";

let stack, app, browser, faults;

before(async () => {
  stack = await startStack({ faults: true });
  ({ app, browser, faults } = stack);
});

after(() => stack?.stop());

/** Every answer the worker kept, as text. */
const keptBodies = (page) => page.evaluate(async () => {
  const out = [];
  for (const name of (await caches.keys()).filter((k) => k.startsWith("watchfloor-data "))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) out.push([request.url, await (await cache.match(request)).text()]);
  }
  return out;
});

test("after one visit the board opens offline with the data last seen, and says so", async () => {
  const page = await openPage(browser, { serviceWorkers: "allow" });
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-1']").waitFor();
  // The worker installs after the first load and takes the page over.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The sensitive case's page: its record and its history are kept too.
  await page.goto(`${app.url}cases/case-2`);
  await page.locator("[data-field='title']").waitFor();
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-2']").waitFor();
  assert.equal(await page.locator(".offline-banner").count(), 0, "online: no banner");

  // Kept: the board's answers, without the sensitive case's description.
  let kept = [];
  await expectEventually(async () => {
    kept = await keptBodies(page);
    return kept.some(([url, body]) => body.includes("case-2") && url.includes("status=new"))
      && kept.some(([url]) => url.includes("case_events"));
  }, "the board's and the case page's answers kept");
  const all = kept.map(([, body]) => body).join("\n");
  assert.ok(all.includes("Login from a new country"), "a plain description is kept");
  assert.ok(!all.includes("Coordinated harassment"), "a sensitive description is not");

  await page.context().setOffline(true);
  await page.reload();
  await page.locator("[data-case-id='case-1']").waitFor();
  await page.locator("[data-case-id='case-2']").waitFor();
  const banner = page.locator(".offline-banner");
  await banner.waitFor();
  assert.match(await banner.innerText(), /Offline/);
  assert.ok(Date.parse(await banner.getAttribute("data-offline-since")) > 0);
  // A deep link opens the shell too.
  await page.goto(`${app.url}cases?view=table`);
  await page.locator("[data-case-id='case-1']").first().waitFor();

  // Back online: the next answers are the backend's, and the banner goes.
  await page.context().setOffline(false);
  await page.locator("[data-action='refresh']").click();
  await banner.waitFor({ state: "detached" });
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await page.context().close();
});

test("a backend that is down behind the app server, or hangs, shows the kept data with the banner", async () => {
  const page = await openPage(browser, { serviceWorkers: "allow" });
  await page.goto(`${app.url}cases`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  await page.locator("[data-case-id='case-1']").waitFor();
  await expectEventually(async () => (await keptBodies(page)).some(([url]) => url.includes("status=new")), "kept");

  // A gateway's HTML 502: the kept answer, the banner.
  faults.set({ htmlError: true });
  await page.reload();
  await page.locator("[data-case-id='case-1']").waitFor();
  await page.locator(".offline-banner").waitFor();

  // Back, then hanging: after a few seconds the kept answer, not a spinner.
  faults.clear();
  await page.reload();
  await page.locator("[data-case-id='case-1']").waitFor();
  await page.locator(".offline-banner").waitFor({ state: "detached" });
  faults.set({ hang: true });
  await page.reload();
  await page.locator("[data-case-id='case-1']").waitFor({ timeout: 15000 });
  await page.locator(".offline-banner").waitFor();
  faults.release?.();
  faults.clear();
  await page.context().close();
});
