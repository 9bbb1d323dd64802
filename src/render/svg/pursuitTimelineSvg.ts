/** pursuitTimelineSvg: the pursuit over time as a standalone SVG picture — a lane per person, their stage as a step line, the commitments as marks. */
import type { BuyingCentre } from "../../people/schema.js";
import { commitmentStatuses, type CommitmentState, type CommitmentStatus } from "../../pursuit/commitments.js";
import type { StageNumber } from "../../pursuit/process.js";
import type { Pursuit } from "../../pursuit/schema.js";
import { dealStage, stageHistories } from "../../pursuit/stageHistory.js";
import { renderArgumentError } from "../errors.js";
import type { RenderOptions } from "../options.js";
import { chartOptions } from "../_internal/chartOptions.js";
import { defaultSize, palette } from "../_internal/chartStyle.js";
import { formatMonth, isPursuit, pursuitOptionIssues, stageRef } from "../_internal/pursuitText.js";
import { esc } from "../_internal/xml.js";
import { HALO, legendLines, px, svgDocument } from "./_internal/svg.js";
import { textWidth, wrapText } from "./_internal/textFit.js";

/** Options of {@link pursuitTimelineSvg}. */
export interface PursuitTimelineSvgOptions extends RenderOptions {
  /** Today (ISO date): the line drawn across the lanes; later visits are planned. The time axis runs to it, or to the last planned visit. */
  readonly asOf?: string;
  /** The buying centre: lanes named and ordered as its people; without it, lanes are named by their ids. */
  readonly centre?: BuyingCentre;
  /** Width in pixels (default 640, at least 400). */
  readonly width?: number;
}

/** Colours of the timeline: the stage line, fall-backs, the as-of line and each commitment state. */
const colors = {
  line: palette.line,
  fallBack: palette.cost,
  asOf: palette.rule,
  planned: palette.muted,
  asked: palette.muted,
  notAsked: "#bdbdbd",
  refused: "#6d4c41",
  obtained: palette.net,
  overdue: palette.low,
  kept: palette.benefit,
  partlyKept: palette.low,
  broken: palette.cost,
} as const;

/** The states in the legend's order. */
const STATES: readonly CommitmentState[] = ["planned", "asked", "notAsked", "refused", "obtained", "overdue", "kept", "partlyKept", "broken"];

/** Where the lanes start, how tall the stage plot and the commitments' strip are. */
const LEFT = 150;
const STAGE_STEP = 7;
const PLOT_TOP_PAD = 10;
const STRIP = 24;
const LANE = PLOT_TOP_PAD + 9 * STAGE_STEP + STRIP + 12;
const MARK_GAP = 11;

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const dateOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** A commitment's mark, by its state: shape and colour tell the states apart in colour and in grey. */
function markShape(state: CommitmentState, x: number, y: number): string {
  const c = colors[state];
  const r = 4.5;
  switch (state) {
    case "kept":
    case "obtained":
      return `<circle cx="${px(x)}" cy="${px(y)}" r="${r}" fill="${c}"/>`;
    case "partlyKept":
      return `<circle cx="${px(x)}" cy="${px(y)}" r="${r}" fill="#ffffff" stroke="${c}" stroke-width="1.5"/><path d="M${px(x)} ${px(y - r)}A${r} ${r} 0 0 0 ${px(x)} ${px(y + r)}Z" fill="${c}"/>`;
    case "broken":
      return `<path d="M${px(x - r)} ${px(y - r)}L${px(x + r)} ${px(y + r)}M${px(x - r)} ${px(y + r)}L${px(x + r)} ${px(y - r)}" stroke="${c}" stroke-width="2.5" stroke-linecap="round"/>`;
    case "refused":
      return `<path d="M${px(x - r)} ${px(y - r)}L${px(x + r)} ${px(y - r)}L${px(x)} ${px(y + r)}Z" fill="${c}"/>`;
    case "overdue":
      return `<path d="M${px(x)} ${px(y - r)}L${px(x + r)} ${px(y + r)}L${px(x - r)} ${px(y + r)}Z" fill="#ffffff" stroke="${c}" stroke-width="1.5"/>`;
    case "planned":
      return `<path d="M${px(x)} ${px(y - r)}L${px(x + r)} ${px(y)}L${px(x)} ${px(y + r)}L${px(x - r)} ${px(y)}Z" fill="#ffffff" stroke="${c}" stroke-width="1.5" stroke-dasharray="2 1.5"/>`;
    case "asked":
      return `<circle cx="${px(x)}" cy="${px(y)}" r="${r}" fill="#ffffff" stroke="${c}" stroke-width="1.5"/>`;
    case "notAsked":
      return `<circle cx="${px(x)}" cy="${px(y)}" r="${r - 1.5}" fill="#ffffff" stroke="${c}" stroke-width="1.2" stroke-dasharray="1.5 1.5"/>`;
  }
}

