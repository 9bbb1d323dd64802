/** `valueframe funnel <territory|folder>`: the manager's view across accounts — a territory reviewed with each of its value-case documents. */
import { dirname, join, relative, resolve } from "node:path";
import { safeParseTerritory } from "../../document/parseTerritory.js";
import { funnelStageInfo, funnelStages, type PipelineSum, type WeightedPipeline } from "../../qualify/funnel.js";
import { QualifyArgumentError } from "../../qualify/errors.js";
import { defineTerritory, reviewTerritory, type Territory, type TerritoryOpportunity, type TerritoryReview } from "../../qualify/territory.js";
import { asOfArgument, choice, text, writeResult, type Command } from "../_internal/command.js";
import { count, grouped, money, percent } from "../_internal/format.js";
import { allowRootOf, loadDocument, located, readFailure } from "../_internal/loadDocument.js";
import type { LocatedProblem } from "../_internal/problems.js";
import { reportProblems, reportWarnings } from "../_internal/problemsOut.js";
import { reportLocales } from "../_internal/renderReport.js";
import { CliUsageError } from "../errors.js";
import type { CliIo } from "../io.js";
import { fiveWTwoPQuestions } from "../../qualify/fiveWTwoP.js";

/** A territory file: `territory.yaml`, `east.territory.json`… */
const TERRITORY_FILE = /(^|\.)territory\.(ya?ml|json)$/i;
/** A value-case document: `distributor.valuecase.json`… */
const DOCUMENT_FILE = /\.valuecase\.(json|ya?ml)$/i;

