/**
 * zod schemas of a portfolio's settings — the reporting currency, the exchange rate of every other
 * currency to it (each with its source and date: rates are stated, never guessed), the month a case
 * without an expected decision month is placed in, the tier of each document and the stage rates of the
 * seller's pipeline. The single source of their input types; `definePortfolio` reads them member by
 * member so that every problem is listed at once.
 */
import * as z from "zod";
import { figureSchema } from "../_internal/numericSchema.js";
import { dateField, enumOf, textField } from "../_internal/schemaFields.js";
import { currencySchema } from "../frame/frame.js";
import { tierKinds } from "../qualify/accounts.js";
import { stageRatesSchema } from "../qualify/funnel.js";

/** An exchange rate: how many units of the reporting currency one unit of the other buys, a positive decimal. */
export const exchangeRateSchema = z.strictObject({
  /** Units of the reporting currency per unit of this currency, e.g. `"7.12"` CNY per USD. */
  rate: z.lazy(() =>
    figureSchema.superRefine((value, ctx) => {
      if (!value.gt(0)) ctx.addIssue({ code: "custom", message: `a rate is a positive decimal; got ${value.toString()}`, params: { code: "out_of_range" } });
    }),
  ),
  /** Where the rate comes from: a bank, a central bank's reference rate, the finance department's budget rate. */
  source: textField,
  /** The day the rate is stated for, YYYY-MM-DD. */
  asOf: dateField,
});

/** A portfolio's settings as written. */
export const portfolioSchema = z.strictObject({
  /** The reporting currency (ISO 4217): every figure of the pipeline is in it. */
  currency: currencySchema,
  /** The rate of each other currency to the reporting currency, by ISO 4217 code. */
  rates: z.record(currencySchema, exchangeRateSchema).optional(),
  /** A calendar date whose month places the cases whose qualification names no expected decision month. */
  asOf: dateField.optional(),
  /** The tier of each document, by the path its case summary names as `file` (or the case's id when it has no file). */
  tiers: z.record(textField, enumOf(tierKinds)).optional(),
  /** Stage rates of the seller's pipeline (0 … 1) replacing our defaults (valueframe/qualify's `DEFAULT_STAGE_RATES`). */
  stageRates: stageRatesSchema.optional(),
});

/** A portfolio's settings as written (rates may be numbers, decimal strings, bigints or Decimals). */
export type PortfolioInput = z.input<typeof portfolioSchema>;

/** A stated exchange rate, validated. */
export type ExchangeRate = z.output<typeof exchangeRateSchema>;
