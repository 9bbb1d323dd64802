/**
 * valueframe/document — the value-case document: one file holding a customer's reference frame, value
 * case and BVF (inline or as relative paths), validated member by member, and its JSON Schema.
 *
 * @packageDocumentation
 */
export { defineValueDocument, safeDefineValueDocument } from "./defineValueDocument.js";
export type { DefineValueDocumentOptions, SafeDefineValueDocumentResult, ValueDocument } from "./defineValueDocument.js";
export { DocumentValidationError } from "./errors.js";
export { valueDocumentJsonSchema } from "./jsonSchema.js";
export { documentMembers, documentReferenceSchema, valueDocumentSchema } from "./schema.js";
export type { DocumentMember, ValueDocumentInput } from "./schema.js";
