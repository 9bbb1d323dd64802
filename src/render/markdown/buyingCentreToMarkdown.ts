/**
 * buyingCentreToMarkdown and personValueToMarkdown: the buying centre as the seller's working document
 * (the people with their standing, MEN, relations and factions, the checks, whom to see first), and the
 * one-page value of the case for one person — written for that person, with the seller's presentation
 * notes only for the seller. Everything about attitudes, motives and plans is seller-only: a customer
 * document of the buying centre has no section at all.
 */
import type { Frame } from "../../frame/frame.js";
import type { Decimal } from "../../numeric/decimal.js";
import { attentionRanking } from "../../people/attentionRanking.js";
import { caseCost, checkBuyingCentre, type PeopleFinding } from "../../people/checkBuyingCentre.js";
import type { PersonValue } from "../../people/personValue.js";
import type { BuyingCentre, Person } from "../../people/schema.js";
import { standingOf } from "../../people/standing.js";
import type { Evaluation } from "../../quantify/types.js";
import { asOfIssues, daysBetween } from "../../_internal/asOf.js";
import { type Formatter, formatterOf } from "../_internal/formatter.js";
import { bullets, code, md, table } from "../_internal/markdown.js";
import { resolveOptions } from "../_internal/options.js";
import { type DocumentSpec, emptySection, internalSectionIds, type SectionContext, unlessEmpty, writeDocument } from "../_internal/sections.js";
import type { SectionOptions } from "../options.js";

/** The sections of the buying-centre document, in order; every one is the seller's. */
export const buyingCentreSections = ["overview", "people", "men", "relations", "findings", "attention"] as const;

/** A section of the buying-centre document. */
export type BuyingCentreSection = (typeof buyingCentreSections)[number];

/** Options of {@link buyingCentreToMarkdown}. */
export interface BuyingCentreMarkdownOptions extends SectionOptions<BuyingCentreSection> {
  /** Today (ISO date): standings as observed by then, and the staleness of observations. */
  readonly asOf?: string;
  /** The frame: links named by their goals and issues, and goals nobody owns found. */
  readonly frame?: Frame;
  /** The case's evaluation: its costs against the budget. */
  readonly evaluation?: Evaluation;
}

interface CentreContext extends SectionContext {
  readonly centre: BuyingCentre;
  readonly asOf: string | undefined;
  readonly frame: Frame | undefined;
  readonly evaluation: Evaluation | undefined;
  /** A person named with their id: "**Li Wei** `p-cfo`". */
  readonly who: (id: string) => string;
}

/** A finding in the locale's words, from its code and what the buying centre says. */
function findingText(ctx: CentreContext, finding: PeopleFinding): string {
  const { f, centre, who } = ctx;
  const t = f.t.people.finding;
  const person = centre.people.find((p) => p.id === finding.people[0]);
  const element = (id: string | undefined) => {
    const found = ctx.frame?.goals.find((g) => g.id === id) ?? ctx.frame?.issues.find((i) => i.id === id);
    return found === undefined ? code(id ?? "") : `${md(found.name)} ${code(found.id)}`;
  };
  switch (finding.code) {
    case "no_decision_maker":
      return t.no_decision_maker();
    case "decision_maker_not_met":
      return t.decision_maker_not_met(f.list(finding.people.map(who)));
    case "budget_boundary_unreached": {
      const budget = centre.budget!;
      const cost = ctx.evaluation === undefined ? undefined : caseCost(ctx.evaluation);
      return t.budget_boundary_unreached(cost === undefined ? "—" : f.money(cost, budget.currency), f.money(budget.amount, budget.currency), md(budget.source));
    }
    case "budget_other_currency":
      return t.budget_other_currency(centre.budget?.currency ?? "", ctx.evaluation?.currency ?? "");
    case "no_mentor":
      return t.no_mentor();
    case "mentor_unqualified": {
      const conditions = person === undefined ? undefined : standingOf(person, ctx.asOf).mentorConditions?.value;
      const failing = conditions === undefined ? t.mentor_unconfirmed : t.mentor_fails(f.list((["needsKnown", "mutualTrust", "consulted"] as const).filter((k) => !conditions[k]).map((k) => t.conditions[k])));
      return t.mentor_unqualified(who(finding.people[0]!), failing);
    }
    case "opponent_without_plan":
      return t.opponent_without_plan(who(finding.people[0]!), person === undefined ? "" : (standingOf(person, ctx.asOf).attitude?.value ?? ""), person?.influence ?? 0);
    case "key_person_without_need":
      return t.key_person_without_need(who(finding.people[0]!));
    case "key_person_without_motive":
      return t.key_person_without_motive(who(finding.people[0]!));
    case "goal_unowned":
      return t.goal_unowned(element(finding.elements[0]));
    case "issue_unfelt":
      return t.issue_unfelt(element(finding.elements[0]));
    case "single_supporter":
      return t.single_supporter(who(finding.people[0]!));
    case "stale_observation": {
      const last = person === undefined ? undefined : standingOf(person, ctx.asOf).lastObserved;
      const days = last === undefined || ctx.asOf === undefined ? 0 : daysBetween(last, ctx.asOf);
      return t.stale_observation(who(finding.people[0]!), last === undefined ? "" : f.date(last), days, ctx.asOf === undefined ? "" : f.date(ctx.asOf));
    }
  }
}

