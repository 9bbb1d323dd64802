// The README's workbook example: the distributor's case as a live workbook for the customer's finance
// team — every figure a formula over named assumption cells, its value cached beside it.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateDocument, parseValueDocument } from "valueframe/document";
import { toWorkbook, toXlsx } from "valueframe/xlsx";

const text = (file) => readFileSync(new URL(file, import.meta.url), "utf8");
// The document and its member files (JSON, and the buying centre in YAML), read through valueframe's parser.
const { document } = parseValueDocument(text("distributor.valuecase.json"), { fileName: "distributor.valuecase.json", readMember: text });
const workbook = toWorkbook(evaluateDocument(document)); // for the customer; { audience: "internal" } adds Checks
console.log(workbook.sheets.map((sheet) => sheet.name).join(" · "));
const [, released] = workbook.sheets[2].rows.find((row) => row[0].text === "working capital released");
console.log(`working capital released: =${released.formula} → ${released.value}`);
const [measure, , npv] = workbook.sheets[0].rows[1];
console.log(`${measure.text}: =${npv.formula} → ${npv.value.toFixed(2)}`);
const file = join(tmpdir(), "huatong.xlsx");
writeFileSync(file, await toXlsx(workbook)); // open it in Excel or LibreOffice and change DSO_reduction
console.log(workbook.names.slice(0, 4).map((n) => `${n.name} = ${n.sheet}!${n.cell}`).join(", "));
