/**
 * The opportunity assessment (`000_…`, ch. 7): is there an opportunity, can we compete, can we win, is
 * it worth winning. The seed quotes five phrases beside a garbled "4 … 20 questions"; we read "is there
 * an opportunity" and "is there a chance" as one heading — both ask whether the customer will buy at
 * all — and ship our own default set of twenty questions, five a heading, replaceable. Answers are on a
 * 0–4 scale with evidence; each heading scores the mean of its answers ÷ 4, the assessment the mean of
 * its headings, and a stated rule says go, qualify further, or no go (docs/qualify.md).
 */
import * as z from "zod";
import { Dec, numericProblem, toDec, type Decimal, type Numeric } from "../numeric/decimal.js";
import { fromZodIssues } from "../_internal/zodIssues.js";
import { didYouMeanSuffix } from "../_internal/suggest.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { QualifyArgumentError, QualifyValidationError } from "./errors.js";

/** The four headings, in the order they are asked. */
export const assessmentHeadings = ["opportunity", "compete", "win", "worth"] as const;

/** One of {@link assessmentHeadings}. */
export type AssessmentHeading = (typeof assessmentHeadings)[number];

/** A question of an assessment: its id, heading and words. */
export interface AssessmentQuestion {
  readonly id: string;
  readonly heading: AssessmentHeading;
  readonly text: string;
}

const q = (id: string, heading: AssessmentHeading, text: string): AssessmentQuestion => Object.freeze({ id, heading, text });

/** Our default twenty questions, five a heading (the seed lists none; replace them with `questions`). */
export const defaultAssessmentQuestions: readonly AssessmentQuestion[] = Object.freeze([
  q("o1", "opportunity", "Has the customer named a problem or goal our solution addresses?"),
  q("o2", "opportunity", "Is there a budget, or a way to fund it?"),
  q("o3", "opportunity", "Is there a timetable for the decision?"),
  q("o4", "opportunity", "Does someone with influence feel the pain personally?"),
  q("o5", "opportunity", "Will the customer act rather than keep the status quo?"),
  q("c1", "compete", "Do we know the customer's purchase criteria and their weights?"),
  q("c2", "compete", "Do our strengths match the criteria that weigh most?"),
  q("c3", "compete", "Have we met the decision maker?"),
  q("c4", "compete", "Do we have a mentor inside the account?"),
  q("c5", "compete", "Can we deliver what is asked: capacity, references, time?"),
  q("w1", "win", "Do we lead on the criteria that weigh most?"),
  q("w2", "win", "Does the decision maker lean to us?"),
  q("w3", "win", "Is the opening normal: our home turf, or our lead?"),
  q("w4", "win", "Are the rivals' strengths neutralised?"),
  q("w5", "win", "Can we price within what the customer will accept?"),
  q("v1", "worth", "Is the short-term gain worth the cost of the pursuit?"),
  q("v2", "worth", "Does it open follow-on business?"),
  q("v3", "worth", "Does it strengthen our brand and references?"),
  q("v4", "worth", "Is the delivery risk acceptable?"),
  q("v5", "worth", "Does it fit our strategy and the team's capacity?"),
]);

/** An answer: the question's id, a score 0 (no) … 4 (fully yes), and the evidence for it. */
export const answerSchema = z.strictObject({
  question: z.string().min(1),
  score: z.number({ error: "expected a whole number from 0 to 4" }).int({ error: "expected a whole number from 0 to 4" }).min(0, { error: "a score is at least 0 (no)" }).max(4, { error: "a score is at most 4 (fully yes)" }),
  evidence: z.string().min(1, { error: "say what the score rests on" }),
});

/** An answer as written. */
export type AnswerInput = z.input<typeof answerSchema>;

/** The decision the stated rule gives. */
export type AssessmentDecision = "go" | "qualifyFurther" | "noGo";

/** The go rule: every heading at least `heading` and the whole at least `overall` → go; the whole below `noGo` → no go; else qualify further. */
export const DEFAULT_GO_RULE = Object.freeze({ heading: new Dec("0.5"), overall: new Dec("0.6"), noGo: new Dec("0.4") });

/** An assessment scored. */
export interface Assessment {
  /** Each heading's score, 0 … 1 (the mean of its answers ÷ 4), and its questions not yet answered. */
  readonly headings: readonly { readonly heading: AssessmentHeading; readonly score: Decimal | undefined; readonly answered: number; readonly unanswered: readonly string[] }[];
  /** The mean of the scored headings, 0 … 1. */
  readonly overall: Decimal | undefined;
  /** The heading that scores lowest. */
  readonly weakest: AssessmentHeading | undefined;
  readonly decision: AssessmentDecision;
  /** Why, in English: the rule and the figures it compared. */
  readonly because: string;
}

/**
 * Scores an assessment: validates the answers (each a known question once, 0–4, with evidence; every
 * problem at once), then each heading's score, the overall score, the weakest heading and the decision
 * by the stated rule (every heading ≥ 0.5 and overall ≥ 0.6: go; overall < 0.4: no go; else qualify
 * further; a heading with no answer yet cannot go).
 *
 * @param answers - the answers, as data
 * @param options - `questions` (a set of your own, default {@link defaultAssessmentQuestions}) and `rule`
 * @returns the scored assessment, frozen
 * @throws {QualifyValidationError} (code `QUALIFY_INVALID`) listing every bad answer with its path
 * @throws {QualifyArgumentError} for a question set with duplicate ids, an unknown heading or a heading without questions, or a rule whose thresholds are off 0 … 1 or whose no-go threshold is above its go threshold
 *
 * @example
 * ```ts
 * const a = assessOpportunity(defaultAssessmentQuestions.map((q) => ({ question: q.id, score: q.heading === "win" ? 1 : 3, evidence: "workshop notes" })));
 * [a.overall?.toString(), a.weakest, a.decision]; //=> ["0.625", "win", "qualifyFurther"]
 * ```
 */
