/** `valueframe track <file>`: the value case against what the customer measured after the sale, as of a day; actuals from the document and from CSV files. */
import { resolve } from "node:path";
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { safeDefineRealisation } from "../../realise/defineRealisation.js";
import type { Measurement, Realisation } from "../../realise/schema.js";
import { trackRealisation, type RealisationTrack } from "../../realise/trackRealisation.js";
import { asOfArgument, choice, text, writeResult, type Command } from "../_internal/command.js";
import { count, grouped, money, percent } from "../_internal/format.js";
import { allowRootOf, loadDocument } from "../_internal/loadDocument.js";
import type { LocatedProblem } from "../_internal/problems.js";
import { reportProblems, reportWarnings } from "../_internal/problemsOut.js";
import { reportAudiences, reportLocales } from "../_internal/renderReport.js";
import { CliUsageError } from "../errors.js";
import type { CliIo } from "../io.js";

/** The columns a CSV of actuals has, `kpi`, `date`, `value` and `source` required. */
export const CSV_COLUMNS = ["kpi", "date", "value", "unit", "source", "confidence", "correction", "note"] as const;

/** The track command. */
export const trackCommand: Command = {
  name: "track",
  summary: "track the value case against the actuals measured after the sale: realised, at risk, forecast",
  usage: "valueframe track <file> [--actuals <file.csv>]... [--as-of YYYY-MM-DD] [--format text|md|html|json] [--audience internal|customer] [--locale en|zh-CN] [--skip-invalid] [-o <out>]",
  help: `Reads the document's value case and realisation (the KPIs the customer measures, each with its
baseline, target and the driver of the case it sets) and the actuals — the document's, then each
--actuals CSV file's — and prints, as of --as-of (default today, printed): money realised to date
against money promised to date (the case re-evaluated with the actual driver values, unweighted), the
NPV at completion by the plan and by the measurements' trend against the promised NPV, and for each
KPI its latest actual, the plan now, the share of the improvement achieved against the share planned,
the status (on track ≥ 0.9 of plan, at risk ≥ 0.6, else off track) and the milestones met or missed.

A CSV of actuals has a header row naming its columns: kpi, date, value and source, and optionally unit,
confidence (0 to 1), correction (true or false: replaces the measurement of that KPI and date written
before it, which is kept as history) and note. Values are decimal numbers written with a point.

Every problem — of the document, and of each CSV row (an unknown KPI, another unit, a date outside the
case's horizon or after --as-of, two measurements of one date without a correction, a cell that is not a
number) — is printed as file:line:column: path: message [code], all in one run, and nothing is written
(exit 1). With --skip-invalid the rows with problems are printed as warnings and left out, and the
valid rows are tracked.

Options:
  -a, --actuals <file.csv>   actuals to add to the document's (may be given more than once)
      --as-of <YYYY-MM-DD>   today: later measurements are refused, milestones judged (default: today)
  -f, --format <text|md|html|json> output format (default text); md and html are the realisation report,
                             json the track as data with exact decimal strings
      --audience <internal|customer> whom md and html are for (default internal; customer: the quarterly
                             business review the customer may see)
  -l, --locale <en|zh-CN>    language of md and html (default en)
      --skip-invalid         track the valid rows of the CSV files, the others printed as warnings
      --allow-root <folder>  read member files from anywhere under this folder
  -o, --output <out>         write to this file instead of stdout
  -h, --help                 show this help

Exit codes: 0 ok, 1 invalid input, 2 usage error (e.g. a document without a case or a realisation).

Example:
  valueframe track examples/distributor.valuecase.json --as-of 2026-12-06`,
  options: {
    actuals: { type: "string", short: "a", multiple: true },
    "as-of": { type: "string" },
    format: { type: "string", short: "f" },
    audience: { type: "string" },
    locale: { type: "string", short: "l" },
    "skip-invalid": { type: "boolean" },
    "allow-root": { type: "string" },
    output: { type: "string", short: "o" },
  },
  positionals: ["file"],
  async run(args, io) {
    const format = choice(args, "format", ["text", "md", "html", "json"] as const, "track") ?? "text";
    const audience = choice(args, "audience", reportAudiences, "track");
    const locale = choice(args, "locale", reportLocales, "track");
    if ((audience !== undefined || locale !== undefined) && (format === "text" || format === "json")) throw new CliUsageError("--audience and --locale apply to --format md or html", "track");
    const asOf = asOfArgument(args, "track");
    const file = args.positionals[0]!;
    const result = loadDocument(file, io, { ...allowRootOf(args), asOf });
    if ("problems" in result) return reportProblems(io, result.problems);
    const { loaded } = result;
    const { case: valueCase, realisation, frame, bvf, stakeholders } = loaded.document;
    if (valueCase === undefined || realisation === undefined) throw new CliUsageError(`${file} has no ${valueCase === undefined ? "value case" : "realisation"}: track measures the case against the realisation's actuals`, "track");
    const csvFiles = ((args.values["actuals"] as unknown as string[] | undefined) ?? []).map((name) => ({ name, text: readCsv(io, name) }));
    const combined = await withCsvActuals(realisation, csvFiles, { valueCase, frame, bvf, centre: stakeholders, asOf });
    if (combined.problems.length > 0) {
      if (args.values["skip-invalid"] !== true) return reportProblems(io, combined.problems);
      reportWarnings(io, combined.problems.map((p) => ({ ...p, message: `${p.message} (row left out)`, severity: "warning" as const })));
    }
    // The document's own warnings are validate's to print; track speaks of the realisation.
    const track = trackRealisation(combined.realisation, { valueCase, asOf, ...(bvf === undefined ? {} : { bvf }) });
    if (format === "json") {
      writeResult(io, text(args, "output"), `${JSON.stringify({ document: file, actuals: csvFiles.map((f) => f.name), track }, null, 2)}\n`);
      return 0;
    }
    if (format === "md" || format === "html") {
      const { realisationToMarkdown } = await import("../../render/markdown/realisationToMarkdown.js");
      const options = { locale: locale ?? "en", audience: audience ?? "internal", ...(stakeholders === undefined ? {} : { centre: stakeholders }), ...(frame === undefined ? {} : { frame }) } as const;
      if (format === "md") writeResult(io, text(args, "output"), realisationToMarkdown(track, options));
      else {
        const { toHtmlReport } = await import("../../render/html/toHtmlReport.js");
        writeResult(io, text(args, "output"), toHtmlReport({ realisation: { track } }, { locale: options.locale, audience: options.audience }));
      }
      return 0;
    }
    writeResult(io, text(args, "output"), textSummary(file, track));
    return 0;
  },
};

