/**
 * Exact 0/1 choice under a budget, with groups of mutually exclusive items, by meeting in the middle:
 * whole groups are split into two halves, every affordable set of each half is listed (at most 2^15 for
 * 30 items), and each set of one half is paired with the best set of the other that still fits. The work
 * is about 2^(n/2) · n whatever the costs and values, where a branch and bound over equal-density items
 * visits nearly all 2^n sets (24 such items took a minute, 30 an hour). Costs and values are added as
 * integers on one decimal scale each (BigInt), so the optimum and its totals are exact; ties are broken
 * by a fixed rule (see {@link bestSet}).
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
  /** Sets of the two halves listed (the search's work). */
  readonly nodes: number;
}

/** Most items {@link bestSet} takes: the tie-break mask below holds one bit per item in a float64 integer. */
export const MAX_ITEMS = 48;

/**
 * A set of one half: its totals (scaled integers) and its tie-break mask, Σ 2^(n − 1 − i) over its item
 * indexes i (so the larger mask holds the earliest item where two sets differ; masks of the two halves
 * add up exactly).
 */
interface Part {
  readonly value: bigint;
  readonly cost: bigint;
  readonly size: number;
  readonly mask: number;
}

const EMPTY: Part = { value: 0n, cost: 0n, size: 0, mask: 0 };

/** Decimals as integers on their common scale, 10^places: exact, and far cheaper to add and compare. */
function scaled(values: readonly Decimal[]): { integers: bigint[]; places: number } {
  const places = Math.max(0, ...values.map((value) => value.decimalPlaces()));
  const integers = values.map((value) => {
    const [whole = "0", fraction = ""] = value.toFixed().split(".");
    return BigInt(whole + fraction.padEnd(places, "0"));
  });
  return { integers, places };
}

const decimalOf = (integer: bigint, places: number): Decimal => new Dec(`${integer}e-${places}`);

/**
 * The set of items with the largest total value whose total cost is at most `budget`, taking at most
 * one item of each group. Items of value ≤ 0 are never worth taking. Among sets of equal value the
 * cheaper wins, then the smaller, then the one holding the earliest item where they differ.
 */
export function bestSet(items: readonly Item[], budget: Decimal): Best {
  if (items.length > MAX_ITEMS) throw new RangeError(`bestSet takes at most ${MAX_ITEMS} items`);
  const useful = items.map((_, i) => i).filter((i) => (items[i] as Item).value.isPositive() && (items[i] as Item).cost.lte(budget));
  const [left, right] = halves(useful.map((i) => ({ index: i, group: (items[i] as Item).group })));
  const costs = scaled([...items.map((item) => item.cost), budget]);
  const values = scaled(items.map((item) => item.value));
  const scaledItems = items.map((_, i) => ({ cost: costs.integers[i] as bigint, value: values.integers[i] as bigint, weight: 2 ** (items.length - 1 - i) }));
  const limit = costs.integers[items.length] as bigint;
  const ours = setsOf(left, scaledItems, limit);
  const theirs = setsOf(right, scaledItems, limit).sort((a, b) => (a.cost < b.cost ? -1 : a.cost > b.cost ? 1 : compare(b, a)));
  // bestUpTo[k]: the best of theirs[0..k]; every set up to a cost fits beside the same sets of ours.
  const bestUpTo: Part[] = [];
  theirs.forEach((part, k) => bestUpTo.push(k > 0 && compare(bestUpTo[k - 1] as Part, part) >= 0 ? (bestUpTo[k - 1] as Part) : part));

  let best = EMPTY;
  for (const part of ours) {
    const room = limit - part.cost;
    let lo = 0;
    let hi = theirs.length - 1; // theirs[0] costs 0 (the empty set is among them), so it always fits
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((theirs[mid] as Part).cost <= room) lo = mid;
      else hi = mid - 1;
    }
    const other = bestUpTo[lo] as Part;
    const both = { value: part.value + other.value, cost: part.cost + other.cost, size: part.size + other.size, mask: part.mask + other.mask };
    if (compare(both, best) > 0) best = both;
  }
  const chosen = scaledItems.map((_, i) => i).filter((i) => Math.floor(best.mask / (scaledItems[i] as { weight: number }).weight) % 2 === 1);
  return { chosen, value: decimalOf(best.value, values.places), cost: decimalOf(best.cost, costs.places), nodes: ours.length + theirs.length };
}

/** > 0 when `a` is the better set: larger value, then lower cost, then fewer items, then the larger mask. */
function compare(a: Part, b: Part): number {
  if (a.value !== b.value) return a.value > b.value ? 1 : -1;
  if (a.cost !== b.cost) return a.cost < b.cost ? 1 : -1;
  return b.size - a.size || a.mask - b.mask;
}

/**
 * Splits the items into two halves of whole groups (an ungrouped item is a group of one) so that the
 * numbers of sets of the halves, Π (group size + 1), are as even as a greedy split makes them: largest
 * groups first, each to the half with fewer sets so far. Whole groups keep the halves independent.
 */
function halves(entries: readonly { index: number; group: string | undefined }[]): [number[][], number[][]] {
  const groups = new Map<string, number[]>();
  const units: number[][] = [];
  for (const { index, group } of entries) {
    if (group === undefined) {
      units.push([index]);
      continue;
    }
    const members = groups.get(group);
    if (members === undefined) {
      const created = [index];
      groups.set(group, created);
      units.push(created);
    } else members.push(index);
  }
  const ordered = units.map((unit, k) => ({ unit, k })).sort((a, b) => b.unit.length - a.unit.length || a.k - b.k);
  const out: [number[][], number[][]] = [[], []];
  const logSets = [0, 0];
  for (const { unit } of ordered) {
    const side = (logSets[0] as number) <= (logSets[1] as number) ? 0 : 1;
    out[side].push(unit);
    logSets[side] = (logSets[side] as number) + Math.log2(unit.length + 1);
  }
  return out;
}

/** Every set of the half's groups (at most one item of each) whose cost fits the budget. */
function setsOf(groups: readonly (readonly number[])[], items: readonly { cost: bigint; value: bigint; weight: number }[], limit: bigint): Part[] {
  let sets: Part[] = [EMPTY];
  for (const group of groups) {
    const next = [...sets];
    for (const set of sets) {
      for (const i of group) {
        const item = items[i] as { cost: bigint; value: bigint; weight: number };
        const cost = set.cost + item.cost;
        // Costs are ≥ 0, so a set over the budget has no affordable superset.
        if (cost <= limit) next.push({ value: set.value + item.value, cost, size: set.size + 1, mask: set.mask + item.weight });
      }
    }
    sets = next;
  }
  return sets;
}
