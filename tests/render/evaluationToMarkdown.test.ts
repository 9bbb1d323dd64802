import { describe, expect, it } from "vitest";
import { evaluateScenarios } from "../../src/quantify/evaluateScenarios.js";
import { simulate } from "../../src/quantify/simulate.js";
import { tornado } from "../../src/quantify/tornado.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import { type EvaluationSection, evaluationToMarkdown } from "../../src/render/markdown/evaluationToMarkdown.js";
import { evaluation, frame, valueCase } from "./fixtures.js";
import { tableRow, thrown } from "./helpers.js";

describe("evaluationToMarkdown — the distributor case", () => {
  const markdown = evaluationToMarkdown(evaluation);

  it("documents the 14 M CNY release with its formula, inputs and result", () => {
    const line = markdown.split("\n").find((l) => l.includes("**working capital released** = DSO reduction"));
    expect(line).toBe("2. **working capital released** = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = **14,000,000 CNY**");
    expect(line).toContain("DSO reduction × daily revenue");
    expect(line).toContain("14 day");
    expect(line).toContain("14,000,000");
    expect(markdown).toContain("   - Formula: `dsoReduction * dailyRevenue`");
    expect(markdown).toContain("**financing cost saved a year** = working capital released × cost of funds = 14,000,000 CNY × 6 % = **840,000 CNY**");
    expect(markdown).toContain("   - Note: extension over scope; same workflow rolled out to the 2 other units");
  });

  it("lists the assumptions with their provenance", () => {
    expect(tableRow(markdown, "**DSO reduction** `dsoReduction`").slice(1)).toEqual([
      "14 day",
      "assumption",
      "DSO back from 62 to 48 days within 6 months",
      "80%",
    ]);
    expect(tableRow(markdown, "**cost of funds** `costOfFunds`")[1]).toBe("6%");
  });

  it("shows the period cash-flow table, unadjusted and weighted", () => {
    expect(markdown).toContain("| Period | Benefits (CNY) | Costs (CNY) | Net (CNY) | Cumulative (CNY) | Discount factor | Present value (CNY) | Cumulative present value (CNY) |");
    expect(tableRow(markdown, "1")).toEqual(["1", "29,260,000.00", "-300,000.00", "28,960,000.00", "26,960,000.00", "0.925926", "26,814,814.81", "24,814,814.81"]);
    const weighted = markdown.slice(markdown.indexOf("## Cash flow by period, probability-weighted"));
    expect(tableRow(weighted, "1").slice(0, 4)).toEqual(["1", "23,408,000.00", "-300,000.00", "23,108,000.00"]);
  });

  it("shows headline measures unadjusted and risk-adjusted", () => {
    expect(tableRow(markdown, "**NPV**")).toEqual(["**NPV**", "**CN¥27,093,430.88**", "**CN¥21,120,118.88**"]);
    expect(tableRow(markdown, "ROI (over the horizon)")).toEqual(["ROI (over the horizon)", "1,024.83%", "799.86%"]);
    expect(tableRow(markdown, "Payback")).toEqual(["Payback", "0.07 years", "0.09 years"]);
  });

  it("shows contribution to goals and the double-counting flags", () => {
    expect(tableRow(markdown, "**Operating cash flow +20 % this year** `g-cash`").slice(2)).toEqual(["28 M CNY", "8 M CNY", "350%"]);
    expect(markdown).toContain("- Left out of the unflagged total: financing cost saved");
    expect(markdown).toContain("- Weighted NPV without flagged lines: CN¥17,967,611.64");
  });

  it("leaves scenarios, sensitivity and simulation out unless they are passed", () => {
    expect(markdown).not.toContain("## Scenarios side by side");
    expect(markdown).not.toContain("## Sensitivity");
    expect(markdown).not.toContain("## Simulation");
  });

  it("adds scenarios side by side, the sensitivity ranking and simulation percentiles", () => {
    const simulation = simulate(valueCase, { iterations: 500, seed: 7 });
    const full = evaluationToMarkdown(evaluation, { scenarios: evaluateScenarios(valueCase, { frame }), tornado: tornado(valueCase), simulation });
    expect(tableRow(full, "**Base case**").slice(1, 3)).toEqual(["27,093,430.88", "21,120,118.88"]);
    expect(tableRow(full, "**Conservative** `conservative`")[2]).toBe("8,149,498.55");
    const sensitivity = full.slice(full.indexOf("## Sensitivity"));
    expect(tableRow(sensitivity, "1").slice(1, 4)).toEqual(["**DSO reduction** `dsoReduction`", "8 day", "16 day"]);
    expect(tableRow(sensitivity, "3").slice(2, 4)).toEqual(["5%", "7%"]);
    const sim = full.slice(full.indexOf("## Simulation"));
    expect(sim).toContain("500 Monte Carlo iterations of Weighted NPV, sampled in float64. Seed 7.");
    const p50 = simulation.npv.percentiles.find((p) => p.p === 50);
    expect(tableRow(sim, "P50")[1]).toBe(p50?.value.toDecimalPlaces(2).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  });

  it("writes zh-CN labels and CNY in the Chinese pattern", () => {
    const zh = evaluationToMarkdown(evaluation, { locale: "zh-CN", sections: ["measures", "calculation"] });
    expect(zh.split("\n")[0]).toBe("# 价值测算：Credit-to-cash capability for Huatong Industrial Distribution");
    expect(zh).toContain("## 核心指标");
    expect(tableRow(zh, "**净现值**")).toEqual(["**净现值**", "**¥27,093,430.88**", "**¥21,120,118.88**"]);
    expect(tableRow(zh, "回收期")[1]).toBe("0.07 年");
    expect(zh).toContain("14 天 × 1,000,000 CNY/天 = **14,000,000 CNY**");
  });

  it("puts the words of the figures quantify derives into the locale; the case's own text stays as written", () => {
    const zh = evaluationToMarkdown(evaluation, { locale: "zh-CN", sections: ["calculation"] });
    expect(zh).toContain(
      "**净现值** = Σ 第 t 期净现金流 ÷ (1 + 每期利率)^t，t = 0…测算期 = −2,000,000 + 28,960,000 ÷ 1.08^1 + 1,380,000 ÷ 1.08^2 + 1,380,000 ÷ 1.08^3 = **27,093,430.88 CNY**",
    );
    expect(zh).toContain("**按概率加权的测算期投资回报率** = (收益 − 成本) ÷ 成本 = (26,096,000 − 2,900,000) ÷ 2,900,000 = **799.86%**");
    expect(zh).toContain("**折现回收期** = 按 第 t 期净现金流 ÷ (1 + 每期利率)^t 计算的回收期 = 每期利率 0.08 = **0.074586 年**");
    expect(zh).toContain("**working capital released（基数）** = working capital released = 14,000,000 CNY");
    expect(zh).toContain("= working capital released（基数） × 范围扩展系数（3 business units） = 14,000,000 CNY × 2 = **28,000,000 CNY**");
    expect(zh).toContain("   - 备注：按范围扩展；same workflow rolled out to the 2 other units");
    expect(zh).not.toMatch(/net flow|period rate|\(base\)|extension over|payback|probability-weighted/);
    // English reports keep quantify's words exactly as the trace holds them.
    const en = evaluationToMarkdown(evaluation, { sections: ["calculation"] });
    // The measures' labels state their basis (IRR (annual), ROI over the horizon, payback in years).
    const measure = /^(irr|roi|payback|discountedPayback)(:|$)/;
    for (const figure of Object.values(evaluation.trace).filter((f) => !f.id.startsWith("driver:") && !measure.test(f.id) && !f.id.includes(":factor:"))) {
      expect(en).toContain(`**${figure.label}**`);
      if (figure.note !== undefined) expect(en).toContain(figure.note);
    }
    // An extension's label is shown beside its factor, never in its place.
    expect(en).toContain("6. **scope factor (3 business units)** = scope factor = 2 = **2**");
    expect(en).toContain("= working capital released (base) × scope factor (3 business units) = 14,000,000 CNY × 2 = **28,000,000 CNY**");
    expect(en).not.toContain("× 3 business units");
    expect(en).toContain("**probability-weighted NPV** = Σ net flow(t) ÷ (1 + period rate)^t, t = 0…horizon");
  });

  it("rejects unknown sections with their path", () => {
    const error = thrown(() => evaluationToMarkdown(evaluation, { sections: ["measures", "waterfall" as EvaluationSection] })) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.code).toBe("RENDER_INVALID_ARGUMENT");
    expect(error.issues.map((i) => i.path)).toEqual([["sections", 1]]);
    expect(error.issues[0]?.message).toContain('unknown section "waterfall"');
  });
});