/** The funnel command. */
export const funnelCommand: Command = {
  name: "funnel",
  summary: "review a territory: the funnel, the seller's stage-weighted revenue, each opportunity's qualification, top accounts and tiers",
  usage: "valueframe funnel <territory.yaml|folder> [--as-of YYYY-MM-DD] [--format text|md|html|json] [--locale en|zh-CN] [--skip-invalid] [-o <out>]",
  help: `Reads a territory — the seller-level file naming the value-case documents a seller covers, with the
deals that have no document yet, the stage rates, the accounts ranked for top accounts and the 5 + 5 + 5
tiers — and each document it names (relative to the territory file, members read as validate reads them),
and prints the review: the funnel of the territory's deals and each document's qualification funnel entry;
the seller's stage-weighted revenue (expected revenue × stage rate) by expected month, by stage and in
total, in the territory's currency — deals in another currency are listed, not converted; it is the
seller's revenue, never the customer's value; each opportunity's qualification in one row (assessment,
our rank, value-matrix category, opening, 5W + 2P, PAIN + VISION + POWER, the account plan's
completeness); the documents without a qualification; the top accounts; the tiers and their monthly review.
Everything here is the seller's: never hand it to the customer.

The argument is a territory file (YAML or JSON), or a folder: its one territory file (territory.yaml or
*.territory.yaml, .yml, .json), or, when it has none, a territory of every *.valuecase.json, .yaml or .yml
in it (sorted; with no currency, its documents' deals must share one).

Every problem — of the territory and of every document it names — is printed as file:line:column: path:
message [code], all in one run, and nothing is written (exit 1). With --skip-invalid a document with
problems is left out (its problems printed as warnings, the document listed as without a qualification)
and the others are reviewed; a territory with problems is never reviewed.

Options:
      --as-of <YYYY-MM-DD>   today, for the documents' buying centres and pursuits (default: today)
  -f, --format <text|md|html|json> output format (default text); md is the territory review, html the
                             same as one self-contained page with its charts, json the review as data
                             with exact decimal strings
  -l, --locale <en|zh-CN>    language of md and html (default en)
      --skip-invalid         review the valid documents, the others printed as warnings and left out
      --allow-root <folder>  read member files from anywhere under this folder (default: each
                             document's own folder)
  -o, --output <out>         write to this file instead of stdout
  -h, --help                 show this help

Exit codes: 0 ok, 1 invalid input, 2 usage error (e.g. a folder with several territory files).

Example:
  valueframe funnel examples/territory.yaml`,
  options: {
    "as-of": { type: "string" },
    format: { type: "string", short: "f" },
    locale: { type: "string", short: "l" },
    "skip-invalid": { type: "boolean" },
    "allow-root": { type: "string" },
    output: { type: "string", short: "o" },
  },
  positionals: ["territory"],
  async run(args, io) {
    const format = choice(args, "format", ["text", "md", "html", "json"] as const, "funnel") ?? "text";
    const locale = choice(args, "locale", reportLocales, "funnel");
    if (locale !== undefined && format !== "md" && format !== "html") throw new CliUsageError("--locale applies to --format md or html", "funnel");
    const asOf = asOfArgument(args, "funnel");
    const source = territorySource(args.positionals[0]!, io);
    const problems: LocatedProblem[] = [];
    let territory: Territory | undefined;
    let documents: readonly string[];
    // Where a problem of the territory as a whole is printed: its currency, else the folder.
    let where = { file: source.kind === "file" ? source.file : source.folder, line: 1, column: 1 };
    if (source.kind === "file") {
      const read = readTerritory(source.file, io);
      if ("problem" in read) return reportProblems(io, [read.problem]);
      const parsed = safeParseTerritory(read.text, { fileName: source.file });
      documents = parsed.documents;
      if (parsed.success) {
        territory = parsed.data.territory;
        where = parsed.data.locate(["currency"]);
        reportWarnings(io, parsed.warnings.map((w) => located(w, "warning")));
      } else problems.push(...parsed.error.issues.map((issue) => located(issue)));
    } else {
      documents = source.documents;
      territory = defineTerritory({ documents });
    }

    // Every document the territory names, read relative to it, each through the same store as validate.
    const folder = source.kind === "file" ? dirname(source.file) : source.folder;
    const opportunities: TerritoryOpportunity[] = [];
    const skipped: { readonly document: string; readonly problems: number }[] = [];
    const documentProblems: LocatedProblem[] = [];
    for (const document of documents) {
      const file = relative(io.cwd, resolve(io.cwd, folder, document)) || document;
      const loaded = loadDocument(file, io, { ...allowRootOf(args), asOf });
      if ("problems" in loaded) {
        documentProblems.push(...loaded.problems);
        skipped.push({ document, problems: loaded.problems.length });
        continue;
      }
      const { frame, qualification, account, stakeholders } = loaded.loaded.document;
      opportunities.push({ document, customer: frame?.customer.name ?? account?.account ?? document, qualification, account, centre: stakeholders });
    }
    if (territory === undefined || (documentProblems.length > 0 && args.values["skip-invalid"] !== true)) return reportProblems(io, [...problems, ...documentProblems]);
    if (documentProblems.length > 0) reportWarnings(io, documentProblems.map((p) => ({ ...p, message: `${p.message} (document left out)`, severity: "warning" as const })));

    let review: TerritoryReview;
    try {
      review = reviewTerritory(territory, { opportunities });
    } catch (error) {
      // A funnel mixing currencies, in a territory that names none.
      if (!(error instanceof QualifyArgumentError)) throw error;
      return reportProblems(io, error.issues.map((issue) => ({ file: where.file, line: where.line, column: where.column, path: issue.path, message: `${issue.message} (write "currency" in the territory)`, code: issue.code })));
    }
    const name = source.kind === "file" ? source.file : source.folder;
    if (format === "json") {
      writeResult(io, text(args, "output"), `${JSON.stringify({ territory: name, documents, skipped: skipped.map((s) => s.document), review }, null, 2)}\n`);
      return 0;
    }
    if (format === "md") {
      const { territoryToMarkdown } = await import("../../render/markdown/territoryToMarkdown.js");
      writeResult(io, text(args, "output"), `${territoryToMarkdown(review, { locale: locale ?? "en" })}\n`);
      return 0;
    }
    if (format === "html") {
      const { territoryToHtml } = await import("../../render/html/territoryToHtml.js");
      writeResult(io, text(args, "output"), territoryToHtml(review, { locale: locale ?? "en" }));
      return 0;
    }
    writeResult(io, text(args, "output"), textSummary(name, review, skipped));
    return 0;
  },
};

