/**
 * The pursuit's output, checked the way a seller checks it by hand on the small deal of pursuitFixtures
 * as of 2026-12-06: the deal stage and who holds it back, the kept-rate "2 of 3 judged", visits held
 * labelled as not progress, Chen Gang's fall-back from 8 to 7, the visit plan's marks, the zone of
 * agreement to the cent, every finding and every move worded in the locale (the Chinese has no English of
 * ours), the timeline with one lane per person and a mark per commitment, and nothing for the customer.
 */
import { describe, expect, it } from "vitest";
import { defineBuyingCentre } from "../../src/people/defineBuyingCentre.js";
import { checkPursuit, pursuitFindingCodes } from "../../src/pursuit/checkPursuit.js";
import { definePursuit } from "../../src/pursuit/definePursuit.js";
import { nextMoves, pursuitRules } from "../../src/pursuit/nextMoves.js";
import type { Pursuit } from "../../src/pursuit/schema.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import * as render from "../../src/render/index.js";
import { en } from "../../src/render/locales/en/index.js";
import { zhCN } from "../../src/render/locales/zh-CN/index.js";
import { pursuitSections, pursuitToMarkdown } from "../../src/render/markdown/pursuitToMarkdown.js";
import { toMarkdown } from "../../src/render/markdown/toMarkdown.js";
import { pursuitTimelineSvg } from "../../src/render/svg/pursuitTimelineSvg.js";
import { evaluation, frame } from "./fixtures.js";
import { englishRuns as englishRunsOf, strings, tableRow, thrown } from "./helpers.js";
import { asOf, centre, pursuit, pursuitInput } from "./pursuitFixtures.js";

/** A second deal that raises the findings and moves the first does not: a key person never placed, a stale stage with a sign of another stage, visits that obtained nothing, an unanswered commitment, a half-planned visit, a false objection, no zone of agreement in another currency. */
const wider = defineBuyingCentre({ people: [...centre.people.map((p) => ({ ...p, observations: [...p.observations] })), { id: "p-ceo", name: "Zhou Min", category: "executive", roles: ["approver"], influence: 5 }] } as never);
const troubledInput = {
  stages: [{ person: "p-cfo", date: "2026-06-01", stage: 4, signs: ["seniorDiscussesRisk"], source: "dinner" }],
  visits: [
    { id: "v-1", date: "2026-11-01", objective: "Catch up with the CFO", people: ["p-cfo"] },
    { id: "v-2", date: "2026-11-15", objective: "Ask for the data", people: ["p-cfo"], commitments: [{ id: "c-1", level: "highest", action: "Send the ledger" }] },
    { id: "v-3", date: "2026-12-20", objective: "Meet the board", people: ["p-cfo"], commitments: [{ id: "c-2", level: "highest", kind: "riskReview", due: "2027-01-10", people: ["p-cfo"], action: "Hold a risk review", benefit: "A safe decision" }] },
  ],
  concerns: [{ id: "k-1", person: "p-cfo", objection: "No budget this year", falseObjection: true, levels: [{ date: "2026-11-15", level: "resistance" }] }],
  negotiation: { currency: "USD", ours: { reservation: "200", source: "deal desk" }, theirs: { reservation: "150.50", source: "a guess" } },
};
const troubled = definePursuit(troubledInput, { centre: wider, asOf });

/** The English runs a translated document may hold besides the user's own text. */
const allowed = ["CNY", "USD"];

/** The English runs (3+ ASCII letters) of a text once code spans, the user's own strings and the allowed runs are out. */
const englishRuns = (text: string, user: readonly string[]): string[] => englishRunsOf(text, user, allowed);