/**
 * Draws a pursuit over time as SVG: one lane per person (the buying centre's order, then the others as
 * first seen), time running left to right from the first observation or visit to `asOf` or the last
 * planned visit. In each lane the person's stage, 1 at the bottom to 10 at the top, is a step line through
 * the days it was observed; a fall-back is drawn red. Each commitment is a mark at its visit's date in the
 * lane of each person who made it, its shape and colour telling its state (planned, asked, not asked,
 * refused, obtained, overdue, kept, partly kept, broken). A dashed line marks `asOf`; month ticks, a
 * legend, `<title>` and `<desc>` (each person's stage and commitments in words). Deterministic; no
 * script, no external resource.
 *
 * @param pursuit - a pursuit from `definePursuit` (valueframe/pursuit)
 * @param options - `locale`, `asOf`, `centre`, `width`
 * @returns an `<svg>` element as a string, with a viewBox so it scales
 * @throws {RenderArgumentError} `RENDER_INVALID_ARGUMENT` for a subject that is not a pursuit, or listing every bad option (unknown locale, `asOf`, `centre`, width…)
 *
 * @example
 * ```ts
 * const svg = pursuitTimelineSvg(pursuit, { centre, asOf: "2026-12-06" });
 * svg.match(/<g class="lane"/g).length; //=> 3 (one per person)
 * svg.includes('<line class="as-of"'); //=> true
 * ```
 */
