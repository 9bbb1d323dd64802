/**
 * The qualification's output, checked the way a seller checks it by hand on the hand-built deal of
 * qualificationFixtures: each supplier's weighted total and rank, our lead or lag and against whom, the
 * break-even weights, each person's ranking, the decision and the go rule, the value-matrix category in
 * its quadrant of the picture, the opening cell marked, the seller's stage-weighted revenue labelled as
 * such, the account plan's completeness and open questions, the Chinese words, and nothing for the
 * customer.
 */
import { describe, expect, it } from "vitest";
import { accountPlanChecklist } from "../../src/qualify/accounts.js";
import { defaultAssessmentQuestions } from "../../src/qualify/assessment.js";
import { defineQualification } from "../../src/qualify/defineQualification.js";
import { fiveWTwoPQuestions } from "../../src/qualify/fiveWTwoP.js";
import { criteriaSigns, definePurchaseCriteria, standardAttacks } from "../../src/qualify/purchaseCriteria.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import { toHtmlReport } from "../../src/render/html/toHtmlReport.js";
import * as render from "../../src/render/index.js";
import { en } from "../../src/render/locales/en/index.js";
import { accountPlanDocumentSections, accountPlanToMarkdown } from "../../src/render/markdown/accountPlanToMarkdown.js";
import { qualificationSections, qualificationToMarkdown } from "../../src/render/markdown/qualificationToMarkdown.js";
import { toMarkdown } from "../../src/render/markdown/toMarkdown.js";
import { openingGridSvg } from "../../src/render/svg/openingGridSvg.js";
import { purchaseCriteriaSvg } from "../../src/render/svg/purchaseCriteriaSvg.js";
import { valueMatrixSvg } from "../../src/render/svg/valueMatrixSvg.js";
import { openingGridSpec } from "../../src/render/vegaLite/openingGridSpec.js";
import { purchaseCriteriaSpec } from "../../src/render/vegaLite/purchaseCriteriaSpec.js";
import { openingGridData, purchaseCriteriaData, valueMatrixData } from "../../src/render/vegaLite/qualificationChartData.js";
import { valueMatrixSpec } from "../../src/render/vegaLite/valueMatrixSpec.js";
import { bvfGraph, evaluation, frame } from "./fixtures.js";
import { englishRuns as englishRunsOf, strings, tableRow, thrown } from "./helpers.js";
import { accountInput, accountPlan, accountSecrets, qualification, qualificationCentre as centre, qualificationInput, qualificationSecrets } from "./qualificationFixtures.js";

/** The English runs a translated document may hold besides the user's own text: the seed's PAIN + VISION + POWER keeps its name in Chinese too, as KPI does. */
const allowed = ["CNY", "PAIN", "VISION", "POWER"];

/** The English runs (3+ ASCII letters) of a text once code spans, the user's own strings and the allowed runs are out. */
const englishRuns = (text: string, user: readonly string[]): string[] => englishRunsOf(text, user, allowed);

/** A section of a Markdown document, from its heading to the next of the same level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const next = markdown.indexOf("\n## ", start + heading.length + 2);
  return markdown.slice(start, next < 0 ? undefined : next);
}

/** The attributes of the first element of an SVG matching `pattern`, as numbers where they are. */
function element(svg: string, pattern: RegExp): Record<string, string> {
  const match = pattern.exec(svg);
  if (match === null) throw new Error(`no element ${pattern}`);
  return Object.fromEntries([...match[0].matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key, value]) => [key!, value!]));
}