describe("pursuitToMarkdown", () => {
  const markdown = pursuitToMarkdown(pursuit, { centre, asOf, frame, evaluation });

  it("writes the seller's working document in the order of its sections", () => {
    expect(markdown.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# Pursuit: how the customer buys and how the order moves",
      "## Where each person stands",
      "## Progress: commitments obtained",
      "## Visit plans and visits held",
      "## Concerns",
      "## Negotiation",
      "## Checks of the pursuit",
      "## Next moves",
      "## The purchase process (reference)",
    ]);
    expect(pursuitSections).toEqual(["overview", "stages", "progress", "visits", "concerns", "negotiation", "findings", "moves", "process"]);
    expect(markdown).toContain("As of December 6, 2026; the seller's working notes, never shown to the customer.");
  });

  it("gives the deal's stage by its least advanced key person, and progress as commitments obtained, each figure labelled", () => {
    expect(markdown).toContain("- **Deal stage:** stage 7 (evaluating solutions); set by the least advanced key person: **Chen Gang** `p-it`");
    expect(markdown).toContain("- **Furthest stage anyone has reached:** stage 8 (evaluating value)");
    expect(markdown).toContain("- **Decision makers:** **Li Wei** `p-cfo` at stage 8 (evaluating value)");
    expect(markdown).toContain("- **Progress: commitments obtained:** 4");
    expect(markdown).toContain("- **Kept-rate of the commitments obtained:** 66.67% (2 of 3 judged)");
    expect(markdown).toContain("- **Visits held (not progress):** 3");
    expect(markdown).toContain("- **Overdue:** 1");
  });

  it("shows where each person stands, with Chen Gang's fall-back from 8 to 7", () => {
    expect(tableRow(markdown, "**Chen Gang** `p-it`")).toEqual([
      "**Chen Gang** `p-it`",
      "7 — evaluating solutions",
      "solution",
      "invites tests, trials or bids",
      "to a rival",
      "November 20, 2026",
      "8 → 7",
      "8 → 7 on November 20, 2026",
    ]);
    expect(tableRow(markdown, "**Li Wei** `p-cfo`").slice(1, 7)).toEqual(["8 — evaluating value", "value", "senior management appears and discusses value", "our way", "November 10, 2026", "3 → 8"]);
  });

  it("counts progress per month and per person, visits beside it, the kept-rate with what it counts", () => {
    const progress = pursuitToMarkdown(pursuit, { centre, asOf, sections: ["progress"] });
    expect(progress).toContain("| Month | Visits held (not progress) | Asked | Obtained (progress) | Refused | Kept | Partly kept | Broken | Overdue | Kept-rate |");
    expect(tableRow(progress, "October 2026")).toEqual(["October 2026", "1", "2", "2", "0", "1", "0", "1", "0", "50% (1 of 2 judged)"]);
    expect(tableRow(progress, "November 2026").at(-1)).toBe("none judged yet");
    expect(tableRow(progress, "**Total**")).toEqual(["**Total**", "3", "5", "4", "1", "2", "0", "1", "1", "66.67% (2 of 3 judged)"]);
    expect(tableRow(progress, "**Chen Gang** `p-it`")).toEqual(["**Chen Gang** `p-it`", "1", "1", "1", "0", "0", "0", "1", "0", "0% (0 of 1 judged)"]);
  });

  it("writes the plan of the coming visit with both commitments, their four elements and three marks, and the visits held with each commitment's state", () => {
    expect(markdown).toContain("December 10, 2026 — visit `v-4` with **Li Wei** `p-cfo`");
    expect(markdown).toContain("- **Our objective:** Agree how the decision will be made");
    expect(markdown).toContain("| Commitment | Kind | Time | People | Action | Benefit | Customer's action | Moves the order | Favours us |");
    expect(tableRow(markdown, "highest `c-7`")).toEqual(["highest `c-7`", "hold a risk review", "December 20, 2026", "**Li Wei** `p-cfo`", "Hold a risk review with the CEO", "A safe decision for the board", "✓", "✓", "?"]);
    expect(tableRow(markdown, "lowest `c-8`").slice(5)).toEqual(["—", "✓", "✓", "✗"]);
    expect(tableRow(markdown, "October 20, 2026")[4]).toBe("highest **Run a four-week trial** `c-3`: broken; lowest **Hold a requirements workshop** `c-4`: kept");
    expect(tableRow(markdown, "September 15, 2026")[5]).toBe("DSO is reported monthly");
  });

  it("logs each concern with its levels over time, the handling of the level it is at, and how it was resolved", () => {
    expect(markdown).toContain(
      "| **Chen Gang** `p-it` | The ERP interface is unproven | not yet dug out | hesitation (October 20, 2026) → objection (November 20, 2026) | no | explore the objection → handle the emotion first → dig out the concern behind it → offer a solution to the concern → confirm the concern is removed | open |",
    );
    expect(markdown).toContain("| **Li Wei** `p-cfo` | Too early for the CEO | Looks unprepared to her boss | doubt (November 10, 2026) | no | — | November 30, 2026: Rehearsed the review with her |");
  });

  it("gives the zone of agreement to the cent, each trade's net and their balance, exactly", () => {
    expect(markdown).toContain("- **Floor: our reservation price:** CN¥1,180,000.50 (deal desk)");
    expect(markdown).toContain("- **Ceiling: the customer's reservation price (our estimate):** CN¥1,530,000.75 (the CFO's budget remark)");
    expect(markdown).toContain("- **Zone of agreement:** CN¥350,000.25 wide, from the floor to the ceiling");
    expect(markdown).toContain("- **Stage reached:** overview");
    expect(markdown).toContain("| Free training days | CN¥40,000.00 | Reference visit | CN¥25,000.00 | -CN¥15,000.00 | **Wang Fang** `p-credit` | — |");
    expect(markdown).toContain("**Trade balance (net to us):** CN¥45,000.00");
    const none = pursuitToMarkdown(troubled, { centre: wider, asOf, sections: ["negotiation"] });
    expect(none).toContain("- **Zone of agreement:** no zone: our floor is above their ceiling by $49.50");
  });

  it("words each finding from its code and the data, by severity", () => {
    const findings = checkPursuit(pursuit, { centre, evaluation, asOf });
    for (const x of findings) expect(markdown).toContain(` \`${x.code}\``);
    expect(markdown).toContain("- **Chen Gang** `p-it` fell back from stage 8 (evaluating value) to stage 7 (evaluating solutions) on November 20, 2026: if this was not our doing, it is likely a rival's. `fell_back`");
    expect(markdown).toContain("- The commitment **Send the reviewed value case to the CEO** `c-8` lacks benefit: a commitment has a time, the customer's people, an action and a benefit to the customer. `commitment_missing_element`");
    expect(markdown).toContain("**warning** (9)");
  });

  it("writes each move from its rule, citing the rule and its source, with the steps, commitments, figures and questions", () => {
    const moves = nextMoves(pursuit, { centre, frame, evaluation, asOf });
    for (const move of moves) expect(markdown).toContain(`Rule \`${move.rule}\` (\`${pursuitRules[move.rule].source}\`)`);
    expect(markdown).toContain("1. **Chen Gang** `p-it` is at stage 7 (evaluating solutions) and leans to a rival: pull them back to stage 2 (problem or opportunity found) or stage 4 (improvement goal formed) or stage 6 (measures clear).");
    expect(markdown).toContain("   - Rule `pullBack.7` (`004_… part 5, ch. 3 §2`): following the customer is a mistake: pull a role at stage 7 (evaluating solutions) back to the stage that favours us");
    expect(markdown).toContain("   - **Steps:** hold off the formal evaluation; trade taking part for access to the key people;");
    expect(markdown).toContain("   - **Commitments that suit the stage:** involve a senior manager, visit a reference customer, review the value case, arrange a meeting with an executive, hold a risk review");
    expect(markdown).toContain("   - **Ask:** If we could show you a way to reach “Operating cash flow +20 % this year”, would you want to look at it together?");
    expect(markdown).toContain("**Their figures:** Net present value: CN¥");
    expect(markdown).toContain("2. Ask **Li Wei** `p-cfo` for the concern behind refusing **Bring the CEO to a value review** `c-5`.");
  });

  it("words the warnings of a troubled deal: an empty zone first, key people never placed, a stalled pursuit, a half-planned visit", () => {
    const text = pursuitToMarkdown(troubled, { centre: wider, asOf, evaluation, sections: ["findings", "moves"] });
    expect(text).toContain("**error** (1)\n\n- Our reservation price $200.00 is above the customer's $150.50: there is no zone of agreement (short by $49.50). `no_zone_of_agreement`");
    expect(text).toContain("- **Zhou Min** `p-ceo` is a key person whose stage in the purchase process has never been observed. `key_person_unstaged`");
    expect(text).toContain("- 2 visits in the 60 days before December 6, 2026 obtained no commitment: the order has not moved. `stalled`");
    expect(text).toContain("- **Li Wei** `p-cfo`'s stage was last observed on June 1, 2026, 188 days before December 6, 2026. `stale_stage`");
    expect(text).toContain("but “senior management discusses risk” is a sign of stage 9 (evaluating risk). `signs_disagree`");
    expect(text).toContain("1. Test **Li Wei** `p-cfo`'s false objection (“No budget this year”) and treat it as resistance.");
    expect(text).toContain("3. Place **Zhou Min** `p-ceo` in the purchase process: look for the signs of their stage at the next contact.");
    expect(text).toContain("4. Plan a lowest commitment for the visit `v-3` on December 20, 2026, to ask from the highest to the lowest.");
  });

  it("names people by their ids without a centre, and says the moves lack who is key", () => {
    const plain = pursuitToMarkdown(pursuit, {});
    expect(plain).toContain("No as-of date given: every visit counts as held and no commitment as overdue.");
    expect(plain).toContain("- **Deal stage:** stage 5 (requirements clear); set by the least advanced person observed: `p-credit`");
    expect(plain).toContain("Without the buying centre no one is known to be key");
    expect(toMarkdown(pursuit, { centre, asOf, sections: ["overview"] })).toBe(pursuitToMarkdown(pursuit, { centre, asOf, sections: ["overview"] }));
  });

  it("writes nothing of the pursuit for the customer, and refuses a seller-only section asked for by name", () => {
    expect(pursuitToMarkdown(pursuit, { audience: "customer", centre, asOf, frame, evaluation }).trim()).toBe("# Pursuit: how the customer buys and how the order moves");
    expect(() => pursuitToMarkdown(pursuit, { audience: "customer", sections: ["moves"] })).toThrow(RenderArgumentError);
  });

  it("lists every bad option, and refuses what is not a pursuit", () => {
    const error = thrown(() => pursuitToMarkdown(pursuit, { asOf: "06/12/2026", centre: 3 as never, sections: ["nope" as never] })) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.issues.map((issue) => issue.path)).toEqual([["sections", 0], ["asOf"], ["centre"]]);
    expect(() => pursuitToMarkdown(centre as unknown as Pursuit)).toThrow(/expected a pursuit \(from definePursuit\)/);
  });

  it("never changes its input", () => {
    const before = JSON.stringify(pursuit);
    pursuitToMarkdown(pursuit, { centre, asOf, frame, evaluation });
    pursuitTimelineSvg(pursuit, { centre, asOf });
    expect(JSON.stringify(pursuit)).toBe(before);
  });
});

