/**
 * valueframe/portfolio/node — a portfolio run on Node: {@link runPortfolio} summarises many value-case
 * documents on a runner — every core through a worker-thread pool (piscina, an optional dependency), or
 * the calling thread, or machines beyond this one through a BullMQ queue on Redis (an optional dependency) —
 * with progress and cancellation, and aggregates them with valueframe/portfolio's
 * core into one pipeline, the same whichever runner ran it.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { runPortfolio } from "./runPortfolio.js";
export type { PortfolioProgress, RunPortfolioOptions } from "./runPortfolio.js";
export { inProcessRunner } from "./inProcess.js";
export type { InProcessRunnerOptions } from "./inProcess.js";
export { poolRunner } from "./pool.js";
export type { PoolRunner, PoolRunnerOptions, PoolTaskEvent } from "./pool.js";
export type { PortfolioItem, PortfolioRunContext, PortfolioRunner } from "./runner.js";
export type { DocumentReader, PortfolioDocument } from "./task.js";
export { parsePortfolioSettings } from "./parseSettings.js";
export type { ParsedPortfolioSettings } from "./parseSettings.js";
export { DEFAULT_QUEUE_NAME, queueJobId, queueRunner, startQueueWorker } from "./queue.js";
export type { QueueRunnerOptions, QueueWorker, QueueWorkerOptions, RedisConnection } from "./queue.js";
