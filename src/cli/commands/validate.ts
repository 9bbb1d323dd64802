/** `valueframe validate <file>`: checks a document, its member files and its case's evaluation. */
import { checkBvf } from "../../bvf/checkBvf.js";
import type { Command } from "../_internal/command.js";
import { evaluateDocument } from "../_internal/evaluateDocument.js";
import { count, money } from "../_internal/format.js";
import { loadDocument } from "../_internal/loadDocument.js";
import { reportProblems, reportWarnings } from "../_internal/problemsOut.js";

/** The validate command. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check a value-case document and the files it names; every problem with its line",
  usage: "valueframe validate <file>",
  help: `Checks a value-case document (JSON or YAML) and every member file it names: the shape of each
field, ids and links, formulas and units, that the case speaks the frame's currency and links only to
its elements, and that the case evaluates in every scenario. A file named *.frame.json, *.case.json or
*.bvf.json (or .yaml) is checked as that member alone.

Problems go to stderr, one a line, as
  file:line:column: path: message [code]
pointing at the bad value (or its nearest parent when the value is missing). Warnings (e.g. a target
that moves the wrong way, a BVF solution without a phase) are printed the same way with "warning:" and
do not fail the command.

Options:
  -h, --help   show this help

Exit codes: 0 valid (warnings allowed), 1 invalid or unreadable input, 2 usage error.

Example:
  valueframe validate examples/distributor.valuecase.json`,
  options: {},
  positionals: ["file"],
  run(args, io) {
    const file = args.positionals[0]!;
    const result = loadDocument(file, io);
    if ("problems" in result) return reportProblems(io, result.problems);
    const { loaded } = result;
    const { frame, case: valueCase, bvf } = loaded.document;
    const lines: string[] = [];
    const warnings = [...loaded.warnings];
    if (frame !== undefined) {
      lines.push(
        `  frame  ${frame.customer.name}: ${count(frame.goals.length, "goal")}, ${count(frame.successFactors.length, "success factor")}, ` +
          `${count(frame.issues.length, "issue")}, ${count(frame.solutions.length, "solution")}, ${count(frame.values.length, "value")}`,
      );
    }
    if (valueCase !== undefined) {
      const evaluated = evaluateDocument(loaded, valueCase, undefined);
      if ("problems" in evaluated) return reportProblems(io, evaluated.problems);
      const { evaluation, scenarios } = evaluated.figures;
      lines.push(
        `  case   ${valueCase.name}: ${count(valueCase.drivers.length, "driver")}, ${count(valueCase.lines.length, "line")}, ` +
          `${count(scenarios.rows.length - 1, "scenario")}; NPV ${money(evaluation.unadjusted.npv, evaluation.currency)}, ` +
          `risk-weighted ${money(evaluation.weighted.npv, evaluation.currency)}`,
      );
    }
    if (bvf !== undefined) {
      const findings = checkBvf(bvf);
      lines.push(
        `  bvf    ${bvf.name ?? bvf.customer ?? "BVF"}: ${count(bvf.executiveKpis.length, "executive KPI")}, ${count(bvf.intentions.length, "intention")}, ` +
          `${count(bvf.operationalKpis.length, "operational KPI")}, ${count(bvf.solutions.length, "solution")}; ${count(findings.length, "check finding")}`,
      );
      for (const finding of findings) {
        // Findings never make a BVF invalid; the serious ones say so in their message.
        const message = finding.severity === "error" ? `the BVF misses its purpose: ${finding.message}` : finding.message;
        if (finding.severity !== "info") warnings.push({ ...loaded.locate(["bvf", ...finding.path], finding.code, message), severity: "warning" });
      }
    }
    reportWarnings(io, warnings);
    io.stdout(`${file}: valid\n${lines.join("\n")}\n`);
    return 0;
  },
};
