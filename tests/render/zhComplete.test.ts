/**
 * A zh-CN report is Chinese throughout: on the four bundled examples, the frame, evaluation and BVF
 * documents hold no English words of ours once the user's own text (names, labels, units…), code spans,
 * Mermaid blocks and URLs are taken out.
 */
import { describe, expect, it } from "vitest";
import { checkBvf } from "../../src/bvf/checkBvf.js";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import type { BvfInput } from "../../src/bvf/schema.js";
import { defineValueDocument } from "../../src/document/defineValueDocument.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import { frameWarnings } from "../../src/frame/frameWarnings.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import { evaluateScenarios } from "../../src/quantify/evaluateScenarios.js";
import { tornado } from "../../src/quantify/tornado.js";
import { md } from "../../src/render/_internal/markdown.js";
import { localNote, localUnits } from "../../src/render/_internal/traceText.js";
import { en } from "../../src/render/locales/en/index.js";
import { zhCN } from "../../src/render/locales/zh-CN/index.js";
import { bvfToMarkdown } from "../../src/render/markdown/bvfToMarkdown.js";
import { evaluationToMarkdown } from "../../src/render/markdown/evaluationToMarkdown.js";
import { frameToMarkdown } from "../../src/render/markdown/frameToMarkdown.js";
import { smallInput } from "../bvf/fixtures.js";
import { sampleInput, withValues } from "../frame/fixtures.js";
import { read } from "./fixtures.js";

const examples = ["distributor", "livestock", "logistics", "manufacturer"] as const;

/** The JSON keys whose strings are the user's own text, kept as written in any locale. */
const userKeys = new Set(["name", "label", "description", "metric", "unit", "source", "reason", "customer", "seller", "industry", "owner", "note", "function", "differentiator", "measure", "kpi", "ask", "constraints", "capabilities", "amount", "url"]);

/**
 * English runs a zh-CN report may hold: ISO currency codes (column headers, amounts with a unit); CBI,
 * CPI and KPI, the method's terms the zh-CN locale keeps (关键问题 CBI/CPI, 高层 KPI); NUM of #NUM!, the
 * error a Chinese spreadsheet shows too.
 */
const allowed = new Set(["CNY", "USD", "EUR", "CBI", "CPI", "KPI", "NUM"]);

/** Every string under a user-text key, anywhere in the data. */
function userStrings(data: unknown, key = ""): string[] {
  if (Array.isArray(data)) return data.flatMap((item) => userStrings(item, key));
  if (data !== null && typeof data === "object") return Object.entries(data).flatMap(([k, v]) => userStrings(v, k));
  return typeof data === "string" && userKeys.has(key) ? [data] : [];
}

/** The zh-CN documents of an example: frame, evaluation with scenarios and tornado, BVF. */
function render(example: string): { text: string; user: string[] } {
  const files = read(`${example}.valuecase.json`) as Record<string, string>;
  const document = defineValueDocument(files, { resolve: (path) => read(path) });
  const { frame, case: valueCase, bvf } = document;
  if (frame === undefined || valueCase === undefined || bvf === undefined) throw new Error(`${example} lacks a member`);
  const options = { locale: "zh-CN", audience: "internal" } as const;
  const evaluation = evaluate(valueCase, { frame });
  const text = [
    frameToMarkdown(frame, options),
    evaluationToMarkdown(evaluation, { ...options, scenarios: evaluateScenarios(valueCase, { frame }), tornado: tornado(valueCase) }),
    bvfToMarkdown(bvf, options),
  ].join("\n\n");
  const user = ["frame", "case", "bvf"].flatMap((member) => userStrings(read(files[member] as string)));
  return { text, user };
}

