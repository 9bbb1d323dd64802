/** `valueframe portfolio <folder>`: every value-case document of a folder as one ranked pipeline, on every core. */
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { PortfolioRateError } from "../../portfolio/errors.js";
import { pipelineByMonth, type PortfolioPipeline } from "../../portfolio/aggregate.js";
import { inProcessRunner } from "../../runners/inProcess.js";
import { parsePortfolioSettings } from "../../runners/parseSettings.js";
import { poolRunner } from "../../runners/pool.js";
import { runPortfolio } from "../../runners/runPortfolio.js";
import { DEFAULT_QUEUE_NAME, queueRunner } from "../../runners/queue.js";
import type { DocumentReader } from "../../runners/task.js";
import { PortfolioArgumentError } from "../../portfolio/errors.js";
import { portfolioToHtml } from "../../render/html/portfolioToHtml.js";
import { portfolioToMarkdown } from "../../render/markdown/portfolioToMarkdown.js";
import { choice, integer, text, writeResult, type Command } from "../_internal/command.js";
import { count, money } from "../_internal/format.js";
import { readFailure } from "../_internal/loadDocument.js";
import type { LocatedProblem } from "../_internal/problems.js";
import { reportProblems } from "../_internal/problemsOut.js";
import { CliUsageError } from "../errors.js";
import type { CliIo } from "../io.js";

/** A figure of the pipeline (an exact decimal). */
type Decimal = PortfolioPipeline["customerValue"]["weightedNpv"];

/** A value-case document: `huatong.valuecase.json`… */
const DOCUMENT_FILE = /\.valuecase\.(json|ya?ml)$/i;
/** A folder's settings file: `portfolio.yaml`, `east.portfolio.json`… */
const SETTINGS_FILE = /(^|\.)portfolio\.(ya?ml|json)$/i;

