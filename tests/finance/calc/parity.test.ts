/**
 * Spreadsheet parity: every case of the LibreOffice Calc corpus (tests/fixtures/calc/finance.json)
 * against valueframe/finance.
 *
 * Tolerance: |actual − expected| ≤ 1e-12 × max(|expected|, 1e-6) — relative 1e-12 for every figure of
 * magnitude 1e-6 or more, absolute 1e-18 for 0 and tinier figures. Calc prints 15 significant digits
 * (rounding ≤ 5e-16 relative); the generator keeps a Calc figure only when it lies within 5e-13 of a
 * 60-digit evaluation of the definition, and stores that evaluation (`source: "definition"`) otherwise.
 * Every Calc error value (#NUM!, Err:502, …) must be a thrown FinanceError with a FINANCE_ code.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as finance from "../../../src/finance/index.js";
import { Dec, toDec } from "../../../src/numeric/decimal.js";
import type { Decimal } from "../../../src/numeric/decimal.js";

const FN_NAMES = ["npv", "xnpv", "irr", "xirr", "mirr", "pmt", "pv", "fv", "nper", "effect", "nominal", "rri"] as const;
type FnName = (typeof FN_NAMES)[number];

const arg = z.union([z.string(), z.array(z.string()), z.literal(0), z.literal(1)]);
const fixtureSchema = z
  .object({
    id: z.string(),
    fn: z.enum(FN_NAMES),
    args: z.array(arg),
    expected: z.string().optional(),
    error: z.string().optional(),
    source: z.enum(["calc", "definition"]),
    calc: z.string().optional(),
    roots: z.array(z.string()).optional(),
    note: z.string().optional(),
  })
  .refine((f) => (f.expected === undefined) !== (f.error === undefined), "exactly one of expected and error");
const corpusSchema = z.object({ calc: z.string(), tolerance: z.string(), fixtures: z.array(fixtureSchema) });
type Fixture = z.infer<typeof fixtureSchema>;

const corpus = corpusSchema.parse(
  JSON.parse(readFileSync(new URL("../../fixtures/calc/finance.json", import.meta.url), "utf8")),
);

/**
 * Cases where valueframe deliberately answers differently from Calc, with the reason; each is checked
 * to behave as described here instead of as Calc does.
 */
const DIFFERS_FROM_CALC: Readonly<Record<string, { readonly valueframe: "throws"; readonly why: string }>> = {
  "npv-rate-below-minus-one": {
    valueframe: "throws",
    why: "a discount rate must be above −100 %; Calc still evaluates (1 + rate)^−i for rate −1.5",
  },
  "pmt-rate-minus-one": {
    valueframe: "throws",
    why: "a rate must be above −100 %; Calc answers 0 for PMT(−1; 12; 1000)",
  },
  "irr-guess-minus-one": {
    valueframe: "throws",
    why: "a guess must be above −100 %; Calc starts Newton's method at −1 anyway and answers 10 %",
  },
  "xnpv-date-before-first": {
    valueframe: "throws",
    why: "every date must be on or after the first (the date discounted to); Calc discounts an earlier date forward",
  },
};

/** A finance function as the corpus calls it: fixture args are already in valueframe's order and form. */
type Call = (...args: readonly unknown[]) => unknown;
const api: Readonly<Record<string, unknown>> = finance;
function fnOf(name: FnName | "irrAll"): Call | undefined {
  const f = api[name];
  return typeof f === "function" ? (f as Call) : undefined;
}
const FinanceError = api["FinanceError"];

function isDecimal(value: unknown): value is Decimal {
  return Dec.isDecimal(value);
}

/** The corpus's tolerance rule. */
function within(actual: Decimal, expected: Decimal): boolean {
  const scale = Dec.max(expected.abs(), "1e-6");
  return actual.minus(expected).abs().lte(scale.times("1e-12"));
}

function expectFinanceError(thrown: unknown): void {
  expect(typeof FinanceError).toBe("function");
  expect(thrown).toBeInstanceOf(FinanceError as new (...args: never[]) => unknown);
  expect((thrown as { code?: unknown }).code).toMatch(/^FINANCE_/);
}

function outcome(call: Call, f: Fixture): { value: unknown } | { thrown: unknown } {
  try {
    return { value: call(...f.args) };
  } catch (thrown) {
    return { thrown };
  }
}

/** "got … for …" text that shows the case when an assertion fails. */
const describeCase = (f: Fixture, got: unknown) =>
  `${f.id}: ${f.fn}(${JSON.stringify(f.args).slice(1, -1)}) gave ${String(got)}, Calc ${f.calc ?? f.expected ?? f.error}`;

describe("Calc parity corpus", () => {
  it("covers every function with at least 300 cases", () => {
    expect(corpus.fixtures.length).toBeGreaterThanOrEqual(300);
    const ids = new Set(corpus.fixtures.map((f) => f.id));
    expect(ids.size).toBe(corpus.fixtures.length);
    for (const name of FN_NAMES) {
      expect(corpus.fixtures.some((f) => f.fn === name && f.expected !== undefined)).toBe(true);
      expect(fnOf(name), `valueframe/finance exports ${name}`).toBeTypeOf("function");
    }
  });

  for (const name of FN_NAMES) {
    const fixtures = corpus.fixtures.filter((f) => f.fn === name);
    describe(name, () => {
      for (const f of fixtures) {
        const differs = DIFFERS_FROM_CALC[f.id];
        const label = `${f.id}${f.error !== undefined ? ` → ${f.error}` : ""}${f.roots ? " (several roots)" : ""}`;
        it(label, () => {
          const call = fnOf(name)!;
          const result = outcome(call, f);
          if (differs !== undefined || f.error !== undefined) {
            expect("thrown" in result, describeCase(f, "value" in result ? result.value : "")).toBe(true);
            if ("thrown" in result) expectFinanceError(result.thrown);
            return;
          }
          if ("thrown" in result) throw new Error(describeCase(f, result.thrown));
          const { value } = result;
          expect(isDecimal(value), describeCase(f, value)).toBe(true);
          const actual = toDec(value as Decimal);
          const expected = toDec(f.expected!);
          if (f.roots === undefined || within(actual, expected)) {
            expect(within(actual, expected), describeCase(f, actual)).toBe(true);
            return;
          }
          // Several roots and valueframe chose another one: it must still be a root, and for IRR
          // Calc's root must be among irrAll(values).
          expect(f.roots.some((r) => within(actual, toDec(r))), describeCase(f, actual)).toBe(true);
          if (name === "irr") {
            const all = fnOf("irrAll")!(f.args[0]) as readonly Decimal[];
            expect(all.some((r) => within(toDec(r), expected)), `${f.id}: Calc's root ${f.expected} not in irrAll`).toBe(true);
          }
        });
      }
    });
  }

  describe("irrAll on series with several roots", () => {
    for (const f of corpus.fixtures.filter((x) => x.fn === "irr" && x.roots !== undefined)) {
      it(`${f.id}: finds ${f.roots!.length} roots`, () => {
        const all = (fnOf("irrAll")!(f.args[0]) as readonly Decimal[]).map((r) => toDec(r));
        expect(all.length).toBe(f.roots!.length);
        f.roots!.forEach((r, i) => expect(within(all[i]!, toDec(r)), `${f.id} root ${i}: ${String(all[i])} vs ${r}`).toBe(true));
      });
    }
  });
});
