import { describe, expect, it } from "vitest";
import { defineBvf } from "../../src/bvf/defineBvf.js";
import { toBvfData } from "../../src/bvf/toBvfData.js";
import { distributorInput, smallInput } from "./fixtures.js";

describe("toBvfData", () => {
  it("writes numbers as decimal strings and makes defaults explicit", () => {
    const data = toBvfData(defineBvf(smallInput()));
    expect(data.executiveKpis[0]).toEqual({
      id: "E1", name: "Operating cash flow", unit: "M CNY", baseline: "40", target: "48", direction: "increase", expectedImprovement: "20", weight: "1",
    });
    expect(data.intentions[1]!.serves).toEqual([{ id: "E1", elasticity: "0.25" }, { id: "E2", elasticity: "0.5" }]);
    expect(data.solutions[1]).toMatchObject({ kind: "programme", alsoOfferedBy: [], serves: [{ id: "O3" }] });
    expect(data.solutions[0]!.serves).toEqual([{ id: "O1" }, { id: "O2", improvement: "10" }]);
    expect(Object.isFrozen(data)).toBe(true);
  });

  it("round-trips through JSON and defineBvf to equal data", () => {
    for (const input of [smallInput(), distributorInput()]) {
      const data = toBvfData(defineBvf(input));
      const again = toBvfData(defineBvf(JSON.parse(JSON.stringify(data))));
      expect(again).toEqual(data);
      expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    }
  });

  it("keeps exact decimals that a float would lose", () => {
    const graph = defineBvf({ executiveKpis: [{ id: "E1", name: "Cash", baseline: "12345678901234567890.123456789", expectedImprovement: "0.1" }] });
    expect(toBvfData(graph).executiveKpis[0]!.baseline).toBe("12345678901234567890.123456789");
  });
});
