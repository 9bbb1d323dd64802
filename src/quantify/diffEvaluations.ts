/** What changed between two evaluations of a case, and which changed inputs explain each change. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import type { Decimal } from "../numeric/decimal.js";
import type { Evaluation, EvaluationDiff, FigureChange, Measures } from "./types.js";

const MEASURES = ["npv", "irr", "roi", "roiDiscounted", "payback", "discountedPayback", "benefits", "costs"] as const satisfies readonly (keyof Measures)[];

/**
 * Compares two evaluations of the same case (e.g. base and a scenario): every driver, quantity, line
 * amount and headline measure that changed, with the changed inputs that explain it.
 *
 * @param before - the reference evaluation
 * @param after - the evaluation to compare
 * @returns the changes only (unchanged figures are left out)
 *
 * @example
 * ```ts
 * const diff = diffEvaluations(evaluate(distributor), evaluate(distributor, { scenario: "conservative" }));
 * diff.quantities.find((c) => c.id === "quantity:workingCapitalReleased")?.because; //=> ["dsoReduction"]
 * ```
 */
export function diffEvaluations(before: Evaluation, after: Evaluation): EvaluationDiff {
  const settings: { name: string; before: string; after: string }[] = [];
  const setting = (name: string, a: string, b: string) => {
    if (a !== b) settings.push({ name, before: a, after: b });
  };
  setting("scenario", before.scenario?.id ?? "base", after.scenario?.id ?? "base");
  setting("basis", before.basis, after.basis);
  setting("discountRate", before.discountRate.toString(), after.discountRate.toString());
  const risk = (e: Evaluation) => (e.riskAdjustment === undefined ? "none" : `benefits −${e.riskAdjustment.benefits.toString()}, costs +${e.riskAdjustment.costs.toString()}`);
  setting("riskAdjustment", risk(before), risk(after));
  for (const line of after.lines) {
    const old = before.lines.find((l) => l.id === line.id);
    if (old !== undefined) setting(`probability:${line.id}`, old.probability.toString(), line.probability.toString());
    if (old !== undefined && old.included !== line.included) setting(`included:${line.id}`, String(old.included), String(line.included));
  }

  const changedDrivers = after.drivers.filter((driver) => {
    const old = before.drivers.find((d) => d.id === driver.id);
    return old === undefined || !old.value.eq(driver.value);
  });
  const changedIds = changedDrivers.map((driver) => driver.id);
  const drivers = changedDrivers.map((driver): FigureChange => {
    const old = before.drivers.find((d) => d.id === driver.id);
    return change(`driver:${driver.id}`, driver.label, old?.value ?? null, driver.value, [driver.id]);
  });

  const figureChanges = (prefix: string): FigureChange[] =>
    Object.values(after.trace)
      .filter((figure) => figure.id.startsWith(prefix) && !figure.id.includes(":base") && !figure.id.includes(":factor:"))
      .flatMap((figure) => {
        const old = before.trace[figure.id];
        if (old !== undefined && old.value.eq(figure.value)) return [];
        return [change(figure.id, figure.label, old?.value ?? null, figure.value, figure.drivers.filter((id) => changedIds.includes(id)))];
      });

  const settingNames = settings.map((s) => s.name).filter((name) => name !== "scenario");
  const measures: FigureChange[] = [];
  for (const basis of ["unadjusted", "weighted"] as const) {
    for (const name of MEASURES) {
      const a = before[basis][name];
      const b = after[basis][name];
      if (a === null && b === null) continue;
      if (a !== null && b !== null && a.eq(b)) continue;
      measures.push(change(`${basis}.${name}`, `${basis} ${name}`, a, b, [...changedIds, ...settingNames]));
    }
  }
  return deepFreeze({ settings, drivers, quantities: figureChanges("quantity:"), lines: figureChanges("line:"), measures });
}

function change(id: string, label: string, before: Decimal | null, after: Decimal | null, because: readonly string[]): FigureChange {
  return { id, label, before, after, delta: before === null || after === null ? null : after.minus(before), because };
}
