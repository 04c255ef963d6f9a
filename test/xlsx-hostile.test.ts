/**
 * Hostile input, found by trying it: each file is refused with its own code, a problem kind, and a Vietnamese
 * message that says what is wrong and where. (Speed is measured by `npm run bench`, not here.)
 */
import { xlsxErrorMessage } from "../src/adapters/xlsx/messages";
import { nodeInflate } from "../src/adapters/xlsx/node-file";
import { readWorkbook as readWith, type ReadWorkbookOptions } from "../src/adapters/xlsx/read-workbook";
import { webInflate } from "../src/adapters/xlsx/web-inflate";
import type { NativeInflate } from "../src/adapters/xlsx/zip-entry";
import { bigSheet, HOSTILE } from "./support/hostile-workbooks";

// Each case runs through fflate (the default, and the fallback), Node's zlib (the CLI's inflater) and
// DecompressionStream (the dashboard worker's; Node has it too).
describe.each([["fflate", undefined], ["Node zlib", nodeInflate], ["DecompressionStream", webInflate()]] as [string, NativeInflate | undefined][])("hostile workbooks are refused while streaming (%s)", (_inflater, inflate) => {
  const readWorkbook = (bytes: Uint8Array, name: string, opts: ReadWorkbookOptions = {}) => readWith(bytes, name, { inflate, nativeFrom: 0, ...opts });
  it.each(HOSTILE.map((c) => [c.file, c] as const))("%s", async (_, c) => {
    const r = await readWorkbook(c.bytes(), c.file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(c.code);
    if (c.kind) expect(r.error.problem?.kind).toBe(c.kind);
    const vi = xlsxErrorMessage(r.error, "vi");
    expect(vi).toContain(`Tệp '${c.file}'`);
    expect(vi).toMatch(c.vi);
    expect(vi).toMatch(/Hãy mở bằng Excel/);
    expect(xlsxErrorMessage(r.error, "en")).toContain(`File '${c.file}'`);
  });

  it("stops at the inflated-bytes budget while inflating, as a zip bomb", async () => {
    const bytes = bigSheet(2000);
    expect((await readWorkbook(bytes, "big.xlsx")).ok).toBe(true);
    const r = await readWorkbook(bytes, "big.xlsx", { maxInflated: 60_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("zip-bomb");
  });

  it("stops at the cell cap while streaming, naming the limit", async () => {
    const r = await readWorkbook(bigSheet(2000), "big.xlsx", { maxCells: 1000 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ code: "file-too-large", limit: { kind: "cells", max: 1000 } });
      // Reading stopped at the cap, so the message says "more than allowed" rather than a count it never made.
      expect(r.error.limit?.actual).toBeUndefined();
      expect(xlsxErrorMessage(r.error, "vi")).toContain("có quá nhiều ô (hơn mức cho phép, tối đa 1.000)");
    }
  });

  it("accepts a cell at XFD1048576 as a reference, then refuses the used range it makes by its area", async () => {
    const { strFromU8, strToU8, unzipSync, zipSync } = await import("fflate");
    const files = unzipSync(bigSheet(1));
    const sheet = "xl/worksheets/sheet1.xml";
    files[sheet] = strToU8(strFromU8(files[sheet]).replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>'));
    const r = await readWorkbook(zipSync(files), "last.xlsx");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "file-too-large", limit: { kind: "cells", max: 20_000_000, actual: 1_048_576 * 16_384 } });
  });
});

it("tries the dashboard worker's inflater here too (Node has DecompressionStream)", () => {
  expect(webInflate()).toBeDefined();
});
