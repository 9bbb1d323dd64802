/** `valueframe worker` and `valueframe portfolio --queue` on a real Redis (Debian's redis-server on loopback): the same pipeline as in one thread. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasRedis, startRedis, type TestRedis } from "../support/redis.js";
import { run } from "./helpers.js";

describe.skipIf(!hasRedis)("valueframe worker and portfolio --queue", () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => {
    await redis?.stop();
  });

  it("prints the pipeline of one thread, the jobs taken by a worker that stops when idle", async () => {
    const alone = await run(["portfolio", "examples/portfolio", "--jobs", "1"]);
    const worker = run(["worker", "--queue", redis.url, "--queue-name", "cli", "--exit-when-idle", "3"]);
    const queued = await run(["portfolio", "examples/portfolio", "--queue", redis.url, "--queue-name", "cli", "--run-id", "cli-1"]);
    expect([queued.code, queued.stderr]).toEqual([0, ""]);
    expect(queued.stdout).toBe(alone.stdout);
    const stopped = await worker;
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toContain(`valueframe worker: taking jobs of queue cli at ${redis.url}`);
    expect(stopped.stderr).toMatch(/stopped after 15 jobs\n$/);
  }, 120_000);

  it("refuses --queue with --jobs, and a URL that is not Redis's", async () => {
    const both = await run(["portfolio", "examples/portfolio", "--queue", redis.url, "--jobs", "2"]);
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining("give --jobs or --queue, not both")]);
    const http = await run(["worker", "--queue", "http://127.0.0.1"]);
    expect([http.code, http.stderr]).toEqual([2, expect.stringContaining("a Redis URL starts redis:// or rediss://")]);
    const none = await run(["worker"]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining("--queue redis://host:port is required")]);
  }, 60_000);
});
