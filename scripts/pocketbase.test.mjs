// Tests of Watchfloor's PocketBase backend against a real PocketBase
// (.venv/bin/pocketbase, scripts/setup.sh): the collections and their
// stored forms, sign-in, the 401s, the filter syntax with hostile values,
// paging and sort, the atomic version checks, realtime events through the
// app server's proxy, and the first start's demo import. One PocketBase on
// a free port with a temporary data directory, stopped at the end.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "./gen-demo.mjs";
import { DEMO_EMAIL, makeSuperuser, schema, startPocketBase } from "./pocketbase.mjs";
import { createServer, freePort } from "./serve.mjs";

const NOW = "2026-11-25T10:00:00.000Z";
const DEMO = { seed: 42, now: Date.parse(NOW), scale: 1 };


/**
 * A value inside a double-quoted filter string, as PocketBase 0.40's filter
 * parser reads it: a backslash before `"` and before a backslash; nothing
 * else is special (`&&`, `||`, `'`, `~`, `%`, `_`, newlines pass as they are).
 */
const quote = (value) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * "Contains" with `~` whatever the value: LIKE's own escapes (a backslash
 * before `\`, `%` and `_`), `%` at both ends, then quoted. PocketBase
 * wraps a value in `%` itself only when it holds no unescaped `%`; with
 * one it is taken as the whole LIKE pattern (see the test below).
 */
const contains = (value) => quote(`%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

let pb, dir, user, superuser;

