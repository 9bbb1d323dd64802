/**
 * The figures of the distributor example, computed from whichever build of valueframe is passed in: the
 * browser bundle inside Chromium, or the source in Node. The same code runs in both, so any difference in
 * the printed strings comes from the runtime or the bundling, never from the computation.
 */
import type * as Root from "../../src/index.js";
import type * as Finance from "../../src/finance/index.js";
import type * as Quantify from "../../src/quantify/index.js";
import type * as Render from "../../src/render/index.js";

/** The parts of valueframe's public entries the distributor figures use. */
export interface ValueframeEntries {
  readonly root: Pick<typeof Root, "defineFrame" | "rankSolutions" | "ValueframeValidationError">;
  readonly finance: Pick<typeof Finance, "irr" | "npv">;
  readonly quantify: Pick<typeof Quantify, "defineValueCase" | "evaluate" | "formatTrace" | "safeDefineValueCase" | "simulate" | "tornado">;
  readonly render: Pick<typeof Render, "toHtmlReport" | "toMarkdown">;
}

/** One figure: a stable name and its exact printed value. */
export interface NamedFigure {
  readonly name: string;
  readonly value: string;
}

const text = (value: { toString(): string } | null | undefined): string => (value == null ? "none" : value.toString());

/**
 * Evaluates the distributor example (frame and value case as parsed JSON) and prints every figure a
 * reader would check: measures, cash flows, traces, finance on the net flows, the solution ranking,
 * sensitivity, a seeded Monte Carlo run (float64 inside, so it also compares the engines' Math), one
 * validation error, and the Markdown and HTML documents in both locales (which compares the engines'
 * `Intl` formatting).
 *
 * @param vf - valueframe's public entries (bundle or source)
 * @param frameJson - `examples/distributor.frame.json`, parsed
 * @param caseJson - `examples/distributor.case.json`, parsed
 * @returns the figures in a fixed order
 */
export function distributorFigures(vf: ValueframeEntries, frameJson: unknown, caseJson: unknown): readonly NamedFigure[] {
  const frame = vf.root.defineFrame(frameJson);
  const valueCase = vf.quantify.defineValueCase(caseJson as Quantify.ValueCaseInput);
  const result = vf.quantify.evaluate(valueCase, { frame });
  const nets = result.periods.map((row) => row.net);
  const figures: [string, string][] = [
    ["npv", text(result.unadjusted.npv)],
    ["npv (2 decimals)", result.unadjusted.npv.toFixed(2)],
    ["weighted npv", text(result.weighted.npv)],
    ["irr", text(result.unadjusted.irr)],
    ["weighted irr", text(result.weighted.irr)],
    ["roi", text(result.unadjusted.roi)],
    ["payback", text(result.unadjusted.payback)],
    ["discounted payback", text(result.unadjusted.discountedPayback)],
    ["benefits", text(result.unadjusted.benefits)],
    ["costs", text(result.unadjusted.costs)],
    ["net flows", nets.map(text).join(" ")],
    ["weighted net flows", result.periods.map((row) => text(row.weighted.net)).join(" ")],
    ["lines", result.lines.map((line) => `${line.id}=${text(line.amount)}`).join(" ")],
    ["gap closed", result.goals.map((goal) => `${goal.goalId}=${text(goal.gapClosed)}`).join(" ")],
    ["trace released", vf.quantify.formatTrace(result.trace["quantity:workingCapitalReleased"]!)],
    ["trace saved", vf.quantify.formatTrace(result.trace["quantity:financingCostSaved"]!)],
    ["finance npv at 8 %", text(vf.finance.npv("0.08", nets, { firstFlowAt: 0 }))],
    ["finance irr", text(vf.finance.irr(nets))],
    ["ranking", vf.root.rankSolutions(frame).map((r) => `${r.rank}.${r.solution.id}=${text(r.score)}`).join(" ")],
  ];
  const swings = vf.quantify.tornado(valueCase);
  figures.push(["tornado", swings.rows.map((row) => `${row.driver}:${text(row.npvAtLow)}..${text(row.npvAtHigh)}`).join(" ")]);
  const mc = vf.quantify.simulate(valueCase, { iterations: 2000, seed: 7 });
  figures.push(
    ["simulation npv p10 p50 p90 mean", [mc.npv.p10, mc.npv.p50, mc.npv.p90, mc.npv.mean].map(text).join(" ")],
    ["simulation probability positive", text(mc.probabilityPositive)],
    ["simulation histogram", mc.histogram.map((bin) => String(bin.count)).join(" ")],
  );
  const input = { frame, evaluation: result, tornado: swings, simulation: mc };
  figures.push(
    ["markdown en", vf.render.toMarkdown(result)],
    ["markdown zh-CN", vf.render.toMarkdown(result, { locale: "zh-CN" })],
    ["html report en", vf.render.toHtmlReport(input)],
    ["html report zh-CN", vf.render.toHtmlReport(input, { locale: "zh-CN" })],
  );
  const broken = vf.quantify.safeDefineValueCase({ ...(caseJson as Quantify.ValueCaseInput), drivers: [] });
  if (broken.success) figures.push(["invalid case", "accepted"]);
  else {
    const first = broken.error.issues[0];
    const isBase = broken.error instanceof vf.root.ValueframeValidationError;
    figures.push(["invalid case", `${broken.error.code} ${String(isBase)} ${first?.code ?? ""} ${JSON.stringify(first?.path ?? [])}`]);
  }
  return figures.map(([name, value]) => ({ name, value }));
}
