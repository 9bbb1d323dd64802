import { describe, expect, it } from "vitest";
import { diagnosticQuestionKeys, goalQuestionKeys, issueQuestionKeys, solutionQuestionKeys, valueQuestionKeys } from "../../src/questions/keys.js";
import { questionPlan } from "../../src/questions/questionPlan.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import { en } from "../../src/render/locales/en/index.js";
import type { LocaleId } from "../../src/render/locales/types.js";
import { zhCN } from "../../src/render/locales/zh-CN/index.js";
import { questionPlanSections, questionPlanToMarkdown } from "../../src/render/questions/questionPlanToMarkdown.js";
import { questionPlanText } from "../../src/render/questions/questionPlanText.js";
import { frame } from "./fixtures.js";
import { thrown } from "./helpers.js";

describe("questionPlanText — the distributor's plan in words", () => {
  const text = questionPlanText(frame);

  it("names elements with their ids for the seller and by name alone for the customer", () => {
    const seller = questionPlanToMarkdown(frame, { sections: ["goals"] });
    const customer = questionPlanToMarkdown(frame, { sections: ["goals"], audience: "customer" });
    const goal = frame.goals[0]!;
    expect(seller).toContain(`${goal.name} \`${goal.id}\``);
    expect(customer).not.toContain(`\`${goal.id}\``);
    expect(customer).toContain(`### ${goal.name}`);
  });

  it("words every question of every element", () => {
    expect(text.locale).toBe("en");
    expect(text.customer).toBe("Huatong Industrial Distribution");
    for (const element of [...text.goals, ...text.issues, ...text.solutions, ...text.values]) {
      expect(element.confirm.length).toBeGreaterThan(0);
      expect(element.lead.length).toBeGreaterThan(0);
    }
    expect(Object.isFrozen(text.issues[0]?.confirm)).toBe(true);
  });

  it("confirms the DSO gap from the frame's own content", () => {
    const dso = text.issues[0]!;
    expect(dso.confirm).toEqual([
      "We see signs of “Collection rate falling: DSO grew from 48 to 62 days”. How does it show in your figures today?",
      "Who owns the interface management today (Process management)?",
      "If nothing changes, where will this be a year from now?",
    ]);
    expect(dso.lead[0]).toBe("How much does it cost “Collection rate”, and with it “Operating cash flow +20 % this year”?");
    expect(text.goals[0]?.confirm[0]).toBe("You aim to take operating cash flow from 40 to 48 M CNY by December 31, 2026. Is that still the figure you are measured on?");
    expect(text.goals[0]?.confirm[2]).toBe("Reaching it takes +8 M CNY (+20%). How much of that is already in sight, and what holds the rest back?");
    expect(text.values[0]?.confirm[0]).toBe("Would you agree that “Working capital released” of CN¥14,000,000.00 once is realistic?");
    expect(text.solutions[0]?.confirm).toContain("Could this condition be met: Finance names one owner of the order-to-cash interface?");
    expect(text.solutions[1]?.lead[1]).toContain("would a new approach that goes around “Collection rate falling");
  });

  it("names the cells and words their diagnostic questions", () => {
    const processManagement = text.diagnostics[2]!;
    expect(processManagement.name).toBe("Process management");
    expect(processManagement.issues).toEqual(["cbi-dso"]);
    expect(processManagement.questions).toContain("Are the interfaces between process steps and departments managed?");
    expect(text.diagnostics[8]?.name).toBe("Job management");
  });

  it("words the same locale-free plan in zh-CN", () => {
    const plan = questionPlan(frame);
    const zh = questionPlanText(plan, { locale: "zh-CN" });
    expect(zh.locale).toBe("zh-CN");
    expect(zh.issues[0]?.confirm[0]).toBe("我们看到了“Collection rate falling: DSO grew from 48 to 62 days”的迹象。它现在在你们的数据里是怎样体现的？");
    expect(zh.issues[0]?.confirm[1]).toBe("目前谁负责接口管理（流程管理）？");
    expect(zh.values[0]?.confirm[0]).toBe("你是否认同“Working capital released”达到 ¥14,000,000.00 一次性 是现实的？");
    expect(zh.diagnostics[2]?.name).toBe("流程管理");
    expect(zh.goals[0]?.confirm[0]).toContain("2026年12月31日");
    expect(questionPlanText(plan)).toEqual(text);
  });

  it("has a sentence for every question key in each shipped locale", () => {
    const templates = { goal: goalQuestionKeys, issue: issueQuestionKeys, solution: solutionQuestionKeys, value: valueQuestionKeys } as const;
    for (const locale of [en, zhCN]) {
      for (const [kind, list] of Object.entries(templates)) {
        expect(Object.keys(locale.text.questions[kind as keyof typeof templates]).sort()).toEqual([...list].sort());
      }
      for (const [level, cells] of Object.entries(diagnosticQuestionKeys)) {
        for (const [dimension, list] of Object.entries(cells)) {
          const sentences = (locale.text.questions.diagnostic as Record<string, Record<string, Record<string, string>>>)[level]![dimension]!;
          expect(Object.keys(sentences)).toEqual([...list]);
        }
      }
    }
  });

  it("rejects an unknown locale and a subject that is neither a frame nor a plan", () => {
    const locale = thrown(() => questionPlanText(frame, { locale: "ja" as LocaleId })) as RenderArgumentError;
    expect(locale).toBeInstanceOf(RenderArgumentError);
    expect(locale.code).toBe("RENDER_INVALID_ARGUMENT");
    expect(locale.issues).toEqual([{ path: ["locale"], code: "invalid_value", message: 'unknown locale "ja": use "en" or "zh-CN", or a Locale from defineLocale' }]);
    const subject = thrown(() => questionPlanText({ goals: [] } as never)) as RenderArgumentError;
    expect(subject.issues[0]?.path).toEqual(["subject"]);
    expect(subject.issues[0]?.message).toBe("expected a frame (defineFrame) or a question plan (questionPlan), got an object of another shape");
  });
});

