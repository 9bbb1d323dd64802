/**
 * Every figure of the documented evaluation says what it is: the text a reader sees, on the four
 * examples, in English and Chinese.
 */
import { describe, expect, it } from "vitest";
import { defineFrame } from "../../src/frame/defineFrame.js";
import type { FrameInput } from "../../src/frame/frame.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { evaluateScenarios } from "../../src/quantify/evaluateScenarios.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";
import { evaluationToMarkdown } from "../../src/render/markdown/evaluationToMarkdown.js";
import { charts as enCharts } from "../../src/render/locales/en/charts.js";
import { read } from "./fixtures.js";
import { tableRow } from "./helpers.js";

/** An example's case evaluated against its frame, with its scenarios. */
function example(name: string) {
  const frame = defineFrame(read(`${name}.frame.json`) as FrameInput);
  const valueCase = defineValueCase(read(`${name}.case.json`) as ValueCaseInput);
  return { evaluation: evaluate(valueCase, { frame }), scenarios: evaluateScenarios(valueCase, { frame }) };
}

const distributor = example("distributor");
const livestock = example("livestock");
const logistics = example("logistics");

describe("the goals table names its present value for what it is", () => {
  it("calls the per-goal figure the weighted PV of the lines serving it, not an NPV", () => {
    const md = evaluationToMarkdown(distributor.evaluation, { sections: ["goals"] });
    expect(md).toContain("| Goal | PV of the lines serving it (weighted) |");
    expect(md).not.toContain("NPV (weighted)");
    expect(md).toContain("it is not a share of the NPV");
    // The figure that exceeds the case's NPV (21.1 M) is the benefits' present value.
    expect(tableRow(md, "**Operating cash flow +20 % this year**")[1]).toBe("CN¥23,893,247.98");
    const livestockMd = evaluationToMarkdown(livestock.evaluation, { sections: ["goals"] });
    expect(tableRow(livestockMd, "**EBITDA 18 M USD → 22 M USD in fiscal 2027**")[1]).toBe("$3,148,741.51");
    const zh = evaluationToMarkdown(distributor.evaluation, { sections: ["goals"], locale: "zh-CN" });
    expect(zh).toContain("| 目标 | 服务该目标的价值项现值（加权） |");
    expect(zh).toContain("不是净现值的一部分");
  });
});

describe("contribution and gap are in the goal's unit", () => {
  it("writes the unit beside each figure, and percentage points for a goal in %", () => {
    const md = evaluationToMarkdown(distributor.evaluation, { sections: ["goals"] });
    expect(tableRow(md, "**Operating cash flow +20 % this year**").slice(2)).toEqual(["28 M CNY", "8 M CNY", "350%"]);
    expect(tableRow(md, "**Key-account satisfaction +5 points**").slice(2)).toEqual(["—", "5 points", "—"]);
    const log = evaluationToMarkdown(logistics.evaluation, { sections: ["goals"] });
    expect(tableRow(log, "**Keep 95 % of contract revenue at renewal**").slice(2)).toEqual(["2 pp", "5 pp", "40%"]);
    const zh = evaluationToMarkdown(logistics.evaluation, { sections: ["goals"], locale: "zh-CN" });
    expect(tableRow(zh, "**Keep 95 % of contract revenue at renewal**").slice(2)).toEqual(["2 个百分点", "5 个百分点", "40%"]);
    expect(tableRow(zh, "**Operating profit 60 M CNY → 75 M CNY in 2027**").slice(2)).toEqual(["11.52 M CNY", "15 M CNY", "76.8%"]);
  });
});

describe("every measure states its period basis", () => {
  it("shows the scenarios' IRR as annual, and names the per-period IRR by its period", () => {
    const md = evaluationToMarkdown(logistics.evaluation, { sections: ["measures", "scenarios", "calculation"], scenarios: logistics.scenarios });
    expect(md).toContain("| Scenario | NPV (CNY) | Weighted NPV (CNY) | Weighted IRR (annual) | Weighted ROI (over the horizon) | Weighted payback |");
    // 24.96 % a quarter is 143.81 % a year.
    expect(tableRow(md, "**Base case**")[3]).toBe("143.81%");
    expect(tableRow(md, "IRR per quarter")).toEqual(["IRR per quarter", "33.05%", "24.96%"]);
    expect(tableRow(md, "IRR (annual)")).toEqual(["IRR (annual)", "213.35%", "143.81%"]);
    expect(md).toContain("**probability-weighted IRR per quarter** = ");
    expect(md).not.toMatch(/IRR per period|Weighted IRR \|/);
    const zh = evaluationToMarkdown(logistics.evaluation, { sections: ["measures", "scenarios"], scenarios: logistics.scenarios, locale: "zh-CN" });
    expect(zh).toContain("| 加权内部收益率（年） |");
    expect(tableRow(zh, "每季度内部收益率")).toEqual(["每季度内部收益率", "33.05%", "24.96%"]);
    expect(tableRow(zh, "**基准情景**")[3]).toBe("143.81%");
  });

  it("calls a yearly case's IRR annual, never per period", () => {
    const md = evaluationToMarkdown(distributor.evaluation, { sections: ["measures", "scenarios", "calculation"], scenarios: distributor.scenarios });
    expect(md).toContain("15. **IRR (annual)** = rate r where");
    expect(tableRow(md, "IRR (annual)")).toEqual(["IRR (annual)", "1,353.08%", "1,060.29%"]);
    expect(tableRow(md, "**Base case**")[3]).toBe("1,060.29%");
    expect(md).not.toContain("per period");
  });
});

