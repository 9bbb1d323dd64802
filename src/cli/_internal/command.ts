/** The shape of one `valueframe` command, and the parsing of its command line with Node's util.parseArgs. */
import { isCalendarDate } from "../../_internal/asOf.js";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { resolve } from "node:path";
import { CliUsageError } from "../errors.js";
import type { CliIo } from "../io.js";

/** Options as util.parseArgs declares them; every command also takes `--help`. */
export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** One command: its help text, options and positional arguments, and what it does. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The usage lines, e.g. `valueframe validate <file>`. */
  readonly usage: string;
  /** The full `--help` text after the usage. */
  readonly help: string;
  readonly options: OptionSpec;
  /** Names of the positional arguments, all required. */
  readonly positionals: readonly string[];
  /** True when the last positional argument may be given more than once (`<file>...`). */
  readonly variadic?: boolean;
  /** Runs the command; returns the exit code. */
  readonly run: (args: ParsedArgs, io: CliIo) => number | Promise<number>;
}

/** A parsed command line. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** Parses a command's arguments strictly; anything unexpected is a {@link CliUsageError}. */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, "") : String(error), command.name);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help === true) return { values, positionals: parsed.positionals };
  const expected = command.positionals;
  if (parsed.positionals.length < expected.length) {
    throw new CliUsageError(`${command.name} needs ${expected.map((name) => `<${name}>`).join(" ")}`, command.name);
  }
  if (parsed.positionals.length > expected.length && command.variadic !== true) {
    throw new CliUsageError(`unexpected argument "${parsed.positionals[expected.length]}"`, command.name);
  }
  return { values, positionals: parsed.positionals };
}

/** A string option restricted to a few choices; undefined when not given. */
export function choice<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], command: string): T | undefined {
  const value = args.values[name];
  if (value === undefined || typeof value === "boolean") return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new CliUsageError(`--${name} must be ${choices.map((c) => `"${c}"`).join(", ")}; got "${value}"`, command);
  }
  return value as T;
}

/** A whole-number option within a range; undefined when not given. */
export function integer(args: ParsedArgs, name: string, min: number, max: number, command: string): number | undefined {
  const value = args.values[name];
  if (value === undefined || typeof value === "boolean") return undefined;
  const text = value.replace(/_/g, "");
  const number = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new CliUsageError(`--${name} must be a whole number from ${min} to ${max}; got "${value}"`, command);
  }
  return number;
}

/** A string option; undefined when not given. */
export function text(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

/** Today in the local calendar, as an ISO date: the commands' default date (the library reads no clock). */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** `--as-of YYYY-MM-DD`, checked; today when not given. */
export function asOfArgument(args: ParsedArgs, command: string): string {
  const given = text(args, "as-of");
  if (given === undefined) return today();
  if (!isCalendarDate(given)) throw new CliUsageError(`--as-of must be a calendar date written YYYY-MM-DD; got "${given}"`, command);
  return given;
}

/** Writes a command's result to `-o <out>` (creating folders) or to stdout. */
export function writeResult(io: CliIo, out: string | undefined, content: string): void {
  if (out === undefined || out === "-") {
    io.stdout(content);
    return;
  }
  io.writeFile(resolve(io.cwd, out), content);
  io.stderr(`valueframe: wrote ${out}\n`);
}
