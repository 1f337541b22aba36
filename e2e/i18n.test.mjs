// Languages, right-to-left, dates and zones.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { AREA_READY, openPage, startStack } from "./harness.mjs";

let stack, backend, app, browser;

before(async () => {
  stack = await startStack();
  ({ backend, app, browser } = stack);
});

after(() => stack?.stop());

const box = (locator) => locator.boundingBox();

test("switching to Arabic mirrors the layout at once and is remembered", async () => {
  const page = await openPage(browser, { locale: "en-US" });
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-1']").waitFor();
  assert.equal(await page.getAttribute("html", "dir"), "ltr");
  const ltrBrand = await box(page.locator(".brand"));

  // Type something first: switching language must not lose it.
  await page.getByTestId("zone").focus();
  await page.getByTestId("language").selectOption("ar");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  assert.equal(await page.getAttribute("html", "lang"), "ar");
  await page.locator("h1", { hasText: "الحالات" }).waitFor();
  assert.match(await page.locator(".summary").first().textContent(), /حالات/);

  // Mirrored: the brand moves from the left edge to the right edge.
  const rtlBrand = await box(page.locator(".brand"));
  const width = page.viewportSize().width;
  assert.ok(ltrBrand.x < width / 2, `ltr brand at ${ltrBrand.x}`);
  assert.ok(rtlBrand.x > width / 2, `rtl brand at ${rtlBrand.x}`);

  // Latin case text stays isolated and readable inside the Arabic page.
  const title = page.locator("[data-case-id='case-1'] bdi.title");
  assert.equal(await title.textContent(), "Takeover of a minister's account");
  assert.equal(await title.getAttribute("lang"), "de");

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  await page.locator("h1", { hasText: "الحالات" }).waitFor();
  assert.deepEqual(page.errors, []);
});

test("the browser's language is the default, and dates follow the locale", async () => {
  const expected = {
    "en-US": /Nov 24, 2026/,
    "de-DE": /24\.11\.2026/,
    // Arabic (Egypt): Arabic-Indic digits, the Arabic comma, ص/م for AM/PM.
    "ar-EG": /٢٠٢٦،.*[صم]/,
  };
  for (const [locale, pattern] of Object.entries(expected)) {
    const page = await openPage(browser, { locale, timezoneId: "UTC" });
    await page.goto(`${app.url}incidents`);
    const detected = page.locator("[data-incident-id='incident-1'] .detected");
    await detected.waitFor();
    assert.match(await detected.textContent(), pattern, locale);
    assert.equal(await page.getAttribute("html", "lang"), locale.slice(0, 2));
    await page.context().close();
  }
});

test("times show in the viewer's zone with a switch to UTC", async () => {
  const page = await openPage(browser, { locale: "en-GB", timezoneId: "Asia/Dubai" });
  await page.goto(`${app.url}incidents`);
  const detected = page.locator("[data-incident-id='incident-1'] .detected");
  await detected.waitFor();
  assert.match(await detected.textContent(), /13:00/); // 09:00 UTC in Dubai (UTC+4)
  await page.getByTestId("zone").selectOption("utc");
  await page.waitForFunction(() => document.querySelector("[data-incident-id='incident-1'] .detected")?.textContent.includes("09:00"));
  assert.equal(await page.locator(".clocks [data-region='own'] .clock-label").textContent(), "UTC");
});

test("relative times are localised", async () => {
  const page = await openPage(browser, { locale: "de-DE" });
  await page.goto(`${app.url}cases`);
  const created = page.locator("[data-case-id='case-1'] time");
  await created.waitFor();
  // Fluent isolates the inserted relative time (U+2068..U+2069) for bidi.
  // Case 1 was created 26.5 h before the e2e clock: "yesterday", in German.
  const text = (await created.textContent()).replace(/[\u2068\u2069]/g, "");
  assert.equal(text, "erstellt gestern");
});

