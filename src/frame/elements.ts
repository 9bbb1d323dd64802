/** The five kinds of element in a reference frame, the frame key that holds each and how to name them. */
import type { CriticalIssue } from "./criticalIssue.js";
import type { Goal } from "./goal.js";
import type { PerformanceValue } from "./performanceValue.js";
import type { Solution } from "./solution.js";
import type { SuccessFactor } from "./successFactor.js";

/** The element kinds, top of the chain first. */
export const elementKinds = ["goal", "successFactor", "issue", "solution", "value"] as const;

/** One kind of frame element. */
export type ElementKind = (typeof elementKinds)[number];

/** What a kind of element is called, and where a frame keeps it. */
export interface ElementKindInfo {
  /** The frame key holding the elements of this kind. */
  readonly section: "goals" | "successFactors" | "issues" | "solutions" | "values";
  /** A short name used in messages: `issue "cbi-dso" hurts unknown success factor "csf-x"`. */
  readonly label: string;
  /** The method's full term. */
  readonly term: string;
}

/**
 * How each element kind is named and where a frame keeps it.
 *
 * @example
 * ```ts
 * import { elementKindInfo } from "valueframe";
 * elementKindInfo.successFactor.section; //=> "successFactors"
 * elementKindInfo.issue.term; //=> "critical issue"
 * ```
 */
export const elementKindInfo: { readonly [K in ElementKind]: ElementKindInfo } = Object.freeze({
  goal: Object.freeze({ section: "goals", label: "goal", term: "strategic goal" }),
  successFactor: Object.freeze({ section: "successFactors", label: "success factor", term: "critical success factor" }),
  issue: Object.freeze({ section: "issues", label: "issue", term: "critical issue" }),
  solution: Object.freeze({ section: "solutions", label: "solution", term: "high-energy solution" }),
  value: Object.freeze({ section: "values", label: "value", term: "performance value" }),
});

/** An element of a frame together with its kind, as {@link findElement} returns it. */
export type FrameElement =
  | { readonly kind: "goal"; readonly element: Goal }
  | { readonly kind: "successFactor"; readonly element: SuccessFactor }
  | { readonly kind: "issue"; readonly element: CriticalIssue }
  | { readonly kind: "solution"; readonly element: Solution }
  | { readonly kind: "value"; readonly element: PerformanceValue };
