/**
 * Prints a formula tree: as code ("a * b") for messages, or in reading form with labels or substituted
 * values ("DSO reduction × daily revenue", "14 day × 1,000,000 CNY/day") for the trace.
 */
import type { Expr } from "./formula.js";

/** How to print: `code` keeps the formula's own spelling; `math` uses × ÷ − and ≤ ≥ ≠. */
export interface PrintStyle {
  readonly math: boolean;
  /** Text for a name; defaults to the name itself. */
  readonly symbol?: (name: string) => string;
}

const MATH_OPS: Readonly<Record<string, string>> = { "*": "×", "/": "÷", "-": "−", "<=": "≤", ">=": "≥", "!=": "≠", "==": "=" };

/** Prints an expression; parentheses appear exactly where the formula had them. */
export function printExpr(expr: Expr, style: PrintStyle = { math: false }): string {
  const op = (text: string): string => (style.math ? (MATH_OPS[text] ?? text) : text);
  switch (expr.type) {
    case "constant":
      return style.math ? expr.text.replace(/^-/, "−") : expr.text;
    case "symbol":
      return style.symbol === undefined ? expr.name : style.symbol(expr.name);
    case "group":
      return `(${printExpr(expr.inner, style)})`;
    case "unary":
      return expr.op === "not" ? `not ${printExpr(expr.arg, style)}` : `${op(expr.op)}${printExpr(expr.arg, style)}`;
    case "binary":
      return expr.op === "^"
        ? `${printExpr(expr.left, style)}^${printExpr(expr.right, style)}`
        : `${printExpr(expr.left, style)} ${op(expr.op)} ${printExpr(expr.right, style)}`;
    case "call":
      return `${expr.fn}(${expr.args.map((arg) => printExpr(arg, style)).join(", ")})`;
    case "conditional":
      return `${printExpr(expr.test, style)} ? ${printExpr(expr.then, style)} : ${printExpr(expr.otherwise, style)}`;
  }
}
