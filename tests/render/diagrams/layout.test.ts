/**
 * The drawn diagrams' geometry: for every example (frame linkage and BVF, both locales, rows and
 * columns) and for made-up graphs of 40+ nodes, no two boxes overlap, every line of text fits inside
 * its box, no link passes through a box, and link figures cover no box and no other figure; and the
 * node order crosses fewer links than the input order.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineBvf } from "../../../src/bvf/defineBvf.js";
import type { BvfInput } from "../../../src/bvf/schema.js";
import { defineFrame } from "../../../src/frame/defineFrame.js";
import type { FrameInput } from "../../../src/frame/frame.js";
import { bvfDiagramPicture } from "../../../src/render/svg/bvfDiagramSvg.js";
import { type DiagramPicture, metrics } from "../../../src/render/svg/_internal/diagramSvg.js";
import { type Box, curvePoint, layeredLayout } from "../../../src/render/svg/_internal/layeredLayout.js";
import { linkageDiagramPicture } from "../../../src/render/svg/linkageDiagramSvg.js";
import { fitText, textWidth, wrapText } from "../../../src/render/svg/_internal/textFit.js";
import { bigBvf, bigFrame, random } from "./generated.js";

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), "utf8"));
const examples = ["distributor", "livestock", "logistics", "manufacturer"] as const;
const frames = examples.map((name) => [name, defineFrame(read(`${name}.frame.json`) as FrameInput)] as const);
const bvfs = examples.map((name) => [name, defineBvf(read(`${name}.bvf.json`) as BvfInput)] as const);

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** `inner` lies inside `outer`, up to half a pixel of rounding. */
const within = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

/** Checks every geometric promise of a picture; returns its number of boxes. */
function expectSound(picture: DiagramPicture): number {
  const layout = picture.layout!;
  const boxes = layout.boxes;
  const frame = { x: 0, y: 0, width: picture.width, height: picture.height };
  boxes.forEach((box, i) => {
    expect(within(box, frame)).toBe(true);
    // Boxes of one layer keep a gap; no two boxes touch.
    for (let j = i + 1; j < boxes.length; j++) expect(overlap({ ...box, x: box.x - 2, width: box.width + 4 }, boxes[j]!), `boxes ${i} and ${j}`).toBe(false);
    // Every line inside the box's padding.
    const inner = { x: box.x + metrics.padX, y: box.y + metrics.padY, width: box.width - 2 * metrics.padX, height: box.height - 2 * metrics.padY };
    for (const line of picture.lines[i]!) expect(within(line, inner), `"${line.text}" in box ${i}`).toBe(true);
  });
  // No link crosses a box: sampled along every curve, no point is inside a box (its ends touch their boxes' sides).
  for (const edge of layout.edges) {
    for (const curve of edge.curves) {
      for (let t = 0; t <= 1; t += 0.02) {
        const p = curvePoint(curve, t);
        const inside = boxes.find((b) => p.x > b.x + 1 && p.x < b.x + b.width - 1 && p.y > b.y + 1 && p.y < b.y + b.height - 1);
        expect(inside, `link point ${p.x},${p.y}`).toBeUndefined();
      }
    }
  }
  picture.edgeLabels.forEach((label, i) => {
    expect(within(label, frame)).toBe(true);
    for (const box of boxes) expect(overlap(label, box)).toBe(false);
    for (const other of picture.edgeLabels.slice(i + 1)) expect(overlap(label, other)).toBe(false);
  });
  return boxes.length;
}

