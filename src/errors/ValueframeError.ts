/**
 * The base of every error valueframe throws, and the shape of a located problem.
 *
 * Each module derives its own classes (frame validation, finance, quantify, …) with a stable `code` a
 * caller can switch on; messages start with "valueframe:" so they are recognisable in logs.
 */

/** A path into the input that caused a problem: object keys and array indexes, outermost first. */
export type IssuePath = readonly (string | number)[];

/** One located problem in a caller's input. */
export interface ValueframeIssue {
  /** Where the problem is, e.g. `["issues", 0, "hurts", 1]`. */
  readonly path: IssuePath;
  /** A stable machine-readable code, e.g. `"dangling_reference"`. */
  readonly code: string;
  /** A sentence a person understands, naming what is wrong and why. */
  readonly message: string;
  /** The file the problem is in, when the input was read from text (e.g. by `parseValueDocument`). */
  readonly file?: string;
  /** The 1-based line of the value at `path` in `file`. */
  readonly line?: number;
  /** The 1-based column of the value at `path` in `file`. */
  readonly column?: number;
}

/**
 * Base class of all valueframe errors. Catch it to handle anything valueframe throws; branch on `code`,
 * which stays the same between releases for the same condition.
 *
 * @example
 * ```ts
 * import { ValueframeError } from "valueframe";
 * import { irr } from "valueframe/finance";
 * try {
 *   irr([100, 200]);
 * } catch (error) {
 *   if (error instanceof ValueframeError) error.code; //=> "FINANCE_NO_SIGN_CHANGE"
 * }
 * ```
 */
export class ValueframeError extends Error {
  /** Stable machine-readable code; never changes between releases for the same condition. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    const capped = capQuotedValues(message);
    super(capped.startsWith("valueframe:") ? capped : `valueframe: ${capped}`, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The most characters of a quoted value a message repeats; a longer one ends in "…". */
export const MAX_QUOTED_LENGTH = 80;

// A double-quoted run (escapes included, as JSON.stringify writes them) longer than the cap.
const LONG_QUOTE = new RegExp(String.raw`"((?:[^"\\\n]|\\.){${MAX_QUOTED_LENGTH + 1},})"`, "g");

/**
 * A message with every double-quoted value longer than {@link MAX_QUOTED_LENGTH} characters cut to that
 * length and an ellipsis, so an error on a 5 MB string stays a line a person (and a log) can take.
 *
 * @example
 * ```ts
 * capQuotedValues(`"${"x".repeat(100)}" is not a decimal number`).length; //=> 106
 * ```
 */
export function capQuotedValues(message: string): string {
  return message.replace(LONG_QUOTE, (_quote, inner: string) => `"${inner.slice(0, MAX_QUOTED_LENGTH - 1)}…"`);
}

/**
 * Formats a path the way people read it.
 *
 * @example
 * ```ts
 * formatPath(["issues", 0, "hurts", 1]); //=> "issues[0].hurts[1]"
 * formatPath(["drivers", "cost of funds"]); //=> 'drivers["cost of funds"]'
 * formatPath([]); //=> "(root)"
 * ```
 */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (part.length <= MAX_QUOTED_LENGTH && /^[A-Za-z_$][\w$]*$/.test(part)) out += out === "" ? part : `.${part}`;
    // A key is capped like any quoted value, so a path stays a line however long the key.
    else out += `[${capQuotedValues(JSON.stringify(part))}]`;
  }
  return out === "" ? "(root)" : out;
}

/**
 * Base of errors that carry a list of every problem found in one input or one call: each module's
 * `…ValidationError` (code `<MODULE>_INVALID`, bad model data) and `…ArgumentError` (code
 * `<MODULE>_INVALID_ARGUMENT`, bad function arguments or options). Each issue has its path, a stable
 * code and a message; every subclass is constructed as `new XError(issues, subject?)`.
 *
 * @example
 * ```ts
 * try {
 *   defineFrame({ customer: { name: "Huatong" }, currency: "CNY", goals: [{ id: "g1" }] });
 * } catch (error) {
 *   if (error instanceof ValueframeValidationError) {
 *     error.code; //=> "FRAME_INVALID"
 *     error.issues[0]; //=> { path: ["goals", 0, "name"], code: "invalid_type", message: "required: expected a string" }
 *     error.message.split("\n")[0]; //=> "valueframe: frame: 8 problems:"
 *   }
 * }
 * ```
 */
export class ValueframeValidationError extends ValueframeError {
  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly ValueframeIssue[];
  /** What was checked, e.g. `"frame"` or `"tornado options"`; the message starts with it. */
  readonly subject: string;

  constructor(code: string, issues: readonly ValueframeIssue[], subject: string) {
    issues = issues.map((issue) => ({ ...issue, message: capQuotedValues(issue.message) }));
    const lines = issues.map((issue) => `  - ${issue.file === undefined ? "" : `${issue.file}:${issue.line ?? 1}:${issue.column ?? 1}: `}${formatPath(issue.path)}: ${issue.message} [${issue.code}]`);
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(code, `${subject}: ${count}:\n${lines.join("\n")}`);
    this.subject = subject;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}
