/**
 * pursuitToMarkdown: the pursuit (valueframe/pursuit) as the seller's working document — the deal's
 * stage and who holds it back, where each person stands with their fall-backs, progress as commitments
 * obtained (visits beside it, never counted), the visit plans with their highest and lowest commitments,
 * the concern log, the negotiation's zone of agreement and trades, the checks, the next moves citing
 * their rules, and the ten stages for reference. All of it is the seller's: a customer document of a
 * pursuit has no section at all.
 */
import { daysBetween } from "../../_internal/asOf.js";
import type { Frame } from "../../frame/frame.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { BuyingCentre } from "../../people/schema.js";
import { standingOf } from "../../people/standing.js";
import { checkPursuit, concernLevelsAsOf, missingCommitment, type PursuitFinding, STALL_AFTER_DAYS, stageOn } from "../../pursuit/checkPursuit.js";
import { commitmentStatuses, progress, type CommitmentStatus, type ProgressCounts } from "../../pursuit/commitments.js";
import { negotiationPosition } from "../../pursuit/negotiation.js";
import { nextMoves, pursuitRules, type Move } from "../../pursuit/nextMoves.js";
import {
  commitmentKinds,
  commitmentsForStage,
  concernCurve,
  concernHandling,
  concernLevels,
  phaseTasks,
  pullBackStrategies,
  purchaseStages,
  stageSigns,
  type StageNumber,
} from "../../pursuit/process.js";
import type { Commitment, Concern, Pursuit, Visit } from "../../pursuit/schema.js";
import { dealStage, stageHistories, type StageHistory } from "../../pursuit/stageHistory.js";
import type { ExecutiveSummary } from "../../quantify/executiveSummary.js";
import type { Evaluation } from "../../quantify/types.js";
import type { PersonQuestionKey } from "../../questions/keys.js";
import type { Question } from "../../questions/types.js";
import { renderArgumentError } from "../errors.js";
import type { PersonQuestionParams } from "../locales/params.js";
import type { SectionOptions } from "../options.js";
import { type Formatter, formatterOf } from "../_internal/formatter.js";
import { bullets, code, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { formatMonth, isPursuit, NO_CENTRE, pursuitOptionIssues, stageCell, stageName, stageRef } from "../_internal/pursuitText.js";
import { type DocumentSpec, emptySection, internalSectionIds, type SectionContext, unlessEmpty, writeDocument } from "../_internal/sections.js";

export type { Pursuit } from "../../pursuit/schema.js";

/** The sections of the pursuit document, in order; every one is the seller's. */
export const pursuitSections = ["overview", "stages", "progress", "visits", "concerns", "negotiation", "findings", "moves", "process"] as const;

/** A section of the pursuit document. */
export type PursuitSection = (typeof pursuitSections)[number];

/** Options of {@link pursuitToMarkdown}. */
export interface PursuitMarkdownOptions extends SectionOptions<PursuitSection> {
  /** Today (ISO date): later visits are planned, due dates and staleness are judged by it. Without it, every visit counts as held. */
  readonly asOf?: string;
  /** The buying centre: people named, key people found, and the moves worked out person by person. Without it, people are named by their ids. */
  readonly centre?: BuyingCentre;
  /** The frame: the moves name the goals and issues to talk about and carry the person's questions. */
  readonly frame?: Frame;
  /** The case's evaluation and executive summary: the value moves carry the person's figures. */
  readonly evaluation?: Evaluation;
  readonly summary?: ExecutiveSummary;
}

interface PursuitContext extends SectionContext {
  readonly pursuit: Pursuit;
  readonly asOf: string | undefined;
  readonly centre: BuyingCentre | undefined;
  readonly frame: Frame | undefined;
  readonly evaluation: Evaluation | undefined;
  readonly summary: ExecutiveSummary | undefined;
  /** A person named with their id: "**Li Wei** `p-cfo`"; only the id when the centre does not name them. */
  readonly who: (id: string) => string;
  /** Ids in the buying centre's order, then the others as given. */
  readonly inCentreOrder: <T>(items: readonly T[], id: (item: T) => string) => T[];
  readonly histories: readonly StageHistory[];
  readonly statuses: readonly CommitmentStatus[];
}

const MARK_KEYS = ["customersAction", "movesOrder", "favoursUs"] as const;
const ELEMENT_KEYS = [
  ["due", "time"],
  ["people", "people"],
  ["action", "action"],
  ["benefit", "benefit"],
] as const;

/** A mark as the visit plan shows it: ✓ yes, ✗ no, ? not judged. */
const markSymbol = (value: boolean | undefined): string => (value === true ? "✓" : value === false ? "✗" : "?");

const byDate = <T extends { readonly date: string }>(items: readonly T[]): T[] =>
  items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : a.index - b.index))
    .map(({ item }) => item);

