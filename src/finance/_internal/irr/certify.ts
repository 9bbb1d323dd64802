/**
 * A conventional root's digits: the proved enclosure of the root in x, turned into the rate rounded to
 * 32 significant digits of 1 + r (the solver's precision) only when every point of the enclosure rounds
 * to the same digits; otherwise `undefined`, and the caller uses the general solver.
 */
import { Dec } from "../../../numeric/decimal.js";
import type { Decimal } from "../../../numeric/decimal.js";
import { enclose } from "./enclosure.js";
import { fixed144, fixed144PowScaled, fixed144ToBigInt, fixed144ToNumber } from "./fixed144.js";
import type { FoundRoot } from "./foundRoot.js";
import type { HornerForm } from "./hornerForm.js";

/** 10^k as BigInts, k < 64. */
const POW10 = Array.from({ length: 64 }, (_, k) => 10n ** BigInt(k));

/** Stages 2 and 3 from x = e^(-s/m), then the rate's digits. */
export function certify(form: HornerForm, m: number, s: number): FoundRoot | undefined {
  const x2 = enclose(form, Math.exp(-s / m));
  if (x2 === undefined) return undefined;
  const rate = roundedRate(x2.x, x2.radius, form.aForm, m);
  return rate === undefined ? undefined : { rate, approx: Math.expm1(form.aForm ? s : -s), multiplicity: 1 };
}

/**
 * 1 + r = x^(-m) (A form) or x^m (B form) for the root x within `radius` of `x2`, as the rate with 32
 * significant digits of 1 + r rounded half up, when every point of the interval rounds alike (and
 * rounding to 40 digits first would not change that); otherwise `undefined`.
 */
function roundedRate(x2: number[], radius: number, aForm: boolean, m: number): Decimal | undefined {
  const tmp = fixed144();
  // q · 2^-shift = x2^m with q in [1/2, 1) and a relative error below 1.001·(m − 1)·2^-142.
  const q = fixed144();
  const shift = fixed144PowScaled(x2, m, q);
  if (Number.isNaN(shift)) return undefined;
  // Relative width of x*^m: powering error + m·radius/x (x^(m−1) over x^m, times 1.01 for x ≠ x2).
  const relative = (m - 1) * 1.001 * 2 ** -142 + (1.01 * m * radius) / fixed144ToNumber(x2, tmp);
  const qv = fixed144ToNumber(q, tmp);
  const growth = aForm ? 2 ** shift / qv : qv * 2 ** -shift;
  if (!(growth > 1e-30 && growth < 1e30 && relative < 1e-30)) return undefined;
  // The exponent of 1 + r decides how many decimals the rate keeps; stay clear of powers of ten.
  const e10 = Math.floor(Math.log10(growth));
  const power = 10 ** e10;
  if (!(growth > power * (1 + 1e-12) && growth < 10 * power * (1 - 1e-12))) return undefined;
  const d = Math.max(0, 31 - e10);
  const scale = POW10[d]!;
  const qb = fixed144ToBigInt(q);
  const bits = BigInt(144 + shift);
  let whole: bigint;
  let frac: number;
  if (aForm) {
    const numerator = scale << bits;
    whole = numerator / qb;
    frac = Number(numerator - whole * qb) / Number(qb);
  } else {
    const product = scale * qb;
    whole = product >> bits;
    frac = Number(product - (whole << bits)) * 2 ** -(144 + shift);
  }
  // A tie lies where frac = 1/2; 1e-8 more keeps clear of a tie after a first rounding to 40 digits.
  const spread = Number(whole) * relative * 1.000001;
  if (!(Math.abs(frac - 0.5) > spread + 1e-8)) return undefined;
  const digits = frac > 0.5 ? whole + 1n : whole;
  const rate = new Dec(`${(digits - scale).toString()}e-${d}`);
  // Within 1e-9 of -100 % the rate has more decimals than the Decimal precision keeps.
  return d > Dec.precision ? rate.toSignificantDigits(Dec.precision) : rate;
}
