/**
 * The words of a pursuit that the Markdown document and the timeline picture share: a stage by its
 * number and name, a month, the checks a pursuit and its options must pass, and the empty buying
 * centre the moves are worked out against when none is given.
 */
import { asOfIssues } from "../../_internal/asOf.js";
import { subjectKind } from "../../_internal/subjectKind.js";
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import type { BuyingCentre } from "../../people/schema.js";
import { stageIds, type StageNumber } from "../../pursuit/process.js";
import type { TextMessages } from "../locales/types.js";

/** A stage's name in the locale: 7 → "evaluating solutions" / "评估方案". */
export function stageName(t: TextMessages, stage: StageNumber): string {
  return t.pursuit.stageNames[stageIds[stage - 1]!];
}

/** A stage in a sentence: "stage 7 (evaluating solutions)". */
export function stageRef(t: TextMessages, stage: StageNumber): string {
  return t.pursuit.stage(String(stage), stageName(t, stage));
}

/** A stage in a table cell: "7 — evaluating solutions". */
export function stageCell(t: TextMessages, stage: StageNumber): string {
  return t.pursuit.stageCell(String(stage), stageName(t, stage));
}

/** A calendar month (`YYYY-MM`) in the locale's words: "October 2026" / "2026年10月"; `short` for axis labels. */
export function formatMonth(localeId: string, month: string, short = false): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(localeId, { year: "numeric", month: short ? "short" : "long", timeZone: "UTC" }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** A buying centre of no one: what the moves are worked out against when the caller gives none (names fall back to ids). */
export const NO_CENTRE: BuyingCentre = Object.freeze({ people: Object.freeze([]), relations: Object.freeze([]), factions: Object.freeze([]) }) as unknown as BuyingCentre;

/** Whether a value has the shape of a pursuit: the lists of `definePursuit`. */
export function isPursuit(value: unknown): boolean {
  return subjectKind(value) === "pursuit";
}

/** The problems of the options a pursuit's output shares: `asOf` a calendar date, `centre` a buying centre. */
export function pursuitOptionIssues(given: { readonly asOf?: unknown; readonly centre?: unknown } | undefined): ValueframeIssue[] {
  const issues: ValueframeIssue[] = [...asOfIssues(given?.asOf)];
  const centre = given?.centre;
  if (centre !== undefined && (typeof centre !== "object" || centre === null || !Array.isArray((centre as { people?: unknown }).people))) {
    issues.push({ path: ["centre"], code: "invalid_type", message: "expected a buying centre (from defineBuyingCentre), with its people" });
  }
  return issues;
}
