import { erf } from "mathjs";
import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../src/quantify/_internal/normal.js";

describe("normalQuantile (AS 241)", () => {
  it("gives the textbook quantiles", () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 14);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
  });

  it("inverts the normal distribution function Φ(x) = (1 + erf(x / √2)) / 2", () => {
    for (let k = 1; k < 200; k++) {
      const p = k / 200;
      const x = normalQuantile(p);
      expect(Math.abs((1 + erf(x / Math.SQRT2)) / 2 - p)).toBeLessThan(1e-14);
      expect(normalQuantile(1 - p)).toBeCloseTo(-x, 12);
    }
  });
});
