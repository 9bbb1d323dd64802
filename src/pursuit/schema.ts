/**
 * zod schemas of a pursuit — the seller's record of how the customer buys: where each person of the
 * buying centre stands in the ten-stage purchase process over time, the visits with their action
 * commitments, the concerns behind refusals, and the negotiation. The single source of its input types
 * and of the document's JSON Schema. People are named by their ids in the buying centre.
 */
import * as z from "zod";
import { currencySchema } from "../frame/frame.js";
import { dateField as date, enumOf, idField as id, textField as text } from "../_internal/schemaFields.js";
import { figureSchema } from "../_internal/numericSchema.js";
import { commitmentKinds, concernLevels, negotiationStages, stageSigns } from "./process.js";

const keysOf = <T extends Record<string, unknown>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
const stage = z
  .number({ error: "expected a stage number from 1 to 10" })
  .int({ error: "expected a whole stage number from 1 to 10" })
  .min(1, { error: "a stage is at least 1 (no problem found)" })
  .max(10, { error: "a stage is at most 10 (evaluating cost)" });

/** Whom a person leans to at a stage: the stage favours us, a rival, or neither yet. */
export const leanings = ["us", "rival", "undecided"] as const;

/**
 * One dated observation of where a person stands: the stage, the signs seen, and the source. Two
 * observations of one person on one date must agree unless the later-written one is a `correction`.
 */
export const stageObservationSchema = z.strictObject({
  person: id,
  date,
  stage,
  signs: z.array(enumOf(keysOf(stageSigns))).readonly().default([]),
  leaning: enumOf(leanings).optional(),
  source: text,
  /** Replaces the other observations of this person on this date. */
  correction: z.boolean().default(false),
  note: z.string().optional(),
});

/** The customer's answer to an asked commitment. */
export const commitmentAnswerSchema = z.strictObject({
  state: z.enum(["obtained", "refused"], { error: 'expected "obtained" or "refused"' }),
  date,
  /** For a refusal: the id of the concern behind it, once asked for. */
  concern: id.optional(),
  note: z.string().optional(),
});

/** Whether an obtained commitment was kept, once it was due. */
export const commitmentOutcomeSchema = z.strictObject({
  state: z.enum(["kept", "partlyKept", "broken"], { error: 'expected "kept", "partlyKept" or "broken"' }),
  date,
  note: z.string().optional(),
});

/** The three marks of an action commitment, as the seller judges them (unset: not judged). */
export const commitmentMarksSchema = z.strictObject({
  /** It is the customer's action, not their words. */
  customersAction: z.boolean().optional(),
  /** It moves the order (coffee together does not). */
  movesOrder: z.boolean().optional(),
  /** It moves the order our way, not a rival's. */
  favoursUs: z.boolean().optional(),
});

/**
 * An action commitment: what the customer promises to do to move the purchase. Its four elements are
 * `due` (time), `people` (who on the customer's side), `action` and `benefit` (to the customer); a missing
 * element is a finding, not an error, so a plan can be written before it is complete.
 */
export const commitmentSchema = z.strictObject({
  id,
  /** The highest or the lowest acceptable commitment of the visit. */
  level: z.enum(["highest", "lowest"], { error: 'expected "highest" or "lowest"' }),
  /** One of the typical commitments (`commitmentKinds`): with it, the fit to the people's stage is checked. */
  kind: enumOf(keysOf(commitmentKinds)).optional(),
  due: date.optional(),
  people: z.array(id).readonly().default([]),
  action: text.optional(),
  benefit: text.optional(),
  marks: commitmentMarksSchema.default({}),
  answer: commitmentAnswerSchema.optional(),
  outcome: commitmentOutcomeSchema.optional(),
});

/** A visit: the seller's objective, the people met, the commitments planned and asked, what was learnt. */
export const visitSchema = z.strictObject({
  id,
  /** The day of the visit: after `asOf` it is planned, on or before it, held. */
  date,
  /** The seller's objective for the visit (the seller's, not the customer's action). */
  objective: text,
  /** The customer's people at the visit, by id. */
  people: z.array(id).readonly().default([]),
  commitments: z.array(commitmentSchema).readonly().default([]),
  /** Information gained and given: worth having, but not progress. */
  gained: z.array(text).readonly().default([]),
  given: z.array(text).readonly().default([]),
  note: z.string().optional(),
});

/** A concern's level as observed on a date. */
export const concernLevelSchema = z.strictObject({ date, level: enumOf(concernLevels), note: z.string().optional() });

/**
 * A concern: a person's belief that buying from us is bad for them personally, the objection it wears,
 * its level over time, and how it was resolved.
 */
export const concernSchema = z.strictObject({
  id,
  person: id,
  /** The objection as voiced: about the organisation, the concern's coat. */
  objection: text,
  /** The personal concern behind it, once dug out. */
  concern: text.optional(),
  /** The objection is an excuse unrelated to the concern. */
  falseObjection: z.boolean().default(false),
  levels: z.array(concernLevelSchema).min(1, { error: "a concern needs at least one dated level" }).readonly(),
  resolved: z.strictObject({ date, how: text }).optional(),
});

/** One side's reservation price: the walk-away price, and where the figure comes from. */
export const reservationSchema = z.strictObject({ reservation: figureSchema, target: figureSchema.optional(), source: text });

/** A condition of exchange: what we give and what we get, each valued in the negotiation's currency. */
export const tradeSchema = z.strictObject({
  give: text,
  giveValue: figureSchema,
  get: text,
  getValue: figureSchema,
  /** The person the concession is made to, by id. */
  with: id.optional(),
  date: date.optional(),
});

/** The negotiation: both reservation prices, the stages reached, the trades. */
export const negotiationSchema = z.strictObject({
  currency: currencySchema,
  /** Our reservation price: the lowest we accept. */
  ours: reservationSchema,
  /** The customer's reservation price as we estimate it: the most they would pay. */
  theirs: reservationSchema,
  /** The stages reached, each with its date. */
  stages: z.array(z.strictObject({ stage: enumOf(negotiationStages), date })).readonly().default([]),
  trades: z.array(tradeSchema).readonly().default([]),
});

/** A pursuit: the stage log, visits, concerns and the negotiation. */
export const pursuitSchema = z.strictObject({
  stages: z.array(stageObservationSchema).readonly().default([]),
  visits: z.array(visitSchema).readonly().default([]),
  concerns: z.array(concernSchema).readonly().default([]),
  negotiation: negotiationSchema.optional(),
});

/** A pursuit as written: plain JSON-like data (prices may be numbers, decimal strings, bigints or Decimals). */
export type PursuitInput = z.input<typeof pursuitSchema>;
/** A validated, deep-frozen pursuit, in the order written (histories sort the log by date), prices as Decimals. */
export type Pursuit = z.output<typeof pursuitSchema>;
export type StageObservation = z.output<typeof stageObservationSchema>;
export type Visit = z.output<typeof visitSchema>;
export type Commitment = z.output<typeof commitmentSchema>;
export type Concern = z.output<typeof concernSchema>;
export type Negotiation = z.output<typeof negotiationSchema>;
export type Trade = z.output<typeof tradeSchema>;
export type Leaning = (typeof leanings)[number];
