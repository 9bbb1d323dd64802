/** defineValueCase and safeDefineValueCase: validate a value case written as data and compile its formulas once. */
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { QuantifyValidationError } from "./errors.js";
import { buildModel } from "./_internal/buildModel.js";
import { cachedModel, rememberModel } from "./_internal/model.js";
import type { Model } from "./_internal/model.js";
import { zodToIssues } from "./_internal/issues.js";
import { patchedTest, salvageCase, salvagedIssues } from "./_internal/salvage.js";
import { contributionUnits } from "./_internal/goalContributions.js";
import type { FrameLike } from "./types.js";
import { inInputOrder } from "../_internal/inputOrder.js";
import { valueCaseSchema } from "./schema.js";
import type { ValueCase, ValueCaseInput } from "./schema.js";

/** The result of {@link safeDefineValueCase}: the case and its warnings (none yet: a value case has no warning rules), or every problem found. */
export type SafeDefineValueCaseResult = SafeDefineResult<ValueCase, QuantifyValidationError>;

/**
 * Validates a value case without throwing.
 *
 * @param input - the case as data (JSON-compatible; numbers may be strings, numbers, bigints or Decimals)
 * @returns `{ success: true, data, warnings }` with the frozen case, or `{ success: false, error }` listing every problem
 *
 * @example
 * ```ts
 * const result = safeDefineValueCase({ ...distributor, drivers: [] });
 * result.success; //=> false
 * result.error.issues[0].code; //=> "unknown_name"
 * ```
 */
export function safeDefineValueCase(input: ValueCaseInput | ValueCase): SafeDefineValueCaseResult {
  if (input !== null && typeof input === "object" && cachedModel(input) !== undefined) {
    return defined(input as ValueCase);
  }
  const parsed = valueCaseSchema.safeParse(input);
  if (!parsed.success) {
    // Shape problems must not hide integrity ones: the checks run on what parsed, and both are listed.
    const salvaged = salvageCase(input);
    const built = salvaged === undefined ? undefined : buildModel(salvaged.valueCase);
    const integrity = built !== undefined && "issues" in built && salvaged !== undefined ? salvagedIssues(built.issues, salvaged.patched) : [];
    return notDefined(new QuantifyValidationError(inInputOrder([...zodToIssues(parsed.error.issues), ...integrity], input)));
  }
  const built = buildModel(parsed.data);
  if ("issues" in built) return notDefined(new QuantifyValidationError(inInputOrder(built.issues, input)));
  const valueCase = deepFreeze(parsed.data);
  rememberModel(valueCase, built.model);
  return defined(valueCase);
}

/**
 * Validates a value case and compiles its formulas: shape, unique names, formulas (syntax with the
 * character position, unknown names, the function whitelist, length and depth), cycles between
 * formulas (with the path, e.g. `a → b → a`), units where declared, line timing, alternatives and
 * scenarios. Every problem is listed with its path.
 *
 * @param input - the case as data
 * @returns the frozen case, ready for {@link evaluate} and the other quantify functions
 * @throws {QuantifyValidationError} `QUANTIFY_INVALID` listing every problem
 *
 * @example
 * ```ts
 * const valueCase = defineValueCase({
 *   name: "Pilot", currency: "CNY", period: "year", horizon: 3, discountRate: "0.08",
 *   drivers: [{ id: "saving", value: 100000, unit: "CNY/year", provenance: { kind: "assumption" } }],
 *   lines: [{ id: "s", kind: "benefit", amount: "saving", recurrence: "recurring" }],
 * });
 * valueCase.drivers[0].value.toString(); //=> "100000"
 * ```
 */
export function defineValueCase(input: ValueCaseInput | ValueCase): ValueCase {
  return orThrow(safeDefineValueCase(input));
}

/**
 * What parsed of a case whose shape failed, for the checks across a document's members (a link to an
 * element the frame lacks is reported beside the case's shape problems): the stand-in case, and whether
 * a path of it holds the input's own value. Not part of the public API.
 */
export function salvageValueCase(input: unknown): { readonly valueCase: ValueCase; readonly isOwn: (path: IssuePath) => boolean } | undefined {
  const salvaged = salvageCase(input);
  if (salvaged === undefined) return undefined;
  const patched = patchedTest(salvaged.patched);
  return { valueCase: salvaged.valueCase, isOwn: (path) => !patched(path) };
}

/**
 * The problems of a valid case's goal contributions against a frame's goals (units that disagree, a
 * percentage scaled twice), for the checks across a document's members, so they come at define time
 * with the rest. Not part of the public API; `evaluate` with the frame throws the same.
 */
export function goalUnitIssues(valueCase: ValueCase, frame: FrameLike): readonly ValueframeIssue[] {
  // Only a defined case has a model; what parsed of a broken one has its own problems already.
  const model = cachedModel(valueCase);
  return model === undefined ? [] : contributionUnits(model, frame).issues;
}

/** The compiled model of a case, defining it first when it is still plain data. */
export function modelOf(input: ValueCaseInput | ValueCase): Model {
  return cachedModel(defineValueCase(input)) as Model;
}

export type { ValueframeIssue };
