/**
 * The README and docs/ ship in the package: every relative link in them must reach a file that exists
 * and that `npm pack` puts in the tarball, so the links work in node_modules and on npm's file views.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith(".md") ? [join(dir, entry.name)] : [],
  );
}

/** Relative link targets of a Markdown file, as package paths (no anchors, no URLs, no code spans). */
function relativeLinks(file: string): { target: string; line: number }[] {
  const text = readFileSync(join(root, file), "utf8").replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\n]/g, " "));
  const links: { target: string; line: number }[] = [];
  for (const match of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const href = match[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#")) continue;
    const path = decodeURIComponent(href.split("#")[0]!);
    const line = text.slice(0, match.index).split("\n").length;
    links.push({ target: normalize(join(dirname(file), path)), line });
  }
  return links;
}

const documents = ["README.md", "CHANGELOG.md", ...markdownFiles("docs")];
const packed: Set<string> = new Set(
  (JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" })) as {
    files: { path: string }[];
  }[])[0]!.files.map((f) => normalize(f.path)),
);

describe("documentation links", () => {
  it("finds the links it checks", () => {
    expect(relativeLinks("README.md").map((l) => l.target)).toContain(normalize("docs/quantify.md"));
  });

  it("ships the README, the changelog and every page of docs/", () => {
    for (const file of documents) expect(packed.has(normalize(file)), file).toBe(true);
  });

  it("every relative link reaches a file that exists and is in the package", () => {
    const broken: string[] = [];
    for (const file of documents) {
      for (const { target, line } of relativeLinks(file)) {
        const where = `${file}:${line} → ${relative(root, join(root, target))}`;
        if (!existsSync(join(root, target))) broken.push(`${where} (missing)`);
        else if (!packed.has(target) && !readdirSafe(target)) broken.push(`${where} (not in the package)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** A link to a folder is fine when the package holds a file under it. */
function readdirSafe(target: string): boolean {
  const prefix = target.endsWith("/") ? target : `${target}/`;
  return [...packed].some((path) => path.startsWith(prefix));
}
