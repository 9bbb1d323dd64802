/**
 * English strings of a portfolio's pipeline (valueframe/portfolio's `aggregatePortfolio`): the
 * customers' probability-weighted NPV across many value cases by decision month, tier, funnel stage,
 * solution and goal perspective, their weighted flows by calendar month, the seller's stage-weighted
 * revenue beside it, the simulated risk, the ranking and the failed documents — and the words of its
 * chart. The pipeline's own labels are quoted as it gives them. Part of `text` (its `portfolio` block);
 * the zh-CN file holds the same keys. Tiers and funnel stages are named as the territory names them.
 */

/** English words of a portfolio's pipeline. */
export const portfolio = {
  title: "Portfolio pipeline",
  sections: {
    decisionMonths: "By expected decision month",
    tiers: "By tier",
    stages: "By funnel stage",
    solutions: "By solution",
    perspectives: "By goal perspective",
    flows: "Weighted flows by calendar month",
    risk: "Simulated risk",
    ranking: "Cases ranked by the customers' weighted NPV",
    failures: "Documents that failed",
  },
  /** The headline's facts. */
  overview: {
    cases: "Cases",
    casesOf: (cases: number, failures: number): string => `${cases} aggregated, ${failures} failed`,
    currency: "Reporting currency",
    weightedNpv: "Customers' weighted NPV, in total",
    sellerRevenue: "Seller's stage-weighted revenue, in total (beside it, never added to it)",
    sellerOf: (weighted: string, expected: string, deals: number): string => `${weighted}, of ${expected} expected revenue over ${deals} ${deals === 1 ? "deal" : "deals"}`,
    rates: "Rates used",
    noRates: (currency: string): string => `none: every figure was in ${currency}`,
    sellerOnly: "The seller's working view across customers: never hand it to a customer.",
  },
  rateColumns: { currency: "Currency", rate: (reporting: string): string => `Rate (${reporting} per unit)`, source: "Source", asOf: "As of", cases: "Cases" },
  columns: {
    month: "Decision month",
    cases: "Cases",
    weightedNpv: "Customers' weighted NPV",
    deals: "Deals",
    sellerWeighted: "Seller's stage-weighted revenue",
    tier: "Tier",
    stage: "Stage",
    stageRate: "Seller's stage rate",
    solution: "Solution",
    perspective: "Perspective",
    presentValue: "Customers' weighted present value of the lines",
    calendarMonth: "Month",
    benefits: "Weighted benefits",
    costs: "Weighted costs",
    net: "Weighted net",
    rank: "Rank",
    customer: "Customer",
    document: "Document",
    caseCurrency: "In the case's currency",
    range: "P10 – P90, the case's own",
    figure: "Figure",
    amount: "Amount",
  },
  /** A column header with its currency: "Customers' weighted NPV (CNY)". */
  inCurrency: (label: string, currency: string): string => `${label} (${currency})`,
  total: "Total",
  /** The seller's column, said to stand beside the customers' value. */
  besideIt: "Seller's stage-weighted revenue, beside the customers' value and never added to it",
  noMonth: "no decision month",
  /** A month that came from the portfolio's `asOf`, not the case's decision month. */
  fromAsOf: (month: string): string => `${month} (the portfolio's asOf)`,
  untiered: "Untiered",
  noStage: "no funnel entry",
  unassignedSolution: "Lines serving no solution",
  unassignedPerspective: "Lines serving no goal",
  /** A case by its customer and id: "Alpha Foods (`alpha`)". */
  caseRef: (customer: string, id: string): string => `${customer} (${id})`,
  undated: (cases: string): string => `Not on the calendar (neither a decision month nor the portfolio's asOf; their NPV still counts everywhere else): ${cases}.`,
  noFlows: "No case is on the calendar.",
  risk: {
    simulated: "Cases simulated",
    simulatedOf: (cases: number, all: number, notSimulated: number): string => `${cases} of ${all}${notSimulated === 0 ? "" : ` (${notSimulated} not simulated, in no figure here)`}`,
    iterations: "Iterations per case",
    mean: "Mean simulated weighted NPV, summed over the simulated cases",
    sumOf: (percentile: string): string => `Sum of each case's own ${percentile} — not the portfolio's ${percentile}`,
    likelyNotPositive: "More often not above 0 than above",
    none: "none",
  },
  failure: {
    /** A failed document: its file (or id), its error's code and message. */
    document: (document: string, code: string, message: string): string => `${document} ${code}: ${message}`,
    /** One problem: where it is (`file:line:column`), its path, its message and code. */
    issue: (place: string, path: string, message: string, code: string): string => `${place} ${path}: ${message} (${code})`,
  },
  /** The HTML page's chart (the customers' weighted net flow by calendar month). */
  charts: {
    flowsTitle: "The customers' weighted net flow by calendar month",
    net: "Weighted net flow (benefits − costs)",
    monthAxis: "Calendar month",
    moneyAxis: (currency: string): string => `Customers' weighted net flow (${currency})`,
    describeFlows: (months: number, total: string): string =>
      `The customers' probability-weighted, undiscounted net flow (benefits − costs) in each of ${months} calendar ${months === 1 ? "month" : "months"}, ${total} in total. Not the seller's revenue.`,
  },
};
