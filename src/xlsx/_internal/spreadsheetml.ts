/**
 * The parts of an `.xlsx` package (ECMA-376 SpreadsheetML) for a workbook model: content types,
 * relationships, the workbook with its defined names and `fullCalcOnLoad`, shared strings, styles (a
 * number format per cell, bold shaded headers) and one worksheet per sheet with frozen panes, column
 * widths, formulas and their cached values. Elements are written in the order the schema requires,
 * which Excel enforces.
 */
import type { Decimal } from "../../numeric/decimal.js";
import type { WorkbookCell, WorkbookModel, WorkbookSheet } from "../toWorkbook.js";
import { columnName } from "../toWorkbook.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Characters XML 1.0 cannot hold (controls, unpaired surrogates) become U+FFFD; markup is escaped. */
const INVALID = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export function xmlText(text: string): string {
  return text.replace(INVALID, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text of a string item: `_xHHHH_` in the text itself is escaped, or a spreadsheet would read it as a character code. */
function stringItem(text: string): string {
  return `<t xml:space="preserve">${xmlText(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"))}</t>`;
}

/** Excel's built-in number formats by code; any other code gets an id from 164 on. */
const BUILT_IN: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

/** The styles of a workbook: one cell format per (number format, header) pair, in the order first met. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly list: { numFmtId: number; header: boolean }[] = [{ numFmtId: 0, header: false }];

  constructor() {
    this.xfs.set("General|0", 0);
  }

  /** The style index of a cell. */
  of(cell: WorkbookCell): number {
    const format = cell.numberFormat ?? "General";
    const key = `${format}|${cell.header === true ? 1 : 0}`;
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    let numFmtId = BUILT_IN[format] ?? this.formats.get(format);
    if (numFmtId === undefined) {
      numFmtId = 164 + this.formats.size;
      this.formats.set(format, numFmtId);
    }
    this.list.push({ numFmtId, header: cell.header === true });
    this.xfs.set(key, this.list.length - 1);
    return this.list.length - 1;
  }

  xml(): string {
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`).join("");
    const xfs = this.list
      .map(({ numFmtId, header }) => `<xf numFmtId="${numFmtId}" fontId="${header ? 1 : 0}" fillId="${header ? 2 : 0}" borderId="0" xfId="0"${numFmtId === 0 ? "" : ' applyNumberFormat="1"'}${header ? ' applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' : "/>"}`)
      .join("");
    return (
      `${HEAD}<styleSheet xmlns="${MAIN}">` +
      (this.formats.size === 0 ? "" : `<numFmts count="${this.formats.size}">${numFmts}</numFmts>`) +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.list.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

/** The shared strings of a workbook: each text once, by first use. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;

  of(text: string): number {
    this.uses++;
    const known = this.index.get(text);
    if (known !== undefined) return known;
    this.index.set(text, this.index.size);
    return this.index.size - 1;
  }

  xml(): string {
    return `${HEAD}<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.index.size}">${[...this.index.keys()].map((text) => `<si>${stringItem(text)}</si>`).join("")}</sst>`;
  }
}

/** A cell's number as the file holds it: a spreadsheet keeps a double, so 17 significant digits say all it can hold. */
const number = (value: Decimal): string => value.toSignificantDigits(17).toString();

/** One `<c>`: a shared string, a number, or a formula with its cached number or text. */
function cellXml(cell: WorkbookCell, ref: string, styles: Styles, strings: SharedStrings): string {
  const s = styles.of(cell);
  const style = s === 0 ? "" : ` s="${s}"`;
  if (cell.formula !== undefined) {
    const formula = `<f>${xmlText(cell.formula)}</f>`;
    if (cell.value !== undefined) return `<c r="${ref}"${style}>${formula}<v>${number(cell.value)}</v></c>`;
    return `<c r="${ref}"${style} t="str">${formula}<v>${xmlText(cell.text ?? "")}</v></c>`;
  }
  if (cell.value !== undefined) return `<c r="${ref}"${style}><v>${number(cell.value)}</v></c>`;
  if (cell.text !== undefined && cell.text !== "") return `<c r="${ref}"${style} t="s"><v>${strings.of(cell.text)}</v></c>`;
  return s === 0 ? "" : `<c r="${ref}"${style}/>`;
}

/** The frozen pane of a sheet: rows above and columns left of it stay in view. */
function paneXml(sheet: WorkbookSheet): string {
  const { frozenRows: rows, frozenColumns: columns } = sheet;
  if (rows === 0 && columns === 0) return "";
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  return `<pane${split} topLeftCell="${columnName(columns)}${rows + 1}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${columnName(columns)}${rows + 1}" sqref="${columnName(columns)}${rows + 1}"/>`;
}

function worksheetXml(sheet: WorkbookSheet, first: boolean, styles: Styles, strings: SharedStrings): string {
  const width = Math.max(1, sheet.widths.length, ...sheet.rows.map((row) => row.length));
  const height = Math.max(1, sheet.rows.length);
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`, styles, strings)).join("");
      return cells === "" ? "" : `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${columnName(width - 1)}${height}"/>` +
    `<sheetViews><sheetView${first ? ' tabSelected="1"' : ""} workbookViewId="0">${paneXml(sheet)}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols === "" ? "" : `<cols>${cols}</cols>`) +
    `<sheetData>${rows}</sheetData>` +
    "</worksheet>"
  );
}

/** A sheet name as a reference prefix: always quoted, an apostrophe doubled. */
export function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The package's parts, path → XML text, in the order they go into the zip. */
export function spreadsheetParts(model: WorkbookModel): [string, string][] {
  const styles = new Styles();
  const strings = new SharedStrings();
  // Sheets first: they fill the styles and shared strings.
  const sheets = model.sheets.map((sheet, i) => worksheetXml(sheet, i === 0, styles, strings));
  const n = model.sheets.length;
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  const contentTypes =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    override("/xl/workbook.xml", "spreadsheetml.sheet.main+xml") +
    model.sheets.map((_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, "spreadsheetml.worksheet+xml")).join("") +
    override("/xl/styles.xml", "spreadsheetml.styles+xml") +
    override("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml") +
    "</Types>";
  const rootRels = `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbookRels =
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    model.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
    `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    "</Relationships>";
  const names = model.names.map((name) => `<definedName name="${xmlText(name.name)}">${xmlText(`${sheetReference(name.sheet)}!${name.cell}`)}</definedName>`).join("");
  const workbook =
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${model.sheets.map((sheet, i) => `<sheet name="${xmlText(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
    (names === "" ? "" : `<definedNames>${names}</definedNames>`) +
    // Spreadsheet programs recalculate every formula when they open the file (LibreOffice keeps stale cached values otherwise).
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>' +
    "</workbook>";
  return [
    ["[Content_Types].xml", contentTypes],
    ["_rels/.rels", rootRels],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", workbookRels],
    ...sheets.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
    ["xl/styles.xml", styles.xml()],
    ["xl/sharedStrings.xml", strings.xml()],
  ];
}
