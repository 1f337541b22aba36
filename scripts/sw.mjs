// Trunk post_build hook (after csp.mjs): writes dist/sw.js, the service
// worker, from sw/offline.mjs and sw/worker.js, with the list of the
// build's files to cache at install and a VERSION that changes with any of
// them (so a new build installs a new shell cache).
//
//   Trunk.toml: [[hooks]] stage = "post_build", command = "node",
//               command_arguments = ["scripts/sw.mjs"]
//   by hand:    node scripts/sw.mjs dist

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Every file under `dir`, relative, with "/" separators, sorted. */
export function filesOf(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** The files the shell cache holds: all but the worker itself and the runtime config (always asked for anew). */
export function shellAssets(files) {
  return files.filter((f) => f !== "sw.js" && f !== "config.json" && !f.endsWith(".map"));
}

/** dist/sw.js's text for the build in `dir`. */
export function workerSource(dir) {
  const assets = shellAssets(filesOf(dir));
  const hash = createHash("sha256");
  for (const a of assets) hash.update(a).update(readFileSync(join(dir, a)));
  const version = hash.digest("hex").slice(0, 16);
  const offline = readFileSync(join(root, "sw", "offline.mjs"), "utf8").replace(/^export\s+/gm, "");
  const worker = readFileSync(join(root, "sw", "worker.js"), "utf8");
  return [
    "// Built by scripts/sw.mjs: do not edit (sources in sw/).",
    `const VERSION = ${JSON.stringify(version)};`,
    `const ASSETS = ${JSON.stringify(assets)};`,
    offline,
    worker,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
  writeFileSync(join(dir, "sw.js"), workerSource(dir));
  console.log(`sw: ${shellAssets(filesOf(dir)).length} files in the shell cache (${join(dir, "sw.js")})`);
}
