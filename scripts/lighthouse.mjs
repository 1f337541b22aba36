// Lighthouse on the built app, first visit, as a phone sees it: the
// performance and accessibility scores of the "now" view and of each area,
// against issue 13's aims (performance 90 or more, accessibility 95 or more).
//
//   node scripts/lighthouse.mjs      (`make lighthouse` installs Lighthouse
//                                      and builds first)
//
//   LIGHTHOUSE_NO_FAIL=1   print everything, exit 0 even when a page is short
//   LIGHTHOUSE_RUNS=3      runs per page; the run with the median performance
//                          score is reported (default 1)
//   LIGHTHOUSE_PAGES=now,kpis   only these pages (default: all of PAGES)
//   LIGHTHOUSE_DB=e2e/fixtures/db.json   json-server's data (default: a fresh
//                          demo data set, scripts/gen-demo.mjs, now)
//   LIGHTHOUSE_BASE=/tools/watchfloor/   serve the app under a sub-path
//   CHROME_PATH            the browser (default /usr/bin/chromium, Debian's)
//
// The stack is the e2e harness's (e2e/harness.mjs): json-server with the
// version middleware on a copy of the data, and dist/ served by
// scripts/serve.mjs with `api/` proxied to it (one origin, as deployed).
// Lighthouse is npm `lighthouse` 12.2.3, kept in tools/lighthouse/ so that
// `make test` never installs it; it starts Chromium through its own
// chrome-launcher with a new temporary profile for every run (a first
// visit: no cache, no service worker, no storage). Its defaults are kept:
// the mobile form factor and screen, simulated throttling (slow 4G, 4x CPU).
// The full report of each page is left in .run/lighthouse/<page>.html.
//
// Prints one row per page (scores 0-100, FCP, LCP, TBT, CLS, bytes
// transferred), then per page the audits that cost it the most points; exits
// non-zero when any page misses an aim (after printing everything) or when it
// cannot measure.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TOOL = join(root, "tools", "lighthouse");

/** Issue 13 item 2: the aims every page must reach (scores 0-100). */
export const AIMS = { performance: 90, accessibility: 95 };

/** What is measured: the "now" view (issue 13 item 1) and each area's first page. */
export const PAGES = [
  { name: "now", path: "now" },
  { name: "cases", path: "cases" },
  { name: "incidents", path: "incidents" },
  { name: "team", path: "team" },
  { name: "kpis", path: "kpis" },
];

/**
 * Chromium's flags: headless, and as root no sandbox; the rest as the e2e
 * harness starts it (no GPU here, no /dev/shm limits, and no background
 * connections, which this machine's closed network refuses). chrome-launcher
 * adds its own defaults (no extensions, sync, first-run or component update).
 */
export const CHROME_FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/**
 * The route roots the build knows: the `roots` list of index.html's base
 * script, which names each top-level route (src/app.rs ROUTE_ROOTS). Empty
 * when the page has none.
 */
export function routeRoots(indexHtml) {
  const m = /var\s+roots\s*=\s*\[([^\]]*)\]/.exec(indexHtml);
  if (!m) return [];
  return [...m[1].matchAll(/["']([^"']+)["']/g)].map((x) => x[1]);
}

/** A page's name in the table: marked when the build has no such route yet (the not-found page is measured). */
export function pageLabel(page, roots) {
  const first = page.path.split("/")[0];
  return roots.includes(first) ? page.name : `${page.name} (no route yet)`;
}

/** A Lighthouse category's score as 0-100, or null when it could not be scored. */
const score100 = (category) => (typeof category?.score === "number" ? Math.round(category.score * 100) : null);
const numeric = (lhr, id) => (typeof lhr.audits[id]?.numericValue === "number" ? lhr.audits[id].numericValue : null);

/** The figures of one page's result (lhr): scores 0-100, times in ms, bytes. */
export function summarise(lhr) {
  return {
    performance: score100(lhr.categories.performance),
    accessibility: score100(lhr.categories.accessibility),
    fcp: numeric(lhr, "first-contentful-paint"),
    lcp: numeric(lhr, "largest-contentful-paint"),
    tbt: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    bytes: numeric(lhr, "total-byte-weight"),
  };
}

/**
 * The audits that cost a category points, most first: Lighthouse scores a
 * category as the weighted mean of its audits' scores (an audit that is not
 * applicable or manual weighs 0, and the report's weights already say so;
 * an audit that errored counts as 0), so an audit with weight w and score s
 * costs w * (1 - s) / (sum of weights) * 100 points. For performance these
 * are the metrics (LCP, TBT, ...); for accessibility the failing checks.
 */
