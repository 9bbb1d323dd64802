/**
 * Checks the rules of docs/architecture.md on the source tree itself: the module table is read from the
 * document, so the document and the check cannot drift apart. Probe sources that break each rule prove
 * the check rejects them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const srcRoot = join(root, "src");

interface ModuleRule {
  readonly mayImport: ReadonlySet<string>;
  readonly packages: ReadonlySet<string>;
  readonly nodeBuiltins: boolean;
}

/** The module table of docs/architecture.md: each module's allowed modules and packages. */
function readRules(): ReadonlyMap<string, ModuleRule> {
  const doc = readFileSync(join(root, "docs", "architecture.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Modules"), doc.indexOf("\n## ", doc.indexOf("## Modules") + 1));
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| module") && !line.startsWith("|---"))
    .map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));
  const names = rows.map(([name]) => name!.replace(/\s*\*\(reserved\)\*$/, "").replace("(root)", ""));
  const list = (cell: string): string[] => (cell === "—" ? [] : cell.split(",").map((item) => item.trim()));
  return new Map(
    rows.map(([, , modules, packages], i) => {
      const allowed = modules === "every module" ? names : list(modules!);
      const given = list(packages!);
      return [names[i]!, { mayImport: new Set(allowed), packages: new Set(given.filter((p) => p !== "Node built-ins")), nodeBuiltins: given.includes("Node built-ins") }];
    }),
  );
}

/** Every module specifier a source imports or re-exports, static or dynamic, type-only included. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^"'`;]*?from\s*["']([^"']+)["']/g)) found.push(match[1]!);
  for (const match of text.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g)) found.push(match[1]!);
  for (const match of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(match[1]!);
  return found;
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The top-level folder of src a path belongs to ("" for src/index.ts). Paths are posix, relative to src. */
const moduleOf = (path: string): string => (path.includes("/") ? path.slice(0, path.indexOf("/")) : "");

/** The npm package a bare specifier names: `zod`, `@scope/name`, `mathjs` for `mathjs/number`. */
const packageOf = (specifier: string): string => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

/** Where a relative import lands, as a source path relative to src (`./x.js` → `dir/x.ts`), or undefined outside src. */
function targetOf(file: string, specifier: string, sources: ReadonlyMap<string, string>): string | undefined {
  const base = posix.normalize(posix.join(posix.dirname(file), specifier));
  if (base.startsWith("..")) return undefined;
  for (const candidate of [base.replace(/\.js$/, ".ts"), `${base}.ts`, `${base}/index.ts`, base]) if (sources.has(candidate)) return candidate;
  return base.replace(/\.js$/, ".ts");
}

/** Every broken rule in a set of sources (path relative to src → text), each named with its file. */
function problemsIn(sources: ReadonlyMap<string, string>, rules: ReadonlyMap<string, ModuleRule>): string[] {
  const problems: string[] = [];
  const edges = new Map<string, string[]>();
  for (const [file, text] of sources) {
    const own = moduleOf(file);
    const rule = rules.get(own);
    if (rule === undefined) {
      problems.push(`${file}: module "${own}" has no row in docs/architecture.md`);
      continue;
    }
    const targets: string[] = [];
    for (const specifier of importsOf(text)) {
      if (!specifier.startsWith(".")) {
        if (specifier === "valueframe" || specifier.startsWith("valueframe/")) problems.push(`${file}: imports the package by its own name ("${specifier}")`);
        else if (nodeBuiltins.has(specifier)) {
          if (!rule.nodeBuiltins) problems.push(`${file}: Node built-in "${specifier}" outside cli`);
        } else if (!rule.packages.has(packageOf(specifier))) problems.push(`${file}: package "${packageOf(specifier)}" is not allowed in module "${own}"`);
        continue;
      }
      const target = targetOf(file, specifier, sources);
      if (target === undefined) {
        problems.push(`${file}: "${specifier}" leaves src`);
        continue;
      }
      targets.push(target);
      const targetModule = moduleOf(target);
      if (targetModule !== own && !rule.mayImport.has(targetModule)) problems.push(`${file}: "${specifier}" reaches module "${targetModule}", which "${own || "(root)"}" may not import`);
      const parts = target.split("/");
      const internal = parts.indexOf("_internal");
      // An _internal folder is private to the folder that holds it.
      if (internal >= 0) {
        const owner = parts.slice(0, internal).join("/");
        if (owner !== "" && !file.startsWith(`${owner}/`)) problems.push(`${file}: "${specifier}" reaches into ${owner}/_internal from outside ${owner}/`);
      }
    }
    edges.set(file, targets);
    // `import { z }` keeps every zod locale in a browser bundle; the namespace import lets bundlers drop them.
    if (/^import (type )?\{[^}]*\bz\b[^}]*\} from "zod"/m.test(text)) problems.push(`${file}: zod imported as \`{ z }\`, not \`* as z\``);
  }
  for (const cycle of cyclesOf(edges)) problems.push(`import cycle: ${cycle.join(" → ")}`);
  return problems;
}