/** One request to PocketBase: { status, body (parsed JSON or null), headers }. */
async function api(path, { method = "GET", token = user, body, headers = {} } = {}) {
  const response = await fetch(`${pb.url}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
      ...(token ? { Authorization: token } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

const records = (collection) => `/api/collections/${collection}/records`;
const list = (collection, query) => api(`${records(collection)}?${new URLSearchParams(query)}`);
const create = (collection, body) => api(records(collection), { method: "POST", body });
const patch = (collection, id, body, ifMatch) =>
  api(`${records(collection)}/${id}`, { method: "PATCH", body, headers: ifMatch === undefined ? {} : { "If-Match": ifMatch } });
const remove = (collection, id, ifMatch) =>
  api(`${records(collection)}/${id}`, { method: "DELETE", headers: ifMatch === undefined ? {} : { "If-Match": ifMatch } });

/** A fresh case with what the app writes: every field, nulls included. */
function newCase(id, fields = {}) {
  return {
    id, title: "A case", description: "", status: "new", priority: "P2", region: "EMEA", category: "other",
    language: "en", owner_id: null, partner_teams: [], incident_id: null, sensitive: null, tags: [],
    created_at: "2026-11-24T09:30:00.000Z", first_response_at: null, resolved_at: null, reopened_count: 0,
    csat: null, updated_at: "2026-11-24T09:30:00.000Z", version: 1, ...fields,
  };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "wf-pocketbase-"));
  pb = await startPocketBase({ dir, port: await freePort(), demoOptions: DEMO });
  const signIn = await api("/api/collections/users/auth-with-password", {
    method: "POST", token: null, body: { identity: pb.credentials.demo.email, password: pb.credentials.demo.password },
  });
  assert.equal(signIn.status, 200, JSON.stringify(signIn.body));
  user = signIn.body.token;
  superuser = (await api("/api/collections/_superusers/auth-with-password", {
    method: "POST", token: null,
    body: { identity: pb.credentials.superuser.email, password: pb.credentials.superuser.password },
  })).body.token;
});

after(async () => {
  await pb?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("set-up (first, before other tests add records)", () => {
  test("every collection of schema.json exists with exactly its fields and types", async () => {
    const s = schema();
    for (const [name, fields] of Object.entries(s.collections)) {
      const r = await api(`/api/collections/${name}`, { token: superuser });
      assert.equal(r.status, 200, name);
      assert.equal(r.body.type, "base");
      assert.deepEqual(Object.fromEntries(r.body.fields.map((f) => [f.name, f.type])), fields, name);
      for (const rule of ["listRule", "viewRule", "createRule", "updateRule", "deleteRule"]) {
        assert.equal(r.body[rule], s.rule, `${name}.${rule}`);
      }
      assert.equal(r.body.indexes.length, s.indexes[name].length, name);
    }
  });

  test("the first start imported gen-demo's data, every record", async () => {
    const expected = Object.fromEntries(Object.entries(generate(DEMO)).map(([k, v]) => [k, v.length]));
    assert.deepEqual(pb.imported.counts, expected);
    assert.deepEqual(Object.keys(expected).sort(), Object.keys(schema().collections).sort());
    for (const [collection, count] of Object.entries(expected)) {
      assert.equal((await list(collection, { perPage: 1 })).body.totalItems, count, collection);
    }
    const policies = await list("sla_policies", { sort: "id" });
    assert.deepEqual(policies.body.items.map((p) => [p.id, p.first_response_minutes, p.resolution_minutes]),
      [["P0", 15, 240], ["P1", 60, 1440], ["P2", 240, 4320], ["P3", 1440, 10080]]);
    // The damaged demo cases: the unknown priority is kept, the numeric
    // created_at comes back unset.
    assert.equal((await list("cases", { filter: 'priority = "P9"' })).body.totalItems, 1);
    const damaged = await list("cases", { filter: 'title = "Damaged demo record: numeric created_at"' });
    assert.equal(damaged.body.items[0].created_at, "");
  });
});

describe("sign-in", () => {
  test("the demo user signs in with the password made at set-up", async () => {
    const r = await api("/api/collections/users/auth-with-password", {
      method: "POST", token: null, body: { identity: DEMO_EMAIL, password: pb.credentials.demo.password },
    });
    assert.equal(r.status, 200);
    assert.equal(typeof r.body.token, "string");
    assert.equal(r.body.record.email, DEMO_EMAIL);
    assert.equal(r.body.record.collectionName, "users");
    const wrong = await api("/api/collections/users/auth-with-password", {
      method: "POST", token: null, body: { identity: DEMO_EMAIL, password: "not-it" },
    });
    assert.equal(wrong.status, 400);
    assert.deepEqual(wrong.body, { data: {}, message: "Failed to authenticate.", status: 400 });
  });

  test("the passwords live in the data directory, readable by its owner only", () => {
    const file = join(dir, "credentials.json");
    assert.equal(statSync(file).mode & 0o077, 0);
    assert.equal(JSON.parse(readFileSync(file, "utf8")).demo.password, pb.credentials.demo.password);
  });

  test("no public sign-up: only a superuser makes accounts", async () => {
    const body = { email: "someone@example.com", password: "long-enough-1", passwordConfirm: "long-enough-1" };
    assert.equal((await api(records("users"), { method: "POST", token: null, body })).status, 401);
    const asUser = await api(records("users"), { method: "POST", body });
    assert.equal(asUser.status, 403);
    assert.deepEqual(asUser.body, { data: {}, message: "Only superusers can perform this action.", status: 403 });
  });
});

describe("without a signed-in user", () => {
  const UNAUTHORIZED = { data: {}, message: "The request requires valid record authorization token.", status: 401 };

  test("list, view, create, update and delete are a JSON 401, not an empty list or a 404", async () => {
    const id = "case-401-check";
    assert.equal((await create("cases", newCase(id))).status, 200);
    for (const token of [null, "not-a-token", `${user.slice(0, -4)}AAAA`]) {
      for (const [method, path, body] of [
        ["GET", records("cases")], ["GET", `${records("cases")}/${id}`], ["GET", `${records("cases")}/missing`],
        ["POST", records("cases"), newCase("case-401-new")], ["PATCH", `${records("cases")}/${id}`, { title: "x" }],
        ["DELETE", `${records("cases")}/${id}`], ["GET", records("sla_policies")],
      ]) {
        const r = await api(path, { method, token, body });
        assert.equal(r.status, 401, `${method} ${path} with ${token}`);
        assert.deepEqual(r.body, UNAUTHORIZED);
        assert.match(r.headers.get("content-type"), /application\/json/);
      }
    }
    const kept = await api(`${records("cases")}/${id}`);
    assert.equal(kept.body.title, "A case");
    assert.equal((await list("cases", { filter: 'id = "case-401-new"' })).body.totalItems, 0);
  });

  test("the health check stays open", async () => {
    assert.equal((await api("/api/health", { token: null })).status, 200);
  });
});

describe("records", () => {
  test("client-made ids of every form the app and gen-demo make", async () => {
    const uuid = "3f1c2b7a-9d4e-4c21-8f3a-0b6d5e4c3a21";
    for (const [collection, id] of [
      ["cases", `case-${uuid}`], ["cases", uuid], ["cases", "case-18f2a3b4c5d-3a7f9e2b1c0d"],
      ["case_events", `case-event-${uuid}`], ["incident_events", `event-${uuid}`],
      ["incidents", `incident-${uuid}`], ["action_items", `action-${uuid}`],
      ["sla_policies", "P7"], ["kpi_targets", "response_p90"], ["cases", "A".repeat(100)],
    ]) {
      const r = await create(collection, { id, updated_at: "2026-11-24T09:30:00.000Z", version: 1 });
      assert.equal(r.status, 200, `${collection} ${id}: ${JSON.stringify(r.body)}`);
      assert.equal((await api(`${records(collection)}/${id}`)).body.id, id);
    }
  });

  test("ids PocketBase refuses whatever the pattern: '.', ':', Windows device names, over 100", async () => {
    for (const [id, code] of [
      ["case.1", "validation_forbidden_pk_character"], ["case:1", "validation_forbidden_pk_character"],
      ["CON", "validation_reserved_pk"], ["-case", "validation_invalid_format"],
      ["A".repeat(101), "validation_max_text_constraint"],
    ]) {
      const r = await create("cases", newCase(id));
      assert.equal(r.status, 400, id);
      assert.equal(r.body.data.id.code, code, id);
    }
  });

  test("stored forms: json nulls stay null, unset dates and references read \"\", a T timestamp reads with a space", async () => {
    const r = await create("cases", newCase("case-forms", { changes: "ignored: not a field", created_at: "2026-11-24T09:30:00Z" }));
    assert.equal(r.status, 200);
    const stored = (await api(`${records("cases")}/case-forms`)).body;
    assert.deepEqual(stored, {
      ...newCase("case-forms"), collectionId: stored.collectionId, collectionName: "cases",
      owner_id: "", incident_id: "", first_response_at: "", resolved_at: "",
      created_at: "2026-11-24 09:30:00.000Z", updated_at: "2026-11-24 09:30:00.000Z",
    });
    assert.equal(stored.sensitive, null);
    assert.equal(stored.csat, null);

    const event = await create("case_events", {
      id: "case-event-forms", case_id: "case-forms", at: "2026-11-24T09:31:00.000+02:00", kind: "change",
      author_id: null, partner_team: null, text: "", changes: { status: ["new", "triage"], owner_id: [null, "p1"] },
      created_at: "2026-11-24T09:31:00.000Z", updated_at: "2026-11-24T09:31:00.000Z", version: 1,
    });
    assert.equal(event.body.at, "2026-11-24 07:31:00.000Z");
    assert.equal(event.body.partner_team, "");
    assert.deepEqual(event.body.changes, { status: ["new", "triage"], owner_id: [null, "p1"] });

    const checkIn = await create("check_ins", {
      id: "check-in-forms", person_id: "p1", on: "2026-11-24", author_id: null, wellbeing: null, workload: 0,
      exposure_minutes: null, notes: "x".repeat(20_000), created_at: NOW, updated_at: NOW, version: 1,
    });
    assert.equal(checkIn.status, 200);
    assert.deepEqual([checkIn.body.wellbeing, checkIn.body.workload, checkIn.body.exposure_minutes], [null, 0, null]);
    assert.equal(checkIn.body.on, "2026-11-24");
    const goal = await create("goals", { id: "goal-forms", person_id: "p1", target_on: null, skill: null, progress: 40 });
    assert.deepEqual([goal.body.target_on, goal.body.skill, goal.body.progress], ["", "", 40]);
    const person = await create("people", { id: "person-forms", active: null, skills: { incident_command: 3 } });
    assert.deepEqual([person.body.active, person.body.skills], [null, { incident_command: 3 }]);
    const item = await create("action_items", { id: "action-forms", due_on: null, done: true });
    assert.deepEqual([item.body.due_on, item.body.done], ["", true]);
  });

  test("what PocketBase does with values of the wrong type (none of them an error)", async () => {
    const r = await create("cases", newCase("case-wrong-types", {
      created_at: 12345, first_response_at: "yesterday", csat: "5", sensitive: "true", reopened_count: null, version: 1,
    }));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    // A date it cannot read is stored unset; a json field's string that reads
    // as JSON is stored as that JSON; a null number as 0.
    assert.deepEqual(
      [r.body.created_at, r.body.first_response_at, r.body.csat, r.body.sensitive, r.body.reopened_count],
      ["", "", 5, true, 0],
    );
    const fraction = await create("cases", newCase("case-fraction", { version: 1.5 }));
    assert.equal(fraction.status, 400);
    assert.equal(fraction.body.data.version.code, "validation_only_int_constraint");
  });

  test("a duplicate id: 400 with data.id validation_pk_invalid, whatever its case", async () => {
    assert.equal((await create("cases", newCase("case-dup"))).status, 200);
    for (const id of ["case-dup", "CASE-DUP"]) {
      const r = await create("cases", newCase(id, { title: "second" }));
      assert.equal(r.status, 400);
      assert.deepEqual(r.body, {
        data: { id: { code: "validation_pk_invalid", message: "The record primary key is invalid or already exists." } },
        message: "Failed to create record.",
        status: 400,
      });
    }
    assert.equal((await api(`${records("cases")}/case-dup`)).body.title, "A case");
  });

  test("parallel creates of one id: one 200, the others 400 with data.id validation_pk_invalid or validation_not_unique", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => create("cases", newCase("case-dup-race"))));
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, ...Array(9).fill(400)]);
    for (const r of answers.filter((a) => a.status === 400)) {
      // The check before the insert says pk_invalid; a create that passed it
      // while another was inserting meets the table's own constraint.
      const expected = {
        validation_pk_invalid: "The record primary key is invalid or already exists.",
        validation_not_unique: "Value must be unique.",
      };
      const { code, message } = r.body.data.id;
      assert.equal(message, expected[code], code);
      assert.equal(r.body.message, "Failed to create record.");
    }
  });

  test("validation errors and a missing record", async () => {
    const long = await create("cases", newCase("case-long", { language: "x".repeat(5001) }));
    assert.equal(long.status, 400);
    assert.deepEqual(long.body, {
      data: { language: { code: "validation_max_text_constraint", message: "Must be no more than 5000 character(s).", params: { max: 5000 } } },
      message: "Failed to create record.",
      status: 400,
    });
    assert.equal((await create("cases", newCase("case-long-description", { description: "d".repeat(20_000) }))).status, 200);
    const missing = await api(`${records("cases")}/no-such-case`);
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body, { data: {}, message: "The requested resource wasn't found.", status: 404 });
    assert.equal((await patch("cases", "no-such-case", { title: "x" }, '"1"')).status, 404);
    assert.equal((await remove("cases", "no-such-case", '"1"')).status, 404);
    const noCollection = await api(records("nope"));
    assert.equal(noCollection.status, 404);
    assert.deepEqual(noCollection.body, { data: {}, message: "Missing collection context.", status: 404 });
  });
});

describe("filters, paging and sort", () => {
  const HOSTILE = [
    'a "double" quote', "a 'single' quote", "back\\slash", "ends with a backslash\\", 'slash before quote \\" here',
    "a && b", "a || b", "tilde ~ here", "50% off", "under_score", "new\nline", "all of \"'\\&&||~%_ them",
  ];
  const DECOYS = ["50X off", "underXscore", "a double quote", "backslash"];

  before(async () => {
    let n = 0;
    for (const title of [...HOSTILE, ...DECOYS]) {
      const r = await create("cases", newCase(`case-hostile-${n++}`, { title, status: "waiting" }));
      assert.equal(r.status, 200, title);
    }
  });

  const titles = async (filter) => {
    const r = await list("cases", { filter: `id ~ "case-hostile-" && (${filter})`, perPage: 100 });
    assert.equal(r.status, 200, `${filter}: ${JSON.stringify(r.body)}`);
    return r.body.items.map((c) => c.title).sort();
  };

  test("= with the value quoted finds exactly that title", async () => {
    for (const title of HOSTILE) assert.deepEqual(await titles(`title = ${quote(title)}`), [title], title);
  });

  test("~ with LIKE's escapes and % at both ends finds the titles containing the value", async () => {
    for (const title of HOSTILE) assert.deepEqual(await titles(`title ~ ${contains(title)}`), [title], title);
    assert.deepEqual(await titles(`title ~ ${contains("%")}`), ["50% off", "all of \"'\\&&||~%_ them"]);
    assert.deepEqual(await titles(`title ~ ${contains("_")}`), ["all of \"'\\&&||~%_ them", "under_score"]);
    // LIKE ignores the case of ASCII letters.
    assert.deepEqual(await titles(`title ~ ${contains("UNDER_")}`), ["under_score"]);
  });

  test("~ with a bare value: PocketBase escapes _ itself, but a % makes it the whole LIKE pattern", async () => {
    assert.deepEqual(await titles(`title ~ ${quote("under_score")}`), ["under_score"]);
    assert.deepEqual(await titles(`title ~ ${quote("50% off")}`), ["50% off", "50X off"]);
    assert.deepEqual(await titles(`title ~ ${quote("%_%")}`).then((t) => t.length), HOSTILE.length + DECOYS.length);
  });

  test("an unescaped quote or a field the collection lacks is a 400, never everything", async () => {
    for (const filter of ['title = "a "double" quote"', 'title = "ends\\"', 'nosuch = "x"']) {
      const r = await list("cases", { filter });
      assert.equal(r.status, 400, filter);
      assert.deepEqual(r.body, { data: {}, message: "Something went wrong while processing your request.", status: 400 });
    }
  });

  test("dates compare as stored text: a filter needs the space form", async () => {
    const space = await list("cases", { filter: 'id = "case-forms" && updated_at >= "2026-11-24 09:30:00.000Z"' });
    assert.equal(space.body.totalItems, 1);
    const tForm = await list("cases", { filter: 'id = "case-forms" && updated_at >= "2026-11-24T09:30:00.000Z"' });
    assert.equal(tForm.body.totalItems, 0, "the T form sorts after the space form");
    assert.equal((await list("cases", { filter: 'id = "case-forms" && resolved_at = ""' })).body.totalItems, 1);
    assert.equal((await list("cases", { filter: 'id = "case-forms" && resolved_at = null' })).body.totalItems, 1);
    assert.equal((await list("cases", { filter: 'id = "case-forms" && csat = null' })).body.totalItems, 1);
  });

  test("paging: page, perPage, totalItems, totalPages, items; skipTotal gives -1", async () => {
    const r = await list("cases", { filter: 'status = "waiting" && id ~ "case-hostile-"', page: 2, perPage: 5, sort: "id" });
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.body).sort(), ["items", "page", "perPage", "totalItems", "totalPages"]);
    const total = HOSTILE.length + DECOYS.length;
    assert.deepEqual([r.body.page, r.body.perPage, r.body.totalItems, r.body.totalPages, r.body.items.length],
      [2, 5, total, Math.ceil(total / 5), 5]);
    const skip = await list("cases", { filter: 'id ~ "case-hostile-"', page: 1, perPage: 5, skipTotal: 1 });
    assert.deepEqual([skip.body.totalItems, skip.body.totalPages, skip.body.items.length], [-1, -1, 5]);
    const big = await list("sla_policies", { perPage: 5000 });
    assert.equal(big.body.perPage, 1000, "perPage is capped at 1000");
  });

  test("sort -updated_at,id: newest first, ties by id", async () => {
    const r = await list("cases", { sort: "-updated_at,id", perPage: 1000, fields: "id,updated_at" });
    assert.equal(r.status, 200);
    const items = r.body.items;
    assert.ok(items.length > 100);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      assert.ok(a.updated_at > b.updated_at || (a.updated_at === b.updated_at && a.id < b.id), `${a.id} before ${b.id}`);
    }
  });
});

describe("versioned writes", () => {
  test("a PATCH on the current version succeeds and stores version + 1, whatever its body says", async () => {
    await create("cases", newCase("case-v1"));
    const r = await patch("cases", "case-v1", { title: "changed", version: 99 }, '"1"');
    assert.equal(r.status, 200);
    assert.deepEqual([r.body.title, r.body.version], ["changed", 2]);
    const noIfMatch = await patch("cases", "case-v1", { status: "triage", version: 1 });
    assert.deepEqual([noIfMatch.status, noIfMatch.body.version], [200, 3]);
    assert.equal((await patch("cases", "case-v1", { priority: "P1" }, "3")).body.version, 4);
    assert.equal((await patch("cases", "case-v1", { priority: "P0" }, 'W/"4"')).body.version, 5);
  });

  test("a stale PATCH is a 412 with the stored record as the API shows it", async () => {
    await create("cases", newCase("case-stale", { title: "stored" }));
    assert.equal((await patch("cases", "case-stale", { title: "first" }, '"1"')).status, 200);
    const stored = (await api(`${records("cases")}/case-stale`)).body;
    for (const ifMatch of ['"1"', "1", 'W/"1"', '"3"', "nonsense"]) {
      const r = await patch("cases", "case-stale", { title: "late" }, ifMatch);
      assert.equal(r.status, 412, ifMatch);
      assert.deepEqual(r.body, { status: 412, message: "The record was changed by someone else.", data: {}, current: stored });
      assert.match(r.headers.get("content-type"), /application\/json/);
    }
    assert.equal((await api(`${records("cases")}/case-stale`)).body.title, "first");
  });

  test("twenty parallel PATCHes on one version: one 200, nineteen 412, version + 1", async () => {
    await create("cases", newCase("case-race"));
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      patch("cases", "case-race", { title: `writer ${i}` }, '"1"')));
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, ...Array(19).fill(412)]);
    const winner = answers.find((r) => r.status === 200).body;
    const stored = (await api(`${records("cases")}/case-race`)).body;
    assert.deepEqual([stored.version, stored.title], [2, winner.title]);
    for (const r of answers.filter((a) => a.status === 412)) assert.ok([1, 2].includes(r.body.current.version));
  });

  test("parallel PATCHes without If-Match on different fields: each lands, none undoes another", async () => {
    await create("cases", newCase("case-merge", { partner_teams: ["legal"], csat: null }));
    const fields = { title: "t", description: "d", status: "waiting", priority: "P0", region: "APAC",
      category: "crisis", language: "ar", owner_id: "p-1", incident_id: "incident-1", tags: ["vip"] };
    const answers = await Promise.all(Object.entries(fields).map(([k, v]) => patch("cases", "case-merge", { [k]: v })));
    assert.deepEqual(answers.map((r) => r.status), Object.keys(fields).map(() => 200));
    const stored = (await api(`${records("cases")}/case-merge`)).body;
    for (const [k, v] of Object.entries(fields)) assert.deepEqual(stored[k], v, k);
    assert.equal(stored.version, 1 + Object.keys(fields).length);
    assert.deepEqual([stored.partner_teams, stored.csat, stored.created_at], [["legal"], null, "2026-11-24 09:30:00.000Z"]);
  });

  test("a stale DELETE is a 412 and the record stays; a current one deletes", async () => {
    await create("cases", newCase("case-delete"));
    await patch("cases", "case-delete", { title: "moved on" }, '"1"');
    const stale = await remove("cases", "case-delete", '"1"');
    assert.equal(stale.status, 412);
    assert.equal(stale.body.current.version, 2);
    assert.equal(stale.body.current.title, "moved on");
    assert.equal((await api(`${records("cases")}/case-delete`)).status, 200);
    const ok = await remove("cases", "case-delete", 'W/"2"');
    assert.equal(ok.status, 204);
    assert.equal((await api(`${records("cases")}/case-delete`)).status, 404);
  });

  test("parallel DELETEs on one version: one 204, the rest 412 or 404", async () => {
    await create("cases", newCase("case-delete-race"));
    const answers = await Promise.all(Array.from({ length: 10 }, () => remove("cases", "case-delete-race", '"1"')));
    const statuses = answers.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 204).length, 1, statuses.join());
    assert.ok(statuses.every((s) => [204, 404, 412].includes(s)), statuses.join());
  });
});

/** Reads server-sent events from `path` on `port`; events() gives those so far, close() ends it. */
function eventStream(port, path, headers = {}) {
  const events = [];
  let buffer = "";
  let req;
  const opened = new Promise((resolve, reject) => {
    req = http.get({ host: "127.0.0.1", port, path, headers: { Accept: "text/event-stream", ...headers } }, (res) => {
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = {};
          for (const line of buffer.slice(0, end).split("\n")) {
            const colon = line.indexOf(":");
            event[line.slice(0, colon)] = line.slice(colon + 1);
          }
          buffer = buffer.slice(end + 2);
          events.push(event);
          if (event.event === "PB_CONNECT") resolve(JSON.parse(event.data).clientId);
        }
      });
    });
    req.on("error", reject);
  });
  return { opened, events, close: () => req.destroy() };
}

describe("realtime, through the app server's proxy", () => {
  let app, port;
  before(async () => {
    app = createServer({ dir: tmpdir(), api: pb.url });
    await new Promise((r) => app.listen(0, "127.0.0.1", r));
    port = app.address().port;
  });
  after(async () => {
    app.closeAllConnections();
    await new Promise((r) => app.close(r));
  });

  const viaProxy = (path, init) => fetch(`http://127.0.0.1:${port}/api${path}`, init);

  test("PB_CONNECT, a subscription with the user's token, then create, update and delete events", async () => {
    const signedIn = eventStream(port, "/api/api/realtime");
    const anonymous = eventStream(port, "/api/api/realtime");
    try {
      const clientId = await signedIn.opened;
      assert.match(clientId, /^\w{20,}$/);
      assert.deepEqual(signedIn.events[0], { id: clientId, event: "PB_CONNECT", data: JSON.stringify({ clientId }) });

      const subscribe = (id, token) => viaProxy("/api/realtime", {
        method: "POST",
        headers: { "Content-Type": "application/json", ...(token ? { Authorization: token } : {}) },
        body: JSON.stringify({ clientId: id, subscriptions: ["cases"] }),
      });
      assert.equal((await subscribe(clientId, user)).status, 204);
      // The first subscription binds the client to its token.
      const other = await subscribe(clientId, null);
      assert.equal(other.status, 403);
      assert.deepEqual(await other.json(),
        { data: {}, message: "The current and the previous request authorization don't match.", status: 403 });
      // Without a token a client may subscribe, and gets nothing (the list rule).
      assert.equal((await subscribe(await anonymous.opened, null)).status, 204);

      await create("cases", newCase("case-live"));
      await patch("cases", "case-live", { title: "live" }, '"1"');
      assert.equal((await patch("cases", "case-live", { title: "stale" }, '"1"')).status, 412);
      await remove("cases", "case-live", '"2"');
      for (let i = 0; i < 100 && signedIn.events.length < 4; i++) await new Promise((r) => setTimeout(r, 20));

      const live = signedIn.events.slice(1).map((e) => ({ ...e, data: JSON.parse(e.data) }));
      assert.deepEqual(live.map((e) => [e.id, e.event, e.data.action, e.data.record.version]),
        [[clientId, "cases", "create", 1], [clientId, "cases", "update", 2], [clientId, "cases", "delete", 2]]);
      assert.deepEqual(live[1].data.record, {
        ...newCase("case-live"), title: "live", version: 2, collectionId: live[1].data.record.collectionId,
        collectionName: "cases", owner_id: "", incident_id: "", first_response_at: "", resolved_at: "",
        created_at: "2026-11-24 09:30:00.000Z", updated_at: "2026-11-24 09:30:00.000Z",
      });
      assert.equal(anonymous.events.length, 1, "only PB_CONNECT without a token");
    } finally {
      signedIn.close();
      anonymous.close();
    }
  });

  test("the proxy passes records requests with Authorization and If-Match", async () => {
    await create("cases", newCase("case-proxied"));
    const r = await viaProxy(`${records("cases")}/case-proxied`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", Authorization: user, "If-Match": '"1"' },
      body: JSON.stringify({ title: "via the proxy" }),
    });
    assert.equal(r.status, 200);
    assert.equal((await r.json()).version, 2);
    assert.ok(r.headers.get("date"));
    assert.equal((await viaProxy(records("cases"))).status, 401);
  });
});

