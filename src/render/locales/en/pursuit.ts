/**
 * English strings of the pursuit (valueframe/pursuit): the ten stages of the purchase process with their
 * focus, signs and the seed's pull-back steps, action commitments and their states, concerns and their
 * handling, the negotiation, the checks, the next moves with the rules they cite, and the timeline. Part
 * of `text` (its `pursuit` block); the zh-CN file holds the same keys.
 */

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** English words of a pursuit. */
export const pursuit = {
  title: "Pursuit: how the customer buys and how the order moves",
  asOf: (date: string): string => `As of ${date}; the seller's working notes, never shown to the customer.`,
  noAsOf: "No as-of date given: every visit counts as held and no commitment as overdue.",
  /** A stage in a sentence: "stage 7 (evaluating solutions)". */
  stage: (n: string, name: string): string => `stage ${n} (${name})`,
  /** A stage in a table cell: "7 — evaluating solutions". */
  stageCell: (n: string, name: string): string => `${n} — ${name}`,
  /** A range of stages a commitment suits: "stages 6–7", "stage 10". */
  stageRange: (from: string, to: string): string => (from === to ? `stage ${from}` : `stages ${from}–${to}`),
  /** Between the stages a role may be pulled back to. */
  or: " or ",
  /** Between the clauses of one cell or line. */
  semicolon: "; ",
  /** The ten stages, by id (`stageIds` of valueframe/pursuit). */
  stageNames: {
    noProblemFound: "no problem or opportunity found",
    problemFound: "problem or opportunity found",
    painOrAmbition: "feels pain or ambition",
    goalFormed: "improvement goal formed",
    requirementsClear: "requirements clear",
    measuresClear: "measures clear",
    evaluatingSolutions: "evaluating solutions",
    evaluatingValue: "evaluating value",
    evaluatingRisk: "evaluating risk",
    evaluatingCost: "evaluating cost",
  },
  /** The customer's focus at a stage: the seed's nine focus points. */
  focus: {
    problemOrOpportunity: "problem or opportunity",
    pain: "pain",
    goal: "goal",
    requirements: "requirements",
    measures: "measures",
    solution: "solution",
    value: "value",
    risk: "risk",
    cost: "cost",
  },
  /** The observable signs of each stage. */
  signs: {
    satisfiedWithStatusQuo: "satisfied with the status quo",
    notBuying: "not buying",
    namesNoProblem: "names no problem",
    verifiesProblem: "verifies the problem with the seller",
    exploresAdverseEffects: "explores its adverse effects",
    complains: "complains",
    asksAboutGain: "asks about the gain",
    weighsCostAndRisk: "weighs the cost and risk of acting",
    firstPriceEnquiry: "first price enquiry",
    asksAboutSolutions: "asks about solutions",
    rarelyStatesExpectations: "rarely states expectations",
    statesRequirementsVaguely: "states requirements to suppliers, vaguely",
    describesSolutionDetails: "describes solution details, especially key parts",
    invitesTestsTrialsBids: "invites tests, trials or bids",
    seniorDiscussesValue: "senior management appears and discusses value",
    seniorDiscussesRisk: "senior management discusses risk",
    asksForLowerPrice: "asks suppliers for a lower price",
  },
  /** How hard a role is to move at a stage, for the seller. */
  bands: { low: "low", medium: "medium", high: "high" },
  fourStages: { confirmNeeds: "confirm needs", evaluateSolutions: "evaluate solutions", resolveConcerns: "resolve concerns", implement: "implement" },
  buyingPhases: { needDefinition: "need definition", evaluateAlternatives: "evaluate alternatives", takeAction: "take action" },
  phaseTasks: { needDevelopment: "need development", proof: "proof", close: "close" },
  concernTopics: { needs: "needs", solution: "solution", cost: "cost", risk: "risk" },
  /** The seed's steps for pulling a role back to a stage that favours us. */
  pullBackSteps: {
    addProblems: "add problems",
    refineProblems: "refine the problems",
    smashProblems: "press the problems until they hurt",
    reorderProblems: "change the order of the problems",
    replanGoal: "re-plan the goal",
    backToProblem: "go back to the problem: problems and measures are a pair",
    backToPain: "go back to the pain",
    backToGoal: "go back to the goal",
    breakRequirements: "break the requirements open: ask what each is for",
    backToProblemNotSolution: "talk about the problem, not the solution",
    stopFormalEvaluation: "hold off the formal evaluation",
    tradeForAccess: "trade taking part for access to the key people",
    askThreeQuestions: "ask the key people the three questions: which problem should this project solve, which goals, what is key to reaching them",
    questionTheTender: "question the tender",
    attackTheTop: "attack at the top",
    showValueWithFrame: "show the value with the reference frame",
    reevaluateSolution: "reopen the evaluation of the solution",
    reshapeMeasures: "reshape the measures",
    scare: "scare: show the risk of the cheaper choice",
    smash: "smash: take the cheaper offers apart",
    pull: "pull: bring them back to the value",
    redefineValue: "redefine the value",
  },
  /** The six levels of concern (after Heiman), and the false objection. */
  concernLevels: {
    hesitation: "hesitation",
    doubt: "doubt",
    objection: "objection",
    nonCommitment: "non-commitment",
    argument: "argument",
    resistance: "resistance",
    falseObjection: "false objection",
  },
  /** The seed's handling steps of a concern. */
  concernHandling: {
    exploreObjection: "explore the objection",
    exploreObjectionDeeper: "explore the objection in depth",
    digOutConcern: "dig out the concern behind it",
    offerSolution: "offer a solution to the concern",
    confirmRemoved: "confirm the concern is removed",
    handleEmotion: "handle the emotion first",
    reflectOnOurPart: "reflect on our part in it",
    withdrawIfNoCommitment: "withdraw if no commitment can be had",
    changeWhoEngages: "change the person who engages",
    talkToOtherRoles: "work through the other roles",
    lowerResistance: "lower the resistance instead of pushing",
    testTheObjection: "test the objection by working through it together",
    treatAsResistance: "treat it as resistance",
  },
  /** The typical action commitments. */
  commitmentKinds: {
    agreeToDiagnosis: "agree to a diagnosis",
    introduceColleague: "introduce a colleague",
    shareData: "share data",
    quantifyImpact: "quantify the impact together",
    involveSenior: "involve a senior manager",
    agreeGoals: "agree the improvement goals",
    visitReference: "visit a reference customer",
    requirementsWorkshop: "hold a requirements workshop",
    shareRequirements: "share the requirements",
    reviewSolutionConcept: "review the solution concept",
    technicalWorkshop: "hold a technical workshop",
    trial: "run a trial",
    shortlist: "put us on the shortlist",
    valueReview: "review the value case",
    meetExecutive: "arrange a meeting with an executive",
    riskReview: "hold a risk review",
    agreeImplementationPlan: "agree the implementation plan",
    startNegotiation: "start the negotiation",
    sign: "sign",
  },
  /** The four elements of an action commitment. */
  elements: { time: "time", people: "people", action: "action", benefit: "benefit" },
  /** The four elements as table headers. */
  elementColumns: { time: "Time", people: "People", action: "Action", benefit: "Benefit" },
  /** The three marks of an action commitment, as a finding names them. */
  marks: { customersAction: "it is the customer's action, not words", movesOrder: "it moves the order", favoursUs: "it favours us, not a rival" },
  /** The three marks as table headers. */
  markColumns: { customersAction: "Customer's action", movesOrder: "Moves the order", favoursUs: "Favours us" },
  marksNote: "Marks: ✓ yes, ✗ no, ? not judged.",
  levels: { highest: "highest", lowest: "lowest" },
  /** Where a commitment stands. */
  states: {
    planned: "planned",
    asked: "asked, no answer",
    notAsked: "not asked (the highest was obtained)",
    refused: "refused",
    obtained: "obtained",
    overdue: "overdue: follow up",
    kept: "kept",
    partlyKept: "partly kept",
    broken: "broken",
  },
  leanings: { us: "our way", rival: "to a rival", undecided: "undecided" },
  negotiationStages: {
    introduction: "introduction",
    overview: "overview",
    explicitStatement: "explicit statement",
    confrontation: "confrontation",
    compromise: "compromise",
    agreement: "agreement",
  },

  sections: {
    stages: "Where each person stands",
    progress: "Progress: commitments obtained",
    visits: "Visit plans and visits held",
    concerns: "Concerns",
    negotiation: "Negotiation",
    findings: "Checks of the pursuit",
    moves: "Next moves",
    process: "The purchase process (reference)",
  },

  dealStage: "Deal stage",
  dealStageBy: {
    leastAdvancedKeyPerson: (people: string): string => `set by the least advanced key person: ${people}`,
    leastAdvancedPerson: (people: string): string => `set by the least advanced person observed: ${people}`,
  },
  noStage: "not yet placed: no one has been observed",
  furthest: "Furthest stage anyone has reached",
  decisionMakers: "Decision makers",
  at: (who: string, stage: string): string => `${who} at ${stage}`,
  notPlaced: "not yet placed",
  unstagedKeyPeople: "Key people never placed",
  obtained: "Progress: commitments obtained",
  keptRate: "Kept-rate of the commitments obtained",
  /** A kept-rate with what it counts: "66.67% (2 of 3 judged)". */
  keptOf: (rate: string, kept: string, judged: string): string => `${rate} (${kept} of ${judged} judged)`,
  noneJudged: "none judged yet",
  visitsHeld: "Visits held (not progress)",
  asked: "Commitments asked",

  stageColumns: { person: "Person", stage: "Stage now", focus: "Focus", signs: "Signs seen", leaning: "Leaning", since: "At this stage since", path: "Path", fallBacks: "Fall-backs" },
  fallBack: (from: string, to: string, date: string): string => `${from} → ${to} on ${date}`,

  progressNote:
    "Progress is a commitment obtained; visits held and information gained are not progress. The kept-rate is the share kept of the commitments obtained and judged so far (kept, partly kept or broken).",
  byMonth: "By month of the visit that asked",
  byPerson: "By person who made the commitment",
  total: "Total",
  progressColumns: {
    month: "Month",
    person: "Person",
    visits: "Visits held (not progress)",
    asked: "Asked",
    obtained: "Obtained (progress)",
    refused: "Refused",
    kept: "Kept",
    partlyKept: "Partly kept",
    broken: "Broken",
    overdue: "Overdue",
    keptRate: "Kept-rate",
  },

  planned: "Planned visits",
  held: "Held visits",
  noPlanned: "No visit is planned after the as-of date.",
  /** A planned visit's line: its date, id and the people to meet. */
  visitLine: (date: string, visit: string, people: string): string => `${date} — visit ${visit} with ${people}`,
  objective: "Our objective",
  commitmentColumns: { level: "Commitment", kind: "Kind", state: "State" },
  notPlanned: "not planned",
  visitColumns: { date: "Date", visit: "Visit", people: "People", objective: "Our objective", commitments: "Commitments and their state", gained: "Information gained (not progress)" },
  /** One commitment in the held visits' table: "highest Run a trial `c-3`: kept". */
  commitmentState: (level: string, commitment: string, state: string): string => `${level} ${commitment}: ${state}`,
  noneAsked: "none asked",

  concernColumns: { person: "Person", objection: "Objection", concern: "Concern behind it", levels: "Level over time", falseObjection: "False objection", handling: "Handling now", resolved: "Resolved" },
  notDugOut: "not yet dug out",
  open: "open",
  resolvedOn: (date: string, how: string): string => `${date}: ${how}`,

  floor: "Floor: our reservation price",
  ceiling: "Ceiling: the customer's reservation price (our estimate)",
  ourTarget: "Our target price",
  theirTarget: "The customer's target (our estimate)",
  zone: "Zone of agreement",
  zoneWidth: (width: string): string => `${width} wide, from the floor to the ceiling`,
  noZone: (short: string): string => `no zone: our floor is above their ceiling by ${short}`,
  stageReached: "Stage reached",
  notStarted: "not started",
  stagesReached: "Stages reached",
  trades: "Conditions of exchange",
  tradeColumns: { give: "We give", giveValue: "Its value", get: "We get", getValue: "Its value", net: "Net to us", with: "Made to", date: "Date" },
  tradeBalance: "Trade balance (net to us)",

  noFindings: "No finding: the pursuit meets every check.",
  missing: { both: "a highest and a lowest commitment", lowest: "a lowest commitment", highest: "a highest commitment" },
  signOf: (sign: string, stage: string): string => `“${sign}” is a sign of ${stage}`,
  stoodAt: (who: string, stage: string): string => `${who} stood at ${stage}`,
  /** The findings of checkPursuit by code, from what the pursuit says. */
  finding: {
    key_person_unstaged: (person: string): string => `${person} is a key person whose stage in the purchase process has never been observed.`,
    fell_back: (person: string, from: string, to: string, date: string): string => `${person} fell back from ${from} to ${to} on ${date}: if this was not our doing, it is likely a rival's.`,
    stage_skipped: (person: string, from: string, to: string, date: string): string =>
      `${person} went from ${from} to ${to} on ${date}: a stage may have been overlooked — check its decision point was really passed.`,
    signs_disagree: (person: string, stage: string, date: string, signs: string): string => `${person} is put at ${stage} on ${date}, but ${signs}.`,
    stale_stage: (person: string, last: string, days: number, asOf: string): string => `${person}'s stage was last observed on ${last}, ${plural(days, "day", "days")} before ${asOf}.`,
    visit_plan_incomplete: (visit: string, date: string, missing: string): string => `The visit ${visit} on ${date} is planned without ${missing} to ask for: plan both, from high to low.`,
    visit_without_commitment: (visit: string, date: string): string => `The visit ${visit} on ${date} asked for no commitment: information gained is not progress.`,
    commitment_missing_element: (commitment: string, missing: string): string =>
      `The commitment ${commitment} lacks ${missing}: a commitment has a time, the customer's people, an action and a benefit to the customer.`,
    commitment_fails_mark: (commitment: string, marks: string): string => `The commitment ${commitment} fails: ${marks}.`,
    commitment_marks_unjudged: (commitment: string, marks: string): string => `The commitment ${commitment} is not judged on: ${marks}.`,
    commitment_off_stage: (commitment: string, kind: string, stages: string, date: string, stood: string): string => `The commitment ${commitment} (${kind}) suits ${stages}, but on ${date} ${stood}.`,
    commitment_unanswered: (commitment: string, date: string): string => `The commitment ${commitment} was asked for on ${date} and no answer is recorded.`,
    refused_without_concern: (commitment: string, date: string): string => `The commitment ${commitment} was refused on ${date}: a concern is the only reason for a refusal — ask for it and log it.`,
    commitment_overdue: (commitment: string, due: string): string => `The commitment ${commitment} was due on ${due} and whether it was kept is not recorded: follow it up.`,
    commitment_broken: (commitment: string, date: string): string => `The commitment ${commitment} was broken (${date}): a warning sign — find the concern behind it.`,
    stalled: (visits: number, days: string, asOf: string, noneAsked: boolean): string =>
      `${plural(visits, "visit", "visits")} in the ${days} days before ${asOf} obtained no commitment${noneAsked ? " (none was asked for)" : ""}: the order has not moved.`,
    concern_open: (person: string, level: string, falseObjection: boolean, objection: string, dugOut: boolean): string =>
      `${person} has an open concern at the level of ${level}${falseObjection ? " behind a false objection" : ""}: “${objection}”${dugOut ? "" : " — the personal concern behind it is not yet dug out"}.`,
    concern_escalating: (person: string, from: string, to: string, date: string): string => `${person}'s concern rose from ${from} to ${to} on ${date}.`,
    no_zone_of_agreement: (floor: string, ceiling: string, short: string): string => `Our reservation price ${floor} is above the customer's ${ceiling}: there is no zone of agreement (short by ${short}).`,
    concession_without_return: (give: string, giveValue: string, get: string, getValue: string, excess: string): string =>
      `We give “${give}” (${giveValue}) for “${get}” (${getValue}): a concession worth ${excess} more than its return.`,
    concession_to_non_key_person: (give: string, person: string): string => `The concession “${give}” is made to ${person}, who is not a key person: concede to those who decide.`,
    negotiation_other_currency: (negotiation: string, evaluation: string): string => `The negotiation is in ${negotiation} and the case in ${evaluation}.`,
  },

  movesNote: "Most urgent first. Each move cites the rule it follows and the seed the rule comes from.",
  noMoves: "No move: no one is placed in the process and nothing is due.",
  noCentre: "Without the buying centre no one is known to be key, and the moves carry no questions or figures.",
  priorities: { first: "first: it endangers the deal", second: "next: it moves the deal", third: "then" },
  /** The rule a move follows, with its source: "Rule `pullBack.7` (`004_… part 5, ch. 3 §2`): …". */
  ruleLine: (rule: string, source: string, says: string): string => `Rule ${rule} (${source}): ${says}`,
  /** What each rule says (`pursuitRules` of valueframe/pursuit). */
  rules: {
    locate: "roles of one order stand at different stages and move: place each key person by the signs of their stage",
    advance1: "at the first stage, evaluate the opportunity and help the customer discover the problem",
    advance2: "a problem found: explore its adverse effects until the pain is felt",
    advance: (stage: string): string => `a role at ${stage} that does not lean away from us: ask for the commitment that suits the stage, from the highest to the lowest`,
    pullBack: (stage: string): string => `following the customer is a mistake: pull a role at ${stage} back to the stage that favours us`,
    concern: (level: string): string => `handle a concern at the level of ${level} by the seed's steps for it`,
    askConcern: "a concern is the only reason a commitment is refused: ask for it",
    followUp: "follow up whether a commitment due was kept",
    brokenCommitment: "a broken commitment is a warning sign: find the concern behind it and ask again",
    planVisit: "before each visit design two commitments, the highest and the lowest, matched to the stage",
    emptyZone: "without a zone of agreement, raise the customer's reservation price by showing value, or change the offer",
    tradeBack: "every concession is a condition of exchange: get something of at least its value",
  },
  /** What each move asks of the seller. */
  move: {
    locate: (who: string): string => `Place ${who} in the purchase process: look for the signs of their stage at the next contact.`,
    advance1: (who: string, stage: string): string => `${who} is at ${stage}: evaluate the opportunity and help them discover the problem.`,
    advance2: (who: string, stage: string): string => `${who} is at ${stage}: explore the problem's adverse effects until the pain is felt.`,
    advance: (who: string, stage: string): string => `${who} is at ${stage}: ask for a commitment that suits it, from the highest to the lowest.`,
    pullBack: (who: string, stage: string, why: string, to: string): string => `${who} is at ${stage} and ${why}: pull them back to ${to}.`,
    concern: (who: string, level: string, objection: string): string => `Handle ${who}'s concern at the level of ${level} (“${objection}”).`,
    falseObjection: (who: string, objection: string): string => `Test ${who}'s false objection (“${objection}”) and treat it as resistance.`,
    askConcern: (people: string, commitment: string): string => `Ask ${people} for the concern behind refusing ${commitment}.`,
    followUp: (commitment: string, due: string): string => `Follow up ${commitment}, due on ${due}: was it kept?`,
    brokenCommitment: (commitment: string): string => `${commitment} was broken: find the concern behind it before asking again.`,
    planVisit: (missing: string, visit: string, date: string): string => `Plan ${missing} for the visit ${visit} on ${date}, to ask from the highest to the lowest.`,
    emptyZone: (short: string): string => `No zone of agreement (short by ${short}): show the decision makers the value to raise their reservation price, or change the offer.`,
    tradeBack: (give: string, excess: string, get: string): string => `“${give}” gives ${excess} more than “${get}” returns: ask for a condition of at least equal value.`,
  },
  /** Why a role is pulled back: it leans to a rival, or its attitude to us. */
  why: { rival: "leans to a rival", attitude: (attitude: string): string => `their attitude to us is ${attitude}` },
  detail: { steps: "Steps", commitments: "Commitments that suit the stage", talkAbout: "Talk about", figures: "Their figures", ask: "Ask" },

  processNote:
    "The decision order no role can change: each role passes every decision point before the next, may overlook one, and can move back. The difficulty bands are the seed's (problem, pain, goal low; requirements, measures, solution medium; value, risk, cost high). The four stages, the buying phases and the commitments that suit each stage are valueframe's mapping.",
  processColumns: {
    stage: "#",
    name: "Stage",
    focus: "Focus",
    signs: "Signs",
    band: "Difficulty",
    fourStage: "Four stages",
    buyingPhase: "Buying phase",
    pullBack: "Pull back to",
    how: "How",
    commitments: "Commitments that suit it",
  },
  curve: "The concern curve: our reading, after Rackham, of the chart the seed only labels",
  curveColumns: { phase: "Buying phase", task: "Seller's task" },
  levelsTitle: "Levels of concern and the seed's handling",
  levelColumns: { level: "Level", handling: "Handling" },

  /** The timeline picture (pursuitTimelineSvg). */
  timeline: {
    heading: "Timeline",
    title: "Pursuit timeline",
    titleAsOf: (date: string): string => `Pursuit timeline as of ${date}`,
    asOf: (date: string): string => `as of ${date}`,
    stageAxis: "Stage 1–10, bottom to top",
    stageLine: "stage",
    fallBack: "fall-back",
    /** A point of a person's stage line. */
    point: (who: string, date: string, stage: string): string => `${who}, ${date}: ${stage}`,
    /** A commitment's mark. */
    mark: (commitment: string, level: string, date: string, who: string, state: string): string => `${commitment} (${level}), ${date}, ${who}: ${state}`,
    /** A count of commitments in one state: "2 kept". */
    count: (n: number, state: string): string => `${n} ${state}`,
    /** One lane in the description. */
    person: (who: string, stage: string, fallBacks: number, commitments: string): string =>
      `${who}: now at ${stage}${fallBacks === 0 ? "" : `, ${plural(fallBacks, "fall-back", "fall-backs")}`}; commitments: ${commitments}`,
    notPlaced: "not placed",
    none: "none",
    describe: (deal: string, people: string): string => `Each person's stage over time (1–10, bottom to top) and the commitments of each visit. Deal stage: ${deal}. ${people}.`,
    separator: "; ",
    empty: "Nothing recorded yet.",
  },
};
