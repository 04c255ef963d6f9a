import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook, type FileCheck } from "../src/app/check-files";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import type { SummaryData } from "../src/core/validation/summary-data";
import { packFileCheck, packSummary, unpackFileCheck, unpackSummary } from "../src/entries/dashboard/summary-transfer";

const TODAY = { year: 2026, month: 11, day: 29 };
const DIRS = ["golden", "samples", "bad", "libreoffice"].map((d) => join(__dirname, "fixtures", d));
const files = DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".xlsx")).map((f) => join(d, f)));

/** What the page gets: the packed check through structured clone, as postMessage copies it, then unpacked. */
function roundTrip(c: FileCheck): FileCheck {
  const { check, transfer } = packFileCheck(c);
  return unpackFileCheck(structuredClone(check, { transfer }));
}

describe("the dashboard worker's packed summaries", () => {
  it("give the page the same check as the worker made, for every fixture workbook", async () => {
    let withRows = 0;
    for (const file of files) {
      const read = await readWorkbook(readFileSync(file), file);
      if (!read.ok) continue;
      const check = checkWorkbook(file, read.value, { today: TODAY });
      withRows += check.summaries.some((s) => s.rows.length > 0) ? 1 : 0;
      expect(roundTrip(check)).toEqual(check);
    }
    expect(withRows).toBeGreaterThan(0);
  });

  it("keeps nulls, empty codes, absent groups, zeros and kinds apart", () => {
    const s: SummaryData = {
      sheet: "Tổng hợp",
      year: 2025,
      period: "after",
      reportingUnit: null,
      groups: [{ id: "gd", label: "Gia đình học tập" }, { id: "dh", label: "Dòng họ học tập" }],
      rows: [
        { row: 7, kind: "data", name: "Xã Lâm Giang", code: null, groups: { gd: { total: 120, registered: null, recognised: 0 } } },
        { row: 8, kind: "totals", name: "Tổng cộng", code: "", groups: { dh: { total: 1.5, registered: 2, recognised: null }, gd: { total: 0, registered: 0, recognised: 0 } } },
        { row: 9, kind: "data", name: "", code: "01234", groups: { extra: { total: null, registered: null, recognised: null } } },
      ],
    } as unknown as SummaryData;
    const back = unpackSummary(packSummary(s));
    expect(back).toEqual(s);
    expect(back.rows[0].code).toBeNull();
    expect(back.rows[1].code).toBe("");
    expect(back.rows[0].groups).not.toHaveProperty("dh");
    expect(unpackSummary(packSummary({ ...s, rows: [] })).rows).toEqual([]);
  });

  it("moves the numbers instead of copying them", () => {
    const s = { sheet: "S", year: null, period: "before", reportingUnit: null, groups: [{ id: "gd", label: "GĐ" }], rows: [{ row: 1, kind: "data", name: "A", code: null, groups: { gd: { total: 1, registered: 1, recognised: 1 } } }] } as unknown as SummaryData;
    const { check, transfer } = packFileCheck({ path: "a.xlsx", ok: true, summaries: [s] });
    structuredClone(check, { transfer });
    expect(check.packed[0].counts.byteLength).toBe(0);
  });
});
