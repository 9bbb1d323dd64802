/** Runs the CLI in-process with real file reads, captured output and in-memory writes. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/cli.js";
import type { CliIo } from "../../src/cli/io.js";

/** The repository root: the package root the CLI reads package.json and examples from. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** What one run printed, wrote and returned. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Files written, by absolute path. */
  readonly written: ReadonlyMap<string, string>;
  /** Binary files written (an `.xlsx`), by absolute path. */
  readonly bytes: ReadonlyMap<string, Uint8Array>;
}

/** Runs `valueframe ...argv` from the repository root; `files` overrides or adds files by absolute path. */
export async function run(argv: readonly string[], options: { readonly files?: Record<string, string>; readonly tty?: boolean; readonly cwd?: string } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const written = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => options.files?.[path] ?? written.get(path) ?? readFileSync(path, "utf8"),
    // A folder's entries on disk and the files given in memory under it.
    listFolder: (path) => {
      const given = Object.keys(options.files ?? {}).filter((file) => dirname(file) === path).map((file) => basename(file));
      const real = statSync(path, { throwIfNoEntry: false })?.isDirectory() === true ? readdirSync(path) : undefined;
      return real === undefined && given.length === 0 ? undefined : [...new Set([...(real ?? []), ...given])];
    },
    writeFile: (path, content) => void (typeof content === "string" ? written.set(path, content) : bytes.set(path, content)),
    cwd: options.cwd ?? repoRoot,
    stderrIsTTY: options.tty ?? false,
    packageRoot: repoRoot,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, written, bytes };
}

/** The 1-based line and column where `needle` first occurs in the repository file `path`, after `after` if given. */
export function positionOf(path: string, needle: string, after?: string): { line: number; column: number } {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
  const start = after === undefined ? 0 : text.indexOf(after);
  const offset = text.indexOf(needle, start);
  if (start < 0 || offset < 0) throw new Error(`"${needle}" not in ${path}`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
