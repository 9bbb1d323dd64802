/**
 * Monte Carlo speed: `simulate` on a generated case with 50 uncertain drivers (uniform, triangular,
 * normal), 48 formulas (30 quantities, 10 line amounts, 8 scope factors) and 10 value lines over 5 years,
 * at 100,000 iterations (smoke: 2,000). Times are CPU time (the machine is shared; see _measure.mjs), in
 * 11 paired rounds that time simulate and both baselines one after another; each figure is the ratio of
 * the best rounds, printed with its spread over the rounds. The baselines run in this process on the
 * same case:
 * - mathjs: the same formulas compiled once with mathjs `compile()` and evaluated per iteration with
 *   `evaluate(scope)` (number mode), sampling, NPV and payback computed alike; timed on 20,000
 *   iterations and scaled linearly to the full count (target: simulate ≥ 20× faster);
 * - a hand-written typed-array loop: the same sfc32 streams and sampling (inverse transform, the
 *   ziggurat for normals), the formulas written out in JavaScript, NPV, payback and percentiles from
 *   sorted results (simulate selects its percentiles instead; target: ≤ 1.1×).
 */
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { all, create } from "mathjs";
import { cpuClock, formatRatio, ratioOf, rounds } from "./_measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { defineValueCase, simulate } = await import(pathToFileURL(join(root, "dist", "quantify", "index.js")).href);

const DRIVERS = 50;
const LINES = 10;
const HORIZON = 5;
const RATE = 0.08;

/** Driver k: uniform, triangular or normal around a value between 10 and 59. */
function driverSpec(k) {
  const value = 10 + ((k * 37) % 50);
  const kind = ["uniform", "triangular", "normal"][k % 3];
  if (kind === "uniform") return { kind, low: value * 0.8, high: value * 1.2, value };
  if (kind === "triangular") return { kind, low: value * 0.7, high: value * 1.1, value };
  return { kind, mean: value, sd: value * 0.1, value };
}

/**
 * Line l uses drivers a…e = d5l…d5l+4 through three quantities, q = a × b ÷ 100 × (1 + c ÷ 100) − d × e ÷ 10,
 * and benefits carry a scope factor 1 + c ÷ 200: about one formula per driver, as in the distributor case.
 */
const QUANTITIES = (l) => {
  const [a, b, c, d, e] = [0, 1, 2, 3, 4].map((j) => `d${5 * l + j}`);
  return [
    { id: `v${l}`, formula: `${a} * ${b} / 100` },
    { id: `w${l}`, formula: `v${l} * (1 + ${c} / 100)` },
    { id: `q${l}`, formula: `w${l} - ${d} * ${e} / 10` },
  ];
};
const FACTOR = (l) => `1 + d${5 * l + 2} / 200`;

/** Lines 0–7: benefits a year from year 1, ramped up 1/2 then full, 90 % likely; 8: an up-front cost; 9: a yearly cost. */
function lineSpec(l) {
  if (l < 8) {
    return { id: `l${l}`, kind: "benefit", amount: `q${l} * 1000`, recurrence: "recurring", rampUp: { type: "linear", periods: 2 }, probability: "0.9",
      extension: [{ label: "scope", factor: FACTOR(l), over: "scope" }] };
  }
  if (l === 8) return { id: "l8", kind: "cost", amount: "q8 * 20000", recurrence: "once" };
  return { id: "l9", kind: "cost", amount: "q9 * 500", recurrence: "recurring" };
}

export function generateCase() {
  return {
    name: "generated: 50 uncertain drivers", currency: "EUR", period: "year", horizon: HORIZON, discountRate: String(RATE),
    drivers: Array.from({ length: DRIVERS }, (_, k) => {
      const s = driverSpec(k);
      const uncertainty = s.kind === "normal"
        ? { distribution: "normal", sd: String(s.sd) }
        : { distribution: s.kind, low: String(s.low), high: String(s.high) };
      return { id: `d${k}`, value: String(s.value), provenance: { kind: "assumption" }, uncertainty };
    }),
    quantities: Array.from({ length: LINES }, (_, l) => QUANTITIES(l)).flat(),
    lines: Array.from({ length: LINES }, (_, l) => lineSpec(l)),
  };
}

