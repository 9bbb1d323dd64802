/**
 * The stakeholder map, checked the way a reader checks it by hand on the distributor's buying centre
 * as of 2026-12-06: each person's circle sits in the column of their attitude and the row of their
 * influence (read from the SVG's cx/cy against the axis labels), the opponent of influence 4 is left of
 * every supporter and above the mentor, people sharing a cell do not overlap (circles or names), the
 * mentor is ringed, a person never observed is drawn hollow in the neutral column; the texts in
 * zh-CN; the Vega-Lite spec carries exactly the chart data; bad options are listed with their paths.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import type { BuyingCentreInput } from "../../src/people/schema.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import * as render from "../../src/render/index.js";
import { stakeholderMapSvg } from "../../src/render/svg/stakeholderMapSvg.js";
import { textWidth } from "../../src/render/svg/_internal/textFit.js";
import { stakeholderMapData } from "../../src/render/vegaLite/stakeholderMapData.js";
import { stakeholderMapSpec } from "../../src/render/vegaLite/stakeholderMapSpec.js";
import { thrown } from "./helpers.js";

const input = parse(readFileSync(new URL("../../examples/distributor.stakeholders.yaml", import.meta.url), "utf8")) as BuyingCentreInput & { people: Record<string, unknown>[] };
const centre = defineBuyingCentre(input);
const asOf = "2026-12-06";

/** A person's circle in the SVG: its centre, radius and tooltip. */
interface Circle {
  readonly id: string;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly dashed: boolean;
  readonly tip: string;
}

/** Every person's circle of an SVG, by id. */
function circles(svg: string): Map<string, Circle> {
  const found = [...svg.matchAll(/<circle class="person" data-id="([^"]+)" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"([^>]*)><title>([^<]*)<\/title><\/circle>/g)];
  return new Map(found.map((m) => [m[1]!, { id: m[1]!, cx: Number(m[2]), cy: Number(m[3]), r: Number(m[4]), dashed: m[5]!.includes("stroke-dasharray"), tip: m[6]! }]));
}

/** The x of each column label (its centre) and the y of each influence label (its row's middle). */
function axes(svg: string): { columns: Map<string, number>; rows: Map<number, number> } {
  const columns = new Map([...svg.matchAll(/<text x="([\d.]+)"[^>]* data-attitude="([^"]+)">/g)].map((m) => [m[2]!, Number(m[1])]));
  const rows = new Map([...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]* data-influence="(\d)">/g)].map((m) => [Number(m[2]), Number(m[1])]));
  return { columns, rows };
}

/** The key of the map entry nearest to `at`. */
function nearest<K>(positions: Map<K, number>, at: number): K {
  return [...positions].reduce((best, entry) => (Math.abs(entry[1] - at) < Math.abs(best[1] - at) ? entry : best))[0];
}

/** The box of each name drawn under a circle: its lines at font size 10, centred on x, starting at y's baseline. */
function nameBoxes(svg: string): { left: number; right: number; top: number; bottom: number }[] {
  const people = svg.slice(svg.indexOf('<g class="people">'));
  return [...people.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="middle" font-size="10"[^>]*>(.*?)<\/text>/g)].map((m) => {
    const lines = [...m[3]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]!);
    const half = Math.max(...lines.map((line) => textWidth(line, 10))) / 2;
    const [x, y] = [Number(m[1]), Number(m[2])];
    return { left: x - half, right: x + half, top: y - 9, bottom: y - 9 + 12 * lines.length };
  });
}

const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A buying centre with crowded cells: five more people at neutral/2 and opponent/5, one of them never observed, one with a long Chinese name. */
const crowded = defineBuyingCentre({
  ...input,
  people: [
    ...input.people,
    ...[
      { id: "p-x1", name: "Extra Person One", category: "executive", influence: 2, attitude: "neutral" },
      { id: "p-x2", name: "欧阳修远", category: "industryExpert", influence: 2, attitude: "neutral" },
      { id: "p-x3", name: "Marianne Oberholzer-Schmidt", category: "peripheralSenior", influence: 2, attitude: "neutral" },
      { id: "p-x4", name: "Ma Lin", category: "executive", influence: 5, attitude: "opponent" },
      { id: "p-x5", name: "Gao Yu", category: "industryExpert", influence: 2, attitude: undefined },
    ].map(({ attitude, ...person }) => ({ ...person, observations: attitude === undefined ? [] : [{ date: "2026-11-01", source: "workshop", attitude }] })),
  ],
});

