/**
 * Double-counting flags: benefit lines that draw on the same improvement driver or KPI are grouped; in
 * each connected set of overlapping lines the most valuable one is kept and the others are flagged, and
 * the totals are given with and without the flagged lines.
 */
import type { Decimal } from "../../numeric/decimal.js";
import type { DoubleCounting, LineEvaluation, OverlapGroup } from "../types.js";
import { total } from "./compute.js";
import type { Computed } from "./compute.js";
import type { Model } from "./model.js";

/** The overlap groups, the lines kept and flagged, and the weighted NPV (`rawNpv`) and benefits without the flagged lines. */
export function doubleCounting(model: Model, computed: Computed, lines: readonly LineEvaluation[], rawNpv: Decimal): DoubleCounting {
  const benefits = computed.lines.filter((lf) => lf.included && lf.model.line.kind === "benefit");
  const groups: OverlapGroup[] = [];
  for (const driver of model.drivers.filter((d) => d.improvement === true)) {
    const sharing = benefits.filter((lf) => lf.model.drivers.includes(driver.id)).map((lf) => lf.model.line.id);
    if (sharing.length > 1) groups.push({ by: "driver", key: driver.id, lines: sharing });
  }
  const kpis = [...new Set(benefits.map((lf) => lf.model.line.kpi).filter((kpi): kpi is string => kpi !== undefined))];
  for (const kpi of kpis) {
    const sharing = benefits.filter((lf) => lf.model.line.kpi === kpi).map((lf) => lf.model.line.id);
    if (sharing.length > 1) groups.push({ by: "kpi", key: kpi, lines: sharing });
  }
  // Connected sets of overlapping lines: keep the most valuable line of each.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const p = parent.get(id) ?? id;
    if (p === id) return id;
    const root = find(p);
    parent.set(id, root);
    return root;
  };
  for (const group of groups) for (const id of group.lines.slice(1)) parent.set(find(id), find(group.lines[0] as string));
  const pvOf = new Map(lines.map((line) => [line.id, line.weightedPresentValue] as const));
  const best = new Map<string, string>();
  for (const id of groups.flatMap((group) => group.lines)) {
    const root = find(id);
    const current = best.get(root);
    if (current === undefined || (pvOf.get(id) as Decimal).gt(pvOf.get(current) as Decimal)) best.set(root, id);
  }
  const involved = [...new Set(groups.flatMap((group) => group.lines))];
  const kept = involved.filter((id) => best.get(find(id)) === id);
  const flagged = involved.filter((id) => !kept.includes(id));
  const flaggedPv = total(flagged.map((id) => pvOf.get(id) as Decimal));
  const nominal = (ids: (id: string) => boolean) => total(lines.filter((line) => line.kind === "benefit" && ids(line.id)).map((line) => total(line.weightedFlows)));
  return {
    groups,
    kept,
    flagged,
    rawNpv,
    unflaggedNpv: rawNpv.minus(flaggedPv),
    rawBenefits: nominal(() => true),
    unflaggedBenefits: nominal((id) => !flagged.includes(id)),
  };
}
