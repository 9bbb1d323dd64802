/** defineFrame and safeDefineFrame: validate a plain object into an immutable reference frame, with its warnings or every problem at once. */
import { defined, notDefined, orThrow } from "../_internal/define.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import { validateFrame } from "./_internal/validate.js";
import { FrameValidationError } from "./errors.js";
import type { Frame } from "./frame.js";
import { frameWarnings } from "./frameWarnings.js";

/** The result of {@link safeDefineFrame}. */
export type SafeDefineFrameResult = SafeDefineResult<Frame, FrameValidationError>;

/**
 * Validates a reference frame and returns it deep-frozen, with every number as a Decimal.
 *
 * The input is plain JSON-like data (numbers may also be decimal strings, bigints or Decimals). Besides
 * the shape of every field, the integrity rules are checked: ids unique across the frame, every
 * reference resolving to an element of the right kind, a CSF serving at least one goal, a CBI hurting at
 * least one CSF, a CPI hurting a CSF or blocking a goal, a solution addressing at least one issue, and
 * probabilities in [0, 1]. Unknown keys are errors. The input is never changed.
 *
 * Warnings (e.g. a target that moves the wrong way) do not stop a frame; read them with
 * {@link frameWarnings} or get them with the frame from {@link safeDefineFrame}.
 *
 * @param input - the frame, e.g. `JSON.parse` of a `.frame.json` file
 * @returns the validated, deep-frozen frame
 * @throws {FrameValidationError} (code `FRAME_INVALID`) listing every problem with its path
 *
 * @example
 * ```ts
 * import { defineFrame } from "valueframe";
 * const frame = defineFrame({
 *   customer: { name: "Distributor" }, currency: "CNY",
 *   goals: [{ id: "g-cash", name: "Operating cash flow +20 %", perspective: "financial",
 *     metric: "operating cash flow", unit: "M CNY", baseline: 50, target: 60,
 *     direction: "increase", deadline: "2026-12-31" }],
 * });
 * frame.goals[0].target.minus(frame.goals[0].baseline).toString(); //=> "10"
 *
 * defineFrame({ customer: { name: "Distributor" }, currency: "CNY",
 *   successFactors: [{ id: "csf-x", name: "Collection rate", source: "industry", serves: ["g-missing"] }] });
 * //=> throws FrameValidationError: success factor "csf-x" serves unknown goal "g-missing"
 * //   at ["successFactors", 0, "serves", 0]
 * ```
 */
export function defineFrame(input: unknown): Frame {
  return orThrow(safeDefineFrame(input));
}

/**
 * Validates a reference frame like {@link defineFrame} but never throws for bad input: it returns
 * `{ success: true, data, warnings }` or `{ success: false, error }`, like zod's `safeParse`.
 *
 * @param input - the frame as plain data
 * @returns the frame and its {@link frameWarnings}, or the {@link FrameValidationError} listing every problem
 *
 * @example
 * ```ts
 * import { safeDefineFrame } from "valueframe";
 * const result = safeDefineFrame({ customer: { name: "ACME" }, currency: "CNY", goals: [{
 *   id: "g-dso", name: "Cut DSO", perspective: "financial", metric: "DSO", unit: "days",
 *   baseline: 62, target: 70, direction: "decrease", deadline: "2026-12-31" }] });
 * result.success && result.warnings.map((w) => w.code); //=> ["target_wrong_direction"]
 *
 * const bad = safeDefineFrame({ customer: {}, currency: "CNY" });
 * !bad.success && bad.error.issues.map((i) => i.path); //=> [["customer", "name"]]
 * ```
 */
export function safeDefineFrame(input: unknown): SafeDefineFrameResult {
  const result = validateFrame(input);
  if ("issues" in result) return notDefined(new FrameValidationError(result.issues));
  const frame = result.frame;
  return defined(frame, () => frameWarnings(frame));
}
