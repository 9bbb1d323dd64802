/**
 * Exact inputs give exact period flows: amounts with at most two decimals, integer or two-decimal
 * ramps, per-year amounts split over months or quarters. Each flow is the hand-computed rational when
 * that is a finite decimal, and running totals (so a year of a yearly amount) are exact even when a
 * single period's share is not.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import type { Decimal } from "../../src/numeric/decimal.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import type { ValueCaseInput, ValueLineInput } from "../../src/quantify/schema.js";

/** A rational number p / q with q > 0, in bigints. */
interface Rational {
  readonly p: bigint;
  readonly q: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};
const rational = (p: bigint, q: bigint): Rational => {
  const g = gcd(p, q) || 1n;
  return { p: p / g, q: q / g };
};
const add = (a: Rational, b: Rational): Rational => rational(a.p * b.q + b.p * a.q, a.q * b.q);
const times = (a: Rational, b: Rational): Rational => rational(a.p * b.p, a.q * b.q);

/** The exact decimal text of a rational, or undefined when its expansion does not end. */
function decimalText(r: Rational): string | undefined {
  let q = r.q;
  let twos = 0;
  let fives = 0;
  while (q % 2n === 0n) [q, twos] = [q / 2n, twos + 1];
  while (q % 5n === 0n) [q, fives] = [q / 5n, fives + 1];
  if (q !== 1n) return undefined;
  const places = Math.max(twos, fives);
  const scaled = (r.p * 10n ** BigInt(places)) / r.q;
  return new Dec(`${scaled}e-${places}`).toString();
}

/** Cents (an amount with at most two decimals) as a rational and as text. */
const centsText = (cents: bigint): string => new Dec(`${cents}e-2`).toString();

interface LineSpec {
  readonly kind: "benefit" | "cost";
  readonly cents: bigint;
  readonly per: "year" | "period";
  readonly start: number;
  readonly duration: number | undefined;
  readonly ramp: { readonly type: "linear"; readonly periods: number } | { readonly type: "explicit"; readonly hundredths: readonly number[] } | undefined;
  readonly probabilityHundredths: number;
}

const perYearOf = { month: 12, quarter: 4, year: 1 } as const;

/** The exact share of the line's amount in period t (ramp and per-year split), as a rational. */
function exactShare(line: LineSpec, t: number, horizon: number, perYear: number): Rational {
  const end = Math.min(horizon, line.duration === undefined ? horizon : line.start + line.duration - 1);
  if (t < line.start || t > end) return { p: 0n, q: 1n };
  const k = t - line.start + 1;
  let ramp: Rational = { p: 1n, q: 1n };
  if (line.ramp?.type === "linear" && k < line.ramp.periods) ramp = rational(BigInt(k), BigInt(line.ramp.periods));
  if (line.ramp?.type === "explicit" && k <= line.ramp.hundredths.length) ramp = rational(BigInt(line.ramp.hundredths[k - 1] as number), 100n);
  return times(ramp, rational(1n, BigInt(line.per === "year" ? perYear : 1)));
}

const lineArbitrary: fc.Arbitrary<LineSpec> = fc.record({
  kind: fc.constantFrom("benefit" as const, "cost" as const),
  cents: fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.bigInt({ min: 1n, max: 10n ** 6n }).map((x) => x * 100000n)),
  per: fc.constantFrom("year" as const, "period" as const),
  start: fc.integer({ min: 1, max: 4 }),
  duration: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  ramp: fc.option(
    fc.oneof(
      fc.record({ type: fc.constant("linear" as const), periods: fc.integer({ min: 1, max: 18 }) }),
      fc.record({ type: fc.constant("explicit" as const), hundredths: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }) }),
    ),
    { nil: undefined },
  ),
  probabilityHundredths: fc.integer({ min: 0, max: 100 }),
});

function caseOf(period: keyof typeof perYearOf, horizon: number, lines: readonly LineSpec[]): ValueCaseInput {
  return {
    name: "exact flows",
    currency: "CNY",
    period,
    horizon,
    discountRate: "0.08",
    drivers: [],
    lines: lines.map((line, i): ValueLineInput => ({
      id: `l${i}`,
      kind: line.kind,
      amount: centsText(line.cents),
      recurrence: "recurring",
      per: line.per,
      start: line.start,
      ...(line.duration === undefined ? {} : { duration: line.duration }),
      ...(line.ramp === undefined ? {} : {
        rampUp: line.ramp.type === "linear" ? line.ramp : { type: "explicit", factors: line.ramp.hundredths.map((h) => centsText(BigInt(h))) },
      }),
      probability: centsText(BigInt(line.probabilityHundredths)),
    })),
  };
}

/** Checks `actual` against an exact rational: equal when it is a finite decimal, else within a hair of it. */
function expectExact(actual: Decimal, exact: Rational, what: string): void {
  const text = decimalText(exact);
  if (text !== undefined) {
    expect(actual.toString(), what).toBe(text);
    return;
  }
  const approx = new Dec(exact.p.toString()).div(exact.q.toString());
  expect(actual.minus(approx).abs().lte(approx.abs().times("1e-30")), `${what}: ${actual.toString()} ≈ ${approx.toString()}`).toBe(true);
}

