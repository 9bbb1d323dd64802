/** Checks the import rules of docs/architecture.md on the source tree itself. */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const srcRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^"'`;]*?from\s*["']([^"']+)["']/g)) found.push(match[1]!);
  for (const match of text.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g)) found.push(match[1]!);
  for (const match of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(match[1]!);
  return found;
}

/** The top-level folder of src a file belongs to ("" for src/index.ts). */
function moduleOf(file: string): string {
  const parts = relative(srcRoot, file).split(sep);
  return parts.length > 1 ? parts[0]! : "";
}

const mayImport: Record<string, readonly string[]> = {
  "": ["numeric", "errors", "_internal", "frame"],
  numeric: [],
  errors: [],
  _internal: ["errors", "numeric"],
  frame: ["numeric", "errors", "_internal"],
  finance: ["numeric", "errors", "_internal"],
  quantify: ["numeric", "errors", "_internal", "finance", "frame"],
  bvf: ["numeric", "errors", "_internal", "frame"],
  render: ["numeric", "errors", "_internal", "frame", "finance", "quantify", "bvf"],
  document: ["numeric", "errors", "_internal", "frame", "quantify", "bvf"],
  notebook: ["numeric", "errors", "_internal", "frame", "finance", "quantify", "bvf", "render"],
  cli: ["numeric", "errors", "_internal", "frame", "finance", "quantify", "bvf", "render", "document"],
};

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const files = sourceFiles(srcRoot);

describe("architecture rules", () => {
  it("finds the source tree", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [relative(srcRoot, file), file]))("%s imports only what its module may", (_name, file) => {
    const own = moduleOf(file);
    const problems: string[] = [];
    for (const specifier of importsOf(file)) {
      if (nodeBuiltins.has(specifier) && own !== "cli") problems.push(`Node-only module "${specifier}"`);
      if (specifier === "mathjs" || specifier.startsWith("mathjs/")) {
        if (own !== "quantify") problems.push(`mathjs outside quantify`);
      }
      if (!specifier.startsWith(".")) continue;
      const target = resolve(dirname(file), specifier);
      const targetModule = moduleOf(target);
      if (targetModule === own) continue;
      const allowed = mayImport[own];
      if (allowed === undefined) problems.push(`module "${own}" is not listed in docs/architecture.md`);
      else if (!allowed.includes(targetModule)) problems.push(`"${specifier}" reaches module "${targetModule}"`);
      if (relative(srcRoot, target).split(sep).slice(1).includes("_internal")) {
        problems.push(`"${specifier}" reaches into another module's _internal`);
      }
    }
    // `import { z }` keeps every zod locale in a browser bundle; the namespace import lets bundlers drop them.
    if (/^import (type )?\{[^}]*\bz\b[^}]*\} from "zod"/m.test(readFileSync(file, "utf8"))) problems.push('zod imported as `{ z }`, not `* as z`');
    expect(problems).toEqual([]);
  });
});
