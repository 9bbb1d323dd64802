/**
 * Loads a value-case document from a JSON or YAML file with valueframe/document's parseValueDocument:
 * the file system is the store it reads member files from, limited to the document's folder (or the
 * `--allow-root` one), and every problem is located at its file, line and column.
 */
import { dirname, isAbsolute, relative, resolve } from "node:path";
import type { ValueDocument } from "../../document/defineValueDocument.js";
import { safeParseValueDocument } from "../../document/parseValueDocument.js";
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import type { CliIo } from "../io.js";
import { text, type ParsedArgs } from "./command.js";
import type { LocatedProblem } from "./problems.js";

/** A loaded document with the files its members came from, to locate later problems (e.g. evaluation). */
export interface LoadedDocument {
  readonly document: ValueDocument;
  readonly warnings: readonly LocatedProblem[];
  /** Locates a path from the document's root (e.g. `["case", "drivers", 2]`) in the file that holds it. */
  readonly locate: (path: IssuePath, code: string, message: string) => LocatedProblem;
}

/** Options of {@link loadDocument}. */
export interface LoadOptions {
  /**
   * The folder member files may come from (default: the document's own folder). A member path that
   * leaves it is refused unread, so a document cannot make the command print another file's content.
   */
  readonly allowRoot?: string;
  /** Today, for the buying centre: no observation after it, staleness judged by it. */
  readonly asOf?: string;
}

/** The load options of a command line's `--allow-root`. */
export function allowRootOf(args: ParsedArgs): LoadOptions {
  const root = text(args, "allow-root");
  return root === undefined ? {} : { allowRoot: root };
}

/** Reads and validates the document at `file` (as the user wrote it); every problem is located. */
export function loadDocument(file: string, io: CliIo, options?: LoadOptions): { readonly loaded: LoadedDocument } | { readonly problems: readonly LocatedProblem[] } {
  let source: string;
  try {
    source = io.readFile(resolve(io.cwd, file));
  } catch (error) {
    const { code, reason } = readFailure(error);
    return { problems: [{ file, line: 1, column: 1, path: undefined, message: `cannot read ${file}: ${reason}`, code }] };
  }
  const folder = dirname(file);
  const allowed = resolve(io.cwd, options?.allowRoot ?? folder);
  const readMember = (reference: string) => {
    const name = relative(io.cwd, resolve(io.cwd, folder, reference)) || reference;
    const inside = relative(allowed, resolve(io.cwd, name));
    if (inside.startsWith("..") || isAbsolute(inside)) {
      const where = options?.allowRoot === undefined ? "the document's folder" : "the --allow-root folder";
      throw Object.assign(new Error(`it is outside ${where}; pass --allow-root <folder> to read members from a wider folder`), { code: "outside_folder" });
    }
    try {
      return { text: io.readFile(resolve(io.cwd, name)), fileName: name };
    } catch (error) {
      const { code, reason } = readFailure(error);
      if (code === "file_not_found") return undefined;
      throw Object.assign(new Error(reason), { code });
    }
  };
  const result = safeParseValueDocument(source, { fileName: file, readMember, asOf: options?.asOf });
  if (!result.success) return { problems: result.error.issues.map((issue) => located(issue)) };
  const { document, locate } = result.data;
  return {
    loaded: {
      document,
      warnings: result.warnings.map((issue) => located(issue, "warning")),
      locate: (path, code, message) => {
        const where = locate(path);
        return { file: where.file, line: where.line, column: where.column, path: where.path, message, code };
      },
    },
  };
}

/** A located issue as the command prints it; problems of a whole file (syntax, reading) have no path. */
export function located(issue: ValueframeIssue, severity?: "warning"): LocatedProblem {
  return {
    file: issue.file ?? "",
    line: issue.line ?? 1,
    column: issue.column ?? 1,
    path: issue.path.length === 0 ? undefined : issue.path,
    message: issue.message,
    code: issue.code,
    ...(severity === undefined ? {} : { severity }),
  };
}

/** Why a file could not be read, as a problem's code and words. */
export function readFailure(error: unknown): { readonly code: string; readonly reason: string } {
  if ((error as { code?: unknown }).code === "ENOENT") return { code: "file_not_found", reason: "no such file" };
  return { code: "file_unreadable", reason: error instanceof Error ? error.message : String(error) };
}
