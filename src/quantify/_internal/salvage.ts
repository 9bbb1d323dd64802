/**
 * A stand-in for a value case whose shape failed, so that its integrity checks (names, references,
 * formulas, cycles, units, timing) still run and every problem is reported in one run: each element
 * that parses is kept as it is; a bad field is dropped when optional or replaced by a harmless stub;
 * an element beyond repair becomes a stub under its own id, so formulas naming it still resolve.
 * Problems the stubs themselves could cause are filtered out by {@link salvagedIssues}.
 */
import type * as z from "zod";
import type { IssuePath, ValueframeIssue } from "../../errors/ValueframeError.js";
import { isRecord } from "../../_internal/isRecord.js";
import { alternativeSchema, driverSchema, lineSchema, quantitySchema, scenarioSchema, valueCaseSchema } from "../schema.js";
import type { ValueCase } from "../schema.js";

/** A schema-valid case built from what parsed, and the paths whose values are stand-ins. */
export interface SalvagedCase {
  readonly valueCase: ValueCase;
  readonly patched: readonly IssuePath[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface ElementKind {
  readonly schema: z.ZodType;
  /** Required fields given harmless values; every other bad field is dropped. */
  readonly stub: (id: string) => Record<string, unknown>;
  readonly hasUnit?: boolean;
}

// Stubs are valid input that adds no problem of its own: a zero driver, a zero once-off line.
const elements: { readonly [K in "drivers" | "quantities" | "lines" | "alternatives" | "scenarios"]: ElementKind } = {
  drivers: { schema: driverSchema, stub: (id) => ({ id, value: 0, provenance: { kind: "assumption" } }), hasUnit: true },
  quantities: { schema: quantitySchema, stub: (id) => ({ id, formula: "0" }), hasUnit: true },
  lines: { schema: lineSchema, stub: (id) => ({ id, kind: "benefit", amount: "0", recurrence: "once" }), hasUnit: true },
  // Two options no other alternative or frame names, so the stub adds no duplicate or dangling option.
  alternatives: { schema: alternativeSchema, stub: (id) => ({ id, options: [`${id}_a`, `${id}_b`] }) },
  scenarios: { schema: scenarioSchema, stub: (id) => ({ id }) },
};

// Permissive stand-ins for bad top-level fields: the longest horizon hides no line's start.
const scalarStubs: Readonly<Record<string, unknown>> = { name: "case", currency: "XXX", period: "year", horizon: 1200, discountRate: 0 };

/** The stand-in case, or undefined when the input is not an object at all. */
export function salvageCase(input: unknown): SalvagedCase | undefined {
  if (!isRecord(input)) return undefined;
  const patched: IssuePath[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(valueCaseSchema.shape) as [string, z.ZodType][]) {
    const value = input[key];
    if (key in elements) {
      const kind = elements[key as keyof typeof elements];
      if (value === undefined) continue;
      if (!Array.isArray(value)) {
        patched.push([key]);
        out[key] = [];
        continue;
      }
      out[key] = value.map((item: unknown, i) => salvageElement(kind, item, [key, i], patched));
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else {
      patched.push([key]);
      if (key in scalarStubs) out[key] = schema.parse(scalarStubs[key]);
    }
  }
  if (!Array.isArray(out["drivers"])) out["drivers"] = [];
  if (!Array.isArray(out["lines"])) out["lines"] = [];
  return { valueCase: out as ValueCase, patched };
}

/** One element as parsed, with bad fields dropped or stubbed; a stub under its id when that is not enough. */
function salvageElement(kind: ElementKind, item: unknown, path: IssuePath, patched: IssuePath[]): unknown {
  const first = kind.schema.safeParse(item);
  if (first.success) return first.data;
  const rawId = isRecord(item) ? item["id"] : undefined;
  const id = typeof rawId === "string" && IDENTIFIER.test(rawId) ? rawId : `_invalid_${path.join("_")}`;
  const stub = kind.stub(id);
  // A stub keeps the unit as written, so formulas over it are unit-checked as they will be.
  const unit = isRecord(item) ? item["unit"] : undefined;
  if (kind.hasUnit === true && typeof unit === "string") stub["unit"] = unit;
  if (isRecord(item)) {
    const repaired: Record<string, unknown> = { ...item };
    const bad = new Set<string>();
    for (const issue of first.error.issues) {
      const key = issue.path[0];
      if (typeof key === "string") bad.add(key);
      else if (issue.code === "unrecognized_keys") for (const extra of issue.keys) delete repaired[extra];
    }
    // A driver's uncertainty is checked against its value, so a stubbed value takes its range along.
    if (bad.has("value") && "uncertainty" in repaired) bad.add("uncertainty");
    for (const key of bad) {
      if (key in stub) repaired[key] = stub[key];
      else delete repaired[key];
      patched.push([...path, key]);
    }
    const second = kind.schema.safeParse(repaired);
    if (second.success) return second.data;
  }
  // What the checks find at the stub's own values is the stub's; at its id (a duplicate) it is real.
  for (const key of Object.keys(stub)) if (key !== "id") patched.push([...path, key]);
  const whole = kind.schema.safeParse(stub);
  if (whole.success) return whole.data;
  delete stub["unit"];
  return kind.schema.parse(stub);
}

/** Whether a path is at or under a stand-in value. */
export function patchedTest(patched: readonly IssuePath[]): (path: IssuePath) => boolean {
  return (path) => patched.some((stub) => stub.length <= path.length && stub.every((part, i) => path[i] === part));
}

/**
 * The integrity problems of the stand-in case that belong to the input: none at or under a stubbed
 * path, no unit problem when the currency or period is a stand-in, no unknown name when a whole list of
 * names was unreadable.
 */
export function salvagedIssues(issues: readonly ValueframeIssue[], patched: readonly IssuePath[]): ValueframeIssue[] {
  const isPatched = patchedTest(patched);
  const unitsUnknown = patched.some((path) => path.length === 1 && (path[0] === "currency" || path[0] === "period"));
  const namesUnknown = patched.some((path) => path.length === 1 && (path[0] === "drivers" || path[0] === "quantities"));
  return issues.filter((issue) => {
    if (isPatched(issue.path)) return false;
    if (unitsUnknown && issue.code === "unit_mismatch") return false;
    if (namesUnknown && issue.code === "unknown_name") return false;
    return true;
  });
}