export function assessOpportunity(answers: unknown, options?: { readonly questions?: readonly AssessmentQuestion[]; readonly rule?: typeof DEFAULT_GO_RULE }): Assessment {
  const questions = options?.questions ?? defaultAssessmentQuestions;
  const rule = options?.rule ?? DEFAULT_GO_RULE;
  const setIssues: ValueframeIssue[] = [];
  const ids = new Set<string>();
  questions.forEach((question, i) => {
    if (typeof question?.id !== "string" || question.id === "") setIssues.push({ path: ["questions", i, "id"], code: "invalid_type", message: "expected a question id" });
    else if (ids.has(question.id)) setIssues.push({ path: ["questions", i, "id"], code: "duplicate_id", message: `question id "${question.id}" is used twice` });
    else ids.add(question.id);
    if (!(assessmentHeadings as readonly unknown[]).includes(question?.heading))
      setIssues.push({ path: ["questions", i, "heading"], code: "invalid_value", message: `no heading ${JSON.stringify(question?.heading)} (headings: ${assessmentHeadings.join(", ")})` });
  });
  for (const key of ["heading", "overall", "noGo"] as const) {
    const value: unknown = rule?.[key];
    const problem = numericProblem(value);
    if (problem !== undefined) setIssues.push({ path: ["rule", key], code: "not_numeric", message: problem });
    else if (toDec(value as Numeric).lt(0) || toDec(value as Numeric).gt(1)) setIssues.push({ path: ["rule", key], code: "out_of_range", message: `a score threshold is from 0 to 1; got ${String(value)}` });
  }
  if (setIssues.every((issue) => issue.path[0] !== "rule") && toDec(rule.noGo).gt(toDec(rule.overall)))
    setIssues.push({ path: ["rule", "noGo"], code: "invalid_value", message: `the no-go threshold ${rule.noGo.toString()} is above the go threshold ${rule.overall.toString()}` });
  for (const heading of assessmentHeadings) if (!questions.some((question) => question.heading === heading)) setIssues.push({ path: ["questions"], code: "invalid_value", message: `no question under the heading "${heading}"` });
  if (setIssues.length > 0) throw new QualifyArgumentError(setIssues, "assessOpportunity options");

  const issues: ValueframeIssue[] = [];
  if (!Array.isArray(answers)) throw new QualifyValidationError([{ path: [], code: "invalid_type", message: "expected an array of answers" }], "assessment");
  const scored = new Map<string, number>();
  answers.forEach((answer: unknown, index: number) => {
    const parsed = answerSchema.safeParse(answer);
    if (!parsed.success) {
      issues.push(...fromZodIssues(parsed.error.issues, [index]));
      return;
    }
    const { question, score } = parsed.data;
    if (!ids.has(question)) issues.push({ path: [index, "question"], code: "unknown_reference", message: `no question has the id "${question}"${didYouMeanSuffix(question, ids)}` });
    else if (scored.has(question)) issues.push({ path: [index, "question"], code: "duplicate_answer", message: `the question "${question}" is answered twice` });
    else scored.set(question, score);
  });
  if (issues.length > 0) throw new QualifyValidationError(issues, "assessment");

  const headings = assessmentHeadings.map((heading) => {
    const own = questions.filter((question) => question.heading === heading);
    const answered = own.filter((question) => scored.has(question.id));
    const score = answered.length === 0 ? undefined : answered.reduce((sum, question) => sum.plus(scored.get(question.id)!), new Dec(0)).div(answered.length * 4);
    return Object.freeze({ heading, score, answered: answered.length, unanswered: Object.freeze(own.filter((question) => !scored.has(question.id)).map((question) => question.id)) });
  });
  const withScores = headings.filter((h) => h.score !== undefined);
  const overall = withScores.length === 0 ? undefined : withScores.reduce((sum, h) => sum.plus(h.score!), new Dec(0)).div(withScores.length);
  const weakest = withScores.reduce<(typeof headings)[number] | undefined>((low, h) => (low === undefined || h.score!.lt(low.score!) ? h : low), undefined)?.heading;
  const unscored = headings.filter((h) => h.score === undefined).map((h) => h.heading);
  let decision: AssessmentDecision;
  let because: string;
  if (overall === undefined) [decision, because] = ["qualifyFurther", "no question is answered yet"];
  else if (overall.lt(rule.noGo)) [decision, because] = ["noGo", `the overall score ${overall.toFixed(2)} is below ${rule.noGo.toString()}`];
  else if (unscored.length > 0) [decision, because] = ["qualifyFurther", `no answer yet under ${unscored.join(", ")}`];
  else if (overall.gte(rule.overall) && withScores.every((h) => h.score!.gte(rule.heading))) [decision, because] = ["go", `every heading scores at least ${rule.heading.toString()} and the whole ${overall.toFixed(2)} ≥ ${rule.overall.toString()}`];
  else [decision, because] = ["qualifyFurther", `the overall score is ${overall.toFixed(2)} and the weakest heading, ${weakest}, scores ${headings.find((h) => h.heading === weakest)!.score!.toFixed(2)}`];
  return Object.freeze({ headings: Object.freeze(headings), overall, weakest, decision, because });
}
