/**
 * The order a value case is computed in: cycles among quantity formulas are reported, quantities are
 * put after the quantities they use, and every driver and quantity gets its slot (drivers first, in
 * declaration order, then quantities in that order).
 */
import type { Quantity, ValueCase } from "../schema.js";
import { symbolsOf } from "./formula.js";
import type { Expr } from "./formula.js";
import type { AddIssue } from "./issues.js";

/** The computing order: quantity indexes, whether a cycle was found, and the slot of every name. */
export interface EvaluationOrder {
  readonly order: readonly number[];
  readonly cyclic: boolean;
  readonly slots: ReadonlyMap<string, number>;
}

/** `exprs[i]` is the parsed formula of quantity i (undefined when it did not parse). */
export function evaluationOrder(valueCase: ValueCase, exprs: readonly (Expr | undefined)[], add: AddIssue): EvaluationOrder {
  const quantities = valueCase.quantities ?? [];
  const quantityIndex = new Map(quantities.map((quantity, i) => [quantity.id, i] as const));
  const order: number[] = [];
  const state = new Map<number, "visiting" | "done">();
  const reported = new Set<string>();
  const visit = (i: number, stack: number[]): void => {
    const seen = state.get(i);
    if (seen === "done") return;
    if (seen === "visiting") {
      const cycle = stack.slice(stack.indexOf(i)).concat(i).map((k) => quantities[k]?.id ?? "?");
      const key = [...cycle.slice(0, -1)].sort().join(" ");
      if (!reported.has(key)) {
        reported.add(key);
        add(["quantities", i, "formula"], "formula_cycle", `formulas depend on each other in a cycle: ${cycle.join(" → ")}`);
      }
      return;
    }
    state.set(i, "visiting");
    const expr = exprs[i];
    if (expr !== undefined) {
      for (const name of symbolsOf(expr)) {
        const k = quantityIndex.get(name);
        if (k !== undefined) visit(k, [...stack, i]);
      }
    }
    state.set(i, "done");
    order.push(i);
  };
  quantities.forEach((_, i) => visit(i, []));

  const slots = new Map<string, number>();
  const place = (id: string): void => {
    if (!slots.has(id)) slots.set(id, slots.size);
  };
  valueCase.drivers.forEach((driver) => place(driver.id));
  for (const i of order) place((quantities[i] as Quantity).id);
  return { order, cyclic: reported.size > 0, slots };
}
