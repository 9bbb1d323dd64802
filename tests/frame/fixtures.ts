/** A small valid frame input for tests, and helpers to break it at a given path. */

/** A fresh, valid frame input: one goal, one CSF, a CBI and a CPI, one solution, two values. */
export function sampleInput() {
  return {
    customer: { name: "Distributor", industry: "industrial distribution" },
    currency: "CNY",
    goals: [
      {
        id: "g-cash",
        name: "Operating cash flow +20 % this year",
        perspective: "financial",
        metric: "operating cash flow",
        unit: "M CNY",
        baseline: 40,
        target: "48",
        direction: "increase",
        deadline: "2026-12-31",
      },
    ],
    successFactors: [{ id: "csf-collection", name: "Collection rate", source: "industry", serves: ["g-cash"] }],
    issues: [
      {
        id: "cbi-dso",
        name: "Collection rate falling: DSO grew from 48 to 62 days",
        kind: "CBI",
        hurts: ["csf-collection"],
        tests: { importance: 5, hiddenness: 4, trend: 4 },
        cell: { level: "process", dimension: "management", aspect: "interface" },
      },
      {
        id: "cpi-sales-kpi",
        name: "Sales reps are not measured on collection",
        kind: "CPI",
        blocks: ["g-cash"],
        tests: { importance: 4, hiddenness: 5, trend: 4 },
        cell: { level: "job", dimension: "management", aspect: "consequences" },
      },
    ],
    solutions: [
      {
        id: "sol-c2c",
        name: "Credit-to-cash capability",
        addresses: ["cbi-dso", "cpi-sales-kpi"],
        approach: "resolve",
        level: "process",
        scores: { level: 4, linkage: 4, innovation: 3, risk: 3, timeliness: 5 },
        capabilities: ["customer risk scoring", "collection workflow"],
      },
    ],
    values: [
      {
        id: "v-wc",
        name: "Working capital released",
        kind: "financial",
        serves: "g-cash",
        solution: "sol-c2c",
        amount: 14000000,
        recurrence: "once",
        timing: { startsAfterMonths: 1, realisedWithinMonths: 6 },
        probability: 0.8,
      },
      {
        id: "v-process",
        name: "One order-to-cash process",
        kind: "non-financial",
        serves: "g-cash",
        amount: "every overdue invoice has an owner",
        timing: { startsAfterMonths: 0, realisedWithinMonths: 3 },
        probability: "0.9",
      },
    ],
  };
}

/** A solution input that gives only its grid cell (its level comes from the cell), resolving the issues named. */
export function cellOnlySolution(id: string, name: string, addresses: readonly string[], cell: { level: string; dimension: string; aspect?: string }) {
  return { id, name, addresses, approach: "resolve", cell, scores: { level: 2, linkage: 2, innovation: 2, risk: 2, timeliness: 4 } } as const;
}

type Path = readonly (string | number)[];

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return node as Record<string | number, unknown>;
}

/** A fresh sample input with the value at each path replaced (the key is added when missing). */
export function withValues(...changes: readonly [Path, unknown][]): unknown {
  const input: unknown = sampleInput();
  for (const [path, value] of changes) parentOf(input, path)[path[path.length - 1]!] = value;
  return input;
}

/** A fresh sample input with the keys at the given paths deleted. */
export function without(...paths: readonly Path[]): unknown {
  const input: unknown = sampleInput();
  for (const path of paths) delete parentOf(input, path)[path[path.length - 1]!];
  return input;
}

/** Calls fn and returns what it throws (fails the test when it does not throw). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

/** The sample plus loose ends: a goal nothing serves, a success factor no issue hurts, an unaddressed issue, a solution without value. */
export function richInput() {
  const input = sampleInput();
  const goal = input.goals[0]!;
  return {
    ...input,
    goals: [
      ...input.goals,
      { ...goal, id: "g-share", name: "Market share 15 %", perspective: "market", metric: "market share", unit: "%", baseline: 12, target: 15 },
      { ...goal, id: "g-engagement", name: "Employee satisfaction 80", perspective: "employee", metric: "survey score", unit: "points", baseline: 70, target: 80 },
    ],
    successFactors: [
      ...input.successFactors,
      { id: "csf-delivery", name: "On-time delivery", source: "industry", serves: ["g-share", "g-cash"] },
      { id: "csf-inventory", name: "Inventory turnover", source: "organizational", serves: ["g-cash"] },
    ],
    issues: [
      ...input.issues,
      {
        id: "cbi-stockouts",
        name: "Stock-outs delay key-account deliveries",
        kind: "CBI",
        hurts: ["csf-delivery"],
        tests: { importance: 4, hiddenness: 3, trend: 3 },
        cell: { level: "process", dimension: "design" },
      },
    ],
    solutions: [
      ...input.solutions,
      {
        id: "sol-factoring",
        name: "Receivables factoring",
        addresses: ["cbi-dso"],
        approach: "bypass",
        level: "organization",
        scores: { level: 3, linkage: 2, innovation: 2, risk: 2, timeliness: 5 },
      },
    ],
  };
}
