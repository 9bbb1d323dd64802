/**
 * A document with every member file it names, read on the coordinator's machine: what one queue job
 * carries, so a worker on any machine evaluates it without the coordinator's files. Plain JSON.
 */
import { parse as parseYaml } from "yaml";
import { documentMembers } from "../../document/schema.js";
import type { DocumentReader, PortfolioDocument } from "../task.js";

/** One member as the coordinator read it: its text and file name, null when it does not exist, or why it could not be read. */
export type BundledMember = { readonly text: string; readonly fileName: string } | null | { readonly error: string };

/** A document and its members, keyed by the reference the document writes. */
export interface BundledDocument {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly members: Readonly<Record<string, BundledMember>>;
}

/** The member references a document's text names at its top level (none when it does not parse: the worker reports that). */
function memberReferences(file: string, text: string): string[] {
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  return documentMembers.flatMap((member) => {
    const value = Object.hasOwn(record, member) ? record[member] : undefined;
    return typeof value === "string" && value !== "" ? [value] : [];
  });
}

/** Reads the document (unless its text is given) and each member it names; throws when the document itself cannot be read. */
export function bundleDocument(document: PortfolioDocument, reader: DocumentReader): BundledDocument {
  const text = document.text ?? reader.readDocument(document.file);
  const members: Record<string, BundledMember> = {};
  for (const reference of memberReferences(document.file, text)) {
    if (Object.hasOwn(members, reference)) continue;
    let member: BundledMember;
    try {
      member = reader.readMember(document.file, reference) ?? null;
    } catch (error) {
      member = { error: error instanceof Error ? error.message : String(error) };
    }
    Object.defineProperty(members, reference, { value: member, enumerable: true, writable: true, configurable: true });
  }
  return { id: document.id, file: document.file, text, members };
}

/** A reader of one bundled document: its members as the coordinator read them, and nothing else. */
export function bundleReader(bundle: BundledDocument): DocumentReader {
  return {
    readDocument: () => bundle.text,
    readMember: (_file, reference) => {
      const member = Object.hasOwn(bundle.members, reference) ? bundle.members[reference] : null;
      if (member === null || member === undefined) return undefined;
      if ("error" in member) throw new Error(member.error);
      return member;
    },
  };
}
