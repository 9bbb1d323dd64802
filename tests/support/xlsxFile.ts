/**
 * Reading and editing an `.xlsx` file's parts in tests: unzip it (Node's zlib, independent of the
 * writer), drop every formula's cached value so only a recalculation can fill it, set one cell's value
 * as a user would in a spreadsheet, and zip it again.
 */
import { inflateRawSync } from "node:zlib";
import { crc32, assemble } from "../../src/xlsx/_internal/zip.js";

/** The parts of a zip, name → bytes, checking each entry's CRC-32 and sizes. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("no end of central directory: not a zip");
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const parts = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(`central directory entry ${i} has a bad signature`);
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const packedSize = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const body = buffer.subarray(start, start + packedSize);
    const data = method === 8 ? inflateRawSync(body) : method === 0 ? Buffer.from(body) : undefined;
    if (data === undefined) throw new Error(`${name}: compression method ${method}`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: size or CRC-32 does not match`);
    parts.set(name, data);
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

/** The zip of parts again, stored. */
export function rezip(parts: Map<string, Buffer>): Uint8Array {
  return assemble([...parts].map(([name, data]) => ({ name, data })));
}

/** The same file with no cached value on any formula cell: a spreadsheet must compute every one. */
export function withoutCachedValues(bytes: Uint8Array): Uint8Array {
  const parts = unzip(bytes);
  for (const [name, data] of parts) {
    if (!name.startsWith("xl/worksheets/")) continue;
    const xml = data.toString("utf8").replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, "$1");
    parts.set(name, Buffer.from(xml, "utf8"));
  }
  return rezip(parts);
}

/** The same file with one cell of one sheet (1-based sheet number) set to a number, its formula gone. */
export function withCell(bytes: Uint8Array, sheet: number, ref: string, value: number): Uint8Array {
  const parts = unzip(bytes);
  const name = `xl/worksheets/sheet${sheet}.xml`;
  const xml = parts.get(name)!.toString("utf8");
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(/>|>.*?</c>)`);
  if (!cell.test(xml)) throw new Error(`${name} has no cell ${ref}`);
  parts.set(name, Buffer.from(xml.replace(cell, (_all, attributes: string) => `<c r="${ref}"${attributes.replace(/ t="[^"]*"/, "")}><v>${value}</v></c>`), "utf8"));
  return rezip(parts);
}
