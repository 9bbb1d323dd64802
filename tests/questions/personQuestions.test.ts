/**
 * The question plan for the people of the buying centre: exploring questions for what is still unknown
 * about each person, controlling only once expectations and needs are known, confirming what was heard,
 * the vision grid and SPIN about the goals and issues their needs name — worded in en and zh-CN, and
 * never in a customer document.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { defineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import { questionPlan } from "../../src/questions/questionPlan.js";
import { QuestionsArgumentError } from "../../src/questions/errors.js";
import { questionPlanText } from "../../src/render/questions/questionPlanText.js";
import { questionPlanToMarkdown } from "../../src/render/questions/questionPlanToMarkdown.js";

const example = (file: string): string => readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8");
const frame = defineFrame(JSON.parse(example("distributor.frame.json")));
const centre = defineBuyingCentre(parse(example("distributor.stakeholders.yaml")), { frame });
const plan = questionPlan(frame, { stakeholders: centre });
const of = (id: string) => plan.people.find((p) => p.id === id)!;
const keys = (questions: readonly { key: string }[]) => questions.map((q) => q.key);

describe("questionPlan with a buying centre", () => {
  it("asks the CFO, about whom much is known, only to steer, confirm, and walk the vision grid and SPIN over the DSO", () => {
    const cfo = of("p-cfo");
    expect(keys(cfo.exploring)).toEqual([]);
    expect(keys(cfo.controlling)).toEqual(["steerExpectation", "steerNeed"]);
    expect(cfo.controlling[0]!.params).toEqual({ measure: "Credit scoring at order entry and a weekly overdue dashboard", need: "Operating cash flow +20 % this year" });
    expect(keys(cfo.confirming)).toEqual(["summarise"]);
    expect(cfo.visionGrid).toHaveLength(9);
    expect(keys(cfo.spin)).toEqual(["spinSituation", "spinProblem", "spinImplication", "spinNeedPayoff"]);
    expect(cfo.spin[1]!.params).toEqual({ subject: "Collection rate falling: DSO grew from 48 to 62 days" });
  });

  it("explores what is missing: the unmet logistics director's decision process, expectations, goal, benefit and motives", () => {
    const logistics = of("p-logistics");
    expect(keys(logistics.exploring)).toEqual(["howDecided", "whenDecided", "requirements", "projectFor", "adverseEffects", "organisationalBenefit", "personalGain", "worry"]);
    // Expectations and needs are not both known: no steering yet.
    expect(logistics.controlling).toEqual([]);
    // The procurement manager names no goal or issue: no vision grid, no SPIN.
    expect(of("p-procurement").visionGrid).toEqual([]);
    expect(of("p-procurement").spin).toEqual([]);
  });

  it("has no people without a buying centre, and refuses something else", () => {
    expect(questionPlan(frame).people).toEqual([]);
    expect(() => questionPlan(frame, { stakeholders: frame as never })).toThrow(QuestionsArgumentError);
  });
});

describe("the people's questions in words", () => {
  it("words each question in English and Chinese", () => {
    const en = questionPlanText(plan).people.find((p) => p.id === "p-cfo")!;
    expect(en.confirming).toEqual(["I understand 2 points: Operating cash flow +20 % this year; DSO has grown from 48 to 62 days. Is that right?"]);
    expect(en.spin[2]).toBe("If “Collection rate falling: DSO grew from 48 to 62 days” goes on, what does it mean for “Operating cash flow +20 % this year”?");
    const zh = questionPlanText(plan, { locale: "zh-CN" }).people.find((p) => p.id === "p-logistics")!;
    expect(zh.exploring[0]).toBe("这次采购将如何决策？哪些人参与？");
  });

  it("writes them in the seller's handout, never in the customer's", () => {
    const internal = questionPlanToMarkdown(plan);
    expect(internal).toContain("## Questions for each person");
    expect(internal).toContain("### Li Wei — Chief financial officer `p-cfo`");
    expect(internal).toContain("**Vision grid**");
    const customer = questionPlanToMarkdown(plan, { audience: "customer" });
    expect(customer).not.toContain("Questions for each person");
    expect(customer).not.toContain("Li Wei");
  });
});
