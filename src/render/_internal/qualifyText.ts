/**
 * What the qualification's Markdown, the account plan's and their charts share: telling a qualification
 * and an account plan by their shape, the checks of the options they take, and the names of what the
 * purchase criteria link to (a need of the frame, a solution of the BVF, a supplier, a person).
 */
import { subjectKind } from "../../_internal/subjectKind.js";
import type { Bvf } from "../../bvf/types.js";
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import type { Frame } from "../../frame/frame.js";
import type { BuyingCentre } from "../../people/schema.js";
import type { PurchaseCriteria } from "../../qualify/purchaseCriteria.js";
import type { Qualification } from "../../qualify/schema.js";
import type { TextMessages } from "../locales/types.js";
import { code, md } from "./markdown.js";
import { centreOptionIssues } from "./realiseText.js";

/** Whether a value has the shape of a qualification (from defineQualification); an empty one counts. */
export function isQualification(value: unknown): value is Qualification {
  return typeof value === "object" && value !== null && !Array.isArray(value) && (Object.keys(value).length === 0 || subjectKind(value) === "qualification");
}

/** Whether a value has the shape of an account plan (from defineAccountPlan). */
export function isAccountPlan(value: unknown): boolean {
  return subjectKind(value) === "accountPlan";
}

/** The message of a subject that is not a qualification. */
export const NOT_A_QUALIFICATION = "expected a qualification (from defineQualification): an object of its parts (prospect, lead, assessment, criteria, valueMatrix, opening, fiveWTwoP, painVisionPower, funnel)";

/** The message of a subject that is not an account plan. */
export const NOT_AN_ACCOUNT_PLAN = "expected an account plan (from defineAccountPlan), with its account and answers";

/** The problems of the options a qualification's output takes: `centre` a buying centre, `frame` a frame, `bvf` a BVF. */
export function qualifyOptionIssues(given: { readonly centre?: unknown; readonly frame?: unknown; readonly bvf?: unknown } | undefined): ValueframeIssue[] {
  const issues = centreOptionIssues(given?.centre);
  const has = (value: unknown, list: string) => typeof value === "object" && value !== null && Array.isArray((value as Record<string, unknown>)[list]);
  if (given?.frame !== undefined && !has(given.frame, "goals")) issues.push({ path: ["frame"], code: "invalid_type", message: "expected a frame (from defineFrame), with its goals and issues" });
  if (given?.bvf !== undefined && !has(given.bvf, "solutions")) issues.push({ path: ["bvf"], code: "invalid_type", message: "expected a BVF (from defineBvf), with its solutions" });
  return issues;
}

/** The purchase criteria a chart draws: a qualification's, or a table from definePurchaseCriteria. */
export function criteriaOf(subject: Qualification | PurchaseCriteria): PurchaseCriteria | undefined {
  const table = subject as Partial<PurchaseCriteria>;
  if (Array.isArray(table.criteria) && Array.isArray(table.suppliers)) return subject as PurchaseCriteria;
  return (subject as Qualification).criteria;
}

/** What names the links of a qualification: the frame's needs, the BVF's solutions, the buying centre's people. */
export interface QualifyNames {
  /** A person named with their id: "**Li Wei** `p-cfo`"; the id alone when the centre does not name them. */
  readonly person: (id: string) => string;
  /** A goal or critical issue of the frame: "**Operating cash flow** `g-cash`", else its id. */
  readonly need: (id: string | undefined) => string;
  /** A solution of the BVF: "**Collection workflow** `v-collection-workflow`", else its id. */
  readonly solution: (id: string | undefined) => string;
}

/** The namers of a qualification's links, from what the caller gives. */
export function qualifyNames(none: string, options: { readonly centre?: BuyingCentre | undefined; readonly frame?: Frame | undefined; readonly bvf?: Bvf | undefined }): QualifyNames {
  const named = (names: ReadonlyMap<string, string>) => (id: string | undefined) => {
    if (id === undefined) return none;
    const name = names.get(id);
    return name === undefined ? code(id) : `**${md(name)}** ${code(id)}`;
  };
  const frame = options.frame;
  return {
    person: named(new Map((options.centre?.people ?? []).map((p) => [p.id, p.name]))) as (id: string) => string,
    need: named(new Map([...(frame?.goals ?? []), ...(frame?.issues ?? [])].map((x) => [x.id, x.name]))),
    solution: named(new Map((options.bvf?.solutions ?? []).map((s) => [s.id, s.name]))),
  };
}

/** A supplier's name as written, ours marked: "Lianyun (us)". Plain text: escape it for Markdown. */
export function supplierLabel(t: TextMessages, supplier: { readonly name: string; readonly us: boolean }): string {
  return supplier.us ? t.qualify.criteria.us(supplier.name) : supplier.name;
}
