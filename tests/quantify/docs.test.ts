/**
 * Keeps the quantify examples true. docs/quantify.md runs as one script (its ```ts blocks in order, so
 * later blocks see earlier declarations); each `@example` of src/quantify/*.ts runs on its own. Every
 * `expression; //=> result` line is checked: the expression's value, JSON-compared with the result.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as quantify from "../../src/quantify/index.js";
import { distributor, readCase, withFactoring } from "./fixtures.js";

interface Check {
  readonly line: string;
  readonly actual: unknown;
  readonly expected: unknown;
}

const scope: Record<string, unknown> = { ...quantify, distributor, withFactoring, readCase };

/** Runs `code`, turning each `expr; //=> result` line into a check; returns the checks in order. */
function run(code: string): Check[] {
  const checks: Check[] = [];
  const out: string[] = [];
  for (const line of code.split("\n")) {
    if (/^\s*import /.test(line) || /^\s*const distributor = /.test(line)) continue;
    const match = /^(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
    if (match === null) {
      out.push(line);
      continue;
    }
    // A result on its own line belongs to the statement before it.
    const expr = match[1]!.trim() === "" ? (out.pop() ?? "").trim().replace(/;$/, "") : match[1]!.trim();
    out.push(`__check(${JSON.stringify(expr)}, () => (${expr}), ${JSON.stringify(match[2]!.trim())});`);
  }
  const body = out.join("\n");
  const check = (line: string, fn: () => unknown, expected: string): void => {
    let actual: unknown;
    try {
      actual = fn();
    } catch (error) {
      actual = `threw ${String(error)}`;
    }
    checks.push({ line, actual: JSON.parse(JSON.stringify(actual) ?? "null"), expected: JSON.parse(expected) });
  };
  new Function(...Object.keys(scope), "__check", body)(...Object.values(scope), check);
  return checks;
}

const root = new URL("../../", import.meta.url);
const guide = [...readFileSync(new URL("docs/quantify.md", root), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).join("\n");
const examples = readdirSync(new URL("src/quantify/", root))
  .filter((name) => name.endsWith(".ts"))
  .flatMap((name) =>
    [...readFileSync(new URL(`src/quantify/${name}`, root), "utf8").matchAll(/@example\n\s*\* ```ts\n([\s\S]*?)```/g)].map(
      (m) => [name, m[1]!.replace(/^\s*\* ?/gm, "")] as const,
    ),
  );

describe("docs/quantify.md", () => {
  const checks = run(guide);
  it("has examples", () => {
    expect(checks.length).toBeGreaterThan(25);
  });
  it.each(checks.map((c) => [c.line, c] as const))("%s", (_line, c) => {
    expect(c.actual).toEqual(c.expected);
  });
});

describe.each(examples)("the @example of src/quantify/%s", (_name, code) => {
  it.each(run(code).map((c) => [c.line, c] as const))("%s", (_line, c) => {
    expect(c.actual).toEqual(c.expected);
  });
});
