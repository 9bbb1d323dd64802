/**
 * A portfolio run on every core: 1,000 value-case documents — the four examples with their drivers varied
 * (each driver without an uncertainty range scaled by 1 + k/1000), read, validated, evaluated and
 * summarised — on the pool runner (two worker threads, piscina) and in one thread (inProcessRunner), each
 * aggregated into the pipeline. Prints the wall time of each, per case, and their ratio (target on this
 * two-core machine: one thread / pool ≥ 1.7×); the two pipelines must be JSON-equal. Wall time, because
 * the pool's work is done on other threads; the pool's time includes starting its workers. Plain
 * evaluation: the portfolio's summary holds no Monte Carlo result, so no simulation is run. `--smoke`: 16 cases.
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (subpath) => import(pathToFileURL(join(root, "dist", subpath, "index.js")).href);
const TARGET = 1.7;
const EXAMPLES = ["distributor", "livestock", "logistics", "manufacturer"];

/** Document k: example k mod 4 with its case inline and its drivers scaled. */
function documentOf(k) {
  const name = EXAMPLES[k % EXAMPLES.length];
  const document = JSON.parse(readFileSync(join(root, "examples", `${name}.valuecase.json`), "utf8"));
  const valueCase = JSON.parse(readFileSync(join(root, "examples", `${name}.case.json`), "utf8"));
  for (const driver of valueCase.drivers) {
    if (driver.uncertainty === undefined && typeof driver.value === "string" && /^[1-9]\d*(\.\d+)?$/.test(driver.value)) driver.value = String((Number(driver.value) * (1000 + (k % 97))) / 1000);
  }
  delete document.$schema;
  return { id: `case-${k}`, file: `examples/${name}-${k}.valuecase.json`, text: JSON.stringify({ ...document, case: valueCase }) };
}

async function timed(fn) {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

export async function run({ smoke = false } = {}) {
  const { definePortfolio } = await dist("portfolio");
  const { inProcessRunner, poolRunner, runPortfolio } = await dist("portfolio/node");
  const portfolio = definePortfolio({ currency: "CNY", rates: { USD: { rate: "7.12", source: "bench", asOf: "2026-12-01" }, EUR: { rate: "7.75", source: "bench", asOf: "2026-12-01" } }, asOf: "2026-12-06" });
  const count = smoke ? 16 : 1000;
  const threads = 2;
  const documents = Array.from({ length: count }, (_, k) => documentOf(k));
  const options = { portfolio, cwd: root };
  // One warm-up of the calling thread, so its first evaluation's compilation is not counted.
  await runPortfolio(documents.slice(0, 8), { ...options, runner: inProcessRunner() });
  const one = await timed(() => runPortfolio(documents, { ...options, runner: inProcessRunner() }));
  const pool = await timed(() => runPortfolio(documents, { ...options, runner: poolRunner({ threads }) }));
  if (JSON.stringify(one.result) !== JSON.stringify(pool.result)) throw new Error("the pool's pipeline differs from one thread's");
  if (one.result.counts.failures > 0) throw new Error(`${one.result.counts.failures} generated documents failed`);
  const ratio = one.ms / pool.ms;
  console.log(`${count} cases (the examples with varied drivers, plain evaluation), wall time, ${availableParallelism()} cores available`);
  console.log(`  one thread (inProcessRunner):  ${one.ms.toFixed(0)} ms (${(one.ms / count).toFixed(2)} ms a case)`);
  console.log(`  pool of ${threads} threads (piscina):  ${pool.ms.toFixed(0)} ms (${(pool.ms / count).toFixed(2)} ms a case), starting its workers included`);
  console.log(`  one thread / pool: ${ratio.toFixed(2)}× (target ≥ ${TARGET}×${smoke ? "; smoke sizes, not measured" : ratio >= TARGET ? "; met" : "; NOT met"})`);
}
