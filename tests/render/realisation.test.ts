/**
 * The realisation's output, checked the way a seller checks a QBR by hand on the hand-built realisation
 * of realisationFixtures (the distributor's case as of 2026-06-01): realised to date to the cent, each
 * KPI's status word, the missed milestone, the corrected measurement struck, the charts with one planned
 * path and one point per counted measurement, the Chinese words, and a customer's view without the
 * seller's names and ids.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/numeric/decimal.js";
import { RenderArgumentError } from "../../src/render/errors.js";
import { toHtmlReport } from "../../src/render/html/toHtmlReport.js";
import * as render from "../../src/render/index.js";
import { formatMoney } from "../../src/render/format/formatMoney.js";
import { realisationSections, realisationToMarkdown } from "../../src/render/markdown/realisationToMarkdown.js";
import { toMarkdown } from "../../src/render/markdown/toMarkdown.js";
import { realisationKpiSvg } from "../../src/render/svg/realisationKpiSvg.js";
import { realisationMoneySvg } from "../../src/render/svg/realisationMoneySvg.js";
import { realisationChartData } from "../../src/render/vegaLite/realisationChartData.js";
import { realisationKpiSpec } from "../../src/render/vegaLite/realisationKpiSpec.js";
import { realisationMoneySpec } from "../../src/render/vegaLite/realisationMoneySpec.js";
import { defineRealisation } from "../../src/realise/defineRealisation.js";
import { trackRealisation } from "../../src/realise/trackRealisation.js";
import { frame, valueCase } from "./fixtures.js";
import { englishRuns as englishRunsOf, strings, tableRow, thrown } from "./helpers.js";
import { realisationAsOf, realisationCentre as centre, realisationInput, track } from "./realisationFixtures.js";

/** The English runs a translated document may hold besides the user's own text. */
const allowed = ["CNY", "KPI", "QBR"];

/** The English runs (3+ ASCII letters) of a text once code spans, the user's own strings and the allowed runs are out. */
const englishRuns = (text: string, user: readonly string[]): string[] => englishRunsOf(text, user, allowed);

const dso = "**Days sales outstanding** `k-dso`";
const overdue = "**Receivables overdue more than 90 days** `k-overdue`";