/** Period weights and sign × probability of each line, as the case states them. */
const WEIGHTS = Array.from({ length: LINES }, (_, l) =>
  l < 8 ? [0, 0.5, 1, 1, 1, 1] : l === 8 ? [1, 0, 0, 0, 0, 0] : [0, 1, 1, 1, 1, 1]);
/** Each formula's factor × probability × sign, for the hand loop that computes q alone. */
const SCALE = Array.from({ length: LINES }, (_, l) => (l < 8 ? 0.9 * 1000 : l === 8 ? -20000 : -500));
const PV = WEIGHTS.map((w) => w.reduce((sum, x, t) => sum + x / (1 + RATE) ** t, 0));

// sfc32 streams seeded as valueframe does (splitmix32 of seed ^ (stream + 1) × 0x2545f491, 12 numbers
// skipped), read as valueframe reads them: 32 bits at a time into an Int32Array, the state in int32 locals.
function stream(seed, index) {
  let s = (seed ^ Math.imul(index + 1, 0x2545f491)) >>> 0;
  const mix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = mix() | 0, b = mix() | 0, c = mix() | 0, d = 1;
  const bits = (out, n) => {
    let sa = a, sb = b, sc = c, sd = d;
    for (let i = 0; i < n; i++) {
      const t = (((sa + sb) | 0) + sd) | 0;
      sd = (sd + 1) | 0;
      sa = sb ^ (sb >>> 9);
      sb = (sc + (sc << 3)) | 0;
      sc = (sc << 21) | (sc >>> 11);
      sc = (sc + t) | 0;
      out[i] = t;
    }
    a = sa; b = sb; c = sc; d = sd;
  };
  bits(new Int32Array(12), 12);
  return bits;
}
const uniformOf = (bits) => ((bits >>> 0) + 0.5) * 2 ** -32;

// Normal draws by the ziggurat, as valueframe makes them: 256 layers (Marsaglia and Tsang), layer from the
// low 8 bits, position from the high 24; rejections draw from the spare stream −1 − k.
const R = 3.6541528853610088, V = 0.004928673233974655, UNIT = 2 ** 23;
const f = (x) => Math.exp(-0.5 * x * x);
const INSIDE = new Int32Array(256), WIDTH = new Float64Array(256), DENSITY = new Float64Array(256);
INSIDE[0] = Math.floor((R / (V / f(R))) * UNIT);
WIDTH[0] = V / f(R) / UNIT;
WIDTH[255] = R / UNIT;
DENSITY[0] = 1;
DENSITY[255] = f(R);
for (let i = 254, x = R; i >= 1; i--) {
  const above = Math.sqrt(-2 * Math.log(V / x + f(x)));
  INSIDE[i + 1] = Math.floor((above / x) * UNIT);
  x = above;
  DENSITY[i] = f(x);
  WIDTH[i] = x / UNIT;
}
function normalEdge(layer, position, spare) {
  const one = new Int32Array(1);
  const next = () => { spare(one, 1); return one[0]; };
  for (;;) {
    const x = position * WIDTH[layer];
    if (layer === 0) {
      let t, y;
      do { t = -Math.log(uniformOf(next())) / R; y = -Math.log(uniformOf(next())); } while (y + y < t * t);
      return position > 0 ? R + t : -R - t;
    }
    if (DENSITY[layer] + uniformOf(next()) * (DENSITY[layer - 1] - DENSITY[layer]) < Math.exp(-0.5 * x * x)) return x;
    const j = next();
    layer = j & 255;
    position = j >> 8;
    if (Math.abs(position) < INSIDE[layer]) return position * WIDTH[layer];
  }
}

