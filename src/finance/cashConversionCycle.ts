/** Cash conversion cycle: days between paying suppliers and collecting from customers. */
import type { Decimal, Numeric } from "../numeric/decimal.js";
import { Args } from "./_internal/args.js";
import { inSpreadsheetRange } from "./errors.js";

/** The three day counts of {@link cashConversionCycle}. */
export interface CashConversionCycleInput {
  /** Days inventory outstanding (see {@link daysInventoryOutstanding}). */
  readonly dio: Numeric;
  /** Days sales outstanding (see {@link daysSalesOutstanding}). */
  readonly dso: Numeric;
  /** Days payables outstanding (see {@link daysPayablesOutstanding}). */
  readonly dpo: Numeric;
}

/**
 * @summary Cash conversion cycle: DIO + DSO − DPO.
 *
 * @description
 * The days cash is tied up in operations: stock is held DIO days, customers pay DSO days after the sale,
 * suppliers are paid DPO days after delivery. Each day count must be at least 0; the cycle itself may be
 * negative (suppliers finance the business).
 *
 * @param input - `{ dio, dso, dpo }`, each a number of days (at least 0).
 * @returns The cycle in days.
 * @throws {FinanceArgumentError} `FINANCE_INVALID_ARGUMENT` when `input` is not an object or a day
 *   count is missing, not a number or negative; paths are the field names (`["dso"]`), `[]` for `input`.
 * @throws {FinanceOutOfRangeError} `FINANCE_OUT_OF_RANGE` when the result is 1e308 or more in size
 *   (spreadsheets: #NUM!).
 *
 * @example
 * ```ts
 * // The distributor: DIO 35, DSO 62, DPO 45 → =35+62-45
 * cashConversionCycle({ dio: 35, dso: 62, dpo: 45 }).toString(); //=> "52"
 * ```
 */
export function cashConversionCycle(input: CashConversionCycleInput): Decimal {
  const args = new Args("cashConversionCycle");
  const fields = args.fields(input, "an object { dio, dso, dpo }");
  const [dio, dso, dpo] = (["dio", "dso", "dpo"] as const).map((key) => args.decAt([key], fields[key], ["nonNegative"]));
  args.done();
  return inSpreadsheetRange("cashConversionCycle", dio!.plus(dso!).minus(dpo!));
}
