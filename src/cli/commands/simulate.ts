/** `valueframe simulate <file>`: a seeded Monte Carlo run of the document's case, as text or JSON. */
import { simulate } from "../../quantify/simulate.js";
import type { Simulation } from "../../quantify/types.js";
import { choice, integer, text, writeResult, type Command } from "../_internal/command.js";
import { caseProblems, checkScenario } from "../_internal/documentFigures.js";
import { grouped, money, percent, years } from "../_internal/format.js";
import { allowRootOf, loadDocument } from "../_internal/loadDocument.js";
import { reportProblems } from "../_internal/problemsOut.js";
import { Dec } from "../../numeric/decimal.js";
import { CliUsageError } from "../errors.js";

/** Runs at least this long (in iterations) show a progress line when stderr is a terminal. */
const PROGRESS_FROM = 200_000;

/** The simulate command. */
export const simulateCommand: Command = {
  name: "simulate",
  summary: "run a seeded Monte Carlo simulation of the case: NPV percentiles, P(NPV > 0), payback",
  usage: "valueframe simulate <file> [--iterations N] [--seed S] [--scenario <id>] [--format text|json] [-o <out>]",
  help: `Draws every uncertain driver of the document's value case from its distribution, evaluates the case
for each draw and summarises the NPV (risk-weighted): mean, standard deviation, P10/P50/P90, the
probability that NPV > 0, the payback distribution, a histogram and each driver's draws. The same seed
gives the same figures. Sampling runs in float64: simulated figures are exact copies of float results
(about 15 significant digits); the base NPV is exact.

Options:
  -n, --iterations <N>       number of draws, 1 to 10000000 (default 10000)
      --seed <S>             seed of the random streams, an integer (default 1)
  -s, --scenario <id>        simulate one of the case's scenarios (its drivers stay fixed)
      --allow-root <folder>  read member files from anywhere under this folder (default: the
                             document's own folder; a member path outside it is refused unread)
  -f, --format <text|json>   output format (default text); json figures are exact decimal strings
  -o, --output <out>         write to this file instead of stdout
  -h, --help                 show this help

When stderr is a terminal, runs of 200,000 draws or more show their progress in per cent.
Exit codes: 0 ok, 1 invalid input or evaluation error, 2 usage error.

Example:
  valueframe simulate examples/distributor.valuecase.json --iterations 100000 --seed 7`,
  options: {
    "allow-root": { type: "string" },
    iterations: { type: "string", short: "n" },
    seed: { type: "string" },
    scenario: { type: "string", short: "s" },
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
  },
  positionals: ["file"],
  run(args, io) {
    const iterations = integer(args, "iterations", 1, 10_000_000, "simulate") ?? 10_000;
    const seed = integer(args, "seed", Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "simulate") ?? 1;
    const format = choice(args, "format", ["text", "json"] as const, "simulate") ?? "text";
    const scenario = text(args, "scenario");
    const file = args.positionals[0]!;
    const result = loadDocument(file, io, allowRootOf(args));
    if ("problems" in result) return reportProblems(io, result.problems);
    const { loaded } = result;
    const valueCase = loaded.document.case;
    if (valueCase === undefined) throw new CliUsageError(`${file} has no value case to simulate`, "simulate");
    checkScenario(loaded, scenario, "simulate");
    const progress = io.stderrIsTTY && iterations >= PROGRESS_FROM;
    const label = `valueframe: simulating ${grouped(new Dec(iterations), 0)} iterations…`;
    let shown = -1;
    // Rewrites the progress line in place whenever the whole percentage moves.
    const onProgress = (done: number, total: number): void => {
      const percentDone = Math.floor((done * 100) / total);
      if (percentDone === shown) return;
      shown = percentDone;
      io.stderr(`\r${label} ${percentDone} %\u001b[K`);
    };
    let simulation: Simulation;
    try {
      simulation = simulate(valueCase, { iterations, seed, ...(scenario === undefined ? {} : { scenario }), ...(progress ? { onProgress } : {}) });
    } catch (error) {
      return reportProblems(io, caseProblems(loaded, error));
    } finally {
      // Clears the progress line so the result starts clean.
      if (progress) io.stderr("\r\u001b[K");
    }
    writeResult(io, text(args, "output"), format === "json" ? `${JSON.stringify({ document: file, simulation }, null, 2)}\n` : textReport(file, simulation));
    return 0;
  },
};

/** The simulation as a few aligned lines for the terminal. */
function textReport(file: string, s: Simulation): string {
  const m = (value: Parameters<typeof money>[0]) => money(value, s.currency);
  const row = (label: string, value: string) => `  ${label.padEnd(24)}${value}`;
  const labelWidth = Math.max(0, ...s.drivers.map((d) => d.label.length)) + 2;
  const paybackYears = (p: Simulation["payback"]["p10"]) => (p.years === null ? "never" : grouped(p.years));
  const lines = [
    `${file}: ${grouped(new Dec(s.iterations), 0)} iterations, seed ${s.seed}, ${s.measure === "weighted" ? "risk-weighted" : "unadjusted"} NPV` +
      `${s.scenario === undefined ? "" : `, scenario ${s.scenario.label}`}`,
    row("Base NPV (exact)", m(s.baseNpv)),
    row("Mean NPV", `${m(s.npv.mean)} (standard error ${m(s.npv.standardError)})`),
    row("Standard deviation", m(s.npv.sd)),
    ...s.npv.percentiles.map((p) => row(`P${p.p}`, m(p.value))),
    row("Min … max", `${m(s.npv.min)} … ${m(s.npv.max)}`),
    row("P(NPV > 0)", percent(s.probabilityPositive)),
    row("Payback P10/P50/P90", `${paybackYears(s.payback.p10)} / ${paybackYears(s.payback.p50)} / ${paybackYears(s.payback.p90)} years`),
    row("Never pays back", percent(s.payback.neverShare)),
    "",
    "Drivers (mean of draws, expected mean, correlation with NPV)",
    ...s.drivers.map(
      (d) =>
        `  ${d.label.padEnd(labelWidth)}${grouped(d.mean, 4)}${d.unit === undefined ? "" : ` ${d.unit}`} (expected ${grouped(d.expectedMean, 4)}), ` +
        `r = ${d.correlation === null ? "n/a" : d.correlation.toFixed(2)}`,
    ),
    "",
    `Histogram of NPV (${s.currency})`,
    ...histogram(s),
    "",
    "Simulated figures come from float64 sampling (about 15 significant digits); the base NPV is exact.",
    "",
  ];
  return lines.join("\n");
}

function histogram(s: Simulation): string[] {
  const most = Math.max(...s.histogram.map((bin) => bin.count), 1);
  const labels = s.histogram.map((bin) => `${grouped(bin.from, 0)} … ${grouped(bin.to, 0)}`);
  const width = Math.max(...labels.map((label) => label.length));
  return s.histogram.map((bin, i) => `  ${labels[i]!.padStart(width)} ${String(bin.count).padStart(8)} ${"#".repeat(Math.round((bin.count / most) * 40))}`);
}