/** A commitment named by its action and id: "**Run a four-week trial** `c-3`". */
function commitmentRef(commitment: Commitment): string {
  return commitment.action === undefined ? code(commitment.id) : `**${md(commitment.action)}** ${code(commitment.id)}`;
}

/** The commitment a path into the pursuit points at (`["visits", v, "commitments", c, …]`). */
function commitmentAt(pursuit: Pursuit, path: readonly (string | number)[]): { readonly visit: Visit; readonly commitment: Commitment } | undefined {
  const visit = typeof path[1] === "number" ? pursuit.visits[path[1]] : undefined;
  const commitment = visit !== undefined && typeof path[3] === "number" ? visit.commitments[path[3]] : undefined;
  return visit === undefined || commitment === undefined ? undefined : { visit, commitment };
}

/** A concern's levels observed by `asOf`, in date order. */
function levelsOf(concern: Concern, asOf: string | undefined): Concern["levels"][number][] {
  return concernLevelsAsOf(concern, asOf).map(({ level }) => level);
}

/** Whether a concern was resolved by `asOf`. */
const resolvedBy = (concern: Concern, asOf: string | undefined): boolean => concern.resolved !== undefined && (asOf === undefined || concern.resolved.date <= asOf);

/** The kept-rate with what it counts: "66.67% (2 of 3 judged)", or "none judged yet". */
function keptRate(f: Formatter, counts: ProgressCounts): string {
  const judged = counts.kept + counts.partlyKept + counts.broken;
  return counts.keptRate === undefined ? f.t.pursuit.noneJudged : f.t.pursuit.keptOf(f.percent(counts.keptRate), String(counts.kept), String(judged));
}

