/**
 * A queue worker process for the tests: startQueueWorker from the sources, its options as JSON in
 * argv[2]; prints "ready" once it listens and "job <jobId>" as it finishes each job, so a test can kill
 * it mid-run. Compiled by tests/support/queueWorker.ts.
 */
import { startQueueWorker, type QueueWorkerOptions } from "../../src/runners/queue.js";

const options = JSON.parse(process.argv[2] ?? "{}") as QueueWorkerOptions;
const worker = await startQueueWorker({ ...options, onJob: ({ jobId }) => process.stdout.write(`job ${jobId}\n`), onError: () => {} });
process.stdout.write("ready\n");
process.on("SIGTERM", () => void worker.close().then(() => process.exit(0)));
