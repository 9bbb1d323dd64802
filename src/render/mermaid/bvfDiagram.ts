/** bvfDiagram: a Business Value Framework's four levels as Mermaid subgraphs, linked upward. */
import type { Bvf } from "../../bvf/types.js";
import { chartOptions } from "../_internal/chartOptions.js";
import type { RenderOptions } from "../options.js";
import { directionRule, idAllocator, mermaidEscape, mermaidLabel } from "./_internal/mermaidText.js";

/** Options of {@link bvfDiagram}. */
export interface BvfDiagramOptions extends RenderOptions {
  /** Mermaid flow direction (default `"BT"`: executive KPIs on top, vendor solutions at the bottom). */
  readonly direction?: "BT" | "TB" | "LR" | "RL";
}

/**
 * Draws a BVF as a Mermaid flowchart with one subgraph per level — executive KPIs (with the expected
 * improvement), business intentions, operational KPIs (with their function) and vendor solutions (with
 * their phase) — and an edge for every upward link, labelled with the link's elasticity or expected
 * improvement when one is given. The seller's KPIs and competitors are not drawn. Ids and labels are
 * made safe for Mermaid as in {@link linkageDiagram}.
 *
 * @param bvf - a BVF from `defineBvf` or the builder
 * @param options - `locale`, flow `direction`
 * @returns Mermaid source, starting with `flowchart BT`
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for an unknown locale or direction
 *
 * @example
 * ```ts
 * const source = bvfDiagram(defineBvf(distributorBvf));
 * source.includes('subgraph L1["1 · Executive KPIs"]'); //=> true
 * source.includes("I_i_order_to_cash -->|elasticity 0.4| E_g_cash"); //=> true
 * ```
 */
export function bvfDiagram(bvf: Bvf, options?: BvfDiagramOptions): string {
  const locale = chartOptions("bvfDiagram", options, { direction: directionRule });
  const m = locale.text.mermaid;
  const idOf = idAllocator();
  const percent = (value: { toString(): string }) => `${value.toString()} %`;
  const out = [`flowchart ${options?.direction ?? "BT"}`];
  const subgraph = (id: string, title: string, nodes: readonly string[]) => {
    out.push(`  subgraph ${id}[${mermaidLabel([title])}]`, ...nodes.map((node) => `    ${node}`), "  end");
  };

  subgraph(
    "L1",
    m.levels.executiveKpis,
    bvf.executiveKpis.map((kpi) => {
      const expected = kpi.expectedImprovement === undefined ? "" : m.expected(percent(kpi.expectedImprovement));
      return `${idOf("E", kpi.id)}([${mermaidLabel([kpi.name, expected])}]):::executive`;
    }),
  );
  subgraph(
    "L2",
    m.levels.intentions,
    bvf.intentions.map((intention) => `${idOf("I", intention.id)}[${mermaidLabel([intention.name])}]:::intention`),
  );
  subgraph(
    "L3",
    m.levels.operationalKpis,
    bvf.operationalKpis.map((kpi) => `${idOf("O", kpi.id)}[${mermaidLabel([kpi.name, kpi.function])}]:::operational`),
  );
  subgraph(
    "L4",
    m.levels.solutions,
    bvf.solutions.map((solution) => {
      const phase = solution.phase === undefined ? "" : m.phase(String(solution.phase));
      return `${idOf("S", solution.id)}(${mermaidLabel([solution.name, phase])}):::solution`;
    }),
  );

  const edge = (from: string, to: string, label: string | undefined) =>
    out.push(label === undefined ? `  ${from} --> ${to}` : `  ${from} -->|${mermaidEscape(label)}| ${to}`);
  const intentionIds = new Set(bvf.intentions.map((intention) => intention.id));
  for (const intention of bvf.intentions) {
    for (const link of intention.serves) {
      edge(idOf("I", intention.id), idOf("E", link.id), link.elasticity === undefined ? undefined : m.elasticity(link.elasticity.toString()));
    }
  }
  for (const kpi of bvf.operationalKpis) {
    for (const link of kpi.serves) edge(idOf("O", kpi.id), idOf(intentionIds.has(link.id) ? "I" : "O", link.id), undefined);
  }
  for (const solution of bvf.solutions) {
    for (const link of solution.serves) {
      edge(idOf("S", solution.id), idOf("O", link.id), link.improvement === undefined ? undefined : m.improvement(percent(link.improvement)));
    }
  }
  out.push(
    "  classDef executive fill:#e3f2fd,stroke:#1565c0,color:#0d47a1",
    "  classDef intention fill:#ede7f6,stroke:#5e35b1,color:#311b92",
    "  classDef operational fill:#fff8e1,stroke:#f9a825,color:#5d4037",
    "  classDef solution fill:#e8f5e9,stroke:#2e7d32,color:#1b5e20",
  );
  return `${out.join("\n")}\n`;
}
