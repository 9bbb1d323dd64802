/**
 * Reads a JSON or YAML file into plain data with the `yaml` parser (JSON is YAML), keeping a line
 * counter so any path into the data maps back to the line and column of the value it names.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { IssuePath } from "../../errors/ValueframeError.js";
import { Dec, numericProblem } from "../../numeric/decimal.js";
import type { LocatedProblem } from "./problems.js";

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

/** Parses `text` (JSON or YAML); returns the file, or every syntax problem with its position. */
export function parseSource(name: string, text: string): { readonly file: SourceFile } | { readonly problems: readonly LocatedProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({ file: name, ...position(error.pos[0]), path: undefined, message: firstLine(error.message), code: error.code.toLowerCase() })),
    };
  }
  const aliases = { left: MAX_ALIASES };
  let data: unknown;
  try {
    data = toData(doc.contents, doc, aliases);
  } catch (error) {
    if (!(error instanceof AliasLimit)) throw error;
    return { problems: [{ file: name, ...position(error.offset), path: undefined, message: `more than ${MAX_ALIASES} aliases expanded`, code: "resource_exhaustion" }] };
  }
  return {
    file: {
      name,
      data,
      locate: (path, options) => position(offsetOf(doc, path, options?.key)),
    },
  };
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

/** The offset of the value at `path` (or of `key` inside it), falling back to the nearest existing parent. */
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

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
