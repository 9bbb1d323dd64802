/**
 * One opportunity's qualification as a document member would hold it: validated with every problem of
 * every part in one run, and worked out — the assessment's decision, the suppliers' ranks and the
 * break-even weights, the value-matrix category from the funnel's expected investment, the opening,
 * what 5W + 2P leaves open, power from the buying centre.
 */
import { describe, expect, it } from "vitest";
import { defineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import { defaultAssessmentQuestions } from "../../src/qualify/assessment.js";
import { valueMatrix } from "../../src/qualify/positioning.js";
import { defineQualification, qualifyOpportunity, safeDefineQualification } from "../../src/qualify/defineQualification.js";
import { QualifyArgumentError, QualifyValidationError } from "../../src/qualify/errors.js";

const input = {
  prospect: "opportunity",
  lead: { stage: "undecided", state: "competitive" },
  assessment: { answers: defaultAssessmentQuestions.map((q) => ({ question: q.id, score: q.heading === "win" ? 2 : 3, evidence: "account review" })) },
  criteria: {
    criteria: [
      { id: "fit", name: "Process fit", weight: 40 },
      { id: "price", name: "Price", weight: 60 },
    ],
    suppliers: [
      { id: "s-us", name: "Us", us: true, scores: { fit: 5, price: 2 } },
      { id: "s-erp", name: "Global ERP", scores: { fit: 3, price: 4 } },
    ],
  },
  valueMatrix: { bigGain: "1000000", impact: { followOn: 4, brand: 3, morale: 3 } },
  opening: { turf: "neutral", leader: "rival" },
  fiveWTwoP: { why: { answer: "DSO grew to 62 days", evidence: "CFO, 2026-10-12" } },
  painVisionPower: { pain: true, vision: false },
  funnel: { stage: "I", expectedMonth: "2027-02", expectedInvestment: "1720000", currency: "CNY" },
};

describe("a qualification", () => {
  const q = defineQualification(input);
  const centre = defineBuyingCentre({ people: [{ id: "p-cfo", name: "Li Wei", category: "decisionMaking", roles: ["decisionMaker"], influence: 5, met: true }] });
  const worked = qualifyOpportunity(q, { centre });

  it("works out every part", () => {
    // win 2/4 = 0.5, the others 0.75: overall 0.6875, every heading ≥ 0.5: go.
    expect([worked.assessment?.overall?.toString(), worked.assessment?.decision]).toEqual(["0.6875", "go"]);
    expect(worked.comparison?.us?.rank).toBe(2);
    expect(worked.comparison?.breakEvens.map((b) => `${b.criterion} ${b.move} past ${b.breakEven}`)).toEqual(["fit raise past 60", "price lower past 40"]);
    // The gain is the funnel's expected investment, 1,720,000 ≥ 1,000,000; impact (4 + 3 + 3) / 3 ≥ 3: category 1.
    expect(worked.valueMatrix?.category).toBe(1);
    expect(worked.opening).toEqual({ opening: "neutral/rival", group: "abnormal", strategy: "changeTheRules" });
    expect(worked.fiveWTwoP.unanswered).toEqual(["budget", "decisionMaker", "process", "factors", "timetable", "competitors"]);
    expect(worked.painVisionPower).toMatchObject({ power: true, missing: ["vision"] });
  });

  it("lists every problem of every part in one run, with its path", () => {
    const result = safeDefineQualification({
      ...input,
      assessment: { answers: [{ question: "o9", score: 2, evidence: "x" }] },
      criteria: { ...input.criteria, suppliers: [{ ...input.criteria.suppliers[0], scores: { fit: 7, price: 2 } }, input.criteria.suppliers[1]] },
      opening: { turf: "home", leader: "rival" },
      funnel: { ...input.funnel, expectedInvestment: "-5", expectedMonth: "2027-13" },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(QualifyValidationError);
    expect(result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["assessment.answers.0.question", "unknown_reference"],
      ["criteria.suppliers.0.scores.fit", "out_of_range"],
      ["opening.turf", "invalid_value"],
      ["funnel.expectedMonth", "invalid_format"],
      ["funnel.expectedInvestment", "out_of_range"],
    ]);
  });

  it("asks 6W + 2P when the qualification says so, listing why us unanswered", () => {
    const six = qualifyOpportunity(defineQualification({ ...input, fiveWTwoP: { ...input.fiveWTwoP, version: "6W+2P" } }));
    expect([six.fiveWTwoP.version, six.fiveWTwoP.unanswered.at(-1)]).toEqual(["6W+2P", "whyUs"]);
  });

  it("reads power from the buying centre and warns of a stated power it contradicts", () => {
    const unmet = defineBuyingCentre({ people: [{ id: "p-cfo", name: "Li Wei", category: "decisionMaking", roles: ["decisionMaker"], influence: 5, met: false }] });
    const result = safeDefineQualification({ ...input, painVisionPower: { pain: true, vision: true, power: true } }, { centre: unmet });
    expect(result.success && result.warnings.map((w) => [w.path.join("."), w.code])).toEqual([["painVisionPower.power", "power_disagrees"]]);
    expect(result.success && qualifyOpportunity(result.data, { centre: unmet }).painVisionPower).toMatchObject({ power: false, powerFrom: "buyingCentre", missing: ["power"] });
    const agreed = safeDefineQualification({ ...input, painVisionPower: { pain: true, vision: true, power: true } }, { centre });
    expect(agreed.success && agreed.warnings).toEqual([]);
  });

  it("refuses purchase criteria without a criterion", () => {
    const result = safeDefineQualification({ ...input, criteria: { criteria: [], suppliers: input.criteria.suppliers.map((s) => ({ ...s, scores: {} })) } });
    expect(!result.success && result.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["criteria.criteria", "no criterion: the customer decides by at least one"]]);
  });

  it("lists a row's shape problem beside the other rows' problems: nothing hides behind a bad answer or criterion", () => {
    const input2 = structuredClone(input);
    const result = safeDefineQualification({
      ...input2,
      assessment: { answers: [{ question: "o1", score: 7, evidence: "x" }, { question: "o9", score: 2, evidence: "x" }] },
      criteria: {
        criteria: [{ id: "fit", weight: 40 }, { id: "price", name: "Price", weight: -1 }],
        suppliers: [{ id: "s-us", name: "Us", us: true, scores: { fit: 5, price: 9, speed: 3 } }, { id: "s-erp", name: "Global ERP", scores: { fit: 3, price: 4 } }],
      },
    });
    expect(!result.success && result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["assessment.answers.0.score", "too_big"],
      ["assessment.answers.1.question", "unknown_reference"],
      ["criteria.criteria.0.name", "invalid_type"],
      ["criteria.criteria.1.weight", "out_of_range"],
      ["criteria.suppliers.0.scores.price", "out_of_range"],
      ["criteria.suppliers.0.scores.speed", "unknown_reference"],
    ]);
    expect(input2).toEqual(input); // nothing mutated
  });

  it("refuses value-matrix thresholds off their scales, in the document and in valueMatrix", () => {
    const result = safeDefineQualification({ ...input, valueMatrix: { gain: "-5", bigGain: "-1", highImpact: "9", impact: { followOn: 4, brand: 3, morale: 3 } } });
    expect(!result.success && result.error.issues.map((i) => i.path.join("."))).toEqual(["valueMatrix.gain", "valueMatrix.bigGain", "valueMatrix.highImpact"]);
    let caught: unknown;
    try {
      valueMatrix("100", { followOn: 4, brand: 3, morale: 3 }, { bigGain: "-1", highImpact: "-9" });
    } catch (error) {
      caught = error;
    }
    expect((caught as QualifyArgumentError).issues.map((i) => i.path.join("."))).toEqual(["thresholds.bigGain", "thresholds.highImpact"]);
  });
});
