// Prints the raw, gzip and brotli bytes of the bundle's wasm and JS, and
// checks the budget: wasm + JS together under 500 KB brotli for the whole app,
// all four areas (README: "The bundle"); it also says what is left for the
// areas not built yet, so each issue sees what it spends.
// Usage: node scripts/size.mjs [dist]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import zlib from "node:zlib";

const BUDGET_BROTLI = 500 * 1024;
const dir = process.argv[2] ?? "dist";
const files = readdirSync(dir).filter((f) => /\.(wasm|js)$/.test(f)).sort();
if (files.length === 0) {
  console.error(`size: no .wasm or .js in ${dir}; build first (make build)`);
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let total = { raw: 0, gzip: 0, brotli: 0 };
console.log(`${"file".padEnd(40)} ${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
for (const file of files) {
  const bytes = readFileSync(join(dir, file));
  const row = {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
  for (const k of Object.keys(total)) total[k] += row[k];
  console.log(`${file.padEnd(40)} ${kb(row.raw).padStart(10)} ${kb(row.gzip).padStart(10)} ${kb(row.brotli).padStart(10)}`);
}
console.log(`${"total (wasm + js)".padEnd(40)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} ${kb(total.brotli).padStart(10)}`);
const ok = total.brotli <= BUDGET_BROTLI;
console.log(`budget: ${kb(total.brotli)} of ${kb(BUDGET_BROTLI)} brotli ${ok ? "(within)" : "(OVER BUDGET)"}; ${kb(Math.max(0, BUDGET_BROTLI - total.brotli))} left for the areas still to come`);
process.exit(ok ? 0 : 1);
