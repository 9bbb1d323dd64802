/**
 * parseValueDocument: a value-case document from its text (JSON or YAML), its members inline or read
 * through the caller's `readMember`, validated, with every problem located at the file, line and column
 * of the value it names. Pure and isomorphic: it reads no file itself.
 */
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { isRecord } from "../_internal/isRecord.js";
import { safeDefineValueDocument, type ValueDocument } from "./defineValueDocument.js";
import { DocumentValidationError } from "./errors.js";
import { documentMembers, type DocumentMember } from "./schema.js";
import { parseSource, type SourceFile } from "./_internal/source.js";

/** Where a value is written: the file and the 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The path inside `file` (for a member file, without the member's name). */
  readonly path: IssuePath;
}

/** Options of {@link parseValueDocument}. */
export interface ParseValueDocumentOptions {
  /** The name problems are located in (default `"document"`); also the file's kind when it ends in `.frame.json`, `.case.yaml`, `.bvf.yml`… */
  readonly fileName?: string;
  /**
   * `"json"` or `"yaml"` (default: `"json"` when `fileName` ends in `.json`, else `"yaml"`). Both are read
   * by one YAML 1.2 parser, which locates every value; JSON must also be strict JSON (no comments,
   * unquoted strings or trailing commas). Member files take the format of their own extension.
   */
  readonly format?: "json" | "yaml";
  /**
   * Returns the text of a member written as a path (e.g. `"frame": "distributor.frame.json"`), as the
   * caller stores it: a browser over its own store, a command line over files it allows. It may return
   * `{ text, fileName }` to name the file in problems otherwise than by the path as written. Return
   * `undefined` for a member that does not exist; throw to refuse one (its message becomes the problem,
   * code `member_refused`, or the error's own `code` when it has a string one). Without it, a member
   * written as a path is an `unresolved_reference` problem.
   */
  readonly readMember?: (path: string, member: DocumentMember) => string | { readonly text: string; readonly fileName: string } | undefined;
  /** Today, as an ISO date, for the buying centre and the pursuit (see `defineValueDocument`'s `asOf`). */
  readonly asOf?: string | undefined;
}

/** A parsed, validated document and the way back from a path to where it is written. */
export interface ParsedValueDocument {
  readonly document: ValueDocument;
  /** The file, line and column of the value at a path from the document's root, e.g. `["case", "drivers", 2]` (or of its nearest written parent). */
  readonly locate: (path: IssuePath) => SourceLocation;
}

/** The result of {@link safeParseValueDocument}: warnings and problems carry `file`, `line` and `column`. */
export type SafeParseValueDocumentResult = SafeDefineResult<ParsedValueDocument, DocumentValidationError>;

/** A file named like `x.frame.json`, `x.case.yaml` or `x.pursuit.yaml` holds that member alone, checked without the members it links to. */
const MEMBER_FILE = /\.(frame|case|bvf|stakeholders|pursuit|realisation|qualification|account)\.(json|ya?ml)$/i;

/**
 * Parses and validates a value-case document like {@link parseValueDocument} but returns
 * `{ success: true, data, warnings }` or `{ success: false, error }` instead of throwing.
 *
 * @param text - the document's text (JSON or YAML)
 * @param options - the file's name, format and the reader of member files
 * @returns the document and its locator, or the {@link DocumentValidationError} listing every problem in file order
 *
 * @example
 * ```ts
 * const result = safeParseValueDocument('case:\n  name: Pilot\n  horizon: 0\n', { fileName: "pilot.yaml" });
 * !result.success && result.error.issues[0]; //=> { path: ["case"], code: "invalid_type", …, file: "pilot.yaml", line: 2, column: 3 }
 * ```
 */
