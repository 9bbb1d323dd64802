/** The error the CLI raises for a command line it cannot run (exit code 2). */
import { ValueframeError } from "../errors/ValueframeError.js";

/**
 * Thrown for a command line the CLI cannot run: an unknown command or option, a missing or extra
 * argument, a value out of its choices. `command` names the command whose usage to show. Code:
 * `CLI_USAGE`; the CLI exits with 2.
 */
export class CliUsageError extends ValueframeError {
  /** The command whose usage applies, or undefined for the top level. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super("CLI_USAGE", message);
    this.command = command;
  }
}
