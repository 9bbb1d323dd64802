/**
 * Effective link weights for the roll-up. The weights (or elasticities) of the links into one node are
 * shares of that node's improvement; links given without one split what is left of 1 equally (never
 * below 0). So a node fed by three unweighted links takes a third of each.
 */
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { Edge, GraphIndex } from "./graphIndex.js";

/** How the weights into one node were completed. */
export interface DefaultedWeights {
  readonly target: string;
  /** Sources whose link had no weight. */
  readonly defaulted: readonly string[];
  /** The share each of them got. */
  readonly share: Decimal;
  /** The sum of the weights that were given. */
  readonly given: Decimal;
}

/** Effective weight of every weighted value-chain link, and where defaults were used. */
export interface Weights {
  readonly of: ReadonlyMap<Edge, Decimal>;
  readonly defaults: readonly DefaultedWeights[];
  /** Nodes whose given weights add up to more than 1. */
  readonly overOne: readonly { readonly target: string; readonly given: Decimal }[];
}

/** Completes the weights of all links into executive KPIs, intentions and operational KPIs; linear. */
export function effectiveWeights(index: GraphIndex): Weights {
  const of = new Map<Edge, Decimal>();
  const defaults: DefaultedWeights[] = [];
  const overOne: { target: string; given: Decimal }[] = [];
  for (const [target, edges] of index.down) {
    const weighted = edges.filter((edge) => index.nodes.get(edge.from)?.kind !== "solution");
    if (weighted.length === 0) continue;
    let given = new Dec(0);
    const missing: Edge[] = [];
    for (const edge of weighted) {
      if (edge.weight === undefined) missing.push(edge);
      else {
        given = given.plus(edge.weight);
        of.set(edge, edge.weight);
      }
    }
    if (given.gt(1)) overOne.push({ target, given });
    if (missing.length === 0) continue;
    const share = Dec.max(0, new Dec(1).minus(given)).div(missing.length);
    for (const edge of missing) of.set(edge, share);
    defaults.push({ target, defaulted: missing.map((edge) => edge.from), share, given });
  }
  return { of, defaults, overOne };
}

/** The effective weight of one link (0 for solution links, which carry improvements, not weights). */
export function weightOf(weights: Weights, edge: Edge): Decimal {
  return weights.of.get(edge) ?? new Dec(0);
}

