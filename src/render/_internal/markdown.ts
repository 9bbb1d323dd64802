/** Small writers of the Markdown valueframe/render emits: escaping, headings, tables, lists. */

/** Escapes text so Markdown shows it literally (frame content may hold `*`, `|`, `<`…); newlines become spaces. */
export function md(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/[\\`*_|<>[\]]/g, (ch) => `\\${ch}`);
}

/** An ATX heading, capped at level 6. */
export function heading(level: number, text: string): string {
  return `${"#".repeat(Math.min(Math.max(level, 1), 6))} ${text}`;
}

/** A GitHub table; `right` marks the columns to right-align (figures). Cells are Markdown already. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const rule = headers.map((_, i) => (right.includes(i) ? "---:" : "---"));
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => (cell === "" ? " " : cell)).join(" | ")} |`;
  return [line(headers), `|${rule.join("|")}|`, ...rows.map(line)].join("\n");
}

/** A bullet list; items are Markdown already. */
export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join("\n");
}

/** Inline code that survives any content (backticks inside are replaced by a look-alike). */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "ˋ").replace(/\s*\n\s*/g, " ")}\``;
}

/** An element's bold name and its id: "**Collection rate** `csf-collection`". */
export function titled(element: { readonly id: string; readonly name: string }): string {
  return `**${md(element.name)}** ${code(element.id)}`;
}

/** Joins Markdown blocks with blank lines, dropping empty ones. */
export function blocks(parts: readonly (string | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== "").join("\n\n");
}
