/**
 * The checks of a value case that need no formula: each driver's uncertainty range, each line's timing,
 * the options of alternatives, and what scenarios override.
 */
import type { IssuePath } from "../../errors/ValueframeError.js";
import type { Driver, ValueCase, ValueLine } from "../schema.js";
import type { AddIssue } from "./issues.js";

/** A range must be ordered, a lognormal one positive, and a triangular or PERT mode inside it. */
export function checkUncertainty(driver: Driver, path: IssuePath, add: AddIssue): void {
  const u = driver.uncertainty;
  if (u === undefined) return;
  const at = [...path, "uncertainty"];
  if (u.distribution === "normal") return;
  if (!u.low.lt(u.high)) {
    add([...at, "low"], "invalid_range", `low (${u.low.toString()}) must be below high (${u.high.toString()})`);
    return;
  }
  if (u.distribution === "lognormal" && !u.low.gt(0)) {
    add([...at, "low"], "invalid_range", `a lognormal range needs a positive low, got ${u.low.toString()}`);
  }
  if (u.distribution === "triangular" || u.distribution === "pert") {
    const mode = u.mode ?? driver.value;
    if (mode.lt(u.low) || mode.gt(u.high)) {
      const field = u.mode === undefined ? "the driver's value" : "mode";
      add([...at, u.mode === undefined ? "low" : "mode"], "invalid_range",
        `${field} (${mode.toString()}) must lie between low (${u.low.toString()}) and high (${u.high.toString()})`);
    }
  }
}

/** One-time lines take no recurring options, and every line starts within the horizon. */
export function checkLineTiming(line: ValueLine, horizon: number, path: IssuePath, add: AddIssue): void {
  if (line.recurrence === "once") {
    for (const key of ["per", "duration", "rampUp"] as const) {
      if (line[key] !== undefined) add([...path, key], "once_line_option", `"${key}" applies only to recurring lines`);
    }
  }
  const start = line.start ?? (line.recurrence === "once" ? 0 : 1);
  if (start > horizon) add([...path, "start"], "outside_horizon", `start period ${start} is after the horizon (${horizon} periods)`);
}

/** A solution is an option of one alternative only, and the chosen option is one of its options. */
export function checkAlternatives(valueCase: ValueCase, add: AddIssue): void {
  const seen = new Map<string, string>();
  (valueCase.alternatives ?? []).forEach((alternative, i) => {
    alternative.options.forEach((option, j) => {
      const other = seen.get(option);
      if (other !== undefined) add(["alternatives", i, "options", j], "duplicate_option", `solution "${option}" is already an option of alternative "${other}"`);
      seen.set(option, alternative.id);
    });
    if (alternative.chosen !== undefined && !alternative.options.includes(alternative.chosen)) {
      add(["alternatives", i, "chosen"], "unknown_option", `"${alternative.chosen}" is not one of the options ${alternative.options.join(", ")}`);
    }
  });
}

/** Scenario ids are unique, and scenarios override only drivers and line probabilities the case has. */
export function checkScenarios(valueCase: ValueCase, drivers: ReadonlyMap<string, Driver>, lines: ReadonlySet<string>, add: AddIssue): void {
  const ids = new Set<string>();
  (valueCase.scenarios ?? []).forEach((scenario, i) => {
    if (ids.has(scenario.id)) add(["scenarios", i, "id"], "duplicate_id", `scenario "${scenario.id}" is declared twice`);
    ids.add(scenario.id);
    for (const id of Object.keys(scenario.drivers ?? {})) {
      if (!drivers.has(id)) add(["scenarios", i, "drivers", id], "unknown_driver", `scenario "${scenario.id}" overrides "${id}", which is not a driver`);
    }
    for (const id of Object.keys(scenario.probabilities ?? {})) {
      if (!lines.has(id)) add(["scenarios", i, "probabilities", id], "unknown_line", `scenario "${scenario.id}" sets the probability of "${id}", which is not a line`);
    }
  });
}