export function lostPoints(lhr, categoryId) {
  const refs = lhr.categories[categoryId]?.auditRefs ?? [];
  const total = refs.reduce((s, r) => s + (r.weight > 0 ? r.weight : 0), 0);
  if (total === 0) return [];
  return refs
    .filter((r) => r.weight > 0)
    .map((r) => {
      const audit = lhr.audits[r.id] ?? {};
      const lost = (r.weight * (1 - (audit.score ?? 0))) / total * 100;
      return { id: r.id, title: audit.title ?? r.id, lost, value: audit.displayValue ?? "", items: audit.details?.items?.length ?? 0 };
    })
    .filter((x) => x.lost >= 0.05)
    .sort((a, b) => b.lost - a.lost || a.id.localeCompare(b.id));
}

/**
 * The performance audits with the largest estimated savings (the
 * opportunities and diagnostics that weigh 0 themselves but explain the
 * metrics): their savings in ms (the largest of FCP, LCP and TBT they
 * would save, or the audit's overall estimate) and in bytes.
 */
export function opportunities(lhr) {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  return refs
    .filter((r) => !(r.weight > 0))
    .map((r) => ({ id: r.id, a: lhr.audits[r.id] }))
    .filter(({ a }) => a && typeof a.score === "number" && a.score < 0.9)
    .map(({ id, a }) => {
      const metric = Math.max(0, ...Object.values(a.metricSavings ?? {}).filter((v) => typeof v === "number" && !Number.isNaN(v)));
      const ms = Math.max(metric, a.details?.overallSavingsMs ?? 0);
      return { id, title: a.title, ms, bytes: a.details?.overallSavingsBytes ?? 0, value: a.displayValue ?? "" };
    })
    .filter((x) => x.ms > 0 || x.bytes > 0)
    .sort((a, b) => b.ms - a.ms || b.bytes - a.bytes || a.id.localeCompare(b.id));
}

/**
 * The audits that errored instead of scoring. Lighthouse 12.2.3 predates
 * the Chromium it drives here, and some of its trace gatherers fail on the
 * newer trace (its LCP-element and layout-shift diagnostics); they weigh 0,
 * so the scores stand, but the report says so rather than hiding them. An
 * errored audit that does weigh would cost its points (see lostPoints).
 */
export function erroredAudits(lhr) {
  return Object.values(lhr.audits ?? {})
    .filter((a) => a?.scoreDisplayMode === "error")
    .map((a) => a.id)
    .sort();
}

/** Of several runs of one page, the one with the median performance score (the lower middle of an even count). */
export function medianRun(lhrs) {
  const scored = lhrs.map((lhr) => ({ lhr, p: lhr.categories.performance?.score ?? -1 }));
  scored.sort((a, b) => a.p - b.p);
  return scored[Math.floor((scored.length - 1) / 2)].lhr;
}

/** The aims a row misses, as text ("performance 84 < 90"); empty when it reaches both. */
export function shortfalls(row, aims = AIMS) {
  const out = [];
  for (const [key, aim] of Object.entries(aims)) {
    const v = row[key];
    if (v === null || v === undefined) out.push(`${key} not scored`);
    else if (v < aim) out.push(`${key} ${v} < ${aim}`);
  }
  return out;
}

