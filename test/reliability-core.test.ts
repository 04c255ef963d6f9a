// Reliability of the core and the app's pure workflows against whatever a workbook holds: random grids, random
// damage to a real summary sheet, a sheet over a million cells, two tables on a sheet, a header-only table, merged
// title rows and formula errors. The promise: never a throw, every issue at a real A1 cell of the sheet, and a message
// in Vietnamese and English for each.
import fc from "fast-check";
import { summaryGrid } from "../bench/generate";
import { checkWorkbook, type FileCheck } from "../src/app/check-files";
import { consolidate } from "../src/app/consolidate";
import { convertLegacy, encodeLegacy } from "../src/core/cells";
import { summaryCharts } from "../src/core/charts/summary-charts";
import { parseA1 } from "../src/core/grid/a1";
import { gridFromRows } from "../src/core/grid/from-rows";
import type { CellRange, CellValue, Grid } from "../src/core/grid/grid";
import { issueMessage } from "../src/core/messages";
import { rollupNoteMessage } from "../src/core/messages/rollup";
import { summarySheet, VILLAGES } from "../src/core/validation/__fixtures__/summary-sheets";
import type { ValidationContext } from "../src/core/validation/context";
import type { Issue } from "../src/core/validation/issue";
import type { SheetReport } from "../src/core/validation/report";
import { readSummaryData } from "../src/core/validation/summary-data";
import { validateSheet, validateWorkbook } from "../src/core/validation/validate";

const CTX: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };

/** Words officers put in headers, so random grids sometimes look like a template and reach the rules. */
const HEADER_WORDS = ["STT", "Tên đơn vị", "Mã đơn vị", "Gia đình học tập", "Dòng họ học tập", "Tổng số", "Tổng số hộ", "Đăng ký", "Công nhận", "Tỷ lệ %", "Ghi chú", "Họ và tên", "Năm sinh", "Kết quả", "Tổng cộng", "Thôn Khe Lụa", "Xã Lâm Giang", "NĂM 2024", "Huyện Văn Yên"];
const ERRORS = ["#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#BUSY!", "#GETTING_DATA"];

const vietnamese = fc.constantFrom(...HEADER_WORDS, "Thôn Đồng Ruộng", "Làng Chạp", "Cộng đồng học tập cấp thôn", "Đơn vị học tập");
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
  { weight: 3, arbitrary: vietnamese },
  { weight: 1, arbitrary: vietnamese.map((s) => s.normalize("NFD")) },
  { weight: 1, arbitrary: vietnamese.map((s) => encodeLegacy(s, "tcvn3")) },
  { weight: 1, arbitrary: vietnamese.map((s) => encodeLegacy(s, "vni")) },
  { weight: 1, arbitrary: fc.constantFrom("1.234", "1,5", " 120 ", "50,6%", "=SUM(A1:A3)", "+84 912", "-", "  ", "", "\u00a0", "12/03/2025", "∞", "1e400") },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
);

/** Rows of random cells; rows may be ragged (a reader can hand over short rows). */
const rows = (maxRows: number, maxCols: number) => fc.array(fc.array(cellValue, { maxLength: maxCols }), { maxLength: maxRows });

const range = (maxRow: number, maxCol: number): fc.Arbitrary<CellRange> =>
  fc.tuple(fc.nat(maxRow), fc.nat(maxRow), fc.nat(maxCol), fc.nat(maxCol)).map(([a, b, c, d]) => ({ top: Math.min(a, b), bottom: Math.max(a, b), left: Math.min(c, d), right: Math.max(c, d) }));

const origin = fc.record({ row: fc.oneof(fc.constant(0), fc.nat(1_048_000)), col: fc.oneof(fc.constant(0), fc.nat(16_000)) });

/** A random sheet: random values, merges and hidden rows anywhere near it, anywhere on the sheet. */
const randomGrid: fc.Arbitrary<Grid> = fc
  .record({ name: fc.string({ maxLength: 31 }), values: rows(14, 12), merges: fc.array(range(16, 14), { maxLength: 6 }), hidden: fc.array(fc.nat(20), { maxLength: 5 }), at: origin })
  .map(({ name, values, merges, hidden, at }) => ({
    sheetName: name,
    origin: at,
    values,
    merges: merges.map((m) => ({ top: m.top + at.row, bottom: m.bottom + at.row, left: m.left + at.col, right: m.right + at.col })),
    hiddenRows: hidden.map((h) => h + at.row),
  }));

