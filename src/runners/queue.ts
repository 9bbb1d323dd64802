/**
 * The queue runner: a portfolio run beyond one machine on BullMQ (Redis), the standard Node job queue —
 * an optional dependency, loaded here alone, when a run or a worker starts. The coordinator
 * ({@link queueRunner}) adds one job per document, carrying the document and its member files, with the
 * idempotent id `runId-caseId`; any number of workers ({@link startQueueWorker}, `valueframe worker`) on
 * any machines take them. Execution is at least once (a worker killed mid-job leaves its job stalled, and
 * another worker runs it again); results are taken once per job id, so every document appears exactly
 * once in the pipeline. A document that fails validation or evaluation fails its job without retry;
 * anything else (a worker dying, Redis going away) is retried with backoff. When Redis restarts without
 * persistence and loses jobs, the coordinator finds them missing and adds them again.
 */
import * as z from "zod";
import { caseFailure } from "../portfolio/summariseCase.js";
import type { CaseFailure, CaseSummary, SummariseCaseOptions } from "../portfolio/summariseCase.js";
import { PortfolioArgumentError } from "../portfolio/errors.js";
import { bundleDocument, bundleReader, type BundledDocument } from "./_internal/bundle.js";
import { fileReader } from "./_internal/fileReader.js";
import { positiveIntegerIssues } from "./_internal/positiveIntegers.js";
import { abortReason, type PortfolioItem, type PortfolioRunner } from "./runner.js";
import { summariseDocument, type DocumentReader, type PortfolioDocument } from "./task.js";

/** The queue's name when none is given. */
export const DEFAULT_QUEUE_NAME = "valueframe-portfolio";

/** Where Redis is: a `redis://[user:password@]host[:port][/db]` (or `rediss://` for TLS) URL, or its parts. */
export type RedisConnection =
  | string
  | { readonly host: string; readonly port?: number; readonly username?: string; readonly password?: string; readonly db?: number; readonly tls?: boolean };

/** Options of {@link queueRunner}. */
export interface QueueRunnerOptions {
  /** Where Redis is. */
  readonly connection: RedisConnection;
  /** The queue's name, the same for the coordinator and its workers (default `valueframe-portfolio`). */
  readonly queueName?: string | undefined;
  /** The run's id, the first part of every job id (letters, digits, `.`, `_`, `-`; default: from the clock and a random part). A run stopped and started again with its id within the hour takes the jobs already done. */
  readonly runId?: string | undefined;
  /** How often a job is tried before it fails (default 3): for a worker that died or a lost connection, never for an invalid document. */
  readonly attempts?: number | undefined;
  /** The first retry's delay in ms, doubled for each next one (default 1000). */
  readonly backoffMs?: number | undefined;
  /** How long the coordinator waits without a result before it checks each job it waits for, adding again those Redis lost (ms, default 5000). */
  readonly reconcileMs?: number | undefined;
  /** How many workers are expected (default 2): only the size of the chunks `runPortfolio` makes, never a limit. */
  readonly workers?: number | undefined;
  /** How the coordinator reads documents and members (default: the file system from the run's `cwd`). */
  readonly reader?: DocumentReader | undefined;
}

/** Options of {@link startQueueWorker}. */
export interface QueueWorkerOptions {
  readonly connection: RedisConnection;
  /** The queue's name (default `valueframe-portfolio`). */
  readonly queueName?: string | undefined;
  /** Jobs evaluated at once in this process (default 1: evaluation uses one core; start one worker per core). */
  readonly concurrency?: number | undefined;
  /** How long a job's lock lasts without renewal (ms, default 30000): after it, a job whose worker died is run again by another. */
  readonly lockDurationMs?: number | undefined;
  /** How often this worker looks for stalled jobs (ms, default 30000). */
  readonly stalledIntervalMs?: number | undefined;
  /** Told of errors that do not stop the worker (Redis unreachable for a while, a lost lock). */
  readonly onError?: ((error: Error) => void) | undefined;
  /** Told of each job this worker finished. */
  readonly onJob?: ((event: { readonly jobId: string; readonly id: string; readonly outcome: "summary" | "failure" }) => void) | undefined;
}

