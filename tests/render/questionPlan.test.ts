import { describe, expect, it } from "vitest";
import { RenderArgumentError } from "../../src/render/errors.js";
import type { LocaleId } from "../../src/render/locales/types.js";
import { questionPlan } from "../../src/render/questions/questionPlan.js";
import { questionPlanToMarkdown } from "../../src/render/questions/questionPlanToMarkdown.js";
import { frame } from "./fixtures.js";
import { thrown } from "./helpers.js";

describe("questionPlan — the distributor frame", () => {
  const plan = questionPlan(frame);

  it("asks about every goal, issue, solution and value, both kinds of question", () => {
    expect(plan.customer).toBe("Huatong Industrial Distribution");
    expect(plan.goals.map((g) => g.id)).toEqual(["g-cash", "g-revenue", "g-key-accounts"]);
    expect(plan.issues.map((i) => i.id)).toEqual(["cbi-dso", "cpi-sales-not-measured", "cpi-no-credit-check", "cbi-stockouts"]);
    expect(plan.solutions.map((s) => s.id)).toEqual(["sol-credit-to-cash", "sol-factoring"]);
    expect(plan.values.map((v) => v.id)).toEqual(["v-working-capital", "v-financing-cost", "v-one-process"]);
    for (const element of [...plan.goals, ...plan.issues, ...plan.solutions, ...plan.values]) {
      expect(element.confirm.length).toBeGreaterThan(0);
      expect(element.lead.length).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(plan.issues[0]?.confirm)).toBe(true);
  });

  it("confirms the DSO gap from the frame's own content", () => {
    const dso = plan.issues[0]!;
    expect(dso.confirm).toEqual([
      "We see signs of “Collection rate falling: DSO grew from 48 to 62 days”. How does it show in your figures today?",
      "Who owns the interface management today (Process management)?",
      "If nothing changes, where will this be a year from now?",
    ]);
    expect(dso.lead[0]).toBe("How much does it cost “Collection rate”, and with it “Operating cash flow +20 % this year”?");
    expect(plan.goals[0]?.confirm[0]).toBe("You aim to take operating cash flow from 40 to 48 M CNY by December 31, 2026. Is that still the figure you are measured on?");
    expect(plan.goals[0]?.confirm[2]).toBe("Reaching it takes +8 M CNY (+20%). How much of that is already in sight, and what holds the rest back?");
    expect(plan.values[0]?.confirm[0]).toBe("Would you agree that “Working capital released” of CN¥14,000,000.00 once is realistic?");
    expect(plan.solutions[0]?.confirm).toContain("Could this condition be met: Finance names one owner of the order-to-cash interface?");
    expect(plan.solutions[1]?.lead[1]).toContain("would a new approach that goes around “Collection rate falling");
  });

  it("adds the nine cells' diagnostic questions, process level first, with the issues located there", () => {
    expect(plan.diagnostics.map((c) => `${c.level}×${c.dimension}`)).toEqual([
      "process×goals",
      "process×design",
      "process×management",
      "organization×goals",
      "organization×design",
      "organization×management",
      "job×goals",
      "job×design",
      "job×management",
    ]);
    const processManagement = plan.diagnostics[2]!;
    expect(processManagement.name).toBe("Process management");
    expect(processManagement.issues).toEqual(["cbi-dso"]);
    expect(processManagement.questions).toContain("Are the interfaces between process steps and departments managed?");
    expect(plan.diagnostics[8]?.issues).toEqual(["cpi-sales-not-measured"]);
  });

  it("writes the plan in zh-CN", () => {
    const zh = questionPlan(frame, { locale: "zh-CN" });
    expect(zh.locale).toBe("zh-CN");
    expect(zh.issues[0]?.confirm[0]).toBe("我们看到了“Collection rate falling: DSO grew from 48 to 62 days”的迹象。它现在在你们的数据里是怎样体现的？");
    expect(zh.issues[0]?.confirm[1]).toBe("目前谁负责接口管理（流程管理）？");
    expect(zh.values[0]?.confirm[0]).toBe("你是否认同“Working capital released”达到 ¥14,000,000.00 一次性 是现实的？");
    expect(zh.diagnostics[2]?.name).toBe("流程管理");
    expect(zh.goals[0]?.confirm[0]).toContain("2026年12月31日");
  });

  it("writes a Markdown handout from a frame or a plan", () => {
    const md = questionPlanToMarkdown(frame);
    expect(md.split("\n")[0]).toBe("# Question plan: Huatong Industrial Distribution");
    expect(md).toContain("### Collection rate falling: DSO grew from 48 to 62 days `cbi-dso`");
    expect(md).toContain("**Confirm the gap**");
    expect(md).toContain("**Lead into the frame**");
    expect(md).toContain("*Issues located here: Collection rate falling: DSO grew from 48 to 62 days*");
    expect(questionPlanToMarkdown(plan)).toBe(md);
    const zh = questionPlanToMarkdown(questionPlan(frame, { locale: "zh-CN" }), { headingLevel: 2 });
    expect(zh.split("\n")[0]).toBe("## 提问计划：Huatong Industrial Distribution");
    expect(zh).toContain("### 3 × 3 绩效矩阵诊断问题");
  });

  it("rejects an unknown locale with its path", () => {
    const error = thrown(() => questionPlan(frame, { locale: "ja" as LocaleId })) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.code).toBe("RENDER_INVALID_ARGUMENT");
    expect(error.issues).toEqual([{ path: ["locale"], code: "invalid_value", message: 'unknown locale "ja": use "en" or "zh-CN"' }]);
  });
});
