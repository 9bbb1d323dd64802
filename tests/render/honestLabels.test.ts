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
