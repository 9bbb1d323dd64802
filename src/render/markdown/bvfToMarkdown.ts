/** bvfToMarkdown: a Business Value Framework as Markdown: the four levels, their links, the checks and the roll-up. */
import type { Decimal } from "../../numeric/decimal.js";
import { checkBvf } from "../../bvf/checkBvf.js";
import { rollUp } from "../../bvf/rollUp.js";
import type { Bvf, ExecutiveKpi } from "../../bvf/types.js";
import { type Formatter, formatterOf } from "../_internal/formatter.js";
import { blocks, bullets, code, heading, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import type { Locale, LocaleId } from "../locales/types.js";

/** The sections of a BVF document, in order. */
export const bvfSections = ["overview", "executiveKpis", "sellerKpis", "intentions", "operationalKpis", "solutions", "pruned", "findings", "rollUp"] as const;

/** A section of a BVF document. */
export type BvfSection = (typeof bvfSections)[number];

/** Options of {@link bvfToMarkdown}. */
export interface BvfMarkdownOptions {
  /** `"en"` (default) or `"zh-CN"`, or a {@link Locale} object. */
  readonly locale?: LocaleId | Locale;
  /** Level of the title heading, 1–5 (default 1); sections are one level below. */
  readonly headingLevel?: number;
  /** Which sections to write, default all ({@link bvfSections}). */
  readonly sections?: readonly BvfSection[];
}

const severities = ["error", "warning", "info"] as const;

/** Writes the BVF's sections; shared with the notebook display. */
export function renderBvf(graph: Bvf, f: Formatter, level: number, sections: ReadonlySet<BvfSection>): string {
  const t = f.t.bvf;
  const none = f.t.common.none;
  const h = (text: string) => heading(level + 1, text);
  const names = new Map<string, string>();
  for (const node of [...graph.executiveKpis, ...graph.sellerKpis, ...graph.intentions, ...graph.operationalKpis, ...graph.solutions, ...graph.competitors]) {
    names.set(node.id, node.name);
  }
  const name = (id: string) => md(names.get(id) ?? id);
  const opt = (v: Decimal | undefined, fmt: (v: Decimal) => string = (x) => f.number(x)) => (v === undefined ? none : fmt(v));
  const pct = (v: Decimal) => f.percent(v.div(100), 2);
  const text = (v: string | undefined) => (v === undefined ? none : md(v));
  const titled = (node: { id: string; name: string }) => `**${md(node.name)}** ${code(node.id)}`;
  const linkList = (links: readonly { id: string }[], detail: (link: never) => string | undefined) =>
    links.length === 0
      ? none
      : f.list(
          links.map((link) => {
            const extra = detail(link as never);
            return extra === undefined ? name(link.id) : `${name(link.id)} (${extra})`;
          }),
        );
  const execRows = (kpis: readonly ExecutiveKpi[]) =>
    kpis.map((k) => [
      titled(k),
      text(k.unit),
      opt(k.baseline),
      opt(k.target),
      f.t.terms.direction[k.direction],
      opt(k.expectedImprovement, pct),
      f.number(k.weight),
      text(k.owner),
    ]);
  const execHeaders = [t.name, t.unit, t.baseline, t.target, t.direction, t.expectedImprovement, t.weight, t.owner];
  const sellerRows = (kpis: Bvf["sellerKpis"]) => kpis.map((k) => [titled(k), f.t.terms.sellerKpiKind[k.kind], k.serves.length === 0 ? none : f.list(k.serves.map(name))]);

  const out: (string | undefined)[] = [heading(level, graph.name === undefined ? t.untitled : md(graph.name))];
  if (sections.has("overview")) {
    const facts: string[] = [];
    if (graph.customer !== undefined) facts.push(`**${t.customer}:** ${md(graph.customer)}`);
    if (graph.seller !== undefined) facts.push(`**${t.seller}:** ${md(graph.seller)}`);
    if (graph.competitors.length > 0) facts.push(`**${t.competitors}:** ${f.list(graph.competitors.map(titled))}`);
    out.push(bullets(facts), t.percentNote);
  }
  if (sections.has("executiveKpis")) {
    out.push(h(`1. ${t.executiveKpis}`), graph.executiveKpis.length === 0 ? f.t.common.emptySection : table(execHeaders, execRows(graph.executiveKpis), [2, 3, 5, 6]));
  }
  if (sections.has("sellerKpis")) {
    out.push(h(t.sellerKpis), graph.sellerKpis.length === 0 ? f.t.common.emptySection : table([t.name, t.kind, t.serves], sellerRows(graph.sellerKpis)));
  }
  if (sections.has("intentions")) {
    out.push(
      h(`2. ${t.intentions}`),
      graph.intentions.length === 0
        ? f.t.common.emptySection
        : table(
            [t.name, t.serves, t.owner],
            graph.intentions.map((i) => [
              titled(i),
              linkList(i.serves, (l: { elasticity?: Decimal }) => (l.elasticity === undefined ? undefined : `${t.elasticity} ${f.number(l.elasticity)}`)),
              text(i.owner),
            ]),
          ),
    );
  }
  if (sections.has("operationalKpis")) {
    out.push(
      h(`3. ${t.operationalKpis}`),
      graph.operationalKpis.length === 0
        ? f.t.common.emptySection
        : table(
            [t.name, t.function, t.unit, t.baseline, t.target, t.direction, t.serves],
            graph.operationalKpis.map((k) => [
              titled(k),
              md(k.function),
              text(k.unit),
              opt(k.baseline),
              opt(k.target),
              f.t.terms.direction[k.direction],
              linkList(k.serves, (l: { weight?: Decimal }) => (l.weight === undefined ? undefined : `${t.weight} ${f.number(l.weight)}`)),
            ]),
            [3, 4],
          ),
    );
  }
  if (sections.has("solutions")) {
    out.push(
      h(`4. ${t.solutions}`),
      graph.solutions.length === 0
        ? f.t.common.emptySection
        : table(
            [t.name, t.kind, t.phase, t.serves, t.differentiator, t.measure, t.alsoOfferedBy],
            graph.solutions.map((s) => [
              titled(s),
              f.t.terms.solutionKind[s.kind],
              s.phase === undefined ? none : String(s.phase),
              linkList(s.serves, (l: { improvement?: Decimal }) => (l.improvement === undefined ? undefined : `${t.improvement} ${pct(l.improvement)}`)),
              text(s.differentiator),
              text(s.measure),
              s.alsoOfferedBy.length === 0 ? none : f.list(s.alsoOfferedBy.map(name)),
            ]),
            [2],
          ),
    );
  }
  if (sections.has("pruned") && (graph.pruned.executiveKpis.length > 0 || graph.pruned.sellerKpis.length > 0)) {
    out.push(h(t.pruned), t.pruneNote);
    if (graph.pruned.executiveKpis.length > 0) out.push(table(execHeaders, execRows(graph.pruned.executiveKpis), [2, 3, 5, 6]));
    if (graph.pruned.sellerKpis.length > 0) out.push(table([t.name, t.kind, t.serves], sellerRows(graph.pruned.sellerKpis)));
  }
  if (sections.has("findings")) {
    const findings = checkBvf(graph);
    out.push(h(t.findings));
    if (findings.length === 0) out.push(t.noFindings);
    for (const severity of severities) {
      const found = findings.filter((x) => x.severity === severity);
      if (found.length === 0) continue;
      out.push(`**${f.t.terms.severity[severity]}** (${found.length})`, bullets(found.map((x) => `${md(x.message)} ${code(x.code)}`)));
    }
  }
  if (sections.has("rollUp")) {
    const result = rollUp(graph);
    out.push(h(t.rollUp));
    out.push(
      table(
        [t.name, t.estimated, t.expected, t.gap, t.met],
        result.executiveKpis.map((k) => [
          `**${md(k.name)}** ${code(k.id)}`,
          pct(k.estimated),
          opt(k.expected, pct),
          opt(k.gap, pct),
          k.met === undefined ? none : k.met ? f.t.common.yes : f.t.common.no,
        ]),
        [1, 2, 3],
      ),
    );
  }
  return blocks(out);
}

/**
 * Writes a Business Value Framework as Markdown: the four levels in order (executive KPIs with the
 * improvement the customer expects, business intentions, operational KPIs by function, vendor solutions
 * with phase, differentiator and measure), each with its upward links, the seller's KPIs, what step 3
 * pruned, the check findings grouped by severity, and the roll-up of each executive KPI against the
 * expected improvement.
 *
 * @param graph - a BVF from `defineBvf` or the builder
 * @param options - locale, heading level and sections
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for an unknown locale or section, or a bad heading level
 *
 * @example
 * ```ts
 * import { defineBvf } from "valueframe/bvf";
 * import { bvfToMarkdown } from "valueframe/render";
 * const markdown = bvfToMarkdown(defineBvf(distributorBvf), { sections: ["rollUp"] });
 * markdown.split("\n")[0]; //=> "# Credit-to-cash for Huatong: Business Value Framework"
 * ```
 */
export function bvfToMarkdown(graph: Bvf, options?: BvfMarkdownOptions): string {
  const resolved = resolveOptions("bvfToMarkdown", options, bvfSections);
  return renderBvf(graph, formatterOf(resolved.locale), resolved.level, resolved.sections);
}