describe("qualificationToMarkdown", () => {
  const markdown = qualificationToMarkdown(qualification, { centre, frame, bvf: bvfGraph });

  it("writes the seller's working document in the order of its sections", () => {
    expect(markdown.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# Qualification: is the deal worth pursuing, and can we win it?",
      "## Opportunity assessment",
      "## The customer's purchase criteria",
      "## Customer value matrix",
      "## Opening position",
      "## 5W + 2P",
      "## PAIN + VISION + POWER",
      "## Funnel entry",
    ]);
    expect(qualificationSections).toEqual(["lead", "assessment", "criteria", "valueMatrix", "opening", "fiveWTwoP", "painVisionPower", "funnel"]);
    expect(render.qualificationToMarkdown).toBe(qualificationToMarkdown);
    expect(toMarkdown(qualification, { centre, frame, bvf: bvfGraph })).toBe(markdown);
  });

  it("states the lead: what we look at, its stage and state, and the remedy", () => {
    expect(markdown).toContain("- **What we are looking at:** an opportunity: a purchasing role has shown interest");
    expect(markdown).toContain("- **Lead stage:** 3 of 4: wants to solve it, has not decided how");
    expect(markdown).toContain("- **Lead state:** competitive");
    expect(markdown).toContain("- **Remedy:** redefine the problem or the solution");
  });

  it("scores the assessment by heading, names the weakest and decides by the go rule, in words", () => {
    expect(tableRow(markdown, "Is there an opportunity, and a chance?")).toEqual(["Is there an opportunity, and a chance?", "0.8", "5", "—"]);
    expect(tableRow(markdown, "Can we win?")).toEqual(["Can we win?", "0.4", "5", "—"]);
    // 10 ÷ 12 = 0.8333…, two questions not answered.
    expect(tableRow(markdown, "Is it worth winning?")).toEqual(["Is it worth winning?", "0.83", "3", "`v4` `v5`"]);
    // (0.8 + 0.75 + 0.4 + 0.8333…) ÷ 4 = 0.6958…
    expect(markdown).toContain("- **Overall:** 0.7");
    expect(markdown).toContain("- **Weakest heading:** Can we win? (0.4)");
    expect(markdown).toContain("- **Decision:** **qualify further**: the overall score is 0.7 and the weakest heading, Can we win?, scores 0.4");
    expect(markdown).toContain("The go rule (ours): go when every heading scores at least 0.5 and the whole at least 0.6; no go when the whole is below 0.4; else qualify further.");
    expect(tableRow(markdown, "`w1`")).toEqual(["`w1` Do we lead on the criteria that weigh most?", "1", "Chen Gang prefers the ERP suite"]);
  });

  it("tables the customer's computation: weights, shares, each supplier's weighted total and rank", () => {
    expect(tableRow(markdown, "**Price** `price`")).toEqual(["**Price** `price`", "35", "35%", "2", "5", "4"]);
    // Lianyun (200 + 70 + 100) ÷ 100 = 3.7; Global ERP (120 + 175 + 100) ÷ 100 = 3.95; Local Finance 3.45.
    expect(tableRow(markdown, "**Weighted total**")).toEqual(["**Weighted total**", "**100**", "**100%**", "**3.7**", "**3.95**", "**3.45**"]);
    expect(tableRow(markdown, "**Rank**")).toEqual(["**Rank**", "", "", "**2**", "**1**", "**3**"]);
    expect(markdown).toContain("| Criterion | Weight | Share | Lianyun (us) | Global ERP | Local Finance |");
  });

  it("says where we lead or trail, against whom, with the need and solution each criterion names", () => {
    const rows = markdown.split("\n").filter((line) => line.startsWith("| **") && line.includes("Global ERP:") || line.includes("Local Finance: 5"));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe("| **Process fit** `fit` | soft | **Collection rate falling: DSO grew from 48 to 62 days** `cbi-dso` | **Collection workflow that owns every invoice** `v-collection-workflow` | 5 | Global ERP: 3 | +2 |");
    expect(rows[1]).toBe("| **Price** `price` | hard | — | — | 2 | Global ERP: 5 | −3 |");
    expect(rows[2]).toBe("| **Local service** `service` | soft | **Key-account satisfaction +5 points** `g-key-accounts` | — | 4 | Local Finance: 5 | −1 |");
  });

  it("gives each break-even weight and what crossing it does", () => {
    expect(markdown).toContain("With the other weights unchanged, the weight of one criterion at which first place changes hands, every supplier counted (Global ERP leads or follows us now).");
    // fit: 35 × 3 ÷ 2 = 52.5; price: 40 × 2 ÷ 3 = 26.67 (Local Finance, behind, binds neither); service scores alike.
    expect(markdown).toContain("| **Process fit** `fit` | 40 | 52.5 | raised above it, we overtake Global ERP and rank first |");
    expect(markdown).toContain("| **Price** `price` | 35 | 26.67 | lowered below it, we overtake Global ERP and rank first |");
    expect(markdown.match(/ \| (raised above|lowered below) it, /g)).toHaveLength(2);
  });

  it("ranks the suppliers as each person weighs them, people named from the buying centre", () => {
    expect(tableRow(markdown, "**Li Wei** `p-cfo`")).toEqual(["**Li Wei** `p-cfo`", "1. Lianyun (us) (4.2); 2. Global ERP (3.6); 3. Local Finance (3)", "1"]);
    expect(tableRow(markdown, "**Chen Gang** `p-it`")).toEqual(["**Chen Gang** `p-it`", "1. Global ERP (4.3); 2. Local Finance (3.9); 3. Lianyun (us) (3.2)", "3"]);
    // Without a centre, by their ids.
    expect(qualificationToMarkdown(qualification, { sections: ["criteria"] })).toContain("| `p-cfo` | 1. Lianyun (us) (4.2)");
  });

  it("lists the three signs, checks the three conditions and recommends the moves with the seed's proverbs", () => {
    for (const sign of criteriaSigns) expect(markdown).toContain(`- ${sign.sign}`);
    expect(tableRow(markdown, "It differentiates us")[1]).toBe("yes");
    expect(tableRow(markdown, "It is relevant")).toEqual(["It is relevant: every weighted criterion names the customer need it serves", "**no**", "naming no need: **Price** `price`"]);
    expect(markdown).toContain("1. **“turn the customer against the customer”**: let the people whose own weights rank you first argue for their criteria inside the buying centre\n   - Who argues for it: **Li Wei** `p-cfo`\n   - Against: Global ERP");
    expect(markdown).toContain("3. **“you can't have both the fish and the bear's paw”**");
    expect(markdown).toContain("   - Works on: **Process fit** `fit`, **Price** `price`");
    expect(markdown).toContain("4. **“lure the tiger away from the mountain”**: move weight off the rival's home ground, past the weight where the ranking flips\n   - Works on: **Price** `price`\n   - Lower the weight of **Price** `price` below 26.67");
  });

  it("writes no move when the customer's weights rank us first", () => {
    const leading = defineQualification({ criteria: { ...qualificationInput.criteria, byPerson: undefined, criteria: qualificationInput.criteria.criteria.map((c) => (c.id === "fit" ? { ...c, weight: 80 } : c)) } });
    const text = qualificationToMarkdown(leading, { sections: ["criteria"] });
    expect(text).toContain("The customer's weights rank us first: no move against the standard is needed.");
    expect(tableRow(text, "**Rank**")).toEqual(["**Rank**", "", "", "**1**", "**2**", "**3**"]);
  });

  it("places the deal on the value matrix with its thresholds stated", () => {
    expect(markdown).toContain("- **Short-term gain:** CN¥1,720,000.00 (the funnel's expected investment)");
    expect(markdown).toContain("- **Big business from:** CN¥1,000,000.00 (the seller's own threshold)");
    expect(markdown).toContain("- **Long-term impact:** mean 3.33: follow-on business 4, brand and reputation 3, team morale 3 (each 1–5)");
    expect(markdown).toContain("- **High impact from:** 3 (a mean of the three; ours)");
    expect(markdown).toContain("- **Category:** **1 — big business, high impact**");
    expect(markdown).toContain("- **Resources to commit:** commit the best team and what it needs");
    expect(tableRow(markdown, "**High impact**")[2]).toBe("**1 — big business, high impact: commit the best team and what it needs** (this deal)");
  });

  it("marks the deal's opening on the 3 × 3 grid with its group and strategy", () => {
    expect(markdown).toContain("- **Opening:** **abnormal**\n- **Strategy:** change the rules of the decision");
    expect(tableRow(markdown, "**neutral**")).toEqual(["**neutral**", "normal: lock in the criteria that favour us", "problem: redefine the problem so it is ours to solve", "**abnormal: change the rules of the decision** (this deal)"]);
  });

  it("gives 5W + 2P with the evidence and what is unanswered, and PAIN + VISION + POWER with power from the centre", () => {
    expect(markdown).toContain("5W + 2P: 4 of 7 answered.");
    expect(tableRow(markdown, "Who are the competitors?")).toEqual(["Who are the competitors?", "W", "Global ERP and Local Finance", "Tender notice of 2026-11-20"]);
    expect(markdown).toContain("**Not yet answered**\n\n- What is the decision process? (W)\n- What are the basic decision factors? (W)\n- What is the rough timetable? (P)");
    expect(markdown).toContain("- **Power: we have access to power:** yes (read from the buying centre: decision makers met: **Li Wei** `p-cfo`)");
    expect(markdown).toContain("Missing: vision.");
    // Without a centre, power is as stated (not stated: no).
    expect(qualificationToMarkdown(qualification, { sections: ["painVisionPower"] })).toContain("- **Power: we have access to power:** **no** (as stated)");
  });

  it("labels the funnel figure as the seller's stage-weighted revenue, never as value", () => {
    const funnel = section(markdown, "## Funnel entry");
    // 1,720,000 × 0.3 = 516,000.
    expect(funnel).toContain("- **Seller's stage-weighted revenue:** **CN¥516,000.00** (CN¥1,720,000.00 × 30%: what the seller may expect to sell; never added to the customer's case)");
    expect(funnel).toContain("- **Funnel stage:** I — interest: the customer truly considers it, compares short-listed suppliers and has a timetable");
    expect(funnel).toContain("- **Expected order:** February 2027");
    expect(funnel).toContain("Our default stage rates: P 10%, I 30%, B 60%, won 100%, lost 0%");
    expect(funnel.toLowerCase()).not.toContain("value");
  });

  it("writes an empty part's heading with the empty note, and a value matrix without a gain says what it needs", () => {
    const partial = defineQualification({ valueMatrix: { bigGain: "1000000", impact: { followOn: 2, brand: 2, morale: 2 } } });
    const text = qualificationToMarkdown(partial);
    expect(section(text, "## Opportunity assessment")).toContain("None yet.");
    expect(text).toContain("No short-term gain yet: state it, or give the funnel's expected investment.");
    expect(qualificationToMarkdown(defineQualification({})).split("\n")[0]).toBe("# Qualification: is the deal worth pursuing, and can we win it?");
  });

  it("writes Chinese headings and no English of ours in zh-CN", () => {
    const zh = qualificationToMarkdown(qualification, { centre, locale: "zh-CN" });
    expect(zh.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# 资格审查：这个单子值得追吗，我们能赢吗？",
      "## 商机评估",
      "## 客户的采购标准",
      "## 客户价值矩阵",
      "## 开局位置",
      "## 5W + 2P",
      "## PAIN + VISION + POWER（痛苦 + 愿景 + 权力）",
      "## 漏斗条目",
    ]);
    expect(zh).toContain("- **销售方按阶段加权的收入**：**¥516,000.00**");
    expect(englishRuns(zh, [...strings(qualificationInput), ...centre.people.map((p) => p.name)])).toEqual([]);
  });

  it("writes nothing but the title for the customer, and refuses to write a seller's section for them", () => {
    expect(qualificationToMarkdown(qualification, { centre, audience: "customer" }).trim()).toBe("# Qualification: is the deal worth pursuing, and can we win it?");
    const error = thrown(() => qualificationToMarkdown(qualification, { audience: "customer", sections: ["funnel"] })) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.message).toContain('section "funnel" is for the seller only');
  });

  it("rejects what is not a qualification, and bad options, every problem listed", () => {
    const subject = thrown(() => qualificationToMarkdown([] as never)) as RenderArgumentError;
    expect(subject.code).toBe("RENDER_INVALID_ARGUMENT");
    expect(subject.message).toContain("expected a qualification (from defineQualification)");
    const options = thrown(() => qualificationToMarkdown(qualification, { centre: 1 as never, frame: {} as never, bvf: "x" as never })) as RenderArgumentError;
    expect(options.issues.map((issue) => issue.path[0])).toEqual(["centre", "frame", "bvf"]);
  });
});