describe("stakeholderMapData", () => {
  it("gives each person their attitude as of the day, influence, category, and whether observed or our mentor", () => {
    const data = stakeholderMapData(centre, { asOf });
    expect(data.rows).toEqual([
      { id: "p-ceo", name: "Zhou Min", title: "Chief executive", category: "executive", influence: 5, attitude: "neutral", observed: true, mentor: false },
      { id: "p-cfo", name: "Li Wei", title: "Chief financial officer", category: "decisionMaking", influence: 5, attitude: "supporter", observed: true, mentor: false },
      { id: "p-credit", name: "Wang Fang", title: "Credit manager", category: "decisionMaking", influence: 3, attitude: "mentor", observed: true, mentor: true },
      { id: "p-sales", name: "Chen Gang", title: "Sales director", category: "decisionMaking", influence: 4, attitude: "opponent", observed: true, mentor: false },
      { id: "p-it", name: "Sun Lei", title: "IT manager", category: "industryExpert", influence: 3, attitude: "neutral", observed: true, mentor: false },
      { id: "p-logistics", name: "Liu Yang", title: "Logistics director", category: "peripheralSenior", influence: 2, attitude: "neutral", observed: true, mentor: false },
      { id: "p-procurement", name: "Zhao Jing", title: "Procurement manager", category: "decisionMaking", influence: 2, attitude: "neutral", observed: true, mentor: false },
    ]);
    expect(data.title).toBe("Stakeholder map as of December 6, 2026");
    expect(data.columns.map((column) => column.label)).toEqual(["Opponent", "Non-supporter", "Neutral", "Supporter", "Mentor"]);
    expect(data.description).toContain("High influence and against us: Chen Gang.");
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.isFrozen(data.rows[0])).toBe(true);
  });

  it("places a person not yet observed by asOf in the neutral column, marked as not observed", () => {
    const early = stakeholderMapData(centre, { asOf: "2026-10-15" });
    const byId = new Map(early.rows.map((row) => [row.id, row]));
    // The credit manager is first seen on 2026-10-20, the sales director too: neither is observed yet.
    expect(byId.get("p-credit")).toMatchObject({ attitude: "neutral", observed: false, mentor: false });
    expect(byId.get("p-sales")).toMatchObject({ attitude: "neutral", observed: false });
    expect(byId.get("p-cfo")).toMatchObject({ attitude: "supporter", observed: true });
    expect(early.tips["p-credit"]).toBe("Wang Fang, Credit manager — Decision-making level; not yet observed (placed as neutral); influence 3");
    expect(early.description).toContain("No one of high influence is against us.");
  });

  it("leaves out the title of a person who has none, and takes every observation without asOf", () => {
    const untitled = defineBuyingCentre({ people: [{ id: "p-a", name: "An", category: "industryExpert", influence: 1 }] });
    const data = stakeholderMapData(untitled);
    expect(data.rows).toEqual([{ id: "p-a", name: "An", category: "industryExpert", influence: 1, attitude: "neutral", observed: false, mentor: false }]);
    expect(data.title).toBe("Stakeholder map");
    expect(data.tips["p-a"]).toBe("An — Industry expert; not yet observed (placed as neutral); influence 1");
  });
});

