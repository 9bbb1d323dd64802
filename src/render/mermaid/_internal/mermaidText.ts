/**
 * Safe Mermaid text: node ids made of letters, digits and underscores (unique even when two ids
 * sanitise alike), and labels whose quotes, brackets, `#`, `<` and `>` are written as Mermaid entity
 * codes so user text can never end a label or open HTML; and the flowchart writer both diagrams share.
 */
import { type DiagramGraph, type DiagramNode, type DiagramNodeKind, nodeColours } from "../../_internal/diagramGraph.js";

/** The option rule for a flowchart's direction: the four Mermaid knows. */
export const directionRule = { kind: "oneOf", values: ["BT", "TB", "LR", "RL"] } as const;

/** Characters Mermaid would read as syntax inside a quoted label, and their entity codes. */
const entities: Readonly<Record<string, string>> = {
  "#": "#35;",
  '"': "#quot;",
  "[": "#91;",
  "]": "#93;",
  "(": "#40;",
  ")": "#41;",
  "{": "#123;",
  "}": "#125;",
  "<": "#lt;",
  ">": "#gt;",
  "|": "#124;",
  "`": "#96;",
};

/** Escapes one line of label text for a quoted Mermaid label. */
export function mermaidEscape(text: string): string {
  return text.replace(/[#"[\](){}<>|`]/g, (ch) => entities[ch] ?? ch).replace(/\s+/g, " ").trim();
}

/** A quoted label of escaped lines, joined with Mermaid's line break. */
export function mermaidLabel(lines: readonly string[]): string {
  return `"${lines.filter((line) => line !== "").map(mermaidEscape).join("<br/>")}"`;
}

/** Hands out Mermaid node ids: `prefix_` + the id with every other character replaced by `_`. */
export function idAllocator(): (prefix: string, id: string) => string {
  const given = new Map<string, string>();
  const taken = new Set<string>();
  return (prefix, id) => {
    const key = `${prefix}\u0000${id}`;
    const known = given.get(key);
    if (known !== undefined) return known;
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, "_")}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
    taken.add(candidate);
    given.set(key, candidate);
    return candidate;
  };
}

/** Each node kind's Mermaid id prefix and shape (opening and closing brackets). */
const nodeSyntax: Readonly<Record<DiagramNodeKind, readonly [string, string, string]>> = {
  goal: ["G", "([", "])"],
  csf: ["F", "[", "]"],
  issue: ["I", "{{", "}}"],
  solution: ["S", "(", ")"],
  value: ["V", "[/", "/]"],
  executive: ["E", "([", "])"],
  intention: ["I", "[", "]"],
  operational: ["O", "[", "]"],
};

/**
 * Writes a diagram as a Mermaid flowchart: the nodes (in a subgraph per layer when `subgraphs`), the
 * links, and a class per node kind in `kinds` with the kind's colours.
 */
export function flowchart(graph: DiagramGraph, direction: string, kinds: readonly DiagramNodeKind[], subgraphs = false): string {
  const idOf = idAllocator();
  const ids = graph.nodes.map((node) => idOf(nodeSyntax[node.kind][0], node.id));
  const nodeLine = (i: number) => {
    const node = graph.nodes[i] as DiagramNode;
    // An issue's kind leads its name ("CBI: …"); other nodes list their details under the name.
    const lines = node.kind === "issue" ? [`${node.details.join(" ")}: ${node.name}`] : [node.name, ...node.details];
    const [, open, close] = nodeSyntax[node.kind];
    return `${ids[i]}${open}${mermaidLabel(lines)}${close}:::${node.kind}`;
  };
  const out = [`flowchart ${direction}`];
  const indices = graph.nodes.map((_, i) => i);
  if (subgraphs) {
    graph.layers.forEach((title, layer) => {
      const members = indices.filter((i) => graph.nodes[i]?.layer === layer);
      out.push(`  subgraph L${layer + 1}[${mermaidLabel([title])}]`, ...members.map((i) => `    ${nodeLine(i)}`), "  end");
    });
  } else {
    out.push(...indices.map((i) => `  ${nodeLine(i)}`));
  }
  for (const edge of graph.edges) {
    const arrow = edge.kind === "valueServes" ? "-.->" : "-->";
    out.push(edge.label === undefined ? `  ${ids[edge.from]} ${arrow} ${ids[edge.to]}` : `  ${ids[edge.from]} ${arrow}|${mermaidEscape(edge.label)}| ${ids[edge.to]}`);
  }
  for (const kind of kinds) {
    const colours = nodeColours[kind];
    out.push(`  classDef ${kind} fill:${colours.fill},stroke:${colours.stroke},color:${colours.text}`);
  }
  return `${out.join("\n")}\n`;
}