describe("diagram layout of the examples", () => {
  for (const locale of ["en", "zh-CN"] as const) {
    for (const layers of ["rows", "columns", "auto"] as const) {
      it.each(frames)(`linkage of %s (${locale}, ${layers}): no overlap, every label inside its box`, (_, frame) => {
        const picture = linkageDiagramPicture(frame, { locale, layers });
        const count = frame.goals.length + frame.successFactors.length + frame.issues.length + frame.solutions.length + frame.values.length;
        expect(expectSound(picture)).toBe(count);
        // Names are never cut in the examples: they wrap, or the box grows. Only logistics' long
        // non-financial value (112 characters) is shortened under its name; the tooltip holds it whole.
        expect(picture.lines.flat().filter((line) => line.role === "name" && line.text.endsWith("…"))).toEqual([]);
        expect(picture.lines.flat().filter((line) => line.text.endsWith("…")).length).toBeLessThanOrEqual(1);
      });
      it.each(bvfs)(`BVF of %s (${locale}, ${layers}): no overlap, every label inside its box`, (_, bvf) => {
        const picture = bvfDiagramPicture(bvf, { locale, layers });
        expect(expectSound(picture)).toBe(bvf.executiveKpis.length + bvf.intentions.length + bvf.operationalKpis.length + bvf.solutions.length);
        expect(picture.lines.flat().filter((line) => line.text.endsWith("…"))).toEqual([]);
      });
    }
  }

  it("lays the examples out with few crossings", () => {
    const found = [...frames.map(([, frame]) => linkageDiagramPicture(frame)), ...bvfs.map(([, bvf]) => bvfDiagramPicture(bvf))].map((p) => p.layout!.crossings);
    for (const crossings of found) expect(crossings.final).toBeLessThanOrEqual(crossings.initial);
    // Distributor: linkage 11 → 1, BVF 75 → 19.
    expect(found[0]).toEqual({ initial: 11, final: 1 });
    expect(found[4]).toEqual({ initial: 75, final: 19 });
  });

  it("chooses rows for the linkage of the distributor and columns for its 37-node BVF", () => {
    expect(linkageDiagramPicture(frames[0]![1]).layout!.direction).toBe("rows");
    expect(bvfDiagramPicture(bvfs[0]![1]).layout!.direction).toBe("columns");
  });
});

describe("diagram layout of 40+ nodes", () => {
  const frame = bigFrame();
  const bvf = bigBvf();

  it.each(["rows", "columns", "auto"] as const)("a 42-element frame (%s): no overlap, every label inside its box, far fewer crossings", (layers) => {
    const picture = linkageDiagramPicture(frame, { layers });
    expect(expectSound(picture)).toBe(42);
    const { initial, final } = picture.layout!.crossings;
    expect(final).toBeLessThan(initial / 2);
  });

  it.each(["rows", "columns", "auto"] as const)("a 47-node BVF with links inside a level (%s): no overlap, every label inside its box", (layers) => {
    const picture = bvfDiagramPicture(bvf, { layers });
    expect(expectSound(picture)).toBe(47);
    const { initial, final } = picture.layout!.crossings;
    expect(final).toBeLessThan(initial / 2);
    // Most figures find a free spot on their link.
    expect(picture.edgeLabels.length).toBeGreaterThan(15);
  });

  it("grows rather than shrinks: a wide graph gets a wide picture with a viewBox of its size", () => {
    const picture = linkageDiagramPicture(frame, { layers: "rows" });
    expect(picture.width).toBeGreaterThan(1500);
    expect(picture.svg).toContain(`viewBox="0 0 ${picture.width} ${picture.height}"`);
    // In auto, the layers turn into columns once rows grow wider than the page.
    expect(linkageDiagramPicture(frame).layout!.direction).toBe("columns");
  });

  it("random graphs of 40–80 nodes in 3–6 layers: boxes never overlap and crossings never grow", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const next = random(seed);
      const layers = 3 + Math.floor(next() * 4);
      const nodes = Array.from({ length: 40 + Math.floor(next() * 41) }, () => ({ layer: Math.floor(next() * layers), width: 60 + Math.floor(next() * 160), height: 30 + Math.floor(next() * 50) }));
      const edges = Array.from({ length: nodes.length * 2 }, () => ({ from: Math.floor(next() * nodes.length), to: Math.floor(next() * nodes.length) })).filter((e) => e.from !== e.to);
      for (const direction of ["rows", "columns"] as const) {
        const layout = layeredLayout(nodes, edges, { direction, nodeGap: 20, layerGap: 60 });
        expect(layout.crossings.final).toBeLessThanOrEqual(layout.crossings.initial);
        layout.boxes.forEach((box, i) => {
          expect([box.width, box.height]).toEqual([nodes[i]!.width, nodes[i]!.height]);
          for (const other of layout.boxes.slice(i + 1)) expect(overlap(box, other)).toBe(false);
        });
      }
    }
  });
});

