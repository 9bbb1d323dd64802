/**
 * The report's stylesheet: readable on screen, clean on paper. The fixed part ({@link reportCss}) holds
 * the screen style and the print rules; {@link pageCss} adds what depends on the report — paper size,
 * theme colour and the running header and footer in the page's margin boxes.
 */
export const reportCss = `
:root { color-scheme: light; --theme: #1565c0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 3rem; color: #212121; background: #fff;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
header { border-bottom: 3px solid var(--theme); margin-bottom: 1.5rem; }
header h1 { margin: 0 0 .25rem; font-size: 1.9rem; }
header p { margin: 0 0 .75rem; color: #616161; }
header.cover .logo { display: block; max-height: 4rem; max-width: 14rem; margin-bottom: 1rem; }
header.cover dl { display: flex; flex-wrap: wrap; gap: .25rem 2rem; margin: 0 0 1rem; font-size: .9rem; }
header.cover dt { color: #616161; font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; }
header.cover dd { margin: 0; font-weight: 600; }
nav ol { margin: .25rem 0 1.5rem; padding-left: 1.25rem; }
a { color: var(--theme); }
section.part > h2 { font-size: 1.5rem; border-bottom: 1px solid #e0e0e0; padding-bottom: .25rem; margin-top: 2.5rem; }
h3 { font-size: 1.15rem; margin-top: 1.75rem; }
h4 { font-size: 1rem; }
table { border-collapse: collapse; margin: .75rem 0 1.25rem; font-size: .86rem; font-variant-numeric: tabular-nums; width: 100%; }
th, td { border: 1px solid #e0e0e0; padding: .3rem .5rem; vertical-align: top; }
th { background: #f5f7fa; text-align: left; word-break: keep-all; } /* a Chinese header (类型) never breaks inside its word */
tbody tr:nth-child(even) td { background: #fafafa; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f5f5f5; padding: 0 .2em; border-radius: 3px; }
pre { background: #f5f5f5; padding: .75rem; overflow-x: auto; font-size: .8rem; white-space: pre-wrap; word-break: break-word; }
pre code { background: none; padding: 0; }
figure.chart { margin: 1.25rem 0 1.75rem; }
.summary-top { display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-start; }
.summary-top > div { flex: 1 1 26rem; min-width: 0; }
.summary-top > figure.chart { flex: 1 1 22rem; margin-top: .5rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { color: #616161; font-size: .82rem; margin-top: .35rem; }
pre.mermaid { font-size: .72rem; line-height: 1.35; }
footer { margin-top: 3rem; border-top: 1px solid #e0e0e0; padding-top: .75rem; color: #616161; font-size: .82rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav, .screen-only { display: none; }
  header.cover { break-after: page; border-bottom: 0; border-top: 6pt solid var(--theme); padding-top: 30mm; }
  header.cover h1 { font-size: 26pt; line-height: 1.2; color: var(--theme); }
  header.cover p { font-size: 14pt; margin-bottom: 18mm; }
  header.cover .logo { max-height: 25mm; max-width: 70mm; margin-bottom: 12mm; }
  header.cover dl { display: block; }
  header.cover dl > div { margin-bottom: 6mm; }
  header.cover dt { font-size: 8.5pt; }
  header.cover dd { font-size: 13pt; }
  /* A report that opens with its summary: the cover is a band, the summary fills the rest of page 1. */
  header.cover.compact { break-after: auto; padding-top: 4mm; margin-bottom: 4mm; }
  header.cover.compact h1 { font-size: 17pt; margin: 0 0 1mm; }
  header.cover.compact p { font-size: 11pt; margin-bottom: 2mm; }
  header.cover.compact .logo { max-height: 12mm; margin-bottom: 2mm; }
  header.cover.compact dl { display: flex; flex-wrap: nowrap; gap: 8mm; }
  header.cover.compact dl > div { margin-bottom: 0; }
  header.cover.compact dd { font-size: 9pt; }
  /* Chinese glyphs set larger and wrap narrow columns more: a half point less keeps the same pages. */
  html:lang(zh) body { font-size: 9.5pt; }
  /* The summary is page 1: a smaller type and a short chart keep it there. */
  section#summary { font-size: 8.5pt; line-height: 1.3; }
  section#summary h2 { margin: 0 0 1mm; font-size: 15pt; }
  section#summary h3 { margin: 2mm 0 .5mm; font-size: 10.5pt; }
  section#summary p, section#summary ul, section#summary table { margin: 1mm 0; }
  section#summary td, section#summary th { padding: .4mm 1.5mm; }
  section#summary figure.chart { margin: 1mm 0; }
  section#summary figure.chart svg { max-height: 55mm; width: 100%; }
  .summary-top { flex-wrap: nowrap; }
  .summary-top > div { flex: 1 1 62%; }
  .summary-top > figure.chart { flex: 0 0 36%; }
  section#summary figcaption { display: none; }
  /* Charts print at most a third of a page high, so a chart rarely leaves its table's page. */
  figure.chart svg { max-height: 75mm; width: auto; margin: 0 auto; }
  /* A drawn diagram keeps to one page, scaled by its viewBox. */
  figure.diagram { break-inside: avoid; }
  figure.diagram svg { max-height: 200mm; width: auto !important; margin: 0 auto; }
  section.part ~ section.part { break-before: page; }
  /* A customer report is short: after the summary page, the parts follow on without blank page ends. */
  body.customer section.part ~ section.part:not(#frame) { break-before: auto; }
  body.customer section.part ~ section.part:not(#frame) > h2:first-child { margin-top: 6mm; }
  body.customer figure.diagram svg { max-height: 140mm; }
  body.customer section#frame figure.diagram svg { max-height: 80mm; }
  body.customer { font-size: 9.5pt; }
  html:lang(zh) body.customer { font-size: 9pt; }
  section.part > h2:first-child { margin-top: 0; }
  h2, h3, h4 { break-after: avoid; }
  /* A chart or diagram that moves to the next page takes its heading and introduction with it. */
  :is(h3, h4, p):has(+ figure.chart) { break-after: avoid; }
  /* Only small blocks stay whole: a long table or diagram source breaks across pages (its header row
     repeats) instead of leaving the page before it half empty. */
  figure.chart, tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  p, li { orphans: 3; widows: 3; }
  a { color: inherit; text-decoration: none; }
  header.cover, tbody tr:nth-child(even) td, th, pre, code { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** What the page rules of one report say; every text is placed as a CSS string, escaped. */
export interface PageStyle {
  readonly paper: "a4" | "letter";
  /** A validated CSS hex colour, or undefined for the default blue. */
  readonly themeColor: string | undefined;
  /** Running header, left and right (the customer, the date); footer left (who prepared it). */
  readonly headerLeft: string | undefined;
  readonly headerRight: string | undefined;
  readonly footerLeft: string | undefined;
  /** The locale's "Page {page} of {pages}" template. */
  readonly pageOf: (page: string, pages: string) => string;
}

/**
 * A CSS string literal holding `text` exactly: quotes, backslashes, angle brackets (so `</style>` can
 * never close the style element) and control characters become hex escapes.
 */
export function cssString(text: string): string {
  return `"${text.replace(/["\\<>&\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The footer's page counter: the locale's sentence with Chromium's page counters in its placeholders. */
