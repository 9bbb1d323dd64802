/** `valueframe demo`: walks through the bundled distributor example, from goal to money, and how to go on. */
import { join, resolve } from "node:path";
import { formatTrace } from "../../quantify/formatTrace.js";
import { text, type Command } from "../_internal/command.js";
import { documentFigures } from "../_internal/documentFigures.js";
import { money, percent, years } from "../_internal/format.js";
import { loadDocument } from "../_internal/loadDocument.js";
import { reportProblems } from "../_internal/problemsOut.js";
import type { CliIo } from "../io.js";

/** The example the demo shows: a document, then the member files it names. */
const DEMO_FILES = ["distributor.valuecase.json", "distributor.frame.json", "distributor.case.json", "distributor.bvf.json", "distributor.stakeholders.yaml", "distributor.pursuit.yaml", "distributor.realisation.yaml", "distributor.qualification.yaml", "distributor.account.yaml"] as const;

/** The demo command. */
export const demoCommand: Command = {
  name: "demo",
  summary: "walk through the bundled distributor example; --write copies it to edit",
  usage: "valueframe demo [--write <dir>]",
  help: `Shows the distributor example that ships with valueframe: its strategic goal, the critical issue
on the 3 × 3 grid, the solution, each calculation step with its inputs and the headline measures.

Options:
  -w, --write <dir>   copy the example document and its eight member files into <dir> to edit
  -h, --help          show this help

Exit codes: 0 ok, 1 the example cannot be read or written, 2 usage error.

Examples:
  valueframe demo
  valueframe demo --write my-case && valueframe report my-case/distributor.valuecase.json -f html -o case.html`,
  options: { write: { type: "string", short: "w" } },
  positionals: [],
  run(args, io) {
    const examples = join(io.packageRoot, "examples");
    const target = text(args, "write");
    if (target !== undefined) return writeExample(io, examples, target);
    const file = join(examples, DEMO_FILES[0]);
    const loaded = loadDocument(file, io);
    if ("problems" in loaded) return reportProblems(io, loaded.problems);
    const { frame, case: valueCase } = loaded.loaded.document;
    if (frame === undefined || valueCase === undefined) return reportProblems(io, [loaded.loaded.locate([], "demo_incomplete", "the demo needs a frame and a case")]);
    const evaluated = documentFigures(loaded.loaded, undefined, "demo");
    if ("problems" in evaluated) return reportProblems(io, evaluated.problems);
    const { evaluation: e, scenarios } = evaluated.figures!;
    const goal = frame.goals[0];
    const issue = frame.issues[0];
    const solution = frame.solutions[0];
    const out: string[] = [`valueframe demo: ${frame.customer.name}`, ""];
    if (goal !== undefined) out.push(`Strategic goal   ${goal.name} (${goal.metric}: ${goal.baseline.toString()} → ${goal.target.toString()} ${goal.unit} by ${goal.deadline})`);
    const factor = frame.successFactors[0];
    if (factor !== undefined) out.push(`Success factor   ${factor.name} (${factor.source})`);
    if (issue !== undefined) out.push(`Critical issue   ${issue.kind} ${issue.name} — ${issue.cell.level} × ${issue.cell.dimension}${issue.cell.aspect === undefined ? "" : ` (${issue.cell.aspect})`}`);
    if (solution !== undefined) out.push(`Solution         ${solution.name} (${solution.approach})`);
    out.push("", "How the value is computed");
    for (const quantity of e.quantities) out.push(`  ${formatTrace(quantity)}`);
    const pad = (label: string, a: string, b: string) => `  ${label.padEnd(22)}${a.padEnd(28)}${b}`;
    out.push(
      "",
      pad(`Over ${e.horizon} ${e.period}s`, "unadjusted", "risk-weighted"),
      pad("NPV", money(e.unadjusted.npv, e.currency), money(e.weighted.npv, e.currency)),
      pad("IRR (annual)", percent(e.unadjusted.irrAnnual), percent(e.weighted.irrAnnual)),
      pad("ROI", percent(e.unadjusted.roi), percent(e.weighted.roi)),
      pad("Payback", years(e.unadjusted.paybackYears), years(e.weighted.paybackYears)),
      "",
      "Scenarios (risk-weighted NPV)",
      ...scenarios.rows.map((row) => `  ${row.label.padEnd(46)}${money(row.weightedNpv, e.currency)}`),
      "",
      "Go on with:",
      "  valueframe demo --write my-case",
      "  valueframe report my-case/distributor.valuecase.json --format html -o distributor.html",
      "  valueframe simulate my-case/distributor.valuecase.json --iterations 100000 --seed 7",
      "",
    );
    io.stdout(out.join("\n"));
    return 0;
  },
};

function writeExample(io: CliIo, examples: string, target: string): number {
  for (const name of DEMO_FILES) {
    const content = io.readFile(join(examples, name));
    // The copy has no schema folder beside it; editors find the schema through the installed package.
    const text = name === DEMO_FILES[0] ? content.replace(/^\s*"\$schema": .*\n/m, "") : content;
    io.writeFile(resolve(io.cwd, target, name), text);
  }
  io.stderr(`valueframe: wrote ${DEMO_FILES.map((name) => join(target, name)).join(", ")}\n`);
  return 0;
}