/** The portfolio command. */
export const portfolioCommand: Command = {
  name: "portfolio",
  summary: "every value case of a folder as one ranked pipeline: the customers' weighted NPV, the seller's revenue beside it",
  usage: "valueframe portfolio <folder> [--portfolio portfolio.yaml] [--jobs N | --queue redis://…] [--simulate N [--seed S]] [--format text|md|html|json] [-o <out>]",
  help: `Reads every *.valuecase.json, .yaml and .yml of the folder (members as validate reads them) and the
portfolio's settings — the reporting currency, each other currency's exchange rate with its source and
day, the tiers, the stage rates: the folder's portfolio.yaml (or *.portfolio.yaml, .yml, .json), or the
file --portfolio names — evaluates each document on a pool of worker threads, and prints the pipeline:
the customers' probability-weighted NPV in the reporting currency by expected decision month, tier,
funnel stage and solution, the seller's stage-weighted revenue beside it (never combined with it), and
the cases ranked. Rates are stated, never guessed: a currency without one is a located error.

A document that cannot be read, parsed, validated or evaluated is printed as file:line:column: path:
message [code] and left out; the others are still aggregated (exit 1 when any failed). A progress bar is
drawn on standard error when it is a terminal.

Options:
      --portfolio <file>     the settings file (default: the folder's portfolio.yaml); --rates is the same
  -j, --jobs <n>             worker threads (default: the machine's cores); 1 runs in this thread
      --queue <url>          instead, one job per document on a BullMQ queue in Redis
                             (redis://[user:password@]host[:port][/db]), taken by \`valueframe worker\`
                             on any number of machines; each job carries its document's member files
      --queue-name <name>    the queue's name, the workers' (default ${DEFAULT_QUEUE_NAME})
      --run-id <id>          the run's id, the first part of each job id (default: from the clock);
                             a run stopped and started again with its id takes the jobs done
      --simulate <n>         also simulate each case's weighted NPV, n iterations (seeded Monte Carlo over its
                             uncertain drivers): the sum of the cases' means and of their own P10 / P90
      --seed <s>             the simulations' seed (default 1): the same seed gives the same figures
  -f, --format <text|md|html|json>
                             output format (default text); md and html the pipeline as a document (every
                             table, the flows by month, the failures; html one page with a chart); json the
                             pipeline as data with exact decimal strings
  -o, --output <out>         write to this file instead of stdout
  -h, --help                 show this help

Exit codes: 0 ok, 1 invalid input (bad settings, an unknown rate, a document that failed), 2 usage error.

Example:
  valueframe portfolio examples/portfolio`,
  options: {
    portfolio: { type: "string" },
    rates: { type: "string" },
    jobs: { type: "string", short: "j" },
    queue: { type: "string" },
    "queue-name": { type: "string" },
    "run-id": { type: "string" },
    simulate: { type: "string" },
    seed: { type: "string" },
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
  },
  positionals: ["folder"],
  async run(args, io) {
    const format = choice(args, "format", ["text", "md", "html", "json"] as const, "portfolio") ?? "text";
    const jobs = integer(args, "jobs", 1, 256, "portfolio") ?? availableParallelism();
    const queue = text(args, "queue");
    if (queue !== undefined && text(args, "jobs") !== undefined) throw new CliUsageError("give --jobs or --queue, not both: with --queue the workers run the jobs", "portfolio");
    if (queue === undefined && (text(args, "queue-name") !== undefined || text(args, "run-id") !== undefined)) throw new CliUsageError("--queue-name and --run-id need --queue", "portfolio");
    const iterations = integer(args, "simulate", 1, 10_000_000, "portfolio");
    const seed = integer(args, "seed", -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "portfolio");
    if (seed !== undefined && iterations === undefined) throw new CliUsageError("--seed needs --simulate", "portfolio");
    const simulation = iterations === undefined ? undefined : { iterations, seed: seed ?? 1 };
    const folder = args.positionals[0]!;
    const entries = io.listFolder?.(resolve(io.cwd, folder));
    if (entries === undefined) throw new CliUsageError(`${folder} is not a folder`, "portfolio");
    const given = text(args, "portfolio") ?? text(args, "rates");
    if (text(args, "portfolio") !== undefined && text(args, "rates") !== undefined) throw new CliUsageError("give --portfolio or --rates, not both", "portfolio");
    const found = entries.filter((entry) => SETTINGS_FILE.test(entry)).sort();
    if (given === undefined && found.length !== 1) throw new CliUsageError(found.length === 0 ? `${folder} holds no portfolio.yaml: name the settings file with --portfolio` : `${folder} holds ${found.length} settings files (${found.join(", ")}): name one with --portfolio`, "portfolio");
    const settingsFile = given ?? join(folder, found[0]!);
    const files = entries.filter((entry) => DOCUMENT_FILE.test(entry)).sort().map((entry) => join(folder, entry));
    if (files.length === 0) throw new CliUsageError(`${folder} holds no value-case document (*.valuecase.json, .yaml, .yml)`, "portfolio");

    let settingsText: string;
    try {
      settingsText = io.readFile(resolve(io.cwd, settingsFile));
    } catch (error) {
      const { code, reason } = readFailure(error);
      return reportProblems(io, [{ file: settingsFile, line: 1, column: 1, path: undefined, message: `cannot read ${settingsFile}: ${reason}`, code }]);
    }
    // Tiers name documents relative to the settings file; the run names them from the working folder.
    const settingsFolder = dirname(settingsFile);
    const settings = parsePortfolioSettings(settingsText, settingsFile, { tierPath: (key) => relative(io.cwd, resolve(io.cwd, settingsFolder, key)) || key });
    if (!settings.success) return reportProblems(io, settings.issues.map((issue) => ({ file: issue.file ?? settingsFile, line: issue.line ?? 1, column: issue.column ?? 1, path: issue.path.length === 0 ? undefined : issue.path, message: issue.message, code: issue.code })));

    const documents = files.map((file) => ({ id: file, file }));
    const runner = queue !== undefined ? cliQueueRunner(queue, args, cliReader(io)) : jobs === 1 ? inProcessRunner({ reader: cliReader(io) }) : poolRunner({ threads: jobs });
    const bar = io.stderrIsTTY ? progressBar(io) : undefined;
    // Ctrl-C stops the run cleanly: a queue run removes its waiting jobs.
    const controller = new AbortController();
    const unlisten = io.onStop?.(() => controller.abort(new CliUsageError("the run was stopped", "portfolio"))) ?? (() => {});
    let pipeline: PortfolioPipeline;
    try {
      pipeline = await runPortfolio(documents, { portfolio: settings.portfolio, runner, cwd: io.cwd, onProgress: bar, simulation, signal: controller.signal });
    } catch (error) {
      if (!(error instanceof PortfolioRateError)) throw error;
      return reportProblems(io, error.issues.map((issue) => ({ ...settings.locate(["rates"]), path: issue.path, message: issue.message, code: error.code })));
    } finally {
      unlisten();
      if (bar !== undefined) io.stderr("\n");
    }
    const failures = failureProblems(pipeline);
    if (format === "json") writeResult(io, text(args, "output"), `${JSON.stringify({ folder, settings: settingsFile, pipeline }, null, 2)}\n`);
    else {
      const title = `Portfolio: ${folder}`;
      writeResult(io, text(args, "output"), format === "md" ? portfolioToMarkdown(pipeline, { title }) : format === "html" ? portfolioToHtml(pipeline, { title }) : textSummary(folder, pipeline));
    }
    return failures.length === 0 ? 0 : reportProblems(io, failures);
  },
};

/** Documents through the CLI's io: paths from its working folder, members only from each document's own folder. */
function cliReader(io: CliIo): DocumentReader {
  const read = (path: string) => io.readFile(resolve(io.cwd, path));
  return {
    readDocument: read,
    readMember: (file, reference) => {
      const name = relative(io.cwd, resolve(io.cwd, dirname(file), reference)) || reference;
      if (relative(resolve(io.cwd, dirname(file)), resolve(io.cwd, name)).startsWith("..")) throw new Error(`${reference} is outside the document's folder`);
      try {
        return { text: read(name), fileName: name };
      } catch (error) {
        if (readFailure(error).code === "file_not_found") return undefined;
        throw error;
      }
    },
  };
}