/** A sampler filling draws of driver k into `out`: inverse transform, or the ziggurat for normals. */
function sampler(k, seed) {
  const s = driverSpec(k);
  const fill = stream(seed, k);
  let spare;
  let bits = new Int32Array(0);
  const draw = (n) => { if (bits.length < n) bits = new Int32Array(n); fill(bits, n); return bits; };
  if (s.kind === "uniform") {
    const width = s.high - s.low;
    return (out, n) => { const bits = draw(n); for (let i = 0; i < n; i++) out[i] = s.low + width * uniformOf(bits[i]); };
  }
  if (s.kind === "triangular") {
    const width = s.high - s.low, cut = (s.value - s.low) / width, left = width * (s.value - s.low), right = width * (s.high - s.value);
    return (out, n) => {
      const bits = draw(n);
      for (let i = 0; i < n; i++) {
        const p = uniformOf(bits[i]);
        out[i] = p < cut ? s.low + Math.sqrt(p * left) : s.high - Math.sqrt((1 - p) * right);
      }
    };
  }
  return (out, n) => {
    const bits = draw(n);
    for (let i = 0; i < n; i++) {
      const j = bits[i], layer = j & 255, position = j >> 8;
      const z = Math.abs(position) < INSIDE[layer] ? position * WIDTH[layer] : normalEdge(layer, position, (spare ??= stream(seed, -1 - k)));
      out[i] = s.mean + s.sd * z;
    }
  };
}

/** Payback of one iteration from its signed line amounts (period weights as the case states them). */
function paybackOf(amounts, i) {
  let cumulative = 0, everNegative = false;
  for (let t = 0; t <= HORIZON; t++) {
    let flow = 0;
    for (let l = 0; l < LINES; l++) flow += amounts[l][i] * WEIGHTS[l][t];
    const before = cumulative;
    cumulative += flow;
    if (cumulative < 0) everNegative = true;
    else if (before < 0) return t - 1 + -before / flow;
  }
  return everNegative ? NaN : 0;
}

/** The hand-written loop: chunks of typed arrays, formulas written out. Returns the mean NPV. */
export function handLoop(iterations, seed) {
  const size = Math.min(8192, iterations);
  const draws = Array.from({ length: DRIVERS }, () => new Float64Array(size));
  const samplers = Array.from({ length: DRIVERS }, (_, k) => sampler(k, seed));
  const amounts = Array.from({ length: LINES }, () => new Float64Array(size));
  const npv = new Float64Array(iterations);
  const payback = new Float64Array(iterations);
  for (let offset = 0; offset < iterations; offset += size) {
    const n = Math.min(size, iterations - offset);
    for (let k = 0; k < DRIVERS; k++) samplers[k](draws[k], n);
    for (let l = 0; l < LINES; l++) {
      const [a, b, c, d, e] = draws.slice(5 * l, 5 * l + 5);
      const out = amounts[l], scale = SCALE[l];
      if (l < 8) for (let i = 0; i < n; i++) out[i] = ((a[i] * b[i]) / 100 * (1 + c[i] / 100) - (d[i] * e[i]) / 10) * scale * (1 + c[i] / 200);
      else for (let i = 0; i < n; i++) out[i] = ((a[i] * b[i]) / 100 * (1 + c[i] / 100) - (d[i] * e[i]) / 10) * scale;
    }
    for (let i = 0; i < n; i++) {
      let value = 0;
      for (let l = 0; l < LINES; l++) value += amounts[l][i] * PV[l];
      npv[offset + i] = value;
      payback[offset + i] = paybackOf(amounts, i);
    }
  }
  const mean = npv.reduce((a, b) => a + b, 0) / iterations;
  npv.sort();
  payback.sort();
  return mean;
}

/**
 * mathjs `compile().evaluate(scope)` per iteration, on the same draws (sampled inside the timed loop, as
 * simulate samples inside its own). Building the instance and compiling happen before the returned loop,
 * which is what gets timed; it returns the mean NPV.
 */