const ms = (v) => (v === null ? "-" : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const kb = (v) => (v === null ? "-" : `${(v / 1024).toFixed(0)} KB`);
const cls = (v) => (v === null ? "-" : v.toFixed(2));
const score = (v, aim) => (v === null ? "-" : `${v}${v < aim ? " !" : ""}`);

/**
 * The table: one row per page ({label, ...summarise}); a score under its aim
 * is marked with "!".
 */
export function formatTable(rows, aims = AIMS) {
  const head = ["page", "perf", "a11y", "FCP", "LCP", "TBT", "CLS", "transfer"];
  const body = rows.map((r) => [
    r.label, score(r.performance, aims.performance), score(r.accessibility, aims.accessibility),
    ms(r.fcp), ms(r.lcp), ms(r.tbt), cls(r.cls), kb(r.bytes),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), ...body.map(line)].join("\n");
}

/** The run's settings, from the LIGHTHOUSE_* variables (see the top of this file). */
function options(env) {
  const runs = Number(env.LIGHTHOUSE_RUNS ?? 1);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number of 1 or more, not ${env.LIGHTHOUSE_RUNS}`);
  const names = env.LIGHTHOUSE_PAGES ? env.LIGHTHOUSE_PAGES.split(",").map((s) => s.trim()).filter(Boolean) : PAGES.map((p) => p.name);
  const unknown = names.filter((n) => !PAGES.some((p) => p.name === n));
  if (unknown.length) throw new Error(`LIGHTHOUSE_PAGES: no page ${unknown.join(", ")} (pages: ${PAGES.map((p) => p.name).join(", ")})`);
  return {
    runs,
    pages: PAGES.filter((p) => names.includes(p.name)),
    db: env.LIGHTHOUSE_DB || null,
    base: env.LIGHTHOUSE_BASE || "/",
    chrome: env.CHROME_PATH || env.CHROMIUM || "/usr/bin/chromium",
    fail: !env.LIGHTHOUSE_NO_FAIL || env.LIGHTHOUSE_NO_FAIL === "0",
  };
}

/** Lighthouse and chrome-launcher from tools/lighthouse/ (not the top-level node_modules). */
async function loadTool() {
  const require = createRequire(join(TOOL, "package.json"));
  let lighthousePath;
  try {
    lighthousePath = require.resolve("lighthouse");
  } catch {
    throw new Error("Lighthouse is not installed: `make lighthouse` installs it (npm ci --prefix tools/lighthouse)");
  }
  const version = JSON.parse(readFileSync(require.resolve("lighthouse/package.json"), "utf8")).version;
  const wanted = JSON.parse(readFileSync(join(TOOL, "package.json"), "utf8")).devDependencies.lighthouse;
  if (version !== wanted) throw new Error(`tools/lighthouse has Lighthouse ${version}, not ${wanted}: run \`make lighthouse\` (npm ci)`);
  const lighthouse = (await import(pathToFileURL(lighthousePath).href)).default;
  const chromeLauncher = await import(pathToFileURL(require.resolve("chrome-launcher")).href);
  return { lighthouse, chromeLauncher, version };
}

/**
 * Asks the app server once for every file of the build, compressed as a
 * browser asks: serve.mjs compresses on the first request and keeps the
 * result, as a CDN would have it ready, so no page pays for that.
 */
async function warmUp(appUrl, dist) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(".")) continue; // Trunk's .stage while a build runs
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dist, path).split("\\").join("/"));
    }
  };
  walk(dist);
  for (const file of files) {
    const response = await fetch(new URL(file, appUrl), { headers: { "accept-encoding": "br, gzip" } });
    await response.arrayBuffer();
  }
}

