/**
 * The workbook as data: sheets of cells, each a value or a spreadsheet formula with its cached value,
 * and the defined names of the named cells. Pure; an encoder writes it to `.xlsx`. So far it holds the
 * model's inputs, calculations and cash flows: **Assumptions** (each driver a named cell with its unit,
 * provenance and source), **Calculations** (each quantity a named cell whose formula is the case's,
 * written over the named cells, with the trace's words beside it), **Lines** and **Cash flows** (down to
 * the risk-adjusted NPV, the cumulative flows and where they turn non-negative), and a **Summary** of
 * NPV, annual IRR (valueframe's root as the spreadsheet's guess), interpolated payback and ROI as formulas
 * over the cash flows — change an assumption in the spreadsheet and every figure moves as `evaluate`
 * would move it; a **Trace** sheet writes every figure in words with the values it used. Given the
 * case's scenarios, each becomes a column of Assumptions and a named `scenario` cell picks which one
 * every figure computes (drivers, probabilities, risk adjustment and discount rate by `CHOOSE`).
 * Given the tornado, each uncertain driver shows its low and high. The audience and the `.xlsx` encoder
 * are still to come.
 */
import { Dec, type Decimal } from "../../numeric/decimal.js";
import { formatTrace } from "../../quantify/formatTrace.js";
import { formulaTree } from "../../quantify/formulaTree.js";
import type { Evaluation, Figure, ScenarioComparison, Tornado } from "../../quantify/types.js";
import { definedNames } from "./definedNames.js";
import { excelFormula } from "./excelFormula.js";

/** One cell: text, an exact number, or a formula (without `=`) with the value it computes, cached. */
export interface WorkbookCell {
  readonly text?: string;
  readonly value?: Decimal;
  readonly formula?: string;
  /** A spreadsheet number format, e.g. `0.00%` or `#,##0.00`. */
  readonly numberFormat?: string;
  /** A header cell (bold, shaded). */
  readonly header?: boolean;
}

/** One sheet: rows of cells from A1, the header rows kept in view, and column widths in characters. */
export interface WorkbookSheet {
  readonly name: string;
  readonly rows: readonly (readonly WorkbookCell[])[];
  readonly frozenRows: number;
  readonly widths: readonly number[];
}

/** A defined name and the absolute cell it names, e.g. `DSO_reduction` → `Assumptions!$B$4`. */
export interface WorkbookName {
  readonly name: string;
  readonly sheet: string;
  readonly cell: string;
}

/** The workbook: its sheets in order and its defined names. */
export interface WorkbookModel {
  readonly sheets: readonly WorkbookSheet[];
  readonly names: readonly WorkbookName[];
}

/** The number format a figure's unit reads in: percentages as such, money and other amounts grouped. */
export function numberFormatOf(unit: string | undefined): string {
  const u = unit?.trim() ?? "";
  if (u === "%") return "0.00%";
  if (u === "" || u === "1") return "General";
  return "#,##0.00";
}

/** A1-style column letters of a 0-based column index. */
export function columnName(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : columnName(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26));
}

/**
 * The Assumptions, Calculations, Lines and Cash flows sheets of an evaluation, and the defined names
 * of their cells: one per driver, quantity and line, read from its label (unique, never a cell
 * reference), and `period_rate`.
 *
 * - **Lines**: each line's amount as its formula × extension factors × risk adjustment, its probability;
 * - **Cash flows**: per period 0…horizon each line's flow (amount × the share of it falling in the
 *   period, signed), the net and probability-weighted net, the discount factor 1 ÷ (1 + period rate)^t
 *   (t = 0 undiscounted) and the weighted present value, whose sum is the risk-adjusted NPV.
 *
 * @param evaluation - the result of `evaluate`
 * @param options - `scenarios`: the case's scenarios side by side (`evaluateScenarios`), one of them the
 *   evaluation's; `tornado`: the sensitivity, whose ranges fill the drivers' Low and High columns
 * @returns the sheets and the names, as data
 */
