// Crafted links and the Content Security Policy. A path like
// `//evil.example/cases` must never make the page load anything from another
// host (index.html's base script keeps <base> on this origin; the app server
// refuses such paths), and the app runs under its CSP with no violation.
//
// The "evil" host is a second local server on another port: nothing leaves
// the machine. Playwright's page.goto would normalise some of these paths,
// so the browser is sent there by the DevTools protocol (Page.navigate), and
// the server side is also checked at the HTTP level.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { readFileSync, statSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { closeServer, launch, openPage, startApp, startBackend } from "./harness.mjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
let backend, app, browser, evil, naive;

/** A server that answers everything, and records what it was asked for. */
async function startEvil() {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push(req.url);
    const type = req.url.endsWith(".js") ? "text/javascript" : req.url.endsWith(".css") ? "text/css"
      : req.url.endsWith(".json") ? "application/json" : "text/plain";
    res.writeHead(200, { "Content-Type": type, "Access-Control-Allow-Origin": "*" });
    res.end(type === "application/json" ? '{"api_base_url":"http://evil.invalid/"}' : "window.pwned = true;");
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { server, seen, host: `127.0.0.1:${server.address().port}` };
}

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

/** The crafted paths, each naming the evil host. */
const crafted = () => [
  `//${evil.host}/cases`,
  `/%2F%2F${evil.host}/cases`,
  `/\\${evil.host}/cases`,
  `///${evil.host}/cases`,
];

/** Opens `origin + path` exactly as written; returns the hosts of every request the page made. */
async function visit(origin, path) {
  const page = await openPage(browser);
  const hosts = [];
  const asked = [];
  page.on("request", (request) => {
    hosts.push(new URL(request.url()).host);
    asked.push(request.url());
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.enable");
  const loaded = new Promise((resolve) => cdp.once("Page.loadEventFired", resolve));
  await cdp.send("Page.navigate", { url: `${origin}${path}` });
  await Promise.race([loaded, new Promise((r) => setTimeout(r, 5000))]);
  // Time for the wasm to start and ask for config.json (where a page was
  // served at all), then for what it asks next.
  const end = Date.now() + 4000;
  while (Date.now() < end && !asked.some((u) => u.endsWith("config.json"))) await page.waitForTimeout(50);
  await page.waitForTimeout(500);
  const base = await page.evaluate(() => document.baseURI).catch(() => null);
  const pwned = await page.evaluate(() => window.pwned === true).catch(() => false);
  await page.context().close();
  return { hosts, base, pwned };
}

test("the app server refuses crafted paths at the HTTP level", async () => {
  for (const path of crafted()) {
    const status = await new Promise((resolve, reject) => {
      const { port } = new URL(app.url);
      http.get({ host: "127.0.0.1", port, path }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on("error", reject);
    });
    assert.equal(status, 400, path);
  }
});

test("a crafted link loads nothing from another host (the app server)", async () => {
  const origin = app.url.replace(/\/$/, "");
  for (const path of crafted()) {
    const { hosts, pwned } = await visit(origin, path);
    assert.deepEqual([...new Set(hosts)], [new URL(app.url).host], path);
    assert.equal(pwned, false, path);
  }
  assert.deepEqual(evil.seen, []);
});

test("a crafted link loads nothing from another host (a server that serves index.html for any path)", async () => {
  for (const path of crafted()) {
    const { hosts, base, pwned } = await visit(naive.url, path);
    assert.deepEqual([...new Set(hosts)], [new URL(naive.url).host], `${path}: ${hosts.join(", ")}`);
    assert.equal(new URL(base).origin, naive.url, `${path}: <base> ${base}`);
    assert.equal(pwned, false, path);
  }
  assert.deepEqual(evil.seen, []);
});

test("the app runs under its Content Security Policy, header and meta, with no violation", async () => {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
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
