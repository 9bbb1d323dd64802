/**
 * Turns the options every quantify function accepts (a scenario by id or as data, extra driver values,
 * the basis, lines left out) into validated compute settings, listing every bad option with its path.
 */
import type { ValueframeIssue } from "../../errors/ValueframeError.js";
import type { Decimal, Numeric } from "../../numeric/decimal.js";
import { figureRangeProblem, numericProblem, toDec } from "../../numeric/decimal.js";
import { NOT_NUMERIC } from "../../_internal/numericSchema.js";
import { QuantifyArgumentError } from "../errors.js";
import { scenarioSchema } from "../schema.js";
import type { Scenario } from "../schema.js";
import type { CaseOptions } from "../types.js";
import type { ComputeSettings } from "./compute.js";
import { zodToIssues } from "./issues.js";
import type { Model } from "./model.js";


export interface ResolvedSettings {
  readonly settings: ComputeSettings;
  readonly scenario: Scenario | undefined;
  /** Drivers whose value differs from the case's, with a note saying why. */
  readonly overridden: ReadonlyMap<string, string>;
}

/** Validates the shared options against the model; throws {@link QuantifyArgumentError} listing every problem. */
export function resolveSettings(model: Model, options: CaseOptions | undefined, subject: string): ResolvedSettings {
  const issues: ValueframeIssue[] = [];
  let scenario: Scenario | undefined;
  const given = options?.scenario;
  if (typeof given === "string") {
    scenario = model.valueCase.scenarios?.find((item) => item.id === given);
    if (scenario === undefined) {
      const known = (model.valueCase.scenarios ?? []).map((item) => `"${item.id}"`).join(", ") || "none";
      issues.push({ path: ["scenario"], code: "unknown_scenario", message: `no scenario "${given}" in the case (scenarios: ${known})` });
    }
  } else if (given !== undefined) {
    const parsed = scenarioSchema.safeParse(given);
    if (parsed.success) scenario = parsed.data;
    else issues.push(...zodToIssues(parsed.error.issues, ["scenario"]));
  }
  const drivers = new Map<string, Decimal>();
  const overridden = new Map<string, string>();
  const setDriver = (id: string, value: Numeric | Decimal, path: (string | number)[], note: string): void => {
    if (!model.driverById.has(id)) {
      issues.push({ path, code: "unknown_driver", message: `"${id}" is not a driver of the case` });
      return;
    }
    const problem = numericProblem(value);
    if (problem !== undefined) {
      issues.push({ path, code: NOT_NUMERIC, message: problem });
      return;
    }
    const decimal = toDec(value);
    const outOfRange = figureRangeProblem(decimal);
    if (outOfRange !== undefined) {
      issues.push({ path, code: "out_of_range", message: outOfRange });
      return;
    }
    drivers.set(id, decimal);
    overridden.set(id, note);
  };
  if (scenario !== undefined) {
    for (const [id, value] of Object.entries(scenario.drivers ?? {})) setDriver(id, value, ["scenario", "drivers", id], `scenario "${scenario.id}"`);
    for (const id of Object.keys(scenario.probabilities ?? {})) {
      if (!model.lines.some((line) => line.line.id === id)) {
        issues.push({ path: ["scenario", "probabilities", id], code: "unknown_line", message: `"${id}" is not a line of the case` });
      }
    }
  }
  for (const [id, value] of Object.entries(options?.drivers ?? {})) setDriver(id, value, ["drivers", id], "given value");
  const basis = options?.basis ?? "value";
  if (basis !== "value" && basis !== "mean") {
    issues.push({ path: ["basis"], code: "invalid_value", message: `basis must be "value" or "mean", got ${JSON.stringify(basis)}` });
  }
  const excludedLines = new Set<string>();
  const exclude: unknown = options?.excludeLines;
  if (exclude !== undefined && !Array.isArray(exclude)) {
    issues.push({ path: ["excludeLines"], code: "invalid_type", message: "must be an array of line ids" });
  } else {
    (exclude ?? []).forEach((id: unknown, i) => {
      if (typeof id === "string" && model.lines.some((line) => line.line.id === id)) excludedLines.add(id);
      else issues.push({ path: ["excludeLines", i], code: "unknown_line", message: `${JSON.stringify(id)} is not a line of the case` });
    });
  }
  if (issues.length > 0) throw new QuantifyArgumentError(issues, subject);
  const probabilities = new Map(Object.entries(scenario?.probabilities ?? {}));
  return {
    settings: {
      drivers,
      probabilities,
      ...(scenario?.discountRate === undefined ? {} : { discountRate: scenario.discountRate }),
      riskAdjustment: scenario?.riskAdjustment,
      basis,
      ...(excludedLines.size === 0 ? {} : { excludedLines }),
    },
    scenario,
    overridden,
  };
}