/** A finding in the locale's words, from its code and what the pursuit says; the model's English message where the data is not found. */
function findingText(ctx: PursuitContext, finding: PursuitFinding): string {
  const { f, pursuit, who, asOf } = ctx;
  const t = f.t.pursuit;
  const w = t.finding;
  const person = who(finding.people[0] ?? "");
  const at = commitmentAt(pursuit, finding.path);
  const index = typeof finding.path[1] === "number" ? finding.path[1] : -1;
  const observation = finding.path[0] === "stages" ? pursuit.stages[index] : undefined;
  const history = ctx.histories.find((h) => h.person === finding.people[0]);
  const marks = (pick: (value: boolean | undefined) => boolean) => (at === undefined ? "" : MARK_KEYS.filter((key) => pick(at.commitment.marks[key])).map((key) => t.marks[key]).join(t.semicolon));
  const position = pursuit.negotiation === undefined ? undefined : negotiationPosition(pursuit.negotiation);
  const money = (value: Decimal) => (position === undefined ? value.toFixed() : f.money(value, position.currency));
  const trade = finding.path[0] === "negotiation" && typeof finding.path[2] === "number" ? position?.trades[finding.path[2]] : undefined;
  const fallback = md(finding.message);
  switch (finding.code) {
    case "key_person_unstaged":
      return w.key_person_unstaged(person);
    case "fell_back":
    case "stage_skipped": {
      const move = (finding.code === "fell_back" ? history?.fallBacks : history?.skips)?.find((x) => x.index === index);
      return move === undefined ? fallback : w[finding.code](person, stageRef(f.t, move.from), stageRef(f.t, move.to), f.date(move.date));
    }
    case "signs_disagree": {
      if (observation === undefined) return fallback;
      const other = observation.signs.filter((sign) => stageSigns[sign] !== observation.stage);
      return w.signs_disagree(person, stageRef(f.t, observation.stage as StageNumber), f.date(observation.date), f.list(other.map((sign) => t.signOf(t.signs[sign], stageRef(f.t, stageSigns[sign])))));
    }
    case "stale_stage":
      return observation === undefined || asOf === undefined ? fallback : w.stale_stage(person, f.date(observation.date), daysBetween(observation.date, asOf), f.date(asOf));
    case "visit_plan_incomplete":
    case "visit_without_commitment": {
      const visit = pursuit.visits[index];
      if (visit === undefined) return fallback;
      if (finding.code === "visit_without_commitment") return w.visit_without_commitment(code(visit.id), f.date(visit.date));
      return w.visit_plan_incomplete(code(visit.id), f.date(visit.date), t.missing[missingCommitment(visit) ?? "both"]);
    }
    case "commitment_missing_element": {
      if (at === undefined) return fallback;
      const missing = ELEMENT_KEYS.filter(([key]) => (key === "people" ? at.commitment.people.length === 0 : at.commitment[key] === undefined)).map(([, word]) => t.elements[word]);
      return w.commitment_missing_element(commitmentRef(at.commitment), f.list(missing));
    }
    case "commitment_fails_mark":
      return at === undefined ? fallback : w.commitment_fails_mark(commitmentRef(at.commitment), marks((value) => value === false));
    case "commitment_marks_unjudged":
      return at === undefined ? fallback : w.commitment_marks_unjudged(commitmentRef(at.commitment), marks((value) => value === undefined));
    case "commitment_off_stage": {
      const status = ctx.statuses.find((s) => at !== undefined && s.commitment === at.commitment);
      if (at === undefined || status === undefined || status.kind === undefined) return fallback;
      const [from, to] = commitmentKinds[status.kind];
      const stood = status.people.flatMap((id) => {
        const stage = stageOn(ctx.histories.find((h) => h.person === id), status.visitDate);
        return stage === undefined ? [] : [t.stoodAt(who(id), stageRef(f.t, stage))];
      });
      return w.commitment_off_stage(commitmentRef(at.commitment), t.commitmentKinds[status.kind], t.stageRange(String(from), String(to)), f.date(status.visitDate), f.list(stood));
    }
    case "commitment_unanswered":
      return at === undefined ? fallback : w.commitment_unanswered(commitmentRef(at.commitment), f.date(at.visit.date));
    case "refused_without_concern":
      return at?.commitment.answer === undefined ? fallback : w.refused_without_concern(commitmentRef(at.commitment), f.date(at.commitment.answer.date));
    case "commitment_overdue":
      return at?.commitment.due === undefined ? fallback : w.commitment_overdue(commitmentRef(at.commitment), f.date(at.commitment.due));
    case "commitment_broken":
      return at?.commitment.outcome === undefined ? fallback : w.commitment_broken(commitmentRef(at.commitment), f.date(at.commitment.outcome.date));
    case "stalled": {
      if (asOf === undefined) return fallback;
      const visits = pursuit.visits.filter((visit) => visit.date <= asOf && daysBetween(visit.date, asOf) <= STALL_AFTER_DAYS);
      const asked = ctx.statuses.some((s) => s.state !== "planned" && daysBetween(s.visitDate, asOf) <= STALL_AFTER_DAYS);
      return w.stalled(visits.length, String(STALL_AFTER_DAYS), f.date(asOf), !asked);
    }
    case "concern_open":
    case "concern_escalating": {
      const concern = pursuit.concerns[index];
      const levels = concern === undefined ? [] : levelsOf(concern, asOf);
      const current = levels.at(-1);
      if (concern === undefined || current === undefined) return fallback;
      if (finding.code === "concern_open") return w.concern_open(person, t.concernLevels[current.level], concern.falseObjection, md(concern.objection), concern.concern !== undefined);
      const before = levels.at(-2);
      return before === undefined ? fallback : w.concern_escalating(person, t.concernLevels[before.level], t.concernLevels[current.level], f.date(current.date));
    }
    case "no_zone_of_agreement":
      return position === undefined ? fallback : w.no_zone_of_agreement(money(position.floor), money(position.ceiling), money(position.width.negated()));
    case "concession_without_return":
      return trade === undefined ? fallback : w.concession_without_return(md(trade.give), money(trade.giveValue), md(trade.get), money(trade.getValue), money(trade.net.negated()));
    case "concession_to_non_key_person":
      return trade === undefined ? fallback : w.concession_to_non_key_person(md(trade.give), person);
    case "negotiation_other_currency":
      return w.negotiation_other_currency(pursuit.negotiation?.currency ?? "", ctx.evaluation?.currency ?? "");
  }
}

/** What a rule says, in the locale's words. */
function ruleSays(f: Formatter, rule: Move["rule"]): string {
  const t = f.t.pursuit.rules;
  const [family, detail] = rule.split(".") as [string, string | undefined];
  if (family === "advance") return detail === "1" ? t.advance1 : detail === "2" ? t.advance2 : t.advance(stageRef(f.t, Number(detail) as StageNumber));
  if (family === "pullBack") return t.pullBack(stageRef(f.t, Number(detail) as StageNumber));
  if (family === "concern") return t.concern(f.t.pursuit.concernLevels[detail as keyof typeof f.t.pursuit.concernLevels]);
  return t[family as "locate" | "askConcern" | "followUp" | "brokenCommitment" | "planVisit" | "emptyZone" | "tradeBack"];
}

