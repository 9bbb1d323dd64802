/** `valueframe report` as Markdown: the frame, the documented calculation and the BVF, in English or Chinese. */
import { readdirSync, readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, run } from "./helpers.js";

const distributor = "examples/distributor.valuecase.json";

describe("valueframe report --format md", () => {
  it("opens with the executive summary, then documents the frame, the calculation with its inputs and the BVF, in the method's order", async () => {
    const result = await run(["report", distributor]);
    expect(result.code).toBe(0);
    const md = result.stdout;
    const titles = md.split("\n").filter((line) => line.startsWith("# "));
    expect(titles).toEqual([
      "# Executive summary",
      "# Qualification: is the deal worth pursuing, and can we win it?",
      "# Account plan: Huatong Industrial Distribution",
      "# Huatong Industrial Distribution: reference frame",
      "# Value case: Credit-to-cash capability for Huatong Industrial Distribution",
      "# Credit-to-cash for Huatong: Business Value Framework",
      "# Buying centre",
      "# Value realisation: the case against what was measured",
      "# Pursuit: how the customer buys and how the order moves",
    ]);
    expect(md).toContain(
      "**working capital released** = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = **14,000,000 CNY**",
    );
    const processRow = md.split("\n").find((line) => line.startsWith("| **Process** |"))!;
    expect(processRow.split(" | ")[3]).toContain("`cbi-dso`");
    expect(md).toContain("## Scenarios side by side");
    expect(md).toContain("## Sensitivity");
    expect(md).not.toContain("## Simulation");
  });

  it("writes the customer's report with --audience customer: no ids, formula source or seller-only sections; the working only with --appendix", async () => {
    const internal = (await run(["report", distributor])).stdout;
    const result = await run(["report", distributor, "--audience", "customer"]);
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md.split("\n")[0]).toBe("# Executive summary");
    // The headline is the de-duplicated figure; the one with the flagged line is given beside it.
    expect(md).toContain("| **Net present value** | **CN¥18.0M** | CN¥23.2M |");
    expect(md).toContain("With it, the risk-adjusted NPV would read CN¥21.1M.");
    for (const sellerOnly of ["`g-cash`", "`cbi-dso`", "annualRevenue / daysInYear", "## Assumptions", "## Calculation"]) {
      expect(internal).toContain(sellerOnly);
      expect(md).not.toContain(sellerOnly);
    }
    const withAppendix = (await run(["report", distributor, "--audience", "customer", "--appendix"])).stdout;
    expect(withAppendix).toContain("## Calculation");
    expect(withAppendix).toContain("**working capital released** = DSO reduction × daily revenue = 14 day × 1,000,000 CNY/day = **14,000,000 CNY**");
    expect(withAppendix).not.toContain("annualRevenue / daysInYear");
  });

  it("refuses --appendix without the customer audience, and an unknown audience", async () => {
    const appendix = await run(["report", distributor, "--appendix"]);
    expect(appendix.code).toBe(2);
    expect(appendix.stderr).toContain("--appendix applies to --audience customer");
    const unknown = await run(["report", distributor, "--audience", "cfo"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--audience");
  });

  it("adds the simulation percentiles with --iterations", async () => {
    const result = await run(["report", distributor, "--iterations", "1000", "--seed", "5"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("## Simulation");
    expect(result.stdout).toContain("1,000 Monte Carlo iterations");
  });

  it("writes Chinese labels and the same figures with --locale zh-CN", async () => {
    const result = await run(["report", distributor, "--locale", "zh-CN", "-o", "report.md"]);
    expect(result.code).toBe(0);
    const md = result.written.get(join(repoRoot, "report.md"))!;
    expect(md).toContain("## 战略目标");
    expect(md).toContain("# 价值测算：Credit-to-cash capability for Huatong Industrial Distribution");
    expect(md).toContain("14,000,000 CNY");
  });

  it("reports a bare BVF file", async () => {
    const result = await run(["report", "examples/distributor.bvf.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("# Credit-to-cash for Huatong: Business Value Framework");
  });
});

describe("valueframe report --format html", () => {
  it("writes one self-contained page with the calculation, the charts as inline SVG and no external resource", async () => {
    const result = await run(["report", distributor, "--format", "html", "--iterations", "2000", "-o", "case.html"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("valueframe: wrote case.html\n");
    const html = result.written.get(join(repoRoot, "case.html"))!;
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<title>Value case report: Huatong Industrial Distribution</title>");
    expect(html).toContain("14 day × 1,000,000 CNY/day");
    // The summary's cumulative cash flow, the qualification's purchase criteria, value matrix and opening
    // grid, the linkage diagram, waterfall, cumulative cash flow, tornado, simulation histogram, the BVF's
    // four levels, the buying centre's stakeholder map, the realisation's KPIs against plan and its money,
    // and the pursuit's timeline.
    expect(html.match(/<svg[ >]/g)).toHaveLength(14);
    expect(html).toContain("<title>Linkage diagram: Huatong Industrial Distribution</title>");
    expect(html).not.toContain('<pre class="mermaid">');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it("writes the Chinese report with --locale zh-CN", async () => {
    const result = await run(["report", distributor, "-f", "html", "-l", "zh-CN"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<html lang="zh-CN">');
    expect(result.stdout).toContain("战略目标");
  });
});

describe("every example document", () => {
  const documents = readdirSync(join(repoRoot, "examples")).filter((name) => name.endsWith(".valuecase.json"));

  it("includes the distributor", () => {
    expect(documents).toContain("distributor.valuecase.json");
  });

  it.each(documents)("%s validates, reports in every format and simulates", async (name) => {
    const file = `examples/${name}`;
    expect((await run(["validate", file])).code).toBe(0);
    for (const format of ["md", "html", "json"]) {
      const result = await run(["report", file, "--format", format]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(1000);
    }
    const json = JSON.parse((await run(["report", file, "-f", "json"])).stdout) as { evaluation?: { unadjusted: { npv: unknown } } };
    if (json.evaluation !== undefined) {
      expect(json.evaluation.unadjusted.npv).toMatch(/^-?\d+(\.\d+)?$/);
      const simulated = await run(["simulate", file, "-n", "200", "-f", "json"]);
      expect(simulated.code, simulated.stderr).toBe(0);
    }
  });
});

describe("the buying centre in the report", () => {
  const examples = ["distributor", "livestock", "logistics", "manufacturer"] as const;
  const people = (name: string): { name: string; motives: string[]; plan?: string }[] =>
    (parseYaml(readFileSync(join(repoRoot, "examples", `${name}.stakeholders.yaml`), "utf8")) as { people: { name: string; plan?: string; men?: { motives?: { text: string }[] } }[] }).people.map((p) => ({
      name: p.name,
      motives: (p.men?.motives ?? []).map((m) => m.text),
      ...(p.plan === undefined ? {} : { plan: p.plan }),
    }));

  it.each(examples)("%s: the seller's report holds the people, their standing as of --as-of, the map and each person's value page", async (name) => {
    const html = (await run(["report", `examples/${name}.valuecase.json`, "--format", "html", "--as-of", "2026-12-06"])).stdout;
    expect(html).toContain('<section class="part" id="people">');
    expect(html).toContain("Stakeholder map");
    for (const person of people(name)) expect(html).toContain(person.name);
    const md = (await run(["report", `examples/${name}.valuecase.json`, "--as-of", "2026-12-06"])).stdout;
    expect(md).toContain("## What the case brings");
  });

  it.each(examples)("%s: nothing of the people reaches the customer's report, in Markdown or HTML, in either language", async (name) => {
    for (const format of ["md", "html"]) {
      for (const locale of ["en", "zh-CN"]) {
        const out = (await run(["report", `examples/${name}.valuecase.json`, "--format", format, "--locale", locale, "--audience", "customer", "--appendix", "--as-of", "2026-12-06"])).stdout;
        for (const person of people(name)) {
          expect(out, `${format} ${locale}: ${person.name}`).not.toContain(person.name);
          for (const motive of person.motives) expect(out).not.toContain(motive);
          if (person.plan !== undefined) expect(out).not.toContain(person.plan);
        }
        expect(out).not.toMatch(/Buying centre|采购决策群|Stakeholder map|opponent|反对者/);
      }
    }
  });
});

describe("the pursuit in the report", () => {
  const examples = ["distributor", "livestock", "logistics", "manufacturer"] as const;
  interface PursuitFile {
    visits: { objective: string; commitments?: { action?: string }[] }[];
    concerns?: { objection: string; concern?: string }[];
    negotiation?: { ours: { reservation: string; source: string }; theirs: { source: string } };
  }
  /** What only the seller may read: objectives, commitments asked of people, concerns, our reservation price. */
  const secrets = (name: string): string[] => {
    const pursuit = parseYaml(readFileSync(join(repoRoot, "examples", `${name}.pursuit.yaml`), "utf8")) as PursuitFile;
    return [
      ...pursuit.visits.map((visit) => visit.objective),
      ...pursuit.visits.flatMap((visit) => (visit.commitments ?? []).flatMap((c) => (c.action === undefined ? [] : [c.action]))),
      ...(pursuit.concerns ?? []).flatMap((c) => [c.objection, ...(c.concern === undefined ? [] : [c.concern])]),
      ...(pursuit.negotiation === undefined ? [] : [pursuit.negotiation.ours.source, pursuit.negotiation.theirs.source]),
    ];
  };

  it.each(examples)("%s: the seller's report holds the pursuit: the timeline, the moves and the commitments", async (name) => {
    const html = (await run(["report", `examples/${name}.valuecase.json`, "--format", "html", "--as-of", "2026-12-06"])).stdout;
    expect(html).toContain("Pursuit timeline as of December 6, 2026");
    expect(html).toContain("Pursuit: how the customer buys and how the order moves");
    const md = (await run(["report", `examples/${name}.valuecase.json`, "--as-of", "2026-12-06"])).stdout;
    for (const secret of secrets(name).slice(0, 3)) expect(md).toContain(secret);
  });

  it.each(examples)("%s: nothing of the pursuit reaches the customer's report, in Markdown or HTML, in either language", async (name) => {
    for (const format of ["md", "html"]) {
      for (const locale of ["en", "zh-CN"]) {
        const out = (await run(["report", `examples/${name}.valuecase.json`, "--format", format, "--locale", locale, "--audience", "customer", "--appendix", "--as-of", "2026-12-06"])).stdout;
        for (const secret of secrets(name)) expect(out, `${format} ${locale}`).not.toContain(secret);
        expect(out).not.toMatch(/Pursuit|订单推进|zone of agreement|协议区|pullBack|reservation price/i);
      }
    }
  });
});

describe("the realisation in the report", () => {
  it("gives the seller the whole realisation and the customer its quarterly business review, without who measures", async () => {
    const internal = (await run(["report", "examples/distributor.valuecase.json", "--as-of", "2026-12-06"])).stdout;
    expect(internal).toContain("# Value realisation: the case against what was measured");
    expect(internal).toContain("Measured by");
    const customer = (await run(["report", "examples/distributor.valuecase.json", "--as-of", "2026-12-06", "--audience", "customer"])).stdout;
    expect(customer).toContain("# Value realisation: the case against what was measured");
    expect(customer).toContain("Realised to date (unweighted; recurring lines for the share of their period elapsed, one-time lines at the amount measured so far)");
    expect(customer).toContain("CN¥19,358,191.78");
    // Who measures each KPI is named for the seller alone (Wang Fang measures DSO).
    const part = internal.slice(internal.indexOf("# Value realisation"), internal.indexOf("# Pursuit"));
    expect(part).toContain("Wang Fang");
    expect(customer).not.toContain("Wang Fang");
    const json = JSON.parse((await run(["report", "examples/distributor.valuecase.json", "--as-of", "2026-12-06", "-f", "json"])).stdout) as { realisation: { money: { realisedToDate: string } } };
    // An exact decimal string: 19,358,191.78… (a share of a year's days is a repeating decimal).
    expect(json.realisation.money.realisedToDate).toMatch(/^19358191\.78\d+$/);
  });
});

describe("the qualification and the account plan in the report", () => {
  const examples = ["distributor", "livestock", "logistics", "manufacturer"] as const;
  interface Answer {
    answer: string;
    evidence: string;
  }
  interface QualificationFile {
    assessment?: { answers: { evidence: string }[] };
    criteria?: { criteria: { name: string; weight: number | string }[]; suppliers: { name: string; us?: boolean }[] };
    fiveWTwoP?: Record<string, Answer>;
    funnel?: { contact?: string };
  }
  interface AccountFile {
    answers?: Record<string, Answer>;
    rulesOfEngagement?: Record<string, Answer>;
  }
  const yaml = (file: string): unknown => parseYaml(readFileSync(join(repoRoot, "examples", file), "utf8"));
  /** What only the seller may read: evidence, the rivals, the criteria, the 5W + 2P answers, the account plan's answers. */
  const secrets = (name: string): string[] => {
    const q = yaml(`${name}.qualification.yaml`) as QualificationFile;
    const account = yaml(`${name}.account.yaml`) as AccountFile;
    return [
      ...(q.assessment?.answers ?? []).map((a) => a.evidence),
      ...(q.criteria?.suppliers ?? []).filter((s) => s.us !== true).map((s) => s.name),
      ...(q.criteria?.criteria ?? []).map((c) => c.name),
      ...Object.values(q.fiveWTwoP ?? {}).flatMap((a) => [a.answer, a.evidence]),
      ...[...Object.values(account.answers ?? {}), ...Object.values(account.rulesOfEngagement ?? {})].map((a) => a.answer),
    ];
  };
  /** The example's document without its qualification and account plan, beside it in the examples folder. */
  const without = (name: string): Record<string, string> => {
    const { qualification: _q, account: _a, ...rest } = JSON.parse(readFileSync(join(repoRoot, "examples", `${name}.valuecase.json`), "utf8")) as Record<string, unknown>;
    return { [join(repoRoot, "examples", `${name}.unqualified.valuecase.json`)]: JSON.stringify(rest) };
  };

  it.each(examples)("%s: the seller's report opens with the qualification and the account plan after the summary, charts and all, and carries them as data", async (name) => {
    const md = (await run(["report", `examples/${name}.valuecase.json`, "--as-of", "2026-12-06"])).stdout;
    const titles = md.split("\n").filter((line) => line.startsWith("# "));
    expect(titles[1]).toBe("# Qualification: is the deal worth pursuing, and can we win it?");
    expect(titles[2]).toMatch(/^# Account plan: /);
    expect(titles[3]).toMatch(/: reference frame$/);
    expect(md).toContain("## The customer's purchase criteria");
    expect(md).toContain("- **Seller's stage-weighted revenue:** ");
    for (const secret of secrets(name).slice(0, 5)) expect(md).toContain(secret.replace(/\|/g, "\\|"));
    const html = (await run(["report", `examples/${name}.valuecase.json`, "--format", "html", "--as-of", "2026-12-06"])).stdout;
    const part = html.slice(html.indexOf('<section class="part" id="qualification">'), html.indexOf('<section class="part" id="account">'));
    expect(part.match(/<svg[ >]/g)).toHaveLength(3);
    expect(html.indexOf('id="account"')).toBeLessThan(html.indexOf('id="frame"'));
    const json = JSON.parse((await run(["report", `examples/${name}.valuecase.json`, "-f", "json", "--as-of", "2026-12-06"])).stdout) as {
      qualification: { worked: { comparison: { suppliers: { total: string; rank: number }[] } } };
      account: { completeness: { total: number } };
    };
    expect(json.qualification.worked.comparison.suppliers[0]!.rank).toBe(1);
    expect(json.qualification.worked.comparison.suppliers[0]!.total).toMatch(/^\d+(\.\d+)?$/);
    expect(json.account.completeness.total).toBe(36);
  });

  it.each(examples)("%s: nothing of the qualification or the account plan reaches the customer's report, in Markdown or HTML, in either language", async (name) => {
    const files = without(name);
    for (const format of ["md", "html"]) {
      for (const locale of ["en", "zh-CN"]) {
        const args = ["--format", format, "--locale", locale, "--audience", "customer", "--appendix", "--as-of", "2026-12-06", "--date", "2026-12-06"];
        const out = (await run(["report", `examples/${name}.valuecase.json`, ...args])).stdout;
        // The document with them and without them reads the same to the customer.
        expect(out, `${format} ${locale}`).toBe((await run(["report", `examples/${name}.unqualified.valuecase.json`, ...args], { files })).stdout);
        // Each of the seller's own texts long enough to be told apart (a bare "No" is anyone's word).
        for (const secret of secrets(name).filter((text) => text.length >= 12)) expect(out, `${format} ${locale}: ${secret}`).not.toContain(secret);
        // Nor their words: a criterion's weight and share, the funnel, the break-even weights, the grids.
        expect(out).not.toMatch(/Qualification|资格审查|Account plan|客户计划|stage-weighted|按阶段加权|Break-even|盈亏平衡|weight \d+(\.\d+)?, \d|权重 \d+(\.\d+)?，\d|Funnel|漏斗|Opening position|开局位置|value matrix|价值矩阵/);
      }
    }
  });
});