function readCsv(io: CliIo, name: string): string {
  try {
    return io.readFile(resolve(io.cwd, name));
  } catch (error) {
    throw new CliUsageError(`cannot read --actuals ${name}: ${error instanceof Error ? error.message : String(error)}`, "track");
  }
}

/** A CSV row as a measurement's input, with where each cell was. */
interface CsvRow {
  readonly file: string;
  /** The row's place among its file's records, from 0. */
  readonly index: number;
  readonly line: number;
  readonly columns: Readonly<Record<string, number>>;
  readonly input: Record<string, unknown>;
}

/**
 * The realisation with every CSV file's rows added after the document's actuals, validated together
 * (a correction in a CSV may replace a document's measurement). Problems in CSV rows are located at
 * their file, line and column; the realisation returned holds the rows without problems.
 */
async function withCsvActuals(
  realisation: Realisation,
  files: readonly { readonly name: string; readonly text: string }[],
  context: Parameters<typeof safeDefineRealisation>[1],
): Promise<{ readonly realisation: Realisation; readonly problems: readonly LocatedProblem[] }> {
  if (files.length === 0) return { realisation, problems: [] };
  const { parse } = await import("csv-parse/sync");
  const problems: LocatedProblem[] = [];
  const rows: CsvRow[] = [];
  for (const file of files) {
    let records: { record: Record<string, string>; info: { lines: number; raw?: string } }[];
    try {
      // A record csv-parse cannot read (a stray quote, too many cells) is one located problem; the rest are still read.
      records = parse(file.text, {
        columns: true,
        info: true,
        raw: true,
        skip_empty_lines: true,
        trim: true,
        bom: true,
        relax_column_count_less: true,
        skip_records_with_error: true,
        on_skip: (error: { lines?: number; message?: string } | undefined) => {
          if (error !== undefined) problems.push({ file: file.name, line: error.lines ?? 1, column: 1, path: undefined, message: error.message ?? "a record that cannot be read", code: "csv_syntax" });
        },
      } as never) as never;
    } catch (error) {
      const where = error as { lines?: number; message?: string };
      problems.push({ file: file.name, line: where.lines ?? 1, column: 1, path: undefined, message: where.message ?? String(error), code: "csv_syntax" });
      continue;
    }
    const header = (records[0] === undefined ? [] : Object.keys(records[0].record)) as string[];
    const unknown = header.filter((column) => !(CSV_COLUMNS as readonly string[]).includes(column));
    const missing = ["kpi", "date", "value", "source"].filter((column) => records.length > 0 && !header.includes(column));
    if (unknown.length > 0 || missing.length > 0) {
      problems.push({
        file: file.name,
        line: 1,
        column: 1,
        path: undefined,
        message: [missing.length > 0 ? `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` : "", unknown.length > 0 ? `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} (columns: ${CSV_COLUMNS.join(", ")})` : ""].filter(Boolean).join("; "),
        code: "csv_columns",
      });
      continue;
    }
    let index = 0;
    for (const { record, info } of records) {
      const input: Record<string, unknown> = {};
      for (const [key, cell] of Object.entries(record)) {
        if (cell === "") continue;
        input[key] = key === "correction" ? (cell === "true" ? true : cell === "false" ? false : cell) : cell;
      }
      const raw = (info.raw ?? "").replace(/^[\r\n]+/, "");
      // The record's first line: csv-parse counts to its end, and a quoted cell may span lines.
      const line = info.lines - (raw.match(/\r\n|\r|\n/g)?.length ?? 0) + (/[\r\n]$/.test(raw) ? 1 : 0);
      rows.push({ file: file.name, index: index++, line, columns: cellColumns(raw, header), input });
    }
  }
  const own = realisation.actuals.length;
  const all = { start: realisation.start, kpis: realisation.kpis, actuals: [...realisation.actuals, ...rows.map((row) => row.input)] };
  const checked = safeDefineRealisation(all, context);
  if (checked.success) return { realisation: checked.data, problems };
  const bad = new Set<number>();
  for (const issue of checked.error.issues) {
    const index = issue.path[0] === "actuals" && typeof issue.path[1] === "number" ? issue.path[1] : undefined;
    if (index === undefined || index < own) {
      problems.push({ file: "realisation", line: 1, column: 1, path: issue.path, message: issue.message, code: issue.code });
      continue;
    }
    const row = rows[index - own]!;
    bad.add(index);
    problems.push(rowProblem(row, issue));
  }
  // Read top to bottom: each file in the order given, its problems by line.
  const order = new Map(files.map((f, i) => [f.name, i]));
  problems.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.line - b.line);
  if (problems.some((p) => p.file === "realisation")) return { realisation, problems };
  // The valid rows, validated again without the ones that had problems.
  const kept = safeDefineRealisation({ ...all, actuals: all.actuals.filter((_, i) => !bad.has(i)) }, context);
  return { realisation: kept.success ? kept.data : realisation, problems };
}

