/**
 * How figures are written in traces: thousands separated by commas, at most 10 significant digits
 * after the integer part, units after the number, percentages ×100. Display only: the data keeps the
 * exact values.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";

const HUNDRED = new Dec(100);

/** Writes a number for people: "14,000,000", "0.08333333333", "−2,000,000". */
export function displayNumber(value: Decimal): string {
  const integerDigits = value.abs().gte(1) ? value.abs().trunc().toString().length : 0;
  const shown = value.toSignificantDigits(Math.max(10, integerDigits), Dec.ROUND_HALF_UP);
  const text = shown.toFixed();
  const negative = text.startsWith("-");
  const [whole = "0", fraction] = (negative ? text.slice(1) : text).split(".");
  const grouped = groupThousands(whole);
  return `${negative ? "−" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * "1234567" → "1,234,567" in one pass: the lookahead regex /\B(?=(\d{3})+(?!\d))/ rescans the rest of the
 * digits at every position, quadratic in their number.
 */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const parts = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(",");
}

/** Writes a number with its unit: "14 day", "6 %", "1,000,000 CNY/day"; plain numbers have no unit. */
export function displayValue(value: Decimal, unit: string | undefined): string {
  if (unit === undefined || unit === "1") return displayNumber(value);
  if (unit.trim() === "%") return `${displayNumber(value.times(HUNDRED))} %`;
  return `${displayNumber(value)} ${unit}`;
}