const severities = ["error", "warning", "info"] as const;

const centreDocument: DocumentSpec<BuyingCentreSection, CentreContext> = {
  title: ({ f }) => f.t.people.title,
  sections: [
    {
      id: "overview",
      audience: "internal",
      render: ({ f, centre, asOf }) => {
        const t = f.t.people;
        const budget = centre.budget;
        return [
          ...(asOf === undefined ? [] : [t.asOf(f.date(asOf))]),
          bullets([
            f.t.common.fact(t.people, t.count(centre.people.length)),
            f.t.common.fact(t.budget, budget === undefined ? t.noBudget : t.budgetLine(f.money(budget.amount, budget.currency), md(budget.source))),
          ]),
        ];
      },
    },
    {
      id: "people",
      title: (t) => t.people.people,
      audience: "internal",
      render: ({ f, centre, asOf, who }) =>
        unlessEmpty(centre.people, (people) => {
          const t = f.t.people;
          return [
            table(
              [t.name, t.titleColumn, t.category, t.roles, t.influence, t.attitude, t.closeness, t.met, t.lastObserved],
              people.map((p) => {
                const s = standingOf(p, asOf);
                const roles = p.roles.map((role) => t.roleNames[role]);
                return [
                  who(p.id),
                  md(p.title ?? f.t.common.none),
                  `${t.categories[p.category]}${p.aboveBudgetBoundary ? `, ${t.aboveBoundary}` : ""}`,
                  roles.length === 0 ? f.t.common.none : f.list(roles),
                  String(p.influence),
                  s.attitude === undefined ? t.notObserved : t.attitudes[s.attitude.value],
                  s.closeness === undefined ? f.t.common.none : String(s.closeness.value),
                  p.met ? f.t.common.yes : f.t.common.no,
                  s.lastObserved === undefined ? f.t.common.none : f.date(s.lastObserved),
                ];
              }),
              [4, 6],
            ),
          ];
        }),
    },
    {
      id: "men",
      title: (t) => t.people.men,
      audience: "internal",
      render: (ctx) => unlessEmpty(ctx.centre.people, (people) => people.flatMap((p) => menOf(ctx, p))),
    },
    {
      id: "relations",
      title: (t) => t.people.relations,
      audience: "internal",
      render: ({ f, centre, who }) => {
        const t = f.t.people;
        if (centre.relations.length === 0 && centre.factions.length === 0) return emptySection;
        return [
          centre.relations.length === 0 ? undefined : bullets(centre.relations.map((r) => `${who(r.from)} ${t.relationKinds[r.kind]} ${who(r.to)}${r.note === undefined ? "" : ` — ${md(r.note)}`}`)),
          centre.factions.length === 0 ? undefined : table([t.faction, t.members], centre.factions.map((x) => [`**${md(x.name)}** ${code(x.id)}`, f.list(x.members.map(who))])),
        ];
      },
    },
    {
      id: "findings",
      title: (t) => t.people.findings,
      audience: "internal",
      render: (ctx) => {
        const { f } = ctx;
        const findings = checkBuyingCentre(ctx.centre, { frame: ctx.frame, evaluation: ctx.evaluation, asOf: ctx.asOf });
        if (findings.length === 0) return [f.t.people.noFindings];
        return severities.flatMap((severity) => {
          const found = findings.filter((x) => x.severity === severity);
          const heading = f.t.common.bracketed(`**${f.t.terms.severity[severity]}**`, String(found.length));
          return found.length === 0 ? [] : [heading, bullets(found.map((x) => `${findingText(ctx, x)} ${code(x.code)}`))];
        });
      },
    },
    {
      id: "attention",
      title: (t) => t.people.attention,
      audience: "internal",
      render: ({ f, centre, asOf, who }) =>
        unlessEmpty(centre.people, () => {
          const t = f.t.people;
          return [
            t.attentionNote,
            table(
              [t.name, t.influence, t.attitude, t.distance, t.attentionColumn],
              attentionRanking(centre, { asOf }).map((row) => [who(row.id), String(row.influence), row.attitude === undefined ? t.notObserved : t.attitudes[row.attitude], String(row.distance), String(row.attention)]),
              [1, 3, 4],
            ),
          ];
        }),
    },
  ],
};

