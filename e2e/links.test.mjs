// Crafted links and the Content Security Policy. A path like
// `//evil.example/cases` must never make the page load anything from another
// host (index.html's base script keeps <base> on this origin; the app server
// refuses such paths), and the app runs under its CSP with no violation.
//
// The "evil" host, the paths and the visit are e2e/crafted.mjs's; the
// server side is also checked at the HTTP level.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { readFileSync, statSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { craftedPaths, dotPaths, startEvil, visit } from "./crafted.mjs";
import { closeServer, launch, openPage, rawGet, recordViolations, startApp, startBackend } from "./harness.mjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
let backend, app, browser, evil, naive;

/**
 * A careless deployment: index.html for every path that is not a file, files
 * by their last segment. It does nothing about crafted paths, so only the
 * page itself (the base script and the CSP meta) stands between the user and
 * the other host.
 */
async function startNaive() {
  const server = http.createServer((req, res) => {
    const last = (req.url.split("?")[0].split("/").pop() || "index.html");
    let file = join(dist, last);
    try {
      if (!statSync(file).isFile()) file = join(dist, "index.html");
    } catch {
      file = extname(last) ? null : join(dist, "index.html");
    }
    if (!file) {
      res.writeHead(404);
      return res.end();
    }
    const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css",
      ".json": "application/json", ".svg": "image/svg+xml" };
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

before(async () => {
  backend = await startBackend();
  evil = await startEvil();
  naive = await startNaive();
  app = await startApp({ api: backend.url, config: { api_base_url: "api/" } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await backend?.stop();
  for (const s of [evil, naive]) if (s) await closeServer(s.server);
});

const crafted = () => craftedPaths(evil.host);

test("the app server refuses crafted paths at the HTTP level", async () => {
  for (const path of crafted()) {
    assert.equal((await rawGet(app.url, path)).status, 400, path);
  }
});

test("the app server gives no page where an encoded slash or dot would move the base (api/..%2Fcases)", async () => {
  for (const path of dotPaths()) {
    const { status, body } = await rawGet(app.url, path);
    assert.ok(status === 400 || status === 404, `${path}: ${status}`);
    assert.doesNotMatch(body.toString(), /Watchfloor/, `${path}: not the page`);
  }
});

test("a crafted link loads nothing from another host (the app server)", async () => {
  const origin = app.url.replace(/\/$/, "");
  for (const path of crafted()) {
    const { hosts, pwned } = await visit(browser, origin, path);
    assert.deepEqual([...new Set(hosts)], [new URL(app.url).host], path);
    assert.equal(pwned, false, path);
  }
  assert.deepEqual(evil.seen, []);
});

test("a crafted link loads nothing from another host (a server that serves index.html for any path)", async () => {
  for (const path of crafted()) {
    const { hosts, base, pwned } = await visit(browser, naive.url, path);
    assert.deepEqual([...new Set(hosts)], [new URL(naive.url).host], `${path}: ${hosts.join(", ")}`);
    assert.equal(new URL(base).origin, naive.url, `${path}: <base> ${base}`);
    assert.equal(pwned, false, path);
  }
  assert.deepEqual(evil.seen, []);
});

test("the app runs under its Content Security Policy, header and meta, with no violation", async () => {
  const page = await openPage(browser);
  await recordViolations(page);
  const response = await page.goto(`${app.url}cases`);
  const header = response.headers()["content-security-policy"];
  assert.ok(header, "a CSP header");
  for (const directive of [/base-uri 'self'/, /object-src 'none'/, /frame-ancestors 'self'/, /connect-src 'self'/,
    /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/]) {
    assert.match(header, directive);
  }
  const meta = await page.locator("meta[http-equiv='Content-Security-Policy']").getAttribute("content");
  assert.match(meta, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+(;|$)/);
  assert.ok(header.startsWith(meta), "the header carries the meta's policy");

  await page.locator("[data-case-id='case-1']").waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("an absolute api_base_url is allowed by connect-src, and the app reads from it", async () => {
  const direct = await startApp({ config: { api_base_url: `${backend.url}/` } });
  try {
    const page = await openPage(browser);
    const response = await page.goto(`${direct.url}cases`);
    assert.match(response.headers()["content-security-policy"], new RegExp(`connect-src 'self' ${backend.url}(;|$)`));
    await page.locator("[data-case-id='case-1']").waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  } finally {
    await direct.stop();
  }
});
