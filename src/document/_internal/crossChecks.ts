/**
 * Checks between a document's members once each is valid on its own: the value case must speak the
 * frame's currency and link only to elements the frame holds.
 */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import type { Frame } from "../../frame/frame.js";
import { goalUnitIssues } from "../../quantify/defineValueCase.js";
import type { ValueCase } from "../../quantify/schema.js";

/** Problems between a frame and a value case, with paths from the document's root. */
export function caseFrameIssues(frame: Frame, valueCase: ValueCase): ValueframeIssue[] {
  const issues: ValueframeIssue[] = [];
  if (valueCase.currency !== frame.currency) {
    issues.push({
      path: ["case", "currency"],
      code: "currency_mismatch",
      message: `the value case is in ${valueCase.currency} but the frame is in ${frame.currency}`,
    });
  }
  const known = {
    goal: new Set(frame.goals.map((element) => element.id)),
    issue: new Set(frame.issues.map((element) => element.id)),
    solution: new Set(frame.solutions.map((element) => element.id)),
    value: new Set(frame.values.map((element) => element.id)),
  };
  valueCase.lines.forEach((line, i) => {
    (line.serves ?? []).forEach((link, j) => {
      if (known[link.kind].has(link.id)) return;
      issues.push({ path: ["case", "lines", i, "serves", j, "id"], code: "dangling_link", message: `${link.kind} "${link.id}" is not in the frame (${listOf(link.kind, known[link.kind])})` });
    });
  });
  // Contributions in the goal's unit: the problems evaluation would throw, reported with the rest.
  issues.push(...goalUnitIssues(valueCase, frame).map((issue) => ({ ...issue, path: ["case", ...issue.path] })));
  (valueCase.alternatives ?? []).forEach((alternative, i) => {
    alternative.options.forEach((option, j) => {
      if (known.solution.has(option)) return;
      issues.push({ path: ["case", "alternatives", i, "options", j], code: "dangling_link", message: `solution "${option}" is not in the frame (${listOf("solution", known.solution)})` });
    });
  });
  return issues;
}

function listOf(kind: string, ids: ReadonlySet<string>): string {
  return ids.size === 0 ? `it has no ${kind}s` : `its ${kind}s: ${[...ids].join(", ")}`;
}
