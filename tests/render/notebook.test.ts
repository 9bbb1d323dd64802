import { describe, expect, it } from "vitest";
import { bvf } from "../../src/bvf/builder.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { frameSchema } from "../../src/frame/frame.js";
import { safeDefineFrame } from "../../src/frame/safeDefineFrame.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import type { Frame } from "../../src/frame/frame.js";
import { jupyterBundle } from "../../src/render/notebook/jupyterBundle.js";
import { JUPYTER_DISPLAY, type JupyterBundle } from "../../src/render/notebook/types.js";
import { withJupyterDisplay } from "../../src/render/notebook/withJupyterDisplay.js";
import { bvfGraph, evaluation, frame, frameData } from "./fixtures.js";
import { thrown } from "./helpers.js";

type Displayable = { [key: symbol]: (() => JupyterBundle) | undefined };
const display = (value: object): JupyterBundle => {
  const method = (value as Displayable)[Symbol.for("Jupyter.display")];
  if (method === undefined) throw new Error("no display method");
  return method.call(value);
};

describe("notebook display", () => {
  it("uses the well-known Jupyter symbol", () => {
    expect(JUPYTER_DISPLAY).toBe(Symbol.for("Jupyter.display"));
  });

  it("gives frames a display whose Markdown starts with the customer's name", () => {
    const bundle = display(frame);
    expect(Object.keys(bundle)).toEqual(["text/markdown", "text/html", "text/plain"]);
    expect(bundle["text/markdown"].startsWith("## Huatong Industrial Distribution")).toBe(true);
    expect(bundle["text/html"].startsWith('<div class="valueframe">\n<h2>Huatong Industrial Distribution: reference frame</h2>')).toBe(true);
    expect(bundle["text/html"]).toContain("<table>");
    expect(bundle["text/plain"]).toBe(bundle["text/markdown"]);
  });

  it("leaves the frame's JSON form, keys, equality and freezing unchanged", () => {
    const plain = frameSchema.parse(frameData);
    expect(JSON.stringify(frame)).toBe(JSON.stringify(plain));
    expect(Object.keys(frame)).toEqual(Object.keys(plain));
    expect(frame).toEqual(plain);
    expect(frame).toStrictEqual(defineFrame(frameData));
    expect(Object.isFrozen(frame)).toBe(true);
    expect(Object.getOwnPropertyDescriptor(frame, JUPYTER_DISPLAY)?.enumerable).toBe(false);
    expect(Object.getOwnPropertySymbols({ ...frame })).toEqual([]);
  });

  it("gives frames from safeDefineFrame and BVFs from the builder the same display", () => {
    const result = safeDefineFrame(frameData);
    expect(result.success && display(result.data)["text/markdown"]).toBe(display(frame)["text/markdown"]);
    expect(display(bvfGraph)["text/markdown"].split("\n")[0]).toBe("## Credit-to-cash for Huatong: Business Value Framework");
    const built = bvf({ name: "Small" }).executiveKpis([{ id: "E1", name: "Cash" }]).build();
    expect(display(built)["text/html"]).toContain("<h3>1. Executive KPIs</h3>");
    expect(JSON.stringify(built)).not.toContain("Jupyter");
  });

  it("bundles evaluations and BVFs through jupyterBundle, in either locale", () => {
    const bundle = jupyterBundle(evaluation);
    expect(Object.keys(bundle)).toEqual(["text/markdown", "text/html", "text/plain", "application/vnd.vegalite.v5+json"]);
    expect(bundle["text/markdown"]).toContain("DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day");
    expect(bundle["application/vnd.vegalite.v5+json"]?.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    expect(JSON.stringify(bundle["application/vnd.vegalite.v5+json"])).toContain("Payback");
    expect(JSON.stringify(jupyterBundle(evaluation, { locale: "zh-CN" })["application/vnd.vegalite.v5+json"])).toContain("回收");
    expect(jupyterBundle(frame, { locale: "zh-CN", headingLevel: 1 })["text/markdown"].split("\n")[0]).toBe("# Huatong Industrial Distribution：参照系");
    expect(jupyterBundle(bvfGraph)["text/html"]).toContain("<th style=\"text-align:right\">Expected improvement</th>");
    const error = thrown(() => jupyterBundle("frame" as unknown as Frame));
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect((error as Error).message).toContain("jupyterBundle: expected a frame (defineFrame), an evaluation (evaluate) or a BVF (defineBvf), got string");
  });

  it("escapes frame content in the HTML", () => {
    const tricky = defineFrame({ ...frameData, customer: { name: '<img src=x onerror="alert(1)">' } });
    const html = display(tricky)["text/html"];
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("copies a frozen object and attaches in place to one that is not frozen", () => {
    const bundle = (o: { a: number }): JupyterBundle => ({ "text/markdown": `**${o.a}**`, "text/html": `<b>${o.a}</b>`, "text/plain": String(o.a) });
    const frozen = Object.freeze({ a: 1 });
    const shown = withJupyterDisplay(frozen, bundle);
    expect(shown).not.toBe(frozen);
    expect(Object.isFrozen(shown)).toBe(true);
    expect(shown[JUPYTER_DISPLAY]()["text/plain"]).toBe("1");
    expect(JSON.stringify(shown)).toBe('{"a":1}');
    const open = { a: 2 };
    const same = withJupyterDisplay(open, bundle);
    expect(same).toBe(open);
    expect(Object.isFrozen(same)).toBe(false);
    expect(same[JUPYTER_DISPLAY]()["text/markdown"]).toBe("**2**");
  });
});
