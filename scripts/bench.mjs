// Benchmarks the case board with 5,000 open cases in headless Chromium and
// prints the figures beside their aims. A benchmark, not a timed test: it
// exits non-zero only when it cannot measure (no build, a server or the page
// broke), never because a figure misses its aim.
//
//   node scripts/bench.mjs [--runs 3]        (`make bench` builds first)
//
// The data: the demo data set (people, SLA policies, ... as the board needs
// them) with its cases replaced by 5,000 deterministic open cases created in
// the 3 days before the e2e harness's NOW; the page's clock is fixed at NOW
// (the harness's openPage).
//
// Measured in the page, on the browser's clock (ms since navigation start):
// - first render: from navigation until the four open columns count 5,000
//   cases and show cards, and the next frame has run (requestAnimationFrame,
//   then a task, so the frame is painted). Split into the data part (the last
//   response of the board's GET /cases requests, from resource timing) and
//   the render part (the rest).
// - text filter: for a few words (and one that matches nothing), from just
//   before the search box's `input` event until the columns' counts changed
//   and the next frame has run; the filter is cleared the same way between
//   words (also timed).
// Each run is a fresh page; one unreported warm-up run first (it fills the
// app server's compression cache and warms json-server), then --runs runs.
//
// Playwright's clock (setFixedTime in openPage) replaces the page's
// `performance` (a `now()` that moves in steps of up to 100 ms, and empty
// entry lists) and `requestAnimationFrame` (a fake timer). The timings use the
// browser's own, which Playwright keeps in `__pwClock.builtins` (`builtin`
// before 1.5x); the page checks that they are the real ones.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate, rng } from "./gen-demo.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const CASES = 5000;
const OPEN = ["new", "triage", "investigating", "waiting"];
const AIM_RENDER_MS = 300;
const AIM_FILTER_MS = 50;
/** Words from the case titles (each matches some cases, not all), and one that matches none. */
const WORDS = ["harassment", "minister", "earthquake", "impersonation", "private", "advertiser", "地震", "xylophone"];
const FIRST_RENDER_TIMEOUT_MS = 60_000;
const FILTER_TIMEOUT_MS = 10_000;

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

// ---------------------------------------------------------------- the data

const iso = (ms) => new Date(ms).toISOString(); // 2026-11-24T09:30:00.000Z

/**
 * The demo data set at `now` with its cases replaced by `CASES` open cases.
 * Title, description, category, language, region, partner teams, tags and
 * `sensitive` come from a demo case (so they fit together); status,
 * priority, owner and times are drawn here.
 */
function benchDb(now, { count = CASES, seed = 5000 } = {}) {
  const nowMs = Date.parse(now);
  const db = generate({ seed: 42, now: nowMs });
  const templates = db.cases.filter((c) => typeof c.created_at === "string" && /^P[0-3]$/.test(c.priority));
  const owners = {};
  for (const p of db.people.filter((p) => p.active)) (owners[p.region] ??= []).push(p.id);
  const r = rng(seed);
  const cases = [];
  for (let i = 0; i < count; i++) {
    const t = r.pick(templates);
    const status = r.weighted([["new", 20], ["triage", 25], ["investigating", 35], ["waiting", 20]]);
    const created = nowMs - r.int(60, (3 * DAY) / 1000) * 1000;
    const responded = status === "new" ? r.chance(0.25) : status === "triage" ? r.chance(0.6) : true;
    const firstResponse = responded ? Math.min(nowMs, created + r.int(1, 360) * MIN) : null;
    const unowned = status === "new" ? r.chance(0.6) : r.chance(0.1);
    cases.push({
      id: r.uuid(),
      title: t.title,
      description: t.description,
      status,
      priority: r.weighted([["P0", 3], ["P1", 15], ["P2", 45], ["P3", 37]]),
      region: t.region,
      category: t.category,
      language: t.language,
      owner_id: unowned ? null : r.pick(owners[t.region]),
      partner_teams: [...t.partner_teams],
      incident_id: null,
      sensitive: t.sensitive,
      tags: [...t.tags],
      created_at: iso(created),
      first_response_at: firstResponse === null ? null : iso(firstResponse),
      resolved_at: null,
      reopened_count: 0,
      csat: null,
      updated_at: iso(Math.min(nowMs, Math.max(created, firstResponse ?? 0) + r.int(0, 30) * MIN)),
      version: 1,
    });
  }
  db.cases = cases;
  return db;
}

