/** bvfToMarkdown: a Business Value Framework as Markdown: the four levels, their links, the checks and the roll-up. */
import { Dec, type Decimal } from "../../numeric/decimal.js";
import { type BvfFinding, checkBvf } from "../../bvf/checkBvf.js";
import { rollUp } from "../../bvf/rollUp.js";
import type { Bvf, ExecutiveKpi } from "../../bvf/types.js";
import { type Formatter, formatterOf } from "../_internal/formatter.js";
import { bullets, code, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { type DocumentSpec, emptySection, internalSectionIds, named, type SectionContext, unlessEmpty, writeDocument } from "../_internal/sections.js";
import { bvfDiagram } from "../mermaid/bvfDiagram.js";
import type { BvfFindingParams, BvfNodeLevel } from "../locales/params.js";
import type { Audience, SectionOptions } from "../options.js";

/**
 * The sections of a BVF document, in order. `sellerKpis`, `competitors`, `pruned` and `findings` are the
 * seller's: a customer document leaves them out, and asking for them by name with `audience: "customer"` throws.
 */
export const bvfSections = ["overview", "executiveKpis", "sellerKpis", "intentions", "operationalKpis", "solutions", "competitors", "diagram", "pruned", "findings", "rollUp"] as const;

/** A section of a BVF document. */
export type BvfSection = (typeof bvfSections)[number];

/** Options of {@link bvfToMarkdown}: locale, heading level, audience and which of the {@link bvfSections} to write. */
export type BvfMarkdownOptions = SectionOptions<BvfSection>;

const severities = ["error", "warning", "info"] as const;

/** What the BVF's sections read: the graph and the ways its cells are written. */
export interface BvfContext extends SectionContext {
  readonly graph: Bvf;
  /** A node's name by id, escaped. */
  readonly name: (id: string) => string;
  /** A figure, or "—" when there is none. */
  readonly opt: (v: Decimal | undefined, fmt?: (v: Decimal) => string) => string;
  /** A BVF percentage (20 means 20 %). */
  readonly pct: (v: Decimal) => string;
  /** A text, or "—" when there is none. */
  readonly text: (v: string | undefined) => string;
  /** Linked node names with what each link says: "Revenue (elasticity 0.5)". */
  readonly linkList: (links: readonly { id: string }[], detail: (link: never) => string | undefined) => string;
  /** The table of executive KPIs (kept and pruned ones alike). */
  readonly execTable: (kpis: readonly ExecutiveKpi[]) => string;
  /** The table of seller KPIs (kept and pruned ones alike). */
  readonly sellerTable: (kpis: Bvf["sellerKpis"]) => string;
}

/** The nodes of a BVF by id, with the list each is in (pruned executive and seller KPIs in theirs). */
function nodesOf(graph: Bvf): Map<string, { readonly name: string; readonly level: BvfNodeLevel }> {
  const lists = {
    executiveKpis: [...graph.executiveKpis, ...graph.pruned.executiveKpis],
    sellerKpis: [...graph.sellerKpis, ...graph.pruned.sellerKpis],
    intentions: graph.intentions,
    operationalKpis: graph.operationalKpis,
    solutions: graph.solutions,
    competitors: graph.competitors,
  } as const;
  const nodes = new Map<string, { name: string; level: BvfNodeLevel }>();
  for (const [level, list] of Object.entries(lists)) for (const node of list) if (!nodes.has(node.id)) nodes.set(node.id, { name: node.name, level: level as BvfNodeLevel });
  return nodes;
}

/**
 * A finding in the locale's words, from its code, its nodes and the graph (the model's message is English:
 * it is the library's API). What the finding does not carry — an operational KPI's missing measures, the
 * first phase, the weights into a node — is read again from the graph, as checkBvf reads it.
 */
function findingText(f: Formatter, graph: Bvf, nodes: ReturnType<typeof nodesOf>, x: BvfFinding): string {
  const t = f.t;
  const ref = (id: string) => t.common.reference(md(nodes.get(id)?.name ?? id), code(id));
  const [first, ...others] = x.nodeIds;
  const params: BvfFindingParams = {
    message: md(x.message),
    node: first === undefined ? "" : ref(first),
    level: first === undefined ? "" : (nodes.get(first)?.level ?? ""),
    others: f.list(others.map(ref)),
    nodes: f.list(x.nodeIds.map(ref)),
    missing: "",
    phase: "",
    given: "",
    share: "",
  };
  switch (x.code) {
    case "operational_kpi_not_measurable": {
      const kpi = graph.operationalKpis.find((k) => k.id === first);
      const missing = kpi === undefined ? [] : [kpi.unit === undefined ? t.bvf.unit : "", kpi.baseline === undefined ? t.bvf.baseline : "", kpi.target === undefined ? t.bvf.target : ""];
      return t.bvf.finding[x.code]({ ...params, missing: f.list(missing.filter((m) => m !== "")) });
    }
    case "first_phase_not_measurable": {
      const phase = graph.solutions.find((s) => s.id === first)?.phase;
      return t.bvf.finding[x.code]({ ...params, phase: phase === undefined ? "" : String(phase) });
    }
    case "weights_defaulted":
    case "weights_over_one": {
      // The weights given into the node (elasticities of intentions, weights of operational KPIs); the
      // unweighted links split what is left of 1, never below 0.
      const into = [...graph.intentions.flatMap((i) => i.serves.map((l) => ({ id: l.id, weight: l.elasticity }))), ...graph.operationalKpis.flatMap((k) => k.serves)];
      const given = into.filter((l) => l.id === first && l.weight !== undefined).reduce((sum, l) => sum.plus(l.weight as Decimal), new Dec(0));
      const share = others.length === 0 ? new Dec(0) : Dec.max(0, new Dec(1).minus(given)).div(others.length);
      return t.bvf.finding[x.code]({ ...params, given: f.number(given), share: f.number(share.toSignificantDigits(6)) });
    }
    default:
      return t.bvf.finding[x.code](params);
  }
}

/**
 * The BVF document: the overview, the four levels top-down, the competitors, then what was pruned, the
 * checks and the roll-up. Sections marked `audience: "internal"` are the seller's and are never written
 * for the customer; every node is {@link named}, its id for the seller only.
 */
export const bvfDocument: DocumentSpec<BvfSection, BvfContext> = {
  title: ({ f, graph }) => (graph.name === undefined ? f.t.bvf.untitled : md(graph.name)),
  sections: [
    {
      id: "overview",
      render: ({ f, graph }) => {
        const t = f.t.bvf;
        const facts: string[] = [];
        if (graph.customer !== undefined) facts.push(f.t.common.fact(t.customer, md(graph.customer)));
        if (graph.seller !== undefined) facts.push(f.t.common.fact(t.seller, md(graph.seller)));
        return [bullets(facts), t.percentNote];
      },
    },
    {
      id: "executiveKpis",
      title: (t) => `1. ${t.bvf.executiveKpis}`,
      render: ({ graph, execTable }) => unlessEmpty(graph.executiveKpis, (kpis) => [execTable(kpis)]),
    },
    {
      // Why the seller keeps each executive KPI: its own targets, not the customer's business.
      id: "sellerKpis",
      title: (t) => t.bvf.sellerKpis,
      audience: "internal",
      render: ({ graph, sellerTable }) => unlessEmpty(graph.sellerKpis, (kpis) => [sellerTable(kpis)]),
    },
    {
      id: "intentions",
      title: (t) => `2. ${t.bvf.intentions}`,
      render: (ctx) => {
        const { f, graph, linkList, text } = ctx;
        return unlessEmpty(graph.intentions, (intentions) => [
          table(
            [f.t.bvf.name, f.t.bvf.serves, f.t.bvf.owner],
            intentions.map((i) => [
              named(ctx, i.name, i.id),
              linkList(i.serves, (l: { elasticity?: Decimal }) => (l.elasticity === undefined ? undefined : `${f.t.bvf.elasticity} ${f.number(l.elasticity)}`)),
              text(i.owner),
            ]),
          ),
        ]);
      },
    },
    {
      id: "operationalKpis",
      title: (t) => `3. ${t.bvf.operationalKpis}`,
      render: (ctx) => {
        const { f, graph, linkList, opt, text } = ctx;
        return unlessEmpty(graph.operationalKpis, (kpis) => [
          table(
            [f.t.bvf.name, f.t.bvf.function, f.t.bvf.unit, f.t.bvf.baseline, f.t.bvf.target, f.t.bvf.direction, f.t.bvf.serves],
            kpis.map((k) => [
              named(ctx, k.name, k.id),
              md(k.function),
              text(k.unit),
              opt(k.baseline),
              opt(k.target),
              f.t.terms.direction[k.direction],
              linkList(k.serves, (l: { weight?: Decimal }) => (l.weight === undefined ? undefined : `${f.t.bvf.weight} ${f.number(l.weight)}`)),
            ]),
            [3, 4],
          ),
        ]);
      },
    },
    {
      // Who else offers each solution is the competitors section's.
      id: "solutions",
      title: (t) => `4. ${t.bvf.solutions}`,
      render: (ctx) => {
        const { f, graph, linkList, pct, text } = ctx;
        return unlessEmpty(graph.solutions, (solutions) => [
          table(
            [f.t.bvf.name, f.t.bvf.kind, f.t.bvf.phase, f.t.bvf.serves, f.t.bvf.differentiator, f.t.bvf.measure],
            solutions.map((s) => [
              named(ctx, s.name, s.id),
              f.t.terms.solutionKind[s.kind],
              s.phase === undefined ? f.t.common.none : String(s.phase),
              linkList(s.serves, (l: { improvement?: Decimal }) => (l.improvement === undefined ? undefined : `${f.t.bvf.improvement} ${pct(l.improvement)}`)),
              text(s.differentiator),
              text(s.measure),
            ]),
            [2],
          ),
        ]);
      },
    },
    {
      // The seller's view of the deal: the competitors, and who else offers each solution.
      id: "competitors",
      title: (t) => t.bvf.competitors,
      audience: "internal",
      render: (ctx) => {
        const { f, graph, name } = ctx;
        if (graph.competitors.length === 0) return undefined;
        return [
          bullets(graph.competitors.map((c) => named(ctx, c.name, c.id))),
          graph.solutions.length === 0
            ? undefined
            : table(
                [f.t.bvf.solutions, f.t.bvf.alsoOfferedBy],
                graph.solutions.map((s) => [named(ctx, s.name, s.id), s.alsoOfferedBy.length === 0 ? f.t.common.none : f.list(s.alsoOfferedBy.map(name))]),
              ),
        ];
      },
    },
    {
      // The four levels as a Mermaid block, which GitHub and GitLab draw (the HTML report draws it as SVG).
      // Its ids are Mermaid identifiers, never shown; seller KPIs and competitors are not drawn.
      id: "diagram",
      title: (t) => t.bvf.diagram,
      render: ({ f, graph }) => {
        const levels = [graph.executiveKpis, graph.intentions, graph.operationalKpis, graph.solutions];
        return levels.every((list) => list.length === 0) ? emptySection : [`\`\`\`mermaid\n${bvfDiagram(graph, { locale: f.locale })}\`\`\``];
      },
    },
    {
      // What step 3 dropped is the seller's working: the customer sees the KPIs that stayed.
      id: "pruned",
      title: (t) => t.bvf.pruned,
      audience: "internal",
      render: ({ f, graph: { pruned }, execTable, sellerTable }) =>
        pruned.executiveKpis.length === 0 && pruned.sellerKpis.length === 0
          ? undefined
          : [
              f.t.bvf.pruneNote,
              pruned.executiveKpis.length === 0 ? undefined : execTable(pruned.executiveKpis),
              pruned.sellerKpis.length === 0 ? undefined : sellerTable(pruned.sellerKpis),
            ],
    },
    {
      // The checks judge the seller's framework ("it does not differentiate"): advice to the seller.
      id: "findings",
      title: (t) => t.bvf.findings,
      audience: "internal",
      render: ({ f, graph }) => {
        const findings = checkBvf(graph);
        if (findings.length === 0) return [f.t.bvf.noFindings];
        const nodes = nodesOf(graph);
        return severities.flatMap((severity) => {
          const found = findings.filter((x) => x.severity === severity);
          const heading = f.t.common.bracketed(`**${f.t.terms.severity[severity]}**`, String(found.length));
          return found.length === 0 ? [] : [heading, bullets(found.map((x) => `${findingText(f, graph, nodes, x)} ${code(x.code)}`))];
        });
      },
    },
    {
      // The customer's executive KPIs only: seller KPIs take no part in the roll-up.
      id: "rollUp",
      title: (t) => t.bvf.rollUp,
      render: (ctx) => {
        const { f, graph, opt, pct } = ctx;
        return [
          table(
            [f.t.bvf.name, f.t.bvf.estimated, f.t.bvf.expected, f.t.bvf.gap, f.t.bvf.met],
            rollUp(graph).executiveKpis.map((k) => [
              named(ctx, k.name, k.id),
              pct(k.estimated),
              opt(k.expected, pct),
              opt(k.gap, pct),
              k.met === undefined ? f.t.common.none : k.met ? f.t.common.yes : f.t.common.no,
            ]),
            [1, 2, 3],
          ),
        ];
      },
    },
  ],
};

/** Writes the BVF's selected sections under its title, for the audience. */
function renderBvf(graph: Bvf, f: Formatter, level: number, audience: Audience, sections: ReadonlySet<BvfSection>): string {
  const t = f.t.bvf;
  const none = f.t.common.none;
  const ctx = { audience };
  const names = new Map<string, string>();
  for (const node of [...graph.executiveKpis, ...graph.sellerKpis, ...graph.intentions, ...graph.operationalKpis, ...graph.solutions, ...graph.competitors]) {
    names.set(node.id, node.name);
  }
  const name = (id: string) => md(names.get(id) ?? id);
  const opt = (v: Decimal | undefined, fmt: (v: Decimal) => string = (x) => f.number(x)) => (v === undefined ? none : fmt(v));
  const pct = (v: Decimal) => f.percent(v.div(100), 2);
  const text = (v: string | undefined) => (v === undefined ? none : md(v));
  const linkList = (links: readonly { id: string }[], detail: (link: never) => string | undefined) =>
    links.length === 0
      ? none
      : f.list(
          links.map((link) => {
            const extra = detail(link as never);
            return extra === undefined ? name(link.id) : f.t.common.bracketed(name(link.id), extra);
          }),
        );
  const execTable = (kpis: readonly ExecutiveKpi[]) =>
    table(
      [t.name, t.unit, t.baseline, t.target, t.direction, t.expectedImprovement, t.weight, t.owner],
      kpis.map((k) => [named(ctx, k.name, k.id), text(k.unit), opt(k.baseline), opt(k.target), f.t.terms.direction[k.direction], opt(k.expectedImprovement, pct), f.number(k.weight), text(k.owner)]),
      [2, 3, 5, 6],
    );
  const sellerTable = (kpis: Bvf["sellerKpis"]) =>
    table(
      [t.name, t.kind, t.serves],
      kpis.map((k) => [named(ctx, k.name, k.id), f.t.terms.sellerKpiKind[k.kind], k.serves.length === 0 ? none : f.list(k.serves.map(name))]),
    );
  return writeDocument(bvfDocument, { f, level, audience, graph, name, opt, pct, text, linkList, execTable, sellerTable }, sections);
}

/**
 * Writes a Business Value Framework as Markdown: the four levels in order (executive KPIs with the
 * improvement the customer expects, business intentions, operational KPIs by function, vendor solutions
 * with phase, differentiator and measure), each with its upward links, the seller's KPIs, the
 * competitors and who else offers each solution, the four levels as a Mermaid diagram (GitHub draws it),
 * what step 3 pruned, the check findings grouped by severity, and the roll-up of each executive KPI
 * against the expected improvement.
 *
 * With `audience: "customer"` it writes what the customer may see: the four levels, the diagram and the
 * roll-up, nodes by name only; the seller's KPIs, competitors, what was pruned and the findings are left out.
 *
 * @param graph - a BVF from `defineBvf` or the builder
 * @param options - locale, heading level, audience and sections
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for an unknown locale, audience or
 *   section, a bad heading level, or a seller-only section asked for with `audience: "customer"`
 *
 * @example
 * ```ts
 * import { defineBvf } from "valueframe/bvf";
 * import { bvfToMarkdown } from "valueframe/render";
 * const markdown = bvfToMarkdown(defineBvf(distributorBvf), { sections: ["rollUp"] });
 * markdown.split("\n")[0]; //=> "# Credit-to-cash for Huatong: Business Value Framework"
 * bvfToMarkdown(defineBvf(distributorBvf), { audience: "customer", sections: ["findings"] });
 * //=> throws RenderArgumentError: sections[0]: section "findings" is for the seller only …
 * ```
 */
export function bvfToMarkdown(graph: Bvf, options?: BvfMarkdownOptions): string {
  const resolved = resolveOptions("bvfToMarkdown", options, bvfSections, internalSectionIds(bvfDocument));
  return renderBvf(graph, formatterOf(resolved.locale), resolved.level, resolved.audience, resolved.sections);
}
