/** Path enumeration and node lookup shared by the BVF queries. */
import { BvfLookupError } from "../errors.js";
import type { BvfNodeKind } from "../types.js";
import { KIND_LABEL } from "./labels.js";
import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { Bvf } from "../types.js";
import { indexBvf, NONE, type GraphIndex } from "./graphIndex.js";

/** The value-chain levels a path can start from. */
export const CHAIN_KINDS: readonly BvfNodeKind[] = ["executiveKpi", "intention", "operationalKpi", "solution"];

/** Throws {@link BvfLookupError} unless `id` is a node of one of `kinds`. */
export function requireNode(index: GraphIndex, id: string, kinds: readonly BvfNodeKind[]): void {
  const found = index.nodes.get(id);
  if (found === undefined) throw new BvfLookupError(id, `the BVF has no node "${id}"`);
  if (!kinds.includes(found.kind)) {
    throw new BvfLookupError(id, `"${id}" is ${KIND_LABEL[found.kind]}; expected ${kinds.map((kind) => KIND_LABEL[kind]).join(" or ")}`);
  }
}

/** Every maximal path from `start` following `next` (the graph is acyclic), depth first, in link order. */
export function maximalPaths(start: string, next: (id: string) => readonly string[]): string[][] {
  const paths: string[][] = [];
  const path: string[] = [start];
  const cursor: number[] = [0];
  while (path.length > 0) {
    const depth = path.length - 1;
    const children = next(path[depth]!);
    const at = cursor[depth]!;
    if (at === 0 && children.length === 0) paths.push([...path]);
    if (at < children.length) {
      cursor[depth] = at + 1;
      path.push(children[at]!);
      cursor.push(0);
    } else {
      path.pop();
      cursor.pop();
    }
  }
  return paths;
}

/** Every maximal path from a value-chain node up (towards executive KPIs) or down (towards solutions). */
export function chainPaths(graph: Bvf, id: string, direction: "up" | "down"): readonly (readonly string[])[] {
  const index = indexBvf(graph);
  requireNode(index, id, CHAIN_KINDS);
  const next =
    direction === "up"
      ? (node: string) => (index.up.get(node) ?? NONE).map((edge) => edge.to)
      : (node: string) => (index.down.get(node) ?? NONE).map((edge) => edge.from);
  return deepFreeze(maximalPaths(id, next));
}
