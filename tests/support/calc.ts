/**
 * LibreOffice Calc as the tests' spreadsheet engine: a minimal `.xlsx` (one sheet of values and
 * Excel-syntax formulas, no cached values, `fullCalcOnLoad`) is converted to CSV by a headless `soffice`
 * with a throwaway profile, so every figure read back is one Calc computed. Tests skip when `soffice`
 * is missing locally; `.ci/run` installs it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";

/** Whether `soffice` runs here; with `VALUEFRAME_REQUIRE_CALC=1` (CI) its absence is an error, not a skip. */
export const hasCalc = ((): boolean => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    if (process.env["VALUEFRAME_REQUIRE_CALC"] === "1") throw new Error("VALUEFRAME_REQUIRE_CALC=1 but soffice (LibreOffice Calc) does not run here");
    return false;
  }
})();

/** A cell: a number, or a formula in Excel's syntax without the leading `=`. */
export type CalcCell = number | { readonly formula: string };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of deflated entries: what an `.xlsx` container is. */
function zip(files: Readonly<Record<string, string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    // The local header and the central directory entry share these fields, at 8 and at 10 from their starts.
    const entry = (buffer: Buffer, at: number): Buffer => {
      buffer.writeUInt16LE(8, at);
      buffer.writeUInt32LE(crc, at + 6);
      buffer.writeUInt32LE(packed.length, at + 10);
      buffer.writeUInt32LE(data.length, at + 14);
      buffer.writeUInt16LE(nameBytes.length, at + 18);
      return buffer;
    };
    const header = entry(Buffer.alloc(30), 8);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    const central = entry(Buffer.alloc(46), 10);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const column = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : column(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26)));
const xml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A sheet of the test workbook: numbers, text and formulas, no cached values. */
export interface CalcSheet {
  readonly name: string;
  readonly rows: readonly (readonly (CalcCell | string)[])[];
}

/** The `.xlsx` bytes of sheets of rows, with defined names (`{ name, ref: "Sheet!$B$2" }`). */
export function xlsxOf(sheets: readonly CalcSheet[], names: readonly { readonly name: string; readonly ref: string }[] = []): Buffer {
  const sheetXml = (rows: CalcSheet["rows"]): string =>
    rows
      .map((row, r) => {
        const cells = row.map((cell, c) => {
          const ref = `${column(c)}${r + 1}`;
          if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
          if (typeof cell === "string") return `<c r="${ref}" t="inlineStr"><is><t>${xml(cell)}</t></is></c>`;
          return `<c r="${ref}"><f>${xml(cell.formula)}</f></c>`;
        });
        return `<row r="${r + 1}">${cells.join("")}</row>`;
      })
      .join("");
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((sheet, i) => `<sheet name="${xml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>${names.length === 0 ? "" : `<definedNames>${names.map((n) => `<definedName name="${xml(n.name)}">${xml(n.ref)}</definedName>`).join("")}</definedNames>`}<calcPr fullCalcOnLoad="1"/></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
  };
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml(sheet.rows)}</sheetData></worksheet>`;
  });
  return zip(parts);
}

/** CSV of every sheet (token 12 = −1: one file per sheet, `<file>-<sheet>.csv`), full precision, no formulas. */
const FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false,-1";
/** The profile setting that makes Calc recalculate every formula of an `.xlsx` when it loads it. */
const RECALC =
  '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>';

/** Lets Calc compute one sheet of rows; see {@link calcBook}. */
export function calcSheet(rows: readonly (readonly CalcCell[])[]): string[][] {
  return calcBook([{ name: "Sheet1", rows }])["Sheet1"]!;
}

/**
 * Lets Calc compute a workbook and returns what each sheet shows, cell by cell, as text (values at
 * Calc's full precision, not as formatted).
 */
export function calcBook(sheets: readonly CalcSheet[], names: readonly { readonly name: string; readonly ref: string }[] = []): Record<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "valueframe-calc-"));
  try {
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC);
    const input = join(dir, "sheet.xlsx");
    writeFileSync(input, xlsxOf(sheets, names));
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", FILTER, "--outdir", dir, input], { stdio: "pipe", timeout: 120_000 });
    const read = (file: string): string[][] =>
      readFileSync(join(dir, file), "utf8")
        .trimEnd()
        .split(/\r?\n/)
        // A quoted field is one cell, its doubled quotes one quote.
        .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].filter((m) => m.index! < line.length || m[1] !== "").map((m) => m[1]!.replace(/^"(.*)"$/s, "$1").replace(/""/g, '"')));
    return Object.fromEntries(sheets.map((sheet) => [sheet.name, read(`sheet-${sheet.name}.csv`)]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
