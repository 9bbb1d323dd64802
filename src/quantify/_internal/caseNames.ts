/**
 * The names a value case declares: drivers and quantities share one namespace of formula names (each
 * unique and not a reserved word), and line ids are unique.
 */
import type { IssuePath } from "../../errors/ValueframeError.js";
import type { ValueCase } from "../schema.js";
import { RESERVED_NAMES } from "./formula.js";
import type { AddIssue } from "./issues.js";

/** What {@link declareNames} found. */
export interface CaseNames {
  /** Every formula name (driver or quantity id) with the path it is declared at. */
  readonly declared: ReadonlyMap<string, IssuePath>;
  readonly lineIds: ReadonlySet<string>;
}

/** Collects the names, reporting duplicates and reserved words. */
export function declareNames(valueCase: ValueCase, add: AddIssue): CaseNames {
  const declared = new Map<string, IssuePath>();
  const declare = (id: string, path: IssuePath): void => {
    const earlier = declared.get(id);
    if (earlier !== undefined) add(path, "duplicate_id", `"${id}" is already declared at ${earlier.join(".")}`);
    else if (RESERVED_NAMES.has(id)) add(path, "reserved_name", `"${id}" is a reserved word or function name in formulas`);
    else declared.set(id, path);
  };
  valueCase.drivers.forEach((driver, i) => declare(driver.id, ["drivers", i, "id"]));
  (valueCase.quantities ?? []).forEach((quantity, i) => declare(quantity.id, ["quantities", i, "id"]));
  const lineIds = new Set<string>();
  valueCase.lines.forEach((line, i) => {
    if (lineIds.has(line.id)) add(["lines", i, "id"], "duplicate_id", `line "${line.id}" is declared twice`);
    lineIds.add(line.id);
  });
  return { declared, lineIds };
}