/** The English runs (3+ ASCII letters) left once user text, code spans, Mermaid blocks and URLs are out. */
function englishRuns(text: string, user: readonly string[]): string[] {
  // Longest first, so a name is not cut by a shorter one inside it; escaped as Markdown writes them, and
  // with the time units the report writes in Chinese ("pig/year" reads "pig/年").
  const trace = zhCN.text.evaluation.trace;
  const forms = (s: string) => [s, localUnits(s, trace), localUnits(`0 ${s}`, trace).slice(2)];
  const strings = [...new Set(user.flatMap((s) => [...forms(s), ...forms(md(s))]))].sort((a, b) => b.length - a.length);
  let rest = text.replace(/```mermaid\n[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "").replace(/https?:\/\/\S+/g, "");
  // Only where it stands apart from other letters: a unit "day" does not hide an English "today".
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const s of strings) rest = rest.replace(new RegExp(`(?<![A-Za-z])${escape(s)}(?![A-Za-z])`, "g"), " ");
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((run) => !allowed.has(run));
}

describe("zh-CN reports", () => {
  it.each(examples)("%s: no English of ours", (example) => {
    const { text, user } = render(example);
    const runs = englishRuns(text, user);
    expect(runs).toEqual([]);
  });
});

/** BVFs that between them raise every finding checkBvf knows (the cases of tests/bvf/checkBvf.test.ts). */
function everyFinding(): BvfInput[] {
  const input = smallInput();
  return [
    {},
    { ...input, sellerKpis: [{ id: "S1", name: "Wins", serves: ["E1"] }, { id: "S2", name: "Hardware" }] },
    {
      executiveKpis: [{ id: "E1", name: "Cash", expectedImprovement: 20 }, { id: "E2", name: "Profit" }],
      sellerKpis: [{ id: "S1", name: "Wins", serves: ["E1", "E2"] }],
      intentions: [{ id: "I1", name: "Collect", serves: [{ id: "E1", elasticity: 1 }] }, { id: "I2", name: "Drift" }],
      operationalKpis: [
        { id: "O1", name: "Receivables", function: "Finance", baseline: 62, serves: [{ id: "I1", weight: 1 }] },
        { id: "O2", name: "Loose", function: "Finance", unit: "%", baseline: 1, target: 2 },
      ],
      competitors: [{ id: "C1", name: "Global ERP" }],
      solutions: [
        { id: "V1", name: "Workflow", phase: 1, serves: ["O1"], alsoOfferedBy: ["C1"] },
        { id: "V2", name: "Idle", differentiator: "d", measure: "m" },
      ],
    },
    {
      ...input,
      intentions: [
        { id: "I1", name: "Collect faster", serves: [{ id: "E1", elasticity: "0.8" }] },
        { id: "I2", name: "Fewer bad debts", serves: [{ id: "E1", elasticity: "0.7" }, "E2"] },
      ],
    },
  ];
}

/** Frames that between them raise every warning frameWarnings knows (the cases of tests/frame/frameWarnings.test.ts). */
function everyWarning(): unknown[] {
  const input = sampleInput();
  const other = { ...input.goals[0]!, id: "g-share", name: "Market share 15 %", perspective: "market" };
  return [
    withValues([["goals", 0, "target"], "39.5"]),
    withValues([["goals", 0, "direction"], "decrease"]),
    withValues([["goals", 0, "target"], "40.0"]),
    withValues([["issues", 1, "tests"], { importance: 2, hiddenness: 1, trend: 2 }]),
    { ...input, goals: [...input.goals, other], values: [{ ...input.values[0]!, serves: "g-share" }] },
  ];
}

describe("every warning and finding", () => {
  it("is written in Chinese by its code, and in English as the model's message", () => {
    const bvfs = everyFinding().map((input) => ({ input, graph: defineBvf(input) }));
    const found = bvfs.flatMap(({ graph }) => checkBvf(graph).map((x) => x.code));
    expect([...new Set(found)].sort()).toEqual(Object.keys(en.text.bvf.finding).sort());
    for (const { input, graph } of bvfs) {
      const english = bvfToMarkdown(graph, { sections: ["findings"] });
      for (const x of checkBvf(graph)) expect(english).toContain(`- ${md(x.message)} \`${x.code}\``);
      expect(englishRuns(bvfToMarkdown(graph, { locale: "zh-CN", sections: ["findings"] }), userStrings(input))).toEqual([]);
    }

    const frames = everyWarning().map((input) => ({ input, frame: defineFrame(input as never) }));
    const warned = frames.flatMap(({ frame }) => frameWarnings(frame).map((w) => w.code));
    expect([...new Set(warned)].sort()).toEqual(Object.keys(en.text.frame.warning).sort());
    for (const { input, frame } of frames) {
      const english = frameToMarkdown(frame, { sections: ["warnings"] });
      for (const w of frameWarnings(frame)) expect(english).toContain(`- ${md(w.message)} \`${w.code}\``);
      expect(englishRuns(frameToMarkdown(frame, { locale: "zh-CN", sections: ["warnings"] }), userStrings(input))).toEqual([]);
    }
  });

  it("reads what a finding does not carry from the graph: missing measures, the first phase, the weights", () => {
    const zh = bvfs().map((graph) => bvfToMarkdown(graph, { locale: "zh-CN", sections: ["findings"] })).join("\n");
    expect(zh).toContain("运营 KPI “Receivables”（`O1`）缺少单位、目标值");
    expect(zh).toContain("第 1 阶段没有可衡量的交付：其方案（“Workflow”（`V1`））");
    expect(zh).toContain("从“Fewer bad debts”（`I2`）流入“Net profit”（`E2`）的链接没有权重；汇总时每条取 1（1 减去已给出的 0 后的剩余部分）");
    expect(zh).toContain("流入“Operating cash flow”（`E1`）的链接权重之和为 1.5，大于 1");
  });

  it("writes a frame warning with the elements' names and ids, the figures in the locale's format", () => {
    const zh = frameToMarkdown(defineFrame(withValues([["goals", 0, "target"], "39.5"]) as never), { locale: "zh-CN", sections: ["warnings"] });
    expect(zh).toContain("目标“Operating cash flow +20 % this year”（`g-cash`）应当提高，但其目标值 39.5 低于基线 40 `target_wrong_direction`");
  });
});

const bvfs = () => everyFinding().map((input) => defineBvf(input));

describe("quantify's notes", () => {
  // Every English note quantify attaches to a measure or a line (the reasons for no IRR are finance's).
  const notes = [
    "no ROI: there are no costs",
    "does not pay back within the horizon",
    "risk-adjusted",
    "no IRR: the net cash flows never change sign (spreadsheets show #NUM!)",
    "no IRR: irr: the cash flows change sign but their NPV is not zero at any rate above -100 %",
    "no IRR: irr: the only root lies within 1e-40 of -100 % (a near-total loss), closer than 40 significant digits can show",
    "no IRR: irr: the root search did not reach 1e-30 accuracy (1e-31 not reached)",
    "no annual IRR: (1 + 1e+240)^12 − 1 would be about 1e2880; a figure must be 0 or between 1e-1000 and 1e1000 in size",
    "extension over scope",
    "extension over time; two more hubs",
  ];

  it("keeps them as they are in English, and writes them in Chinese in zh-CN", () => {
    for (const note of notes) expect(localNote(note, en.text.evaluation.trace)).toBe(note);
    const zh = notes.map((note) => localNote(note, zhCN.text.evaluation.trace));
    expect(englishRuns(zh.join("\n"), ["two more hubs", "1e-31 not reached"])).toEqual([]);
    expect(zh[9]).toBe("按时间扩展；two more hubs");
  });
});
