/**
 * Cold import: a fresh `node` process importing a built entry, as a ratio against one importing `zod`
 * alone (the root and finance entries target at most 1.5×).
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Median wall time in ms of `node --input-type=module -e "import(spec)"` over `runs` fresh processes. */
export function coldImportMs(specifier, runs) {
  const times = [];
  const code = `const t=process.hrtime.bigint();await import(${JSON.stringify(specifier)});` +
    `process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6));`;
  for (let i = 0; i < runs; i++) {
    times.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" })));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const entry = (subpath) => pathToFileURL(join(root, "dist", subpath, "index.js")).href;

export async function run({ smoke }) {
  const runs = smoke ? 3 : 15;
  const baseline = coldImportMs("zod", runs);
  console.log(`zod alone (baseline): ${baseline.toFixed(1)} ms (median of ${runs} fresh processes)`);
  for (const [name, subpath, target] of [
    ["valueframe", "", 1.5],
    ["valueframe/finance", "finance", 1.5],
    ["valueframe/bvf", "bvf", 1.5],
  ]) {
    const ms = coldImportMs(entry(subpath), runs);
    const ratio = ms / baseline;
    console.log(`${name}: ${ms.toFixed(1)} ms = ${ratio.toFixed(2)}× zod (target ≤ ${target}×) ${ratio <= target ? "ok" : "OVER TARGET"}`);
  }
  // valueframe/quantify bundles only the mathjs factories its formula parser needs: against mathjs's own entry.
  const mathjs = coldImportMs("mathjs", runs);
  const quantify = coldImportMs(entry("quantify"), runs);
  console.log(`mathjs alone (baseline): ${mathjs.toFixed(1)} ms (median of ${runs} fresh processes)`);
  console.log(`valueframe/quantify: ${quantify.toFixed(1)} ms = ${(quantify / mathjs).toFixed(2)}× mathjs (target ≤ 0.3×) ${quantify / mathjs <= 0.3 ? "ok" : "OVER TARGET"}`);
}
