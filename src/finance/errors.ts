/**
 * The errors valueframe/finance throws. Every spreadsheet error value (#NUM!, #DIV/0!, #VALUE!) has a
 * typed counterpart here with a stable `code`, so a caller never receives NaN or Infinity.
 */
import { ValueframeError, formatPath } from "../errors/ValueframeError.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";

/** The stable codes of finance errors. */
export const FINANCE_ERROR_CODES = {
  invalidArgument: "FINANCE_INVALID_ARGUMENT",
  noSignChange: "FINANCE_NO_SIGN_CHANGE",
  noConvergence: "FINANCE_NO_CONVERGENCE",
  noSolution: "FINANCE_NO_SOLUTION",
} as const;

/** One of {@link FINANCE_ERROR_CODES}. */
export type FinanceErrorCode = (typeof FINANCE_ERROR_CODES)[keyof typeof FINANCE_ERROR_CODES];

/**
 * Base class of every error thrown by valueframe/finance; `fn` names the function that threw.
 *
 * @example
 * ```ts
 * const error = (() => { try { irr([100, 200]); } catch (thrown) { return thrown; } })();
 * error instanceof FinanceError; //=> true
 * error.fn; //=> "irr"
 * ```
 */
export class FinanceError extends ValueframeError {
  /** The finance function that threw, e.g. `"irr"`. */
  readonly fn: string;

  constructor(code: FinanceErrorCode, fn: string, message: string, options?: { cause?: unknown }) {
    super(code, `${fn}: ${message}`, options);
    this.fn = fn;
  }
}

/**
 * An argument is missing, not a number, or outside the function's domain (spreadsheets: #VALUE! or
 * #NUM!). Lists every bad argument; `argument` and `index` name the first one.
 *
 * @example
 * ```ts
 * const error = (() => { try { npv(-2, [100, "1,5"]); } catch (thrown) { return thrown; } })();
 * error.code; //=> "FINANCE_INVALID_ARGUMENT"
 * error.issues.map((issue) => issue.path); //=> [["rate"], ["values", 1]]
 * ```
 */
export class FinanceArgumentError extends FinanceError {
  /** Every problem, in argument order; `path[0]` is the argument name, `path[1]` an index if any. */
  readonly issues: readonly ValueframeIssue[];
  /** Name of the first bad argument, e.g. `"values"`. */
  readonly argument: string;
  /** Index into the first bad argument when it is a list, else `undefined`. */
  readonly index: number | undefined;

  constructor(fn: string, issues: readonly ValueframeIssue[]) {
    const lines = issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message} [${issue.code}]`);
    const count = issues.length === 1 ? "1 invalid argument" : `${issues.length} invalid arguments`;
    super(FINANCE_ERROR_CODES.invalidArgument, fn, `${count}:\n${lines.join("\n")}`);
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
    const first = issues[0]?.path ?? [];
    this.argument = String(first[0] ?? "");
    this.index = typeof first[1] === "number" ? first[1] : undefined;
  }
}

/**
 * IRR, XIRR or MIRR on a series without both a positive and a negative flow (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * const error = (() => { try { irr([100, 200]); } catch (thrown) { return thrown; } })();
 * error.code; //=> "FINANCE_NO_SIGN_CHANGE"
 * ```
 */
export class FinanceNoSignChangeError extends FinanceError {
  constructor(fn: string, message: string) {
    super(FINANCE_ERROR_CODES.noSignChange, fn, message);
  }
}

/**
 * A solver could not reach the required accuracy (spreadsheets: #NUM!). valueframe's solvers locate
 * every root before polishing one, so this is a guard: no known series raises it.
 *
 * @example
 * ```ts
 * new FinanceNoConvergenceError("xirr", "no root to 30 digits").code; //=> "FINANCE_NO_CONVERGENCE"
 * ```
 */
export class FinanceNoConvergenceError extends FinanceError {
  constructor(fn: string, message: string) {
    super(FINANCE_ERROR_CODES.noConvergence, fn, message);
  }
}

/**
 * The measure has no finite value for these inputs: a division by zero or no root (#NUM!, #DIV/0!).
 *
 * @example
 * ```ts
 * const error = (() => { try { roi(1000, 0); } catch (thrown) { return thrown; } })();
 * error.code; //=> "FINANCE_NO_SOLUTION"
 * ```
 */
export class FinanceNoSolutionError extends FinanceError {
  constructor(fn: string, message: string) {
    super(FINANCE_ERROR_CODES.noSolution, fn, message);
  }
}
