/** Reading JSON and YAML: exact numbers, aliases, and positions of values, keys and missing values. */
import { describe, expect, it } from "vitest";
import { parseSource, type SourceFile } from "../../src/document/_internal/source.js";

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
