/**
 * The BVF builder: one method per step of the method, each returning a new builder (the old one is
 * unchanged, so a half-built BVF can be branched for what-ifs). `build()` validates everything at once.
 */
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { notDefined } from "../_internal/define.js";
import { safeDefineBvf, type SafeDefineBvfResult } from "./defineBvf.js";
import { BvfValidationError } from "./errors.js";
import type {
  BvfInput,
  CompetitorInput,
  ExecutiveKpiInput,
  IntentionInput,
  OperationalKpiInput,
  SellerKpiInput,
  VendorSolutionInput,
} from "./schema.js";
import type { Bvf } from "./types.js";
import { snapshot } from "./_internal/snapshot.js";

/** Names the BVF: whose framework it is and for which seller. */
export interface BvfHeader {
  readonly name?: string;
  readonly customer?: string;
  readonly seller?: string;
}

/** Step 3: links one seller KPI to the executive KPIs it serves. */
export interface SellerKpiLink {
  readonly sellerKpi: string;
  readonly executiveKpis: readonly string[];
}

/** @internal The state a builder carries; not exported from the package. */
export interface BvfDraft {
  readonly header: BvfHeader;
  readonly executiveKpis: readonly ExecutiveKpiInput[];
  readonly sellerKpis: readonly SellerKpiInput[];
  readonly intentions: readonly IntentionInput[];
  readonly operationalKpis: readonly OperationalKpiInput[];
  readonly solutions: readonly VendorSolutionInput[];
  readonly competitors: readonly CompetitorInput[];
  readonly pruned: { readonly executiveKpis: readonly ExecutiveKpiInput[]; readonly sellerKpis: readonly SellerKpiInput[] };
  /** Problems with builder calls themselves (e.g. linking an unknown seller KPI), reported by `build()`. */
  readonly problems: readonly ValueframeIssue[];
  readonly calls: { readonly link: number; readonly prune: number };
}

/**
 * An immutable, step-by-step BVF builder; start one with {@link bvf}. Every method returns a new builder,
 * so a builder can branch (e.g. one BVF per competitor scenario) without the branches seeing each other.
 *
 * @example
 * ```ts
 * const base = bvf({ customer: "Distributor" }).executiveKpis([{ id: "E1", name: "Operating cash flow", expectedImprovement: 20 }]);
 * const withSales = base.executiveKpis([{ id: "E2", name: "Revenue", expectedImprovement: 9.6 }]);
 * base.build().executiveKpis.length; //=> 1
 * withSales.build().executiveKpis.length; //=> 2
 * ```
 */
export class BvfBuilder {
  readonly #draft: BvfDraft;

  /** @internal use {@link bvf} */
  constructor(draft: BvfDraft) {
    this.#draft = draft;
  }