/** One Lighthouse run on `url` in a new Chromium with a new profile. */
async function measure(tool, url, chromePath) {
  const chrome = await tool.chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const result = await tool.lighthouse(url, {
      port: chrome.port,
      output: "html",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
    return { lhr: result.lhr, html: result.report };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  const o = options(process.env);
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "index.html"))) throw new Error("no dist/index.html: build the app first (make build)");
  if (!existsSync(join(root, "node_modules", ".bin", "json-server"))) throw new Error("no node_modules: install the Node tools first (make setup)");
  if (!existsSync(o.chrome)) throw new Error(`no Chromium at ${o.chrome}: install it first (make setup-browser)`);
  const tool = await loadTool();
  const harness = await import("../e2e/harness.mjs");
  const { generate } = await import("./gen-demo.mjs");
  const roots = routeRoots(readFileSync(join(dist, "index.html"), "utf8"));

  const tmp = mkdtempSync(join(tmpdir(), "watchfloor-lighthouse-"));
  const out = join(root, ".run", "lighthouse");
  mkdirSync(out, { recursive: true });
  let backend, app;
  try {
    let db = o.db ? resolve(root, o.db) : null;
    if (!db) {
      // The demo data set as `make run` makes it, on this hour.
      db = join(tmp, "db.json");
      writeFileSync(db, JSON.stringify(generate({ now: Math.floor(Date.now() / 3_600_000) * 3_600_000 })));
    }
    backend = await harness.startBackend({ db });
    app = await harness.startApp({ base: o.base, api: backend.url, config: { api_base_url: "api/" } });
    await warmUp(app.url, dist);
    console.log(`lighthouse: Lighthouse ${tool.version}, ${o.chrome}; data ${o.db ?? "demo (scripts/gen-demo.mjs)"}; app at ${app.url}`);
    console.log(`lighthouse: ${o.pages.length} page(s) x ${o.runs} run(s), each in a new Chromium profile (first visit)`);

    const rows = [];
    const details = [];
    for (const page of o.pages) {
      const url = new URL(page.path, app.url).href;
      const label = pageLabel(page, roots);
      const runs = [];
      let error = null;
      for (let i = 0; i < o.runs; i++) {
        const started = Date.now();
        const took = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
        try {
          runs.push(await measure(tool, url, o.chrome));
          const s = summarise(runs[runs.length - 1].lhr);
          console.log(`lighthouse: ${page.name} run ${i + 1}/${o.runs}: performance ${s.performance}, accessibility ${s.accessibility} (${took()})`);
        } catch (e) {
          // A page that cannot be measured is a row without scores (a miss), not the end of the run.
          error = e?.message ?? String(e);
          console.log(`lighthouse: ${page.name} run ${i + 1}/${o.runs}: not measured (${took()}): ${error}`);
        }
      }
      if (runs.length === 0) {
        rows.push({ label, performance: null, accessibility: null, fcp: null, lcp: null, tbt: null, cls: null, bytes: null });
        details.push({ page, error });
        continue;
      }
      const lhr = medianRun(runs.map((r) => r.lhr));
      const { html } = runs.find((r) => r.lhr === lhr);
      writeFileSync(join(out, `${page.name}.html`), html);
      writeFileSync(join(out, `${page.name}.json`), JSON.stringify(lhr));
      rows.push({ label, ...summarise(lhr) });
      details.push({ page, lhr });
    }

    const first = details.find((d) => d.lhr)?.lhr;
    console.log("");
    if (first) {
      const settings = first.configSettings;
      console.log(`Lighthouse ${first.lighthouseVersion}, Chromium ${first.environment.hostUserAgent.match(/Chrome\/(\d+)/)?.[1] ?? "?"}, ` +
        `${settings.formFactor}, ${settings.throttlingMethod} throttling (RTT ${settings.throttling.rttMs} ms, ` +
        `${(settings.throttling.throughputKbps / 1024).toFixed(1)} Mbit/s, CPU x${settings.throttling.cpuSlowdownMultiplier}), ` +
        // Simulated throttling scales the CPU time it observed: a busy machine (a build beside
        // it) inflates TBT and LCP. The benchmark index and load average say how busy it was.
        `benchmark index ${Math.round(first.environment.benchmarkIndex)}, load ${loadavg()[0].toFixed(1)}` +
        (o.runs > 1 ? `, median of ${o.runs} runs` : ""));
      console.log("");
    }
    console.log(formatTable(rows));
    console.log("");

    for (const { page, lhr, error } of details) {
      console.log(`${page.name}:`);
      if (!lhr) {
        console.log(`  not measured: ${error}`);
        continue;
      }
      const perf = lostPoints(lhr, "performance").slice(0, 3)
        .map((x) => `${x.id} ${x.value} (-${x.lost.toFixed(1)})`).join(", ");
      const a11y = lostPoints(lhr, "accessibility").slice(0, 3)
        .map((x) => `${x.id}${x.items ? ` x${x.items}` : ""} (-${x.lost.toFixed(1)})`).join(", ");
      const savings = opportunities(lhr).slice(0, 3)
        .map((x) => `${x.id}${x.ms ? ` ${ms(x.ms)}` : ""}${x.bytes ? ` ${kb(x.bytes)}` : ""}`).join(", ");
      console.log(`  performance lost to:   ${perf || "nothing"}`);
      console.log(`  largest savings:       ${savings || "none"}`);
      console.log(`  accessibility lost to: ${a11y || "nothing"}`);
      for (const warning of lhr.runWarnings ?? []) console.log(`  warning: ${warning}`);
      const broken = erroredAudits(lhr);
      if (broken.length) console.log(`  could not run:         ${broken.join(", ")} (weight 0: the scores stand)`);
    }
    console.log(`\nFull reports: ${relative(root, out)}/<page>.html`);

    const short = rows.flatMap((r) => shortfalls(r).map((s) => `${r.label}: ${s}`));
    if (short.length === 0) {
      console.log(`lighthouse: every page reaches performance ${AIMS.performance} and accessibility ${AIMS.accessibility}`);
    } else {
      console.log(`lighthouse: ${short.length} miss(es) of the aims (performance ${AIMS.performance}, accessibility ${AIMS.accessibility}):`);
      for (const s of short) console.log(`  ${s}`);
      if (o.fail) process.exitCode = 1;
      else console.log("lighthouse: LIGHTHOUSE_NO_FAIL is set: not failing");
    }
  } finally {
    await app?.stop().catch(() => {});
    await backend?.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(`lighthouse: failed: ${error?.message ?? error}`);
    process.exitCode = 1;
  });
}
