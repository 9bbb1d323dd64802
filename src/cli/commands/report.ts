/** `valueframe report <file>`: the documented value calculation as Markdown, a printable HTML page, or JSON. */
import { checkBvf } from "../../bvf/checkBvf.js";
import { rollUp } from "../../bvf/rollUp.js";
import { simulate } from "../../quantify/simulate.js";
import type { Simulation } from "../../quantify/types.js";
import { choice, integer, text, writeResult, type Command } from "../_internal/command.js";
import { caseProblems, documentFigures, type DocumentFigures } from "../_internal/documentFigures.js";
import { allowRootOf, loadDocument, type LoadedDocument } from "../_internal/loadDocument.js";
import { reportProblems } from "../_internal/problemsOut.js";
import { htmlReport, markdownReport, reportFormats, reportLocales } from "../_internal/renderReport.js";

/** The report command. */
export const reportCommand: Command = {
  name: "report",
  summary: "write the documented value calculation as Markdown, HTML or JSON",
  usage: "valueframe report <file> [--format md|html|json] [--locale en|zh-CN] [--scenario <id>] [--iterations N [--seed S]] [-o <out>]",
  help: `Validates a value-case document and writes its report: the reference frame (goals, success factors,
critical issues on the 3 × 3 grid, solutions), each calculation step with its formula and inputs, the
cash-flow table, headline measures unadjusted and risk-weighted, scenarios side by side, the sensitivity
ranking, the simulation percentiles when --iterations is given, and the BVF.

  md     Markdown (default)
  html   one self-contained, printable HTML page with the charts inline
  json   the same content as data; every figure is an exact decimal string

Options:
  -f, --format <md|html|json>   output format (default md)
  -l, --locale <en|zh-CN>       language and number format of md and html (default en)
  -s, --scenario <id>           evaluate the case in one of its scenarios
      --allow-root <folder>  read member files from anywhere under this folder (default: the
                             document's own folder; a member path outside it is refused unread)
  -n, --iterations <N>          add a Monte Carlo simulation of N draws (see simulate)
      --seed <S>                seed of the simulation (default 1)
  -o, --output <out>            write to this file instead of stdout
  -h, --help                    show this help

Problems are printed as for validate and nothing is written.
Exit codes: 0 ok, 1 invalid input or evaluation error, 2 usage error (e.g. an unknown scenario).

Examples:
  valueframe report examples/distributor.valuecase.json --format html -o case.html
  valueframe report examples/distributor.valuecase.json --scenario conservative --locale zh-CN`,
  options: {
    "allow-root": { type: "string" },
    format: { type: "string", short: "f" },
    locale: { type: "string", short: "l" },
    scenario: { type: "string", short: "s" },
    iterations: { type: "string", short: "n" },
    seed: { type: "string" },
    output: { type: "string", short: "o" },
  },
  positionals: ["file"],
  async run(args, io) {
    const format = choice(args, "format", reportFormats, "report") ?? "md";
    const locale = choice(args, "locale", reportLocales, "report") ?? "en";
    const scenario = text(args, "scenario");
    const iterations = integer(args, "iterations", 1, 10_000_000, "report");
    const seed = integer(args, "seed", Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "report");
    const file = args.positionals[0]!;
    const result = loadDocument(file, io, allowRootOf(args));
    if ("problems" in result) return reportProblems(io, result.problems);
    const { loaded } = result;
    const valueCase = loaded.document.case;
    const evaluated = documentFigures(loaded, scenario, "report");
    if ("problems" in evaluated) return reportProblems(io, evaluated.problems);
    const figures: DocumentFigures | undefined = evaluated.figures;
    let simulation: Simulation | undefined;
    if (valueCase !== undefined && iterations !== undefined) {
      try {
        simulation = simulate(valueCase, { iterations, ...(seed === undefined ? {} : { seed }), ...(scenario === undefined ? {} : { scenario }) });
      } catch (error) {
        return reportProblems(io, caseProblems(loaded, error));
      }
    }
    const content =
      format === "json"
        ? jsonReport(file, loaded, figures, simulation)
        : await (format === "md" ? markdownReport : htmlReport)(locale, loaded.document, figures, simulation);
    writeResult(io, text(args, "output"), content);
    return 0;
  },
};

/** The report as data: Decimals serialise as exact strings. */
function jsonReport(file: string, loaded: LoadedDocument, figures: DocumentFigures | undefined, simulation: Simulation | undefined): string {
  const { frame, bvf } = loaded.document;
  const report = {
    document: file,
    ...(frame === undefined ? {} : { frame }),
    ...(figures === undefined
      ? {}
      : { evaluation: figures.evaluation, scenarios: figures.scenarios.rows, ...(figures.tornado === undefined ? {} : { tornado: figures.tornado }) }),
    ...(simulation === undefined ? {} : { simulation }),
    ...(bvf === undefined ? {} : { bvf, bvfChecks: checkBvf(bvf), bvfRollUp: rollUp(bvf) }),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
