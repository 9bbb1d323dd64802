/** Small value-case documents for the portfolio tests, figures chosen to be worked out by hand. */
import { existsSync, readFileSync } from "node:fs";
import { defineValueDocument, evaluateDocument, parseValueDocument } from "../../src/document/index.js";
import { summariseCase, type CaseSummary } from "../../src/portfolio/index.js";

interface Line {
  readonly id: string;
  readonly kind: "benefit" | "cost";
  readonly amount: string;
  readonly recurrence: "once" | "recurring";
  readonly start: number;
  readonly probability?: string;
  readonly serves: readonly { kind: string; id: string }[];
}

/** A document of one customer: its frame (goals and solutions), case and, when given, its funnel entry. */
export function documentOf(options: {
  customer: string;
  currency: string;
  period?: "month" | "quarter" | "year";
  horizon: number;
  goals: readonly { id: string; perspective: string }[];
  solutions: readonly string[];
  lines: readonly Line[];
  funnel?: { stage: string; expectedMonth: string; expectedInvestment: string; currency: string };
}) {
  // A frame needs a goal for its success factor to serve; a case without goals gets one no line serves.
  const goals = options.goals.length > 0 ? options.goals : [{ id: "g-other", perspective: "financial" }];
  const frame = {
    customer: { name: options.customer },
    currency: options.currency,
    goals: goals.map((goal) => ({ id: goal.id, name: goal.id, perspective: goal.perspective, metric: "m", unit: "points", baseline: 0, target: 10, direction: "increase", deadline: "2027-12-31" })),
    successFactors: [{ id: "csf", name: "a success factor", source: "industry", serves: goals.map((goal) => goal.id) }],
    issues: [{ id: "cbi", name: "an issue", kind: "CBI", hurts: ["csf"], tests: { importance: 4, hiddenness: 4, trend: 4 }, cell: { level: "process", dimension: "management" } }],
    solutions: options.solutions.map((id) => ({ id, name: id, addresses: ["cbi"], approach: "resolve", level: "process", scores: { level: 3, linkage: 3, innovation: 3, risk: 3, timeliness: 3 } })),
  };
  const valueCase = {
    name: `${options.customer} case`,
    currency: options.currency,
    period: options.period ?? "year",
    horizon: options.horizon,
    discountRate: "0.1",
    drivers: [],
    lines: options.lines.map((line) => ({ label: line.id, ...line, ...(line.recurrence === "recurring" ? { per: (options.period ?? "year") === "year" ? "year" : "period" } : {}) })),
  };
  return defineValueDocument({ frame, case: valueCase, ...(options.funnel === undefined ? {} : { qualification: { funnel: options.funnel } }) });
}

/**
 * Alpha Foods, CNY, yearly, 2 years at 10 %: 100,000 up front (certain), 120,000 a year saved from year 1
 * at probability 0.5 (serving a financial and a customer goal). Weighted NPV = −100,000 + 60,000/1.1 +
 * 60,000/1.21 = 4,132.23 CNY. Funnel: stage I, 2027-01, 100,000 CNY.
 */
export const alphaDocument = (probability = "0.5") =>
  documentOf({
    customer: "Alpha Foods",
    currency: "CNY",
    horizon: 2,
    goals: [{ id: "g-fin", perspective: "financial" }, { id: "g-cust", perspective: "customer" }],
    solutions: ["sol-a"],
    lines: [
      { id: "setup", kind: "cost", amount: "100000", recurrence: "once", start: 0, serves: [{ kind: "solution", id: "sol-a" }] },
      { id: "saving", kind: "benefit", amount: "120000", recurrence: "recurring", start: 1, probability, serves: [{ kind: "goal", id: "g-fin" }, { kind: "goal", id: "g-cust" }, { kind: "solution", id: "sol-a" }] },
    ],
    funnel: { stage: "I", expectedMonth: "2027-01", expectedInvestment: "100000", currency: "CNY" },
  });

/**
 * Bravo Mining, USD, yearly, 1 year at 10 %: a 10,000 licence up front, 50,000 once in year 1 at
 * probability 0.8 (serving a market goal). Weighted NPV = −10,000 + 40,000/1.1 = 26,363.64 USD
 * = 187,709.09 CNY at 7.12. Funnel: stage B, 2027-03, 10,000 USD.
 */
export const bravoDocument = () =>
  documentOf({
    customer: "Bravo Mining",
    currency: "USD",
    horizon: 1,
    goals: [{ id: "g-share", perspective: "market" }],
    solutions: ["sol-b"],
    lines: [
      { id: "licence", kind: "cost", amount: "10000", recurrence: "once", start: 0, serves: [{ kind: "solution", id: "sol-b" }] },
      { id: "contract", kind: "benefit", amount: "50000", recurrence: "once", start: 1, probability: "0.8", serves: [{ kind: "goal", id: "g-share" }, { kind: "solution", id: "sol-b" }] },
    ],
    funnel: { stage: "B", expectedMonth: "2027-03", expectedInvestment: "10000", currency: "USD" },
  });

export const alpha = (probability?: string): CaseSummary => summariseCase(evaluateDocument(alphaDocument(probability)), { id: "alpha", file: "alpha.valuecase.json" });
export const bravo = (): CaseSummary => summariseCase(evaluateDocument(bravoDocument()), { id: "bravo", file: "bravo.valuecase.json" });

/** The portfolio of the hand-worked tests: CNY, USD at 7.12, Alpha much business, Bravo no business yet. */
export const portfolioInput = {
  currency: "CNY",
  rates: { USD: { rate: "7.12", source: "test reference rate", asOf: "2026-12-01" } },
  asOf: "2026-12-06",
  tiers: { "alpha.valuecase.json": "muchBusiness", "bravo.valuecase.json": "noBusiness" },
};

/** Reads any file of examples/ as a member, as a command line would. */
export const readMember = (path: string): string | undefined => (existsSync(`examples/${path}`) ? readFileSync(`examples/${path}`, "utf8") : undefined);

/** The bundled examples, each read, evaluated and summarised. */
export const exampleNames = ["distributor", "livestock", "logistics", "manufacturer"] as const;
export function exampleSummary(name: (typeof exampleNames)[number]): CaseSummary {
  const file = `${name}.valuecase.json`;
  const { document } = parseValueDocument(readFileSync(`examples/${file}`, "utf8"), { fileName: file, readMember });
  return summariseCase(evaluateDocument(document), { id: name, file });
}
