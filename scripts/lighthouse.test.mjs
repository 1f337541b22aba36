// The pure parts of `make lighthouse` (scripts/lighthouse.mjs): the routes
// the build knows, the figures and lost points read from a Lighthouse
// result, the median run, the aims and the table. Lighthouse itself is not
// needed (it lives in tools/lighthouse/, which `make test` does not install).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  AIMS, PAGES, erroredAudits, formatTable, lostPoints, medianRun, opportunities, pageLabel, routeRoots, shortfalls, summarise,
} from "./lighthouse.mjs";

/** A small Lighthouse result (lhr) with what the script reads. */
function lhr({ perf = 0.95, a11y = 1, lcp = 2500, contrastScore = 1 } = {}) {
  return {
    categories: {
      performance: {
        score: perf,
        auditRefs: [
          { id: "first-contentful-paint", weight: 10 },
          { id: "largest-contentful-paint", weight: 25 },
          { id: "total-blocking-time", weight: 30 },
          { id: "cumulative-layout-shift", weight: 25 },
          { id: "speed-index", weight: 10 },
          { id: "unused-javascript", weight: 0 },
          { id: "render-blocking-resources", weight: 0 },
          { id: "total-byte-weight", weight: 0 },
        ],
      },
      accessibility: {
        score: a11y,
        auditRefs: [
          { id: "color-contrast", weight: 7 },
          { id: "label", weight: 7 },
          { id: "image-alt", weight: 0 }, // not applicable: the report weighs it 0
          { id: "html-has-lang", weight: 7 },
        ],
      },
    },
    audits: {
      "first-contentful-paint": { title: "First Contentful Paint", score: 1, numericValue: 812.4, displayValue: "0.8 s" },
      "largest-contentful-paint": { title: "Largest Contentful Paint", score: 0.6, numericValue: lcp, displayValue: "2.5 s" },
      "total-blocking-time": { title: "Total Blocking Time", score: 0.9, numericValue: 240, displayValue: "240 ms" },
      "cumulative-layout-shift": { title: "Cumulative Layout Shift", score: 1, numericValue: 0.012, displayValue: "0.012" },
      "speed-index": { title: "Speed Index", score: 1, numericValue: 900 },
      "unused-javascript": {
        title: "Reduce unused JavaScript", score: 0.5, displayValue: "Est savings of 120 KiB",
        metricSavings: { LCP: 450, FCP: 0 }, details: { overallSavingsMs: 300, overallSavingsBytes: 122880 },
      },
      "render-blocking-resources": { title: "Eliminate render-blocking resources", score: 0.5, metricSavings: { FCP: 600, LCP: NaN } },
      "total-byte-weight": { title: "Avoid enormous network payloads", score: 1, numericValue: 614400 },
      "color-contrast": { title: "Background and foreground colors have sufficient contrast", score: contrastScore, details: { items: [{}, {}, {}] } },
      label: { title: "Form elements have associated labels", score: null }, // errored: counts as 0
      "image-alt": { title: "Image elements have [alt] attributes", score: null },
      "html-has-lang": { title: "<html> element has a [lang] attribute", score: 1 },
    },
  };
}

test("the route roots are read from index.html's base script", () => {
  assert.deepEqual(routeRoots(`<script>\n var roots = ["cases", "incidents", 'team', "kpis"];\n</script>`), ["cases", "incidents", "team", "kpis"]);
  assert.deepEqual(routeRoots("<html></html>"), []);
});

test("a page the build has no route for is labelled, not skipped", () => {
  const roots = ["cases", "incidents", "team", "kpis"];
  assert.equal(pageLabel({ name: "now", path: "now" }, roots), "now (no route yet)");
  assert.equal(pageLabel({ name: "now", path: "now" }, [...roots, "now"]), "now");
  assert.equal(pageLabel({ name: "team", path: "team/shifts" }, roots), "team");
  assert.deepEqual(PAGES.map((p) => p.name), ["now", "cases", "incidents", "team", "kpis"]);
});

