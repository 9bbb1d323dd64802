/**
 * zod schemas of the buying centre — the people who decide a purchase, what each expects, needs and
 * personally wants, and how they stand to us over time — and the scales it is written in. The single
 * source of its input types and of the document's JSON Schema. Where the seeds name a scale without
 * filling it in (attitude to us, attitude to change, contact closeness), the scale here is valueframe's
 * own choice, documented in docs/people.md.
 */
import * as z from "zod";
import { currencySchema } from "../frame/frame.js";
import { dateField as date, enumOf, idField as id, textField as text } from "../_internal/schemaFields.js";
import { figureSchema } from "../_internal/numericSchema.js";

/** The four categories of the customer's hierarchy (`000_…`, ch. 4). */
export const hierarchyCategories = ["executive", "decisionMaking", "peripheralSenior", "industryExpert"] as const;

/**
 * Buying roles: `decisionMaker` (signs or vetoes), `approver` (a formal sign-off above the decision
 * maker, e.g. a board), `evaluator` (judges the options: technical or financial), `user` (works with
 * the solution), `gatekeeper` (controls access and information), `influencer` (weighs in without a
 * formal role). Our person inside the account — the seeds' *mentor* and *coach* — is not a role but the
 * top rung of attitude to us (`mentor`).
 */
export const buyingRoles = ["decisionMaker", "approver", "evaluator", "user", "gatekeeper", "influencer"] as const;

/** Maslow's levels of the person's current need, lowest first. */
export const maslowLevels = ["physiological", "safety", "belonging", "esteem", "selfActualisation"] as const;

/**
 * Attitude to change, most eager first (our five-step scale after the adoption curve the seed leans on:
 * visionaries at the top, pragmatists and conservatives about 80 %).
 */
export const changeAttitudes = ["innovator", "visionary", "pragmatist", "conservative", "sceptic"] as const;

/** The groups of decision concerns: the seed's four executive groups, then the middle's and the front line's. */
export const concernGroups = ["business", "financial", "political", "culture", "operational", "technical"] as const;

/** Attitude to us, most favourable first: the seed's mentor, supporter, non-supporter and opponent with our neutral rung. */
export const attitudes = ["mentor", "supporter", "neutral", "nonSupporter", "opponent"] as const;

/** Social styles (`001_…`, POWER analysis), each with the counter-strategy we pair it with (docs/people.md). */
export const socialStyles = ["driving", "technical", "amiable", "talkative"] as const;

/** The five sources of a business need (`000_…`). */
export const needSources = ["internalGoals", "policyAndEnvironment", "competitors", "suppliersAndCustomers", "technologyAndBusinessModels"] as const;

/** The kinds of a personal need (`000_…`). */
export const personalNeedKinds = ["advancement", "powerAndControl", "recognition"] as const;

/** Kinds of relation between two people (reporting lines are `reportsTo` on the person). */
export const relationKinds = ["ally", "rival", "influences", "mentors"] as const;

/** A 1–5 scale where 5 is the most: influence, involvement and contact closeness all read upwards. */
const level = z.number({ error: "expected a whole number from 1 to 5 (5 is the most)" }).int({ error: "expected a whole number from 1 to 5 (5 is the most)" }).min(1, { error: "must be at least 1 (the least)" }).max(5, { error: "must be at most 5 (the most)" });

/** One decision concern: its group and, in the person's words, what it is. */
export const concernSchema = z.strictObject({ group: enumOf(concernGroups), concern: text });

/** The three conditions of a qualified mentor (`000_…`), as last observed. */
export const mentorConditionsSchema = z.strictObject({
  /** We know their needs and why they help us. */
  needsKnown: z.boolean(),
  /** Mutual trust: they know the inner circle, have influence, and believe we can win while we meet their personal needs. */
  mutualTrust: z.boolean(),
  /** We consult each other before major sales actions. */
  consulted: z.boolean(),
});

/**
 * One dated observation of a person: any of the five dimensions (and the mentor conditions) as seen on
 * `date`, with where it came from. A dimension's current value is the latest observation that sets it.
 */
export const observationSchema = z.strictObject({
  date,
  source: text,
  maslow: enumOf(maslowLevels).optional(),
  attitudeToChange: enumOf(changeAttitudes).optional(),
  concerns: z.array(concernSchema).readonly().optional(),
  /** Contact closeness, 1 (we barely know them) … 5 (a close, trusted relationship). */
  closeness: level.optional(),
  attitude: enumOf(attitudes).optional(),
  mentorConditions: mentorConditionsSchema.optional(),
  note: z.string().optional(),
});

