/**
 * The audience of the frame and BVF documents, on the four bundled examples in both locales: the
 * customer's document names elements without their ids and leaves out everything seller-only, which the
 * seller's document (the default) still has.
 */
import { describe, expect, it } from "vitest";
import { checkBvf } from "../../src/bvf/checkBvf.js";
import type { Bvf } from "../../src/bvf/types.js";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import type { Frame } from "../../src/frame/frame.js";
import { frameWarnings } from "../../src/frame/frameWarnings.js";
import { md } from "../../src/render/_internal/markdown.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import { en } from "../../src/render/locales/en/index.js";
import type { Locale } from "../../src/render/locales/types.js";
import { zhCN } from "../../src/render/locales/zh-CN/index.js";
import type { Audience } from "../../src/render/options.js";
import { type BvfSection, bvfToMarkdown } from "../../src/render/markdown/bvfToMarkdown.js";
import { type FrameSection, frameToMarkdown } from "../../src/render/markdown/frameToMarkdown.js";
import { read } from "./fixtures.js";
import { thrown } from "./helpers.js";

const examples = ["distributor", "livestock", "logistics", "manufacturer"] as const;

/** An example's frame and BVF, loaded through its value-case document. */
function load(example: string): { frame: Frame; bvf: Bvf } {
  const document = defineValueDocument(read(`${example}.valuecase.json`), { resolve: (path) => read(path) });
  if (document.frame === undefined || document.bvf === undefined) throw new Error(`${example} lacks a frame or a BVF`);
  return { frame: document.frame, bvf: document.bvf };
}

/** The ids of every element of the frame and every node of the BVF, pruned ones and competitors included. */
function idsOf(frame: Frame, bvf: Bvf): string[] {
  const lists = [
    frame.goals,
    frame.successFactors,
    frame.issues,
    frame.solutions,
    frame.values,
    bvf.executiveKpis,
    bvf.sellerKpis,
    bvf.intentions,
    bvf.operationalKpis,
    bvf.solutions,
    bvf.competitors,
    bvf.pruned.executiveKpis,
    bvf.pruned.sellerKpis,
  ];
  return [...new Set(lists.flatMap((list) => list.map((element) => element.id)))];
}

/** The text a reader sees: the document without its Mermaid blocks, whose node identifiers are never shown. */
const visible = (markdown: string) => markdown.replace(/```mermaid\n[\s\S]*?```/g, "");

/** Whether `id` stands in the text as a word of its own (not inside a longer id). */
const asWord = (text: string, id: string) => new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(text);

/** A warning or finding as the seller's document shows it: its code, and in English the model's message. */
const said = (x: { code: string; message: string }, locale: string) => [`\`${x.code}\``, ...(locale === "en" ? [md(x.message)] : [])];

/** The seller-only strings of an example: each is in the seller's document and must not be in the customer's. */
function sellerOnly(frame: Frame, bvf: Bvf, { id, text: t }: Locale): { frame: string[]; bvf: string[] } {
  const sellerKpis = [...bvf.sellerKpis, ...bvf.pruned.sellerKpis];
  const pruned = bvf.pruned.executiveKpis.length + bvf.pruned.sellerKpis.length > 0;
  return {
    frame: [...frameWarnings(frame).flatMap((w) => said(w, id)), `## ${t.frame.warnings}`, `## ${t.frame.solutionScores}`, t.frame.scoreNote],
    bvf: [
      ...sellerKpis.map((k) => md(k.name)),
      ...bvf.competitors.map((c) => md(c.name)),
      ...checkBvf(bvf).flatMap((x) => said(x, id)),
      t.bvf.alsoOfferedBy,
      `## ${t.bvf.sellerKpis}`,
      `## ${t.bvf.competitors}`,
      `## ${t.bvf.findings}`,
      ...(pruned ? [`## ${t.bvf.pruned}`] : []),
    ],
  };
}