describe("stakeholderMapSvg on the distributor as of 2026-12-06", () => {
  const svg = stakeholderMapSvg(centre, { asOf });
  const people = circles(svg);
  const { columns, rows } = axes(svg);
  const at = (id: string) => people.get(id)!;
  const column = (id: string) => nearest(columns, at(id).cx);
  const row = (id: string) => nearest(rows, at(id).cy);

  it("is a standalone, accessible SVG with one titled circle per person", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 ')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain("<title>Stakeholder map as of December 6, 2026</title><desc>The buying centre by attitude to us");
    expect(svg).not.toMatch(/<script|href=|NaN|Infinity|undefined/);
    expect(people.size).toBe(7);
    expect(at("p-sales").tip).toBe("Chen Gang, Sales director — Decision-making level; Opponent; influence 4");
    expect(at("p-it").tip).toBe("Sun Lei, IT manager — Industry expert; Neutral; influence 3");
  });

  it("draws five columns, opponent on the left to mentor on the right, and influence 5 at the top", () => {
    expect([...columns.keys()]).toEqual(["opponent", "nonSupporter", "neutral", "supporter", "mentor"]);
    const xs = [...columns.values()];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(rows.get(5)!).toBeLessThan(rows.get(1)!);
  });

  it("puts every person in the column of their attitude and the row of their influence", () => {
    for (const person of stakeholderMapData(centre, { asOf }).rows) {
      expect([person.id, column(person.id), row(person.id)]).toEqual([person.id, person.attitude, person.influence]);
    }
  });

  it("shows the sales director left of every supporter and above the credit manager, our mentor", () => {
    const supporters = ["p-cfo", "p-credit"];
    for (const id of supporters) expect(at("p-sales").cx).toBeLessThan(at(id).cx);
    expect(at("p-sales").cy).toBeLessThan(at("p-credit").cy);
    expect(column("p-sales")).toBe("opponent");
    expect(row("p-sales")).toBe(4);
  });

  it("shows the CFO right of the centre line, in the top row", () => {
    expect(at("p-cfo").cx).toBeGreaterThan(columns.get("neutral")!);
    expect(row("p-cfo")).toBe(5);
    expect(at("p-cfo").cy).toBeLessThan(Math.min(...[...people.values()].filter((c) => c.id !== "p-cfo" && c.id !== "p-ceo").map((c) => c.cy)));
  });

  it("puts the logistics director in the neutral column", () => {
    expect(column("p-logistics")).toBe("neutral");
    expect(row("p-logistics")).toBe(2);
  });

  it("spreads the two people of the neutral, influence-2 cell so neither circles nor names overlap", () => {
    const [a, b] = [at("p-logistics"), at("p-procurement")];
    expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r);
    const boxes = nameBoxes(svg);
    expect(boxes).toHaveLength(7);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it("rings the mentor, and names the ring in the legend", () => {
    const rings = [...svg.matchAll(/<circle class="mentor" cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)];
    expect(rings).toHaveLength(1);
    expect([Number(rings[0]![1]), Number(rings[0]![2])]).toEqual([at("p-credit").cx, at("p-credit").cy]);
    expect(Number(rings[0]![3])).toBeGreaterThan(at("p-credit").r);
    expect(svg).toMatch(/<g class="legend">.*>Mentor \(our coach\)<\/text>/);
    // Nobody is unobserved on this day: the legend has no entry for it.
    expect(svg).not.toContain("Not yet observed");
  });

  it("colours by hierarchy category, four colours in the legend", () => {
    const legend = svg.slice(svg.indexOf('<g class="legend">'), svg.indexOf("</g>", svg.indexOf('<g class="legend">')));
    for (const label of ["Executive", "Decision-making level", "Peripheral senior", "Industry expert"]) expect(legend).toContain(`>${label}</text>`);
    const fill = (id: string) => new RegExp(`data-id="${id}"[^>]* fill="(#[0-9a-f]{6})"`).exec(svg)![1];
    expect(fill("p-cfo")).toBe(fill("p-sales"));
    expect(new Set(["p-ceo", "p-cfo", "p-it", "p-logistics"].map(fill)).size).toBe(4);
  });

  it("shades high influence against us, top left, and the sales director is in it", () => {
    const m = /<rect class="critical" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    const [x, y, w, h] = m.slice(1, 5).map(Number) as [number, number, number, number];
    const inside = (c: Circle) => c.cx > x && c.cx < x + w && c.cy > y && c.cy < y + h;
    expect(inside(at("p-sales"))).toBe(true);
    expect([...people.values()].filter(inside).map((c) => c.id)).toEqual(["p-sales"]);
    expect(x).toBeLessThan(columns.get("opponent")!);
    expect(x + w).toBeLessThan(columns.get("neutral")!);
    expect(svg).toContain(">High influence, against us</text>");
  });

  it("is the same picture every time", () => {
    expect(stakeholderMapSvg(centre, { asOf })).toBe(svg);
  });
});