  #with(change: Partial<BvfDraft>): BvfBuilder {
    return new BvfBuilder(Object.freeze({ ...this.#draft, ...change }));
  }

  /**
   * Step 1: the customer's executive KPIs, each with the improvement (percent) its plans expect and,
   * where known, baseline and target.
   *
   * @example
   * ```ts
   * bvf().executiveKpis([{ id: "E1", name: "Operating cash flow", unit: "M CNY", baseline: 70, target: 84, expectedImprovement: 20 }]);
   * ```
   */
  executiveKpis(kpis: readonly ExecutiveKpiInput[]): BvfBuilder {
    return this.#with({ executiveKpis: [...this.#draft.executiveKpis, ...snapshot(kpis)] });
  }

  /**
   * Step 2: the seller's own KPIs and business goals (links may be given here as `serves` or in step 3).
   *
   * @example
   * ```ts
   * builder.sellerKpis([{ id: "S1", name: "Recurring revenue in distribution", kind: "goal" }]);
   * ```
   */
  sellerKpis(kpis: readonly SellerKpiInput[]): BvfBuilder {
    return this.#with({ sellerKpis: [...this.#draft.sellerKpis, ...snapshot(kpis)] });
  }

  /**
   * Step 3: links seller KPIs to the executive KPIs they serve. A link naming a seller KPI not given in
   * step 2 is reported by `build()` at `linkSellerKpis[call][index]`.
   *
   * @example
   * ```ts
   * builder.linkSellerKpis([{ sellerKpi: "S1", executiveKpis: ["E1", "E2"] }]);
   * ```
   */
  linkSellerKpis(links: readonly SellerKpiLink[]): BvfBuilder {
    const call = this.#draft.calls.link;
    const problems = [...this.#draft.problems];
    const added = new Map<string, string[]>();
    links.forEach((link, index) => {
      if (!this.#draft.sellerKpis.some((kpi) => kpi.id === link.sellerKpi)) {
        problems.push({
          path: ["linkSellerKpis", call, index, "sellerKpi"],
          code: "unknown_reference",
          message: `no seller KPI "${link.sellerKpi}" was given in step 2 (sellerKpis)`,
        });
        return;
      }
      added.set(link.sellerKpi, [...(added.get(link.sellerKpi) ?? []), ...link.executiveKpis]);
    });
    const sellerKpis = this.#draft.sellerKpis.map((kpi) => {
      const more = added.get(kpi.id);
      if (more === undefined) return kpi;
      const serves = [...(kpi.serves ?? [])];
      for (const id of more) if (!serves.includes(id)) serves.push(id);
      return snapshot({ ...kpi, serves });
    });
    return this.#with({ sellerKpis, problems, calls: { ...this.#draft.calls, link: call + 1 } });
  }

  /**
   * Step 3: removes the executive KPIs no seller KPI serves (the seller cannot serve them) and the seller
   * KPIs that serve none (irrelevant to this customer). They are kept in `pruned`, and any later link to
   * them is a `pruned_reference` error.
   *
   * @example
   * ```ts
   * builder.prune().build().pruned.executiveKpis.map((kpi) => kpi.id); //=> ["E5"]
   * ```
   */
  prune(): BvfBuilder {
    const draft = this.#draft;
    const call = draft.calls.prune;
    const calls = { ...draft.calls, prune: call + 1 };
    const executiveIds = new Set(draft.executiveKpis.map((kpi) => kpi.id));
    const served = new Set<string>();
    for (const kpi of draft.sellerKpis) for (const id of kpi.serves ?? []) if (executiveIds.has(id)) served.add(id);
    if (served.size === 0) {
      const message = "nothing to prune against: link seller KPIs (steps 2 and 3) to executive KPIs before pruning";
      return this.#with({ problems: [...draft.problems, { path: ["prune", call], code: "prune_without_links", message }], calls });
    }
    const relevant = (kpi: SellerKpiInput): boolean => (kpi.serves ?? []).some((id) => executiveIds.has(id));
    return this.#with({
      executiveKpis: draft.executiveKpis.filter((kpi) => served.has(kpi.id)),
      sellerKpis: draft.sellerKpis.filter(relevant),
      pruned: {
        executiveKpis: [...draft.pruned.executiveKpis, ...draft.executiveKpis.filter((kpi) => !served.has(kpi.id))],
        sellerKpis: [...draft.pruned.sellerKpis, ...draft.sellerKpis.filter((kpi) => !relevant(kpi))],
      },
      calls,
    });
  }

  /**
   * Step 4: business intentions, each linked to the executive KPIs it serves (optionally with an elasticity).
   *
   * @example
   * ```ts
   * builder.intentions([{ id: "I1", name: "Collect receivables faster", serves: [{ id: "E1", elasticity: "0.8" }] }]);
   * ```
   */
  intentions(intentions: readonly IntentionInput[]): BvfBuilder {
    return this.#with({ intentions: [...this.#draft.intentions, ...snapshot(intentions)] });
  }

  /**
   * Step 5: functions' operational KPIs, each linked to intentions (or to the operational KPI it feeds).
   *
   * @example
   * ```ts
   * builder.operationalKpis([{ id: "O1", name: "DSO", function: "Finance", unit: "days", baseline: 62, target: 48, direction: "decrease", serves: ["I1"] }]);
   * ```
   */
  operationalKpis(kpis: readonly OperationalKpiInput[]): BvfBuilder {
    return this.#with({ operationalKpis: [...this.#draft.operationalKpis, ...snapshot(kpis)] });
  }

  /**
   * Step 6: the seller's products and programmes, each linked to operational KPIs, with its phase,
   * differentiator and measure.
   *
   * @example
   * ```ts
   * builder.solutions([{ id: "V1", name: "Credit scoring", phase: 1, differentiator: "Trained on 2,000 distributors", serves: ["O5"] }]);
   * ```
   */
  solutions(solutions: readonly VendorSolutionInput[]): BvfBuilder {
    return this.#with({ solutions: [...this.#draft.solutions, ...snapshot(solutions)] });
  }

  /**
   * The competitors in the deal, so solutions can name who else offers them (`alsoOfferedBy`).
   *
   * @example
   * ```ts
   * builder.competitors([{ id: "C1", name: "Global ERP suite" }]);
   * ```
   */
  competitors(competitors: readonly CompetitorInput[]): BvfBuilder {
    return this.#with({ competitors: [...this.#draft.competitors, ...snapshot(competitors)] });
  }

  /**
   * The BVF so far as plain input data (not validated); `defineBvf(builder.toData())` equals `builder.build()`
   * when the builder calls themselves had no problems.
   */
  toData(): BvfInput {
    const draft = this.#draft;
    return {
      ...draft.header,
      executiveKpis: draft.executiveKpis,
      sellerKpis: draft.sellerKpis,
      intentions: draft.intentions,
      operationalKpis: draft.operationalKpis,
      solutions: draft.solutions,
      competitors: draft.competitors,
      pruned: draft.pruned,
    };
  }

  /**
   * Validates the whole BVF and returns the frozen graph.
   *
   * @returns the built {@link Bvf}
   * @throws {BvfValidationError} (code `BVF_INVALID`) listing every problem with its path
   *
   * @example
   * ```ts
   * bvf().executiveKpis([{ id: "E1", name: "Cash flow" }]).intentions([{ id: "I1", name: "Collect", serves: ["E9"] }]).build();
   * // throws BvfValidationError: intentions[0].serves[0]: intention "I1" links to "E9", which is not in the BVF … [unknown_reference]
   * ```
   */
  build(): Bvf {
    const result = this.safeBuild();
    if (!result.success) throw result.error;
    return result.data;
  }

  /**
   * Like {@link BvfBuilder.build} but returns `{ success: true, data, warnings }` or `{ success: false, error }` instead of throwing.
   *
   * @example
   * ```ts
   * bvf().solutions([{ id: "V1", name: "Scoring", serves: ["O1"] }]).safeBuild().success; //=> false
   * ```
   */
  safeBuild(): SafeDefineBvfResult {
    const result = safeDefineBvf(this.toData());
    const problems = this.#draft.problems;
    if (problems.length === 0) return result;
    const issues = result.success ? problems : [...problems, ...result.error.issues];
    return notDefined(new BvfValidationError(issues));
  }
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Starts a Business Value Framework. Call the steps in order — `executiveKpis`, `sellerKpis`,
 * `linkSellerKpis`, `prune`, `intentions`, `operationalKpis`, `solutions` — then `build()`.
 *
 * @param header - optional name, customer and seller
 * @returns an empty, immutable {@link BvfBuilder}
 *
 * @example
 * ```ts
 * const graph = bvf({ customer: "Distributor" })
 *   .executiveKpis([{ id: "E1", name: "Operating cash flow", expectedImprovement: 20 }])
 *   .sellerKpis([{ id: "S1", name: "Credit-to-cash wins" }])
 *   .linkSellerKpis([{ sellerKpi: "S1", executiveKpis: ["E1"] }])
 *   .prune()
 *   .intentions([{ id: "I1", name: "Collect receivables faster", serves: ["E1"] }])
 *   .operationalKpis([{ id: "O1", name: "DSO", function: "Finance", serves: ["I1"] }])
 *   .solutions([{ id: "V1", name: "Collection workflow", phase: 1, serves: ["O1"] }])
 *   .build();
 * graph.solutions.length; //=> 1
 * ```
 */
export function bvf(header: BvfHeader = {}): BvfBuilder {
  return new BvfBuilder(
    Object.freeze({
      header: snapshot(header),
      executiveKpis: EMPTY,
      sellerKpis: EMPTY,
      intentions: EMPTY,
      operationalKpis: EMPTY,
      solutions: EMPTY,
      competitors: EMPTY,
      pruned: { executiveKpis: EMPTY, sellerKpis: EMPTY },
      problems: EMPTY,
      calls: { link: 0, prune: 0 },
    }),
  );
}
