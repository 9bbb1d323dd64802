/**
 * Queue worker processes for the tests: tests/support/queueWorkerEntry.ts compiled once (esbuild, packages
 * from node_modules) and started as separate Node processes, as `valueframe worker` runs on each machine.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { QueueWorkerOptions } from "../../src/runners/queue.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
let built: Promise<string> | undefined;

function entry(): Promise<string> {
  built ??= (async () => {
    const folder = join(root, "node_modules", ".cache", "valueframe-tests");
    mkdirSync(folder, { recursive: true });
    const outfile = join(folder, `queue-worker-${process.pid}.mjs`);
    await build({ entryPoints: [join(root, "tests/support/queueWorkerEntry.ts")], bundle: true, format: "esm", platform: "node", target: "node20", packages: "external", outfile, logLevel: "silent" });
    return outfile;
  })();
  return built;
}

/** A worker process and the jobs it finished. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly jobs: string[];
  /** Resolves once `count` jobs are finished by this worker. */
  jobsDone(count: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts a worker process and waits until it listens. */
export async function startWorkerProcess(options: Omit<QueueWorkerOptions, "onJob" | "onError">): Promise<WorkerProcess> {
  const file = await entry();
  const child = spawn(process.execPath, [file, JSON.stringify(options)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const jobs: string[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let ready: () => void = () => {};
  const listening = new Promise<void>((resolve) => (ready = resolve));
  let buffered = "";
  child.stdout!.on("data", (data: Buffer) => {
    buffered += data.toString();
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (line === "ready") ready();
      else if (line.startsWith("job ")) jobs.push(line.slice(4));
    }
    for (const waiter of waiters.filter((w) => jobs.length >= w.count)) waiter.resolve();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await Promise.race([listening, exited.then(() => Promise.reject(new Error("the worker process exited before it listened")))]);
  return {
    child,
    jobs,
    jobsDone: (count) => (jobs.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    kill: async (signal = "SIGKILL") => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