describe("the English qualification words", () => {
  it("ask the model's own questions: the checklist, the twenty questions, 5W + 2P, the signs and the attacks", () => {
    const t = en.text.qualify;
    for (const item of accountPlanChecklist) expect(t.account.items[item.id]).toEqual({ topic: item.topic, question: item.question });
    for (const q of defaultAssessmentQuestions) expect(t.assessment.questions[q.id]).toBe(q.text);
    for (const q of fiveWTwoPQuestions) expect(t.fiveWTwoP.questions[q.key]).toBe(q.text);
    for (const s of criteriaSigns) expect(t.criteria.signs[s.id]).toBe(s.sign);
    for (const [key, attack] of Object.entries(standardAttacks)) expect(t.criteria.attacks[key as keyof typeof standardAttacks]).toEqual(attack);
  });
});

describe("accountPlanToMarkdown", () => {
  const markdown = accountPlanToMarkdown(accountPlan);

  it("writes the plan's completeness overall and per part: share and answered of total", () => {
    expect(markdown.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# Account plan: Huatong Industrial Distribution",
      "## How complete the plan is",
      "## What we know of the account",
      "## Questions still open",
      "## The customer's rules of engagement",
    ]);
    expect(accountPlanDocumentSections).toEqual(["completeness", "answers", "open", "rulesOfEngagement"]);
    // 4 of 15, 2 of 11, 2 of 10; 8 of 36 = 22.22 %.
    expect(tableRow(markdown, "Account information")).toEqual(["Account information", "26.67%", "4 of 15"]);
    expect(tableRow(markdown, "Account profile")).toEqual(["Account profile", "18.18%", "2 of 11"]);
    expect(tableRow(markdown, "Rules of engagement")).toEqual(["Rules of engagement", "20%", "2 of 10"]);
    expect(tableRow(markdown, "**The whole plan**")).toEqual(["**The whole plan**", "**22.22%**", "**8 of 36**"]);
    expect(toMarkdown(accountPlan)).toBe(markdown);
    expect(render.accountPlanToMarkdown).toBe(accountPlanToMarkdown);
  });

  it("gives each answer with its evidence, and the rules of engagement apart", () => {
    expect(tableRow(markdown, "**decision chain**")).toEqual(["**decision chain**", "Credit manager, IT, CFO signs", "Org chart from Wang Fang"]);
    expect(section(markdown, "## The customer's rules of engagement")).toContain("| **credit terms** | 90 days, no prepayment | Purchasing policy, §4 |");
    expect(section(markdown, "## What we know of the account")).not.toContain("90 days, no prepayment");
  });

  it("asks the open questions in the checklist's words, by part", () => {
    const open = section(markdown, "## Questions still open");
    const unanswered = accountPlanChecklist.filter((item) => !(item.id in accountInput.answers) && !(item.id in accountInput.rulesOfEngagement));
    expect(unanswered).toHaveLength(28);
    for (const item of unanswered) expect(open).toContain(`- **${item.topic}:** ${item.question}`);
    expect(open).not.toContain("customer needs: the organisation:");
  });

  it("writes Chinese headings, and for the customer the title alone", () => {
    const zh = accountPlanToMarkdown(accountPlan, { locale: "zh-CN" });
    expect(zh.split("\n").filter((line) => line.startsWith("#"))).toEqual(["# 客户计划：Huatong Industrial Distribution", "## 计划的完整程度", "## 我们对客户的了解", "## 尚待回答的问题", "## 客户的合作规则"]);
    expect(tableRow(zh, "**整个计划**")).toEqual(["**整个计划**", "**22.22%**", "**36 项中 8 项**"]);
    expect(englishRuns(zh, strings(accountInput))).toEqual([]);
    expect(accountPlanToMarkdown(accountPlan, { audience: "customer" }).trim()).toBe("# Account plan: Huatong Industrial Distribution");
  });
});

