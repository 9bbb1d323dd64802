/**
 * Keeps docs/portfolio.md true: its ```ts blocks run in order as one script over the bundled examples
 * (with valueframe/render's names in reach, for the pipeline written for people),
 * and every `expression; //=> result` line is checked (the expression's value, JSON-compared).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as document from "../../src/document/index.js";
import * as portfolio from "../../src/portfolio/index.js";
import * as render from "../../src/render/index.js";
import { runDocScript } from "../support/docScript.js";
import { readMember } from "./fixtures.js";

// The guide's `read` over examples/: a missing file reads as empty text (an invalid document).
const scope: Record<string, unknown> = { ...document, ...portfolio, ...render, read: (path: string) => readMember(path) ?? "" };

const guide = [...readFileSync("docs/portfolio.md", "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).join("\n");

describe("docs/portfolio.md", () => {
  const checks = runDocScript(guide, scope);
  it("has examples", () => {
    expect(checks.length).toBeGreaterThanOrEqual(5);
  });
  it.each(checks.map((c) => [c.line, c] as const))("%s", (_line, c) => {
    expect(c.actual).toEqual(c.expected);
  });
});
