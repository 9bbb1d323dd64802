/**
 * The words quantify writes into the figures it derives itself (headline measures, a line's base and
 * default factor names, risk adjustment, the notes on missing measures) are English data; a report in
 * another locale puts its own words in their place. Figures from the case's formulas keep their text.
 */
import type { Evaluation, Figure } from "../../quantify/types.js";
import type { TextMessages } from "../locales/types.js";

type TraceMessages = TextMessages["evaluation"]["trace"];
type MeasureKey = keyof TraceMessages["measure"];

const MEASURES: readonly string[] = ["npv", "roi", "irr", "payback", "discountedPayback"] satisfies MeasureKey[];
const PERIOD_RATE = "period rate ";
const EXTENSION = /^extension over (scope|time)(; .*)?$/;
const NO_IRR = "no IRR: ";
// Finance's reasons for no IRR where the flows change sign (after its function's name), and an annual IRR
// beyond the figure range: quantify passes them on in English.
const IRR_REASONS = new Map<string, "noRoot" | "nearLoss">([
  ["irr: the cash flows change sign but their NPV is not zero at any rate above -100 %", "noRoot"],
  ["irr: the only root lies within 1e-40 of -100 % (a near-total loss), closer than 40 significant digits can show", "nearLoss"],
]);
const NO_CONVERGENCE = /^irr: the root search did not reach 1e-30 accuracy \((.*)\)$/;
const NO_ANNUAL_IRR = /^no annual IRR: \(1 \+ (\S+)\)\^(\d+) − 1 would be about 1e(\d+); a figure must be 0 or between 1e-(\d+) and 1e\4 in size$/;

const TIME_UNIT = /(\d |\/)(day|week|month|quarter|year)s?\b/g;

/**
 * The time units of a case's units in the locale's words: "14 day × 1,000,000 CNY/day" reads
 * "14 天 × 1,000,000 CNY/天" in Chinese. Only a word after a number or a slash is a unit; other words are
 * the case's own text.
 */
export function localUnits(text: string, t: TraceMessages): string {
  return text.replace(TIME_UNIT, (match: string, before: string, word: TimeUnit) => {
    const local = (before === "/" ? t.timeUnit.per : t.timeUnit.count)[word];
    // A locale that keeps the word keeps it as written, plural included ("0.07 years").
    return local === word ? match : `${before}${local}`;
  });
}

type TimeUnit = keyof TraceMessages["timeUnit"]["count"];

/** English notes quantify attaches, in the locale's words (a note from the case itself is kept). */
export function localNote(note: string, t: TraceMessages): string {
  if (note === "no ROI: there are no costs") return t.noCosts;
  if (note === "does not pay back within the horizon") return t.notReached;
  if (note === "risk-adjusted") return t.riskAdjusted;
  if (note === "no IRR: the net cash flows never change sign (spreadsheets show #NUM!)") return t.noSignChange;
  if (note.startsWith(NO_IRR)) return t.noIrr(irrReason(note.slice(NO_IRR.length), t));
  const annual = NO_ANNUAL_IRR.exec(note);
  if (annual !== null) return t.noAnnualIrr(annual[1] as string, annual[2] as string, annual[3] as string, annual[4] as string);
  const extension = EXTENSION.exec(note);
  if (extension === null) return note;
  const over = t.extensionOver(t.over[extension[1] as "scope" | "time"]);
  // The case's own words after the note ("; same workflow rolled out…") stay as written.
  return extension[2] === undefined ? over : t.clause(over, extension[2].slice(2));
}

/** Finance's reason for no IRR in the locale's words; a reason not known here is kept. */
function irrReason(reason: string, t: TraceMessages): string {
  const known = IRR_REASONS.get(reason);
  if (known !== undefined) return t.irrReason[known];
  const convergence = NO_CONVERGENCE.exec(reason);
  return convergence === null ? reason : t.irrReason.noConvergence(convergence[1] as string);
}

/** The figure with quantify's own words in the locale's; ids, values and the case's text unchanged. */
export function localFigure(figure: Figure, evaluation: Evaluation, t: TraceMessages): Figure {
  const local = localWords(figure, evaluation, t);
  const units = (text: string | undefined) => (text === undefined ? undefined : localUnits(` ${text}`, t).slice(1));
  // A bare unit ("day/year") reads as a count after the number it follows.
  const unit = local.unit === undefined ? undefined : localUnits(`0 ${local.unit}`, t).slice(2);
  return { ...local, unit, substituted: units(local.substituted) };
}

function localWords(figure: Figure, evaluation: Evaluation, t: TraceMessages): Figure {
  const parts = figure.id.split(":");
  const base = parts[0] ?? "";
  const note = figure.note === undefined ? undefined : localNote(figure.note, t);
  if (MEASURES.includes(base)) {
    const key = base as MeasureKey;
    const name = key === "irr" ? t.measure.irr[evaluation.period] : t.measure[key];
    const label = parts[1] === "weighted" ? t.weighted(name) : name;
    const substituted = figure.substituted?.startsWith(PERIOD_RATE) ? t.periodRate(figure.substituted.slice(PERIOD_RATE.length)) : figure.substituted;
    // A payback's unit is its period, singular only for exactly one.
    const period = figure.unit === "month" || figure.unit === "quarter" || figure.unit === "year" ? figure.unit : undefined;
    const unit = period === undefined ? figure.unit : figure.value.eq(1) ? t.periodUnit[period] : t.periodUnits[period];
    return { ...figure, label, ...words(figure, t.formula[key]), substituted, unit, note };
  }
  if (base !== "line" || parts[1] === undefined) return note === figure.note ? figure : { ...figure, note };
  const line = evaluation.lines.find((candidate) => candidate.id === parts[1]);
  if (line === undefined) return figure;
  // English fragments of a line's own figures: its base, default factor names, the risk adjustment.
  const fragments = new Map<string, string>([
    [`${line.label} (base)`, t.base(line.label)],
    ["(1 − benefit risk adjustment)", t.benefitRisk],
    ["(1 + cost risk adjustment)", t.costRisk],
  ]);
  // An extension's label names the factor beside it, never stands for it: "scope factor (3 business units)" × 2.
  const factors = new Map<string, string>();
  for (let j = 1; evaluation.trace[`line:${line.id}:factor:${j - 1}`] !== undefined; j++) {
    const factor = evaluation.trace[`line:${line.id}:factor:${j - 1}`] as Figure;
    const over = factor.note === undefined ? undefined : EXTENSION.exec(factor.note)?.[1];
    fragments.set(`factor ${j}`, t.factor(j));
    if (over !== undefined) factors.set(factor.label, t.extensionFactor(t.over[over as "scope" | "time"], factor.label));
  }
  const local = (text: string | undefined, names: ReadonlyMap<string, string> = fragments): string | undefined =>
    text === undefined ? undefined : text.split(" × ").map((piece) => names.get(piece) ?? fragments.get(piece) ?? piece).join(" × ");
  if (parts[2] === "factor") return { ...figure, label: factors.get(figure.label) ?? (local(figure.label) as string), note };
  const expression = parts.length === 2 ? local(figure.expression, factors) : local(figure.expression);
  return { ...figure, label: local(figure.label) as string, ...words(figure, expression), note };
}

/** The new formula in words, also as the formula where quantify wrote the same words for both. */
function words(figure: Figure, expression: string | undefined): Pick<Figure, "expression" | "formula"> {
  return { expression, formula: figure.formula === figure.expression ? expression : figure.formula };
}
