import { createOfficeWorkbook } from "../src/adapters/office/office-workbook";
import type { ReadProgress } from "../src/core/ports/workbook-port";
import { createFakeExcel, type RawValue } from "./excel-fake";

const FIVE_MB = 5 * 1024 * 1024;

function bigSheet(rows: number, cols: number): RawValue[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (c === 0 ? r + 1 : c === 1 ? `Thôn Khuổi Vèng ${r}` : c % 3 === 0 ? `${(r * 7 + c) % 1000}` : (r * 31 + c) % 997)));
}

async function measure(rows: number, cols = 25) {
  const fx = createFakeExcel();
  fx.model.addSheet("Dữ liệu").setRows(0, 0, bigSheet(rows, cols));
  const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
  const progress: ReadProgress[] = [];
  const grid = await port.readSheet("Dữ liệu", (p) => progress.push(p));
  return { fx, grid, progress };
}

describe("reading a sheet in blocks", () => {
  it("reads 100,000 rows × 25 columns in one sync per block plus one, every request and response under 5 MB", async () => {
    const { fx, grid, progress } = await measure(100_000);
    expect(grid.values).toHaveLength(100_000);
    expect(grid.values[99_999][1]).toBe("Thôn Khuổi Vèng 99999");
    expect(grid.numberFormats?.[5][2]).toBe("General");
    expect(progress[progress.length - 1]).toEqual({ sheet: "Dữ liệu", rowsRead: 100_000, totalRows: 100_000 });
    // One sync for the extent, one for the merged areas (on their own), then one per block.
    expect(fx.stats.syncs).toBe(progress.length + 2);
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress.length).toBeLessThanOrEqual(40);
    expect(fx.stats.maxRequest).toBeLessThan(FIVE_MB);
    expect(fx.stats.maxResponse).toBeLessThan(FIVE_MB);
  }, 60_000);

  it.each([1_000, 10_000])("reads %i rows within the limits", async (rows) => {
    const { fx, grid, progress } = await measure(rows);
    expect(grid.values).toHaveLength(rows);
    expect(fx.stats.syncs).toBe(progress.length + 2);
    expect(fx.stats.maxResponse).toBeLessThan(FIVE_MB);
  });

  it("returns an empty grid for an empty sheet without failing", async () => {
    const fx = createFakeExcel();
    fx.model.addSheet("Trống");
    const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
    const grid = await port.readSheet("Trống");
    expect(grid.values).toEqual([]);
    expect(fx.stats.syncs).toBe(1);
  });

  it("keeps the true origin, error values, hidden rows and merges", async () => {
    const fx = createFakeExcel();
    const s = fx.model.addSheet("Biểu 1");
    s.setRows(4, 2, [
      ["Tên đơn vị", "Tổng số", "Tỷ lệ"],
      ["Xã A", 10, "#DIV/0!"],
      ["Xã B", 0, 50],
    ]);
    s.hiddenRows.add(6);
    s.merges.push({ top: 4, left: 2, bottom: 4, right: 3 });
    const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
    const grid = await port.readSheet("Biểu 1");
    expect(grid.origin).toEqual({ row: 4, col: 2 });
    expect(grid.values[1][2]).toEqual({ error: "#DIV/0!" });
    expect(grid.hiddenRows).toEqual([6]);
    expect(grid.merges).toEqual([{ top: 4, left: 2, bottom: 4, right: 3 }]);
  });

  it("reports a missing sheet as office-sheet-missing with a Vietnamese message", async () => {
    const fx = createFakeExcel();
    const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
    await expect(port.readSheet("Không có")).rejects.toMatchObject({ failure: { code: "office-sheet-missing", message: expect.stringContaining("Không tìm thấy trang tính") } });
  });
});
