/**
 * The questions of the method, named. Each kind of frame element has its set of questions and each cell
 * of the 3 × 3 grid its standard diagnostic ones; a plan holds these keys, and a locale words each key
 * (valueframe/render's `text.questions`). A new question is a new key here and a sentence in each locale.
 */
import type { Dimension, Level } from "../frame/grid.js";

/**
 * The questions about a strategic goal: confirm the `target` is still the one measured, what a
 * `standstill` costs, how much of the `change` is in sight; lead with the `decisiveFactor` among its
 * success factors (or what `mustGoRight` when it has none), and `whoElse` must see a way there.
 */
export const goalQuestionKeys = ["target", "standstill", "change", "decisiveFactor", "mustGoRight", "whoElse"] as const;

/** A question about a strategic goal. */
export type GoalQuestionKey = (typeof goalQuestionKeys)[number];

/**
 * The questions about a critical issue: confirm the `signs`, who owns it (`aspectOwner` when its cell
 * names an aspect, else `owner`), where it goes (`nextYear` when it worsens, else `trend`); lead with its
 * `cost` to the success factors it hurts (or the `gapToGoals` when it hurts none), and offer to
 * `lookTogether` at a hidden issue (else ask what was `triedSoFar`).
 */
export const issueQuestionKeys = ["signs", "aspectOwner", "owner", "nextYear", "trend", "cost", "gapToGoals", "lookTogether", "triedSoFar"] as const;

/** A question about a critical issue. */
export type IssueQuestionKey = (typeof issueQuestionKeys)[number];

/**
 * The questions about a high-energy solution: confirm how the issues are handled `today`, `whatItTakes`
 * to resolve or bypass them at the solution's level, and each `constraint`; lead with its capabilities
 * owned (`capabilitiesOwned`, or `ownRatherThanBuy` when none are named), then `goAround` for a bypass or
 * the `rootCause` for a resolve.
 */
export const solutionQuestionKeys = ["today", "whatItTakes", "constraint", "capabilitiesOwned", "ownRatherThanBuy", "goAround", "rootCause"] as const;

/** A question about a high-energy solution. */
export type SolutionQuestionKey = (typeof solutionQuestionKeys)[number];

/**
 * The questions about a performance value: confirm the amount is `realistic` (`agree` for a
 * non-financial value), its `timing` and its `probability`; lead with its `meaning` for the goal, then
 * `whatToSee` to decide on the solution that delivers it (or who must `signOff` when none is named).
 */
export const valueQuestionKeys = ["realistic", "agree", "timing", "probability", "meaning", "whatToSee", "signOff"] as const;

/** A question about a performance value. */
export type ValueQuestionKey = (typeof valueQuestionKeys)[number];

/**
 * The standard diagnostic questions of each cell of the grid, in the method's order: is the goal stated,
 * is the design fit for it, is it managed. Management cells ask one question per management kind
 * (organisation and process) or per job-management factor (job), under the grid's own aspect keys.
 */
export const diagnosticQuestionKeys = {
  organization: {
    goals: ["strategyStated", "strategyFit", "outputsSet"],
    design: ["functionsNeeded", "flows", "structure"],
    management: ["goal", "performance", "resource", "interface"],
  },
  process: {
    goals: ["linkedGoals", "contributionMeasured"],
    design: ["effectiveness", "completeness"],
    management: ["goal", "performance", "resource", "interface"],
  },
  job: {
    goals: ["linkedOutputs"],
    design: ["duties", "activitySequence", "rules"],
    management: ["performanceStandards", "taskSupport", "consequences", "feedback", "performerCapability"],
  },
} as const satisfies { readonly [L in Level]: { readonly [D in Dimension]: readonly string[] } };

/** A diagnostic question of the grid cell `L` × `D` (of any cell when left open). */
export type DiagnosticQuestionKey<L extends Level = Level, D extends Dimension = Dimension> = (typeof diagnosticQuestionKeys)[L][D][number];

/**
 * The questions for one person of the buying centre (PURSUIT.md's question systems), chosen by what is
 * known and what is still missing about them:
 *
 * - **exploring** (`004_…`): the decision `process` (`howDecided`, `whenDecided`) until they have been met;
 *   their expectation (`requirements` when none is known, `measures` when only requirements are); their
 *   need (`projectFor` without a goal, `obstacles` without an obstacle, `adverseEffects` and
 *   `organisationalBenefit` when unknown); their motive (`personalGain` without an ambition,
 *   `worry` without a pain);
 * - **controlling**, only once expectations and needs are known: `steerExpectation` (their measure
 *   against their need), `steerNeed` (a goal of the frame beside theirs);
 * - **confirming**: `summarise` the needs heard;
 * - the nine-question **vision grid** (`001_…`): open, closed and confirming questions to diagnose the
 *   problem, explore its impact and create the vision;
 * - **SPIN** (`000_…`): situation, problem, implication, need-payoff.
 */
export const personQuestionKeys = [
  "howDecided",
  "whenDecided",
  "requirements",
  "measures",
  "projectFor",
  "obstacles",
  "adverseEffects",
  "organisationalBenefit",
  "personalGain",
  "worry",
  "steerExpectation",
  "steerNeed",
  "summarise",
  "diagnoseOpen",
  "diagnoseClosed",
  "diagnoseConfirm",
  "impactOpen",
  "impactClosed",
  "impactConfirm",
  "visionOpen",
  "visionClosed",
  "visionConfirm",
  "spinSituation",
  "spinProblem",
  "spinImplication",
  "spinNeedPayoff",
] as const;

/** A question for one person of the buying centre. */
export type PersonQuestionKey = (typeof personQuestionKeys)[number];