export function safeParseValueDocument(text: string, options?: ParseValueDocumentOptions): SafeParseValueDocumentResult {
  const name = options?.fileName ?? "document";
  const root = parseSource(name, text, options?.format);
  if ("problems" in root) return failure(root.problems, [name]);
  const bare = MEMBER_FILE.exec(name)?.[1]?.toLowerCase() as DocumentMember | undefined;
  const input: unknown = bare === undefined ? root.file.data : { [bare]: root.file.data };

  // Members written as paths are read first, so a missing or broken file is reported with the rest.
  const sources = new Map<DocumentMember, SourceFile>();
  if (bare !== undefined) sources.set(bare, root.file);
  const memberFiles = new Map<string, string>();
  const resolved = new Map<DocumentMember, unknown>();
  const problems: ValueframeIssue[] = [];
  const given: Record<string, unknown> = isRecord(input) ? { ...input } : {};
  for (const member of documentMembers) {
    const reference = given[member];
    if (typeof reference !== "string" || reference === "" || options?.readMember === undefined) continue;
    const read = readMember(options.readMember, reference, member);
    if ("problem" in read) {
      problems.push({ path: [member], ...read.problem, file: name, ...root.file.locate([member]) });
      delete given[member];
      continue;
    }
    memberFiles.set(member, read.fileName);
    const parsed = parseSource(read.fileName, read.text);
    if ("problems" in parsed) {
      problems.push(...parsed.problems);
      delete given[member];
      continue;
    }
    sources.set(member, parsed.file);
    resolved.set(member, parsed.file.data);
  }
  // Problems read top to bottom: the document's file first, then each member file in the order it is named.
  const files = [name, ...Object.keys(isRecord(input) ? input : {}).flatMap((key) => memberFiles.get(key) ?? [])];

  const locate = (path: IssuePath): SourceLocation => {
    const source = sources.get(path[0] as DocumentMember);
    const inner = source === undefined ? path : path.slice(1);
    const file = source ?? root.file;
    return { file: file.name, path: inner, ...file.locate(inner) };
  };
  const located = (given: ValueframeIssue): ValueframeIssue => {
    // Here members written as paths are read by readMember, not by defineValueDocument's resolve.
    const issue = given.code === "unresolved_reference" ? { ...given, message: given.message.replace("pass a resolve option to load it", "pass readMember to read it") } : given;
    // An unknown key is reported at its object; the key itself is the better place to point at.
    const key = issue.code === "unrecognized_keys" ? /"([^"]+)"/.exec(issue.message)?.[1] : undefined;
    const where = locate(issue.path);
    const source = sources.get(issue.path[0] as DocumentMember) ?? root.file;
    const position = key === undefined ? where : { ...where, ...source.locate(where.path, { key }) };
    return { ...issue, path: position.path, file: position.file, line: position.line, column: position.column };
  };

  const readable = options?.readMember === undefined ? {} : { resolve: (_path: string, member: DocumentMember) => resolved.get(member) };
  const result = safeDefineValueDocument(isRecord(input) ? given : input, { ...readable, asOf: options?.asOf, alone: bare !== undefined });
  if (!result.success) {
    // A member that could not be read is reported once, not again as missing.
    const issues = result.error.issues.filter((issue) => problems.length === 0 || issue.code !== "missing_member");
    return failure([...problems, ...issues.map(located)], files);
  }
  if (problems.length > 0) return failure(problems, files);
  const warnings = deepFreeze(result.data.warnings.map(located));
  return defined(Object.freeze({ document: result.data, locate }), warnings);
}

/**
 * A value-case document from its text: parses the JSON or YAML (numbers whose digits a float would lose
 * stay exact), reads members written as paths through `options.readMember`, validates everything with
 * `defineValueDocument`, and locates every problem at the file, line and column of the value it names,
 * in file order. Does no I/O itself; the input text is never changed.
 *
 * @param text - the document's text (JSON or YAML)
 * @param options - the file's name, format and the reader of member files
 * @returns the validated document and a locator for later problems (e.g. of evaluation)
 * @throws {DocumentValidationError} (code `DOCUMENT_INVALID`) listing every problem, each with `file`, `line` and `column`
 *
 * @example
 * ```ts
 * import { parseValueDocument } from "valueframe/document";
 * const files = { "distributor.frame.json": frameText, "distributor.case.json": caseText };
 * const { document } = parseValueDocument(
 *   '{ "frame": "distributor.frame.json", "case": "distributor.case.json" }',
 *   { fileName: "distributor.valuecase.json", readMember: (path) => files[path] },
 * );
 * document.case?.currency; //=> "CNY"
 * ```
 */
export function parseValueDocument(text: string, options?: ParseValueDocumentOptions): ParsedValueDocument {
  return orThrow(safeParseValueDocument(text, options));
}

/** The member's text, or the problem of reading it. */
function readMember(
  read: NonNullable<ParseValueDocumentOptions["readMember"]>,
  path: string,
  member: DocumentMember,
): { readonly text: string; readonly fileName: string } | { readonly problem: Omit<ValueframeIssue, "path"> } {
  let text: ReturnType<typeof read>;
  try {
    text = read(path, member);
  } catch (error) {
    const code = typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : "member_refused";
    return { problem: { code, message: `cannot read the ${member} file ${JSON.stringify(path)}: ${error instanceof Error ? error.message : String(error)}` } };
  }
  if (text === undefined) return { problem: { code: "file_not_found", message: `the ${member} file ${JSON.stringify(path)} does not exist` } };
  return typeof text === "string" ? { text, fileName: path } : text;
}

function failure(issues: readonly ValueframeIssue[], files: readonly string[]): SafeParseValueDocumentResult {
  return notDefined(new DocumentValidationError(inFileOrder(issues, files)));
}

/** Problems ordered by file (in the order given), then line and column. */
function inFileOrder(issues: readonly ValueframeIssue[], files: readonly string[]): ValueframeIssue[] {
  const rank = (issue: ValueframeIssue) => (issue.file === undefined ? -1 : files.indexOf(issue.file));
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || (a.issue.line ?? 0) - (b.issue.line ?? 0) || (a.issue.column ?? 0) - (b.issue.column ?? 0) || a.index - b.index)
    .map((entry) => entry.issue);
}
