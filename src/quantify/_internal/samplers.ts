/**
 * Float64 samplers for the driver distributions, filling typed arrays chunk by chunk. Inverse transform
 * for uniform, triangular, normal and lognormal (Φ⁻¹ by AS 241), Marsaglia–Tsang gammas for the beta
 * behind PERT. Simulation only; exact figures never pass through here.
 */
import type { Driver } from "../schema.js";
import { lognormalParams, modeOf } from "./distributions.js";
import { driverScale } from "./model.js";
import { normalQuantile } from "./normal.js";
import type { Rng } from "./rng.js";

/** Fills `out[0…n)` with the next `n` draws of a driver's stream. */
export type Sampler = (out: Float64Array, n: number) => void;

/** A sampler for a driver (constant when it is certain), in the units formulas see ("%" as fractions). */
export function samplerFor(driver: Driver, rng: Rng): Sampler {
  const scale = driverScale(driver).toNumber();
  const u = driver.uncertainty;
  if (u === undefined) {
    const value = driver.value.toNumber() * scale;
    return (out, n) => out.fill(value, 0, n);
  }
  switch (u.distribution) {
    case "uniform": {
      const low = u.low.toNumber() * scale;
      const width = u.high.toNumber() * scale - low;
      return (out, n) => {
        rng.fill(out, n);
        for (let i = 0; i < n; i++) out[i] = low + width * (out[i] as number);
      };
    }
    case "triangular": {
      const low = u.low.toNumber() * scale;
      const high = u.high.toNumber() * scale;
      const mode = modeOf(driver, u).toNumber() * scale;
      const width = high - low;
      const cut = (mode - low) / width;
      const left = width * (mode - low);
      const right = width * (high - mode);
      return (out, n) => {
        rng.fill(out, n);
        for (let i = 0; i < n; i++) {
          const p = out[i] as number;
          out[i] = p < cut ? low + Math.sqrt(p * left) : high - Math.sqrt((1 - p) * right);
        }
      };
    }
    case "pert": {
      const low = u.low.toNumber() * scale;
      const high = u.high.toNumber() * scale;
      const mode = modeOf(driver, u).toNumber() * scale;
      const lambda = u.lambda === undefined ? 4 : u.lambda.toNumber();
      const alpha = 1 + (lambda * (mode - low)) / (high - low);
      const beta = 1 + (lambda * (high - mode)) / (high - low);
      const gammaA = gammaSampler(alpha, rng);
      const gammaB = gammaSampler(beta, rng);
      const width = high - low;
      return (out, n) => {
        for (let i = 0; i < n; i++) {
          const x = gammaA();
          out[i] = low + (width * x) / (x + gammaB());
        }
      };
    }
    case "normal": {
      const mean = (u.mean ?? driver.value).toNumber() * scale;
      const sd = u.sd.toNumber() * scale;
      return (out, n) => {
        rng.fill(out, n);
        for (let i = 0; i < n; i++) out[i] = mean + sd * normalQuantile(out[i] as number);
      };
    }
    case "lognormal": {
      const { mu, sigma } = lognormalParams(u.low, u.high);
      const m = mu.toNumber();
      const s = sigma.toNumber();
      return (out, n) => {
        rng.fill(out, n);
        for (let i = 0; i < n; i++) out[i] = Math.exp(m + s * normalQuantile(out[i] as number)) * scale;
      };
    }
  }
}

/** Gamma(shape, 1) draws by Marsaglia–Tsang (shape ≥ 1; smaller shapes boosted by u^(1/shape)). */
function gammaSampler(shape: number, rng: Rng): () => number {
  const boost = shape < 1;
  const a = boost ? shape + 1 : shape;
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const normal = (): number => normalQuantile(rng.next());
  return () => {
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = rng.next();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        const g = d * v;
        return boost ? g * rng.next() ** (1 / shape) : g;
      }
    }
  };
}
