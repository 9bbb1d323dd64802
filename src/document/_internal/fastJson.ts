/**
 * A strict JSON scanner for document text: the same plain data the yaml parser gives for the same text,
 * without building a YAML document. It gives up (undefined) on anything it is not sure the yaml parser
 * reads alike, so that parser runs and reports every problem with its position as before.
 */

/** Deeper than this the yaml parser may run out of stack and report it; leave such text to it. */
const MAX_DEPTH = 128;

/** Thrown to give up; caught in scanJson only. */
const UNSURE = Symbol("unsure");

/**
 * The data of `text` when it is a JSON object or array that the yaml parser reads without a problem,
 * else undefined. `number` turns a number and its source text into data, as the yaml path does.
 */
export function scanJson(text: string, number: (value: number, source: string) => unknown): unknown {
  try {
    const scanner = new Scanner(text, number);
    const first = scanner.skipSpace();
    // A top-level scalar is rare in a document; the yaml parser reads it.
    if (first !== 0x7b && first !== 0x5b) return undefined;
    const data = scanner.value(0);
    if (scanner.skipSpace() !== -1) return undefined;
    return data;
  } catch {
    // A syntax error, or anything unforeseen (even a stack overflow): the yaml parser decides.
    return undefined;
  }
}

class Scanner {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly number: (value: number, source: string) => unknown,
  ) {}

  /** Skips JSON white space; the next character code, or -1 at the end. */
  skipSpace(): number {
    const text = this.text;
    let at = this.at;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === 0x20 || code === 0x0a || code === 0x09) at += 1;
      // YAML reads a CR that is not part of CRLF as content, not as a line break.
      else if (code === 0x0d && text.charCodeAt(at + 1) === 0x0a) at += 2;
      else break;
    }
    this.at = at;
    return at < text.length ? text.charCodeAt(at) : -1;
  }

  value(depth: number): unknown {
    const code = this.skipSpace();
    if (code === 0x22) return this.string();
    if (code === 0x7b) return this.object(depth + 1);
    if (code === 0x5b) return this.array(depth + 1);
    if (code === 0x2d || (code >= 0x30 && code <= 0x39)) return this.numberValue();
    if (this.word("true")) return true;
    if (this.word("false")) return false;
    if (this.word("null")) return null;
    throw UNSURE;
  }

  private object(depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw UNSURE;
    this.at += 1;
    const out: Record<string, unknown> = {};
    if (this.skipSpace() === 0x7d) {
      this.at += 1;
      return out;
    }
    for (;;) {
      if (this.skipSpace() !== 0x22) throw UNSURE;
      const key = this.string();
      // The yaml parser reports a repeated key.
      if (Object.prototype.hasOwnProperty.call(out, key)) throw UNSURE;
      if (this.skipSpace() !== 0x3a) throw UNSURE;
      this.at += 1;
      // The yaml path defines every key; assigning gives the same own property at half the cost, except for
      // "__proto__", which assignment would take as the prototype.
      if (key === "__proto__") Object.defineProperty(out, key, { value: this.value(depth), enumerable: true, writable: true, configurable: true });
      else out[key] = this.value(depth);
      const next = this.skipSpace();
      this.at += 1;
      if (next === 0x7d) return out;
      if (next !== 0x2c) throw UNSURE;
    }
  }

  private array(depth: number): unknown[] {
    if (depth > MAX_DEPTH) throw UNSURE;
    this.at += 1;
    const out: unknown[] = [];
    if (this.skipSpace() === 0x5d) {
      this.at += 1;
      return out;
    }
    for (;;) {
      out.push(this.value(depth));
      const next = this.skipSpace();
      this.at += 1;
      if (next === 0x5d) return out;
      if (next !== 0x2c) throw UNSURE;
    }
  }

  /** A string at the opening quote; only JSON's escapes, no control characters. */
  private string(): string {
    const text = this.text;
    const start = this.at + 1;
    let at = start;
    let out = "";
    let from = start;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code === 0x22) break;
      if (code < 0x20 || Number.isNaN(code)) throw UNSURE;
      if (code !== 0x5c) {
        at += 1;
        continue;
      }
      out += text.slice(from, at);
      const escape = text.charCodeAt(at + 1);
      at += 2;
      if (escape === 0x75) {
        const hex = text.slice(at, at + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw UNSURE;
        out += String.fromCharCode(parseInt(hex, 16));
        at += 4;
      } else {
        const char = ESCAPES[escape];
        if (char === undefined) throw UNSURE;
        out += char;
      }
      from = at;
    }
    this.at = at + 1;
    return from === start ? text.slice(start, at) : out + text.slice(from, at);
  }

  /** A JSON number, read as the yaml core schema reads it: an integer with parseInt, the rest with parseFloat. */
  private numberValue(): unknown {
    const text = this.text;
    const start = this.at;
    let at = start;
    if (text.charCodeAt(at) === 0x2d) at += 1;
    if (text.charCodeAt(at) === 0x30) at += 1;
    else at = this.digits(at);
    let integer = true;
    if (text.charCodeAt(at) === 0x2e) {
      at = this.digits(at + 1);
      integer = false;
    }
    const e = text.charCodeAt(at);
    if (e === 0x65 || e === 0x45) {
      at += 1;
      const sign = text.charCodeAt(at);
      if (sign === 0x2b || sign === 0x2d) at += 1;
      at = this.digits(at);
      integer = false;
    }
    this.at = at;
    const source = text.slice(start, at);
    return this.number(integer ? parseInt(source, 10) : parseFloat(source), source);
  }

  /** At least one digit from `at`; the index after the last. */
  private digits(at: number): number {
    const text = this.text;
    const start = at;
    for (let code = text.charCodeAt(at); code >= 0x30 && code <= 0x39; code = text.charCodeAt(at)) at += 1;
    if (at === start) throw UNSURE;
    return at;
  }

  private word(word: string): boolean {
    if (!this.text.startsWith(word, this.at)) return false;
    this.at += word.length;
    return true;
  }
}

/** JSON's escapes after a backslash, by character code; YAML's double-quoted strings read them alike. */
const ESCAPES: Record<number, string> = { 0x22: '"', 0x5c: "\\", 0x2f: "/", 0x62: "\b", 0x66: "\f", 0x6e: "\n", 0x72: "\r", 0x74: "\t" };
