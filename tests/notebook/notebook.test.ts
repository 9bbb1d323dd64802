/** The notebook display: show() and the MIME bundles, on top of results that stay plain frozen data. */
import { describe, expect, it } from "vitest";
import { bvf } from "../../src/bvf/builder.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import type { Frame } from "../../src/frame/frame.js";
import { frameSchema } from "../../src/frame/frame.js";
import { frameBundle } from "../../src/notebook/frameBundle.js";
import { jupyterBundle } from "../../src/notebook/jupyterBundle.js";
import { show } from "../../src/notebook/show.js";
import { JUPYTER_DISPLAY, type JupyterBundle } from "../../src/notebook/types.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import { bvfGraph, evaluation, frame, frameData } from "../render/fixtures.js";
import { asOf, centre, pursuit } from "../render/pursuitFixtures.js";
import { pursuitBundle } from "../../src/notebook/pursuitBundle.js";
import { realisationBundle } from "../../src/notebook/realisationBundle.js";
import { realisationCentre, track } from "../render/realisationFixtures.js";
import { accountPlanBundle, qualificationBundle } from "../../src/notebook/qualificationBundle.js";
import { accountPlan, qualification, qualificationCentre } from "../render/qualificationFixtures.js";
import * as notebook from "../../src/notebook/index.js";
import { thrown } from "../render/helpers.js";

const display = (value: object): JupyterBundle => {
  const method = (value as Record<symbol, (() => JupyterBundle) | undefined>)[Symbol.for("Jupyter.display")];
  if (method === undefined) throw new Error("no display method");
  return method.call(value);
};

