import { describe, expect, it } from "vitest";
import { formatPath } from "../../../src/errors/ValueframeError.js";
import { RenderArgumentError } from "../../../src/render/errors.js";
import { defineFrame } from "../../../src/frame/defineFrame.js";
import { FrameLookupError } from "../../../src/frame/errors.js";
import { bvfDiagram } from "../../../src/render/mermaid/bvfDiagram.js";
import { linkageDiagram } from "../../../src/render/mermaid/linkageDiagram.js";
import { thrown } from "../../frame/fixtures.js";
import { bvf, count, frame, frameInput } from "../charts/fixtures.js";

describe("linkageDiagram", () => {
  const source = linkageDiagram(frame);

  it("draws goals ← CSFs ← issues ← solutions with the distributor's links", () => {
    expect(source.startsWith("flowchart BT\n")).toBe(true);
    expect(source).toContain("S_sol_credit_to_cash -->|resolves| I_cbi_dso");
    expect(source).toContain("S_sol_factoring -->|bypasses| I_cbi_dso");
    expect(source).toContain("I_cbi_dso -->|hurts| F_csf_collection");
    expect(source).toContain("F_csf_collection -->|serves| G_g_cash");
    expect(source).toContain("V_v_working_capital -.->|serves| G_g_cash");
    expect(count(source, /-->|-\.->/)).toBe(18);
  });

  it("shows performance values with amount, recurrence and probability, and goals with baseline → target", () => {
    expect(source).toContain('V_v_working_capital[/"Working capital released<br/>CN¥14,000,000.00 once<br/>probability 80%"/]');
    expect(source).toContain('V_v_financing_cost[/"Financing cost saved<br/>CN¥840,000.00 a year<br/>probability 80%"/]');
    expect(source).toContain("operating cash flow: 40 → 48 M CNY");
  });

  it("shows the grid cell a solution lands on under its name, and only the name for a solution with only a level", () => {
    expect(source).toContain('S_sol_credit_to_cash("Credit-to-cash capability<br/>Process management #40;interface management#41;"):::solution');
    expect(source).toContain('S_sol_factoring("Receivables factoring with a partner bank"):::solution');
    expect(linkageDiagram(frame, { locale: "zh-CN" })).toContain('S_sol_credit_to_cash("Credit-to-cash capability<br/>流程管理（接口管理）"):::solution');
  });

  it("escapes quotes, brackets, # and angle brackets in labels and sanitises ids", () => {
    const input = structuredClone(frameInput) as unknown as { issues: { id: string; name: string }[]; solutions: { addresses: string[] }[] };
    input.issues[0]!.name = 'The "DSO" [gap] #1 <b>(now)</b> {x} | y';
    const tricky = linkageDiagram(defineFrame(input as unknown as typeof frameInput));
    expect(tricky).toContain('I_cbi_dso{{"CBI: The #quot;DSO#quot; #91;gap#93; #35;1 #lt;b#gt;#40;now#41;#lt;/b#gt; #123;x#125; #124; y"}}');
    for (const line of tricky.split("\n").slice(1)) {
      const id = line.trim().split(/[^A-Za-z0-9_]/)[0];
      expect(id === "" || /^[A-Za-z0-9_]+$/.test(id!)).toBe(true);
    }
  });

  it("gives distinct ids to element ids that sanitise alike", () => {
    const input = structuredClone(frameInput) as unknown as { goals: { id: string }[]; successFactors: { serves: string[] }[] };
    const extra = { ...input.goals[1]!, id: "g_revenue" };
    input.goals.push(extra);
    const source2 = linkageDiagram(defineFrame(input as unknown as typeof frameInput));
    expect(source2).toContain("G_g_revenue([");
    expect(source2).toContain("G_g_revenue_2([");
  });

  it("focuses on one solution's chain", () => {
    const focused = linkageDiagram(frame, { focus: { solution: "sol-factoring" } });
    expect(focused).toContain("S_sol_factoring -->|bypasses| I_cbi_dso");
    expect(focused).not.toContain("S_sol_credit_to_cash");
    expect(focused).not.toContain("G_g_revenue");
    expect(focused).toContain("G_g_cash");
  });

  it("focuses on one goal's chain", () => {
    const focused = linkageDiagram(frame, { focus: { goal: "g-revenue" } });
    expect(focused).toContain("I_cbi_stockouts -->|hurts| F_csf_on_time_delivery");
    expect(focused).not.toContain("I_cbi_dso");
    expect(focused).not.toContain("G_g_key_accounts");
  });

  it("writes zh-CN edge labels and amounts", () => {
    const zh = linkageDiagram(frame, { locale: "zh-CN" });
    expect(zh).toContain("S_sol_credit_to_cash -->|解决| I_cbi_dso");
    expect(zh).toContain("¥14,000,000.00 一次性<br/>概率 80%");
  });

  it("throws the frame's lookup error for an unknown focus, and one options error listing every bad option", () => {
    const lookup = thrown(() => linkageDiagram(frame, { focus: { solution: "sol-nope" } }));
    expect(lookup).toBeInstanceOf(FrameLookupError);
    expect((lookup as FrameLookupError).code).toBe("FRAME_UNKNOWN_ID");
    const wrongKind = thrown(() => linkageDiagram(frame, { focus: { goal: "cbi-dso" } }));
    expect((wrongKind as FrameLookupError).code).toBe("FRAME_WRONG_KIND");
    const options = thrown(() => linkageDiagram(frame, { locale: "fr" as "en", direction: "up" as "BT", focus: "sol" as unknown as { goal: string } }));
    expect(options).toBeInstanceOf(RenderArgumentError);
    expect((options as RenderArgumentError).code).toBe("RENDER_INVALID_ARGUMENT");
    expect((options as RenderArgumentError).issues.map((issue) => [formatPath(issue.path), issue.code])).toEqual([
      ["locale", "invalid_value"],
      ["direction", "invalid_value"],
      ["focus", "invalid_value"],
    ]);
    expect((options as RenderArgumentError).message).toContain('unknown locale "fr"');
    expect((options as RenderArgumentError).message).toContain('must be one of "BT", "TB", "LR", "RL", got "up"');
  });
});

describe("bvfDiagram", () => {
  const source = bvfDiagram(bvf);

  it("draws the four levels as subgraphs, level 1 first", () => {
    const titles = [...source.matchAll(/subgraph (L\d)\["([^"]+)"\]/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(titles).toEqual(["L1 1 · Executive KPIs", "L2 2 · Business intentions", "L3 3 · Operational KPIs", "L4 4 · Vendor solutions"]);
    expect(count(source, /^ {4}E_/m)).toBe(4);
    expect(count(source, /^ {4}I_/m)).toBe(8);
    expect(count(source, /^ {4}O_/m)).toBe(15);
    expect(count(source, /^ {4}S_/m)).toBe(10);
  });

  it("links each level upward with elasticities and improvements", () => {
    expect(source).toContain('E_g_cash(["Operating cash flow<br/>expected +20 %"])');
    expect(source).toContain("I_i_order_to_cash -->|elasticity 0.4| E_g_cash");
    expect(source).toMatch(/O_o_dso --> I_i_order_to_cash/);
    expect(source).toMatch(/S_\w+ -->\|\+[\d.]+ %\| O_o_dso/);
  });
});
