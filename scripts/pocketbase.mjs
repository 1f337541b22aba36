// Starts PocketBase as Watchfloor's backend, and sets it up on its first
// start: the collections (pocketbase/pb_migrations, from
// pocketbase/schema.json), the hooks (pocketbase/pb_hooks: versioned
// writes, 401 without sign-in), a superuser for the set-up, the demo user
// (the team's sign-in, collection `users`) and the demo data of
// scripts/gen-demo.mjs. A later start keeps the data and imports nothing.
//
//   node scripts/pocketbase.mjs [--dir .run/pocketbase] [--host 127.0.0.1]
//                               [--port 8090] [--no-demo]
//
// The data directory holds PocketBase's data (pb_data/), its log
// (pocketbase.log), credentials.json (the superuser's and the demo user's
// random passwords, made on the first start; never in the repo),
// imported.json (the demo import's options, and once done what it wrote,
// when and how long it took; an import cut short is resumed) and, while
// PocketBase runs and is set up, a file `ready` (scripts/run.sh waits for
// it). Stops PocketBase on SIGINT/SIGTERM. The binary is
// .venv/bin/pocketbase (scripts/setup.sh installs it), or $PB_BIN.
//
// Used by scripts/run.sh (BACKEND=pocketbase) and by the tests through
// startPocketBase.

import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate } from "./gen-demo.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const HOUR = 3_600_000;

export const SUPERUSER_EMAIL = "setup@watchfloor.example";
export const DEMO_EMAIL = "demo@watchfloor.example";
/** Creates in flight at once during the import (more gains nothing: SQLite writes one at a time). */
const IMPORT_CONCURRENCY = 8;

export function pocketBaseBinary() {
  return process.env.PB_BIN || join(root, ".venv", "bin", "pocketbase");
}

/** The collections and their fields, from pocketbase/schema.json. */
export function schema() {
  return JSON.parse(readFileSync(join(root, "pocketbase", "schema.json"), "utf8"));
}

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
};
const writeSecret = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
const password = () => randomBytes(18).toString("base64url");

/**
 * Starts PocketBase on `host:port` with its data in `dir`, sets it up when
 * needed and resolves once it answers and is set up. `demo` (default true)
 * imports gen-demo's data on the first start; `demoOptions` are passed to
 * generate() (default seed 42, now at the current hour, scale 1).
 * Resolves to { url, credentials, imported, stop }: `imported` is set only
 * when this start imported ({ counts, seconds }); stop() ends PocketBase.
 */
export async function startPocketBase({ dir = join(root, ".run", "pocketbase"), host = "127.0.0.1", port = 8090,
  demo = true, demoOptions = {} } = {}) {
  dir = resolve(dir);
  const bin = pocketBaseBinary();
  if (!existsSync(bin)) throw new Error(`pocketbase: ${bin} is missing; run scripts/setup.sh`);
  const dataDir = join(dir, "pb_data");
  const credentialsFile = join(dir, "credentials.json");
  const importedFile = join(dir, "imported.json");
  const readyFile = join(dir, "ready");
  mkdirSync(dir, { recursive: true });
  rmSync(readyFile, { force: true });

  // A data directory without its database is a first start, whatever else is there.
  let credentials = readJson(credentialsFile);
  if (!credentials || !existsSync(join(dataDir, "data.db"))) {
    credentials = {
      superuser: { email: SUPERUSER_EMAIL, password: password() },
      demo: { email: DEMO_EMAIL, password: password() },
      demo_user: false,
    };
    rmSync(importedFile, { force: true });
    makeSuperuser(dataDir, SUPERUSER_EMAIL, credentials.superuser.password);
    writeSecret(credentialsFile, credentials);
  }

  const logFile = join(dir, "pocketbase.log");
  const log = openSync(logFile, "a");
  const child = spawn(bin, [
    "serve", "--dir", dataDir,
    "--migrationsDir", join(root, "pocketbase", "pb_migrations"),
    "--hooksDir", join(root, "pocketbase", "pb_hooks"),
    // No file watcher, and no migration files written into the repo when
    // someone edits a collection in PocketBase's dashboard.
    "--hooksWatch=false", "--automigrate=false",
    "--http", `${host}:${port}`,
  ], { stdio: ["ignore", log, log] });
  closeSync(log);
  // PocketBase does not outlive this process (a test that crashes, say).
  const orphan = () => child.kill("SIGKILL");
  process.once("exit", orphan);
  let exited = null;
  const exit = new Promise((r) => child.once("exit", (code, signal) => {
    exited = { code, signal };
    process.removeListener("exit", orphan);
    rmSync(readyFile, { force: true });
    r();
  }));
  const url = `http://${host}:${port}`;
  const stop = async () => {
    if (!exited) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exit;
      clearTimeout(timer);
    }
  };

  try {
    for (let i = 0; ; i++) {
      if (exited) throw new Error(`pocketbase exited (${exited.code ?? exited.signal}) while starting`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not yet
      }
      if (i >= 300) throw new Error(`pocketbase did not answer at ${url} within 30 s`);
      await new Promise((r) => setTimeout(r, 100));
    }

    const token = (await call(url, "POST", "/api/collections/_superusers/auth-with-password", null,
      { identity: credentials.superuser.email, password: credentials.superuser.password })).token;

    if (!credentials.demo_user) {
      await upsertDemoUser(url, token, credentials.demo);
      credentials.demo_user = true;
      writeSecret(credentialsFile, credentials);
    }

    // The import's options are kept before it starts: one cut short is
    // resumed with the same data (the same ids).
    let imported = null;
    const previous = readJson(importedFile);
    if (demo && !previous?.done) {
      const options = previous?.options ?? { seed: 42, now: Math.floor(Date.now() / HOUR) * HOUR, scale: 1, ...demoOptions };
      writeFileSync(importedFile, `${JSON.stringify({ options, done: false }, null, 2)}\n`);
      const started = Date.now();
      const counts = await importData(url, token, generate(options));
      imported = { counts, seconds: (Date.now() - started) / 1000 };
      writeFileSync(importedFile,
        `${JSON.stringify({ options, done: true, at: new Date().toISOString(), ...imported }, null, 2)}\n`);
    }
    writeFileSync(readyFile, `${url}\n`);
    return { url, dir, credentials: { superuser: credentials.superuser, demo: credentials.demo }, imported, stop, exited: exit };
  } catch (error) {
    await stop();
    let tail = "";
    try {
      tail = readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n");
    } catch {
      // no log
    }
    error.message += tail ? `\n--- ${logFile} (last lines) ---\n${tail}` : "";
    throw error;
  }
}

