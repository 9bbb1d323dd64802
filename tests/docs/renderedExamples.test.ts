/**
 * docs/examples/ holds every bundled example rendered as the Markdown report of `valueframe report`
 * (with a seeded 10,000-iteration simulation, the buying centre as of 2026-12-06). This keeps those pages equal to what the code renders
 * today; `VALUEFRAME_WRITE_DOCS=1 npx vitest run tests/docs` rewrites them.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoRoot, run } from "../cli/helpers.js";

const documents = readdirSync(new URL("../../examples", import.meta.url)).filter((name) => name.endsWith(".valuecase.json"));
const page = (document: string) => new URL(`../../docs/examples/${document.replace(".valuecase.json", ".md")}`, import.meta.url);
const write = process.env["VALUEFRAME_WRITE_DOCS"] === "1";

describe("docs/examples", () => {
  it("has the four industries", () => {
    expect(documents).toEqual(["distributor.valuecase.json", "livestock.valuecase.json", "logistics.valuecase.json", "manufacturer.valuecase.json"]);
  });

  it.each(documents)("renders %s as committed", async (document) => {
    const { code, stdout, stderr } = await run(["report", `examples/${document}`, "--format", "md", "--iterations", "10000", "--seed", "1", "--as-of", "2026-12-06"], { cwd: repoRoot });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    if (write) writeFileSync(page(document), stdout);
    expect(readFileSync(page(document), "utf8")).toBe(stdout);
  });
});
