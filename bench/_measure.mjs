/**
 * Timing helpers shared by the benchmarks: CPU time of a call, and paired rounds that time a subject and
 * its baseline back to back, so that drift on a busy machine hits both alike. A figure is the ratio of
 * the best times over the rounds (each side's best of several runs), printed with the spread of the
 * per-round ratios.
 */
import { readFileSync } from "node:fs";

/**
 * CPU time in ms of one call and its result: of this thread where Linux tells it
 * (/proc/thread-self/schedstat), else of the process (user + system). The machine is shared, so ratios
 * use CPU time, which other processes do not inflate the way they do wall time; and the thread's,
 * because the process's also counts V8's helper threads (concurrent marking, compiling), which run
 * beside the measured code on a machine with a spare core but, on a busy two-core one, land in one
 * round more than another. The thread's count advances by scheduler ticks (4 ms here), so a call of
 * less than 20 ms takes the process's.
 */
export function cpuTime(fn) {
  const thread = threadClock?.();
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  const threadMs = thread === undefined ? undefined : threadClock() - thread;
  return { ms: threadMs !== undefined && threadMs >= 20 ? threadMs : ms, result };
}

/** This thread's CPU time in ms, or `undefined` where the system does not tell it. */
const threadClock = (() => {
  const read = () => Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
  try {
    return Number.isFinite(read()) ? read : undefined;
  } catch {
    return undefined;
  }
})();

/** Which clock cpuTime reads, for the benchmarks' headers. */
export const cpuClock = threadClock === undefined ? "CPU time of the process" : "CPU time of the main thread";

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Wall time in ms of one call and its result: for calls of a few milliseconds, where the CPU time of
 * the process also counts V8's helper threads (concurrent marking, compiling) as they happen to run.
 */
export function wallTime(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** The names of `subjects` in the order they are timed: all of them each round, alternating direction. */
function* schedule(names, count) {
  for (let r = 0; r < count; r++) yield* r % 2 === 0 ? names : [...names].reverse();
}

/** Per name: the best time, each round's time and the result of the best. */
const tally = (names) => Object.fromEntries(names.map((name) => [name, { best: Infinity, times: [], result: undefined }]));

function record(entry, { ms, result }) {
  entry.times.push(ms);
  if (ms < entry.best) {
    entry.best = ms;
    entry.result = result;
  }
}

/**
 * Times every entry of `subjects` (name → function) once per round, `count` times, in an order that
 * alternates from round to round, by `clock` (CPU time unless told). Returns, per name, the best time
 * and each round's time.
 */
export function rounds(subjects, count, clock = cpuTime) {
  const out = tally(Object.keys(subjects));
  for (const name of schedule(Object.keys(subjects), count)) record(out[name], clock(subjects[name]));
  return out;
}

/** {@link rounds} for async subjects and an async `clock`. */
export async function asyncRounds(subjects, count, clock) {
  const out = tally(Object.keys(subjects));
  for (const name of schedule(Object.keys(subjects), count)) record(out[name], await clock(subjects[name]));
  return out;
}

/**
 * The ratio a / b of two timed entries of {@link rounds}: of their best times, and its spread (lowest
 * and highest) over the rounds.
 */
export function ratioOf(a, b) {
  const each = a.times.map((t, r) => t / b.times[r]);
  return { ratio: a.best / b.best, low: Math.min(...each), high: Math.max(...each) };
}

/** "1.32× (1.25–1.41× over 7 rounds)". */
export function formatRatio({ ratio, low, high }, count, digits = 2) {
  return `${ratio.toFixed(digits)}× (${low.toFixed(digits)}–${high.toFixed(digits)}× over ${count} round${count === 1 ? "" : "s"})`;
}

/** Wall time in ms of an async call and its result: for work done on other threads or processes, which CPU time of this one would miss. */
export async function asyncWallTime(fn) {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}
