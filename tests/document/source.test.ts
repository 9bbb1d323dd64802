/** Reading JSON and YAML: exact numbers, aliases, and positions of values, keys and missing values. */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { scanJson } from "../../src/document/_internal/fastJson.js";
import { parseSource, parseWithYaml, type SourceFile } from "../../src/document/_internal/source.js";

/** How many times the yaml parser has parsed a document: locating in scanned JSON must not. */
const yamlParses = vi.hoisted(() => ({ count: 0 }));
vi.mock("yaml", async (importOriginal) => {
  const yaml = await importOriginal<typeof import("yaml")>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      yamlParses.count += 1;
      return yaml.parseDocument(...args);
    },
  };
});

function parsed(text: string): SourceFile {
  const result = parseSource("x.yaml", text);
  if (!("file" in result)) throw new Error(JSON.stringify(result.problems));
  return result.file;
}

describe("parseSource", () => {
  it("keeps numbers a float cannot hold as their exact text, and the rest as numbers", () => {
    const file = parsed('{ "a": 0.1234567890123456789012, "b": 12345678901234567890, "c": 14, "d": 0.08, "e": 1e3, "f": -0 }');
    expect(file.data).toEqual({ a: "0.1234567890123456789012", b: "12345678901234567890", c: 14, d: 0.08, e: 1000, f: -0 });
  });

  it("reads YAML scalars as YAML does: strings, booleans, null, hex stays a number", () => {
    expect(parsed("a: 2026-12-31\nb: yes\nc: true\nd:\ne: 0x10\nf: '14'\n").data).toEqual({ a: "2026-12-31", b: "yes", c: true, d: null, e: 16, f: "14" });
  });

  it("expands aliases, up to a limit", () => {
    expect(parsed("base: &b { x: 1 }\ncopy: *b\n").data).toEqual({ base: { x: 1 }, copy: { x: 1 } });
    const bomb = ["a: &a [1, 1]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join("\n");
    const result = parseSource("bomb.yaml", bomb);
    expect("problems" in result && result.problems.map((p) => p.code)).toEqual(["resource_exhaustion"]);
  });

  it("locates values, keys, missing values and empty values", () => {
    const file = parsed("goals:\n  - id: g\n    baseline: forty\n    target:\n");
    expect(file.locate(["goals", 0, "baseline"])).toEqual({ line: 3, column: 15 });
    expect(file.locate(["goals", 0], { key: "baseline" })).toEqual({ line: 3, column: 5 });
    expect(file.locate(["goals", 0, "deadline"])).toEqual({ line: 2, column: 5 });
    expect(file.locate(["goals", 3, "id"])).toEqual({ line: 2, column: 3 });
    expect(file.locate(["goals", 0, "target"])).toEqual({ line: 4, column: 5 });
    expect(file.locate([])).toEqual({ line: 1, column: 1 });
  });

  it("reads JSON indented with tabs, and an empty file as null", () => {
    const file = parsed('{\n\t"a": {\n\t\t"b": "x"\n\t}\n}\n');
    expect(file.locate(["a", "b"])).toEqual({ line: 3, column: 8 });
    expect(parsed("").data).toBeNull();
  });

  it("reports every syntax problem with its position, naming a repeated key", () => {
    const result = parseSource("bad.json", '{ "a": 1, "a": 2 }');
    expect("problems" in result && result.problems).toEqual([
      { path: [], code: "duplicate_key", message: 'the key "a" appears twice in one mapping; keys must be unique', file: "bad.json", line: 1, column: 11 },
    ]);
  });

  it("holds JSON files to strict JSON, without quoting the text", () => {
    const comment = parseSource("case.json", '{\n  "a": 1, # a YAML comment\n  "b": 2\n}');
    expect("problems" in comment && comment.problems.map((p) => p.code)).toEqual(["json_syntax"]);
    const trailing = parseSource("case.json", '{ "a": 1, }');
    expect("problems" in trailing && trailing.problems[0]).toMatchObject({ code: "json_syntax", line: 1, column: 11 });
    expect("problems" in trailing && trailing.problems[0]?.message).not.toContain('"a"');
    // The engine's message quotes the start of the text; the problem does not.
    const plain = parseSource("case.json", '{"case": secret-text-of-the-file}');
    expect("problems" in plain && plain.problems[0]?.message).toBe("not valid JSON: Unexpected token 's'");
    // The same text named as YAML is YAML.
    expect("file" in parseSource("case.yaml", '{ "a": 1, }')).toBe(true);
  });
});

/** Own keys in order, own `__proto__` included, and whether an object kept the plain prototype. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value === null || typeof value !== "object") return typeof value === "number" && Object.is(value, -0) ? "-0" : value;
  return { plain: Object.getPrototypeOf(value) === Object.prototype, entries: Object.getOwnPropertyNames(value).map((key) => [key, shape((value as Record<string, unknown>)[key])]) };
}

/** Every path into `data`, as locate takes it. */
function pathsOf(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(data)) return [path, ...data.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (data !== null && typeof data === "object") return [path, ...Object.keys(data).flatMap((key) => pathsOf((data as Record<string, unknown>)[key], [...path, key]))];
  return [path];
}

/** A question to locate: a path, and a key inside the value there. */
type Query = readonly [path: (string | number)[], key?: string | undefined];

/**
 * What locate is asked about `data`: every value, every object key, and paths that do not exist — a missing key
 * (also as `{ key }`), an index past the end or before the start, a string into an array, a path under a scalar.
 */
function queriesOf(data: unknown, path: (string | number)[] = []): Query[] {
  if (Array.isArray(data)) {
    const missing: Query[] = [[[...path, data.length]], [[...path, -1]], [[...path, "0"]], [path, "0"]];
    return [[path], ...missing, ...data.flatMap((item, i) => queriesOf(item, [...path, i]))];
  }
  if (data !== null && typeof data === "object") {
    const keys = Object.keys(data);
    const missing: Query[] = [[[...path, "no such key"]], [path, "no such key"], [[...path, 0]], [[...path, "constructor"]], [[...path, "no", "such", 7]]];
    return [[path], ...missing, ...keys.flatMap((key) => [[path, key] as Query, ...queriesOf((data as Record<string, unknown>)[key], [...path, key])])];
  }
  return [[path], [[...path, 0]], [[...path, "deeper", 1]], [path, "deeper"]];
}

/** Each query's answer, named by the query, so that a difference shows which path it is at. */
function answers(file: SourceFile, queries: readonly Query[]): unknown[] {
  return queries.map(([path, key]) => [JSON.stringify(path), key, file.locate(path, key === undefined ? undefined : { key })]);
}

/** parseSource gives what the yaml parser alone gives: the same data, problems and positions of every value and key. */
function expectSameAsYaml(name: string, text: string): void {
  const fast = parseSource(name, text);
  const yaml = parseWithYaml(name, text);
  if (!("file" in yaml)) {
    expect(fast).toEqual(yaml);
    return;
  }
  if (!("file" in fast)) throw new Error(`${name}: problems on the fast path only: ${JSON.stringify(fast.problems)}`);
  expect(shape(fast.file.data)).toEqual(shape(yaml.file.data));
  const queries = queriesOf(yaml.file.data);
  expect(answers(fast.file, queries), name).toEqual(answers(yaml.file, queries));
}

/** JSON text as a JSON object or array, with `space` between any two tokens. */
function jsonText(space: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const char = fc.constantFrom("a", " ", "#", ": ", "- ", "'", "&x", "*x", "!t", "%", "{", "]", ",", "---", '\\"', "\\\\", "\\/", "\\b", "\\n", "\\t", "\\u0000", "\\u00e9", "\\ud83d\\ude00", "\\ud800", "é", "中", "😀", "\ud800", "\u007f", "\u0085", "\u2028", "\ufeff", "\uffff");
  const string = fc.array(char, { maxLength: 4 }).map((chars) => `"${chars.join("")}"`);
  const number = fc.constantFrom("0", "-0", "14", "-1", "0.08", "1e3", "1E-3", "2.50", "0.1234567890123456789012", "12345678901234567890", "1e400", "5e-324");
  const key = fc.oneof(string, fc.constantFrom('"a"', '"__proto__"', '"toString"', '""', '"1"', '"<<"', '"a\\u0062"', `"${"k".repeat(1100)}"`));
  const scalar = fc.oneof(string, number, fc.constantFrom("true", "false", "null"));
  const items = (item: fc.Arbitrary<string>, open: string, close: string) =>
    fc.tuple(fc.array(fc.tuple(space, item, space), { maxLength: 4 }), space).map(([parts, empty]) => open + (parts.length === 0 ? empty : parts.map((part) => part.join("")).join(",")) + close);
  const { collection } = fc.letrec<{ value: string; collection: string }>((tie) => ({
    value: fc.oneof({ depthSize: "small" }, scalar, tie("collection")),
    collection: fc.oneof(items(tie("value"), "[", "]"), items(fc.tuple(key, space, fc.constant(":"), space, tie("value")).map((part) => part.join("")), "{", "}")),
  }));
  return fc.tuple(space, collection, space).map((parts) => parts.join(""));
}

/** JSON's white space, CRLF included (a CR alone is YAML content, which the scanner leaves to the yaml parser). */
const JSON_SPACES = ["", "", " ", "\n", "\t", "\r\n", "\n\t  ", "\r\n\r\n "];

describe("parseSource reads JSON with its own scanner to what the yaml parser gives", () => {
  const examples = new URL("../../examples/", import.meta.url);
  const jsonFiles = readdirSync(examples, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".json"));

  it("for every JSON file among the examples, broken ones included, and scans the sound ones itself", () => {
    expect(jsonFiles.length).toBeGreaterThan(30);
    for (const file of jsonFiles) {
      const text = readFileSync(new URL(file, examples), "utf8");
      expectSameAsYaml(file, text);
      if ("file" in parseWithYaml(file, text)) expect(scanJson(text, (value) => value), file).toBeDefined();
    }
  }, 60_000);

  it("keeps a key __proto__ as an own property, not the prototype", () => {
    const text = '{ "__proto__": { "polluted": true }, "toString": 1, "constructor": [] }';
    const result = parseSource("x.json", text);
    const data = "file" in result ? (result.file.data as Record<string, unknown>) : undefined;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(data)).toEqual(["__proto__", "toString", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(data, "__proto__")).toEqual({ value: { polluted: true }, enumerable: true, writable: true, configurable: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectSameAsYaml("x.json", text);
  });

  it("keeps numbers as the yaml path does: exact text where a float loses digits, Infinity beyond its range, -0", () => {
    const text = "[0.1234567890123456789012, 12345678901234567890, 9007199254740993, 100000000000000000000000, 1e400, -1e400, 1.5e-400, -0, -0.0, 0, 1e3, 1E3, 0.08, 2.50, 5e-324]";
    const result = parseSource("x.json", text);
    const data = "file" in result ? (result.file.data as unknown[]) : [];
    expect(data.slice(0, 4)).toEqual(["0.1234567890123456789012", "12345678901234567890", "9007199254740993", 1e23]);
    expect(data.slice(4, 7)).toEqual([Infinity, -Infinity, "1.5e-400"]);
    expect(Object.is(data[7], -0) && Object.is(data[8], -0) && Object.is(data[9], 0)).toBe(true);
    expectSameAsYaml("x.json", text);
    expectSameAsYaml("x.yaml", text);
  });

  it("leaves a repeated key to the yaml parser, with its problem and position", () => {
    for (const name of ["bad.json", "bad.yaml"]) {
      const result = parseSource(name, '{\n  "a": { "b": 1 },\n  "c": [{ "d": 1, "d": 2 }]\n}');
      expect("problems" in result && result.problems).toEqual([
        { path: [], code: "duplicate_key", message: 'the key "d" appears twice in one mapping; keys must be unique', file: name, line: 3, column: 19 },
      ]);
    }
    expectSameAsYaml("bad.json", '{ "__proto__": 1, "__proto__": 2 }');
  });

  it("leaves text that is not JSON to the yaml parser, with its problem and position", () => {
    const result = parseSource("case.json", '{\n  "a": [1 2]\n}');
    expect("problems" in result && result.problems).toEqual([
      { path: [], code: "json_syntax", message: "not valid JSON: Expected ',' or ']' after array element", file: "case.json", line: 2, column: 11 },
    ]);
    for (const text of ['{ "a": 01 }', '{ "a": 1. }', '{ "a": "\\x41" }', '{ "a": "tab\tin" }', '{ "a": 1 } x', '{ "a": tru }', '[1 2]', '{ "a" 1 }', '{ "a": 1', '[', "\ufeff{}", '"a"', "1"]) {
      expectSameAsYaml("case.json", text);
      expectSameAsYaml("case.yaml", text);
    }
  });

  it("leaves a CR that is not part of CRLF to the yaml parser, which reads it as content", () => {
    // Valid JSON with a: 1, but YAML reads "\r1": the file reads as it always has.
    const result = parseSource("x.json", '{"a":\r1}');
    expect("file" in result && result.file.data).toEqual({ a: "\r1" });
    expectSameAsYaml("x.json", '{\r\n  "a": 1\r\n}\r\n');
  });

  it("leaves nesting deeper than it reads to the yaml parser, which reports running out of stack as before", () => {
    const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
    // The yaml path once only: a second parse this deep can crash the process in V8's regexp compiler.
    const result = parseSource("deep.json", nested(100_000));
    // How many problems it reports depends on the stack left; each is this one.
    expect("problems" in result && [...new Set(result.problems.map(({ code, message }) => `${code}: ${message}`))]).toEqual([
      "resource_exhaustion: Maximum call stack size exceeded",
    ]);
    // The yaml parser reads several hundred levels; the scanner reads 128 and leaves deeper text to it.
    expectSameAsYaml("deep.json", nested(128));
    expect(scanJson(nested(128), (value) => value)).toBeDefined();
    expect(scanJson(nested(129), (value) => value)).toBeUndefined();
  });

  it("for any JSON object or array, with any white space between tokens", () => {
    fc.assert(
      fc.property(jsonText(fc.constantFrom(...JSON_SPACES, "\r")), (text) => {
        expectSameAsYaml("x.json", text);
        expectSameAsYaml("x.yaml", text);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe("locate in JSON the scanner read", () => {
  /** The file on the fast path, with the yaml parser's file for the same text. */
  function both(text: string): { readonly fast: SourceFile; readonly yaml: SourceFile } {
    expect(scanJson(text, (value) => value)).toBeDefined();
    const fast = parseSource("x.json", text);
    const yaml = parseWithYaml("x.json", text);
    if (!("file" in fast) || !("file" in yaml)) throw new Error("not JSON");
    return { fast: fast.file, yaml: yaml.file };
  }

  it("never runs the yaml parser, for any value, key or missing path of any example JSON file", () => {
    const examples = new URL("../../examples/", import.meta.url);
    const texts = readdirSync(examples, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".json"))
      .map((file) => readFileSync(new URL(file, examples), "utf8"))
      .filter((text) => scanJson(text, (value) => value) !== undefined);
    expect(texts.length).toBeGreaterThan(30);
    const before = yamlParses.count;
    for (const text of texts) {
      const result = parseSource("x.json", text);
      if ("file" in result) answers(result.file, queriesOf(result.file.data));
    }
    expect(yamlParses.count).toBe(before);
  });

  it("counts lines after LF and CRLF alike", () => {
    const { fast, yaml } = both('{\r\n  "a": {\r\n    "b": [1, 2]\r\n  },\r\n\r\n  "c": null\r\n}\r\n');
    expect(fast.locate(["a", "b", 1])).toEqual({ line: 3, column: 14 });
    expect(fast.locate(["a"], { key: "b" })).toEqual({ line: 3, column: 5 });
    expect(fast.locate(["c"])).toEqual({ line: 6, column: 8 });
    expect(fast.locate(["c", "d"])).toEqual({ line: 6, column: 8 });
    expect(fast.locate(["a", "x"])).toEqual({ line: 2, column: 8 });
    const queries = queriesOf(fast.data);
    expect(answers(fast, queries)).toEqual(answers(yaml, queries));
  });

  it("counts columns in UTF-16 code units, as the yaml parser does: CJK one each, an emoji two", () => {
    const { fast, yaml } = both('{"名前": "😀😀", "b": 1,\n "😀": ["中文", {"é": true}]}');
    expect(fast.locate(["b"])).toEqual({ line: 1, column: 21 });
    expect(fast.locate([], { key: "b" })).toEqual({ line: 1, column: 16 });
    expect(fast.locate(["😀", 1, "é"])).toEqual({ line: 2, column: 21 });
    expect(fast.locate(["😀", 1], { key: "é" })).toEqual({ line: 2, column: 16 });
    const queries = queriesOf(fast.data);
    expect(answers(fast, queries)).toEqual(answers(yaml, queries));
  });

  it("finds a key __proto__ as any other, and no key an object merely inherits", () => {
    const { fast, yaml } = both('{ "__proto__": { "polluted": [1] }, "toString": 2 }');
    expect(fast.locate(["__proto__", "polluted", 0])).toEqual({ line: 1, column: 31 });
    expect(fast.locate([], { key: "__proto__" })).toEqual({ line: 1, column: 3 });
    expect(fast.locate(["toString"])).toEqual({ line: 1, column: 49 });
    for (const inherited of ["constructor", "hasOwnProperty", "valueOf"]) expect(fast.locate([inherited, 0])).toEqual({ line: 1, column: 1 });
    const queries = queriesOf(fast.data);
    expect(answers(fast, queries)).toEqual(answers(yaml, queries));
  });

  it("for any JSON object or array, any white space and any path, existing or not", () => {
    const part = fc.oneof(fc.nat({ max: 4 }), fc.constantFrom(-1, "a", "ab", "__proto__", "toString", "", "1", "<<", "0"));
    // A path: a prefix of one that exists (picked by index), then anything.
    const query = fc.tuple(fc.nat(), fc.nat(), fc.array(part, { maxLength: 3 }), fc.option(fc.constantFrom("a", "ab", "__proto__", "1", "toString", ""), { nil: undefined }));
    fc.assert(
      fc.property(jsonText(fc.constantFrom(...JSON_SPACES)), fc.array(query, { minLength: 1, maxLength: 10 }), (text, picks) => {
        // A repeated key is the yaml parser's to report.
        fc.pre(scanJson(text, (value) => value) !== undefined);
        const { fast, yaml } = both(text);
        const paths = pathsOf(fast.data);
        const queries = picks.map(([pick, cut, tail, key]): Query => {
          const path = paths[pick % paths.length] ?? [];
          return [[...path.slice(0, cut % (path.length + 1)), ...tail], key];
        });
        expect(answers(fast, queries)).toEqual(answers(yaml, queries));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
