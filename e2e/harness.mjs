// The e2e harness: a real json-server on a fresh copy of a data set, the
// release build served as a user gets it (scripts/serve.mjs, or nginx with
// deploy/nginx.conf), and Debian's Chromium driven by playwright-core.

import { spawn } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { TEMPLATE as NGINX_TEMPLATE, renderNginxConf } from "../scripts/nginx-conf.mjs";
import { createServer as createAppServer, freePort } from "../scripts/serve.mjs";

export { freePort };
import { startFaultProxy } from "./faults.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURE = join(root, "e2e", "fixtures", "db.json");
/** "Now" for every e2e page: the fixture was written for this instant. */
export const NOW = "2026-11-25T12:00:00.000Z";

/** Each area's page, and what says it has its data. */
export const AREA_READY = {
  now: "[data-now-region='EMEA']",
  cases: ".summary",
  incidents: ".summary",
  team: ".summary",
  kpis: "#kpi-dashboard[data-state='ready']",
};

async function waitFor(url, what, tries = 100) {
  for (let i = 0; i < tries; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start at ${url}`);
}

/** json-server with the version middleware on a fresh copy of `db`. */
export async function startBackend({ db = FIXTURE, port } = {}) {
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), "watchfloor-e2e-"));
  const file = join(dir, "db.json");
  copyFileSync(db, file);
  const child = spawn(
    join(root, "node_modules", ".bin", "json-server"),
    [file, "--middlewares", join(root, "scripts", "json-server-middleware.cjs"),
      "--host", "127.0.0.1", "--port", String(port), "--quiet"],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/sla_policies`, "json-server");
  return {
    url,
    port,
    async stop() {
      child.kill();
      await new Promise((r) => child.once("exit", r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The config.json the e2e apps are given for `config`. */
const configText = (config) => JSON.stringify({ dialect: "json-server", ...config });

/** The built app in dist/, under `base`, with `config` served as config.json. */
export async function startApp({ base = "/", config = {}, api } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "watchfloor-config-"));
  const configPath = join(dir, "config.json");
  writeFileSync(configPath, configText(config));
  const server = createAppServer({ dir: join(root, "dist"), base, api, config: configPath });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}${base}`;
  return {
    url,
    async stop() {
      // Chromium pre-connects sockets that never send a request; close()
      // alone would wait for them until Node's requestTimeout (300 s).
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** nginx: $NGINX, else the one on PATH, else Debian's /usr/sbin/nginx (not on every user's PATH). */
function nginxBinary() {
  if (process.env.NGINX) return process.env.NGINX;
  const found = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin"]
    .map((d) => join(d, "nginx")).find((f) => existsSync(f));
  if (!found) throw new Error("nginx not found: scripts/setup.sh --browser installs it (apt-get install nginx)");
  return found;
}

/**
 * The built app behind nginx as deploy/nginx.conf serves it: the config
 * scripts/nginx-conf.mjs writes for a copy of dist/ with `config` as its
 * config.json (as a deployment edits it), a free port, `base`, and
 * `<base>api/` passed to `api` (required: a URL, or "none"). nginx runs as this user from a temporary
 * directory, with a main config standing in for Debian's
 * /etc/nginx/nginx.conf (its mime.types; logs, pid and temp files there).
 */
export async function startNginx({ base = "/", config = {}, api } = {}) {
  // Before anything is made that would need removing.
  const binary = nginxBinary();
  const dir = mkdtempSync(join(tmpdir(), "watchfloor-nginx-"));
  // Started as root, nginx's workers run as nobody: they read the copy of dist/.
  chmodSync(dir, 0o755);
  const dist = join(dir, "dist");
  cpSync(join(root, "dist"), dist, { recursive: true });
  writeFileSync(join(dist, "config.json"), configText(config));
  const port = await freePort();
  let site;
  try {
    site = renderNginxConf(readFileSync(NGINX_TEMPLATE, "utf8"), {
      listen: `127.0.0.1:${port}`, root: dist, base, api, configText: configText(config),
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  writeFileSync(join(dir, "watchfloor.conf"), site);
  writeFileSync(join(dir, "nginx.conf"), `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
worker_processes 1;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${dir}/access.log;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/watchfloor.conf;
}
`);
  const child = spawn(binary, ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")],
    { stdio: ["ignore", "ignore", "inherit"] });
  // A binary that cannot be run (EACCES, gone since) is an 'error', and no 'exit'.
  let spawnError = null;
  const exited = new Promise((r) => {
    child.once("exit", r);
    child.once("error", (error) => {
      spawnError = error;
      r(null);
    });
  });
  const url = `http://127.0.0.1:${port}${base}`;
  const stop = async () => {
    child.kill("SIGTERM"); // nginx's fast shutdown: open browser connections do not hold it
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const failed = exited.then((code) => {
    if (spawnError) throw new Error(`nginx could not be started (${binary}): ${spawnError.message}`);
    const log = join(dir, "error.log");
    throw new Error(`nginx stopped (${code}): ${existsSync(log) ? readFileSync(log, "utf8").trim() : "no error.log"}`);
  });
  failed.catch(() => {});
  try {
    await Promise.race([waitFor(`${url}config.json`, "nginx"), failed]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dist, stop };
}

/**
 * A portal: a page on an origin of its own (a free port) that frames
 * `src()` in #app, records every message it gets (window.received) and posts
 * with window.send(message). Also a stranger's page that tries the same.
 */
export async function startPortal(src) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end(`<!doctype html><title>portal</title>
      <iframe id="app" src="${src()}" style="width:600px;height:300px;border:0"></iframe>
      <script>
        window.received = [];
        window.addEventListener("message", (e) => window.received.push({ origin: e.origin, data: e.data }));
        window.send = (message) => document.getElementById("app").contentWindow.postMessage(message, "*");
      </script>`);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/**
 * Opens `portal` (startPortal) and checks that the browser refuses to show
 * the app in its frame (the app's frame-ancestors) and that the app posts
 * nothing to it.
 */
export async function expectFrameRefused(browser, portal) {
  const page = await openPage(browser);
  const refused = [];
  page.on("console", (m) => { if (/frame-ancestors/.test(m.text())) refused.push(m.text()); });
  await page.goto(portal.url);
  await expectEventually(() => refused.length > 0, "the browser refuses the frame (frame-ancestors)");
  await page.waitForTimeout(500);
  assert.equal(await page.frameLocator("#app").locator("[data-case-id]").count(), 0, "nothing shown in the frame");
  assert.deepEqual(await page.evaluate(() => window.received), [], "nothing is posted to a foreign page");
  await page.context().close();
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/**
 * A page that records uncaught errors and console errors. The service
 * worker is blocked unless `options.serviceWorkers` is "allow": a test of a
 * failing backend means the backend's answer, not the data the worker kept
 * (offline.test.mjs allows it).
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ serviceWorkers: "block", ...options });
  const page = await context.newPage();
  // The fixture's dates are fixed: so is the browser's clock (timers still run).
  await page.clock.setFixedTime(new Date(NOW));
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") page.errors.push(m.text());
  });
  return page;
}

/** Records the page's Content Security Policy violations, from its first script on, in window.violations. */
export function recordViolations(page) {
  return page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/**
 * A fresh json-server on the fixture, the app (under `base`, with its API
 * proxied at `api/`) and a browser: what most e2e files start with. With
 * `faults: true` the fault proxy (e2e/faults.mjs) sits between the app
 * server and json-server, passing everything through until the test calls
 * `stack.faults.set(...)`.
 */
export async function startStack({ base = "/", config = {}, faults = false } = {}) {
  const backend = await startBackend();
  const proxy = faults ? await startFaultProxy(backend.url) : null;
  const app = await startApp({ base, api: proxy?.url ?? backend.url, config: { api_base_url: "api/", ...config } });
  const browser = await launch();
  return {
    backend,
    app,
    browser,
    faults: proxy,
    async stop() {
      await browser.close();
      await app.stop();
      await proxy?.stop();
      await backend.stop();
    },
  };
}

/** Stops an http.Server at once, browser connections included. */
export function closeServer(server) {
  server.closeAllConnections();
  return new Promise((r) => server.close(r));
}

/**
 * GET of `path` exactly as written (no URL parser in between: `//host/x`
 * stays that) at the server of `url`, with `headers`: the status, headers
 * and body as they came (not decompressed).
 */
export function rawGet(url, path, headers = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    http.get({ host: hostname, port, path, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

/** Waits until `check()` is true, or fails naming `what`. */
export async function expectEventually(check, what, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out: ${what}`);
}

/** A case as json-server stores it now. */
export const storedCase = async (backend, id) => (await fetch(`${backend.url}/cases/${id}`)).json();

/** The card of case `id` in the board's `status` column. */
export const cardIn = (page, status, id) => page.locator(`[data-status='${status}'] [data-case-id='${id}']`);

/**
 * Whether `stamp` is a write's time as the app must write it: fixed-width
 * UTC, and the backend's "now" (this process's clock, which json-server
 * shares). The pages run on a fixed clock (NOW); the app believes the
 * backend's `Date` only within 12 hours of its own clock, so on a day far
 * from NOW it writes NOW (sync.test.mjs checks the server clock with a page
 * clock near the real one).
 */
export function isBackendNow(stamp) {
  if (typeof stamp !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(stamp)) return false;
  const believed = Math.abs(Date.parse(NOW) - Date.now()) <= 12 * 3600_000;
  return believed ? Math.abs(Date.parse(stamp) - Date.now()) < 60_000 : stamp === NOW;
}
