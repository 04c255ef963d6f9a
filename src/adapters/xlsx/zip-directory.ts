/**
 * Reads a zip's central directory (danh mục tệp nén) without inflating anything, so sizes and names can be checked
 * before a library unpacks the file. Handles ZIP64 sizes; returns null when the directory is missing or cut off.
 */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

function decodeName(b: Uint8Array, utf8: boolean): string {
  if (!utf8) return latin1(b);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return latin1(b);
  }
}

/** Finds the End Of Central Directory record in the last 64 KiB; -1 when absent (truncated or not a zip). */
function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && u32(b, i) === EOCD) return i;
  }
  return -1;
}

/** The entries of a zip's central directory, or null when it cannot be found or runs past the end of the file. */
export function readZipDirectory(b: Uint8Array): ZipEntry[] | null {
  const eocd = findEocd(b);
  if (eocd < 0) return null;
  let count = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);
  const loc = eocd - 20;
  if (loc >= 0 && u32(b, loc) === EOCD64_LOCATOR) {
    const at = u64(b, loc + 8);
    if (at + 56 > b.length || u32(b, at) !== EOCD64) return null;
    count = u64(b, at + 32);
    size = u64(b, at + 40);
    offset = u64(b, at + 48);
  }
  if (offset + size > b.length) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) return null;
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    if (p + 46 + nameLen + extraLen > b.length) return null;
    const name = decodeName(b.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    // ZIP64 extra field (id 1): the 64-bit values appear only for fields set to 0xFFFFFFFF, in this order.
    let e = p + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end) {
      const id = u16(b, e);
      const len = u16(b, e + 2);
      if (id === 1) {
        let q = e + 4;
        const stop = e + 4 + len;
        if (uncompressedSize === MAX32 && q + 8 <= stop) {
          uncompressedSize = u64(b, q);
          q += 8;
        }
        if (compressedSize === MAX32 && q + 8 <= stop) {
          compressedSize = u64(b, q);
          q += 8;
        }
        if (localHeaderOffset === MAX32 && q + 8 <= stop) localHeaderOffset = u64(b, q);
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p = end + commentLen;
  }
  return entries;
}

/** The stored (uncompressed) bytes of a small entry, or null when it is compressed or out of bounds. */
export function storedEntryBytes(b: Uint8Array, entry: ZipEntry, max = 256): Uint8Array | null {
  const h = entry.localHeaderOffset;
  if (entry.method !== 0 || h + 30 > b.length || u32(b, h) !== LOCAL) return null;
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  const len = Math.min(entry.compressedSize, max);
  if (start + len > b.length) return null;
  return b.subarray(start, start + len);
}
