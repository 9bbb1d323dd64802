/** defineValueDocument: validate a value-case document member by member, or report every problem at once. */
import type { SafeDefineResult } from "../errors/SafeDefineResult.js";
import type { ValueframeIssue } from "../errors/ValueframeError.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { inInputOrder } from "../_internal/inputOrder.js";
import { isRecord } from "../_internal/isRecord.js";
import { defined, notDefined, orThrow } from "../_internal/define.js";
import { safeDefineBvf } from "../bvf/defineBvf.js";
import type { Bvf } from "../bvf/types.js";
import type { Frame } from "../frame/frame.js";
import { safeDefineFrame } from "../frame/defineFrame.js";
import { safeDefineValueCase, salvageValueCase } from "../quantify/defineValueCase.js";
import { safeDefineBuyingCentre } from "../people/defineBuyingCentre.js";
import type { BuyingCentre } from "../people/schema.js";
import { safeDefinePursuit } from "../pursuit/definePursuit.js";
import type { Pursuit } from "../pursuit/schema.js";
import { safeDefineRealisation } from "../realise/defineRealisation.js";
import type { Realisation } from "../realise/schema.js";
import { safeDefineQualification } from "../qualify/defineQualification.js";
import type { Qualification } from "../qualify/schema.js";
import { safeDefineAccountPlan, type AccountPlan } from "../qualify/accounts.js";
import type { ValueCase, ValueCaseInput } from "../quantify/schema.js";
import { caseFrameIssues } from "./_internal/crossChecks.js";
import { envelopeIssues } from "./_internal/envelope.js";
import { asOfIssues } from "../_internal/asOf.js";
import { DocumentArgumentError, DocumentValidationError } from "./errors.js";
import { documentMembers, type DocumentMember } from "./schema.js";

/** Options of {@link defineValueDocument}. */
export interface DefineValueDocumentOptions {
  /**
   * Loads a member written as a path: given the path as written and the member's name, returns that
   * member's data (e.g. the parsed file). Without it, a member written as a path is an
   * `unresolved_reference` problem. What it throws is not caught.
   */
  readonly resolve?: (reference: string, member: DocumentMember) => unknown;
  /**
   * Today, as an ISO date, for the buying centre and the pursuit: nothing observed may be dated after it
   * (a visit may: it is planned), and their findings (the document's warnings) judge staleness, due dates
   * and planned visits by it. valueframe reads no clock.
   */
  readonly asOf?: string | undefined;
  /**
   * The input is one member file checked alone (e.g. a `.pursuit.yaml`): it need not hold a frame, case or
   * BVF, nor the members it links to (the pursuit's stakeholders, the realisation's case), whose links are
   * then not checked.
   */
  readonly alone?: boolean | undefined;
}

/** The validated model of each document member. */
export interface DocumentMemberModels {
  readonly frame: Frame;
  readonly case: ValueCase;
  readonly bvf: Bvf;
  readonly stakeholders: BuyingCentre;
  readonly pursuit: Pursuit;
  readonly realisation: Realisation;
  readonly qualification: Qualification;
  readonly account: AccountPlan;
}

/** What a member's validation may use of the members validated before it, and of the options. */
interface MemberContext {
  readonly frame: Frame | undefined;
  readonly case: ValueCase | undefined;
  readonly bvf: Bvf | undefined;
  readonly stakeholders: BuyingCentre | undefined;
  readonly asOf: string | undefined;
}

// One line per member: each is validated by its own module's safeDefine. A new member adds its line here
// (and its schema in ./schema.ts).
const defineMember: { readonly [M in DocumentMember]: (data: unknown, context: MemberContext) => SafeDefineResult<DocumentMemberModels[M]> } = {
  frame: safeDefineFrame,
  case: (data) => safeDefineValueCase(data as ValueCaseInput),
  bvf: safeDefineBvf,
  // The people's needs link to the frame's goals and issues; observations stop at asOf.
  stakeholders: (data, { frame, asOf }) => safeDefineBuyingCentre(data, { frame, asOf }),
  // The pursuit names the buying centre's people; nothing it records may be after asOf.
  pursuit: (data, { stakeholders, asOf }) => safeDefinePursuit(data, { centre: stakeholders, asOf }),
  // The KPIs link to the case's drivers and lines, the frame's goals, the BVF's KPIs and who measures them.
  realisation: (data, { frame, case: valueCase, bvf, stakeholders, asOf }) => safeDefineRealisation(data, { valueCase, frame, bvf, centre: stakeholders, asOf }),
  // The purchase criteria name the frame's needs, the BVF's solutions and competitors, the buying centre's people.
  qualification: (data, { frame, bvf, stakeholders }) => safeDefineQualification(data, { frame, bvf, centre: stakeholders }),
  account: safeDefineAccountPlan,
};

/** A validated value-case document: each member it holds, validated and frozen. */
export interface ValueDocument extends Partial<DocumentMemberModels> {
  /** The path each member was loaded from, for members written as a path. */
  readonly references: Readonly<Partial<Record<DocumentMember, string>>>;
  /** Problems that do not stop the document (its members' warnings), with paths from the document's root. */
  readonly warnings: readonly ValueframeIssue[];
}

