// Crafted links for e2e tests (links.test.mjs against the app server,
// nginx.test.mjs against deploy/nginx.conf): paths that name another host
// (`//evil.example/cases` and its encoded and backslash forms), an "evil"
// host to name (a local server on another port: nothing leaves the
// machine), and a visit that sends the browser to a path exactly as written.
import http from "node:http";
import { openPage } from "./harness.mjs";

/** A server that answers everything with a script or a config, and records what it was asked for. */
export async function startEvil() {
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

/** The crafted paths naming `host`, after `base` ("/": `//host/cases`; "/watchfloor/": `/watchfloor//host/cases`). */
export const craftedPaths = (host, base = "/") => [
  `${base}/${host}/cases`,
  `${base}%2F%2F${host}/cases`,
  `${base}\\${host}/cases`,
  `${base}//${host}/cases`,
];

/**
 * Paths whose encoded slash or dot segment a server resolves before it picks
 * what to serve while the browser keeps them as written: nginx serves
 * `/watchfloor/api/..%2Fcases` as `/watchfloor/cases`, the page, and the
 * page's base script, reading the path the browser has, sets
 * `<base href="/watchfloor/api/">`: every asset and sw.js would then come
 * from the backend. After `base`.
 */
export const dotPaths = (base = "/") => [
  `${base}api/..%2Fcases`,
  `${base}api/x%2F..%2F..%2Fcases`,
  `${base}x%2F..%2F..%2Fcases`,
  `${base}x/..%2Fcases`,
  `${base}api/%2e%2e/cases`,
  `${base}api/%2E%2E%2Fcases`,
];

/**
 * Opens `origin + path` exactly as written (Playwright's page.goto would
 * normalise some of these paths, so through the DevTools protocol's
 * Page.navigate); returns the hosts of every request the page made, its
 * document's base URI and whether a foreign script ran.
 */
export async function visit(browser, origin, path) {
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
  // Where the app's page was served at all (its CSP meta is there), time for
  // the wasm to start and ask for config.json, then for what it asks next.
  const served = await page.locator("meta[http-equiv='Content-Security-Policy']").count().catch(() => 0);
  const end = Date.now() + (served ? 4000 : 0);
  while (Date.now() < end && !asked.some((u) => u.endsWith("config.json"))) await page.waitForTimeout(50);
  await page.waitForTimeout(500);
  const base = await page.evaluate(() => document.baseURI).catch(() => null);
  const pwned = await page.evaluate(() => window.pwned === true).catch(() => false);
  await page.context().close();
  return { hosts, base, pwned };
}
