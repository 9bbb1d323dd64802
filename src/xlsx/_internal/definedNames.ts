/**
 * Defined names for the workbook's named cells, read from the drivers' and quantities' labels so an
 * analyst reads `DSO_reduction * daily_revenue`, not `$B$7 * $B$12`. A name is what both Excel and
 * LibreOffice accept: letters, digits, `_` and `.`, starting with a letter or `_`, at most 255
 * characters, never a cell reference (`DSO1`, `XFD1048576`), an R1C1 reference (`R1C1`, `R`, `C3`) or
 * a truth value or a name Excel reserves (`Print_Area`, `Criteria`, `_xl…`), and unique without regard
 * to case (spreadsheets compare names that way).
 */

/** The longest name spreadsheets accept. */
const MAX_NAME = 255;

/** `ABC123` within Excel's grid (columns A…XFD, rows 1…1048576) is a cell, not a name. */
function isCellReference(name: string): boolean {
  const match = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (match === null) return false;
  const column = match[1]!.toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(match[2]);
  return column <= 16384 && row >= 1 && row <= 1048576;
}

/** R1C1-style references and their short forms: `R`, `C`, `R2`, `C3`, `R2C3`, `RC`. */
function isR1C1(name: string): boolean {
  return /^(r\d*c?\d*|c\d*)$/i.test(name);
}

/** Names Excel gives a meaning of its own (print areas, filters, macros): a label that reads as one gets `_`. */
const BUILT_IN = new Set(["print_area", "print_titles", "criteria", "database", "extract", "consolidate_area", "auto_open", "auto_close", "auto_activate", "auto_deactivate", "sheet_title", "recorder", "data_form", "filterdatabase"]);

/** A label as a name: words joined by `_`, `%` read as `pct`, accents kept as letters, anything else dropped. */
function baseName(label: string): string {
  const words = label.normalize("NFKC").replace(/%/g, " pct ").match(/[\p{L}\p{N}]+/gu) ?? [];
  let name = words.join("_").slice(0, MAX_NAME - 8);
  if (name === "" || !/^[\p{L}_]/u.test(name)) name = `_${name}`;
  if (isCellReference(name) || isR1C1(name) || /^(true|false)$/i.test(name) || BUILT_IN.has(name.toLowerCase()) || /^_xl/i.test(name)) name = `${name}_`;
  return name;
}

/** Whether a spreadsheet takes `name` as a defined name: the rules above, for names a caller wrote. */
export function isDefinedName(name: string): boolean {
  return name.length <= MAX_NAME && /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !isCellReference(name) && !isR1C1(name) && !/^(true|false)$/i.test(name) && !BUILT_IN.has(name.toLowerCase());
}

/**
 * Unique defined names for the given labels, in their order: the label's words joined by `_`, and a
 * `_2`, `_3` … suffix where two labels would give the same name (whatever their case).
 *
 * @param labels - the labels (a driver's label, else its id)
 * @returns one name per label
 *
 * @example
 * ```ts
 * definedNames(["DSO reduction", "daily revenue", "DSO1", "dso reduction"]); //=> ["DSO_reduction", "daily_revenue", "DSO1_", "dso_reduction_2"]
 * ```
 */
export function definedNames(labels: readonly string[]): string[] {
  const taken = new Set<string>();
  return labels.map((label) => {
    const base = baseName(label);
    let name = base;
    for (let n = 2; taken.has(name.toUpperCase()); n++) name = `${base}_${n}`;
    taken.add(name.toUpperCase());
    return name;
  });
}