export function calculationSheets(evaluation: Evaluation, options?: { readonly scenarios?: ScenarioComparison; readonly tornado?: Tornado }): WorkbookModel {
  const figures = Object.values(evaluation.trace);
  const drivers = figures.filter((figure) => figure.id.startsWith("driver:"));
  const quantities = figures.filter((figure) => figure.id.startsWith("quantity:"));
  const named = [...drivers, ...quantities];
  const names = definedNames([...named.map((figure) => figure.label), ...evaluation.lines.map((line) => line.label), "period rate", "scenario"]);
  const lineNames = names.slice(named.length, named.length + evaluation.lines.length);
  const periodRate = names[names.length - 2]!;
  const scenarioName = names[names.length - 1]!;
  // With scenarios, every figure a scenario may set (drivers, probabilities, risk adjustment, discount
  // rate) is CHOOSE(scenario, …) over the scenarios' own values, and the `scenario` cell picks one.
  const cases = options?.scenarios?.evaluations ?? [];
  const current = cases.findIndex((e) => (e.scenario?.id ?? "base") === (evaluation.scenario?.id ?? "base"));
  const scenarioed = current >= 0 && cases.length > 1;
  const choose = (values: readonly string[]): string => `CHOOSE(${scenarioName},${values.join(",")})`;
  const nameOf = new Map(named.map((figure, i) => [figure.id.slice(figure.id.indexOf(":") + 1), names[i]!]));
  const reference = (name: string): string => {
    const found = nameOf.get(name);
    if (found === undefined) throw new Error(`the formula names "${name}", which is neither a driver nor a quantity`);
    return found;
  };
  /** The spreadsheet formula of a traced figure, over the named cells. */
  const formulaOf = (id: string): string => {
    const figure = evaluation.trace[id];
    if (figure === undefined) throw new Error(`the evaluation has no figure "${id}"`);
    return excelFormula(formulaTree(figure.formula ?? ""), reference);
  };
  const provenanceOf = new Map(evaluation.drivers.map((driver) => [driver.id, driver.provenance]));
  // Every sheet: a header row kept in view, then its rows; widths in characters per column.
  const sheet = (name: string, columns: readonly (readonly [string, number])[], rows: readonly (readonly WorkbookCell[])[]): WorkbookSheet => ({
    name,
    frozenRows: 1,
    widths: columns.map(([, width]) => width),
    rows: [columns.map(([text]) => ({ text, header: true })), ...rows],
  });
  const valueCell = (figure: Figure, formula?: string): WorkbookCell => ({ value: figure.value, numberFormat: numberFormatOf(figure.unit), ...(formula === undefined ? {} : { formula }) });

  const scenarioColumns = scenarioed ? cases.map((e, j): [string, number] => [options!.scenarios!.rows[j]!.label, 16]) : [];
  const assumptions = sheet(
    "Assumptions",
    [["Assumption", 36], ["Value", 18], ["Unit", 12], ["Provenance", 18], ["Source", 48], ["Low", 14], ["High", 14], ...scenarioColumns],
    [
      ...drivers.map((figure, i) => {
        const provenance = provenanceOf.get(figure.id.slice("driver:".length));
        const values = cases.map((e) => e.trace[figure.id]?.value ?? figure.value);
        const value = scenarioed ? valueCell(figure, choose(values.map((_, j) => `${columnName(7 + j)}${i + 2}`))) : valueCell(figure);
        // The range the sensitivity swings it over, in the cell's own terms (a "%" driver as a fraction).
        const bar = options?.tornado?.rows.find((row) => row.driver === figure.id.slice("driver:".length));
        const inCell = (v: Decimal): WorkbookCell => ({ value: figure.unit?.trim() === "%" ? v.div(100) : v, numberFormat: numberFormatOf(figure.unit) });
        return [
          { text: figure.label },
          value,
          { text: figure.unit ?? "" },
          { text: provenance?.kind ?? "" },
          { text: provenance?.source ?? "" },
          bar === undefined ? { text: "" } : inCell(bar.low),
          bar === undefined ? { text: "" } : inCell(bar.high),
          ...(scenarioed ? values.map((v): WorkbookCell => ({ value: v, numberFormat: numberFormatOf(figure.unit) })) : []),
        ];
      }),
      // Then the period rate the cash flows discount at (the annual rate as the case converts it).
      [
        { text: "period rate" },
        { value: evaluation.periodRate, numberFormat: "0.0000%", ...(scenarioed ? { formula: choose(cases.map((e) => e.periodRate.toFixed())) } : {}) },
        { text: `a ${evaluation.period}` },
      ],
      // Last, with scenarios: which one the workbook computes (1 = the first column after Source).
      ...(scenarioed ? [[{ text: "scenario" }, { value: new Dec(current + 1), numberFormat: "0" }, { text: `1…${cases.length}: ${cases.map((e, j) => `${j + 1} ${options!.scenarios!.rows[j]!.label}`).join(", ")}` }]] : []),
    ],
  );
  const calculations = sheet(
    "Calculations",
    [["Calculation", 36], ["Value", 20], ["Unit", 12], ["In words", 60]],
    quantities.map((figure) => [
      { text: figure.label },
      valueCell(figure, formulaOf(figure.id)),
      { text: figure.unit ?? "" },
      { text: `${figure.label} = ${figure.expression ?? figure.formula ?? ""}` },
    ]),
  );
  const rateRow = drivers.length + 2;

  const risk = evaluation.riskAdjustment;
  const lines = sheet(
    "Lines",
    [["Line", 36], ["Kind", 10], ["Amount", 20], ["Probability", 12], ["In words", 60]],
    [
      ...evaluation.lines.map((line) => {
        const factors = Object.keys(evaluation.trace).filter((id) => id.startsWith(`line:${line.id}:factor:`)).map(formulaOf);
        const factorOf = (r: typeof risk): string => (r === undefined ? "1" : line.kind === "benefit" ? `(1-${r.benefits.toFixed()})` : `(1+${r.costs.toFixed()})`);
        const adjust = scenarioed ? [choose(cases.map((e) => factorOf(e.riskAdjustment)))] : risk === undefined ? [] : [factorOf(risk)];
        // A line with neither extension nor risk adjustment has no separate base figure: its own formula is the amount.
        const base = evaluation.trace[`line:${line.id}:base`] === undefined ? `line:${line.id}` : `line:${line.id}:base`;
        const formula = [formulaOf(base), ...factors, ...adjust].join("*");
        return [
          { text: line.label },
          { text: line.kind },
          { value: line.amount, formula, numberFormat: "#,##0.00" },
          { value: line.probability, numberFormat: "0.00%", ...(scenarioed ? { formula: choose(cases.map((e) => (e.lines.find((l) => l.id === line.id)?.probability ?? line.probability).toFixed())) } : {}) },
          { text: evaluation.trace[line.figure]?.expression ?? "" },
        ];
      }),
    ],
  );

  // A line's flows are its signed amount times the share of it in each period (ramp-up and the split of
  // a yearly amount over the periods of a year), exact decimals the case computed.
  const shareOf = (line: Evaluation["lines"][number], t: number): Decimal | undefined => (line.amount.isZero() ? undefined : line.flows[t]!.div(line.kind === "cost" ? line.amount.neg() : line.amount));
  const count = evaluation.lines.length;
  const col = (k: number) => columnName(k);
  const weightedCol = col(count + 2);
  const factorCol = col(count + 3);
  const pvCol = col(count + 4);
  const netCol = col(count + 1);
  const cumulativeCell = (value: Decimal, of: string, at: number, r: number): WorkbookCell => ({
    value,
    formula: r === 2 ? `${of}${r}` : `${col(at)}${r - 1}+${of}${r}`,
    numberFormat: "#,##0.00",
  });
  // Where the cumulative flow first turns from negative to non-negative, the interpolated payback
  // (period before + the part of this period's flow needed), as finance's paybackPeriod: blank elsewhere.
  type Row = Evaluation["periods"][number];
  const crossingCell = (t: number, cumulative: (p: Row) => Decimal, net: (p: Row) => Decimal, cumulativeAt: number, of: string, r: number): WorkbookCell => {
    const here = evaluation.periods[t]!;
    const before = t === 0 ? undefined : evaluation.periods[t - 1]!;
    const crosses = before !== undefined && cumulative(before).isNegative() && !cumulative(here).isNegative();
    const c = col(cumulativeAt);
    return {
      ...(crosses ? { value: new Dec(t - 1).plus(cumulative(before).neg().div(net(here))) } : { text: "" }),
      ...(t === 0 ? {} : { formula: `IF(AND(${c}${r - 1}<0,${c}${r}>=0),(A${r}-1)+(-${c}${r - 1})/${of}${r},"")` }),
      numberFormat: "0.0000",
    };
  };
  const cashFlows = sheet(
    "Cash flows",
    [["Period", 8], ...evaluation.lines.map((line): [string, number] => [line.label, 18]), ["Net", 18], ["Weighted net", 18], ["Discount factor", 14], ["Present value (weighted)", 18], ["Cumulative present value", 18], ["Cumulative net", 18], ["Cumulative weighted net", 18], ["Payback crossing", 14], ["Payback crossing (weighted)", 14]],
    evaluation.periods.map((row, t) => {
      const r = t + 2;
      const flows = evaluation.lines.map((line, i): WorkbookCell => {
        const share = line.included ? shareOf(line, t) : undefined;
        const sign = line.kind === "cost" ? "-" : "";
        return share === undefined || share.isZero()
          ? { value: line.flows[t]!, numberFormat: "#,##0.00" }
          : { value: line.flows[t]!, formula: `${sign}${lineNames[i]}*${share.toFixed()}`, numberFormat: "#,##0.00" };
      });
      const weighted = evaluation.lines.map((_, i) => `${col(i + 1)}${r}*Lines!$D$${i + 2}`).join("+");
      return [
        { value: new Dec(t) },
        ...flows,
        { value: row.net, formula: count === 0 ? "0" : `SUM(B${r}:${col(count)}${r})`, numberFormat: "#,##0.00" },
        { value: row.weighted.net, formula: count === 0 ? "0" : weighted, numberFormat: "#,##0.00" },
        { value: row.discountFactor, formula: `1/(1+${periodRate})^A${r}`, numberFormat: "0.000000" },
        { value: row.weighted.presentValue, formula: `${weightedCol}${r}*${factorCol}${r}`, numberFormat: "#,##0.00" },
        { value: row.weighted.cumulativePresentValue, formula: t === 0 ? `${pvCol}${r}` : `${col(count + 5)}${r - 1}+${pvCol}${r}`, numberFormat: "#,##0.00" },
        cumulativeCell(row.cumulative, netCol, count + 6, r),
        cumulativeCell(row.weighted.cumulative, weightedCol, count + 7, r),
        crossingCell(t, (p) => p.cumulative, (p) => p.net, count + 6, netCol, r),
        crossingCell(t, (p) => p.weighted.cumulative, (p) => p.weighted.net, count + 7, weightedCol, r),
      ];
    }),
  );
  // Summary: the headline measures as formulas over the cash flows, unadjusted and risk-adjusted.
  const first = 2;
  const last = evaluation.periods.length + 1;
  const range = (c: string, from = first) => `'Cash flows'!${c}${from}:${c}${last}`;
  const lineCols = evaluation.lines.map((line, i) => ({ line, c: col(i + 1), p: `Lines!$D$${i + 2}` }));
  const total = (kind: "benefit" | "cost", weighted: boolean): string =>
    lineCols
      .filter(({ line }) => line.kind === kind)
      .map(({ c, p }) => `SUM(${range(c)})${weighted ? `*${p}` : ""}`)
      .join("+") || "0";
  // NPV with the first flow at t = 0, undiscounted, as valueframe (and finance's npv with firstFlowAt 0) counts it.
  const npvOf = (c: string) => `'Cash flows'!${c}${first}+NPV(${periodRate},${range(c, first + 1)})`;
  // IRR per period with valueframe's own root as the guess (a spreadsheet gives up on some series that
  // have one), then as an annual rate.
  const irrOf = (c: string, irr: Decimal | null) => (irr === null ? undefined : `(1+IRR(${range(c)},${irr.toFixed(12)}))^${evaluation.periodsPerYear}-1`);
  const roiOf = (weighted: boolean) => `(${total("benefit", weighted)}+(${total("cost", weighted)}))/-(${total("cost", weighted)})`;
  const measure = (label: string, unadjusted: WorkbookCell, weighted: WorkbookCell): WorkbookCell[] => [{ text: label }, unadjusted, weighted];
  const money = (value: Decimal, formula: string): WorkbookCell => ({ value, formula, numberFormat: "#,##0.00" });
  const rate = (value: Decimal | null, formula: string | undefined): WorkbookCell =>
    value === null || formula === undefined ? { text: "n/a" } : { value, formula, numberFormat: "0.00%" };
  // The first crossing; 0 when the cumulative flow is never negative; "not reached" when it ends negative.
  const paybackCell = (value: Decimal | null, crossing: string, cumulative: string): WorkbookCell => ({
    ...(value === null ? { text: "not reached" } : { value }),
    formula: `IF(COUNT(${range(crossing)})>0,MIN(${range(crossing)}),IF(COUNTIF(${range(cumulative)},"<0")=0,0,"not reached"))`,
    numberFormat: "0.00",
  });
  const summary = sheet(
    "Summary",
    [["Measure", 40], ["Unadjusted", 20], ["Risk-adjusted", 20]],
    [
      measure("NPV (first flow at t = 0, undiscounted)", money(evaluation.unadjusted.npv, npvOf(netCol)), money(evaluation.weighted.npv, npvOf(weightedCol))),
      measure(`IRR (annual, from the IRR per ${evaluation.period})`, rate(evaluation.unadjusted.irrAnnual, irrOf(netCol, evaluation.unadjusted.irr)), rate(evaluation.weighted.irrAnnual, irrOf(weightedCol, evaluation.weighted.irr))),
      measure(
        `Payback (${evaluation.period}s, interpolated)`,
        paybackCell(evaluation.unadjusted.payback, col(count + 8), col(count + 6)),
        paybackCell(evaluation.weighted.payback, col(count + 9), col(count + 7)),
      ),
      measure("ROI (nominal, over the horizon)", rate(evaluation.unadjusted.roi, evaluation.unadjusted.roi === null ? undefined : roiOf(false)), rate(evaluation.weighted.roi, evaluation.weighted.roi === null ? undefined : roiOf(true))),
    ],
  );
  // Trace: every figure of the evaluation in words, with the values it used — the audit trail beside the cells.
  const trace = sheet(
    "Trace",
    [["Figure", 36], ["How it is computed", 120]],
    figures.map((figure) => [{ text: figure.label }, { text: formatTrace(figure, evaluation.trace) }]),
  );
  const cells: WorkbookName[] = [
    ...drivers.map((_, i) => ({ name: names[i]!, sheet: assumptions.name, cell: `$B$${i + 2}` })),
    ...quantities.map((_, i) => ({ name: names[drivers.length + i]!, sheet: calculations.name, cell: `$B$${i + 2}` })),
    ...evaluation.lines.map((_, i) => ({ name: lineNames[i]!, sheet: lines.name, cell: `$C$${i + 2}` })),
    { name: periodRate, sheet: assumptions.name, cell: `$B$${rateRow}` },
    ...(scenarioed ? [{ name: scenarioName, sheet: assumptions.name, cell: `$B$${rateRow + 1}` }] : []),
  ];
  return { sheets: [summary, assumptions, calculations, lines, cashFlows, trace], names: cells };
}
