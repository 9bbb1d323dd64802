/** The question plan as data: keys and the frame's facts, chosen by the frame's own content, with no words in it. */
import { describe, expect, it } from "vitest";
import { diagnosticQuestionKeys, goalQuestionKeys, issueQuestionKeys, solutionQuestionKeys, valueQuestionKeys } from "../../src/questions/keys.js";
import { QuestionsArgumentError } from "../../src/questions/errors.js";
import { questionPlan } from "../../src/questions/questionPlan.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { frame, frameData } from "../render/fixtures.js";
import { thrown } from "../render/helpers.js";

const keys = (questions: readonly { key: string }[]) => questions.map((q) => q.key);

describe("questionPlan — the distributor frame", () => {
  const plan = questionPlan(frame);

  it("asks about every goal, issue, solution and value, in the frame's order", () => {
    expect(plan.customer).toBe("Huatong Industrial Distribution");
    expect(plan.goals.map((g) => g.id)).toEqual(["g-cash", "g-revenue", "g-key-accounts"]);
    expect(plan.issues.map((i) => i.id)).toEqual(["cbi-dso", "cpi-sales-not-measured", "cpi-no-credit-check", "cbi-stockouts"]);
    expect(plan.solutions.map((s) => s.id)).toEqual(["sol-credit-to-cash", "sol-factoring"]);
    expect(plan.values.map((v) => v.id)).toEqual(["v-working-capital", "v-financing-cost", "v-one-process"]);
  });

  it("holds the DSO issue's facts and chooses its questions by its tests: hidden and worsening", () => {
    const dso = plan.issues[0]!;
    expect(dso.name).toBe("Collection rate falling: DSO grew from 48 to 62 days");
    expect(dso.facts).toEqual({
      kind: "CBI",
      level: "process",
      dimension: "management",
      aspect: "interface",
      successFactors: [{ id: "csf-collection", name: "Collection rate" }],
      goals: [{ id: "g-cash", name: "Operating cash flow +20 % this year" }],
      hidden: true,
      worsening: true,
    });
    // Its cell names an aspect, so the owner of the aspect is asked for; it worsens, so next year is asked about.
    expect(keys(dso.confirm)).toEqual(["signs", "aspectOwner", "nextYear"]);
    // It hurts a success factor, so its cost is asked; it is hidden, so the data is looked at together.
    expect(keys(dso.lead)).toEqual(["cost", "lookTogether"]);
  });

  it("keeps a goal's figures as exact, unformatted data", () => {
    const cash = plan.goals[0]!;
    expect(cash.facts.baseline.toString()).toBe("40");
    expect(cash.facts.target.toString()).toBe("48");
    expect(cash.facts.unit).toBe("M CNY");
    expect(cash.facts.deadline).toBe("2026-12-31");
    expect(cash.facts.successFactors.map((s) => s.id)).toEqual(["csf-collection", "csf-inventory-turnover"]);
    expect(keys(cash.confirm)).toEqual(["target", "standstill", "change"]);
    expect(keys(cash.lead)).toEqual(["decisiveFactor", "whoElse"]);
  });

  it("gives each constraint of a solution its own question, and a bypass the question of going around", () => {
    const [creditToCash, factoring] = plan.solutions;
    expect(creditToCash?.confirm).toEqual([
      { key: "today" },
      { key: "whatItTakes" },
      { key: "constraint", params: { constraint: "Finance names one owner of the order-to-cash interface" } },
      { key: "constraint", params: { constraint: "New credit limits apply to key accounts only after a three-month notice" } },
    ]);
    expect(keys(creditToCash!.lead)).toEqual(["capabilitiesOwned", "rootCause"]);
    expect(factoring?.facts.approach).toBe("bypass");
    expect(keys(factoring!.lead)).toEqual(["capabilitiesOwned", "goAround"]);
  });

  it("keeps a value's amount, currency and probability, and asks a non-financial value to be agreed", () => {
    const working = plan.values[0]!;
    expect(working.facts.kind).toBe("financial");
    expect(working.facts.amount.toString()).toBe("14000000");
    expect(working.facts.kind === "financial" && working.facts.currency).toBe("CNY");
    expect(working.facts.probability.toString()).toBe("0.8");
    expect(working.facts.solution).toEqual({ id: "sol-credit-to-cash", name: "Credit-to-cash capability" });
    expect(keys(working.confirm)).toEqual(["realistic", "timing", "probability"]);
    const oneProcess = plan.values[2]!;
    expect(oneProcess.facts.kind).toBe("non-financial");
    expect(keys(oneProcess.confirm)).toEqual(["agree", "timing", "probability"]);
  });

  it("lists the nine cells' diagnostic questions, process level first, with the issues located there", () => {
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
    expect(processManagement.issues).toEqual(["cbi-dso"]);
    expect(keys(processManagement.questions)).toEqual(["goal", "performance", "resource", "interface"]);
    expect(plan.diagnostics[1]?.issues).toEqual(["cpi-no-credit-check", "cbi-stockouts"]);
    expect(plan.diagnostics[8]?.issues).toEqual(["cpi-sales-not-measured"]);
    expect(plan.diagnostics.reduce((n, c) => n + c.questions.length, 0)).toBe(27);
  });

  it("is deep-frozen data without a locale or a sentence in it", () => {
    expect(Object.isFrozen(plan.issues[0]?.confirm[0])).toBe(true);
    expect(Object.isFrozen(plan.goals[0]?.facts.successFactors)).toBe(true);
    expect("locale" in plan).toBe(false);
    // Every string in the plan is an id, a key or the frame's own text, never a question sentence.
    const json = JSON.stringify(plan);
    expect(json).not.toContain("?");
  });

  it("uses only the named keys", () => {
    const used = (list: readonly { confirm: readonly { key: string }[]; lead: readonly { key: string }[] }[]) => new Set(list.flatMap((e) => keys([...e.confirm, ...e.lead])));
    expect([...used(plan.goals)].every((key) => (goalQuestionKeys as readonly string[]).includes(key))).toBe(true);
    expect([...used(plan.issues)].every((key) => (issueQuestionKeys as readonly string[]).includes(key))).toBe(true);
    expect([...used(plan.solutions)].every((key) => (solutionQuestionKeys as readonly string[]).includes(key))).toBe(true);
    expect([...used(plan.values)].every((key) => (valueQuestionKeys as readonly string[]).includes(key))).toBe(true);
    for (const cell of plan.diagnostics) expect(keys(cell.questions)).toEqual([...diagnosticQuestionKeys[cell.level][cell.dimension]]);
  });
});

