/**
 * What the realisation's Markdown document and its charts share: telling a realisation track by its
 * shape, the checks of the options they take, and the counted measurements of a KPI.
 */
import { subjectKind } from "../../_internal/subjectKind.js";
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { TrackedKpi, TrackedMeasurement } from "../../realise/trackRealisation.js";

/** Whether a value has the shape of a realisation track (from trackRealisation). */
export function isRealisationTrack(value: unknown): boolean {
  return subjectKind(value) === "realisation";
}

/** The message of a subject that is not a realisation track. */
export const NOT_A_TRACK = "expected a realisation track (from trackRealisation), with its kpis, money and asOf";

/** The problems of a `kpi` option: a KPI id the track holds. */
export function kpiOptionIssues(given: { readonly kpi?: unknown } | undefined, kpis: readonly TrackedKpi[] | undefined): ValueframeIssue[] {
  const kpi = given?.kpi;
  if (kpi === undefined) return [];
  if (typeof kpi !== "string") return [{ path: ["kpi"], code: "invalid_type", message: `must be a KPI id (a string), got ${JSON.stringify(kpi)}` }];
  if (kpis !== undefined && !kpis.some((k) => k.kpi.id === kpi)) {
    return [{ path: ["kpi"], code: "unknown_reference", message: `unknown KPI ${JSON.stringify(kpi)}; the realisation's KPIs are ${kpis.map((k) => `"${k.kpi.id}"`).join(", ") || "none"}` }];
  }
  return [];
}

/** The problems of a `centre` option: a buying centre. */
export function centreOptionIssues(centre: unknown): ValueframeIssue[] {
  if (centre === undefined || (typeof centre === "object" && centre !== null && Array.isArray((centre as { people?: unknown }).people))) return [];
  return [{ path: ["centre"], code: "invalid_type", message: "expected a buying centre (from defineBuyingCentre), with its people" }];
}

/** The measurements of a KPI that count: those no correction replaced, in date order. */
export function countedOf(kpi: TrackedKpi): readonly TrackedMeasurement[] {
  return kpi.history.filter((m) => !m.replaced);
}

/** A KPI's value with its unit as the KPI writes it: "55 days", "9 % of receivables", "12%". */
export function kpiValue(number: (value: Decimal) => string, value: Decimal, unit: string): string {
  const trimmed = unit.trim();
  return trimmed === "%" ? `${number(value)}%` : trimmed === "" || trimmed === "1" ? number(value) : `${number(value)} ${unit}`;
}
