/**
 * The built Business Value Framework: four linked levels (executive KPIs ← business intentions ←
 * operational KPIs ← vendor solutions), the seller's own KPIs that justify keeping each executive KPI,
 * and what the prune step removed. Every object is deep-frozen; every figure is a {@link Decimal}.
 */
import type { Decimal } from "../numeric/decimal.js";

/** Which way a KPI gets better: `"increase"` (revenue, margin) or `"decrease"` (DSO, cost per order). */
export type KpiDirection = "increase" | "decrease";

/** The kinds of node a BVF holds, one per level plus the seller's KPIs and the competitors. */
export type BvfNodeKind = "executiveKpi" | "sellerKpi" | "intention" | "operationalKpi" | "solution" | "competitor";

/** What a vendor solution is: something the seller ships, runs or delivers. */
export type SolutionKind = "product" | "programme" | "service";

/** Whether a seller entry is a KPI the seller measures itself on or a business goal it pursues. */
export type SellerKpiKind = "kpi" | "goal";

/** Level 1 (step 1): a top-level KPI of the customer and the improvement its plans expect. */
export interface ExecutiveKpi {
  readonly id: string;
  readonly name: string;
  readonly unit?: string;
  readonly baseline?: Decimal;
  readonly target?: Decimal;
  readonly direction: KpiDirection;
  /** Improvement the customer's plan expects, in percent "better" (positive = better, whatever the direction). */
  readonly expectedImprovement?: Decimal;
  /** Relative importance when ranking solutions (default 1). */
  readonly weight: Decimal;
  readonly owner?: string;
  readonly note?: string;
}

/** Step 2: one of the seller's own KPIs or business goals, and (step 3) the executive KPIs it serves. */
export interface SellerKpi {
  readonly id: string;
  readonly name: string;
  readonly kind: SellerKpiKind;
  /** Ids of the executive KPIs this seller KPI is linked to. */
  readonly serves: readonly string[];
  readonly note?: string;
}

/** A link from a business intention up to an executive KPI. */
export interface IntentionLink {
  readonly id: string;
  /** Percent change of the executive KPI per percent change of the intention; unset = an equal share (see rollUp). */
  readonly elasticity?: Decimal;
}

/** Level 2 (step 4): what must be done to achieve one or more executive KPIs. */
export interface BusinessIntention {
  readonly id: string;
  readonly name: string;
  readonly serves: readonly IntentionLink[];
  readonly owner?: string;
  readonly note?: string;
}

/** A link from an operational KPI up to a business intention or to another operational KPI it feeds. */
export interface OperationalLink {
  readonly id: string;
  /** Share of the target's improvement per percent of this KPI's improvement; unset = an equal share. */
  readonly weight?: Decimal;
}

/** Level 3 (step 5): a departmental KPI, owned by a function, that moves a business intention. */
export interface OperationalKpi {
  readonly id: string;
  readonly name: string;
  /** The function or department that owns the KPI ("Finance", "Sales", "Warehouse"). */
  readonly function: string;
  readonly unit?: string;
  readonly baseline?: Decimal;
  readonly target?: Decimal;
  readonly direction: KpiDirection;
  /** Intentions (or other operational KPIs, e.g. a job-level KPI feeding a process-level one) it moves. */
  readonly serves: readonly OperationalLink[];
  readonly note?: string;
}

/** A link from a vendor solution to an operational KPI it improves. */
export interface SolutionLink {
  readonly id: string;
  /** Improvement of that operational KPI this solution is expected to bring, in percent better. */
  readonly improvement?: Decimal;
}

/** Level 4 (step 6): one of the seller's products or programmes, aligned to operational KPIs. */
export interface VendorSolution {
  readonly id: string;
  readonly name: string;
  readonly kind: SolutionKind;
  /** Implementation phase, 1 first. */
  readonly phase?: number;
  /** Why only this seller can deliver it this way (key point 1: differentiation). */
  readonly differentiator?: string;
  /** How its result will be measured (key point 2: measurable results). */
  readonly measure?: string;
  /** Ids of competitors that offer the same thing. */
  readonly alsoOfferedBy: readonly string[];
  readonly serves: readonly SolutionLink[];
  readonly note?: string;
}

/** A competitor in the deal, named so solutions can say who else offers them. */
export interface Competitor {
  readonly id: string;
  readonly name: string;
}

/** What the prune step (step 3) removed: customer KPIs the seller cannot serve, seller KPIs irrelevant here. */
export interface BvfPruned {
  readonly executiveKpis: readonly ExecutiveKpi[];
  readonly sellerKpis: readonly SellerKpi[];
}

/** A built, validated and deep-frozen Business Value Framework. */
export interface Bvf {
  readonly name?: string;
  readonly customer?: string;
  readonly seller?: string;
  readonly executiveKpis: readonly ExecutiveKpi[];
  readonly sellerKpis: readonly SellerKpi[];
  readonly intentions: readonly BusinessIntention[];
  readonly operationalKpis: readonly OperationalKpi[];
  readonly solutions: readonly VendorSolution[];
  readonly competitors: readonly Competitor[];
  readonly pruned: BvfPruned;
}

/** Any node of a BVF. */
export type BvfNode = ExecutiveKpi | SellerKpi | BusinessIntention | OperationalKpi | VendorSolution | Competitor;
