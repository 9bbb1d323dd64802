/**
 * The purchase process as data: the ten decision stages every buying role passes (`004_…`, part 5), the
 * focus and observable signs of each, the seller's difficulty band, the coarser four stages (`000_…`)
 * and three buying phases (`001_…`), the concern curve, the seed's pull-back strategy for each stage, our
 * table of commitments that suit each stage, and the six levels of concern with the seed's handling.
 * Where a seed names a structure without filling it in, the choice here is valueframe's (docs/pursuit.md).
 */

/** A stage number, 1 (no problem found) … 10 (evaluating cost). */
export type StageNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** The customer's focus at a stage: the seed's nine focus points; stage 1 has none. */
export type StageFocus = "problemOrOpportunity" | "pain" | "goal" | "requirements" | "measures" | "solution" | "value" | "risk" | "cost";

/**
 * How hard it is for the seller to move a role at that stage: the seed's three bands of the focus points
 * (problem–pain–goal low, requirements–measures–solution medium, value–risk–cost high); stage 1 has no
 * focus and no band.
 */
export type DifficultyBand = "low" | "medium" | "high";

/** The four stages of a large purchase (`000_…`): implementation follows the ten stages, after signing. */
export type FourStage = "confirmNeeds" | "evaluateSolutions" | "resolveConcerns" | "implement";

/** The three buying phases (`001_…`) and the seller's answer to each. */
export type BuyingPhase = "needDefinition" | "evaluateAlternatives" | "takeAction";

/** The observable signs of the stages (PURSUIT.md's table), each belonging to one stage. */
export const stageSigns = {
  satisfiedWithStatusQuo: 1,
  notBuying: 1,
  namesNoProblem: 1,
  verifiesProblem: 2,
  exploresAdverseEffects: 2,
  complains: 3,
  asksAboutGain: 3,
  weighsCostAndRisk: 3,
  firstPriceEnquiry: 3,
  asksAboutSolutions: 4,
  rarelyStatesExpectations: 4,
  statesRequirementsVaguely: 5,
  describesSolutionDetails: 6,
  invitesTestsTrialsBids: 7,
  seniorDiscussesValue: 8,
  seniorDiscussesRisk: 9,
  asksForLowerPrice: 10,
} as const satisfies Record<string, StageNumber>;

/** One of {@link stageSigns}. */
export type StageSign = keyof typeof stageSigns;

/** What the library knows of one stage. */
export interface PurchaseStage {
  readonly stage: StageNumber;
  readonly id: string;
  readonly focus: StageFocus | undefined;
  readonly signs: readonly StageSign[];
  readonly band: DifficultyBand | undefined;
  /** Stages 1–6 form the customer's expectation (the seed's own numbering). */
  readonly formsExpectation: boolean;
  /** Stages 5–7 evaluate the solution (5 and 6 overlap with forming the expectation). */
  readonly evaluatesSolution: boolean;
  readonly fourStage: FourStage;
  readonly buyingPhase: BuyingPhase;
}

const STAGE_IDS = ["noProblemFound", "problemFound", "painOrAmbition", "goalFormed", "requirementsClear", "measuresClear", "evaluatingSolutions", "evaluatingValue", "evaluatingRisk", "evaluatingCost"] as const;
const FOCUS: readonly (StageFocus | undefined)[] = [undefined, "problemOrOpportunity", "pain", "goal", "requirements", "measures", "solution", "value", "risk", "cost"];

/** The stage ids, in order: `purchaseStages[k - 1].id === stageIds[k - 1]`. */
export const stageIds = STAGE_IDS;

/**
 * The ten stages of the purchase process, in the order no role can change. Our mapping to the coarser
 * views: the four stages — confirm needs 1–6, evaluate solutions 7–8, resolve concerns 9–10 (the seed's
 * doubts come once the customer has basically chosen: additional requirements and price), implement after
 * signing; the three buying phases — need definition 1–6, evaluate alternatives 7–8, take action 9–10.
 */
export const purchaseStages: readonly PurchaseStage[] = Object.freeze(
  STAGE_IDS.map((id, index): PurchaseStage => {
    const stage = (index + 1) as StageNumber;
    return Object.freeze({
      stage,
      id,
      focus: FOCUS[index],
      signs: Object.freeze((Object.keys(stageSigns) as StageSign[]).filter((sign) => stageSigns[sign] === stage)),
      band: stage === 1 ? undefined : stage <= 4 ? "low" : stage <= 7 ? "medium" : "high",
      formsExpectation: stage <= 6,
      evaluatesSolution: stage >= 5 && stage <= 7,
      fourStage: stage <= 6 ? "confirmNeeds" : stage <= 8 ? "evaluateSolutions" : "resolveConcerns",
      buyingPhase: stage <= 6 ? "needDefinition" : stage <= 8 ? "evaluateAlternatives" : "takeAction",
    });
  }),
);

/** What the customer is concerned with over the buying phases (`001_…`'s chart). */
export type ConcernTopic = "needs" | "solution" | "cost" | "risk";

/**
 * The concern curve, 1 (low) … 3 (high) per buying phase: our reading of the chart the seed only labels,
 * after Rackham — concern for needs falls, for the solution rises then falls, for cost rises then eases,
 * for risk rises towards the decision.
 */
