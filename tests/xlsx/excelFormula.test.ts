/** Formulas written for spreadsheets: the same meaning as valueframe's, and names a spreadsheet accepts. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formulaTree } from "../../src/quantify/formulaTree.js";
import { QuantifyValidationError } from "../../src/quantify/errors.js";
import { definedNames } from "../../src/xlsx/_internal/definedNames.js";
import { excelFormula } from "../../src/xlsx/_internal/excelFormula.js";

const excel = (text: string, names: Record<string, string> = {}): string => excelFormula(formulaTree(text), (name) => names[name] ?? name);

describe("excelFormula", () => {
  it("writes arithmetic fully parenthesised, with the caller's references", () => {
    expect(excel("dsoReduction * dailyRevenue", { dsoReduction: "DSO_reduction", dailyRevenue: "daily_revenue" })).toBe("(DSO_reduction*daily_revenue)");
    expect(excel("1 + otherUnits * otherUnitSize")).toBe("(1+(otherUnits*otherUnitSize))");
    expect(excel("(a + b) / c")).toBe("(((a+b))/c)");
  });

  it("keeps valueframe's precedence where spreadsheets differ: -2^2 is -4", () => {
    expect(excel("-2^2")).toBe("(-((2^2)))");
    expect(excel("-a")).toBe("(-(a))");
    expect(excel("a - -3")).toBe("(a-(-(3)))");
  });

  it("gives 1 or 0 for comparisons and logic, and tests ?: for non-zero", () => {
    expect(excel("a >= b")).toBe("((a>=b)*1)");
    expect(excel("a == b")).toBe("((a=b)*1)");
    expect(excel("a != b")).toBe("((a<>b)*1)");
    expect(excel("a and b")).toBe("(AND(a<>0,b<>0)*1)");
    expect(excel("a or not b")).toBe("(OR(a<>0,((b)=0)*1<>0)*1)");
    expect(excel("a > 0 ? a : 0")).toBe("IF((((a>0)*1))<>0,a,0)");
  });

  it("translates every whitelisted function with valueframe's meaning", () => {
    expect(excel("min(a, b, 3)")).toBe("MIN(a,b,3)");
    expect(excel("max(a, 0)")).toBe("MAX(a,0)");
    expect(excel("abs(a)")).toBe("ABS(a)");
    expect(excel("floor(a)")).toBe("INT(a)");
    expect(excel("ceil(a)")).toBe("(-INT(-(a)))");
    expect(excel("sqrt(a)")).toBe("SQRT(a)");
    expect(excel("exp(a)")).toBe("EXP(a)");
    expect(excel("log(a)")).toBe("LN(a)");
    expect(excel("log(a, 10)")).toBe("(LN(a)/LN(10))");
    expect(excel("round(a)")).toBe("ROUND(a,0)");
    expect(excel("round(a, 2)")).toBe("ROUND(a,MAX(0,MIN(40,TRUNC(2))))");
  });

  it("writes numbers exactly, never in exponent form", () => {
    expect(excel("0.000001 * a")).toBe("(0.000001*a)");
    expect(excel("1e6 * a")).toBe("(1000000*a)");
  });
});

describe("formulaTree", () => {
  it("refuses what a case refuses, with every problem at the formula", () => {
    let error: unknown;
    try {
      formulaTree("import('fs')");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QuantifyValidationError);
    expect((error as QuantifyValidationError).issues[0]?.path).toEqual(["formula"]);
    expect(Object.isFrozen(formulaTree("a + 1"))).toBe(true);
  });
});

describe("definedNames", () => {
  it("joins a label's words, keeps them unique whatever the case, and never mistakes a name for a cell", () => {
    expect(definedNames(["DSO reduction", "daily revenue", "DSO1", "dso reduction", "R2C3", "true", "365 days", "Zins (€/Jahr)"])).toEqual([
      "DSO_reduction",
      "daily_revenue",
      "DSO1_",
      "dso_reduction_2",
      "R2C3_",
      "true_",
      "_365_days",
      "Zins_Jahr",
    ]);
    expect(definedNames(["XFD1048576", "XFE1", "A1048577"])).toEqual(["XFD1048576_", "XFE1", "A1048577"]);
  });

  it("reads % as pct and steps around the names Excel reserves", () => {
    expect(definedNames(["tax (%)", "Print Area", "criteria", "回款周期"])).toEqual(["tax_pct", "Print_Area_", "criteria_", "回款周期"]);
  });

  it("gives names spreadsheets accept for any labels", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 30 }), (labels) => {
        const names = definedNames(labels);
        expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(labels.length);
        for (const name of names) {
          expect(name.length).toBeLessThanOrEqual(255);
          expect(name).toMatch(/^[\p{L}_][\p{L}\p{N}_]*$/u);
          // A letters-and-digits name is only allowed beyond the grid (column XFD, row 1048576).
          const cell = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
          if (cell !== null) {
            const column = cell[1]!.toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
            expect(column > 16384 || Number(cell[2]) > 1048576 || Number(cell[2]) === 0, name).toBe(true);
          }
          expect(name).not.toMatch(/^(r\d*c?\d*|c\d*)$/i);
        }
      }),
    );
  });
});
