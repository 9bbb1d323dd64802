/**
 * A portfolio run on every core: value-case documents — the four examples with their drivers varied
 * (each driver without an uncertainty range scaled by 1 + k/1000), read, validated, evaluated, simulated
 * (2,000 iterations each, seeded) and summarised — on the pool runner (two worker threads, piscina) and
 * in one thread (inProcessRunner), each aggregated into the pipeline.
 *
 * 1. 1,000 cases in five paired rounds of 200 (one thread, then the pool, on the same cases): the ratio
 *    of the summed wall times, one thread / pool (target on this two-core machine ≥ 1.7×), with the
 *    spread of the rounds' ratios; the two pipelines must be JSON-equal in every round. Wall time,
 *    because the pool's work is done on other threads; the pool's time includes starting its workers.
 * 2. 10,000 cases on the pool in one run: the time per case against the 1,000's (target ≤ 1.2×), and
 *    the process's peak resident memory (main thread and worker threads together).
 *
 * `--smoke`: 16 cases in one round and 32 on the pool.
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { asyncWallTime } from "./_measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (subpath) => import(pathToFileURL(join(root, "dist", subpath, "index.js")).href);
const POOL_TARGET = 1.7;
const SCALE_TARGET = 1.2;
const ITERATIONS = 2000;
const EXAMPLES = ["distributor", "livestock", "logistics", "manufacturer"];
const sources = new Map(EXAMPLES.map((name) => [name, { document: readFileSync(join(root, "examples", `${name}.valuecase.json`), "utf8"), valueCase: readFileSync(join(root, "examples", `${name}.case.json`), "utf8") }]));

/** Document k: example k mod 4 with its case inline and its drivers scaled. */
export function documentOf(k) {
  const name = EXAMPLES[k % EXAMPLES.length];
  const { document: documentText, valueCase: caseText } = sources.get(name);
  const document = JSON.parse(documentText);
  const valueCase = JSON.parse(caseText);
  for (const driver of valueCase.drivers) {
    if (driver.uncertainty === undefined && typeof driver.value === "string" && /^[1-9]\d*(\.\d+)?$/.test(driver.value)) driver.value = String((Number(driver.value) * (1000 + (k % 97))) / 1000);
  }
  delete document.$schema;
  return { id: `case-${k}`, file: `examples/${name}-${k}.valuecase.json`, text: JSON.stringify({ ...document, case: valueCase }) };
}

export async function run({ smoke = false } = {}) {
  const { definePortfolio } = await dist("portfolio");
  const { inProcessRunner, poolRunner, runPortfolio } = await dist("portfolio/node");
  const portfolio = definePortfolio({ currency: "CNY", rates: { USD: { rate: "7.12", source: "bench", asOf: "2026-12-01" }, EUR: { rate: "7.75", source: "bench", asOf: "2026-12-01" } }, asOf: "2026-12-06" });
  const rounds = smoke ? 1 : 5;
  const perRound = smoke ? 16 : 200;
  const large = smoke ? 32 : 10_000;
  const threads = 2;
  const options = { portfolio, cwd: root, simulation: { iterations: ITERATIONS, seed: 1 } };
  // One warm-up of the calling thread, so its first evaluation's compilation is not counted.
  await runPortfolio(Array.from({ length: 8 }, (_, k) => documentOf(k)), { ...options, runner: inProcessRunner() });

  let oneMs = 0;
  let poolMs = 0;
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const documents = Array.from({ length: perRound }, (_, k) => documentOf(round * perRound + k));
    const one = await asyncWallTime(() => runPortfolio(documents, { ...options, runner: inProcessRunner() }));
    const pool = await asyncWallTime(() => runPortfolio(documents, { ...options, runner: poolRunner({ threads }) }));
    if (JSON.stringify(one.result) !== JSON.stringify(pool.result)) throw new Error("the pool's pipeline differs from one thread's");
    if (one.result.counts.failures > 0) throw new Error(`${one.result.counts.failures} generated documents failed`);
    if (one.result.risk?.cases !== perRound) throw new Error("not every case was simulated");
    oneMs += one.ms;
    poolMs += pool.ms;
    ratios.push(one.ms / pool.ms);
  }
  const count = rounds * perRound;
  const ratio = oneMs / poolMs;
  const poolPerCase = poolMs / count;
  console.log(`${count} cases (the examples with varied drivers, ${ITERATIONS.toLocaleString("en")}-iteration simulation each) in ${rounds} paired round${rounds === 1 ? "" : "s"} of ${perRound}, wall time, ${availableParallelism()} cores available`);
  console.log(`  one thread (inProcessRunner):  ${oneMs.toFixed(0)} ms (${(oneMs / count).toFixed(1)} ms a case)`);
  console.log(`  pool of ${threads} threads (piscina):  ${poolMs.toFixed(0)} ms (${poolPerCase.toFixed(1)} ms a case), starting its workers included`);
  console.log(`  one thread / pool: ${ratio.toFixed(2)}× (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×; target ≥ ${POOL_TARGET}×${smoke ? "; smoke sizes, not measured" : ratio >= POOL_TARGET ? "; met" : "; NOT met"})`);

  const documents = Array.from({ length: large }, (_, k) => documentOf(k));
  const big = await asyncWallTime(() => runPortfolio(documents, { ...options, runner: poolRunner({ threads }) }));
  if (big.result.counts.cases !== large) throw new Error(`${big.result.counts.failures} of ${large} documents failed`);
  const scale = big.ms / large / poolPerCase;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`  ${large.toLocaleString("en")} cases on the pool: ${(big.ms / 1000).toFixed(1)} s (${(big.ms / large).toFixed(1)} ms a case): ${scale.toFixed(2)}× the time per case at ${count.toLocaleString("en")} (target ≤ ${SCALE_TARGET}×${smoke ? "; smoke sizes, not measured" : scale <= SCALE_TARGET ? "; met" : "; NOT met"})`);
  console.log(`  peak resident memory of the process (main and worker threads, the ${large.toLocaleString("en")} documents' texts held by the caller included): ${peakMb.toFixed(0)} MB`);
}
