/**
 * One opportunity qualified, hand-computed: the assessment per heading with its decision by the stated
 * rule, the value matrix's category, the nine openings in their groups, 5W + 2P with what is unanswered,
 * PAIN + VISION + POWER with power read from the buying centre; bad input listed in one run.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { defineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import { assessOpportunity, defaultAssessmentQuestions } from "../../src/qualify/assessment.js";
import { QualifyArgumentError, QualifyValidationError } from "../../src/qualify/errors.js";
import { fiveWTwoP, painVisionPower } from "../../src/qualify/fiveWTwoP.js";
import { opening, openings, valueMatrix } from "../../src/qualify/positioning.js";

const answersWith = (score: (heading: string, index: number) => number) => defaultAssessmentQuestions.map((q, i) => ({ question: q.id, score: score(q.heading, i), evidence: "account review, 2026-11-20" }));

describe("the opportunity assessment", () => {
  it("has our twenty questions, five under each of the four headings", () => {
    expect(defaultAssessmentQuestions.length).toBe(20);
    expect(new Set(defaultAssessmentQuestions.map((q) => q.heading))).toEqual(new Set(["opportunity", "compete", "win", "worth"]));
  });

  it("scores each heading as the mean of its answers ÷ 4 and decides by the stated rule", () => {
    // opportunity 4,4,3,3,2 → 16/20 = 0.8; compete all 3 → 0.75; win 2,2,2,1,1 → 8/20 = 0.4; worth all 4 → 1.
    const scores: Record<string, number[]> = { opportunity: [4, 4, 3, 3, 2], compete: [3, 3, 3, 3, 3], win: [2, 2, 2, 1, 1], worth: [4, 4, 4, 4, 4] };
    const a = assessOpportunity(answersWith((heading, i) => scores[heading]![i % 5]!));
    expect(a.headings.map((h) => [h.heading, h.score?.toString()])).toEqual([
      ["opportunity", "0.8"],
      ["compete", "0.75"],
      ["win", "0.4"],
      ["worth", "1"],
    ]);
    expect(a.overall?.toString()).toBe("0.7375"); // (0.8 + 0.75 + 0.4 + 1) / 4
    expect([a.weakest, a.decision]).toEqual(["win", "qualifyFurther"]); // win 0.4 < 0.5
    expect(assessOpportunity(answersWith(() => 3)).decision).toBe("go");
    expect(assessOpportunity(answersWith(() => 1)).decision).toBe("noGo"); // 0.25 < 0.4
    expect(assessOpportunity(answersWith(() => 3).slice(0, 15)).headings[3]!.unanswered).toEqual(["v1", "v2", "v3", "v4", "v5"]);
    expect(assessOpportunity(answersWith(() => 3).slice(0, 15)).decision).toBe("qualifyFurther");
  });

  it("lists every bad answer in one run, and refuses a question set without a heading", () => {
    let caught: unknown;
    try {
      assessOpportunity([{ question: "o1", score: 5, evidence: "x" }, { question: "o9", score: 2, evidence: "x" }, { question: "c1", score: 2, evidence: "" }, { question: "w1", score: 1, evidence: "x" }, { question: "w1", score: 2, evidence: "x" }]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(QualifyValidationError);
    expect((caught as QualifyValidationError).issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["0.score", "too_big"],
      ["1.question", "unknown_reference"],
      ["2.evidence", "too_small"],
      ["4.question", "duplicate_answer"],
    ]);
    expect(() => assessOpportunity([], { questions: defaultAssessmentQuestions.filter((q) => q.heading !== "worth") })).toThrow(QualifyArgumentError);
    let setError: unknown;
    try {
      assessOpportunity([], { questions: [...defaultAssessmentQuestions, { id: "x1", heading: "chance" as never, text: "Is there a chance?" }], rule: { heading: new Dec("0.5"), overall: new Dec("0.3"), noGo: new Dec("0.4") } });
    } catch (error) {
      setError = error;
    }
    // A heading the assessment lacks would be scored nowhere; a no-go above the go threshold decides nothing.
    expect((setError as QualifyArgumentError).issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["questions.20.heading", "invalid_value"],
      ["rule.noGo", "invalid_value"],
    ]);
  });
});

describe("the value matrix and the opening", () => {
  it("puts big business with high impact in category 1, and the others by the thresholds", () => {
    expect(valueMatrix("1800000", { followOn: 5, brand: 4, morale: 3 }, { bigGain: "1000000" })).toMatchObject({ category: 1, commitment: "commitBestTeam" });
    expect(valueMatrix("400000", { followOn: 5, brand: 4, morale: 3 }, { bigGain: "1000000" }).category).toBe(2);
    expect(valueMatrix("1800000", { followOn: 2, brand: 2, morale: 3 }, { bigGain: "1000000" }).category).toBe(3); // impact 7/3 < 3
    expect(valueMatrix("999999.99", { followOn: 1, brand: 1, morale: 1 }, { bigGain: "1000000" }).category).toBe(4);
    expect(() => valueMatrix("1", { followOn: 6, brand: 1, morale: 1 }, {} as never)).toThrow(/followOn|bigGain/);
  });

  it("groups the nine openings: three normal, three problem, three abnormal", () => {
    const groups = Object.values(openings).map((o) => o.group);
    expect(["normal", "problem", "abnormal"].map((g) => groups.filter((x) => x === g).length)).toEqual([3, 3, 3]);
    expect(opening("ours", "us")).toEqual({ opening: "ours/us", group: "normal", strategy: "consolidate" });
    expect(() => opening("home" as never, "us")).toThrow(QualifyArgumentError);
  });
});

describe("5W + 2P and PAIN + VISION + POWER", () => {
  it("lists what is unanswered, and asks why us once it is 6W + 2P", () => {
    const answers = { why: { answer: "DSO grew to 62 days", evidence: "CFO, 2026-10-12" }, budget: { answer: "1.5 M CNY", evidence: "CFO, 2026-10-12" } };
    expect(fiveWTwoP(answers)).toMatchObject({ version: "5W+2P", unanswered: ["decisionMaker", "process", "factors", "timetable", "competitors"], complete: false });
    expect(fiveWTwoP(answers, { whyUs: true }).unanswered.at(-1)).toBe("whyUs");
    expect(() => fiveWTwoP({ why: { answer: "x", evidence: "" }, hwo: { answer: "x", evidence: "y" } } as never)).toThrow(QualifyValidationError);
  });

  it("reads power from the buying centre: a decision maker met", () => {
    const centre = (met: boolean) => defineBuyingCentre({ people: [{ id: "p-cfo", name: "Li Wei", category: "decisionMaking", roles: ["decisionMaker"], influence: 5, met }] });
    expect(painVisionPower({ pain: true, vision: true }, centre(true))).toMatchObject({ power: true, powerFrom: "buyingCentre", complete: true, missing: [] });
    expect(painVisionPower({ pain: true, vision: false }, centre(false)).missing).toEqual(["vision", "power"]);
    expect(painVisionPower({ pain: true, vision: true, power: true }).powerFrom).toBe("stated");
  });
});

describe("leads: the problem–concern table and the value table from the frame", () => {
  it("pairs each capability with the issues its solution addresses and the people who name them", async () => {
    const { readFileSync } = await import("node:fs");
    const { parse } = await import("yaml");
    const { defineFrame } = await import("../../src/frame/defineFrame.js");
    const { problemConcernTable, valueTable } = await import("../../src/qualify/leads.js");
    const frame = defineFrame(JSON.parse(readFileSync(new URL("../../examples/distributor.frame.json", import.meta.url), "utf8")));
    const centre = defineBuyingCentre(parse(readFileSync(new URL("../../examples/distributor.stakeholders.yaml", import.meta.url), "utf8")), { frame });
    const rows = problemConcernTable(frame, centre);
    const solution = frame.solutions[0]!;
    // Each capability × each issue its solution addresses, then the goals those issues keep out of reach:
    // all three issues of the credit-to-cash solution hurt csf-collection, which serves g-cash.
    expect(rows.filter((row) => row.problem.kind === "issue").length).toBe(frame.solutions.reduce((n, s) => n + Math.max(1, s.capabilities.length) * s.addresses.length, 0));
    expect(rows.filter((row) => row.problem.kind === "goal").map((row) => `${row.solution} ${row.problem.id} ${row.roles.join(",")}`)).toEqual([
      ...Array.from({ length: 3 }, () => "sol-credit-to-cash g-cash p-ceo,p-cfo"),
      "sol-factoring g-cash p-ceo,p-cfo",
    ]);
    const dso = rows.find((row) => row.solution === solution.id && row.problem.id === "cbi-dso")!;
    expect(dso.roles).toEqual(centre.people.filter((p) => p.men.needs.some((n) => n.links.includes("cbi-dso"))).map((p) => p.id));
    expect(dso.roles.length).toBeGreaterThan(0);
    expect(valueTable(frame, centre).map((row) => row.value.id)).toEqual(frame.values.map((v) => v.id));
  });
});

describe("the success-case collection", () => {
  const collection = [
    { id: "sc-steel", customer: "Baosteel Trading", industry: "Steel trading", problem: "Bad debts 2 % of sales", solution: "credit scoring", results: [{ measure: "bad debts", before: "2.0", after: "0.6", unit: "% of sales" }], source: "reference letter, 2025-03" },
    { id: "sc-jinhe", customer: "Jinhe Distribution", industry: "Industrial distribution", problem: "DSO at 70 days", solution: "credit-to-cash suite", results: [{ measure: "DSO", before: 70, after: 52, unit: "days" }], reference: { name: "Wu Jun", role: "CFO", mayCall: true }, source: "case study, 2025" },
  ];

  it("puts the customer's industry first, with each result's change after − before", async () => {
    const { readFileSync } = await import("node:fs");
    const { defineFrame } = await import("../../src/frame/defineFrame.js");
    const { defineSuccessCases, successCasesFor } = await import("../../src/qualify/leads.js");
    const frame = defineFrame(JSON.parse(readFileSync(new URL("../../examples/distributor.frame.json", import.meta.url), "utf8")));
    expect(frame.customer.industry?.toLowerCase()).toBe("industrial distribution");
    const chosen = successCasesFor(defineSuccessCases(collection), frame);
    expect(chosen.map((m) => [m.successCase.id, m.sameIndustry, m.changes[0]?.change.toString()])).toEqual([
      ["sc-jinhe", true, "-18"],
      ["sc-steel", false, "-1.4"],
    ]);
  });

  it("lists every bad case in one run", async () => {
    const { safeDefineSuccessCases } = await import("../../src/qualify/leads.js");
    const result = safeDefineSuccessCases([{ ...collection[0], results: [] }, { ...collection[1], id: "sc-steel", source: "" }, { ...collection[1], id: "sc-3", results: [{ measure: "DSO", before: "seventy", after: 52, unit: "days" }] }]);
    expect(!result.success && result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["0.results", "too_small"],
      ["1.id", "duplicate_id"],
      ["1.source", "too_small"],
      ["2.results.0.before", "not_numeric"],
    ]);
  });
});
