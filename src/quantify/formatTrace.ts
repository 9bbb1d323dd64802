/** Prints a traced figure as one line of a documented calculation. */
import type { Figure } from "./types.js";
import { displayValue } from "./_internal/display.js";

/**
 * Writes a figure as "label = formula in words = values substituted = result", or for a driver
 * "label = value unit (kind: source)". Numbers show at most 10 significant decimals; the figure keeps
 * the exact value.
 *
 * @param figure - a figure from an evaluation's `trace`
 * @returns one line of text
 *
 * @example
 * ```ts
 * formatTrace(evaluate(distributor).trace["quantity:workingCapitalReleased"]);
 * //=> "working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY"
 * formatTrace(evaluate(distributor).trace["driver:dsoReduction"]);
 * //=> "DSO reduction = 14 day (assumption: DSO back from 62 to 48 days within 6 months)"
 * ```
 */
export function formatTrace(figure: Figure): string {
  const result = displayValue(figure.value, figure.unit);
  const note = figure.note === undefined ? "" : ` [${figure.note}]`;
  if (figure.expression === undefined || figure.substituted === undefined) {
    const p = figure.provenance;
    const origin = p === undefined ? "" : ` (${p.kind.replace("_", " ")}${p.source === undefined ? "" : `: ${p.source}`})`;
    return `${figure.label} = ${result}${origin}${note}`;
  }
  const steps = [figure.label];
  if (figure.expression !== figure.label) steps.push(figure.expression);
  if (figure.substituted !== figure.expression) steps.push(figure.substituted);
  if (steps[steps.length - 1] !== result) steps.push(result);
  return `${steps.join(" = ")}${note}`;
}
