/**
 * When a line's amount falls: its share in each period 0…horizon, and its exact flows.
 *
 * A one-time line falls whole in its start period (default 0). A recurring line runs from its start
 * (default 1) for its duration (default: to the horizon); an amount per year is split evenly over the
 * periods of a year; ramp-up scales the first periods (linear over N: k/N in the k-th period; explicit:
 * the factors given).
 *
 * Flows are exact. Every share is a rational — (ramp numerator) / (ramp denominator × periods a year) —
 * so a line's running total after period t is amount × (Σ ramp factors so far) / (denominator), which
 * is computed in integers and rounded once, half up, to one quantum for the whole line: the finest
 * decimal place at which the line's total still has 40 significant digits. A period's flow is the
 * difference of two running totals. So a flow is exact whenever its true value is a finite decimal
 * at that place (24,000,000 a year ramped over 4 months gives exactly 500,000 in month 1), and a run
 * of flows always adds up to the rounded running total: a year of 1,000,000.01 a year split over
 * months adds up to exactly 1,000,000.01 although no month is a finite decimal.
 */
import { Dec } from "../../numeric/decimal.js";
import type { Decimal } from "../../numeric/decimal.js";
import type { ValueLine } from "../schema.js";

/** The timing of one line over periods 0…horizon. */
export interface LineSchedule {
  /** Share of the amount falling in each period (ramp-up and per-year split included). */
  readonly weights: readonly Decimal[];
  /** The flows of `amount` in each period, exact as described above. */
  flows(amount: Decimal): Decimal[];
}

const ZERO = new Dec(0);
const ONE = new Dec(1);
/** Ramp factors count to this many decimal places (a share below 1e-60 is below any flow's last digit). */
const FACTOR_PLACES = 60;

/** The schedule of a line over periods 0…horizon in a case with `perYear` periods a year. */
export function lineSchedule(line: ValueLine, horizon: number, perYear: number): LineSchedule {
  const length = horizon + 1;
  if (line.recurrence === "once") {
    const at = line.start ?? 0;
    const weights = Array.from({ length }, (_, t) => (t === at ? ONE : ZERO));
    return { weights, flows: (amount) => weights.map((w) => (w.isZero() ? ZERO : amount.toSignificantDigits(Dec.precision))) };
  }
  const start = line.start ?? 1;
  const end = Math.min(horizon, line.duration === undefined ? horizon : start + line.duration - 1);
  const { numerators, denominator } = rampNumerators(line, Math.max(0, end - start + 1));
  const perPeriod = (line.per ?? "year") === "year" ? BigInt(perYear) : 1n;
  const divisor = denominator * perPeriod;
  const weights = Array.from({ length }, (_, t): Decimal => {
    const numerator = t < start || t > end ? 0n : (numerators[t - start] as bigint);
    return numerator === 0n ? ZERO : new Dec(numerator.toString()).div(divisor.toString());
  });
  // Running sums of the numerators: the running total after period start + i is amount × sums[i] / divisor.
  const sums: bigint[] = [];
  let running = 0n;
  for (const numerator of numerators) sums.push((running += numerator));
  return {
    weights,
    flows(amount) {
      const out: Decimal[] = Array.from({ length }, () => ZERO);
      const total = running;
      if (amount.isZero() || total === 0n) return out;
      const { mantissa, exponent } = integerParts(amount.toSignificantDigits(Dec.precision));
      // The quantum 10^-places: the last of 40 significant digits of the line's total.
      const places = 39 - amount.times(total.toString()).div(divisor.toString()).e;
      const shift = exponent + places;
      const scale = shift >= 0 ? 10n ** BigInt(shift) : 1n;
      const over = shift >= 0 ? divisor : divisor * 10n ** BigInt(-shift);
      const numerator = mantissa * scale;
      // Flows repeat once a ramp is over: one Decimal per distinct difference.
      const made = new Map<bigint, Decimal>();
      let previous = 0n;
      sums.forEach((sum, i) => {
        const current = divideHalfUp(numerator * sum, over);
        const difference = current - previous;
        previous = current;
        if (difference === 0n) return;
        let flow = made.get(difference);
        if (flow === undefined) made.set(difference, (flow = new Dec(`${difference}e${-places}`)));
        out[start + i] = flow;
      });
      return out;
    },
  };
}

/** The ramp factor of each period of the run as integer numerators over one denominator. */
function rampNumerators(line: ValueLine, periods: number): { numerators: bigint[]; denominator: bigint } {
  const ramp = line.rampUp;
  if (ramp === undefined) return { numerators: Array.from({ length: periods }, () => 1n), denominator: 1n };
  if (ramp.type === "linear") {
    const n = ramp.periods;
    return { numerators: Array.from({ length: periods }, (_, i) => BigInt(Math.min(i + 1, n))), denominator: BigInt(n) };
  }
  const factors = ramp.factors.slice(0, periods).map((factor) => integerParts(factor.toDecimalPlaces(FACTOR_PLACES)));
  const places = Math.max(0, ...factors.map((f) => -f.exponent));
  const denominator = 10n ** BigInt(places);
  const numerators = Array.from({ length: periods }, (_, i) => {
    const factor = factors[i];
    return factor === undefined ? denominator : factor.mantissa * 10n ** BigInt(factor.exponent + places);
  });
  return { numerators, denominator };
}

/** A finite decimal as mantissa × 10^exponent with an integer mantissa. */
function integerParts(value: Decimal): { mantissa: bigint; exponent: number } {
  if (value.isZero()) return { mantissa: 0n, exponent: 0 };
  const [digits = "0", power = "0"] = value.toExponential().split("e");
  const unsigned = digits.replace("-", "");
  const [whole = "", fraction = ""] = unsigned.split(".");
  const mantissa = BigInt(whole + fraction);
  return { mantissa: value.isNegative() ? -mantissa : mantissa, exponent: Number(power) - fraction.length };
}

/** n / d rounded half away from zero (d > 0), as the case's Decimal rounds. */
function divideHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const quotient = (2n * magnitude + d) / (2n * d);
  return negative ? -quotient : quotient;
}
