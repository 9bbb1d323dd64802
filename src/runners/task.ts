/**
 * One document of a portfolio run, read, validated, evaluated and summarised — or its failure — as
 * plain JSON: the work of one task, the same in a worker thread and in the calling thread.
 */
import { evaluateDocument } from "../document/evaluateDocument.js";
import { safeParseValueDocument } from "../document/parseValueDocument.js";
import { caseFailure, summariseCase, type CaseFailure, type CaseSummary, type SummariseCaseOptions } from "../portfolio/summariseCase.js";

/** A value-case document of a portfolio: its id (unique in the run), its file and, when already read, its text. */
export interface PortfolioDocument {
  /** The case's id in the pipeline (unique in a run). */
  readonly id: string;
  /** The document's file: where its problems are located, and the folder its members are read from. */
  readonly file: string;
  /** The document's text; when absent, the runner reads `file`. */
  readonly text?: string;
}

/** How a runner reads a document and the member files it names. */
export interface DocumentReader {
  /** The document's text (throws when it cannot be read). */
  readonly readDocument: (file: string) => string;
  /** A member named by `reference` in the document `file`: its text and file name, or `undefined` when it does not exist. */
  readonly readMember: (file: string, reference: string) => { readonly text: string; readonly fileName: string } | undefined;
}

/** A chunk of documents as one task: plain JSON, so it crosses to a worker thread by structured clone. */
export interface PortfolioTask {
  readonly documents: readonly PortfolioDocument[];
  /** The folder relative file names start from. */
  readonly cwd: string;
  /** Today for the documents' buying centres and pursuits, as an ISO date. */
  readonly asOf?: string | undefined;
  /** Simulate each case (iterations, seed), as `summariseCase`'s option. */
  readonly simulation?: SummariseCaseOptions["simulation"];
  /** @internal A test hook: the task fails before it starts, as a crashed worker's does. */
  readonly crash?: boolean;
}

/** The summary of one document, or its failure (file, line, column and path of each problem); never throws. */
export function summariseDocument(document: PortfolioDocument, reader: DocumentReader, options: { readonly asOf?: string | undefined; readonly simulation?: SummariseCaseOptions["simulation"] } = {}): CaseSummary | CaseFailure {
  const { asOf, simulation } = options;
  const identity = { id: document.id, file: document.file };
  let text: string;
  try {
    text = document.text ?? reader.readDocument(document.file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return caseFailure(new Error(`cannot read ${document.file}: ${reason}`), identity);
  }
  try {
    const parsed = safeParseValueDocument(text, { fileName: document.file, readMember: (reference) => reader.readMember(document.file, reference), asOf });
    if (!parsed.success) return caseFailure(parsed.error, identity);
    try {
      return summariseCase(evaluateDocument(parsed.data.document, { figures: "evaluation" }), identity, { simulation });
    } catch (error) {
      return caseFailure(error, { ...identity, locate: parsed.data.locate });
    }
  } catch (error) {
    return caseFailure(error, identity);
  }
}

/** A task's results: one summary or failure per document, in the task's order. */
export function runTask(task: PortfolioTask, reader: DocumentReader): (CaseSummary | CaseFailure)[] {
  if (task.crash === true) throw new Error("the task was made to crash (test hook)");
  return task.documents.map((document) => summariseDocument(document, reader, task));
}