describe("pursuitToMarkdown in Chinese", () => {
  const zh = pursuitToMarkdown(pursuit, { locale: "zh-CN", centre, asOf, frame, evaluation });

  it("writes the stages, concern levels and negotiation stages in Chinese", () => {
    expect(zh.split("\n")[0]).toBe("# 订单推进：客户如何采购，订单如何推进");
    expect(zh).toContain("- **订单所处阶段**：第 7 阶段（评估方案）；由进展最慢的关键人物决定：**Chen Gang** `p-it`");
    expect(zh).toContain("- **已获得承诺的兑现率**：66.67%（已判定 3 项中兑现 2 项）");
    expect(zh).toContain("| **Wang Fang** `p-credit` | 5（明确要求） | 要求 |");
    for (const word of ["评估价值", "感受到痛苦或企图心", "犹豫", "反对", "导入", "概说", "时间", "利益", "未兑现"]) expect(zh).toContain(word);
    const reference = pursuitToMarkdown(pursuit, { locale: "zh-CN", sections: ["process"] });
    for (const stage of ["未发现问题或机会", "发现问题或机会", "感受到痛苦或企图心", "形成改进目标", "明确要求", "明确措施", "评估方案", "评估价值", "评估风险", "评估成本"]) expect(reference).toContain(stage);
    for (const level of ["犹豫", "疑问", "反对", "不承诺", "争论", "抵触", "假异议"]) expect(reference).toContain(`| ${level} |`);
  });

  it("words every finding and every move in Chinese: no English of ours between the user's own text and the codes", () => {
    const cases = [
      { value: pursuit, input: pursuitInput, centre },
      { value: troubled, input: troubledInput, centre: wider },
    ];
    const found = cases.flatMap((c) => checkPursuit(c.value, { centre: c.centre, evaluation, asOf }).map((x) => x.code));
    expect([...new Set(found)].sort()).toEqual([...pursuitFindingCodes].sort());
    for (const c of cases) {
      const text = pursuitToMarkdown(c.value, { locale: "zh-CN", centre: c.centre, evaluation, asOf });
      expect(englishRuns(text, [...strings(c.input), ...c.centre.people.map((p) => p.name), ...strings(c.centre.people.map((p) => p.title ?? ""))])).toEqual([]);
    }
    const rules = cases.flatMap((c) => nextMoves(c.value, { centre: c.centre, asOf }).map((m) => m.rule));
    expect(rules).toEqual(expect.arrayContaining(["locate", "planVisit", "emptyZone", "concern.falseObjection", "tradeBack", "followUp", "askConcern", "brokenCommitment", "pullBack.7", "advance.8"]));
  });

  it("has a Chinese word for every sign, step, kind, level and state of the pursuit, like every other key", () => {
    const keys = (value: object): string[] => Object.keys(value).sort();
    const t = en.text.pursuit;
    const z = zhCN.text.pursuit;
    for (const part of ["stageNames", "signs", "pullBackSteps", "concernLevels", "concernHandling", "commitmentKinds", "states", "negotiationStages", "finding", "rules", "move"] as const) expect(keys(z[part])).toEqual(keys(t[part]));
    expect(render.zhCN.text.pursuit.stageNames.evaluatingCost).toBe("评估成本");
  });
});

