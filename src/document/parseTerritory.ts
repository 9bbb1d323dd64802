/**
 * parseTerritory: a territory (valueframe/qualify's `defineTerritory`) from its text, JSON or YAML, with
 * every problem located at the file, line and column of the value it names — the way parseValueDocument
 * reads a value-case document. Pure and isomorphic: it reads no file itself; the documents the territory
 * names are the caller's to read.
 */
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
import { safeDefineTerritory, type Territory } from "../qualify/territory.js";
import { DocumentValidationError } from "./errors.js";
import type { SourceLocation } from "./parseValueDocument.js";
import { parseSource } from "./_internal/source.js";

/** Options of {@link parseTerritory}. */
export interface ParseTerritoryOptions {
  /** The name problems are located in (default `"territory"`). */
  readonly fileName?: string;
  /** `"json"` or `"yaml"` (default: `"json"` when `fileName` ends in `.json`, else `"yaml"`); JSON must be strict JSON. */
  readonly format?: "json" | "yaml";
}

/** A parsed, validated territory and the way back from a path to where it is written. */
export interface ParsedTerritory {
  readonly territory: Territory;
  /** The file, line and column of the value at a path, e.g. `["deals", 2, "expectedMonth"]` (or of its nearest written parent). */
  readonly locate: (path: IssuePath) => SourceLocation;
}

/**
 * The result of {@link safeParseTerritory}: warnings and problems carry `file`, `line` and `column`; and,
 * valid or not, the paths of the value-case documents the text names, so a caller can read and check them
 * in the same run as the territory's own problems.
 */
export type SafeParseTerritoryResult = SafeDefineResult<ParsedTerritory, DocumentValidationError> & { readonly documents: readonly string[] };

/**
 * Parses and validates a territory like {@link parseTerritory} but returns `{ success: true, data,
 * warnings }` or `{ success: false, error }` instead of throwing.
 *
 * @param text - the territory's text (JSON or YAML)
 * @param options - the file's name and format
 * @returns the territory and its locator, or the error listing every problem located, in file order; and the documents it names
 *
 * @example
 * ```ts
 * const result = safeParseTerritory("currency: CNY\ndeals:\n  - { id: d1, customer: Hengda, stage: X, expectedMonth: 2027-02, expectedInvestment: 1, currency: CNY }\n", { fileName: "east.territory.yaml" });
 * !result.success && result.error.issues[0]; //=> { path: ["deals", 0, "stage"], code: "invalid_value", …, file: "east.territory.yaml", line: 3, column: 47 }
 * result.documents; //=> []
 * ```
 */
export function safeParseTerritory(text: string, options?: ParseTerritoryOptions): SafeParseTerritoryResult {
  const name = options?.fileName ?? "territory";
  const parsed = parseSource(name, text, options?.format);
  if ("problems" in parsed) return withDocuments(notDefined(new DocumentValidationError(parsed.problems, "territory")), []);
  const { file } = parsed;
  const data = file.data as { readonly documents?: unknown } | null;
  const written = typeof data === "object" && data !== null && Array.isArray(data.documents) ? data.documents : [];
  const documents = [...new Set(written.filter((path): path is string => typeof path === "string" && path !== ""))];
  const locate = (path: IssuePath): SourceLocation => ({ file: name, path, ...file.locate(path) });
  const located = (issue: ValueframeIssue): ValueframeIssue => {
    // An unknown key is reported at its object; the key itself is the better place to point at.
    const key = issue.code === "unrecognized_keys" ? /"([^"]+)"/.exec(issue.message)?.[1] : undefined;
    return { ...issue, file: name, ...file.locate(issue.path, key === undefined ? undefined : { key }) };
  };
  const result = safeDefineTerritory(file.data);
  if (!result.success) {
    const issues = result.error.issues.map(located).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return withDocuments(notDefined(new DocumentValidationError(issues, "territory")), documents);
  }
  return withDocuments(defined(Object.freeze({ territory: result.data, locate }), () => deepFreeze(result.warnings.map(located))), documents);
}

/** A result with the documents named: its own properties (the warnings a getter, read once) and `documents`. */
function withDocuments(result: SafeDefineResult<ParsedTerritory, DocumentValidationError>, documents: readonly string[]): SafeParseTerritoryResult {
  return Object.freeze(Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(result), documents: { value: Object.freeze([...documents]), enumerable: true } })) as SafeParseTerritoryResult;
}

/**
 * A territory from its text: parses the JSON or YAML (numbers whose digits a float would lose stay
 * exact), validates it with `defineTerritory` (valueframe/qualify) and locates every problem and warning
 * at the file, line and column of the value it names, in file order. Does no I/O: the value-case
 * documents it names are read by the caller (e.g. with {@link parseValueDocument}).
 *
 * @param text - the territory's text (JSON or YAML)
 * @param options - the file's name and format
 * @returns the validated territory and a locator for later problems
 * @throws {DocumentValidationError} (code `DOCUMENT_INVALID`) listing every problem, each with `file`, `line` and `column`
 *
 * @example
 * ```ts
 * const { territory } = parseTerritory("seller: East team\ncurrency: CNY\ndocuments: [distributor.valuecase.json]\n", { fileName: "east.territory.yaml" });
 * territory.documents; //=> ["distributor.valuecase.json"]
 * ```
 */
export function parseTerritory(text: string, options?: ParseTerritoryOptions): ParsedTerritory {
  return orThrow(safeParseTerritory(text, options));
}
