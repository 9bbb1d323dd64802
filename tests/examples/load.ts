/** Reads the bundled example files and defines each part, for the example tests. */
import { parse as parseYaml } from "yaml";
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import type { Bvf } from "../../src/bvf/types.js";
import type { Frame } from "../../src/frame/frame.js";
import type { Dimension, Level } from "../../src/frame/grid.js";
import { frameGrid } from "../../src/grid/frameGrid.js";
import type { FrameWarning } from "../../src/frame/frameWarnings.js";
import { safeDefineFrame } from "../../src/frame/defineFrame.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import type { ValueCase } from "../../src/quantify/schema.js";
import { Dec, type Decimal } from "../../src/numeric/decimal.js";

/** The parsed JSON of `examples/<file>`. */
/** An example file, JSON or YAML (the buying centres are YAML). */
export const readExample = (file: string): unknown => parseYaml(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"));

/** An example's frame (with its warnings), value case and BVF, each through its define function. */
export interface LoadedExample {
  readonly frame: Frame;
  readonly warnings: readonly FrameWarning[];
  readonly valueCase: ValueCase;
  readonly bvf: Bvf;
}

/** Loads `<name>.frame.json`, `<name>.case.json` and `<name>.bvf.json`; throws if any is invalid. */
export function loadExample(name: string): LoadedExample {
  const framed = safeDefineFrame(readExample(`${name}.frame.json`));
  if (!framed.success) throw framed.error;
  return {
    frame: framed.data,
    warnings: framed.warnings,
    valueCase: defineValueCase(readExample(`${name}.case.json`) as Parameters<typeof defineValueCase>[0]),
    bvf: defineBvf(readExample(`${name}.bvf.json`) as Parameters<typeof defineBvf>[0]),
  };
}

/** Shorthand for an exact decimal. */
export const d = (x: number | string): Decimal => new Dec(x);

/** NPV of flows at t = 0…n by hand: Σ flow(t) ÷ (1 + rate)^t. */
export function npvByHand(rate: Decimal, flows: readonly (number | string)[]): Decimal {
  const onePlus = rate.plus(1);
  return flows.reduce<Decimal>((sum, flow, t) => sum.plus(d(flow).div(onePlus.pow(t))), d(0));
}

/** Asserts two decimals agree to 20 significant digits (hand computations divide step by step). */
export function expectClose(actual: Decimal | null | undefined, expected: Decimal): void {
  expect(actual?.toSignificantDigits(20).toString()).toBe(expected.toSignificantDigits(20).toString());
}

/** The amount of a financial performance value of a frame, as a string (undefined for other values). */
export function financialAmount(frame: Frame, id: string): string | undefined {
  const value = frame.values.find((v) => v.id === id);
  return value?.kind === "financial" ? value.amount.toString() : undefined;
}

/** Ids of the issues a frame places on one cell of the grid. */
export function issuesInCell(frame: Frame, level: Level, dimension: Dimension): string[] {
  return frameGrid(frame).find((c) => c.level === level && c.dimension === dimension)!.issues.map((issue) => issue.id);
}
