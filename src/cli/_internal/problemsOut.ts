/** Prints located problems to stderr, one line each, and returns the exit code they mean. */
import type { CliIo } from "../io.js";
import { formatProblem, type LocatedProblem } from "./problems.js";

/** Exit code for input that is invalid or could not be processed. */
export const EXIT_INVALID = 1;

/** Prints every problem (and a count when there are several); returns {@link EXIT_INVALID}. */
export function reportProblems(io: CliIo, problems: readonly LocatedProblem[]): number {
  for (const problem of problems) io.stderr(`${formatProblem(problem)}\n`);
  if (problems.length > 1) io.stderr(`valueframe: ${problems.length} problems\n`);
  return EXIT_INVALID;
}

/** Prints warnings; they never change the exit code. */
export function reportWarnings(io: CliIo, warnings: readonly LocatedProblem[]): void {
  for (const warning of warnings) io.stderr(`${formatProblem(warning)}\n`);
}
