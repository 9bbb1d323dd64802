/** Schema of a critical issue (CBI or CPI), the three tests it is judged on, and its place on the grid. */
import * as z from "zod";
import { idSchema, optionalReferencesSchema, ratingSchema, textSchema } from "./_internal/fields.js";
import { gridCellSchema } from "./grid.js";

/**
 * Kinds of critical issue: a critical business issue (CBI) hurts a critical success factor at the level
 * of the whole business; a critical performance issue (CPI) is a performance bottleneck that keeps a goal
 * out of reach.
 */
export const issueKinds = ["CBI", "CPI"] as const;

/** The kind of a critical issue. */
export type IssueKind = (typeof issueKinds)[number];

/** The three tests an issue is judged on. */
export const issueTests = ["importance", "hiddenness", "trend"] as const;

/** One of the three tests of a critical issue. */
export type IssueTest = (typeof issueTests)[number];

/**
 * What each test asks; every test is rated on the frame's 1–5 scale, 5 meaning the issue passes it
 * strongly.
 *
 * @example
 * ```ts
 * import { issueTestInfo } from "valueframe";
 * issueTestInfo.hiddenness.question; //=> "Has the customer not seen it yet?"
 * ```
 */
export const issueTestInfo: { readonly [T in IssueTest]: { readonly name: string; readonly question: string; readonly description: string } } =
  Object.freeze({
    importance: Object.freeze({
      name: "Importance",
      question: "Does it matter to the strategy?",
      description: "Large financial impact, the leadership cares about it, and it touches a strategic goal.",
    }),
    hiddenness: Object.freeze({
      name: "Hiddenness",
      question: "Has the customer not seen it yet?",
      description: "Finding an issue the customer has not seen is what makes the customer listen.",
    }),
    trend: Object.freeze({
      name: "Trend",
      question: "Will it persist or worsen if left alone?",
      description: "The issue really exists and, left alone, stays or grows, and the pain with it.",
    }),
  });

/** Schema of an issue's ratings on the three tests, each a whole number 1–5 (5 = passes strongly). */
export const issueTestsSchema = z.lazy(() =>
  z
  .strictObject({
    importance: ratingSchema,
    hiddenness: ratingSchema,
    trend: ratingSchema,
  })
  .readonly(),
);

/**
 * Schema of a critical issue (关键问题). `hurts` lists the critical success factors it damages and
 * `blocks` the strategic goals it keeps out of reach directly; both may be left out (then empty), but a
 * frame requires a CBI to hurt at least one success factor and a CPI to hurt one or block one goal.
 *
 * @example
 * ```ts
 * import { criticalIssueSchema } from "valueframe";
 * criticalIssueSchema.parse({
 *   id: "cbi-dso", name: "Collection rate falling", kind: "CBI", hurts: ["csf-collection"],
 *   tests: { importance: 5, hiddenness: 4, trend: 4 },
 *   cell: { level: "process", dimension: "management", aspect: "interface" },
 * }).blocks; //=> []
 * ```
 */
export const criticalIssueSchema = z.lazy(() =>
  z
  .strictObject({
    id: idSchema,
    name: textSchema,
    description: textSchema.optional(),
    kind: z.enum(issueKinds),
    hurts: optionalReferencesSchema,
    blocks: optionalReferencesSchema,
    tests: issueTestsSchema,
    cell: gridCellSchema,
  })
  .readonly(),
);

/** A critical issue as given. */
export type CriticalIssueInput = z.input<typeof criticalIssueSchema>;

/** A validated critical issue. */
export type CriticalIssue = z.output<typeof criticalIssueSchema>;

/** An issue's test ratings. */
export type IssueTests = z.output<typeof issueTestsSchema>;