describe("realisationToMarkdown", () => {
  const markdown = realisationToMarkdown(track, { centre, frame });

  it("writes the QBR in the order of its sections, every one for both audiences", () => {
    expect(markdown.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# Value realisation: the case against what was measured",
      "## KPIs against plan",
      "## Month by month: plan, actual, variance",
      "## Milestones",
      "## Realised against promised, by case period",
      "## Roll-up to the executive KPIs",
      "## Measurements",
      "## How these figures are computed",
    ]);
    expect(realisationSections).toEqual(["summary", "kpis", "months", "milestones", "money", "rollUp", "measurements", "method"]);
    expect(render.realisationToMarkdown).toBe(realisationToMarkdown);
  });

  it("states realised to date in CNY to the cent, against promised to date, each figure labelled", () => {
    expect(track.money.realisedToDate.toFixed(2)).toBe("11972383.56");
    const shown = formatMoney(track.money.realisedToDate, "CNY");
    expect(shown).toBe("CN¥11,972,383.56");
    expect(markdown).toContain(`- **Realised to date (unweighted; recurring lines for the share of their period elapsed, one-time lines at the amount measured so far):** ${shown}`);
    // (28,000,000 + 1,260,000 − 300,000) × 182/365 − 2,000,000, to the cent.
    const promised = new Dec(28960000).times(182).div(365).minus(2000000);
    expect(markdown).toContain(`- **Promised to date (unweighted; every line for the share of its period elapsed):** ${formatMoney(promised, "CNY")}`);
    expect(markdown).toContain(`- **Variance to date (realised − promised):** ${formatMoney(track.money.varianceToDate, "CNY")}`);
    expect(markdown).toContain(`- **Forecast NPV at completion by the plan (unweighted; realised to date, then the plan):** ${formatMoney(track.money.forecastNpvPlan, "CNY")}`);
    expect(markdown).toContain(`- **Forecast NPV at completion by the trend (unweighted; realised to date, then the KPIs' trend):** ${formatMoney(track.money.forecastNpvTrend, "CNY")}`);
    expect(markdown).toContain("- **Promised NPV at completion (unweighted; discounted at the case's period rate):** CN¥27,093,430.88");
    expect(markdown).toContain("- **KPIs:** 1 on track, 0 at risk, 1 off track");
    expect(markdown).toContain("- **Milestones:** 1 met, 1 missed, 1 pending");
  });

  it("names the missed milestone and gives each KPI its status word by the rule", () => {
    expect(markdown).toContain("- **Missed:** DSO at 52 by May (Days sales outstanding, May 31, 2026)");
    const milestone = (label: string) => markdown.split("\n").find((line) => line.startsWith(`| ${dso} | ${label} |`));
    expect(milestone("DSO at 52 by May")).toBe(`| ${dso} | DSO at 52 by May | May 31, 2026 | 52 days | 55 days | **missed** |`);
    expect(milestone("DSO at 58 by March")?.endsWith("| met |")).toBe(true);
    const row = tableRow(markdown, dso);
    // KPI, unit, goal, baseline, target, latest, planned now, achieved, planned, status, measured by.
    expect(row).toEqual([dso, "days", "**Operating cash flow +20 % this year** `g-cash`", "62 days", "48 days", "55 days (May 31, 2026)", "55.0192 days", "50%", "49.59%", "on track", "**Wang Fang** `p-credit`"]);
    expect(tableRow(markdown, overdue)[9]).toBe("**off track**");
  });

  it("tables each month's plan, actual and variance", () => {
    const may = tableRow(markdown, "May 2026");
    // Planned 62 − 14 × 181/365 = 55.0575…; actual 55; variance −0.06, favourable for a KPI that should fall.
    expect(may).toEqual(["May 2026", "55.06", "55", "-0.06", "-0.1%", "yes"]);
    expect(tableRow(markdown, "January 2026")).toEqual(["January 2026", "59.66", "61", "1.34", "2.25%", "**no**"]);
  });

  it("tables the money by case period with totals that equal the track's", () => {
    const total = tableRow(markdown, "**Total**");
    expect(total[4]).toBe("**12,440,328.77**");
    expect(total[5]).toBe("**11,972,383.56**");
    expect(tableRow(markdown, "1")[2]).toBe("49.86%");
    expect(markdown).toContain("| Period | From – to | Elapsed | Promised (CNY) | Promised to date (CNY) | Realised (CNY) | Forecast by the plan (CNY) | Forecast by the trend (CNY) |");
  });

  it("shows every measurement, the one a correction replaced struck and marked", () => {
    expect(tableRow(markdown, "January 31, 2026")).toEqual(["January 31, 2026", "61 days", "ERP ageing report", "90%", "counted", "—"]);
    const may = markdown.split("\n").filter((line) => line.startsWith("| May 31, 2026 |"));
    expect(may).toEqual([
      "| May 31, 2026 | ~~56 days~~ | ERP ageing report | — | replaced by a correction | — |",
      "| May 31, 2026 | 55 days | ERP ageing report, re-run after the credit notes were booked | — | counted (correction) | Credit notes booked late |",
    ]);
    expect(markdown).toContain(`${dso} (Measured by: **Wang Fang** \`p-credit\`)`);
  });

  it("rolls the BVF up from the actuals against the plan, and states the method with its thresholds", () => {
    const cash = tableRow(markdown, "**Operating cash flow** `g-cash`");
    const planned = track.rollUp!.planned.executiveKpis.find((k) => k.id === "g-cash")!;
    expect(cash[1]).toBe(`${planned.estimated.toDecimalPlaces(2).toString()}%`);
    expect(markdown).toContain("at least 90% of the planned share is on track, at least 60% at risk");
    const custom = realisationToMarkdown(track, { sections: ["method"], thresholds: { onTrack: new Dec("0.8"), atRisk: new Dec("0.5") } });
    expect(custom).toContain("at least 80% of the planned share is on track, at least 50% at risk");
  });

  it("writes every section for the customer, without ids and without who measures", () => {
    const customer = realisationToMarkdown(track, { centre, frame, audience: "customer" });
    expect(customer.split("\n").filter((line) => line.startsWith("## "))).toHaveLength(7);
    expect(customer).not.toMatch(/Wang Fang|p-credit|Measured by:|\| Measured by \||`k-dso`|`g-cash`/);
    expect(tableRow(customer, "**Days sales outstanding**")[2]).toBe("**Operating cash flow +20 % this year**");
    expect(customer).toContain("~~56 days~~");
  });

  it("writes the QBR in Chinese, with no English of ours", () => {
    const zh = realisationToMarkdown(track, { centre, frame, locale: "zh-CN" });
    for (const word of ["价值实现", "季度业务回顾（QBR）", "基线", "目标值", "实际", "偏差", "按计划", "偏离", "里程碑", "已达成", "未达成", "待定", "已实现", "承诺", "预测"]) expect(zh).toContain(word);
    expect(zh).toContain("- **迄今已实现（未加权；经常性价值项按其期间已过去的比例计入，一次性价值项按迄今测得的金额计入）**：¥11,972,383.56");
    expect(tableRow(zh, "**Receivables overdue more than 90 days** `k-overdue`")[9]).toBe("**偏离**");
    const user = [...strings(realisationInput), ...strings(centre.people.map((p) => p.name)), frame.goals.find((g) => g.id === "g-cash")!.name, ...frame.goals.map((g) => g.name), ...track.rollUp!.planned.executiveKpis.map((k) => k.name)];
    expect(englishRuns(zh, user)).toEqual([]);
  });

  it("is reached through toMarkdown, checks its subject and options, and never changes the track", () => {
    const before = JSON.stringify(track);
    expect(toMarkdown(track, { sections: ["summary"] })).toBe(realisationToMarkdown(track, { sections: ["summary"] }));
    expect(JSON.stringify(track)).toBe(before);
    const error = thrown(() => realisationToMarkdown({} as never)) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.issues[0]!.message).toContain("expected a realisation track");
    const options = thrown(() => realisationToMarkdown(track, { sections: ["nope" as never], centre: 1 as never, locale: "xx" as never })) as RenderArgumentError;
    expect(options.issues.map((i) => i.path.join("."))).toEqual(["locale", "sections.0", "centre"]);
    // Without a BVF there is no roll-up section at all.
    const plain = trackRealisation(defineRealisation(realisationInput), { valueCase, asOf: realisationAsOf });
    expect(realisationToMarkdown(plain)).not.toContain("## Roll-up");
  });
});