describe("pursuitTimelineSvg", () => {
  const svg = pursuitTimelineSvg(pursuit, { centre, asOf });
  const lanes = [...svg.matchAll(/<g class="lane" data-person="([^"]+)">/g)].map((m) => m[1]);
  /** The stage points of a lane: stage and y, in order. */
  const points = (person: string) => {
    const lane = svg.slice(svg.indexOf(`<g class="lane" data-person="${person}">`), svg.indexOf("</g>", svg.indexOf(`data-person="${person}"`) + 1));
    return [...lane.matchAll(/<circle class="stage-point" data-stage="(\d+)" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => ({ stage: Number(m[1]), x: Number(m[2]), y: Number(m[3]) }));
  };

  it("draws one lane per person, in the buying centre's order", () => {
    expect(lanes).toEqual(["p-cfo", "p-it", "p-credit"]);
    expect(svg).toContain(">Li Wei</tspan>");
  });

  it("draws each stage higher the further it is, and Chen Gang's fall-back from 8 to 7 in red", () => {
    const it = points("p-it");
    expect(it.map((p) => p.stage)).toEqual([8, 7]);
    expect(it[0]!.y).toBeLessThan(it[1]!.y);
    expect(it[0]!.x).toBeLessThan(it[1]!.x);
    const cfo = points("p-cfo");
    expect(cfo.map((p) => p.stage)).toEqual([3, 8]);
    // Five stages apart is five times one stage apart.
    expect(cfo[0]!.y - cfo[1]!.y).toBeCloseTo(5 * (it[1]!.y - it[0]!.y), 5);
    expect(svg.match(/<g class="fall-back" data-from="8" data-to="7">/g)).toHaveLength(1);
  });

  it("marks every commitment at its visit in its person's lane, by state, with the planned ones after the as-of line", () => {
    const marks = [...svg.matchAll(/<g class="commitment" data-id="([^"]+)" data-state="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(marks).toHaveLength(8);
    expect(Object.fromEntries(marks)).toEqual({ "c-1": "kept", "c-2": "notAsked", "c-3": "broken", "c-4": "kept", "c-5": "refused", "c-6": "overdue", "c-7": "planned", "c-8": "planned" });
    const asOfX = Number(/<line class="as-of" x1="([\d.]+)"/.exec(svg)?.[1]);
    const plannedX = [...svg.matchAll(/<g class="commitment" data-id="c-[78]" data-state="planned">[^>]*?(?:cx|d)="M?([\d.]+)/g)].map((m) => Number(m[1]));
    expect(plannedX).toHaveLength(2);
    for (const x of plannedX) expect(x).toBeGreaterThan(asOfX);
    expect(svg).toContain("<title>Run a four-week trial (highest), October 20, 2026, Chen Gang: broken</title>");
  });

  it("has a title, a description in words, a legend of what is drawn, and is the same every time", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("<title>Pursuit timeline as of December 6, 2026</title>");
    expect(svg).toContain("Deal stage: stage 7 (evaluating solutions).");
    expect(svg).toContain("Chen Gang: now at stage 7 (evaluating solutions), 1 fall-back; commitments: 1 broken");
    const legend = svg.slice(svg.indexOf('<g class="legend">'), svg.indexOf("</g>", svg.indexOf('<g class="legend">')));
    expect([...legend.matchAll(/>([^<>]+)<\/text>/g)].map((m) => m[1])).toEqual(["stage", "fall-back", "planned", "not asked (the highest was obtained)", "refused", "overdue: follow up", "kept", "broken"]);
    expect(pursuitTimelineSvg(pursuit, { centre, asOf })).toBe(svg);
  });

  it("writes in Chinese, names lanes by id without a centre, and escapes what the user wrote", () => {
    const zh = pursuitTimelineSvg(pursuit, { centre, asOf, locale: "zh-CN" });
    expect(zh).toContain("<title>订单推进时间线（截至 2026年12月6日）</title>");
    expect(zh).toContain("订单所处阶段：第 7 阶段（评估方案）");
    expect(pursuitTimelineSvg(pursuit)).toContain(">p-it</tspan>");
    const odd = defineBuyingCentre({ people: [{ id: "p-x", name: "A <b> & \"C\"", category: "executive", influence: 2 }] });
    const drawn = pursuitTimelineSvg(definePursuit({ stages: [{ person: "p-x", date: "2026-01-05", stage: 2, source: "call" }] }), { centre: odd });
    expect(drawn).toContain("A &lt;b&gt; &amp; &quot;C&quot;");
    expect(drawn).not.toContain("<b>");
  });

  it("draws an empty pursuit as a picture saying so", () => {
    const empty = pursuitTimelineSvg(definePursuit({}), { asOf });
    expect(empty).toContain(">Nothing recorded yet.</text>");
    expect(empty).not.toContain('class="lane"');
  });

  it("lists every bad option, and refuses what is not a pursuit", () => {
    const error = thrown(() => pursuitTimelineSvg(pursuit, { locale: "fr" as never, asOf: "tomorrow", width: 5 })) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.issues.map((issue) => issue.path)).toEqual([["locale"], ["width"], ["asOf"]]);
    expect(() => pursuitTimelineSvg({} as Pursuit)).toThrow(/expected a pursuit/);
    expect(render.pursuitTimelineSvg).toBe(pursuitTimelineSvg);
  });
});
