/** The console examples of docs/cli.md are real: each `$ valueframe …` line prints what the doc shows. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { portfolioWorker } from "../support/portfolioWorker.js";
import { repoRoot, run } from "./helpers.js";

interface Example {
  readonly argv: readonly string[];
  /** The lines the doc shows; when it ends with "…", only the lines before it are checked. */
  readonly lines: readonly string[];
}

/** Every `$ valueframe …` command of the doc's console blocks with the output shown under it (pipes skipped). */
function examples(markdown: string): Example[] {
  const found: Example[] = [];
  for (const block of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: { argv: string[]; lines: string[] } | undefined;
    for (const line of block[1]!.split("\n")) {
      if (line.startsWith("$ ")) {
        if (current !== undefined) found.push(current);
        current = /^\$ valueframe [^|]*$/.test(line) ? { argv: line.slice("$ valueframe ".length).split(" "), lines: [] } : undefined;
      } else current?.lines.push(line);
    }
    if (current !== undefined) found.push(current);
  }
  return found.map((example) => ({ ...example, lines: trimEnd(example.lines) }));
}

function trimEnd(lines: readonly string[]): string[] {
  const out = [...lines];
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

const doc = readFileSync(join(repoRoot, "docs/cli.md"), "utf8");
const cases = examples(doc);

describe("docs/cli.md", () => {
  // `valueframe portfolio` runs a pool of worker threads: their worker compiled from the sources.
  beforeAll(async () => {
    await portfolioWorker();
  }, 60_000);

  it("has console examples of every command", () => {
    const commands = new Set(cases.map((example) => example.argv[0]));
    for (const command of ["demo", "validate", "report", "simulate", "next", "track", "funnel", "portfolio"]) expect(commands).toContain(command);
  });

  it.each(cases.map((example) => [example.argv.join(" "), example] as const))("$ valueframe %s", async (_name, example) => {
    const result = await run(example.argv);
    const actual = trimEnd(`${result.stdout}${result.stderr}`.split("\n"));
    const shown = example.lines;
    if (shown[shown.length - 1] === "…") expect(actual.slice(0, shown.length - 1)).toEqual(shown.slice(0, -1));
    else expect(actual).toEqual(shown);
  }, 60_000);
});
