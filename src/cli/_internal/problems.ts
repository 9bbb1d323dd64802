/** A problem located in a file, and the one line the CLI prints for it: `file:line:col: path: message [code]`. */
import { formatPath, type IssuePath } from "../../errors/ValueframeError.js";

/** Where a problem is and what it is. `path` is the path inside `file` (undefined for syntax errors). */
export interface LocatedProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: IssuePath | undefined;
  readonly message: string;
  readonly code: string;
  /** Set for problems that do not stop the command. */
  readonly severity?: "warning";
}

/** Formats a problem for stderr, e.g. `case.json:12:16: drivers[2].value: "x" is not a decimal number [not_numeric]`. */
export function formatProblem(problem: LocatedProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}:`;
  const severity = problem.severity === undefined ? "" : ` ${problem.severity}:`;
  const path = problem.path === undefined ? "" : ` ${formatPath(problem.path)}:`;
  return `${where}${severity}${path} ${problem.message} [${problem.code}]`;
}
