/**
 * Validates BVF input in one linear pass and collects every problem with its path: shapes (zod, item by
 * item so one bad node does not hide the others), duplicate ids, dangling links (with a "did you mean"
 * hint when a node of the expected level has a close id), links to the wrong level or to pruned KPIs,
 * and cycles among operational KPIs.
 */
import type * as z from "zod";
import { formatPath, type IssuePath, type ValueframeIssue } from "../../errors/ValueframeError.js";
import { fromZodIssues } from "../../_internal/zodIssues.js";
import { deepFreeze } from "../../_internal/deepFreeze.js";
import { didYouMean } from "../../_internal/suggest.js";
import { inInputOrder } from "../../_internal/inputOrder.js";
import { isRecord } from "../../_internal/isRecord.js";
import {
  competitorSchema,
  executiveKpiSchema,
  intentionSchema,
  operationalKpiSchema,
  sellerKpiSchema,
  vendorSolutionSchema,
} from "../schema.js";
import type { Bvf, BvfNodeKind } from "../types.js";
import { linkId, toCompetitor, toExecutiveKpi, toIntention, toOperationalKpi, toSellerKpi, toSolution } from "./nodes.js";
import { KIND_LABEL } from "./labels.js";

/** The outcome of validation: a frozen graph, or every problem found. */
export type Validated = { readonly ok: true; readonly graph: Bvf } | { readonly ok: false; readonly issues: readonly ValueframeIssue[] };

const TOP_KEYS = new Set(["name", "customer", "seller", "executiveKpis", "sellerKpis", "intentions", "operationalKpis", "solutions", "competitors", "pruned"]);
const PRUNED_KEYS = new Set(["executiveKpis", "sellerKpis"]);

interface Registered {
  readonly kind: BvfNodeKind;
  readonly path: IssuePath;
  readonly pruned: boolean;
}


/** Reads one optional array field, reporting a non-array; returns the items (or none). */
function arrayField(owner: Record<string, unknown>, key: string, path: IssuePath, issues: ValueframeIssue[]): readonly unknown[] {
  const value = owner[key];
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  issues.push({ path: [...path, key], code: "invalid_type", message: "expected an array" });
  return [];
}

function unknownKeys(owner: Record<string, unknown>, allowed: ReadonlySet<string>, path: IssuePath, issues: ValueframeIssue[]): void {
  const extra = Object.keys(owner).filter((key) => !allowed.has(key));
  if (extra.length > 0) {
    issues.push({ path, code: "unrecognized_keys", message: `unrecognized key${extra.length > 1 ? "s" : ""}: ${extra.map((key) => `"${key}"`).join(", ")}` });
  }
}

