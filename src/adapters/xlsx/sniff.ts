import { readZipDirectory, storedEntryBytes, type ZipEntry } from "./zip-directory";
import type { XlsxError } from "./xlsx-error";

/** Limits checked on the raw bytes before a workbook is unpacked (giới hạn an toàn). */
export interface SniffLimits {
  readonly maxBytes: number;
  /** Refuse when all entries together would unpack to more than this. */
  readonly maxTotalUncompressed: number;
  /** Refuse an entry larger than `ratioMinSize` that unpacks to more than this many times its packed size. */
  readonly maxRatio: number;
  readonly ratioMinSize: number;
}

export const DEFAULT_SNIFF_LIMITS: SniffLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxTotalUncompressed: 500 * 1024 * 1024,
  maxRatio: 200,
  ratioMinSize: 1024 * 1024,
};

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  return b.length >= magic.length && magic.every((m, i) => b[i] === m);
}

function utf16le(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
  return out;
}

/** True when the byte pattern occurs anywhere in b (a plain scan: OLE directory sectors can sit anywhere). */
function contains(b: Uint8Array, pattern: readonly number[]): boolean {
  const first = pattern[0];
  const last = b.length - pattern.length;
  for (let i = b.indexOf(first); i >= 0 && i <= last; i = b.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pattern.length && b[i + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}

/** Mostly printable text in the first 8 KiB (UTF-8 or a legacy 8-bit code page), with no NUL bytes. */
function looksLikeText(b: Uint8Array): boolean {
  const head = b.subarray(0, 8192);
  if (head.length === 0) return false;
  let bad = 0;
  for (const c of head) {
    if (c === 0) return false;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) bad++;
  }
  return bad / head.length < 0.02;
}

function ascii(b: Uint8Array | null): string {
  if (!b) return "";
  let s = "";
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

function checkZip(b: Uint8Array, fileName: string, limits: SniffLimits): XlsxError | null {
  const entries: ZipEntry[] | null = readZipDirectory(b);
  if (!entries) return { code: "file-corrupt", fileName, detail: "zip central directory missing or truncated" };
  const mime = entries.find((e) => e.name === "mimetype");
  if (mime) {
    const text = ascii(storedEntryBytes(b, mime));
    if (text.startsWith(ODS_MIME) || entries.some((e) => e.name === "content.xml")) return { code: "file-ods", fileName, detail: text || undefined };
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioMinSize && ratio > limits.maxRatio) {
      return { code: "zip-bomb", fileName, detail: `${e.name}: ${e.compressedSize} → ${e.uncompressedSize} bytes (ratio ${Math.round(ratio)})` };
    }
  }
  if (total > limits.maxTotalUncompressed) return { code: "zip-bomb", fileName, detail: `total uncompressed ${total} bytes` };
  if (!entries.some((e) => /^\/?xl\//i.test(e.name))) return { code: "file-corrupt", fileName, detail: "zip without an xl/ part: not an Excel workbook" };
  return null;
}

/**
 * Looks at a file's bytes before any library unpacks it and names what it is when it is not a readable .xlsx:
 * empty, too large, an .xls or a password-protected workbook (both OLE2 files), an .ods, a CSV/text file, a
 * truncated zip or a zip bomb. Returns null when the bytes look like a zip-packaged workbook worth loading.
 */
export function sniffWorkbookBytes(b: Uint8Array, fileName: string, limits: SniffLimits = DEFAULT_SNIFF_LIMITS): XlsxError | null {
  if (b.length === 0) return { code: "file-empty", fileName };
  if (b.length > limits.maxBytes) return { code: "file-too-large", fileName, limit: { kind: "bytes", max: limits.maxBytes, actual: b.length } };
  if (startsWith(b, OLE2)) {
    // Office keeps an encrypted .xlsx inside an OLE2 file with these two streams; an .xls has "Workbook" or "Book".
    const encrypted = contains(b, utf16le("EncryptedPackage")) || contains(b, utf16le("EncryptionInfo"));
    return encrypted ? { code: "file-encrypted", fileName } : { code: "file-xls", fileName };
  }
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06)) return checkZip(b, fileName, limits);
  if (looksLikeText(b)) return { code: "file-csv", fileName };
  return { code: "file-not-zip", fileName };
}