/** What a move asks of the seller, in the locale's words, from its rule and the data it points at. */
function moveText(ctx: PursuitContext, move: Move): string {
  const { f, pursuit, who, asOf } = ctx;
  const t = f.t.pursuit;
  const person = move.person === undefined ? "" : who(move.person);
  const [family, detail] = move.rule.split(".") as [string, string | undefined];
  const at = commitmentAt(pursuit, move.path);
  const position = pursuit.negotiation === undefined ? undefined : negotiationPosition(pursuit.negotiation);
  const money = (value: Decimal) => (position === undefined ? value.toFixed() : f.money(value, position.currency));
  const people = (ids: readonly string[]) => f.list(ids.map(who));
  switch (family) {
    case "locate":
      return t.move.locate(person);
    case "advance": {
      const stage = stageRef(f.t, move.stage ?? (Number(detail) as StageNumber));
      return detail === "1" ? t.move.advance1(person, stage) : detail === "2" ? t.move.advance2(person, stage) : t.move.advance(person, stage);
    }
    case "pullBack": {
      const current = ctx.histories.find((h) => h.person === move.person)?.current;
      const found = ctx.centre?.people.find((p) => p.id === move.person);
      const attitude = found === undefined ? undefined : standingOf(found, asOf).attitude?.value;
      const why = current?.leaning === "rival" || attitude === undefined ? t.why.rival : t.why.attitude(f.t.people.attitudes[attitude]);
      return t.move.pullBack(person, stageRef(f.t, move.stage ?? (Number(detail) as StageNumber)), why, move.to.map((stage) => stageRef(f.t, stage)).join(t.or));
    }
    case "concern": {
      const concern = typeof move.path[1] === "number" ? pursuit.concerns[move.path[1]] : undefined;
      const objection = md(concern?.objection ?? "");
      return detail === "falseObjection" ? t.move.falseObjection(person, objection) : t.move.concern(person, t.concernLevels[detail as keyof typeof t.concernLevels], objection);
    }
    case "askConcern": {
      const status = ctx.statuses.find((s) => at !== undefined && s.commitment === at.commitment);
      return at === undefined ? md(move.message) : t.move.askConcern(people(status?.people ?? []), commitmentRef(at.commitment));
    }
    case "followUp":
      return at?.commitment.due === undefined ? md(move.message) : t.move.followUp(commitmentRef(at.commitment), f.date(at.commitment.due));
    case "brokenCommitment":
      return at === undefined ? md(move.message) : t.move.brokenCommitment(commitmentRef(at.commitment));
    case "planVisit": {
      const visit = typeof move.path[1] === "number" ? pursuit.visits[move.path[1]] : undefined;
      if (visit === undefined) return md(move.message);
      return t.move.planVisit(t.missing[missingCommitment(visit) ?? "both"], code(visit.id), f.date(visit.date));
    }
    case "emptyZone":
      return position === undefined ? md(move.message) : t.move.emptyZone(money(position.width.negated()));
    case "tradeBack": {
      const trade = typeof move.path[2] === "number" ? position?.trades[move.path[2]] : undefined;
      return trade === undefined ? md(move.message) : t.move.tradeBack(md(trade.give), money(trade.net.negated()), md(trade.get));
    }
    default:
      return md(move.message);
  }
}

/** A headline figure in the report's own words; a goal's, line's or driver's by its name. */
function figureLabel(f: Formatter, id: string, label: string): string {
  const t = f.t.summary;
  return id === "npv" ? t.npv : id === "roi" ? t.roi : id === "irr" ? t.irr : id === "payback" ? t.payback : md(label);
}

/** The details under a move: its rule and source, the steps, the commitments, what to talk about, the figures and the questions. */
function moveDetails(ctx: PursuitContext, move: Move): string[] {
  const { f } = ctx;
  const t = f.t.pursuit;
  const d = t.detail;
  const words = { ...t.pullBackSteps, ...t.concernHandling } as Readonly<Record<string, string>>;
  const currency = move.figures.find((x) => x.id === "npv")?.unit;
  const figure = (value: Decimal, unit: string | undefined, id: string) =>
    id === "payback" ? `${f.number(value, 2)} ${unit ?? ""}`.trim() : unit !== undefined && unit === currency ? f.money(value, unit) : unit === "%" ? f.percent(value) : f.quantity(value, unit);
  const say = (question: Question<PersonQuestionKey>) => (f.t.questions.person[question.key] as (params: PersonQuestionParams) => string)((question.params ?? {}) as PersonQuestionParams);
  return [
    t.ruleLine(code(move.rule), code(pursuitRules[move.rule].source), ruleSays(f, move.rule)),
    ...(move.steps.length === 0 ? [] : [f.t.common.fact(d.steps, move.steps.map((step) => words[step] ?? step).join(t.semicolon))]),
    ...(move.commitments.length === 0 ? [] : [f.t.common.fact(d.commitments, f.list(move.commitments.map((kind) => t.commitmentKinds[kind])))]),
    ...(move.elements.length === 0 ? [] : [f.t.common.fact(d.talkAbout, f.list(move.elements.map((e) => `${md(e.name)} ${code(e.id)}`)))]),
    ...(move.figures.length === 0
      ? []
      : [
          f.t.common.fact(
            d.figures,
            move.figures
              .map((x) => {
                const value = figure(x.value, x.unit, x.id);
                return f.t.common.labelled(figureLabel(f, x.id, x.label), x.riskAdjusted ? f.t.common.bracketed(value, f.t.people.value.riskAdjusted) : value);
              })
              .join(t.semicolon),
          ),
        ]),
    ...move.questions.map((question) => f.t.common.fact(d.ask, md(say(question)))),
  ];
}