describe("the purchase criteria chart", () => {
  it("carries each supplier's weighted total and rank, and each criterion's weight and share", () => {
    const data = purchaseCriteriaData(qualification);
    expect(data.suppliers.map((s) => [s.label, s.totalText, s.rank])).toEqual([
      ["Lianyun (us)", "3.7", 2],
      ["Global ERP", "3.95", 1],
      ["Local Finance", "3.45", 3],
    ]);
    expect(data.criteria.map((c) => c.label)).toEqual(["Process fit (weight 40, 40%)", "Price (weight 35, 35%)", "Local service (weight 25, 25%)"]);
    expect(data.bars).toHaveLength(9);
    // A table from definePurchaseCriteria charts the same.
    expect(purchaseCriteriaData(definePurchaseCriteria(qualificationInput.criteria)).suppliers.map((s) => s.totalText)).toEqual(["3.7", "3.95", "3.45"]);
  });

  it("draws one bar per supplier and criterion, longer for a higher score, and the totals with their rank", () => {
    const svg = purchaseCriteriaSvg(qualification);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 ')).toBe(true);
    expect(svg).toContain("<title>Purchase criteria: each supplier&#39;s score and weighted total</title><desc>");
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(9);
    expect(svg.match(/<rect class="total"/g)).toHaveLength(3);
    const width = (criterion: string, supplier: string) => Number(element(svg, new RegExp(`<rect class="bar" data-criterion="${criterion}" data-supplier="${supplier}"[^>]*>`)).width);
    // Price: Global ERP 5 against our 2.
    expect(width("price", "s-erp") / width("price", "s-us")).toBeCloseTo(5 / 2, 1);
    expect(svg).toContain(">3.95, rank 1</text>");
    expect(svg).toContain("<title>Global ERP, Price: 5</title>");
    expect(svg).toContain(">weight 35, 35%</text>");
    expect(purchaseCriteriaSvg(qualification)).toBe(svg);
  });

  it("is a Vega-Lite spec with the bars and totals inline", () => {
    const spec = purchaseCriteriaSpec(qualification);
    expect(spec.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    const values = (spec.data as { values: { group: string; text: string }[] }).values;
    expect(values.filter((row) => row.group === "Weighted total").map((row) => row.text)).toEqual(["3.7, rank 2", "3.95, rank 1", "3.45, rank 3"]);
    expect(values).toHaveLength(12);
  });

  it("refuses a qualification without criteria or without our offer", () => {
    expect((thrown(() => purchaseCriteriaSvg(defineQualification({ opening: { turf: "ours", leader: "us" } }))) as Error).message).toContain("the qualification has no purchase criteria to chart");
    const theirs = defineQualification({ criteria: { ...qualificationInput.criteria, byPerson: undefined, suppliers: qualificationInput.criteria.suppliers.map((s) => ({ ...s, us: false })) } });
    expect((thrown(() => purchaseCriteriaSpec(theirs)) as Error).message).toContain("our own offer marked us");
  });
});

describe("the value matrix chart", () => {
  it("places the deal in the quadrant of its category, the thresholds labelled", () => {
    const data = valueMatrixData(qualification);
    expect([data.category, data.gainText, data.impactText, data.bigGainLabel, data.highImpactLabel]).toEqual([1, "CN¥1,720,000.00", "3.33", "big business from CN¥1,000,000.00", "high impact from 3"]);
    const svg = valueMatrixSvg(qualification);
    expect(svg.match(/<rect class="quadrant"/g)).toHaveLength(4);
    const quadrant = element(svg, /<rect class="quadrant" data-category="1"[^>]*>/);
    const deal = element(svg, /<circle class="deal"[^>]*>/);
    expect(deal["data-category"]).toBe("1");
    const [cx, cy] = [Number(deal.cx), Number(deal.cy)];
    const [x, y, w, h] = [Number(quadrant.x), Number(quadrant.y), Number(quadrant.width), Number(quadrant.height)];
    // Category 1, big business and high impact: the top right quadrant.
    expect(cx).toBeGreaterThan(x);
    expect(cx).toBeLessThan(x + w);
    expect(cy).toBeGreaterThan(y);
    expect(cy).toBeLessThan(y + h);
    const small = element(svg, /<rect class="quadrant" data-category="4"[^>]*>/);
    expect(x).toBeGreaterThan(Number(small.x));
    expect(y).toBeLessThan(Number(small.y));
    expect(svg).toContain(">big business from CN¥1,000,000.00</text>");
    expect(svg).toContain("<title>This deal: CN¥1,720,000.00, impact 3.33</title>");
  });

  it("moves the deal with its figures: a small deal of low impact lands in category 4", () => {
    const small = defineQualification({ valueMatrix: { gain: "400000", bigGain: "1000000", impact: { followOn: 2, brand: 2, morale: 1 } } });
    const svg = valueMatrixSvg(small);
    const quadrant = element(svg, /<rect class="quadrant" data-category="4"[^>]*>/);
    const deal = element(svg, /<circle class="deal"[^>]*>/);
    expect(deal["data-category"]).toBe("4");
    expect(Number(deal.cx)).toBeLessThan(Number(quadrant.x) + Number(quadrant.width));
    expect(Number(deal.cy)).toBeGreaterThan(Number(quadrant.y));
    expect(valueMatrixData(small).gainText).toBe("400,000");
  });

  it("is a Vega-Lite spec of the four quadrants and the deal", () => {
    const spec = valueMatrixSpec(qualification, { locale: "zh-CN" });
    const values = (spec.data as { values: { kind: string; category: number }[] }).values;
    expect(values.filter((row) => row.kind === "quadrant")).toHaveLength(4);
    expect(values.find((row) => row.kind === "deal")?.category).toBe(1);
    expect(spec.title).toBe("客户价值矩阵");
  });
});

describe("the opening grid chart", () => {
  it("colours the nine cells by their group and marks the deal's", () => {
    const data = openingGridData(qualification);
    expect(data.cells.filter((cell) => cell.deal).map((cell) => `${cell.turf}/${cell.leader}`)).toEqual(["neutral/rival"]);
    const svg = openingGridSvg(qualification);
    expect(svg.match(/<rect class="cell"/g)).toHaveLength(9);
    const groups = [...svg.matchAll(/<rect class="cell" data-turf="(\w+)" data-leader="(\w+)" data-group="(\w+)"[^>]*fill="([^"]+)"/g)].map(([, turf, leader, group, fill]) => `${turf}/${leader} ${group} ${fill}`);
    expect(groups).toEqual([
      "ours/us normal #c8e6c9",
      "ours/none normal #c8e6c9",
      "ours/rival problem #ffe0b2",
      "neutral/us normal #c8e6c9",
      "neutral/none problem #ffe0b2",
      "neutral/rival abnormal #ffcdd2",
      "theirs/us problem #ffe0b2",
      "theirs/none abnormal #ffcdd2",
      "theirs/rival abnormal #ffcdd2",
    ]);
    const cell = element(svg, /<rect class="cell" data-turf="neutral" data-leader="rival"[^>]*>/);
    const deal = element(svg, /<rect class="deal"[^>]*>/);
    expect([deal["data-turf"], deal["data-leader"]]).toEqual(["neutral", "rival"]);
    expect(Number(deal.x)).toBeGreaterThan(Number(cell.x));
    expect(Number(deal.y)).toBeGreaterThan(Number(cell.y));
    expect(svg).toContain("<desc>Home turf neutral, a rival leads: the opening is abnormal; strategy: change the rules of the decision.</desc>");
  });

  it("is a Vega-Lite spec of the nine cells, in Chinese too", () => {
    const spec = openingGridSpec(qualification, { locale: "zh-CN" });
    expect((spec.data as { values: unknown[] }).values).toHaveLength(9);
    expect(spec.title).toBe("开局位置：主场 × 谁领先");
    expect(openingGridSvg(qualification, { locale: "zh-CN" })).toContain(">改变决策的规则</tspan>");
  });
});

describe("the qualification in the HTML report", () => {
  const input = { frame, evaluation, bvf: bvfGraph, stakeholders: { centre }, qualification: { qualification }, account: { plan: accountPlan } };

  it("gives the seller the qualification after the summary and before the frame, with its three charts, and the account plan", () => {
    const html = toHtmlReport(input);
    const ids = [...html.matchAll(/<section class="part" id="([\w-]+)">/g)].map(([, id]) => id);
    expect(ids.slice(0, 3)).toEqual(["qualification", "account", "frame"]);
    const part = html.slice(html.indexOf('id="qualification"'), html.indexOf('id="account"'));
    expect(part.match(/<svg[ >]/g)).toHaveLength(3);
    // Each chart after its section: the criteria's before the value matrix's heading, the grid after the opening's.
    expect(part.indexOf("<title>Purchase criteria")).toBeLessThan(part.indexOf("<h3>Customer value matrix</h3>"));
    expect(part.indexOf("<title>Opening position")).toBeGreaterThan(part.indexOf("<h3>Opening position</h3>"));
    expect(part).toContain("Seller&#39;s stage-weighted revenue");
    expect(html).toContain("<li><a href=\"#account\">Account plan: Huatong Industrial Distribution</a></li>");
  });

  it("leaves the qualification and the account plan out of the customer's report entirely, appendix and all, in either language", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const html = toHtmlReport(input, { audience: "customer", appendix: true, locale });
      for (const secret of [...qualificationSecrets, ...accountSecrets]) expect(html, `${locale}: ${secret}`).not.toContain(secret);
      expect(html).not.toMatch(/Qualification|资格审查|Account plan|客户计划|stage-weighted|按阶段加权|Break-even|盈亏平衡/);
      expect(html).not.toMatch(/class="(quadrant|deal|cell|bar|total)"/);
    }
  });
});
