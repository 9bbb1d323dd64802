/**
 * valueframe benchmarks: runs every `bench/*.bench.mjs` in name order against the built `dist/`.
 * Each prints its figures as ratios against a baseline measured in the same process.
 * `--smoke` runs each with tiny sizes (CI checks that they work, not how fast).
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const smoke = process.argv.includes("--smoke");
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const files = readdirSync(here)
  .filter((name) => name.endsWith(".bench.mjs"))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

for (const name of files) {
  const mod = await import(pathToFileURL(join(here, name)).href);
  console.log(`\n## ${name.replace(/\.bench\.mjs$/, "")}${smoke ? " (smoke)" : ""}`);
  await mod.run({ smoke });
}
