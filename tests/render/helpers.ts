/** Test helpers: catch a thrown error, read one section or one row of a Markdown table, and find the English left in a translated document. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

/** The lines of the section under the level-2 `heading`, up to the next section. */
export function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const end = text.indexOf("\n## ", start + 4);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The cells of the first table row whose first cell is `first`, or else contains it. */
export function tableRow(markdown: string, first: string): string[] {
  const rows = markdown.split("\n").filter((l) => l.startsWith("| "));
  const firstCell = (l: string) => (l.split(" | ")[0] ?? "").slice(2);
  const line = rows.find((l) => firstCell(l) === first) ?? rows.find((l) => firstCell(l).includes(first));
  if (line === undefined) throw new Error(`no table row starting with ${first}`);
  return line
    .slice(1, -1)
    .split(" | ")
    .map((cell) => cell.trim());
}

/** Every string of plain data: the user's own text, kept as written in any locale. */
export function strings(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(strings);
  if (data !== null && typeof data === "object") return Object.values(data).flatMap(strings);
  return typeof data === "string" ? [data] : [];
}

/** The English runs (3+ ASCII letters) of a text once code spans, the user's own strings and the `allowed` runs are out. */
export function englishRuns(text: string, user: readonly string[], allowed: readonly string[]): string[] {
  let rest = text.replace(/`[^`\n]*`/g, " ");
  for (const s of [...new Set(user)].sort((a, b) => b.length - a.length)) rest = rest.split(s).join(" ");
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((run) => !allowed.includes(run));
}
