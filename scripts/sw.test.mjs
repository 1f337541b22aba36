// The service worker's pure pieces (sw/offline.mjs) and its build
// (scripts/sw.mjs), by hand-made examples.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { withoutSensitive, keptHeaders, keptKey, keepable, unreachable, overflow, STORED_AT } from "../sw/offline.mjs";
import { filesOf, shellAssets, workerSource } from "./sw.mjs";

test("a description is kept only where its record says sensitive: false, at any depth", () => {
  const answer = [
    { id: "c1", sensitive: true, description: "disturbing", title: "t1" },
    { id: "c2", sensitive: false, description: "plain", title: "t2" },
    { id: "c3", description: "no flag: sensitive by the contract" },
    { id: "c4", sensitive: null, description: "unknown flag" },
    { id: "c5", sensitive: "false", description: "a string is not the flag" },
  ];
  assert.deepEqual(withoutSensitive(answer), [
    { id: "c1", sensitive: true, title: "t1" },
    { id: "c2", sensitive: false, description: "plain", title: "t2" },
    { id: "c3" },
    { id: "c4", sensitive: null },
    { id: "c5", sensitive: "false" },
  ]);
  // A history event's changes: the description is as sensitive as the case's.
  assert.deepEqual(
    withoutSensitive([{ id: "e1", kind: "change", changes: { description: ["a", "b"], sensitive: [true, true], status: ["new", "triage"] } }]),
    [{ id: "e1", kind: "change", changes: { sensitive: [true, true], status: ["new", "triage"] } }],
  );
  // A page object (PocketBase's `items`) and one record.
  assert.deepEqual(withoutSensitive({ page: 1, items: [{ sensitive: true, description: "x", id: "a" }] }),
    { page: 1, items: [{ sensitive: true, id: "a" }] });
  assert.deepEqual(withoutSensitive({ id: "a", sensitive: true, description: "x" }), { id: "a", sensitive: true });
  assert.equal(withoutSensitive(null), null);
  assert.equal(withoutSensitive("text"), "text");
  assert.equal(answer[0].description, "disturbing", "the answer itself is untouched");
});

test("answers are kept per person: the same address under two tokens is two keys", () => {
  const url = "http://app/api/cases?status=new&_page=1";
  assert.notEqual(keptKey(url, "aa11"), keptKey(url, "bb22"));
  assert.notEqual(keptKey(url, "aa11"), keptKey(url, "-"));
  assert.equal(keptKey(url, "-"), keptKey(url, "-"));
  assert.ok(keptKey(url, "-").startsWith("http://app/api/cases?status=new&_page=1&"));
});

test("a kept answer's headers: no Date, when it was kept, and that header exposed", () => {
  const headers = keptHeaders([
    ["content-type", "application/json; charset=utf-8"],
    ["x-total-count", "3"],
    ["date", "Tue, 24 Nov 2026 09:00:00 GMT"],
    ["content-length", "120"],
  ], "2026-11-25T12:00:00.000Z");
  const map = new Map(headers.map(([k, v]) => [k.toLowerCase(), v]));
  assert.equal(map.get("date"), undefined);
  assert.equal(map.get("content-length"), undefined, "the body kept is another length");
  assert.equal(map.get("x-total-count"), "3");
  assert.equal(map.get(STORED_AT), "2026-11-25T12:00:00.000Z");
  assert.deepEqual(map.get("access-control-expose-headers").split(", ").sort(),
    ["content-type", "x-total-count", STORED_AT].sort());
});

test("what is kept and when the kept answer is given back", () => {
  assert.equal(keepable(200, "application/json; charset=utf-8"), true);
  assert.equal(keepable(200, "text/html"), false, "an HTML error page in a 200");
  assert.equal(keepable(404, "application/json"), false);
  assert.equal(keepable(200, null), false);
  assert.deepEqual([500, 502, 503, 504, 404, 200].map(unreachable), [false, true, true, true, false, false]);
  assert.deepEqual(overflow(["a", "b", "c", "d"], 3), ["a"]);
  assert.deepEqual(overflow(["a"], 3), []);
});

test("the built worker lists the build's files (not itself, not config.json) and a version that follows them", () => {
  const dir = mkdtempSync(join(tmpdir(), "sw-"));
  try {
    mkdirSync(join(dir, "locales"));
    for (const f of ["index.html", "app-0123456789abcdef_bg.wasm", "config.json", "sw.js", "locales/en.ftl"]) {
      writeFileSync(join(dir, f), f);
    }
    assert.deepEqual(shellAssets(filesOf(dir)), ["app-0123456789abcdef_bg.wasm", "index.html", "locales/en.ftl"]);
    const first = workerSource(dir);
    // It parses as a classic script, and defines what worker.js uses.
    const sandbox = { self: { addEventListener() {}, registration: { scope: "http://app/tools/watchfloor/" } } };
    vm.runInNewContext(`${first}\n;self.out = { VERSION, ASSETS, SHELL, DATA }`, sandbox);
    assert.ok(sandbox.self.out.SHELL.includes("http://app/tools/watchfloor/"), "cache names carry the scope");
    assert.ok(sandbox.self.out.DATA.includes("http://app/tools/watchfloor/"));
    assert.deepEqual([...sandbox.self.out.ASSETS], ["app-0123456789abcdef_bg.wasm", "index.html", "locales/en.ftl"]);
    writeFileSync(join(dir, "locales/en.ftl"), "changed");
    const second = workerSource(dir);
    const version = (s) => /const VERSION = "([0-9a-f]+)"/.exec(s)[1];
    assert.notEqual(version(first), version(second));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