function pageCounter(pageOf: PageStyle["pageOf"]): string {
  // Control characters cannot occur in a locale's own words, so they mark where the counters go.
  const parts = pageOf("\u0001", "\u0002").split(/([\u0001\u0002])/);
  const items = parts.filter((part) => part !== "").map((part) => (part === "\u0001" ? "counter(page)" : part === "\u0002" ? "counter(pages)" : cssString(part)));
  return items.join(" ");
}

const marginBox = "font: 8pt system-ui, -apple-system, \"Segoe UI\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif; color: #757575;";

/**
 * The page rules of one report: paper size and margins, the running header (customer, date) and footer
 * (who prepared it, page n of m) in the page's margin boxes, which Chromium (131 and later) prints both
 * from its print dialog and headless; none on the cover page. A browser without margin boxes prints the
 * pages without them.
 */
export function pageCss(style: PageStyle): string {
  const box = (name: string, text: string | undefined) => (text === undefined || text === "" ? "" : `  @${name} { content: ${cssString(text)}; ${marginBox} }\n`);
  return [
    style.themeColor === undefined ? "" : `:root { --theme: ${style.themeColor}; }\n`,
    `@page {\n  size: ${style.paper === "letter" ? "letter" : "A4"};\n  margin: 18mm 14mm 16mm;\n`,
    box("top-left", style.headerLeft),
    box("top-right", style.headerRight),
    box("bottom-left", style.footerLeft),
    `  @bottom-right { content: ${pageCounter(style.pageOf)}; ${marginBox} }\n}\n`,
    "@page :first {\n  @top-left { content: none; }\n  @top-right { content: none; }\n  @bottom-left { content: none; }\n  @bottom-right { content: none; }\n}\n",
  ].join("");
}