describe("exact flows", () => {
  it("24,000,000 CNY a year ramped over 4 months gives exactly 500,000 in month 1 (was 499,999.99…9)", () => {
    const result = evaluate(caseOf("month", 24, [{ kind: "benefit", cents: 2_400_000_000n, per: "year", start: 1, duration: undefined, ramp: { type: "linear", periods: 4 }, probabilityHundredths: 100 }]));
    expect(result.periods.slice(0, 6).map((row) => row.net.toString())).toEqual(["0", "500000", "1000000", "1500000", "2000000", "2000000"]);
    expect(result.periods[1]?.weighted.net.toString()).toBe("500000");
  });

  it("a probability-weighted quarterly ramp nets exactly against a per-period cost", () => {
    const result = evaluate(caseOf("quarter", 8, [
      { kind: "benefit", cents: 600_000_000n, per: "year", start: 1, duration: undefined, ramp: { type: "linear", periods: 6 }, probabilityHundredths: 80 },
      { kind: "cost", cents: 10_000_000n, per: "period", start: 1, duration: undefined, ramp: undefined, probabilityHundredths: 100 },
    ]));
    expect(result.periods[1]?.weighted.net.toString()).toBe("100000");
  });

  it("a yearly amount that does not divide by 12 still sums to itself over each year, and over the horizon", () => {
    const result = evaluate(caseOf("month", 36, [{ kind: "benefit", cents: 100_000_001n, per: "year", start: 1, duration: undefined, ramp: undefined, probabilityHundredths: 70 }]));
    const line = result.lines[0]!;
    for (const year of [0, 1, 2]) {
      const months = line.flows.slice(1 + 12 * year, 13 + 12 * year);
      expect(months.reduce((acc, flow) => acc.plus(flow), new Dec(0)).toString()).toBe("1000000.01");
      expect(line.weightedFlows.slice(1 + 12 * year, 13 + 12 * year).reduce((acc, flow) => acc.plus(flow), new Dec(0)).toString()).toBe("700000.007");
    }
    expect(line.total.toString()).toBe("3000000.03");
    expect(result.periods[36]?.cumulative.toString()).toBe("3000000.03");
    expect(result.periods[12]?.weighted.cumulative.toString()).toBe("700000.007");
  });

  it("every flow, running total and period net is the hand-computed value (property, fixed seed)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("month" as const, "quarter" as const, "year" as const),
        fc.integer({ min: 1, max: 48 }),
        fc.array(lineArbitrary, { minLength: 1, maxLength: 4 }),
        (period, horizon, specs) => {
          const lines = specs.map((line) => ({ ...line, start: Math.min(line.start, horizon) }));
          const perYear = perYearOf[period];
          const result = evaluate(caseOf(period, horizon, lines));
          const net: Rational[] = Array.from({ length: horizon + 1 }, () => ({ p: 0n, q: 1n }));
          const weightedNet: Rational[] = net.slice();
          // A period's net is checked where every line's flow in it is a finite decimal.
          const finite: boolean[] = net.map(() => true);
          lines.forEach((line, i) => {
            const amount = rational((line.kind === "cost" ? -1n : 1n) * line.cents, 100n);
            const probability = rational(BigInt(line.probabilityHundredths), 100n);
            const evaluated = result.lines[i]!;
            let cumulative: Rational = { p: 0n, q: 1n };
            let weightedCumulative: Rational = { p: 0n, q: 1n };
            let sum = new Dec(0);
            let weightedSum = new Dec(0);
            for (let t = 0; t <= horizon; t++) {
              const flow = times(amount, exactShare(line, t, horizon, perYear));
              const weighted = times(flow, probability);
              cumulative = add(cumulative, flow);
              weightedCumulative = add(weightedCumulative, weighted);
              net[t] = add(net[t] as Rational, flow);
              if (decimalText(flow) === undefined || decimalText(weighted) === undefined) finite[t] = false;
              weightedNet[t] = add(weightedNet[t] as Rational, weighted);
              const actual = evaluated.flows[t] as Decimal;
              const actualWeighted = evaluated.weightedFlows[t] as Decimal;
              expectExact(actual, flow, `line ${i} flow ${t}`);
              expectExact(actualWeighted, weighted, `line ${i} weighted flow ${t}`);
              sum = sum.plus(actual);
              weightedSum = weightedSum.plus(actualWeighted);
              expectExact(sum, cumulative, `line ${i} running total to ${t}`);
              expectExact(weightedSum, weightedCumulative, `line ${i} weighted running total to ${t}`);
            }
            expectExact(evaluated.total, cumulative, `line ${i} total`);
          });
          result.periods.forEach((row, t) => {
            if (!finite[t]) return;
            expectExact(row.net, net[t] as Rational, `net ${t}`);
            expectExact(row.weighted.net, weightedNet[t] as Rational, `weighted net ${t}`);
          });
        },
      ),
      { seed: 20260613, numRuns: 150 },
    );
  }, 120_000);
});
