/** `valueframe next <file>`: where the deal stands as of a day, whether it moved, and the recommended moves, each citing its rule. */
import { dealStage } from "../../pursuit/stageHistory.js";
import { progress } from "../../pursuit/commitments.js";
import { nextMoves, pursuitRules, type Move } from "../../pursuit/nextMoves.js";
import { purchaseStages } from "../../pursuit/process.js";
import { asOfArgument, choice, text, writeResult, type Command } from "../_internal/command.js";
import { documentFigures } from "../_internal/documentFigures.js";
import { count, grouped, money, percent } from "../_internal/format.js";
import { allowRootOf, loadDocument } from "../_internal/loadDocument.js";
import { reportProblems } from "../_internal/problemsOut.js";
import { reportLocales } from "../_internal/renderReport.js";
import { CliUsageError } from "../errors.js";

/** The next command. */
export const nextCommand: Command = {
  name: "next",
  summary: "say where the deal stands, whether it moved, and the next moves from its pursuit",
  usage: "valueframe next <file> [--as-of YYYY-MM-DD] [--format text|md|json] [--locale en|zh-CN] [-o <out>]",
  help: `Reads the document's buying centre (stakeholders) and pursuit, and prints as of --as-of: the deal's
stage (the least advanced key person's), progress as the commitments obtained — not visits made — with
the kept-rate of those judged, and the recommended moves, most urgent first: advance a person leaning our
way with the commitment that suits their stage, pull back one leaning elsewhere by the seed's strategy
for that stage, handle each open concern by its level, ask for the concern behind a refusal, follow up a
commitment due, place key people nobody has placed, finish a visit plan, repair the negotiation. Each move
cites its rule and where the rule comes from. Everything here is the seller's: never hand it to the
customer.

Options:
      --as-of <YYYY-MM-DD>   today: visits after it are planned, commitments due before it are followed
                             up (default: today, printed)
  -f, --format <text|md|json> output format (default text); md is the pursuit's moves section of the
                             report, json the moves as data with the deal stage and progress
  -l, --locale <en|zh-CN>    language of --format md (default en)
      --allow-root <folder>  read member files from anywhere under this folder (default: the
                             document's own folder)
  -o, --output <out>         write to this file instead of stdout
  -h, --help                 show this help

Exit codes: 0 ok, 1 invalid input, 2 usage error (e.g. a document without stakeholders or pursuit).

Example:
  valueframe next examples/distributor.valuecase.json --as-of 2026-12-06`,
  options: { "as-of": { type: "string" }, format: { type: "string", short: "f" }, locale: { type: "string", short: "l" }, "allow-root": { type: "string" }, output: { type: "string", short: "o" } },
  positionals: ["file"],
  async run(args, io) {
    const format = choice(args, "format", ["text", "md", "json"] as const, "next") ?? "text";
    const locale = choice(args, "locale", reportLocales, "next");
    if (locale !== undefined && format !== "md") throw new CliUsageError("--locale applies to --format md", "next");
    const asOf = asOfArgument(args, "next");
    const file = args.positionals[0]!;
    const result = loadDocument(file, io, { ...allowRootOf(args), asOf });
    if ("problems" in result) return reportProblems(io, result.problems);
    const { loaded } = result;
    const { stakeholders: centre, pursuit, frame } = loaded.document;
    if (centre === undefined || pursuit === undefined) throw new CliUsageError(`${file} has no ${centre === undefined ? "stakeholders" : "pursuit"}: next reads the people and the pursuit of the deal`, "next");
    const evaluated = documentFigures(loaded, undefined, "next");
    if ("problems" in evaluated) return reportProblems(io, evaluated.problems);
    const figures = evaluated.figures;
    const moves = nextMoves(pursuit, { centre, asOf, ...(frame === undefined ? {} : { frame }), ...(figures === undefined ? {} : { evaluation: figures.evaluation, summary: figures.summary }) });
    const deal = dealStage(pursuit, { centre, asOf });
    const done = progress(pursuit, { asOf });
    if (format === "json") {
      const rules = Object.fromEntries([...new Set(moves.map((m) => m.rule))].map((rule) => [rule, pursuitRules[rule]]));
      const { byPeriod, byPerson, ...overall } = done;
      writeResult(io, text(args, "output"), `${JSON.stringify({ document: file, asOf, dealStage: deal, progress: { ...overall, byPeriod, byPerson }, moves, rules }, null, 2)}\n`);
      return 0;
    }
    if (format === "md") {
      const { pursuitToMarkdown } = await import("../../render/markdown/pursuitToMarkdown.js");
      writeResult(io, text(args, "output"), pursuitToMarkdown(pursuit, { locale: locale ?? "en", asOf, centre, sections: ["overview", "moves"], ...(frame === undefined ? {} : { frame }), ...(figures === undefined ? {} : { evaluation: figures.evaluation, summary: figures.summary }) }));
      return 0;
    }
    const names = new Map(centre.people.map((p) => [p.id, p.name]));
    const who = (id: string | undefined) => (id === undefined ? "" : `${names.get(id) ?? id} (${id})`);
    const stage = deal.stage === undefined ? "not yet placed" : `${deal.stage} (${purchaseStages[deal.stage - 1]!.id})`;
    const judged = done.kept + done.partlyKept + done.broken;
    const lines = [
      `${file}: next moves as of ${asOf}`,
      `  deal stage ${stage}${deal.limitedBy.length === 0 ? "" : `, held back by ${deal.limitedBy.map(who).join(", ")}`} (${deal.rule === "leastAdvancedKeyPerson" ? "the least advanced key person" : "the least advanced person observed"})`,
      `  progress   ${count(done.obtained, "commitment")} obtained of ${done.asked} asked in ${count(done.visits, "visit")}; kept ${done.kept} of ${judged} judged (${done.keptRate === undefined ? "n/a" : percent(done.keptRate)})${done.overdue === 0 ? "" : `; ${done.overdue} overdue`}`,
      "",
      ...moves.flatMap((move, index) => moveLines(move, index + 1, who)),
    ];
    writeResult(io, text(args, "output"), `${lines.join("\n")}\n`);
    return 0;
  },
};

/** One move as a few lines of text: what, the rule it cites, and what to use. */
function moveLines(move: Move, n: number, who: (id: string | undefined) => string): string[] {
  const rule = pursuitRules[move.rule];
  const lines = [`${n}. [${move.rule}] ${move.message}`, `   rule: ${rule.says} (${rule.source})`];
  if (move.commitments.length > 0) lines.push(`   commitments that suit: ${move.commitments.join(", ")}`);
  if (move.elements.length > 0) lines.push(`   talk about: ${move.elements.map((e) => `${e.name} (${e.id})`).join("; ")}`);
  if (move.figures.length > 0) lines.push(`   value to show ${who(move.person)}: ${move.figures.map((f) => `${f.label} ${f.unit === "%" ? percent(f.value) : f.unit === undefined ? f.value.toString() : /^[A-Z]{3}$/.test(f.unit) ? money(f.value, f.unit) : `${grouped(f.value)} ${f.unit}`}${f.riskAdjusted ? " (risk-adjusted)" : ""}`).join("; ")}`);
  if (move.questions.length > 0) lines.push(`   questions: ${move.questions.map((q) => q.key).join(", ")} (the question plan words them: valueframe report)`);
  return lines;
}