describe("questionPlanToMarkdown", () => {
  it("writes a Markdown handout from a frame or a plan", () => {
    const md = questionPlanToMarkdown(frame);
    expect(md.split("\n")[0]).toBe("# Question plan: Huatong Industrial Distribution");
    expect(md).toContain("### Collection rate falling: DSO grew from 48 to 62 days `cbi-dso`");
    expect(md).toContain("**Confirm the gap**");
    expect(md).toContain("**Lead into the frame**");
    expect(md).toContain("*Issues located here: Collection rate falling: DSO grew from 48 to 62 days*");
    expect(questionPlanToMarkdown(questionPlan(frame))).toBe(md);
    const zh = questionPlanToMarkdown(questionPlan(frame), { locale: "zh-CN", headingLevel: 2 });
    expect(zh.split("\n")[0]).toBe("## 提问计划：Huatong Industrial Distribution");
    expect(zh).toContain("### 3 × 3 绩效矩阵诊断问题");
  });

  it("writes only the sections asked for, in the handout's order", () => {
    expect(questionPlanSections).toEqual(["overview", "goals", "issues", "solutions", "values", "diagnostics", "people"]);
    const md = questionPlanToMarkdown(frame, { sections: ["values", "goals"] });
    expect(md.split("\n").filter((line) => line.startsWith("## "))).toEqual(["## Strategic goals", "## Performance values"]);
    expect(md).not.toContain("Start from strategy");
  });

  it("lists every bad option with its path", () => {
    const error = thrown(() => questionPlanToMarkdown(frame, { headingLevel: 0, sections: ["grid" as "goals"] })) as RenderArgumentError;
    expect(error.issues.map((issue) => issue.path)).toEqual([["headingLevel"], ["sections", 0]]);
  });
});