describe("payback says its unit", () => {
  it("writes years or quarters, singular for exactly one, in the trace and the tables", () => {
    const md = evaluationToMarkdown(distributor.evaluation, { sections: ["measures", "calculation"] });
    expect(md).toContain("16. **payback** = first period where the cumulative net flow reaches 0, interpolated = −2,000,000; 28,960,000; 1,380,000; 1,380,000 = **0.069061 years**");
    expect(md).not.toMatch(/\(periods\)|\d year\*\*/);
    const log = evaluationToMarkdown(logistics.evaluation, { sections: ["measures", "calculation"] });
    expect(tableRow(log, "Discounted payback")).toEqual(["Discounted payback", "4 quarters (1 year)", "4.76 quarters (1.19 years)"]);
    expect(log).toContain("= **3.8406 quarters**");
    expect(log).not.toContain("1 years");
    const zh = evaluationToMarkdown(logistics.evaluation, { sections: ["measures", "calculation"], locale: "zh-CN" });
    expect(tableRow(zh, "回收期")[1]).toBe("3.84 个季度（0.96 年）");
    expect(zh).toContain("**回收期** = 累计净现金流首次达到 0 的期数（插值）");
    expect(zh).toContain("= **3.8406 个季度**");
    expect(zh).not.toContain("（期数）");
  });

  it("says one year in the charts' payback mark too", () => {
    expect(enCharts.charts.paybackPeriods("1", "year")).toBe("1 year");
    expect(enCharts.charts.paybackPeriods("2.51", "year")).toBe("2.51 years");
    expect(enCharts.charts.paybackPeriods("1", "quarter")).toBe("1 quarter");
  });

  it("says that payback on yearly periods is interpolated and that monthly periods would time it exactly", () => {
    const md = evaluationToMarkdown(distributor.evaluation, { sections: ["measures"] });
    expect(md).toContain("- Payback is interpolated within a year, as if each year's net flow came in evenly through it, so value that starts or ramps up part-way through a year is not timed exactly; the same case in monthly periods would be.");
    const zh = evaluationToMarkdown(distributor.evaluation, { sections: ["measures"], locale: "zh-CN" });
    expect(zh).toContain("回收期在一年内插值");
    expect(zh).toContain("按月划分期间的同一测算则可以精确计时");
  });
});

describe("zh-CN: units and names in Chinese", () => {
  it("writes the case's time units in Chinese next to Chinese period units", () => {
    const zh = evaluationToMarkdown(distributor.evaluation, { locale: "zh-CN", sections: ["assumptions", "calculation", "measures"] });
    expect(zh).toContain("2. **working capital released** = DSO reduction × daily revenue = 14 天 × 1,000,000 CNY/天 = **14,000,000 CNY**");
    expect(zh).toContain("= 365,000,000 CNY/年 ÷ 365 天/年 = **1,000,000 CNY/天**");
    expect(tableRow(zh, "**DSO reduction** `dsoReduction`")[1]).toBe("14 天");
    expect(zh).toContain("= **0.069061 年**");
    // The case's own sentences ("48 days within 6 months") stay as written; figures' units do not.
    const calculation = evaluationToMarkdown(distributor.evaluation, { locale: "zh-CN", sections: ["calculation", "measures"] });
    expect(calculation).not.toMatch(/\d (day|year|month|quarter)s?\b|\/(day|year|month|quarter)\b/);
    // English keeps the case's units as written.
    expect(evaluationToMarkdown(distributor.evaluation, { sections: ["calculation"] })).toContain("= 14 day × 1,000,000 CNY/day = **14,000,000 CNY**");
  });

  it("names a driver two lines share by its label, never its id", () => {
    const zh = evaluationToMarkdown(distributor.evaluation, { locale: "zh-CN", sections: ["doubleCounting"] });
    expect(zh).toContain("依赖同一个驱动因素“DSO reduction”");
    expect(zh).not.toContain("dsoReduction");
    expect(evaluationToMarkdown(distributor.evaluation, { sections: ["doubleCounting"] })).toContain("draw on the same driver “DSO reduction”");
  });
});
