/**
 * The parameters of the locale templates that build sentences from a frame's own content. Every value is
 * already formatted for the locale (numbers, money, dates, lists), so templates only place them. Also the
 * shape of a locale's question templates: one sentence per question key of valueframe/questions.
 */
import type { Dimension, Level } from "../../frame/grid.js";
import type { DiagnosticQuestionKey } from "../../questions/keys.js";

/** One sentence per question key `K`, built from an element's formatted parameters `P`. */
export type QuestionTemplates<K extends string, P> = { readonly [Q in K]: (params: P) => string };

/** The sentence of every diagnostic question, by grid cell and key. */
export type DiagnosticTexts = { readonly [L in Level]: { readonly [D in Dimension]: { readonly [K in DiagnosticQuestionKey<L, D>]: string } } };

/** A strategic goal, formatted. */
export interface GoalParams {
  readonly name: string;
  readonly metric: string;
  readonly baseline: string;
  readonly target: string;
  readonly unit: string;
  readonly deadline: string;
  /** The change asked for, e.g. "+8" or "+20 %". */
  readonly change: string;
  /** The success factors serving the goal, joined; empty when none. */
  readonly successFactors: string;
  /** True when the metric should fall. */
  readonly decrease: boolean;
}

/** A critical issue, formatted. */
export interface IssueParams {
  readonly name: string;
  /** "CBI" or "CPI". */
  readonly kind: string;
  /** The grid cell it sits in, e.g. "Process management". */
  readonly cell: string;
  /** The cell's aspect, e.g. "Interface management"; empty when none is given. */
  readonly aspect: string;
  /** The success factors it hurts, joined; empty when none. */
  readonly successFactors: string;
  /** The goals it keeps out of reach (directly or through the success factors), joined. */
  readonly goals: string;
  /** True when the customer probably has not seen it yet (hiddenness ≥ 4). */
  readonly hidden: boolean;
  /** True when it persists or worsens if left alone (trend ≥ 4). */
  readonly worsening: boolean;
}

/** A high-energy solution, formatted. */
export interface SolutionParams {
  readonly name: string;
  /** The issues it addresses, joined. */
  readonly issues: string;
  /** "resolve" or "bypass", in words. */
  readonly approach: string;
  readonly bypass: boolean;
  /** The level it lands on, e.g. "Process". */
  readonly level: string;
  /** The capabilities it builds, joined; empty when none. */
  readonly capabilities: string;
  /** Its constraints, one by one. */
  readonly constraints: readonly string[];
  /** The constraint the `constraint` question asks about; empty in the other questions. */
  readonly constraint: string;
}

/** A performance value, formatted. */
export interface ValueParams {
  readonly name: string;
  /** The amount with its recurrence, e.g. "CN¥840,000.00 a year", or the words of a non-financial value. */
  readonly amount: string;
  readonly financial: boolean;
  /** The goal it serves. */
  readonly goal: string;
  /** Months until it starts and until it is fully realised. */
  readonly startsAfter: string;
  readonly realisedWithin: string;
  /** The probability as a percentage, e.g. "80%". */
  readonly probability: string;
  /** The solution that delivers it; empty when none is named. */
  readonly solution: string;
}

/**
 * The codes of frameWarnings a locale writes in its own words. A code the model adds later, not yet
 * here, is written with the model's English message.
 */
export type FrameWarningCode = "target_wrong_direction" | "target_equals_baseline" | "weak_issue_test" | "value_off_chain";

/** A frame warning, formatted; an entry is empty where the warning's code has no such part. */
export interface FrameWarningParams {
  /** The model's own message (English): what the English locale writes. */
  readonly message: string;
  /** The elements concerned, each by name and id (see `common.reference`). */
  readonly goal: string;
  readonly issue: string;
  readonly value: string;
  readonly solution: string;
  readonly baseline: string;
  readonly target: string;
  /** True when the goal's metric should rise. */
  readonly increase: boolean;
  /** The issue test rated weak, in words (`terms.issueTest`), its rating of 5, and why that is weak (`frame.weakTestReason`). */
  readonly test: string;
  readonly rating: string;
  readonly reason: string;
}

/** The level of a BVF node, as its list in the BVF is named; empty for a finding on no one node. */
export type BvfNodeLevel = "executiveKpis" | "sellerKpis" | "intentions" | "operationalKpis" | "solutions" | "competitors" | "";

/** A BVF check finding, formatted; an entry is empty where the finding's code has no such part. */
export interface BvfFindingParams {
  /** The model's own message (English): what the English locale writes. */
  readonly message: string;
  /** The node the finding is about, by name and id (see `common.reference`). */
  readonly node: string;
  /** Its level, e.g. for `orphan`: what it should serve depends on it. */
  readonly level: BvfNodeLevel;
  /** The other nodes concerned, joined: the competitors, the sources whose links have no weight. */
  readonly others: string;
  /** Every node concerned, joined (the solutions of the first phase). */
  readonly nodes: string;
  /** What an operational KPI lacks of unit, baseline and target, in words, joined. */
  readonly missing: string;
  readonly phase: string;
  /** The sum of the weights given into the node, and the share each unweighted link gets. */
  readonly given: string;
  readonly share: string;
}

/** One sentence per code `C` of a model's findings, built from formatted parameters `P`. */
export type CodeTemplates<C extends string, P> = { readonly [K in C]: (params: P) => string };

/** A person's question, formatted: what it names (each present only where the question uses it). */
export interface PersonQuestionParams {
  readonly subject?: string;
  readonly goal?: string;
  readonly need?: string;
  readonly measure?: string;
  readonly needs?: string;
  readonly count?: string;
}
