/**
 * The workbook as data: sheets of cells, each a value or a spreadsheet formula with its cached value,
 * and the defined names of the named cells. Pure; an encoder writes it to `.xlsx`. So far it holds the
 * model's inputs and calculations: **Assumptions** (each driver a named cell with its unit, provenance
 * and source) and **Calculations** (each quantity a named cell whose formula is the case's, written over
 * the named cells, with the trace's words beside it) — change an assumption in the spreadsheet and every
 * calculation moves as `evaluate` would move it.
 */
import type { Decimal } from "../../numeric/decimal.js";
import { formulaTree } from "../../quantify/formulaTree.js";
import type { Evaluation, Figure } from "../../quantify/types.js";
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

/**
 * The Assumptions and Calculations sheets of an evaluation, and the defined names of their cells: one
 * per driver and quantity, read from its label (unique, never a cell reference).
 *
 * @param evaluation - the result of `evaluate`
 * @returns the two sheets and the names, as data
 */
export function calculationSheets(evaluation: Evaluation): WorkbookModel {
  const figures = Object.values(evaluation.trace);
  const drivers = figures.filter((figure) => figure.id.startsWith("driver:"));
  const quantities = figures.filter((figure) => figure.id.startsWith("quantity:"));
  const named = [...drivers, ...quantities];
  const names = definedNames(named.map((figure) => figure.label));
  const nameOf = new Map(named.map((figure, i) => [figure.id.slice(figure.id.indexOf(":") + 1), names[i]!]));
  const reference = (name: string): string => {
    const found = nameOf.get(name);
    if (found === undefined) throw new Error(`the formula names "${name}", which is neither a driver nor a quantity`);
    return found;
  };
  const provenanceOf = new Map(evaluation.drivers.map((driver) => [driver.id, driver.provenance]));
  const header = (titles: readonly string[]): WorkbookCell[] => titles.map((text) => ({ text, header: true }));
  const valueCell = (figure: Figure, formula?: string): WorkbookCell => ({ value: figure.value, numberFormat: numberFormatOf(figure.unit), ...(formula === undefined ? {} : { formula }) });

  const assumptions: WorkbookSheet = {
    name: "Assumptions",
    frozenRows: 1,
    widths: [36, 18, 12, 18, 48],
    rows: [
      header(["Assumption", "Value", "Unit", "Provenance", "Source"]),
      ...drivers.map((figure) => {
        const provenance = provenanceOf.get(figure.id.slice("driver:".length));
        return [{ text: figure.label }, valueCell(figure), { text: figure.unit ?? "" }, { text: provenance?.kind ?? "" }, { text: provenance?.source ?? "" }];
      }),
    ],
  };
  const calculations: WorkbookSheet = {
    name: "Calculations",
    frozenRows: 1,
    widths: [36, 20, 12, 60],
    rows: [
      header(["Calculation", "Value", "Unit", "In words"]),
      ...quantities.map((figure) => [
        { text: figure.label },
        valueCell(figure, excelFormula(formulaTree(figure.formula ?? figure.id), reference)),
        { text: figure.unit ?? "" },
        { text: `${figure.label} = ${figure.expression ?? figure.formula ?? ""}` },
      ]),
    ],
  };
  const cells: WorkbookName[] = [
    ...drivers.map((_, i) => ({ name: names[i]!, sheet: assumptions.name, cell: `$B$${i + 2}` })),
    ...quantities.map((_, i) => ({ name: names[drivers.length + i]!, sheet: calculations.name, cell: `$B$${i + 2}` })),
  ];
  return { sheets: [assumptions, calculations], names: cells };
}
