/**
 * English strings of qualification (valueframe/qualify): one opportunity's lead, assessment, the
 * customer's purchase criteria and what would change them, the value matrix, the opening, 5W + 2P,
 * PAIN + VISION + POWER and its funnel entry; the account plan; and the words of their charts. Part of
 * `text` (its `qualify` block); the zh-CN file holds the same keys.
 *
 * The sentences the model itself words — the twenty assessment questions, the 5W + 2P questions, the
 * three signs of criteria, the four attacks on a standard and the account plan's checklist — are taken
 * from it, so the English report asks them exactly as `valueframe/qualify` does.
 */
import { accountPlanChecklist } from "../../../qualify/accounts.js";
import { defaultAssessmentQuestions } from "../../../qualify/assessment.js";
import { fiveWTwoPQuestions, type FiveWTwoPKey } from "../../../qualify/fiveWTwoP.js";
import { criteriaSigns, standardAttacks, type StandardAttack } from "../../../qualify/purchaseCriteria.js";

/** The model's words by id, as plain strings a locale of another language replaces. */
const wordsBy = <T, K extends string, V>(items: readonly T[], key: (item: T) => K, value: (item: T) => V): Readonly<Record<K, V>> =>
  Object.fromEntries(items.map((item) => [key(item), value(item)])) as Record<K, V>;