describe.each(examples)("the %s example", (example) => {
  const { frame, bvf } = load(example);
  const ids = idsOf(frame, bvf);

  describe.each([
    ["en", en],
    ["zh-CN", zhCN],
  ] as const)("in %s", (locale, localeObject) => {
    const t = localeObject.text;
    const render = (audience?: Audience) => {
      const options = audience === undefined ? { locale } : { locale, audience };
      return { frame: frameToMarkdown(frame, options), bvf: bvfToMarkdown(bvf, options) };
    };
    const internal = render();
    const customer = render("customer");
    const secrets = sellerOnly(frame, bvf, localeObject);

    it("is the seller's document by default, with every id and every seller-only part", () => {
      expect(render("internal")).toEqual(internal);
      const all = `${internal.frame}\n${internal.bvf}`;
      for (const id of ids) expect(all, id).toContain(`\`${id}\``);
      for (const secret of secrets.frame) expect(internal.frame, secret).toContain(secret);
      for (const secret of secrets.bvf) expect(internal.bvf, secret).toContain(secret);
      expect(frameWarnings(frame).length + checkBvf(bvf).length + bvf.sellerKpis.length + bvf.competitors.length).toBeGreaterThan(0);
    });

    it("names elements without their ids for the customer", () => {
      const text = visible(`${customer.frame}\n${customer.bvf}`);
      for (const id of ids) {
        expect(text, id).not.toContain(`\`${id}\``);
        expect(asWord(text, id), id).toBe(false);
      }
      // Names stay: the customer reads the same elements.
      for (const element of [...frame.goals, ...frame.solutions, ...bvf.executiveKpis, ...bvf.solutions]) expect(text, element.name).toContain(`**${md(element.name)}**`);
    });

    it("leaves every seller-only part out for the customer", () => {
      for (const secret of secrets.frame) expect(customer.frame, secret).not.toContain(secret);
      for (const secret of secrets.bvf) expect(customer.bvf, secret).not.toContain(secret);
      expect(customer.bvf).not.toContain(t.common.fact(t.bvf.competitors, "").trim());
    });
  });
});

describe("the customer audience's options", () => {
  const { frame, bvf } = load("distributor");

  /** The issues of the RenderArgumentError a call throws, as [path, code]. */
  function issues(fn: () => unknown): [readonly (string | number)[], string][] {
    const error = thrown(fn);
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect((error as RenderArgumentError).code).toBe("RENDER_INVALID_ARGUMENT");
    return (error as RenderArgumentError).issues.map((issue) => [issue.path, issue.code]);
  }

  it.each(["en", "zh-CN"] as const)("rejects a seller-only section asked for by name (%s)", (locale) => {
    expect(issues(() => frameToMarkdown(frame, { locale, audience: "customer", sections: ["warnings"] }))).toEqual([[["sections", 0], "invalid_value"]]);
    expect(issues(() => frameToMarkdown(frame, { locale, audience: "customer", sections: ["goals", "solutionScores"] }))).toEqual([[["sections", 1], "invalid_value"]]);
    for (const section of ["sellerKpis", "competitors", "pruned", "findings"] as const satisfies readonly BvfSection[]) {
      expect(issues(() => bvfToMarkdown(bvf, { locale, audience: "customer", sections: [section] })), section).toEqual([[["sections", 0], "invalid_value"]]);
    }
    // The seller may ask for them.
    for (const part of said(frameWarnings(frame)[0]!, locale)) expect(frameToMarkdown(frame, { locale, sections: ["warnings"] })).toContain(part);
  });

  it.each(["en", "zh-CN"] as const)("rejects an unknown audience at its path (%s)", (locale) => {
    const everyone = "everyone" as unknown as Audience;
    expect(issues(() => frameToMarkdown(frame, { locale, audience: everyone }))).toEqual([[["audience"], "invalid_value"]]);
    expect(issues(() => bvfToMarkdown(bvf, { locale, audience: everyone }))).toEqual([[["audience"], "invalid_value"]]);
  });

  it("writes the customer's sections asked for by name", () => {
    const sections: FrameSection[] = ["solutions"];
    const solutions = frameToMarkdown(frame, { audience: "customer", sections });
    expect(solutions).toContain("| **Credit-to-cash capability** | resolve | Process management (interface management) |");
    expect(bvfToMarkdown(bvf, { audience: "customer", sections: ["rollUp"] })).toContain("| **Revenue** | 8.41% | 9.6% | 1.19% | no |");
  });
});
