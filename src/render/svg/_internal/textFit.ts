/**
 * How wide a text is and how it wraps, for the diagrams' boxes. Without a browser there is no font to
 * measure, so widths are estimated per character, on the wide side: the widths of DejaVu Sans (the
 * widest of the common sans-serif fallbacks) rounded up, a full em for CJK and other wide characters,
 * a tenth more for bold. Lines break at spaces, after hyphens and slashes, and between CJK characters
 * (never before a closing or after an opening punctuation mark); an ellipsis is the last resort.
 */

/** Characters as wide as an em: CJK ideographs, kana, Hangul, fullwidth forms and CJK punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Marks that may not start a line: they stay with what comes before them. */
const CLOSING = /[)\]}>,.:;!?%»’”、。，．：；！？）］｝〉》」』】〕〗〙〛…‥・ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/u;

/** Marks that may not end a line: they stay with what follows them. */
const OPENING = /[([{<«‘“（［｛〈《「『【〔〖〘〚]/u;

/** The narrowest character's width in ems (see {@link charEm}). */
const NARROWEST_EM = 0.34;

/** Width of one character in ems. */
function charEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (/[ijl|!.,:;'`]/.test(ch)) return NARROWEST_EM;
  if (/[ frtI()[\]{}/\\\-"]/.test(ch)) return 0.46;
  if (/[mwMW@%]/.test(ch)) return 1.02;
  if (/[A-Z]/.test(ch)) return 0.8;
  if (/[\u0000-\u007f]/.test(ch)) return 0.66;
  // Accented Latin, Greek, Cyrillic, arrows and symbols: about as wide as a capital.
  return 0.8;
}

/** Estimated width in pixels of `text` at font `size`, bold or not; never less than the drawn text. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? 1.1 : 1);
}

/** A piece of text a line may not break inside, and whether a space separates it from the one before. */
interface Token {
  readonly text: string;
  readonly space: boolean;
}

/** Splits text at its break opportunities: spaces, between CJK characters, after `-` and `/`. */
function tokens(text: string): Token[] {
  const out: { text: string; space: boolean }[] = [];
  let space = false;
  let glueNext = false;
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      space = out.length > 0;
      glueNext = false;
      continue;
    }
    const last = out[out.length - 1];
    const wide = WIDE.test(ch);
    // A character joins the last piece unless a break is allowed before it.
    const breakBefore =
      last === undefined ||
      space ||
      (!glueNext && !CLOSING.test(ch) && (wide || WIDE.test(last.text.slice(-1)) || /[-/]$/.test(last.text)));
    if (breakBefore) out.push({ text: ch, space });
    else last.text += ch;
    glueNext = OPENING.test(ch);
    space = false;
  }
  return out;
}

/** Breaks a piece wider than `width` into pieces that fit, character by character (no font would do better). */
function hardBreak(token: Token, width: number, size: number, bold: boolean): Token[] {
  const out: Token[] = [];
  let current = "";
  for (const ch of token.text) {
    if (current !== "" && textWidth(current + ch, size, bold) > width) {
      out.push({ text: current, space: out.length === 0 && token.space });
      current = "";
    }
    current += ch;
  }
  out.push({ text: current, space: out.length === 0 && token.space });
  return out;
}

/** Greedy line filling at `width`: every line fits, however many lines it takes. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of tokens(text).flatMap((t) => (textWidth(t.text, size, bold) > width ? hardBreak(t, width, size, bold) : [t]))) {
    const joined = line === "" ? token.text : `${line}${token.space ? " " : ""}${token.text}`;
    if (line !== "" && textWidth(joined, size, bold) > width) {
      lines.push(line);
      line = token.text;
    } else line = joined;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** How a text may be fitted into a box. */
export interface FitOptions {
  readonly size: number;
  readonly bold?: boolean;
  /** The width to wrap at. */
  readonly width: number;
  /** The box may grow to this width before the text is cut. */
  readonly maxWidth: number;
  readonly maxLines: number;
}

/** A text fitted into lines: the lines, their widest, and whether the text had to be cut. */
export interface FittedText {
  readonly lines: readonly string[];
  readonly width: number;
  readonly cut: boolean;
}

/**
 * Wraps `text` at `width`; when that takes more than `maxLines` lines, widens the box step by step up to
 * `maxWidth`; only when even that is not enough is the last line cut with "…".
 */
export function fitText(text: string, options: FitOptions): FittedText {
  const { size, width, maxWidth, maxLines } = options;
  const bold = options.bold ?? false;
  // No box holds more characters than maxLines lines of the narrowest: a longer text (a 20,000-character
  // name) is cut there before wrapping, so fitting stays linear in what can show; it ends in "…" all the same.
  const room = maxLines * Math.ceil(maxWidth / (NARROWEST_EM * size)) + 1;
  const chars = [...text.replace(/\s+/gu, " ").trim()];
  const clean = chars.slice(0, room).join("");
  const measured = (lines: readonly string[], cut: boolean): FittedText => ({ lines, width: Math.max(0, ...lines.map((l) => textWidth(l, size, bold))), cut });
  for (let w = width; w < maxWidth + 12; w += 12) {
    const lines = wrapText(clean, Math.min(w, maxWidth), size, bold);
    if (lines.length <= maxLines) return measured(lines, false);
  }
  const lines = wrapText(clean, maxWidth, size, bold).slice(0, maxLines);
  let last = lines[maxLines - 1] ?? "";
  while (last !== "" && textWidth(`${last}…`, size, bold) > maxWidth) last = [...last].slice(0, -1).join("");
  lines[maxLines - 1] = `${last.trimEnd()}…`;
  return measured(lines, true);
}
