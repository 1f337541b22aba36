// Accessibility: axe-core (@axe-core/playwright) over every page of the
// app: no serious or critical violation. Each page is checked once its data
// has arrived. Not a test file itself: a11y-*.test.mjs run it in English
// and in Arabic (right to left), light and dark, one per file.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { openPage, startStack } from "./harness.mjs";

let stack, app, browser;

before(async () => {
  stack = await startStack();
  ({ app, browser } = stack);
});

after(() => stack?.stop());

/** Every page of the app (one of each kind, on the fixture's records). */
export const PAGES = [
  "now", "cases", "cases?view=table", "cases/case-1", "cases/new",
  "incidents", "incidents/new", "incidents/incident-1",
  "team", "team/people/person-1", "team/people/new", "team/skills", "team/goals",
  "team/wellbeing", "team/shifts", "team/handover",
  "kpis",
];

/** Waits until the page's data has arrived: nothing loading in <main>. */
async function settled(page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return main && main.children.length > 0 && !main.querySelector(".loading:not(:empty), [data-state='loading']");
  }, null, { timeout: 15000 });
}

/** The serious and critical violations on `page`, one line each. */
async function violations(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** Declares the test of one language and colour scheme (one per file:
 *  each file must finish inside the runner's per-file timeout). */
export function a11yTest(locale, colorScheme) {
  test(`no serious or critical violation on any page: ${locale}, ${colorScheme}`, async () => {
    const page = await openPage(browser, { locale, colorScheme });
    const found = [];
    for (const path of PAGES) {
      await page.goto(`${app.url}${path}`);
      try {
        await settled(page);
      } catch (e) {
        const loading = await page.evaluate(() => document.querySelector("main .loading, main [data-state='loading']")?.outerHTML.slice(0, 200));
        found.push(`${path}: did not settle: ${loading ?? e.message}`);
        continue;
      }
      for (const line of await violations(page)) found.push(`${path}: ${line}`);
    }
    assert.deepEqual(found, []);
    await page.context().close();
  });
}
