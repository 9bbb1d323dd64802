/** The committed JSON Schema of the value-case document: generated, never drifting, well-formed draft 2020-12. */
import { parse as parseYaml } from "yaml";
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { valueDocumentJsonSchema } from "../../src/document/jsonSchema.js";

type Node = Record<string, unknown>;
const file = new URL("../../schema/value-document.schema.json", import.meta.url);
const generated = `${JSON.stringify(valueDocumentJsonSchema(), null, 2)}\n`;
// VALUEFRAME_WRITE_SCHEMA=1 rewrites the file, like `node scripts/build-schema.mjs` does from the build.
if (process.env.VALUEFRAME_WRITE_SCHEMA === "1") writeFileSync(file, generated);
const committed = readFileSync(file, "utf8");
const schema = JSON.parse(committed) as Node;
const example = (name: string) => parseYaml(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8")) as Node;

/** The draft 2020-12 keywords a schema node may use (core, applicator, validation, annotations). */
const keywords = new Set([
  "$schema", "$id", "$ref", "$defs", "$comment", "$anchor", "title", "description", "default", "examples", "deprecated",
  "readOnly", "writeOnly", "type", "enum", "const", "properties", "patternProperties", "additionalProperties",
  "propertyNames", "required", "minProperties", "maxProperties", "items", "prefixItems", "minItems", "maxItems",
  "uniqueItems", "contains", "anyOf", "oneOf", "allOf", "not", "if", "then", "else", "minimum", "maximum",
  "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern", "format",
]);

/** Every schema node below `node`, with its JSON pointer. */
function nodes(node: unknown, pointer = "#"): [string, Node][] {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return [];
  const n = node as Node;
  const found: [string, Node][] = [[pointer, n]];
  for (const key of ["properties", "$defs", "patternProperties"]) {
    for (const [name, child] of Object.entries((n[key] as Node | undefined) ?? {})) found.push(...nodes(child, `${pointer}/${key}/${name}`));
  }
  for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"]) {
    ((n[key] as unknown[] | undefined) ?? []).forEach((child, i) => found.push(...nodes(child, `${pointer}/${key}/${i}`)));
  }
  for (const key of ["items", "additionalProperties", "propertyNames", "not", "contains", "if", "then", "else"]) {
    found.push(...nodes(n[key], `${pointer}/${key}`));
  }
  return found;
}

/** The object branch of a member's `anyOf` (the other branch is the path of its file). */
function objectBranch(member: string): Node {
  const anyOf = ((schema.properties as Node)[member] as Node).anyOf as Node[];
  return anyOf.find((branch) => branch.type === "object")!;
}
/** A node's properties; for a union (e.g. financial or non-financial values), those of all its branches. */
const propertiesOf = (node: Node): Record<string, Node> => {
  const branches = (node.oneOf ?? node.anyOf) as Node[] | undefined;
  if (branches === undefined) return node.properties as Record<string, Node>;
  return Object.assign({}, ...branches.map((branch) => branch.properties ?? {})) as Record<string, Node>;
};
const itemsOf = (node: Node, key: string) => propertiesOf(node)[key]!.items as Node;