/** One person's expectations, needs and motives, with their standing and our plan. */
function menOf(ctx: CentreContext, p: Person): string[] {
  const { f, who } = ctx;
  const t = f.t.people;
  const s = standingOf(p, ctx.asOf);
  const linkName = (id: string) => {
    const found = ctx.frame?.goals.find((g) => g.id === id) ?? ctx.frame?.issues.find((i) => i.id === id);
    return found === undefined ? code(id) : `${md(found.name)} ${code(id)}`;
  };
  const standing = [
    s.maslow === undefined ? undefined : `Maslow: ${t.maslow[s.maslow.value]}`,
    s.attitudeToChange === undefined ? undefined : t.changeAttitudes[s.attitudeToChange.value],
    s.concerns === undefined ? undefined : f.list(s.concerns.value.map((c) => `${md(c.concern)} (${t.concernGroups[c.group]})`)),
    p.socialStyle === undefined ? undefined : `${f.t.people.value.styleLabel}: ${t.socialStyles[p.socialStyle]}`,
  ].filter((x): x is string => x !== undefined);
  const items = [
    ...(standing.length === 0 ? [] : [standing.join("; ")]),
    ...p.men.expectations.map((e) => f.t.common.fact(`${t.expectations} (${t.expectationKinds[e.kind]})`, md(e.text))),
    ...p.men.needs.map((n) => f.t.common.fact(`${t.needs} (${t.needKinds[n.kind]})`, `${md(n.text)}${n.links.length === 0 ? "" : ` — ${t.links} ${f.list(n.links.map(linkName))}`}`)),
    ...p.men.adverseEffects.map((x) => f.t.common.fact(t.adverseEffects, md(x))),
    ...p.men.organisationalBenefit.map((x) => f.t.common.fact(t.organisationalBenefit, md(x))),
    ...p.men.personalNeeds.map((n) => f.t.common.fact(`${t.personalNeeds} (${t.personalNeedKinds[n.kind]})`, md(n.text))),
    ...p.men.motives.map((m) => f.t.common.fact(`${t.motives} (${t.motiveKinds[m.kind]})`, md(m.text))),
    ...(p.plan === undefined ? [] : [f.t.common.fact(t.plan, md(p.plan))]),
  ];
  return [`${who(p.id)}${p.title === undefined ? "" : ` — ${md(p.title)}`}`, items.length === 0 ? f.t.common.emptySection : bullets(items)];
}

/**
 * Writes the buying centre as the seller's working document: an overview (as-of date, people, budget),
 * the people with their category, roles, influence, attitude, closeness, whether met and when last
 * observed, each person's expectations, needs (with the frame's goals and issues they link to),
 * adverse effects, benefit, personal needs, motives and our plan, relations and factions, the checks by
 * severity, and whom to see first. Every section is seller-only: for `audience: "customer"` only the
 * title is written.
 *
 * @param centre - a buying centre from `defineBuyingCentre`
 * @param options - locale, heading level, audience, sections, `asOf`, `frame`, `evaluation`
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a bad option, every problem listed
 *
 * @example
 * ```ts
 * const markdown = buyingCentreToMarkdown(centre, { frame, evaluation, asOf: "2026-12-06" });
 * markdown.split("\n")[0]; //=> "# Buying centre"
 * ```
 */
export function buyingCentreToMarkdown(centre: BuyingCentre, options?: BuyingCentreMarkdownOptions): string {
  const resolved = resolveOptions("buyingCentreToMarkdown", options, buyingCentreSections, internalSectionIds(centreDocument), (issues) => {
    issues.push(...asOfIssues(options?.asOf));
  });
  const f = formatterOf(resolved.locale);
  const names = new Map(centre.people.map((p) => [p.id, p.name]));
  const who = (id: string) => `**${md(names.get(id) ?? id)}** ${code(id)}`;
  return writeDocument(centreDocument, { f, level: resolved.level, audience: resolved.audience, centre, asOf: options?.asOf, frame: options?.frame, evaluation: options?.evaluation, who }, resolved.sections);
}

/** The sections of a person's value summary, in order; `stance` (how to present to them) is the seller's. */
export const personValueSections = ["goals", "figures", "benefit", "stance"] as const;

/** A section of a person's value summary. */
export type PersonValueSection = (typeof personValueSections)[number];

/** Options of {@link personValueToMarkdown}. */
export type PersonValueMarkdownOptions = SectionOptions<PersonValueSection>;

interface ValueContext extends SectionContext {
  readonly value: PersonValue;
  readonly figure: (value: Decimal, unit: string | undefined, id?: string) => string;
}

