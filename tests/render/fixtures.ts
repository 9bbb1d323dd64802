/** The distributor example of DOMAIN.md, loaded once for the render tests. */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import type { BvfInput } from "../../src/bvf/schema.js";
import { defineFrame } from "../../src/frame/defineFrame.js";
import type { FrameInput } from "../../src/frame/frame.js";
import { defineValueCase } from "../../src/quantify/defineValueCase.js";
import { evaluate } from "../../src/quantify/evaluate.js";
import type { ValueCaseInput } from "../../src/quantify/schema.js";

/** An example file, JSON or YAML (the buying centres are YAML). */
export const read = (file: string): unknown => parseYaml(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"));

export const frameData = read("distributor.frame.json") as FrameInput;
export const frame = defineFrame(frameData);
export const valueCase = defineValueCase(read("distributor.case.json") as ValueCaseInput);
export const evaluation = evaluate(valueCase, { frame });
export const bvfGraph = defineBvf(read("distributor.bvf.json") as BvfInput);
