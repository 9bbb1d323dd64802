/**
 * A strict little XML parser for the tests: it accepts only well-formed XML (one root, matched tags,
 * quoted attributes, no duplicate attribute, `&` only in a known entity, no character XML 1.0 forbids)
 * and returns the element tree, so a test can check what an SVG draws and says.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(raw)) throw new Error(`character not allowed in XML near ${at}`);
  return raw.replace(/&([^;]*);|&/g, (match, entity: string | undefined) => {
    if (entity === undefined) throw new Error(`bare & near ${at}`);
    if (entity in ENTITIES) return ENTITIES[entity] as string;
    const code = /^#x([0-9a-fA-F]+)$/.exec(entity)?.[1] ?? /^#([0-9]+)$/.exec(entity)?.[1];
    if (code === undefined) throw new Error(`unknown entity &${entity}; near ${at}`);
    return String.fromCodePoint(entity.startsWith("#x") ? Number.parseInt(code, 16) : Number(code));
  });
}

/** Parses a whole document; throws on anything that is not well-formed. */
export function parseXml(text: string): XmlElement {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
  };
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at] as string)) at++;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(text);
    if (match === null) return fail("expected a name");
    at += match[0].length;
    return match[0];
  };
  const element = (): XmlElement => {
    if (text[at] !== "<") fail("expected <");
    at++;
    const tag = name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = at;
      skipSpace();
      if (text.startsWith("/>", at)) {
        at += 2;
        return { name: tag, attributes, children: [] };
      }
      if (text[at] === ">") {
        at++;
        break;
      }
      if (at === before) fail("expected space before an attribute");
      const key = name();
      if (key in attributes) fail(`duplicate attribute ${key}`);
      skipSpace();
      if (text[at] !== "=") fail("expected =");
      at++;
      skipSpace();
      const quote = text[at];
      if (quote !== '"' && quote !== "'") return fail("expected a quoted value");
      const end = text.indexOf(quote, at + 1);
      if (end < 0) fail("unterminated attribute");
      const raw = text.slice(at + 1, end);
      if (raw.includes("<")) fail("< in an attribute");
      attributes[key] = decode(raw, at);
      at = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      if (at >= text.length) fail(`unclosed <${tag}>`);
      if (text.startsWith("</", at)) {
        at += 2;
        if (name() !== tag) fail(`mismatched </…> for <${tag}>`);
        skipSpace();
        if (text[at] !== ">") fail("expected >");
        at++;
        return { name: tag, attributes, children };
      }
      if (text.startsWith("<!--", at)) {
        const end = text.indexOf("-->", at);
        if (end < 0) fail("unterminated comment");
        at = end + 3;
      } else if (text[at] === "<") children.push(element());
      else {
        const end = text.indexOf("<", at);
        const raw = text.slice(at, end < 0 ? text.length : end);
        if (raw.includes("]]>")) fail("]]> in text");
        children.push(decode(raw, at));
        at += raw.length;
      }
    }
  };
  skipSpace();
  if (text.startsWith("<?xml", at)) at = text.indexOf("?>", at) + 2;
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== text.length) fail("content after the root element");
  return root;
}

/** Every element below (and including) `root` named `name`, in document order. */
export function elements(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = root.name === name ? [root] : [];
  for (const child of root.children) if (typeof child !== "string") out.push(...elements(child, name));
  return out;
}

/** The text of an element and its descendants, joined. */
export function textOf(node: XmlElement | string): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}
