/**
 * The `valueframe` command line: parses argv with Node's util.parseArgs, runs one command and returns its
 * exit code. Everything it touches comes through {@link CliIo}, so tests run it in-process.
 */
import { join } from "node:path";
import { ValueframeError } from "../errors/ValueframeError.js";
import { parseCommandArgs, type Command } from "./_internal/command.js";
import { EXIT_INVALID } from "./_internal/problemsOut.js";
import { demoCommand } from "./commands/demo.js";
import { funnelCommand } from "./commands/funnel.js";
import { nextCommand } from "./commands/next.js";
import { portfolioCommand } from "./commands/portfolio.js";
import { workerCommand } from "./commands/worker.js";
import { trackCommand } from "./commands/track.js";
import { reportCommand } from "./commands/report.js";
import { schemaCommand } from "./commands/schema.js";
import { simulateCommand } from "./commands/simulate.js";
import { validateCommand } from "./commands/validate.js";
import { CliUsageError } from "./errors.js";
import type { CliIo } from "./io.js";

/** Exit code for a command line the CLI cannot run. */
const EXIT_USAGE = 2;

const commands: readonly Command[] = [demoCommand, validateCommand, reportCommand, simulateCommand, nextCommand, trackCommand, funnelCommand, portfolioCommand, workerCommand, schemaCommand];

const exitCodes = `Exit codes:
  0  ok
  1  invalid input: a file that cannot be read or parsed, a validation problem, an evaluation error
  2  usage error: unknown command or option, missing argument, value out of its choices
  3  report --format pdf: no Chromium or Chrome found, or it failed to print`;

function topHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `valueframe — value cases for B2B selling: validate, report and simulate them from JSON or YAML.

Usage:
  valueframe <command> [options]
  valueframe <command> --help
  valueframe --version

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join("\n")}

A value-case document is JSON or YAML holding a customer's "frame", "case" and "bvf", each inline or as
a path relative to the document. Problems are printed as file:line:column: path: message [code].

${exitCodes}
`;
}

function commandHelp(command: Command): string {
  return `Usage: ${command.usage}\n\n${command.help}\n`;
}

/**
 * Runs the `valueframe` command line.
 *
 * @param argv - the arguments after the program name, e.g. `["validate", "case.yaml"]`
 * @param io - where output goes and how files are read and written
 * @returns the exit code: 0 ok, 1 invalid input, 2 usage error, 3 no browser to print a PDF
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * await main(["--version"], { ...nodeIo(), stdout: (text) => out.push(text) }); //=> 0
 * out.join(""); //=> "0.1.0\n"
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      const command = first === "help" && rest[0] !== undefined ? findCommand(rest[0]) : undefined;
      io.stdout(command === undefined ? topHelp() : commandHelp(command));
      return 0;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${version(io)}\n`);
      return 0;
    }
    if (first.startsWith("-")) throw new CliUsageError(`unknown option "${first}" (options come after the command)`);
    const command = findCommand(first);
    const args = parseCommandArgs(command, rest);
    if (args.values.help === true) {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      const command = commands.find((c) => c.name === error.command);
      io.stderr(`${error.message}\n\nUsage: ${command?.usage ?? "valueframe <command> [options]"}\nRun "valueframe ${command?.name ?? ""}${command === undefined ? "" : " "}--help" for more.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ValueframeError) {
      io.stderr(`${error.message} [${error.code}]\n`);
      return EXIT_INVALID;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`valueframe: ${reason}\n`);
    return EXIT_INVALID;
  }
}

function findCommand(name: string): Command {
  const command = commands.find((c) => c.name === name);
  if (command === undefined) throw new CliUsageError(`unknown command "${name}" (commands: ${commands.map((c) => c.name).join(", ")})`);
  return command;
}

function version(io: CliIo): string {
  const manifest = JSON.parse(io.readFile(join(io.packageRoot, "package.json"))) as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "unknown";
}