/** English words of a qualification and an account plan. */
export const qualify = {
  title: "Qualification: is the deal worth pursuing, and can we win it?",
  sellerOnly: "The seller's working notes: assessments, scores against competitors and the funnel are never shown to the customer.",
  sections: {
    lead: "Lead",
    assessment: "Opportunity assessment",
    criteria: "The customer's purchase criteria",
    valueMatrix: "Customer value matrix",
    opening: "Opening position",
    fiveWTwoP: "5W + 2P",
    painVisionPower: "PAIN + VISION + POWER",
    funnel: "Funnel entry",
  },
  lead: {
    prospect: "What we are looking at",
    stage: "Lead stage",
    state: "Lead state",
    remedy: "Remedy",
    /** A stage with its place among the four: "3 of 4: wants to solve it, has not decided how". */
    stageOf: (n: string, total: string, name: string): string => `${n} of ${total}: ${name}`,
    prospectKinds: {
      potentialCustomer: "a potential customer: it can and may buy",
      lead: "a lead: a gap we see and can close",
      opportunity: "an opportunity: a purchasing role has shown interest",
    },
    stages: {
      problemUnseen: "does not see the problem",
      seenNotToSolve: "sees the problem, does not mean to solve it",
      undecided: "wants to solve it, has not decided how",
      wantsToSolveNotWithUs: "wants to solve it, not with us",
    },
    states: { problem: "problem", pain: "pain", opportunity: "opportunity", competitive: "competitive", rejecting: "rejecting" },
    remedies: {
      problemAnalysisTable: "work through the problem–concern table with them",
      amplifyThePainAndItsKnockOnEffects: "amplify the pain and its knock-on effects",
      showTheGainOfActingNow: "show the gain of acting now (ours: the seed leaves this state's remedy open)",
      redefineTheProblemOrTheSolution: "redefine the problem or the solution",
      successCasesAndPatienceOrDrop: "show success cases and be patient, or drop it",
    },
  },
  assessment: {
    headings: {
      opportunity: "Is there an opportunity, and a chance?",
      compete: "Can we compete?",
      win: "Can we win?",
      worth: "Is it worth winning?",
    },
    columns: { heading: "Heading", score: "Score (0–1)", answered: "Answered", open: "Not yet answered" },
    answerColumns: { question: "Question", score: "Answer (0–4)", evidence: "Evidence" },
    overall: "Overall",
    weakest: "Weakest heading",
    decision: "Decision",
    decisions: { go: "go", qualifyFurther: "qualify further", noGo: "no go" },
    /** The decision and why: "**qualify further**: the overall score is 0.70 and …". */
    decisionBecause: (decision: string, because: string): string => `**${decision}**: ${because}`,
    because: {
      none: "no question is answered yet",
      noGo: (overall: string, noGo: string): string => `the overall score ${overall} is below ${noGo}`,
      unscored: (headings: string): string => `no answer yet under ${headings}`,
      go: (heading: string, overall: string, rule: string): string => `every heading scores at least ${heading} and the whole ${overall} is at least ${rule}`,
      weakest: (overall: string, heading: string, score: string): string => `the overall score is ${overall} and the weakest heading, ${heading}, scores ${score}`,
    },
    rule: (heading: string, overall: string, noGo: string): string =>
      `The go rule (ours): go when every heading scores at least ${heading} and the whole at least ${overall}; no go when the whole is below ${noGo}; else qualify further. A heading with no answer yet cannot go.`,
    scoreNote: "Each answer is 0 (no) to 4 (fully yes), with its evidence; a heading scores the mean of its answers ÷ 4, the whole the mean of its headings. The twenty questions are ours, five a heading.",
    answers: "Answers",
    /** Our default twenty questions, by id. */
    questions: wordsBy(defaultAssessmentQuestions, (q) => q.id, (q) => q.text),
  },
  criteria: {
    scale: (min: string, max: string): string => `Each supplier as the customer scores it, from ${min} to ${max}; the weights as the customer gives them (only their ratios matter). The weighted total is Σ weight × score ÷ Σ weight.`,
    columns: { criterion: "Criterion", weight: "Weight", share: "Share", total: "Weighted total", rank: "Rank" },
    /** Our own offer, marked: "Lianyun (us)". */
    us: (name: string): string => `${name} (us)`,
    notComparable: "No supplier is marked as ours, or no rival is scored: mark our own offer and score at least one rival to compare.",
    standing: "Where we lead or trail",
    standingColumns: { criterion: "Criterion", kind: "Kind", need: "Need it serves", solution: "Our solution", ours: "Our score", bestRival: "Best rival there", lead: "Our lead (+) or lag (−)" },
    kinds: { hard: "hard", soft: "soft" },
    /** A rival and its score: "Global ERP: 5". */
    rivalScore: (name: string, score: string): string => `${name}: ${score}`,
    breakEvens: "Break-even weights",
    breakEvenNote: (rival: string): string => `With the other weights unchanged, the weight of one criterion at which first place changes hands, every supplier counted (${rival} leads or follows us now). Past it, we become the customer's first choice, or — when we are first — the supplier named passes us.`,
    breakEvenColumns: { criterion: "Criterion", weight: "Weight now", breakEven: "Break-even weight", crossing: "What crossing it does" },
    crossing: {
      raise: { weOvertake: (rival: string): string => `raised above it, we overtake ${rival} and rank first`, theyOvertake: (rival: string): string => `raised above it, ${rival} overtakes us` },
      lower: { weOvertake: (rival: string): string => `lowered below it, we overtake ${rival} and rank first`, theyOvertake: (rival: string): string => `lowered below it, ${rival} overtakes us` },
    },
    noBreakEven: (rival: string): string => `No one criterion's weight alone changes who ranks first (${rival} leads or follows us now).`,
    byPerson: "Each person's own ranking",
    byPersonColumns: { person: "Person", ranking: "Ranking under their own weights", ourRank: "Our rank" },
    /** A supplier in a ranking: "1. Lianyun (us) (4.2)". */
    ranked: (rank: string, name: string, total: string): string => `${rank}. ${name} (${total})`,
    signsTitle: "Three signs that the customer has criteria: check them",
    /** The seed's three signs, by id. */
    signs: wordsBy(criteriaSigns, (s) => s.id, (s) => s.sign as string),
    conditionsTitle: "The three conditions of a good standard",
    conditionColumns: { condition: "Condition", met: "Met", criteria: "Criteria" },
    conditions: {
      differentiates: "It differentiates us: on some weighted criterion we score above every rival",
      softAndHard: "It combines soft and hard differences: both kinds carry weight",
      relevant: "It is relevant: every weighted criterion names the customer need it serves",
    },
    conditionCriteria: {
      differentiates: (list: string): string => `where we lead: ${list}`,
      softAndHard: (list: string): string => `weighted, with a kind: ${list}`,
      relevant: (list: string): string => `naming no need: ${list}`,
    },
    conditionsNote: "The conditions are the seed's; how each is checked on the table is ours.",
    moves: "Moves against the standard",
    noMoves: "The customer's weights rank us first: no move against the standard is needed. Keep the criteria we lead weighted.",
    movesNote: "The seed names each attack by a proverb; the reading and what it works on in this deal are ours.",
    /** The four attacks on a standard: the seed's proverb and our reading. */
    attacks: wordsBy(Object.keys(standardAttacks) as StandardAttack[], (a) => a, (a) => ({ proverb: standardAttacks[a].proverb as string, reading: standardAttacks[a].reading as string })),
    /** A move: "**“steal the standard”**: meet the rival's strongest criterion …". */
    move: (proverb: string, reading: string): string => `**“${proverb}”**: ${reading}`,
    worksOn: (list: string): string => `Works on: ${list}`,
    people: (list: string): string => `Who argues for it: ${list}`,
    lowerBelow: (criterion: string, weight: string): string => `Lower the weight of ${criterion} below ${weight}`,
    against: (rival: string): string => `Against: ${rival}`,
  },
  valueMatrix: {
    noGain: "No short-term gain yet: state it, or give the funnel's expected investment.",
    gain: "Short-term gain",
    gainFrom: { stated: "as stated", funnel: "the funnel's expected investment" },
    bigGain: "Big business from",
    bigGainNote: "the seller's own threshold",
    impact: "Long-term impact",
    impactParts: (followOn: string, brand: string, morale: string): string => `follow-on business ${followOn}, brand and reputation ${brand}, team morale ${morale} (each 1–5)`,
    /** The mean of the three and its parts: "mean 3.33: follow-on business 4, …". */
    impactMean: (mean: string, parts: string): string => `mean ${mean}: ${parts}`,
    highImpact: "High impact from",
    highImpactNote: "a mean of the three; ours",
    category: "Category",
    commitment: "Resources to commit",
    /** A category with its name: "1 — big business, high impact". */
    categoryName: (n: string, name: string): string => `${n} — ${name}`,
    /** A cell of the matrix: the category and what to commit. */
    matrixCell: (category: string, commitment: string): string => `${category}: ${commitment}`,
    categories: { 1: "big business, high impact", 2: "small business, high impact", 3: "big business, low impact", 4: "small business, low impact" },
    commitments: {
      commitBestTeam: "commit the best team and what it needs",
      investForTheLongTerm: "invest for the long term: it is worth more than its size",
      pursueForRevenueAtControlledCost: "pursue it for the revenue, at a controlled cost",
      minimalEffortOrDecline: "minimal effort, or decline",
    },
    gridCorner: "Impact \\ gain",
    big: "Big business",
    small: "Small business",
    high: "High impact",
    low: "Low impact",
    thisDeal: "this deal",
    note: "The categories are the seed's; the thresholds and the commitment for each category are ours.",
  },
  opening: {
    turf: "Home turf",
    leader: "Who leads now",
    opening: "Opening",
    strategy: "Strategy",
    turfs: { ours: "ours", neutral: "neutral", theirs: "a rival's" },
    leaders: { us: "we lead", none: "no one leads", rival: "a rival leads" },
    groups: { normal: "normal", problem: "problem", abnormal: "abnormal" },
    /** A cell of the grid: "abnormal: change the rules". */
    cell: (group: string, strategy: string): string => `${group}: ${strategy}`,
    strategies: {
      consolidate: "consolidate the position",
      setTheStandard: "set the standard before anyone else does",
      lockInTheCriteria: "lock in the criteria that favour us",
      redefineTheProblem: "redefine the problem so it is ours to solve",
      findWhatChanged: "find out what changed and win it back",
      protectTheLeadWithTheTop: "protect the lead through the customer's top management",
      attackTheStandard: "attack the standard before it is set",
      changeTheRules: "change the rules of the decision",
      qualifyOutOrWaitForAMistake: "qualify out, or wait for the rival's mistake",
    },
    gridCorner: "Turf \\ who leads",
    thisDeal: "this deal",
    note: "The seed names the three groups; the axes' values, which cell is in which group and the strategies are ours.",
  },
  fiveWTwoP: {
    /** The version asked and how much of it is answered: "5W + 2P: 4 of 7 answered". */
    versionLine: (version: string, answered: string, asked: string): string => `${version}: ${answered} of ${asked} answered.`,
    versions: { "5W+2P": "5W + 2P", "6W+2P": "6W + 2P" },
    columns: { question: "Question", kind: "W / P", answer: "Answer", evidence: "Evidence" },
    /** The questions, by key. */
    questions: wordsBy(fiveWTwoPQuestions, (q) => q.key as FiveWTwoPKey, (q) => q.text as string),
    unanswered: "Not yet answered",
    complete: "Every question is answered.",
  },
  painVisionPower: {
    /** PAIN + VISION + POWER, each as the seed asks it. */
    parts: { pain: "Pain: the customer admits a pain", vision: "Vision: the customer holds a vision of the solution that is ours", power: "Power: we have access to power" },
    names: { pain: "pain", vision: "vision", power: "power" },
    fromCentre: "read from the buying centre: a decision maker who has been met",
    fromCentreMet: (names: string): string => `read from the buying centre: decision makers met: ${names}`,
    stated: "as stated",
    complete: "All three hold: the sale can be made.",
    missing: (list: string): string => `Missing: ${list}.`,
  },
  funnel: {
    stage: "Funnel stage",
    /** A stage with what it means: "I — interest: …". */
    stageName: (stage: string, meaning: string): string => `${stage} — ${meaning}`,
    /** The stages' short names, as the funnel table writes them. */
    stageLabels: { P: "P", I: "I", B: "B", won: "won", lost: "lost" },
    stages: {
      P: "prospect: a lead we pursue, not yet truly considered by the customer",
      I: "interest: the customer truly considers it, compares short-listed suppliers and has a timetable",
      B: "buying: in commercial negotiation",
      won: "won: the order is ours",
      lost: "lost: the order went elsewhere or nowhere",
    },
    month: "Expected order",
    investment: "Expected investment (the customer's spend: the seller's revenue)",
    contact: "Contact",
    rate: "Stage rate (our default)",
    weighted: "Seller's stage-weighted revenue",
    weightedText: (amount: string, investment: string, rate: string): string => `${amount} (${investment} × ${rate}: what the seller may expect to sell; never added to the customer's case)`,
    ratesNote: (rates: string): string => `Our default stage rates: ${rates}; a seller's funnel may replace them.`,
    /** A stage and its rate in the note: "P 10%". */
    stageRate: (stage: string, rate: string): string => `${stage} ${rate}`,
  },
  account: {
    title: (account: string): string => `Account plan: ${account}`,
    sections: { completeness: "How complete the plan is", answers: "What we know of the account", open: "Questions still open", rulesOfEngagement: "The customer's rules of engagement" },
    parts: { information: "Account information", profile: "Account profile", rulesOfEngagement: "Rules of engagement" },
    columns: { part: "Part", share: "Complete", answered: "Answered" },
    overall: "The whole plan",
    /** "8 of 36". */
    answeredOf: (answered: string, total: string): string => `${answered} of ${total}`,
    completenessNote: "The share of the checklist's items answered with evidence, every item weighing the same (ours). The topics are the seeds'; the questions are ours.",
    answerColumns: { topic: "Topic", answer: "Answer", evidence: "Evidence" },
    noAnswers: "Nothing answered yet.",
    allAnswered: "Every question of the checklist is answered.",
    document: "Value-case document",
    /** The checklist's items, by id: the seeds' topic and our question. */
    items: wordsBy(accountPlanChecklist, (i) => i.id, (i) => ({ topic: i.topic, question: i.question })),
  },
  /** The charts (purchaseCriteriaSvg, valueMatrixSvg, openingGridSvg and their Vega-Lite specs). */
  charts: {
    criteriaTitle: "Purchase criteria: each supplier's score and weighted total",
    /** A criterion under its bars: "Price (weight 35, 35%)". */
    criterionLabel: (name: string, weight: string, share: string): string => `${name} (weight ${weight}, ${share})`,
    /** A criterion's weight and share under its name: "weight 35, 35%". */
    weightShare: (weight: string, share: string): string => `weight ${weight}, ${share}`,
    criterionAxis: "Criterion (weight, share of all weights)",
    scoreAxis: (min: string, max: string): string => `Score (${min}–${max})`,
    totals: "Weighted total",
    /** A total with its rank: "3.95, rank 1". */
    totalRank: (total: string, rank: string): string => `${total}, rank ${rank}`,
    /** A bar's tooltip: "Global ERP, Price: 5". */
    bar: (supplier: string, criterion: string, score: string): string => `${supplier}, ${criterion}: ${score}`,
    describeCriteria: (criteria: string, totals: string): string => `Scores per criterion (${criteria}); weighted totals: ${totals}.`,
    /** What separates the items of a description (they hold commas). */
    separator: "; ",
    matrixTitle: "Customer value matrix",
    gainAxis: (currency: string): string => `Short-term gain (${currency})`,
    gainAxisPlain: "Short-term gain",
    impactAxis: "Long-term impact (mean, 1–5)",
    bigGainLine: (threshold: string): string => `big business from ${threshold}`,
    highImpactLine: (threshold: string): string => `high impact from ${threshold}`,
    deal: (gain: string, impact: string): string => `This deal: ${gain}, impact ${impact}`,
    describeMatrix: (category: string, gain: string, impact: string, commitment: string): string =>
      `The deal is in category ${category}: a short-term gain of ${gain} and a long-term impact of ${impact}; ${commitment}.`,
    openingTitle: "Opening position: home turf × who leads",
    turfAxis: "Home turf",
    leaderAxis: "Who leads now",
    describeOpening: (turf: string, leader: string, group: string, strategy: string): string => `Home turf ${turf}, ${leader}: the opening is ${group}; strategy: ${strategy}.`,
    thisDeal: "this deal",
  },
};
