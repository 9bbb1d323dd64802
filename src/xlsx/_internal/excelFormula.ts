/**
 * A value case's formula as a spreadsheet formula (Excel's and LibreOffice's syntax), so the workbook's
 * cells compute what `evaluate` computes. Every operator and whitelisted function has a translation
 * with the same meaning; names become the references the caller gives (defined names). The result has
 * no leading `=`.
 *
 * Where the two languages differ, the translation follows valueframe: comparisons and `and`/`or`/`not`
 * give 1 or 0 (spreadsheets give TRUE/FALSE, so they are multiplied by 1); `?:` tests for non-zero;
 * `floor`/`ceil` round toward −∞/+∞ (`INT`); `round(x, n)` rounds half away from zero to n places, n
 * cut to a whole number from 0 to 40 as valueframe does; `log(x, b)` is `LN(x)/LN(b)`. Every operation
 * is parenthesised, so precedence never differs (a spreadsheet reads `-2^2` as 4, valueframe as −4).
 */
import type { FormulaNode } from "../../quantify/formulaTree.js";

/** A formula node with no spreadsheet counterpart of the same meaning; the caller names the figure. */
export class UntranslatableFormula extends Error {}

/**
 * Writes a formula tree as a spreadsheet formula.
 *
 * @param node - a tree from quantify's `formulaTree`
 * @param reference - the spreadsheet reference of each name the formula uses (a defined name or a cell)
 * @returns the formula text, without the leading `=`
 */
export function excelFormula(node: FormulaNode, reference: (name: string) => string): string {
  const sub = (inner: FormulaNode): string => excelFormula(inner, reference);
  switch (node.type) {
    case "constant":
      // Exact decimal text; a spreadsheet keeps 15 significant digits of it.
      return node.value.isNegative() ? `(${node.value.toFixed()})` : node.value.toFixed();
    case "symbol":
      return reference(node.name);
    case "group":
      return `(${sub(node.inner)})`;
    case "unary":
      if (node.op === "-") return `(-(${sub(node.arg)}))`;
      if (node.op === "+") return sub(node.arg);
      return `((${sub(node.arg)})=0)*1`;
    case "binary": {
      const [a, b] = [sub(node.left), sub(node.right)];
      switch (node.op) {
        case "+":
        case "-":
        case "*":
        case "/":
        case "^":
          return `(${a}${node.op}${b})`;
        case "<":
        case "<=":
        case ">":
        case ">=":
          return `((${a}${node.op}${b})*1)`;
        case "==":
          return `((${a}=${b})*1)`;
        case "!=":
          return `((${a}<>${b})*1)`;
        case "and":
          return `(AND(${a}<>0,${b}<>0)*1)`;
        case "or":
          return `(OR(${a}<>0,${b}<>0)*1)`;
      }
      break;
    }
    case "call": {
      const args = node.args.map(sub);
      const [x, y] = args as [string, string | undefined];
      switch (node.fn) {
        case "min":
          return `MIN(${args.join(",")})`;
        case "max":
          return `MAX(${args.join(",")})`;
        case "abs":
          return `ABS(${x})`;
        case "floor":
          return `INT(${x})`;
        case "ceil":
          return `(-INT(-(${x})))`;
        case "sqrt":
          return `SQRT(${x})`;
        case "exp":
          return `EXP(${x})`;
        case "log":
          return y === undefined ? `LN(${x})` : `(LN(${x})/LN(${y}))`;
        case "round":
          return y === undefined ? `ROUND(${x},0)` : `ROUND(${x},MAX(0,MIN(40,TRUNC(${y}))))`;
      }
      throw new UntranslatableFormula(`the function ${node.fn}() has no spreadsheet counterpart`);
    }
    case "conditional":
      return `IF((${sub(node.test)})<>0,${sub(node.then)},${sub(node.otherwise)})`;
  }
  throw new UntranslatableFormula(`a ${(node as { type: string }).type} node has no spreadsheet counterpart`);
}