describe("the realisation's charts", () => {
  it("gives the chart data exactly: the counted measurements and the cumulative money", () => {
    const data = realisationChartData(track, { kpi: "k-dso" });
    expect(data.kpis.map((k) => k.id)).toEqual(["k-dso"]);
    expect(data.kpis[0]!.actuals.map((p) => [p.date, p.text])).toEqual([
      ["2026-01-31", "61 days"],
      ["2026-03-31", "57 days"],
      ["2026-05-31", "55 days"],
    ]);
    expect(data.kpis[0]!.planned.map((p) => p.date)).toContain(realisationAsOf);
    const realised = data.money.series.find((s) => s.id === "realised")!;
    expect(realised.points.at(-1)!.cumulative.eq(track.money.realisedToDate)).toBe(true);
    expect(realised.points.at(-1)!.at.toFixed(4)).toBe(new Dec(182).div(365).toFixed(4));
    expect(data.money.series.find((s) => s.id === "promised")!.points.at(-1)!.text).toBe("CN¥29,720,000.00");
    expect(Object.isFrozen(data)).toBe(true);
  });

  it("draws one planned path and one point per counted measurement, with title and description", () => {
    const svg = realisationKpiSvg(track, { kpi: "k-dso" });
    expect(svg.match(/<path class="planned"/g)).toHaveLength(1);
    expect(svg.match(/<circle class="actual"/g)).toHaveLength(3);
    expect(svg).toContain("<title>Days sales outstanding: planned against actual</title>");
    expect(svg).toContain("<desc>Days sales outstanding: the planned path from the baseline 62 days towards the target 48 days, and 3 measurements as points; latest 55 days (May 31, 2026), on track.</desc>");
    expect(svg).toContain("Target 48 days");
    expect(svg).toContain('<line class="as-of"');
    expect(realisationKpiSvg(track, { kpi: "k-dso" })).toBe(svg);
    const all = realisationKpiSvg(track);
    expect(all.match(/<g class="kpi"/g)).toHaveLength(2);
    expect(all.match(/<circle class="actual"/g)).toHaveLength(4);
    expect(realisationKpiSvg(track, { kpi: "k-dso", locale: "zh-CN" })).toContain("<title>Days sales outstanding：计划与实际</title>");
  });

  it("escapes the user's text", () => {
    const odd = { ...realisationInput, kpis: [{ ...realisationInput.kpis[1]!, name: "Overdue <R&D> \"90\"" }], actuals: realisationInput.actuals.filter((a) => a.kpi === "k-overdue") };
    const svg = realisationKpiSvg(trackRealisation(defineRealisation(odd), { valueCase, asOf: realisationAsOf }));
    expect(svg).toContain("Overdue &lt;R&amp;D&gt;");
    expect(svg).not.toContain("<R&D>");
  });

  it("draws the money: promised, realised to date and both forecasts", () => {
    const svg = realisationMoneySvg(track);
    expect(svg.match(/<path class="series /g)).toHaveLength(4);
    expect(svg).toContain("CN¥11,972,383.56");
    expect(svg).toContain("<title>Realised against promised (cumulative, nominal, unweighted)</title>");
    expect(realisationMoneySvg(track, { locale: "zh-CN" })).toContain("已实现与承诺对照（累计，名义值，未加权）");
  });

  it("writes Vega-Lite specs from the same data", () => {
    const one = realisationKpiSpec(track, { kpi: "k-dso" });
    expect(one.$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
    const values = (one.data as { values: { kind: string; text: string }[] }).values;
    expect(values.filter((v) => v.kind === "actual").map((v) => v.text)).toEqual(["61 days", "57 days", "55 days"]);
    expect(one["layer"]).toBeDefined();
    const both = realisationKpiSpec(track);
    expect((both["vconcat"] as unknown[]).length).toBe(2);
    expect(both["width"]).toBeUndefined();
    const money = realisationMoneySpec(track);
    expect(money.title).toBe("Realised against promised (cumulative, nominal, unweighted)");
    expect(JSON.stringify(money)).toContain("CN¥11,972,383.56");
  });

  it("checks the subject and the options, every problem listed", () => {
    const error = thrown(() => realisationKpiSvg(track, { kpi: "k-nope", width: 5, locale: "xx" as never })) as RenderArgumentError;
    expect(error).toBeInstanceOf(RenderArgumentError);
    expect(error.code).toBe("RENDER_INVALID_ARGUMENT");
    expect(error.issues.map((i) => i.path.join("."))).toEqual(["locale", "width", "kpi"]);
    expect(thrown(() => realisationMoneySpec(42 as never))).toBeInstanceOf(RenderArgumentError);
  });
});

describe("toHtmlReport with a realisation", () => {
  const between = (html: string, start: string, end: string) => html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));

  it("gives the seller every section with both charts drawn and who measures named", () => {
    const html = toHtmlReport({ frame, realisation: { track }, stakeholders: { centre } });
    const part = between(html, '<section class="part" id="realisation">', "</section>");
    expect(html).toContain('<li><a href="#realisation">Value realisation: the case against what was measured</a></li>');
    expect(part).toContain("<h3>Month by month: plan, actual, variance</h3>");
    expect(part).toContain("<h3>Measurements</h3>");
    expect(part.match(/<path class="planned"/g)).toHaveLength(2);
    expect(part.match(/<path class="series /g)).toHaveLength(4);
    expect(part.indexOf('<path class="planned"')).toBeGreaterThan(part.indexOf("<h3>KPIs against plan</h3>"));
    expect(part.indexOf('<path class="planned"')).toBeLessThan(part.indexOf("<h3>Month by month"));
    expect(part).toContain("Wang Fang");
    expect(part).toContain("CN¥11,972,383.56");
  });

  it("stands alone as a report", () => {
    expect(toHtmlReport({ realisation: { track } }).startsWith("<!doctype html>")).toBe(true);
  });

  it("gives the customer the QBR view, the working only in the appendix, no seller's names or sections", () => {
    const html = toHtmlReport({ frame, realisation: { track }, stakeholders: { centre } }, { audience: "customer" });
    const part = between(html, '<section class="part" id="realisation">', "</section>");
    expect(part).toContain("<h3>KPIs against plan</h3>");
    expect(part).toContain("<h3>Milestones</h3>");
    expect(part).not.toContain("Month by month");
    expect(part).not.toContain("<h3>Measurements</h3>");
    expect(html).not.toMatch(/Wang Fang|p-credit|Measured by:|<th>Measured by<\/th>|(?<!data-kpi=")k-dso|id="people"/);
    expect(part.match(/<path class="planned"/g)).toHaveLength(2);
    const appendix = toHtmlReport({ frame, realisation: { track } }, { audience: "customer", appendix: true, locale: "zh-CN" });
    const back = between(appendix, '<section class="part" id="appendix">', "</section>");
    expect(back).toContain("逐月：计划、实际、偏差");
    expect(back).toContain("测量记录");
    expect(back).not.toContain("已实现与承诺对照（按案例期间）");
  });
});