/** A headline figure in the report's own words; a goal's, line's or driver's by its name. */
function labelOf(f: Formatter, id: string, label: string): string {
  const t = f.t.summary;
  return id === "npv" ? t.npv : id === "roi" ? t.roi : id === "irr" ? t.irr : id === "payback" ? t.payback : md(label);
}

const valueDocument: DocumentSpec<PersonValueSection, ValueContext> = {
  title: ({ f, value }) => f.t.people.value.title(md(value.person.name)),
  sections: [
    {
      id: "goals",
      title: (t) => t.people.value.goals,
      render: ({ f, value, figure }) =>
        value.goals.length === 0 && value.issues.length === 0
          ? emptySection
          : [
              value.goals.length === 0
                ? undefined
                : bullets(
                    value.goals.map((g) => {
                      const c = g.contribution?.contribution;
                      return c == null ? `**${md(g.name)}**` : `**${md(g.name)}**: ${f.t.people.value.contribution(figure(c, g.contribution?.unit))}`;
                    }),
                  ),
              value.issues.length === 0 ? undefined : f.t.common.fact(f.t.people.value.issues, f.list(value.issues.map((i) => md(i.name)))),
            ],
    },
    {
      id: "figures",
      title: (t) => t.people.value.figures,
      render: ({ f, value, figure }) =>
        unlessEmpty(value.figures, (figures) => [
          table(
            [f.t.people.value.figure, f.t.people.value.value],
            figures.map((x) => [labelOf(f, x.id, x.label), `${figure(x.value, x.unit, x.id)}${x.riskAdjusted ? ` (${f.t.people.value.riskAdjusted})` : ""}`]),
            [1],
          ),
        ]),
    },
    {
      id: "benefit",
      title: (t) => t.people.value.organisational,
      render: ({ f, value, audience }) => {
        const t = f.t.people;
        // A pain is the seller's note of how the person suffers: for the person themselves, the gains only.
        const personal = value.personalBenefit.filter((b) => audience === "internal" || b.kind !== "pain").map((b) => (b.kind === "pain" || b.kind === "ambition" ? md(b.text) : `${md(b.text)} (${t.personalNeedKinds[b.kind]})`));
        return value.organisationalBenefit.length === 0 && value.adverseEffects.length === 0 && personal.length === 0
          ? emptySection
          : [
              value.organisationalBenefit.length === 0 ? undefined : bullets(value.organisationalBenefit.map(md)),
              value.adverseEffects.length === 0 ? undefined : f.t.common.fact(t.value.avoided, f.list(value.adverseEffects.map(md))),
              personal.length === 0 ? undefined : `**${t.value.personal}**`,
              personal.length === 0 ? undefined : bullets(personal),
            ];
      },
    },
    {
      id: "stance",
      title: (t) => t.people.value.stance,
      audience: "internal",
      render: ({ f, value }) => {
        const t = f.t.people.value;
        return [
          bullets([
            t.focus[value.stance.focus],
            f.t.common.fact(t.triggerLabel, f.list(value.stance.triggers.map((x) => t.triggers[x]))),
            ...(value.stance.styleStrategy === undefined ? [] : [f.t.common.fact(t.styleLabel, t.styleStrategies[value.stance.styleStrategy])]),
          ]),
        ];
      },
    },
  ],
};

/**
 * Writes the value of the case for one person — a one-page summary for that person: the goals of theirs
 * the case serves and what it contributes to each, the issues it addresses, the figures their concerns
 * ask for, the benefit to the organisation and to them. The seller's notes on how to present (level,
 * interest triggers, social style) are written only for `audience: "internal"`; none of our ratings of
 * the person ever is.
 *
 * @param value - from `personValue` in `valueframe/people`
 * @param options - locale, heading level, audience, sections
 * @returns the Markdown document
 * @throws {RenderArgumentError} (code `RENDER_INVALID_ARGUMENT`) for a bad option
 *
 * @example
 * ```ts
 * const page = personValueToMarkdown(personValue(centre, "p-cfo", { frame, evaluation, summary }), { audience: "customer" });
 * page.split("\n")[0]; //=> "# What the case brings Li Wei"
 * ```
 */
export function personValueToMarkdown(value: PersonValue, options?: PersonValueMarkdownOptions): string {
  const resolved = resolveOptions("personValueToMarkdown", options, personValueSections, internalSectionIds(valueDocument));
  const f: Formatter = formatterOf(resolved.locale);
  const currency = value.figures.find((x) => x.id === "npv")?.unit;
  const figure = (v: Decimal, unit: string | undefined, id?: string) =>
    id === "payback" ? `${f.number(v, 2)} ${unit ?? ""}`.trim() : unit !== undefined && unit === currency ? f.money(v, unit) : unit === "%" ? f.percent(v) : f.quantity(v, unit);
  return writeDocument(valueDocument, { f, level: resolved.level, audience: resolved.audience, value, figure }, resolved.sections);
}