describe("questionPlan — other frames", () => {
  it("asks what must go right for a goal no success factor serves, and who signs off a value with no solution", () => {
    const bare = defineFrame({
      customer: { name: "New customer" },
      currency: "EUR",
      goals: [frameData.goals![0]!],
      values: [{ id: "v-1", name: "Saved", kind: "financial", amount: 100, recurrence: "once", serves: "g-cash", timing: { startsAfterMonths: 0, realisedWithinMonths: 1 }, probability: 1 }],
    });
    const plan = questionPlan(bare);
    expect(keys(plan.goals[0]!.lead)).toEqual(["mustGoRight", "whoElse"]);
    expect(keys(plan.values[0]!.lead)).toEqual(["meaning", "signOff"]);
    expect(plan.values[0]!.facts.solution).toBeUndefined();
    expect(plan.issues).toEqual([]);
  });

  it("rejects what is not a frame with QUESTIONS_INVALID_ARGUMENT at its path", () => {
    const error = thrown(() => questionPlan(42 as never)) as QuestionsArgumentError;
    expect(error).toBeInstanceOf(QuestionsArgumentError);
    expect(error.code).toBe("QUESTIONS_INVALID_ARGUMENT");
    expect(error.issues).toEqual([{ path: ["frame"], code: "invalid_type", message: "expected a frame (defineFrame), got number" }]);
  });
});
