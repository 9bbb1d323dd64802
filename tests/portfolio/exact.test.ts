/** The aggregator's exact sums: every decimal Dec writes, added in any order, to the last digit. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/index.js";
import { decOfExact, ExactSum, isDecimalText, parseExact, TextSum } from "../../src/portfolio/_internal/exact.js";

/** A decimal as Dec writes it: up to 40 significant digits, from 1e-30 to 1e25 in size, either sign. */
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -70, max: 0 }))
  .map(([n, e]) => new Dec(`${n}e${e}`).toString());

const sumOf = (texts: readonly string[]): string => {
  const sum = new TextSum();
  for (const text of texts) sum.add(text);
  return decOfExact(sum.value).toString();
};

/** The same sum by bigints. */
const bigintSum = (texts: readonly string[]): string => {
  const sum = new ExactSum();
  for (const text of texts) sum.add(parseExact(text)!);
  return decOfExact(sum.value).toString();
};

describe("TextSum", () => {
  it("adds what Dec writes exactly, the same in any order", () => {
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 30 }), (texts) => {
        const sum = sumOf(texts);
        expect(sum).toBe(bigintSum(texts));
        expect(sumOf([...texts].reverse())).toBe(sum);
        // By hand: every term written with 70 decimals (exact: none has more), summed as integers.
        const scaled = texts.reduce((total, text) => total + BigInt(new Dec(text).toFixed(70).replace(".", "")), 0n);
        expect(new Dec(sum).toFixed(70).replace(".", "").replace(/^(-?)0+(?=\d)/, "$1")).toBe(scaled.toString());
      }),
    );
  });

  it("reads exponents both ways and keeps every digit", () => {
    expect(new Dec(sumOf(["1.25e-8", "1e21", "-0.5", "12345678901234567890.123456789012345678901"])).toFixed()).toBe("1012345678901234567889.623456801512345678901");
    expect(sumOf(["0.1", "0.2", "-0.3"])).toBe("0");
    expect(sumOf([])).toBe("0");
  });

  it("moves carries on after millions of additions and stays exact", () => {
    const sum = new TextSum();
    for (let i = 0; i < 4_000_010; i++) sum.add("999999999.999999999");
    expect(decOfExact(sum.value).toString()).toBe(new Dec("999999999.999999999").times(4_000_010).toString());
  });
});

describe("isDecimalText", () => {
  it("takes what Dec writes and nothing else", () => {
    for (const text of ["0", "-12.5", "1.25e-8", "1e+21", "7E3"]) expect(isDecimalText(text)).toBe(true);
    for (const text of ["", "-", "1.", ".5", "1,5", "1e", "1e1000", "NaN", "Infinity", " 1", "1 ", "0x10", "1".repeat(300)]) expect(isDecimalText(text)).toBe(false);
  });
});
