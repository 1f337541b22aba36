// The app behind nginx as deploy/nginx.conf serves it (harness startNginx:
// what scripts/nginx-conf.mjs writes, run as this user on a free port), under
// a sub-path, with a real json-server behind <base>api/: deep links, caching,
// types and compression, the CSP beside the app server's for the same build
// and config.json, a portal on another origin framing it while a stranger's
// page is refused, the crafted links of e2e/links.test.mjs and the encoded
// dot segments of e2e/crafted.mjs, redirects, no service worker from the
// API, an https backend's certificate, --api none, the service worker, and
// the same config at the site's root.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { craftedPaths, dotPaths, startEvil, visit } from "./crafted.mjs";
import {
  closeServer, expectFrameRefused, launch, openPage, rawGet, recordViolations, startApp, startBackend, startNginx,
  startPortal,
} from "./harness.mjs";

const BASE = "/watchfloor/";
const IMMUTABLE = "public, max-age=31536000, immutable";
let backend, nginx, app, browser, portal, stranger, evil, config;

before(async () => {
  backend = await startBackend();
  evil = await startEvil();
  portal = await startPortal(() => `${nginx.url}cases?embed=1`);
  stranger = await startPortal(() => `${nginx.url}cases?embed=1`);
  config = { api_base_url: "api/", portal_origins: [portal.url.replace(/\/$/, "")] };
  nginx = await startNginx({ base: BASE, api: backend.url, config });
  // The app server on the same build and config.json, to compare with.
  app = await startApp({ base: BASE, api: backend.url, config });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await nginx?.stop();
  await app?.stop();
  await backend?.stop();
  for (const s of [portal, stranger, evil]) if (s) await closeServer(s.server);
});

/** This build's hashed assets by extension (the names index.html loads). */
function hashedAssets() {
  const html = readFileSync(join(nginx.dist, "index.html"), "utf8");
  const assets = {};
  for (const [, name, ext] of html.matchAll(/\.\/([\w.-]+-[0-9a-f]{12,}(?:_bg)?\.(wasm|js|css))\b/g)) assets[ext] = name;
  assert.deepEqual(Object.keys(assets).sort(), ["css", "js", "wasm"], "index.html names its wasm, js and css");
  return assets;
}

