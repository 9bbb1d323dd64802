/** `valueframe report <file>`: the documented value calculation as Markdown, a printable HTML page, a PDF, JSON, or a live workbook. */
import { checkBvf } from "../../bvf/checkBvf.js";
import { rollUp } from "../../bvf/rollUp.js";
import { simulate } from "../../quantify/simulate.js";
import type { Simulation } from "../../quantify/types.js";
import { resolve } from "node:path";
import { asOfArgument, choice, integer, text, today, writeResult, type Command, type ParsedArgs } from "../_internal/command.js";
import { caseProblems, documentFigures, type DocumentFigures } from "../_internal/documentFigures.js";
import { allowRootOf, loadDocument, type LoadedDocument } from "../_internal/loadDocument.js";
import { reportProblems } from "../_internal/problemsOut.js";
import { htmlReport, markdownReport, realisationTrack, reportAudiences, reportFormats, reportLocales, reportPapers } from "../_internal/renderReport.js";
import { CliUsageError } from "../errors.js";
import type { CliIo } from "../io.js";

/** The report command. */
export const reportCommand: Command = {
  name: "report",
  summary: "write the documented value calculation as Markdown, HTML, PDF, JSON or an Excel workbook",
  usage:
    "valueframe report <file> [--format md|html|json|pdf|xlsx] [--audience internal|customer [--appendix]] [--locale en|zh-CN] [--scenario <id>] [--iterations N [--seed S]] [--paper a4|letter] [--date YYYY-MM-DD] [--as-of YYYY-MM-DD] [--chromium <path>] [-o <out>]",
  help: `Validates a value-case document and writes its report: the executive summary (headline measures,
de-duplicated where lines count one benefit twice, the scenario range, goals, the top value lines, the
key assumptions, the decision asked), the reference frame (goals, success factors,
critical issues on the 3 × 3 grid, solutions), each calculation step with its formula and inputs, the
cash-flow table, headline measures unadjusted and risk-weighted, scenarios side by side, the sensitivity
ranking, the simulation percentiles when --iterations is given, the BVF, and — for the seller only —
the opportunity's qualification right after the summary (the lead, the assessment and the go rule, the
customer's purchase criteria with each supplier's weighted total and rank, the break-even weights and
the moves against the standard, the value matrix, the opening, 5W + 2P, PAIN + VISION + POWER and the
funnel entry with the seller's stage-weighted revenue) and the account plan (how complete it is, the
answers, the open questions, the rules of engagement), the buying centre (people, standing as of --as-of, expectations, needs and motives, relations, the
checks, whom to see first) with one value page per person, the realisation after the sale (KPIs against
plan, milestones, money realised against promised, forecasts; for --audience customer the quarterly
business review, its working with --appendix), and the pursuit (the deal's stage, each
person's way through the ten stages on a timeline, progress as commitments obtained with the kept-rate,
the visit-plan sheet, the concern log, the negotiation's zone of agreement, the checks and the next
moves).

  md     Markdown (default)
  html   one self-contained, printable HTML page with the charts inline
  json   the same content as data; every figure is an exact decimal string
  pdf    the HTML page printed by headless Chromium or Chrome found on this machine (needs -o)
  xlsx   the case as a live Excel/LibreOffice workbook (needs -o): every figure a formula over named
         assumption cells, with its value cached; change an assumption and every figure follows.
         Sheets: Summary, Assumptions (scenarios as columns, a scenario cell picks one),
         Calculations, Lines, Cash flows, Trace. For the customer by default; --audience internal
         adds the Checks sheet (warnings, lines counted twice, BVF findings). In English.

html and pdf open with a cover (customer, seller, date) and print with a running header (customer, date)
and page numbers.

  --audience internal   the seller's working report (default, but for xlsx): everything, with ids and formula source
  --audience customer   what the customer may see: no warnings, scores, competitors, seller KPIs,
                        checks, qualification, funnel or account plan; names instead of ids; the
                        calculation in words. The working (assumptions, calculation steps, period
                        tables) is added only with --appendix.

Options:
  -f, --format <md|html|json|pdf|xlsx>  output format (default md)
  -a, --audience <internal|customer>  whom md, html, pdf and xlsx are for (default internal; xlsx: customer)
      --appendix                add the calculation in full to a customer report
  -l, --locale <en|zh-CN>       language and number format of md and html (default en)
  -s, --scenario <id>           evaluate the case in one of its scenarios
      --allow-root <folder>  read member files from anywhere under this folder (default: the
                             document's own folder; a member path outside it is refused unread)
  -n, --iterations <N>          add a Monte Carlo simulation of N draws (see simulate)
      --seed <S>                seed of the simulation (default 1)
      --paper <a4|letter>       paper of html and pdf (default a4)
      --date <YYYY-MM-DD>       the report's date on the cover and in the header (default today)
      --as-of <YYYY-MM-DD>      today, for the buying centre and the pursuit: standings, stages, due
                                commitments and checks as of this day
                                (default today)
      --chromium <path>         the browser that prints pdf (default: CHROMIUM_PATH, else chromium,
                                chromium-browser, google-chrome or google-chrome-stable on PATH)
  -o, --output <out>            write to this file instead of stdout
  -h, --help                    show this help

Problems are printed as for validate and nothing is written.
Exit codes: 0 ok, 1 invalid input or evaluation error, 2 usage error (e.g. an unknown scenario),
3 pdf only: no Chromium or Chrome found, or it failed to print.

Examples:
  valueframe report examples/distributor.valuecase.json --format html -o case.html
  valueframe report examples/distributor.valuecase.json --scenario conservative --locale zh-CN
  valueframe report examples/distributor.valuecase.json --format pdf --paper letter -o case.pdf
  valueframe report examples/distributor.valuecase.json --audience customer --format pdf -o cfo.pdf
  valueframe report examples/distributor.valuecase.json --format xlsx -o case.xlsx`,
  options: {
    "allow-root": { type: "string" },
    audience: { type: "string", short: "a" },
    appendix: { type: "boolean" },
    format: { type: "string", short: "f" },
    locale: { type: "string", short: "l" },
    scenario: { type: "string", short: "s" },
    iterations: { type: "string", short: "n" },
    seed: { type: "string" },
    output: { type: "string", short: "o" },
    paper: { type: "string" },
    date: { type: "string" },
    chromium: { type: "string" },
    "as-of": { type: "string" },
  },
  positionals: ["file"],
  async run(args, io) {
    const format = choice(args, "format", reportFormats, "report") ?? "md";
    const locale = choice(args, "locale", reportLocales, "report") ?? "en";
    const audience = choice(args, "audience", reportAudiences, "report") ?? (format === "xlsx" ? "customer" : "internal");
    const appendix = args.values["appendix"] === true;
    if (appendix && audience !== "customer") throw new CliUsageError("--appendix applies to --audience customer (the internal report holds the calculation already)", "report");
    if (format === "json" && args.values["audience"] !== undefined) throw new CliUsageError("--audience applies to --format md, html, pdf or xlsx", "report");
    const asOf = asOfArgument(args, "report");
    const view = { locale, audience, appendix, asOf };
    const scenario = text(args, "scenario");
    const iterations = integer(args, "iterations", 1, 10_000_000, "report");
    const seed = integer(args, "seed", Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "report");
    const print = await printOptions(args, format);
    if (format === "xlsx") checkWorkbookOptions(args);
    const file = args.positionals[0]!;
    const result = loadDocument(file, io, { ...allowRootOf(args), asOf });
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
    if (format === "xlsx") {
      if (figures === undefined) throw new CliUsageError("--format xlsx needs a document with a value case: the workbook is its calculation", "report");
      return workbookReport(io, text(args, "output")!, { ...figures, document: loaded.document }, audience);
    }
    if (format === "pdf") return pdfReport(io, text(args, "output")!, text(args, "chromium"), await htmlReport(view, loaded.document, figures, simulation, print), print!);
    const content =
      format === "json"
        ? await jsonReport(file, loaded, figures, simulation, asOf)
        : format === "md"
          ? await markdownReport(view, loaded.document, figures, simulation)
          : await htmlReport(view, loaded.document, figures, simulation, print);
    writeResult(io, text(args, "output"), content);
    return 0;
  },
};