/** A problem of one CSV row at its file, line and the column of the cell it concerns; the path counts the rows of its own file. */
function rowProblem(row: CsvRow, issue: ValueframeIssue): LocatedProblem {
  const field = typeof issue.path[2] === "string" ? issue.path[2] : undefined;
  return { file: row.file, line: row.line, column: (field === undefined ? undefined : row.columns[field]) ?? 1, path: ["actuals", row.index, ...issue.path.slice(2)], message: issue.message, code: issue.code };
}

/** The 1-based character column where each named cell of a raw CSV line starts (quotes and doubled quotes respected). */
function cellColumns(raw: string, header: readonly string[]): Record<string, number> {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) starts.push(i + 2);
    else if ((c === "\n" || c === "\r") && !quoted) break;
  }
  return Object.fromEntries(header.map((name, i) => [name, starts[i] ?? 1]));
}

const STATUS_WORDS = { onTrack: "on track", atRisk: "at risk", offTrack: "off track", notMeasured: "not measured" } as const;

/** The terminal summary: money, then each KPI. */
function textSummary(file: string, track: RealisationTrack): string {
  const { money: m } = track;
  const cur = m.currency;
  const statuses = (["onTrack", "atRisk", "offTrack", "notMeasured"] as const).map((s) => [s, track.kpis.filter((k) => k.status === s).length] as const).filter(([, n]) => n > 0);
  const milestones = track.kpis.flatMap((k) => k.milestones);
  const tally = (state: string) => milestones.filter((ms) => ms.state === state).length;
  const lines = [
    `${file}: value realised as of ${track.asOf} (the case started ${track.start}, ends ${track.end})`,
    `  realised to date   ${money(m.realisedToDate, cur)} against ${money(m.promisedToDate, cur)} promised to date (${m.varianceToDate.isNegative() ? "" : "+"}${money(m.varianceToDate, cur)}; unweighted)`,
    `  NPV at completion  ${money(m.forecastNpvPlan, cur)} by the plan, ${money(m.forecastNpvTrend, cur)} by the trend; promised ${money(m.promisedNpv, cur)} (risk-weighted ${money(m.promisedWeightedNpv, cur)})`,
    `  KPIs               ${statuses.map(([s, n]) => `${n} ${STATUS_WORDS[s]}`).join(", ")}; milestones ${tally("met")} met, ${tally("missed")} missed, ${tally("pending")} pending`,
    "",
    ...track.kpis.flatMap((k) => {
      const latest = k.latest === undefined ? "not measured yet" : `${grouped(k.latest.value)} ${k.kpi.unit} on ${k.latest.date}`;
      const shares = k.achievedShare === undefined || k.plannedShare === undefined ? "" : `; ${percent(k.achievedShare)} of the improvement achieved, ${percent(k.plannedShare)} planned by then`;
      const missed = k.milestones.filter((ms) => ms.state === "missed").map((ms) => `${ms.label} (${ms.date})`);
      return [
        `  ${k.kpi.name} (${k.kpi.id}): ${STATUS_WORDS[k.status]}`,
        `    latest ${latest}; planned now ${grouped(k.plannedNow)} ${k.kpi.unit}; baseline ${grouped(k.kpi.baseline)}, target ${grouped(k.kpi.target)}${shares}`,
        ...(missed.length === 0 ? [] : [`    missed: ${missed.join("; ")}`]),
      ];
    }),
    `  ${count(track.kpis.length, "KPI")}; the status rule: achieved ÷ planned share ≥ 0.9 on track, ≥ 0.6 at risk, else off track`,
  ];
  return `${lines.join("\n")}\n`;
}

