/** The value-case document: members inline or by path, every problem of every member located from the root. */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { DocumentValidationError } from "../../src/document/errors.js";
import { defineValueDocument, safeDefineValueDocument } from "../../src/document/defineValueDocument.js";
import { thrown } from "../frame/fixtures.js";

const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8")) as Record<string, unknown>;
const files: Record<string, Record<string, unknown>> = {
  "distributor.frame.json": read("distributor.frame.json"),
  "distributor.case.json": read("distributor.case.json"),
  "distributor.bvf.json": read("distributor.bvf.json"),
  "distributor.stakeholders.yaml": parseYaml(readFileSync(new URL("../../examples/distributor.stakeholders.yaml", import.meta.url), "utf8")),
  "distributor.pursuit.yaml": parseYaml(readFileSync(new URL("../../examples/distributor.pursuit.yaml", import.meta.url), "utf8")),
  "distributor.realisation.yaml": parseYaml(readFileSync(new URL("../../examples/distributor.realisation.yaml", import.meta.url), "utf8")),
  "distributor.qualification.yaml": parseYaml(readFileSync(new URL("../../examples/distributor.qualification.yaml", import.meta.url), "utf8")),
  "distributor.account.yaml": parseYaml(readFileSync(new URL("../../examples/distributor.account.yaml", import.meta.url), "utf8")),
};
const resolve = (path: string): unknown => files[path];
const frame = () => structuredClone(files["distributor.frame.json"]!);
const valueCase = () => structuredClone(files["distributor.case.json"]!);
const bvf = () => structuredClone(files["distributor.bvf.json"]!);

/** The DocumentValidationError a call throws, with its issues as "path code" lines. */
function problems(input: unknown, options?: Parameters<typeof defineValueDocument>[1]) {
  const error = thrown(() => defineValueDocument(input, options));
  expect(error).toBeInstanceOf(DocumentValidationError);
  const e = error as DocumentValidationError;
  expect(e.code).toBe("DOCUMENT_INVALID");
  return e;
}

