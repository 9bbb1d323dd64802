/**
 * Reads PNG screenshots without a dependency: the size from the header, and the pixels (8-bit RGB or
 * RGBA, not interlaced, as Chromium writes them) to check an image is not blank.
 */
import { inflateSync } from "node:zlib";

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG's header fields that decoding needs. */
export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 2 = RGB, 6 = RGBA (the only ones {@link pngColours} reads). */
  readonly colourType: number;
  readonly interlaced: boolean;
}

/**
 * The header of a PNG image.
 *
 * @param bytes - the file's bytes
 * @returns the header, or `undefined` when the bytes are not a PNG
 */
export function pngSize(bytes: Uint8Array): PngHeader | undefined {
  if (bytes.length < 33 || signature.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: bytes[24]!, colourType: bytes[25]!, interlaced: bytes[28] === 1 };
}

/** The Paeth predictor of the PNG specification. */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Counts the distinct RGB colours of a PNG image (alpha ignored).
 *
 * @param bytes - an 8-bit RGB or RGBA PNG, not interlaced
 * @returns the number of different colours
 * @throws {Error} for other PNG formats or a file that is not a PNG
 */
export function pngColours(bytes: Uint8Array): number {
  const header = pngSize(bytes);
  if (header === undefined || header.bitDepth !== 8 || header.interlaced || (header.colourType !== 2 && header.colourType !== 6)) {
    throw new Error("pngColours reads 8-bit RGB or RGBA PNGs that are not interlaced");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === "IDAT") chunks.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const data = inflateSync(Buffer.concat(chunks));
  const channels = header.colourType === 6 ? 4 : 3;
  const stride = header.width * channels;
  let previous = new Uint8Array(stride);
  const colours = new Set<number>();
  for (let y = 0; y < header.height; y++) {
    const filter = data[y * (stride + 1)]!;
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const line = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? line[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      const predictor = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      line[x] = (row[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < stride; x += channels) colours.add((line[x]! << 16) | (line[x + 1]! << 8) | line[x + 2]!);
    previous = line;
  }
  return colours.size;
}
