/** The errors valueframe/people throws: an invalid buying centre, bad arguments, an unknown person. */
import { ValueframeError, ValueframeValidationError, type ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of people errors. */
export const PEOPLE_ERROR_CODES = {
  /** The buying centre is not valid: shape, ids, links, the org chart, dates (see `issues`). */
  invalid: "PEOPLE_INVALID",
  /** Arguments or options of a people function are not valid (see `issues`). */
  invalidArgument: "PEOPLE_INVALID_ARGUMENT",
  /** A function names a person the buying centre does not hold. */
  unknownId: "PEOPLE_UNKNOWN_ID",
} as const;

/** One of {@link PEOPLE_ERROR_CODES}. */
export type PeopleErrorCode = (typeof PEOPLE_ERROR_CODES)[keyof typeof PEOPLE_ERROR_CODES];

/**
 * Thrown by {@link defineBuyingCentre} when the input is not a valid buying centre: `issues` lists every
 * problem — shapes, duplicate ids, a link to an unknown person, a reports-to cycle, a need linked to a
 * goal or issue the frame does not have, an observation dated after `asOf` — each with its path. Code:
 * `PEOPLE_INVALID`.
 *
 * @example
 * ```ts
 * try { defineBuyingCentre({ people: [{ id: "p1", name: "Li", category: "executive", influence: 9 }] }); }
 * catch (error) { if (error instanceof PeopleValidationError) error.issues[0]?.path; } //=> ["people", 0, "influence"]
 * ```
 */
export class PeopleValidationError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject = "buying centre") {
    super(PEOPLE_ERROR_CODES.invalid, issues, subject);
  }
}

/**
 * Thrown when an argument or option of a people function is not what it accepts, e.g. an `asOf` that
 * is not a calendar date (code `PEOPLE_INVALID_ARGUMENT`), every problem listed with its path.
 *
 * @example
 * ```ts
 * try { checkBuyingCentre(centre, { asOf: "yesterday" }); }
 * catch (error) { if (error instanceof PeopleArgumentError) error.issues[0]?.path; } //=> ["asOf"]
 * ```
 */
export class PeopleArgumentError extends ValueframeValidationError {
  constructor(issues: readonly ValueframeIssue[], subject: string) {
    super(PEOPLE_ERROR_CODES.invalidArgument, issues, subject);
  }
}

/**
 * Thrown when a function names a person the buying centre does not hold (code `PEOPLE_UNKNOWN_ID`).
 *
 * @example
 * ```ts
 * try { personValue(centre, "p-nobody", { frame }); }
 * catch (error) { if (error instanceof PeopleLookupError) error.id; } //=> "p-nobody"
 * ```
 */
export class PeopleLookupError extends ValueframeError {
  /** The id looked up. */
  readonly id: string;

  constructor(id: string, known: readonly string[]) {
    super(PEOPLE_ERROR_CODES.unknownId, `the buying centre has no person "${id}"${known.length === 0 ? "" : ` (its people: ${known.slice(0, 12).join(", ")}${known.length > 12 ? ", …" : ""})`}`);
    this.id = id;
  }
}
