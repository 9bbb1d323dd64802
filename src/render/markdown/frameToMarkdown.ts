/** frameToMarkdown: a reference frame as a Markdown document that reads top-down like the method. */
import type { Decimal } from "../../numeric/decimal.js";
import { issueTests } from "../../frame/criticalIssue.js";
import type { Frame } from "../../frame/frame.js";
import { frameWarnings } from "../../frame/frameWarnings.js";
import { dimensions, levels } from "../../frame/grid.js";
import { frameGrid } from "../../frame/queries/frameGrid.js";
import { rankSolutions } from "../../frame/queries/rankSolutions.js";
import { solutionCriteria } from "../../frame/solution.js";
import { type Formatter, formatterOf } from "../_internal/formatter.js";
import { blocks, bullets, code, heading, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import type { Locale, LocaleId } from "../locales/types.js";

/** The sections of a frame document, in order. */
export const frameSections = ["overview", "goals", "successFactors", "issues", "grid", "solutions", "values", "warnings"] as const;

/** A section of a frame document. */
export type FrameSection = (typeof frameSections)[number];

/** Options of {@link frameToMarkdown}. */
export interface FrameMarkdownOptions {
  /** `"en"` (default) or `"zh-CN"`, or a {@link Locale} object. */
  readonly locale?: LocaleId | Locale;
  /** Level of the title heading, 1–5 (default 1); sections are one level below. */
  readonly headingLevel?: number;
  /** Which sections to write, default all ({@link frameSections}); order is always the method's. */
  readonly sections?: readonly FrameSection[];
}

/** Writes the frame's sections; shared with the notebook display and the document renderers. */
export function renderFrame(frame: Frame, f: Formatter, level: number, sections: ReadonlySet<FrameSection>): string {
  const t = f.t;
  const names = new Map<string, string>();
  for (const element of [...frame.goals, ...frame.successFactors, ...frame.issues, ...frame.solutions, ...frame.values]) {
    names.set(element.id, element.name);
  }
  const nameList = (ids: readonly string[]) => (ids.length === 0 ? t.common.none : f.list(ids.map((id) => md(names.get(id) ?? id))));
  const h = (text: string) => heading(level + 1, text);
  const none = t.common.emptySection;
  const described = (items: readonly { name: string; description?: string | undefined }[]) =>
    bullets(items.filter((item) => item.description !== undefined).map((item) => `**${md(item.name)}**: ${md(item.description ?? "")}`));

  const out: (string | undefined)[] = [heading(level, t.frame.title(md(frame.customer.name)))];
  if (sections.has("overview")) {
    const facts = [`**${t.frame.customer}:** ${md(frame.customer.name)}`];
    if (frame.customer.industry !== undefined) facts.push(`**${t.frame.industry}:** ${md(frame.customer.industry)}`);
    facts.push(`**${t.frame.currency}:** ${frame.currency}`);
    out.push(bullets(facts));
  }
  if (sections.has("goals")) {
    out.push(h(t.frame.goals));
    const change = (baseline: Decimal, target: Decimal, unit: string) => {
      const diff = target.minus(baseline);
      const sign = diff.isPositive() && !diff.isZero() ? "+" : "";
      const relative = baseline.isZero() ? "" : ` (${sign}${f.percent(diff.div(baseline.abs()), 1)})`;
      return `${sign}${f.number(diff)} ${md(unit)}${relative}`;
    };
    out.push(
      frame.goals.length === 0
        ? none
        : table(
            [t.frame.goal, t.frame.perspective, t.frame.metric, t.frame.baseline, t.frame.target, t.frame.change, t.frame.deadline],
            frame.goals.map((g) => [
              `**${md(g.name)}** ${code(g.id)}`,
              t.terms.perspective[g.perspective],
              md(g.metric),
              `${f.number(g.baseline)} ${md(g.unit)}`,
              `${f.number(g.target)} ${md(g.unit)}`,
              change(g.baseline, g.target, g.unit),
              f.date(g.deadline),
            ]),
            [3, 4],
          ),
      described(frame.goals),
    );
  }
  if (sections.has("successFactors")) {
    out.push(h(t.frame.successFactors));
    out.push(
      frame.successFactors.length === 0
        ? none
        : table(
            [t.frame.successFactor, t.frame.source, t.frame.serves],
            frame.successFactors.map((s) => [`**${md(s.name)}** ${code(s.id)}`, t.terms.successFactorSource[s.source], nameList(s.serves)]),
          ),
      described(frame.successFactors),
    );
  }
  const cellName = (cell: { level: (typeof levels)[number]; dimension: (typeof dimensions)[number]; aspect?: string | undefined }) => {
    const base = t.terms.cell[cell.level][cell.dimension];
    const aspect = cell.aspect === undefined ? undefined : (t.terms.aspect as Record<string, string>)[cell.aspect];
    return aspect === undefined ? base : `${base} (${aspect})`;
  };
  if (sections.has("issues")) {
    out.push(h(t.frame.issues));
    out.push(
      frame.issues.length === 0
        ? none
        : table(
            [t.frame.issue, t.frame.kind, t.frame.hurts, t.frame.blocks, ...issueTests.map((k) => t.terms.issueTest[k]), t.frame.cell],
            frame.issues.map((i) => [
              `**${md(i.name)}** ${code(i.id)}`,
              t.terms.issueKind[i.kind],
              nameList(i.hurts),
              nameList(i.blocks),
              ...issueTests.map((k) => String(i.tests[k])),
              cellName(i.cell),
            ]),
            [4, 5, 6],
          ),
      frame.issues.length === 0 ? undefined : t.frame.testsNote,
      described(frame.issues),
    );
  }
  if (sections.has("grid")) {
    out.push(h(t.frame.grid));
    const cells = frameGrid(frame);
    const cellText = (lv: string, dim: string) => {
      const found = cells.find((c) => c.level === lv && c.dimension === dim)?.issues ?? [];
      return found.length === 0 ? t.common.none : found.map((i) => `${md(i.name)} ${code(i.id)}`).join("; ");
    };
    out.push(
      table(
        [t.frame.gridCorner, ...dimensions.map((d) => t.terms.dimension[d])],
        levels.map((lv) => [`**${t.terms.level[lv]}**`, ...dimensions.map((d) => cellText(lv, d))]),
      ),
    );
  }
  if (sections.has("solutions")) {
    out.push(h(t.frame.solutions));
    const ranked = rankSolutions(frame);
    out.push(
      ranked.length === 0
        ? none
        : table(
            [t.frame.rank, t.frame.solution, t.frame.approach, t.frame.landsAt, ...solutionCriteria.map((c) => t.terms.criterion[c]), t.frame.score, t.frame.addresses],
            ranked.map((r) => [
              String(r.rank),
              `**${md(r.solution.name)}** ${code(r.solution.id)}`,
              t.terms.approach[r.solution.approach],
              t.terms.level[r.solution.level],
              ...solutionCriteria.map((c) => String(r.solution.scores[c])),
              f.number(r.score, 2),
              nameList(r.solution.addresses),
            ]),
            [0, 4, 5, 6, 7, 8, 9],
          ),
      ranked.length === 0 ? undefined : t.frame.scoreNote,
      frame.solutions
        .map((s) => {
          const details: string[] = [];
          if (s.capabilities.length > 0) details.push(`  - ${t.frame.capabilities}: ${f.list(s.capabilities.map(md))}`);
          for (const constraint of s.constraints) details.push(`  - ${t.frame.constraints}: ${md(constraint)}`);
          if (s.description === undefined && details.length === 0) return "";
          return [`- **${md(s.name)}**${s.description === undefined ? "" : `: ${md(s.description)}`}`, ...details].join("\n");
        })
        .filter((item) => item !== "")
        .join("\n"),
    );
  }
  if (sections.has("values")) {
    out.push(h(t.frame.values));
    out.push(
      frame.values.length === 0
        ? none
        : table(
            [t.frame.value, t.frame.kind, t.frame.amount, t.frame.timing, t.frame.probability, t.frame.expected, t.frame.serves, t.frame.solution],
            frame.values.map((v) => [
              `**${md(v.name)}** ${code(v.id)}`,
              t.terms.valueKind[v.kind],
              v.kind === "financial" ? `${f.money(v.amount, frame.currency)} ${t.terms.recurrence[v.recurrence]}` : md(v.unit === undefined ? v.amount : `${v.amount} ${v.unit}`),
              t.frame.timingText(f.number(v.timing.startsAfterMonths), f.number(v.timing.realisedWithinMonths)),
              f.percent(v.probability),
              v.kind === "financial" ? f.money(v.amount.times(v.probability), frame.currency) : t.common.none,
              nameList([v.serves]),
              v.solution === undefined ? t.common.none : nameList([v.solution]),
            ]),
            [2, 4, 5],
          ),
      described(frame.values),
    );
  }
  if (sections.has("warnings")) {
    const warnings = frameWarnings(frame);
    if (warnings.length > 0) out.push(h(t.frame.warnings), bullets(warnings.map((w) => `${md(w.message)} ${code(w.code)}`)));
  }
  return blocks(out);
}

/**
 * Writes a reference frame as Markdown that reads top-down like the method: the customer, strategic
 * goals, critical success factors, critical issues with their three tests, the issues on the 3 × 3
 * performance grid (a table, one cell per performance variable), the high-energy solutions ranked by
 * their five-criteria score, the performance values and the frame's warnings.
 *
 * @param frame - a frame from {@link defineFrame}
 * @param options - locale, heading level and sections
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for an unknown locale or section, or a bad heading level
 *
 * @example
 * ```ts
 * import { defineFrame } from "valueframe";
 * import { frameToMarkdown } from "valueframe/render";
 * const markdown = frameToMarkdown(defineFrame(distributorFrame), { sections: ["grid"] });
 * markdown.split("\n")[0]; //=> "# Huatong Industrial Distribution: reference frame"
 * markdown.includes("| **Process** | — | Large orders accepted"); //=> true
 * ```
 */
export function frameToMarkdown(frame: Frame, options?: FrameMarkdownOptions): string {
  const resolved = resolveOptions("frameToMarkdown", options, frameSections);
  return renderFrame(frame, formatterOf(resolved.locale), resolved.level, resolved.sections);
}
