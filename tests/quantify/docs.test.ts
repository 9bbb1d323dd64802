/**
 * Keeps the quantify examples true. docs/quantify.md runs as one script (its ```ts blocks in order, so
 * later blocks see earlier declarations); each `@example` of src/quantify/*.ts runs on its own. Every
 * `expression; //=> result` line is checked: the expression's value, JSON-compared with the result.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as quantify from "../../src/quantify/index.js";
import { runDocScript } from "../support/docScript.js";
import { distributor, readCase, withFactoring } from "./fixtures.js";

const scope: Record<string, unknown> = { ...quantify, distributor, withFactoring, readCase };

/** Runs `code` (its `const distributor = …` lines left out: the fixture is in scope), returning its checks in order. */
const run = (code: string) => runDocScript(code, scope, /^\s*const distributor = /);

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