describe("defineValueDocument", () => {
  it("loads the distributor document through its references", () => {
    const document = defineValueDocument(read("distributor.valuecase.json"), { resolve });
    expect(document.frame?.customer.name).toBe("Huatong Industrial Distribution");
    expect(document.case?.drivers.find((d) => d.id === "dsoReduction")?.value.toString()).toBe("14");
    expect(document.bvf?.executiveKpis.map((k) => k.id)).toContain("g-cash");
    expect(document.references).toEqual({ frame: "distributor.frame.json", case: "distributor.case.json", bvf: "distributor.bvf.json", stakeholders: "distributor.stakeholders.yaml", pursuit: "distributor.pursuit.yaml", realisation: "distributor.realisation.yaml", qualification: "distributor.qualification.yaml", account: "distributor.account.yaml" });
    expect(document.stakeholders?.people.map((p) => p.id)).toContain("p-cfo");
    expect(document.pursuit?.visits.length).toBeGreaterThan(0);
    expect(document.qualification?.criteria?.suppliers.find((s) => s.us)?.id).toBe("s-us");
    expect(document.account?.account).toBe("Huatong Industrial Distribution");
    expect(Object.isFrozen(document)).toBe(true);
  });

  it("takes members inline and holds only those given", () => {
    const document = defineValueDocument({ case: valueCase() });
    expect(document.frame).toBeUndefined();
    expect(document.case?.name).toBe("Credit-to-cash capability for Huatong Industrial Distribution");
    expect(document.references).toEqual({});
    expect(document.warnings).toEqual([]);
  });

  it("passes the member's name to the resolver", () => {
    const asked: string[] = [];
    defineValueDocument({ frame: "a.json", bvf: "b.json" }, { resolve: (path, member) => (asked.push(`${member}:${path}`), member === "frame" ? frame() : bvf()) });
    expect(asked).toEqual(["frame:a.json", "bvf:b.json"]);
  });

  it("does not change its input", () => {
    const input = { frame: frame(), case: valueCase() };
    const before = JSON.stringify(input);
    defineValueDocument(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("prefixes the frame's warnings with its member", () => {
    const data = frame();
    const goals = data.goals as Record<string, unknown>[];
    goals[0]!.target = 30; // below the baseline of an increase goal
    const document = defineValueDocument({ frame: data });
    expect(document.warnings.map((w) => [w.path, w.code])).toContainEqual([["frame", "goals", 0, "target"], "target_wrong_direction"]);
  });
});

describe("defineValueDocument problems", () => {
  it("rejects what is not a document", () => {
    for (const input of [null, [], "x.json", 3]) {
      const e = problems(input);
      expect(e.issues).toHaveLength(1);
      expect(e.issues[0]).toMatchObject({ path: [], code: "invalid_type" });
    }
  });

  it("needs at least one member", () => {
    const e = problems({ $schema: "schema.json" });
    expect(e.issues).toEqual([{ path: [], code: "missing_member", message: 'a value-case document needs at least one of "frame", "case" and "bvf"' }]);
  });

  it("lists unknown keys and members of the wrong type together", () => {
    const e = problems({ frame: 3, case: [], bvf: "", cases: {}, $schema: 1 });
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      // In the order the input is written ($schema last here).
      [[], "unrecognized_keys"],
      [["frame"], "invalid_type"],
      [["case"], "invalid_type"],
      [["bvf"], "invalid_type"],
      [["$schema"], "invalid_type"],
    ]);
    expect(e.issues[1]?.message).toBe("expected the frame as an object or the relative path of its file, got number 3");
    expect(e.issues[3]?.message).toContain("got an empty string");
    expect(e.message).toContain('(root): unknown member "cases"');
  });

  it("reports a reference it cannot load without a resolver", () => {
    const e = problems({ frame: "distributor.frame.json", case: valueCase() });
    expect(e.issues).toEqual([
      { path: ["frame"], code: "unresolved_reference", message: 'the frame is the path "distributor.frame.json"; pass a resolve option to load it' },
    ]);
    const safe = safeDefineValueDocument({ frame: "x.json" });
    expect(safe.success).toBe(false);
  });

  it("lists every problem of every member, each path prefixed with its member", () => {
    const f = frame();
    (f.goals as Record<string, unknown>[])[1]!.baseline = "lots";
    const c = valueCase();
    c.horizon = 0;
    (c.drivers as Record<string, unknown>[])[2]!.value = "fourteen";
    const b = bvf();
    (b.intentions as Record<string, unknown>[])[0]!.serves = ["nope"];
    const e = problems({ frame: f, case: c, bvf: b });
    const located = e.issues.map((i) => [i.path, i.code]);
    expect(located).toContainEqual([["frame", "goals", 1, "baseline"], "not_numeric"]);
    expect(located).toContainEqual([["case", "horizon"], "too_small"]);
    expect(located).toContainEqual([["case", "drivers", 2, "value"], "not_numeric"]);
    expect(located).toContainEqual([["bvf", "intentions", 0, "serves", 0], "unknown_reference"]);
    expect(located.map(([path]) => (path as unknown[])[0])).toEqual(["frame", "case", "case", "bvf"]);
    expect(e.message).toContain("frame.goals[1].baseline");
  });

  it("locates problems of a resolved member under the member's name", () => {
    const c = valueCase();
    c.period = "week";
    const e = problems({ case: "c.json" }, { resolve: () => c });
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[["case", "period"], "invalid_value"]]);
  });

  it("checks the case against the frame: currency and links", () => {
    const c = valueCase();
    const f = frame();
    f.currency = "USD";
    const lines = c.lines as { serves?: { kind: string; id: string }[] }[];
    const index = lines.findIndex((line) => (line.serves ?? []).length > 0);
    const link = lines[index]!.serves![0]!;
    link.id = "x-missing";
    const e = problems({ frame: f, case: c });
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [["case", "currency"], "currency_mismatch"],
      [["case", "lines", index, "serves", 0, "id"], "dangling_link"],
    ]);
    expect(e.issues[0]?.message).toBe("the value case is in CNY but the frame is in USD");
    expect(e.issues[1]?.message).toMatch(new RegExp(`^${link.kind} "x-missing" is not in the frame \\(its ${link.kind}s: `));
  });

  it("checks the qualification's links against the frame, the BVF and the buying centre, all in one run", () => {
    const qualification = structuredClone(files["distributor.qualification.yaml"]!) as { criteria: { criteria: Record<string, unknown>[]; suppliers: Record<string, unknown>[]; byPerson: Record<string, unknown>[] } };
    qualification.criteria.criteria[0]!.need = "g-margin";
    qualification.criteria.criteria[1]!.solution = "v-credit-scorng";
    qualification.criteria.suppliers[1]!.competitor = "c-sap";
    qualification.criteria.byPerson[2]!.person = "p-salse";
    const document = { ...read("distributor.valuecase.json"), qualification };
    const e = problems(document, { resolve });
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [["qualification", "criteria", "criteria", 0, "need"], "unknown_reference"],
      [["qualification", "criteria", "criteria", 1, "solution"], "unknown_reference"],
      [["qualification", "criteria", "suppliers", 1, "competitor"], "unknown_reference"],
      [["qualification", "criteria", "byPerson", 2, "person"], "unknown_reference"],
    ]);
    expect(e.issues[1]?.message).toBe('the BVF has no solution "v-credit-scorng" (did you mean "v-credit-scoring"?)');
    expect(e.issues[3]?.message).toContain('the buying centre has no person "p-salse"');
    // Without the frame, BVF and buying centre there is nothing to check the links against.
    expect(safeDefineValueDocument({ case: valueCase(), qualification }).success).toBe(true);
  });

  it("checks alternatives' options against the frame's solutions", () => {
    const c = valueCase();
    c.alternatives = [{ id: "how", options: ["sol-credit-to-cash", "sol-ghost"] }];
    const result = safeDefineValueDocument({ frame: frame(), case: c });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => [i.path, i.code])).toContainEqual([["case", "alternatives", 0, "options", 1], "dangling_link"]);
  });
});
