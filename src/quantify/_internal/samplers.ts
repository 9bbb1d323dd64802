/**
 * Float64 samplers for the driver distributions, filling typed arrays chunk by chunk from a driver's
 * stream, one 32-bit number per draw: inverse transform for uniform and triangular, the ziggurat for
 * normal and lognormal (its rare rejections draw from a spare stream), Marsaglia–Tsang gammas for the
 * beta behind PERT. Simulation only; exact figures never pass through here.
 */
import type { Driver } from "../schema.js";
import { lognormalParams, modeOf } from "./distributions.js";
import { driverScale } from "./model.js";
import { fillNormal, normalQuantile } from "./normal.js";
import { uniformOf } from "./rng.js";
import type { Rng } from "./rng.js";

/** Fills `out[0…n)` with the next `n` draws of a driver's stream. */
export type Sampler = (out: Float64Array, n: number) => void;

/**
 * A sampler for a driver (constant when it is certain), in the units formulas see ("%" as fractions).
 * `spare` gives the driver's second stream, made on first use (only normal and lognormal draws need it).
 */
export function samplerFor(driver: Driver, rng: Rng, spare: () => Rng): Sampler {
  const scale = driverScale(driver).toNumber();
  const u = driver.uncertainty;
  if (u === undefined) {
    const value = driver.value.toNumber() * scale;
    return (out, n) => out.fill(value, 0, n);
  }
  // The stream's numbers for a chunk, as raw bits.
  let bits = new Int32Array(0);
  const draw = (n: number): Int32Array => {
    if (bits.length < n) bits = new Int32Array(n);
    rng.fillBits(bits, n);
    return bits;
  };
  switch (u.distribution) {
    case "uniform": {
      const low = u.low.toNumber() * scale;
      const width = u.high.toNumber() * scale - low;
      return (out, n) => {
        const b = draw(n);
        for (let i = 0; i < n; i++) out[i] = low + width * uniformOf(b[i] as number);
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
        const b = draw(n);
        for (let i = 0; i < n; i++) {
          const p = uniformOf(b[i] as number);
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
      return (out, n) => fillNormal(out, draw(n), n, spare, mean, sd);
    }
    case "lognormal": {
      const { mu, sigma } = lognormalParams(u.low, u.high);
      const m = mu.toNumber();
      const s = sigma.toNumber();
      return (out, n) => {
        fillNormal(out, draw(n), n, spare, m, s);
        for (let i = 0; i < n; i++) out[i] = Math.exp(out[i] as number) * scale;
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
