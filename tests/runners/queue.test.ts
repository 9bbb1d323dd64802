/**
 * The queue runner on a real Redis (Debian's redis-server on loopback, started and stopped here) with
 * real worker processes: the same pipeline as in one thread; invalid documents failed without retry;
 * a worker killed mid-run and Redis killed and restarted empty mid-run, each run completing with every
 * document exactly once; a run started again with its id takes the jobs already done; cancellation.
 */
import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PortfolioArgumentError } from "../../src/portfolio/index.js";
import { inProcessRunner, queueJobId, queueRunner, runPortfolio } from "../../src/runners/index.js";
import { hasRedis, startRedis, type TestRedis } from "../support/redis.js";
import { startWorkerProcess, type WorkerProcess } from "../support/queueWorker.js";
import { mixedDocuments, portfolio } from "./fixtures.js";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
const fast = { lockDurationMs: 2000, stalledIntervalMs: 1000 };

describe.skipIf(!hasRedis)("queueRunner on Redis", () => {
  let redis: TestRedis;
  let workers: WorkerProcess[] = [];
  let expected: unknown;
  const documents = mixedDocuments();
  const ids = (runId: string) => documents.map((d) => queueJobId(runId, typeof d === "string" ? d : d.id));

  beforeAll(async () => {
    redis = await startRedis();
    expected = json(await runPortfolio(documents, { portfolio, runner: inProcessRunner() }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill("SIGKILL")));
    await redis?.stop();
  });
  // Short locks let a killed worker's job run again within seconds; a busy machine may then run a job twice (at least once).
  const startWorkers = async (count: number, queueName: string, timings: { lockDurationMs?: number; stalledIntervalMs?: number } = fast) => {
    const started = await Promise.all(Array.from({ length: count }, () => startWorkerProcess({ connection: redis.url, queueName, ...timings })));
    workers.push(...started);
    return started;
  };
  const stopWorkers = async () => {
    await Promise.all(workers.map((worker) => worker.kill("SIGTERM")));
    workers = [];
  };

  it("gives the one-thread pipeline through two worker processes; invalid documents fail once, without retry", async () => {
    const queueName = "vf-same";
    await startWorkers(2, queueName, {});
    const pipeline = await runPortfolio(documents, { portfolio, runner: queueRunner({ connection: redis.url, queueName, runId: "nightly-1" }) });
    expect(json(pipeline)).toEqual(expected);
    expect(pipeline.counts).toEqual({ cases: 36, failures: 3 });
    const jobs = workers.flatMap((worker) => worker.jobs);
    // Each readable document is one job, id runId-caseId (the missing file fails on the coordinator, without a job).
    expect(new Set(jobs)).toEqual(new Set(ids("nightly-1").filter((id) => !id.includes("nowhere"))));
    expect(jobs.length).toBe(38);
    // The two invalid documents were tried once each (attempts: 3 would try them three times).
    for (const broken of ["examples/broken/syntax.valuecase.yaml", "examples/broken/not-finite.case.yaml"]) expect(jobs.filter((job) => job === queueJobId("nightly-1", broken))).toHaveLength(1);
    await stopWorkers();
  }, 120_000);

  it("removes a finished run's jobs; a run stopped and started again with its id takes the jobs already done", async () => {
    const queue = new Queue("vf-same", { connection: { host: "127.0.0.1", port: redis.port } });
    expect(await queue.getJob(queueJobId("nightly-1", "examples/distributor.valuecase.json"))).toBeUndefined();
    await queue.close();
    const queueName = "vf-resume";
    const [first] = await startWorkers(1, queueName, {});
    const controller = new AbortController();
    const stopped = runPortfolio(documents, { portfolio, signal: controller.signal, runner: queueRunner({ connection: redis.url, queueName, runId: "resume" }) });
    await first!.jobsDone(10);
    controller.abort(new Error("stopped"));
    await expect(stopped).rejects.toThrow("stopped");
    await stopWorkers();
    const [second] = await startWorkers(1, queueName, {});
    const resumed = await runPortfolio(documents, { portfolio, runner: queueRunner({ connection: redis.url, queueName, runId: "resume", reconcileMs: 200 }) });
    expect(json(resumed)).toEqual(expected);
    expect(first!.jobs.length).toBeGreaterThanOrEqual(10);
    // At most the job in hand when the run was stopped runs again (its result was not recorded): at least once.
    expect(second!.jobs.filter((job) => first!.jobs.includes(job)).length).toBeLessThanOrEqual(1);
    expect(first!.jobs.length + second!.jobs.length).toBeLessThanOrEqual(39);
    await stopWorkers();
  }, 120_000);

  it("completes with every document once when a worker is killed mid-run", async () => {
    const queueName = "vf-kill";
    const [doomed] = await startWorkers(2, queueName);
    const run = runPortfolio(documents, { portfolio, runner: queueRunner({ connection: redis.url, queueName, runId: "kill", reconcileMs: 500 }) });
    await doomed!.jobsDone(3);
    await doomed!.kill("SIGKILL");
    const pipeline = await run;
    expect(json(pipeline)).toEqual(expected);
    await stopWorkers();
  }, 120_000);

  it("completes with every document once when Redis is killed and restarted empty mid-run", async () => {
    const queueName = "vf-restart";
    const [first] = await startWorkers(2, queueName);
    let done = 0;
    const run = runPortfolio(documents, { portfolio, onProgress: (p) => (done = p.done), runner: queueRunner({ connection: redis.url, queueName, runId: "restart", reconcileMs: 500 }) });
    await first!.jobsDone(3);
    await redis.kill();
    const before = done;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await redis.restart();
    const pipeline = await run;
    expect(before).toBeLessThan(documents.length);
    expect(json(pipeline)).toEqual(expected);
    await stopWorkers();
  }, 180_000);

  it("cancels with an AbortSignal and removes the run's waiting jobs", async () => {
    const queueName = "vf-abort";
    const controller = new AbortController();
    // No worker: the jobs wait until the run is aborted.
    const run = runPortfolio(documents, { portfolio, signal: controller.signal, runner: queueRunner({ connection: redis.url, queueName, runId: "abort" }) });
    const queue = new Queue(queueName, { connection: { host: "127.0.0.1", port: redis.port } });
    while ((await queue.getWaitingCount()) < 38) await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(new Error("stop"));
    await expect(run).rejects.toThrow("stop");
    expect(await queue.getWaitingCount()).toBe(0);
    await queue.close();
  }, 60_000);

  it("rejects a bad connection, run id or count, listing every problem", () => {
    try {
      queueRunner({ connection: "http://x", runId: "a:b", attempts: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PortfolioArgumentError);
      expect((error as PortfolioArgumentError).issues.map((issue) => issue.path)).toEqual([["connection"], ["attempts"], ["runId"]]);
    }
  });
});