/** A real commune summary sheet with random cells replaced, rows hidden and cells merged: it reaches every rule. */
const damagedSummary: fc.Arbitrary<Grid> = fc
  .record({
    edits: fc.array(fc.record({ r: fc.nat(13), c: fc.nat(11), v: cellValue }), { maxLength: 12 }),
    merges: fc.array(range(13, 11), { maxLength: 3 }),
    hidden: fc.array(fc.nat(13), { maxLength: 4 }),
    year: fc.constantFrom(2019, 2024, 2025, 2026, 2031),
    totals: fc.constantFrom<"bottom" | "top" | "none">("bottom", "top", "none"),
  })
  .map(({ edits, merges, hidden, year, totals }) => {
    const g = summarySheet({ lines: VILLAGES, year, totals });
    const values = g.values.map((r) => [...r]);
    for (const e of edits) {
      const row = (values[e.r] ??= []);
      row[e.c] = e.v;
    }
    return gridFromRows(g.sheetName, values, { merges: [...(g.merges ?? []), ...merges], hiddenRows: hidden });
  });

/** Every issue sits at a real cell inside the sheet's used range and reads as a sentence in both languages. */
function expectWellFormed(issues: readonly Issue[], grid: Grid): void {
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  for (const i of issues) {
    const at = parseA1(i.where.address);
    expect({ address: i.where.address, parsed: at !== null }).toEqual({ address: i.where.address, parsed: true });
    expect(i.where.sheet).toBe(grid.sheetName);
    expect(`${i.where.column}${i.where.row}`).toBe(i.where.address);
    expect(at!.row).toBeGreaterThanOrEqual(grid.origin.row);
    expect(at!.row).toBeLessThan(grid.origin.row + Math.max(1, grid.values.length));
    expect(at!.col).toBeGreaterThanOrEqual(grid.origin.col);
    expect(at!.col).toBeLessThan(grid.origin.col + Math.max(1, width));
    for (const lang of ["vi", "en"] as const) {
      const text = issueMessage(i, lang);
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  }
}

/** Reports, summary numbers, charts and the roll-up of a set of sheets: the whole pure pipeline; returns the check. */
function pipeline(grids: readonly Grid[]): FileCheck {
  const check = checkWorkbook("tệp.xlsx", { fileName: "tệp.xlsx", sheets: grids }, CTX);
  for (const g of grids) {
    const data = readSummaryData(g, CTX);
    if (data) {
      for (const chart of summaryCharts(data)) {
        for (const s of chart.series) {
          expect(s.values).toHaveLength(chart.categories.length);
          expect(s.values.filter((v) => v !== null && !Number.isFinite(v))).toEqual([]);
        }
      }
    }
  }
  const roll = consolidate([check]);
  for (const n of roll.notes) for (const lang of ["vi", "en"] as const) expect(rollupNoteMessage(n, lang).trim()).not.toBe("");
  return check;
}

describe("the core never throws, whatever the sheet holds", () => {
  it("random grids (errors, NFD, TCVN3/VNI, binary text, merges, hidden rows, far-away origins)", () => {
    fc.assert(
      fc.property(fc.array(randomGrid, { minLength: 1, maxLength: 3 }), (grids) => {
        const check = pipeline(grids);
        check.report!.sheets.forEach((r, k) => expectWellFormed(r.issues, grids[k]));
      }),
      { numRuns: 300 },
    );
  });

  it("a real summary sheet with random damage reaches the rules and still gives well-formed issues", () => {
    let matched = 0;
    fc.assert(
      fc.property(damagedSummary, (g) => {
        const check = pipeline([g]);
        const report = check.report!.sheets[0];
        if (report.templateId === "tong-hop-mo-hinh") matched++;
        expectWellFormed(report.issues, g);
      }),
      { numRuns: 300 },
    );
    // The damage is light enough that most sheets are still recognised, so the rules really ran.
    expect(matched).toBeGreaterThan(150);
  });

  it("a sheet moved elsewhere on the page gives the same issues, at addresses moved by the same offset", () => {
    fc.assert(
      fc.property(damagedSummary, fc.nat(500), fc.nat(40), (g, dr, dc) => {
        const moved: Grid = { ...g, origin: { row: dr, col: dc }, merges: g.merges?.map((m) => ({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc })), hiddenRows: g.hiddenRows?.map((h) => h + dr) };
        const shift = (i: Issue) => {
          const at = parseA1(i.where.address)!;
          return `${i.code}@${at.row + dr},${at.col + dc}`;
        };
        const here = validateSheet(g, CTX).issues.map(shift);
        const there = validateSheet(moved, CTX).issues.map((i) => `${i.code}@${parseA1(i.where.address)!.row},${parseA1(i.where.address)!.col}`);
        expect(there.sort()).toEqual(here.sort());
      }),
      { numRuns: 100 },
    );
  });

  it("very long strings (100,000 characters) in names and headers", () => {
    fc.assert(
      fc.property(fc.constantFrom("a", "Ơ", "\u0301", "¸", "0", " "), fc.integer({ min: 20_000, max: 100_000 }), fc.nat(12), fc.nat(10), (ch, n, r, c) => {
        const g = summarySheet({ lines: VILLAGES });
        const values = g.values.map((row) => [...row]);
        (values[r] ??= [])[c] = ch.repeat(n);
        const grid = gridFromRows(g.sheetName, values, { merges: [...(g.merges ?? [])] });
        expectWellFormed(pipeline([grid]).report!.sheets[0].issues, grid);
      }),
      { numRuns: 25 },
    );
    // Legacy-encoding conversion of a long string stays linear.
    const long = encodeLegacy("Gia đình học tập ".repeat(6000), "tcvn3");
    expect(convertLegacy(long, "tcvn3")).toContain("Gia đình học tập");
  });
});

describe("sheets officers really send", () => {
  it("a sheet of 45,000 rows × 25 columns (1.1 million cells) is checked, summed and charted in seconds", () => {
    const g = summaryGrid(45_000);
    expect(g.values.length * 25).toBeGreaterThan(1_000_000);
    const t = Date.now();
    const check = pipeline([g]);
    const report = check.report!.sheets[0];
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(report.templateId).toBe("tong-hop-mo-hinh");
    expect(report.rowsRead).toBe(45_000);
    expect(report.table?.lastDataRow).toBe(45_004);
    expect(report.counts.error).toBeGreaterThan(0);
    expect(check.summaries[0].rows).toHaveLength(45_000);
    expectWellFormed(report.issues, g);
  }, 60_000);

  it("a workbook where every sheet is empty: one 'sheet-empty' note per sheet, nothing to roll up", () => {
    const empties: Grid[] = [
      { sheetName: "Sheet1", origin: { row: 0, col: 0 }, values: [] },
      { sheetName: "Sheet2", origin: { row: 0, col: 0 }, values: [[null, "", null]] },
      { sheetName: "Sheet3", origin: { row: 9, col: 3 }, values: [[], []] },
    ];
    const check = pipeline(empties);
    expect(check.report!.sheets.map((s) => s.issues.map((i) => `${i.code}:${i.severity}@${i.where.address}`))).toEqual([["sheet-empty:info@A1"], ["sheet-empty:info@A1"], ["sheet-empty:info@D10"]]);
    expect(issueMessage(check.report!.sheets[0].issues[0])).toMatch(/trống/i);
    expect(check.summaries).toEqual([]);
    expect(consolidate([check]).lines).toEqual([]);
  });

  it("a table with only its headers says there are no data rows, at the header", () => {
    const r = validateSheet(summarySheet({ lines: [], totals: "none" }), CTX);
    expect(r.templateId).toBe("tong-hop-mo-hinh");
    expect(r.issues.map((i) => `${i.code}@${i.where.address}`)).toEqual(["no-data-rows@A5"]);
    expect(issueMessage(r.issues[0])).toMatch(/không có hàng dữ liệu/);
  });

  it("formulas returning errors become excel-error issues at their own cells, naming the Excel error", () => {
    const g = summarySheet({ lines: VILLAGES, totals: "none" });
    const values = g.values.map((row) => [...row]);
    values[6][2] = { error: "#REF!" };
    values[7][3] = { error: "#VALUE!" };
    values[8][8] = { error: "#N/A" };
    const r = validateSheet(gridFromRows(g.sheetName, values, { merges: [...(g.merges ?? [])] }), CTX);
    const errors = r.issues.filter((i) => i.code === "excel-error");
    expect(errors.map((i) => [i.where.address, i.severity])).toEqual([
      ["C7", "error"],
      ["D8", "error"],
      ["I9", "error"],
    ]);
    expect(issueMessage(errors[0])).toContain("#REF!");
    expect(issueMessage(errors[1])).toContain("#VALUE!");
    expect(issueMessage(errors[1], "en")).toContain("#VALUE!");
  });

  it("a title merged across the table and a super-header merged over every column still find the table", () => {
    const g = summarySheet({ lines: VILLAGES });
    const values = g.values.map((row) => [...row]);
    values.splice(3, 0, ["KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP", ...new Array<CellValue>(10).fill(null)]);
    const merges = [{ top: 0, bottom: 0, left: 0, right: 10 }, { top: 1, bottom: 1, left: 0, right: 10 }, { top: 3, bottom: 3, left: 0, right: 10 }, ...(g.merges ?? []).map((m) => ({ ...m, top: m.top + 1, bottom: m.bottom + 1 }))];
    const r = validateSheet(gridFromRows(g.sheetName, values, { merges }), CTX);
    expect(r.templateId).toBe("tong-hop-mo-hinh");
    expect(r.table).toMatchObject({ headerTop: 5, headerBottom: 6, firstDataRow: 8 });
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a data row merged across the whole table is not read as numbers, and the totals row says so", () => {
    const g = summarySheet({ lines: VILLAGES });
    const values = g.values.map((row) => [...row]);
    values[8] = ["Thôn Làng Chạp (gộp ô)", ...new Array<CellValue>(10).fill(null)];
    const r = validateSheet(gridFromRows(g.sheetName, values, { merges: [...(g.merges ?? []), { top: 8, bottom: 8, left: 0, right: 10 }] }), CTX);
    expect(r.rowsRead).toBe(4);
    expect(r.issues.map((i) => `${i.code}@${i.where.address}`)).toEqual(expect.arrayContaining(["totals-mismatch@C11"]));
  });

  it("hidden and filtered rows are still checked (a hidden village still counts in the totals)", () => {
    const g = summarySheet({ lines: VILLAGES });
    const plain = validateSheet(g, CTX);
    const hidden = validateSheet({ ...g, hiddenRows: [7, 8] }, CTX);
    expect(hidden.rowsRead).toBe(plain.rowsRead);
    expect(hidden.issues).toEqual(plain.issues);
  });

  it("two tables on one sheet: the first is checked and its extent reported; the second neither crashes nor leaks issues", () => {
    const first = summarySheet({ lines: VILLAGES });
    const second = summarySheet({ lines: VILLAGES.slice(0, 2), totalsOverride: { 2: 999 } });
    const offset = first.values.length + 2;
    const values = [...first.values, [], [], ...second.values];
    const merges = [...(first.merges ?? []), ...(second.merges ?? []).map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }))];
    const grid = gridFromRows("Hai bảng", values, { merges });
    const check = pipeline([grid]);
    const r: SheetReport = check.report!.sheets[0];
    expect(r.templateId).toBe("tong-hop-mo-hinh");
    // The report says which rows were checked: the first table (rows 7–11), so an officer sees the second was not.
    expect(r.table).toMatchObject({ headerTop: 4, firstDataRow: 7, lastDataRow: 11 });
    expect(r.rowsRead).toBe(5);
    // Nothing from the second table's rows, but one note that names where it starts.
    const note = r.issues.filter((i) => i.code === "second-table");
    expect(note.map((i) => i.where.row)).toEqual([offset + 4]);
    expect(issueMessage(note[0], "vi")).toMatch(new RegExp(`Từ hàng ${offset + 4} có một bảng khác.*hàng 7–11`));
    expect(r.issues.filter((i) => i.code !== "second-table").every((i) => i.where.row <= 11)).toBe(true);
    expectWellFormed(r.issues, grid);
    // Validation is deterministic: the same sheet twice gives the same report.
    expect(validateWorkbook([grid, grid], CTX).sheets[1].issues).toEqual(r.issues);
  });
});
