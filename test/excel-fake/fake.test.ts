import { createFakeExcel, EXCEL_API_MINOR, PAYLOAD_LIMIT_BYTES } from "./index";

describe("the Excel fake behaves like Excel where it matters", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const fx = createFakeExcel();
    fx.model.addSheet("S").setRows(0, 0, [[1, 2]]);
    await fx.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([[1, 2]]);
      expect(() => r.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies writes only at sync and counts syncs and bytes", async () => {
    const fx = createFakeExcel();
    const s = fx.model.addSheet("S");
    await fx.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["xin chào"]];
      expect(s.get(0, 0)).toBe("");
      await ctx.sync();
      expect(s.get(0, 0)).toBe("xin chào");
    });
    expect(fx.stats.syncs).toBe(1);
    expect(fx.stats.requests[0]).toBeGreaterThan(10);
  });

  it("gives a null object for the used range of an empty sheet and for a missing sheet", async () => {
    const fx = createFakeExcel();
    fx.model.addSheet("Trống");
    await fx.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Trống").getUsedRangeOrNullObject(true);
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Không có");
      expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("fails getItem of a missing sheet at sync with ItemNotFound", async () => {
    const fx = createFakeExcel();
    await expect(
      fx.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Không có").getRange("A1").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("injects a failure at the Nth sync and applies nothing of that batch", async () => {
    const fx = createFakeExcel();
    const s = fx.model.addSheet("S");
    fx.stats.failAtSync = 2;
    await expect(
      fx.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("A1").values = [[1]];
        await ctx.sync();
        ws.getRange("A2").values = [[2]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ name: "RichApi.Error" });
    expect([s.get(0, 0), s.get(1, 0)]).toEqual([1, ""]);
  });

  it("turns text starting with = into a formula unless the cell is formatted as text", async () => {
    const fx = createFakeExcel();
    const s = fx.model.addSheet("S");
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["=SUM(B1)"]];
      ws.getRange("A2").numberFormat = [["@"]];
      ws.getRange("A2").values = [["=SUM(B1)"]];
      ws.getRange("A3").values = [["1234"]];
      await ctx.sync();
    });
    expect(s.formula(0, 0)).toBe("=SUM(B1)");
    expect([s.get(1, 0), s.formula(1, 0)]).toEqual(["=SUM(B1)", undefined]);
    expect(s.get(2, 0)).toBe(1234);
  });

  it("refuses features above its ExcelApi version with ApiNotFound", async () => {
    const fx = createFakeExcel({ apiMinor: 7 });
    fx.model.addSheet("S");
    expect(fx.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fx.isSetSupported("ExcelApi", "1.8")).toBe(false);
    await expect(
      fx.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRanges("A1,B2").format.fill.color = "#FF0000";
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("takes each member's requirement set from one table (getRangeByIndexes is ExcelApi 1.7)", async () => {
    expect(EXCEL_API_MINOR["Worksheet.getRangeByIndexes"]).toBe(7);
    const fx = createFakeExcel({ apiMinor: 6 });
    fx.model.addSheet("S");
    await expect(fx.run(async (ctx) => void ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 2, 2).load("values"))).rejects.toMatchObject({ code: "ApiNotFound" });
    await fx.run(async (ctx) => void ctx.workbook.worksheets.getItem("S").getCell(0, 0).load("values"));
  });

  it("counts each proxy object, call and loaded property in the request, and refuses a request over 5 MB", async () => {
    const fx = createFakeExcel();
    fx.model.addSheet("S");
    await fx.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      for (let r = 0; r < 100; r++) ws.getRange(`A${r + 1}`).load("rowHidden");
      await ctx.sync();
    });
    // 100 ranges + the sheet: well over 100 × (object path + action), though no value travels.
    expect(fx.stats.requests[0]).toBeGreaterThan(100 * 250);
    await expect(
      fx.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        for (let r = 0; r < 20_000; r++) ws.getRange(`A${r + 1}`).load("rowHidden");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fx.stats.requests[1]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("fails getMergedAreasOrNullObject over 512 merged areas, failing the whole sync", async () => {
    const fx = createFakeExcel();
    const s = fx.model.addSheet("S");
    for (let i = 0; i < 513; i++) s.merges.push({ top: i, left: 0, bottom: i, right: 1 });
    await expect(
      fx.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:B600").getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ name: "RichApi.Error" });
  });

  it("never recalculates unless Application.calculate is called", async () => {
    const fx = createFakeExcel();
    await fx.run(async (ctx) => {
      ctx.workbook.application.calculate("Full");
      await ctx.sync();
    });
    expect(fx.model.calculations).toEqual(["Full"]);
  });
});
