/**
 * Keeps the finance examples true: every `expression; //=> result` line in docs/finance.md and in the
 * `@example` blocks of src/finance/*.ts is evaluated against valueframe/finance and compared.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as finance from "../../src/finance/index.js";

interface Example {
  readonly where: string;
  /** Declarations earlier in the block (`const d = …;`), run before `code`. */
  readonly prelude: string;
  readonly code: string;
  readonly expected: string;
}

/** `code; //=> expected` examples in TypeScript blocks; earlier lines without `//=>` continue the statement. */
function examplesIn(text: string, where: string): Example[] {
  const out: Example[] = [];
  const blocks = text.matchAll(/```ts\n([\s\S]*?)```/g);
  for (const block of blocks) {
    let pending = "";
    let prelude = "";
    for (const raw of block[1]!.split("\n")) {
      const line = raw.replace(/^\s*\*\s?/, "").trim();
      if (line === "" || line.startsWith("//") || line.startsWith("import ")) continue;
      const match = /^(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
      if (match === null) {
        pending += ` ${line}`;
        if (/^\s*const /.test(pending) && pending.endsWith(";")) {
          prelude += pending;
          pending = "";
        }
        continue;
      }
      let code = `${pending} ${match[1]!}`.trim();
      // `const d = f(); d.x //=> …` on one line: the declaration joins the prelude.
      const split = /^(const [^;]+;)\s*(.+)$/.exec(code);
      if (split !== null) {
        prelude += ` ${split[1]!}`;
        code = split[2]!;
      }
      out.push({ where, prelude, code: code.replace(/;$/, ""), expected: match[2]!.trim() });
      pending = "";
    }
  }
  return out;
}

const names = Object.keys(finance);
const values = Object.values(finance);
function evaluate(prelude: string, code: string): unknown {
  return new Function(...names, `${prelude}\nreturn (${code});`)(...values);
}

const root = new URL("../../", import.meta.url);
const sources = readdirSync(new URL("src/finance/", root)).filter((name) => name.endsWith(".ts"));
const fromSources = sources.flatMap((name) =>
  [...readFileSync(new URL(`src/finance/${name}`, root), "utf8").matchAll(/@example\n([\s\S]*?)\*\//g)].flatMap((m) =>
    examplesIn(m[1]!.replace(/^\s*\* ?/gm, ""), `src/finance/${name}`),
  ),
);
const fromGuide = examplesIn(readFileSync(new URL("docs/finance.md", root), "utf8"), "docs/finance.md");

describe.each([
  ["the doc comments", fromSources],
  ["docs/finance.md", fromGuide],
])("examples in %s", (_, examples) => {
  it("exist", () => {
    expect(examples.length).toBeGreaterThan(20);
  });
  it.each(examples.map((e) => [`${e.where}: ${e.code}`, e] as const))("%s", (_label, example) => {
    expect(evaluate(example.prelude, example.code)).toEqual(JSON.parse(example.expected));
  });
});