/** What the argument names: a territory file, or a folder of documents without one. */
type TerritorySource = { readonly kind: "file"; readonly file: string } | { readonly kind: "folder"; readonly folder: string; readonly documents: readonly string[] };

/** The territory file the argument names: the file itself, a folder's one territory file, or the folder's documents. */
function territorySource(argument: string, io: CliIo): TerritorySource {
  const entries = io.listFolder?.(resolve(io.cwd, argument));
  if (entries === undefined) return { kind: "file", file: argument };
  const territories = entries.filter((entry) => TERRITORY_FILE.test(entry)).sort();
  if (territories.length > 1) throw new CliUsageError(`${argument} holds ${territories.length} territory files (${territories.join(", ")}): name the one to review`, "funnel");
  if (territories.length === 1) return { kind: "file", file: join(argument, territories[0]!) };
  const documents = entries.filter((entry) => DOCUMENT_FILE.test(entry)).sort();
  if (documents.length === 0) throw new CliUsageError(`${argument} holds no territory file and no value-case document (*.valuecase.json, .yaml, .yml)`, "funnel");
  return { kind: "folder", folder: argument, documents };
}

function readTerritory(file: string, io: CliIo): { readonly text: string } | { readonly problem: LocatedProblem } {
  try {
    return { text: io.readFile(resolve(io.cwd, file)) };
  } catch (error) {
    const { code, reason } = readFailure(error);
    return { problem: { file, line: 1, column: 1, path: undefined, message: `cannot read ${file}: ${reason}`, code } };
  }
}

const DECISION_WORDS = { go: "go", qualifyFurther: "qualify further", noGo: "no go" } as const;
const TIER_WORDS = { muchBusiness: "much business", someBusiness: "some business", noBusiness: "no business yet" } as const;

