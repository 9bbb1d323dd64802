/**
 * qualificationToMarkdown: one opportunity's qualification (valueframe/qualify) as the seller's working
 * document — the lead and its remedy, the assessment card with the go rule in words, the customer's
 * purchase criteria as the customer computes them (each supplier's weighted total and rank, where we lead
 * or trail and against whom, the break-even weights, each person's own ranking, the seed's signs and
 * conditions of a good standard, the moves against it), the value matrix, the opening, 5W + 2P, PAIN +
 * VISION + POWER and the funnel entry with the seller's stage-weighted revenue. All of it is the seller's:
 * a customer document of a qualification has no section at all.
 */
import type { Bvf } from "../../bvf/types.js";
import type { Frame } from "../../frame/frame.js";
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { BuyingCentre } from "../../people/schema.js";
import { DEFAULT_GO_RULE, defaultAssessmentQuestions, type Assessment } from "../../qualify/assessment.js";
import { qualifyOpportunity, type OpportunityQualification } from "../../qualify/defineQualification.js";
import { fiveWTwoPQuestions } from "../../qualify/fiveWTwoP.js";
import { DEFAULT_STAGE_RATES, funnelStages } from "../../qualify/funnel.js";
import { leadStages, leadStates } from "../../qualify/leads.js";
import { categoryCommitment, leaders, openings, turfs } from "../../qualify/positioning.js";
import { criteriaSigns, type StandardMove } from "../../qualify/purchaseCriteria.js";
import type { Qualification } from "../../qualify/schema.js";
import { renderArgumentError } from "../errors.js";
import type { SectionOptions } from "../options.js";
import { type Formatter, formatterOf } from "../_internal/formatter.js";
import { bullets, code, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { formatMonth } from "../_internal/pursuitText.js";
import { isQualification, NOT_A_QUALIFICATION, qualifyNames, qualifyOptionIssues, type QualifyNames, supplierLabel } from "../_internal/qualifyText.js";
import { type DocumentSpec, emptySection, internalSectionIds, type SectionContext, writeDocument } from "../_internal/sections.js";

export type { Qualification } from "../../qualify/schema.js";

/** The sections of the qualification document, in order; every one is the seller's. */
export const qualificationSections = ["lead", "assessment", "criteria", "valueMatrix", "opening", "fiveWTwoP", "painVisionPower", "funnel"] as const;

/** A section of the qualification document. */
export type QualificationSection = (typeof qualificationSections)[number];

/** Options of {@link qualificationToMarkdown}. */
export interface QualificationMarkdownOptions extends SectionOptions<QualificationSection> {
  /** The buying centre: people named in the rankings and the moves, and power read from it (a decision maker met). Without it, people by their ids and power as stated. */
  readonly centre?: BuyingCentre;
  /** The frame: the need each criterion serves, by name. */
  readonly frame?: Frame;
  /** The BVF: the solution each criterion is the differentiator of, by name. */
  readonly bvf?: Bvf;
}

interface QualificationContext extends SectionContext {
  readonly q: Qualification;
  readonly worked: OpportunityQualification;
  readonly names: QualifyNames;
  readonly centre: BuyingCentre | undefined;
  /** A criterion named with its id: "**Price** `price`". */
  readonly criterion: (id: string) => string;
  /** A supplier by name, ours marked: "Lianyun (us)". */
  readonly supplier: (id: string) => string;
}

/** A score or weight as written, with as many digits as it has. */
const figure = (f: Formatter, value: Decimal) => f.number(value);

/** A difference with its sign: "+2", "−3", "0". */
function signed(f: Formatter, value: Decimal): string {
  return value.gt(0) ? `+${f.number(value)}` : value.lt(0) ? `−${f.number(value.abs())}` : f.number(value);
}

/** Why the assessment decided as it did, in the locale's words (the model's `because`, reworded). */
function because(f: Formatter, a: Assessment): string {
  const w = f.t.qualify.assessment;
  const score = (x: Decimal) => f.number(x, 2);
  if (a.overall === undefined) return w.because.none;
  if (a.decision === "noGo") return w.because.noGo(score(a.overall), f.number(DEFAULT_GO_RULE.noGo));
  const unscored = a.headings.filter((h) => h.score === undefined);
  if (unscored.length > 0) return w.because.unscored(f.list(unscored.map((h) => w.headings[h.heading])));
  if (a.decision === "go") return w.because.go(f.number(DEFAULT_GO_RULE.heading), score(a.overall), f.number(DEFAULT_GO_RULE.overall));
  const weakest = a.headings.find((h) => h.heading === a.weakest)!;
  return w.because.weakest(score(a.overall), w.headings[weakest.heading], score(weakest.score!));
}

/** What a move asks and works on in this deal, as a numbered item with its details. */
function moveItem(ctx: QualificationContext, move: StandardMove, n: number): string {
  const t = ctx.f.t.qualify.criteria;
  const attack = t.attacks[move.attack];
  const details = [
    move.criteria.length === 0 ? undefined : t.worksOn(ctx.f.list(move.criteria.map(ctx.criterion))),
    move.people.length === 0 ? undefined : t.people(ctx.f.list(move.people.map(ctx.names.person))),
    move.breakEven === undefined || move.criteria[0] === undefined ? undefined : t.lowerBelow(ctx.criterion(move.criteria[0]), ctx.f.number(move.breakEven, 2)),
    t.against(ctx.supplier(move.against)),
  ].filter((line): line is string => line !== undefined);
  return [`${n}. ${t.move(md(attack.proverb), md(attack.reading))}`, ...details.map((line) => `   - ${line}`)].join("\n");
}

export const qualificationDocument: DocumentSpec<QualificationSection, QualificationContext> = {
  title: ({ f }) => f.t.qualify.title,
  sections: [
    {
      id: "lead",
      audience: "internal",
      render: ({ f, q }) => {
        const t = f.t.qualify.lead;
        const fact = f.t.common.fact;
        const facts = [
          ...(q.prospect === undefined ? [] : [fact(t.prospect, t.prospectKinds[q.prospect])]),
          ...(q.lead === undefined
            ? []
            : [
                fact(t.stage, t.stageOf(String(leadStages.indexOf(q.lead.stage) + 1), String(leadStages.length), t.stages[q.lead.stage])),
                fact(t.state, t.states[q.lead.state]),
                fact(t.remedy, t.remedies[leadStates[q.lead.state].remedy]),
              ]),
        ];
        return [f.t.qualify.sellerOnly, facts.length === 0 ? undefined : bullets(facts)];
      },
    },
    {
      id: "assessment",
      title: (t) => t.qualify.sections.assessment,
      audience: "internal",
      render: ({ f, q, worked }) => {
        const a = worked.assessment;
        if (a === undefined || q.assessment === undefined) return emptySection;
        const t = f.t.qualify.assessment;
        const c = t.columns;
        const none = f.t.common.none;
        const fact = f.t.common.fact;
        const weakest = a.headings.find((h) => h.heading === a.weakest);
        const order = new Map(defaultAssessmentQuestions.map((question, i) => [question.id, i]));
        const answers = [...q.assessment.answers].sort((x, y) => (order.get(x.question) ?? 0) - (order.get(y.question) ?? 0));
        const ac = t.answerColumns;
        return [
          table(
            [c.heading, c.score, c.answered, c.open],
            a.headings.map((h) => [t.headings[h.heading], h.score === undefined ? none : f.number(h.score, 2), String(h.answered), h.unanswered.length === 0 ? none : h.unanswered.map(code).join(" ")]),
            [1, 2],
          ),
          bullets([
            fact(t.overall, a.overall === undefined ? none : f.number(a.overall, 2)),
            fact(t.weakest, weakest === undefined ? none : f.t.common.bracketed(t.headings[weakest.heading], f.number(weakest.score!, 2))),
            fact(t.decision, t.decisionBecause(t.decisions[a.decision], because(f, a))),
          ]),
          t.rule(f.number(DEFAULT_GO_RULE.heading), f.number(DEFAULT_GO_RULE.overall), f.number(DEFAULT_GO_RULE.noGo)),
          t.scoreNote,
          answers.length === 0 ? undefined : `**${t.answers}**`,
          answers.length === 0 ? undefined : table([ac.question, ac.score, ac.evidence], answers.map((x) => [`${code(x.question)} ${t.questions[x.question] ?? ""}`.trim(), String(x.score), md(x.evidence)]), [1]),
        ];
      },
    },
    {
      id: "criteria",
      title: (t) => t.qualify.sections.criteria,
      audience: "internal",
      render: (ctx) => {
        const { f, q, worked, names } = ctx;
        const criteria = q.criteria;
        if (criteria === undefined) return emptySection;
        const t = f.t.qualify.criteria;
        const c = t.columns;
        const none = f.t.common.none;
        const comparison = worked.comparison;
        const totalWeight = criteria.criteria.reduce((sum, x) => sum.plus(x.weight), new Dec(0));
        const supplierColumns = criteria.suppliers.map((s) => md(supplierLabel(f.t, s)));
        const totals = new Map((comparison?.suppliers ?? []).map((s) => [s.id, s]));
        const right = [1, 2, ...criteria.suppliers.map((_, i) => 3 + i)];
        const main = table(
          [c.criterion, c.weight, c.share, ...supplierColumns],
          [
            ...criteria.criteria.map((x) => [ctx.criterion(x.id), figure(f, x.weight), f.percent(x.weight.div(totalWeight)), ...criteria.suppliers.map((s) => figure(f, s.scores[x.id]!))]),
            ...(comparison === undefined
              ? []
              : [
                  [`**${c.total}**`, `**${figure(f, totalWeight)}**`, `**${f.percent(new Dec(1))}**`, ...criteria.suppliers.map((s) => `**${f.number(totals.get(s.id)!.total, 2)}**`)],
                  [`**${c.rank}**`, "", "", ...criteria.suppliers.map((s) => `**${totals.get(s.id)!.rank}**`)],
                ]),
          ],
          right,
        );
        const head = [t.scale(figure(f, criteria.scale.min), figure(f, criteria.scale.max)), main];
        if (comparison === undefined || worked.standard === undefined) return [...head, t.notComparable];
        const rival = ctx.supplier(comparison.against!.id);

        const sc = t.standingColumns;
        const kinds = criteria.criteria.some((x) => x.kind !== undefined);
        const needs = criteria.criteria.some((x) => x.need !== undefined);
        const solutions = criteria.criteria.some((x) => x.solution !== undefined);
        const ours = 1 + [kinds, needs, solutions].filter(Boolean).length;
        const standing = table(
          [sc.criterion, ...(kinds ? [sc.kind] : []), ...(needs ? [sc.need] : []), ...(solutions ? [sc.solution] : []), sc.ours, sc.bestRival, sc.lead],
          comparison.criteria.map((row) => {
            const own = criteria.criteria.find((x) => x.id === row.id)!;
            return [
              ctx.criterion(row.id),
              ...(kinds ? [own.kind === undefined ? none : t.kinds[own.kind]] : []),
              ...(needs ? [names.need(own.need)] : []),
              ...(solutions ? [names.solution(own.solution)] : []),
              figure(f, row.ours),
              row.bestRival === undefined ? none : t.rivalScore(ctx.supplier(row.bestRival.id), figure(f, row.bestRival.score)),
              row.lead === undefined ? none : signed(f, row.lead),
            ];
          }),
          // Our score and the lead are figures; the best rival is named beside its score.
          [ours, ours + 2],
        );

        const bc = t.breakEvenColumns;
        const breakEvens =
          comparison.breakEvens.length === 0
            ? [t.noBreakEven(rival)]
            : [
                t.breakEvenNote(rival),
                table(
                  [bc.criterion, bc.weight, bc.breakEven, bc.crossing],
                  comparison.breakEvens.map((b) => [ctx.criterion(b.criterion), figure(f, b.weight), f.number(b.breakEven, 2), t.crossing[b.move][b.effect](ctx.supplier(b.against))]),
                  [1, 2],
                ),
              ];

        const pc = t.byPersonColumns;
        const byPerson =
          comparison.byPerson.length === 0
            ? []
            : [
                `**${t.byPerson}**`,
                table(
                  [pc.person, pc.ranking, pc.ourRank],
                  comparison.byPerson.map((p) => [names.person(p.person), p.suppliers.map((s) => t.ranked(String(s.rank), ctx.supplier(s.id), f.number(s.total, 2))).join(f.t.pursuit.semicolon), String(p.usRank)]),
                  [2],
                ),
              ];

        const cc = t.conditionColumns;
        const conditions = table(
          [cc.condition, cc.met, cc.criteria],
          worked.standard.conditions.map((x) => [t.conditions[x.condition], x.met ? f.t.common.yes : `**${f.t.common.no}**`, x.criteria.length === 0 ? none : t.conditionCriteria[x.condition](f.list(x.criteria.map(ctx.criterion)))]),
        );
        const moves = worked.standard.moves;
        return [
          ...head,
          `**${t.standing}**`,
          standing,
          `**${t.breakEvens}**`,
          ...breakEvens,
          ...byPerson,
          `**${t.signsTitle}**`,
          bullets(criteriaSigns.map((s) => t.signs[s.id])),
          `**${t.conditionsTitle}**`,
          conditions,
          t.conditionsNote,
          `**${t.moves}**`,
          ...(moves.length === 0 ? [t.noMoves] : [t.movesNote, moves.map((move, i) => moveItem(ctx, move, i + 1)).join("\n")]),
        ];
      },
    },
    {
      id: "valueMatrix",
      title: (t) => t.qualify.sections.valueMatrix,
      audience: "internal",
      render: ({ f, q, worked }) => {
        const input = q.valueMatrix;
        if (input === undefined) return emptySection;
        const t = f.t.qualify.valueMatrix;
        const placed = worked.valueMatrix;
        if (placed === undefined) return [t.noGain];
        const fact = f.t.common.fact;
        const currency = q.funnel?.currency;
        const money = (value: Decimal) => (currency === undefined ? f.number(value) : f.money(value, currency));
        const threshold = input.highImpact ?? new Dec(3);
        const cell = (n: 1 | 2 | 3 | 4) => {
          const words = t.matrixCell(t.categoryName(String(n), t.categories[n]), t.commitments[categoryCommitment[n]]);
          return n === placed.category ? f.t.common.bracketed(`**${words}**`, t.thisDeal) : words;
        };
        return [
          bullets([
            fact(t.gain, f.t.common.bracketed(money(placed.gain), input.gain === undefined ? t.gainFrom.funnel : t.gainFrom.stated)),
            fact(t.bigGain, f.t.common.bracketed(money(input.bigGain), t.bigGainNote)),
            fact(t.impact, t.impactMean(f.number(placed.impact, 2), t.impactParts(String(input.impact.followOn), String(input.impact.brand), String(input.impact.morale)))),
            fact(t.highImpact, f.t.common.bracketed(f.number(threshold), t.highImpactNote)),
            fact(t.category, `**${t.categoryName(String(placed.category), t.categories[placed.category])}**`),
            fact(t.commitment, t.commitments[placed.commitment]),
          ]),
          table(
            [t.gridCorner, t.small, t.big],
            [
              [`**${t.high}**`, cell(2), cell(1)],
              [`**${t.low}**`, cell(4), cell(3)],
            ],
          ),
          t.note,
        ];
      },
    },
    {
      id: "opening",
      title: (t) => t.qualify.sections.opening,
      audience: "internal",
      render: ({ f, worked, q }) => {
        const placed = worked.opening;
        if (placed === undefined || q.opening === undefined) return emptySection;
        const t = f.t.qualify.opening;
        const fact = f.t.common.fact;
        const strategy = (s: string) => t.strategies[s as keyof typeof t.strategies];
        const rows = turfs.map((turf) => [
          `**${t.turfs[turf]}**`,
          ...leaders.map((leader) => {
            const key = `${turf}/${leader}` as const;
            const words = t.cell(t.groups[openings[key].group], strategy(openings[key].strategy));
            return key === placed.opening ? f.t.common.bracketed(`**${words}**`, t.thisDeal) : words;
          }),
        ]);
        return [
          bullets([
            fact(t.turf, t.turfs[q.opening.turf]),
            fact(t.leader, t.leaders[q.opening.leader]),
            fact(t.opening, `**${t.groups[placed.group]}**`),
            fact(t.strategy, strategy(placed.strategy)),
          ]),
          table([t.gridCorner, ...leaders.map((leader) => t.leaders[leader])], rows),
          t.note,
        ];
      },
    },
    {
      id: "fiveWTwoP",
      title: (t) => t.qualify.sections.fiveWTwoP,
      audience: "internal",
      render: ({ f, q, worked }) => {
        const t = f.t.qualify.fiveWTwoP;
        const w = worked.fiveWTwoP;
        const c = t.columns;
        const answers = q.fiveWTwoP ?? {};
        const asked = w.answered.length + w.unanswered.length;
        const kind = new Map(fiveWTwoPQuestions.map((question) => [question.key, question.kind]));
        return [
          t.versionLine(t.versions[w.version], String(w.answered.length), String(asked)),
          w.answered.length === 0 ? undefined : table([c.question, c.kind, c.answer, c.evidence], w.answered.map((key) => [t.questions[key], kind.get(key)!, md(answers[key]!.answer), md(answers[key]!.evidence)])),
          w.complete ? t.complete : `**${t.unanswered}**`,
          w.complete ? undefined : bullets(w.unanswered.map((key) => f.t.common.bracketed(t.questions[key], kind.get(key)!))),
        ];
      },
    },
    {
      id: "painVisionPower",
      title: (t) => t.qualify.sections.painVisionPower,
      audience: "internal",
      render: ({ f, worked, centre, names }) => {
        const pvp = worked.painVisionPower;
        if (pvp === undefined) return emptySection;
        const t = f.t.qualify.painVisionPower;
        const yes = (x: boolean) => (x ? f.t.common.yes : `**${f.t.common.no}**`);
        const met = (centre?.people ?? []).filter((p) => p.roles.includes("decisionMaker") && p.met).map((p) => names.person(p.id));
        const source = pvp.powerFrom === "stated" ? t.stated : met.length === 0 ? t.fromCentre : t.fromCentreMet(f.list(met));
        return [
          bullets([f.t.common.fact(t.parts.pain, yes(pvp.pain)), f.t.common.fact(t.parts.vision, yes(pvp.vision)), f.t.common.fact(t.parts.power, f.t.common.bracketed(yes(pvp.power), source))]),
          pvp.complete ? t.complete : t.missing(f.list(pvp.missing.map((key) => t.names[key]))),
        ];
      },
    },
    {
      id: "funnel",
      title: (t) => t.qualify.sections.funnel,
      audience: "internal",
      render: ({ f, q }) => {
        const entry = q.funnel;
        if (entry === undefined) return emptySection;
        const t = f.t.qualify.funnel;
        const fact = f.t.common.fact;
        const rate = DEFAULT_STAGE_RATES[entry.stage];
        const money = (value: Decimal) => f.money(value, entry.currency);
        return [
          bullets([
            fact(t.stage, t.stageName(t.stageLabels[entry.stage], t.stages[entry.stage])),
            fact(t.month, formatMonth(f.locale.id, entry.expectedMonth)),
            fact(t.investment, money(entry.expectedInvestment)),
            ...(entry.contact === undefined ? [] : [fact(t.contact, md(entry.contact))]),
            fact(t.rate, f.percent(rate)),
            fact(t.weighted, t.weightedText(`**${money(entry.expectedInvestment.times(rate))}**`, money(entry.expectedInvestment), f.percent(rate))),
          ]),
          t.ratesNote(f.list(funnelStages.map((stage) => t.stageRate(t.stageLabels[stage], f.percent(DEFAULT_STAGE_RATES[stage]))))),
        ];
      },
    },
  ],
};

/** The ids of the qualification document's seller-only sections: all of them. */
const internalSections = internalSectionIds(qualificationDocument);

/**
 * Writes one opportunity's qualification as the seller's working document: the prospect, the lead's
 * stage and state with its remedy; the assessment card (each heading's score, the overall score, the
 * weakest heading, the decision and why, the go rule in words, every answer with its evidence); the
 * customer's purchase criteria (the table of criteria × suppliers with weights, shares, each supplier's
 * weighted total and rank; where we lead or trail on each criterion and against whom, with the need and
 * solution it names; the break-even weights and what crossing each does; each person's own ranking; the
 * three signs to check; the three conditions of a good standard, met or not; the moves against the
 * standard, each with the seed's proverb and our reading); the value matrix (gain, impact, category,
 * what to commit, with the thresholds); the opening (the 3 × 3 grid with the deal's cell); 5W + 2P
 * (answers with evidence, what is unanswered); PAIN + VISION + POWER; and the funnel entry with the
 * seller's stage-weighted revenue — never the customer's value. Figures are exact. Every section is
 * seller-only: for `audience: "customer"` only the title is written.
 *
 * @param qualification - from `defineQualification` (valueframe/qualify)
 * @param options - locale, heading level, audience, sections, `centre`, `frame`, `bvf`
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a subject that is not a qualification or a bad option, every problem listed
 *
 * @example
 * ```ts
 * const markdown = qualificationToMarkdown(qualification, { centre, frame, bvf, sections: ["funnel"] });
 * markdown.split("\n")[0]; //=> "# Qualification: is the deal worth pursuing, and can we win it?"
 * markdown.includes("- **Seller's stage-weighted revenue:** **CN¥516,000.00**"); //=> true
 * qualificationToMarkdown(qualification, { audience: "customer" }).trim(); //=> "# Qualification: is the deal worth pursuing, and can we win it?"
 * ```
 */
export function qualificationToMarkdown(qualification: Qualification, options?: QualificationMarkdownOptions): string {
  if (!isQualification(qualification)) throw renderArgumentError("qualificationToMarkdown", "qualification", NOT_A_QUALIFICATION, "invalid_type");
  const resolved = resolveOptions("qualificationToMarkdown", options, qualificationSections, internalSections, (issues) => issues.push(...qualifyOptionIssues(options)));
  const f = formatterOf(resolved.locale);
  const centre = options?.centre;
  const suppliers = new Map((qualification.criteria?.suppliers ?? []).map((s) => [s.id, s]));
  const criteria = new Map((qualification.criteria?.criteria ?? []).map((c) => [c.id, c]));
  return writeDocument(
    qualificationDocument,
    {
      f,
      level: resolved.level,
      audience: resolved.audience,
      q: qualification,
      worked: qualifyOpportunity(qualification, { centre }),
      names: qualifyNames(f.t.common.none, { centre, frame: options?.frame, bvf: options?.bvf }),
      centre,
      criterion: (id) => {
        const found = criteria.get(id);
        return found === undefined ? code(id) : `**${md(found.name)}** ${code(id)}`;
      },
      supplier: (id) => {
        const found = suppliers.get(id);
        return found === undefined ? code(id) : md(supplierLabel(f.t, found));
      },
    },
    resolved.sections,
  );
}
