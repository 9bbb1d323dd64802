/**
 * valueframe — value-based B2B selling as typed, validated data.
 *
 * The root entry holds the reference-frame model and the shared numeric and error types. Finance lives
 * in `valueframe/finance`, quantified value in `valueframe/quantify`, the Business Value Framework in
 * `valueframe/bvf` and output in `valueframe/render`.
 *
 * @packageDocumentation
 */
export { Dec, isNumeric, toDec } from "./numeric/decimal.js";
export type { Decimal, Numeric } from "./numeric/decimal.js";
export { ValueframeError, ValueframeValidationError, formatPath } from "./errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "./errors/ValueframeError.js";
export type { SafeDefineResult } from "./errors/SafeDefineResult.js";

// The reference-frame model: schemas, defineFrame, the 3 × 3 grid and queries (each export is named in
// src/frame/index.ts).
export * from "./frame/index.js";