const severities = ["error", "warning", "info"] as const;
const priorities = [
  [1, "first"],
  [2, "second"],
  [3, "third"],
] as const;

const pursuitDocument: DocumentSpec<PursuitSection, PursuitContext> = {
  title: ({ f }) => f.t.pursuit.title,
  sections: [
    {
      id: "overview",
      audience: "internal",
      render: ({ f, pursuit, asOf, centre, who }) => {
        const t = f.t.pursuit;
        const deal = dealStage(pursuit, { asOf, centre });
        const p = progress(pursuit, { asOf });
        const fact = f.t.common.fact;
        return [
          asOf === undefined ? t.noAsOf : t.asOf(f.date(asOf)),
          bullets([
            fact(t.dealStage, deal.stage === undefined ? t.noStage : `${stageRef(f.t, deal.stage)}${t.semicolon}${t.dealStageBy[deal.rule](f.list(deal.limitedBy.map(who)))}`),
            ...(deal.furthest === undefined ? [] : [fact(t.furthest, stageRef(f.t, deal.furthest))]),
            ...(deal.decisionMakers.length === 0
              ? []
              : [fact(t.decisionMakers, f.list(deal.decisionMakers.map((d) => (d.stage === undefined ? f.t.common.bracketed(who(d.person), t.notPlaced) : t.at(who(d.person), stageRef(f.t, d.stage))))))]),
            ...(deal.unstagedKeyPeople.length === 0 ? [] : [fact(t.unstagedKeyPeople, f.list(deal.unstagedKeyPeople.map(who)))]),
            fact(t.obtained, String(p.obtained)),
            fact(t.keptRate, keptRate(f, p)),
            fact(t.visitsHeld, String(p.visits)),
            fact(t.asked, String(p.asked)),
            fact(t.progressColumns.refused, String(p.refused)),
            fact(t.progressColumns.overdue, String(p.overdue)),
          ]),
        ];
      },
    },
    {
      id: "stages",
      title: (t) => t.pursuit.sections.stages,
      audience: "internal",
      render: (ctx) => {
        const { f, who } = ctx;
        const t = f.t.pursuit;
        const c = t.stageColumns;
        const unstaged = dealStage(ctx.pursuit, { asOf: ctx.asOf, centre: ctx.centre }).unstagedKeyPeople;
        const histories = ctx.inCentreOrder(ctx.histories, (h) => h.person);
        if (histories.length === 0 && unstaged.length === 0) return emptySection;
        const rows = histories.map((history) => {
          const current = history.current!;
          const points = history.points;
          let since = points.length - 1;
          while (since > 0 && points[since - 1]!.stage === current.stage) since -= 1;
          const path = points.map((p) => p.stage).filter((stage, i, all) => i === 0 || all[i - 1] !== stage);
          const focus = purchaseStages[current.stage - 1]!.focus;
          return [
            who(history.person),
            stageCell(f.t, current.stage),
            focus === undefined ? f.t.common.none : t.focus[focus],
            current.signs.length === 0 ? f.t.common.none : current.signs.map((sign) => t.signs[sign]).join(t.semicolon),
            current.leaning === undefined ? f.t.common.none : t.leanings[current.leaning],
            f.date(points[since]!.date),
            path.join(" → "),
            history.fallBacks.length === 0 ? f.t.common.none : history.fallBacks.map((b) => t.fallBack(String(b.from), String(b.to), f.date(b.date))).join(t.semicolon),
          ];
        });
        return [
          histories.length === 0 ? undefined : table([c.person, c.stage, c.focus, c.signs, c.leaning, c.since, c.path, c.fallBacks], rows),
          unstaged.length === 0 ? undefined : f.t.common.fact(t.unstagedKeyPeople, f.list(unstaged.map(who))),
        ];
      },
    },
    {
      id: "progress",
      title: (t) => t.pursuit.sections.progress,
      audience: "internal",
      render: (ctx) => {
        const { f, who } = ctx;
        const t = f.t.pursuit;
        const c = t.progressColumns;
        const p = progress(ctx.pursuit, { asOf: ctx.asOf });
        if (p.visits === 0 && p.byPeriod.length === 0 && p.byPerson.length === 0) return emptySection;
        const figures = (x: ProgressCounts) => [x.visits, x.asked, x.obtained, x.refused, x.kept, x.partlyKept, x.broken, x.overdue].map(String).concat(keptRate(f, x));
        const headers = [c.visits, c.asked, c.obtained, c.refused, c.kept, c.partlyKept, c.broken, c.overdue, c.keptRate];
        const right = [1, 2, 3, 4, 5, 6, 7, 8, 9];
        const total = [`**${t.total}**`, ...figures(p)];
        return [
          t.progressNote,
          `**${t.byMonth}**`,
          table([c.month, ...headers], [...p.byPeriod.map((row) => [formatMonth(f.locale.id, row.period), ...figures(row)]), total], right),
          p.byPerson.length === 0 ? undefined : `**${t.byPerson}**`,
          p.byPerson.length === 0 ? undefined : table([c.person, ...headers], ctx.inCentreOrder(p.byPerson, (row) => row.person).map((row) => [who(row.person), ...figures(row)]), right),
        ];
      },
    },
    {
      id: "visits",
      title: (t) => t.pursuit.sections.visits,
      audience: "internal",
      render: (ctx) => {
        const { f, who, asOf } = ctx;
        const t = f.t.pursuit;
        const none = f.t.common.none;
        const visits = byDate(ctx.pursuit.visits);
        if (visits.length === 0) return emptySection;
        const planned = asOf === undefined ? [] : visits.filter((v) => v.date > asOf);
        const held = visits.filter((v) => asOf === undefined || v.date <= asOf);
        const people = (ids: readonly string[]) => (ids.length === 0 ? none : f.list(ids.map(who)));
        const cc = t.commitmentColumns;
        const plan = (visit: Visit): (string | undefined)[] => {
          const rows = (["highest", "lowest"] as const).flatMap((level) => {
            const found = visit.commitments.filter((c) => c.level === level);
            if (found.length === 0) return [[t.levels[level], t.notPlanned, none, none, none, none, none, none, none]];
            return found.map((c) => [
              `${t.levels[level]} ${code(c.id)}`,
              c.kind === undefined ? none : t.commitmentKinds[c.kind],
              c.due === undefined ? none : f.date(c.due),
              people(c.people),
              c.action === undefined ? none : md(c.action),
              c.benefit === undefined ? none : md(c.benefit),
              ...MARK_KEYS.map((key) => markSymbol(c.marks[key])),
            ]);
          });
          return [
            t.visitLine(f.date(visit.date), code(visit.id), people(visit.people)),
            bullets([f.t.common.fact(t.objective, md(visit.objective))]),
            table([cc.level, cc.kind, t.elementColumns.time, t.elementColumns.people, t.elementColumns.action, t.elementColumns.benefit, ...MARK_KEYS.map((key) => t.markColumns[key])], rows),
          ];
        };
        const vc = t.visitColumns;
        const states = new Map(ctx.statuses.map((s) => [s.commitment, s.state]));
        return [
          ...(asOf === undefined ? [] : [`**${t.planned}**`, ...(planned.length === 0 ? [t.noPlanned] : [...planned.flatMap(plan), t.marksNote])]),
          ...(held.length === 0
            ? []
            : [
                `**${t.held}**`,
                table(
                  [vc.date, vc.visit, vc.people, vc.objective, vc.commitments, vc.gained],
                  held.map((visit) => [
                    f.date(visit.date),
                    code(visit.id),
                    people(visit.people),
                    md(visit.objective),
                    visit.commitments.length === 0 ? t.noneAsked : visit.commitments.map((c) => t.commitmentState(t.levels[c.level], commitmentRef(c), t.states[states.get(c) ?? "asked"])).join(t.semicolon),
                    visit.gained.length === 0 ? none : visit.gained.map(md).join(t.semicolon),
                  ]),
                ),
              ]),
        ];
      },
    },
    {
      id: "concerns",
      title: (t) => t.pursuit.sections.concerns,
      audience: "internal",
      render: (ctx) => {
        const { f, who, asOf } = ctx;
        const t = f.t.pursuit;
        const c = t.concernColumns;
        const seen = ctx.pursuit.concerns.filter((concern) => levelsOf(concern, asOf).length > 0);
        return unlessEmpty(seen, (concerns) => [
          table(
            [c.person, c.objection, c.concern, c.levels, c.falseObjection, c.handling, c.resolved],
            concerns.map((concern) => {
              const levels = levelsOf(concern, asOf);
              const current = levels.at(-1)!;
              const resolved = resolvedBy(concern, asOf);
              const handling = concernHandling[concern.falseObjection ? "falseObjection" : current.level];
              return [
                who(concern.person),
                md(concern.objection),
                concern.concern === undefined ? t.notDugOut : md(concern.concern),
                levels.map((level) => f.t.common.bracketed(t.concernLevels[level.level], f.date(level.date))).join(" → "),
                concern.falseObjection ? f.t.common.yes : f.t.common.no,
                resolved ? f.t.common.none : handling.map((step) => t.concernHandling[step]).join(" → "),
                resolved ? t.resolvedOn(f.date(concern.resolved!.date), md(concern.resolved!.how)) : t.open,
              ];
            }),
          ),
        ]);
      },
    },
    {
      id: "negotiation",
      title: (t) => t.pursuit.sections.negotiation,
      audience: "internal",
      render: ({ f, pursuit, who, asOf }) => {
        const negotiation = pursuit.negotiation;
        if (negotiation === undefined) return emptySection;
        const t = f.t.pursuit;
        const fact = f.t.common.fact;
        const position = negotiationPosition(negotiation, { asOf });
        const money = (value: Decimal) => f.money(value, position.currency);
        const c = t.tradeColumns;
        return [
          bullets([
            fact(t.floor, f.t.common.bracketed(money(position.floor), md(negotiation.ours.source))),
            ...(negotiation.ours.target === undefined ? [] : [fact(t.ourTarget, money(negotiation.ours.target))]),
            fact(t.ceiling, f.t.common.bracketed(money(position.ceiling), md(negotiation.theirs.source))),
            ...(negotiation.theirs.target === undefined ? [] : [fact(t.theirTarget, money(negotiation.theirs.target))]),
            fact(t.zone, position.empty ? t.noZone(money(position.width.negated())) : t.zoneWidth(money(position.width))),
            fact(t.stageReached, position.stage === undefined ? t.notStarted : t.negotiationStages[position.stage]),
            ...(negotiation.stages.length === 0 ? [] : [fact(t.stagesReached, byDate(negotiation.stages).map((s) => f.t.common.bracketed(t.negotiationStages[s.stage], f.date(s.date))).join(" → "))]),
          ]),
          position.trades.length === 0 ? undefined : `**${t.trades}**`,
          position.trades.length === 0
            ? undefined
            : table(
                [c.give, c.giveValue, c.get, c.getValue, c.net, c.with, c.date],
                position.trades.map((trade) => [
                  md(trade.give),
                  money(trade.giveValue),
                  md(trade.get),
                  money(trade.getValue),
                  money(trade.net),
                  trade.with === undefined ? f.t.common.none : who(trade.with),
                  trade.date === undefined ? f.t.common.none : f.date(trade.date),
                ]),
                [1, 3, 4],
              ),
          position.trades.length === 0 ? undefined : fact(t.tradeBalance, money(position.tradeBalance)),
        ];
      },
    },
    {
      id: "findings",
      title: (t) => t.pursuit.sections.findings,
      audience: "internal",
      render: (ctx) => {
        const { f } = ctx;
        const findings = checkPursuit(ctx.pursuit, { centre: ctx.centre, evaluation: ctx.evaluation, asOf: ctx.asOf });
        if (findings.length === 0) return [f.t.pursuit.noFindings];
        return severities.flatMap((severity) => {
          const found = findings.filter((x) => x.severity === severity);
          const heading = f.t.common.bracketed(`**${f.t.terms.severity[severity]}**`, String(found.length));
          return found.length === 0 ? [] : [heading, bullets(found.map((x) => `${findingText(ctx, x)} ${code(x.code)}`))];
        });
      },
    },
    {
      id: "moves",
      title: (t) => t.pursuit.sections.moves,
      audience: "internal",
      render: (ctx) => {
        const { f } = ctx;
        const t = f.t.pursuit;
        const moves = nextMoves(ctx.pursuit, { centre: ctx.centre ?? NO_CENTRE, frame: ctx.frame, evaluation: ctx.evaluation, summary: ctx.summary, asOf: ctx.asOf });
        if (moves.length === 0) return [t.noMoves];
        return [
          ctx.centre === undefined ? t.noCentre : undefined,
          t.movesNote,
          ...priorities.flatMap(([priority, key]) => {
            const found = moves.filter((move) => move.priority === priority);
            if (found.length === 0) return [];
            const list = found.map((move, i) => [`${i + 1}. ${moveText(ctx, move)}`, ...moveDetails(ctx, move).map((line) => `   - ${line}`)].join("\n"));
            return [`**${t.priorities[key]}**`, list.join("\n")];
          }),
        ];
      },
    },
    {
      id: "process",
      title: (t) => t.pursuit.sections.process,
      audience: "internal",
      render: ({ f }) => {
        const t = f.t.pursuit;
        const c = t.processColumns;
        const none = f.t.common.none;
        const stages = purchaseStages.map((s) => {
          const pull = s.stage >= 3 ? pullBackStrategies[s.stage as Exclude<StageNumber, 1 | 2>] : undefined;
          return [
            String(s.stage),
            stageName(f.t, s.stage),
            s.focus === undefined ? none : t.focus[s.focus],
            s.signs.map((sign) => t.signs[sign]).join(t.semicolon),
            s.band === undefined ? none : t.bands[s.band],
            t.fourStages[s.fourStage],
            t.buyingPhases[s.buyingPhase],
            pull === undefined ? none : f.list(pull.to.map(String)),
            pull === undefined ? none : pull.steps.map((step) => t.pullBackSteps[step]).join(t.semicolon),
            f.list(commitmentsForStage(s.stage).map((kind) => t.commitmentKinds[kind])),
          ];
        });
        const topics = ["needs", "solution", "cost", "risk"] as const;
        const bands = ["low", "medium", "high"] as const;
        const phases = Object.keys(concernCurve) as (keyof typeof concernCurve)[];
        return [
          t.processNote,
          table([c.stage, c.name, c.focus, c.signs, c.band, c.fourStage, c.buyingPhase, c.pullBack, c.how, c.commitments], stages, [0]),
          `**${t.curve}**`,
          table(
            [t.curveColumns.phase, t.curveColumns.task, ...topics.map((topic) => t.concernTopics[topic])],
            phases.map((phase) => [t.buyingPhases[phase], t.phaseTasks[phaseTasks[phase]], ...topics.map((topic) => t.bands[bands[concernCurve[phase][topic] - 1]!])]),
          ),
          `**${t.levelsTitle}**`,
          table(
            [t.levelColumns.level, t.levelColumns.handling],
            [...concernLevels, "falseObjection" as const].map((level) => [t.concernLevels[level], concernHandling[level].map((step) => t.concernHandling[step]).join(" → ")]),
          ),
        ];
      },
    },
  ],
};

