/** `valueframe report` as Markdown: the frame, the documented calculation and the BVF, in English or Chinese. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, run } from "./helpers.js";

const distributor = "examples/distributor.valuecase.json";

describe("valueframe report --format md", () => {
  it("documents the frame, the calculation with its inputs and the BVF, in the method's order", async () => {
    const result = await run(["report", distributor]);
    expect(result.code).toBe(0);
    const md = result.stdout;
    const titles = md.split("\n").filter((line) => line.startsWith("# "));
    expect(titles).toEqual([
      "# Huatong Industrial Distribution: reference frame",
      "# Value case: Credit-to-cash capability for Huatong Industrial Distribution",
      "# Credit-to-cash for Huatong: Business Value Framework",
    ]);
    expect(md).toContain(
      "**working capital released** = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = **14,000,000 CNY**",
    );
    const processRow = md.split("\n").find((line) => line.startsWith("| **Process** |"))!;
    expect(processRow.split(" | ")[3]).toContain("`cbi-dso`");
    expect(md).toContain("## Scenarios side by side");
    expect(md).toContain("## Sensitivity");
    expect(md).not.toContain("## Simulation");
  });

  it("adds the simulation percentiles with --iterations", async () => {
    const result = await run(["report", distributor, "--iterations", "1000", "--seed", "5"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("## Simulation");
    expect(result.stdout).toContain("1,000 Monte Carlo iterations");
  });

  it("writes Chinese labels and the same figures with --locale zh-CN", async () => {
    const result = await run(["report", distributor, "--locale", "zh-CN", "-o", "report.md"]);
    expect(result.code).toBe(0);
    const md = result.written.get(join(repoRoot, "report.md"))!;
    expect(md).toContain("## 战略目标");
    expect(md).toContain("# 价值测算：Credit-to-cash capability for Huatong Industrial Distribution");
    expect(md).toContain("14,000,000 CNY");
  });

  it("reports a bare BVF file", async () => {
    const result = await run(["report", "examples/distributor.bvf.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("# Credit-to-cash for Huatong: Business Value Framework");
  });
});

describe("valueframe report --format html", () => {
  it("writes one self-contained page with the calculation, the charts as inline SVG and no external resource", async () => {
    const result = await run(["report", distributor, "--format", "html", "--iterations", "2000", "-o", "case.html"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("valueframe: wrote case.html\n");
    const html = result.written.get(join(repoRoot, "case.html"))!;
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<title>Value case report: Huatong Industrial Distribution</title>");
    expect(html).toContain("14 day × 1,000,000 CNY/day");
    // The linkage diagram, waterfall, cumulative cash flow, tornado, simulation histogram and the BVF's four levels.
    expect(html.match(/<svg[ >]/g)).toHaveLength(6);
    expect(html).toContain("<title>Linkage diagram: Huatong Industrial Distribution</title>");
    expect(html).not.toContain('<pre class="mermaid">');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it("writes the Chinese report with --locale zh-CN", async () => {
    const result = await run(["report", distributor, "-f", "html", "-l", "zh-CN"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<html lang="zh-CN">');
    expect(result.stdout).toContain("战略目标");
  });
});

describe("every example document", () => {
  const documents = readdirSync(join(repoRoot, "examples")).filter((name) => name.endsWith(".valuecase.json"));

  it("includes the distributor", () => {
    expect(documents).toContain("distributor.valuecase.json");
  });

  it.each(documents)("%s validates, reports in every format and simulates", async (name) => {
    const file = `examples/${name}`;
    expect((await run(["validate", file])).code).toBe(0);
    for (const format of ["md", "html", "json"]) {
      const result = await run(["report", file, "--format", format]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(1000);
    }
    const json = JSON.parse((await run(["report", file, "-f", "json"])).stdout) as { evaluation?: { unadjusted: { npv: unknown } } };
    if (json.evaluation !== undefined) {
      expect(json.evaluation.unadjusted.npv).toMatch(/^-?\d+(\.\d+)?$/);
      const simulated = await run(["simulate", file, "-n", "200", "-f", "json"]);
      expect(simulated.code, simulated.stderr).toBe(0);
    }
  });
});
