/**
 * Runs a guide's examples as one script: its lines in order (so later lines see earlier declarations),
 * each `expression; //=> result` line — or a result on its own line, for the statement before it —
 * turned into a check of the expression's value, JSON-compared with the result.
 */

/** One `//=>` line checked: the expression, its value (through JSON) and the value written. */
export interface DocCheck {
  readonly line: string;
  readonly actual: unknown;
  readonly expected: unknown;
}

/**
 * Runs `code` with the names of `scope` in reach, skipping import lines and those `skip` matches; returns
 * the checks in order.
 */
export function runDocScript(code: string, scope: Readonly<Record<string, unknown>>, skip?: RegExp): DocCheck[] {
  const checks: DocCheck[] = [];
  const out: string[] = [];
  for (const line of code.split("\n")) {
    if (/^\s*import /.test(line) || skip?.test(line) === true) continue;
    const match = /^(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
    if (match === null) {
      out.push(line);
      continue;
    }
    // A result on its own line belongs to the statement before it.
    const expr = match[1]!.trim() === "" ? (out.pop() ?? "").trim().replace(/;$/, "") : match[1]!.trim();
    out.push(`__check(${JSON.stringify(expr)}, () => (${expr}), ${JSON.stringify(match[2]!.trim())});`);
  }
  const check = (line: string, fn: () => unknown, expected: string): void => {
    let actual: unknown;
    try {
      actual = fn();
    } catch (error) {
      actual = `threw ${String(error)}`;
    }
    checks.push({ line, actual: JSON.parse(JSON.stringify(actual) ?? "null"), expected: JSON.parse(expected) });
  };
  new Function(...Object.keys(scope), "__check", out.join("\n"))(...Object.values(scope), check);
  return checks;
}
