/**
 * Exact 0/1 choice under a budget, with groups of mutually exclusive items: depth-first branch and
 * bound over items sorted by value per unit of cost, bounded by the fractional (greedy) relaxation.
 * All arithmetic in Decimal, so the optimum is exact; ties are broken by a fixed rule (see `better`).
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";

export interface Item {
  readonly cost: Decimal;
  readonly value: Decimal;
  readonly group: string | undefined;
}

/** The best set: indexes into the items, ascending. */
export interface Best {
  readonly chosen: readonly number[];
  readonly value: Decimal;
  readonly cost: Decimal;
  /** Search nodes visited. */
  readonly nodes: number;
}

const ZERO = new Dec(0);

/**
 * The set of items with the largest total value whose total cost is at most `budget`, taking at most
 * one item of each group. Items of value ≤ 0 are never worth taking. Among sets of equal value the
 * cheaper wins, then the smaller, then the one holding the earliest item where they differ.
 */
export function bestSet(items: readonly Item[], budget: Decimal): Best {
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
  let nodes = 0;

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
    nodes++;
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
  return { chosen: best.set, value: best.value, cost: best.cost, nodes };
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
