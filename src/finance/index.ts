/**
 * valueframe/finance — exact, spreadsheet-compatible financial measures over decimal.js.
 *
 * @packageDocumentation
 */
export { Dec, toDec } from "../numeric/decimal.js";
export type { Decimal, Numeric } from "../numeric/decimal.js";
