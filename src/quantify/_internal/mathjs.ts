/**
 * The mathjs instance quantify parses formulas with: only the `parse` factory and what it needs, in
 * BigNumber mode with 40 significant digits (the precision of `Dec`). Formulas are never evaluated by
 * mathjs; its syntax tree is checked against a whitelist and compiled by quantify itself.
 */
import { create, parseDependencies } from "mathjs";
import type { FactoryFunctionMap } from "mathjs";

/** The parts of a mathjs syntax-tree node that quantify reads. */
export interface RawNode {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
  readonly op?: string;
  readonly fn?: unknown;
  readonly args?: readonly RawNode[];
  readonly content?: RawNode;
  readonly condition?: RawNode;
  readonly trueExpr?: RawNode;
  readonly falseExpr?: RawNode;
  readonly implicit?: boolean;
}

let parser: ((text: string) => unknown) | undefined;

/** Parses text with the restricted instance (created on first use, so importing costs little). */
export function parseWithMathjs(text: string): RawNode {
  if (parser === undefined) {
    const math = create({ parseDependencies: parseDependencies as FactoryFunctionMap }, { number: "BigNumber", precision: 40 });
    parser = (input: string) => math.parse(input);
  }
  return parser(text) as RawNode;
}
