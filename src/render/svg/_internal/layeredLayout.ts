/**
 * A layered graph layout (after Sugiyama): boxes sit in fixed layers, stacked as rows (layer 0 on top)
 * or as columns (layer 0 on the left). A link that skips layers passes through a slot of its own in each
 * layer between; the order within each layer is chosen to cross few links (barycenter sweeps down and up,
 * then swaps of neighbours, keeping the best order seen); each layer's boxes are then slid along it,
 * order kept and never closer than a gap, to sit near what they link to (a weighted least-squares fit
 * solved exactly per layer, pool-adjacent-violators style). Links are smooth cubic curves that stay in
 * the space between layers and run straight through the layers they skip, so none crosses a box. Pure
 * and deterministic: the same input always gives the same picture.
 */

/** A box to place: its layer and its size in pixels. */
export interface LayoutNode {
  readonly layer: number;
  readonly width: number;
  readonly height: number;
}

/** A link between two boxes, by index; it may point either way between layers, or stay in one. */
export interface LayoutEdge {
  readonly from: number;
  readonly to: number;
}

/** How the layers are laid out and spaced. */
export interface LayoutOptions {
  /** `rows`: layer 0 on top, the others below; `columns`: layer 0 on the left. */
  readonly direction: "rows" | "columns";
  /** Space between two boxes of a layer. */
  readonly nodeGap: number;
  /** Least space between two layers; it grows with the links that cross it. */
  readonly layerGap: number;
  /** Where the layout's top-left corner is. */
  readonly origin?: Point;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A placed box: its top-left corner and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One cubic Bézier piece of a link, from `start` to `end`. */
export interface Curve {
  readonly start: Point;
  readonly c1: Point;
  readonly c2: Point;
  readonly end: Point;
}

/** A drawn link: its pieces from the `from` box to the `to` box, and the SVG path of them. */
export interface RoutedEdge {
  readonly curves: readonly Curve[];
  readonly path: string;
  /** Unit vector of the direction the link arrives in at `to`, for its arrowhead. */
  readonly arrival: Point;
}

/** Where a layer lies across the layout: from `start` over `size` pixels along the layer axis. */
export interface Band {
  readonly start: number;
  readonly size: number;
}

/** The result: boxes in input order, links in input order, the layers' bands and the overall size. */
export interface LayeredLayout {
  readonly direction: "rows" | "columns";
  readonly boxes: readonly Box[];
  readonly edges: readonly RoutedEdge[];
  /** One per layer that holds a box, in layer order. */
  readonly bands: readonly Band[];
  /** The layer index of each band. */
  readonly bandLayers: readonly number[];
  readonly width: number;
  readonly height: number;
  /** Crossings between adjacent layers in the input order and in the chosen one. */
  readonly crossings: { readonly initial: number; readonly final: number };
}

/** A box or a slot that a long link passes through. */
interface Vertex {
  readonly layer: number;
  /** Size along the layer (width in rows) and across it. */
  readonly along: number;
  readonly across: number;
  readonly dummy: boolean;
}

/** A link split into its pieces between adjacent layers, upper end first. */
interface Chain {
  readonly vertices: readonly number[];
  /** The link points from the lower layer up. */
  readonly reversed: boolean;
  /** Both ends in one layer: drawn as an arc beside it. */
  readonly flat: boolean;
}

const DUMMY_SIZE = 2;

/** Counts crossings between two adjacent layers: pairs of links whose ends are in opposite orders. */
function crossingsBetween(upper: readonly number[], pos: readonly number[], down: readonly (readonly number[])[]): number {
  const pairs: [number, number][] = [];
  for (const v of upper) for (const w of down[v] ?? []) pairs.push([pos[v] as number, pos[w] as number]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Inversions of the lower ends, counted with a Fenwick tree.
  const size = Math.max(0, ...pairs.map((p) => p[1])) + 2;
  const tree = new Array<number>(size + 1).fill(0);
  let count = 0;
  let seen = 0;
  for (const [, b] of pairs) {
    let sum = 0;
    for (let i = b + 1; i > 0; i -= i & -i) sum += tree[i] as number;
    count += seen - sum;
    for (let i = b + 1; i <= size; i += i & -i) tree[i] = (tree[i] as number) + 1;
    seen++;
  }
  return count;
}

/**
 * Places boxes at positions along a layer: order kept, neighbours at least `sep[i]` apart (centre to
 * centre), and Σ weight × (position − wanted)² as small as possible.
 */
function fitInOrder(wanted: readonly number[], weight: readonly number[], sep: readonly number[]): number[] {
  const offset: number[] = [0];
  for (let i = 1; i < wanted.length; i++) offset.push((offset[i - 1] as number) + (sep[i - 1] as number));
  // With y = x − offset the constraint is y non-decreasing: pool adjacent violators.
  const blocks: { w: number; wy: number; n: number }[] = [];
  wanted.forEach((target, i) => {
    blocks.push({ w: weight[i] as number, wy: (weight[i] as number) * (target - (offset[i] as number)), n: 1 });
    while (blocks.length > 1) {
      const top = blocks[blocks.length - 1] as { w: number; wy: number; n: number };
      const below = blocks[blocks.length - 2] as { w: number; wy: number; n: number };
      if (below.wy / below.w <= top.wy / top.w) break;
      blocks.pop();
      below.w += top.w;
      below.wy += top.wy;
      below.n += top.n;
    }
  });
  const out: number[] = [];
  for (const block of blocks) for (let k = 0; k < block.n; k++) out.push(block.wy / block.w + (offset[out.length] as number));
  return out;
}

/** Lays out boxes in layers; see the file's comment. */
export function layeredLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[], options: LayoutOptions): LayeredLayout {
  const rows = options.direction === "rows";
  const origin = options.origin ?? { x: 0, y: 0 };
  // Layers without a box are dropped, so a link over them is drawn short.
  const bandLayers = [...new Set(nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const rankOf = new Map(bandLayers.map((layer, i) => [layer, i]));
  const vertices: Vertex[] = nodes.map((n) => ({
    layer: rankOf.get(n.layer) as number,
    along: rows ? n.width : n.height,
    across: rows ? n.height : n.width,
    dummy: false,
  }));
  const chains: Chain[] = edges.map((edge) => {
    const a = vertices[edge.from] as Vertex;
    const b = vertices[edge.to] as Vertex;
    if (a.layer === b.layer) return { vertices: [edge.from, edge.to], reversed: false, flat: true };
    const [upper, lower] = a.layer < b.layer ? [edge.from, edge.to] : [edge.to, edge.from];
    const chain = [upper];
    const top = (vertices[upper] as Vertex).layer;
    const bottom = (vertices[lower] as Vertex).layer;
    for (let layer = top + 1; layer < bottom; layer++) {
      chain.push(vertices.length);
      vertices.push({ layer, along: DUMMY_SIZE, across: 0, dummy: true });
    }
    chain.push(lower);
    return { vertices: chain, reversed: a.layer > b.layer, flat: false };
  });

  // Neighbours one layer up and one layer down, once per link piece.
  const up: number[][] = vertices.map(() => []);
  const down: number[][] = vertices.map(() => []);
  for (const chain of chains) {
    if (chain.flat) continue;
    for (let i = 0; i + 1 < chain.vertices.length; i++) {
      const [v, w] = [chain.vertices[i] as number, chain.vertices[i + 1] as number];
      down[v]?.push(w);
      up[w]?.push(v);
    }
  }

  const layerCount = bandLayers.length;
  let order: number[][] = Array.from({ length: layerCount }, () => []);
  vertices.forEach((v, i) => order[v.layer]?.push(i));
  const pos = new Array<number>(vertices.length).fill(0);
  const index = () => order.forEach((layer) => layer.forEach((v, i) => (pos[v] = i)));
  index();
  const totalCrossings = () => {
    let sum = 0;
    for (let l = 0; l + 1 < layerCount; l++) sum += crossingsBetween(order[l] as number[], pos, down);
    return sum;
  };

  // Order within layers: barycenter sweeps, then neighbour swaps, keeping the best order seen.
  const initial = totalCrossings();
  let best = initial;
  let bestOrder = order.map((layer) => [...layer]);
  const sortBy = (l: number, neighbours: readonly (readonly number[])[], refSize: number) => {
    const layer = order[l] as number[];
    const key = new Map<number, number>();
    for (const v of layer) {
      const nb = neighbours[v] ?? [];
      // Positions as fractions of their layer, so layers of different sizes compare.
      key.set(v, nb.length === 0 ? ((pos[v] as number) + 0.5) / layer.length : nb.reduce((s, w) => s + (pos[w] as number) + 0.5, 0) / nb.length / refSize);
    }
    layer.sort((a, b) => (key.get(a) as number) - (key.get(b) as number) || (pos[a] as number) - (pos[b] as number));
    layer.forEach((v, i) => (pos[v] = i));
  };
  /** Crossings among the links of v and w when v stands before w. */
  const pairCrossings = (v: number, w: number) => {
    let count = 0;
    for (const side of [up, down]) for (const a of side[v] ?? []) for (const b of side[w] ?? []) if ((pos[a] as number) > (pos[b] as number)) count++;
    return count;
  };
  const transpose = () => {
    for (let pass = 0, improved = true; improved && pass < 8; pass++) {
      improved = false;
      for (const layer of order) {
        for (let i = 0; i + 1 < layer.length; i++) {
          const [v, w] = [layer[i] as number, layer[i + 1] as number];
          if (pairCrossings(w, v) < pairCrossings(v, w)) {
            layer[i] = w;
            layer[i + 1] = v;
            pos[w] = i;
            pos[v] = i + 1;
            improved = true;
          }
        }
      }
    }
  };
  for (let round = 0, stale = 0; round < 24 && stale < 4 && best > 0; round++) {
    for (let l = 1; l < layerCount; l++) sortBy(l, up, (order[l - 1] as number[]).length);
    for (let l = layerCount - 2; l >= 0; l--) sortBy(l, down, (order[l + 1] as number[]).length);
    transpose();
    const crossings = totalCrossings();
    if (crossings < best) {
      best = crossings;
      bestOrder = order.map((layer) => [...layer]);
      stale = 0;
    } else stale++;
  }
  order = bestOrder;
  index();

  // Positions along the layers.
  const gap = (v: number, w: number) => {
    const dummies = Number((vertices[v] as Vertex).dummy) + Number((vertices[w] as Vertex).dummy);
    return dummies === 0 ? options.nodeGap : dummies === 1 ? options.nodeGap / 2 : 6;
  };
  const centre = new Array<number>(vertices.length).fill(0);
  const seps = order.map((layer) => layer.slice(1).map((w, i) => ((vertices[layer[i] as number] as Vertex).along + (vertices[w] as Vertex).along) / 2 + gap(layer[i] as number, w)));
  order.forEach((layer, l) => {
    const sep = seps[l] as number[];
    let at = 0;
    layer.forEach((v, i) => {
      if (i > 0) at += sep[i - 1] as number;
      centre[v] = at;
    });
    // Centred on 0, so layers start out aligned on their middles.
    layer.forEach((v) => (centre[v] = (centre[v] as number) - at / 2));
  });
  // A link piece between two slots pulls hardest, so long links run straight.
  const pull = (v: number, w: number) => {
    const dummies = Number((vertices[v] as Vertex).dummy) + Number((vertices[w] as Vertex).dummy);
    return dummies === 2 ? 8 : dummies === 1 ? 2 : 1;
  };
  const place = (l: number, sides: readonly (readonly (readonly number[])[])[]) => {
    const layer = order[l] as number[];
    const wanted: number[] = [];
    const weight: number[] = [];
    for (const v of layer) {
      let w = 0;
      let sum = 0;
      for (const side of sides) {
        for (const n of side[v] ?? []) {
          const p = pull(v, n);
          w += p;
          sum += p * (centre[n] as number);
        }
      }
      // A box linked to nothing on these sides stays where it is, lightly held.
      wanted.push(w === 0 ? (centre[v] as number) : sum / w);
      weight.push(w === 0 ? 0.01 : w);
    }
    fitInOrder(wanted, weight, seps[l] as number[]).forEach((x, i) => (centre[layer[i] as number] = x));
  };
  for (let round = 0; round < 6; round++) {
    for (let l = 1; l < layerCount; l++) place(l, round < 4 ? [up] : [up, down]);
    for (let l = layerCount - 2; l >= 0; l--) place(l, round < 4 ? [down] : [up, down]);
  }
  const low = Math.min(...vertices.map((v, i) => (centre[i] as number) - v.along / 2));
  const high = Math.max(...vertices.map((v, i) => (centre[i] as number) + v.along / 2));
  const alongOf = (v: number) => (centre[v] as number) - low;

  // Bands across: each layer as thick as its thickest box, the space between growing with its links.
  const thickness = order.map((layer) => Math.max(0, ...layer.map((v) => (vertices[v] as Vertex).across)));
  const piecesBelow = order.map((layer) => layer.reduce((s, v) => s + (down[v]?.length ?? 0), 0));
  const bands: Band[] = [];
  let at = 0;
  order.forEach((_, l) => {
    if (l > 0) at += options.layerGap + Math.min(options.layerGap, 3 * Math.max(0, (piecesBelow[l - 1] as number) - 3));
    bands.push({ start: at, size: thickness[l] as number });
    at += thickness[l] as number;
  });
  const extentAlong = high - low;
  const extentAcross = at;
  const point = (along: number, across: number): Point =>
    rows ? { x: origin.x + along, y: origin.y + across } : { x: origin.x + across, y: origin.y + along };

  // The box of each vertex, centred in its band, in layout coordinates (along, across).
  const nearSide = (v: number) => {
    const vertex = vertices[v] as Vertex;
    const band = bands[vertex.layer] as Band;
    return band.start + (band.size - vertex.across) / 2;
  };
  const farSide = (v: number) => nearSide(v) + (vertices[v] as Vertex).across;
  const boxes: Box[] = nodes.map((n, v) => {
    const corner = point(alongOf(v) - (vertices[v] as Vertex).along / 2, nearSide(v));
    return { x: corner.x, y: corner.y, width: n.width, height: n.height };
  });

  // Ports: the links leaving one side of a box are spread along it, in the order of their other ends.
  const ports = new Map<string, number>();
  const spread = (v: number, side: "near" | "far", links: { key: string; toward: number }[]) => {
    const vertex = vertices[v] as Vertex;
    links.sort((a, b) => a.toward - b.toward);
    const span = vertex.dummy ? 0 : Math.min(vertex.along * 0.7, (links.length - 1) * 10);
    links.forEach((link, i) => ports.set(`${side}:${link.key}`, alongOf(v) + (links.length === 1 ? 0 : -span / 2 + (span * i) / (links.length - 1))));
  };
  const nearLinks: { key: string; toward: number }[][] = vertices.map(() => []);
  const farLinks: { key: string; toward: number }[][] = vertices.map(() => []);
  chains.forEach((chain, c) => {
    const vs = chain.vertices;
    if (chain.flat) {
      const [a, b] = vs as [number, number];
      const links = (vertices[a] as Vertex).layer === 0 ? farLinks : nearLinks;
      links[a]?.push({ key: `${c}:0`, toward: alongOf(b) });
      links[b]?.push({ key: `${c}:1`, toward: alongOf(a) });
      return;
    }
    for (let i = 0; i + 1 < vs.length; i++) {
      const [v, w] = [vs[i] as number, vs[i + 1] as number];
      farLinks[v]?.push({ key: `${c}:${i}`, toward: alongOf(w) });
      nearLinks[w]?.push({ key: `${c}:${i}`, toward: alongOf(v) });
    }
  });
  vertices.forEach((_, v) => {
    spread(v, "near", nearLinks[v] as { key: string; toward: number }[]);
    spread(v, "far", farLinks[v] as { key: string; toward: number }[]);
  });

  const curve = (a: Point, b: Point, bend: number): Curve => {
    // Control points share the layer axis coordinate `bend`, so the curve leaves and arrives straight.
    const [c1, c2] = rows ? [{ x: a.x, y: bend }, { x: b.x, y: bend }] : [{ x: bend, y: a.y }, { x: bend, y: b.y }];
    return { start: a, c1, c2, end: b };
  };
  const line = (a: Point, b: Point): Curve => ({ start: a, c1: a, c2: b, end: b });
  const across = (p: Point) => (rows ? p.y : p.x);
  const bandEdge = (v: number, far: boolean) => {
    const band = bands[(vertices[v] as Vertex).layer] as Band;
    return far ? band.start + band.size : band.start;
  };
  const routed: RoutedEdge[] = chains.map((chain, c) => {
    const vs = chain.vertices;
    // Inside a layer's band a link runs straight, along the layer axis, so it never crosses a box
    // there; it bends only in the space between bands (or beside its band, for an arc).
    const pieces: Curve[] = [];
    const straight = (a: Point, b: Point) => {
      if (a.x !== b.x || a.y !== b.y) pieces.push(line(a, b));
    };
    if (chain.flat) {
      // An arc beside the layer, deeper the farther apart its ends are: on the side toward layer 0,
      // or, in layer 0, on the other side, so it stays inside the picture.
      const [a, b] = vs as [number, number];
      const far = (vertices[a] as Vertex).layer === 0;
      const key = far ? "far" : "near";
      const start = point(ports.get(`${key}:${c}:0`) as number, far ? farSide(a) : nearSide(a));
      const end = point(ports.get(`${key}:${c}:1`) as number, far ? farSide(b) : nearSide(b));
      const edgeA = point(ports.get(`${key}:${c}:0`) as number, bandEdge(a, far));
      const edgeB = point(ports.get(`${key}:${c}:1`) as number, bandEdge(b, far));
      const depth = Math.min(options.layerGap * 0.7, 14 + Math.abs(alongOf(a) - alongOf(b)) * 0.08);
      straight(start, edgeA);
      pieces.push(curve(edgeA, edgeB, far ? across(edgeA) + depth : across(edgeA) - depth));
      straight(edgeB, end);
    } else {
      const first = vs[0] as number;
      const exitAt = ports.get(`far:${c}:0`) as number;
      straight(point(exitAt, farSide(first)), point(exitAt, bandEdge(first, true)));
      let exit = point(exitAt, bandEdge(first, true));
      for (let i = 1; i < vs.length; i++) {
        const v = vs[i] as number;
        const at = ports.get(`near:${c}:${i - 1}`) as number;
        const entry = point(at, bandEdge(v, false));
        pieces.push(curve(exit, entry, (across(exit) + across(entry)) / 2));
        if (i + 1 < vs.length) {
          // Straight through the layer it skips, in its own slot.
          exit = point(at, bandEdge(v, true));
          straight(entry, exit);
        } else straight(entry, point(at, nearSide(v)));
      }
      if (chain.reversed) pieces.reverse().forEach((k, i) => (pieces[i] = { start: k.end, c1: k.c2, c2: k.c1, end: k.start }));
    }
    const last = pieces[pieces.length - 1] as Curve;
    // The direction of arrival: along the last piece's end tangent (its chord when it is straight).
    const from = last.c2.x === last.end.x && last.c2.y === last.end.y ? last.start : last.c2;
    const dx = last.end.x - from.x;
    const dy = last.end.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    return { curves: pieces, path: curvesPath(pieces), arrival: { x: dx / length, y: dy / length } };
  });

  const size = point(extentAlong, extentAcross);
  return {
    direction: options.direction,
    boxes,
    edges: routed,
    bands,
    bandLayers,
    width: size.x - origin.x,
    height: size.y - origin.y,
    crossings: { initial, final: best },
  };
}

/** A coordinate with at most one decimal. */
function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The SVG path of joined curves; straight pieces are written as lines. */
function curvesPath(curves: readonly Curve[]): string {
  const first = curves[0];
  if (first === undefined) return "";
  const parts = [`M${num(first.start.x)} ${num(first.start.y)}`];
  for (const k of curves) {
    const straight = k.c1.x === k.start.x && k.c1.y === k.start.y && k.c2.x === k.end.x && k.c2.y === k.end.y;
    parts.push(straight ? `L${num(k.end.x)} ${num(k.end.y)}` : `C${num(k.c1.x)} ${num(k.c1.y)} ${num(k.c2.x)} ${num(k.c2.y)} ${num(k.end.x)} ${num(k.end.y)}`);
  }
  return parts.join(" ");
}

/** The point of a curve at parameter t ∈ [0, 1]. */
export function curvePoint(k: Curve, t: number): Point {
  const s = 1 - t;
  const a = s * s * s;
  const b = 3 * s * s * t;
  const c = 3 * s * t * t;
  const d = t * t * t;
  return { x: a * k.start.x + b * k.c1.x + c * k.c2.x + d * k.end.x, y: a * k.start.y + b * k.c1.y + c * k.c2.y + d * k.end.y };
}
