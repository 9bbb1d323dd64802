/**
 * The two diagrams as data — the reference frame's linkage and the BVF's four levels: which nodes sit in
 * which layer, what each says, and how they link. The Mermaid source and the drawn SVG are both written
 * from this one model (as the charts are from their chart data), so the two never show different texts.
 */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import type { Bvf } from "../../bvf/types.js";
import type { Frame } from "../../frame/frame.js";
import type { PerformanceValue } from "../../frame/performanceValue.js";
import { goalChain } from "../../frame/queries/goalChain.js";
import { solutionChain } from "../../frame/queries/solutionChain.js";
import type { ChartLocale } from "./chartOptions.js";
import { cellName } from "./gridText.js";

/** What a node of a diagram is; each kind has its colours and, in Mermaid, its shape. */
export type DiagramNodeKind = "goal" | "csf" | "issue" | "solution" | "value" | "executive" | "intention" | "operational";

/** What a link of a diagram says; each kind has its line style. */
export type DiagramEdgeKind = "serves" | "hurts" | "blocks" | "resolve" | "bypass" | "delivers" | "valueServes" | "link";

/** One element of the model, in its layer. */
export interface DiagramNode {
  /** The element's id: for attributes and Mermaid identifiers only, never shown. */
  readonly id: string;
  readonly kind: DiagramNodeKind;
  /** 0 is the top of the method: goals, executive KPIs. */
  readonly layer: number;
  readonly name: string;
  /** Short lines under the name (baseline → target, amount, cell, phase…); none empty. */
  readonly details: readonly string[];
}

/** A link between two nodes, by their index in {@link DiagramGraph.nodes}, pointing the way the method reads it. */
export interface DiagramEdge {
  readonly from: number;
  readonly to: number;
  readonly kind: DiagramEdgeKind;
  /** What the link says ("serves", "elasticity 0.4"), when it says anything. */
  readonly label?: string;
}

