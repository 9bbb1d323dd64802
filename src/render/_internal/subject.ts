/** Tells a frame, an evaluation and a BVF apart by the shape of their frozen data. */
import type { Bvf } from "../../bvf/types.js";
import type { Frame } from "../../frame/frame.js";
import type { Evaluation } from "../../quantify/types.js";
import { RenderArgumentError } from "../errors.js";

/** What can be rendered, with its kind. */
export type Subject = { readonly kind: "frame"; readonly value: Frame } | { readonly kind: "evaluation"; readonly value: Evaluation } | { readonly kind: "bvf"; readonly value: Bvf };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/** The kind of a subject, or a {@link RenderArgumentError} saying what was expected. */
export function subjectOf(fn: string, value: unknown): Subject {
  if (isObject(value)) {
    if (isObject(value["customer"]) && typeof value["currency"] === "string" && Array.isArray(value["goals"])) return { kind: "frame", value: value as unknown as Frame };
    if (isObject(value["trace"]) && Array.isArray(value["periods"]) && Array.isArray(value["lines"])) return { kind: "evaluation", value: value as unknown as Evaluation };
    if (Array.isArray(value["executiveKpis"]) && Array.isArray(value["intentions"]) && Array.isArray(value["solutions"])) return { kind: "bvf", value: value as unknown as Bvf };
  }
  const got = value === null ? "null" : Array.isArray(value) ? "an array" : isObject(value) ? "an object of another shape" : typeof value;
  throw new RenderArgumentError(`${fn}: expected a frame (defineFrame), an evaluation (evaluate) or a BVF (defineBvf), got ${got}`);
}