test("a deep link under the sub-path opens, and again on reload, with the data through nginx's proxy", async () => {
  const page = await openPage(browser);
  await recordViolations(page);
  const asked = [];
  page.on("request", (request) => asked.push(request.url()));
  const response = await page.goto(`${nginx.url}cases/case-1`);
  assert.equal(response.status(), 200);
  const title = page.locator("[data-field='title']");
  await title.waitFor();
  assert.equal(await title.inputValue(), "Takeover of a minister's account");
  await page.reload();
  await title.waitFor();
  assert.equal(await title.inputValue(), "Takeover of a minister's account");
  assert.ok(asked.some((u) => u.startsWith(`${nginx.url}api/cases`)), "the case came through <base>api/");
  assert.ok(asked.every((u) => u.startsWith(nginx.url)), `nothing but nginx under the sub-path: ${asked.filter((u) => !u.startsWith(nginx.url))}`);

  // The bare sub-path gets its slash, then the app its home.
  await page.goto(nginx.url.replace(/\/$/, ""));
  await page.locator("[data-case-id='case-1']").waitFor();
  assert.ok(page.url().startsWith(nginx.url), page.url());
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("index.html and config.json are revalidated, hashed assets cached for good; unknown paths are the page, missing files a 404", async () => {
  const assets = hashedAssets();
  for (const path of ["", "index.html", "cases/case-1", "no/such/page", "cases?q=a%2Fb..%2Fc%2e"]) {
    const { status, headers } = await rawGet(nginx.url, `${BASE}${path}`);
    assert.equal(status, 200, path);
    assert.match(headers["content-type"], /^text\/html/, path);
    assert.equal(headers["cache-control"], "no-cache", path);
    assert.ok(headers["content-security-policy"], path);
  }
  for (const path of ["config.json", "sw.js", "locales/de.ftl", "manifest.webmanifest"]) {
    const { status, headers } = await rawGet(nginx.url, `${BASE}${path}`);
    assert.equal(status, 200, path);
    assert.equal(headers["cache-control"], "no-cache", path);
  }
  assert.match((await rawGet(nginx.url, `${BASE}locales/de.ftl`)).headers["content-type"], /^text\/plain; charset=utf-8$/);
  // Under a deep link the preload scanner asks for them relative to the page: the ones at the root.
  for (const path of [...Object.values(assets), `cases/${assets.wasm}`, `cases/case-1/${assets.js}`]) {
    const { status, headers, body } = await rawGet(nginx.url, `${BASE}${path}`);
    assert.equal(status, 200, path);
    assert.equal(headers["cache-control"], IMMUTABLE, path);
    assert.ok(body.equals(readFileSync(join(nginx.dist, path.split("/").pop()))), path);
  }
  // Dotfiles that are there (a deployment's .htpasswd, an editor's .swp): a 404 all the same.
  writeFileSync(join(nginx.dist, ".hidden"), "secret");
  mkdirSync(join(nginx.dist, ".git"), { recursive: true });
  writeFileSync(join(nginx.dist, ".git", "config"), "secret");
  for (const path of ["missing.wasm", "cases/missing.js", "missing-0123456789abcdef.js", "cases/missing-0123456789abcdef_bg.wasm",
    ".hidden", ".git/config", "locales/.hidden"]) {
    const { status, body } = await rawGet(nginx.url, `${BASE}${path}`);
    assert.equal(status, 404, path);
    assert.doesNotMatch(body.toString(), /Watchfloor|secret/, `${path}: not the page, nor the file`);
  }
  assert.equal((await rawGet(nginx.url, "/elsewhere")).status, 404, "nothing outside the sub-path");
});

test("redirects name a path, never the Host or nginx's own port", async () => {
  const host = { host: "elsewhere.example" };
  for (const [path, status, location] of [[BASE.slice(0, -1), 302, BASE], [`${BASE.slice(0, -1)}?embed=1`, 302, `${BASE}?embed=1`],
    [`${BASE}api`, 301, `${BASE}api/`]]) {
    const answer = await rawGet(nginx.url, path, host);
    assert.equal(answer.status, status, path);
    assert.equal(answer.headers.location, location, path);
  }
});

test("the wasm is application/wasm; wasm, JS, CSS and JSON come gzipped when asked, as they are when not", async () => {
  const assets = hashedAssets();
  const types = [[assets.wasm, /^application\/wasm$/], [assets.js, /javascript/], [assets.css, /^text\/css/],
    ["config.json", /^application\/json/]];
  for (const [path, type] of types) {
    const file = readFileSync(join(nginx.dist, path));
    const zipped = await rawGet(nginx.url, `${BASE}${path}`, { "accept-encoding": "gzip, deflate, br, zstd" });
    assert.match(zipped.headers["content-type"], type, path);
    assert.equal(zipped.headers["content-encoding"], "gzip", path);
    assert.match(zipped.headers.vary, /Accept-Encoding/, path);
    assert.ok(gunzipSync(zipped.body).equals(file), `${path}: the same bytes`);
    const plain = await rawGet(nginx.url, `${BASE}${path}`);
    assert.equal(plain.headers["content-encoding"], undefined, path);
    assert.ok(plain.body.equals(file), path);
    if (path === assets.wasm) {
      assert.ok(zipped.body.length < file.length * 0.6, `the wasm packs: ${zipped.body.length} of ${file.length} bytes`);
    }
  }
});

test("the CSP: nginx's header after the build's meta policy is the app server's header, for the same build and config.json", async () => {
  const viaNginx = await rawGet(nginx.url, `${BASE}cases`);
  const viaApp = await rawGet(app.url, `${BASE}cases`);
  const html = viaNginx.body.toString();
  assert.equal(html, viaApp.body.toString(), "the same index.html");
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)[1];
  const header = viaNginx.headers["content-security-policy"];
  assert.equal(`${meta}; ${header}`, viaApp.headers["content-security-policy"]);
  assert.match(header, new RegExp(`frame-ancestors 'self' ${config.portal_origins[0]}$`));

  // The API's answers are data, never a page of this origin, as through the app server.
  const answers = await Promise.all([nginx, app].map((s) => rawGet(s.url, `${BASE}api/cases/case-1`)));
  for (const { status, headers, body } of answers) {
    assert.equal(status, 200);
    assert.equal(JSON.parse(body).id, "case-1");
    assert.equal(headers["content-security-policy"], "sandbox; default-src 'none'");
    assert.equal(headers["x-content-type-options"], "nosniff");
  }
});

test("the allowed portal on another origin frames the app through nginx; a stranger's page is refused", async () => {
  const page = await openPage(browser);
  await page.goto(portal.url);
  await page.frameLocator("#app").locator("[data-case-id='case-1']").waitFor();
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === "watchfloor:route" && m.data.path === "/cases"));
  assert.deepEqual(await page.evaluate(() => [...new Set(window.received.map((m) => m.origin))]), [new URL(nginx.url).origin]);
  await page.context().close();
  await expectFrameRefused(browser, stranger);
});

