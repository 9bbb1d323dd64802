/** The distributor example (frame, value case, BVF) as the chart, diagram and report tests use it. */
import { readFileSync } from "node:fs";
import type { BvfInput } from "../../../src/bvf/schema.js";
import { defineBvf } from "../../../src/bvf/defineBvf.js";
import { defineFrame } from "../../../src/frame/defineFrame.js";
import type { FrameInput } from "../../../src/frame/frame.js";
import { defineValueCase } from "../../../src/quantify/defineValueCase.js";
import { evaluate } from "../../../src/quantify/evaluate.js";
import type { ValueCaseInput } from "../../../src/quantify/schema.js";
import { simulate } from "../../../src/quantify/simulate.js";
import { tornado } from "../../../src/quantify/tornado.js";

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), "utf8"));

export const frameInput = read("distributor.frame.json") as FrameInput;
export const frame = defineFrame(frameInput);
export const valueCase = defineValueCase(read("distributor.case.json") as ValueCaseInput);
export const evaluation = evaluate(valueCase, { frame });
export const sensitivity = tornado(valueCase);
export const bvf = defineBvf(read("distributor.bvf.json") as BvfInput);

/** Every match of a pattern in a text. */
export const count = (text: string, pattern: RegExp): number => [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))].length;

export const simulation = simulate(valueCase, { iterations: 2000, seed: 7 });
