/** runPortfolio on its two runners: the same pipeline in one thread and on the pool, failures listed, progress, cancellation, crashed workers. */
import { beforeAll, describe, expect, it } from "vitest";
import { inProcessRunner, poolRunner, runPortfolio, type PortfolioProgress } from "../../src/runners/index.js";
import { PortfolioArgumentError } from "../../src/portfolio/index.js";
import { portfolioWorker } from "../support/portfolioWorker.js";
import { mixedDocuments, portfolio } from "./fixtures.js";

let workerFile: string;
beforeAll(async () => {
  workerFile = await portfolioWorker();
}, 60_000);

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("runPortfolio", () => {
  it("gives the same pipeline in one thread and on the pool, for any chunk size", async () => {
    const documents = mixedDocuments();
    const progress: PortfolioProgress[] = [];
    const alone = await runPortfolio(documents, { portfolio, runner: inProcessRunner(), onProgress: (p) => progress.push(p) });
    expect(alone.counts).toEqual({ cases: 36, failures: 3 });
    expect(progress.at(-1)).toEqual({ done: 39, total: 39 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    const pooled = await runPortfolio(documents, { portfolio, runner: poolRunner({ threads: 2, workerFile }), chunkSize: 3 });
    expect(json(pooled)).toEqual(json(alone));
    const single = await runPortfolio(documents, { portfolio, runner: poolRunner({ threads: 2, workerFile }), chunkSize: 1 });
    expect(json(single)).toEqual(json(alone));
    // The examples' figures are the core's (docs/portfolio.md), whichever runner ran them.
    expect(alone.ranking.find((row) => row.id === "examples/manufacturer.valuecase.json")?.weightedNpv.toFixed(2)).toBe("58405240.84");
  }, 120_000);

  it("keeps a pool alive between runs with keepAlive, the same threads and figures, until close()", async () => {
    const documents = mixedDocuments().slice(0, 12);
    const alone = await runPortfolio(documents, { portfolio, runner: inProcessRunner() });
    const seen: Set<unknown>[] = [];
    const runner = poolRunner({ threads: 2, workerFile, keepAlive: true, hooks: { beforeTask: ({ threads }) => void seen.push(new Set(threads)) } });
    const first = await runPortfolio(documents, { portfolio, runner, chunkSize: 2 });
    const second = await runPortfolio(documents, { portfolio, runner, chunkSize: 2 });
    expect([json(first), json(second)]).toEqual([json(alone), json(alone)]);
    // Every task of both runs went to the same two threads.
    const threads = new Set(seen.flatMap((set) => [...set]));
    expect(threads.size).toBe(2);
    await runner.close();
    const third = await runPortfolio(documents, { portfolio, runner, chunkSize: 2 });
    expect(json(third)).toEqual(json(alone));
    expect(new Set(seen.flatMap((set) => [...set])).size).toBe(4);
    await runner.close();
  }, 120_000);

  it("simulates each case on the pool as in one thread: the same seeded figures, the risk summed", async () => {
    const documents = mixedDocuments().slice(0, 8);
    const simulation = { iterations: 300, seed: 11 };
    const alone = await runPortfolio(documents, { portfolio, runner: inProcessRunner(), simulation });
    const pooled = await runPortfolio(documents, { portfolio, runner: poolRunner({ threads: 2, workerFile }), chunkSize: 1, simulation });
    expect(json(pooled)).toEqual(json(alone));
    expect(alone.risk).toMatchObject({ cases: alone.counts.cases, notSimulated: 0, iterations: [300] });
    expect(alone.ranking.every((row) => row.simulation !== null && row.simulation.p10.lte(row.simulation.p90))).toBe(true);
    await expect(runPortfolio(documents, { portfolio, runner: inProcessRunner(), simulation: { iterations: 0 } })).rejects.toThrow(PortfolioArgumentError);
  }, 120_000);

  it("lists a malformed document, one whose evaluation throws and a missing one as failures, located, and goes on", async () => {
    const pipeline = await runPortfolio(mixedDocuments(), { portfolio, runner: poolRunner({ threads: 2, workerFile }) });
    const byId = new Map(pipeline.failures.map((failure) => [failure.id, failure]));
    expect(byId.get("examples/broken/syntax.valuecase.yaml")).toMatchObject({ code: "DOCUMENT_INVALID", issues: [expect.objectContaining({ file: "examples/broken/syntax.valuecase.yaml", line: expect.any(Number), column: expect.any(Number) })] });
    expect(byId.get("examples/broken/not-finite.case.yaml")).toMatchObject({ code: "DOCUMENT_EVALUATION_FAILED", issues: [expect.objectContaining({ path: ["case", "lines", 0, "amount"], file: "examples/broken/not-finite.case.yaml", line: expect.any(Number), column: expect.any(Number) })] });
    expect(byId.get("examples/nowhere.valuecase.json")).toMatchObject({ code: "PORTFOLIO_CASE_FAILED", message: expect.stringContaining("cannot read examples/nowhere.valuecase.json") });
    expect(pipeline.counts.cases).toBe(36);
  }, 120_000);

  it("retries a chunk whose task failed once, and lists a chunk that failed twice as its documents' failures", async () => {
    const documents = mixedDocuments();
    const alone = await runPortfolio(documents, { portfolio, runner: inProcessRunner() });
    const once = await runPortfolio(documents, { portfolio, chunkSize: 4, runner: poolRunner({ threads: 2, workerFile, hooks: { beforeTask: ({ chunk, attempt }) => ({ crash: chunk === 1 && attempt === 0 }) } }) });
    expect(json(once)).toEqual(json(alone));
    const twice = await runPortfolio(documents, { portfolio, chunkSize: 4, runner: poolRunner({ threads: 2, workerFile, hooks: { beforeTask: ({ chunk }) => ({ crash: chunk === 1 }) } }) });
    const lost = documents.slice(4, 8).map((d) => (typeof d === "string" ? d : d.id));
    expect(twice.counts).toEqual({ cases: 32, failures: 7 });
    for (const id of lost) expect(twice.failures.find((f) => f.id === id)).toMatchObject({ code: "PORTFOLIO_CASE_FAILED", message: expect.stringContaining("failed twice") });
    expect(twice.ranking.map((row) => row.id)).toEqual(alone.ranking.map((row) => row.id).filter((id) => !lost.includes(id)));
  }, 120_000);

  it("completes with every document once when the pool's workers are terminated mid-run", async () => {
    const documents = mixedDocuments();
    const alone = await runPortfolio(documents, { portfolio, runner: inProcessRunner() });
    let killed = 0;
    const pipeline = await runPortfolio(documents, {
      portfolio,
      chunkSize: 2,
      runner: poolRunner({
        threads: 2,
        workerFile,
        hooks: {
          beforeTask: ({ chunk, attempt, threads }) => {
            // Terminate every worker through piscina's `threads` as chunk 3 is handed over: the tasks running are rejected and retried.
            if (chunk === 3 && attempt === 0) for (const thread of threads) void thread.terminate().then(() => killed++);
          },
        },
      }),
    });
    expect(killed).toBeGreaterThan(0);
    expect(json(pipeline)).toEqual(json(alone));
  }, 120_000);

  it("cancels with an AbortSignal, with one listener per run: 2,000 tasks, no listener warning", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const documents = Array.from({ length: 2000 }, (_, k) => ({ id: `bad-${k}`, file: `bad-${k}.valuecase.yaml`, text: "frame: [" }));
      const controller = new AbortController();
      const pipeline = await runPortfolio(documents, { portfolio, chunkSize: 1, signal: controller.signal, runner: poolRunner({ threads: 2, workerFile }) });
      expect(pipeline.counts).toEqual({ cases: 0, failures: 2000 });

      const aborting = new AbortController();
      let seen = 0;
      const run = runPortfolio(documents, { portfolio, chunkSize: 1, signal: aborting.signal, onProgress: ({ done }) => ((seen = done), done === 100 && aborting.abort()), runner: poolRunner({ threads: 2, workerFile }) });
      await expect(run).rejects.toMatchObject({ name: "AbortError" });
      expect(seen).toBeLessThan(2000);
      await expect(runPortfolio(documents, { portfolio, signal: AbortSignal.abort(), runner: inProcessRunner() })).rejects.toMatchObject({ name: "AbortError" });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  }, 120_000);

  it("rejects, rather than waits, when the worker file cannot be loaded", async () => {
    await expect(runPortfolio(["examples/distributor.valuecase.json"], { portfolio, runner: poolRunner({ threads: 1, workerFile: "/nowhere/worker.mjs" }) })).rejects.toThrow(/worker/);
  }, 30_000);

  it("refuses two documents with one id and a bad chunk size", async () => {
    await expect(runPortfolio(["a.valuecase.json", "a.valuecase.json"], { portfolio, chunkSize: 0, runner: inProcessRunner() })).rejects.toBeInstanceOf(PortfolioArgumentError);
  });
});
