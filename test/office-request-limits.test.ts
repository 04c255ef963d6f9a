// Excel's own limits, enforced by the fake: the web's 5 MB per request (objects, calls and loaded properties count,
// not only values), the 512 merged areas of getMergedAreasOrNullObject, and ExcelApi 1.4–1.6 hosts without getRangeByIndexes.
import { createOfficeWorkbook } from "../src/adapters/office/office-workbook";
import { issueMessageVi } from "../src/core/messages/vi";
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { DEFAULT_SETTINGS } from "../src/ui/taskpane/settings.schema";
import { createFakeExcel, MAX_MERGED_AREAS, PAYLOAD_LIMIT_BYTES, type FakeExcel, type RawValue } from "./excel-fake";

const portOf = (fx: FakeExcel) => createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });

describe("request size", () => {
  it("finds the hidden rows of a 20,000-row block with alternating hidden rows, every request well under 5 MB", async () => {
    const fx = createFakeExcel();
    const s = fx.model.addSheet("Lọc");
    s.setRows(0, 0, Array.from({ length: 20_000 }, (_, r) => [r + 1, "x"]));
    for (let r = 1; r < 20_000; r += 2) s.hiddenRows.add(r);
    const grid = await portOf(fx).readSheet("Lọc");
    expect(grid.hiddenRows).toHaveLength(10_000);
    expect(grid.hiddenRows?.slice(0, 3)).toEqual([1, 3, 5]);
    expect(fx.stats.maxRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES / 2);
  }, 60_000);

  it("sizes the first block from what it measures: long texts are read without a refused request", async () => {
    const fx = createFakeExcel();
    const long = "Ghi chú rất dài về tình hình học tập của thôn ".repeat(12);
    fx.model.addSheet("Dài").setRows(0, 0, Array.from({ length: 8_000 }, (_, r) => Array.from({ length: 10 }, (_, c): RawValue => `${long}${r}-${c}`)));
    const grid = await portOf(fx).readSheet("Dài");
    expect(grid.values).toHaveLength(8_000);
    expect(fx.stats.maxResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  }, 60_000);

  it("halves a block Excel refuses for its size and reads it again, keeping every row once", async () => {
    const fx = createFakeExcel();
    fx.model.addSheet("S").setRows(0, 0, Array.from({ length: 3_000 }, (_, r) => [r, `Thôn ${r}`]));
    fx.stats.payloadLimit = 40_000; // a host with a much smaller limit than the adapter plans for
    const grid = await portOf(fx).readSheet("S");
    expect(grid.values.map((r) => r[0])).toEqual(Array.from({ length: 3_000 }, (_, r) => r));
  }, 60_000);

  it("writes a sheet with thousands of links, styles and merges in several syncs, each well under 5 MB", async () => {
    const fx = createFakeExcel();
    const port = portOf(fx);
    const n = 12_000;
    const rows = Array.from({ length: n }, (_, r) => [`Lỗi ${r}`, `'Biểu 1'!A${r + 1}`]);
    const links = Object.fromEntries(rows.map((_, r) => [`${r},1`, `'Biểu 1'!A${r + 1}`]));
    const merges = Array.from({ length: 3_000 }, (_, i) => ({ top: i * 4, left: 2, bottom: i * 4 + 1, right: 3 }));
    const rowStyles = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [i * 4, "header" as const]));
    await port.addSheet({ name: "Kết quả", rows, merges, rowStyles, numberFormats: [], validations: [], columnWidths: [20, 30], freezeRows: 1, links });
    expect(fx.model.sheet("Kết quả")?.links.size).toBe(n);
    expect(fx.stats.maxRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES / 2);
  }, 60_000);
});

describe("merged areas", () => {
  it(`reads a sheet with more than ${MAX_MERGED_AREAS} merged areas: values intact, merges left out`, async () => {
    const fx = createFakeExcel();
    const s = fx.model.addSheet("Nhiều ô gộp");
    s.setRows(0, 0, Array.from({ length: 1_100 }, (_, r) => [r, "a", "b"]));
    for (let i = 0; i < 530; i++) s.merges.push({ top: i * 2, left: 1, bottom: i * 2, right: 2 });
    const grid = await portOf(fx).readSheet("Nhiều ô gộp");
    expect(grid.values).toHaveLength(1_100);
    expect(grid.merges).toEqual([]);
    expect(grid.mergesUnread).toBe(true);
  });

  it("a check of that sheet says so with an info issue, and still reports its other problems", async () => {
    const fx = createFakeExcel();
    const s = fx.model.addSheet("Nhiều ô gộp");
    s.setRows(0, 0, Array.from({ length: 1_100 }, (_, r) => [r, "a", "b"]));
    for (let i = 0; i < 530; i++) s.merges.push({ top: i * 2, left: 1, bottom: i * 2, right: 2 });
    const services = createTaskpaneServices({ run: fx.run, isSetSupported: fx.isSetSupported, clock: () => new Date(2025, 2, 14) });
    const r = await services.check("active", DEFAULT_SETTINGS);
    if (!r.ok) throw new Error(r.error.message);
    const issues = r.value.report.sheets[0].issues;
    expect(issues.filter((i) => i.code === "merges-unread")).toEqual([expect.objectContaining({ severity: "info", where: expect.objectContaining({ sheet: "Nhiều ô gộp", address: "A1" }) })]);
    expect(issueMessageVi(issues.find((i) => i.code === "merges-unread")!)).toMatch(/hơn 512 vùng ô gộp/);
    expect(r.value.report.sheets[0].counts.info).toBeGreaterThanOrEqual(1);
  });
});

describe("an Excel at ExcelApi 1.4–1.6 (no getRangeByIndexes)", () => {
  it("reads a sheet, writes a report sheet and draws nothing it cannot", async () => {
    const fx = createFakeExcel({ host: "excel-api-1.4-1.6" });
    expect(fx.isSetSupported("ExcelApi", "1.7")).toBe(false);
    const s = fx.model.addSheet("Biểu 1");
    s.setRows(0, 0, [["Tên", "Số"], ["Xã A", 3]]);
    s.hiddenRows.add(1);
    const port = portOf(fx);
    const grid = await port.readSheet("Biểu 1");
    expect(grid.values).toEqual([["Tên", "Số"], ["Xã A", 3]]);
    await port.addSheet({ name: "Kết quả", rows: [["a", "b"]], merges: [], rowStyles: { 0: "header" }, numberFormats: [], validations: [], columnWidths: [10], freezeRows: 1, links: { "0,1": "'Biểu 1'!A1" } });
    expect(fx.model.sheet("Kết quả")?.get(0, 1)).toBe("b");
    const chart = { id: "ty-le", kind: "column-with-target" as const, title: "Tỷ lệ", categoryAxisTitle: "Xã", valueAxisTitle: "%", categories: ["Xã A"], series: [{ name: "Tỷ lệ", values: [40] }, { name: "Chỉ tiêu", values: [50], asLine: true }], numberFormat: "0.0" };
    const drawn = await port.upsertChart("Biểu đồ", { row: 0, col: 0 }, chart);
    expect(fx.model.sheet("Biểu đồ")?.charts).toHaveLength(1);
    expect(drawn.warnings.map((w) => w.message).join(" ")).toContain("1.7");
  });

  it("the fake refuses getRangeByIndexes there, as Excel does", async () => {
    const fx = createFakeExcel({ host: "excel-api-1.4-1.6" });
    fx.model.addSheet("S");
    await expect(
      fx.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1).load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
