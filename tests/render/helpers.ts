/** Test helpers: catch a thrown error, and read one row of a Markdown table. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
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
