/**
 * The meet-in-the-middle search against the branch and bound it replaced (kept here as the reference):
 * the same set, value and cost on random small instances with groups, ties and free items.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import type { Decimal } from "../../src/numeric/decimal.js";
import { bestSet } from "../../src/quantify/_internal/knapsack.js";
import type { Item } from "../../src/quantify/_internal/knapsack.js";

const ZERO = new Dec(0);

/** The branch and bound of valueframe 0.1 (exact, exponential on equal-density items). */
function referenceSet(items: readonly Item[], budget: Decimal): { chosen: number[]; value: Decimal; cost: Decimal } {
  const useful = items.map((_, i) => i).filter((i) => (items[i] as Item).value.isPositive() && (items[i] as Item).cost.lte(budget));
  // Densest first (free items first of all); the input order breaks ties so the search order is fixed.
  const order = useful.sort((a, b) => {
    const x = items[a] as Item;
    const y = items[b] as Item;
    if (x.cost.isZero() || y.cost.isZero()) return x.cost.isZero() === y.cost.isZero() ? a - b : x.cost.isZero() ? -1 : 1;
    return y.value.times(x.cost).comparedTo(x.value.times(y.cost)) || a - b;
  });
  let best: { set: number[]; value: Decimal; cost: Decimal } = { set: [], value: ZERO, cost: ZERO };
  const taken: number[] = [];
  const groups = new Set<string>();

  const bound = (k: number, value: Decimal, room: Decimal): Decimal => {
    let total = value;
    let left = room;
    for (let j = k; j < order.length; j++) {
      const item = items[order[j] as number] as Item;
      if (item.group !== undefined && groups.has(item.group)) continue;
      if (item.cost.lte(left)) {
        total = total.plus(item.value);
        left = left.minus(item.cost);
      } else {
        return total.plus(item.value.times(left).div(item.cost));
      }
    }
    return total;
  };

  const visit = (k: number, value: Decimal, cost: Decimal): void => {
    if (better(value, cost, taken, best)) best = { set: [...taken].sort((a, b) => a - b), value, cost };
    if (k === order.length || bound(k, value, budget.minus(cost)).lt(best.value)) return;
    const index = order[k] as number;
    const item = items[index] as Item;
    if (cost.plus(item.cost).lte(budget) && (item.group === undefined || !groups.has(item.group))) {
      taken.push(index);
      if (item.group !== undefined) groups.add(item.group);
      visit(k + 1, value.plus(item.value), cost.plus(item.cost));
      if (item.group !== undefined) groups.delete(item.group);
      taken.pop();
    }
    visit(k + 1, value, cost);
  };
  visit(0, ZERO, ZERO);
  return { chosen: best.set, value: best.value, cost: best.cost };
}

/** Larger value; then lower cost; then fewer items; then the set holding the earliest differing item. */
function better(value: Decimal, cost: Decimal, set: readonly number[], best: { set: readonly number[]; value: Decimal; cost: Decimal }): boolean {
  const byValue = value.comparedTo(best.value);
  if (byValue !== 0) return byValue > 0;
  const byCost = cost.comparedTo(best.cost);
  if (byCost !== 0) return byCost < 0;
  if (set.length !== best.set.length) return set.length < best.set.length;
  const mine = [...set].sort((a, b) => a - b);
  for (let i = 0; i < mine.length; i++) {
    if (mine[i] !== best.set[i]) return (mine[i] as number) < (best.set[i] as number);
  }
  return false;
}

const item = fc.record({
  // Few distinct costs and values, some with decimals, so ties in value, cost and size are common.
  cost: fc.constantFrom("0", "1", "2", "2.5", "3", "5", "7.25", "10"),
  value: fc.constantFrom("-1", "0", "1", "2", "2.5", "3", "4", "6", "10"),
  group: fc.constantFrom(undefined, undefined, "a", "b", "c"),
});
const toItems = (raw: readonly { cost: string; value: string; group: string | undefined }[]): Item[] =>
  raw.map((r) => ({ cost: new Dec(r.cost), value: new Dec(r.value), group: r.group }));

describe("bestSet", () => {
  it("chooses the very set the branch and bound chose, with the same totals (random instances, fixed seed)", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 14 }), fc.constantFrom("0", "1", "4.5", "7", "12", "20", "1000"), (raw, budgetText) => {
        const items = toItems(raw);
        const budget = new Dec(budgetText);
        const mine = bestSet(items, budget);
        const reference = referenceSet(items, budget);
        expect([...mine.chosen]).toEqual(reference.chosen);
        expect(mine.value.eq(reference.value) && mine.cost.eq(reference.cost)).toBe(true);
      }),
      { seed: 20240613, numRuns: 400 },
    );
  });

  it("keeps totals exact beyond 40 digits and across scales", () => {
    const items: Item[] = [
      { cost: new Dec("1e-60"), value: new Dec(`1${"0".repeat(50)}.5`), group: undefined },
      { cost: new Dec("3e80"), value: new Dec("2.000000000000000000000000000000000000000000000001"), group: undefined },
    ];
    const best = bestSet(items, new Dec("1e81"));
    expect(best.chosen).toEqual([0, 1]);
    expect(best.value.toFixed()).toBe(`1${"0".repeat(49)}2.500000000000000000000000000000000000000000000001`);
    expect(best.cost.toFixed()).toBe(`3${"0".repeat(80)}.${"0".repeat(59)}1`);
  });

  it("splits groups whole: one item of a group however its members fall", () => {
    const items = toItems(Array.from({ length: 30 }, (_, i) => ({ cost: "1", value: String(1 + (i % 3)), group: i < 20 ? `g${i % 4}` : undefined })));
    const best = bestSet(items, new Dec(100));
    const groups = best.chosen.map((i) => items[i]?.group).filter((g) => g !== undefined);
    expect(new Set(groups).size).toBe(groups.length);
    expect(best.chosen).toEqual([...best.chosen].sort((a, b) => a - b));
    expect(best.value.toString()).toBe(String(4 * 3 + [20, 21, 22, 23, 24, 25, 26, 27, 28, 29].reduce((s, i) => s + 1 + (i % 3), 0)));
  });
});