export function mathjsLoop(iterations, seed) {
  const math = create(all);
  const quantities = Array.from({ length: LINES }, (_, l) => QUANTITIES(l)).flat().map((q) => ({ id: q.id, code: math.compile(q.formula) }));
  const compiled = Array.from({ length: LINES }, (_, l) => math.compile(lineSpec(l).amount));
  const factors = Array.from({ length: 8 }, (_, l) => math.compile(FACTOR(l)));
  const names = Array.from({ length: DRIVERS }, (_, k) => `d${k}`);
  return () => {
    const draws = Array.from({ length: DRIVERS }, () => new Float64Array(iterations));
    for (let k = 0; k < DRIVERS; k++) sampler(k, seed)(draws[k], iterations);
    const npv = new Float64Array(iterations);
    const payback = new Float64Array(iterations);
    const amounts = Array.from({ length: LINES }, () => new Float64Array(1));
    const scope = {};
    for (let i = 0; i < iterations; i++) {
      for (let k = 0; k < DRIVERS; k++) scope[names[k]] = draws[k][i];
      for (const q of quantities) scope[q.id] = q.code.evaluate(scope);
      let value = 0;
      for (let l = 0; l < LINES; l++) {
        // The formula has the × 1000, × 20000 or × 500; benefits carry their scope factor and probability.
        amounts[l][0] = l < 8 ? compiled[l].evaluate(scope) * factors[l].evaluate(scope) * 0.9 : -compiled[l].evaluate(scope);
        value += amounts[l][0] * PV[l];
      }
      npv[i] = value;
      payback[i] = paybackOf(amounts, 0);
    }
    const mean = npv.reduce((a, b) => a + b, 0) / iterations;
    npv.sort();
    payback.sort();
    return mean;
  };
}

export async function run({ smoke }) {
  const iterations = smoke ? 2000 : 100000;
  // mathjs runs about 20 µs an iteration: 20,000 of them take as long as several simulate calls.
  const subset = smoke ? 200 : 20000;
  const count = smoke ? 1 : 11;
  const valueCase = defineValueCase(generateCase());
  // Warm-up: three full-size runs each, so all are measured at steady state (optimised by the JIT, heap
  // grown); a first call in a fresh process is slower (about 1.5× for simulate here).
  const mathjsRun = mathjsLoop(subset, 1);
  for (let k = 0; k < 3; k++) {
    simulate(valueCase, { iterations, seed: 9 });
    handLoop(iterations, 9);
  }
  mathjsRun();

  // Paired rounds: the three one after another in each, so drift on a busy machine hits all alike.
  const timed = rounds({ sim: () => simulate(valueCase, { iterations, seed: 1 }), hand: () => handLoop(iterations, 1), mathjs: mathjsRun }, count);
  const { sim, hand } = timed;
  // mathjs scaled linearly from the subset to the full count.
  const mathjs = { best: (timed.mathjs.best * iterations) / subset, times: timed.mathjs.times.map((ms) => (ms * iterations) / subset) };
  const versusMathjs = ratioOf(mathjs, sim);
  const versusHand = ratioOf(sim, hand);

  // The three agree on the same draws: the hand loop copies valueframe's sampling stream for stream.
  const verdict = (ok, bad) => (smoke ? "(smoke size: not judged)" : ok ? "ok" : bad);
  const mean = sim.result.npv.mean.toNumber();
  const agree = Math.abs(mean - hand.result) <= 1e-9 * Math.abs(mean);
  console.log(`simulate, ${DRIVERS} uncertain drivers, ${iterations.toLocaleString("en")} iterations (${cpuClock}): ${sim.best.toFixed(0)} ms, ` +
    `${Math.min(...sim.times).toFixed(0)}–${Math.max(...sim.times).toFixed(0)} ms over ${count} round${count === 1 ? "" : "s"} (target < 1000 ms) ${verdict(sim.best < 1000, "OVER TARGET")}`);
  console.log(`mathjs compile().evaluate(scope) per iteration: ${timed.mathjs.best.toFixed(0)} ms for ${subset.toLocaleString("en")} iterations, ` +
    `scaled to ${mathjs.best.toFixed(0)} ms: simulate ${formatRatio(versusMathjs, count, 1)} faster (target ≥ 20×) ${verdict(versusMathjs.ratio >= 20, "UNDER TARGET")}`);
  console.log(`hand-written typed-array loop: ${hand.best.toFixed(0)} ms; simulate = ${formatRatio(versusHand, count)} it ` +
    `(target ≤ 1.1×) ${verdict(versusHand.ratio <= 1.1, "OVER TARGET")}`);
  console.log(`same draws: mean NPV ${mean.toFixed(2)} from simulate, ${hand.result.toFixed(2)} from the hand loop ${agree ? "(agree)" : "(DIFFER)"}`);
}
