/**
 * Draws a diagram model (render/_internal/diagramGraph.ts) as SVG: each node a box sized to its wrapped
 * name and details, the layers laid out by {@link layeredLayout} as rows or columns with their titles
 * beside them, links as curves with an arrowhead (styled by kind, with a legend, or labelled with their
 * figure where there is room), and `<title>`/`<desc>` for screen readers. Visible text is names and
 * figures only; ids appear in `data-id` attributes.
 */
import { Dec } from "../../../numeric/decimal.js";
import type { DiagramEdgeKind, DiagramGraph } from "../../_internal/diagramGraph.js";
import { nodeColours } from "../../_internal/diagramGraph.js";
import type { ChartLocale } from "../../_internal/chartOptions.js";
import { palette } from "../../_internal/chartStyle.js";
import { esc } from "../../_internal/xml.js";
import { type Box, curvePoint, type LayeredLayout, layeredLayout, type Point } from "./layeredLayout.js";
import { HALO, px, svgDocument } from "./svg.js";
import { type FittedText, fitText, textWidth } from "./textFit.js";

/** How the layers are laid out: as rows (layer 0 on top), as columns (layer 0 on the left), or chosen by size. */
export type DiagramLayers = "auto" | "rows" | "columns";

/** Line style of each kind of link. */
export const edgeStyles: Readonly<Record<DiagramEdgeKind, { readonly colour: string; readonly dash?: string }>> = {
  serves: { colour: "#546e7a" },
  hurts: { colour: "#c62828" },
  blocks: { colour: "#c62828", dash: "6 3" },
  resolve: { colour: "#2e7d32" },
  bypass: { colour: "#2e7d32", dash: "6 3" },
  delivers: { colour: "#e08e0b" },
  valueServes: { colour: "#1565c0", dash: "2 3" },
  link: { colour: "#78909c" },
};

/** Type sizes and spacing, in pixels. */
export const metrics = {
  name: { size: 12, line: 15 },
  detail: { size: 10.5, line: 13.5 },
  edgeLabel: { size: 10, line: 13 },
  caption: { size: 11.5, line: 14 },
  padX: 9,
  padY: 7,
  minBox: 72,
  margin: 16,
  /** The title's band at the top. */
  top: 40,
  /** Wrapping width and the most a box may grow to, by layout. */
  rows: { wrap: 150, max: 210, captions: 112, nodeGap: 22, layerGap: 46 },
  columns: { wrap: 176, max: 236, captions: 0, nodeGap: 12, layerGap: 92 },
  nameLines: 4,
  detailLines: 3,
  /** Widest picture that still lays its layers out as rows in `auto`. */
  autoRowsWidth: 980,
} as const;

/** A node's text as fitted into its box. */
export interface NodeText {
  readonly name: FittedText;
  readonly details: readonly FittedText[];
  readonly width: number;
  readonly height: number;
}

/** A line of text drawn in a box: where its line box lies and what it says. */
export interface TextLine {
  readonly role: "name" | "detail";
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A link's figure, placed where it overlaps no box and no other figure. */
export interface EdgeLabel extends Box {
  readonly edge: number;
  readonly text: string;
}

/** Everything drawn, with the geometry the tests check: boxes, the lines in each, the links' figures. */
export interface DiagramPicture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly layout: LayeredLayout | undefined;
  /** The text lines of each node, in node order. */
  readonly lines: readonly (readonly TextLine[])[];
  readonly edgeLabels: readonly EdgeLabel[];
}

/** What a drawing needs besides the model. */
export interface DiagramRequest {
  readonly title: string;
  readonly locale: ChartLocale;
  readonly layers: DiagramLayers;
  /** Link kinds in the legend, in order, with their words; none for no legend. */
  readonly legend: readonly (readonly [DiagramEdgeKind, string])[];
  /** Draw each link's label on it (figures), rather than its kind in the legend. */
  readonly edgeLabels: boolean;
}

/** Fits a node's name and details at a wrapping width. */
function nodeText(name: string, details: readonly string[], wrap: number, max: number): NodeText {
  const fitted = fitText(name, { size: metrics.name.size, bold: true, width: wrap, maxWidth: max, maxLines: metrics.nameLines });
  // Details wrap at the name's width when that is wider, so a box grows for its name only.
  const inner = Math.max(wrap, fitted.width);
  const lines = details.map((detail) => fitText(detail, { size: metrics.detail.size, width: Math.min(inner, max), maxWidth: max, maxLines: metrics.detailLines }));
  const widest = Math.max(fitted.width, ...lines.map((line) => line.width));
  const detailHeight = lines.reduce((sum, line) => sum + line.lines.length * metrics.detail.line, 0);
  return {
    name: fitted,
    details: lines,
    width: Math.ceil(Math.max(metrics.minBox, widest + 2 * metrics.padX)),
    height: Math.ceil(2 * metrics.padY + fitted.lines.length * metrics.name.line + (lines.length > 0 ? 3 + detailHeight : 0)),
  };
}

