/**
 * A small Markdown-to-HTML converter for exactly the Markdown valueframe/render writes: ATX headings,
 * paragraphs, bullet and numbered lists (one nesting level), GitHub tables with alignment, fenced code,
 * block quotes, inline code, strong and emphasis, and backslash escapes. Every piece of text is
 * HTML-escaped, so user content can never inject markup.
 */

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

const PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Inline Markdown of one block to HTML: escapes, `code`, **strong**, *emphasis* / _emphasis_. */
function inline(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    const next = text[i + 1] ?? "";
    if (ch === "\\" && PUNCTUATION.test(next)) {
      out += escapeHtml(next);
      i += 2;
      continue;
    }
    if (ch === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i) {
        out += `<code>${escapeHtml(text.slice(i + 1, end))}</code>`;
        i = end + 1;
        continue;
      }
    }
    if (ch === "*" && next === "*") {
      const end = findClosing(text, "**", i + 2);
      if (end > i + 2) {
        out += `<strong>${inline(text.slice(i + 2, end))}</strong>`;
        i = end + 2;
        continue;
      }
    }
    if ((ch === "*" || ch === "_") && next !== " " && next !== "" && next !== ch && !(ch === "_" && /\w/.test(text[i - 1] ?? ""))) {
      const end = findClosing(text, ch, i + 1);
      if (end > i + 1 && !(ch === "_" && /\w/.test(text[end + 1] ?? ""))) {
        out += `<em>${inline(text.slice(i + 1, end))}</em>`;
        i = end + 1;
        continue;
      }
    }
    out += escapeHtml(ch);
    i += 1;
  }
  return out;
}

/** Index of the closing delimiter, skipping escaped characters and code spans; -1 when there is none. */
function findClosing(text: string, delimiter: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "\\") {
      i += 2;
      continue;
    }
    if (ch === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i) {
        i = end + 1;
        continue;
      }
    }
    if (text.startsWith(delimiter, i) && text[i - 1] !== " " && (delimiter !== "*" || text[i + 1] !== "*")) return i;
    i += 1;
  }
  return -1;
}

/** Splits a table row on unescaped pipes outside code spans, without the outer pipes. */
function tableCells(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  let inCode = false;
  const body = line.trim().replace(/^\|/, "");
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i] ?? "";
    if (ch === "\\" && body[i + 1] === "|") {
      current += "\\|";
      i += 1;
    } else if (ch === "`") {
      inCode = !inCode;
      current += ch;
    } else if (ch === "|" && !inCode) {
      cells.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") cells.push(current.trim());
  return cells;
}

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const BULLET = /^( *)[-*] (.*)$/;
const NUMBERED = /^( *)\d+[.)] (.*)$/;

function alignment(rule: string): string {
  const left = rule.startsWith(":");
  const right = rule.endsWith(":");
  if (left && right) return ' style="text-align:center"';
  if (right) return ' style="text-align:right"';
  return "";
}

function table(lines: readonly string[]): string {
  const header = tableCells(lines[0] ?? "");
  const aligns = tableCells(lines[1] ?? "").map(alignment);
  const cell = (tag: string, text: string, i: number) => `<${tag}${aligns[i] ?? ""}>${inline(text)}</${tag}>`;
  const head = `<thead><tr>${header.map((text, i) => cell("th", text, i)).join("")}</tr></thead>`;
  const rows = lines.slice(2).map((line) => `<tr>${tableCells(line).map((text, i) => cell("td", text, i)).join("")}</tr>`);
  return `<table>${head}<tbody>${rows.join("")}</tbody></table>`;
}

interface ListItem {
  readonly ordered: boolean;
  readonly indent: number;
  text: string;
  readonly children: ListItem[];
}

function list(items: readonly ListItem[]): string {
  const tag = items[0]?.ordered === true ? "ol" : "ul";
  const body = items.map((item) => `<li>${inline(item.text)}${item.children.length > 0 ? list(item.children) : ""}</li>`).join("");
  return `<${tag}>${body}</${tag}>`;
}

