/** The one section mechanism of render's Markdown documents: select by id, write in the document's order. */
import { describe, expect, it } from "vitest";
import { formatterOf } from "../../src/render/_internal/formatter.js";
import { type DocumentSpec, type SectionContext, emptySection, idFor, internalSectionIds, named, sectionIds, writeDocument } from "../../src/render/_internal/sections.js";
import { en } from "../../src/render/locales/en/index.js";
import { zhCN } from "../../src/render/locales/zh-CN/index.js";
import { bvfDocument, bvfSections, bvfToMarkdown } from "../../src/render/markdown/bvfToMarkdown.js";
import { evaluationDocument, evaluationSections, evaluationToMarkdown } from "../../src/render/markdown/evaluationToMarkdown.js";
import { frameDocument, frameSections, frameToMarkdown } from "../../src/render/markdown/frameToMarkdown.js";
import { planDocument, questionPlanSections } from "../../src/render/questions/questionPlanToMarkdown.js";
import { bvfGraph, evaluation, frame } from "./fixtures.js";

type Id = "intro" | "list" | "empty" | "absent" | "twice" | "seller";
const doc: DocumentSpec<Id, SectionContext & { readonly items: readonly string[] }> = {
  title: () => "Title",
  sections: [
    { id: "intro", render: () => ["No heading, right under the title."] },
    { id: "list", title: () => "List", render: ({ items }) => [items.map((item) => `- ${item}`).join("\n")] },
    { id: "empty", title: () => "Empty", render: () => emptySection },
    { id: "absent", title: () => "Absent", render: () => undefined },
    { id: "twice", title: () => "Part 1", render: () => ["one"] },
    { id: "twice", title: () => "Part 2", render: () => ["two"] },
    { id: "seller", title: () => "Seller only", audience: "internal", render: (ctx) => [`scored ${named(ctx, "DSO", "g-dso")}`] },
  ],
};

describe("writeDocument", () => {
  const ctx = { f: formatterOf(en), level: 2, audience: "internal" as const, items: ["a", "b"] };

  it("writes the title, then each selected section: heading and body, the empty note, or nothing", () => {
    const all = new Set<Id>(["intro", "list", "empty", "absent", "twice"]);
    expect(writeDocument(doc, ctx, all)).toBe(
      ["## Title", "No heading, right under the title.", "### List", "- a\n- b", "### Empty", "None yet.", "### Part 1", "one", "### Part 2", "two"].join("\n\n"),
    );
  });

  it("writes a seller-only section for the seller alone, and names elements without ids for the customer", () => {
    const selected = new Set<Id>(["intro", "seller"]);
    expect(writeDocument(doc, ctx, selected)).toBe("## Title\n\nNo heading, right under the title.\n\n### Seller only\n\nscored **DSO** `g-dso`");
    expect(writeDocument(doc, { ...ctx, audience: "customer" }, selected)).toBe("## Title\n\nNo heading, right under the title.");
    expect(internalSectionIds(doc)).toEqual(["seller"]);
    expect(named({ audience: "customer" }, "a*b", "x")).toBe("**a\\*b**");
    expect(idFor({ audience: "internal" }, "x")).toBe(" `x`");
    expect(idFor({ audience: "customer" }, "x")).toBe("");
  });

  it("keeps the document's order whatever the order of selection, and writes the empty note in the locale", () => {
    const picked = writeDocument(doc, { ...ctx, f: formatterOf(zhCN) }, new Set<Id>(["empty", "intro"]));
    expect(picked).toBe("## Title\n\nNo heading, right under the title.\n\n### Empty\n\n暂无。");
    expect(sectionIds(doc)).toEqual(["intro", "list", "empty", "absent", "twice", "seller"]);
  });
});

describe("the documents' section tables", () => {
  it("hold exactly the public section ids, in the public order", () => {
    expect(sectionIds(frameDocument)).toEqual([...frameSections]);
    expect(sectionIds(evaluationDocument)).toEqual([...evaluationSections]);
    expect(sectionIds(bvfDocument)).toEqual([...bvfSections]);
    expect(sectionIds(planDocument)).toEqual([...questionPlanSections]);
  });

  it("write the same document whatever the order of the sections option", () => {
    expect(frameToMarkdown(frame, { sections: ["warnings", "goals", "overview"] })).toBe(frameToMarkdown(frame, { sections: ["overview", "goals", "warnings"] }));
    expect(bvfToMarkdown(bvfGraph, { sections: ["rollUp", "executiveKpis"] })).toBe(bvfToMarkdown(bvfGraph, { sections: ["executiveKpis", "rollUp"] }));
  });

  it("write both cash-flow tables under the one cashFlow id", () => {
    const md = evaluationToMarkdown(evaluation, { sections: ["cashFlow"] });
    expect(md.split("\n").filter((line) => line.startsWith("## "))).toEqual(["## Cash flow by period", "## Cash flow by period, probability-weighted"]);
  });
});
