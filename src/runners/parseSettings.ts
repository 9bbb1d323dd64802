/** A portfolio settings file (YAML or JSON) read with every problem located at its line and column. */
import { LineCounter, parseDocument } from "yaml";
import type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
import { safeDefinePortfolio, type Portfolio } from "../portfolio/definePortfolio.js";

/** The settings and where each of their paths is written, or every problem located. */
export type ParsedPortfolioSettings =
  | { readonly success: true; readonly portfolio: Portfolio; readonly locate: (path: IssuePath) => { readonly file: string; readonly line: number; readonly column: number } }
  | { readonly success: false; readonly issues: readonly ValueframeIssue[] };

/**
 * Parses a portfolio settings file — `currency`, `rates` (each with `rate`, `source`, `asOf`), `asOf`,
 * `tiers`, `stageRates` — and validates it with `safeDefinePortfolio`; every problem, syntax or
 * validation, is given with the file, line and column of the value it names.
 *
 * @param text - the file's text
 * @param fileName - its name, as problems print it
 * @param options - `tierPath` rewrites each key of `tiers` (a document's path as the file writes it, e.g.
 *   relative to the settings' folder) into the document's `file` as the run names it
 * @returns the settings and a locator, or the located problems
 *
 * @example
 * ```ts
 * const parsed = parsePortfolioSettings("currency: CNY\nrates:\n  USD: { rate: \"-1\", source: bank, asOf: 2026-12-01 }\n", "portfolio.yaml");
 * !parsed.success && parsed.issues[0]; //=> { path: ["rates", "USD", "rate"], …, file: "portfolio.yaml", line: 3, column: 15 }
 * ```
 */
export function parsePortfolioSettings(text: string, fileName: string, options?: { readonly tierPath?: (key: string) => string }): ParsedPortfolioSettings {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { file: fileName, line: Math.max(line, 1), column: Math.max(col, 1) };
  };
  if (doc.errors.length > 0) return { success: false, issues: doc.errors.map((error) => ({ path: [], code: error.code.toLowerCase(), message: error.message.split("\n")[0]!, ...at(error.pos[0]) })) };
  const locate = (path: IssuePath) => {
    // The value at the path, else its nearest parent that is written.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: readonly number[] } | null | undefined)?.range;
      if (range !== undefined) return at(range[0]!);
    }
    return at(0);
  };
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  const tiers = (data as { tiers?: unknown } | null)?.tiers;
  const rewrite = options?.tierPath;
  const input = rewrite !== undefined && typeof tiers === "object" && tiers !== null && !Array.isArray(tiers) ? { ...(data as object), tiers: Object.fromEntries(Object.entries(tiers).map(([key, tier]) => [rewrite(key), tier])) } : data;
  const result = safeDefinePortfolio(input);
  if (!result.success) return { success: false, issues: result.error.issues.map((issue) => ({ ...issue, ...locate(issue.path) })) };
  return { success: true, portfolio: result.data, locate };
}