export const concernCurve = {
  needDefinition: { needs: 3, solution: 1, cost: 1, risk: 1 },
  evaluateAlternatives: { needs: 2, solution: 3, cost: 3, risk: 2 },
  takeAction: { needs: 1, solution: 1, cost: 2, risk: 3 },
} as const satisfies Record<BuyingPhase, Record<ConcernTopic, 1 | 2 | 3>>;

/** The seller's task in each buying phase (`001_…`): need development, proof, close. */
export const phaseTasks = { needDefinition: "needDevelopment", evaluateAlternatives: "proof", takeAction: "close" } as const satisfies Record<BuyingPhase, string>;

/**
 * The seed's pull-back strategy for a role that has reached each stage (`004_…`, part 5, ch. 3): the
 * stages the seed pulls it back to (nearest last where it names several) and the steps. Stages 1 and 2 have
 * none: there is nothing to pull back from.
 */
export const pullBackStrategies = {
  3: { to: [2], steps: ["addProblems", "refineProblems", "smashProblems"] },
  4: { to: [3], steps: ["reorderProblems", "replanGoal"] },
  5: { to: [2, 3, 4], steps: ["backToProblem", "backToPain", "backToGoal", "breakRequirements"] },
  6: { to: [2], steps: ["backToProblemNotSolution"] },
  7: { to: [2, 4, 6], steps: ["stopFormalEvaluation", "tradeForAccess", "askThreeQuestions", "questionTheTender"] },
  8: { to: [2, 4], steps: ["attackTheTop", "showValueWithFrame"] },
  9: { to: [7], steps: ["reevaluateSolution", "reshapeMeasures"] },
  10: { to: [8, 9], steps: ["scare", "smash", "pull", "redefineValue"] },
} as const satisfies Record<Exclude<StageNumber, 1 | 2>, { readonly to: readonly StageNumber[]; readonly steps: readonly string[] }>;

/**
 * Typical action commitments, each with the stages it suits (from, to). The seed gives examples, not a
 * table ("match the commitment to the purchase cycle"): this table is ours (docs/pursuit.md).
 */
export const commitmentKinds = {
  agreeToDiagnosis: [1, 2],
  introduceColleague: [1, 4],
  shareData: [2, 3],
  quantifyImpact: [2, 4],
  involveSenior: [3, 9],
  agreeGoals: [3, 4],
  visitReference: [4, 9],
  requirementsWorkshop: [4, 5],
  shareRequirements: [5, 6],
  reviewSolutionConcept: [5, 6],
  technicalWorkshop: [6, 7],
  trial: [6, 7],
  shortlist: [6, 7],
  valueReview: [7, 8],
  meetExecutive: [7, 9],
  riskReview: [8, 9],
  agreeImplementationPlan: [9, 10],
  startNegotiation: [9, 10],
  sign: [10, 10],
} as const satisfies Record<string, readonly [StageNumber, StageNumber]>;

/** One of {@link commitmentKinds}. */
export type CommitmentKind = keyof typeof commitmentKinds;

/**
 * The kinds of commitment that suit a stage, in the table's order.
 *
 * @example
 * ```ts
 * commitmentsForStage(8); //=> ["involveSenior", "visitReference", "valueReview", "meetExecutive", "riskReview"]
 * ```
 */
export function commitmentsForStage(stage: StageNumber): readonly CommitmentKind[] {
  return (Object.keys(commitmentKinds) as CommitmentKind[]).filter((kind) => commitmentKinds[kind][0] <= stage && stage <= commitmentKinds[kind][1]);
}

/** The six levels of concern (after Heiman), mildest first. */
export const concernLevels = ["hesitation", "doubt", "objection", "nonCommitment", "argument", "resistance"] as const;

/** One of {@link concernLevels}. */
export type ConcernLevel = (typeof concernLevels)[number];

/**
 * The seed's handling steps for each level (`004_…`, ch. 5), and for a false objection (treat it as
 * resistance, after testing it by working through the objection together).
 */
export const concernHandling = {
  hesitation: ["exploreObjection", "digOutConcern", "offerSolution", "confirmRemoved"],
  doubt: ["exploreObjectionDeeper", "digOutConcern", "offerSolution", "confirmRemoved"],
  objection: ["exploreObjection", "handleEmotion", "digOutConcern", "offerSolution", "confirmRemoved"],
  nonCommitment: ["reflectOnOurPart", "withdrawIfNoCommitment"],
  argument: ["changeWhoEngages", "talkToOtherRoles", "lowerResistance"],
  resistance: ["changeWhoEngages", "talkToOtherRoles", "lowerResistance"],
  falseObjection: ["testTheObjection", "treatAsResistance"],
} as const satisfies Record<ConcernLevel | "falseObjection", readonly string[]>;

/** The six stages of a negotiation (`001_…`). */
export const negotiationStages = ["introduction", "overview", "explicitStatement", "confrontation", "compromise", "agreement"] as const;

/** One of {@link negotiationStages}. */
export type NegotiationStage = (typeof negotiationStages)[number];
