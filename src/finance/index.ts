/**
 * valueframe/finance — exact, spreadsheet-compatible financial measures over decimal.js.
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { Dec, toDec } from "../numeric/decimal.js";
export {
  FINANCE_ERROR_CODES,
  FinanceArgumentError,
  FinanceError,
  FinanceNoConvergenceError,
  FinanceNoSignChangeError,
  FinanceNoSolutionError,
  FinanceOutOfRangeError,
} from "./errors.js";

// Time value of money
export { npv } from "./npv.js";
export { xnpv } from "./xnpv.js";
export { pmt } from "./pmt.js";
export { pv } from "./pv.js";
export { fv } from "./fv.js";
export { nper } from "./nper.js";

// Rates of return
export { irr } from "./irr.js";
export { irrAll } from "./irrAll.js";
export { irrDetails } from "./irrDetails.js";
export { xirr } from "./xirr.js";
export { xirrDetails } from "./xirrDetails.js";
export { mirr } from "./mirr.js";
export { rri } from "./rri.js";

// Rate conversions
export { effect } from "./effect.js";
export { nominal } from "./nominal.js";
export { periodicRate } from "./periodicRate.js";
export { annualRate } from "./annualRate.js";

// Value-case measures
export { roi } from "./roi.js";
export { paybackPeriod } from "./paybackPeriod.js";
export { discountedPaybackPeriod } from "./discountedPaybackPeriod.js";
export { contributionMargin } from "./contributionMargin.js";
export { contributionMarginRatio } from "./contributionMarginRatio.js";
export { inventoryTurnover } from "./inventoryTurnover.js";
export { daysInventoryOutstanding } from "./daysInventoryOutstanding.js";
export { receivablesTurnover } from "./receivablesTurnover.js";
export { daysSalesOutstanding } from "./daysSalesOutstanding.js";
export { payablesTurnover } from "./payablesTurnover.js";
export { daysPayablesOutstanding } from "./daysPayablesOutstanding.js";
export { cashConversionCycle } from "./cashConversionCycle.js";
export { workingCapitalReleased } from "./workingCapitalReleased.js";
export { financingCostSaved } from "./financingCostSaved.js";

// Types
export type { Decimal, Numeric } from "../numeric/decimal.js";
export type { FinanceErrorCode } from "./errors.js";
export type { NpvOptions } from "./npv.js";
export type { DateInput, DatedOptions, DayCount } from "./xnpv.js";
export type { IrrDetails, IrrMethod } from "./irrDetails.js";
export type { PaybackOptions } from "./paybackPeriod.js";
export type { RateBasis, RateBasisOptions } from "./periodicRate.js";
export type { DaysOutstandingOptions } from "./daysInventoryOutstanding.js";
export type { CashConversionCycleInput } from "./cashConversionCycle.js";
export type { WorkingCapitalReleasedInput } from "./workingCapitalReleased.js";
export type { FinancingCostSavedInput } from "./financingCostSaved.js";