export function pursuitTimelineSvg(pursuit: Pursuit, options?: PursuitTimelineSvgOptions): string {
  const locale = chartOptions("pursuitTimelineSvg", options, {}, (given, issues) => issues.push(...pursuitOptionIssues(given)));
  if (!isPursuit(pursuit)) throw renderArgumentError("pursuitTimelineSvg", "pursuit", "expected a pursuit (from definePursuit), with its stages, visits and concerns", "invalid_type");
  const text = locale.locale.text;
  const t = text.pursuit;
  const m = t.timeline;
  const asOf = options?.asOf;
  const centre = options?.centre;
  const width = Math.max(options?.width ?? defaultSize.width, 400);
  const names = new Map((centre?.people ?? []).map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const histories = stageHistories(pursuit, { asOf });
  const statuses = commitmentStatuses(pursuit, { asOf });

  // The lanes: the buying centre's people first in its order, then anyone else as first seen.
  const seen = [...new Set([...histories.map((h) => h.person), ...statuses.flatMap((s) => s.people)])];
  const order = new Map((centre?.people ?? []).map((p, i) => [p.id, i]));
  const lanes = seen.map((id, index) => ({ id, index, rank: order.get(id) ?? order.size })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ id }) => id);
  const historyOf = new Map(histories.map((h) => [h.person, h]));
  const title = asOf === undefined ? m.title : m.titleAsOf(locale.date(asOf));

  // The words of the picture: each lane's stage now and its commitments by state.
  const deal = dealStage(pursuit, { asOf, centre });
  const stageWords = (stage: StageNumber | undefined) => (stage === undefined ? m.notPlaced : stageRef(text, stage));
  const laneWords = lanes.map((id) => {
    const history = historyOf.get(id);
    const mine = statuses.filter((s) => s.people.includes(id));
    const counts = STATES.map((state) => [state, mine.filter((s) => s.state === state).length] as const).filter(([, n]) => n > 0);
    return m.person(nameOf(id), stageWords(history?.current?.stage), history?.fallBacks.length ?? 0, counts.length === 0 ? m.none : locale.list(counts.map(([state, n]) => m.count(n, t.states[state]))));
  });
  const description = lanes.length === 0 ? m.empty : m.describe(stageWords(deal.stage), laneWords.join(m.separator));

  // The legend: the stage line, a fall-back where there is one, and the states drawn.
  const drawn = new Set(statuses.filter((s) => s.people.length > 0).map((s) => s.state));
  const anyFallBack = histories.some((h) => h.fallBacks.length > 0);
  const legend = legendLines(
    [
      { label: m.stageLine, symbol: (x: number, y: number) => `<line x1="${px(x - 6)}" x2="${px(x + 6)}" y1="${px(y)}" y2="${px(y)}" stroke="${colors.line}" stroke-width="2"/>` },
      ...(anyFallBack ? [{ label: m.fallBack, symbol: (x: number, y: number) => `<line x1="${px(x)}" x2="${px(x)}" y1="${px(y - 6)}" y2="${px(y + 6)}" stroke="${colors.fallBack}" stroke-width="3"/>` }] : []),
      ...STATES.filter((state) => drawn.has(state)).map((state) => ({ label: t.states[state], symbol: (x: number, y: number) => markShape(state, x, y) })),
    ],
    width,
    42,
    16,
  );
  if (lanes.length === 0) {
    const body = `${legend.svg}<text x="${px(width / 2)}" y="${px(legend.bottom + 40)}" text-anchor="middle" fill="${palette.muted}">${esc(m.empty)}</text>`;
    return svgDocument(width, Math.ceil(legend.bottom + 70), title, description, body);
  }

  // Time: from the first day anything happened to as-of or the last planned visit, a few days' room at each end.
  const days = [...histories.flatMap((h) => h.points.map((p) => dayOf(p.date))), ...pursuit.visits.map((v) => dayOf(v.date)), ...(asOf === undefined ? [] : [dayOf(asOf)])];
  const first = Math.min(...days);
  const last = Math.max(...days);
  const pad = Math.max(3, Math.round((last - first) * 0.03));
  const [d0, d1] = last === first ? [first - 15, last + 15] : [first - pad, last + pad];
  const right = width - 20;
  const x = (day: number) => LEFT + ((day - d0) / (d1 - d0)) * (right - LEFT);
  const end = asOf === undefined ? last : dayOf(asOf);

  const top = legend.bottom + 40;
  const laneTop = (i: number) => top + i * LANE;
  const bottom = laneTop(lanes.length);
  const stageY = (i: number, stage: number) => laneTop(i) + PLOT_TOP_PAD + (10 - stage) * STAGE_STEP;
  const stripY = (i: number) => stageY(i, 1) + STRIP / 2 + 4;

  const parts: string[] = [legend.svg];

  // Month ticks under the lanes, every so many months that the labels fit.
  const monthsFrom = (day: number) => {
    const date = dateOf(day);
    return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  };
  const firstMonth = monthsFrom(d0) + 1;
  const lastMonth = monthsFrom(d1);
  const room = (right - LEFT) / Math.max(1, lastMonth - firstMonth + 1);
  const step = [1, 2, 3, 6, 12, 24].find((k) => room * k >= 64) ?? 48;
  const ticks: string[] = [];
  for (let month = firstMonth; month <= lastMonth; month++) {
    if ((month - firstMonth) % step !== 0) continue;
    const iso = `${String(Math.floor(month / 12)).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}`;
    const tx = px(x(dayOf(`${iso}-01`)));
    ticks.push(
      `<line x1="${tx}" x2="${tx}" y1="${px(top)}" y2="${px(bottom)}" stroke="${palette.grid}"/>`,
      `<text x="${tx}" y="${px(bottom + 16)}" text-anchor="middle" fill="${palette.muted}" data-month="${iso}">${esc(formatMonth(locale.locale.id, iso, true))}</text>`,
    );
  }
  parts.push(`<g class="axis axis-x">${ticks.join("")}<line x1="${px(LEFT)}" x2="${px(right)}" y1="${px(bottom)}" y2="${px(bottom)}" stroke="${palette.muted}"/></g>`);

  lanes.forEach((id, i) => {
    const out: string[] = [];
    const y0 = laneTop(i);
    // The lane: its band, its person's name, and the stage guides 1, 5 and 10.
    out.push(`<rect x="${px(LEFT)}" y="${px(y0)}" width="${px(right - LEFT)}" height="${px(LANE)}" fill="${i % 2 === 0 ? "#fafafa" : "#ffffff"}"/>`);
    const lines = wrapText(nameOf(id), LEFT - 40, 11, true).slice(0, 3);
    const nameTop = y0 + LANE / 2 - ((lines.length - 1) * 13) / 2;
    out.push(
      `<text x="16" y="${px(nameTop)}" font-weight="600" dominant-baseline="middle" fill="${palette.text}">${lines.map((line, n) => `<tspan x="16" dy="${n === 0 ? 0 : 13}">${esc(line)}</tspan>`).join("")}</text>`,
    );
    for (const stage of [1, 5, 10]) {
      const gy = px(stageY(i, stage));
      out.push(`<line x1="${px(LEFT)}" x2="${px(right)}" y1="${gy}" y2="${gy}" stroke="${palette.grid}" stroke-dasharray="2 3"/>`, `<text x="${px(LEFT - 6)}" y="${gy}" text-anchor="end" dominant-baseline="middle" font-size="9" fill="${palette.muted}">${stage}</text>`);
    }
    // The stage: a step line through the days observed, held to as-of; each fall-back red.
    const history = historyOf.get(id);
    if (history !== undefined && history.points.length > 0) {
      const points = history.points;
      let d = `M${px(x(dayOf(points[0]!.date)))} ${px(stageY(i, points[0]!.stage))}`;
      for (const point of points.slice(1)) d += `H${px(x(dayOf(point.date)))}V${px(stageY(i, point.stage))}`;
      const lastDay = dayOf(points.at(-1)!.date);
      if (end > lastDay) d += `H${px(x(end))}`;
      out.push(`<path class="stage-line" d="${d}" fill="none" stroke="${colors.line}" stroke-width="2" stroke-linejoin="round"/>`);
      for (const point of points) {
        out.push(
          `<circle class="stage-point" data-stage="${point.stage}" cx="${px(x(dayOf(point.date)))}" cy="${px(stageY(i, point.stage))}" r="3" fill="${colors.line}" stroke="#ffffff" stroke-width="1"><title>${esc(m.point(nameOf(id), locale.date(point.date), stageRef(text, point.stage)))}</title></circle>`,
        );
      }
      // Fall-backs on top: the drop in red, an arrowhead where it lands.
      for (const back of history.fallBacks) {
        const bx = x(dayOf(back.date));
        const [from, to] = [stageY(i, back.from), stageY(i, back.to)];
        const tip = `${m.fallBack}: ${back.from} → ${back.to}, ${locale.date(back.date)}`;
        out.push(
          `<g class="fall-back" data-from="${back.from}" data-to="${back.to}"><line x1="${px(bx)}" x2="${px(bx)}" y1="${px(from)}" y2="${px(to)}" stroke="${colors.fallBack}" stroke-width="3"/>` +
            `<path d="M${px(bx - 4.5)} ${px(to + 1)}L${px(bx + 4.5)} ${px(to + 1)}L${px(bx)} ${px(to + 7)}Z" fill="${colors.fallBack}"/><title>${esc(tip)}</title></g>`,
        );
      }
    }
    // The commitments: side by side at their visit's date.
    const mine = statuses.filter((s) => s.people.includes(id));
    const byDay = new Map<string, CommitmentStatus[]>();
    for (const status of mine) byDay.set(status.visitDate, [...(byDay.get(status.visitDate) ?? []), status]);
    for (const [date, group] of byDay) {
      group.forEach((status, n) => {
        const mx = x(dayOf(date)) + (n - (group.length - 1) / 2) * MARK_GAP;
        const tip = m.mark(status.commitment.action ?? status.id, t.levels[status.level], locale.date(date), nameOf(id), t.states[status.state]);
        out.push(`<g class="commitment" data-id="${esc(status.id)}" data-state="${status.state}">${markShape(status.state, mx, stripY(i))}<title>${esc(tip)}</title></g>`);
      });
    }
    parts.push(`<g class="lane" data-person="${esc(id)}">${out.join("")}</g>`);
  });

  // The lanes' frame, and today.
  parts.push(`<rect x="${px(LEFT)}" y="${px(top)}" width="${px(right - LEFT)}" height="${px(bottom - top)}" fill="none" stroke="${palette.muted}"/>`);
  if (asOf !== undefined) {
    const ax = px(x(dayOf(asOf)));
    const label = m.asOf(locale.date(asOf));
    const anchor = x(dayOf(asOf)) + textWidth(label, 10) / 2 > right ? "end" : "middle";
    parts.push(
      `<line class="as-of" x1="${ax}" x2="${ax}" y1="${px(top - 6)}" y2="${px(bottom)}" stroke="${colors.asOf}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
      `<text x="${ax}" y="${px(top - 10)}" text-anchor="${anchor}" font-size="10" fill="${colors.asOf}"${HALO}>${esc(label)}</text>`,
    );
  }
  // The stage axis' meaning, under the month labels.
  parts.push(`<text x="${px(LEFT)}" y="${px(bottom + 36)}" fill="${palette.muted}" font-size="10">${esc(m.stageAxis)}</text>`);
  const height = Math.ceil(bottom + 48);
  return svgDocument(width, height, title, description, parts.join(""));
}
