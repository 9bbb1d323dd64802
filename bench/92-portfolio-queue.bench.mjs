/**
 * A portfolio run on a BullMQ queue in Redis (Debian's redis-server, started here on a free loopback port
 * without persistence, stopped after), with `valueframe worker` processes of the built bin: the same
 * generated documents as bench 91 (a 2,000-iteration simulation each), read by the coordinator: one worker
 * process, two worker processes, and the kept pool of two threads, each side warm after a warm-up run,
 * on the same rounds.
 * Prints the ratio one worker / two workers (target on this two-core machine ≥ 1.6×) with the spread of
 * the rounds, and the queue's overhead per job: (two workers − pool of two threads) ÷ cases, wall time.
 * The workers are started, listening and warm before a round is timed; the coordinator (bundling each document
 * with its members, aggregating) runs in this process on the same two cores. Every round's pipelines
 * must be JSON-equal. `--smoke`: one round of 8 cases.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { asyncWallTime } from "./_measure.mjs";
import { generatedPortfolio } from "./91-portfolio-pool.bench.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (subpath) => import(pathToFileURL(join(root, "dist", subpath, "index.js")).href);
const TARGET = 1.6;
const bin = join(root, "dist", "cli", "main.js");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** redis-server on a free loopback port, answering; `stop()` ends it and removes its folder. */
async function redisServer() {
  const port = await new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
    server.once("error", reject);
  });
  const dir = mkdtempSync(join(tmpdir(), "valueframe-bench-redis-"));
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
  for (let tries = 0; ; tries++) {
    try {
      if (execFileSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() === "PONG") break;
    } catch {
      if (tries > 100) throw new Error("redis-server did not start");
    }
    await sleep(50);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `valueframe worker` processes on a queue, each listening once this resolves. */
async function workers(count, url, queueName) {
  const started = await Promise.all(
    Array.from({ length: count }, async () => {
      const child = spawn(process.execPath, [bin, "worker", "--queue", url, "--queue-name", queueName], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
      await new Promise((resolve, reject) => {
        let said = "";
        child.stderr.on("data", (data) => {
          said += data.toString();
          if (said.includes("taking jobs")) resolve();
        });
        child.once("exit", () => reject(new Error(`a worker exited before it listened: ${said}`)));
      });
      return child;
    }),
  );
  return {
    stop: () =>
      Promise.all(
        started.map((child) => {
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGTERM");
          return exited;
        }),
      ),
  };
}

export async function run({ smoke = false } = {}) {
  const { definePortfolio } = await dist("portfolio");
  const { poolRunner, queueRunner, runPortfolio } = await dist("portfolio/node");
  const portfolio = definePortfolio({ currency: "CNY", rates: { USD: { rate: "7.12", source: "bench", asOf: "2026-12-01" }, EUR: { rate: "7.75", source: "bench", asOf: "2026-12-01" } }, asOf: "2026-12-06" });
  const rounds = smoke ? 1 : 3;
  const perRound = smoke ? 8 : 400;
  const warmUp = smoke ? 4 : 100;
  const generated = generatedPortfolio(warmUp + rounds * perRound);
  const options = { portfolio, cwd: generated.folder, simulation: { iterations: 2000, seed: 1 } };
  const warming = generated.files.slice(0, warmUp);
  const roundOf = (round) => generated.files.slice(warmUp + round * perRound, warmUp + (round + 1) * perRound);
  const redis = await redisServer();
  const times = { one: [], two: [], pool: [] };
  const results = { one: [], two: [], pool: [] };
  const pool = poolRunner({ threads: 2, keepAlive: true });
  try {
    // Each side warm, as it runs night after night: the workers (and the kept pool) take a warm-up run first.
    for (const [side, count] of [["one", 1], ["two", 2]]) {
      const queueName = `bench-${side}`;
      const running = await workers(count, redis.url, queueName);
      try {
        const runner = (runId) => queueRunner({ connection: redis.url, queueName, runId });
        await runPortfolio(warming, { ...options, runner: runner("warm") });
        for (let round = 0; round < rounds; round++) {
          const run = await asyncWallTime(() => runPortfolio(roundOf(round), { ...options, runner: runner(`round${round}`) }));
          times[side].push(run.ms);
          results[side].push(JSON.stringify(run.result));
        }
      } finally {
        await running.stop();
      }
    }
    await runPortfolio(warming, { ...options, runner: pool });
    for (let round = 0; round < rounds; round++) {
      const run = await asyncWallTime(() => runPortfolio(roundOf(round), { ...options, runner: pool }));
      times.pool.push(run.ms);
      results.pool.push(JSON.stringify(run.result));
      if (run.result.counts.failures > 0) throw new Error(`${run.result.counts.failures} generated documents failed`);
    }
    for (let round = 0; round < rounds; round++) if (results.one[round] !== results.pool[round] || results.two[round] !== results.pool[round]) throw new Error("the queue's pipeline differs from the pool's");
  } finally {
    await pool.close();
    await redis.stop();
    generated.remove();
  }
  const count = rounds * perRound;
  const total = (side) => times[side].reduce((a, b) => a + b, 0);
  const ratio = total("one") / total("two");
  const ratios = times.one.map((ms, round) => ms / times.two[round]);
  const overhead = (total("two") - total("pool")) / count;
  console.log(`${count} cases (bench 91's generated documents, 2,000-iteration simulation each) in ${rounds} rounds of ${perRound}, every side warm after a ${warmUp}-case run, wall time, Redis on loopback`);
  console.log(`  one worker process:  ${(total("one") / count).toFixed(1)} ms a case`);
  console.log(`  two worker processes:  ${(total("two") / count).toFixed(1)} ms a case`);
  console.log(`  pool of two threads (kept alive), same cases:  ${(total("pool") / count).toFixed(1)} ms a case`);
  console.log(`  one worker / two workers: ${ratio.toFixed(2)}× (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×; target ≥ ${TARGET}×${smoke ? "; smoke sizes, not measured" : ratio >= TARGET ? "; met" : "; NOT met"})`);
  console.log(`  the queue's overhead per job (two workers − pool of two threads, ÷ cases): ${overhead.toFixed(1)} ms`);
}
