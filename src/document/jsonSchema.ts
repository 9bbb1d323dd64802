/** The JSON Schema (draft 2020-12) of a value-case document, generated from its zod schema. */
import * as z from "zod";
import { valueDocumentSchema } from "./schema.js";

/** JSON Schema of a number as the library reads it: a JSON number or an exact decimal string. */
const numericJsonSchema = {
  description: 'A number, or a decimal string such as "1234.56" or "-1.5e6" (kept exact).',
  anyOf: [{ type: "number" }, { type: "string", pattern: "^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*$" }],
};

/**
 * Returns the JSON Schema (draft 2020-12) of a value-case document, describing the input side: what a
 * person writes in a `.valuecase.json` or `.yaml` file. Numbers may be JSON numbers or decimal strings;
 * at least one of `frame`, `case` and `bvf` is required. Editors use it for completion when a document
 * names it in `"$schema"`; the package ships it as `valueframe/schema.json`.
 *
 * The schema checks shapes only; ids, links, formulas and units are checked by
 * {@link defineValueDocument}.
 *
 * @returns a fresh JSON Schema object
 *
 * @example
 * ```ts
 * const schema = valueDocumentJsonSchema();
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * Object.keys(schema.properties); //=> ["$schema", "frame", "case", "bvf", "stakeholders"]
 * ```
 */
export function valueDocumentJsonSchema(): Record<string, unknown> & { readonly properties: Record<string, unknown> } {
  const generated = z.toJSONSchema(valueDocumentSchema, {
    target: "draft-2020-12",
    io: "input",
    // The only schemas JSON Schema cannot express are the numeric fields (any Numeric in, a Decimal out).
    unrepresentable: () => ({ $ref: "#/$defs/numeric" }),
    // `.readonly()` is about TypeScript immutability, not about who may write a field.
    override: ({ jsonSchema }) => {
      delete jsonSchema.readOnly;
    },
  }) as Record<string, unknown> & { properties: Record<string, unknown> };
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: "valueframe value-case document",
    description: "A customer's reference frame, value case and Business Value Framework, each inline or as a path relative to this file.",
    ...rest,
    anyOf: [{ required: ["frame"] }, { required: ["case"] }, { required: ["bvf"] }],
    $defs: { ...(rest.$defs as Record<string, unknown> | undefined), numeric: numericJsonSchema },
  };
}