/** A running worker. */
export interface QueueWorker {
  /** The jobs this worker finished so far (summaries and failed documents). */
  readonly processed: () => number;
  /** Stops taking jobs, waits for the running ones, and disconnects. */
  readonly close: () => Promise<void>;
}

/** What one job carries. */
interface QueueJobData {
  readonly document: BundledDocument;
  readonly asOf?: string | undefined;
  readonly simulation?: SummariseCaseOptions["simulation"];
}

/** A failed document's job fails with this before its failure as JSON. */
const FAILURE_MARK = "valueframe-case-failure:";

const RUN_ID = /^[A-Za-z0-9_.-]{1,100}$/;

/** How long Redis keeps a finished job of a run that did not end (a coordinator stopped or killed). */
const JOBS_KEPT_SECONDS = 3600;

const jobDataSchema = z.object({
  document: z.object({ id: z.string().min(1), file: z.string().min(1), text: z.string(), members: z.record(z.string(), z.unknown()) }),
  asOf: z.string().optional(),
  simulation: z.object({ iterations: z.number(), seed: z.number().optional() }).optional(),
});

/**
 * A job's id: the run's id and the case's id, which is URI-encoded (BullMQ forbids `:`).
 *
 * @param runId - the run's id
 * @param caseId - the case's id in the run (a document's path)
 * @returns the job's id
 *
 * @example
 * ```ts
 * queueJobId("nightly-1", "pipeline/huatong.valuecase.json"); //=> "nightly-1-pipeline%2Fhuatong.valuecase.json"
 * ```
 */
export function queueJobId(runId: string, caseId: string): string {
  return `${runId}-${encodeURIComponent(caseId)}`;
}

/**
 * A runner that spreads a run over machines through a BullMQ queue on Redis: one job per document
 * (`runId-caseId`), attempts with exponential backoff, results taken from the queue's events and,
 * when they stop coming, by asking for each job; a job Redis lost is added again. A run that ends
 * removes its jobs; one that stopped leaves them for an hour, and the same `runId` started again takes
 * those already done. Start workers with
 * {@link startQueueWorker} or `valueframe worker --queue redis://…` on any machine that reaches Redis.
 * On abort, the run's waiting jobs are removed and the run rejects with the signal's reason.
 *
 * @param options - Redis, the queue's name, the run's id, attempts, backoff
 * @returns the runner
 * @throws {PortfolioArgumentError} (code `PORTFOLIO_INVALID_ARGUMENT`) for a bad connection, run id or count
 *
 * @example
 * ```ts
 * const pipeline = await runPortfolio(files, { portfolio, runner: queueRunner({ connection: "redis://10.0.0.5:6379" }) });
 * ```
 */
