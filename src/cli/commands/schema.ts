/** `valueframe schema`: prints the JSON Schema of a value-case document, for editors and other tools. */
import { valueDocumentJsonSchema } from "../../document/jsonSchema.js";
import { text, writeResult, type Command } from "../_internal/command.js";

/** The schema command. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema of a value-case document (draft 2020-12)",
  usage: "valueframe schema [-o <out>]",
  help: `Prints the JSON Schema (draft 2020-12) of a value-case document: what a .valuecase.json or .yaml
file may hold. Point a document's "$schema" at it for completion and checks in your editor; the
package ships the same file as valueframe/schema.json.

Options:
  -o, --output <out>   write to this file instead of stdout
  -h, --help           show this help

Exit codes: 0 ok, 1 the output file cannot be written, 2 usage error.

Example:
  valueframe schema -o value-document.schema.json`,
  options: { output: { type: "string", short: "o" } },
  positionals: [],
  run(args, io) {
    writeResult(io, text(args, "output"), `${JSON.stringify(valueDocumentJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