/** The lines of a node's text as drawn in its box, centred. */
function textLines(text: NodeText, box: Box): TextLine[] {
  const out: TextLine[] = [];
  let y = box.y + metrics.padY;
  const add = (role: TextLine["role"], line: string) => {
    const { size, line: height } = metrics[role];
    const width = textWidth(line, size, role === "name");
    out.push({ role, text: line, x: box.x + (box.width - width) / 2, y, width, height });
    y += height;
  };
  for (const line of text.name.lines) add("name", line);
  if (text.details.length > 0) y += 3;
  for (const detail of text.details) for (const line of detail.lines) add("detail", line);
  return out;
}

/** Whether two boxes overlap, with `pad` pixels of room kept between them. */
function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}

/** The captions of the layers, wrapped for the room beside (rows) or above (columns) them. */
function captions(titles: readonly string[], width: number): FittedText[] {
  return titles.map((title) => fitText(title, { size: metrics.caption.size, bold: true, width, maxWidth: width, maxLines: 4 }));
}

/** The legend's entries, wrapped into rows no wider than `width`: each a line sample and its words. */
function legendRows(items: DiagramRequest["legend"], width: number): { kind: DiagramEdgeKind; label: string; x: number; row: number }[] {
  const out: { kind: DiagramEdgeKind; label: string; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const [kind, label] of items) {
    const w = 34 + textWidth(label, 11) + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    out.push({ kind, label, x, row });
    x += w;
  }
  return out;
}

/** The accessible description of a diagram: each layer with its count of nodes, and the number of links. */
function describe(graph: DiagramGraph, locale: ChartLocale): string {
  const counts = graph.layers.map((title, layer) => `${title} (${graph.nodes.filter((node) => node.layer === layer).length})`);
  return locale.text.diagrams.describe(locale.list(counts), locale.number(new Dec(graph.edges.length)));
}