/** The import cycles of a graph (Tarjan's strongly connected components), each as a closed path. */
function cyclesOf(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of edges.get(node) ?? []) {
      if (!edges.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(closedPath(component, edges));
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

/** One cycle through a strongly connected component, for the message: a → b → a. */
function closedPath(component: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[] {
  const inside = new Set(component);
  const start = [...component].sort()[0]!;
  const path = [start];
  const seen = new Set([start]);
  let at = start;
  for (;;) {
    const to = (edges.get(at) ?? []).find((t) => inside.has(t) && (t === start || !seen.has(t)));
    if (to === undefined || to === start) return [...path, start];
    path.push(to);
    seen.add(to);
    at = to;
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const rules = readRules();
const tree = new Map(sourceFiles(srcRoot).map((file) => [relative(srcRoot, file).split(sep).join("/"), readFileSync(file, "utf8")]));

describe("architecture rules", () => {
  it("reads the module table of docs/architecture.md", () => {
    expect([...rules.keys()]).toEqual(expect.arrayContaining(["", "numeric", "errors", "_internal", "frame", "finance", "quantify", "bvf", "document", "render", "notebook", "cli"]));
    expect(rules.get("frame")?.mayImport).toEqual(new Set(["numeric", "errors", "_internal"]));
    expect(rules.get("cli")?.nodeBuiltins).toBe(true);
  });

  it("finds the source tree and every module in the table", () => {
    expect(tree.size).toBeGreaterThan(100);
    for (const module of new Set([...tree.keys()].map(moduleOf))) expect(rules.has(module)).toBe(true);
  });

  it("holds on the source tree", () => {
    expect(problemsIn(tree, rules)).toEqual([]);
  });
});

describe("each rule rejects a probe that breaks it", () => {
  const probe = (files: Record<string, string>): string[] => problemsIn(new Map(Object.entries(files)), rules);

  it("a model importing output", () => {
    expect(probe({ "frame/x.ts": 'import { toMarkdown } from "../render/markdown/toMarkdown.js";', "render/markdown/toMarkdown.ts": "" })).toEqual([
      'frame/x.ts: "../render/markdown/toMarkdown.js" reaches module "render", which "frame" may not import',
    ]);
  });

  it("a type-only import across a forbidden boundary", () => {
    expect(probe({ "finance/x.ts": 'import type { Frame } from "../frame/frame.js";', "frame/frame.ts": "" })).toEqual([
      'finance/x.ts: "../frame/frame.js" reaches module "frame", which "finance" may not import',
    ]);
  });

  it("another module's _internal, and a sibling folder's _internal inside render", () => {
    expect(
      probe({
        "quantify/x.ts": 'import { validate } from "../frame/_internal/validate.js";',
        "frame/_internal/validate.ts": "",
        "render/svg/chart.ts": 'import { chartOptions } from "../vegaLite/_internal/chartOptions.js";',
        "render/vegaLite/_internal/chartOptions.ts": "",
        "render/svg/ok.ts": 'import { svg } from "../_internal/svg.js";',
        "render/_internal/svg.ts": "",
      }),
    ).toEqual([
      'quantify/x.ts: "../frame/_internal/validate.js" reaches into frame/_internal from outside frame/',
      'render/svg/chart.ts: "../vegaLite/_internal/chartOptions.js" reaches into render/vegaLite/_internal from outside render/vegaLite/',
    ]);
  });

  it("an import cycle made of type imports", () => {
    expect(
      probe({
        "quantify/a.ts": 'import type { B } from "./b.js";\nexport type A = 1;',
        "quantify/b.ts": 'export type { A } from "./c.js";',
        "quantify/c.ts": 'import type { A } from "./a.js";',
      }),
    ).toEqual(["import cycle: quantify/a.ts → quantify/b.ts → quantify/c.ts → quantify/a.ts"]);
  });

  it("the package imported by its own name", () => {
    expect(probe({ "bvf/x.ts": 'import { defineFrame } from "valueframe";\nimport { npv } from "valueframe/finance";' })).toEqual([
      'bvf/x.ts: imports the package by its own name ("valueframe")',
      'bvf/x.ts: imports the package by its own name ("valueframe/finance")',
    ]);
  });

  it("Node built-ins outside cli, and packages a module may not use", () => {
    expect(
      probe({
        "render/x.ts": 'import { readFileSync } from "node:fs";\nconst m = await import("mathjs");',
        "frame/y.ts": 'import * as z from "zod";\nimport { parse } from "yaml";',
        "cli/z.ts": 'import { readFileSync } from "node:fs";\nimport { parse } from "yaml";',
        "quantify/w.ts": 'import { create } from "mathjs/number";',
      }),
    ).toEqual([
      'render/x.ts: Node built-in "node:fs" outside cli',
      'render/x.ts: package "mathjs" is not allowed in module "render"',
      'frame/y.ts: package "yaml" is not allowed in module "frame"',
      // The command line reads files; parsing them is valueframe/document's parseValueDocument.
      'cli/z.ts: package "yaml" is not allowed in module "cli"',
    ]);
  });

  it("zod imported by name, and a module without a row", () => {
    expect(probe({ "frame/x.ts": 'import { z } from "zod";', "widgets/y.ts": "" })).toEqual([
      "frame/x.ts: zod imported as `{ z }`, not `* as z`",
      'widgets/y.ts: module "widgets" has no row in docs/architecture.md',
    ]);
  });
});
