/**
 * Orders problems as their paths appear in the input: object keys in their written order, array items
 * by index. For parsed JSON or YAML that is the order of the file, so a list of problems reads top to
 * bottom; for data written in code, the order it was written in.
 */
import type { IssuePath } from "../errors/ValueframeError.js";
import { isRecord } from "./isRecord.js";

/** The issues sorted by where their paths lead in `input`; issues at the same place keep their order. */
export function inInputOrder<I extends { readonly path: IssuePath }>(issues: readonly I[], input: unknown): I[] {
  const keyed = issues.map((issue, index) => ({ issue, index, place: placeOf(issue.path, input) }));
  keyed.sort((a, b) => comparePlaces(a.place, b.place) || a.index - b.index);
  return keyed.map((entry) => entry.issue);
}

/** The position of each path segment among its siblings; a key the input lacks sorts first (it is reported at its parent). */
function placeOf(path: IssuePath, input: unknown): number[] {
  const place: number[] = [];
  let node = input;
  for (const part of path) {
    if (Array.isArray(node) && typeof part === "number") {
      place.push(part);
      node = node[part];
    } else if (isRecord(node)) {
      place.push(Object.keys(node).indexOf(String(part)));
      node = Object.prototype.hasOwnProperty.call(node, part) ? node[String(part)] : undefined;
    } else break;
  }
  return place;
}

function comparePlaces(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = (a[i] as number) - (b[i] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
