/** defineBuyingCentre and safeDefineBuyingCentre: validate the people of a deal into an immutable buying centre, with its findings or every problem at once. */
import { defined, notDefined, orThrow } from "../_internal/define.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { Frame } from "../frame/frame.js";
import { validateBuyingCentre } from "./_internal/validate.js";
import { checkBuyingCentre } from "./checkBuyingCentre.js";
import { PeopleArgumentError, PeopleValidationError } from "./errors.js";
import type { BuyingCentre } from "./schema.js";
import { asOfIssues } from "../_internal/asOf.js";

/** Options of {@link defineBuyingCentre}. */
export interface DefineBuyingCentreOptions {
  /** The frame the needs link to: each link must name one of its goals or critical issues. */
  readonly frame?: Frame | undefined;
  /** Today, as an ISO date: no observation may be dated after it, and the warnings judge staleness by it. */
  readonly asOf?: string | undefined;
}

/** The result of {@link safeDefineBuyingCentre}. */
export type SafeDefineBuyingCentreResult = SafeDefineResult<BuyingCentre, PeopleValidationError>;

/**
 * Validates a buying centre and returns it deep-frozen: every person's shape and scales, unique ids,
 * links to people that exist, an org chart without cycles, needs that link to the frame's goals and
 * critical issues (when a frame is given), no observation after `asOf` (when given). Every problem is
 * listed at once, in the order of the input. The input is never changed.
 *
 * @param input - the buying centre as plain data, e.g. the `stakeholders` member of a value-case document
 * @param options - `frame` and `asOf`
 * @returns the frozen buying centre
 * @throws {PeopleValidationError} (code `PEOPLE_INVALID`) listing every problem with its path
 * @throws {PeopleArgumentError} (code `PEOPLE_INVALID_ARGUMENT`) for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * import { defineBuyingCentre } from "valueframe/people";
 * const centre = defineBuyingCentre({ people: [
 *   { id: "p-cfo", name: "Li Wei", title: "CFO", category: "executive", roles: ["decisionMaker"], influence: 5, aboveBudgetBoundary: true },
 * ] });
 * centre.people[0].roles; //=> ["decisionMaker"]
 * ```
 */
export function defineBuyingCentre(input: unknown, options?: DefineBuyingCentreOptions): BuyingCentre {
  return orThrow(safeDefineBuyingCentre(input, options));
}

/**
 * Like {@link defineBuyingCentre} but returns `{ success: true, data, warnings }` or `{ success: false,
 * error }` instead of throwing for bad input. The warnings are {@link checkBuyingCentre}'s findings
 * (with the frame and `asOf` given here), found on first read.
 *
 * @param input - anything, typically parsed JSON or YAML
 * @param options - `frame` and `asOf`
 * @returns the centre and its findings as warnings, or the error listing every problem
 * @throws {PeopleArgumentError} for an `asOf` that is not a calendar date
 *
 * @example
 * ```ts
 * const result = safeDefineBuyingCentre({ people: [{ id: "p1", name: "Li", category: "boss", influence: 3 }] });
 * !result.success && result.error.issues[0]?.path; //=> ["people", 0, "category"]
 * ```
 */
export function safeDefineBuyingCentre(input: unknown, options?: DefineBuyingCentreOptions): SafeDefineBuyingCentreResult {
  const bad = asOfIssues(options?.asOf);
  if (bad.length > 0) throw new PeopleArgumentError(bad, "defineBuyingCentre options");
  const result = validateBuyingCentre(input, options ?? {});
  if ("issues" in result) return notDefined(new PeopleValidationError(result.issues));
  const centre = result.centre;
  return defined(centre, () =>
    checkBuyingCentre(centre, { ...(options?.frame === undefined ? {} : { frame: options.frame }), ...(options?.asOf === undefined ? {} : { asOf: options.asOf }) }).map(({ path, code, message }) =>
      Object.freeze({ path, code, message }),
    ),
  );
}
