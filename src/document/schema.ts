/**
 * The value-case document: one file holding a customer's reference frame, value case and BVF, each
 * written inline or named by a path relative to the document.
 */
import * as z from "zod";
import { bvfSchema } from "../bvf/schema.js";
import { buyingCentreSchema } from "../people/schema.js";
import { pursuitSchema } from "../pursuit/schema.js";
import { realisationSchema } from "../realise/schema.js";
import { qualificationSchema } from "../qualify/schema.js";
import { accountPlanSchema } from "../qualify/accounts.js";
import { frameSchema } from "../frame/frame.js";
import { valueCaseSchema } from "../quantify/schema.js";

/** The members a document can hold, in the order they are validated and reported. */
export const documentMembers = ["frame", "case", "bvf", "stakeholders", "pursuit", "realisation", "qualification", "account"] as const;

/** The members of which a document needs at least one: the argument itself (the buying centre and the pursuit come with it). */
export const argumentMembers = ["frame", "case", "bvf"] as const;

/** One member of a value-case document. */
export type DocumentMember = (typeof documentMembers)[number];

/** A member written as a path to its own file, relative to the document (e.g. `"distributor.frame.json"`). */
export const documentReferenceSchema = z.string().min(1).describe("Path of a file holding this member, relative to the document.");

/**
 * Schema of a value-case document: `$schema` (for editors), at least one of `frame`, `case` and
 * `bvf`, and optionally `stakeholders`, `pursuit` (which needs them), `realisation` (which needs the case), `qualification` and `account`, each inline data or a relative path. It is the source of the document's types and of its JSON
 * Schema; {@link defineValueDocument} validates a document member by member with clearer messages.
 */
export const valueDocumentSchema = z
  .strictObject({
    $schema: z.string().describe("JSON Schema of this file, for editor completion.").optional(),
    frame: z.union([documentReferenceSchema, frameSchema]).describe("The customer's reference frame, or the path of its file.").optional(),
    case: z.union([documentReferenceSchema, valueCaseSchema]).describe("The quantified value case, or the path of its file.").optional(),
    bvf: z.union([documentReferenceSchema, bvfSchema]).describe("The Business Value Framework, or the path of its file.").optional(),
    stakeholders: z
      .union([documentReferenceSchema, buyingCentreSchema])
      .describe("The buying centre: the people who decide, their standing over time and what each expects, needs and wants (seller-only), or the path of its file.")
      .optional(),
    pursuit: z
      .union([documentReferenceSchema, pursuitSchema])
      .describe("The pursuit: where each person of the stakeholders stands in the purchase process, visits and action commitments, concerns and the negotiation (seller-only), or the path of its file.")
      .optional(),
    realisation: z
      .union([documentReferenceSchema, realisationSchema])
      .describe("The realisation after the sale: the KPIs the customer measures (baseline, target, the driver each sets, milestones) and the dated actuals, or the path of its file.")
      .optional(),
    qualification: z
      .union([documentReferenceSchema, qualificationSchema])
      .describe("The opportunity's qualification: lead, assessment, the customer's purchase criteria and the suppliers' scores, value matrix, opening, 5W + 2P, PAIN + VISION + POWER and the funnel entry (seller-only), or the path of its file.")
      .optional(),
    account: z
      .union([documentReferenceSchema, accountPlanSchema])
      .describe("The account plan: the account information, profile and rules of engagement, each answer with its evidence (seller-only), or the path of its file.")
      .optional(),
  })
  .refine((document) => argumentMembers.some((member) => document[member] !== undefined), {
    error: 'a value-case document needs at least one of "frame", "case" and "bvf"',
  });

/** A value-case document as written: members inline (plain data) or as relative paths. */
export type ValueDocumentInput = z.input<typeof valueDocumentSchema>;