/** The terminal summary: the pipeline, the opportunities, top accounts, tiers and their review. */
function textSummary(name: string, review: TerritoryReview, skipped: readonly { readonly document: string; readonly problems: number }[]): string {
  const { pipeline, funnel } = review;
  const cur = pipeline.currency;
  const documents = new Set([...review.opportunities.map((o) => o.document), ...review.unqualified]).size;
  const lines = [
    `${name}: territory review${review.seller === undefined ? "" : ` of ${review.seller}`} — ${count(funnel.entries.length, "deal")}, ${count(documents, "document")} (${documents - review.unqualified.length} qualified)`,
    "",
    ...pipelineLines(pipeline, funnel),
    "",
    "  opportunities",
    ...(review.opportunities.length === 0 ? ["    none"] : []),
    ...review.opportunities.map((o) => {
      if (o.stage === undefined && o.assessment === undefined && o.rank === undefined && o.accountPlan === undefined) return `    ${o.customer} (${o.document}): no qualification`;
      const parts = [
        o.stage === undefined ? "no funnel stage" : `stage ${o.stage}`,
        o.assessment === undefined ? undefined : `assessment ${o.assessment.overall === undefined ? "" : `${percent(o.assessment.overall)} `}${DECISION_WORDS[o.assessment.decision]}${o.assessment.weakest === undefined ? "" : `, weakest ${o.assessment.weakest}`}`,
        o.rank === undefined ? undefined : `our rank ${o.rank.us} of ${o.rank.of}${o.rank.leader === undefined ? "" : ` behind ${o.rank.leader}`}`,
        o.category === undefined ? undefined : `category ${o.category}`,
        o.openingGroup === undefined ? undefined : `opening ${o.openingGroup}`,
        o.unanswered === undefined || o.asked === undefined ? undefined : `${o.asked === fiveWTwoPQuestions.length ? "6W + 2P" : "5W + 2P"} ${o.unanswered} of ${o.asked} unanswered`,
        o.painVisionPower === undefined ? undefined : `PAIN + VISION + POWER ${o.painVisionPower ? "all three" : "not yet"}`,
        o.accountPlan === undefined ? undefined : `account plan ${percent(o.accountPlan)}`,
      ].filter((part): part is string => part !== undefined);
      return `    ${o.customer} (${o.document}): ${parts.join("; ")}`;
    }),
    ...(review.unqualified.length === 0 ? [] : [`  without a qualification: ${review.unqualified.join(", ")}`]),
    ...(skipped.length === 0 ? [] : [`  left out (invalid): ${skipped.map((s) => `${s.document} (${count(s.problems, "problem")})`).join(", ")}`]),
  ];
  const top = review.topAccounts;
  if (top !== undefined) {
    const names = new Map(top.accounts.map((a) => [a.id, a.name]));
    const potential = top.currency === undefined ? grouped(top.minPotential) : money(top.minPotential, top.currency);
    lines.push(
      "",
      `  top accounts: ${top.top.map((id) => `${names.get(id)}${top.targets.includes(id) ? " (target)" : ""}`).join(", ") || "none"}`,
      `    top ${percent(top.share)} on revenue, margin or potential (the first ${top.perMeasure} of ${top.accounts.length}); target: potential at least ${potential}, confidence at least ${percent(top.minConfidence)}`,
    );
  }
  const tiers = review.tiers;
  if (tiers !== undefined) {
    const c = tiers.currency;
    lines.push("", `  tiers (${c}): target market potential = total capacity − not served`);
    for (const tier of tiers.byTier) lines.push(`    ${TIER_WORDS[tier.tier].padEnd(16)} ${count(tier.accounts, "account")}; potential ${money(tier.targetMarketPotential, c)}, current ${money(tier.currentBusiness, c)}, headroom ${money(tier.headroom, c)}`);
    const noCoach = tiers.accounts.filter((a) => !a.coach).map((a) => a.name);
    if (noCoach.length > 0) lines.push(`    no coach: ${noCoach.join(", ")}`);
    if (tiers.months.length > 0) lines.push("  monthly review");
    for (const m of tiers.months)
      lines.push(`    ${m.month}  expected ${money(m.expected, c)}; ${m.actual === undefined ? "no actual yet" : `actual ${money(m.actual, c)} against ${money(m.expectedReported!, c)} expected of the accounts reported, variance ${money(m.variance!, c)}`} (${m.reported} reported, ${m.pending} pending)`);
  }
  if (cur === undefined && funnel.entries.length === 0) lines.push("", "  no deal in the funnel yet");
  return `${lines.join("\n")}\n`;
}

/** The seller's stage-weighted revenue by month and stage, with the deals not converted. */
function pipelineLines(pipeline: WeightedPipeline, funnel: TerritoryReview["funnel"]): string[] {
  const cur = pipeline.currency;
  const own = funnelStages.filter((stage) => funnel.rates?.[stage] !== undefined);
  if (cur === undefined) return ["  the seller's stage-weighted revenue: no deal in the funnel yet"];
  const row = (label: string, sum: PipelineSum) =>
    `    ${label.padEnd(12)} ${count(sum.deals, "deal").padStart(8)}   expected ${money(sum.sellerExpectedRevenue, cur).padStart(20)}   weighted ${money(sum.sellerWeightedRevenue, cur).padStart(20)}`;
  const customer = new Map(funnel.entries.map((e) => [e.id, e]));
  return [
    `  the seller's stage-weighted revenue (expected revenue × stage rate), ${cur}: the seller's revenue, not the customer's value`,
    ...pipeline.byMonth.map((m) => row(m.month, m)),
    row("total", pipeline.total),
    `    by stage: ${pipeline.byStage.map((s) => `${s.stage} ${percent(s.rate)} ${money(s.sellerWeightedRevenue, cur)}`).join("; ")}`,
    `    rates: ${own.length === 0 ? "our defaults" : `the territory's for ${own.join(", ")}, our defaults for the rest`}; a deal's own rate where it has one`,
    ...pipeline.otherCurrencies.map(
      (other) =>
        `    not converted (${other.currency}): ${other.entries
          .map((id) => {
            const e = customer.get(id);
            return e === undefined ? id : `${e.customer} ${money(e.expectedInvestment, e.currency)} (${funnelStageInfo[e.stage].name})`;
          })
          .join("; ")}`,
    ),
  ];
}
