/**
 * The zip container an `.xlsx` is: entries deflated with the platform's `CompressionStream`
 * (`deflate-raw`, in Node 20 and current browsers) or stored, CRC-32 checked, no timestamps (every
 * entry dated 1980-01-01, so the same workbook gives the same bytes). No dependency.
 */

/** One file of the container. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

/** The CRC-32 table of the zip polynomial (256 words, made once when the module loads, never changed). */
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of the bytes, as zip checks entries. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Raw deflate through the platform's CompressionStream; undefined where the platform has none. */
async function deflateRaw(data: Uint8Array): Promise<Uint8Array | undefined> {
  let stream: CompressionStream;
  try {
    stream = new CompressionStream("deflate-raw");
  } catch {
    return undefined;
  }
  const packed = new Blob([data]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(packed).arrayBuffer());
}

const DOS_DATE_1980_01_01 = (1 << 5) | 1;

/**
 * The bytes of a zip of the entries, in their order.
 *
 * @param entries - the files, names in ASCII
 * @param deflate - compress each entry (where the platform can; otherwise stored)
 */
export async function zip(entries: readonly ZipEntry[], deflate: boolean): Promise<Uint8Array> {
  const packed: (Uint8Array | undefined)[] = [];
  for (const entry of entries) packed.push(deflate ? await deflateRaw(entry.data) : undefined);
  return assemble(entries.map((entry, i) => ({ ...entry, packed: packed[i] })));
}

/**
 * The zip of entries given with their raw-deflated bytes (`packed`), or stored where there are none:
 * synchronous, for callers that deflate by other means.
 */
export function assemble(entries: readonly (ZipEntry & { readonly packed?: Uint8Array | undefined })[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const packed = entry.packed;
    const method = packed === undefined ? 0 : 8;
    const body = packed ?? entry.data;
    const name = encoder.encode(entry.name);
    const crc = crc32(entry.data);
    // The local header and the central directory entry share these fields, at 8 and at 10 from their starts.
    const fill = (view: DataView, at: number): void => {
      view.setUint16(at, method, true);
      view.setUint16(at + 4, DOS_DATE_1980_01_01, true);
      view.setUint32(at + 6, crc, true);
      view.setUint32(at + 10, body.length, true);
      view.setUint32(at + 14, entry.data.length, true);
      view.setUint16(at + 18, name.length, true);
    };
    const local = new Uint8Array(30);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    localView.setUint16(4, 20, true);
    fill(localView, 8);
    const central = new Uint8Array(46);
    const centralView = new DataView(central.buffer);
    centralView.setUint32(0, 0x02014b50, true);
    centralView.setUint16(4, 20, true);
    centralView.setUint16(6, 20, true);
    fill(centralView, 10);
    centralView.setUint32(42, offset, true);
    parts.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directorySize = centrals.reduce((n, part) => n + part.length, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, entries.length, true);
  endView.setUint16(10, entries.length, true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  const all = [...parts, ...centrals, end];
  const out = new Uint8Array(all.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
