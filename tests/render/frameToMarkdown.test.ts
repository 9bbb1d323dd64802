import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import type { LocaleId } from "../../src/render/locales/types.js";
import { type FrameSection, frameToMarkdown } from "../../src/render/markdown/frameToMarkdown.js";
import { markdownToHtml } from "../../src/render/markdown/markdownToHtml.js";
import { linkageDiagram } from "../../src/render/mermaid/linkageDiagram.js";
import { cellOnlySolution } from "../frame/fixtures.js";
import { frame, frameData } from "./fixtures.js";
import { tableRow, thrown } from "./helpers.js";

describe("frameToMarkdown — the distributor frame", () => {
  const markdown = frameToMarkdown(frame);

  it("reads top-down like the method", () => {
    expect(markdown.split("\n")[0]).toBe("# Huatong Industrial Distribution: reference frame");
    const headings = markdown.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Strategic goals",
      "## Critical success factors",
      "## Critical issues",
      "## Issues and solutions on the 3 × 3 performance grid",
      "## High-energy solutions",
      "## Solution scores",
      "## Performance values",
      "## Linkage diagram",
      "## Warnings",
    ]);
    expect(markdown).toContain('- issue "cbi-stockouts" rates 2 of 5 on hiddenness');
  });

  it("carries the linkage diagram as a Mermaid block GitHub draws, in its own section", () => {
    const section = frameToMarkdown(frame, { sections: ["diagram"] });
    expect(section).toBe(`# Huatong Industrial Distribution: reference frame\n\n## Linkage diagram\n\n\`\`\`mermaid\n${linkageDiagram(frame)}\`\`\``);
    const zh = frameToMarkdown(frame, { sections: ["diagram"], locale: "zh-CN" });
    expect(zh).toContain("## 链接图\n\n```mermaid\nflowchart BT\n");
    expect(zh).toContain("S_sol_credit_to_cash -->|解决| I_cbi_dso");
    const empty = defineFrame({ customer: { name: "Nobody yet" }, currency: "CNY" });
    expect(frameToMarkdown(empty, { sections: ["diagram"] })).toBe("# Nobody yet: reference frame\n\n## Linkage diagram\n\nNone yet.");
  });

  it("places each issue, and each solution that names a cell, in its cell of the 3 × 3 grid table", () => {
    expect(markdown).toContain("| Level \\ dimension | Goals | Design | Management |");
    const process = tableRow(markdown, "**Process**");
    expect(process).toHaveLength(4);
    expect(process[1]).toBe("—");
    expect(process[2]).toContain("`cpi-no-credit-check`");
    expect(process[2]).toContain("`cbi-stockouts`");
    expect(process[3]).toBe("Collection rate falling: DSO grew from 48 to 62 days `cbi-dso`; Solution: Credit-to-cash capability `sol-credit-to-cash`");
    expect(tableRow(markdown, "**Job**")[3]).toContain("`cpi-sales-not-measured`");
    // The factoring solution gives only its level: it lands on a row, in no cell.
    expect(tableRow(markdown, "**Organisation**").slice(1)).toEqual(["—", "—", "—"]);
    expect(markdown).not.toContain("Solution: Receivables factoring");
  });

  it("shows goals with baseline, target, change and deadline", () => {
    expect(tableRow(markdown, "Operating cash flow +20 % this year")).toEqual([
      "**Operating cash flow +20 % this year** `g-cash`",
      "Financial",
      "operating cash flow",
      "40 M CNY",
      "48 M CNY",
      "+8 M CNY (+20%)",
      "December 31, 2026",
    ]);
  });

  it("shows issues with their tests and cell, and solutions ranked with the five criteria", () => {
    const dso = tableRow(markdown, "Collection rate falling");
    expect(dso.slice(1)).toEqual(["CBI", "Collection rate", "—", "5", "4", "4", "Process management (interface management)"]);
    expect(tableRow(markdown, "**Credit-to-cash capability** `sol-credit-to-cash`").slice(0, 3)).toEqual(["**Credit-to-cash capability** `sol-credit-to-cash`", "resolve", "Process management (interface management)"]);
    expect(tableRow(markdown, "1")).toEqual(["1", "**Credit-to-cash capability** `sol-credit-to-cash`", "4", "4", "3", "3", "5", "3.8"]);
    expect(tableRow(markdown, "**Receivables factoring with a partner bank** `sol-factoring`").slice(1, 3)).toEqual(["bypass", "Organisation"]);
    expect(tableRow(markdown, "2")[7]).toBe("2.8");
    expect(markdown).toContain("  - Constraints: Finance names one owner of the order-to-cash interface");
  });

  it("shows values with money, timing, probability and expected value", () => {
    expect(tableRow(markdown, "Working capital released").slice(1)).toEqual([
      "financial",
      "CN¥14,000,000.00 once",
      "starts after 1 month, realised within 6 months",
      "80%",
      "CN¥11,200,000.00",
      "Operating cash flow +20 % this year",
      "Credit-to-cash capability",
    ]);
  });

  it("writes zh-CN labels and CNY in the Chinese pattern", () => {
    const zh = frameToMarkdown(frame, { locale: "zh-CN" });
    expect(zh.split("\n")[0]).toBe("# Huatong Industrial Distribution：参照系");
    expect(zh).toContain("## 战略目标");
    expect(zh).toContain("## 关键问题与方案在 3 × 3 绩效矩阵中的位置");
    expect(zh).toContain("| 层次 \\ 维度 | 目标 | 设计 | 管理 |");
    expect(tableRow(zh, "**流程层**")[3]).toBe("Collection rate falling: DSO grew from 48 to 62 days `cbi-dso`；方案：Credit-to-cash capability `sol-credit-to-cash`");
    expect(zh).toContain("| 方案 | 方式 | 落地位置 |");
    expect(zh).toContain("| 排名 | 方案 |");
    expect(tableRow(zh, "**Credit-to-cash capability** `sol-credit-to-cash`")[2]).toBe("流程管理（接口管理）");
    expect(tableRow(zh, "Working capital released").slice(1, 6)).toEqual(["财务", "¥14,000,000.00 一次性", "1 个月后开始，6 个月内全部实现", "80%", "¥11,200,000.00"]);
    expect(tableRow(zh, "Operating cash flow +20 % this year")[6]).toBe("2026年12月31日");
    expect(tableRow(zh, "Collection rate falling")[7]).toBe("流程管理（接口管理）");
  });

  it("writes only the sections asked for, under the heading level asked for", () => {
    const grid = frameToMarkdown(frame, { sections: ["grid"], headingLevel: 3 });
    expect(grid.split("\n").filter((l) => l.startsWith("#"))).toEqual(["### Huatong Industrial Distribution: reference frame", "#### Issues and solutions on the 3 × 3 performance grid"]);
  });

  it("puts a solution that names only its cell in that cell, and says where it lands", () => {
    const roleKpis = cellOnlySolution("sol-role-kpis", "Duties of a *collector* role", ["cpi-sales-not-measured"], { level: "job", dimension: "design", aspect: "duties" });
    const placed = defineFrame({ ...frameData, solutions: [...(frameData.solutions ?? []), roleKpis] });
    const md = frameToMarkdown(placed, { sections: ["grid", "solutions"] });
    expect(tableRow(md, "**Job**").slice(1)).toEqual(["—", "Solution: Duties of a \\*collector\\* role `sol-role-kpis`", "Sales reps are not measured on collection `cpi-sales-not-measured`"]);
    expect(tableRow(md, "**Duties of a \\*collector\\* role** `sol-role-kpis`").slice(1, 3)).toEqual(["resolve", "Job design (duties)"]);
    expect(tableRow(frameToMarkdown(placed, { sections: ["solutions"], locale: "zh-CN" }), "**Duties")[2]).toBe("岗位设计（职责）");
  });

  it("escapes Markdown in frame content, so the HTML shows it literally", () => {
    const tricky = defineFrame({ ...frameData, customer: { name: "R&D <Lab> | *Star*" } });
    const md = frameToMarkdown(tricky, { sections: ["overview"] });
    expect(md.split("\n")[0]).toBe("# R&D \\<Lab\\> \\| \\*Star\\*: reference frame");
    expect(markdownToHtml(md).split("\n")[0]).toBe("<h1>R&amp;D &lt;Lab&gt; | *Star*: reference frame</h1>");
  });

  it("says so when a section is empty", () => {
    const empty = defineFrame({ customer: { name: "New customer" }, currency: "EUR" });
    expect(frameToMarkdown(empty, { sections: ["goals"] })).toBe("# New customer: reference frame\n\n## Strategic goals\n\nNone yet.");
  });

  it("lists every bad option with its path", () => {
    const error = thrown(() =>
      frameToMarkdown(frame, { locale: "de" as LocaleId, headingLevel: 9, sections: ["goals", "linkage" as FrameSection] }),
    ) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.code).toBe("RENDER_INVALID_ARGUMENT");
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [["locale"], "invalid_value"],
      [["headingLevel"], "invalid_value"],
      [["sections", 1], "invalid_value"],
    ]);
    expect(error.message).toContain('sections[1]: unknown section "linkage"; the sections are "overview", "goals"');
  });
});
