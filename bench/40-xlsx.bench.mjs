/**
 * Writing a workbook scales linearly: `toWorkbook` + `toXlsx` (the writing, evaluation left out) on a
 * generated monthly value case of 200 lines over 120 periods against one of 20 lines over 12, as time per
 * cell of the model (every cell of every sheet). Prints each case's time per cell, their ratio (target:
 * large / small ≤ 1.5×) with its spread over the rounds, the large case's time (median and spread) and
 * the size of its file. Times are CPU time of the process (user + system), not of the main thread:
 * `toXlsx` deflates through `CompressionStream`, whose zlib work runs on libuv's thread pool, which the
 * thread's count leaves out. Both cases are timed in each of 15 paired rounds, in alternating order, so
 * that drift on a busy machine hits both; the small case is written 10 times a round, so that each timed
 * call is long enough for the clock, and its time per cell is that of the batch.
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { asyncRounds, formatRatio, median, ratioOf } from "./_measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { defineValueCase, evaluate } = await import(pathToFileURL(join(root, "dist", "quantify", "index.js")).href);
const { toWorkbook, toXlsx } = await import(pathToFileURL(join(root, "dist", "xlsx", "index.js")).href);

/**
 * A monthly value case of `lines` lines over `horizon` periods, in groups of five lines sharing five
 * drivers and two quantities, shaped like the examples: a recurring benefit ramped up linearly, one
 * ramped up by explicit factors and starting later, a one-off benefit, a one-off cost at t = 0 and a
 * recurring cost; starts staggered by group, so that flows vary from period to period and line to line.
 */
export function generateCase(lines, horizon) {
  const drivers = [];
  const quantities = [];
  const valueLines = [];
  for (let g = 0; g < Math.ceil(lines / 5); g++) {
    const assumption = { kind: "assumption", source: `generated, group ${g}` };
    drivers.push(
      { id: `volume${g}`, label: `volume ${g}`, value: String(1000 + 37 * g), unit: "unit/year", provenance: { kind: "customer_data", source: "generated" } },
      { id: `price${g}`, label: `price ${g}`, value: String(50 + (g % 17)), unit: "CNY/unit", provenance: { kind: "benchmark", source: "generated" } },
      { id: `gain${g}`, label: `gain ${g}`, value: String(5 + (g % 9)), unit: "%", provenance: assumption, uncertainty: { distribution: "triangular", low: "2", high: "16" } },
      { id: `setup${g}`, label: `setup ${g}`, value: String(20000 + 500 * g), unit: "CNY", provenance: assumption },
      { id: `fee${g}`, label: `fee ${g}`, value: String(3000 + 100 * (g % 7)), unit: "CNY/year", provenance: assumption },
    );
    quantities.push(
      { id: `revenue${g}`, label: `revenue ${g}`, formula: `volume${g} * price${g}`, unit: "CNY/year" },
      { id: `saving${g}`, label: `saving ${g}`, formula: `revenue${g} * gain${g}`, unit: "CNY/year" },
    );
  }
  for (let l = 0; l < lines; l++) {
    const g = Math.floor(l / 5);
    const start = Math.min(horizon, 1 + (g % 6));
    const common = { id: `line${l}`, label: `line ${l}` };
    valueLines.push(
      [
        { kind: "benefit", amount: `saving${g}`, recurrence: "recurring", per: "year", start, rampUp: { type: "linear", periods: 6 }, probability: "0.8" },
        { kind: "benefit", amount: `revenue${g} * gain${g} / 2`, recurrence: "recurring", per: "year", start: Math.min(horizon, start + 2), rampUp: { type: "explicit", factors: ["0.25", "0.5", "0.75"] }, probability: "0.7" },
        { kind: "benefit", amount: `setup${g} * gain${g} * 10`, recurrence: "once", start: Math.min(horizon, start + 3), probability: "0.9" },
        { kind: "cost", amount: `setup${g}`, recurrence: "once", start: 0 },
        { kind: "cost", amount: `fee${g}`, recurrence: "recurring", per: "year" },
      ].map((line) => ({ ...common, ...line }))[l % 5],
    );
  }
  return { name: `${lines} lines over ${horizon} months`, currency: "CNY", period: "month", horizon, discountRate: "0.08", rateBasis: "compound", drivers, quantities, lines: valueLines };
}

