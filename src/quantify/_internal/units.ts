/**
 * A small unit algebra over declared unit strings ("CNY", "CNY/day", "day", "%", "1").
 *
 * A unit is a product of named base units with integer exponents. "1" and "%" are dimensionless ("%"
 * only changes how a value is written: 6 % is 0.06). Addition, comparison, min/max and conditional
 * branches need equal units; multiplication and division combine them. A bare number takes the unit of
 * what it is added to or compared with, and is dimensionless in a product.
 */

/** A canonical unit: base name → non-zero exponent, sorted by name. */
export type Dims = ReadonlyMap<string, number>;

/** What the checker knows about a sub-expression's unit. */
export type UnitInfo =
  | { readonly kind: "known"; readonly dims: Dims }
  /** No unit was declared somewhere below: nothing is checked. */
  | { readonly kind: "unknown" }
  /** A bare number: adopts the unit of its partner in a sum or comparison. */
  | { readonly kind: "literal" };

export const UNKNOWN: UnitInfo = Object.freeze({ kind: "unknown" });
export const LITERAL: UnitInfo = Object.freeze({ kind: "literal" });
export const DIMENSIONLESS: UnitInfo = Object.freeze({ kind: "known", dims: new Map<string, number>() });

const TERM = /^([A-Za-z_][A-Za-z0-9_]*)(?:\^(-?\d+))?$/;

/** Parses a declared unit string; returns a reason string when it cannot. */
export function parseUnit(text: string): Dims | string {
  const trimmed = text.trim();
  if (trimmed === "" ) return "a unit cannot be empty (write \"1\" for a plain number)";
  const dims = new Map<string, number>();
  for (const { term, sign } of unitTerms(trimmed)) {
    if (term === "1" || term === "%") continue;
    const match = TERM.exec(term);
    if (match === null) {
      return `"${text}" is not a unit: write base units joined by * and /, e.g. "CNY/day" (bad part "${term}")`;
    }
    const name = match[1] as string;
    const exponent = sign * (match[2] === undefined ? 1 : Number(match[2]));
    dims.set(name, (dims.get(name) ?? 0) + exponent);
  }
  return normalise(dims);
}

/** True when a declared unit string is a percentage (values are written ×100). */
export function isPercentUnit(text: string | undefined): boolean {
  return text !== undefined && text.trim() === "%";
}

/**
 * How many "%" a unit string multiplies by, less those it divides by: 1 for "%" and "%/year", 0 for
 * "CNY/day". A value written in the unit is its plain value × 100 to that power.
 */
export function percentPower(text: string): number {
  return unitTerms(text.trim()).reduce((power, { term, sign }) => (term === "%" ? power + sign : power), 0);
}

/** The terms of a unit string with the sign of their exponent: "CNY/day" → CNY +1, day −1. */
function unitTerms(text: string): { term: string; sign: 1 | -1 }[] {
  const parts = text.split(/\s*([*/])\s*/);
  const terms: { term: string; sign: 1 | -1 }[] = [];
  for (let i = 0; i < parts.length; i += 2) terms.push({ term: parts[i] ?? "", sign: i === 0 || parts[i - 1] === "*" ? 1 : -1 });
  return terms;
}

function normalise(dims: Map<string, number>): Dims {
  const sorted = [...dims.entries()].filter(([, exp]) => exp !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted);
}

/** Multiplies (sign 1) or divides (sign −1) two units. */
export function combine(a: UnitInfo, b: UnitInfo, sign: 1 | -1): UnitInfo {
  if (a.kind === "unknown" || b.kind === "unknown") return UNKNOWN;
  if (a.kind === "literal" && b.kind === "literal") return LITERAL;
  const out = new Map<string, number>(a.kind === "known" ? a.dims : []);
  if (b.kind === "known") for (const [name, exp] of b.dims) out.set(name, (out.get(name) ?? 0) + sign * exp);
  return { kind: "known", dims: normalise(out) };
}

/** Raises a unit to an integer power. */
export function power(a: UnitInfo, exponent: number): UnitInfo {
  if (a.kind !== "known") return a;
  const out = new Map<string, number>();
  for (const [name, exp] of a.dims) out.set(name, exp * exponent);
  return { kind: "known", dims: normalise(out) };
}

/** The unit of a square root, or undefined when an exponent is odd. */
export function root(a: UnitInfo): UnitInfo | undefined {
  if (a.kind !== "known") return a;
  const out = new Map<string, number>();
  for (const [name, exp] of a.dims) {
    if (exp % 2 !== 0) return undefined;
    out.set(name, exp / 2);
  }
  return { kind: "known", dims: out };
}

/** True when a unit is dimensionless (or unchecked). */
export function isDimensionless(a: UnitInfo): boolean {
  return a.kind !== "known" || a.dims.size === 0;
}

/** The common unit of two operands of a sum or comparison, or undefined when they differ. */
export function unify(a: UnitInfo, b: UnitInfo): UnitInfo | undefined {
  if (a.kind === "unknown" || b.kind === "unknown") return UNKNOWN;
  if (a.kind === "literal") return b;
  if (b.kind === "literal") return a;
  return sameDims(a.dims, b.dims) ? a : undefined;
}

/** True when two canonical units are equal. */
export function sameDims(a: Dims, b: Dims): boolean {
  if (a.size !== b.size) return false;
  for (const [name, exp] of a) if (b.get(name) !== exp) return false;
  return true;
}

/** Formats a unit canonically: "CNY/day", "CNY*day", "1/day", "1". */
export function formatDims(dims: Dims): string {
  const up: string[] = [];
  const down: string[] = [];
  for (const [name, exp] of dims) {
    const abs = Math.abs(exp);
    const term = abs === 1 ? name : `${name}^${abs}`;
    (exp > 0 ? up : down).push(term);
  }
  const top = up.length === 0 ? "1" : up.join("*");
  return down.length === 0 ? top : `${top}/${down.join("/")}`;
}

/** Formats what the checker knows, for messages. */
export function describeUnit(unit: UnitInfo): string {
  if (unit.kind === "unknown") return "an undeclared unit";
  if (unit.kind === "literal") return "a plain number";
  return formatDims(unit.dims);
}
