/** The in-process runner: every task in the calling thread, one after another — where there are no worker threads, or for one job. */
import { runTask, type DocumentReader } from "./task.js";
import { fileReader } from "./_internal/fileReader.js";
import { abortReason, type PortfolioRunner } from "./runner.js";

/** Options of {@link inProcessRunner}. */
export interface InProcessRunnerOptions {
  /** How documents and their members are read (default: the file system, members from each document's folder). */
  readonly reader?: DocumentReader;
}

/**
 * A runner that evaluates every chunk in the calling thread, yielding to the event loop between
 * chunks so progress is reported and an abort is seen.
 *
 * @param options - how documents are read
 * @returns the runner
 *
 * @example
 * ```ts
 * const pipeline = await runPortfolio(["examples/distributor.valuecase.json"], { portfolio, runner: inProcessRunner() });
 * ```
 */
export function inProcessRunner(options: InProcessRunnerOptions = {}): PortfolioRunner {
  return {
    kind: "in-process",
    concurrency: 1,
    async run(chunks, context) {
      const reader = options.reader ?? fileReader(context.cwd);
      for (const documents of chunks) {
        if (context.signal?.aborted === true) throw abortReason(context.signal);
        context.onResults(runTask({ documents, cwd: context.cwd, asOf: context.asOf, simulation: context.simulation }, reader));
        await nextTurn();
      }
      if (context.signal?.aborted === true) throw abortReason(context.signal);
    },
  };
}

/** Resolves on the event loop's next turn (after timers and I/O callbacks waiting). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