/** A diagram as data: the titles of its layers, its nodes and its links, in the order they are written. */
export interface DiagramGraph {
  readonly layers: readonly string[];
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

/** Colours of each node kind: fill, border and text; the BVF's levels take the linkage's colours. */
export const nodeColours: Readonly<Record<DiagramNodeKind, { readonly fill: string; readonly stroke: string; readonly text: string }>> = {
  goal: { fill: "#e3f2fd", stroke: "#1565c0", text: "#0d47a1" },
  csf: { fill: "#ede7f6", stroke: "#5e35b1", text: "#311b92" },
  issue: { fill: "#ffebee", stroke: "#c62828", text: "#b71c1c" },
  solution: { fill: "#e8f5e9", stroke: "#2e7d32", text: "#1b5e20" },
  value: { fill: "#fff8e1", stroke: "#f9a825", text: "#5d4037" },
  executive: { fill: "#e3f2fd", stroke: "#1565c0", text: "#0d47a1" },
  intention: { fill: "#ede7f6", stroke: "#5e35b1", text: "#311b92" },
  operational: { fill: "#fff8e1", stroke: "#f9a825", text: "#5d4037" },
};

/** Where a linkage diagram looks: one solution's chain up to its goals, or one goal's chain down to its values. */
export type LinkageFocus = { readonly solution: string } | { readonly goal: string };

/** The option check of `focus`, shared by the Mermaid and the SVG linkage diagrams. */
export function checkFocus(given: Readonly<Record<string, unknown>>, issues: ValueframeIssue[]): void {
  const focus = given["focus"];
  if (focus === undefined) return;
  const keys = typeof focus === "object" && focus !== null ? Object.keys(focus) : [];
  const [key] = keys;
  if (keys.length !== 1 || (key !== "solution" && key !== "goal") || typeof (focus as Record<string, unknown>)[key] !== "string") {
    issues.push({ path: ["focus"], code: "invalid_value", message: `must be { solution: "<id>" } or { goal: "<id>" }, got ${JSON.stringify(focus)}` });
  }
}

/** Which elements of the frame the diagram shows, by id. */
interface Shown {
  readonly goals: ReadonlySet<string>;
  readonly successFactors: ReadonlySet<string>;
  readonly issues: ReadonlySet<string>;
  readonly solutions: ReadonlySet<string>;
  readonly values: ReadonlySet<string>;
}

function shownElements(frame: Frame, focus: LinkageFocus | undefined): Shown {
  if (focus === undefined) {
    const ids = (list: readonly { readonly id: string }[]) => new Set(list.map((element) => element.id));
    return {
      goals: ids(frame.goals),
      successFactors: ids(frame.successFactors),
      issues: ids(frame.issues),
      solutions: ids(frame.solutions),
      values: ids(frame.values),
    };
  }
  if ("solution" in focus) {
    const chain = solutionChain(frame, focus.solution);
    return {
      goals: new Set(chain.goals.map((goal) => goal.id)),
      successFactors: new Set(chain.issues.flatMap((link) => link.successFactors.map((sf) => sf.successFactor.id))),
      issues: new Set(chain.issues.map((link) => link.issue.id)),
      solutions: new Set([chain.solution.id]),
      values: new Set(chain.values.map((value) => value.id)),
    };
  }
  const chain = goalChain(frame, focus.goal);
  const issueLinks = [...chain.successFactors.flatMap((sf) => sf.issues), ...chain.blockingIssues];
  return {
    goals: new Set([chain.goal.id]),
    successFactors: new Set(chain.successFactors.map((sf) => sf.successFactor.id)),
    issues: new Set(issueLinks.map((link) => link.issue.id)),
    solutions: new Set(issueLinks.flatMap((link) => link.solutions.map((s) => s.solution.id))),
    values: new Set(chain.values.map((value) => value.id)),
  };
}

function valueDetails(value: PerformanceValue, currency: string, locale: ChartLocale): string[] {
  const m = locale.text.mermaid;
  const amount = value.kind === "financial" ? `${locale.money(value.amount, currency)} ${m.recurrence[value.recurrence]}` : value.amount;
  return [amount, m.probability(locale.percent(value.probability))];
}

/** Collects nodes and edges, finding a node's index by its kind and id (ids of different kinds may repeat). */
function graphBuilder() {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const index = new Map<string, number>();
  const keyOf = (kind: DiagramNodeKind, id: string) => `${kind}\u0000${id}`;
  return {
    nodes,
    edges,
    node(node: DiagramNode): void {
      index.set(keyOf(node.kind, node.id), nodes.length);
      nodes.push({ ...node, details: node.details.filter((line) => line !== "") });
    },
    /** Adds a link when both ends are in the diagram. */
    edge(from: [DiagramNodeKind, string], to: [DiagramNodeKind, string], kind: DiagramEdgeKind, label?: string): void {
      const a = index.get(keyOf(...from));
      const b = index.get(keyOf(...to));
      if (a === undefined || b === undefined) return;
      edges.push(label === undefined ? { from: a, to: b, kind } : { from: a, to: b, kind, label });
    },
  };
}

/**
 * The frame's linkage: goals (layer 0) ← success factors ← issues ← solutions → values (layer 4). Goals
 * say baseline → target, values their amount and probability, solutions the grid cell they land on.
 */
export function linkageGraph(frame: Frame, locale: ChartLocale, focus: LinkageFocus | undefined): DiagramGraph {
  const m = locale.text.mermaid;
  const t = locale.t;
  const shown = shownElements(frame, focus);
  const g = graphBuilder();
  for (const goal of frame.goals.filter((x) => shown.goals.has(x.id))) {
    const span = `${goal.metric}: ${locale.number(goal.baseline)} → ${locale.number(goal.target)} ${goal.unit}`;
    g.node({ id: goal.id, kind: "goal", layer: 0, name: goal.name, details: [span] });
  }
  for (const sf of frame.successFactors.filter((x) => shown.successFactors.has(x.id))) {
    g.node({ id: sf.id, kind: "csf", layer: 1, name: sf.name, details: [] });
  }
  for (const issue of frame.issues.filter((x) => shown.issues.has(x.id))) {
    g.node({ id: issue.id, kind: "issue", layer: 2, name: issue.name, details: [t.terms.issueKind[issue.kind]] });
  }
  for (const solution of frame.solutions.filter((x) => shown.solutions.has(x.id))) {
    g.node({ id: solution.id, kind: "solution", layer: 3, name: solution.name, details: solution.cell === undefined ? [] : [cellName(t, solution.cell)] });
  }
  for (const value of frame.values.filter((x) => shown.values.has(x.id))) {
    g.node({ id: value.id, kind: "value", layer: 4, name: value.name, details: valueDetails(value, frame.currency, locale) });
  }
  for (const sf of frame.successFactors) {
    for (const goal of sf.serves) g.edge(["csf", sf.id], ["goal", goal], "serves", m.serves);
  }
  for (const issue of frame.issues) {
    for (const sf of issue.hurts) g.edge(["issue", issue.id], ["csf", sf], "hurts", m.hurts);
    for (const goal of issue.blocks) g.edge(["issue", issue.id], ["goal", goal], "blocks", m.blocks);
  }
  for (const solution of frame.solutions) {
    for (const issue of solution.addresses) g.edge(["solution", solution.id], ["issue", issue], solution.approach, m.addresses[solution.approach]);
  }
  for (const value of frame.values) {
    if (value.solution !== undefined) g.edge(["solution", value.solution], ["value", value.id], "delivers", m.delivers);
    g.edge(["value", value.id], ["goal", value.serves], "valueServes", m.serves);
  }
  const f = t.frame;
  return { layers: [f.goals, f.successFactors, f.issues, f.solutions, f.values], nodes: g.nodes, edges: g.edges };
}

/**
 * The BVF's four levels: executive KPIs (layer 0, with the expected improvement), business intentions,
 * operational KPIs (with their function) and vendor solutions (with their phase); each link points up
 * and says its elasticity or expected improvement when one is given. Seller KPIs and competitors are
 * not part of it.
 */
export function bvfGraph(bvf: Bvf, locale: ChartLocale): DiagramGraph {
  const m = locale.text.mermaid;
  const percent = (value: { toString(): string }) => `${value.toString()} %`;
  const g = graphBuilder();
  for (const kpi of bvf.executiveKpis) {
    g.node({ id: kpi.id, kind: "executive", layer: 0, name: kpi.name, details: kpi.expectedImprovement === undefined ? [] : [m.expected(percent(kpi.expectedImprovement))] });
  }
  for (const intention of bvf.intentions) g.node({ id: intention.id, kind: "intention", layer: 1, name: intention.name, details: [] });
  for (const kpi of bvf.operationalKpis) g.node({ id: kpi.id, kind: "operational", layer: 2, name: kpi.name, details: [kpi.function] });
  for (const solution of bvf.solutions) {
    g.node({ id: solution.id, kind: "solution", layer: 3, name: solution.name, details: solution.phase === undefined ? [] : [m.phase(String(solution.phase))] });
  }
  const intentionIds = new Set(bvf.intentions.map((intention) => intention.id));
  for (const intention of bvf.intentions) {
    for (const link of intention.serves) {
      g.edge(["intention", intention.id], ["executive", link.id], "link", link.elasticity === undefined ? undefined : m.elasticity(link.elasticity.toString()));
    }
  }
  for (const kpi of bvf.operationalKpis) {
    for (const link of kpi.serves) g.edge(["operational", kpi.id], [intentionIds.has(link.id) ? "intention" : "operational", link.id], "link");
  }
  for (const solution of bvf.solutions) {
    for (const link of solution.serves) {
      g.edge(["solution", solution.id], ["operational", link.id], "link", link.improvement === undefined ? undefined : m.improvement(percent(link.improvement)));
    }
  }
  const levels = m.levels;
  return { layers: [levels.executiveKpis, levels.intentions, levels.operationalKpis, levels.solutions], nodes: g.nodes, edges: g.edges };
}