test("switching language quickly ends on the last choice, whichever catalogue arrives last", async () => {
  const page = await openPage(browser, { locale: "en-US" });
  // German's catalogue is slow to arrive; French's is quick.
  await page.route("**/locales/de.ftl", async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  let germanArrived = false;
  page.on("requestfinished", (r) => { if (r.url().endsWith("/locales/de.ftl")) germanArrived = true; });
  await page.goto(`${app.url}cases`);
  await page.locator("[data-case-id='case-1']").waitFor();
  await page.getByTestId("language").selectOption("de");
  await page.getByTestId("language").selectOption("fr");
  await page.waitForFunction(() => document.documentElement.lang === "fr");
  // German's catalogue arrives after French was chosen: French stays.
  const end = Date.now() + 5000;
  while (!germanArrived && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  assert.ok(germanArrived, "the slow catalogue did arrive");
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await page.getAttribute("html", "lang"), "fr");
  assert.equal(await page.getByTestId("language").inputValue(), "fr");
});

/** A message's text as its catalogue writes it (one-line messages). */
function message(tag, id) {
  const source = readFileSync(new URL(`../public/locales/${tag}.ftl`, import.meta.url), "utf8");
  const line = source.split("\n").find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${id} in ${tag}.ftl`);
  return line.slice(id.length + 3).trim();
}

test("Brazilian Portuguese and Japanese come from the browser's language, Portugal's Portuguese too", async () => {
  for (const [browserLocale, tag] of [["pt-BR", "pt-BR"], ["pt-PT", "pt-BR"], ["ja-JP", "ja"]]) {
    const page = await openPage(browser, { locale: browserLocale });
    await page.goto(`${app.url}cases`);
    await page.locator("#cases-title", { hasText: message(tag, "cases-title") }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), tag);
    assert.equal(await page.getAttribute("html", "dir"), "ltr");
    assert.equal(await page.getByTestId("language").inputValue(), tag);
    assert.deepEqual(page.errors, [], browserLocale);
    await page.context().close();
  }
});

test("Japanese: the search finds a word inside a longer title, and long titles wrap in their card on a phone", async () => {
  // Japanese writes no spaces between words: 地震 (earthquake) is inside the title.
  const title = "大規模地震後の偽情報拡散に関する緊急エスカレーション対応と関係各部署への連絡調整について";
  const base = await (await fetch(`${backend.url}/cases/case-1`)).json();
  const created = await fetch(`${backend.url}/cases`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...base, id: "case-ja-1", title, language: "ja", tags: [], updated_at: "2026-11-25T11:00:00.000Z", version: 1 }),
  });
  assert.equal(created.status, 201);
  try {
    const page = await openPage(browser, { locale: "ja-JP", viewport: { width: 360, height: 740 } });
    await page.goto(`${app.url}cases?q=${encodeURIComponent("地震")}`);
    const card = page.locator("[data-case-id='case-ja-1']");
    await card.waitFor();
    assert.equal(await page.locator("[data-case-id]").count(), 1, "only the case with 地震");
    assert.equal(await page.getAttribute("html", "lang"), "ja");
    // The title wraps: inside its card, nothing wider than the phone.
    const titleBox = await card.locator("bdi.title").boundingBox();
    const cardBox = await card.boundingBox();
    assert.ok(titleBox.x >= cardBox.x - 0.5 && titleBox.x + titleBox.width <= cardBox.x + cardBox.width + 0.5,
      `title ${JSON.stringify(titleBox)} in card ${JSON.stringify(cardBox)}`);
    assert.ok(titleBox.height > 30, `the title takes several lines (${titleBox.height} px)`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  } finally {
    await fetch(`${backend.url}/cases/case-ja-1`, { method: "DELETE" });
  }
});

test("every language fits a 360 px phone: no page of any area is wider than the screen", async () => {
  const tags = readdirSync(new URL("../public/locales/", import.meta.url))
    .filter((f) => f.endsWith(".ftl"))
    .map((f) => f.slice(0, -4));
  assert.ok(tags.includes("ja") && tags.includes("pt-BR"), tags.join());
  const wide = [];
  for (const tag of tags) {
    const page = await openPage(browser, { locale: tag, viewport: { width: 360, height: 740 }, isMobile: true });
    for (const [path, ready] of Object.entries({ ...AREA_READY, "cases/case-1": "#case-heading", "team/wellbeing": "main h1" })) {
      await page.goto(`${app.url}${path}`);
      await page.locator(ready).first().waitFor();
      assert.equal(await page.getAttribute("html", "lang"), tag);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${tag} ${path}: ${width} px`);
    }
    assert.deepEqual(page.errors, [], tag);
    await page.context().close();
  }
  assert.deepEqual(wide, []);
});
