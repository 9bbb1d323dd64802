/**
 * The workbook as data: sheets of cells, each a value or a spreadsheet formula with its cached value,
 * and the defined names of the named cells. Pure and synchronous; `toXlsx` writes it to `.xlsx` bytes.
 *
 * It is the audit model of a value case: every figure is a formula over named assumption cells, so
 * changing an assumption in Excel or LibreOffice moves every figure as `evaluate` would move it.
 * **Summary** (the headline measures as formulas over the cash flows, unadjusted and risk-adjusted, the
 * same headline as the customer report), **Assumptions** (each driver a named cell with unit,
 * provenance, source, low and high; each scenario a column that the named `scenario` cell picks),
 * **Calculations** (each quantity the case's formula over the names, its words beside it), **Lines**,
 * **Cash flows** (per period each line's flow, the net, the probability-weighted net, the discount
 * factor, present value and cumulative flows) and **Trace** (every figure in words with the values it
 * used). The internal audience adds **Checks**: the document's warnings, the lines flagged as counted
 * twice and the BVF's findings — seller-only material a customer's copy leaves out.
 */
import { checkBvf } from "../bvf/checkBvf.js";
import type { EvaluatedDocument } from "../document/evaluateDocument.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { formatPath } from "../errors/ValueframeError.js";
import { Dec, type Decimal } from "../numeric/decimal.js";
import type { ExecutiveSummary } from "../quantify/executiveSummary.js";
import { formatTrace } from "../quantify/formatTrace.js";
import { formulaTree } from "../quantify/formulaTree.js";
import type { Evaluation, Figure, ScenarioComparison, Tornado } from "../quantify/types.js";
import { definedNames } from "./_internal/definedNames.js";
import { excelFormula, UntranslatableFormula } from "./_internal/excelFormula.js";
import { WorkbookArgumentError, WorkbookFormulaError, WorkbookLimitError } from "./errors.js";

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

