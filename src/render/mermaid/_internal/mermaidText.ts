/**
 * Safe Mermaid text: node ids made of letters, digits and underscores (unique even when two ids
 * sanitise alike), and labels whose quotes, brackets, `#`, `<` and `>` are written as Mermaid entity
 * codes so user text can never end a label or open HTML.
 */

/** The option rule for a flowchart's direction: the four Mermaid knows. */
export const directionRule = { kind: "oneOf", values: ["BT", "TB", "LR", "RL"] } as const;

/** Characters Mermaid would read as syntax inside a quoted label, and their entity codes. */
const entities: Readonly<Record<string, string>> = {
  "#": "#35;",
  '"': "#quot;",
  "[": "#91;",
  "]": "#93;",
  "(": "#40;",
  ")": "#41;",
  "{": "#123;",
  "}": "#125;",
  "<": "#lt;",
  ">": "#gt;",
  "|": "#124;",
  "`": "#96;",
};

/** Escapes one line of label text for a quoted Mermaid label. */
export function mermaidEscape(text: string): string {
  return text.replace(/[#"[\](){}<>|`]/g, (ch) => entities[ch] ?? ch).replace(/\s+/g, " ").trim();
}

/** A quoted label of escaped lines, joined with Mermaid's line break. */
export function mermaidLabel(lines: readonly string[]): string {
  return `"${lines.filter((line) => line !== "").map(mermaidEscape).join("<br/>")}"`;
}

/** Hands out Mermaid node ids: `prefix_` + the id with every other character replaced by `_`. */
export function idAllocator(): (prefix: string, id: string) => string {
  const given = new Map<string, string>();
  const taken = new Set<string>();
  return (prefix, id) => {
    const key = `${prefix}\u0000${id}`;
    const known = given.get(key);
    if (known !== undefined) return known;
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, "_")}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}_${n}`;
    taken.add(candidate);
    given.set(key, candidate);
    return candidate;
  };
}