/** Validates unknown input as a BVF. Linear in nodes + links. */
export function validateBvf(input: unknown): Validated {
  const issues: ValueframeIssue[] = [];
  if (!isRecord(input)) {
    return { ok: false, issues: [{ path: [], code: "invalid_type", message: "expected a BVF object" }] };
  }
  unknownKeys(input, TOP_KEYS, [], issues);
  for (const key of ["name", "customer", "seller"] as const) {
    const value = input[key];
    if (value !== undefined && (typeof value !== "string" || value === "")) {
      issues.push({ path: [key], code: "invalid_type", message: "expected a non-empty string" });
    }
  }
  let prunedInput: Record<string, unknown> = {};
  if (input.pruned !== undefined) {
    if (isRecord(input.pruned)) {
      prunedInput = input.pruned;
      unknownKeys(prunedInput, PRUNED_KEYS, ["pruned"], issues);
    } else {
      issues.push({ path: ["pruned"], code: "invalid_type", message: "expected an object { executiveKpis, sellerKpis }" });
    }
  }

  // Pass 1: register every id (even of malformed nodes, so their links do not cascade into more issues).
  const ids = new Map<string, Registered>();
  const register = (items: readonly unknown[], kind: BvfNodeKind, path: IssuePath, pruned: boolean): void => {
    items.forEach((item, index) => {
      const id = isRecord(item) ? item.id : undefined;
      if (typeof id !== "string" || id === "") return;
      const itemPath = [...path, index];
      const first = ids.get(id);
      if (first === undefined) ids.set(id, { kind, path: itemPath, pruned });
      else {
        const message = `id "${id}" is already used by ${KIND_LABEL[first.kind]} at ${formatPath(first.path)}`;
        issues.push({ path: [...itemPath, "id"], code: "duplicate_id", message });
      }
    });
  };
  const executives = arrayField(input, "executiveKpis", [], issues);
  const sellers = arrayField(input, "sellerKpis", [], issues);
  const intentions = arrayField(input, "intentions", [], issues);
  const operationals = arrayField(input, "operationalKpis", [], issues);
  const solutions = arrayField(input, "solutions", [], issues);
  const competitors = arrayField(input, "competitors", [], issues);
  const prunedExecutives = arrayField(prunedInput, "executiveKpis", ["pruned"], issues);
  const prunedSellers = arrayField(prunedInput, "sellerKpis", ["pruned"], issues);
  register(executives, "executiveKpi", ["executiveKpis"], false);
  register(sellers, "sellerKpi", ["sellerKpis"], false);
  register(intentions, "intention", ["intentions"], false);
  register(operationals, "operationalKpi", ["operationalKpis"], false);
  register(solutions, "solution", ["solutions"], false);
  register(competitors, "competitor", ["competitors"], false);
  register(prunedExecutives, "executiveKpi", ["pruned", "executiveKpis"], true);
  register(prunedSellers, "sellerKpi", ["pruned", "sellerKpis"], true);

  // Pass 2: shape of each item, then its links.
  const parse = <S extends z.ZodType, N>(items: readonly unknown[], schema: S, path: IssuePath, build: (value: z.output<S>) => N): N[] => {
    const out: N[] = [];
    items.forEach((item, index) => {
      const result = schema.safeParse(item);
      if (result.success) out.push(build(result.data));
      else issues.push(...fromZodIssues(result.error.issues, [...path, index]));
    });
    return out;
  };
  /** Checks that the id at `path` names a live node of one of `kinds`; returns true when it does. */
  const reference = (id: string, kinds: readonly BvfNodeKind[], path: IssuePath, owner: string): boolean => {
    const target = ids.get(id);
    const wanted = kinds.map((kind) => KIND_LABEL[kind]).join(" or ");
    if (target === undefined) {
      const hint = didYouMean(id, [...ids].filter(([, node]) => kinds.includes(node.kind) && !node.pruned).map(([other]) => other));
      const expected = hint === undefined ? wanted : `${wanted}; ${hint}`;
      issues.push({ path, code: "unknown_reference", message: `${owner} links to "${id}", which is not in the BVF (expected ${expected})` });
    } else if (!kinds.includes(target.kind)) {
      issues.push({ path, code: "wrong_level", message: `${owner} links to "${id}", which is ${KIND_LABEL[target.kind]}; it must link to ${wanted}` });
    } else if (target.pruned) {
      issues.push({ path, code: "pruned_reference", message: `${owner} links to "${id}", which was pruned (the seller cannot serve it)` });
    } else return true;
    return false;
  };
  /** Checks every link of one node: target, level and repeats. */
  const links = (owner: string, path: IssuePath, raw: unknown, kinds: readonly BvfNodeKind[], onValid?: (id: string, linkPath: IssuePath) => void): void => {
    if (!Array.isArray(raw)) return;
    const seen = new Set<string>();
    raw.forEach((link: unknown, index) => {
      const id = linkId(link);
      if (id === undefined || id === "") return;
      const linkPath = [...path, index];
      if (seen.has(id)) {
        issues.push({ path: linkPath, code: "duplicate_link", message: `${owner} links to "${id}" more than once` });
        return;
      }
      seen.add(id);
      if (reference(id, kinds, linkPath, owner) && onValid !== undefined) onValid(id, linkPath);
    });
  };
  const each = (items: readonly unknown[], path: IssuePath, visit: (item: Record<string, unknown>, itemPath: IssuePath, label: string) => void): void => {
    items.forEach((item, index) => {
      if (isRecord(item)) visit(item, [...path, index], typeof item.id === "string" ? `"${item.id}"` : `${path.join(".")}[${index}]`);
    });
  };

  each(sellers, ["sellerKpis"], (item, path, label) => links(`seller KPI ${label}`, [...path, "serves"], item.serves, ["executiveKpi"]));
  each(intentions, ["intentions"], (item, path, label) => links(`intention ${label}`, [...path, "serves"], item.serves, ["executiveKpi"]));
  const feeds = new Map<string, { id: string; path: IssuePath }[]>();
  each(operationals, ["operationalKpis"], (item, path, label) => {
    const own = typeof item.id === "string" ? item.id : undefined;
    links(`operational KPI ${label}`, [...path, "serves"], item.serves, ["intention", "operationalKpi"], (id, linkPath) => {
      if (own === undefined || ids.get(id)?.kind !== "operationalKpi") return;
      const list = feeds.get(own) ?? [];
      list.push({ id, path: linkPath });
      feeds.set(own, list);
    });
  });
  each(solutions, ["solutions"], (item, path, label) => {
    links(`solution ${label}`, [...path, "serves"], item.serves, ["operationalKpi"]);
    links(`solution ${label}`, [...path, "alsoOfferedBy"], item.alsoOfferedBy, ["competitor"]);
  });
  reportCycles(feeds, issues);

  const graph = {
    ...(typeof input.name === "string" && { name: input.name }),
    ...(typeof input.customer === "string" && { customer: input.customer }),
    ...(typeof input.seller === "string" && { seller: input.seller }),
    executiveKpis: parse(executives, executiveKpiSchema, ["executiveKpis"], toExecutiveKpi),
    sellerKpis: parse(sellers, sellerKpiSchema, ["sellerKpis"], toSellerKpi),
    intentions: parse(intentions, intentionSchema, ["intentions"], toIntention),
    operationalKpis: parse(operationals, operationalKpiSchema, ["operationalKpis"], toOperationalKpi),
    solutions: parse(solutions, vendorSolutionSchema, ["solutions"], toSolution),
    competitors: parse(competitors, competitorSchema, ["competitors"], toCompetitor),
    pruned: {
      executiveKpis: parse(prunedExecutives, executiveKpiSchema, ["pruned", "executiveKpis"], toExecutiveKpi),
      sellerKpis: parse(prunedSellers, sellerKpiSchema, ["pruned", "sellerKpis"], toSellerKpi),
    },
  };
  if (issues.length > 0) return { ok: false, issues: inInputOrder(issues, input) };
  return { ok: true, graph: deepFreeze(graph) };
}

/** Finds every cycle among operational KPIs feeding each other (iterative DFS, linear). */
function reportCycles(feeds: ReadonlyMap<string, readonly { id: string; path: IssuePath }[]>, issues: ValueframeIssue[]): void {
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = done
  for (const start of feeds.keys()) {
    if (state.has(start)) continue;
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const out = feeds.get(frame.id) ?? [];
      const edge = out[frame.next++];
      if (edge === undefined) {
        state.set(frame.id, 2);
        stack.pop();
      } else if (state.get(edge.id) === 1) {
        const from = stack.findIndex((entry) => entry.id === edge.id);
        const loop = [...stack.slice(from).map((entry) => entry.id), edge.id];
        issues.push({ path: edge.path, code: "cycle", message: `operational KPIs feed each other in a cycle: ${loop.join(" → ")}` });
      } else if (!state.has(edge.id)) {
        state.set(edge.id, 1);
        stack.push({ id: edge.id, next: 0 });
      }
    }
  }
}

/** Input order: by path, so the error reads top to bottom like the data. */
