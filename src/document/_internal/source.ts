/**
 * Reads a JSON or YAML file into plain data with the `yaml` parser (JSON is YAML), keeping a line
 * counter so any path into the data maps back to the line and column of the value it names. JSON
 * text, most documents, is read by a strict scanner of its own (fastJson.ts) to the same data, and located
 * by a second pass of its own (jsonLocate.ts) to the same positions.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from "yaml";
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import { Dec, numericProblem } from "../../numeric/decimal.js";
import { scanJson } from "./fastJson.js";
import { jsonLineCounter, jsonOffsetOf, jsonPlaces, type JsonPlace } from "./jsonLocate.js";

/** A parsed file: its data and a way back from a path in the data to a position in the text. */
export interface SourceFile {
  /** The file's name as printed in messages. */
  readonly name: string;
  readonly data: unknown;
  /** The 1-based line and column of the value at `path`, or of its nearest existing parent. */
  locate(path: IssuePath, options?: { readonly key?: string }): { readonly line: number; readonly column: number };
}

/** Aliases a file may expand, as the yaml package's own default: enough for reuse, too few for an alias bomb. */
const MAX_ALIASES = 100;

/** JSON or YAML: a name ending in `.json` is JSON, anything else YAML (of which JSON is a part). */
export function formatOf(name: string): "json" | "yaml" {
  return /\.json$/i.test(name) ? "json" : "yaml";
}

/**
 * Parses `text` into its data; returns the file, or every syntax problem with its position (path `[]`).
 * Text declared JSON must also be strict JSON: comments, unquoted strings or trailing commas are YAML,
 * not JSON, and are reported. A JSON object or array goes through a strict scanner of its own; anything
 * it is unsure of goes to the YAML parser (JSON is YAML), which reports the problem.
 */
export function parseSource(name: string, text: string, format = formatOf(name)): { readonly file: SourceFile } | { readonly problems: readonly ValueframeIssue[] } {
  const data = scanJson(text, exact);
  if (data === undefined) return parseWithYaml(name, text, format);
  // Positions are asked for only when there is something to report: find where values start then, once,
  // with a second pass over the text rather than the yaml parser, which would cost as much as it saved.
  let located: { readonly root: JsonPlace; readonly lineCounter: LineCounter } | undefined;
  return {
    file: {
      name,
      data,
      locate: (path, options) => {
        located ??= { root: jsonPlaces(text), lineCounter: jsonLineCounter(text) };
        return positionIn(located.lineCounter, jsonOffsetOf(located.root, path, options?.key));
      },
    },
  };
}

/** parseSource with the YAML parser alone, as it runs when the JSON scanner is unsure; tests hold the two equal. */
export function parseWithYaml(name: string, text: string, format = formatOf(name)): { readonly file: SourceFile } | { readonly problems: readonly ValueframeIssue[] } {
  const { doc, lineCounter } = yamlDocument(text);
  const position = (offset: number) => positionIn(lineCounter, offset);
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({ path: [], code: error.code.toLowerCase(), message: syntaxMessage(error, doc), file: name, ...position(error.pos[0]) })),
    };
  }
  if (format === "json") {
    const problem = jsonProblem(text);
    if (problem !== undefined) return { problems: [{ path: [], code: "json_syntax", message: problem.message, file: name, ...position(problem.offset) }] };
  }
  const aliases = { left: MAX_ALIASES };
  let data: unknown;
  try {
    data = toData(doc.contents, doc, aliases);
  } catch (error) {
    if (!(error instanceof AliasLimit)) throw error;
    return { problems: [{ path: [], code: "resource_exhaustion", message: `more than ${MAX_ALIASES} aliases expanded`, file: name, ...position(error.offset) }] };
  }
  return {
    file: {
      name,
      data,
      locate: (path, options) => position(offsetOf(doc, path, options?.key)),
    },
  };
}

function yamlDocument(text: string): { readonly doc: Document; readonly lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

/** The 1-based line and column of `offset`. */
function positionIn(lineCounter: LineCounter, offset: number): { readonly line: number; readonly column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line: Math.max(line, 1), column: Math.max(col, 1) };
}

class AliasLimit extends Error {
  constructor(readonly offset: number) {
    super("alias limit");
  }
}

/** Plain data from the parsed nodes; a number whose digits a float would lose is kept as its exact text. */
function toData(node: unknown, doc: Document, aliases: { left: number }): unknown {
  if (isAlias(node)) {
    aliases.left -= 1;
    if (aliases.left < 0) throw new AliasLimit(node.range?.[0] ?? 0);
    return toData(node.resolve(doc), doc, aliases);
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      Object.defineProperty(out, key, { value: toData(pair.value, doc, aliases), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toData(item, doc, aliases));
  if (isScalar(node)) return exact(node.value, node.source);
  return null;
}

/** `0.1234567890123456789012` stays that string instead of the float 0.12345678901234568. */
function exact(value: unknown, source: string | undefined): unknown {
  if (typeof value !== "number" || source === undefined || numericProblem(source) !== undefined || !Number.isFinite(value)) return value;
  return new Dec(source.trim()).eq(new Dec(String(value))) ? value : source.trim();
}

/**
 * The offset of the value at `path` (or of `key` inside it), falling back to the nearest existing parent.
 * jsonLocate.ts's `jsonOffsetOf` answers alike for scanned JSON; tests hold the two equal.
 */
function offsetOf(doc: Document, path: IssuePath, key: string | undefined): number {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  const parts = key === undefined ? path : [...path, key];
  for (const [i, part] of parts.entries()) {
    const isKey = key !== undefined && i === parts.length - 1;
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
      if (pair === undefined) return offset;
      // Point at the key when asked for one, or when the value is empty (`key:` with nothing after it).
      if (isKey || isEmpty(pair.value)) return startOf(pair.key) ?? offset;
      next = pair.value;
    } else if (isSeq(node) && typeof part === "number") {
      next = node.items[part];
    }
    const start = startOf(next);
    if (start === undefined) return offset;
    node = next;
    offset = start;
  }
  return offset;
}

/** No value at all, or an empty one (`key:` with nothing after it). */
function isEmpty(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  const range = (node as Node).range;
  return isScalar(node) && node.value === null && range !== undefined && range !== null && range[0] === range[1];
}

function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range === undefined || range === null ? undefined : range[0];
}

/** Why `text` is not strict JSON and where, or undefined when it is. The engine's message loses its quote of the text. */
function jsonProblem(text: string): { readonly message: string; readonly offset: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(raw);
    // The engine quotes the start of the text ("{"case": xxxx"... is not valid JSON); a problem never does.
    const reason = raw.replace(/, ".*"(\.\.\.)? is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "");
    return { message: `not valid JSON: ${reason}`, offset: at === null ? (/end of JSON input/.test(raw) ? text.length : 0) : Number(at[1]) };
  }
}

/** The parser's message without its position (the issue carries it); a repeated key is named. */
function syntaxMessage(error: YAMLError, doc: Document): string {
  const message = (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, "");
  if (error.code !== "DUPLICATE_KEY") return message;
  let key: unknown;
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== error.pos[0]) return undefined;
      key = pair.key.value;
      return visit.BREAK;
    },
  });
  return key === undefined ? message : `the key ${JSON.stringify(String(key))} appears twice in one mapping; keys must be unique`;
}