/** The queue runner of --queue, its option problems as usage errors. */
function cliQueueRunner(connection: string, args: Parameters<Command["run"]>[0], reader: DocumentReader) {
  try {
    return queueRunner({ connection, reader, queueName: text(args, "queue-name"), runId: text(args, "run-id") });
  } catch (error) {
    if (error instanceof PortfolioArgumentError) throw new CliUsageError(error.issues.map((issue) => issue.message).join("; "), "portfolio");
    throw error;
  }
}

/** Draws `[#####.....] done/total` on stderr, in place. */
function progressBar(io: CliIo): (progress: { readonly done: number; readonly total: number }) => void {
  const width = 30;
  return ({ done, total }) => {
    const filled = Math.round((done / total) * width);
    io.stderr(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} documents`);
  };
}

/** Each failed document's problems as the CLI prints them; a failure without a located issue at its file's start. */
function failureProblems(pipeline: PortfolioPipeline): LocatedProblem[] {
  return pipeline.failures.flatMap((failure) => {
    const file = failure.file ?? failure.id;
    if (failure.issues.length === 0) return [{ file, line: 1, column: 1, path: undefined, message: `${failure.message} (document left out)`, code: failure.code }];
    return failure.issues.map((issue) => ({ file: issue.file ?? file, line: issue.line ?? 1, column: issue.column ?? 1, path: issue.path.length === 0 ? undefined : issue.path, message: `${issue.message} (document left out)`, code: issue.code }));
  });
}

/** The terminal summary. */
function textSummary(folder: string, pipeline: PortfolioPipeline): string {
  const cur = pipeline.currency;
  const c = pipeline.customerValue;
  const s = pipeline.sellerRevenue;
  const amount = (value: Decimal | undefined) => (value === undefined ? "—" : money(value, cur)).padStart(22);
  const lines = [
    `${folder}: ${count(pipeline.counts.cases, "case")}, ${count(pipeline.counts.failures, "failure")} — in ${cur}`,
    `  rates: ${pipeline.ratesUsed.length === 0 ? "none used" : pipeline.ratesUsed.map((r) => `${r.currency} ${r.rate.toString()} (${r.source}, ${r.asOf})`).join("; ")}`,
    "",
    `  by decision month    cases   customers' weighted NPV   deals   seller's stage-weighted revenue`,
    ...pipelineByMonth(pipeline).map((r) => `    ${(r.month ?? "no month").padEnd(16)} ${String(r.cases).padStart(5)}   ${amount(r.weightedNpv)}   ${String(r.deals).padStart(5)}   ${amount(r.sellerWeightedRevenue)}`),
    `    ${"total".padEnd(16)} ${String(pipeline.counts.cases).padStart(5)}   ${amount(c.weightedNpv)}   ${String(s.total.deals).padStart(5)}   ${amount(s.total.sellerWeightedRevenue)}`,
    `  the customers' value: ${c.label}`,
    `  the seller's revenue, beside it and never added to it: ${s.label}`,
    "",
    ...riskLines(pipeline),
    `  by tier: ${c.byTier.map((t) => `${t.tier} ${t.cases} ${money(t.weightedNpv, cur)}`).join("; ")}`,
    `  by funnel stage: ${c.byFunnelStage.filter((t) => t.cases > 0).map((t) => `${t.stage} ${t.cases} ${money(t.weightedNpv, cur)}`).join("; ")}`,
    "",
    "  ranked by the customer's weighted NPV",
    ...pipeline.ranking.map((r) => `    ${String(r.rank).padStart(3)}. ${r.customer} (${r.file ?? r.id})  ${money(r.weightedNpv, cur)}${r.currency === cur ? "" : ` (${money(r.caseWeightedNpv, r.currency)})`}  ${r.month ?? "no month"}  ${r.tier}  stage ${r.stage}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** The simulated cases' sums, when any case was simulated. */
function riskLines(pipeline: PortfolioPipeline): string[] {
  const risk = pipeline.risk;
  if (risk === null) return [];
  const cur = pipeline.currency;
  return [
    `  simulated (${count(risk.cases, "case")}, ${risk.iterations.join(" / ")} iterations each${risk.notSimulated > 0 ? `; ${risk.notSimulated} not simulated` : ""}): mean ${money(risk.meanNpv, cur)}; sums of each case's own P10 ${money(risk.sumOfP10, cur)}, P50 ${money(risk.sumOfP50, cur)}, P90 ${money(risk.sumOfP90, cur)} — not the portfolio's percentiles`,
    `  more often not above 0 than above: ${risk.likelyNotPositive.length === 0 ? "none" : risk.likelyNotPositive.join(", ")}`,
    "",
  ];
}
