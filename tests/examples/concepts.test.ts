/** Every API name the concepts guide's table cites is exported by one of the package's entries. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entries, exportsOf } from "../support/entries.js";

const text = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const exported = new Set(entries.flatMap((entry) => exportsOf(entry.index)));

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
