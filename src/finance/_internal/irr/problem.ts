/**
 * A validated IRR or XIRR problem: argument checks, the times of the flows, and the forms of the
 * equation the solvers read (the float64 form at once, the exact BigInt form when first read).
 */
import { Dec } from "../../../numeric/decimal.js";
import type { Decimal, Numeric } from "../../../numeric/decimal.js";
import { Args } from "../args.js";
import { dateOffsets, datedFlows, dayCountOption, yearFractions } from "../dates.js";
import type { DayCount } from "../dates.js";
import { floatSeries } from "../exact.js";
import type { ScaledSeries } from "../exact.js";
import { exactSeries } from "../series.js";
import { floatPoly, flowPoly } from "./polynomial.js";
import type { FloatPoly, FlowPoly } from "./polynomial.js";

/** A validated IRR problem. */
export interface IrrProblem {
  readonly guess: Decimal;
  /** The guess as a float, for the solvers' choice among roots. */
  readonly guessFloat: number;
  readonly dayCount: DayCount | undefined;
  /** Time of each flow (in input order) as an integer over `m`. */
  readonly E: readonly number[];
  readonly m: number;
  /** The values as exact integers on one scale, and their polynomial (both built when first read). */
  readonly series: ScaledSeries;
  readonly poly: FlowPoly;
  /** The float64 form, when every value is a number of a few decimals (the common case). */
  readonly quick: FloatPoly | undefined;
}

const DEFAULT_GUESS = new Dec("0.1");

/** Checks `values` (≥ 2 numbers) and `guess` (> -1, default 0.1) of an evenly spaced series. */
export function irrProblem(fn: string, values: unknown, guess: unknown): IrrProblem {
  // Times 0, 1, 2, … in an array made like xirr's (dateOffsets'): one kind of array for both, so
  // code shared by irr and xirr stays compiled for one.
  const at = (list: readonly unknown[]): number[] => {
    const E = new Array<number>(list.length).fill(0);
    for (let i = 1; i < list.length; i++) E[i] = i;
    return E;
  };
  // Numbers of a few decimals and no guess, the common call: floatSeries reads them and proves them valid.
  const floats = guess === undefined ? floatsOf(values) : undefined;
  if (floats !== undefined) return problemOf(fn, values as number[], floats, at(floats), 1, DEFAULT_GUESS, undefined);
  const args = new Args(fn);
  const list = args.list("values", values, 2);
  const g = args.optDec("guess", guess, DEFAULT_GUESS, "rateAboveMinusOne");
  args.done();
  return problemOf(fn, list, floatSeries(list), at(list), 1, g, undefined);
}

/** Checks dated flows: equal lengths, valid dates none before the first, guess and day count. */
export function xirrProblem(fn: string, values: unknown, dates: unknown, guess: unknown, options: unknown): IrrProblem {
  // The common call in one pass over the values and one over the dates: numbers of a few decimals
  // (floatSeries proves them valid), Dates in a valid order, no guess and no options.
  if (guess === undefined && options === undefined) {
    const floats = floatsOf(values);
    const E = floats === undefined ? undefined : dateOffsets(dates, floats.length);
    if (E !== undefined) return problemOf(fn, values as number[], floats!, E, 365, DEFAULT_GUESS, "actual/365");
  }
  const args = new Args(fn);
  const { list, serials } = datedFlows(args, values, dates, 2);
  const g = args.optDec("guess", guess, DEFAULT_GUESS, "rateAboveMinusOne");
  const dayCount = dayCountOption(args, options);
  args.done();
  const { E, m } = yearFractions(serials as number[], dayCount);
  return problemOf(fn, list, floatSeries(list), E, m, g, dayCount);
}

/** The float series of at least two values, when they are all numbers of a few decimals. */
function floatsOf(values: unknown): number[] | undefined {
  return Array.isArray(values) && values.length >= 2 ? floatSeries(values) : undefined;
}

/**
 * The problem of validated values at times E/m, with their float series when they have one; the exact
 * BigInt form is built only when read.
 */
function problemOf(
  fn: string,
  list: readonly Numeric[],
  floats: number[] | undefined,
  E: readonly number[],
  m: number,
  guess: Decimal,
  dayCount: DayCount | undefined,
): IrrProblem {
  // Without a float form, build the exact one now: it is also the check on the values' magnitudes.
  const series = floats === undefined ? exactSeries(fn, "values", list) : undefined;
  const quick = floats === undefined ? undefined : floatPoly(floats, E, m);
  // The default guess is read once, not converted on every call.
  const guessFloat = guess === DEFAULT_GUESS ? 0.1 : guess.toNumber();
  return new LazyProblem(fn, list, E, m, guess, dayCount, guessFloat, quick, series);
}

/** An IrrProblem whose exact forms are made on first use (getters on a class stay fast in V8). */
class LazyProblem implements IrrProblem {
  private exact: ScaledSeries | undefined;
  private flows: FlowPoly | undefined;

  constructor(
    private readonly fn: string,
    private readonly list: readonly Numeric[],
    readonly E: readonly number[],
    readonly m: number,
    readonly guess: Decimal,
    readonly dayCount: DayCount | undefined,
    readonly guessFloat: number,
    readonly quick: FloatPoly | undefined,
    series: ScaledSeries | undefined,
  ) {
    this.exact = series;
    // The float form is the polynomial: its BigInt coefficients are made only if asked for.
    if (quick !== undefined) this.flows = new FloatFlowPoly(quick);
  }

  get series(): ScaledSeries {
    return (this.exact ??= exactSeries(this.fn, "values", this.list));
  }

  get poly(): FlowPoly {
    return (this.flows ??= flowPoly(this.series.c, this.E, this.m));
  }
}

/** A FlowPoly over float64 integers, with the BigInt coefficients made on first use. */
class FloatFlowPoly implements FlowPoly {
  readonly E: readonly number[];
  readonly m: number;
  readonly floats: readonly number[];
  private big: bigint[] | undefined;

  constructor(quick: FloatPoly) {
    this.E = quick.E;
    this.m = quick.m;
    this.floats = quick.c;
  }

  get c(): readonly bigint[] {
    return (this.big ??= this.floats.map(BigInt));
  }
}
