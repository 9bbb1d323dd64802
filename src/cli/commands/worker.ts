/** `valueframe worker --queue redis://…`: takes a portfolio queue's jobs on this machine until stopped. */
import { DEFAULT_QUEUE_NAME, startQueueWorker } from "../../runners/queue.js";
import { PortfolioArgumentError } from "../../portfolio/errors.js";
import { integer, text, type Command } from "../_internal/command.js";
import { CliUsageError } from "../errors.js";

/** The worker command. */
export const workerCommand: Command = {
  name: "worker",
  summary: "take the portfolio jobs of a Redis queue on this machine (start one per core, on any number of machines)",
  usage: "valueframe worker --queue redis://host:6379 [--queue-name name] [--concurrency N] [--exit-when-idle S]",
  help: `Connects to Redis and evaluates the jobs that \`valueframe portfolio <folder> --queue\` adds: each job
is one document with its member files, so a worker needs no copy of the portfolio's folder. A document
that fails validation or evaluation fails its job at once, with its located problems; anything else
(this worker dying, Redis going away) is retried by another worker. Runs until Ctrl-C or SIGTERM, which
finish the jobs in hand first. Waits for Redis when it cannot be reached (saying so once) and reconnects
when it comes back.

Options:
      --queue <url>          Redis: redis://[user:password@]host[:port][/db], or rediss:// for TLS (required)
      --queue-name <name>    the queue's name, the coordinator's (default ${DEFAULT_QUEUE_NAME})
  -c, --concurrency <n>      jobs at once in this process (default 1: evaluation uses one core)
      --exit-when-idle <s>   stop after s seconds without a job (for machines started for one run)
  -h, --help                 show this help

Exit codes: 0 stopped, 2 usage error.

Example:
  valueframe worker --queue redis://10.0.0.5:6379`,
  options: {
    queue: { type: "string" },
    "queue-name": { type: "string" },
    concurrency: { type: "string", short: "c" },
    "exit-when-idle": { type: "string" },
  },
  positionals: [],
  async run(args, io) {
    const connection = text(args, "queue");
    if (connection === undefined) throw new CliUsageError("--queue redis://host:port is required", "worker");
    const concurrency = integer(args, "concurrency", 1, 256, "worker") ?? 1;
    const idleSeconds = integer(args, "exit-when-idle", 1, 31_536_000, "worker");
    const queueName = text(args, "queue-name") ?? DEFAULT_QUEUE_NAME;
    let lastJob = Date.now();
    let lastError: string | undefined;
    let worker;
    try {
      worker = await startQueueWorker({
        connection,
        queueName,
        concurrency,
        onJob: () => {
          lastJob = Date.now();
          lastError = undefined;
        },
        // Redis away is said once, not at every reconnection attempt.
        onError: (error) => {
          if (error.message === lastError) return;
          lastError = error.message;
          io.stderr(`valueframe worker: ${error.message} (retrying)\n`);
        },
      });
    } catch (error) {
      if (error instanceof PortfolioArgumentError) throw new CliUsageError(error.issues.map((issue) => issue.message).join("; "), "worker");
      throw error;
    }
    io.stderr(`valueframe worker: taking jobs of queue ${queueName} at ${redacted(connection)}${idleSeconds === undefined ? "; Ctrl-C stops" : `; stops after ${idleSeconds} s without a job`}\n`);
    let timer: ReturnType<typeof setInterval> | undefined;
    let unlisten = () => {};
    await new Promise<void>((resolve) => {
      unlisten = io.onStop?.(resolve) ?? unlisten;
      if (idleSeconds !== undefined) timer = setInterval(() => Date.now() - lastJob >= idleSeconds * 1000 && resolve(), Math.min(1000, idleSeconds * 250));
    });
    clearInterval(timer);
    unlisten();
    await worker.close();
    io.stderr(`valueframe worker: stopped after ${worker.processed()} job${worker.processed() === 1 ? "" : "s"}\n`);
    return 0;
  },
};

/** The URL without its password, for messages. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return url;
  }
}
