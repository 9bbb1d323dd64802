/**
 * The customer's purchase criteria, hand-computed: weighted totals and ranks, our lead or lag on each
 * criterion, the break-even weight that flips the ranking (checked by re-weighting to it), and bad input
 * listed in one run.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { QualifyArgumentError, QualifyValidationError } from "../../src/qualify/errors.js";
import { compareSuppliers, definePurchaseCriteria, safeDefinePurchaseCriteria, standardConditions, standardMoves } from "../../src/qualify/purchaseCriteria.js";

const input = {
  criteria: [
    { id: "fit", name: "Process fit", weight: 40, kind: "soft" },
    { id: "price", name: "Price", weight: 60, kind: "hard" },
  ],
  suppliers: [
    { id: "s-us", name: "Us", us: true, scores: { fit: 5, price: 2 } },
    { id: "s-erp", name: "Global ERP", competitor: "c-global-erp", scores: { fit: 3, price: 4 } },
    { id: "s-local", name: "Local finance", scores: { fit: 2, price: 3 } },
  ],
};

describe("compareSuppliers", () => {
  const comparison = compareSuppliers(definePurchaseCriteria(input));

  it("totals each supplier by the customer's weights and ranks them", () => {
    // Us (40×5 + 60×2)/100 = 3.2; Global ERP (40×3 + 60×4)/100 = 3.6; Local (40×2 + 60×3)/100 = 2.6.
    expect(comparison.suppliers.map((s) => [s.id, s.total.toString(), s.rank])).toEqual([
      ["s-erp", "3.6", 1],
      ["s-us", "3.2", 2],
      ["s-local", "2.6", 3],
    ]);
    expect(comparison.against?.id).toBe("s-erp");
    expect(comparison.criteria.map((c) => [c.id, c.share.toString(), c.lead?.toString(), c.bestRival?.id])).toEqual([
      ["fit", "0.4", "2", "s-erp"],
      ["price", "0.6", "-2", "s-erp"],
    ]);
  });

  it("finds the weight of each criterion that flips us and the leader, and re-weighting to it ties the totals", () => {
    // fit: −60×(2 − 4) ÷ (5 − 3) = 60; price: −40×(5 − 3) ÷ (2 − 4) = 40.
    expect(comparison.breakEvens.map((b) => [b.criterion, b.breakEven.toString(), b.move, b.effect])).toEqual([
      ["fit", "60", "raise", "weOvertake"],
      ["price", "40", "lower", "weOvertake"],
    ]);
    const tied = compareSuppliers(definePurchaseCriteria({ ...input, criteria: [input.criteria[0], { ...input.criteria[1], weight: 40 }] }));
    const total = (id: string) => tied.suppliers.find((s) => s.id === id)!.total;
    expect(total("s-us").eq(total("s-erp"))).toBe(true);
    const passed = compareSuppliers(definePurchaseCriteria({ ...input, criteria: [{ ...input.criteria[0], weight: 61 }, input.criteria[1]] }));
    expect(passed.us?.rank).toBe(1);
    expect(passed.us?.total.toFixed(4)).toBe(new Dec(61 * 5 + 60 * 2).div(121).toFixed(4));
  });
});

describe("break-even weights with three close suppliers", () => {
  // The distributor's table: the global ERP vendor 3.55, us 3.30, the local vendor 3.25.
  const close = definePurchaseCriteria({
    criteria: [
      { id: "price", name: "Price", weight: 30 },
      { id: "platform", name: "One platform", weight: 25 },
      { id: "trial", name: "Scoring trial", weight: 20 },
      { id: "keyAccounts", name: "Key accounts", weight: 15 },
      { id: "references", name: "References", weight: 10 },
    ],
    suppliers: [
      { id: "us", name: "Us", us: true, scores: { price: 2, platform: 3, trial: 5, keyAccounts: 3, references: 5 } },
      { id: "global", name: "Global ERP", scores: { price: 3, platform: 5, trial: 3, keyAccounts: 4, references: 2 } },
      { id: "local", name: "Local vendor", scores: { price: 5, platform: 2, trial: 2, keyAccounts: 3, references: 4 } },
    ],
  });
  const reweighted = (criterion: string, weight: string) => compareSuppliers(definePurchaseCriteria({ ...close, criteria: close.criteria.map((c) => (c.id === criterion ? { ...c, weight } : c)) }));

  it("offers only the weights that make us first, counting every rival", () => {
    const comparison = compareSuppliers(close);
    // Lowering platform to 12.5 would tie us with the global vendor, but the local vendor passes us first:
    // at 12, local (60 + 24 + 40 + 45 + 40 = 209 → 3.437) leads us (3.345) and the global vendor (3.333).
    expect(reweighted("platform", "12").suppliers[0]?.id).toBe("local");
    expect(comparison.breakEvens.map((b) => [b.criterion, b.move, b.breakEven.toDecimalPlaces(4).toString(), b.against])).toEqual([
      ["price", "lower", "5", "global"],
      ["trial", "raise", "32.5", "global"],
      ["references", "raise", "18.3333", "global"],
    ]);
    for (const b of comparison.breakEvens) {
      const past = b.move === "raise" ? b.breakEven.plus("0.01") : b.breakEven.minus("0.01");
      const after = reweighted(b.criterion, past.toString());
      expect([b.criterion, after.us?.rank, after.suppliers.filter((s) => s.rank === 1).length]).toEqual([b.criterion, 1, 1]);
    }
  });

  it("tells a leader where first place would be lost", () => {
    // Trial at 40: us (60 + 75 + 200 + 45 + 50)/120 = 3.583, global (90 + 125 + 120 + 60 + 20)/120 = 3.458.
    const leading = reweighted("trial", "40");
    expect(leading.us?.rank).toBe(1);
    const trial = leading.breakEvens.find((b) => b.criterion === "trial");
    expect([trial?.move, trial?.breakEven.toString(), trial?.effect, trial?.against]).toEqual(["lower", "32.5", "theyOvertake", "global"]);
    const past = reweighted("trial", "32.49");
    expect(past.suppliers[0]?.id).toBe("global");
  });
});

describe("each person's weights, the good standard and the moves against it", () => {
  const withPeople = definePurchaseCriteria({
    ...input,
    criteria: [{ ...input.criteria[0], need: "g-yield" }, input.criteria[1]],
    byPerson: [
      { person: "p-plant", weights: { fit: 80, price: 20 } },
      { person: "p-cfo", weights: { price: 1 } },
    ],
  });

  it("ranks the suppliers under each person's own weights", () => {
    const [plant, cfo] = compareSuppliers(withPeople).byPerson;
    // Plant: us (80×5 + 20×2)/100 = 4.4, ERP (80×3 + 20×4)/100 = 3.2; CFO weighs price only: ERP 4, Local 3, us 2.
    expect(plant?.suppliers.map((s) => [s.id, s.total.toString()])).toEqual([["s-us", "4.4"], ["s-erp", "3.2"], ["s-local", "2.2"]]);
    expect(plant?.usRank).toBe(1);
    expect(cfo?.suppliers.map((s) => [s.id, s.total.toString(), s.rank])).toEqual([["s-erp", "4", 1], ["s-local", "3", 2], ["s-us", "2", 3]]);
    expect(cfo?.usRank).toBe(3);
  });

  it("checks the three conditions of a good standard by our rules", () => {
    // We lead every rival on fit (5 vs 3); soft and hard both weigh; price names no need.
    expect(standardConditions(withPeople).map((c) => [c.condition, c.met, c.criteria])).toEqual([
      ["differentiates", true, ["fit"]],
      ["softAndHard", true, ["fit", "price"]],
      ["relevant", false, ["price"]],
    ]);
  });

  it("recommends the four attacks on the criteria each works on, while a rival leads", () => {
    // The leader gains 60×(4 − 2) = 120 on price and loses 40×(3 − 5) = −80 on fit; lowering price past 40 flips the ranking.
    expect(standardMoves(withPeople).map((m) => [m.attack, m.criteria, m.people, m.breakEven?.toString(), m.against])).toEqual([
      ["turnCustomerAgainstCustomer", [], ["p-plant"], undefined, "s-erp"],
      ["stealTheStandard", ["price"], [], undefined, "s-erp"],
      ["fishOrBearsPaw", ["fit", "price"], [], undefined, "s-erp"],
      ["tigerFromMountain", ["price"], [], "40", "s-erp"],
    ]);
    // Once the customer's weights rank us first, there is no standard to attack.
    expect(standardMoves(definePurchaseCriteria({ ...input, criteria: [{ ...input.criteria[0], weight: 70 }, { ...input.criteria[1], weight: 30 }] }))).toEqual([]);
  });

  it("refuses a person's weights on an unknown criterion, negative or all zero, and a person twice", () => {
    const result = safeDefinePurchaseCriteria({ ...input, byPerson: [{ person: "p1", weights: { fitt: 2, price: -1 } }, { person: "p1", weights: { fit: 0 } }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["byPerson.0.weights.fitt", "unknown_reference"],
      ["byPerson.0.weights.price", "out_of_range"],
      ["byPerson.1.person", "duplicate_id"],
      ["byPerson.1.weights", "invalid_value"],
    ]);
  });
});

describe("bad input", () => {
  it("lists every problem in one run: a negative weight, an unknown criterion, a score off the scale, a missing score, two of us", () => {
    const result = safeDefinePurchaseCriteria({
      criteria: [{ id: "fit", name: "Fit", weight: -1 }, { id: "price", name: "Price", weight: 2 }],
      suppliers: [
        { id: "a", name: "A", us: true, scores: { fit: 6, price: 3, prise: 2 } },
        { id: "b", name: "B", us: true, scores: { fit: 3 } },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(QualifyValidationError);
    expect(result.error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["criteria.0.weight", "out_of_range"],
      ["suppliers", "invalid_value"],
      ["suppliers.0.scores.fit", "out_of_range"],
      ["suppliers.0.scores.prise", "unknown_reference"],
      ["suppliers.1.scores", "missing_score"],
    ]);
    expect(result.error.issues[3]?.message).toContain('did you mean "price"');
    expect(safeDefinePurchaseCriteria({ criteria: [{ id: "fit", name: "Fit", weight: 0 }], suppliers: [] }).success).toBe(false);
  });

  it("needs our own offer to compare", () => {
    expect(() => compareSuppliers(definePurchaseCriteria({ ...input, suppliers: input.suppliers.map((s) => ({ ...s, us: false })) }))).toThrow(QualifyArgumentError);
  });
});
