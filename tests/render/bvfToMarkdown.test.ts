import { describe, expect, it } from "vitest";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import { bvfToMarkdown } from "../../src/render/markdown/bvfToMarkdown.js";
import { bvfDiagram } from "../../src/render/mermaid/bvfDiagram.js";
import { bvfGraph } from "./fixtures.js";
import { tableRow } from "./helpers.js";

describe("bvfToMarkdown — the distributor BVF", () => {
  const markdown = bvfToMarkdown(bvfGraph);

  it("shows the four levels in order, with the seller's KPIs and what was pruned", () => {
    expect(markdown.split("\n")[0]).toBe("# Credit-to-cash for Huatong: Business Value Framework");
    expect(markdown.split("\n").filter((l) => l.startsWith("## "))).toEqual([
      "## 1. Executive KPIs",
      "## Seller KPIs and business goals",
      "## 2. Business intentions",
      "## 3. Operational KPIs",
      "## 4. Vendor solutions",
      "## Competitors",
      "## The four levels",
      "## Pruned in step 3",
      "## Checks",
      "## Roll-up to the executive KPIs",
    ]);
    expect(tableRow(markdown, "**Operating cash flow** `g-cash`")).toEqual(["**Operating cash flow** `g-cash`", "M CNY", "40", "48", "increase", "20%", "3", "CFO"]);
    expect(tableRow(markdown, "**Market share in two new provinces** `g-market-share`")[5]).toBe("25%");
  });

  it("carries the four levels as a Mermaid block GitHub draws, in its own section", () => {
    const section = bvfToMarkdown(bvfGraph, { sections: ["diagram"], locale: "zh-CN" });
    expect(section).toBe(`# Credit-to-cash for Huatong: Business Value Framework\n\n## 四个层级\n\n\`\`\`mermaid\n${bvfDiagram(bvfGraph, { locale: "zh-CN" })}\`\`\``);
    expect(section).toContain('subgraph L1["1 · 高层 KPI"]');
  });

  it("shows each level's links upward with their weights", () => {
    expect(tableRow(markdown, "**Shorten the order-to-cash cycle** `i-order-to-cash`")[1]).toBe("Operating cash flow (elasticity 0.4), Net profit (elasticity 0.05)");
    expect(tableRow(markdown, "**Days sales outstanding** `o-dso`").slice(1)).toEqual(["Finance", "days", "62", "48", "decrease", "Shorten the order-to-cash cycle (Weight 0.5)"]);
    const scoring = tableRow(markdown, "**Customer credit scoring at order entry** `v-credit-scoring`");
    expect(scoring.slice(1, 4)).toEqual(["product", "1", "Credit decision time per large order, Orders released over the credit limit, Bad-debt write-offs (improvement 20%)"]);
  });

  it("groups the check findings by severity", () => {
    const checks = markdown.slice(markdown.indexOf("## Checks"), markdown.indexOf("## Roll-up"));
    expect(checks).toContain("**warning** (3)");
    expect(checks).toContain("**info** (1)");
    expect(checks).not.toContain("**error**");
    expect(checks).toContain("`solution_offered_by_all_competitors`");
    expect(checks.indexOf("**warning**")).toBeLessThan(checks.indexOf("**info**"));
  });

  it("compares the roll-up with the expected improvement", () => {
    expect(tableRow(markdown, "**Operating cash flow** `g-cash`")).toHaveLength(8);
    const rollUp = markdown.slice(markdown.indexOf("## Roll-up"));
    expect(tableRow(rollUp, "**Revenue** `g-revenue`")).toEqual(["**Revenue** `g-revenue`", "8.41%", "9.6%", "1.19%", "no"]);
    expect(tableRow(rollUp, "**Operating cash flow** `g-cash`").slice(1)).toEqual(["20.35%", "20%", "-0.35%", "yes"]);
  });

  it("writes zh-CN labels", () => {
    const zh = bvfToMarkdown(bvfGraph, { locale: "zh-CN", sections: ["executiveKpis", "rollUp"] });
    expect(zh).toContain("## 1. 高层 KPI");
    expect(zh).toContain("## 向高层 KPI 汇总");
    expect(tableRow(zh, "**Revenue** `g-revenue`")[4]).toBe("提高");
  });

  it("names an untitled BVF and reports an error finding", () => {
    const bare = defineBvf({ intentions: [] });
    const md = bvfToMarkdown(bare, { sections: ["findings"] });
    expect(md.split("\n")[0]).toBe("# Business Value Framework");
    expect(md).toContain("**error** (1)");
    expect(md).toContain("`no_executive_kpis`");
  });
});
