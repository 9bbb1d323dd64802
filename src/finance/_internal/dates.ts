/**
 * Dates of dated cash flows: parsing (`Date` or ISO `YYYY-MM-DD`) and the day counts that turn a pair of
 * dates into a time in years, as an integer count over a fixed denominator (so discount factors become
 * integer powers of one base, which the exact solver needs).
 */
import type { Numeric } from "../../numeric/decimal.js";
import type { Args } from "./args.js";

/** A calendar date as accepted by dated finance functions. */
export type DateInput = Date | string;

/** The day-count conventions for dated flows. */
export const DAY_COUNTS = ["actual/365", "30/360", "actual/actual"] as const;

/** One of {@link DAY_COUNTS}. */
export type DayCount = (typeof DAY_COUNTS)[number];

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  /** Days since 1970-01-01. */
  readonly serial: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The civil date of a day count from 1970-01-01 (proleptic Gregorian; arithmetic, no Date object). */
function fromSerial(serial: number): Ymd {
  const z = serial + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d, serial };
}

/**
 * The values and dates of dated flows, with their problems recorded in `args`: at least `min` values,
 * valid dates, one per value, none before the first. `serials` are the dates as days since 1970-01-01
 * (`undefined` where invalid).
 */
export function datedFlows(args: Args, values: unknown, dates: unknown, min: number): { list: readonly Numeric[]; serials: (number | undefined)[] } {
  const list = args.list("values", values, min);
  const serials = parseDates(args, "dates", dates);
  if (Array.isArray(dates) && Array.isArray(values) && dates.length !== values.length) {
    args.add(["dates"], "length_mismatch", `has ${dates.length} dates for ${values.length} values; give one date per value`);
  }
  checkAfterFirst(args, "dates", serials);
  return { list, serials };
}

/** The day count of an options argument (`undefined` or `{ dayCount }`, default actual/365), checked into `args`. */
export function dayCountOption(args: Args, options: unknown): DayCount {
  // No options is the common call: answered at once (going through `args` costs xirr about 2 %).
  if (options === undefined) return "actual/365";
  return args.choice(["options", "dayCount"], args.options(options)["dayCount"], DAY_COUNTS, "actual/365");
}

/**
 * Parses each date to its day serial (days since 1970-01-01), recording problems at `[name, i]`; invalid
 * dates come back as `undefined`.
 */
function parseDates(args: Args, name: string, dates: unknown): (number | undefined)[] {
  if (!Array.isArray(dates)) {
    args.add([name], "invalid_type", `expected an array of dates (Date or "YYYY-MM-DD"), got ${dates === null ? "null" : typeof dates}`);
    return [];
  }
  const serials = new Array<number | undefined>(dates.length).fill(0);
  // A valid Date, the common case, is read here; parseDate takes strings and reports bad values.
  for (let i = 0; i < dates.length; i++) serials[i] = dayOfDate(dates[i]) ?? parseDate(args, name, i, dates[i]);
  return serials;
}

/** The UTC day (days since 1970-01-01) of a valid `Date`, else `undefined`. */
function dayOfDate(value: unknown): number | undefined {
  const time = value instanceof Date ? value.getTime() : Number.NaN;
  return time === time ? Math.floor(time / MS_PER_DAY) : undefined;
}

/**
 * The days after the first date of each of `count` dates when all are valid `Date`s and none precedes
 * the first (xirr's common call, read in one pass: these are the actual/365 times); `undefined`
 * otherwise, and datedFlows then checks each date and says what is wrong.
 */
export function dateOffsets(dates: unknown, count: number): number[] | undefined {
  if (!Array.isArray(dates) || dates.length !== count || count === 0) return undefined;
  const first = dayOfDate(dates[0]);
  if (first === undefined) return undefined;
  const E = new Array<number>(count).fill(0);
  for (let i = 1; i < count; i++) {
    const day = dayOfDate(dates[i]);
    if (day === undefined || day < first) return undefined;
    E[i] = day - first;
  }
  return E;
}

function parseDate(args: Args, name: string, i: number, value: unknown): number | undefined {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) {
      args.add([name, i], "invalid_date", "is an invalid Date");
      return undefined;
    }
    return Math.floor(time / MS_PER_DAY);
  }
  if (typeof value === "string") {
    const match = ISO_DATE.exec(value.trim());
    if (match !== null) {
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const serial = Date.UTC(y, m - 1, d) / MS_PER_DAY;
      const parsed = fromSerial(serial);
      if (parsed.y === y && parsed.m === m && parsed.d === d) return serial;
      args.add([name, i], "invalid_date", `"${value}" is not a calendar date`);
      return undefined;
    }
  }
  args.add([name, i], "invalid_date", `expected a Date or an ISO date "YYYY-MM-DD", got ${JSON.stringify(value) ?? String(value)}`);
  return undefined;
}

/** Checks that no date precedes the first (the spreadsheet rule; the others may come in any order). */
function checkAfterFirst(args: Args, name: string, dates: readonly (number | undefined)[]): void {
  const first = dates[0];
  if (first === undefined) return;
  for (let i = 1; i < dates.length; i++) {
    const date = dates[i];
    if (date !== undefined && date < first) {
      args.add([name, i], "date_before_first", `${iso(fromSerial(date))} is before the first date ${iso(fromSerial(first))}; every date must be on or after dates[0]`);
    }
  }
}

function iso(date: Ymd): string {
  return `${String(date.y).padStart(4, "0")}-${String(date.m).padStart(2, "0")}-${String(date.d).padStart(2, "0")}`;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function lastDayOfMonth(date: Ymd): boolean {
  return fromSerial(date.serial + 1).m !== date.m;
}

/** Days between two dates by the US (NASD) 30/360 rule, as spreadsheet DAYS360(start, end, FALSE). */
function days360(a: Ymd, b: Ymd): number {
  const sd = lastDayOfMonth(a) ? 30 : a.d;
  const ed = b.d === 31 && sd >= 30 ? 30 : b.d;
  return 360 * (b.y - a.y) + 30 * (b.m - a.m) + (ed - sd);
}

/**
 * Times of each date after `first` as integers E_i over a denominator m (time in years = E_i / m):
 * actual/365 counts days over 365; 30/360 counts DAYS360 days over 360; actual/actual (ISDA) counts
 * days in leap years over 366 and others over 365, i.e. (366·a + 365·b) / (365·366).
 */
export function yearFractions(serials: readonly number[], dayCount: DayCount): { E: number[]; m: number } {
  const first = serials[0]!;
  switch (dayCount) {
    case "actual/365": {
      const E = new Array<number>(serials.length).fill(0);
      for (let i = 1; i < serials.length; i++) E[i] = serials[i]! - first;
      return { E, m: 365 };
    }
    case "30/360": {
      const start = fromSerial(first);
      return { E: serials.map((d) => days360(start, fromSerial(d))), m: 360 };
    }
    case "actual/actual": {
      const start = fromSerial(first);
      return {
        E: serials.map((serial) => {
          const d = fromSerial(serial);
          let normal = 0;
          let leap = 0;
          let from = first;
          for (let y = start.y; y <= d.y; y++) {
            const end = Math.min(d.serial, Date.UTC(y + 1, 0, 1) / MS_PER_DAY);
            if (end > from) {
              if (isLeap(y)) leap += end - from;
              else normal += end - from;
            }
            from = Math.max(from, end);
          }
          return 366 * normal + 365 * leap;
        }),
        m: 365 * 366,
      };
    }
  }
}
