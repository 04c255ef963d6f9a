import { Inflate } from "fflate";
import type { ZipEntry } from "./zip-directory";
import { XmlRefused } from "./xml-text";

/** Thrown when inflated bytes pass the workbook's total budget (a zip bomb that lied in its directory). */
export class InflateBudgetExceeded extends Error {}

/**
 * A platform's own raw-deflate inflater, streaming (Node's zlib, the browser's DecompressionStream): several times
 * faster than a JavaScript one. The reader uses it for the large parts (sheets, shared strings) when given one.
 */
export type NativeInflate = (packed: Uint8Array) => AsyncIterable<Uint8Array>;

/** Inflated bytes still allowed for the whole workbook; every entry read draws on it while it streams. */
export interface InflateBudget {
  remaining: number;
}

const LOCAL = 0x04034b50;
/**
 * Packed size from which a native inflater is worth its start (a zlib stream, its buffers, an async hop per chunk):
 * a commune's 3 KB sheet inflates faster through fflate, already warm, than through a new zlib stream.
 */
export const NATIVE_FROM = 128 * 1024;
/** Compressed bytes handed to the inflater at a time: small enough to keep memory flat, large enough to be fast. */
const FEED = 512 * 1024;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
}

/** The packed bytes of an entry, found through its local header; refused when they run past the file. */
function packedBytes(b: Uint8Array, e: ZipEntry): Uint8Array {
  const h = e.localHeaderOffset;
  if (h + 30 > b.length || u32(b, h) !== LOCAL) throw new XmlRefused("corrupt", "xml-broken", `${e.name}: local header missing`);
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  if (start + e.compressedSize > b.length) throw new XmlRefused("corrupt", "xml-broken", `${e.name}: data runs past the end of the file`);
  return b.subarray(start, start + e.compressedSize);
}

/**
 * Streams one zip entry's inflated bytes to `onChunk` (fflate, 512 KiB of packed data at a time). Refuses, while
 * streaming, an entry that inflates past its declared size or the workbook's budget, and one that ends short.
 */
/** Counts and caps the inflated bytes of entry `e` as they arrive, then hands them on. */
function taker(e: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): { take(chunk: Uint8Array): void; produced(): number } {
  let produced = 0;
  return {
    take(chunk) {
      produced += chunk.length;
      if (produced > e.uncompressedSize) throw new XmlRefused("unsafe", "entry-size-mismatch", `${e.name}: inflates past its declared ${e.uncompressedSize} bytes`);
      budget.remaining -= chunk.length;
      if (budget.remaining < 0) throw new InflateBudgetExceeded(`${e.name}: total inflated bytes over the budget`);
      onChunk(chunk);
    },
    produced: () => produced,
  };
}

function checkEnd(e: ZipEntry, produced: number): void {
  if (produced !== e.uncompressedSize) throw new XmlRefused("corrupt", "xml-broken", `${e.name}: inflated ${produced} bytes, declared ${e.uncompressedSize}`);
}

/**
 * Streams one zip entry's inflated bytes to `onChunk` (fflate, 512 KiB of packed data at a time). Refuses, while
 * streaming, an entry that inflates past its declared size or the workbook's budget, and one that ends short.
 */
export function streamEntry(b: Uint8Array, e: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): void {
  const packed = packedBytes(b, e);
  const { take, produced } = taker(e, budget, onChunk);
  if (e.method === 0) {
    for (let i = 0; i < packed.length; i += FEED) take(packed.subarray(i, Math.min(packed.length, i + FEED)));
  } else if (e.method === 8) {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let i = 0; i < packed.length; i += FEED) {
        const end = Math.min(packed.length, i + FEED);
        inflater.push(packed.subarray(i, end), end === packed.length);
      }
      if (packed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      // fflate's own errors carry a numeric code; anything else came from the consumer of the data and goes on.
      if (!(err instanceof Error) || typeof (err as { code?: unknown }).code !== "number") throw err;
      throw new XmlRefused("corrupt", "xml-broken", `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  } else {
    throw new XmlRefused("corrupt", "xml-broken", `${e.name}: compression method ${e.method} is not used by Excel`);
  }
  checkEnd(e, produced());
}

/**
 * Streams one entry like `streamEntry`, through the platform's native inflater when there is one (same caps, checked
 * as each chunk arrives; a refused chunk stops the inflater). Without one, for stored entries and for small ones (under
 * `nativeFrom` bytes packed, 128 KiB unless said), as `streamEntry`.
 */
export async function streamEntryNative(b: Uint8Array, e: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void, inflate?: NativeInflate, nativeFrom = NATIVE_FROM): Promise<void> {
  if (!inflate || e.method !== 8 || e.compressedSize < nativeFrom) return streamEntry(b, e, budget, onChunk);
  const { take, produced } = taker(e, budget, onChunk);
  const chunks = inflate(packedBytes(b, e))[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await chunks.next();
    } catch (err) {
      throw new XmlRefused("corrupt", "xml-broken", `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (next.done) break;
    try {
      take(next.value);
    } catch (err) {
      await Promise.resolve(chunks.return?.()).catch(() => undefined);
      throw err;
    }
  }
  checkEnd(e, produced());
}

/** A whole small entry as text (relationships, workbook, styles), drawn from the same budget. */
export function entryText(b: Uint8Array, e: ZipEntry, budget: InflateBudget): string {
  const chunks: Uint8Array[] = [];
  streamEntry(b, e, budget, (c) => chunks.push(c));
  const decoder = new TextDecoder("utf-8");
  return chunks.map((c, i) => decoder.decode(c, { stream: i < chunks.length - 1 })).join("");
}
