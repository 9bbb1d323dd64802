/**
 * Adjacency maps over a built BVF, made in one linear pass, so checks, queries and the roll-up never scan
 * a list inside a loop. "Up" follows the value chain towards executive KPIs, "down" towards solutions.
 */
import type { IssuePath } from "../../errors/ValueframeError.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { Bvf, BvfNode, BvfNodeKind } from "../types.js";

/** Where a node lives in the graph. */
export interface Located {
  readonly kind: BvfNodeKind;
  readonly path: IssuePath;
  readonly node: BvfNode;
}

/** One link of the value chain, seen from either end. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  /** The link's elasticity (intention → executive KPI) or weight (operational KPI → intention or KPI). */
  readonly weight?: Decimal;
}

/** Adjacency of one built BVF. */
export interface GraphIndex {
  readonly nodes: ReadonlyMap<string, Located>;
  /** Value-chain links leaving each node upwards (solution → operational KPI → … → executive KPI). */
  readonly up: ReadonlyMap<string, readonly Edge[]>;
  /** Value-chain links arriving at each node from below. */
  readonly down: ReadonlyMap<string, readonly Edge[]>;
  /** Seller KPIs linked to each executive KPI. */
  readonly sellersOf: ReadonlyMap<string, readonly string[]>;
  /** Operational KPIs with every feeder before the KPI it feeds. */
  readonly operationalOrder: readonly string[];
}

/** An empty list to read when a node has no links. */
export const NONE: readonly never[] = Object.freeze([]);

/** Builds the adjacency of a (valid, acyclic) BVF in O(nodes + links). */
export function indexBvf(graph: Bvf): GraphIndex {
  const nodes = new Map<string, Located>();
  const up = new Map<string, Edge[]>();
  const down = new Map<string, Edge[]>();
  const sellersOf = new Map<string, string[]>();
  const add = (list: readonly BvfNode[], kind: BvfNodeKind, key: string): void => {
    list.forEach((node, index) => nodes.set(node.id, { kind, path: [key, index], node }));
  };
  add(graph.executiveKpis, "executiveKpi", "executiveKpis");
  add(graph.sellerKpis, "sellerKpi", "sellerKpis");
  add(graph.intentions, "intention", "intentions");
  add(graph.operationalKpis, "operationalKpi", "operationalKpis");
  add(graph.solutions, "solution", "solutions");
  add(graph.competitors, "competitor", "competitors");
  const link = (edge: Edge): void => {
    push(up, edge.from, edge);
    push(down, edge.to, edge);
  };
  for (const node of graph.intentions) for (const l of node.serves) link(withWeight(node.id, l.id, l.elasticity));
  for (const node of graph.operationalKpis) for (const l of node.serves) link(withWeight(node.id, l.id, l.weight));
  for (const node of graph.solutions) for (const l of node.serves) link({ from: node.id, to: l.id });
  for (const node of graph.sellerKpis) for (const id of node.serves) push(sellersOf, id, node.id);
  return { nodes, up, down, sellersOf, operationalOrder: operationalOrder(graph, up, down) };
}

function withWeight(from: string, to: string, weight: Edge["weight"]): Edge {
  return weight === undefined ? { from, to } : { from, to, weight };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Kahn's algorithm over operational KPIs feeding each other (validation has ruled out cycles). */
function operationalOrder(graph: Bvf, up: ReadonlyMap<string, readonly Edge[]>, down: ReadonlyMap<string, readonly Edge[]>): string[] {
  const isOperational = new Set(graph.operationalKpis.map((kpi) => kpi.id));
  const pending = new Map<string, number>();
  for (const kpi of graph.operationalKpis) {
    pending.set(kpi.id, (down.get(kpi.id) ?? NONE).filter((edge) => isOperational.has(edge.from)).length);
  }
  const order = graph.operationalKpis.filter((kpi) => pending.get(kpi.id) === 0).map((kpi) => kpi.id);
  for (let i = 0; i < order.length; i++) {
    for (const edge of up.get(order[i]!) ?? NONE) {
      if (!isOperational.has(edge.to)) continue;
      const left = (pending.get(edge.to) ?? 0) - 1;
      pending.set(edge.to, left);
      if (left === 0) order.push(edge.to);
    }
  }
  return order;
}
