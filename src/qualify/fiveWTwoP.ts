/**
 * 5W + 2P (`001_…`): the seller's qualifying questions of one opportunity — why they need it, is there
 * a budget, who decides and do they want it, how they decide, on what, by when, against whom; 6W + 2P
 * adds why it should be us. And PAIN + VISION + POWER = SALE: a pain admitted, a vision of the solution
 * that is ours, access to power — power read from the buying centre where there is one (a decision
 * maker met). Each answer carries its evidence; what is unanswered is listed.
 */
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import type { BuyingCentre } from "../people/schema.js";
import { QualifyValidationError } from "./errors.js";

/** The questions of 5W + 2P, then 6W + 2P's eighth; W or P after each. */
export const fiveWTwoPQuestions = [
  { key: "why", kind: "W", text: "Why do they need or want a new system?" },
  { key: "budget", kind: "P", text: "Is there a budget plan?" },
  { key: "decisionMaker", kind: "W", text: "Who is the decision maker, and does he want it?" },
  { key: "process", kind: "W", text: "What is the decision process?" },
  { key: "factors", kind: "W", text: "What are the basic decision factors?" },
  { key: "timetable", kind: "P", text: "What is the rough timetable?" },
  { key: "competitors", kind: "W", text: "Who are the competitors?" },
  { key: "whyUs", kind: "W", text: "Why should it be us?" },
] as const;

/** A key of {@link fiveWTwoPQuestions}. */
export type FiveWTwoPKey = (typeof fiveWTwoPQuestions)[number]["key"];

/** An answer with its evidence. */
export interface QualifyingAnswer {
  readonly answer: string;
  readonly evidence: string;
}

/** 5W + 2P checked. */
export interface FiveWTwoP {
  /** `6W+2P` when "why us" is asked, else `5W+2P`. */
  readonly version: "5W+2P" | "6W+2P";
  readonly answered: readonly FiveWTwoPKey[];
  readonly unanswered: readonly FiveWTwoPKey[];
  /** True when every question of the version is answered. */
  readonly complete: boolean;
}

/**
 * Checks the qualifying answers of one opportunity: each must have an answer and its evidence; lists what
 * is answered and what is not, for 5W + 2P or (with `whyUs: true`, or when "why us" is answered) 6W + 2P.
 *
 * @param answers - by question key, each `{ answer, evidence }`
 * @param options - `whyUs`: ask the eighth question of 6W + 2P
 * @returns answered and unanswered keys
 * @throws {QualifyValidationError} for an unknown key or an answer without evidence, every problem at once
 *
 * @example
 * ```ts
 * fiveWTwoP({ why: { answer: "DSO grew to 62 days", evidence: "CFO, 2026-10-12" } }).unanswered;
 * //=> ["budget", "decisionMaker", "process", "factors", "timetable", "competitors"]
 * ```
 */
export function fiveWTwoP(answers: Readonly<Partial<Record<FiveWTwoPKey, QualifyingAnswer | undefined>>>, options?: { readonly whyUs?: boolean }): FiveWTwoP {
  const keys = new Set<string>(fiveWTwoPQuestions.map((q) => q.key));
  const issues: ValueframeIssue[] = [];
  for (const [key, value] of Object.entries(answers ?? {})) {
    if (!keys.has(key)) issues.push({ path: [key], code: "unknown_reference", message: `no question "${key}" (questions: ${[...keys].join(", ")})` });
    else if (typeof value?.answer !== "string" || value.answer === "") issues.push({ path: [key, "answer"], code: "invalid_type", message: "required: the answer" });
    else if (typeof value.evidence !== "string" || value.evidence === "") issues.push({ path: [key, "evidence"], code: "invalid_type", message: "required: what the answer rests on (who said it, when, where it is written)" });
  }
  if (issues.length > 0) throw new QualifyValidationError(issues, "5W + 2P");
  const six = options?.whyUs === true || answers.whyUs !== undefined;
  const asked = fiveWTwoPQuestions.filter((q) => six || q.key !== "whyUs").map((q) => q.key);
  const answered = asked.filter((key) => answers[key] !== undefined);
  const unanswered = asked.filter((key) => answers[key] === undefined);
  return Object.freeze({ version: six ? "6W+2P" : "5W+2P", answered: Object.freeze(answered), unanswered: Object.freeze(unanswered), complete: unanswered.length === 0 });
}

/** PAIN + VISION + POWER, each with where it comes from. */
export interface PainVisionPower {
  readonly pain: boolean;
  readonly vision: boolean;
  /** A decision maker of the buying centre has been met (or, without a centre, as stated). */
  readonly power: boolean;
  readonly powerFrom: "buyingCentre" | "stated";
  /** All three: the sale can be made. */
  readonly complete: boolean;
  readonly missing: readonly ("pain" | "vision" | "power")[];
}

/**
 * PAIN + VISION + POWER = SALE: a pain the customer admits, a vision of the solution that is ours, and
 * access to power — from the buying centre when given (a decision maker who has been met), else as stated.
 *
 * @param stated - `pain` and `vision` (and `power` when there is no buying centre), as the seller judges them
 * @param centre - the buying centre, for power
 * @returns the three and what is missing
 *
 * @example
 * ```ts
 * painVisionPower({ pain: true, vision: true }, centre); //=> { …, power: true, powerFrom: "buyingCentre", complete: true, missing: [] }
 * ```
 */
export function painVisionPower(stated: { readonly pain: boolean; readonly vision: boolean; readonly power?: boolean | undefined }, centre?: BuyingCentre): PainVisionPower {
  const power = centre === undefined ? stated.power === true : centre.people.some((p) => p.roles.includes("decisionMaker") && p.met);
  const missing = (["pain", "vision", "power"] as const).filter((key) => !(key === "power" ? power : stated[key]));
  return Object.freeze({ pain: stated.pain, vision: stated.vision, power, powerFrom: centre === undefined ? "stated" : "buyingCentre", complete: missing.length === 0, missing: Object.freeze(missing) });
}
