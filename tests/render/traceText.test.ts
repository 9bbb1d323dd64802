import { describe, expect, it } from "vitest";
import { localFigure, localNote } from "../../src/render/_internal/traceText.js";
import { text as en } from "../../src/render/locales/en/text.js";
import { text as zh } from "../../src/render/locales/zh-CN/text.js";
import { evaluation } from "./fixtures.js";

describe("quantify's own words in a report's locale", () => {
  it("leaves every figure but the measures as quantify wrote it in English (the en strings are quantify's)", () => {
    const measure = /^(irr|roi|payback|discountedPayback)(:|$)/;
    for (const figure of Object.values(evaluation.trace).filter((f) => !measure.test(f.id) && !f.id.includes(":factor:") && !/^line:[^:]+$/.test(f.id))) {
      expect(localFigure(figure, evaluation, en.evaluation.trace)).toEqual(figure);
    }
  });

  it("states each measure's basis: IRR annual on yearly periods, ROI over the horizon, payback in years or one year", () => {
    const t = en.evaluation.trace;
    expect(localFigure(evaluation.trace["irr"]!, evaluation, t).label).toBe("IRR (annual)");
    expect(localFigure(evaluation.trace["roi:weighted"]!, evaluation, t).label).toBe("probability-weighted ROI over the horizon");
    const payback = localFigure(evaluation.trace["payback"]!, evaluation, t);
    expect([payback.label, payback.unit]).toEqual(["payback", "years"]);
    expect(localFigure({ ...evaluation.trace["payback"]!, value: evaluation.trace["payback"]!.value.div(evaluation.trace["payback"]!.value) }, evaluation, t).unit).toBe("year");
  });

  it("translates the notes on missing measures and keeps a note of the case's own", () => {
    const t = zh.evaluation.trace;
    expect(localNote("no IRR: the net cash flows never change sign (spreadsheets show #NUM!)", t)).toBe("无内部收益率：净现金流始终不变号（电子表格显示 #NUM!）");
    expect(localNote("no ROI: there are no costs", t)).toBe("无投资回报率：没有成本");
    expect(localNote("does not pay back within the horizon", t)).toBe("测算期内未回收");
    expect(localNote("extension over time", t)).toBe("按时间扩展");
    expect(localNote("no IRR: the root search did not converge", t)).toBe("无内部收益率：the root search did not converge");
    expect(localNote("overridden by scenario conservative", t)).toBe("overridden by scenario conservative");
  });

  it("names a payback's period in the locale and a factor without a label by its number", () => {
    const payback = localFigure(evaluation.trace["payback:weighted"]!, evaluation, zh.evaluation.trace);
    expect(payback.label).toBe("按概率加权的回收期");
    expect(payback.unit).toBe("年");
    expect(payback.value).toBe(evaluation.trace["payback:weighted"]!.value);
    const line = evaluation.lines[0]!;
    const factor = { ...evaluation.trace[`line:${line.id}`]!, expression: `${line.label} (base) × factor 1 × (1 − benefit risk adjustment)` };
    expect(localFigure(factor, evaluation, zh.evaluation.trace).expression).toBe(`${line.label}（基数） × 系数 1 × (1 − 收益风险调整)`);
  });
});
