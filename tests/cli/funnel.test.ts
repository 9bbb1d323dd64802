/**
 * `valueframe funnel`: the example territory reviewed with its four documents (the seller's
 * stage-weighted revenue to the cent, the USD and EUR deals not converted), a folder, every problem of a
 * broken territory and a broken document located by file, line and column in one run, --skip-invalid,
 * the JSON, Markdown and HTML outputs, and usage errors.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { positionOf, repoRoot, run } from "./helpers.js";

const territory = "examples/territory.yaml";
const at = (path: string) => join(repoRoot, path);

/** A value-case document with the distributor's frame inline and a qualification holding only its funnel entry. */
const documentWith = (funnel: object) => JSON.stringify({ frame: JSON.parse(readFileSync(at("examples/distributor.frame.json"), "utf8")), qualification: { funnel } }, null, 2);

describe("valueframe funnel", () => {
  it("reviews the example territory: the seller's stage-weighted revenue by month and in total, to the cent", async () => {
    const result = await run(["funnel", territory]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("examples/territory.yaml: territory review of East region key accounts — 12 deals, 4 documents (4 qualified)");
    expect(result.stdout).toContain("the seller's stage-weighted revenue (expected revenue × stage rate), CNY: the seller's revenue, not the customer's value");
    // February: Hengda 800,000 × 0.1 + Ruifeng 650,000.50 × 0.6 = 80,000 + 390,000.30.
    expect(lines.find((line) => line.startsWith("    2027-02"))).toMatch(/2 deals +expected +1,450,000\.50 CNY +weighted +470,000\.30 CNY$/);
    // January: Baihe won 420,000 × 1 + Xinda lost × 0 + the distributor's 2,000,000 and the logistics' 4,000,000 at P × 0.1.
    expect(lines.find((line) => line.startsWith("    2027-01"))).toMatch(/weighted +1,020,000\.00 CNY$/);
    // Total: 1,020,000 + 470,000.30 + 450,000 + 1,200,000 + 360,000 (Donghai's own rate 0.4) + 120,000.
    expect(lines.find((line) => line.startsWith("    total"))).toMatch(/10 deals +expected +13,770,000\.50 CNY +weighted +3,620,000\.30 CNY$/);
    // The USD and EUR deals of the livestock and manufacturer documents are listed, not converted.
    expect(result.stdout).toContain("not converted (USD): Prairie Ridge Pork 1,212,000.00 USD (prospect)");
    expect(result.stdout).toContain("not converted (EUR): Keller Antriebstechnik GmbH 3,000,000.00 EUR (prospect)");
    expect(result.stdout).toContain("rates: our defaults; a deal's own rate where it has one");
    for (const customer of ["Huatong Industrial Distribution (distributor.valuecase.json): stage P", "Jiayun Contract Logistics (logistics.valuecase.json): stage P", "Prairie Ridge Pork (livestock.valuecase.json)", "Keller Antriebstechnik GmbH (manufacturer.valuecase.json)"])
      expect(result.stdout).toContain(customer);
    // Jiayun: 18,000,000 − 3,000,000 = 15,000,000 potential; the much-business tier's headroom Σ 27,400,000.
    expect(result.stdout).toContain("much business    5 accounts; potential 44,500,000.00 CNY, current 17,100,000.00 CNY, headroom 27,400,000.00 CNY");
    expect(result.stdout).toContain("2027-02  expected 1,375,000.00 CNY; actual 1,039,200.00 CNY against 1,050,000.00 CNY expected of the accounts reported, variance -10,800.00 CNY (3 reported, 3 pending)");
    expect(result.stdout).toContain("top accounts: Jiayun Contract Logistics (target), Huamei Retail (target), Ruifeng Chemicals, Yuxin Pharma, Keller Antriebstechnik GmbH");
    // The accounts without a coach are warned of, at their key people.
    const jinlong = positionOf(territory, "[{ name: Wang Tao", "id: t-jinlong");
    expect(result.stderr).toContain(`examples/territory.yaml:${jinlong.line}:${jinlong.column}: warning: tiers.muchBusiness[3].keyPeople: "Jinlong Steel" has no coach among its key people [no_coach]`);
  });

  it("takes a folder: its one territory file, else a territory of its documents; several territory files are an error naming them", async () => {
    const file = await run(["funnel", territory]);
    const folder = await run(["funnel", "examples"]);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toBe(file.stdout);

    const team = at("team");
    const documents = {
      [join(team, "b.valuecase.json")]: documentWith({ stage: "B", expectedMonth: "2027-02", expectedInvestment: "450000.50", currency: "CNY" }),
      [join(team, "a.valuecase.json")]: documentWith({ stage: "I", expectedMonth: "2027-02", expectedInvestment: "1200000", currency: "CNY" }),
      [join(team, "notes.txt")]: "not a document",
    };
    const without = await run(["funnel", "team"], { files: documents });
    expect(without.code, without.stderr).toBe(0);
    // Sorted: a then b; 1,200,000 × 0.3 + 450,000.50 × 0.6 = 630,000.30.
    expect(without.stdout.split("\n")[0]).toBe("team: territory review — 2 deals, 2 documents (2 qualified)");
    expect(without.stdout).toMatch(/total +2 deals +expected +1,650,000\.50 CNY +weighted +630,000\.30 CNY/);
    expect(without.stdout.indexOf("(a.valuecase.json)")).toBeLessThan(without.stdout.indexOf("(b.valuecase.json)"));

    const mixed = await run(["funnel", "team"], { files: { ...documents, [join(team, "b.valuecase.json")]: documentWith({ stage: "B", expectedMonth: "2027-02", expectedInvestment: "70000", currency: "USD" }) } });
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain("team:1:1: currency: the funnel mixes currencies (CNY, USD): name the one to sum; nothing is converted here (write \"currency\" in the territory) [mixed_currencies]");

    const several = await run(["funnel", "team"], { files: { ...documents, [join(team, "east.territory.yaml")]: "documents: []\n", [join(team, "territory.json")]: "{}" } });
    expect(several.code).toBe(2);
    expect(several.stderr).toContain("team holds 2 territory files (east.territory.yaml, territory.json): name the one to review");
  });

  describe("problems", () => {
    const broken = at("examples/broken-team.valuecase.json");
    const territoryText = [
      "seller: East region key accounts",
      "currency: CNY",
      "documents: [distributor.valuecase.json, broken-team.valuecase.json, missing.valuecase.json]",
      "deals:",
      '  - { id: d1, customer: Hengda Foods, stage: X, expectedMonth: "2027-13", expectedInvestment: "800000", currency: CNY }',
      "",
    ].join("\n");
    const brokenText = '{\n  "frame": {\n    "customer": { "name": "Broken" },\n    "currency": "cny"\n  }\n}\n';

    it("locates every problem of the territory and of every document by file:line:column in one run, and writes nothing", async () => {
      const result = await run(["funnel", "examples/bad.territory.yaml"], { files: { [at("examples/bad.territory.yaml")]: territoryText, [broken]: brokenText } });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      const lines = result.stderr.trim().split("\n");
      expect(lines.filter((line) => line.startsWith("examples/bad.territory.yaml:5:"))).toHaveLength(2);
      expect(lines).toContain(`examples/bad.territory.yaml:5:${territoryText.split("\n")[4]!.indexOf("X") + 1}: deals[0].stage: expected a funnel stage: P, I, B, won, lost [invalid_value]`);
      expect(lines.some((line) => /^examples\/bad\.territory\.yaml:5:\d+: deals\[0\]\.expectedMonth: "2027-13" is not a month written YYYY-MM/.test(line))).toBe(true);
      expect(lines.some((line) => line.startsWith("examples/broken-team.valuecase.json:4:17: frame.currency:"))).toBe(true);
      expect(lines).toContain("examples/missing.valuecase.json:1:1: cannot read examples/missing.valuecase.json: no such file [file_not_found]");
      expect(lines.at(-1)).toMatch(/^valueframe: \d+ problems$/);
    });

    it("with --skip-invalid reviews the valid documents and lists the others as left out", async () => {
      const valid = territoryText.replace(/deals:\n.*\n/, "");
      const result = await run(["funnel", "examples/bad.territory.yaml", "--skip-invalid"], { files: { [at("examples/bad.territory.yaml")]: valid, [broken]: brokenText } });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain("examples/broken-team.valuecase.json:4:17: warning: frame.currency:");
      expect(result.stderr).toContain("(document left out)");
      expect(result.stdout).toContain("without a qualification: broken-team.valuecase.json, missing.valuecase.json");
      expect(result.stdout).toMatch(/left out \(invalid\): broken-team\.valuecase\.json \(\d+ problems?\), missing\.valuecase\.json \(1 problem\)/);
      expect(result.stdout).toMatch(/total +1 deal +expected +2,000,000\.00 CNY +weighted +200,000\.00 CNY/);
      // A broken territory is never reviewed, --skip-invalid or not.
      const still = await run(["funnel", "examples/bad.territory.yaml", "--skip-invalid"], { files: { [at("examples/bad.territory.yaml")]: territoryText, [broken]: brokenText } });
      expect(still.code).toBe(1);
    });

    it("locates the issue's bad input by line and column in one run: a stage rate above 1, a tier of six, a negative market capacity, and a bad qualification's answers and criteria", async () => {
      const tierAccount = (id: string, capacity: string) => `    - { id: ${id}, name: ${id}, market: { totalCapacity: "${capacity}" }, plan: [{ who: Zhang, how: visit, when: "2027-01", why: yield, forWhat: pilot }] }`;
      const text = [
        "currency: CNY",
        "rates: { B: \"1.2\" }",
        "documents: [q.valuecase.yaml]",
        "tiers:",
        "  muchBusiness:",
        ...Array.from({ length: 6 }, (_, i) => tierAccount(`m${i}`, "100")),
        "  noBusiness:",
        tierAccount("n0", "-5"),
        "",
      ].join("\n");
      const qualification = [
        "frame: distributor.frame.json",
        "qualification:",
        "  assessment:",
        "    answers:",
        "      - { question: o1, score: 7, evidence: CFO }",
        "      - { question: o9, score: 2, evidence: CFO }",
        "  criteria:",
        "    criteria:",
        "      - { id: fit, name: Fit, weight: -1 }",
        "      - { id: price, name: Price, weight: 0 }",
        "    suppliers:",
        "      - { id: us, name: Us, us: true, scores: { fit: 5, price: 2, speed: 3 } }",
        "",
      ].join("\n");
      const files = { [at("examples/bad.territory.yaml")]: text, [at("examples/q.valuecase.yaml")]: qualification };
      const result = await run(["funnel", "examples/bad.territory.yaml"], { files });
      expect(result.code).toBe(1);
      const problems = result.stderr.trim().split("\n").filter((line) => !line.startsWith("valueframe: "));
      const columnOf = (source: string, line: number, needle: string) => source.split("\n")[line - 1]!.indexOf(needle) + 1;
      expect(problems).toEqual([
        `examples/bad.territory.yaml:2:${columnOf(text, 2, '"1.2"')}: rates.B: a rate is from 0 to 1; got 1.2 [out_of_range]`,
        `examples/bad.territory.yaml:6:5: tiers.muchBusiness: a tier holds at most 5 accounts (5 + 5 + 5); "muchBusiness" has 6 [too_many]`,
        `examples/bad.territory.yaml:13:${columnOf(text, 13, '"-5"')}: tiers.noBusiness[0].market.totalCapacity: an amount is not negative; got -5 [out_of_range]`,
        `examples/q.valuecase.yaml:5:${columnOf(qualification, 5, "7")}: qualification.assessment.answers[0].score: ${problems.find((l) => l.includes("answers[0].score"))!.split("answers[0].score: ")[1]}`,
        `examples/q.valuecase.yaml:6:${columnOf(qualification, 6, "o9")}: qualification.assessment.answers[1].question: no question has the id "o9" [unknown_reference]`,
        `examples/q.valuecase.yaml:9:${columnOf(qualification, 9, "-1")}: qualification.criteria.criteria[0].weight: a weight is not negative; got -1 [out_of_range]`,
        `examples/q.valuecase.yaml:12:${columnOf(qualification, 12, "speed: 3") + "speed: ".length}: qualification.criteria.suppliers[0].scores.speed: no criterion has the id "speed" [unknown_reference]`,
      ]);
    });

    it("reports a territory that cannot be read or parsed, located", async () => {
      const missing = await run(["funnel", "examples/none.territory.yaml"]);
      expect([missing.code, missing.stderr]).toEqual([1, "examples/none.territory.yaml:1:1: cannot read examples/none.territory.yaml: no such file [file_not_found]\n"]);
      const syntax = await run(["funnel", "examples/bad.territory.yaml"], { files: { [at("examples/bad.territory.yaml")]: "seller: East\ncurrency: CNY\nseller: West\n" } });
      expect(syntax.code).toBe(1);
      expect(syntax.stderr).toMatch(/^examples\/bad\.territory\.yaml:3:1: .*seller/);
    });
  });

  describe("outputs", () => {
    it("gives the review as JSON, every decimal an exact string", async () => {
      const result = await run(["funnel", territory, "--format", "json"]);
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout) as { territory: string; documents: string[]; skipped: string[]; review: { pipeline: { measure: string; total: { sellerWeightedRevenue: string }; byMonth: { month: string; sellerWeightedRevenue: string }[]; otherCurrencies: { currency: string }[] }; tiers: { accounts: { id: string; headroom: string }[] } } };
      expect(json.territory).toBe(territory);
      expect(json.skipped).toEqual([]);
      expect(json.review.pipeline.measure).toBe("sellerStageWeightedRevenue");
      expect(json.review.pipeline.total.sellerWeightedRevenue).toBe("3620000.3");
      expect(json.review.pipeline.byMonth.find((m) => m.month === "2027-02")?.sellerWeightedRevenue).toBe("470000.3");
      expect(json.review.pipeline.otherCurrencies.map((o) => o.currency)).toEqual(["USD", "EUR"]);
      // Jiayun: 15,000,000 − 5,600,000.
      expect(json.review.tiers.accounts.find((a) => a.id === "t-jiayun")?.headroom).toBe("9400000");
    });

    it("writes the territory review in Markdown, in zh-CN too", async () => {
      const en = await run(["funnel", territory, "--format", "md"]);
      expect(en.stdout.split("\n")[0]).toBe("# Territory review: East region key accounts");
      expect(en.stdout).toContain("| February 2027 | 2 | 1,450,000.50 | 470,000.30 |");
      const zh = await run(["funnel", territory, "--format", "md", "--locale", "zh-CN"]);
      expect(zh.stdout).toContain("\n## 销售漏斗\n");
      expect(zh.stdout).toContain("| 2027年2月 | 2 | 1,450,000.50 | 470,000.30 |");
    });

    it("writes one self-contained HTML page with its three charts", async () => {
      const result = await run(["funnel", territory, "--format", "html", "-o", "out/territory.html"]);
      expect(result.code).toBe(0);
      const html = result.written.get(at("out/territory.html"))!;
      expect(html.startsWith("<!doctype html>")).toBe(true);
      expect(html.match(/<svg /g)).toHaveLength(3);
      expect(html).not.toMatch(/<script|<link|src="|https?:\/\//);
      expect(result.stderr).toContain("valueframe: wrote out/territory.html");
    });

    it("refuses --locale with text or json output", async () => {
      const result = await run(["funnel", territory, "--locale", "zh-CN"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("--locale applies to --format md or html");
    });
  });
});
