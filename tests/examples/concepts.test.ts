/** Every API name the concepts guide's table cites is exported by one of the package's entries. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const text = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
// Every public entry of package.json, as its source index file.
const entries = Object.keys((JSON.parse(text("package.json")) as { exports: Record<string, unknown> }).exports)
  .filter((subpath) => !subpath.endsWith(".json"))
  .map((subpath) => (subpath === "." ? "src/index.ts" : `src/${subpath.slice(2)}/index.ts`));

/** Names an index file exports, following `export * from "./x.js"` into the files it re-exports. */
function exportsOf(path: string): string[] {
  const source = text(path);
  const named = [...source.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) => (m[1] ?? "").split(",").map((name) => name.trim()));
  const folder = path.slice(0, path.lastIndexOf("/") + 1);
  const starred = [...source.matchAll(/export \* from "\.\/([^"]+)\.js"/g)].flatMap((m) => exportsOf(`${folder}${m[1] ?? ""}.ts`));
  return [...named, ...starred];
}

const exported = new Set(entries.flatMap(exportsOf));

/** The API names in the last two columns of the guide's "At a glance" table. */
function citedNames(): string[] {
  const guide = text("docs/concepts.md");
  const table = guide.slice(guide.indexOf("## At a glance"), guide.indexOf("## The reference frame"));
  const rows = table.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| method term"));
  const cells = rows.flatMap((row) => row.split(" | ").slice(2));
  return [...new Set(cells.flatMap((cell) => [...cell.matchAll(/`([A-Za-z][A-Za-z0-9]*)(?![A-Za-z0-9/])/g)].map((m) => m[1] as string)))];
}

describe("docs/concepts.md", () => {
  it("cites about sixty API names", () => {
    expect(citedNames().length).toBeGreaterThan(60);
  });

  it.each(citedNames())("%s is exported", (name) => {
    expect(exported.has(name)).toBe(true);
  });
});