/** Every cell of the model: the sum over its sheets of their rows' lengths. */
export const cellsOf = (model) => model.sheets.reduce((n, sheet) => n + sheet.rows.reduce((k, row) => k + row.length, 0), 0);

/** The writing: the workbook model, then its `.xlsx` bytes. */
const write = async (evaluation) => toXlsx(toWorkbook({ evaluation }));

/** CPU time in ms of the process (user + system) over an async call, and its result. */
async function processTime(fn) {
  const start = process.cpuUsage();
  const result = await fn();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
}

const TARGET = 1.5;

export async function run({ smoke }) {
  const sizes = smoke ? [[20, 12], [50, 36]] : [[20, 12], [200, 120]];
  const count = smoke ? 1 : 15;
  const repeats = smoke ? 1 : 10;
  // Evaluation is outside the timed part: each case is evaluated once, here.
  const [small, large] = sizes.map(([lines, horizon]) => {
    const evaluation = evaluate(defineValueCase(generateCase(lines, horizon)));
    return { lines, horizon, evaluation, cells: cellsOf(toWorkbook({ evaluation })) };
  });
  // Warm-up: full-size writes of both, so both are measured at steady state (optimised, heap grown).
  for (let k = 0; k < (smoke ? 1 : 3); k++) {
    for (let j = 0; j < repeats; j++) await write(small.evaluation);
    await write(large.evaluation);
  }

  const timed = await asyncRounds({
    small: async () => {
      let bytes;
      for (let j = 0; j < repeats; j++) bytes = await write(small.evaluation);
      return bytes;
    },
    large: () => write(large.evaluation),
  }, count, processTime);
  /** Time per cell in µs of a case, per round and at its best. */
  const perCell = (entry, cells) => ({ best: (entry.best * 1000) / cells, times: entry.times.map((ms) => (ms * 1000) / cells) });
  const perSmall = perCell(timed.small, small.cells * repeats);
  const perLarge = perCell(timed.large, large.cells);
  for (const bytes of [timed.small.result, timed.large.result]) {
    if (!(bytes instanceof Uint8Array) || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error("toXlsx did not return the bytes of a zip");
  }

  const rounds = `${count} round${count === 1 ? "" : "s"}`;
  const n = (x) => x.toLocaleString("en");
  console.log(`toWorkbook + toXlsx of generated monthly cases (CPU time of the process, the thread pool's deflate included)`);
  console.log(
    `${small.lines} lines × ${small.horizon} periods: ${n(small.cells)} cells, ${(timed.small.best / repeats).toFixed(1)} ms a write ` +
      `(best of ${rounds}, ${repeats} write${repeats === 1 ? "" : "s"} each) = ${perSmall.best.toFixed(2)} µs per cell; ${n(timed.small.result.length)} bytes`,
  );
  console.log(
    `${large.lines} lines × ${large.horizon} periods: ${n(large.cells)} cells, median ${median(timed.large.times).toFixed(0)} ms, ` +
      `${Math.min(...timed.large.times).toFixed(0)}–${Math.max(...timed.large.times).toFixed(0)} ms over ${rounds} ` +
      `= ${perLarge.best.toFixed(2)} µs per cell (best round); ${n(timed.large.result.length)} bytes`,
  );
  const scaling = ratioOf(perLarge, perSmall);
  const verdict = smoke ? "(smoke size: not judged)" : scaling.ratio <= TARGET ? "ok" : "OVER TARGET";
  console.log(`time per cell, ${large.lines} × ${large.horizon} vs ${small.lines} × ${small.horizon}: ${formatRatio(scaling, count)} (target ≤ ${TARGET}×) ${verdict}`);
}
