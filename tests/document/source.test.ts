/** Reading JSON and YAML: exact numbers, aliases, and positions of values, keys and missing values. */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanJson } from "../../src/document/_internal/fastJson.js";
import { parseSource, parseWithYaml, type SourceFile } from "../../src/document/_internal/source.js";

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

/** parseSource gives what the yaml parser alone gives: the same data, problems and positions. */
function expectSameAsYaml(name: string, text: string): void {
  const fast = parseSource(name, text);
  const yaml = parseWithYaml(name, text);
  if (!("file" in yaml)) {
    expect(fast).toEqual(yaml);
    return;
  }
  if (!("file" in fast)) throw new Error(`${name}: problems on the fast path only: ${JSON.stringify(fast.problems)}`);
  expect(shape(fast.file.data)).toEqual(shape(yaml.file.data));
  // Some 200 paths a file, spread over it, are enough to show the positions come from the same document.
  const paths = pathsOf(yaml.file.data);
  for (const path of paths.filter((_, i) => i % Math.ceil(paths.length / 200) === 0)) {
    expect(fast.file.locate(path)).toEqual(yaml.file.locate(path));
    const key = path.at(-1);
    if (typeof key === "string") expect(fast.file.locate(path.slice(0, -1), { key })).toEqual(yaml.file.locate(path.slice(0, -1), { key }));
  }
  expect(fast.file.locate(["no", "such", 7])).toEqual(yaml.file.locate(["no", "such", 7]));
}

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
    const space = fc.constantFrom("", "", " ", "\n", "\t", "\r\n", "\n\t  ", "\r");
    const char = fc.constantFrom("a", " ", "#", ": ", "- ", "'", "&x", "*x", "!t", "%", "{", "]", ",", "---", '\\"', "\\\\", "\\/", "\\b", "\\n", "\\t", "\\u0000", "\\u00e9", "\\ud83d\\ude00", "\\ud800", "é", "中", "😀", "\ud800", "\u007f", "\u0085", "\u2028", "\ufeff", "\uffff");
    const string = fc.array(char, { maxLength: 4 }).map((chars) => `"${chars.join("")}"`);
    const number = fc.constantFrom("0", "-0", "14", "-1", "0.08", "1e3", "1E-3", "2.50", "0.1234567890123456789012", "12345678901234567890", "1e400", "5e-324");
    const key = fc.oneof(string, fc.constantFrom('"a"', '"__proto__"', '"toString"', '""', '"1"', '"<<"', `"${"k".repeat(1100)}"`));
    const scalar = fc.oneof(string, number, fc.constantFrom("true", "false", "null"));
    const items = (item: fc.Arbitrary<string>, open: string, close: string) =>
      fc.tuple(fc.array(fc.tuple(space, item, space), { maxLength: 4 }), space).map(([parts, empty]) => open + (parts.length === 0 ? empty : parts.map((part) => part.join("")).join(",")) + close);
    const { collection } = fc.letrec<{ value: string; collection: string }>((tie) => ({
      value: fc.oneof({ depthSize: "small" }, scalar, tie("collection")),
      collection: fc.oneof(items(tie("value"), "[", "]"), items(fc.tuple(key, space, fc.constant(":"), space, tie("value")).map((part) => part.join("")), "{", "}")),
    }));
    fc.assert(
      fc.property(space, collection, space, (before, text, after) => {
        expectSameAsYaml("x.json", before + text + after);
        expectSameAsYaml("x.yaml", before + text + after);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
