/** definePursuit and safeDefinePursuit: validate a deal's purchase process, visits, commitments, concerns and negotiation into an immutable pursuit, with its findings or every problem at once. */
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { asOfIssues } from "../_internal/asOf.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { BuyingCentre } from "../people/schema.js";
import { validatePursuit } from "./_internal/validate.js";
import { checkPursuit } from "./checkPursuit.js";
import { PursuitArgumentError, PursuitValidationError } from "./errors.js";
import type { Pursuit } from "./schema.js";

/** Options of {@link definePursuit}. */
export interface DefinePursuitOptions {
  /** The buying centre: every person the pursuit names must be one of its people. */
  readonly centre?: BuyingCentre | undefined;
  /** Today, as an ISO date: nothing that happened may be dated after it (a visit may: it is planned). */
  readonly asOf?: string | undefined;
}

/** The result of {@link safeDefinePursuit}. */
export type SafeDefinePursuitResult = SafeDefineResult<Pursuit, PursuitValidationError>;

/**
 * Validates a pursuit and returns it deep-frozen: the shape of every observation, visit, commitment,
 * concern and the negotiation; stages 1–10; prices that are decimals; unique ids; people that the buying
 * centre holds (when given); refusals naming known concerns; answers after their visit and outcomes after
 * their answer; nothing that happened dated after `asOf`; and one stage per person and day unless a
 * `correction` says which. Observations may be written in any order. Every problem is listed at once, in
 * the order of the input; the input is never changed.
 *
 * @param input - the pursuit as plain data, e.g. the `pursuit` member of a value-case document
 * @param options - `centre` and `asOf`
 * @returns the frozen pursuit
 * @throws {PursuitValidationError} (code `PURSUIT_INVALID`) listing every problem with its path
 * @throws {PursuitArgumentError} (code `PURSUIT_INVALID_ARGUMENT`) for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * import { definePursuit } from "valueframe/pursuit";
 * const pursuit = definePursuit({
 *   stages: [{ person: "p-cfo", date: "2026-10-12", stage: 8, signs: ["seniorDiscussesValue"], leaning: "us", source: "visit" }],
 * }, { centre, asOf: "2026-12-06" });
 * pursuit.stages[0].stage; //=> 8
 * ```
 */
export function definePursuit(input: unknown, options?: DefinePursuitOptions): Pursuit {
  return orThrow(safeDefinePursuit(input, options));
}

/**
 * Like {@link definePursuit} but returns `{ success: true, data, warnings }` or `{ success: false, error }`
 * instead of throwing for bad input. The warnings are {@link checkPursuit}'s findings of severity error and
 * warning (with the centre and `asOf` given here), found on first read; the info ones are `checkPursuit`'s.
 *
 * @param input - anything, typically parsed JSON or YAML
 * @param options - `centre` and `asOf`
 * @returns the pursuit and its findings as warnings, or the error listing every problem
 * @throws {PursuitArgumentError} for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * const result = safeDefinePursuit({ stages: [{ person: "p-cfo", date: "2026-10-12", stage: 11, source: "visit" }] });
 * !result.success && result.error.issues[0]?.path; //=> ["stages", 0, "stage"]
 * ```
 */
export function safeDefinePursuit(input: unknown, options?: DefinePursuitOptions): SafeDefinePursuitResult {
  const bad = asOfIssues(options?.asOf);
  if (bad.length > 0) throw new PursuitArgumentError(bad, "definePursuit options");
  const result = validatePursuit(input, options ?? {});
  if ("issues" in result) return notDefined(new PursuitValidationError(result.issues));
  const pursuit = result.pursuit;
  return defined(pursuit, () =>
    checkPursuit(pursuit, { ...(options?.centre === undefined ? {} : { centre: options.centre }), ...(options?.asOf === undefined ? {} : { asOf: options.asOf }) })
      .filter((finding) => finding.severity !== "info")
      .map(({ path, code, message }) => Object.freeze({ path, code, message })),
  );
}