/** How many cases the board's text filter keeps for `text` (src/cases/logic.rs, matches_text). */
function matching(cases, text) {
  const words = text.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
  return cases.filter((c) => {
    const hay = [c.title, c.description, ...(c.tags ?? [])].filter((s) => s != null).map((s) => s.toLowerCase()).join("\n");
    return words.every((w) => hay.includes(w));
  }).length;
}

// ------------------------------------------------------- in the page

/** Init script: notes when the board first shows all cases (runs in the page). */
function watchFirstRender({ total, open, casesUrl }) {
  if (!/^https?:$/.test(location.protocol)) return;
  const bench = (window.__bench = {});
  const native = () => globalThis.__pwClock?.builtins ?? globalThis.__pwClock?.builtin ?? globalThis;
  const sum = () => {
    let n = 0;
    for (const status of open) {
      const count = document.querySelector(`section[data-status="${status}"] h2 .count`);
      if (!count) return -1;
      n += Number(count.getAttribute("data-count"));
    }
    return n;
  };
  const ready = () => sum() === total && document.querySelector("section[data-status] [data-case-id]") !== null;
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    const { performance: perf, requestAnimationFrame: raf } = native();
    if (!perf || perf.getEntriesByType("navigation").length === 0) {
      bench.error = "the browser's performance timeline is out of reach (Playwright's clock hides it)";
      return;
    }
    const domAt = perf.now();
    raf(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const renderedAt = perf.now();
        const requests = perf.getEntriesByType("resource")
          .filter((e) => e.name === casesUrl || e.name.startsWith(`${casesUrl}?`))
          .map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd }));
        bench.firstRender = { domAt, renderedAt, requests };
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-count"] });
}

