/** runPortfolio: many value-case documents through a runner into one pipeline, with progress and cancellation. */
import { availableParallelism } from "node:os";
import { createAggregator, type PortfolioPipeline } from "../portfolio/aggregate.js";
import type { Portfolio } from "../portfolio/definePortfolio.js";
import { PortfolioArgumentError } from "../portfolio/errors.js";
import { simulationIssues } from "../portfolio/summariseCase.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import type { PortfolioDocument } from "./task.js";
import { inProcessRunner } from "./inProcess.js";
import { positiveIntegerIssues } from "./_internal/positiveIntegers.js";
import { poolRunner } from "./pool.js";
import type { PortfolioRunner } from "./runner.js";

/** How far a run is: documents done (summarised or failed) of all. */
export interface PortfolioProgress {
  readonly done: number;
  readonly total: number;
}

/** Options of {@link runPortfolio}. */
export interface RunPortfolioOptions {
  /** The portfolio's settings (`definePortfolio`): reporting currency, rates, tiers, stage rates. */
  readonly portfolio: Portfolio;
  /** What runs the tasks (default: {@link poolRunner} with `jobs` threads; `jobs: 1` → {@link inProcessRunner}). */
  readonly runner?: PortfolioRunner | undefined;
  /** Threads of the default runner (default: the machine's available parallelism). */
  readonly jobs?: number | undefined;
  /** Documents per task (default: enough for about eight tasks per thread, at most 50). */
  readonly chunkSize?: number | undefined;
  /** Called after each task with the documents done so far. */
  readonly onProgress?: ((progress: PortfolioProgress) => void) | undefined;
  /** Cancels the run: it rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** The folder relative file names start from (default: the process's working folder). */
  readonly cwd?: string | undefined;
  /** Today for the documents' buying centres and pursuits, as an ISO date. */
  readonly asOf?: string | undefined;
  /**
   * Simulate each case's weighted NPV (seeded Monte Carlo over its uncertain drivers) with these
   * iterations and seed (default 1): the pipeline's `risk` and each ranked case's `simulation`.
   * Default: no simulation.
   */
  readonly simulation?: { readonly iterations: number; readonly seed?: number } | undefined;
}

/**
 * Summarises every document on the runner — chunks of documents as tasks, each giving plain-JSON
 * summaries and failures — and aggregates them as they come into the portfolio's pipeline. A document
 * that cannot be read, parsed, validated or evaluated is listed in `failures` (file, line, column and
 * path of each problem) and never stops the others. The pipeline is the same, figure for figure, on
 * any runner, with any chunk size and in any order the tasks finish.
 *
 * @param documents - the documents: paths (the id is the path) or `{ id, file, text? }`
 * @param options - the portfolio's settings, the runner, progress and cancellation
 * @returns the pipeline
 * @throws {PortfolioArgumentError} (code `PORTFOLIO_INVALID_ARGUMENT`) for two documents with one id, or a bad `jobs` or `chunkSize`
 * @throws {PortfolioRateError} (code `PORTFOLIO_UNKNOWN_RATE`) when a case's currency has no stated rate
 * @throws the signal's reason when the run is aborted
 *
 * @example
 * ```ts
 * const pipeline = await runPortfolio(["examples/distributor.valuecase.json", "examples/logistics.valuecase.json"], {
 *   portfolio: definePortfolio({ currency: "CNY", rates: { USD: { rate: "7.12", source: "bank", asOf: "2026-12-01" } } }),
 *   onProgress: ({ done, total }) => console.error(`${done}/${total}`),
 * });
 * pipeline.counts; //=> { "cases": 2, "failures": 0 }
 * ```
 */
export async function runPortfolio(documents: readonly (string | PortfolioDocument)[], options: RunPortfolioOptions): Promise<PortfolioPipeline> {
  const list = documents.map((document): PortfolioDocument => (typeof document === "string" ? { id: document, file: document } : document));
  const issues: ValueframeIssue[] = [];
  const seen = new Set<string>();
  list.forEach((document, index) => {
    if (typeof document.id !== "string" || document.id === "") issues.push({ path: ["documents", index, "id"], code: "invalid_value", message: "a document needs an id" });
    else if (seen.has(document.id)) issues.push({ path: ["documents", index, "id"], code: "duplicate_id", message: `the id "${document.id}" is given twice` });
    seen.add(document.id);
    if (typeof document.file !== "string" || document.file === "") issues.push({ path: ["documents", index, "file"], code: "invalid_value", message: "a document needs a file" });
  });
  issues.push(...positiveIntegerIssues(options, ["jobs", "chunkSize"]));
  const simulation = options.simulation;
  issues.push(...simulationIssues(simulation));
  if (issues.length > 0) throw new PortfolioArgumentError(issues, "runPortfolio");

  const runner = options.runner ?? (options.jobs === 1 ? inProcessRunner() : poolRunner({ threads: options.jobs ?? availableParallelism() }));
  const chunkSize = options.chunkSize ?? Math.max(1, Math.min(50, Math.ceil(list.length / (runner.concurrency * 8))));
  const chunks: PortfolioDocument[][] = [];
  for (let i = 0; i < list.length; i += chunkSize) chunks.push(list.slice(i, i + chunkSize));

  const aggregator = createAggregator(options.portfolio);
  const total = list.length;
  let done = 0;
  const cwd = options.cwd ?? process.cwd();
  await runner.run(chunks, {
    cwd,
    asOf: options.asOf,
    ...(simulation === undefined ? {} : { simulation }),
    signal: options.signal,
    onResults: (results) => {
      for (const item of results) aggregator.add(item);
      done += results.length;
      options.onProgress?.({ done, total });
    },
  });
  return aggregator.result();
}
