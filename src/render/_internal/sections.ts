/**
 * The one shape of render's Markdown documents: a title, then sections in a fixed order, each a heading
 * and a body — the locale's empty note when the section has nothing to show, or nothing at all when it
 * does not apply. A renderer is a table of sections ({@link DocumentSpec}); {@link writeDocument}
 * writes the ones selected by id, always in the table's order.
 *
 * The audience is declared here too, once: a section marked `audience: "internal"` is the seller's
 * alone and is never written for the customer, and {@link named} is how every section names an element
 * (its id only for the seller).
 */
import type { Audience } from "../options.js";
import type { TextMessages } from "../locales/types.js";
import type { Formatter } from "./formatter.js";
import { blocks, code, heading, md } from "./markdown.js";

/** What every section sees: the formatter of the locale, the level of the document's title and whom it is for. */
export interface SectionContext {
  readonly f: Formatter;
  readonly level: number;
  readonly audience: Audience;
}

/** An element named in bold, then its id in code for the seller only: "**DSO** `g-dso`" or "**DSO**". */
export function named(ctx: Pick<SectionContext, "audience">, label: string, id: string): string {
  return ctx.audience === "internal" ? `**${md(label)}** ${code(id)}` : `**${md(label)}**`;
}

/** An id in code for the seller, nothing for the customer (to follow a name already written). */
export function idFor(ctx: Pick<SectionContext, "audience">, id: string): string {
  return ctx.audience === "internal" ? ` ${code(id)}` : "";
}

/** A section with nothing to show returns this: its heading is written, then the locale's empty note ("None yet."). */
export const emptySection: unique symbol = Symbol("emptySection");

/**
 * What a section writes under its heading: Markdown blocks (empty ones are dropped),
 * {@link emptySection}, or `undefined` when the section does not apply and is left out, heading and all.
 */
export type SectionBody = readonly (string | undefined)[] | typeof emptySection | undefined;

/** One section of a document. */
export interface Section<Id extends string, C extends SectionContext> {
  /** The id `sections` selects it by. */
  readonly id: Id;
  /** Its heading, one level below the title; none for a section that continues the title (an overview). */
  readonly title?: (t: TextMessages) => string;
  /** `"internal"`: the seller's alone (warnings, scores, competitors, checks), never written for the customer. */
  readonly audience?: "internal";
  readonly render: (ctx: C) => SectionBody;
}

/**
 * A document: its title and its sections in the order they are written. Sections may share an id (a
 * table in two parts, each with its heading); selecting the id writes them all.
 */
export interface DocumentSpec<Id extends string, C extends SectionContext> {
  readonly title: (ctx: C) => string;
  readonly sections: readonly Section<Id, C>[];
}

/** The body of a section that lists `items`: {@link emptySection} when there are none, else what `body` writes. */
export function unlessEmpty<T>(items: readonly T[], body: (items: readonly T[]) => SectionBody): SectionBody {
  return items.length === 0 ? emptySection : body(items);
}

/** The ids of a document's sections, in its order, each once. */
export function sectionIds<Id extends string>(document: DocumentSpec<Id, never>): Id[] {
  return [...new Set(document.sections.map((section) => section.id))];
}

/** The ids of a document's seller-only sections, in its order, each once. */
export function internalSectionIds<Id extends string>(document: DocumentSpec<Id, never>): Id[] {
  return [...new Set(document.sections.filter((section) => section.audience === "internal").map((section) => section.id))];
}

/**
 * Writes the title, then every selected section in the document's order: heading, then body or the
 * empty note. Seller-only sections are skipped for the customer whatever the selection.
 */
export function writeDocument<Id extends string, C extends SectionContext>(document: DocumentSpec<Id, C>, ctx: C, selected: ReadonlySet<Id>): string {
  const out: (string | undefined)[] = [heading(ctx.level, document.title(ctx))];
  for (const section of document.sections) {
    if (!selected.has(section.id) || (section.audience === "internal" && ctx.audience !== "internal")) continue;
    const body = section.render(ctx);
    if (body === undefined) continue;
    if (section.title !== undefined) out.push(heading(ctx.level + 1, section.title(ctx.f.t)));
    out.push(...(body === emptySection ? [ctx.f.t.common.emptySection] : body));
  }
  return blocks(out);
}
