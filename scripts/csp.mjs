// Trunk post_build hook: writes the sha256 of every inline <script> of the
// built index.html into the script-src of its Content-Security-Policy meta
// tag, so the policy allows exactly those scripts (index.html's base script
// and the loader Trunk injects, whose text changes with every build) and no
// others. Fails the build when the meta tag or its script-src is missing.
//
//   Trunk.toml: [[hooks]] stage = "post_build", command = "node",
//               command_arguments = ["scripts/csp.mjs"]
//   by hand:    node scripts/csp.mjs dist/index.html

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const META = /(<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*\scontent=")([^"]*)(")/i;

/** The sha256 CSP source of each inline script, in document order. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(` ${m[1]}`)) continue;
    // Browsers hash the script's text after newline normalisation.
    const text = m[2].replace(/\r\n?/g, "\n");
    hashes.push(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return hashes;
}

/** `html` with its CSP meta's script-src holding the hashes of its inline scripts (and no others). */
export function withScriptHashes(html) {
  const meta = META.exec(html);
  if (!meta) throw new Error("csp: index.html has no <meta http-equiv=\"Content-Security-Policy\" content=\"...\">");
  const hashes = inlineScriptHashes(html);
  let found = false;
  const policy = meta[2].split(";").map((d) => d.trim()).filter(Boolean).map((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    if (name.toLowerCase() !== "script-src") return directive;
    found = true;
    const kept = sources.filter((s) => !/^'sha(256|384|512)-/.test(s));
    return [name, ...kept, ...new Set(hashes)].join(" ");
  });
  if (!found) throw new Error("csp: the Content-Security-Policy meta has no script-src");
  return html.replace(META, (_, open, _content, close) => `${open}${policy.join("; ")}${close}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = process.argv[2] ?? join(process.env.TRUNK_STAGING_DIR ?? "dist", "index.html");
  const html = readFileSync(file, "utf8");
  const out = withScriptHashes(html);
  writeFileSync(file, out);
  console.log(`csp: ${inlineScriptHashes(out).length} inline script hash(es) in ${file}`);
}