test("crafted links: refused by nginx, and nothing is loaded from another host", async () => {
  const origin = new URL(nginx.url).origin;
  const pages = [...craftedPaths(evil.host), ...craftedPaths(evil.host, BASE)];
  // Through the API's proxy: another host named in the path, as written or encoded.
  const api = [`${BASE}api/http://${evil.host}/cases`, `${BASE}api//${evil.host}/cases`,
    `${BASE}api/http:%2F%2F${evil.host}/cases`, `${BASE}api/%2F%2F${evil.host}/cases`, `${BASE}api/\\${evil.host}/cases`];
  for (const path of [...pages, ...api]) {
    assert.equal((await rawGet(nginx.url, path)).status, 400, path);
  }
  // An encoded slash or dot, or a dot segment: nginx would resolve it before
  // it picks the location, the browser keeps the path as written (the page
  // at <base>api/..%2Fcases would take <base>api/ for its base).
  for (const path of [...dotPaths(BASE), ...dotPaths("/"), `${BASE}api/../config.json`,
    `${BASE}api/..%2Fconfig.json`, `${BASE}api/%2e%2e/%2e%2e/etc/passwd`, `${BASE}./cases`, `${BASE}cases/..`]) {
    const { status, body } = await rawGet(nginx.url, path);
    assert.equal(status, 400, path);
    assert.doesNotMatch(body.toString(), /Watchfloor/, `${path}: not the page`);
  }
  for (const path of pages) {
    const { hosts, pwned } = await visit(browser, origin, path);
    assert.deepEqual([...new Set(hosts)], [new URL(nginx.url).host], path);
    assert.equal(pwned, false, path);
  }
  assert.deepEqual(evil.seen, []);
});

test("no service worker comes from the API: its script is refused (403), the backend's Service-Worker-Allowed dropped", async () => {
  // A lying backend: a script, with a header that would let it control the whole origin.
  const liar = http.createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/javascript", "Service-Worker-Allowed": "/" });
    res.end("self.addEventListener('fetch', () => {});");
  });
  await new Promise((r) => liar.listen(0, "127.0.0.1", r));
  const behind = await startNginx({ base: BASE, api: `http://127.0.0.1:${liar.address().port}/`, config });
  try {
    assert.equal((await rawGet(behind.url, `${BASE}api/sw.js`, { "service-worker": "script" })).status, 403);
    const plain = await rawGet(behind.url, `${BASE}api/sw.js`);
    assert.equal(plain.status, 200);
    assert.equal(plain.headers["service-worker-allowed"], undefined);
    assert.equal(plain.headers["content-security-policy"], "sandbox; default-src 'none'");
    // The app's own worker is not the API's.
    assert.equal((await rawGet(behind.url, `${BASE}sw.js`, { "service-worker": "script" })).status, 200);
  } finally {
    await behind.stop();
    await closeServer(liar);
  }
});

test("an https backend whose certificate nothing vouches for gets no request (502), nor the app's token", async () => {
  const dir = mkdtempSync(join(tmpdir(), "watchfloor-tls-"));
  const seen = [];
  let impostor, behind;
  try {
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")],
    { stdio: "ignore" });
    impostor = https.createServer({ key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) },
      (req, res) => {
        seen.push(req.headers.authorization ?? null);
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end("[]");
      });
    await new Promise((r) => impostor.listen(0, "127.0.0.1", r));
    behind = await startNginx({ base: BASE, api: `https://127.0.0.1:${impostor.address().port}/`, config });
    const { status } = await rawGet(behind.url, `${BASE}api/cases`, { authorization: "Bearer secret" });
    assert.equal(status, 502);
    assert.deepEqual(seen, [], "nothing reached the impostor");
  } finally {
    await behind?.stop();
    if (impostor) await closeServer(impostor);
    rmSync(dir, { recursive: true, force: true });
  }
});

test("with the API elsewhere (--api none) the api/ location is a 404 and the app reads from the API's origin", async () => {
  const elsewhere = await startNginx({ base: BASE, api: "none", config: { api_base_url: `${backend.url}/` } });
  try {
    assert.equal((await rawGet(elsewhere.url, `${BASE}api/cases`)).status, 404);
    const page = await openPage(browser);
    const response = await page.goto(`${elsewhere.url}cases`);
    assert.match(response.headers()["content-security-policy"], new RegExp(`connect-src 'self' ${backend.url};`));
    await page.locator("[data-case-id='case-1']").waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  } finally {
    await elsewhere.stop();
  }
});

test("the service worker installs under the sub-path", async () => {
  const page = await openPage(browser, { serviceWorkers: "allow" });
  await page.goto(`${nginx.url}cases`);
  await page.locator("[data-case-id='case-1']").waitFor();
  assert.equal(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope)), nginx.url);
  await page.context().close();
});

test("the same config at the site's root", async () => {
  const atRoot = await startNginx({ base: "/", api: backend.url, config });
  try {
    const assets = hashedAssets();
    const page = await openPage(browser);
    await page.goto(`${atRoot.url}cases/case-1`);
    assert.equal(await page.locator("[data-field='title']").inputValue(), "Takeover of a minister's account");
    assert.deepEqual(page.errors, []);
    await page.context().close();
    assert.equal((await rawGet(atRoot.url, `/cases/${assets.wasm}`)).headers["cache-control"], IMMUTABLE);
    assert.equal((await rawGet(atRoot.url, "/missing.wasm")).status, 404);
    assert.equal((await rawGet(atRoot.url, craftedPaths(evil.host)[0])).status, 400);
    assert.equal((await rawGet(atRoot.url, "/api/cases/case-1")).status, 200);
    assert.equal((await rawGet(atRoot.url, "/api", { host: "elsewhere.example" })).headers.location, "/api/");
  } finally {
    await atRoot.stop();
  }
});