/** Reads a list starting at `start`; returns its HTML and the index after it. */
function readList(lines: readonly string[], start: number): [string, number] {
  const top: ListItem[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    const match = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (match !== null) {
      const indent = match[1]?.length ?? 0;
      const item: ListItem = { ordered: NUMBERED.test(line) && !BULLET.test(line), indent, text: match[2] ?? "", children: [] };
      const parent = top[top.length - 1];
      if (indent >= 2 && parent !== undefined) parent.children.push(item);
      else top.push(item);
      i += 1;
    } else if (line.trim() !== "" && /^ {2,}\S/.test(line) && top.length > 0) {
      // A continuation line of the last item.
      const parent = top[top.length - 1]!;
      const last = parent.children[parent.children.length - 1] ?? parent;
      last.text += ` ${line.trim()}`;
      i += 1;
    } else break;
  }
  return [list(top), i];
}

/**
 * Converts the Markdown valueframe/render writes into an HTML fragment (no `<html>` or `<body>`).
 * Text is escaped, so the result is safe to insert into a page even when frame content holds `<` or `&`.
 *
 * @param markdown - Markdown as written by {@link toMarkdown}, {@link questionPlanToMarkdown} and their kin
 * @returns an HTML fragment
 *
 * @example
 * ```ts
 * import { markdownToHtml } from "valueframe/render";
 * markdownToHtml("## Goals\n\n| Goal | Target |\n|---|---:|\n| Cash <flow> | **48** |");
 * //=> '<h2>Goals</h2>\n<table><thead><tr><th>Goal</th><th style="text-align:right">Target</th></tr></thead><tbody><tr><td>Cash &lt;flow&gt;</td><td style="text-align:right"><strong>48</strong></td></tr></tbody></table>'
 * ```
 */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      i += 1;
      continue;
    }
    const fence = /^(`{3,})\s*([\w-]*)\s*$/.exec(line);
    if (fence !== null) {
      const close = fence[1] ?? "```";
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !(lines[i] ?? "").startsWith(close)) body.push(lines[i++] ?? "");
      i += 1;
      const lang = fence[2] === undefined || fence[2] === "" ? "" : ` class="language-${escapeHtml(fence[2])}"`;
      blocks.push(`<pre><code${lang}>${escapeHtml(body.join("\n"))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6}) +(.*?)\s*#*\s*$/.exec(line);
    if (heading !== null) {
      const level = heading[1]?.length ?? 1;
      blocks.push(`<h${level}>${inline(heading[2] ?? "")}</h${level}>`);
      i += 1;
      continue;
    }
    if (line.trimStart().startsWith("|") && TABLE_RULE.test(lines[i + 1] ?? "")) {
      const rows: string[] = [];
      while (i < lines.length && (lines[i] ?? "").trimStart().startsWith("|")) rows.push(lines[i++] ?? "");
      blocks.push(table(rows));
      continue;
    }
    if (BULLET.test(line) || NUMBERED.test(line)) {
      const [html, next] = readList(lines, i);
      blocks.push(html);
      i = next;
      continue;
    }
    if (line.startsWith(">")) {
      const quoted: string[] = [];
      while (i < lines.length && (lines[i] ?? "").startsWith(">")) quoted.push((lines[i++] ?? "").replace(/^> ?/, ""));
      blocks.push(`<blockquote>${markdownToHtml(quoted.join("\n"))}</blockquote>`);
      continue;
    }
    const paragraph: string[] = [line.trim()];
    i += 1;
    while (i < lines.length) {
      const current = lines[i] ?? "";
      if (current.trim() === "" || /^(#{1,6} |`{3,}|>|\|)/.test(current) || BULLET.test(current) || NUMBERED.test(current)) break;
      paragraph.push(current.trim());
      i += 1;
    }
    blocks.push(`<p>${inline(paragraph.join(" "))}</p>`);
  }
  return blocks.join("\n");
}
