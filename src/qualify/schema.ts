/**
 * zod schema of one opportunity's qualification — what the seller knows before building the reference
 * frame and while pursuing: the kind of prospect and the lead's stage and state, the assessment's
 * answers, the customer's purchase criteria and the suppliers' scores, the value-matrix inputs, the
 * opening, the 5W + 2P answers, PAIN + VISION + POWER and the opportunity's funnel entry. The single
 * source of its input types and of the document's JSON Schema; each part is checked by its own module.
 */
import * as z from "zod";
import { currencySchema } from "../frame/frame.js";
import { enumOf, textField as text } from "../_internal/schemaFields.js";
import { figureSchema } from "../_internal/numericSchema.js";
import { answerSchema } from "./assessment.js";
import { leadStages, leadStates, prospectKinds } from "./leads.js";
import { leaders, turfs } from "./positioning.js";
import { purchaseCriteriaSchema } from "./purchaseCriteria.js";
import { funnelStages, monthSchema } from "./funnel.js";

const impact = z.number({ error: "expected a whole number from 1 to 5" }).int({ error: "expected a whole number from 1 to 5" }).min(1, { error: "at least 1 (little)" }).max(5, { error: "at most 5 (much)" });
const qualifyingAnswer = z.strictObject({ answer: text, evidence: text });


/** One opportunity's qualification. */
export const qualificationSchema = z.strictObject({
  prospect: enumOf(prospectKinds).optional(),
  lead: z.strictObject({ stage: enumOf(leadStages), state: enumOf(Object.keys(leadStates) as [keyof typeof leadStates, ...(keyof typeof leadStates)[]]) }).optional(),
  assessment: z.strictObject({ answers: z.array(answerSchema).readonly() }).optional(),
  criteria: purchaseCriteriaSchema.optional(),
  valueMatrix: z
    .strictObject({
      /** The short-term gain for the seller; without it, the deal's expected investment from `funnel` (in the funnel's currency). Without either, the deal is not placed. */
      gain: figureSchema.optional(),
      /** The gain from which a deal is big business, in the same currency as the gain (ours to set: the seed gives no threshold). */
      bigGain: figureSchema,
      highImpact: figureSchema.optional(),
      impact: z.strictObject({ followOn: impact, brand: impact, morale: impact }),
    })
    .optional(),
  opening: z.strictObject({ turf: enumOf(turfs), leader: enumOf(leaders) }).optional(),
  fiveWTwoP: z
    .strictObject({
      /** Which set is asked: 6W + 2P adds "why us" (asked, and listed when unanswered); by default 6W + 2P only once "why us" is answered. */
      version: z.enum(["5W+2P", "6W+2P"], { error: 'expected "5W+2P" or "6W+2P"' }).optional(),
      why: qualifyingAnswer.optional(),
      budget: qualifyingAnswer.optional(),
      decisionMaker: qualifyingAnswer.optional(),
      process: qualifyingAnswer.optional(),
      factors: qualifyingAnswer.optional(),
      timetable: qualifyingAnswer.optional(),
      competitors: qualifyingAnswer.optional(),
      whyUs: qualifyingAnswer.optional(),
    })
    .optional(),
  /** `power` as the seller judges it: used without a buying centre; with one, power is read from it (a decision maker met) and a stated power that disagrees is warned of. */
  painVisionPower: z.strictObject({ pain: z.boolean(), vision: z.boolean(), power: z.boolean().optional() }).optional(),
  funnel: z
    .strictObject({
      stage: enumOf(funnelStages),
      expectedMonth: monthSchema,
      expectedInvestment: figureSchema,
      currency: currencySchema,
      contact: text.optional(),
    })
    .optional(),
});

/** A qualification as written. */
export type QualificationInput = z.input<typeof qualificationSchema>;
/** A validated, deep-frozen qualification. */
export type Qualification = z.output<typeof qualificationSchema>;