/** The report as data: Decimals serialise as exact strings. */
async function jsonReport(file: string, loaded: LoadedDocument, figures: DocumentFigures | undefined, simulation: Simulation | undefined, asOf: string): Promise<string> {
  const { frame, bvf, stakeholders, pursuit, qualification, account } = loaded.document;
  const realisation = await realisationTrack({ locale: "en", audience: "internal", appendix: false, asOf }, loaded.document);
  const people = stakeholders === undefined ? undefined : await import("../../people/index.js");
  const process = pursuit === undefined ? undefined : await import("../../pursuit/index.js");
  const qualify = qualification === undefined && account === undefined ? undefined : await import("../../qualify/index.js");
  const report = {
    document: file,
    ...(qualification === undefined || qualify === undefined ? {} : { qualification: { qualification, worked: qualify.qualifyOpportunity(qualification, { centre: stakeholders }) } }),
    ...(account === undefined || qualify === undefined ? {} : { account: { plan: account, completeness: qualify.accountPlanCompleteness(account) } }),
    ...(frame === undefined ? {} : { frame }),
    ...(figures === undefined
      ? {}
      : { summary: withoutEvaluation(figures.summary), evaluation: figures.evaluation, scenarios: figures.scenarios.rows, ...(figures.tornado === undefined ? {} : { tornado: figures.tornado }) }),
    ...(simulation === undefined ? {} : { simulation }),
    ...(bvf === undefined ? {} : { bvf, bvfChecks: checkBvf(bvf), bvfRollUp: rollUp(bvf) }),
    ...(stakeholders === undefined || people === undefined
      ? {}
      : {
          stakeholders: {
            asOf,
            centre: stakeholders,
            checks: people.checkBuyingCentre(stakeholders, { frame, asOf, evaluation: figures?.evaluation }),
            attention: people.attentionRanking(stakeholders, { asOf }),
            ...(frame === undefined ? {} : { values: people.personValues(stakeholders, { frame, asOf, evaluation: figures?.evaluation, summary: figures?.summary }) }),
          },
        }),
    ...(realisation === undefined ? {} : { realisation: realisation }),
    ...(pursuit === undefined || process === undefined || stakeholders === undefined
      ? {}
      : {
          pursuit: {
            asOf,
            pursuit,
            dealStage: process.dealStage(pursuit, { centre: stakeholders, asOf }),
            stages: process.stageHistories(pursuit, { asOf }),
            commitments: process.commitmentStatuses(pursuit, { asOf }).map(({ commitment: _commitment, ...status }) => status),
            progress: process.progress(pursuit, { asOf }),
            ...(pursuit.negotiation === undefined ? {} : { negotiation: process.negotiationPosition(pursuit.negotiation, { asOf }) }),
            checks: process.checkPursuit(pursuit, { centre: stakeholders, asOf, evaluation: figures?.evaluation }),
            moves: process.nextMoves(pursuit, { centre: stakeholders, asOf, ...(frame === undefined ? {} : { frame }), evaluation: figures?.evaluation, summary: figures?.summary }),
          },
        }),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The summary as data, without the evaluation it keeps for its chart (the report holds the case's own). */
function withoutEvaluation(summary: DocumentFigures["summary"]): Omit<DocumentFigures["summary"], "headlineEvaluation"> {
  const { headlineEvaluation: _evaluation, ...rest } = summary;
  return rest;
}

/**
 * The paper and date of the html and pdf reports; undefined for md and json. --paper, --date and
 * --chromium given to a format that does not use them are usage errors, as is a pdf without -o.
 */
async function printOptions(args: ParsedArgs, format: (typeof reportFormats)[number]): Promise<{ paper: (typeof reportPapers)[number]; date: string } | undefined> {
  const paper = choice(args, "paper", reportPapers, "report") ?? "a4";
  const date = text(args, "date");
  const printed = format === "html" || format === "pdf";
  for (const name of ["paper", "date"]) {
    if (!printed && args.values[name] !== undefined) throw new CliUsageError(`--${name} applies to --format html or pdf`, "report");
  }
  if (format !== "pdf" && args.values["chromium"] !== undefined) throw new CliUsageError("--chromium applies to --format pdf", "report");
  const output = text(args, "output");
  if (format === "pdf" && (output === undefined || output === "-")) throw new CliUsageError("--format pdf writes a file: give it with -o <file>.pdf", "report");
  if (!printed) return undefined;
  if (date !== undefined) {
    const { formatDate } = await import("../../render/format/formatDate.js");
    try {
      formatDate(date);
    } catch {
      throw new CliUsageError(`--date must be a calendar date written YYYY-MM-DD; got "${date}"`, "report");
    }
  }
  return { paper, date: date ?? today() };
}

/** Options that do not apply to a workbook are usage errors, as is a workbook without -o. */
function checkWorkbookOptions(args: ParsedArgs): void {
  for (const name of ["locale", "appendix", "iterations", "seed"]) {
    if (args.values[name] !== undefined) throw new CliUsageError(`--${name} does not apply to --format xlsx (the workbook is in English, holds the whole calculation and no simulation)`, "report");
  }
  const output = text(args, "output");
  if (output === undefined || output === "-") throw new CliUsageError("--format xlsx writes a file: give it with -o <file>.xlsx", "report");
}

/** Writes the workbook; valueframe/xlsx loads only here. */
async function workbookReport(io: CliIo, output: string, figures: DocumentFigures & { document: LoadedDocument["document"] }, audience: (typeof reportAudiences)[number]): Promise<number> {
  const { toWorkbook, toXlsx } = await import("../../xlsx/index.js");
  const workbook = toWorkbook(figures, { audience });
  io.writeFile(resolve(io.cwd, output), await toXlsx(workbook));
  const formulas = workbook.sheets.reduce((n, sheet) => n + sheet.rows.reduce((m, row) => m + row.filter((cell) => cell.formula !== undefined).length, 0), 0);
  io.stderr(`valueframe: wrote ${output} (${workbook.sheets.length} sheets: ${workbook.sheets.map((sheet) => sheet.name).join(", ")}; ${formulas} formulas, ${workbook.names.length} named cells; ${audience === "customer" ? "for the customer" : "for the seller, with the Checks sheet"})\n`);
  return 0;
}

/** Prints the HTML report to `output` through headless Chromium; exit code 3 when there is none or it fails. */
async function pdfReport(io: CliIo, output: string, chromium: string | undefined, html: string, print: { paper: string; date: string }): Promise<number> {
  const { EXIT_PRINT, PdfPrintError, findChromium, printPdf } = await import("../_internal/pdf.js");
  try {
    const { pages } = await printPdf({ html, chromium: findChromium({ flag: chromium }), output: resolve(io.cwd, output) });
    io.stderr(`valueframe: wrote ${output} (${pages} ${print.paper === "letter" ? "Letter" : "A4"} page${pages === 1 ? "" : "s"}, dated ${print.date})\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof PdfPrintError)) throw error;
    io.stderr(`${error.message} [${error.code}]\n`);
    return EXIT_PRINT;
  }
}