test("the figures are the scores as 0-100 and the metrics' values", () => {
  assert.deepEqual(summarise(lhr({ perf: 0.894, a11y: 0.955 })), {
    performance: 89, accessibility: 96, fcp: 812.4, lcp: 2500, tbt: 240, cls: 0.012, bytes: 614400,
  });
  const broken = lhr();
  broken.categories.performance.score = null;
  delete broken.audits["total-byte-weight"];
  const s = summarise(broken);
  assert.equal(s.performance, null);
  assert.equal(s.bytes, null);
});

test("lost points are weight x (1 - score) over the weights that count, most first", () => {
  const perf = lostPoints(lhr(), "performance");
  // total weight 100: LCP 25 x 0.4 = 10, TBT 30 x 0.1 = 3; the rest score 1.
  assert.deepEqual(perf.map((x) => [x.id, Number(x.lost.toFixed(2))]), [["largest-contentful-paint", 10], ["total-blocking-time", 3]]);
  assert.equal(perf[0].value, "2.5 s");
  // a11y: weights 7 + 7 + 7 = 21 (image-alt weighs 0); errored label costs all of its 7.
  const a11y = lostPoints(lhr({ contrastScore: 0 }), "accessibility");
  assert.deepEqual(a11y.map((x) => [x.id, Number(x.lost.toFixed(2)), x.items]), [["color-contrast", 33.33, 3], ["label", 33.33, 0]]);
  // the points lost add up to what the category lost
  const sum = a11y.reduce((s, x) => s + x.lost, 0);
  assert.ok(Math.abs(sum - (100 - 100 / 3)) < 1e-9);
  assert.deepEqual(lostPoints({ categories: {}, audits: {} }, "performance"), []);
});

test("opportunities are ordered by the time they would save, NaN savings ignored", () => {
  const o = opportunities(lhr());
  assert.deepEqual(o.map((x) => [x.id, x.ms, x.bytes]), [["render-blocking-resources", 600, 0], ["unused-javascript", 450, 122880]]);
});

test("audits that errored are named, sorted", () => {
  const result = lhr();
  result.audits["layout-shifts"] = { id: "layout-shifts", score: null, scoreDisplayMode: "error" };
  result.audits["lcp-lazy-loaded"] = { id: "lcp-lazy-loaded", score: null, scoreDisplayMode: "error" };
  assert.deepEqual(erroredAudits(result), ["layout-shifts", "lcp-lazy-loaded"]);
  assert.deepEqual(erroredAudits(lhr()), []);
});

test("the median run is the middle performance score (the lower middle of an even count)", () => {
  const runs = [0.7, 0.95, 0.8].map((perf) => lhr({ perf }));
  assert.equal(medianRun(runs), runs[2]);
  assert.equal(medianRun(runs.slice(0, 2)), runs[0]);
  assert.equal(medianRun([runs[1]]), runs[1]);
});

test("a page misses an aim under 90 performance or 95 accessibility, or when unscored", () => {
  assert.deepEqual(AIMS, { performance: 90, accessibility: 95 });
  assert.deepEqual(shortfalls({ performance: 90, accessibility: 95 }), []);
  assert.deepEqual(shortfalls({ performance: 89, accessibility: 94 }), ["performance 89 < 90", "accessibility 94 < 95"]);
  assert.deepEqual(shortfalls({ performance: null, accessibility: 100 }), ["performance not scored"]);
});

test("the table has a row per page, aligned, with misses marked", () => {
  const table = formatTable([
    { label: "now (no route yet)", ...summarise(lhr({ perf: 0.89, a11y: 0.97, lcp: 4321 })) },
    { label: "kpis", performance: null, accessibility: 100, fcp: null, lcp: null, tbt: null, cls: null, bytes: null },
  ]);
  const lines = table.split("\n");
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^page\s+perf\s+a11y\s+FCP\s+LCP\s+TBT\s+CLS\s+transfer$/);
  assert.match(lines[1], /^now \(no route yet\)\s+89 !\s+97\s+812 ms\s+4\.3 s\s+240 ms\s+0\.01\s+600 KB$/);
  assert.match(lines[2], /^kpis\s+-\s+100\s+-\s+-\s+-\s+-\s+-$/);
  assert.equal(new Set(lines.map((l) => l.length)).size, 1, "columns line up");
});
