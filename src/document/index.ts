/**
 * valueframe/document — the value-case document: one file holding a customer's reference frame, value
 * case and BVF (inline or as relative paths), validated member by member, its figures
 * (`evaluateDocument`) and its JSON Schema; a seller's territory file read with every problem located
 * (`parseTerritory`).
 *
 * @packageDocumentation
 */
// The shared error model, reachable from every entry.
export { ValueframeError, ValueframeValidationError, formatPath } from "../errors/ValueframeError.js";
export type { IssuePath, ValueframeIssue } from "../errors/ValueframeError.js";
export type { SafeDefineResult } from "../errors/SafeDefineResult.js";
export { defineValueDocument, safeDefineValueDocument } from "./defineValueDocument.js";
export type { DefineValueDocumentOptions, DocumentMemberModels, SafeDefineValueDocumentResult, ValueDocument } from "./defineValueDocument.js";
export { DOCUMENT_ERROR_CODES, DocumentArgumentError, DocumentEvaluationError, DocumentValidationError } from "./errors.js";
export { evaluateDocument, safeEvaluateDocument } from "./evaluateDocument.js";
export type { EvaluateDocumentOptions, EvaluatedDocument, SafeEvaluateDocumentResult } from "./evaluateDocument.js";
export type { DocumentErrorCode } from "./errors.js";
export { valueDocumentJsonSchema } from "./jsonSchema.js";
export { parseValueDocument, safeParseValueDocument } from "./parseValueDocument.js";
export type { ParsedValueDocument, ParseValueDocumentOptions, SafeParseValueDocumentResult, SourceLocation } from "./parseValueDocument.js";
export { parseTerritory, safeParseTerritory } from "./parseTerritory.js";
export type { ParsedTerritory, ParseTerritoryOptions, SafeParseTerritoryResult } from "./parseTerritory.js";
export { documentMembers, documentReferenceSchema, valueDocumentSchema } from "./schema.js";
export type { DocumentMember, ValueDocumentInput } from "./schema.js";