/** One sheet: rows of cells from A1, the header rows and first columns kept in view, column widths in characters. */
export interface WorkbookSheet {
  readonly name: string;
  readonly rows: readonly (readonly WorkbookCell[])[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
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

/** Who the workbook is for: `customer` leaves seller-only material out; `internal` adds the Checks sheet. */
export const workbookAudiences = ["customer", "internal"] as const;

/** One of {@link workbookAudiences}. */
export type WorkbookAudience = (typeof workbookAudiences)[number];

/**
 * The figures a workbook is built from: an `evaluateDocument` result, or an evaluation with what else
 * you have. `summary` (quantify's `executiveSummary`) makes the Summary's headline the customer report's
 * — without the lines flagged as counted twice; without it every line counts.
 */
export interface WorkbookFigures {
  readonly evaluation?: Evaluation | undefined;
  /** Every scenario side by side (`evaluateScenarios`), one of them the evaluation's: each becomes a column of Assumptions. */
  readonly scenarios?: ScenarioComparison | undefined;
  /** The sensitivity (`tornado`): its ranges fill the drivers' Low and High. */
  readonly tornado?: Tornado | undefined;
  readonly summary?: ExecutiveSummary | undefined;
  /** The document, for the internal audience's Checks (its warnings and its BVF's findings). */
  readonly document?: EvaluatedDocument["document"] | undefined;
}

/** Options of {@link toWorkbook}. */
export interface WorkbookOptions {
  /** `customer` (default) or `internal`. */
  readonly audience?: WorkbookAudience;
}

/** Excel's grid and formula limits, which LibreOffice shares. */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;
const MAX_FORMULA = 8_192;
const MAX_TEXT = 32_767;

/**
 * The number format a figure's unit reads in: a percentage as such (the cell holds the fraction), a
 * count as it is, any other amount grouped with two decimals and its unit after it (`14.00 day`,
 * `1,000,000.00 CNY/day`).
 */
export function numberFormatOf(unit: string | undefined): string {
  const u = unit?.trim() ?? "";
  if (u === "%") return "0.00%";
  if (u === "" || u === "1") return "General";
  return moneyFormat(u);
}

/** Grouped with two decimals and the unit or currency after it, quoted as number formats quote text. */
function moneyFormat(unit: string): string {
  const text = unit.replace(/["\\]/g, "");
  return text === "" ? "#,##0.00" : `#,##0.00 "${text}"`;
}

/** About how many characters a cell shows: for fitting the column to its figures. */
function shownLength(cell: WorkbookCell): number {
  if (cell.value === undefined) return 0;
  const format = cell.numberFormat ?? "General";
  if (format.endsWith("%")) return cell.value.times(100).toFixed(2).length + 2;
  if (format.startsWith("#,##0.00")) {
    const digits = cell.value.abs().toFixed(2).length;
    return digits + Math.floor((digits - 4) / 3) + (cell.value.isNegative() ? 1 : 0) + (format.length - 8);
  }
  if (/^0\.?0*$/.test(format)) return cell.value.toFixed(format.length > 1 ? format.length - 2 : 0).length;
  return Math.min(12, cell.value.toString().length);
}

/** A1-style column letters of a 0-based column index. */
export function columnName(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : columnName(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26));
}

/** The problems with what `toWorkbook` was given, every one. */
function argumentIssues(figures: unknown, options: unknown): ValueframeIssue[] {
  const issues: ValueframeIssue[] = [];
  const evaluation = typeof figures === "object" && figures !== null ? (figures as { evaluation?: unknown }).evaluation : undefined;
  if (typeof evaluation !== "object" || evaluation === null || !Array.isArray((evaluation as { periods?: unknown }).periods)) {
    const message =
      typeof figures === "object" && figures !== null && "document" in figures
        ? "the document has no value case, so there are no figures for a workbook"
        : "must be evaluateDocument's result or { evaluation } with an evaluation from evaluate";
    issues.push({ path: ["figures"], code: "invalid_type", message });
  }
  if (options !== undefined && (typeof options !== "object" || options === null)) issues.push({ path: ["options"], code: "invalid_type", message: "must be an object" });
  const audience = (options as { audience?: unknown } | undefined)?.audience;
  if (audience !== undefined && !workbookAudiences.includes(audience as WorkbookAudience))
    issues.push({ path: ["audience"], code: "invalid_value", message: `must be ${workbookAudiences.map((a) => `"${a}"`).join(" or ")}, got ${JSON.stringify(audience)}` });
  return issues;
}

/**
 * The workbook of a value case, as data: Summary, Assumptions, Calculations, Lines, Cash flows and
 * Trace (and Checks for the internal audience), every figure a formula over named cells with the value
 * valueframe computed for it cached beside.
 *
 * - **Names** come from the labels (`DSO reduction` → `DSO_reduction`), unique, never a cell reference.
 * - **Lines**: each line's amount as its formula × extension factors × risk adjustment, its
 *   probability, whether it is counted in the headline (0 for a line flagged as counted twice — set it
 *   to 1 to count it), its total flows and weighted present value.
 * - **Cash flows**: per period 0…horizon each line's flow (amount × the share of it falling in the
 *   period, signed), then the net and probability-weighted net of the counted lines, the discount
 *   factor 1 ÷ (1 + period rate)^t (t = 0 undiscounted), the weighted present value (whose sum is the
 *   headline risk-adjusted NPV), cumulative flows and where they turn non-negative.
 * - **Summary**: NPV (first flow at t = 0, undiscounted, then `NPV()`), annual IRR (`IRR()` per period
 *   with valueframe's root as the guess, compounded to a year), interpolated payback and ROI, each
 *   unadjusted and risk-adjusted; with lines counted twice, also the NPV with every line.
 *
 * @param figures - `evaluateDocument`'s result, or `{ evaluation, scenarios?, tornado?, summary? }`
 * @param options - `audience`: `customer` (default) or `internal`
 * @returns the sheets and names, as frozen-shaped plain data
 * @throws {WorkbookArgumentError} `XLSX_INVALID_ARGUMENT` for figures without an evaluation or a bad option (every problem listed)
 * @throws {WorkbookFormulaError} `XLSX_FORMULA_UNTRANSLATABLE` naming a figure whose formula has no spreadsheet form
 * @throws {WorkbookLimitError} `XLSX_LIMIT_EXCEEDED` when a sheet would pass a spreadsheet's limits
 *
 * @example
 * ```ts
 * import { defineValueDocument, evaluateDocument } from "valueframe/document";
 * import { toWorkbook, toXlsx } from "valueframe/xlsx";
 * const workbook = toWorkbook(evaluateDocument(defineValueDocument({ case: distributorCase })));
 * workbook.names[2]; //=> { name: "DSO_reduction", sheet: "Assumptions", cell: "$B$4" }
 * const bytes = await toXlsx(workbook); // a Uint8Array: write it to case.xlsx
 * ```
 */
export function toWorkbook(figures: WorkbookFigures, options?: WorkbookOptions): WorkbookModel {
  const issues = argumentIssues(figures, options);
  if (issues.length > 0) throw new WorkbookArgumentError(issues, "toWorkbook arguments");
  const model = buildWorkbook(figures as WorkbookFigures & { evaluation: Evaluation }, options?.audience ?? "customer");
  checkLimits(model);
  return model;
}

function checkLimits(model: WorkbookModel): void {
  for (const sheet of model.sheets) {
    if (sheet.rows.length > MAX_ROWS) throw new WorkbookLimitError(`the ${sheet.name} sheet would have ${sheet.rows.length} rows; spreadsheets hold ${MAX_ROWS}`);
    sheet.rows.forEach((row, r) => {
      if (row.length > MAX_COLUMNS) throw new WorkbookLimitError(`the ${sheet.name} sheet would have ${row.length} columns; spreadsheets hold ${MAX_COLUMNS}`);
      row.forEach((cell, c) => {
        const length = cell.formula?.length ?? 0;
        if (length > MAX_FORMULA) throw new WorkbookLimitError(`the formula of ${sheet.name}!${columnName(c)}${r + 1} would have ${length} characters; spreadsheets take ${MAX_FORMULA}`);
      });
    });
  }
}

/** Text a cell holds: at most the 32,767 characters a spreadsheet cell takes, and then it says it was cut. */
function cellText(text: string): string {
  const note = " … (cut: a spreadsheet cell holds 32,767 characters)";
  return text.length <= MAX_TEXT ? text : text.slice(0, MAX_TEXT - note.length) + note;
}

function buildWorkbook(figures: WorkbookFigures & { evaluation: Evaluation }, audience: WorkbookAudience): WorkbookModel {
  const evaluation = figures.evaluation;
  // The headline leaves out the lines double counting flagged, as the customer report's does.
  const head = figures.summary?.headlineEvaluation ?? evaluation;
  const counted = evaluation.lines.map((line) => head.lines.find((l) => l.id === line.id)?.included ?? line.included);
  const flagged = evaluation.lines.filter((line, i) => line.included && !counted[i]);
  const allFigures = Object.values(evaluation.trace);
  const drivers = allFigures.filter((figure) => figure.id.startsWith("driver:"));
  const quantities = allFigures.filter((figure) => figure.id.startsWith("quantity:"));
  const named = [...drivers, ...quantities];
  // With scenarios, every figure a scenario may set (drivers, probabilities, risk adjustment, discount
  // rate) is INDEX(its scenario columns, scenario), and the `scenario` cell picks one.
  const cases = figures.scenarios?.evaluations ?? [];
  const current = cases.findIndex((e) => (e.scenario?.id ?? "base") === (evaluation.scenario?.id ?? "base"));
  const scenarioed = current >= 0 && cases.length > 1;
  const risked = (scenarioed ? cases : [evaluation]).some((e) => e.riskAdjustment !== undefined);
  const names = definedNames([
    ...named.map((figure) => figure.label),
    // A line's amount is named apart from the quantity it is often computed from.
    ...evaluation.lines.map((line) => `line ${line.label}`),
    "discount rate",
    "period rate",
    "risk adjustment of benefits",
    "risk adjustment of costs",
    "scenario",
  ]);
  const lineNames = names.slice(named.length, named.length + evaluation.lines.length);
  const [discountRate, periodRate, riskBenefits, riskCosts, scenarioName] = names.slice(names.length - 5) as [string, string, string, string, string];
  const nameOf = new Map(named.map((figure, i) => [figure.id.slice(figure.id.indexOf(":") + 1), names[i]!]));
  /** The spreadsheet formula of a traced figure, over the named cells; a typed error naming it when it has none. */
  const formulaOf = (id: string): string => {
    const figure = evaluation.trace[id]!;
    const text = figure.formula ?? "";
    try {
      return excelFormula(formulaTree(text), (name) => {
        const found = nameOf.get(name);
        if (found === undefined) throw new UntranslatableFormula(`"${name}" is neither a driver nor a quantity`);
        return found;
      });
    } catch (error) {
      if (error instanceof UntranslatableFormula) throw new WorkbookFormulaError(id, text, error.message);
      throw error;
    }
  };
  const provenanceOf = new Map(evaluation.drivers.map((driver) => [driver.id, driver.provenance]));
  // Every sheet: a header row kept in view, then its rows; widths in characters per column.
  // Each column at least as wide as its figures show (up to 40 characters); text may run on or wrap.
  const sheet = (name: string, columns: readonly (readonly [string, number])[], rows: readonly (readonly WorkbookCell[])[], frozen = { rows: 1, columns: 1 }): WorkbookSheet => ({
    name,
    frozenRows: frozen.rows,
    frozenColumns: frozen.columns,
    widths: columns.map(([, width], c) => Math.max(width, Math.min(40, 2 + Math.max(0, ...rows.map((row) => (row[c] === undefined ? 0 : shownLength(row[c]!))))))),
    rows: [columns.map(([text]) => ({ text, header: true })), ...rows],
  });
  const valueCell = (figure: Figure, formula?: string): WorkbookCell => ({ value: figure.value, numberFormat: numberFormatOf(figure.unit), ...(formula === undefined ? {} : { formula }) });
  const currency = moneyFormat(evaluation.currency);
  const money = (value: Decimal, formula: string): WorkbookCell => ({ value, formula, numberFormat: currency });

  // Assumptions: Assumption | Value | Unit | Provenance | Source | Low | High | one column per scenario.
  const SCENARIO_AT = 7;
  const scenarioLabels = scenarioed ? figures.scenarios!.rows.map((row) => row.label) : [];
  const lastScenarioCol = columnName(SCENARIO_AT + cases.length - 1);
  const pick = (r: number): string => `INDEX($${columnName(SCENARIO_AT)}${r}:$${lastScenarioCol}${r},${scenarioName})`;
  const scenarioCells = (values: readonly Decimal[], numberFormat: string): WorkbookCell[] => (scenarioed ? values.map((value) => ({ value, numberFormat })) : []);
  /** A row of Assumptions: its value is the chosen scenario's when there are scenarios. */
  const assumption = (r: number, label: string, value: Decimal, numberFormat: string, values: readonly Decimal[], rest: readonly WorkbookCell[]): WorkbookCell[] => [
    { text: label },
    { value, numberFormat, ...(scenarioed ? { formula: pick(r) } : {}) },
    ...rest,
    ...Array.from({ length: Math.max(0, SCENARIO_AT - 2 - rest.length) }, () => ({ text: "" })),
    ...scenarioCells(values, numberFormat),
  ];
  const driverRows = drivers.map((figure, i) => {
    const provenance = provenanceOf.get(figure.id.slice("driver:".length));
    // The range the sensitivity swings it over, in the cell's own terms (a "%" driver as a fraction).
    const bar = figures.tornado?.rows.find((row) => row.driver === figure.id.slice("driver:".length));
    const percent = figure.unit?.trim() === "%";
    const inCell = (v: Decimal): WorkbookCell => ({ value: percent ? v.div(100) : v, numberFormat: numberFormatOf(figure.unit) });
    return assumption(
      i + 2,
      figure.label,
      figure.value,
      numberFormatOf(figure.unit),
      cases.map((e) => e.trace[figure.id]?.value ?? figure.value),
      [
        { text: figure.unit ?? "" },
        { text: provenance?.kind ?? "" },
        { text: provenance?.source ?? "" },
        bar === undefined ? { text: "" } : inCell(bar.low),
        bar === undefined ? { text: "" } : inCell(bar.high),
      ],
    );
  });
  const discountRow = drivers.length + 2;
  const rateRow = discountRow + 1;
  const riskRow = rateRow + 1;
  const scenarioRow = riskRow + (risked ? 2 : 0);
  const riskOf = (e: Evaluation, kind: "benefits" | "costs"): Decimal => e.riskAdjustment?.[kind] ?? new Dec(0);
  const assumptions = sheet(
    "Assumptions",
    [["Assumption", 36], ["Value", 18], ["Unit", 12], ["Provenance", 16], ["Source", 44], ["Low", 14], ["High", 14], ...scenarioLabels.map((label): [string, number] => [label, 16])],
    [
      ...driverRows,
      // The annual discount rate, and the period rate the cash flows discount at, converted as the case converts it.
      assumption(discountRow, "discount rate", evaluation.discountRate, "0.00%", cases.map((e) => e.discountRate), [{ text: "a year" }]),
      [
        { text: "period rate" },
        {
          value: evaluation.periodRate,
          numberFormat: "0.0000%",
          formula: evaluation.rateBasis === "compound" ? `(1+${discountRate})^(1/${evaluation.periodsPerYear})-1` : `${discountRate}/${evaluation.periodsPerYear}`,
        },
        { text: `a ${evaluation.period}` },
        { text: evaluation.rateBasis === "compound" ? `(1 + discount rate)^(1/${evaluation.periodsPerYear}) − 1` : `discount rate ÷ ${evaluation.periodsPerYear}` },
      ],
      // The risk adjustment: benefits × (1 − it), costs × (1 + it).
      ...(risked
        ? [
            assumption(riskRow, "risk adjustment of benefits", riskOf(evaluation, "benefits"), "0.00%", cases.map((e) => riskOf(e, "benefits")), [{ text: "benefits × (1 − it)" }]),
            assumption(riskRow + 1, "risk adjustment of costs", riskOf(evaluation, "costs"), "0.00%", cases.map((e) => riskOf(e, "costs")), [{ text: "costs × (1 + it)" }]),
          ]
        : []),
      // Last, with scenarios: which one the workbook computes (1 = the first scenario column).
      ...(scenarioed
        ? [[{ text: "scenario" }, { value: new Dec(current + 1), numberFormat: "0" }, { text: `1…${cases.length}: ${scenarioLabels.map((label, j) => `${j + 1} ${label}`).join(", ")}` }]]
        : []),
    ],
  );
  const calculations = sheet(
    "Calculations",
    [["Calculation", 36], ["Value", 20], ["Unit", 12], ["In words", 60]],
    quantities.map((figure) => [
      { text: figure.label },
      valueCell(figure, formulaOf(figure.id)),
      { text: figure.unit ?? "" },
      { text: cellText(`${figure.label} = ${figure.expression ?? figure.formula ?? ""}`) },
    ]),
  );

  // Lines: Line | Kind | Amount | Probability | Counted | Total flows | Present value (weighted) | Left out
  // because | In words | probability per scenario.
  const count = evaluation.lines.length;
  const lastLineRow = count + 1;
  const linesRange = (c: string) => `Lines!$${c}$2:$${c}$${lastLineRow}`;
  const flowCol = (i: number) => columnName(i + 1);
  // Cash flows: Period | one column per line | Net | Weighted net | Discount factor | Present value |
  // Cumulative PV | Cumulative net | Cumulative weighted net | Payback crossing ×2 [| every line ×2].
  const netCol = columnName(count + 1);
  const weightedCol = columnName(count + 2);
  const factorCol = columnName(count + 3);
  const pvCol = columnName(count + 4);
  const FIRST = 5; // period 0's row: under the header, the probability, in-the-case and counted rows
  const last = evaluation.periods.length + FIRST - 1;
  const flowRange = (c: string, from = FIRST) => `'Cash flows'!$${c}$${from}:$${c}$${last}`;
  // A line's flow in a period is its signed amount × its share of it then (Timing); a line left out of
  // the case (the option not chosen) keeps its flows in the sheet, and its Counted is 0.
  const potential = evaluation.lines.map((line) => (line.included ? line.flows : line.shares.map((share) => share.times(line.kind === "cost" ? line.amount.neg() : line.amount))));
  const discountFactors = evaluation.periods.map((p) => p.discountFactor);
  const groupsOf = (id: string) => evaluation.doubleCounting.groups.filter((group) => group.lines.includes(id));
  const labelOf = (id: string) => evaluation.lines.find((line) => line.id === id)?.label ?? id;
  const whyLeftOut = (line: Evaluation["lines"][number], i: number): string =>
    !line.included
      ? `the option not chosen${line.solution === undefined ? "" : ` (solution ${line.solution})`}`
      : counted[i]
        ? ""
        : `counted twice: ${groupsOf(line.id).map((group) => `${group.by === "driver" ? `draws on ${evaluation.drivers.find((d) => d.id === group.key)?.label ?? group.key}` : `moves ${group.key}`} like ${group.lines.filter((id) => id !== line.id).map(labelOf).join(", ")}`).join("; ")}`;
  const lines = sheet(
    "Lines",
    [["Line", 36], ["Kind", 10], ["Amount", 20], ["Probability", 12], ["Counted (1) or left out (0)", 14], ["Total flows", 20], ["Present value (weighted)", 20], ["Left out because", 30], ["In words", 60], ...scenarioLabels.map((label): [string, number] => [`probability: ${label}`, 16])],
    evaluation.lines.map((line, i) => {
      const r = i + 2;
      const factors = Object.keys(evaluation.trace).filter((id) => id.startsWith(`line:${line.id}:factor:`)).map(formulaOf);
      const adjust = risked ? [line.kind === "benefit" ? `(1-${riskBenefits})` : `(1+${riskCosts})`] : [];
      // A line with neither extension nor risk adjustment has no separate base figure: its own formula is the amount.
      const base = evaluation.trace[`line:${line.id}:base`] === undefined ? `line:${line.id}` : `line:${line.id}:base`;
      const probabilities = cases.map((e) => e.lines.find((l) => l.id === line.id)?.probability ?? line.probability);
      const c = flowCol(i);
      return [
        { text: line.label },
        { text: line.kind },
        { value: line.amount, formula: [formulaOf(base), ...factors, ...adjust].join("*"), numberFormat: currency },
        { value: line.probability, numberFormat: "0.00%", ...(scenarioed ? { formula: `INDEX($J${r}:$${columnName(9 + cases.length - 1)}${r},${scenarioName})` } : {}) },
        { value: new Dec(counted[i] ? 1 : 0), numberFormat: "0" },
        money(potential[i]!.reduce((sum, flow) => sum.plus(flow), new Dec(0)), `SUM(${flowRange(c)})`),
        money(
          line.included ? line.weightedPresentValue : potential[i]!.reduce((sum, flow, t) => sum.plus(flow.times(discountFactors[t]!)), new Dec(0)).times(line.probability),
          `SUMPRODUCT(${flowRange(c)},${flowRange(factorCol)})*D${r}`,
        ),
        { text: whyLeftOut(line, i) },
        { text: cellText(evaluation.trace[line.figure]?.expression ?? "") },
        ...scenarioCells(probabilities, "0.00%"),
      ];
    }),
  );

  // Timing: each line's share of its amount in each period — the timing (start, duration, a yearly amount
  // split over the periods of a year) times the ramp-up — as the case computes it.
  const timing = sheet(
    "Timing",
    [["Period", 8], ...evaluation.lines.map((line): [string, number] => [line.label, 14])],
    evaluation.periods.map((_, t) => [{ value: new Dec(t) }, ...evaluation.lines.map((line): WorkbookCell => ({ value: line.shares[t]!, numberFormat: "0.000000" }))]),
  );
  const cumulativeCell = (value: Decimal, of: string, at: number, r: number): WorkbookCell => ({
    value,
    formula: r === FIRST ? `${of}${r}` : `${columnName(at)}${r - 1}+${of}${r}`,
    numberFormat: currency,
  });
  // Where the cumulative flow first turns from negative to non-negative, the interpolated payback
  // (period before + the part of this period's flow needed), as finance's paybackPeriod: blank elsewhere.
  type Row = Evaluation["periods"][number];
  const crossingCell = (t: number, cumulative: (p: Row) => Decimal, net: (p: Row) => Decimal, cumulativeAt: number, of: string, r: number): WorkbookCell => {
    const here = head.periods[t]!;
    const before = t === 0 ? undefined : head.periods[t - 1]!;
    const crosses = before !== undefined && cumulative(before).isNegative() && !cumulative(here).isNegative();
    const c = columnName(cumulativeAt);
    return {
      ...(crosses ? { value: new Dec(t - 1).plus(cumulative(before).neg().div(net(here))) } : { text: "" }),
      ...(t === 0 ? {} : { formula: `IF(AND(${c}${r - 1}<0,${c}${r}>=0),(A${r}-1)+(-${c}${r - 1})/${of}${r},"")` }),
      numberFormat: "0.0000",
    };
  };
  const lineRow = (r: number) => `$B$${r}:$${columnName(count)}$${r}`;
  const everyLine = flagged.length > 0 && count > 0;
  const cashFlows = sheet(
    "Cash flows",
    [
      ["Period", 8],
      ...evaluation.lines.map((line): [string, number] => [line.label, 18]),
      ["Net (counted lines)", 18],
      ["Weighted net (counted lines)", 18],
      ["Discount factor", 14],
      ["Present value (weighted)", 18],
      ["Cumulative present value (weighted)", 18],
      ["Cumulative net", 18],
      ["Cumulative weighted net", 18],
      ["Payback crossing", 14],
      ["Payback crossing (weighted)", 14],
      ...(everyLine ? ([["Net (every line)", 18], ["Weighted net (every line)", 18]] as [string, number][]) : []),
    ],
    [
      // Each line's probability and whether the headline counts it, from the Lines sheet.
      [{ text: "probability" }, ...evaluation.lines.map((line, i): WorkbookCell => ({ value: line.probability, formula: `Lines!$D$${i + 2}`, numberFormat: "0.00%" }))],
      [{ text: "in the case" }, ...evaluation.lines.map((line): WorkbookCell => ({ value: new Dec(line.included ? 1 : 0), numberFormat: "0" }))],
      [{ text: "counted" }, ...evaluation.lines.map((_, i): WorkbookCell => ({ value: new Dec(counted[i] ? 1 : 0), formula: `Lines!$E$${i + 2}`, numberFormat: "0" }))],
      ...evaluation.periods.map((_, t) => {
        const r = t + FIRST;
        const row = head.periods[t]!;
        const flows = evaluation.lines.map((line, i): WorkbookCell => ({
          value: potential[i]![t]!,
          formula: `${line.kind === "cost" ? "-" : ""}${lineNames[i]}*Timing!${flowCol(i)}${t + 2}`,
          numberFormat: currency,
        }));
        const full = evaluation.periods[t]!;
        return [
          { value: new Dec(t) },
          ...flows,
          money(row.net, count === 0 ? "0" : `SUMPRODUCT(${lineRow(4)},${lineRow(r)})`),
          money(row.weighted.net, count === 0 ? "0" : `SUMPRODUCT(${lineRow(2)},${lineRow(4)},${lineRow(r)})`),
          { value: row.discountFactor, formula: `1/(1+${periodRate})^A${r}`, numberFormat: "0.000000" },
          money(row.weighted.presentValue, `${weightedCol}${r}*${factorCol}${r}`),
          cumulativeCell(row.weighted.cumulativePresentValue, pvCol, count + 5, r),
          cumulativeCell(row.cumulative, netCol, count + 6, r),
          cumulativeCell(row.weighted.cumulative, weightedCol, count + 7, r),
          crossingCell(t, (p) => p.cumulative, (p) => p.net, count + 6, netCol, r),
          crossingCell(t, (p) => p.weighted.cumulative, (p) => p.weighted.net, count + 7, weightedCol, r),
          ...(everyLine ? [money(full.net, `SUMPRODUCT(${lineRow(3)},${lineRow(r)})`), money(full.weighted.net, `SUMPRODUCT(${lineRow(2)},${lineRow(3)},${lineRow(r)})`)] : []),
        ];
      }),
    ],
    { rows: 4, columns: 1 },
  );

  // Summary: the headline measures as formulas over the cash flows, unadjusted and risk-adjusted.
  const total = (kind: "benefit" | "cost", weighted: boolean): string =>
    count === 0 ? "0" : `SUMPRODUCT((${linesRange("B")}="${kind}")*1,${linesRange("E")},${linesRange("F")}${weighted ? `,${linesRange("D")}` : ""})`;
  // NPV with the first flow at t = 0, undiscounted, as valueframe (and finance's npv with firstFlowAt 0) counts it.
  const npvOf = (c: string) => `'Cash flows'!$${c}$${FIRST}+NPV(${periodRate},${flowRange(c, FIRST + 1)})`;
  // IRR per period with valueframe's own root as the guess (a spreadsheet gives up on some series that
  // have one), then as an annual rate.
  // Where valueframe finds no IRR (or no costs for an ROI), the cell says n/a until a change gives it one.
  const irrOf = (c: string, irr: Decimal | null) => `IFERROR((1+IRR(${flowRange(c)}${irr === null ? "" : `,${irr.toFixed(12)}`}))^${evaluation.periodsPerYear}-1,"n/a")`;
  const roiOf = (weighted: boolean) => `IF(${total("cost", weighted)}=0,"n/a",(${total("benefit", weighted)}+(${total("cost", weighted)}))/-(${total("cost", weighted)}))`;
  const measure = (label: string, unadjusted: WorkbookCell, weighted: WorkbookCell): WorkbookCell[] => [{ text: label }, unadjusted, weighted];
  const rate = (value: Decimal | null, formula: string): WorkbookCell => ({ ...(value === null ? { text: "n/a" } : { value }), formula, numberFormat: "0.00%" });
  // The first crossing; 0 when the cumulative flow is never negative; "not reached" when it ends negative.
  const paybackCell = (value: Decimal | null, crossing: string, cumulative: string): WorkbookCell => ({
    ...(value === null ? { text: "not reached" } : { value }),
    formula: `IF(COUNT(${flowRange(crossing)})>0,MIN(${flowRange(crossing)}),IF(COUNTIF(${flowRange(cumulative)},"<0")=0,0,"not reached"))`,
    numberFormat: "0.00",
  });
  const col = columnName;
  const money2 = ` (${evaluation.currency})`;
  const notes: WorkbookCell[][] = [
    [],
    [
      { text: "Figures" },
      {
        text: `in ${evaluation.currency}; one period is a ${evaluation.period}; period 0 is today, undiscounted; unadjusted = every counted line at its full amount, risk-adjusted = each weighted by its probability${risked ? "; both after the risk adjustment of benefits and costs on the Assumptions sheet" : ""}`,
      },
    ],
    ...(scenarioed ? [[{ text: "Scenario computed" }, { text: scenarioLabels[current]!, formula: `INDEX(Assumptions!$${col(SCENARIO_AT)}$1:$${lastScenarioCol}$1,${scenarioName})` }, { text: "set the scenario cell on the Assumptions sheet" }]] : []),
    ...(figures.summary?.irrCaveats ?? []).map((caveat) => [{ text: "IRR caveat" }, { text: irrCaveatText(caveat, evaluation.period) }]),
    ...(flagged.length > 0
      ? [[{ text: "Counted once" }, { text: cellText(`left out as counted twice: ${flagged.map((line) => line.label).join(", ")} (set Counted to 1 on the Lines sheet to count a line)`) }]]
      : []),
  ];
  const summary = sheet(
    "Summary",
    [["Measure", 70], [`Unadjusted${money2}`, 20], [`Risk-adjusted${money2}`, 20]],
    [
      measure("NPV (first flow at t = 0, undiscounted)", money(head.unadjusted.npv, npvOf(netCol)), money(head.weighted.npv, npvOf(weightedCol))),
      measure(`IRR (annual, from the IRR per ${evaluation.period})${figures.summary?.irrCaveats.some((c) => c.kind === "severalRoots") ? ": one of several, see the IRR caveat" : ""}`, rate(head.unadjusted.irrAnnual, irrOf(netCol, head.unadjusted.irr)), rate(head.weighted.irrAnnual, irrOf(weightedCol, head.weighted.irr))),
      measure(`Payback (${evaluation.period}s, interpolated)`, paybackCell(head.unadjusted.payback, col(count + 8), col(count + 6)), paybackCell(head.weighted.payback, col(count + 9), col(count + 7))),
      measure("ROI (nominal, over the horizon)", rate(head.unadjusted.roi, roiOf(false)), rate(head.weighted.roi, roiOf(true))),
      ...(everyLine ? [measure("NPV with every line, the ones counted twice too", money(evaluation.unadjusted.npv, npvOf(col(count + 10))), money(evaluation.weighted.npv, npvOf(col(count + 11))))] : []),
      ...notes,
    ],
    { rows: 1, columns: 1 },
  );
  // Trace: every figure of the evaluation in words, with the values it used — the audit trail beside the cells.
  const trace = sheet(
    "Trace",
    [["Figure", 36], ["How it is computed", 120]],
    // The headline's figures: the measures are the Summary's, without the lines counted twice.
    Object.values(head.trace).map((figure) => [{ text: figure.label }, { text: cellText(formatTrace(figure, head.trace)) }]),
  );
  const cells: WorkbookName[] = [
    ...drivers.map((_, i) => ({ name: names[i]!, sheet: assumptions.name, cell: `$B$${i + 2}` })),
    ...quantities.map((_, i) => ({ name: names[drivers.length + i]!, sheet: calculations.name, cell: `$B$${i + 2}` })),
    ...evaluation.lines.map((_, i) => ({ name: lineNames[i]!, sheet: lines.name, cell: `$C$${i + 2}` })),
    { name: discountRate, sheet: assumptions.name, cell: `$B$${discountRow}` },
    { name: periodRate, sheet: assumptions.name, cell: `$B$${rateRow}` },
    ...(risked ? [{ name: riskBenefits, sheet: assumptions.name, cell: `$B$${riskRow}` }, { name: riskCosts, sheet: assumptions.name, cell: `$B$${riskRow + 1}` }] : []),
    ...(scenarioed ? [{ name: scenarioName, sheet: assumptions.name, cell: `$B$${scenarioRow}` }] : []),
  ];
  const sheets = [summary, assumptions, calculations, lines, timing, cashFlows, trace];
  if (audience === "internal") sheets.push(checksSheet(figures, evaluation, sheet));
  return { sheets, names: cells };
}

/** Why the IRR cells need care, in the customer report's words. */
function irrCaveatText(caveat: ExecutiveSummary["irrCaveats"][number], period: string): string {
  const percent = (rate: Decimal) => `${rate.times(100).toDecimalPlaces(2).toFixed()} %`;
  return caveat.kind === "extreme"
    ? `The IRR is above ${percent(caveat.threshold)} a year because most of the value arrives early against small costs; at such rates it says little about size. Judge the case by its NPV.`
    : `The net cash flows change sign more than once and have several internal rates of return (${caveat.roots.map(percent).join(", ")} a ${period}), so no single IRR describes them; the IRR cells give one of them. Judge the case by its NPV.`;
}

/** The seller's checks: the document's warnings, the lines flagged as counted twice, the BVF's findings. */
function checksSheet(
  figures: WorkbookFigures,
  evaluation: Evaluation,
  sheet: (name: string, columns: readonly (readonly [string, number])[], rows: readonly (readonly WorkbookCell[])[]) => WorkbookSheet,
): WorkbookSheet {
  const label = (id: string) => evaluation.lines.find((line) => line.id === id)?.label ?? id;
  const rows: WorkbookCell[][] = [
    ...(figures.document?.warnings ?? []).map((w) => [{ text: "document warning" }, { text: w.code }, { text: formatPath(w.path) }, { text: cellText(w.message) }]),
    ...evaluation.doubleCounting.groups.map((group) => [
      { text: "double counting" },
      { text: group.by === "driver" ? "shared_driver" : "shared_kpi" },
      { text: group.key },
      { text: cellText(`${group.lines.map(label).join(", ")} ${group.by === "driver" ? "use the same driver" : "move the same KPI"} "${group.key}"; the headline keeps ${group.lines.filter((id) => !evaluation.doubleCounting.flagged.includes(id)).map(label).join(", ") || "none"}`) },
    ]),
    ...(figures.document?.bvf === undefined ? [] : checkBvf(figures.document.bvf)).map((finding) => [{ text: `BVF ${finding.severity}` }, { text: finding.code }, { text: formatPath(finding.path) }, { text: cellText(finding.message) }]),
  ];
  return sheet("Checks", [["Check", 18], ["Code", 30], ["Where", 30], ["What", 100]], rows.length === 0 ? [[{ text: "no checks raised" }]] : rows);
}
