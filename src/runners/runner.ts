/** The runner interface: how a portfolio run's tasks — chunks of documents — are carried out. */
import type { CaseFailure, CaseSummary, SummariseCaseOptions } from "../portfolio/summariseCase.js";
import type { PortfolioDocument } from "./task.js";

/** What a task gives back per document: its summary or its failure, plain JSON. */
export type PortfolioItem = CaseSummary | CaseFailure;

/** What a runner is told for one run. */
export interface PortfolioRunContext {
  /** The folder relative file names start from. */
  readonly cwd: string;
  /** Today for the documents' buying centres and pursuits, as an ISO date. */
  readonly asOf?: string | undefined;
  /** Simulate each case with these iterations and seed; absent: no simulation. */
  readonly simulation?: SummariseCaseOptions["simulation"];
  /** Cancels the run: the runner stops starting tasks and rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** Takes each task's results as it finishes, in any order. */
  readonly onResults: (results: readonly PortfolioItem[]) => void;
}

/**
 * Carries out a run's tasks: each chunk of documents becomes one summary or failure per document,
 * handed to `context.onResults`. A runner never throws for a document; it rejects only when the run
 * is cancelled or the runner itself cannot start (e.g. its optional dependency is not installed).
 */
export interface PortfolioRunner {
  /** What carries the tasks: `"in-process"`, `"pool"`, … */
  readonly kind: string;
  /** How many tasks it runs at once (1 in-process). */
  readonly concurrency: number;
  /** Runs every chunk; resolves when each has given its results. */
  readonly run: (chunks: readonly (readonly PortfolioDocument[])[], context: PortfolioRunContext) => Promise<void>;
}

/** The signal's reason as an error, for a cancelled run. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("the portfolio run was aborted", "AbortError");
}
