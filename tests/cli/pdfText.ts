/**
 * Reads the pages of a PDF that Chromium printed (Skia's writer): the page count, each page's size and
 * its text. Enough for tests, not a general PDF reader: objects written plainly (no object streams),
 * Flate-compressed content, text in hex strings mapped to Unicode by each font's ToUnicode CMap (two bytes
 * a glyph in Type0 fonts, one in Type3 fonts). A glyph the machine has no font for (Chinese without a CJK
 * font) is drawn as a box, its text given in an ActualText span; the span's text is read instead.
 */
import { inflateSync } from "node:zlib";

interface PdfObject {
  /** The object's text up to its stream or end, read as Latin-1. */
  readonly dict: string;
  /** Its stream, inflated when Flate-compressed. */
  readonly stream: Buffer | undefined;
}

/** Every numbered object, read in order; a stream is skipped by its length, so its bytes are never mistaken for objects. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = start.exec(text)) !== null) {
    const from = match.index + match[0].length;
    const end = text.indexOf("endobj", from);
    const streamAt = text.indexOf("stream", from);
    if (streamAt >= 0 && streamAt < end) {
      const dict = text.slice(from, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const dataAt = streamAt + "stream".length + (text[streamAt + 6] === "\r" ? 2 : 1);
      const raw = pdf.subarray(dataAt, dataAt + length);
      objects.set(Number(match[1]), { dict, stream: dict.includes("/FlateDecode") ? inflateSync(raw) : raw });
      start.lastIndex = text.indexOf("endobj", dataAt + length);
    } else {
      objects.set(Number(match[1]), { dict: text.slice(from, end), stream: undefined });
      start.lastIndex = end;
    }
  }
  return objects;
}

/** A UTF-16BE hex string as text. */
const utf16 = (hex: string): string => Buffer.from(hex, "hex").swap16().toString("utf16le");

/** A ToUnicode CMap: glyph code → text. */
function readCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) map.set(parseInt(code!, 16), utf16(unicode!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(<[0-9a-f]+>|\[[^\]]*\])/gi)) {
      const from = parseInt(low!, 16);
      const to = parseInt(high!, 16);
      if (target!.startsWith("[")) {
        [...target!.matchAll(/<([0-9a-f]+)>/gi)].forEach(([, unicode], i) => map.set(from + i, utf16(unicode!)));
      } else {
        const first = parseInt(target!.slice(1, -1), 16);
        for (let code = from; code <= to; code++) map.set(code, String.fromCodePoint(first + code - from));
      }
    }
  }
  return map;
}

/** A font of a page: hex digits a glyph code takes, and what each code reads as. */
interface Font {
  readonly digits: 2 | 4;
  readonly map: Map<number, string>;
}

/** One printed page. */
export interface PdfPage {
  /** Width and height in points (A4 ≈ 595 × 842, Letter 612 × 792). */
  readonly size: readonly [number, number];
  /**
   * The text shown, its runs joined as they come. Chromium writes some text a glyph a run and breaks
   * lines between runs, so compare it without whitespace ({@link squeezed}).
   */
  readonly text: string;
}

/**
 * The pages of a PDF in order, with their size and text.
 *
 * @example
 * ```ts
 * pdfPages(readFileSync("case.pdf"))[0].text.includes("Huatong"); //=> true
 * ```
 */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf);
  const object = (id: number): PdfObject => {
    const found = objects.get(id);
    if (found === undefined) throw new Error(`the PDF has no object ${id}`);
    return found;
  };
  const refs = (text: string): number[] => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  if (catalog === undefined) throw new Error("the PDF has no catalog");
  const leaves: PdfObject[] = [];
  const walk = (id: number): void => {
    const node = object(id);
    if (/\/Type\s*\/Pages\b/.test(node.dict)) for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? "")) walk(kid);
    else leaves.push(node);
  };
  walk(Number(/\/Pages (\d+) 0 R/.exec(catalog.dict)?.[1]));
  return leaves.map((page) => {
    const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(page.dict)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
    const resourcesRef = /\/Resources (\d+) 0 R/.exec(page.dict);
    const resources = resourcesRef === null ? page.dict : object(Number(resourcesRef[1])).dict;
    const fonts = new Map<string, Font>();
    for (const [, name, id] of (/\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? "").matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
      const dict = object(Number(id)).dict;
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(dict);
      fonts.set(name!, {
        digits: /\/Subtype\s*\/Type0\b/.test(dict) ? 4 : 2,
        map: toUnicode === null ? new Map() : readCmap(object(Number(toUnicode[1])).stream!.toString("latin1")),
      });
    }
    const contentsRef = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? "";
    const content = refs(contentsRef).map((id) => object(id).stream!.toString("latin1")).join("\n");
    const runs: string[] = [];
    let font: Font = { digits: 4, map: new Map() };
    let inSpan = false;
    for (const op of content.matchAll(/\/(\S+?)\s+[\d.]+\s+Tf|<([0-9a-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\/ActualText\s*<(?:FEFF)?([0-9a-f]*)>\s*>>\s*BDC|\b(EMC)\b/gi)) {
      if (op[4] !== undefined || op[5] !== undefined) {
        if (op[4] !== undefined) runs.push(utf16(op[4]));
        inSpan = op[4] !== undefined;
        continue;
      }
      if (op[1] !== undefined) {
        font = fonts.get(op[1]) ?? font;
        continue;
      }
      if (inSpan) continue;
      const hex = op[2] ?? [...op[3]!.matchAll(/<([0-9a-f]*)>/gi)].map((m) => m[1]).join("");
      let run = "";
      for (let i = 0; i + font.digits <= hex.length; i += font.digits) run += font.map.get(parseInt(hex.slice(i, i + font.digits), 16)) ?? "\uFFFD";
      runs.push(run);
    }
    return { size: [(box[2] ?? 0) - (box[0] ?? 0), (box[3] ?? 0) - (box[1] ?? 0)] as const, text: runs.join("") };
  });
}

/** Text without any whitespace, for comparing with {@link PdfPage.text}. */
export const squeezed = (text: string): string => text.replace(/\s+/g, "");