describe("notebook display", () => {
  it("uses the well-known Jupyter symbol", () => {
    expect(JUPYTER_DISPLAY).toBe(Symbol.for("Jupyter.display"));
  });

  it("shows a frame as its document, title one level down", () => {
    const bundle = display(show(frame));
    expect(Object.keys(bundle)).toEqual(["text/markdown", "text/html", "text/plain"]);
    expect(bundle["text/markdown"].startsWith("## Huatong Industrial Distribution")).toBe(true);
    expect(bundle["text/html"].startsWith('<div class="valueframe">\n<h2>Huatong Industrial Distribution: reference frame</h2>')).toBe(true);
    expect(bundle["text/html"]).toContain("<table>");
    expect(bundle["text/plain"]).toBe(bundle["text/markdown"]);
  });

  it("draws the diagrams as SVG in the HTML view, where a notebook would show Mermaid source as code", () => {
    for (const [bundle, heading] of [[display(show(frame)), "Linkage diagram"], [display(show(bvfGraph)), "The four levels"]] as const) {
      expect(bundle["text/markdown"]).toContain("```mermaid");
      expect(bundle["text/html"]).not.toContain("mermaid");
      expect(bundle["text/html"]).toContain(`<h3>${heading}</h3>\n<figure class="diagram"><svg `);
      expect(bundle["text/html"].match(/<svg /g)?.length).toBe(1);
    }
  });

  it("shows an evaluation with the documented calculation and the cumulative cash-flow chart", () => {
    const bundle = display(show(evaluation));
    expect(Object.keys(bundle).sort()).toEqual(["application/vnd.vegalite.v5+json", "text/html", "text/markdown", "text/plain"]);
    expect(bundle["text/markdown"]).toContain("working capital released** = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = **14,000,000 CNY**");
    expect(bundle["application/vnd.vegalite.v5+json"]?.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
  });

  it("shows BVFs from defineBvf and from the builder alike", () => {
    expect(display(show(bvfGraph))["text/markdown"].split("\n")[0]).toBe("## Credit-to-cash for Huatong: Business Value Framework");
    const built = bvf({ name: "Small" }).executiveKpis([{ id: "E1", name: "Cash" }]).build();
    expect(display(show(built))["text/html"]).toContain("<h3>1. Executive KPIs</h3>");
  });

  it("leaves frames, evaluations and BVFs plain frozen data with no symbol keys", () => {
    const plain = frameSchema.parse(frameData);
    expect(JSON.stringify(frame)).toBe(JSON.stringify(plain));
    expect(frame).toStrictEqual(defineFrame(frameData));
    for (const result of [frame, evaluation, bvfGraph]) {
      expect(Object.isFrozen(result)).toBe(true);
      expect(Object.getOwnPropertySymbols(result)).toEqual([]);
    }
  });

  it("bundles through jupyterBundle in either locale, and rejects what it cannot show", () => {
    expect(JSON.stringify(jupyterBundle(evaluation, { locale: "zh-CN" })["application/vnd.vegalite.v5+json"])).toContain("回收");
    expect(jupyterBundle(frame, { locale: "zh-CN", headingLevel: 1 })["text/markdown"].split("\n")[0]).toBe("# Huatong Industrial Distribution：参照系");
    expect(jupyterBundle(bvfGraph)["text/html"]).toContain('<th style="text-align:right">Expected improvement</th>');
    for (const call of [() => jupyterBundle("frame" as unknown as Frame), () => show(42 as unknown as Frame)]) {
      const error = thrown(call);
      expect(error).toBeInstanceOf(RenderArgumentError);
      expect((error as Error).message).toContain("jupyterBundle arguments: 1 problem:\n  - subject: expected a frame (defineFrame), an evaluation (evaluate), a BVF (defineBvf), a buying centre (defineBuyingCentre), a pursuit (definePursuit), a realisation track (trackRealisation), a qualification (defineQualification), an account plan (defineAccountPlan), a territory review (reviewTerritory) or a portfolio pipeline (aggregatePortfolio), got");
    }
  });

  it("shows a bundle of your own as it is, copied and frozen", () => {
    const a = frameBundle(frame);
    const own = { "text/markdown": `${a["text/markdown"]}\n\n${a["text/markdown"]}`, "text/html": a["text/html"] + a["text/html"], "text/plain": "two frames" };
    const shown = show(own);
    own["text/plain"] = "changed";
    expect(display(shown)["text/plain"]).toBe("two frames");
    expect(Object.isFrozen(display(shown))).toBe(true);
  });

  it("escapes frame content in the HTML", () => {
    const tricky = defineFrame({ ...frameData, customer: { name: '<img src=x onerror="alert(1)">' } });
    const html = display(show(tricky))["text/html"];
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});

describe("notebook display of a pursuit", () => {
  it("bundles the seller's working document with the timeline drawn under its own heading", () => {
    const bundle = pursuitBundle(pursuit, { centre, asOf, frame, evaluation });
    expect(Object.keys(bundle)).toEqual(["text/markdown", "text/html", "text/plain"]);
    expect(bundle["text/markdown"].split("\n")[0]).toBe("## Pursuit: how the customer buys and how the order moves");
    expect(bundle["text/markdown"]).toContain("- **Kept-rate of the commitments obtained:** 66.67% (2 of 3 judged)");
    expect(bundle["text/html"]).toContain('<h3>Timeline</h3>\n<figure class="diagram"><svg style="max-width:100%;height:auto" ');
    expect(bundle["text/html"].match(/<g class="lane"/g)).toHaveLength(3);
    expect(bundle["text/plain"]).toBe(bundle["text/markdown"]);
    expect(Object.isFrozen(bundle)).toBe(true);
    expect(notebook.pursuitBundle).toBe(pursuitBundle);
  });

  it("shows a pursuit through jupyterBundle and show without a centre: people by their ids", () => {
    const bundle = display(show(pursuit));
    expect(bundle["text/markdown"]).toContain("set by the least advanced person observed: `p-credit`");
    expect(bundle["text/html"]).toContain(">p-it</tspan>");
    expect(jupyterBundle(pursuit, { locale: "zh-CN", headingLevel: 1 })["text/markdown"].split("\n")[0]).toBe("# 订单推进：客户如何采购，订单如何推进");
    expect(pursuitBundle(pursuit, { centre, asOf, locale: "zh-CN" })["text/html"]).toContain("<h3>时间线</h3>");
  });

  it("shows the customer nothing of the pursuit but its title", () => {
    const bundle = pursuitBundle(pursuit, { centre, asOf, audience: "customer" });
    expect(bundle["text/markdown"].trim()).toBe("## Pursuit: how the customer buys and how the order moves");
    expect(bundle["text/html"]).not.toContain("<svg");
  });

  it("shows a realisation track as its QBR, with both charts drawn and the KPIs' Vega-Lite chart", () => {
    const bundle = realisationBundle(track, { centre: realisationCentre, frame });
    expect(Object.keys(bundle)).toEqual(["text/markdown", "text/html", "text/plain", "application/vnd.vegalite.v5+json"]);
    expect(bundle["text/markdown"].split("\n")[0]).toBe("## Value realisation: the case against what was measured");
    expect(bundle["text/markdown"]).toContain("- **Realised to date (unweighted; recurring lines for the share of their period elapsed, one-time lines at the amount measured so far):** CN¥11,972,383.56");
    expect(bundle["text/markdown"]).toContain("**Wang Fang** `p-credit`");
    expect(bundle["text/html"].match(/<path class="planned"/g)).toHaveLength(2);
    expect(bundle["text/html"].match(/<path class="series /g)).toHaveLength(4);
    expect(bundle["application/vnd.vegalite.v5+json"]?.["vconcat"]).toBeDefined();
    expect(bundle["text/plain"]).toBe(bundle["text/markdown"]);
    expect(Object.isFrozen(bundle)).toBe(true);
    expect(notebook.realisationBundle).toBe(realisationBundle);
  });

  it("shows a realisation track through jupyterBundle and show, and for the customer without the seller's names", () => {
    const bundle = display(show(track));
    expect(bundle["text/markdown"]).toBe(realisationBundle(track)["text/markdown"]);
    expect(jupyterBundle(track, { locale: "zh-CN", headingLevel: 1 })["text/markdown"].split("\n")[0]).toBe("# 价值实现：价值案例与实际测量的对照");
    const customer = realisationBundle(track, { centre: realisationCentre, audience: "customer" });
    expect(customer["text/markdown"]).not.toMatch(/Wang Fang|`k-dso`/);
    expect(customer["text/markdown"]).toContain("## Measurements");
  });
});

describe("notebook display of a qualification and an account plan", () => {
  it("shows a qualification as the seller's working document with its three charts and the criteria's Vega-Lite chart", () => {
    const bundle = qualificationBundle(qualification, { centre: qualificationCentre, frame, bvf: bvfGraph });
    expect(Object.keys(bundle)).toEqual(["text/markdown", "text/html", "text/plain", "application/vnd.vegalite.v5+json"]);
    expect(bundle["text/markdown"].split("\n")[0]).toBe("## Qualification: is the deal worth pursuing, and can we win it?");
    expect(bundle["text/markdown"]).toContain("- **Seller's stage-weighted revenue:** **CN¥516,000.00**");
    expect(bundle["text/html"].match(/<figure class="chart"><svg style="max-width:100%;height:auto" /g)).toHaveLength(3);
    expect(bundle["text/html"]).toContain('<circle class="deal" data-category="1"');
    expect(bundle["application/vnd.vegalite.v5+json"]?.title).toBe("Purchase criteria: each supplier's score and weighted total");
    expect(bundle["text/plain"]).toBe(bundle["text/markdown"]);
    expect(Object.isFrozen(bundle)).toBe(true);
    expect(notebook.qualificationBundle).toBe(qualificationBundle);
  });

  it("shows a qualification and an account plan through jupyterBundle and show, in Chinese too", () => {
    expect(display(show(qualification))["text/markdown"]).toBe(qualificationBundle(qualification)["text/markdown"]);
    expect(jupyterBundle(qualification, { locale: "zh-CN", headingLevel: 1 })["text/markdown"].split("\n")[0]).toBe("# 资格审查：这个单子值得追吗，我们能赢吗？");
    const plan = display(show(accountPlan));
    expect(plan["text/markdown"].split("\n")[0]).toBe("## Account plan: Huatong Industrial Distribution");
    expect(plan["text/html"]).toContain('<td style="text-align:right"><strong>22.22%</strong></td>');
    expect(notebook.accountPlanBundle).toBe(accountPlanBundle);
  });

  it("shows the customer nothing of either but its title, and no chart", () => {
    const bundle = qualificationBundle(qualification, { centre: qualificationCentre, audience: "customer" });
    expect(bundle["text/markdown"].trim()).toBe("## Qualification: is the deal worth pursuing, and can we win it?");
    expect(bundle["text/html"]).not.toContain("<svg");
    expect(bundle["application/vnd.vegalite.v5+json"]).toBeUndefined();
    expect(accountPlanBundle(accountPlan, { audience: "customer" })["text/markdown"].trim()).toBe("## Account plan: Huatong Industrial Distribution");
  });
});

describe("a territory review in a notebook", () => {
  it("shows the funnel, the seller's pipeline and the tiers with their charts, through show too; the customer sees its title alone", async () => {
    const { review } = await import("../render/territoryFixtures.js");
    const { territoryBundle } = await import("../../src/notebook/territoryBundle.js");
    const bundle = territoryBundle(review);
    expect(Object.keys(bundle)).toEqual(["text/markdown", "text/html", "text/plain", "application/vnd.vegalite.v5+json"]);
    // The funnel by stage, the pipeline by month and the tiers' review: three charts after the document.
    expect(bundle["text/html"].match(/<svg /g)).toHaveLength(3);
    expect(bundle["text/markdown"]).toContain("630,000.30");
    expect(display(show(review))["text/markdown"]).toBe(bundle["text/markdown"]);
    expect(notebook.territoryBundle).toBe(territoryBundle);
    const customer = territoryBundle(review, { audience: "customer" });
    expect(customer["text/html"]).not.toContain("<svg");
    expect(customer["application/vnd.vegalite.v5+json"]).toBeUndefined();
  });
});
