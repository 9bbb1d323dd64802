/**
 * Debian's redis-server for the queue tests, on loopback at a free port, in a throwaway folder, without
 * persistence (so a hard stop loses every job, the worst case the coordinator must survive). Started and
 * stopped by the tests. Tests skip when `redis-server` is missing locally; with `VALUEFRAME_REQUIRE_REDIS=1`
 * (CI, which installs it) its absence is an error.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Whether redis-server runs here. */
export const hasRedis = ((): boolean => {
  try {
    execFileSync("redis-server", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    if (process.env["VALUEFRAME_REQUIRE_REDIS"] === "1") throw new Error("VALUEFRAME_REQUIRE_REDIS=1 but redis-server does not run here");
    return false;
  }
})();

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether Redis answers PING at the port. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    let answer = "";
    socket.setTimeout(500, () => (socket.destroy(), resolve(false)));
    socket.on("error", () => resolve(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => {
      answer += data.toString();
      if (answer.includes("\r\n")) {
        socket.end();
        resolve(answer.startsWith("+PONG"));
      }
    });
  });
}

/** A Redis server of the tests. */
export interface TestRedis {
  readonly port: number;
  readonly url: string;
  /** Kills the server at once (SIGKILL): nothing is saved. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  stop(): Promise<void>;
}

/** Starts redis-server on a free loopback port and waits until it answers. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "valueframe-redis-"));
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir, "--protected-mode", "yes"], { stdio: "ignore" });
    for (let i = 0; i < 100; i++) {
      if (await ping(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server did not answer on 127.0.0.1:${port}`);
  };
  const kill = async (signal: NodeJS.Signals = "SIGKILL") => {
    const running = child;
    if (running === undefined || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill(signal);
    });
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill: () => kill("SIGKILL"),
    restart: start,
    stop: async () => {
      await kill("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
