/** Solution alternatives (e.g. resolve vs bypass) compared by unadjusted and risk-adjusted NPV. */
import * as z from "zod";
import { deepFreeze } from "../_internal/deepFreeze.js";
import type { Decimal } from "../numeric/decimal.js";
import { modelOf } from "./defineValueCase.js";
import { riskAdjustmentSchema } from "./schema.js";
import type { RiskAdjustmentInput, ValueCase, ValueCaseInput } from "./schema.js";
import type { AlternativeComparison, AlternativeOption, AlternativesComparison, CaseOptions } from "./types.js";
import { caseNpv, compute } from "./_internal/compute.js";
import type { ComputeSettings } from "./_internal/compute.js";
import { parseOptions } from "./_internal/options.js";
import { NO_WORTH, solutionWorths } from "./_internal/solutionValues.js";

/** Options of {@link compareAlternatives}. */
export interface CompareAlternativesOptions extends Omit<CaseOptions, "basis"> {
  /** Benefits × (1 − benefits), costs × (1 + costs) in the risk-adjusted figures (default: the scenario's, else none). */
  readonly riskAdjustment?: RiskAdjustmentInput;
}

const optionsSchema = z.strictObject({
  riskAdjustment: riskAdjustmentSchema.optional(),
  scenario: z.unknown().optional(),
  drivers: z.unknown().optional(),
  excludeLines: z.unknown().optional(),
});

/**
 * Compares the options of each alternative of a case (mutually exclusive solutions for one issue, e.g.
 * resolve the issue or bypass it): for each option, the whole case is evaluated exactly with that option
 * chosen and the other alternatives as the case has them, both unadjusted (no probability, no risk
 * adjustment) and risk-adjusted (probability-weighted and scaled by the risk adjustment).
 *
 * @param valueCase - a defined case or case data
 * @param options - `riskAdjustment` and the shared `scenario` / `drivers`
 * @returns one comparison per alternative, options in the case's order, with the best of each
 * @throws {QuantifyArgumentError} `QUANTIFY_INVALID_ARGUMENT` for a bad risk adjustment, scenario or driver
 *
 * @example
 * ```ts
 * const [dso] = compareAlternatives(withFactoring, { riskAdjustment: { benefits: "0.1", costs: "0.1" } }).alternatives;
 * dso.options.map((option) => option.solution); //=> ["sol-credit-to-cash", "sol-factoring"]
 * dso.best; //=> "sol-credit-to-cash"
 * ```
 */
export function compareAlternatives(valueCase: ValueCase | ValueCaseInput, options?: CompareAlternativesOptions): AlternativesComparison {
  const model = modelOf(valueCase);
  const { data, resolved } = parseOptions(model, options, optionsSchema, "alternatives options");
  const riskAdjustment = data.riskAdjustment ?? resolved.settings.riskAdjustment;
  const adjusted: ComputeSettings = { ...resolved.settings, riskAdjustment };
  const plain: ComputeSettings = { ...resolved.settings, riskAdjustment: undefined };
  const worths = solutionWorths(model, adjusted);
  const alternatives = (model.valueCase.alternatives ?? []).map((alternative): AlternativeComparison => {
    const inCase = alternative.chosen ?? alternative.options[0];
    const rows = alternative.options.map((solution): AlternativeOption => {
      const chosen = new Map([[alternative.id, solution]]);
      const worth = worths.get(solution) ?? NO_WORTH;
      return {
        solution,
        chosenInCase: solution === inCase,
        npv: caseNpv(compute(model, { ...plain, chosen }), false),
        riskAdjustedNpv: caseNpv(compute(model, { ...adjusted, chosen }), true),
        solutionNpv: worth.npv,
        solutionRiskAdjustedNpv: worth.riskAdjustedNpv,
        presentCost: worth.presentCost,
        lines: worth.lines,
      };
    });
    const top = (pick: (row: AlternativeOption) => Decimal): string =>
      rows.reduce((best, row) => (pick(row).gt(pick(best)) ? row : best)).solution;
    const best = top((row) => row.riskAdjustedNpv);
    const bestUnadjusted = top((row) => row.npv);
    return { id: alternative.id, label: alternative.label ?? alternative.id, options: rows, best, bestUnadjusted, riskChangesChoice: best !== bestUnadjusted };
  });
  return deepFreeze({ riskAdjustment, alternatives });
}