describe("CORS (the app on another origin than PocketBase)", () => {
  test("a preflight allows If-Match and Authorization; answers expose Date", async () => {
    const preflight = await fetch(`${pb.url}${records("cases")}/x`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://portal.example.com",
        "Access-Control-Request-Method": "PATCH",
        "Access-Control-Request-Headers": "if-match, authorization, content-type",
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get("access-control-allow-origin"), "*");
    assert.match(preflight.headers.get("access-control-allow-headers"), /if-match/i);
    assert.match(preflight.headers.get("access-control-allow-headers"), /authorization/i);
    assert.match(preflight.headers.get("access-control-allow-methods"), /PATCH/);
    const answer = await fetch(`${pb.url}${records("cases")}?perPage=1`, {
      headers: { Origin: "https://portal.example.com", Authorization: user },
    });
    assert.equal(answer.headers.get("access-control-allow-origin"), "*");
    assert.match(answer.headers.get("access-control-expose-headers"), /\bDate\b/);
  });
});

describe("a second start", () => {
  test("a second start keeps the data and the passwords and imports nothing", async () => {
    const before = (await list("cases", { perPage: 1 })).body.totalItems;
    await pb.stop();
    const again = await startPocketBase({ dir, port: new URL(pb.url).port, demoOptions: DEMO });
    pb = again;
    assert.equal(again.imported, null);
    const signIn = await api("/api/collections/users/auth-with-password", {
      method: "POST", token: null, body: { identity: DEMO_EMAIL, password: again.credentials.demo.password },
    });
    assert.equal(signIn.status, 200);
    user = signIn.body.token;
    assert.equal((await list("cases", { perPage: 1 })).body.totalItems, before);
  });
});

test("a random password starting with '-' is a password, not a flag (base64url makes them)", () => {
  const scratch = mkdtempSync(join(tmpdir(), "watchfloor-pb-flag-"));
  try {
    makeSuperuser(join(scratch, "pb_data"), "dash@watchfloor.example", "-jSys3AMru4KL1IuOxTb0OwK");
    assert.ok(statSync(join(scratch, "pb_data", "data.db")).size > 0);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