describe("crossing reduction", () => {
  it("untangles a crafted case: four links all crossing in the input order", () => {
    // Top a b c d, bottom w x y z; a–z, b–y, c–x, d–w: every pair crosses (6); reordered, none does.
    const nodes = [0, 0, 0, 0, 1, 1, 1, 1].map((layer) => ({ layer, width: 80, height: 30 }));
    const edges = [[0, 7], [1, 6], [2, 5], [3, 4]].map(([from, to]) => ({ from: from!, to: to! }));
    const layout = layeredLayout(nodes, edges, { direction: "rows", nodeGap: 20, layerGap: 50 });
    expect(layout.crossings).toEqual({ initial: 6, final: 0 });
    // Each link runs straight down: its ends sit one above the other.
    for (const [from, to] of [[0, 7], [1, 6], [2, 5], [3, 4]] as const) {
      expect(layout.boxes[from]!.x + 40).toBeCloseTo(layout.boxes[to]!.x + 40, 0);
    }
  });

  it("untangles three layers and a link that skips one", () => {
    // Layer 0: g0 g1; layer 1: f0 f1 f2; layer 2: i0 i1 i2, linked in reverse of their order, and i0 → g0 over layer 1.
    const nodes = [0, 0, 1, 1, 1, 2, 2, 2].map((layer) => ({ layer, width: 90, height: 40 }));
    const edges = [
      { from: 2, to: 1 }, { from: 3, to: 1 }, { from: 4, to: 0 },
      { from: 5, to: 4 }, { from: 6, to: 3 }, { from: 7, to: 2 }, { from: 5, to: 0 },
    ];
    const layout = layeredLayout(nodes, edges, { direction: "columns", nodeGap: 12, layerGap: 80 });
    expect(layout.crossings.initial).toBeGreaterThan(4);
    expect(layout.crossings.final).toBe(0);
  });

  it("is deterministic", () => {
    const frame = bigFrame();
    expect(linkageDiagramPicture(frame).svg).toBe(linkageDiagramPicture(frame).svg);
  });
});

describe("text fitting", () => {
  it("estimates Chinese at a full em and Latin narrower", () => {
    expect(textWidth("库存周转", 12)).toBe(48);
    expect(textWidth("abcd", 12)).toBeLessThan(36);
    expect(textWidth("abcd", 12, true)).toBeGreaterThan(textWidth("abcd", 12));
  });

  it("wraps at spaces, between Chinese characters, after hyphens, and never before closing punctuation", () => {
    // "天，" moves to the next line together: a comma may not start a line.
    expect(wrapText("Collection rate falling fast", 90, 12)).toEqual(["Collection", "rate falling", "fast"]);
    expect(wrapText("库存周转天数从九十五天降到七十天，释放营运资金", 100, 12)).toEqual(["库存周转天数从九", "十五天降到七十", "天，释放营运资金"]);
    expect(wrapText("Credit-to-cash-capability", 80, 12)).toEqual(["Credit-to-", "cash-", "capability"]);
    for (const line of wrapText("（一）库存、周转。", 36, 12)) expect(line).not.toMatch(/^[、。，）]|（$/);
  });

  it("widens before it cuts, and cuts with an ellipsis only as a last resort", () => {
    const name = "Collection rate falling: DSO grew from 48 to 62 days";
    const fitted = fitText(name, { size: 12, width: 100, maxWidth: 220, maxLines: 3 });
    expect(fitted.cut).toBe(false);
    expect(fitted.lines.join(" ")).toBe(name);
    expect(fitted.width).toBeGreaterThan(100);
    const long = fitText(name.repeat(4), { size: 12, width: 100, maxWidth: 140, maxLines: 2 });
    expect(long.cut).toBe(true);
    expect(long.lines).toHaveLength(2);
    expect(long.lines[1]!.endsWith("…")).toBe(true);
    expect(long.width).toBeLessThanOrEqual(140);
    // A word longer than the box is broken rather than left sticking out.
    expect(fitText("Supercalifragilisticexpialidocious", { size: 12, width: 80, maxWidth: 80, maxLines: 4 }).width).toBeLessThanOrEqual(80);
  });
});