/** An expectation: the solution in the person's mind, vague (`requirement`) or concrete (`measure`). */
export const expectationSchema = z.strictObject({ kind: z.enum(["requirement", "measure"], { error: 'expected "requirement" or "measure"' }), text });

/** A business need: a goal or an obstacle, linked to the frame's goals and critical issues by id, with its source. */
export const businessNeedSchema = z.strictObject({
  kind: z.enum(["goal", "obstacle"], { error: 'expected "goal" or "obstacle"' }),
  text,
  /** Ids of the frame's goals and critical issues this need is. */
  links: z.array(id).readonly().default([]),
  source: enumOf(needSources).optional(),
});

/** A personal need, of one of the three kinds. */
export const personalNeedSchema = z.strictObject({ kind: enumOf(personalNeedKinds), text });

/** A motive: personal, never organisational — a pain that pushes or an ambition that pulls. */
export const motiveSchema = z.strictObject({ kind: z.enum(["pain", "ambition"], { error: 'expected "pain" or "ambition"' }), text });

/** The MEN model of one person (`004_…`, part 3): expectations, needs, motives. */
export const menSchema = z.strictObject({
  expectations: z.array(expectationSchema).readonly().default([]),
  needs: z.array(businessNeedSchema).readonly().default([]),
  /** The harm the problem does to the organisation. */
  adverseEffects: z.array(text).readonly().default([]),
  /** What solving it brings the organisation. */
  organisationalBenefit: z.array(text).readonly().default([]),
  personalNeeds: z.array(personalNeedSchema).readonly().default([]),
  motives: z.array(motiveSchema).readonly().default([]),
});

/** One person of the buying centre. */
export const personSchema = z.strictObject({
  id,
  name: text,
  title: text.optional(),
  department: text.optional(),
  /** The person they report to, by id: the org chart (a cycle is an error). */
  reportsTo: id.optional(),
  category: enumOf(hierarchyCategories),
  /** True when they can decide beyond the stated budget (above the budget boundary). */
  aboveBudgetBoundary: z.boolean().default(false),
  roles: z.array(enumOf(buyingRoles)).readonly().default([]),
  /** Influence on the decision, 1 (little) … 5 (decisive). */
  influence: level,
  /** Involvement in the project, 1 (barely) … 5 (fully). The seed's 1–5 level reads the other way (1 highest): write 6 − it. */
  involvement: level.optional(),
  socialStyle: enumOf(socialStyles).optional(),
  /** Whether someone of ours has met them in person. */
  met: z.boolean().default(false),
  /** Our plan for winning them over or containing them: seller-only. */
  plan: z.string().optional(),
  men: menSchema.default({ expectations: [], needs: [], adverseEffects: [], organisationalBenefit: [], personalNeeds: [], motives: [] }),
  observations: z.array(observationSchema).readonly().default([]),
});

/** A relation between two people, e.g. the CFO allied with the plant director. */
export const relationSchema = z.strictObject({ from: id, to: id, kind: enumOf(relationKinds), note: z.string().optional() });

/** A faction: people who pull together. */
export const factionSchema = z.strictObject({ id, name: text, members: z.array(id).min(1, { error: "a faction needs at least one member" }).readonly() });

/** The customer's budget for the purchase: what the budget-boundary check compares the case's cost with. */
export const budgetSchema = z.strictObject({
  amount: figureSchema,
  currency: currencySchema,
  source: text,
});

/** The buying centre: the budget, the people, their relations and factions. */
export const buyingCentreSchema = z.strictObject({
  budget: budgetSchema.optional(),
  people: z.array(personSchema).readonly(),
  relations: z.array(relationSchema).readonly().default([]),
  factions: z.array(factionSchema).readonly().default([]),
});

/** A buying centre as written: plain JSON-like data (the budget may be a number, a decimal string, a bigint or a Decimal). */
export type BuyingCentreInput = z.input<typeof buyingCentreSchema>;
/** A validated, deep-frozen buying centre (the budget amount is a Decimal). */
export type BuyingCentre = z.output<typeof buyingCentreSchema>;
export type Person = z.output<typeof personSchema>;
export type Observation = z.output<typeof observationSchema>;
export type Men = z.output<typeof menSchema>;
export type BusinessNeed = z.output<typeof businessNeedSchema>;
export type HierarchyCategory = (typeof hierarchyCategories)[number];
export type BuyingRole = (typeof buyingRoles)[number];
export type MaslowLevel = (typeof maslowLevels)[number];
export type ChangeAttitude = (typeof changeAttitudes)[number];
export type ConcernGroup = (typeof concernGroups)[number];
export type Attitude = (typeof attitudes)[number];
export type SocialStyle = (typeof socialStyles)[number];