describe("schema/value-document.schema.json", () => {
  it("is the schema valueDocumentJsonSchema() generates (regenerate: VALUEFRAME_WRITE_SCHEMA=1 npx vitest run tests/document)", () => {
    expect(committed).toBe(generated);
  });

  it("is draft 2020-12 using only its keywords, and every $ref resolves", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const all = nodes(schema);
    expect(all.length).toBeGreaterThan(100);
    const unknown = all.flatMap(([pointer, node]) => Object.keys(node).filter((key) => !keywords.has(key)).map((key) => `${pointer}: ${key}`));
    expect(unknown).toEqual([]);
    const pointers = new Set(all.map(([pointer]) => pointer));
    const refs = all.flatMap(([, node]) => (typeof node.$ref === "string" ? [node.$ref] : []));
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((ref) => !pointers.has(ref))).toEqual([]);
  });

  it("describes the document: known members only, at least one of them, each inline or a path", () => {
    expect(Object.keys(schema.properties as Node)).toEqual(["$schema", "frame", "case", "bvf", "stakeholders", "pursuit", "realisation", "qualification", "account"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.anyOf).toEqual([{ required: ["frame"] }, { required: ["case"] }, { required: ["bvf"] }]);
    for (const member of ["frame", "case", "bvf"]) {
      const anyOf = ((schema.properties as Node)[member] as Node).anyOf as Node[];
      expect(anyOf.map((branch) => branch.type)).toEqual(["string", "object"]);
    }
  });

  it("requires what the define functions require and lists their enums", () => {
    const frame = objectBranch("frame");
    expect(frame.required).toEqual(["customer", "currency"]);
    const goal = itemsOf(frame, "goals");
    expect(goal.required).toEqual(["id", "name", "perspective", "metric", "unit", "baseline", "target", "direction", "deadline"]);
    expect(propertiesOf(goal).perspective!.enum).toEqual(["customer", "market", "employee", "financial"]);
    expect(propertiesOf(goal).baseline).toEqual({ $ref: "#/$defs/numeric" });
    const issue = itemsOf(frame, "issues");
    expect(propertiesOf(issue).kind!.enum).toEqual(["CBI", "CPI"]);
    expect(committed).toContain('"process"');
    expect(propertiesOf(propertiesOf(issue).cell!).dimension!.enum).toEqual(["goals", "design", "management"]);

    const valueCase = objectBranch("case");
    expect(valueCase.required).toEqual(expect.arrayContaining(["name", "currency", "period", "horizon", "discountRate", "drivers", "lines"]));
    expect(propertiesOf(valueCase).period!.enum).toEqual(["month", "quarter", "year"]);
    const uncertainty = propertiesOf(itemsOf(valueCase, "drivers")).uncertainty!;
    expect(JSON.stringify(uncertainty)).toContain('"triangular"');

    const bvf = objectBranch("bvf");
    expect(itemsOf(bvf, "operationalKpis").required).toEqual(["id", "name", "function"]);
    expect(propertiesOf(itemsOf(bvf, "solutions")).kind!.enum).toEqual(["product", "programme", "service"]);
  });

  it("accepts numbers as JSON numbers or exact decimal strings", () => {
    const numeric = (schema.$defs as Node).numeric as Node;
    const pattern = new RegExp(((numeric.anyOf as Node[])[1]!.pattern as string));
    for (const ok of ["14", "-1.5e6", "0.08", ".5", " 365000000 "]) expect(pattern.test(ok)).toBe(true);
    for (const bad of ["14 days", "1,000", "", "e5"]) expect(pattern.test(bad)).toBe(false);
  });

  it("knows every key the distributor files use", () => {
    const check = (data: Node, node: Node, where: string) => {
      const known = Object.keys(propertiesOf(node));
      expect(Object.keys(data).filter((key) => !known.includes(key)), where).toEqual([]);
      for (const key of (node.required as string[] | undefined) ?? []) expect(data, `${where}.${key}`).toHaveProperty(key);
    };
    const members: [string, string][] = [["frame", "distributor.frame.json"], ["case", "distributor.case.json"], ["bvf", "distributor.bvf.json"], ["stakeholders", "distributor.stakeholders.yaml"], ["pursuit", "distributor.pursuit.yaml"], ["realisation", "distributor.realisation.yaml"], ["qualification", "distributor.qualification.yaml"], ["account", "distributor.account.yaml"]];
    for (const [member, name] of members) {
      const data = example(name);
      const node = objectBranch(member);
      check(data, node, member);
      for (const [key, value] of Object.entries(data)) {
        if (!Array.isArray(value)) continue;
        value.forEach((item: Node, i) => check(item, itemsOf(node, key), `${member}.${key}[${i}]`));
      }
    }
    expect(Object.keys(example("distributor.valuecase.json"))).toEqual(["$schema", "frame", "case", "bvf", "stakeholders", "pursuit", "realisation", "qualification", "account"]);
  });
});
