/** frameToMarkdown: a reference frame as a Markdown document that reads top-down like the method. */
import type { Decimal } from "../../numeric/decimal.js";
import { issueTests } from "../../frame/criticalIssue.js";
import type { Frame } from "../../frame/frame.js";
import { type FrameWarning, frameWarnings } from "../../frame/frameWarnings.js";
import { type Dimension, type Level, dimensions, levels } from "../../frame/grid.js";
import { frameGrid } from "../../grid/frameGrid.js";
import { rankSolutions } from "../../frame/queries/rankSolutions.js";
import { solutionCriteria } from "../../frame/solution.js";
import { type Formatter, formatterOf } from "../_internal/formatter.js";
import { cellName, landsAt } from "../_internal/gridText.js";
import { bullets, code, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { type DocumentSpec, emptySection, idFor, internalSectionIds, named, type SectionContext, unlessEmpty, writeDocument } from "../_internal/sections.js";
import { linkageDiagram } from "../mermaid/linkageDiagram.js";
import type { FrameWarningParams } from "../locales/params.js";
import type { Audience, SectionOptions } from "../options.js";

/**
 * The sections of a frame document, in order. `solutionScores` (the five-criteria scores and the rank)
 * and `warnings` are the seller's: a customer document leaves them out, and asking for them by name with
 * `audience: "customer"` throws.
 */
export const frameSections = ["overview", "goals", "successFactors", "issues", "grid", "solutions", "solutionScores", "values", "diagram", "warnings"] as const;

/** A section of a frame document. */
export type FrameSection = (typeof frameSections)[number];

/** Options of {@link frameToMarkdown}: locale, heading level, audience and which of the {@link frameSections} to write. */
export type FrameMarkdownOptions = SectionOptions<FrameSection>;

/** What the frame's sections read. */
export interface FrameContext extends SectionContext {
  readonly frame: Frame;
  /** The names of elements by id, joined with the locale's separator; "—" for none. */
  readonly nameList: (ids: readonly string[]) => string;
}

/** The bold descriptions of the elements that have one, as a list. */
function described(f: Formatter, items: readonly { name: string; description?: string | undefined }[]): string {
  return bullets(items.filter((item) => item.description !== undefined).map((item) => f.t.common.labelled(`**${md(item.name)}**`, md(item.description ?? ""))));
}

/** A goal's change from baseline to target, with the relative change: "+8 M CNY (+20%)". */
function change(f: Formatter, baseline: Decimal, target: Decimal, unit: string): string {
  const diff = target.minus(baseline);
  const sign = diff.isPositive() && !diff.isZero() ? "+" : "";
  const relative = baseline.isZero() ? "" : ` (${sign}${f.percent(diff.div(baseline.abs()), 1)})`;
  return `${sign}${f.number(diff)} ${md(unit)}${relative}`;
}

/**
 * A warning in the locale's words, from its code and the frame elements its path points at (the model's
 * message is English: it is the library's API). A code the locale has no template for keeps that message.
 */
function warningText(f: Formatter, frame: Frame, w: FrameWarning): string {
  const template = (f.t.frame.warning as Partial<Record<string, (p: FrameWarningParams) => string>>)[w.code];
  const params = template === undefined ? undefined : warningParams(f, frame, w);
  return template === undefined || params === undefined ? md(w.message) : template(params);
}

/** What a warning's template places: the elements by name and id, the figures formatted. */
function warningParams(f: Formatter, frame: Frame, w: FrameWarning): FrameWarningParams | undefined {
  const t = f.t;
  const index = typeof w.path[1] === "number" ? w.path[1] : -1;
  const ref = (element: { name: string; id: string } | undefined) => (element === undefined ? "" : t.common.reference(md(element.name), code(element.id)));
  const none = { message: md(w.message), goal: "", issue: "", value: "", solution: "", baseline: "", target: "", increase: false, test: "", rating: "", reason: "" };
  switch (w.code) {
    case "target_wrong_direction":
    case "target_equals_baseline": {
      const goal = frame.goals[index];
      if (goal === undefined) return undefined;
      return { ...none, goal: ref(goal), baseline: f.number(goal.baseline), target: f.number(goal.target), increase: goal.direction === "increase" };
    }
    case "weak_issue_test": {
      const issue = frame.issues[index];
      const test = issueTests.find((k) => k === w.path[3]);
      if (issue === undefined || test === undefined) return undefined;
      return { ...none, issue: ref(issue), test: t.terms.issueTest[test], rating: String(issue.tests[test]), reason: t.frame.weakTestReason[test] };
    }
    case "value_off_chain": {
      const value = frame.values[index];
      if (value === undefined) return undefined;
      const goal = frame.goals.find((g) => g.id === value.serves);
      const solution = frame.solutions.find((s) => s.id === value.solution);
      return { ...none, value: ref(value), goal: ref(goal), solution: ref(solution) };
    }
  }
  return undefined;
}

/** A solution's capabilities and constraints under its name, for the solutions that have any. */
function solutionDetails(f: Formatter, solutions: Frame["solutions"]): string {
  const t = f.t;
  return solutions
    .map((s) => {
      const details: string[] = [];
      if (s.capabilities.length > 0) details.push(`  - ${t.common.labelled(t.frame.capabilities, f.list(s.capabilities.map(md)))}`);
      for (const constraint of s.constraints) details.push(`  - ${t.common.labelled(t.frame.constraints, md(constraint))}`);
      if (s.description === undefined && details.length === 0) return "";
      const name = `**${md(s.name)}**`;
      return [`- ${s.description === undefined ? name : t.common.labelled(name, md(s.description))}`, ...details].join("\n");
    })
    .filter((item) => item !== "")
    .join("\n");
}

/**
 * The frame document: the method's order, top-down. Sections marked `audience: "internal"` are the
 * seller's and are never written for the customer; every element is {@link named}, its id for the seller only.
 */
export const frameDocument: DocumentSpec<FrameSection, FrameContext> = {
  title: ({ f, frame }) => f.t.frame.title(md(frame.customer.name)),
  sections: [
    {
      id: "overview",
      render: ({ f: { t }, frame }) => {
        const fact = t.common.fact;
        const facts = [fact(t.frame.customer, md(frame.customer.name))];
        if (frame.customer.industry !== undefined) facts.push(fact(t.frame.industry, md(frame.customer.industry)));
        facts.push(fact(t.frame.currency, frame.currency));
        return [bullets(facts)];
      },
    },
    {
      id: "goals",
      title: (t) => t.frame.goals,
      render: (ctx) => {
        const { f, frame } = ctx;
        return unlessEmpty(frame.goals, (goals) => [
          table(
            [f.t.frame.goal, f.t.frame.perspective, f.t.frame.metric, f.t.frame.baseline, f.t.frame.target, f.t.frame.change, f.t.frame.deadline],
            goals.map((g) => [
              named(ctx, g.name, g.id),
              f.t.terms.perspective[g.perspective],
              md(g.metric),
              `${f.number(g.baseline)} ${md(g.unit)}`,
              `${f.number(g.target)} ${md(g.unit)}`,
              change(f, g.baseline, g.target, g.unit),
              f.date(g.deadline),
            ]),
            [3, 4],
          ),
          described(f, goals),
        ]);
      },
    },
    {
      id: "successFactors",
      title: (t) => t.frame.successFactors,
      render: (ctx) => {
        const { f: { t }, frame, nameList } = ctx;
        return unlessEmpty(frame.successFactors, (factors) => [
          table(
            [t.frame.successFactor, t.frame.source, t.frame.serves],
            factors.map((s) => [named(ctx, s.name, s.id), t.terms.successFactorSource[s.source], nameList(s.serves)]),
          ),
          described(ctx.f, factors),
        ]);
      },
    },
    {
      id: "issues",
      title: (t) => t.frame.issues,
      render: (ctx) => {
        const { f: { t }, frame, nameList } = ctx;
        // The 1–5 tests are the seller's rating of how well an issue will sell, not for the customer.
        const tests = ctx.audience === "internal" ? issueTests : [];
        return unlessEmpty(frame.issues, (issues) => [
          table(
            [t.frame.issue, t.frame.kind, t.frame.hurts, t.frame.blocks, ...tests.map((k) => t.terms.issueTest[k]), t.frame.cell],
            issues.map((i) => [
              named(ctx, i.name, i.id),
              t.terms.issueKind[i.kind],
              nameList(i.hurts),
              nameList(i.blocks),
              ...tests.map((k) => String(i.tests[k])),
              cellName(t, i.cell),
            ]),
            tests.length === 0 ? [] : [4, 5, 6],
          ),
          tests.length === 0 ? undefined : t.frame.testsNote,
          described(ctx.f, issues),
        ]);
      },
    },
    {
      id: "grid",
      title: (t) => t.frame.grid,
      render: (ctx) => {
        const { f: { t }, frame } = ctx;
        const cells = frameGrid(frame);
        const cellText = (lv: Level, dim: Dimension) => {
          const cell = cells.find((c) => c.level === lv && c.dimension === dim);
          const items = [
            ...(cell?.issues ?? []).map((i) => `${md(i.name)}${idFor(ctx, i.id)}`),
            ...(cell?.solutions ?? []).map((s) => `${t.frame.solutionInCell(md(s.name))}${idFor(ctx, s.id)}`),
          ];
          return items.length === 0 ? t.common.none : items.join(t.frame.cellSeparator);
        };
        return [
          table(
            [t.frame.gridCorner, ...dimensions.map((d) => t.terms.dimension[d])],
            levels.map((lv) => [`**${t.terms.level[lv]}**`, ...dimensions.map((d) => cellText(lv, d))]),
          ),
        ];
      },
    },
    {
      // What each solution is and where it lands, in the frame's order; how it scores is solutionScores.
      id: "solutions",
      title: (t) => t.frame.solutions,
      render: (ctx) => {
        const { f, frame, nameList } = ctx;
        return unlessEmpty(frame.solutions, (solutions) => [
          table(
            [f.t.frame.solution, f.t.frame.approach, f.t.frame.landsAt, f.t.frame.addresses],
            solutions.map((s) => [named(ctx, s.name, s.id), f.t.terms.approach[s.approach], landsAt(f.t, s), nameList(s.addresses)]),
          ),
          solutionDetails(f, solutions),
        ]);
      },
    },
    {
      // The seller's ranking: the customer sees the solutions, not how the seller rates them.
      id: "solutionScores",
      title: (t) => t.frame.solutionScores,
      audience: "internal",
      render: (ctx) => {
        const { f, frame } = ctx;
        return unlessEmpty(rankSolutions(frame), (ranking) => [
          table(
            [f.t.frame.rank, f.t.frame.solution, ...solutionCriteria.map((c) => f.t.terms.criterion[c]), f.t.frame.score],
            ranking.map((r) => [String(r.rank), named(ctx, r.solution.name, r.solution.id), ...solutionCriteria.map((c) => String(r.solution.scores[c])), f.number(r.score, 2)]),
            [0, 2, 3, 4, 5, 6, 7],
          ),
          f.t.frame.scoreNote,
        ]);
      },
    },
    {
      id: "values",
      title: (t) => t.frame.values,
      render: (ctx) => {
        const { f, frame, nameList } = ctx;
        return unlessEmpty(frame.values, (values) => [
          table(
            [f.t.frame.value, f.t.frame.kind, f.t.frame.amount, f.t.frame.timing, f.t.frame.probability, f.t.frame.expected, f.t.frame.serves, f.t.frame.solution],
            values.map((v) => [
              named(ctx, v.name, v.id),
              f.t.terms.valueKind[v.kind],
              v.kind === "financial" ? `${f.money(v.amount, frame.currency)} ${f.t.terms.recurrence[v.recurrence]}` : md(v.unit === undefined ? v.amount : `${v.amount} ${v.unit}`),
              f.t.frame.timingText(f.number(v.timing.startsAfterMonths), f.number(v.timing.realisedWithinMonths)),
              f.percent(v.probability),
              v.kind === "financial" ? f.money(v.amount.times(v.probability), frame.currency) : f.t.common.none,
              nameList([v.serves]),
              v.solution === undefined ? f.t.common.none : nameList([v.solution]),
            ]),
            [2, 4, 5],
          ),
          described(f, values),
        ]);
      },
    },
    {
      // The linkage as a Mermaid block, which GitHub and GitLab draw (the HTML report draws it as SVG).
      // Its ids are Mermaid identifiers, never shown.
      id: "diagram",
      title: (t) => t.frame.diagram,
      render: ({ f, frame }) => {
        const elements = [frame.goals, frame.successFactors, frame.issues, frame.solutions, frame.values];
        return elements.every((list) => list.length === 0) ? emptySection : [`\`\`\`mermaid\n${linkageDiagram(frame, { locale: f.locale })}\`\`\``];
      },
    },
    {
      // Advice to the seller ("the customer already sees it…"), not for the customer's eyes.
      id: "warnings",
      title: (t) => t.frame.warnings,
      audience: "internal",
      render: ({ f, frame }) => {
        const warnings = frameWarnings(frame);
        return warnings.length === 0 ? undefined : [bullets(warnings.map((w) => `${warningText(f, frame, w)} ${code(w.code)}`))];
      },
    },
  ],
};

/** Writes the frame's selected sections under its title, for the audience. */
function renderFrame(frame: Frame, f: Formatter, level: number, audience: Audience, sections: ReadonlySet<FrameSection>): string {
  const names = new Map<string, string>();
  for (const element of [...frame.goals, ...frame.successFactors, ...frame.issues, ...frame.solutions, ...frame.values]) {
    names.set(element.id, element.name);
  }
  const nameList = (ids: readonly string[]) => (ids.length === 0 ? f.t.common.none : f.list(ids.map((id) => md(names.get(id) ?? id))));
  return writeDocument(frameDocument, { f, level, audience, frame, nameList }, sections);
}

/**
 * Writes a reference frame as Markdown that reads top-down like the method: the customer, strategic
 * goals, critical success factors, critical issues with their three tests, the issues on the 3 × 3
 * performance grid with the solutions that name a cell (a table, one cell per performance variable), the
 * high-energy solutions with where each lands (its cell, or its level), their ranking by the five-criteria
 * score, the performance values, the linkage diagram as a Mermaid block (GitHub draws it) and the
 * frame's warnings.
 *
 * With `audience: "customer"` it writes what the customer may see: no solution scores and no warnings,
 * and elements by name only (the seller's document, the default, adds each id).
 *
 * @param frame - a frame from `defineFrame`
 * @param options - locale, heading level, audience and sections
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for an unknown locale, audience or
 *   section, a bad heading level, or a seller-only section asked for with `audience: "customer"`
 *
 * @example
 * ```ts
 * import { defineFrame } from "valueframe";
 * import { frameToMarkdown } from "valueframe/render";
 * const markdown = frameToMarkdown(defineFrame(distributorFrame), { sections: ["grid"] });
 * markdown.split("\n")[0]; //=> "# Huatong Industrial Distribution: reference frame"
 * markdown.includes("| **Process** | — | Large orders accepted"); //=> true
 * frameToMarkdown(defineFrame(distributorFrame), { audience: "customer" }).includes("`g-cash`"); //=> false
 * ```
 */
export function frameToMarkdown(frame: Frame, options?: FrameMarkdownOptions): string {
  const resolved = resolveOptions("frameToMarkdown", options, frameSections, internalSectionIds(frameDocument));
  return renderFrame(frame, formatterOf(resolved.locale), resolved.level, resolved.audience, resolved.sections);
}