/**
 * Makes (or gives a new password to) a superuser of the data in `dataDir`,
 * through PocketBase's CLI. `--` before the arguments: a random password
 * may start with "-", which the CLI would otherwise take for a flag.
 */
export function makeSuperuser(dataDir, email, secret) {
  const made = spawnSync(pocketBaseBinary(), ["superuser", "upsert", "--dir", dataDir, "--", email, secret],
    { encoding: "utf8" });
  if (made.status !== 0) throw new Error(`pocketbase: superuser upsert failed: ${made.stderr || made.stdout}`);
}

/** One JSON request to PocketBase; throws with its answer unless 2xx. */
async function call(url, method, path, token, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: token } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error(`pocketbase: ${method} ${path} answered ${response.status} ${text}`);
    error.status = response.status;
    error.body = json;
    throw error;
  }
  return json;
}

/** The demo user, made or given its password again (a set-up cut short before). */
async function upsertDemoUser(url, token, { email, password }) {
  const found = await call(url, "GET",
    `/api/collections/users/records?perPage=1&skipTotal=1&filter=${encodeURIComponent(`email = "${email}"`)}`, token);
  const body = { email, password, passwordConfirm: password, verified: true, name: "Demo lead" };
  if (found.items.length) {
    await call(url, "PATCH", `/api/collections/users/records/${found.items[0].id}`, token, body);
  } else {
    await call(url, "POST", "/api/collections/users/records", token, body);
  }
}

/**
 * Creates every record of `db` ({ collection: [records] }), a few at a
 * time. A record whose id is already there (an import cut short before)
 * counts as imported. Resolves to the number of records per collection.
 */
export async function importData(url, token, db) {
  const jobs = Object.entries(db).flatMap(([collection, records]) => records.map((record) => [collection, record]));
  const counts = Object.fromEntries(Object.keys(db).map((name) => [name, 0]));
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const [collection, record] = jobs[next++];
      try {
        await call(url, "POST", `/api/collections/${collection}/records`, token, record);
      } catch (error) {
        if (error.body?.data?.id?.code !== "validation_pk_invalid") throw error;
      }
      counts[collection]++;
    }
  };
  await Promise.all(Array.from({ length: IMPORT_CONCURRENCY }, worker));
  return counts;
}

function parseArgs(argv) {
  const options = {
    dir: join(root, ".run", "pocketbase"),
    host: process.env.HOST || "127.0.0.1",
    port: Number(process.env.PB_PORT || 8090),
    demo: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i];
    switch (argv[i]) {
      case "--dir": options.dir = value(); break;
      case "--host": options.host = value(); break;
      case "--port": options.port = Number(value()); break;
      case "--no-demo": options.demo = false; break;
      default:
        console.error(`pocketbase: unknown option ${argv[i]}`);
        process.exit(2);
    }
  }
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const options = parseArgs(process.argv.slice(2));
  let pb;
  try {
    pb = await startPocketBase(options);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  if (pb.imported) {
    const counts = Object.entries(pb.imported.counts).map(([k, n]) => `${k} ${n}`).join(", ");
    console.log(`pocketbase: imported the demo data in ${pb.imported.seconds.toFixed(1)} s: ${counts}`);
  }
  console.log(`pocketbase: ${pb.url}/ (data in ${pb.dir})`);
  let stopping = false;
  const stop = () => {
    stopping = true;
    pb.stop().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await pb.exited;
  if (stopping) await new Promise(() => {}); // stop() exits
  console.error("pocketbase: exited on its own; see its log in the data directory");
  process.exit(1);
}
