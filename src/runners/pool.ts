/**
 * The pool runner: the chunks on every core, through piscina's worker-thread pool (an optional
 * dependency, loaded here alone, when a run starts). A chunk whose task is rejected — its worker
 * crashed or was terminated — is run once more; when it fails again, its documents are listed as
 * failures and the others go on.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Worker } from "node:worker_threads";
import { caseFailure } from "../portfolio/summariseCase.js";
import { PortfolioArgumentError } from "../portfolio/errors.js";
import type { PortfolioDocument, PortfolioTask } from "./task.js";
import { positiveIntegerIssues } from "./_internal/positiveIntegers.js";
import { abortReason, type PortfolioItem, type PortfolioRunner } from "./runner.js";

/** What a test hook is told as a task is handed to the pool. */
export interface PoolTaskEvent {
  /** The chunk's index in the run. */
  readonly chunk: number;
  /** 0 for the first try, 1 for the retry. */
  readonly attempt: number;
  /** The pool's worker threads at this moment (piscina's `threads`): a test may terminate one. */
  readonly threads: readonly Worker[];
}

/** Options of {@link poolRunner}. */
export interface PoolRunnerOptions {
  /** Worker threads (default: the machine's available parallelism). */
  readonly threads?: number;
  /**
   * The compiled worker file (path or file URL). Default: the `worker.js` built beside this module
   * (dist/portfolio/node/worker.js, dist/cli/worker.js), else `VALUEFRAME_PORTFOLIO_WORKER`.
   */
  readonly workerFile?: string | URL;
  /**
   * Keep the pool's threads between runs (default false: each run starts its own pool and ends it).
   * A server running many portfolios keeps one warm pool — its threads started and their code compiled
   * once — and calls the runner's `close()` when it is done with it.
   */
  readonly keepAlive?: boolean;
  /**
   * @internal Test hooks: `beforeTask` is called as each task is handed to the pool; returning
   * `{ crash: true }` makes that task fail in its worker, as a crashed worker's would.
   */
  readonly hooks?: { readonly beforeTask?: (event: PoolTaskEvent) => { readonly crash?: boolean } | void };
}

/** A pool runner: a runner whose threads, when kept alive, are ended by `close()`. */
export interface PoolRunner extends PortfolioRunner {
  /** Ends the pool's threads (a kept-alive pool's; otherwise nothing is left to end). The runner may run again after: it starts a new pool. */
  readonly close: () => Promise<void>;
}

/** How many tasks wait in the pool beyond the running ones, per thread: enough to keep every thread busy. */
const QUEUED_PER_THREAD = 2;

/**
 * A runner on a pool of worker threads (piscina). Each chunk is one task; at most two per thread are
 * in the pool at once, so thousands of chunks hold neither memory nor listeners. One abort listener per
 * run: on abort, the pool is destroyed and the run rejects with the signal's reason. A worker that
 * fails outside a task (its file cannot be loaded) rejects the run. With `keepAlive`, the pool outlives
 * the run for the next one, until `close()`.
 *
 * @param options - threads, the worker file
 * @returns the runner
 * @throws {PortfolioArgumentError} (code `PORTFOLIO_INVALID_ARGUMENT`) for a thread count that is not a positive integer
 *
 * @example
 * ```ts
 * const pipeline = await runPortfolio(files, { portfolio, runner: poolRunner({ threads: 4 }) });
 * ```
 */
