/**
 * English strings of a territory reviewed (valueframe/qualify's `reviewTerritory`): the manager's view
 * across accounts — the funnel, the seller's stage-weighted revenue, the stage rates, every opportunity's
 * qualification in one row, the top accounts, the 5 + 5 + 5 tiers and their monthly review — and the
 * words of its charts and HTML page. Part of `text` (its `territory` block); the zh-CN file holds the
 * same keys.
 */

/** English words of a territory. */
export const territory = {
  title: "Territory review",
  titleFor: (seller: string): string => `Territory review: ${seller}`,
  sections: {
    funnel: "Funnel",
    pipeline: "The seller's stage-weighted revenue (expected revenue × stage rate)",
    rates: "Stage rates",
    opportunities: "Opportunities",
    unqualified: "Documents without a qualification",
    topAccounts: "Top accounts",
    tiers: "Tiers 5 + 5 + 5",
    review: "Monthly review across the tiers",
  },
  /** The overview's facts. */
  overview: {
    seller: "Seller",
    currency: "Currency",
    deals: "Deals in the funnel",
    dealCount: (deals: number, fromDocuments: number): string => `${deals} (${fromDocuments} from value-case documents)`,
    weighted: "The seller's stage-weighted revenue, in total",
    weightedOf: (weighted: string, expected: string): string => `${weighted}, of ${expected} expected revenue`,
    opportunities: "Opportunities qualified",
    qualifiedOf: (qualified: number, documents: number): string => `${qualified} of ${documents} documents`,
    topAccounts: "Top accounts",
    topCount: (top: number, targets: number, accounts: number): string => `${top} of ${accounts} ranked; ${targets} pass the target test`,
    tiers: "Tier accounts",
    sellerOnly: "The seller's working view: never hand it to a customer.",
  },
  /** The funnel stages, in the seed's words. */
  stages: { P: "P (prospect)", I: "I (interest)", B: "B (buying)", won: "won", lost: "lost" },
  stageMeanings: {
    P: "a lead the seller pursues, not yet truly considered by the customer",
    I: "the customer truly considers it: it compares short-listed suppliers and has a timetable",
    B: "in commercial negotiation",
    won: "the order is ours",
    lost: "the order went elsewhere or nowhere",
  },
  funnelColumns: { customer: "Customer", contact: "Contact", month: "Expected month", investment: "Expected investment", stage: "Stage", rate: "Rate", rateFrom: "Where the rate comes from" },
  /** Where a deal's rate comes from. */
  rateFrom: { deal: "the deal's own rate", territory: "the territory's rate for its stage", ourDefault: "our default for its stage" },
  /** A deal of a value-case document: the customer and the document's path. */
  fromDocument: (customer: string, document: string): string => `${customer} (${document})`,
  funnelNote: "One row a deal: the territory's own deals, then each value-case document's funnel entry. Expected investment is the customer's spend, the seller's expected revenue from the deal.",
  pipelineNote:
    "This is the seller's stage-weighted revenue: what the seller may expect to sell, each deal's expected revenue × its stage rate. It is not the customer's probability-weighted value and is never multiplied into it.",
  pipelineColumns: { month: "Expected month", stage: "Stage", rate: "Rate", deals: "Deals", expected: "Expected revenue", weighted: "Stage-weighted revenue" },
  byMonth: "By expected month",
  byStage: "By stage",
  total: "Total",
  /** A column header with its currency: "Expected revenue (CNY)". */
  inCurrency: (label: string, currency: string): string => `${label} (${currency})`,
  noCurrency: "No deal in the funnel yet: nothing is weighted.",
  notConverted: "Not converted (deals in another currency, left out of the sums above)",
  otherCurrency: (currency: string, deals: string): string => `${currency}: ${deals}`,
  rateColumns: { stage: "Stage", meaning: "Meaning", rate: "Rate", source: "Source" },
  rateSource: { territory: "the territory's", ourDefault: "our default" },
  ratesNote: "Our default rates (P 10 %, I 30 %, B 60 %, won 100 %, lost 0 %) are ours, not the seed's; a territory may replace any of them, a deal may carry its own.",
  opportunityColumns: {
    customer: "Customer",
    stage: "Stage",
    assessment: "Assessment",
    weakest: "Weakest heading",
    rank: "Our rank",
    category: "Value-matrix category",
    opening: "Opening",
    unanswered: "5W + 2P unanswered",
    painVisionPower: "PAIN + VISION + POWER",
    accountPlan: "Account plan",
  },
  /** The assessment's overall score and decision: "75% — go". */
  assessment: (score: string, decision: string): string => `${score} — ${decision}`,
  decisions: { go: "go", qualifyFurther: "qualify further", noGo: "no go" },
  headings: { opportunity: "is there an opportunity and a chance", compete: "can we compete", win: "can we win", worth: "is it worth winning" },
  /** Our rank of how many suppliers, and who leads when it is not us. */
  rankOf: (rank: number, of: number): string => `${rank} of ${of}`,
  rankBehind: (rank: number, of: number, leader: string): string => `${rank} of ${of}, behind ${leader}`,
  category: (n: number): string => `category ${n}`,
  openingGroups: { normal: "normal", problem: "problem", abnormal: "abnormal" },
  unansweredOf: (n: number, asked: number): string => `${n} of ${asked}`,
  holds: "all three",
  missing: "not yet",
  opportunitiesNote:
    "Assessment: the overall score (0–100 %) and the go rule's decision; our rank in the customer's own computation of the purchase criteria; 5W + 2P: the questions still without an answer; the account plan: the share of its checklist answered with evidence. — where the qualification has no such part.",
  unqualifiedNote: "Documents the review was not given, or whose value-case document holds no qualification: they count in no row above.",
  topColumns: { account: "Account", revenue: "Revenue rank", margin: "Margin rank", potential: "Potential rank", topOn: "Top on", potentialLarge: "Potential large enough", confidenceHigh: "Confidence high enough", target: "Target" },
  measures: { annualRevenue: "revenue", margin: "margin", potential: "potential" },
  notStated: "not stated",
  topRule: (share: string, perMeasure: number, accounts: number): string =>
    `A top account ranks within the top ${share} on annual revenue, margin or potential: the first ${perMeasure} of ${accounts} on any of them (ties share a rank).`,
  targetRule: (minPotential: string, minConfidence: string): string =>
    `The target test: potential large enough — at least ${minPotential} — and confidence of success high enough — at least ${minConfidence}; an account without a stated confidence does not pass.`,
  tierNames: { muchBusiness: "Much business", someBusiness: "Some business", noBusiness: "No business yet" },
  tierColumns: {
    tier: "Tier",
    account: "Account",
    accounts: "Accounts",
    potential: "Target market potential",
    current: "Current business",
    headroom: "Headroom",
    penetration: "Penetration",
    plan: "Plan actions",
    coach: "Coach",
  },
  tiersNote: "Target market potential = total market capacity − the supply through channels the seller does not serve; headroom = potential − current business; penetration = current business ÷ potential.",
  reviewColumns: { month: "Month", expected: "Expected, all accounts", expectedReported: "Expected, accounts reported", actual: "Actual", variance: "Variance", reported: "Reported / pending" },
  reportedOf: (reported: number, pending: number): string => `${reported} / ${pending}`,
  reviewNote: "Expected, all accounts: over every account with a row that month. Actual and variance (actual − expected) are over the accounts that have reported it, beside what those accounts expected; the others are pending.",
  /** The charts (funnelSvg, pipelineByMonthSvg, tiersReviewSvg and their Vega-Lite specs). */
  charts: {
    funnelTitle: "The seller's funnel by stage: expected and stage-weighted revenue",
    expected: "Expected revenue",
    weighted: "Stage-weighted revenue (the seller's)",
    stageAxis: "Funnel stage",
    moneyAxis: (currency: string): string => `Revenue to the seller (${currency})`,
    describeFunnel: (total: string, expected: string, deals: number): string =>
      `The seller's expected revenue and stage-weighted revenue (expected × stage rate) by funnel stage over ${deals} ${deals === 1 ? "deal" : "deals"}: ${total} weighted of ${expected} expected. Not the customer's value.`,
    monthTitle: "The seller's stage-weighted revenue by expected month",
    monthAxis: "Expected month",
    describeMonths: (months: number, total: string): string =>
      `The seller's stage-weighted revenue (expected revenue × stage rate) in each of ${months} expected ${months === 1 ? "month" : "months"}, ${total} in total. Not the customer's value.`,
    businessAxis: (currency: string): string => `Business with the accounts (${currency})`,
    reviewTitle: "Monthly review across the tiers: expected against actual",
    reviewExpected: "Expected",
    reviewActual: "Actual (accounts reported)",
    describeReview: (months: number, expected: string, actual: string, pending: number): string =>
      `Business expected and actual in each of ${months} reviewed ${months === 1 ? "month" : "months"}: ${expected} expected, ${actual} actual from the accounts that reported; ${pending} ${pending === 1 ? "row" : "rows"} pending.`,
    pending: (n: number): string => `${n} pending`,
    bar: (series: string, category: string, value: string): string => `${series}, ${category}: ${value}`,
    none: "No figures yet.",
  },
  /** The self-contained HTML page of a territory (territoryToHtml). */
  html: {
    charts: "Charts",
  },
};