/** The result of {@link safeDefineValueDocument}. */
export type SafeDefineValueDocumentResult = SafeDefineResult<ValueDocument, DocumentValidationError>;

/**
 * Validates a value-case document like {@link defineValueDocument} but returns `{ success: true, data, warnings }`
 * or `{ success: false, error }` instead of throwing, like zod's `safeParse`.
 *
 * @param input - the document as plain data, e.g. a parsed `.valuecase.json` file
 * @param options - `resolve` loads members written as paths
 * @returns the validated document, or the {@link DocumentValidationError} listing every problem
 *
 * @example
 * ```ts
 * const result = safeDefineValueDocument({ frame: "distributor.frame.json" });
 * !result.success && result.error.issues[0]?.code; //=> "unresolved_reference"
 * ```
 */
export function safeDefineValueDocument(input: unknown, options?: DefineValueDocumentOptions): SafeDefineValueDocumentResult {
  const badAsOf = asOfIssues(options?.asOf);
  if (badAsOf.length > 0) throw new DocumentArgumentError(badAsOf, "defineValueDocument options");
  const issues = envelopeIssues(input, options?.alone === true);
  if (!isRecord(input)) return failure(issues);
  const record: Readonly<Record<string, unknown>> = input;
  const members: { -readonly [M in DocumentMember]?: DocumentMemberModels[M] } = {};
  const references: Partial<Record<DocumentMember, string>> = {};
  const warnings: ValueframeIssue[] = [];
  // The document with its members' data in place of their paths: what the problems are ordered by.
  const view: Record<string, unknown> = { ...record };
  for (const member of documentMembers) {
    let data = record[member];
    if (data === undefined || issues.some((issue) => issue.path[0] === member)) continue;
    if (typeof data === "string") {
      references[member] = data;
      if (options?.resolve === undefined) {
        issues.push({ path: [member], code: "unresolved_reference", message: `the ${member} is the path "${data}"; pass a resolve option to load it` });
        continue;
      }
      data = options.resolve(data, member);
      view[member] = data;
    }
    const prefix = (list: readonly ValueframeIssue[]) => list.map((issue) => ({ ...issue, path: [member, ...issue.path] }));
    const result = defineMember[member](data, { frame: members.frame, case: members.case, bvf: members.bvf, stakeholders: members.stakeholders, asOf: options?.asOf });
    if (result.success) {
      (members as Record<DocumentMember, unknown>)[member] = result.data;
      warnings.push(...prefix(result.warnings));
    } else issues.push(...prefix(result.error.issues));
  }
  if (members.frame !== undefined && members.case !== undefined) issues.push(...caseFrameIssues(members.frame, members.case));
  else if (members.frame !== undefined && view["case"] !== undefined && typeof view["case"] !== "string") {
    // A case whose shape failed still has its links checked against the frame, on what parsed.
    const salvaged = salvageValueCase(view["case"]);
    if (salvaged !== undefined) issues.push(...caseFrameIssues(members.frame, salvaged.valueCase).filter((issue) => salvaged.isOwn(issue.path.slice(1))));
  }
  if (issues.length > 0) return failure(inInputOrder(issues, view));
  // Members are frozen by their own define functions; only the shell is new.
  const frozenWarnings = deepFreeze(warnings);
  const document: ValueDocument = Object.freeze({ ...members, references: Object.freeze(references), warnings: frozenWarnings });
  return defined(document, frozenWarnings);
}

/**
 * Validates a value-case document — `{ "$schema"?, "frame"?, "case"?, "bvf"? }`, at least one member,
 * each inline data or a path relative to the document — and returns its members validated and frozen.
 *
 * Each member goes through its own define function (`defineFrame`, `defineValueCase`,
 * `defineBvf`); their problems are listed together, each path prefixed with its member. When the
 * document has both a frame and a case, the case must be in the frame's currency and its links must name
 * elements of the frame. Members written as paths are loaded by `options.resolve` (the function does no
 * I/O itself). The input is never changed.
 *
 * @param input - the document as plain data, e.g. a parsed `.valuecase.json` file
 * @param options - `resolve` loads members written as paths
 * @returns the validated {@link ValueDocument}
 * @throws {DocumentValidationError} (code `DOCUMENT_INVALID`) listing every problem of every member
 *
 * @example
 * ```ts
 * import { defineValueDocument } from "valueframe/document";
 * const files = { "distributor.frame.json": frameData, "distributor.case.json": caseData };
 * const document = defineValueDocument(
 *   { frame: "distributor.frame.json", case: "distributor.case.json" },
 *   { resolve: (path) => files[path] },
 * );
 * document.frame?.customer.name; //=> "Huatong Industrial Distribution"
 *
 * defineValueDocument({ case: { ...caseData, horizon: 0 } });
 * //=> throws DocumentValidationError: case.horizon: Too small: expected number to be >=1 [too_small]
 * ```
 */
export function defineValueDocument(input: unknown, options?: DefineValueDocumentOptions): ValueDocument {
  return orThrow(safeDefineValueDocument(input, options));
}

function failure(issues: readonly ValueframeIssue[]): SafeDefineValueDocumentResult {
  return notDefined(new DocumentValidationError(issues));
}
