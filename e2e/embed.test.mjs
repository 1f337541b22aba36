// Embedded in a portal from another origin: height and route go out only to
// the allowed origin, a token and a route come in only from it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import {
  closeServer, expectEventually, expectFrameRefused, launch, openPage, startApp, startBackend, startPortal,
} from "./harness.mjs";

let backend, app, browser, portal, stranger;

before(async () => {
  backend = await startBackend();
  portal = await startPortal(() => `${app.url}cases?embed=1`);
  stranger = await startPortal(() => `${app.url}cases?embed=1`);
  app = await startApp({
    config: {
      api_base_url: `${backend.url}/`,
      portal_origins: [portal.url.replace(/\/$/, "")],
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await backend?.stop();
  for (const p of [portal, stranger]) if (p) await closeServer(p.server);
});

function authHeaders(page) {
  const seen = [];
  page.on("request", (request) => {
    if (request.url().startsWith(backend.url)) seen.push(request.headers().authorization ?? null);
  });
  return seen;
}

test("the allowed portal gets height and route, and its token reaches the API", async () => {
  const page = await openPage(browser);
  const auth = authHeaders(page);
  await page.goto(portal.url);
  const frame = page.frameLocator("#app");
  await frame.locator("[data-case-id='case-1']").waitFor();
  assert.equal(await frame.locator("header.app-header").count(), 0, "no own header when embedded");

  await page.waitForFunction(() => window.received.some((m) => m.data?.type === "watchfloor:height" && m.data.height > 0));
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === "watchfloor:route" && m.data.path === "/cases"));
  const origins = await page.evaluate(() => [...new Set(window.received.map((m) => m.origin))]);
  assert.deepEqual(origins, [new URL(app.url).origin]);

  assert.ok(auth.length > 0 && auth.every((h) => h === null), "no token before the portal sends one");
  await page.evaluate(() => window.send({ type: "watchfloor:token", token: "t0k3n" }));
  await expectEventually(() => auth.includes("Bearer t0k3n"), "the token is sent to the API");

  await page.evaluate(() => window.send({ type: "watchfloor:navigate", path: "/incidents" }));
  await frame.locator("[data-incident-id='incident-1']").waitFor();
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === "watchfloor:route" && m.data.path === "/incidents"));
});

test("a page not on the allowlist cannot frame the app", async () => {
  // The app server's CSP names the portals in frame-ancestors: the browser
  // shows nothing of the app inside any other page.
  await expectFrameRefused(browser, stranger);
});

test("a page not on the allowlist is told nothing and changes nothing", async () => {
  // It cannot frame the app; it can open it in a window of its own and post to it.
  const page = await openPage(browser);
  const auth = authHeaders(page);
  await page.goto(stranger.url);
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    page.evaluate((url) => { window.opened = window.open(url); }, `${app.url}cases?embed=1`),
  ]);
  popup.on("request", (request) => {
    if (request.url().startsWith(backend.url)) auth.push(request.headers().authorization ?? null);
  });
  await popup.locator("[data-case-id='case-1']").waitFor();
  await page.evaluate(() => window.opened.postMessage({ type: "watchfloor:token", token: "stolen" }, "*"));
  await page.evaluate(() => window.opened.postMessage({ type: "watchfloor:navigate", path: "/team" }, "*"));
  await popup.waitForTimeout(800);
  assert.ok(!auth.includes("Bearer stolen"), "a foreign token is never used");
  assert.equal(await popup.locator("[data-person-id]").count(), 0, "no navigation from a foreign page");
  assert.equal(new URL(popup.url()).pathname, "/cases");
  assert.deepEqual(await page.evaluate(() => window.received), [], "nothing is posted to a foreign page");
});

test("a 401 from the API asks to sign in again through the portal", async () => {
  const denying = http.createServer((req, res) => {
    res.writeHead(401, {
      "Content-Type": "application/json",
      "Access-Control-Allow-Origin": req.headers.origin ?? "*",
    });
    res.end('{"error":"unauthorized"}');
  });
  await new Promise((r) => denying.listen(0, "127.0.0.1", r));
  const locked = await startApp({ config: { api_base_url: `http://127.0.0.1:${denying.address().port}/` } });
  try {
    const page = await openPage(browser);
    await page.goto(`${locked.url}cases`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.textContent(), /sign in again through your portal/);
  } finally {
    await locked.stop();
    await closeServer(denying);
  }
});

