/**
 * Loads a value-case document from a JSON or YAML file: parses it and the member files it names
 * (relative to it), validates everything with defineValueDocument, and maps every problem to the file,
 * line and column of the bad value.
 */
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { safeDefineValueDocument } from "../../document/defineValueDocument.js";
import type { ValueDocument } from "../../document/defineValueDocument.js";
import { documentMembers, type DocumentMember } from "../../document/schema.js";
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import type { CliIo } from "../io.js";
import { text, type ParsedArgs } from "./command.js";
import type { LocatedProblem } from "./problems.js";
import { parseSource, type SourceFile } from "./source.js";

/** A loaded document with the files its members came from, to locate later problems (e.g. evaluation). */
export interface LoadedDocument {
  readonly document: ValueDocument;
  readonly warnings: readonly LocatedProblem[];
  /** Locates a path from the document's root (e.g. `["case", "drivers", 2]`) in the file that holds it. */
  readonly locate: (path: IssuePath, code: string, message: string) => LocatedProblem;
}

/** A file named like `x.frame.json`, `x.case.yaml` or `x.bvf.yml` holds that member alone. */
const MEMBER_FILE = /\.(frame|case|bvf)\.(json|ya?ml)$/i;

/** Options of {@link loadDocument}. */
export interface LoadOptions {
  /**
   * The folder member files may come from (default: the document's own folder). A member path that
   * leaves it is refused unread, so a document cannot make the command print another file's content.
   */
  readonly allowRoot?: string;
}

/** The load options of a command line's `--allow-root`. */
export function allowRootOf(args: ParsedArgs): LoadOptions {
  const root = text(args, "allow-root");
  return root === undefined ? {} : { allowRoot: root };
}

/** Reads and validates the document at `file` (as the user wrote it); every problem is located. */
export function loadDocument(file: string, io: CliIo, options?: LoadOptions): { readonly loaded: LoadedDocument } | { readonly problems: readonly LocatedProblem[] } {
  const root = readSource(file, io);
  if ("problems" in root) return root;
  const bare = MEMBER_FILE.exec(basename(file))?.[1]?.toLowerCase() as DocumentMember | undefined;
  const input: unknown = bare === undefined ? root.file.data : { [bare]: root.file.data };

  // Members written as paths are read first, so a missing or broken file is reported with the rest.
  const sources = new Map<DocumentMember, SourceFile>();
  const problems: LocatedProblem[] = [];
  const loadable: Record<string, unknown> = isRecord(input) ? { ...input } : {};
  for (const member of documentMembers) {
    const reference = loadable[member];
    if (bare === member) sources.set(member, root.file);
    if (typeof reference !== "string" || reference === "") continue;
    const where = () => ({ ...root.file.locate([member]), file: root.file.name, path: [member] });
    const allowed = resolve(io.cwd, options?.allowRoot ?? dirname(file));
    const inside = relative(allowed, resolve(io.cwd, dirname(file), reference));
    if (inside.startsWith("..") || isAbsolute(inside)) {
      const folder = options?.allowRoot === undefined ? "the document's folder" : "the --allow-root folder";
      problems.push({ ...where(), code: "outside_folder", message: `the ${member} file ${JSON.stringify(reference)} is outside ${folder}; pass --allow-root <folder> to read members from a wider folder` });
      delete loadable[member];
      continue;
    }
    const loaded = readSource(join(dirname(file), reference), io, where);
    if ("problems" in loaded) {
      problems.push(...loaded.problems);
      delete loadable[member];
    } else {
      sources.set(member, loaded.file);
      loadable[member] = loaded.file.data;
    }
  }
  if (problems.length > 0 && !documentMembers.some((member) => loadable[member] !== undefined)) return { problems };

  const locate = (path: IssuePath, code: string, message: string, severity?: "warning"): LocatedProblem => {
    const member = path[0] as DocumentMember;
    const source = sources.get(member);
    const inner = source === undefined ? path : path.slice(1);
    const file = source ?? root.file;
    const key = code === "unrecognized_keys" ? /"([^"]+)"/.exec(message)?.[1] : undefined;
    const position = key === undefined ? file.locate(inner) : file.locate(inner, { key });
    return { file: file.name, ...position, path: inner, message, code, ...(severity === undefined ? {} : { severity }) };
  };
  const located = (issues: readonly ValueframeIssue[], severity?: "warning") => issues.map((issue) => locate(issue.path, issue.code, issue.message, severity));

  const result = safeDefineValueDocument(isRecord(input) ? loadable : input, { resolve: (_path, member) => loadable[member] });
  if (!result.success) {
    const issues = result.error.issues.filter((issue) => problems.length === 0 || issue.code !== "missing_member");
    return { problems: [...problems, ...located(issues)] };
  }
  if (problems.length > 0) return { problems };
  return { loaded: { document: result.data, warnings: located(result.data.warnings, "warning"), locate } };
}

/** Reads and parses one file; a file that cannot be read is located at `where` (its reference) or at 1:1. */
function readSource(
  name: string,
  io: CliIo,
  where?: () => Omit<LocatedProblem, "message" | "code">,
): { readonly file: SourceFile } | { readonly problems: readonly LocatedProblem[] } {
  let text: string;
  try {
    text = io.readFile(resolve(io.cwd, name));
  } catch (error) {
    const code = (error as { code?: unknown }).code === "ENOENT" ? "file_not_found" : "file_unreadable";
    const reason = code === "file_not_found" ? "no such file" : error instanceof Error ? error.message : String(error);
    const at = where?.() ?? { file: name, line: 1, column: 1, path: undefined };
    return { problems: [{ ...at, message: `cannot read ${name}: ${reason}`, code }] };
  }
  return parseSource(name, text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
