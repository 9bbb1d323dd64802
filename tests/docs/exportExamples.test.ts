/**
 * Every function and class a public entry exports has a doc comment with an `@example`, so the API
 * reference (typedoc) shows how to call each one.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { entries as packageEntries } from "../support/entries.js";

// Every public entry of package.json.
const entries = packageEntries.map((entry) => entry.index);
const root = new URL("../../", import.meta.url).pathname;
const program = ts.createProgram(
  entries.map((entry) => root + entry),
  { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true },
);
const checker = program.getTypeChecker();

function hasExample(symbol: ts.Symbol): boolean {
  if (symbol.getJsDocTags(checker).some((tag) => tag.name === "example")) return true;
  const declaration = symbol.declarations?.[0];
  if (declaration === undefined) return false;
  // Overloaded functions carry their comment on a signature.
  return checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures().some((signature) => signature.getJsDocTags().some((tag) => tag.name === "example"));
}

describe.each(entries)("%s", (entry) => {
  const source = program.getSourceFile(root + entry);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  const exported = module === undefined ? [] : checker.getExportsOfModule(module);
  const callables = exported.filter((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return (target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class)) !== 0;
  });

  it("exports functions or classes", () => {
    expect(callables.length).toBeGreaterThan(0);
  });

  it("documents each with an example", () => {
    const missing = callables
      .filter((symbol) => !hasExample(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol))
      .map((symbol) => symbol.name);
    expect(missing).toEqual([]);
  });
});