export function poolRunner(options: PoolRunnerOptions = {}): PoolRunner {
  const threads = options.threads ?? availableParallelism();
  const issues = positiveIntegerIssues({ threads }, ["threads"]);
  if (issues.length > 0) throw new PortfolioArgumentError(issues, "poolRunner options");
  // The kept-alive pool, and how a worker failing outside a task reaches the run in progress.
  let kept: InstanceType<typeof import("piscina").Piscina> | undefined;
  let failRun: (error: unknown) => void = () => {};
  const close = async (): Promise<void> => {
    const pool = kept;
    kept = undefined;
    await pool?.destroy();
  };
  return {
    kind: "pool",
    concurrency: threads,
    close,
    async run(chunks, context) {
      const { signal } = context;
      if (signal?.aborted === true) throw abortReason(signal);
      const { Piscina } = await loadPiscina();
      let pool = kept;
      if (pool === undefined) {
        pool = new Piscina({ filename: workerUrl(options.workerFile), minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
        // A worker that fails outside a task — it cannot load its file — stops the run: piscina starts no other.
        pool.on("error", (error: unknown) => failRun(new Error(`valueframe: the portfolio worker failed outside a task (${workerUrl(options.workerFile)}): ${error instanceof Error ? error.message : String(error)}`)));
        if (options.keepAlive === true) kept = pool;
      }
      let aborted = false;
      let rejectRun: (reason: unknown) => void = () => {};
      const cancelled = new Promise<never>((_, reject) => (rejectRun = reject));
      cancelled.catch(() => {});
      failRun = (error) => {
        aborted = true;
        rejectRun(error);
      };
      const onAbort = () => {
        aborted = true;
        rejectRun(abortReason(signal!));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const runChunk = async (index: number): Promise<void> => {
        const documents = chunks[index]!;
        let last: unknown;
        for (let attempt = 0; attempt < 2 && !aborted; attempt++) {
          const hook = options.hooks?.beforeTask?.({ chunk: index, attempt, threads: pool!.threads });
          const task: PortfolioTask = { documents, cwd: context.cwd, asOf: context.asOf, simulation: context.simulation, ...(hook?.crash === true ? { crash: true } : {}) };
          try {
            const results = (await pool!.run(task)) as PortfolioItem[];
            if (!aborted) context.onResults(results);
            return;
          } catch (error) {
            last = error;
          }
        }
        if (!aborted) context.onResults(workerFailures(documents, last));
      };
      try {
        let next = 0;
        const lane = async (): Promise<void> => {
          while (!aborted && next < chunks.length) await runChunk(next++);
        };
        const lanes = Array.from({ length: Math.min(chunks.length, threads * QUEUED_PER_THREAD) }, lane);
        await Promise.race([Promise.all(lanes), cancelled]);
      } finally {
        signal?.removeEventListener("abort", onAbort);
        failRun = () => {};
        // A pool kept alive outlives a run that ended well; an aborted or failed run's is ended, tasks and all.
        if (pool !== kept || aborted) {
          if (pool === kept) kept = undefined;
          await pool.destroy();
        }
      }
    },
  };
}

/** Each document of a chunk that failed twice, as a failure naming the worker's error. */
function workerFailures(documents: readonly PortfolioDocument[], error: unknown): PortfolioItem[] {
  const reason = error instanceof Error ? error.message : String(error);
  return documents.map((document) => caseFailure(new Error(`the worker running this document's chunk failed twice: ${reason}`), { id: document.id, file: document.file }));
}

/** piscina, the optional dependency, with a message that says how to install it. */
async function loadPiscina(): Promise<{ readonly Piscina: typeof import("piscina").Piscina }> {
  try {
    const piscina = await import("piscina");
    return { Piscina: piscina.Piscina };
  } catch (error) {
    throw new Error(`valueframe: the pool runner needs the optional dependency piscina (npm install piscina@^4.9), or run in-process (inProcessRunner, --jobs 1): ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The worker file's URL: the one given, else the one built beside this module, else VALUEFRAME_PORTFOLIO_WORKER. */
function workerUrl(given: string | URL | undefined): string {
  if (given !== undefined) return given instanceof URL ? given.href : given.startsWith("file:") ? given : pathToFileURL(given).href;
  const here = typeof __filename === "string" ? pathToFileURL(__filename).href : import.meta.url;
  for (const candidate of ["./worker.js", "./portfolio/node/worker.js"]) {
    const url = new URL(candidate, here);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url.href;
  }
  const env = typeof process === "undefined" ? undefined : process.env["VALUEFRAME_PORTFOLIO_WORKER"];
  if (env !== undefined && env !== "") return pathToFileURL(env).href;
  throw new Error(`valueframe: no compiled portfolio worker beside ${here} (run from the built package, or set VALUEFRAME_PORTFOLIO_WORKER to a built worker.js)`);
}
