/**
 * Cold import: a fresh `node` process importing a built entry, as a ratio of CPU time against one importing `zod`
 * alone (quantify: `mathjs`), with the spread of the runs (the root entry targets at most 1.15×, finance
 * and bvf 1.5×, quantify 0.3× mathjs).
 * Processes alternate between the baseline and the entry so that drift on a busy machine hits both.
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median } from "./_measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * CPU time in ms (user + system, of the process) of one fresh `node --input-type=module -e "import(spec)"`:
 * like the other benchmarks, a figure other work on a shared machine does not inflate the way it does
 * wall time (loading is single-threaded work, so the process's count is the import's).
 */
function importOnce(specifier) {
  const code = `const t=process.cpuUsage();await import(${JSON.stringify(specifier)});` +
    `const u=process.cpuUsage(t);process.stdout.write(String((u.user+u.system)/1e3));`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" }));
}


/** Median wall time in ms of importing `specifier` in `runs` fresh processes. */
export function coldImportMs(specifier, runs) {
  return median(Array.from({ length: runs }, () => importOnce(specifier)));
}

/**
 * The entry's cold import against the baseline's, in alternating fresh processes: the median ratio of
 * the paired runs and their spread (lowest and highest pair).
 */
function pairedRatio(baseline, specifier, runs) {
  const ratios = [];
  const times = [];
  for (let i = 0; i < runs; i++) {
    const base = importOnce(baseline);
    const ms = importOnce(specifier);
    ratios.push(ms / base);
    times.push(ms);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  return { ms: median(times), ratio: median(ratios), low: sorted[0], high: sorted[sorted.length - 1] };
}

export const entry = (subpath) => pathToFileURL(join(root, "dist", subpath, "index.js")).href;

export async function run({ smoke }) {
  const runs = smoke ? 3 : 15;
  const baseline = coldImportMs("zod", runs);
  console.log(`zod alone (baseline): ${baseline.toFixed(1)} ms (median of ${runs} fresh processes)`);
  for (const [name, subpath, target] of [
    ["valueframe", "", 1.15],
    ["valueframe/finance", "finance", 1.5],
    ["valueframe/bvf", "bvf", 1.5],
    ["valueframe/notebook", "notebook", undefined],
  ]) {
    const { ms, ratio, low, high } = pairedRatio("zod", entry(subpath), runs);
    const verdict = target === undefined ? "" : ` (target ≤ ${target}×) ${ratio <= target ? "ok" : "OVER TARGET"}`;
    console.log(`${name}: ${ms.toFixed(1)} ms = ${ratio.toFixed(2)}× zod, spread ${low.toFixed(2)}–${high.toFixed(2)}× over ${runs} paired runs${verdict}`);
  }
  // valueframe/quantify bundles only the mathjs factories its formula parser needs: against mathjs's own entry.
  const mathjs = coldImportMs("mathjs", runs);
  console.log(`mathjs alone (baseline): ${mathjs.toFixed(1)} ms (median of ${runs} fresh processes)`);
  const quantify = pairedRatio("mathjs", entry("quantify"), runs);
  console.log(`valueframe/quantify: ${quantify.ms.toFixed(1)} ms = ${quantify.ratio.toFixed(2)}× mathjs, spread ${quantify.low.toFixed(2)}–${quantify.high.toFixed(2)}× ` +
    `over ${runs} paired runs (target ≤ 0.3×) ${quantify.ratio <= 0.3 ? "ok" : "OVER TARGET"}`);
}
