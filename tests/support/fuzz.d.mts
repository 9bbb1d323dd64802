/** Types of the fuzzing harness (tests/support/fuzz.mjs), shared with `npm run fuzz`. */
import type { Arbitrary } from "fast-check";

/** A mutated document: its text and the file name that says JSON or YAML. */
export interface FuzzDocument {
  readonly fileName: string;
  readonly text: string;
}

/** How a document was made: an example, mutations in order, JSON or YAML. */
export interface FuzzRecipe {
  readonly example: number | string;
  readonly mutations: readonly { readonly kind: string; readonly at: number; readonly pick: number }[];
  readonly yaml: boolean;
}

export declare const exampleDocuments: readonly { readonly frame: unknown; readonly case: unknown; readonly bvf: unknown; readonly stakeholders: unknown; readonly pursuit: unknown; readonly realisation: unknown; readonly qualification: unknown; readonly account: unknown }[];
export declare const mutatedDocument: Arbitrary<FuzzDocument>;
export declare function documentOf(recipe: FuzzRecipe): FuzzDocument;
export declare function runDocument(lib: object, doc: FuzzDocument): "valid" | "invalid";
