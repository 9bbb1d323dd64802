/** The figures of one locale, as the renderers write them: numbers, money, percentages, quantities, dates. */
import { Dec, type Decimal } from "../../numeric/decimal.js";
import type { Locale, TextMessages } from "../locales/types.js";
import { formatDate } from "../format/formatDate.js";
import { currencyDigits, formatCompact, formatExact } from "./intl.js";

const HUNDRED = new Dec(100);

/** Everything a renderer needs to write text in one locale. */
export interface Formatter {
  readonly locale: Locale;
  readonly t: TextMessages;
  /** A number with as many fraction digits as it needs, capped by its size (2 from 1,000, 4 from 1, else 6). */
  number(value: Decimal, maxDigits?: number): string;
  /** Money with the currency's minor digits: "CN¥14,000,000.00" / "¥14,000,000.00". */
  money(value: Decimal, currency: string): string;
  /** Money as an executive reads it, three significant digits: "CN¥21.1M" / "¥2110万". */
  moneyShort(value: Decimal, currency: string): string;
  /** An amount in a currency's minor digits, without the symbol (for tables whose header names the currency). */
  amount(value: Decimal, currency: string): string;
  /** A fraction as a percentage: 0.8 → "80%". */
  percent(fraction: Decimal, digits?: number): string;
  /** A figure with its unit as quantify writes units; "%" figures are fractions shown ×100. */
  quantity(value: Decimal, unit: string | undefined): string;
  /** An ISO date (YYYY-MM-DD) in the locale's long form. */
  date(iso: string): string;
  /** Items joined with the locale's separator. */
  list(items: readonly string[]): string;
}

function defaultDigits(value: Decimal): number {
  const size = value.abs();
  return size.gte(1000) ? 2 : size.gte(1) ? 4 : 6;
}

/** The formatter of a locale. */
export function formatterOf(locale: Locale): Formatter {
  const tag = locale.id;
  const number = (value: Decimal, maxDigits?: number) =>
    formatExact(value, { locale: tag, style: "decimal", maxFractionDigits: maxDigits ?? defaultDigits(value) });
  const percent = (fraction: Decimal, digits = 2) =>
    formatExact(fraction.times(HUNDRED), { locale: tag, style: "percent", maxFractionDigits: digits });
  return {
    locale,
    t: locale.text,
    number,
    money: (value, currency) => {
      const digits = currencyDigits(tag, currency);
      return formatExact(value, { locale: tag, style: "currency", currency, minFractionDigits: digits, maxFractionDigits: digits });
    },
    moneyShort: (value, currency) => formatCompact(value, tag, currency),
    amount: (value, currency) => {
      const digits = currencyDigits(tag, currency);
      return formatExact(value, { locale: tag, style: "decimal", minFractionDigits: digits, maxFractionDigits: digits });
    },
    percent,
    quantity: (value, unit) => {
      if (unit === undefined || unit === "1" || unit.trim() === "") return number(value);
      if (unit.trim() === "%") return percent(value, 4);
      return `${number(value)} ${unit}`;
    },
    date: (iso) => formatDate(iso, { locale }),
    list: (items) => items.join(locale.text.common.listSeparator),
  };
}