/**
 * Writes a pursuit as the seller's working document: an overview (the deal's stage, the rule that set it
 * and who holds it back, the furthest stage, the decision makers' stages, key people never placed, and
 * progress — commitments obtained, the kept-rate with how many were judged, visits held beside it, never
 * counted as progress); where each person stands (stage, focus, signs, leaning, since when, path,
 * fall-backs); progress per month and per person; the visit plans (objective, the highest and lowest
 * commitment with their four elements and three marks) and the visits held with each commitment's state;
 * the concern log; the negotiation (floor, ceiling, the zone's width, trades and their balance, exact);
 * the checks by severity; the next moves, each citing its rule and source with its steps, commitments,
 * questions and figures; and the ten stages for reference. Every section is seller-only: for
 * `audience: "customer"` only the title is written.
 *
 * @param pursuit - a pursuit from `definePursuit` (valueframe/pursuit)
 * @param options - locale, heading level, audience, sections, `asOf`, `centre`, `frame`, `evaluation`, `summary`
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not a pursuit or a bad option, every problem listed
 *
 * @example
 * ```ts
 * const markdown = pursuitToMarkdown(pursuit, { centre, asOf: "2026-12-06" });
 * markdown.split("\n")[0]; //=> "# Pursuit: how the customer buys and how the order moves"
 * markdown.includes("- **Deal stage:** stage 7 (evaluating solutions); set by the least advanced key person: **Chen Gang** `p-it`"); //=> true
 * pursuitToMarkdown(pursuit, { centre, audience: "customer" }).trim(); //=> "# Pursuit: how the customer buys and how the order moves"
 * ```
 */
