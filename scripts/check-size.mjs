/**
 * Bundle size of every public entry, as a browser app would ship it: each built `dist/<entry>/index.js`
 * bundled by esbuild (minified, browser platform, zod and decimal.js included), printed beside a
 * baseline of zod's schemas and decimal.js alone. Fails when an entry passes its budget. Run after
 * `npm run build`.
 */
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Bytes of minified JavaScript. Only the root entry has a budget: it is what every user loads.
// 152 KB since 0.2.0's hardening (bounds on every number, problems in written order, a solution's cell)
// took the root from 148.0 to 150.8 KB; the budget still fails a change that adds kilobytes unnoticed.
const budgets = { valueframe: 152_000 };

const bundledBytes = async (options) => {
  const result = await build({ bundle: true, minify: true, platform: "browser", format: "esm", write: false, logLevel: "error", absWorkingDir: root, ...options });
  return result.outputFiles[0].contents.length;
};

// What any zod + decimal.js app ships: a schema with the common checks and a Decimal clone.
const baseline = await bundledBytes({
  stdin: {
    contents: 'import * as z from "zod"; import Decimal from "decimal.js"; export const s = z.strictObject({ id: z.string(), n: z.union([z.string(), z.number()]).optional(), k: z.enum(["a", "b"]) }); export const D = Decimal.clone({ precision: 40 });',
    resolveDir: root,
  },
});
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
console.log(`zod + decimal.js alone (baseline): ${kb(baseline)}`);

const exports = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).exports;
let over = 0;
// A `…/node` entry is Node-only (worker threads, the file system): it has no browser size.
for (const subpath of Object.keys(exports).filter((key) => !key.endsWith(".json") && !/\/node$/.test(key))) {
  const name = subpath === "." ? "valueframe" : `valueframe/${subpath.slice(2)}`;
  const file = join(root, "dist", subpath === "." ? "" : subpath.slice(2), "index.js");
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const bytes = await bundledBytes({ entryPoints: [file] });
  const budget = budgets[name];
  const verdict = budget === undefined ? "" : bytes <= budget ? ` (budget ${kb(budget)}: ok)` : ` (budget ${kb(budget)}: OVER)`;
  if (budget !== undefined && bytes > budget) over++;
  console.log(`${name}: ${kb(bytes)} = ${(bytes / baseline).toFixed(2)}× the baseline${verdict}`);
}
if (over > 0) process.exit(1);
