/** Prints a traced figure as one line of a documented calculation. */
import type { Figure } from "./types.js";
import { displayValue } from "./_internal/display.js";

const FACTOR = /^line:[^:]+:factor:\d+$/;
const EXTENSION = /^extension over (scope|time)\b/;
const PERIODS = new Set(["month", "quarter", "year"]);

/**
 * Writes a figure as "label = formula in words = values substituted = result", or for a driver
 * "label = value unit (kind: source)". Numbers show at most 10 significant decimals; the figure keeps
 * the exact value. An extension factor shows its label and its factor apart ("× scope factor (3
 * business units)" beside "× 2"); given the evaluation's `trace`, a line's factors are named by what
 * they extend over, else "extension factor". A count of periods is plural unless it is exactly 1.
 *
 * @param figure - a figure from an evaluation's `trace`
 * @param trace - the evaluation's whole trace, to name a line's extension factors by scope or time
 * @returns one line of text
 *
 * @example
 * ```ts
 * formatTrace(evaluate(distributor).trace["quantity:workingCapitalReleased"]);
 * //=> "working capital released = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = 14,000,000 CNY"
 * formatTrace(evaluate(distributor).trace["driver:dsoReduction"]);
 * //=> "DSO reduction = 14 day (assumption: DSO back from 62 to 48 days within 6 months)"
 * const { trace } = evaluate(distributor);
 * formatTrace(trace["line:workingCapital"], trace);
 * //=> "working capital released = working capital released (base) × scope factor (3 business units) = 14,000,000 CNY × 2 = 28,000,000 CNY"
 * ```
 */
export function formatTrace(figure: Figure, trace?: Readonly<Record<string, Figure>>): string {
  const unit = figure.unit !== undefined && PERIODS.has(figure.unit) && !figure.value.eq(1) ? `${figure.unit}s` : figure.unit;
  const result = displayValue(figure.value, unit);
  const note = figure.note === undefined ? "" : ` [${figure.note}]`;
  const label = FACTOR.test(figure.id) ? factorName(figure.label, figure.note) : figure.label;
  if (figure.expression === undefined || figure.substituted === undefined) {
    const p = figure.provenance;
    const origin = p === undefined ? "" : ` (${p.kind.replace("_", " ")}${p.source === undefined ? "" : `: ${p.source}`})`;
    return `${label} = ${result}${origin}${note}`;
  }
  const steps = [label];
  const expression = extensionWords(figure, trace);
  if (expression !== label) steps.push(expression);
  if (figure.substituted !== figure.expression) steps.push(figure.substituted);
  if (steps[steps.length - 1] !== result) steps.push(result);
  return `${steps.join(" = ")}${note}`;
}

/** "scope factor (3 business units)": the label names the extension, the factor is the number beside it. */
function factorName(label: string, note: string | undefined): string {
  const over = note === undefined ? undefined : EXTENSION.exec(note)?.[1];
  return `${over ?? "extension"} factor (${label})`;
}

/** A line's formula in words with each extension factor named as a factor, not by its label alone. */
function extensionWords(figure: Figure, trace: Readonly<Record<string, Figure>> | undefined): string {
  const expression = figure.expression as string;
  const factors = figure.inputs.filter((input) => FACTOR.test(input.ref));
  if (factors.length === 0) return expression;
  const names = new Map(factors.map((input) => [input.label, factorName(input.label, trace?.[input.ref]?.note)] as const));
  return expression.split(" × ").map((piece) => names.get(piece) ?? piece).join(" × ");
}
