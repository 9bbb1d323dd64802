/**
 * Large made-up frames and BVFs for the diagram tests: 40+ elements with names of every length (short,
 * long, Chinese, hostile), linked at random from a fixed seed so every run draws the same pictures.
 */
import { defineBvf } from "../../../src/bvf/defineBvf.js";
import type { BvfInput } from "../../../src/bvf/schema.js";
import { defineFrame } from "../../../src/frame/defineFrame.js";
import type { FrameInput } from "../../../src/frame/frame.js";
import { prng } from "../../fixtures/calc/prng.mjs";

/** A seeded pseudo-random generator: numbers in [0, 1), the same every run. */
export const random = (seed: number): (() => number) => prng(seed);

const names = [
  "Cash",
  "Collection rate falling: DSO grew from 48 to 62 days while the sales force was measured on volume only",
  "库存周转天数从 95 天降到 70 天，释放营运资金",
  "Supercalifragilisticexpialidociousreceivablesreconciliationprogramme",
  "Credit-to-cash capability",
  "提升关键客户满意度",
  "On-time delivery to key accounts in the three eastern provinces",
  "ROI",
];

/** Picks `count` distinct items of `list`, at least one. */
function some<T>(next: () => number, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  for (let i = 0; i < Math.max(1, Math.min(count, pool.length)); i++) out.push(...pool.splice(Math.floor(next() * pool.length), 1));
  return out;
}

/** A frame of `goals + factors + issues + solutions + values` elements (6 + 8 + 12 + 8 + 8 = 42 by default). */
export function bigFrame(seed = 7, size = { goals: 6, factors: 8, issues: 12, solutions: 8, values: 8 }) {
  const next = random(seed);
  const name = (kind: string, i: number) => `${names[(i * 3 + kind.length) % names.length]} ${kind} ${i + 1}`;
  const goals = Array.from({ length: size.goals }, (_, i) => ({
    id: `g-${i}`, name: name("goal", i), perspective: "financial", metric: "metric", unit: "M CNY", baseline: 10 + i, target: 20 + i, direction: "increase", deadline: "2027-12-31",
  }));
  const factors = Array.from({ length: size.factors }, (_, i) => ({ id: `csf-${i}`, name: name("factor", i), source: "industry", serves: some(next, goals.map((g) => g.id), 1 + Math.floor(next() * 2)) }));
  const issues = Array.from({ length: size.issues }, (_, i) => {
    const blocks = i % 5 === 4 ? some(next, goals.map((g) => g.id), 1) : [];
    return {
      id: `cbi-${i}`, name: name("issue", i), kind: i % 2 === 0 && blocks.length === 0 ? "CBI" : "CPI", hurts: blocks.length > 0 ? [] : some(next, factors.map((f) => f.id), 1 + Math.floor(next() * 2)), blocks,
      tests: { importance: 4, hiddenness: 4, trend: 4 }, cell: { level: "process", dimension: "design" },
    };
  });
  const solutions = Array.from({ length: size.solutions }, (_, i) => ({
    id: `sol-${i}`, name: name("solution", i), addresses: some(next, issues.map((x) => x.id), 1 + Math.floor(next() * 3)), approach: i % 3 === 0 ? "bypass" : "resolve", level: "process",
    scores: { level: 3, linkage: 3, innovation: 3, risk: 3, timeliness: 3 },
  }));
  const values = Array.from({ length: size.values }, (_, i) => ({
    id: `v-${i}`, name: name("value", i), kind: "financial", serves: goals[Math.floor(next() * goals.length)]?.id, solution: solutions[i % solutions.length]?.id, amount: 1000000 * (i + 1),
    recurrence: "yearly", timing: { startsAfterMonths: 1, realisedWithinMonths: 6 }, probability: 0.8,
  }));
  const input = { customer: { name: "A large customer" }, currency: "CNY", goals, successFactors: factors, issues, solutions, values };
  return defineFrame(input as unknown as FrameInput);
}

/** A BVF of 5 + 10 + 20 + 12 = 47 nodes, some operational KPIs feeding others. */
export function bigBvf(seed = 11) {
  const next = random(seed);
  const name = (kind: string, i: number) => `${names[(i * 5 + kind.length) % names.length]} ${kind} ${i + 1}`;
  const executiveKpis = Array.from({ length: 5 }, (_, i) => ({ id: `e-${i}`, name: name("kpi", i), direction: "increase", expectedImprovement: String(5 + i), weight: "1" }));
  const intentions = Array.from({ length: 10 }, (_, i) => ({
    id: `i-${i}`, name: name("intention", i), serves: some(next, executiveKpis.map((k) => k.id), 1 + Math.floor(next() * 2)).map((id, n) => (n === 0 ? { id, elasticity: "0.3" } : { id })),
  }));
  const operationalKpis = Array.from({ length: 20 }, (_, i) => ({
    id: `o-${i}`, name: name("operational", i), function: "Finance", direction: "decrease",
    // Every fifth KPI feeds the KPI before it, so links within the level are drawn too.
    serves: i % 5 === 4 ? [{ id: `o-${i - 1}` }] : some(next, intentions.map((x) => x.id), 1 + Math.floor(next() * 2)).map((id) => ({ id })),
  }));
  const solutions = Array.from({ length: 12 }, (_, i) => ({
    id: `s-${i}`, name: name("solution", i), kind: "product", phase: 1 + (i % 3),
    serves: some(next, operationalKpis.map((k) => k.id), 1 + Math.floor(next() * 3)).map((id, n) => (n === 0 ? { id, improvement: String(10 + i) } : id)),
  }));
  return defineBvf({ name: "A large BVF", executiveKpis, intentions, operationalKpis, solutions } as unknown as BvfInput);
}
