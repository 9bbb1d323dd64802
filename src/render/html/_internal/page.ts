/**
 * The shell of a self-contained HTML page of render: the document around a cover and its parts, with
 * the report's stylesheet, and a chart as a figure captioned by its own description. No script, no
 * external resource.
 */
import { esc } from "../../_internal/xml.js";
import { markdownToHtml } from "../../markdown/markdownToHtml.js";
import type { Cover } from "./cover.js";
import { reportCss } from "./reportCss.js";

/** An inline SVG chart as a figure: the namespace left out (HTML implies it), captioned by the chart's `<desc>`. */
export function chartFigure(svg: string): string {
  const description = /<desc>([\s\S]*?)<\/desc>/.exec(svg)?.[1] ?? "";
  return `<figure class="chart">${svg.replace(' xmlns="http://www.w3.org/2000/svg"', "")}<figcaption>${description}</figcaption></figure>`;
}

/** One part of a page: its anchor, its title in the contents (none: not listed) and its HTML. */
export interface PagePart {
  readonly id: string;
  readonly title: string | undefined;
  readonly html: string;
}

/**
 * The parts of a page made of a Markdown document's sections, in the order given: each section written
 * alone, its document's title left out (the cover carries it), converted to HTML with its charts as
 * figures after it; a section that writes nothing is left out (and its charts are not drawn).
 */
export function sectionParts<S extends string>(
  ids: readonly S[],
  section: { readonly markdown: (id: S) => string; readonly title: (id: S) => string | undefined; readonly charts: (id: S) => readonly string[] },
): PagePart[] {
  return ids.flatMap((id) => {
    const markdown = section.markdown(id).replace(/^# .*\n*/, "");
    if (markdown === "") return [];
    return [{ id, title: section.title(id), html: [markdownToHtml(markdown), ...section.charts(id).map(chartFigure)].join("\n") }];
  });
}

/** A complete page: the cover, the contents of the titled parts, each part as a section, the footer. */
export function htmlPage(page: { readonly lang: string; readonly title: string; readonly cover: Cover; readonly contents: string; readonly footer: string; readonly parts: readonly PagePart[] }): string {
  const listed = page.parts.filter((part) => part.title !== undefined);
  const nav = `<nav aria-label="${esc(page.contents)}"><strong>${esc(page.contents)}</strong><ol>${listed.map((part) => `<li><a href="#${part.id}">${esc(part.title!)}</a></li>`).join("")}</ol></nav>`;
  return [
    "<!doctype html>",
    `<html lang="${esc(page.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(page.title)}</title>`,
    `<style>${reportCss}${page.cover.css}</style>`,
    "</head>",
    "<body>",
    page.cover.html,
    nav,
    "<main>",
    ...page.parts.map((part) => `<section class="part" id="${part.id}">\n${part.html}\n</section>`),
    "</main>",
    `<footer><p>${esc(page.footer)}</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
