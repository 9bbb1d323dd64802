/**
 * Positions in JSON text that the strict scanner (fastJson.ts) has read: a second, non-validating pass
 * records where every value and key starts, and a path maps to an offset the way source.ts's `offsetOf`
 * maps it over a yaml Document, so that locating a problem in such text never needs the yaml parser.
 */
import { LineCounter } from "yaml";
import type { IssuePath } from "../../errors/ValueframeError.js";

/**
 * Where a value starts: the offset alone for a string, number, boolean or null (most values, and the pass
 * allocates nothing for them); with its members or items for an object or array, as yaml's map and sequence
 * nodes hold them.
 */
export type JsonPlace = number | JsonObjectPlace | JsonArrayPlace;

/** Members in order: names (own keys only, so no `constructor` unless written), where each key starts, its value. */
interface JsonObjectPlace {
  readonly start: number;
  readonly names: readonly string[];
  readonly keys: readonly number[];
  readonly values: readonly JsonPlace[];
}

interface JsonArrayPlace {
  readonly start: number;
  readonly items: readonly JsonPlace[];
}

/**
 * Where every value in `text` starts. Only for text `scanJson` accepted: that pass checked the syntax, so this
 * one merely steps over tokens (white space is then only space, tab, LF and CR before LF; a scalar ends at a
 * delimiter or white space).
 */
export function jsonPlaces(text: string): JsonPlace {
  return new Walker(text).value();
}

/**
 * The offset of the value at `path` (or of `key` inside it), falling back to the nearest existing parent, as
 * `offsetOf` finds it in the yaml Document. Its other case, pointing at the key of an empty value (`key:` with
 * nothing after it), cannot arise: a JSON member always has a value.
 */
export function jsonOffsetOf(root: JsonPlace, path: IssuePath, key: string | undefined): number {
  let place = root;
  const parts = key === undefined ? path : [...path, key];
  for (const [i, part] of parts.entries()) {
    // Nothing inside a scalar: the scalar is the nearest existing parent.
    if (typeof place === "number") return place;
    let next: JsonPlace | undefined;
    if ("names" in place) {
      // yaml's lookup compares keys as strings (a number part finds the key "0") and goes through them in order too.
      const at = place.names.indexOf(String(part));
      if (at === -1) return place.start;
      if (key !== undefined && i === parts.length - 1) return place.keys[at] ?? place.start;
      next = place.values[at];
    } else if (typeof part === "number") {
      next = place.items[part];
    }
    if (next === undefined) return place.start;
    place = next;
  }
  return typeof place === "number" ? place : place.start;
}

/**
 * A LineCounter holding the line starts the yaml parser would have recorded for `text`: after every LF. In
 * text the scanner accepted a CR stands only before an LF and no string holds a raw line break, so each LF
 * is one of the lexer's newline tokens, and columns come out in UTF-16 code units as the parser's do.
 */
export function jsonLineCounter(text: string): LineCounter {
  const lineCounter = new LineCounter();
  // The parser records the start of the first line too.
  lineCounter.addNewLine(0);
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lineCounter.addNewLine(at + 1);
  return lineCounter;
}

class Walker {
  private at = 0;

  constructor(private readonly text: string) {}

  value(): JsonPlace {
    const start = this.skipSpace();
    const code = this.text.charCodeAt(start);
    if (code === 0x7b) return this.object(start);
    if (code === 0x5b) return { start, items: this.items() };
    if (code === 0x22) this.stringEnd();
    else this.scalarEnd();
    return start;
  }

  /** The object at `{`, up to after its `}`. */
  private object(start: number): JsonObjectPlace {
    const names: string[] = [];
    const keys: number[] = [];
    const values: JsonPlace[] = [];
    this.at += 1;
    while (this.before(0x7d)) {
      const key = this.at;
      const escaped = this.stringEnd();
      const raw = this.text.slice(key, this.at);
      // The scanner decoded escapes as JSON.parse does; most keys have none.
      names.push(escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1));
      keys.push(key);
      this.at = this.skipSpace() + 1;
      values.push(this.value());
      if (this.text.charCodeAt(this.skipSpace()) === 0x2c) this.at += 1;
    }
    this.at += 1;
    return { start, names, keys, values };
  }

  /** The items of the array at `[`, up to after its `]`. */
  private items(): JsonPlace[] {
    const items: JsonPlace[] = [];
    this.at += 1;
    while (this.before(0x5d)) {
      items.push(this.value());
      if (this.text.charCodeAt(this.skipSpace()) === 0x2c) this.at += 1;
    }
    this.at += 1;
    return items;
  }

  /** Steps over the string at its opening quote; whether it holds an escape. */
  private stringEnd(): boolean {
    const text = this.text;
    let at = this.at + 1;
    let escaped = false;
    for (let code = text.charCodeAt(at); code !== 0x22 && at < text.length; code = text.charCodeAt(at)) {
      if (code === 0x5c) {
        escaped = true;
        at += 2;
      } else at += 1;
    }
    this.at = at + 1;
    return escaped;
  }

  /** Whether the next token is not `close`; the end of the text counts as it, so that text the scanner did not accept cannot loop forever. */
  private before(close: number): boolean {
    const at = this.skipSpace();
    return at < this.text.length && this.text.charCodeAt(at) !== close;
  }

  /** Steps over a number, `true`, `false` or `null`: up to the next delimiter, white space or the end. */
  private scalarEnd(): void {
    const text = this.text;
    let at = this.at;
    // Past the end the code is NaN, which ends the loop too.
    for (let code = text.charCodeAt(at); code > 0x20 && code !== 0x2c && code !== 0x5d && code !== 0x7d; code = text.charCodeAt(at)) at += 1;
    this.at = at;
  }

  /** Steps over white space; the offset of the next token. */
  private skipSpace(): number {
    const text = this.text;
    let at = this.at;
    for (let code = text.charCodeAt(at); code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d; code = text.charCodeAt(at)) at += 1;
    this.at = at;
    return at;
  }
}
