/**
 * Checks a value case's links against the customer's reference frame: every goal, issue, solution and
 * value a line serves, and every option of an alternative, must be in the frame.
 */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import { QuantifyLinkError } from "../errors.js";
import type { FrameLike } from "../types.js";
import type { Model } from "./model.js";

/** Throws {@link QuantifyLinkError} listing every link of the case the frame cannot resolve. */
export function checkLinks(model: Model, frame: FrameLike): void {
  const known = {
    goal: new Set(frame.goals.map((g) => g.id)),
    issue: new Set(frame.issues.map((i) => i.id)),
    solution: new Set(frame.solutions.map((s) => s.id)),
    value: new Set(frame.values.map((v) => v.id)),
  };
  const issues: ValueframeIssue[] = [];
  for (const ml of model.lines) {
    (ml.line.serves ?? []).forEach((link, j) => {
      if (!known[link.kind].has(link.id)) {
        const list = [...known[link.kind]].join(", ") || "none";
        issues.push({ path: ["lines", ml.index, "serves", j, "id"], code: "dangling_link", message: `${link.kind} "${link.id}" is not in the frame (its ${link.kind}s: ${list})` });
      }
    });
  }
  (model.valueCase.alternatives ?? []).forEach((alternative, i) => {
    alternative.options.forEach((option, j) => {
      if (!known.solution.has(option)) {
        issues.push({ path: ["alternatives", i, "options", j], code: "dangling_link", message: `solution "${option}" is not in the frame` });
      }
    });
  });
  if (issues.length > 0) throw new QuantifyLinkError(issues);
}
