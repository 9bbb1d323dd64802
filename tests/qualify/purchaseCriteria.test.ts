/**
 * The customer's purchase criteria, hand-computed: weighted totals and ranks, our lead or lag on each
 * criterion, the break-even weight that flips the ranking (checked by re-weighting to it), and bad input
 * listed in one run.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { QualifyArgumentError, QualifyValidationError } from "../../src/qualify/errors.js";
import { compareSuppliers, definePurchaseCriteria, safeDefinePurchaseCriteria } from "../../src/qualify/purchaseCriteria.js";

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
      ["suppliers.0.scores.fit", "out_of_range"],
      ["suppliers.0.scores.prise", "unknown_reference"],
      ["suppliers.1.scores", "missing_score"],
      ["suppliers", "invalid_value"],
    ]);
    expect(result.error.issues[2]?.message).toContain('did you mean "price"');
    expect(safeDefinePurchaseCriteria({ criteria: [{ id: "fit", name: "Fit", weight: 0 }], suppliers: [] }).success).toBe(false);
  });

  it("needs our own offer to compare", () => {
    expect(() => compareSuppliers(definePurchaseCriteria({ ...input, suppliers: input.suppliers.map((s) => ({ ...s, us: false })) }))).toThrow(QualifyArgumentError);
  });
});
