/** Plain-text figures for the terminal: exact decimals rounded for reading, digits grouped in threes. */
import type { Decimal } from "../../numeric/decimal.js";

/** `26618034.3412` → `"26,618,034.34"`: rounded half up to `places` decimals, thousands grouped. */
export function grouped(value: Decimal, places = 2): string {
  const fixed = value.toFixed(places);
  const [whole = "", fraction] = fixed.replace(/^-/, "").split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${fixed.startsWith("-") ? "-" : ""}${digits}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** A money amount with its currency, e.g. `"26,618,034.34 CNY"`. */
export function money(value: Decimal, currency: string): string {
  return `${grouped(value)} ${currency}`;
}

/** A fraction as a percentage, e.g. 0.1234 → `"12.34 %"`; `"n/a"` for a missing figure. */
export function percent(value: Decimal | null): string {
  return value === null ? "n/a" : `${grouped(value.times(100))} %`;
}

/** A number of years, e.g. `"1.42 years"`; `"not within the horizon"` when never reached. */
export function years(value: Decimal | null): string {
  return value === null ? "not within the horizon" : `${grouped(value)} years`;
}

/** `1 goal`, `3 goals`. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
