import { readFileSync } from "node:fs";
import { join } from "node:path";
import { xlsxErrorMessage } from "../src/adapters/xlsx/messages";
import { readWorkbookFile } from "../src/adapters/xlsx/node-file";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import type { XlsxError, XlsxErrorCode } from "../src/adapters/xlsx/xlsx-error";

const BAD = join(__dirname, "fixtures", "bad");

const cases: [string, XlsxErrorCode, RegExp][] = [
  ["empty.xlsx", "file-empty", /trống/],
  ["truncated.xlsx", "file-corrupt", /bị hỏng/],
  ["damaged-entry.xlsx", "file-corrupt", /bị hỏng/],
  ["corrupt.xlsx", "file-not-zip", /không phải tệp Excel/],
  ["legacy.xls", "file-xls", /Excel 97–2003 \(\.xls\)\. Hãy mở bằng Excel và Lưu thành \.xlsx/],
  ["legacy-renamed.xlsx", "file-xls", /\.xls/],
  ["encrypted.xlsx", "file-encrypted", /mật khẩu/],
  ["sheet.ods", "file-ods", /OpenDocument/],
  ["sheet-ods-renamed.xlsx", "file-ods", /OpenDocument/],
  ["data.xlsx", "file-csv", /CSV/],
  ["bomb.xlsx", "zip-bomb", /từ chối/],
  ["no-sheets.xlsx", "no-sheets", /không có trang tính/],
];

describe("files that are not readable workbooks", () => {
  it.each(cases)("%s → %s with a Vietnamese message naming the file", async (file, code, text) => {
    const r = await readWorkbookFile(join(BAD, file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.fileName).toBe(file);
    const vi = xlsxErrorMessage(r.error, "vi");
    expect(vi).toContain(`Tệp '${file}'`);
    expect(vi).toMatch(text);
    expect(xlsxErrorMessage(r.error, "en")).toContain(`'${file}'`);
  });

  it("refuses the zip bomb quickly from its directory, without unpacking it", async () => {
    const bytes = new Uint8Array(readFileSync(join(BAD, "bomb.xlsx")));
    const heapBefore = process.memoryUsage().heapUsed;
    const t = Date.now();
    const r = await readWorkbook(bytes, "bomb.xlsx");
    expect(Date.now() - t).toBeLessThan(500);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(20 * 1024 * 1024);
    expect(r.ok ? null : r.error.code).toBe("zip-bomb");
  });

  it("refuses a file over the size limit before loading it", async () => {
    const r = await readWorkbookFile(join(__dirname, "fixtures", "golden", "thm-clean-commune-2024.xlsx"), { maxBytes: 1000 });
    expect(r.ok ? null : r.error).toMatchObject({ code: "file-too-large", limit: { kind: "bytes", max: 1000 } });
    const bytes = new Uint8Array(readFileSync(join(__dirname, "fixtures", "golden", "thm-clean-commune-2024.xlsx")));
    const r2 = await readWorkbook(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, "x.xlsx", { maxBytes: 1000 });
    expect(r2.ok ? null : r2.error.code).toBe("file-too-large");
    if (!r2.ok) expect(xlsxErrorMessage(r2.error, "vi")).toMatch(/quá lớn .*tối đa 1 KB/);
  });

  it("never throws and never shows raw exception text to the officer", async () => {
    const inputs: Uint8Array[] = [
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      new Uint8Array([0x00, 0x01, 0x02]),
      new TextEncoder().encode("a;b;c\n1;2;3\n"),
    ];
    for (const b of inputs) {
      const r = await readWorkbook(b, "t.xlsx");
      expect(r.ok).toBe(false);
      if (!r.ok) expect(xlsxErrorMessage(r.error, "vi")).not.toMatch(/Error|undefined|Bug/);
    }
    const damaged = await readWorkbookFile(join(BAD, "damaged-entry.xlsx"));
    if (!damaged.ok) {
      expect(damaged.error.detail).toBeTruthy();
      expect(xlsxErrorMessage(damaged.error, "vi")).not.toContain(damaged.error.detail as string);
    }
  });

  it("has a message in both languages for every code", () => {
    const codes: XlsxErrorCode[] = ["file-empty", "file-too-large", "file-not-zip", "file-corrupt", "file-encrypted", "file-xls", "file-ods", "file-csv", "zip-bomb", "no-sheets"];
    for (const code of codes) {
      const e: XlsxError = { code, fileName: "Báo cáo xã.xlsx" };
      expect(xlsxErrorMessage(e, "vi")).toMatch(/^Tệp 'Báo cáo xã\.xlsx'/);
      expect(xlsxErrorMessage(e, "en")).toMatch(/^File 'Báo cáo xã\.xlsx'/);
    }
  });
});
