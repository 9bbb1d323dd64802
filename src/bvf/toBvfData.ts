/** Turns a built BVF back into plain JSON-serialisable data (numbers as decimal strings) that rebuilds the same graph. */
import type { Decimal } from "../numeric/decimal.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { compact } from "./_internal/compact.js";
import type { Bvf, ExecutiveKpi, SellerKpi } from "./types.js";

/** Plain data of one executive KPI as {@link toBvfData} writes it. */
export interface ExecutiveKpiData {
  readonly id: string;
  readonly name: string;
  readonly unit?: string;
  readonly baseline?: string;
  readonly target?: string;
  readonly direction: "increase" | "decrease";
  readonly expectedImprovement?: string;
  readonly weight: string;
  readonly owner?: string;
  readonly note?: string;
}

/** Plain data of one seller KPI as {@link toBvfData} writes it. */
export interface SellerKpiData {
  readonly id: string;
  readonly name: string;
  readonly kind: "kpi" | "goal";
  readonly serves: readonly string[];
  readonly note?: string;
}

/** A BVF as plain data: every field explicit, numbers as decimal strings, links as objects. */
export interface BvfData {
  readonly name?: string;
  readonly customer?: string;
  readonly seller?: string;
  readonly executiveKpis: readonly ExecutiveKpiData[];
  readonly sellerKpis: readonly SellerKpiData[];
  readonly intentions: readonly {
    readonly id: string;
    readonly name: string;
    readonly serves: readonly { readonly id: string; readonly elasticity?: string }[];
    readonly owner?: string;
    readonly note?: string;
  }[];
  readonly operationalKpis: readonly {
    readonly id: string;
    readonly name: string;
    readonly function: string;
    readonly unit?: string;
    readonly baseline?: string;
    readonly target?: string;
    readonly direction: "increase" | "decrease";
    readonly serves: readonly { readonly id: string; readonly weight?: string }[];
    readonly note?: string;
  }[];
  readonly solutions: readonly {
    readonly id: string;
    readonly name: string;
    readonly kind: "product" | "programme" | "service";
    readonly phase?: number;
    readonly differentiator?: string;
    readonly measure?: string;
    readonly alsoOfferedBy: readonly string[];
    readonly serves: readonly { readonly id: string; readonly improvement?: string }[];
    readonly note?: string;
  }[];
  readonly competitors: readonly { readonly id: string; readonly name: string }[];
  readonly pruned: { readonly executiveKpis: readonly ExecutiveKpiData[]; readonly sellerKpis: readonly SellerKpiData[] };
}

const str = (value: Decimal | undefined): string | undefined => value?.toString();

const executiveData = (kpi: ExecutiveKpi): ExecutiveKpiData =>
  compact({ ...kpi, baseline: str(kpi.baseline), target: str(kpi.target), expectedImprovement: str(kpi.expectedImprovement), weight: kpi.weight.toString() });

const sellerData = (kpi: SellerKpi): SellerKpiData => ({ ...kpi, serves: [...kpi.serves] });

/**
 * Writes a BVF as plain, JSON-serialisable data: every default made explicit, Decimals as exact decimal
 * strings. `defineBvf(toBvfData(graph))` rebuilds an equal graph.
 *
 * @param graph - a built BVF
 * @returns frozen plain data ({@link BvfData})
 *
 * @example
 * ```ts
 * const data = toBvfData(defineBvf({ executiveKpis: [{ id: "E1", name: "Cash flow", expectedImprovement: 20 }] }));
 * data.executiveKpis[0].expectedImprovement; //=> "20"
 * JSON.stringify(defineBvf(data)) === JSON.stringify(toBvfData(defineBvf(data))); //=> true
 * ```
 */
export function toBvfData(graph: Bvf): BvfData {
  return deepFreeze(
    compact({
      name: graph.name,
      customer: graph.customer,
      seller: graph.seller,
      executiveKpis: graph.executiveKpis.map(executiveData),
      sellerKpis: graph.sellerKpis.map(sellerData),
      intentions: graph.intentions.map((node) => ({ ...node, serves: node.serves.map((link) => compact({ id: link.id, elasticity: str(link.elasticity) })) })),
      operationalKpis: graph.operationalKpis.map((node) =>
        compact({ ...node, baseline: str(node.baseline), target: str(node.target), serves: node.serves.map((link) => compact({ id: link.id, weight: str(link.weight) })) }),
      ),
      solutions: graph.solutions.map((node) => ({
        ...node,
        alsoOfferedBy: [...node.alsoOfferedBy],
        serves: node.serves.map((link) => compact({ id: link.id, improvement: str(link.improvement) })),
      })),
      competitors: graph.competitors.map((node) => ({ ...node })),
      pruned: { executiveKpis: graph.pruned.executiveKpis.map(executiveData), sellerKpis: graph.pruned.sellerKpis.map(sellerData) },
    }),
  );
}
