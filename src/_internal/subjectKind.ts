/**
 * Tells the library's displayable results apart by the shape of their frozen data, so render and the
 * notebook display dispatch without importing the models. A new model adds one line here.
 */

/** The kinds of result render and the notebook display know. */
export type SubjectKind = "frame" | "evaluation" | "bvf" | "buyingCentre" | "pursuit" | "realisation" | "qualification" | "accountPlan" | "territory";

/** The members a qualification may hold (valueframe/qualify's schema): it holds at least one and nothing else. */
const QUALIFICATION_KEYS = new Set(["prospect", "lead", "assessment", "criteria", "valueMatrix", "opening", "fiveWTwoP", "painVisionPower", "funnel"]);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** The kind of a result, or `undefined` when it is none of them. */
export function subjectKind(value: unknown): SubjectKind | undefined {
  if (!isObject(value)) return undefined;
  if (isObject(value["customer"]) && typeof value["currency"] === "string" && Array.isArray(value["goals"])) return "frame";
  if (isObject(value["trace"]) && Array.isArray(value["periods"]) && Array.isArray(value["lines"])) return "evaluation";
  if (Array.isArray(value["executiveKpis"]) && Array.isArray(value["intentions"]) && Array.isArray(value["solutions"])) return "bvf";
  if (Array.isArray(value["people"]) && Array.isArray(value["relations"]) && Array.isArray(value["factions"])) return "buyingCentre";
  if (Array.isArray(value["stages"]) && Array.isArray(value["visits"]) && Array.isArray(value["concerns"])) return "pursuit";
  if (Array.isArray(value["kpis"]) && isObject(value["money"]) && Array.isArray(value["money"]["periods"]) && typeof value["asOf"] === "string") return "realisation";
  if (typeof value["account"] === "string" && isObject(value["answers"])) return "accountPlan";
  if (isObject(value["pipeline"]) && value["pipeline"]["measure"] === "sellerStageWeightedRevenue" && Array.isArray(value["opportunities"])) return "territory";
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((key) => QUALIFICATION_KEYS.has(key))) return "qualification";
  return undefined;
}

/** How an unexpected value is described in an error message. */
export function describeValue(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : isObject(value) ? "an object of another shape" : typeof value;
}
