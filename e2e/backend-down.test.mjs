// A backend that is down: a clear message and a retry that works once it is up.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { freePort, launch, openPage, startApp, startBackend } from "./harness.mjs";

let app, browser, backend;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  await backend?.stop();
});

test("a backend that is down shows a clear error, and retry works once it is up", async () => {
  const port = await freePort();
  // An absolute API address straight to json-server (CORS), nothing there yet.
  app = await startApp({ config: { api_base_url: `http://127.0.0.1:${port}/` } });
  const page = await openPage(browser);
  await page.goto(`${app.url}cases`);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /Cannot reach the backend/);
  assert.equal(await page.locator("[data-case-id]").count(), 0);

  backend = await startBackend({ port });
  await page.getByRole("button", { name: "Retry" }).click();
  await page.locator("[data-case-id='case-1']").waitFor();
  assert.equal(await page.getByRole("alert").count(), 0);
});

test("a broken config.json stops the app with a message, not a blank page", async () => {
  const broken = await startApp({ config: { api_base_uri: "typo" } });
  try {
    const page = await openPage(browser);
    await page.goto(`${broken.url}cases`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.textContent(), /api_base_uri/);
  } finally {
    await broken.stop();
  }
});