/** Types each word into the search box and times the board's update (runs in the page). */
async function timeFilters({ words, open, timeout }) {
  const native = globalThis.__pwClock?.builtins ?? globalThis.__pwClock?.builtin ?? globalThis;
  const perf = native.performance;
  if (!perf || perf.getEntriesByType("navigation").length === 0) {
    throw new Error("the browser's performance timeline is out of reach (Playwright's clock hides it)");
  }
  const input = document.querySelector('input[data-filter="q"]');
  if (!input) throw new Error('no search box (input[data-filter="q"]) on the board');
  const sum = () => {
    let n = 0;
    for (const status of open) {
      n += Number(document.querySelector(`section[data-status="${status}"] h2 .count`)?.getAttribute("data-count"));
    }
    return n;
  };
  const painted = () => new Promise((resolve) => native.requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  }));
  const type = (value) => new Promise((resolve, reject) => {
    const before = sum();
    let t0;
    const observer = new MutationObserver(() => {
      if (sum() === before) return;
      observer.disconnect();
      native.clearTimeout(timer);
      painted().then(() => resolve({ ms: perf.now() - t0, count: sum() }));
    });
    const timer = native.setTimeout(() => {
      observer.disconnect();
      reject(new Error(`search "${value}": the open columns still count ${before} cases after ${timeout} ms`));
    }, timeout);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-count"] });
    input.value = value;
    t0 = perf.now();
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  const results = [];
  for (const word of words) {
    const filtered = await type(word);
    const cleared = await type("");
    results.push({ word, ms: filtered.ms, count: filtered.count, clearMs: cleared.ms, clearCount: cleared.count });
  }
  return results;
}

// ------------------------------------------------------- driving it

async function run(harness, browser, { appUrl, backendUrl, words }) {
  const page = await harness.openPage(browser);
  try {
    await page.addInitScript(watchFirstRender, { total: CASES, open: OPEN, casesUrl: `${backendUrl}/cases` });
    await page.goto(`${appUrl}cases`, { waitUntil: "commit" });
    try {
      await page.waitForFunction(() => window.__bench?.firstRender || window.__bench?.error, null,
        { timeout: FIRST_RENDER_TIMEOUT_MS, polling: 50 });
    } catch {
      const shown = await page.evaluate(() => [...document.querySelectorAll("section[data-status] h2 .count")]
        .map((c) => `${c.closest("section").dataset.status} ${c.dataset.count}`).join(", ")
        + ([...document.querySelectorAll("[role=alert]")].map((a) => ` | alert: ${a.textContent.trim()}`).join(""))).catch(() => "");
      throw new Error(`the board did not show ${CASES} open cases within ${FIRST_RENDER_TIMEOUT_MS / 1000} s`
        + `${shown ? ` (it shows: ${shown})` : ""}${page.errors.length ? `; page errors: ${page.errors.join(" | ")}` : ""}`);
    }
    const bench = await page.evaluate(() => window.__bench);
    if (bench.error) throw new Error(bench.error);
    const { renderedAt, requests } = bench.firstRender;
    const loaded = requests.filter((r) => r.responseEnd > 0 && r.responseEnd <= renderedAt);
    if (loaded.length === 0) throw new Error(`no request to ${backendUrl}/cases in the page's resource timing`);
    const dataAt = Math.max(...loaded.map((r) => r.responseEnd));
    const filters = await page.evaluate(timeFilters, { words, open: OPEN, timeout: FILTER_TIMEOUT_MS });
    return {
      total: renderedAt, data: dataAt, render: renderedAt - dataAt, frame: renderedAt - bench.firstRender.domAt,
      requests: loaded.length, filters, errors: [...page.errors],
    };
  } finally {
    await page.context().close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${Math.round(x).toLocaleString("en-US")} ms`;
const n = (x) => x.toLocaleString("en-US");

function report(runs, expected) {
  const per = runs.map((r) => ({
    total: r.total,
    data: r.data,
    render: r.render,
    frame: r.frame,
    filterMedian: median(r.filters.map((f) => f.ms)),
    filterMax: Math.max(...r.filters.map((f) => f.ms)),
    clearMedian: median(r.filters.map((f) => f.clearMs)),
  }));
  const med = (key) => median(per.map((p) => p[key]));
  const requests = median(runs.map((r) => r.requests));
  const words = WORDS.length;
  const aim = (x, limit) => `[aim < ${limit} ms]${x < limit ? "" : "  over"}`;
  const lines = [
    ["first render (navigation -> 5,000 cases on the board)", ms(med("total")), aim(med("total"), AIM_RENDER_MS)],
    [`  data loaded (last of ${requests} GET /cases responses)`, ms(med("data")), ""],
    ["  render after data", ms(med("render")), ""],
    ["    of which the first frame (DOM complete -> painted)", ms(med("frame")), ""],
    [`text filter, median of ${words} words (input -> columns updated)`, ms(med("filterMedian")), aim(med("filterMedian"), AIM_FILTER_MS)],
    [`text filter, slowest of ${words} words`, ms(med("filterMax")), aim(med("filterMax"), AIM_FILTER_MS)],
    ["clearing the filter, median (back to 5,000 cases)", ms(med("clearMedian")), ""],
  ];
  const width = Math.max(...lines.map(([label]) => label.length)) + 1;
  const figure = Math.max(...lines.map(([, value]) => value.length));
  console.log(`\nWatchfloor bench: the case board with ${n(CASES)} open cases, headless Chromium;`
    + ` median of ${runs.length} run${runs.length === 1 ? "" : "s"} (after 1 warm-up)\n`);
  for (const [label, value, note] of lines) console.log(`${`${label}:`.padEnd(width + 1)} ${value.padStart(figure)}  ${note}`.trimEnd());

  const col = 10;
  console.log(`\n${"per run".padEnd(width + 1)} ${runs.map((_, i) => `run ${i + 1}`.padStart(col)).join("")}`);
  for (const [label, key] of [["first render", "total"], ["  data loaded", "data"], ["  render after data", "render"],
    ["    of which the first frame", "frame"],
    ["text filter, median", "filterMedian"], ["text filter, slowest", "filterMax"], ["clearing, median", "clearMedian"]]) {
    console.log(`${label.padEnd(width + 1)} ${per.map((p) => ms(p[key]).padStart(col)).join("")}`);
  }

  console.log(`\n${"per word (median over runs)".padEnd(width + 1)} ${"matches".padStart(col)}${"filter".padStart(col)}${"clear".padStart(col)}`);
  const warnings = [];
  WORDS.forEach((word, i) => {
    const counts = new Set(runs.map((r) => r.filters[i].count));
    if (counts.size !== 1 || !counts.has(expected[word])) {
      warnings.push(`"${word}": the board counted ${[...counts].join("/")} cases, the data has ${expected[word]} matches`);
    }
    const label = `  ${JSON.stringify(word)}`;
    const wide = [...label].filter((c) => c.codePointAt(0) >= 0x2e80).length; // CJK: two columns each
    console.log(`${label.padEnd(width + 1 - wide)} ${n(expected[word]).padStart(col)}`
      + `${ms(median(runs.map((r) => r.filters[i].ms))).padStart(col)}${ms(median(runs.map((r) => r.filters[i].clearMs))).padStart(col)}`);
  });
  for (const r of runs) {
    for (const f of r.filters) if (f.clearCount !== CASES) warnings.push(`clearing after "${f.word}" left ${f.clearCount} cases on the board`);
  }
  const errors = [...new Set(runs.flatMap((r) => r.errors))];
  for (const e of errors) warnings.push(`page error: ${e}`);
  if (warnings.length) {
    console.log("\nwarnings:");
    for (const w of warnings) console.log(`  ${w}`);
  }
  console.log("");
}

function parseArgs(argv) {
  const o = { runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--runs" && Number.isInteger(Number(argv[i + 1])) && Number(argv[i + 1]) > 0) o.runs = Number(argv[++i]);
    else throw new Error(`unknown or invalid option ${argv[i]} (usage: node scripts/bench.mjs [--runs 3])`);
  }
  return o;
}

async function main() {
  const { runs: runCount } = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, "dist", "index.html"))) throw new Error("no dist/index.html: build the app first (make build)");
  if (!existsSync(join(root, "node_modules", ".bin", "json-server"))) throw new Error("no node_modules: install the Node tools first (make setup)");
  const harness = await import("../e2e/harness.mjs");
  const executable = process.env.CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executable)) throw new Error(`no Chromium at ${executable}: install it first (make setup-browser)`);

  const tmp = mkdtempSync(join(tmpdir(), "watchfloor-bench-"));
  let backend, app, browser;
  try {
    const db = benchDb(harness.NOW);
    const dbFile = join(tmp, "db.json");
    writeFileSync(dbFile, JSON.stringify(db));
    const expected = Object.fromEntries(WORDS.map((w) => [w, matching(db.cases, w)]));
    for (const [word, count] of Object.entries(expected)) {
      if (count === CASES || (count === 0) !== (word === WORDS[WORDS.length - 1])) {
        throw new Error(`bench data: "${word}" matches ${count} of ${CASES} cases; pick another word`);
      }
    }
    console.log(`bench: ${n(db.cases.length)} open cases -> ${dbFile}; starting json-server, the app and Chromium`);
    backend = await harness.startBackend({ db: dbFile });
    app = await harness.startApp({ config: { api_base_url: backend.url } });
    browser = await harness.launch();
    const context = { appUrl: app.url, backendUrl: backend.url, words: WORDS };
    await run(harness, browser, context); // warm-up
    const runs = [];
    for (let i = 0; i < runCount; i++) {
      runs.push(await run(harness, browser, context));
      process.stdout.write(`bench: run ${i + 1} of ${runCount} done\n`);
    }
    report(runs, expected);
  } finally {
    await browser?.close().catch(() => {});
    await app?.stop().catch(() => {});
    await backend?.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: failed: ${error?.message ?? error}`);
  process.exitCode = 1;
});
