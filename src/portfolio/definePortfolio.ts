/** definePortfolio and safeDefinePortfolio: a portfolio's settings validated into immutable data, or every problem at once. */
import { deepFreeze } from "../_internal/deepFreeze.js";
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { inInputOrder } from "../_internal/inputOrder.js";
import { isRecord } from "../_internal/isRecord.js";
import { itemwiseReader } from "../_internal/itemwise.js";
import { fromZodIssues } from "../_internal/zodIssues.js";
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { currencySchema } from "../frame/frame.js";
import type { Decimal } from "../numeric/decimal.js";
import type { TierKind } from "../qualify/accounts.js";
import { DEFAULT_STAGE_RATES, funnelStages, type FunnelStage } from "../qualify/funnel.js";
import { PortfolioValidationError } from "./errors.js";
import { exchangeRateSchema, portfolioSchema, type ExchangeRate } from "./schema.js";

/** A portfolio's settings, validated and deep-frozen. */
export interface Portfolio {
  /** The reporting currency: every figure of the pipeline is converted to it. */
  readonly currency: string;
  /** The stated rate of each other currency to the reporting currency, by ISO 4217 code. */
  readonly rates: Readonly<Record<string, ExchangeRate>>;
  /** The date whose month places a case without an expected decision month; absent when not given. */
  readonly asOf?: string;
  /** The tier of each document, by path (a case's `file`, else its id). */
  readonly tiers: Readonly<Record<string, TierKind>>;
  /** The rate of each funnel stage for the seller's pipeline: the portfolio's, else our defaults. */
  readonly stageRates: Readonly<Record<FunnelStage, Decimal>>;
}

/** The result of {@link safeDefinePortfolio}. */
export type SafeDefinePortfolioResult = SafeDefineResult<Portfolio, PortfolioValidationError>;

const KEYS = new Set(["currency", "rates", "asOf", "tiers", "stageRates"]);
const SHAPE = "expected portfolio settings { currency, rates?, asOf?, tiers?, stageRates? }";

/**
 * Validates a portfolio's settings and returns them deep-frozen: the reporting currency (ISO 4217);
 * each other currency's rate to it — a positive decimal with its `source` and `asOf` date, under an ISO
 * 4217 code, never for the reporting currency itself; `asOf`, a calendar date whose month places the
 * cases without an expected decision month; each document's tier (`muchBusiness`, `someBusiness`,
 * `noBusiness`, as valueframe/qualify's tiers); and stage rates (0 … 1) for the seller's pipeline, the
 * others keeping our defaults. Every problem is listed at once with its path; the input is never changed.
 *
 * @param input - the settings as plain data, e.g. a parsed `portfolio.yaml`
 * @returns the frozen portfolio
 * @throws {PortfolioValidationError} (code `PORTFOLIO_INVALID`) listing every problem with its path
 *
 * @example
 * ```ts
 * import { definePortfolio } from "valueframe/portfolio";
 * const portfolio = definePortfolio({
 *   currency: "CNY",
 *   rates: { USD: { rate: "7.12", source: "Bank of China reference rate", asOf: "2026-12-01" } },
 *   asOf: "2026-12-06",
 *   tiers: { "distributor.valuecase.json": "muchBusiness" },
 * });
 * portfolio.rates["USD"]?.rate.toString(); //=> "7.12"
 * portfolio.stageRates.I.toString(); //=> "0.3"
 * ```
 */
export function definePortfolio(input: unknown): Portfolio {
  return orThrow(safeDefinePortfolio(input));
}

/**
 * Like {@link definePortfolio} but returns `{ success: true, data, warnings }` (no warning rules:
 * `warnings` is empty) or `{ success: false, error }` instead of throwing.
 *
 * @param input - anything
 * @returns the portfolio, or the error listing every problem
 *
 * @example
 * ```ts
 * const result = safeDefinePortfolio({ currency: "cny", rates: { USD: { rate: "-1", asOf: "2026-12-01" } }, asOf: "2026-13-01" });
 * !result.success && result.error.issues.map((i) => i.path.join(".")); //=> ["currency", "rates.USD.rate", "rates.USD.source", "asOf"]
 * ```
 */
export function safeDefinePortfolio(input: unknown): SafeDefinePortfolioResult {
  if (!isRecord(input)) return notDefined(new PortfolioValidationError([{ path: [], code: "invalid_type", message: SHAPE }]));
  const issues: ValueframeIssue[] = [];
  const read = itemwiseReader(input, issues);
  read.onlyKeys(KEYS);
  if (input["currency"] === undefined) issues.push({ path: ["currency"], code: "invalid_type", message: 'required: the reporting currency, an ISO 4217 code such as "CNY"' });
  const currency = read.member("currency", currencySchema);
  const rates = readRates(input["rates"], currency, issues);
  const asOf = read.member("asOf", portfolioSchema.shape.asOf);
  const tiers = read.member("tiers", portfolioSchema.shape.tiers);
  const stageRates = read.member("stageRates", portfolioSchema.shape.stageRates);
  if (issues.length > 0 || currency === undefined) return notDefined(new PortfolioValidationError(inInputOrder(issues, input)));
  const portfolio: Portfolio = {
    currency,
    rates,
    ...(asOf === undefined ? {} : { asOf }),
    tiers: Object.fromEntries(Object.entries(tiers ?? {})),
    stageRates: Object.fromEntries(funnelStages.map((stage) => [stage, stageRates?.[stage] ?? DEFAULT_STAGE_RATES[stage]])) as Record<FunnelStage, Decimal>,
  };
  return defined(deepFreeze(portfolio));
}

/**
 * The rates, each currency and its rate read on its own so that a bad code hides no problem of its rate;
 * a rate for the reporting currency itself is a problem (it converts at 1).
 */
function readRates(raw: unknown, reporting: string | undefined, issues: ValueframeIssue[]): Record<string, ExchangeRate> {
  const rates: Record<string, ExchangeRate> = {};
  if (raw === undefined) return rates;
  if (!isRecord(raw)) {
    issues.push({ path: ["rates"], code: "invalid_type", message: 'expected the rate of each currency by its code, e.g. { "USD": { rate: "7.12", source: "…", asOf: "2026-12-01" } }' });
    return rates;
  }
  for (const [code, value] of Object.entries(raw)) {
    const key = currencySchema.safeParse(code);
    if (!key.success) issues.push(...fromZodIssues(key.error.issues, ["rates", code]));
    else if (code === reporting) issues.push({ path: ["rates", code], code: "reporting_currency", message: `${code} is the reporting currency: it converts at 1 and takes no rate` });
    const rate = exchangeRateSchema.safeParse(value);
    if (!rate.success) issues.push(...fromZodIssues(rate.error.issues, ["rates", code]));
    else if (key.success) rates[code] = rate.data;
  }
  return rates;
}
