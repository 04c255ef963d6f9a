/**
 * Hostile workbooks made from a clean golden file by editing its parts (test support for test/xlsx-hostile.test.ts
 * and the CLI test): each is what an attacker or a broken writer could hand the reader.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import type { XlsxErrorCode, XlsxProblemKind } from "../../src/adapters/xlsx/xlsx-error";

const BASE = unzipSync(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "golden", "cdht-clean.xlsx"))));
const SHEET = "xl/worksheets/sheet1.xml";
const SST = "xl/sharedStrings.xml";

function edit(change: (files: Unzipped) => void): Uint8Array {
  const files: Unzipped = Object.fromEntries(Object.entries(BASE).map(([k, v]) => [k, v.slice()]));
  change(files);
  return zipSync(files, { level: 6 });
}

function replaceIn(files: Unzipped, part: string, from: string | RegExp, to: string | ((m: string) => string)): void {
  const text = strFromU8(files[part]);
  const next = typeof to === "string" ? text.replace(from, to) : text.replace(from, to);
  if (next === text) throw new Error(`${part}: ${String(from)} not found`);
  files[part] = strToU8(next);
}

/** Sets the declared (central directory) uncompressed size of one entry: a zip that lies about its size. */
function lieAboutSize(zip: Uint8Array, entry: string, size: number): Uint8Array {
  const out = zip.slice();
  const name = strToU8(entry);
  for (let p = out.length - 22; p >= 0; p--) {
    if (out[p] === 0x50 && out[p + 1] === 0x4b && out[p + 2] === 0x01 && out[p + 3] === 0x02) {
      const len = out[p + 28] | (out[p + 29] << 8);
      if (len === name.length && name.every((c, i) => out[p + 46 + i] === c)) {
        new DataView(out.buffer).setUint32(p + 24, size, true);
        return out;
      }
    }
  }
  throw new Error(`${entry} not in the central directory`);
}

export interface HostileCase {
  readonly file: string;
  readonly code: XlsxErrorCode;
  readonly kind?: XlsxProblemKind;
  /** Words the Vietnamese message must contain (what and where). */
  readonly vi: RegExp;
  readonly bytes: () => Uint8Array;
}

/** Letters that do not compress much, so the sniffer's ratio check does not take the case before the reader does. */
function noise(n: number): string {
  let x = 12345;
  let out = "";
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(97 + (x >> 16) % 26);
  }
  return out;
}

const deep = `${"<x>".repeat(100)}${"</x>".repeat(100)}`;

/** Every hostile input the reader must refuse quickly, with its expected code and Vietnamese wording. */
export const HOSTILE: readonly HostileCase[] = [
  { file: "row-99999999.xlsx", code: "file-unsafe", kind: "row-out-of-range", vi: /dòng số 99\.999\.999.*1\.048\.576.*trang tính/, bytes: () => edit((f) => replaceIn(f, SHEET, "</sheetData>", '<row r="99999999"><c r="A99999999"><v>1</v></c></row></sheetData>')) },
  { file: "no-shared-strings.xlsx", code: "file-corrupt", kind: "shared-string-missing", vi: /bị hỏng.*chuỗi văn bản dùng chung số 0.*ô A1/, bytes: () => edit((f) => delete f[SST]) },
  { file: "cell-beyond-xfd.xlsx", code: "file-unsafe", kind: "cell-out-of-range", vi: /ô 'XFE1'.*XFD1048576/, bytes: () => edit((f) => replaceIn(f, SHEET, '<c r="B1" s="1"/>', '<c r="XFE1"><v>1</v></c>')) },
  { file: "absurd-dimension.xlsx", code: "file-unsafe", kind: "cell-out-of-range", vi: /ZZZZZ99999999999/, bytes: () => edit((f) => replaceIn(f, SHEET, /<dimension ref="[^"]*"\/>/, '<dimension ref="A1:ZZZZZ99999999999"/>')) },
  { file: "huge-string-index.xlsx", code: "file-corrupt", kind: "shared-string-missing", vi: /chuỗi văn bản dùng chung số 4\.294\.967\.296/, bytes: () => edit((f) => replaceIn(f, SHEET, '<c r="A1" s="1" t="s"><v>0</v>', '<c r="A1" s="1" t="s"><v>4294967296</v>')) },
  { file: "deep-nesting.xlsx", code: "file-unsafe", kind: "too-deep", vi: /lồng nhau quá 64 tầng/, bytes: () => edit((f) => replaceIn(f, SHEET, "</worksheet>", `<extLst>${deep}</extLst></worksheet>`)) },
  { file: "two-million-chars.xlsx", code: "file-unsafe", kind: "text-too-long", vi: /32\.767 ký tự/, bytes: () => edit((f) => replaceIn(f, SST, /<si><t[^>]*>/, (m) => `${m}${noise(2_000_000)}`)) },
  { file: "inline-two-million.xlsx", code: "file-unsafe", kind: "text-too-long", vi: /32\.767 ký tự.*ô B1/, bytes: () => edit((f) => replaceIn(f, SHEET, '<c r="B1" s="1"/>', `<c r="B1" t="inlineStr"><is><t>Ă${noise(2_000_000)}</t></is></c>`)) },
  { file: "dtd-entities.xlsx", code: "file-unsafe", kind: "dtd", vi: /DTD/, bytes: () => edit((f) => replaceIn(f, SST, "?>", '?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')) },
  { file: "unknown-entity.xlsx", code: "file-unsafe", kind: "entity", vi: /thực thể XML lạ '&b;'/, bytes: () => edit((f) => replaceIn(f, SST, /<si><t[^>]*>/, (m) => `${m}&b;`)) },
  { file: "size-lie.xlsx", code: "file-unsafe", kind: "entry-size-mismatch", vi: /lớn hơn kích thước đã khai báo/, bytes: () => lieAboutSize(edit(() => undefined), SHEET, 1000) },
  { file: "giant-tag.xlsx", code: "file-unsafe", kind: "token-too-long", vi: /đoạn XML dài bất thường/, bytes: () => edit((f) => replaceIn(f, SHEET, '<c r="B1" s="1"/>', `<c r="B1" x="${noise(5_000_000)}"/>`)) },
  { file: "sheet-part-missing.xlsx", code: "file-corrupt", kind: "part-missing", vi: /thiếu phần 'xl\/worksheets\/sheet1\.xml'/, bytes: () => edit((f) => delete f[SHEET]) },
];

/** Writes a string of `n` copies of a tag; used to make one part expand past a budget. */
export const bigSheet = (rows: number): Uint8Array =>
  edit((f) => replaceIn(f, SHEET, "</sheetData>", `${Array.from({ length: rows }, (_, i) => `<row r="${30 + i}"><c r="A${30 + i}"><v>${i}</v></c></row>`).join("")}</sheetData>`));