/** Text with the characters XML 1.0 cannot hold (controls, lone surrogates) replaced by U+FFFD, so any name yields well-formed SVG. */
function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** Draws a diagram model; see the file's comment. */
export function drawDiagram(model: DiagramGraph, request: DiagramRequest): DiagramPicture {
  const graph: DiagramGraph = {
    layers: model.layers.map(xmlSafe),
    nodes: model.nodes.map((node) => ({ ...node, id: xmlSafe(node.id), name: xmlSafe(node.name), details: node.details.map(xmlSafe) })),
    edges: model.edges.map((edge) => (edge.label === undefined ? edge : { ...edge, label: xmlSafe(edge.label) })),
  };
  const { locale } = request;
  const title = xmlSafe(request.title);
  const description = describe(graph, locale);
  const titleWidth = textWidth(title, 15, true) + 2 * metrics.margin;
  if (graph.nodes.length === 0) {
    const note = locale.t.common.emptySection;
    const width = Math.ceil(Math.max(320, titleWidth));
    const body = `<text x="${px(width / 2)}" y="60" text-anchor="middle" fill="${palette.muted}">${esc(note)}</text>`;
    return { svg: svgDocument(width, 84, title, description, body), width, height: 84, layout: undefined, lines: [], edgeLabels: [] };
  }

  const draw = (direction: "rows" | "columns") => {
    const m = metrics[direction];
    const texts = graph.nodes.map((node) => nodeText(node.name, node.details, m.wrap, m.max));
    const nodes = graph.nodes.map((node, i) => ({ layer: node.layer, width: (texts[i] as NodeText).width, height: (texts[i] as NodeText).height }));
    const edges = graph.edges.map((edge) => ({ from: edge.from, to: edge.to }));
    const used = [...new Set(graph.nodes.map((node) => node.layer))].sort((a, b) => a - b);
    const rows = direction === "rows";
    // Captions sit in a column on the left (rows) or in a band on top (columns).
    const probe = layeredLayout(nodes, edges, { direction, nodeGap: m.nodeGap, layerGap: m.layerGap });
    const columnCaptions = rows ? [] : captions(used.map((layer) => graph.layers[layer] ?? ""), Math.max(96, ...probe.bands.map((band) => band.size)));
    const captionHeight = rows ? 0 : Math.max(...columnCaptions.map((c) => c.lines.length)) * metrics.caption.line + 14;
    const legend = legendRows(request.legend, Math.max(probe.width + m.captions, 420));
    const legendHeight = legend.length === 0 ? 0 : (Math.max(...legend.map((item) => item.row)) + 1) * 20 + 10;
    const contentWidth = m.captions + probe.width;
    const width = Math.ceil(Math.max(contentWidth + 2 * metrics.margin, titleWidth, legend.length === 0 ? 0 : 420 + 2 * metrics.margin));
    // A diagram narrower than its title or legend is centred under it.
    const origin = { x: metrics.margin + m.captions + (width - 2 * metrics.margin - contentWidth) / 2, y: metrics.top + captionHeight };
    const layout = layeredLayout(nodes, edges, { direction, nodeGap: m.nodeGap, layerGap: m.layerGap, origin });
    const height = Math.ceil(origin.y + layout.height + metrics.margin + legendHeight);
    return { direction, texts, layout, width, height, origin, columnCaptions, legend, legendHeight, used };
  };
  const pick = () => {
    if (request.layers !== "auto") return draw(request.layers);
    const rows = draw("rows");
    if (rows.width <= metrics.autoRowsWidth) return rows;
    const columns = draw("columns");
    return columns.width < rows.width ? columns : rows;
  };
  const { direction, texts, layout, width, height, origin, columnCaptions, legend, legendHeight, used } = pick();
  const rows = direction === "rows";
  const parts: string[] = [];

  // Layer bands and their captions.
  layout.bands.forEach((band, b) => {
    const caption = rows ? captions([graph.layers[used[b] as number] ?? ""], metrics.rows.captions - 12)[0] : columnCaptions[b];
    const shade = b % 2 === 0 ? "#f5f7fa" : "#fbfcfd";
    if (rows) {
      const y = origin.y + band.start - 8;
      parts.push(`<rect class="layer" x="${px(metrics.margin / 2)}" y="${px(y)}" width="${px(width - metrics.margin)}" height="${px(band.size + 16)}" rx="6" fill="${shade}"/>`);
      const lines = caption?.lines ?? [];
      const top = origin.y + band.start + band.size / 2 - (lines.length * metrics.caption.line) / 2;
      const tspans = lines.map((line, i) => `<tspan x="${px(metrics.margin)}" y="${px(top + i * metrics.caption.line + metrics.caption.size * 0.85)}">${esc(line)}</tspan>`).join("");
      parts.push(`<text class="layer-title" font-size="${metrics.caption.size}" font-weight="600" fill="${palette.muted}">${tspans}</text>`);
    } else {
      const x = origin.x + band.start;
      parts.push(`<rect class="layer" x="${px(x - 8)}" y="${px(metrics.top - 4)}" width="${px(band.size + 16)}" height="${px(height - metrics.top - metrics.margin / 2 - legendHeight + 4)}" rx="6" fill="${shade}"/>`);
      const tspans = (caption?.lines ?? [])
        .map((line, i) => `<tspan x="${px(x + band.size / 2)}" y="${px(metrics.top + 6 + i * metrics.caption.line + metrics.caption.size * 0.85)}">${esc(line)}</tspan>`)
        .join("");
      parts.push(`<text class="layer-title" text-anchor="middle" font-size="${metrics.caption.size}" font-weight="600" fill="${palette.muted}">${tspans}</text>`);
    }
  });

  // Links under the boxes, each with its arrowhead and a tooltip saying what it links.
  const nameOf = (i: number) => graph.nodes[i]?.name ?? "";
  graph.edges.forEach((edge, i) => {
    const route = layout.edges[i];
    if (route === undefined) return;
    const style = edgeStyles[edge.kind];
    const tip = (route.curves[route.curves.length - 1] as { end: Point }).end;
    const { x: dx, y: dy } = route.arrival;
    const base = { x: tip.x - dx * 7, y: tip.y - dy * 7 };
    const wing = (side: number) => `${px(base.x - dy * 3.5 * side)} ${px(base.y + dx * 3.5 * side)}`;
    const says = edge.label === undefined ? `${nameOf(edge.from)} → ${nameOf(edge.to)}` : `${nameOf(edge.from)} → ${nameOf(edge.to)}: ${edge.label}`;
    const dash = style.dash === undefined ? "" : ` stroke-dasharray="${style.dash}"`;
    const ends = `data-from="${esc(graph.nodes[edge.from]?.id ?? "")}" data-to="${esc(graph.nodes[edge.to]?.id ?? "")}"`;
    parts.push(
      `<g class="edge edge-${edge.kind}" ${ends}><title>${esc(says)}</title>` +
        `<path d="${route.path}" fill="none" stroke="${style.colour}" stroke-width="1.3"${dash}/>` +
        `<path d="M${px(tip.x)} ${px(tip.y)} L${wing(1)} L${wing(-1)} Z" fill="${style.colour}"/></g>`,
    );
  });

  // Figures on links: the first spot along the link where the figure overlaps no box and no other figure.
  const edgeLabels: EdgeLabel[] = [];
  if (request.edgeLabels) {
    const boxes = layout.boxes;
    const inside = (r: Box) => r.x >= 0 && r.y >= metrics.top && r.x + r.width <= width && r.y + r.height <= height - legendHeight;
    graph.edges.forEach((edge, i) => {
      const route = layout.edges[i];
      if (edge.label === undefined || route === undefined) return;
      const w = textWidth(edge.label, metrics.edgeLabel.size) + 4;
      const h = metrics.edgeLabel.line;
      for (const curve of route.curves) {
        const spot = [0.5, 0.3, 0.7, 0.15, 0.85]
          .map((t) => curvePoint(curve, t))
          .map((p) => ({ x: p.x - w / 2, y: p.y - h / 2, width: w, height: h }))
          .find((r) => inside(r) && !boxes.some((b) => overlaps(r, b, 2)) && !edgeLabels.some((l) => overlaps(r, l, 1)));
        if (spot !== undefined) {
          edgeLabels.push({ ...spot, edge: i, text: edge.label });
          break;
        }
      }
    });
    for (const label of edgeLabels) {
      const colour = edgeStyles[graph.edges[label.edge]?.kind ?? "link"].colour;
      parts.push(
        `<text class="edge-label" x="${px(label.x + label.width / 2)}" y="${px(label.y + label.height / 2)}" text-anchor="middle" dominant-baseline="central" font-size="${metrics.edgeLabel.size}" fill="${colour === palette.muted ? palette.muted : palette.text}"${HALO}>${esc(label.text)}</text>`,
      );
    }
  }

  // Boxes last, on top; each with its full text as a tooltip.
  const lines = graph.nodes.map((node, i) => {
    const box = layout.boxes[i] as Box;
    const colours = nodeColours[node.kind];
    const text = texts[i] as NodeText;
    const drawn = textLines(text, box);
    const tspans = drawn.map((line) => {
      const isName = line.role === "name";
      const size = metrics[line.role].size;
      // Each line's baseline sits so its glyphs fill the line box, centred across the box.
      const baseline = line.y + (line.height - size) / 2 + size * 0.85;
      const style = isName ? ` font-weight="600"` : ` font-size="${metrics.detail.size}" fill-opacity="0.85"`;
      return `<tspan x="${px(box.x + box.width / 2)}" y="${px(baseline)}"${style}>${esc(line.text)}</tspan>`;
    });
    const rx = node.kind === "goal" || node.kind === "executive" ? 12 : node.kind === "value" ? 2 : 6;
    const full = [node.name, ...node.details].join(" · ");
    parts.push(
      `<g class="node node-${node.kind}" data-id="${esc(node.id)}"><title>${esc(full)}</title>` +
        `<rect x="${px(box.x)}" y="${px(box.y)}" width="${px(box.width)}" height="${px(box.height)}" rx="${rx}" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="1.2"/>` +
        `<text text-anchor="middle" font-size="${metrics.name.size}" fill="${colours.text}">${tspans.join("")}</text></g>`,
    );
    return drawn;
  });

  if (legend.length > 0) {
    const top = height - legendHeight + 4;
    const items = legend.map((item) => {
      const style = edgeStyles[item.kind];
      const x = metrics.margin + item.x;
      const y = top + item.row * 20 + 8;
      const dash = style.dash === undefined ? "" : ` stroke-dasharray="${style.dash}"`;
      return (
        `<line x1="${px(x)}" x2="${px(x + 26)}" y1="${px(y)}" y2="${px(y)}" stroke="${style.colour}" stroke-width="1.6"${dash}/>` +
        `<text x="${px(x + 32)}" y="${px(y)}" dominant-baseline="central" fill="${palette.text}">${esc(item.label)}</text>`
      );
    });
    parts.push(`<g class="legend">${items.join("")}</g>`);
  }
  return { svg: svgDocument(width, height, title, description, parts.join("")), width, height, layout, lines, edgeLabels };
}
