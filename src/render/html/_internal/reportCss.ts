/** The report's stylesheet: readable on screen, clean on paper (A4, page breaks between parts, no cut charts). */
export const reportCss = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 3rem; color: #212121; background: #fff;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
header { border-bottom: 3px solid #1565c0; margin-bottom: 1.5rem; }
header h1 { margin: 0 0 .25rem; font-size: 1.9rem; }
header p { margin: 0 0 .75rem; color: #616161; }
nav ol { margin: .25rem 0 1.5rem; padding-left: 1.25rem; }
a { color: #1565c0; }
section.part > h2 { font-size: 1.5rem; border-bottom: 1px solid #e0e0e0; padding-bottom: .25rem; margin-top: 2.5rem; }
h3 { font-size: 1.15rem; margin-top: 1.75rem; }
h4 { font-size: 1rem; }
table { border-collapse: collapse; margin: .75rem 0 1.25rem; font-size: .86rem; font-variant-numeric: tabular-nums; width: 100%; }
th, td { border: 1px solid #e0e0e0; padding: .3rem .5rem; vertical-align: top; }
th { background: #f5f7fa; text-align: left; }
tbody tr:nth-child(even) td { background: #fafafa; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f5f5f5; padding: 0 .2em; border-radius: 3px; }
pre { background: #f5f5f5; padding: .75rem; overflow-x: auto; font-size: .8rem; white-space: pre-wrap; word-break: break-word; }
pre code { background: none; padding: 0; }
figure.chart { margin: 1.25rem 0 1.75rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { color: #616161; font-size: .82rem; margin-top: .35rem; }
pre.mermaid { font-size: .72rem; line-height: 1.35; }
footer { margin-top: 3rem; border-top: 1px solid #e0e0e0; padding-top: .75rem; color: #616161; font-size: .82rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav, .screen-only { display: none; }
  section.part + section.part { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  figure.chart, table, pre { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  tbody tr:nth-child(even) td, th, pre, code { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
