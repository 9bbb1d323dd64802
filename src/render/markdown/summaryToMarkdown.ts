/**
 * summaryToMarkdown: the executive summary (quantify's `executiveSummary`) as the first page a CFO
 * reads — headline measures in the short money format, the caveats they need, the scenario range, the
 * goals' gaps closed, where the value comes from, the assumptions that matter and the decision asked.
 * The same blocks open the evaluation document and the HTML report.
 */
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { ExecutiveSummary } from "../../quantify/executiveSummary.js";
import type { Measures } from "../../quantify/types.js";
import { type Formatter, formatterOf } from "../_internal/formatter.js";
import { blocks, bullets, heading, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import type { Audience, SectionOptions } from "../options.js";
import { countOf, driverValue, goalQuantity } from "../_internal/figureText.js";

/** Options of {@link summaryToMarkdown}: locale, heading level and audience (it has one section, `summary`). */
export type SummaryMarkdownOptions = SectionOptions<"summary">;

/** The parts of the summary, written separately so the HTML report can put its chart after the measures. */
export interface SummaryParts {
  /** The basis line, the measures table, the notes under it and the decision asked. */
  readonly headline: string;
  /** Goals, value lines and assumptions, each under its heading. */
  readonly rest: string;
}

/** The measures table's rows: NPV, ROI, IRR a year, payback; risk-adjusted first. */
function measureRows(s: ExecutiveSummary, f: Formatter): string[][] {
  const t = f.t.summary;
  const none = f.t.evaluation.notApplicable;
  const rate = (v: Decimal | null) => (v === null ? none : f.percent(v, 0));
  const payback = (m: Measures) => {
    if (m.payback === null) return f.t.evaluation.notReached;
    const periods = countOf(f, m.payback, s.period);
    return s.period === "year" || m.paybackYears === null ? periods : f.t.common.bracketed(periods, countOf(f, m.paybackYears, "year"));
  };
  const row = (name: string, pick: (m: Measures) => string, bold = false) => {
    const [a, b] = [pick(s.headline.riskAdjusted), pick(s.headline.unadjusted)];
    return [bold ? `**${name}**` : name, bold ? `**${a}**` : a, b];
  };
  return [
    row(t.npv, (m) => f.moneyShort(m.npv, s.currency), true),
    row(t.roi, (m) => rate(m.roi)),
    // Several IRRs: the one a spreadsheet happens to find would mislead, so the cell points to the note.
    row(t.irr, (m) => (s.irrCaveats.some((c) => c.kind === "severalRoots") ? t.severalIrrs : rate(m.irrAnnual))),
    row(t.payback, payback),
  ];
}

/** The notes under the measures: what was counted once, IRR caveats, how payback is timed, the scenario range. */
function headlineNotes(s: ExecutiveSummary, f: Formatter): string[] {
  const t = f.t.summary;
  const notes: string[] = [];
  if (s.doubleCounting !== undefined) {
    notes.push(t.counted(f.list(s.doubleCounting.flagged.map((line) => `“${md(line.label)}”`)), s.doubleCounting.flagged.length, f.moneyShort(s.doubleCounting.withFlagged.riskAdjusted.npv, s.currency)));
  }
  for (const caveat of s.irrCaveats) {
    notes.push(caveat.kind === "extreme" ? t.irrExtreme(f.percent(caveat.threshold, 0)) : t.irrSeveral(f.list(caveat.roots.map((root) => f.percent(root, 1))), f.t.terms.period[s.period]));
  }
  const m = s.headline.riskAdjusted;
  if (s.period !== "month" && (m.payback !== null || s.headline.unadjusted.payback !== null)) notes.push(t.paybackInterpolated(f.t.terms.period[s.period]));
  const range = s.scenarioRange;
  if (range !== undefined) {
    notes.push(t.scenarioRange(String(range.count), f.moneyShort(range.low.weightedNpv, s.currency), md(range.low.id === "base" ? f.t.evaluation.baseCase : range.low.label), f.moneyShort(range.high.weightedNpv, s.currency), md(range.high.id === "base" ? f.t.evaluation.baseCase : range.high.label)));
  }
  return notes;
}

/** The summary's blocks at a heading level (its own title is the caller's). */
export function summaryParts(s: ExecutiveSummary, f: Formatter, level: number, audience: Audience): SummaryParts {
  const t = f.t.summary;
  const facts = [t.basis(countOf(f, new Dec(s.horizon), s.period), f.percent(s.discountRate), s.currency)];
  if (s.scenario !== undefined) facts.push(t.inScenario(md(s.scenario.label)));
  const notes = headlineNotes(s, f);
  const sub = (title: string) => heading(level, title);
  // The decision comes right after the figures it rests on: the first thing after the answer.
  const ask = s.ask === undefined ? [] : [sub(t.ask), `**${md(s.ask)}**`];
  const headline = blocks([facts.join(" "), table([t.measure, t.riskAdjusted, t.unadjusted], measureRows(s, f), [1, 2]), notes.length === 0 ? undefined : bullets(notes), ...ask]);
  const goals = s.goals.filter((g) => g.gap !== null || g.contribution !== null);
  const opt = (v: Decimal | null, fmt: (v: Decimal) => string) => (v === null ? f.t.common.none : fmt(v));
  const rest = blocks([
    goals.length === 0 ? undefined : sub(t.goals),
    goals.length === 0
      ? undefined
      : table(
          [t.goal, t.gap, t.closes, t.share],
          goals.map((g) => [
            md(g.name ?? (audience === "internal" ? g.goalId : t.goal)),
            opt(g.gap, (v) => goalQuantity(f, v, g.unit)),
            opt(g.contribution, (v) => goalQuantity(f, v, g.unit)),
            opt(g.gapClosed, (v) => f.percent(v, 0)),
          ]),
          [1, 2, 3],
        ),
    s.topLines.length === 0 ? undefined : sub(t.topLines),
    s.topLines.length === 0 ? undefined : bullets(s.topLines.map((line) => t.line(md(line.label), f.moneyShort(line.weightedPresentValue, s.currency)))),
    s.keyAssumptions.length === 0 ? undefined : sub(t.assumptions),
    s.keyAssumptions.length === 0
      ? undefined
      : bullets(s.keyAssumptions.map((a) => t.assumption(md(a.label), driverValue(f, a.low, a.unit), driverValue(f, a.high, a.unit), f.moneyShort(a.swing, s.currency)))),
  ]);
  return { headline, rest };
}

/**
 * Writes the executive summary of a value case: the headline measures (risk-adjusted and unadjusted,
 * money in the short form "CN¥18.0M"; de-duplicated where double counting flagged lines, with the figure
 * including them and why), caveats on an extreme IRR or several IRRs, how payback is timed, the
 * scenario range, each goal's gap and how much of it the case closes in the goal's unit, the largest
 * value lines, the assumptions that move the NPV most, and the decision asked. Names only, never ids,
 * for the customer audience.
 *
 * @param summary - the result of quantify's `executiveSummary`
 * @param options - locale, heading level, audience
 * @returns the Markdown section, its title at the heading level
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a bad locale, heading level or audience
 *
 * @example
 * ```ts
 * import { executiveSummary } from "valueframe/quantify";
 * const markdown = summaryToMarkdown(executiveSummary(distributor), { headingLevel: 2 });
 * markdown.split("\n")[0]; //=> "## Executive summary"
 * markdown.includes("| **Net present value** | **CN¥18.0M** | CN¥23.2M |"); //=> true
 * ```
 */
export function summaryToMarkdown(summary: ExecutiveSummary, options?: SummaryMarkdownOptions): string {
  const resolved = resolveOptions("summaryToMarkdown", options, ["summary"]);
  const f = formatterOf(resolved.locale);
  const parts = summaryParts(summary, f, resolved.level + 1, resolved.audience);
  return `${blocks([heading(resolved.level, f.t.summary.title), parts.headline, parts.rest])}\n`;
}
