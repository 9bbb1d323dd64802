/**
 * The Monte Carlo samplers against their distributions: empirical quantiles of many draws checked
 * against the analytic distribution functions (within 5 standard errors of each probability), the PERT
 * moments, the normal tail beyond the ziggurat's base, and draws that do not depend on the chunk size.
 */
import { erf } from "mathjs";
import { describe, expect, it } from "vitest";
import { createRng } from "../../src/quantify/_internal/rng.js";
import { samplerFor } from "../../src/quantify/_internal/samplers.js";
import { defineValueCase, modelOf } from "../../src/quantify/defineValueCase.js";
import type { UncertaintyInput } from "../../src/quantify/schema.js";

/** The model driver of one uncertainty, value 10. */
function driverOf(uncertainty: UncertaintyInput) {
  const valueCase = defineValueCase({
    name: "one driver", currency: "EUR", period: "year", horizon: 1, discountRate: "0.05",
    drivers: [{ id: "x", value: 10, provenance: { kind: "assumption" }, uncertainty }],
    lines: [{ id: "gain", kind: "benefit", amount: "x", recurrence: "once" }],
  });
  return modelOf(valueCase).drivers[0]!;
}

/** `count` draws of a driver with seed 7, taken `chunk` at a time. */
function draws(uncertainty: UncertaintyInput, count: number, chunk = 2048): Float64Array {
  let spare: ReturnType<typeof createRng> | undefined;
  const sample = samplerFor(driverOf(uncertainty), createRng(7, 0), () => (spare ??= createRng(7, -1)));
  const out = new Float64Array(count);
  const buffer = new Float64Array(chunk);
  for (let offset = 0; offset < count; offset += chunk) {
    const n = Math.min(chunk, count - offset);
    sample(buffer, n);
    out.set(buffer.subarray(0, n), offset);
  }
  return out;
}

const Phi = (x: number): number => (1 + erf(x / Math.SQRT2)) / 2;
const PS = [0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999];

/** Each empirical quantile's probability under `cdf` is within 5 standard errors of its p. */
function expectQuantiles(values: Float64Array, cdf: (x: number) => number): void {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  for (const p of PS) {
    const x = sorted[Math.floor(p * (n - 1))]!;
    expect(Math.abs(cdf(x) - p), `P${p * 100}`).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n) + 1 / n);
  }
}

const N = 200_000;

describe("samplers", () => {
  it("draw uniform, triangular, normal and lognormal numbers with the analytic quantiles", () => {
    expectQuantiles(draws({ distribution: "uniform", low: 5, high: 9 }, N), (x) => (x - 5) / 4);
    // Triangular 8, 14, 16 (the distributor's DSO reduction).
    expectQuantiles(draws({ distribution: "triangular", low: 8, mode: 14, high: 16 }, N), (x) => (x < 14 ? (x - 8) ** 2 / (8 * 6) : 1 - (16 - x) ** 2 / (8 * 2)));
    expectQuantiles(draws({ distribution: "normal", mean: 3, sd: 2 }, N), (x) => Phi((x - 3) / 2));
    // Lognormal with P10 = 2 and P90 = 8: ln x normal with μ = ln 4, σ = ln 2 / Φ⁻¹(0.9).
    const sigma = Math.log(2) / 1.2815515655446004;
    expectQuantiles(draws({ distribution: "lognormal", low: 2, high: 8 }, N), (x) => Phi((Math.log(x) - Math.log(4)) / sigma));
  });

  it("draw PERT numbers with the analytic mean and variance", () => {
    // PERT 2, 5, 14 with λ = 4: mean (2 + 4·5 + 14) / 6 = 6, variance (6 − 2)(14 − 6) / 7.
    const x = draws({ distribution: "pert", low: 2, mode: 5, high: 14 }, N);
    const mean = x.reduce((a, b) => a + b, 0) / N;
    const variance = x.reduce((a, b) => a + (b - mean) ** 2, 0) / (N - 1);
    expect(Math.abs(mean - 6)).toBeLessThan(5 * Math.sqrt(32 / 7 / N));
    expect(Math.abs(variance / (32 / 7) - 1)).toBeLessThan(0.03);
  });

  it("draw normal numbers Φ fits over 2 M draws, the tail beyond the ziggurat's base (3.654 sd) included", () => {
    const z = draws({ distribution: "normal", mean: 0, sd: 1 }, 2_000_000);
    const tail = 1 - Phi(3.6541528853610088);
    for (const side of [1, -1]) {
      const count = z.filter((x) => side * x > 3.6541528853610088).length;
      expect(Math.abs(count - tail * z.length)).toBeLessThan(5 * Math.sqrt(tail * z.length));
    }
    // Kolmogorov–Smirnov over all 2 M draws: at 1.95/√n a correct sampler fails once in a thousand seeds.
    const sorted = Float64Array.from(z).sort();
    let distance = 0;
    for (let i = 0; i < sorted.length; i++) {
      const p = Phi(sorted[i]!);
      distance = Math.max(distance, Math.abs(p - i / sorted.length), Math.abs(p - (i + 1) / sorted.length));
    }
    expect(distance).toBeLessThan(1.95 / Math.sqrt(sorted.length));
    // Beyond 4.5 sd, where the tail method alone reaches.
    const far = z.filter((x) => Math.abs(x) > 4.5).length;
    expect(far).toBeGreaterThan(0);
    expect(Math.abs(far - 2 * (1 - Phi(4.5)) * z.length)).toBeLessThan(5 * Math.sqrt(2 * (1 - Phi(4.5)) * z.length) + 1);
  });

  it("give the same draws whatever the chunk size, rejections included", () => {
    for (const uncertainty of [
      { distribution: "normal", mean: 0, sd: 1 },
      { distribution: "lognormal", low: 2, high: 8 },
      { distribution: "triangular", low: 8, mode: 14, high: 16 },
    ] as const) {
      const whole = draws(uncertainty, 5000, 5000);
      expect(draws(uncertainty, 5000, 7)).toEqual(whole);
      expect(draws(uncertainty, 5000, 1)).toEqual(whole);
    }
  });
});