export function pursuitToMarkdown(pursuit: Pursuit, options?: PursuitMarkdownOptions): string {
  if (!isPursuit(pursuit)) throw renderArgumentError("pursuitToMarkdown", "pursuit", "expected a pursuit (from definePursuit), with its stages, visits and concerns", "invalid_type");
  const resolved = resolveOptions("pursuitToMarkdown", options, pursuitSections, internalSectionIds(pursuitDocument), (issues) => {
    issues.push(...pursuitOptionIssues(options));
  });
  const f = formatterOf(resolved.locale);
  const centre = options?.centre;
  const names = new Map((centre?.people ?? []).map((p) => [p.id, p.name]));
  const order = new Map((centre?.people ?? []).map((p, i) => [p.id, i]));
  const who = (id: string) => {
    const name = names.get(id);
    return name === undefined ? code(id) : `**${md(name)}** ${code(id)}`;
  };
  const inCentreOrder = <T>(items: readonly T[], id: (item: T) => string): T[] =>
    items
      .map((item, index) => ({ item, index, rank: order.get(id(item)) ?? order.size }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map(({ item }) => item);
  const asOf = options?.asOf;
  return writeDocument(
    pursuitDocument,
    {
      f,
      level: resolved.level,
      audience: resolved.audience,
      pursuit,
      asOf,
      centre,
      frame: options?.frame,
      evaluation: options?.evaluation,
      summary: options?.summary,
      who,
      inCentreOrder,
      histories: stageHistories(pursuit, { asOf }),
      statuses: commitmentStatuses(pursuit, { asOf }),
    },
    resolved.sections,
  );
}