export function queueRunner(options: QueueRunnerOptions): PortfolioRunner {
  const issues = [...connectionIssues(options.connection), ...positiveIntegerIssues(options, ["attempts", "backoffMs", "reconcileMs", "workers"])];
  if (options.runId !== undefined && !RUN_ID.test(options.runId)) issues.push({ path: ["runId"], code: "invalid_value", message: `a run id is 1 … 100 letters, digits, ".", "_" or "-" (BullMQ forbids ":"), not ${JSON.stringify(options.runId)}` });
  if (issues.length > 0) throw new PortfolioArgumentError(issues, "queueRunner options");
  const queueName = options.queueName ?? DEFAULT_QUEUE_NAME;
  return {
    kind: "queue",
    concurrency: options.workers ?? 2,
    async run(chunks, context) {
      const { signal } = context;
      if (signal?.aborted === true) throw abortReason(signal);
      const { Queue, QueueEvents } = await loadBullmq();
      const runId = options.runId ?? `run${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const connection = redisOptions(options.connection);
      const reader = options.reader ?? fileReader(context.cwd);
      const attempts = options.attempts ?? 3;
      const jobOptions = { attempts, backoff: { type: "exponential", delay: options.backoffMs ?? 1000 }, removeOnComplete: { age: JOBS_KEPT_SECONDS }, removeOnFail: { age: JOBS_KEPT_SECONDS } };

      // What the run waits for, by job id: the documents, small; each is bundled with its members only as
      // its job is added (and again if Redis loses it), so the run never holds every bundle at once.
      const waiting = new Map<string, PortfolioDocument>();
      for (const documents of chunks) for (const document of documents) waiting.set(queueJobId(runId, document.id), document);
      const jobIds = [...waiting.keys()];
      if (waiting.size === 0) return;

      const queue = new Queue(queueName, { connection: { ...connection, maxRetriesPerRequest: null } });
      const events = new QueueEvents(queueName, { connection: { ...connection, maxRetriesPerRequest: null } });
      // Redis going away is expected and waited out; the errors are not the run's.
      queue.on("error", () => {});
      events.on("error", () => {});
      let finish: () => void = () => {};
      let fail: (reason: unknown) => void = () => {};
      const finished = new Promise<void>((resolve, reject) => ((finish = resolve), (fail = reject)));
      // An abort while jobs are still being added is seen when the run awaits `finished`.
      finished.catch(() => {});
      let progressed = true;
      const settle = (jobId: string, item: PortfolioItem): void => {
        if (!waiting.has(jobId)) return;
        waiting.delete(jobId);
        progressed = true;
        context.onResults([item]);
        if (waiting.size === 0) finish();
      };
      const identity = (jobId: string) => {
        const document = waiting.get(jobId)!;
        return { id: document.id, file: document.file };
      };
      // A job for each document that can be read; one that cannot fails here, without a job.
      const jobsOf = (jobIds: readonly string[]) =>
        jobIds.flatMap((jobId) => {
          const document = waiting.get(jobId);
          if (document === undefined) return [];
          let data: QueueJobData;
          try {
            data = { document: bundleDocument(document, reader), asOf: context.asOf, ...(context.simulation === undefined ? {} : { simulation: context.simulation }) };
          } catch (error) {
            settle(jobId, caseFailure(new Error(`cannot read ${document.file}: ${error instanceof Error ? error.message : String(error)}`), identity(jobId)));
            return [];
          }
          return [{ name: "document", data, opts: { ...jobOptions, jobId } }];
        });
      const onCompleted = ({ jobId, returnvalue }: { jobId: string; returnvalue: unknown }) => {
        if (waiting.has(jobId)) settle(jobId, resultOf(returnvalue, identity(jobId)));
      };
      const onFailed = ({ jobId, failedReason }: { jobId: string; failedReason: string }) => {
        if (waiting.has(jobId)) settle(jobId, failureOf(failedReason, identity(jobId), attempts));
      };
      events.on("completed", onCompleted);
      events.on("failed", onFailed);

      // Asks Redis for each job still waited for: takes what finished, adds again what is missing.
      const reconcile = async (): Promise<void> => {
        const ids = [...waiting.keys()];
        for (let i = 0; i < ids.length; i += 200) {
          const batch = ids.slice(i, i + 200);
          // The state first, then the job: a job read before it finishes has no return value yet.
          const states = await Promise.all(batch.map((id) => queue.getJobState(id)));
          const missing: string[] = [];
          await Promise.all(
            states.map(async (state, k) => {
              const jobId = batch[k]!;
              if (state === "unknown") return void missing.push(jobId);
              if (state !== "completed" && state !== "failed") return;
              const job = await queue.getJob(jobId);
              if (job === undefined || job === null) return void missing.push(jobId);
              if (state === "completed") onCompleted({ jobId, returnvalue: job.returnvalue });
              else onFailed({ jobId, failedReason: job.failedReason });
            }),
          );
          const lost = missing.filter((jobId) => waiting.has(jobId));
          if (lost.length > 0) await queue.addBulk(jobsOf(lost));
        }
      };

      const onAbort = () => fail(abortReason(signal!));
      signal?.addEventListener("abort", onAbort, { once: true });
      let timer: ReturnType<typeof setInterval> | undefined;
      let reconciling = false;
      try {
        await events.waitUntilReady();
        for (let i = 0; i < jobIds.length && !isAborted(signal); i += 200) await queue.addBulk(jobsOf(jobIds.slice(i, i + 200)));
        // Jobs of this run id already finished (a run started again) give no event: ask at once.
        await reconcile();
        timer = setInterval(() => {
          if (progressed || reconciling) return void (progressed = false);
          reconciling = true;
          reconcile()
            .catch(() => {}) // Redis is away: the next tick tries again.
            .finally(() => (reconciling = false));
        }, options.reconcileMs ?? 5000);
        await finished;
        // A finished run removes its jobs (their documents and members would fill Redis); a run that
        // stopped leaves them for JOBS_KEPT_SECONDS, for the same run id to take those already done.
        for (let i = 0; i < jobIds.length; i += 200) await Promise.allSettled(jobIds.slice(i, i + 200).map((jobId) => queue.remove(jobId)));
      } catch (error) {
        if (isAborted(signal)) await Promise.allSettled([...waiting.keys()].map((jobId) => queue.remove(jobId)));
        throw error;
      } finally {
        if (timer !== undefined) clearInterval(timer);
        signal?.removeEventListener("abort", onAbort);
        await Promise.allSettled([events.close(), queue.close()]);
      }
    },
  };
}

/**
 * Starts a worker that takes a portfolio queue's jobs — documents bundled with their members by a
 * coordinator ({@link queueRunner}) — summarises each, and gives back its summary; a document that
 * fails validation or evaluation fails its job at once (no retry), with the failure as the reason.
 * Start as many as there are cores, on as many machines as reach Redis; each reconnects when Redis
 * comes back.
 *
 * @param options - Redis, the queue's name, concurrency, lock and stalled-check timings
 * @returns the running worker, to close
 * @throws {PortfolioArgumentError} (code `PORTFOLIO_INVALID_ARGUMENT`) for a bad connection or count
 *
 * @example
 * ```ts
 * const worker = await startQueueWorker({ connection: "redis://10.0.0.5:6379" });
 * process.on("SIGTERM", () => void worker.close());
 * ```
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const issues = [...connectionIssues(options.connection), ...positiveIntegerIssues(options, ["concurrency", "lockDurationMs", "stalledIntervalMs"])];
  if (issues.length > 0) throw new PortfolioArgumentError(issues, "startQueueWorker options");
  const { Worker, UnrecoverableError } = await loadBullmq();
  let processed = 0;
  const worker = new Worker(
    options.queueName ?? DEFAULT_QUEUE_NAME,
    async (job) => {
      const item = processJob(job.data);
      processed += 1;
      options.onJob?.({ jobId: String(job.id), id: item.id, outcome: item.kind });
      if (item.kind === "failure") throw new UnrecoverableError(`${FAILURE_MARK}${JSON.stringify(item)}`);
      return item;
    },
    {
      connection: { ...redisOptions(options.connection), maxRetriesPerRequest: null },
      concurrency: options.concurrency ?? 1,
      ...(options.lockDurationMs === undefined ? {} : { lockDuration: options.lockDurationMs }),
      ...(options.stalledIntervalMs === undefined ? {} : { stalledInterval: options.stalledIntervalMs }),
    },
  );
  worker.on("error", (error: Error) => options.onError?.(error));
  await worker.waitUntilReady();
  return { processed: () => processed, close: () => worker.close() };
}

/** One job: its document summarised, or its failure (a job that is not a portfolio job's data is one too). */
function processJob(data: unknown): CaseSummary | CaseFailure {
  const parsed = jobDataSchema.safeParse(data);
  if (!parsed.success) {
    const id = typeof (data as { document?: { id?: unknown } } | null)?.document?.id === "string" ? (data as { document: { id: string } }).document.id : "unknown";
    return caseFailure(new Error(`the job is not a valueframe portfolio job: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`), { id });
  }
  const job = data as QueueJobData;
  return summariseDocument(job.document, bundleReader(job.document), { asOf: job.asOf, simulation: job.simulation });
}

/** A completed job's return value as a summary (a worker of another version may give something else: then a failure). */
function resultOf(value: unknown, identity: { id: string; file: string }): PortfolioItem {
  try {
    const item = (typeof value === "string" ? JSON.parse(value) : value) as PortfolioItem | null;
    if (item !== null && typeof item === "object" && (item.kind === "summary" || item.kind === "failure") && item.id === identity.id) return item;
  } catch {
    // Falls through to the failure below.
  }
  return caseFailure(new Error("the worker gave back no summary of this document"), identity);
}

/** A failed job's reason as the document's failure: the worker's own when it failed the document, else the queue's. */
function failureOf(reason: string | undefined, identity: { id: string; file: string }, attempts: number): CaseFailure {
  if (reason?.startsWith(FAILURE_MARK) === true) {
    try {
      const failure = JSON.parse(reason.slice(FAILURE_MARK.length)) as CaseFailure;
      if (failure.kind === "failure" && failure.id === identity.id) return failure;
    } catch {
      // Falls through.
    }
  }
  return caseFailure(new Error(`the queue's job for this document failed (tried up to ${attempts} times): ${reason ?? "no reason given"}`), identity);
}

/** ioredis options from a connection: a URL's parts, or the parts given. */
function redisOptions(connection: RedisConnection): { host: string; port: number; username?: string; password?: string; db?: number; tls?: object } {
  if (typeof connection !== "string") {
    const { tls, ...rest } = connection;
    return { ...rest, port: connection.port ?? 6379, ...(tls === true ? { tls: {} } : {}) };
  }
  const url = new URL(connection);
  const db = url.pathname.replace(/^\//, "");
  return {
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port === "" ? 6379 : Number(url.port),
    ...(url.username === "" ? {} : { username: decodeURIComponent(url.username) }),
    ...(url.password === "" ? {} : { password: decodeURIComponent(url.password) }),
    ...(db === "" ? {} : { db: Number(db) }),
    ...(url.protocol === "rediss:" ? { tls: {} } : {}),
  };
}

function connectionIssues(connection: unknown): { path: (string | number)[]; code: string; message: string }[] {
  const problem = (message: string) => [{ path: ["connection"], code: "invalid_value", message }];
  if (typeof connection === "string") {
    let url: URL;
    try {
      url = new URL(connection);
    } catch {
      return problem(`${JSON.stringify(connection)} is not a URL: write redis://host:port`);
    }
    if (url.protocol !== "redis:" && url.protocol !== "rediss:") return problem(`a Redis URL starts redis:// or rediss://, not ${url.protocol}//`);
    if (url.hostname === "") return problem("the Redis URL names no host");
    const db = url.pathname.replace(/^\//, "");
    if (db !== "" && !/^\d{1,2}$/.test(db)) return problem(`the Redis URL's database is a number, not ${JSON.stringify(db)}`);
    return [];
  }
  if (typeof connection !== "object" || connection === null || typeof (connection as { host?: unknown }).host !== "string") return problem("Redis is a redis://host:port URL or { host, port }");
  const port = (connection as { port?: unknown }).port;
  if (port !== undefined && (!Number.isInteger(port) || (port as number) < 1 || (port as number) > 65_535)) return problem(`the port is 1 … 65535, not ${String(port)}`);
  return [];
}

/** Read at call time: a run's signal may be aborted while it awaits. */
function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

/** BullMQ, the optional dependency, with a message that says how to install it. */
async function loadBullmq(): Promise<typeof import("bullmq")> {
  try {
    return await import("bullmq");
  } catch (error) {
    throw new Error(`valueframe: the queue runner needs the optional dependency bullmq (npm install bullmq@^5.81), or run on this machine (poolRunner): ${error instanceof Error ? error.message : String(error)}`);
  }
}