describe("stakeholderMapSvg with crowded cells and a person never observed", () => {
  const svg = stakeholderMapSvg(crowded, { asOf });
  const people = circles(svg);
  const { columns, rows } = axes(svg);
  const data = stakeholderMapData(crowded, { asOf });

  it("keeps everyone in their cell, circles apart and names clear of each other and of the circles", () => {
    for (const person of data.rows) {
      const c = people.get(person.id)!;
      expect([person.id, nearest(columns, c.cx), nearest(rows, c.cy)]).toEqual([person.id, person.attitude, person.influence]);
    }
    const all = [...people.values()];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(Math.hypot(all[i]!.cx - all[j]!.cx, all[i]!.cy - all[j]!.cy)).toBeGreaterThanOrEqual(all[i]!.r + all[j]!.r);
    const boxes = nameBoxes(svg);
    expect(boxes).toHaveLength(data.rows.length);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i} and ${j}`).toBe(false);
    for (const box of boxes) for (const c of all) expect(overlap(box, { left: c.cx - c.r, right: c.cx + c.r, top: c.cy - c.r, bottom: c.cy + c.r })).toBe(false);
  });

  it("writes every name whole, wrapping a long one", () => {
    // Each name's lines joined without spaces (lines break at spaces, after hyphens and between Chinese characters).
    const drawn = [...svg.slice(svg.indexOf('<g class="people">')).matchAll(/font-size="10"[^>]*>(.*?)<\/text>/g)].map((m) => [...m[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join("").replace(/\s+/g, ""));
    expect(drawn.sort()).toEqual(data.rows.map((row) => row.name.replace(/\s+/g, "")).sort());
    expect(svg).toMatch(/>Marianne<\/tspan><tspan [^>]*>Oberholzer-<\/tspan><tspan [^>]*>Schmidt</);
    expect(svg).not.toContain("…");
  });

  it("draws the person never observed hollow and dashed in the neutral column, with the legend's entry", () => {
    const gao = people.get("p-x5")!;
    expect(gao.dashed).toBe(true);
    expect(nearest(columns, gao.cx)).toBe("neutral");
    expect(gao.tip).toBe("Gao Yu — Industry expert; not yet observed (placed as neutral); influence 2");
    expect([...people.values()].filter((c) => c.dashed).map((c) => c.id)).toEqual(["p-x5"]);
    expect(svg).toContain(">Not yet observed</text>");
  });

  it("grows taller than asked when a crowded cell needs it, never narrower than it can draw", () => {
    const height = Number(/viewBox="0 0 640 (\d+)"/.exec(svg)![1]);
    expect(height).toBeGreaterThan(360);
    expect(stakeholderMapSvg(centre, { asOf, width: 800, height: 700 })).toContain('viewBox="0 0 800 700"');
    expect(stakeholderMapSvg(centre, { asOf, width: 100 })).toMatch(/viewBox="0 0 364 \d+"/);
  });
});

describe("stakeholderMapSvg at the edges", () => {
  it("draws an empty buying centre: the grid, the critical area, no one", () => {
    const empty = defineBuyingCentre({ people: [] });
    const svg = stakeholderMapSvg(empty);
    expect(circles(svg).size).toBe(0);
    expect(svg).toContain('<rect class="critical"');
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect((stakeholderMapSpec(empty)["data"] as { values: unknown[] }).values).toEqual([]);
  });

  it("escapes names and titles", () => {
    const tricky = defineBuyingCentre({ people: [{ id: "p-1", name: 'A <b> & "B"', title: "R&D <lead>", category: "executive", influence: 3 }] });
    const svg = stakeholderMapSvg(tricky);
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("A &lt;b&gt; &amp; &quot;B&quot;, R&amp;D &lt;lead&gt; — Executive; not yet observed (placed as neutral); influence 3");
  });
});

describe("stakeholderMapSvg in zh-CN", () => {
  const svg = stakeholderMapSvg(centre, { asOf, locale: "zh-CN" });

  it("writes the title, axes, columns, legend and tooltips in Chinese", () => {
    expect(svg).toContain("<title>利益相关者地图（截至 2026年12月6日）</title>");
    for (const word of ["反对者", "不支持者", "中立", "支持者", "内线"]) expect(svg).toMatch(new RegExp(`data-attitude="[a-zA-Z]+"><tspan[^>]*>${word}</tspan>`));
    expect(svg).toContain(">对我方的态度</text>");
    expect(svg).toContain(">影响力</text>");
    expect(svg).toContain(">内线（我方教练）</text>");
    expect(svg).toContain(">高影响力、反对我方</text>");
    for (const word of ["高层", "决策层", "外围高层", "业内专家"]) expect(svg).toContain(`>${word}</text>`);
    expect(circles(svg).get("p-sales")!.tip).toBe("Chen Gang，Sales director — 决策层；反对者；影响力 4");
    expect(svg).toContain("高影响力且反对我方：Chen Gang。");
  });

  it("places everyone as the English picture does", () => {
    const en = circles(stakeholderMapSvg(centre, { asOf }));
    const zh = circles(svg);
    const { columns } = axes(svg);
    for (const [id, c] of en) expect(nearest(columns, zh.get(id)!.cx)).toBe(nearest(axes(stakeholderMapSvg(centre, { asOf })).columns, c.cx));
  });
});

describe("stakeholderMapSpec", () => {
  const spec = stakeholderMapSpec(centre, { asOf });
  const data = stakeholderMapData(centre, { asOf });
  const layers = spec["layer"] as { mark: { type: string }; transform?: { filter: string }[]; encoding: Record<string, { field?: string; datum?: string; axis?: { labelExpr?: string } }> }[];

  it("is a Vega-Lite v5 spec whose inline data are exactly the chart data's rows", () => {
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect([spec["width"], spec["height"]]).toEqual([640, 360]);
    expect(spec["title"]).toBe(data.title);
    expect(spec["description"]).toBe(data.description);
    expect((spec["data"] as { values: unknown }).values).toEqual(data.rows);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it("places attitude on x (opponent … mentor) and influence on y, colours by category, rings the mentor", () => {
    const points = layers.find((layer) => layer.mark.type === "circle")!;
    expect(points.encoding["x"]!.field).toBe("mapX");
    expect(points.encoding["x"]!.axis!.labelExpr).toBe('["Opponent","Non-supporter","Neutral","Supporter","Mentor"][datum.value]');
    expect(points.encoding["y"]!.field).toBe("mapY");
    expect(points.encoding["color"]!.field).toBe("categoryLabel");
    const ring = layers.find((layer) => layer.transform?.[0]?.filter === "datum.mentor")!;
    expect(ring.encoding["stroke"]!.datum).toBe("Mentor (our coach)");
  });

  it("takes the size and the locale", () => {
    const zh = stakeholderMapSpec(centre, { asOf, locale: "zh-CN", width: 800, height: 500 });
    expect([zh["width"], zh["height"], zh["title"]]).toEqual([800, 500, "利益相关者地图（截至 2026年12月6日）"]);
    expect(JSON.stringify(zh)).toContain('[\\"反对者\\",\\"不支持者\\",\\"中立\\",\\"支持者\\",\\"内线\\"][datum.value]');
  });

  it("grows taller for a crowded cell, and draws the never observed hollow with a legend entry", () => {
    const tall = stakeholderMapSpec(crowded, { asOf });
    expect(tall["height"] as number).toBeGreaterThan(360);
    expect(JSON.stringify(tall)).toContain('"datum":"Not yet observed"');
    expect(JSON.stringify(tall)).toContain('"filter":"!datum.observed"');
    expect(JSON.stringify(spec)).not.toContain("Not yet observed");
  });

  it("is exported from valueframe/render with the data and the SVG", () => {
    expect(render.stakeholderMapData).toBe(stakeholderMapData);
    expect(render.stakeholderMapSpec).toBe(stakeholderMapSpec);
    expect(render.stakeholderMapSvg).toBe(stakeholderMapSvg);
  });
});

describe("bad options", () => {
  it.each([
    ["stakeholderMapData", stakeholderMapData],
    ["stakeholderMapSpec", stakeholderMapSpec],
    ["stakeholderMapSvg", stakeholderMapSvg],
  ] as const)("%s lists every problem with its path", (_name, fn) => {
    const error = thrown(() => fn(centre, { locale: "fr" as "en", width: 50, height: 1.5, asOf: "2026-02-30" })) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.code).toBe("RENDER_INVALID_ARGUMENT");
    expect(error.issues.map((issue) => issue.path)).toEqual([["locale"], ["width"], ["height"], ["asOf"]]);
    expect(error.issues[3]).toEqual({ path: ["asOf"], code: "invalid_date", message: 'must be a calendar date written YYYY-MM-DD, e.g. "2026-12-06", got "2026-02-30"' });
    expect(error.message.split("\n")[0]).toBe("valueframe: stakeholderMapData options: 4 problems:");
  });

  it("refuses options that are not an object, and a subject that is not a buying centre", () => {
    const notObject = thrown(() => stakeholderMapSvg(centre, "zh-CN" as never)) as RenderArgumentError;
    expect(notObject).toBeInstanceOf(RenderArgumentError);
    expect(notObject.issues).toEqual([{ path: [], code: "invalid_type", message: "options must be an object" }]);
    const notCentre = thrown(() => stakeholderMapSvg({ persons: [] } as never)) as RenderArgumentError;
    expect(notCentre).toBeInstanceOf(RenderArgumentError);
    expect(notCentre.issues[0]!.message).toBe("expected a buying centre (from defineBuyingCentre), with its people");
  });
});
